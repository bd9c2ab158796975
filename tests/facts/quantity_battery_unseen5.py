"""An eighth quantity battery: ranges, rates, written-out numbers and press forms of money.

Written blind, before its author ran the extractor on any of it, in the style of Reuters, AP and
AFP copy. The styles the earlier batteries lack: ranges ("between 2,000 and 3,000 troops",
"$5bn-$7bn", "10 to 15 people"), rates ("£64.6 billion annually", "3,000 people a day",
"$1,200 per capita"), written-out and mixed numbers ("a quarter of a million refugees", "scores
of"), money in unusual forms ("US$4.5 billion", "Rs 2.5 lakh crore", "₦9.2 trillion", "1.5
trillion won", "$1.2bn" in a headline), casualties ("killing at least 12 and wounding 30"),
weapons, vehicles, ships and aircraft, and numbers that are no figures (game numbers, resolution
and article numbers, aircraft names, ages, dates, year ranges, phone numbers, scores). Each case
is a sentence and its figures in text order as ``(value, unit, approx, counts, high)``.

Conventions this battery adds to the earlier ones:

- a range has its low end as ``value``, its high end as ``high`` and ``approx`` "between"
  (a qualifier before a range, "about 5,000-6,000", is dropped, as the seventh battery has it);
  a single figure has ``high`` None, "up to 5,000" included. "ranged from $8,000 to $10,000" is a
  range; "cut from 13,000 to 8,000 peacekeepers" is a change, two figures;
- a rate ("annually", "a year", "a day", "per month", "each week", "per capita") names what it
  is per: for money ``counts`` is "per year", "per day", ... ("per capita" is "per person"); for
  a count of people or things ``counts`` is what is counted followed by the rate ("3,000 people a
  day" counts "people per day"). "a year earlier" still dates a sum, it is no rate;
- "scores of" is 20 with ``approx`` "scores", as "dozens of" is 12 with "dozens".
"""

from __future__ import annotations

Figure = tuple[float, str, str | None, str | None, float | None]

MONEY: list[tuple[str, list[Figure]]] = [
    ("The International Monetary Fund approved a US$4.5 billion loan for Sri Lanka on Monday, "
     "releasing a first tranche of about $330 million immediately.",
     [(4.5e9, "USD", None, None, None), (3.3e8, "USD", "about", None, None)]),
    ("The state cabinet cleared a Rs 500 crore package to rebuild roads washed away by the "
     "monsoon, the chief minister's office said.",
     [(5e9, "INR", None, None, None)]),
    ("Japan will spend ¥1.2 trillion on chip subsidies over the next three years, the trade "
     "minister told reporters in Tokyo.",
     [(1.2e12, "JPY", None, None, None)]),
    ("The club was fined 5 million euros by UEFA for breaching financial fair play rules, "
     "European football's governing body said.",
     [(5e6, "EUR", None, None, None)]),
    ("Shell to sell Nigerian onshore unit for $1.2bn",
     [(1.2e9, "USD", None, None, None)]),
    ("Analysts estimate that rebuilding the port will cost $5bn-$7bn, with most of it needed in "
     "the first two years.",
     [(5e9, "USD", "between", None, 7e9)]),
    ("The Treasury expects the scheme to cost between £2 billion and £3 billion over the course "
     "of the parliament.",
     [(2e9, "GBP", "between", None, 3e9)]),
    ("Defence spending will rise to £64.6 billion annually by the end of the decade, the prime "
     "minister said.",
     [(6.46e10, "GBP", None, "per year", None)]),
    ("The smuggling network earned an estimated $2 million a year from the route, prosecutors "
     "said.",
     [(2e6, "USD", "an estimated", "per year", None)]),
    ("The blockade is costing the economy about $50 million a day, according to the chamber of "
     "commerce.",
     [(5e7, "USD", "about", "per day", None)]),
    ("Health spending stands at $1,200 per capita, the ministry said in its annual report.",
     [(1200, "USD", None, "per person", None)]),
    ("Workers at the plant will receive ₹3,000 per month until the factory reopens, the "
     "company said.",
     [(3000, "INR", None, "per month", None)]),
    ("The fund will pay between $10 million and $15 million a year to communities near the mine.",
     [(1e7, "USD", "between", "per year", 1.5e7)]),
    ("Brent crude traded at $82-$85 a barrel in London on Thursday as traders weighed the "
     "output cuts.",
     [(82, "USD", "between", "per barrel", 85)]),
    ("Saudi Arabia pledged 3.75 billion riyals ($1 billion) to the reconstruction fund, the "
     "state news agency said.",
     [(3.75e9, "SAR", None, None, None), (1e9, "USD", None, None, None)]),
    ("A court in Seoul ordered the company to pay 1.5 trillion won in damages to former "
     "workers.",
     [(1.5e12, "KRW", None, None, None)]),
    ("The World Bank said Ukraine's recovery needs had risen to $486 billion over the next "
     "decade.",
     [(4.86e11, "USD", None, None, None)]),
    ("The fraud ran into hundreds of millions of pounds, the Serious Fraud Office said.",
     [(1e8, "GBP", "hundreds of millions", None, None)]),
    ("Beijing announced a 1 trillion yuan ($138 billion) bond issue to pay for flood defences.",
     [(1e12, "CNY", None, None, None), (1.38e11, "USD", None, None, None)]),
    ("The kidnappers demanded a quarter of a million dollars for his release, his family said.",
     [(2.5e5, "USD", None, None, None)]),
    ("Egypt will receive $8bn from the IMF and $1.2bn from the EU under the agreements signed "
     "on Sunday.",
     [(8e9, "USD", None, None, None), (1.2e9, "USD", None, None, None)]),
    ("The central bank sold US$2.3 billion of its reserves last week to defend the peso.",
     [(2.3e9, "USD", None, None, None)]),
    ("Nigeria's budget deficit widened to ₦9.2 trillion, the finance minister said.",
     [(9.2e12, "NGN", None, None, None)]),
    ("Prices for a tonne of cocoa ranged from $8,000 to $10,000 this month, traders said.",
     [(8000, "USD", "between", None, 10000)]),
    ("Argentina raised the minimum wage to 234,000 pesos a month, the labour ministry said.",
     [(234000, "ARS", None, "per month", None)]),
    ("The budget sets aside Rs 2.5 lakh crore for roads, railways and ports.",
     [(2.5e12, "INR", None, None, None)]),
    ("Exports were worth $3.2 billion in the first quarter, up from $2.9 billion a year earlier.",
     [(3.2e9, "USD", None, None, None), (2.9e9, "USD", None, None, None)]),
    ("The airline expects to lose about 200 million Swiss francs this year because of the "
     "strikes.",
     [(2e8, "CHF", "about", None, None)]),
    ("Aid agencies say $4.1bn is needed this year, but only $600m has been raised so far.",
     [(4.1e9, "USD", None, None, None), (6e8, "USD", None, None, None)]),
    ("Petrol now costs 1,000 naira per litre in Lagos, up from 200 naira a year ago.",
     [(1000, "NGN", None, "per litre", None), (200, "NGN", None, None, None)]),
]  # fmt: skip

COUNTS: list[tuple[str, list[Figure]]] = [
    ("Between 2,000 and 3,000 troops will be sent to the border region, the defence minister "
     "said.",
     [(2000, "troops", "between", "troops", 3000)]),
    ("Officials said 10 to 15 people were still missing after the landslide.",
     [(10, "people", "between", "people", 15)]),
    ("A quarter of a million refugees have crossed into Moldova since the invasion began.",
     [(2.5e5, "refugees", None, "refugees", None)]),
    ("About 1.5 million people live in the city, which has been without power since Tuesday.",
     [(1.5e6, "people", "about", "people", None)]),
    ("Tens of thousands of people marched in Madrid on Sunday against the amnesty law.",
     [(10000, "people", "tens of thousands", "people", None)]),
    ("Dozens of protesters were detained outside the parliament building, police said.",
     [(12, "protesters", "dozens", "protesters", None)]),
    ("An air strike on a market in the north of the country killed at least 12 and wounded 30, "
     "medics said.",
     [(12, "people", "at least", "killed", None), (30, "people", None, "wounded", None)]),
    ("The death toll rose to 47 on Friday as rescuers recovered more bodies from the rubble.",
     [(47, "people", None, "death toll", None)]),
    ("Some 3,000 people a day are crossing the border into Poland, the UNHCR said.",
     [(3000, "people", "some", "people per day", None)]),
    ("About 500 migrants a week arrive on the island, the coastguard said.",
     [(500, "migrants", "about", "migrants per week", None)]),
    ("The United States will send 31 Abrams tanks to Ukraine, the Pentagon said.",
     [(31, "tanks", None, "Abrams tanks", None)]),
    ("The navy has deployed 12 warships and two submarines to the Black Sea.",
     [(12, "warships", None, "warships", None), (2, "submarines", None, "submarines", None)]),
    ("Russia launched 40 drones and six cruise missiles overnight, Ukraine's air force said.",
     [(40, "drones", None, "drones", None), (6, "missiles", None, "cruise missiles", None)]),
    ("The air force has ordered 24 new fighter jets from Boeing, the ministry said.",
     [(24, "jets", None, "new fighter jets", None)]),
    ("Police seized 150 assault rifles and 40 grenades in the raid on the warehouse.",
     [(150, "rifles", None, "assault rifles", None), (40, "grenades", None, "grenades", None)]),
    ("Russia has lost between 300 and 400 armoured vehicles in the offensive, analysts estimate.",
     [(300, "vehicles", "between", "armoured vehicles", 400)]),
    ("Floods have displaced hundreds of thousands of people across the region.",
     [(100000, "people", "hundreds of thousands", "people", None)]),
    ("Gunmen killed 11 villagers and wounded 17 others in an overnight raid, the governor said.",
     [(11, "villagers", None, "villagers", None), (17, "people", None, "others", None)]),
    ("The blast killed 22 people, including five children, and injured more than 100.",
     [(22, "people", None, "people", None), (5, "children", None, "children", None),
      (100, "people", "more than", "injured", None)]),
    ("Around 5,000-6,000 fighters remain in the enclave, according to the army.",
     [(5000, "fighters", "between", "fighters", 6000)]),
    ("Israel has called up 300,000 reservists, the military said.",
     [(300000, "reservists", None, "reservists", None)]),
    ("Nearly 1.5 million children are out of school because of the fighting, UNICEF said.",
     [(1.5e6, "children", "nearly", "children", None)]),
    ("Quake death toll climbs to 2,100 in Afghanistan",
     [(2100, "people", None, "death toll", None)]),
    ("Two soldiers were killed and three wounded when their patrol came under fire.",
     [(2, "soldiers", None, "soldiers", None), (3, "people", None, "wounded", None)]),
    ("Thousands of refugees arrive each month at the camp, which was built for 20,000.",
     [(1000, "refugees", "thousands", "refugees per month", None),
      (20000, "refugees", None, "refugees", None)]),
    ("The strike left 7 dead and 15 injured, the health ministry said.",
     [(7, "people", None, "dead", None), (15, "people", None, "injured", None)]),
    ("The coalition shot down 18 Houthi drones and three anti-ship missiles over the Red Sea.",
     [(18, "drones", None, "Houthi drones", None),
      (3, "missiles", None, "anti-ship missiles", None)]),
    ("The UN said 1,200 aid trucks entered Gaza last month, down from 3,500 the month before.",
     [(1200, "trucks", None, "aid trucks", None), (3500, "trucks", None, "aid trucks", None)]),
    ("The rebels are holding between 40 and 50 hostages, a negotiator said.",
     [(40, "hostages", "between", "hostages", 50)]),
    ("Police estimated the crowd at 15,000-20,000.",
     [(15000, "people", "between", "crowd", 20000)]),
    ("The agency said 2 to 3 million people could need food aid by the spring.",
     [(2e6, "people", "between", "people", 3e6)]),
    ("At least 1,000 people a month are dying of hunger in the camp, doctors say.",
     [(1000, "people", "at least", "people per month", None)]),
    ("Scores of civilians were killed in the shelling of the town, witnesses said.",
     [(20, "civilians", "scores", "civilians", None)]),
    ("The army has lost hundreds of tanks and thousands of armoured vehicles since February.",
     [(100, "tanks", "hundreds", "tanks", None),
      (1000, "vehicles", "thousands", "armoured vehicles", None)]),
    ("A Chinese flotilla of 11 ships, including two destroyers, sailed through the strait.",
     [(11, "ships", None, "ships", None), (2, "destroyers", None, "destroyers", None)]),
    ("The mission's strength will be cut from 13,000 to 8,000 peacekeepers next year.",
     [(13000, "peacekeepers", None, "peacekeepers", None),
      (8000, "peacekeepers", None, "peacekeepers", None)]),
    ("Between 200 and 250 aircraft took part in the exercise, the largest in NATO's history.",
     [(200, "aircraft", "between", "aircraft", 250)]),
    ("Nearly 2,000 to 2,500 homes were destroyed in the fire, officials said.",
     [(2000, "homes", "between", "homes", 2500)]),
]  # fmt: skip

NOT_FIGURES: list[str] = [
    "The Dodgers won game five of the World Series on Wednesday night in New York.",
    "Iran said it remained committed to Resolution 2231, which endorsed the nuclear deal.",
    "Ukraine wants more F-16s and Patriot batteries before the winter, its foreign minister said.",
    "Poland asked for consultations under Article 4, and allies restated their commitment to "
    "Article 5.",
    "G7 and G20 finance ministers will meet in Washington next month.",
    "The COVID-19 outbreak closed the border for months, the ministry said.",
    "The 54-year-old was arrested at his home in Leeds on Tuesday, police said.",
    "The talks will resume on March 3, 2025, in Geneva, the ministry said.",
    "Anyone with information should call 0800 555 111 or 020 7946 0018.",
    "Argentina beat France 4-2 on penalties after a 3-3 draw in Lusail.",
    "The summit will be held on 14-15 June in the south of the country.",
    "He served as prime minister from 2010 to 2016 and led the party until 2019.",
    "An A-10 and an MQ-9 Reaper flew over the area, the Pentagon said.",
    "Flight MH17 was shot down over eastern Ukraine in July 2014.",
    "The Boeing 737 MAX was grounded worldwide in March 2019.",
    "He spoke at 10:30 GMT on the BBC's Radio 4 programme.",
    "Section 230 and Title 42 were at the centre of the debate in Congress.",
    "Leaders of the Group of 20 met in New Delhi over the weekend.",
    "Between 2019 and 2021 the economy shrank, the statistics office said.",
    "The Ukrainian president thanked Leopard 2 crews trained in Germany.",
]
