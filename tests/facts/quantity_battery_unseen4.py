"""A seventh quantity battery: figures in sentences written the way wire articles carry them.

Written blind, before its author ran the extractor on any of it, from the contract and the
earlier batteries' conventions. The sentences are the project's own, in the style of Reuters, AP
and AFP copy: aid packages, budgets, fines, sanctions, arms sales, troop deployments, casualty
tolls, refugee flows, ransoms, market moves, election results and damages, with the press forms
of money ("$1.2tn", "Rs 1,500 crore", "C$40 million", "HK$2 billion", "¥1.3 trillion", "850m
euros", "a $50-million loan"), ranges, vague counts and numbers that are no figures. Each case is
a sentence and its figures in text order as ``(value, unit, approx, counts)``; money has its ISO
4217 code as the unit and, unlike the earlier batteries, its ``counts`` is checked too (None but
for a rate, below).

Conventions this battery adds to the earlier ones:

- a rate ("$3 a barrel", "about $2,000 a month", "$1.7 trillion per year") is a sum whose
  ``counts`` names what it is per, as "per barrel", "per month": the schema has no field of its
  own for the per-unit, and ``counts`` of money is otherwise None. "a year earlier" or "a year
  ago" after a sum dates the sum, it is no rate. (Since the eighth battery a count has its rate
  too, after what it counts: "3,000 people a day" counts "people per day", where this battery
  first had "people".);
- a qualifier and the "more" of a figure added to others are both kept, in text order, as
  ``approx``: "about 850 more soldiers" is "about more", "up to 1.7 million more" "up to more";
  a bare number with "more" counts what the sentence counted before ("1.2 million people have
  fled ... up to 1.7 million more could be forced out" counts people);
- "$2bn more" keeps "more" as ``approx``, as "3,000 more troops" does;
- votes: a tally written with the noun ("by 312 votes to 198", "143 votes to 9") counts votes,
  both sides, with unit ``votes``; a bare tally ("passed the bill 62-38", "voted 12-0") is no
  figure, like a score, for nothing in it says what is counted. Neither is ever people;
- a seat count is a count of seats ("won 159 of the 400 seats, down from 230");
- a share of a qualified whole ("31.2 million of the 46.5 million registered voters") counts the
  whole's words, modifiers included, like the whole;
- a nationality used as a plural noun ("1.2 million Sudanese") counts that nationality,
  lowercase, as "ukrainians" and "palestinians" do.
"""

from __future__ import annotations

Figure = tuple[float, str, str | None, str | None]

MONEY: list[tuple[str, list[Figure]]] = [
    ("European Union leaders agreed on Thursday to a €50 billion aid package for Ukraine "
     "covering 2024 to 2027, after Hungary's prime minister dropped his veto at a summit in "
     "Brussels.",
     [(5e10, "EUR", None, None)]),
    ("Japan's cabinet approved a ¥1.3 trillion supplementary budget for disaster relief on "
     "Friday, the finance ministry said, as rebuilding on the Noto peninsula enters its second "
     "year.",
     [(1.3e12, "JPY", None, None)]),
    ("The carmaker will pay 850m euros ($920m) to settle claims that it cheated on emissions "
     "tests, the company said in a statement on Tuesday.",
     [(8.5e8, "EUR", None, None), (9.2e8, "USD", None, None)]),
    ("Hong Kong's government will set aside HK$2 billion to support small businesses hit by the "
     "downturn, the financial secretary said in his budget speech.",
     [(2e9, "HKD", None, None)]),
    ("Canada will provide C$40 million in humanitarian assistance to Sudan and its neighbours, "
     "the international development minister told reporters in Ottawa.",
     [(4e7, "CAD", None, None)]),
    ("The Ministry of Defence signed a £300m contract with BAE Systems for 14 new artillery guns, "
     "to be delivered by the end of 2026.",
     [(3e8, "GBP", None, None), (14, "guns", None, "new artillery guns")]),
    ("The Maharashtra government announced a relief package of Rs 1,500 crore for farmers hit by "
     "unseasonal rain, and compensation of Rs 1.5 lakh for each family that lost a member.",
     [(1.5e10, "INR", None, None), (1.5e5, "INR", None, None)]),
    ("The president signed the $1.2tn infrastructure bill into law on Monday, calling it a "
     "once-in-a-generation investment in roads, bridges and broadband.",
     [(1.2e12, "USD", None, None)]),
    ("The African Development Bank approved a $50-million loan to help Malawi rebuild roads and "
     "bridges destroyed by the cyclone, the lender said.",
     [(5e7, "USD", None, None)]),
    ("Brent crude rose more than $3 a barrel to $87.40 on Monday after the attacks on tankers in "
     "the Gulf of Oman, its biggest one-day gain since March.",
     [(3, "USD", "more than", "per barrel"), (87.4, "USD", None, None)]),
    ("Analysts estimate the strike will cost the carmakers between $1bn and $2bn in lost "
     "production, depending on how long it lasts.",
     [(1e9, "USD", "between", None)]),
    ("The European Commission fined Apple €1.8 billion on Monday for abusing its dominance of "
     "the music streaming market, the first penalty it has imposed on the iPhone maker.",
     [(1.8e9, "EUR", None, None)]),
    ("The U.S. Treasury on Tuesday sanctioned 12 individuals and 17 companies accused of helping "
     "Iran sell oil worth hundreds of millions of dollars to buyers in China.",
     [(12, "individuals", None, "individuals"), (17, "companies", None, "companies"),
      (1e8, "USD", "hundreds of millions", None)]),
    ("The State Department approved the possible sale of 40 F-35 jets to Greece, with related "
     "equipment, for an estimated $8.6 billion.",
     [(40, "jets", None, "F-35 jets"), (8.6e9, "USD", "an estimated", None)]),
    ("The gang demanded a ransom of $1 million for each of the 17 missionaries, among them five "
     "children, a Haitian official said.",
     [(1e6, "USD", None, None), (17, "missionaries", None, "missionaries"),
      (5, "children", None, "children")]),
    ("The FTSE 100 closed down 1.2 per cent at 7,420 points, wiping £25bn off the value of "
     "London's biggest companies.",
     [(1.2, "percent", None, None), (2.5e10, "GBP", None, None)]),
    ("Germany's cabinet approved a 2025 budget with spending of 488.7 billion euros and net new "
     "borrowing of 51.3 billion euros, below the limit set by the debt brake.",
     [(4.887e11, "EUR", None, None), (5.13e10, "EUR", None, None)]),
    ("A jury in Delaware ordered the chemical company to pay $185 million in damages to three "
     "school teachers who said they had been poisoned at work.",
     [(1.85e8, "USD", None, None), (3, "teachers", None, "school teachers")]),
    ("Saudi Arabia deposited $3 billion with Pakistan's central bank and will provide up to $1.2 "
     "billion worth of oil on deferred payment, officials said.",
     [(3e9, "USD", None, None), (1.2e9, "USD", "up to", None)]),
    ("The IMF's board approved a 37-month programme of about $7 billion for Pakistan, with an "
     "immediate disbursement of roughly $1 billion.",
     [(7e9, "USD", "about", None), (1e9, "USD", "roughly", None)]),
    ("Investigators said they had attached assets worth Rs 500 crore linked to the betting app "
     "and arrested five people, including two bank officials, in raids across 12 cities.",
     [(5e9, "INR", None, None), (5, "people", None, "people"),
      (2, "officials", None, "bank officials"), (12, "cities", None, "cities")]),
    ("Economists put the cost of the war to the economy at $10-15 billion this year, or about 3% "
     "of output.",
     [(1e10, "USD", "between", None), (3, "percent", "about", None)]),
    ("Toyota said it expected operating profit of 4.3 trillion yen ($28.6 billion) for the year "
     "to March, up 20% from a year earlier.",
     [(4.3e12, "JPY", None, None), (2.86e10, "USD", None, None), (20, "percent", None, None)]),
    ("Recruits were paid about $2,000 a month, a former fighter told reporters, several times "
     "the average wage in the regions they came from.",
     [(2000, "USD", "about", "per month")]),
    ("The exchange agreed to pay $4.3 billion and its founder pleaded guilty to breaking U.S. "
     "anti-money laundering laws, the Justice Department said.",
     [(4.3e9, "USD", None, None)]),
    ("Shares in the company fell 18% to $42.10 in New York, wiping about $9 billion off its "
     "market value.",
     [(18, "percent", None, None), (42.1, "USD", None, None), (9e9, "USD", "about", None)]),
    ("Australia will spend up to A$368 billion on nuclear-powered submarines over the next three "
     "decades, the defence minister said.",
     [(3.68e11, "AUD", "up to", None)]),
    ("US to send $2bn more in arms to Ukraine",
     [(2e9, "USD", "more", None)]),
    ("Exports fell to $31.2 billion in May from $34.5 billion a year ago, the trade ministry said, "
     "while the price of cocoa rose to $9,000 per tonne.",
     [(3.12e10, "USD", None, None), (3.45e10, "USD", None, None),
      (9000, "USD", None, "per tonne")]),
    ("The country's climate plan says $1.7 trillion per year will be needed by 2030, more than "
     "double the 800 billion rand pledged so far.",
     [(1.7e12, "USD", None, "per year"), (8e11, "ZAR", None, None)]),
]  # fmt: skip

COUNTS: list[tuple[str, list[Figure]]] = [
    ("Officials said 2,000 to 3,000 Wagner fighters had crossed into Belarus, where a camp has "
     "been set up for them in the south of the country.",
     [(2000, "fighters", "between", "Wagner fighters")]),
    ("About 2,000-3,000 migrants reach the island every week in summer, the coastguard said.",
     [(2000, "migrants", "between", "migrants")]),
    ("The Pentagon will send about 850 more soldiers to Poland, adding to the 4,700 already "
     "deployed there, a defense official said.",
     [(850, "soldiers", "about more", "soldiers"), (4700, "soldiers", None, "soldiers")]),
    ("More than 1.2 million people have fled into neighbouring countries, and the UN warns that "
     "up to 1.7 million more could be forced out by the end of the year.",
     [(1.2e6, "people", "more than", "people"), (1.7e6, "people", "up to more", "people")]),
    ("Tens of thousands of protesters marched through Tbilisi on Sunday against the foreign "
     "agents law, the largest demonstration in the country in years.",
     [(10000, "protesters", "tens of thousands", "protesters")]),
    ("Hundreds of Rohingya refugees have landed on beaches in Aceh this week, where some "
     "residents have refused to let them come ashore.",
     [(100, "refugees", "hundreds", "Rohingya refugees")]),
    ("A dozen soldiers were killed when their convoy hit a roadside bomb near Kidal, the army "
     "said in a statement.",
     [(12, "soldiers", None, "soldiers")]),
    ("Nearly half a million people have returned to the north of the Gaza Strip since the "
     "ceasefire took effect, the UN said.",
     [(5e5, "people", "nearly", "people")]),
    ("Nearly 1.5 lakh people were evacuated from coastal districts ahead of the cyclone, the "
     "state's special relief commissioner said.",
     [(1.5e5, "people", "nearly", "people")]),
    ("The attack killed at least 12 people and wounded 40, police said, in the deadliest "
     "violence in the city this year.",
     [(12, "people", "at least", "people"), (40, "people", None, "wounded")]),
    ("The death toll from the bus crash rose to 57 on Wednesday after three more victims died "
     "in hospital, officials said.",
     [(57, "people", None, "death toll"), (3, "victims", "more", "victims")]),
    ("Moscow has deployed an estimated 150,000 troops on three sides of Ukraine, along with "
     "missile systems and 40 fighter squadrons, U.S. officials said.",
     [(150000, "troops", "an estimated", "troops"),
      (40, "squadrons", None, "fighter squadrons")]),
    ("Some 40,000 Syrians crossed into Lebanon in the first week of the offensive, the UNHCR "
     "said, bringing the number of Syrian refugees in the country to about 1.5 million.",
     [(40000, "syrians", "some", "Syrians"), (1.5e6, "refugees", "about", "Syrian refugees")]),
    ("Britain will deploy 20,000 troops, 24 warships and more than 100 aircraft to the NATO "
     "exercise next year, the largest since the Cold War.",
     [(20000, "troops", None, "troops"), (24, "warships", None, "warships"),
      (100, "aircraft", "more than", "aircraft")]),
    ("The ANC won 159 of the 400 seats in the National Assembly, down from 230, with 40.2% of "
     "the vote.",
     [(159, "seats", None, "seats"), (400, "seats", None, "seats"),
      (230, "seats", None, "seats"), (40.2, "percent", None, None)]),
    ("The resolution was adopted by 143 votes to 9, with 25 abstentions, the General Assembly "
     "president said.",
     [(143, "votes", None, "votes"), (9, "votes", None, "votes"),
      (25, "abstentions", None, "abstentions")]),
    ("MPs approved the bill by 312 votes to 198 after a six-hour debate, sending it to the "
     "House of Lords.",
     [(312, "votes", None, "votes"), (198, "votes", None, "votes")]),
    ("Israeli strikes killed 34 Palestinians overnight, including 12 children, health officials "
     "said, as the death toll in the territory passed 40,000.",
     [(34, "palestinians", None, "Palestinians"), (12, "children", None, "children"),
      (40000, "people", None, "death toll")]),
    ("An estimated 3,000 people a day are crossing into Chad, aid agencies said.",
     [(3000, "people", "an estimated", "people per day")]),
    ("Gunmen abducted 287 pupils from a school in Kuriga, in Kaduna state, residents said.",
     [(287, "pupils", None, "pupils")]),
    ("Hundreds of people were killed in the fighting in Khartoum last week, and thousands more "
     "were wounded, doctors said.",
     [(100, "people", "hundreds", "people"), (1000, "people", "thousands more", "wounded")]),
    ("Three soldiers, aged 19, 21 and 24, were killed in the ambush, the ministry said.",
     [(3, "soldiers", None, "soldiers")]),
    ("Germany will deliver 18 Leopard 2 tanks and 40 Marder infantry fighting vehicles by the "
     "end of March, the chancellor said.",
     [(18, "tanks", None, "Leopard 2 tanks"),
      (40, "vehicles", None, "Marder infantry fighting vehicles")]),
    ("At least 41 migrants, among them three children, drowned when their boat sank off "
     "Lampedusa; four survivors were rescued.",
     [(41, "migrants", "at least", "migrants"), (3, "children", None, "children"),
      (4, "survivors", None, "survivors")]),
    ("Police arrested more than 1,300 people at protests in 40 cities on Saturday, a monitoring "
     "group said.",
     [(1300, "people", "more than", "people"), (40, "cities", None, "cities")]),
    ("The UN mission, which has about 15,000 peacekeepers in the country, will withdraw 2,000 by "
     "the end of June.",
     [(15000, "peacekeepers", "about", "peacekeepers"),
      (2000, "peacekeepers", None, "peacekeepers")]),
    ("The fighting has displaced more than 10 million people inside Sudan, and 2 million others "
     "have fled abroad.",
     [(1e7, "people", "more than", "people"), (2e6, "people", None, "others")]),
    ("Two thousand Marines aboard three ships are heading for the eastern Mediterranean, "
     "officials said.",
     [(2000, "marines", None, "Marines"), (3, "ships", None, "ships")]),
    ("Flash floods killed 15 people and left 23 missing in the hills, where 2,000 tourists remain "
     "stranded.",
     [(15, "people", None, "people"), (23, "people", None, "missing"),
      (2000, "tourists", None, "tourists")]),
    ("Nearly 60 per cent of the town's 2,500 residents have left, the mayor said.",
     [(60, "percent", "nearly", None), (2500, "residents", None, "residents")]),
    ("Turnout was 67.1%, with 31.2 million of the 46.5 million registered voters casting "
     "ballots, the electoral commission said.",
     [(67.1, "percent", None, None), (3.12e7, "voters", None, "registered voters"),
      (4.65e7, "voters", None, "registered voters")]),
    ("Gaza: 20 killed in strike on school sheltering displaced families",
     [(20, "people", None, "killed")]),
    ("More than a dozen drones were shot down over the capital overnight, the mayor said.",
     [(12, "drones", "more than", "drones")]),
    ("Egypt has taken in 1.2 million Sudanese since the war began, according to the UN.",
     [(1.2e6, "sudanese", None, "Sudanese")]),
    ("The army said it had freed 68 hostages, and that some 2,000 Boko Haram fighters had "
     "surrendered in the past month.",
     [(68, "hostages", None, "hostages"), (2000, "fighters", "some", "Boko Haram fighters")]),
    ("Rescuers said 1,200 people had been pulled from the rubble and up to 300 were still "
     "trapped.",
     [(1200, "people", None, "people"), (300, "people", "up to", "trapped")]),
]  # fmt: skip

NOT_FIGURES: list[str] = [
    "The Senate passed the bill 62-38 late on Tuesday, sending it to the House of Representatives.",
    "The Security Council voted 12-0, with China, Russia and Mozambique abstaining, to renew the "
    "mission's mandate.",
    "The council adopted Resolution 2401 in February, demanding a halt to the fighting.",
    "Ukraine has received its first F-16 fighter jets from Denmark and the Netherlands, the "
    "president said.",
    "G7 leaders agreed at their summit in Apulia to use profits from frozen Russian assets.",
    "The COVID-19 pandemic and the war pushed up food prices across Africa, the World Bank said.",
    "The 78-year-old former president, who served from 2017 to 2021, pleaded not guilty on 3 "
    "August.",
    "Britons in the region should call +44 20 7008 5000 or the embassy on 0800 123 4567.",
    "The convoy was ambushed on Route 8, north of the capital, at about 4.30pm.",
    "The 101st Airborne Division and the 82nd Airborne have been placed on alert.",
    "The S-400 systems were first deployed in Crimea, where the Su-24 squadron is based.",
    "Real Madrid beat Borussia Dortmund 2-0 in the final at Wembley on 1 June 2024.",
    "He was jailed for 15 years in 2019 and released in 2023 after serving half his sentence.",
    "The Taliban returned to power on 15 August 2021, two decades after they were ousted.",
]
