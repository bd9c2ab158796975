"""A fourth quantity battery: casualties, displacement, arrests, deployments and rarer money forms.

Written as a held-out check before its author read the extractor, and never changed after its
first run except to fix plain mistakes in the test itself. Same format as the other batteries:
each case is a sentence (the project's own, in wire style) and its figures in text order as
``(value, unit, approx, counts)``; money has ``counts`` None and its ISO 4217 code as the unit.
The conventions this battery adds:

- a toll or a number "of dead" counts people ("the death toll rose to 57", "the number of dead
  to 1,200"), with the toll's words as ``counts``, as in the earlier batteries;
- a bare number after a verb of harm or flight counts people, and ``counts`` is the participle
  ("killed six", "some 200,000 have fled"): the way "wounded 40" already reads;
- a bare number that repeats a count the sentence has just given takes its noun ("40,000 troops
  … an additional 3,000" is 3,000 troops);
- "a family of five" killed is five people, counted as "family";
- a "N-member force" is N troops, like a "N-strong force";
- "two dozen" is 24 and "a dozen" 12 with no qualifier: they are exact; "hundreds of
  thousands" is 100,000 with the phrase as ``approx``;
- a share of GDP is a figure in ``percent`` with no ``counts``, like every percentage;
- a unit is lowercase even for a proper plural ("marines", "ukrainians"), as in the earlier
  batteries;
- a range of sums written with a hyphen ("$1.5bn-$2bn") is one figure, its lower end, "between";
- "Rs" is Pakistan's rupee when the sentence names Pakistan, India's otherwise;
- not figures: calibres ("a 155mm shell"), distances ("1,000 km away"), durations, ages, decades,
  ordinals and the numbers in names, scores, clock times and phone numbers; "the two sides"
  names parties, it does not count them.
"""

from __future__ import annotations

Figure = tuple[float, str, str | None, str | None]

MONEY: list[tuple[str, list[Figure]]] = [
    ("Ankara announced a TL 5 billion support package for farmers.",
     [(5e9, "TRY", None, None)]),
    ("The central bank printed 5 billion Zimbabwe dollars last month, economists said.",
     [(5e9, "ZWL", None, None)]),
    ("The state government sanctioned Rs 500 crore for flood relief.",
     [(5e9, "INR", None, None)]),
    ("Pakistan's finance minister sought Rs 1.5 trillion in new taxes.",
     [(1.5e12, "PKR", None, None)]),
    ("Analysts put the cost of the repairs at $1.5bn-$2bn.",
     [(1.5e9, "USD", "between", None)]),
    ("The council will spend £450m ($570m) on housing for refugees.",
     [(4.5e8, "GBP", None, None), (5.7e8, "USD", None, None)]),
    ("The Senate passed a $1 trillion infrastructure bill on Tuesday.",
     [(1e12, "USD", None, None)]),
    ("The European Commission proposed a €100bn fund for the defence industry.",
     [(1e11, "EUR", None, None)]),
    ("The Duma approved 350 billion rubles in extra military spending.",
     [(3.5e11, "RUB", None, None)]),
    ("Washington announced $3.2 billion in military aid for Kyiv on Friday.",
     [(3.2e9, "USD", None, None)]),
    ("The World Bank approved US$ 20 million for clean water projects.",
     [(2e7, "USD", None, None)]),
    ("The agency said it had received USD 5 million from donors.",
     [(5e6, "USD", None, None)]),
    ("A Lagos court ordered the former governor to repay 1.2 billion naira.",
     [(1.2e9, "NGN", None, None)]),
    ("Egypt secured an $8 billion loan from the IMF in March.",
     [(8e9, "USD", None, None)]),
    ("The ransom was paid in bitcoin worth about $4.4 million.",
     [(4.4e6, "USD", "about", None)]),
    ("Brussels fined the tech giant €4.3 billion, the largest penalty of its kind.",
     [(4.3e9, "EUR", None, None)]),
    ("The takeover is worth 10 billion Swiss francs, people familiar with the matter said.",
     [(1e10, "CHF", None, None)]),
    ("Warsaw signed contracts worth 40 billion zlotys for tanks and howitzers.",
     [(4e10, "PLN", None, None)]),
    ("South Africa's budget deficit widened to R300 billion, the Treasury said.",
     [(3e11, "ZAR", None, None)]),
    ("Saudi Arabia pledged 10 billion riyals to the reconstruction fund.",
     [(1e10, "SAR", None, None)]),
    ("The kidnappers demanded $2 million for each hostage.",
     [(2e6, "USD", None, None)]),
    ("Kyiv put losses from the strikes at nearly 30 billion hryvnias.",
     [(3e10, "UAH", "nearly", None)]),
    ("The appeal has raised more than £1bn since the invasion.",
     [(1e9, "GBP", "more than", None)]),
    ("Military spending will rise by $15 billion to $886 billion next year.",
     [(1.5e10, "USD", None, None), (8.86e11, "USD", None, None)]),
    ("The package includes $500m for air defence and $300m for demining.",
     [(5e8, "USD", None, None), (3e8, "USD", None, None)]),
    ("The arms deal, valued at $1.2 billion, will be signed next week, officials said.",
     [(1.2e9, "USD", None, None)]),
    ("Tokyo allocated ¥1.1tn for the programme.", [(1.1e12, "JPY", None, None)]),
    ("Dhaka approved Tk 5,000 crore for the new bridge.", [(5e10, "BDT", None, None)]),
    ("Prosecutors said the minister took bribes of at least 300,000 euros.",
     [(3e5, "EUR", "at least", None)]),
    ("The government will spend a further $7bn on munitions.",
     [(7e9, "USD", "a further", None)]),
    ("Each displaced family will receive 10,000 pesos, the governor said.",
     [(1e4, "pesos", None, None)]),
]  # fmt: skip

COUNTS: list[tuple[str, list[Figure]]] = [
    ("The death toll rose to 57 on Thursday, health officials said.",
     [(57, "people", None, "death toll")]),
    ("Another strike overnight killed six, bringing the number of dead to 1,200.",
     [(6, "people", None, "killed"), (1200, "people", None, "number of dead")]),
    ("More than 10,000 people have been killed, about 3,000 of them civilians.",
     [(10000, "people", "more than", "people"), (3000, "civilians", "about", "civilians")]),
    ("The bombing left at least 14 people dead and dozens injured.",
     [(14, "people", "at least", "people"), (12, "people", "dozens", "injured")]),
    ("An air strike hit a house in the south of the city, killing a family of five.",
     [(5, "people", None, "family")]),
    ("The fighting has displaced more than 1.5 million people since April.",
     [(1.5e6, "people", "more than", "people")]),
    ("Some 200,000 have fled across the border into Chad.",
     [(200000, "people", "some", "fled")]),
    ("Police detained 312 protesters in Istanbul on Saturday.",
     [(312, "protesters", None, "protesters")]),
    ("The Pentagon sent 2,500 Marines to the region.",
     [(2500, "marines", None, "Marines")]),
    ("Washington, which already has 40,000 troops in the region, will deploy an additional 3,000.",
     [(40000, "troops", None, "troops"), (3000, "troops", "an additional", "troops")]),
    ("Bangladesh will send a contingent of 800 peacekeepers to South Sudan.",
     [(800, "peacekeepers", None, "peacekeepers")]),
    ("Kenya said its 1,200-member force would arrive next month.",
     [(1200, "troops", None, "force")]),
    ("Two dozen soldiers were killed in the ambush.", [(24, "soldiers", None, "soldiers")]),
    ("Hundreds of thousands of people marched through the capital.",
     [(100000, "people", "hundreds of thousands", "people")]),
    ("Russia launched a dozen drones at Odesa overnight.", [(12, "drones", None, "drones")]),
    ("Three soldiers were killed on March 3 when their vehicle hit a mine.",
     [(3, "soldiers", None, "soldiers")]),
    ("The army said 45 militants were killed in the operation.",
     [(45, "militants", None, "militants")]),
    ("Almost 4,000 migrants have drowned in the Mediterranean this year.",
     [(4000, "migrants", "almost", "migrants")]),
    ("The UN refugee agency said 6.3 million Ukrainians were living abroad.",
     [(6.3e6, "ukrainians", None, "Ukrainians")]),
    ("Commandos freed four hostages, aged 19 to 40, in the raid.",
     [(4, "hostages", None, "hostages")]),
    ("Police said 1,300 people were arrested during three nights of rioting.",
     [(1300, "people", None, "people")]),
    ("As many as 70 people may have been buried by the landslide.",
     [(70, "people", "as many as", "people")]),
    ("The coalition said its jets had destroyed 14 tanks and 30 armoured vehicles.",
     [(14, "tanks", None, "tanks"), (30, "vehicles", None, "armoured vehicles")]),
    ("Fewer than 500 fighters remain in the besieged city.",
     [(500, "fighters", "fewer than", "fighters")]),
    ("At least 23 people, including nine children, died when the boat capsized.",
     [(23, "people", "at least", "people"), (9, "children", None, "children")]),
    ("The junta has jailed more than 20,000 political prisoners since the coup.",
     [(20000, "prisoners", "more than", "political prisoners")]),
    ("Around 250 British troops will join the exercise in Estonia.",
     [(250, "troops", "around", "British troops")]),
    ("The strike killed 31 and wounded more than 100.",
     [(31, "people", None, "killed"), (100, "people", "more than", "wounded")]),
    ("A drone hit a market 1,000 km from the front line, killing 12 civilians.",
     [(12, "civilians", None, "civilians")]),
    ("Nearly 300 Chinese warplanes entered Taiwan's air defence zone in October.",
     [(300, "warplanes", "nearly", "Chinese warplanes")]),
    ("Soldiers of the 3rd Brigade captured 40 Russian soldiers near the village.",
     [(40, "soldiers", None, "Russian soldiers")]),
    ("Pyongyang fired two ballistic missiles into the sea shortly after 0700 local time.",
     [(2, "missiles", None, "ballistic missiles")]),
    ("The ministry said thousands of 155mm shells had been delivered.",
     [(1000, "shells", "thousands", "155mm shells")]),
    ("Gunmen abducted 287 pupils from a school in Kaduna state.",
     [(287, "pupils", None, "pupils")]),
    ("Tens of thousands have been killed in the conflict, the UN says.",
     [(10000, "people", "tens of thousands", "killed")]),
    ("Over 1,000 people were evacuated from villages near the border.",
     [(1000, "people", "over", "people")]),
    ("The attack killed 12 police officers in the province.",
     [(12, "officers", None, "police officers")]),
    ("The protest drew an estimated 100,000 demonstrators.",
     [(100000, "demonstrators", "an estimated", "demonstrators")]),
    ("France will withdraw its 1,500 soldiers from Niger by the end of the year.",
     [(1500, "soldiers", None, "soldiers")]),
    ("The two sides exchanged 230 prisoners of war on Sunday.",
     [(230, "prisoners", None, "prisoners of war")]),
    ("NATO allies agreed to raise defence spending to 2% of GDP.",
     [(2, "percent", None, None)]),
]  # fmt: skip

NOT_FIGURES: list[str] = [
    "The summit will open on March 3 in Brussels.",
    "The curfew takes effect at 0300 GMT.",
    "The victim, aged 19, was a student at the university.",
    "The region has been unstable since the 1990s.",
    "The 3rd Brigade has held the line for weeks.",
    "Relatives of the MH17 victims gathered in Amsterdam.",
    "The convoy was attacked on Route 66 north of the capital.",
    "The target lies 1,000 km away from the border.",
    "Denmark will deliver its first F-16 jets next year.",
    "G7 leaders met in Hiroshima on Friday.",
    "Arsenal secured a 2-1 win over Chelsea on Sunday.",
    "For more information, call +44 20 7946 0958.",
    "The story appeared on page 5 of the newspaper.",
    "A 155mm shell landed near the hospital.",
    "The victims were in their 20s and 30s.",
    "The Kh-101 cruise missile was fired from a Tu-95 bomber.",
    "The talks resumed on Monday after a 48-hour pause.",
]
