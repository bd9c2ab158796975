"""A ninth quantity battery: aid, loans, budgets and fines in many currencies; wars and their tolls.

Written blind: its author read the earlier batteries and the contract, not the extractor, and ran
nothing on these sentences before writing them down. The sentences are the project's own, in the
style of Reuters, AP, AFP, Bloomberg, the BBC, Al Jazeera and Indian, Nigerian, Kenyan and
Australian outlets. What the earlier batteries have few of: IMF, World Bank and EU money; military
aid packages that list weapons; budgets with several sums in one sentence; sums in the currencies
of Africa, Asia, Latin America and the Gulf, as symbols and as codes ("KSh 3.2 billion", "R15bn",
"Tk 500 crore", "AED 2m", "BRL 40 billion", "R$15 billion", "SAR 269 billion", "Rp 71 trillion");
prices a barrel and a tonne; withdrawals, abductions, prisoner exchanges, detainees, voters and
weapons by model; counts said after their noun ("the dead numbered 63"); and numbers that are no
figures. Each case is a sentence and its figures in text order as ``(value, unit, approx, counts,
high)``, as in ``quantity_battery_unseen5.py``: money has its ISO 4217 code as the unit and
``counts`` None but for a rate; a count has a lowercase plural noun as the unit and, as
``counts``, the counted phrase as written, with its modifiers (or, for a bare number of harm,
its participle); ``high`` is the top of a range, else None. Percentages are figures (unit
``percent``), so none is among NOT_FIGURES.

Conventions this battery adds to the earlier ones:

- a currency name several countries use takes the code of the country the sentence names as
  paying, receiving or budgeting it: "Qatar pledged 500 million riyals" is QAR (Saudi Arabia's
  riyals stay SAR), "Morocco ... 120 billion dirhams" MAD, "Uganda's parliament ... 72 trillion
  shillings" UGX, "The Philippines ... 35 billion pesos" PHP; "Sh" in a sentence about Kenya and
  "KSh" anywhere are KES, "R$" and "BRL" are BRL (a bare "R" stays ZAR), "Rp" is IDR, "shekels"
  ILS, "lira" in a sentence about Turkey TRY;
- "rounds of ammunition" counts rounds: the unit is ``rounds`` and ``counts`` keeps the whole
  "rounds of 105mm ammunition", as "prisoners of war" is kept whole; the calibre inside it is no
  figure of its own;
- a count said after its noun with a verb of number ("the dead numbered 63", "Palestinian
  detainees now number about 9,500") counts the subject, as "troops numbering about 30,000" and
  "reinforcements totalling 5,000" do: "the dead" is people, with ``counts`` "dead";
- a part given after a total ("40 civilians, 23 of them children", "the dead numbered 63, among
  them 11 women and nine children") is a figure of its own, counting the noun that follows it, as
  the seventh battery's "about 3,000 of them civilians";
- "each day" is a rate like "a day", and a count of casualties a day counts "casualties per day";
- a qualifier binds only the number it stands before: "up to 900 soldiers and 14 Challenger 2
  tanks" has "up to" on the soldiers alone; "just over" is kept whole as ``approx``, as stacked
  qualifiers are;
- "crore" multiplies a count as it does a sum (10 million): "97 crore voters" is 970,000,000;
- everything between a number and its head noun stays in ``counts``, adverbs and model names
  included ("1,200 heavily armed Wagner fighters", "14 T-72 tanks", "four Kh-101 cruise
  missiles", "300 PAC-3 interceptors"); a model name with no number before it is no figure;
- not figures: "an unknown number of", "no one", "both sides", an indefinite article ("a
  Kh-47M2 Kinzhal missile" counts nothing), legal and bankruptcy chapters ("Chapter 11"),
  exchange rates ("1,600 per dollar", as the first battery's "100 per dollar"), and the
  durations, distances, times, dates, ages, ordinals, scores and names of the earlier batteries.
"""

from __future__ import annotations

Figure = tuple[float, str, str | None, str | None, float | None]

MONEY: list[tuple[str, list[Figure]]] = [
    ("The International Monetary Fund's board approved a $3 billion Extended Fund Facility for "
     "Egypt on Friday, unlocking an immediate disbursement of about $347 million.",
     [(3e9, "USD", None, None, None), (3.47e8, "USD", "about", None, None)]),
    ("Washington announced a $2.3 billion military aid package for Kyiv that includes 12 HIMARS "
     "launchers, 36,000 rounds of 105mm ammunition and additional Patriot interceptors, the "
     "Pentagon said.",
     [(2.3e9, "USD", None, None, None), (12, "launchers", None, "HIMARS launchers", None),
      (36000, "rounds", None, "rounds of 105mm ammunition", None)]),
    ("The World Bank approved a $750 million loan to Kenya to support budget reforms, and the "
     "African Development Bank pledged a further $80 million.",
     [(7.5e8, "USD", None, None, None), (8e7, "USD", "a further", None, None)]),
    ("Kenya's Treasury released KSh 3.2 billion to the electoral commission and Sh1.1 billion to "
     "the police ahead of the vote, the Business Daily reported.",
     [(3.2e9, "KES", None, None, None), (1.1e9, "KES", None, None, None)]),
    ("South Africa's finance minister said Eskom would receive R15bn in debt relief this year and "
     "R254bn over three years.",
     [(1.5e10, "ZAR", None, None, None), (2.54e11, "ZAR", None, None, None)]),
    ("Nigeria's 2025 budget of ₦54.99 trillion sets aside ₦4.91 trillion for defence and ₦3.52 "
     "trillion for education, the finance minister told lawmakers in Abuja.",
     [(5.499e13, "NGN", None, None, None), (4.91e12, "NGN", None, None, None),
      (3.52e12, "NGN", None, None, None)]),
    ("A Lagos court ordered the former bank chief to forfeit N2.3 billion and $1.6 million found "
     "in his accounts.",
     [(2.3e9, "NGN", None, None, None), (1.6e6, "USD", None, None, None)]),
    ("Bangladesh's cabinet approved a Tk 500 crore fund for families affected by the floods in "
     "Sylhet.",
     [(5e9, "BDT", None, None, None)]),
    ("Pakistan's federal budget allocates Rs 2,122 billion to defence, up from Rs 1,804 billion "
     "last year, the finance minister said.",
     [(2.122e12, "PKR", None, None, None), (1.804e12, "PKR", None, None, None)]),
    ("The Maharashtra government announced ex gratia of Rs 5 lakh each for the families of those "
     "killed in the stampede.",
     [(5e5, "INR", None, None, None)]),
    ("India's defence ministry signed contracts worth ₹39,125 crore for BrahMos missiles and "
     "radars on Friday.",
     [(3.9125e11, "INR", None, None, None)]),
    ("Dubai Police said they had seized counterfeit goods worth AED 2m and arrested 14 suspects "
     "in the raids.",
     [(2e6, "AED", None, None, None), (14, "suspects", None, "suspects", None)]),
    ("Brazil's Congress approved BRL 40 billion in emergency spending for flood-hit Rio Grande do "
     "Sul, and the development bank will lend a further R$15 billion to businesses there.",
     [(4e10, "BRL", None, None, None), (1.5e10, "BRL", "a further", None, None)]),
    ("Saudi Arabia's 2024 budget allocates SAR 269 billion to the military, about 21% of total "
     "spending.",
     [(2.69e11, "SAR", None, None, None), (21, "percent", "about", None, None)]),
    ("Qatar pledged 500 million riyals to rebuild schools in Gaza, the foreign ministry said.",
     [(5e8, "QAR", None, None, None)]),
    ("Morocco set aside 120 billion dirhams over five years for reconstruction after the "
     "earthquake.",
     [(1.2e11, "MAD", None, None, None)]),
    ("Turkey's parliament approved a 1.1 trillion lira defence budget for next year.",
     [(1.1e12, "TRY", None, None, None)]),
    ("Kyiv expects a budget gap of 1.5 trillion hryvnias ($37 billion) next year, the finance "
     "ministry said.",
     [(1.5e12, "UAH", None, None, None), (3.7e10, "USD", None, None, None)]),
    ("Russia's finance ministry said oil and gas revenues fell 24% to 8.8 trillion roubles last "
     "year.",
     [(24, "percent", None, None, None), (8.8e12, "RUB", None, None, None)]),
    ("China will provide 1 billion yuan in emergency aid and a $500 million credit line to "
     "Pakistan, state media said.",
     [(1e9, "CNY", None, None, None), (5e8, "USD", None, None, None)]),
    ("South Korea will spend 61.6 trillion won on defence next year, with 17.7 trillion won going "
     "to new weapons.",
     [(6.16e13, "KRW", None, None, None), (1.77e13, "KRW", None, None, None)]),
    ("Japan's cabinet approved a record ¥8.7 trillion defence budget, including 1.1 trillion yen "
     "for long-range missiles.",
     [(8.7e12, "JPY", None, None, None), (1.1e12, "JPY", None, None, None)]),
    ("The U.S. Treasury fined a Dubai-based exchange $45 million for processing payments for "
     "sanctioned Russian banks.",
     [(4.5e7, "USD", None, None, None)]),
    ("The EU has frozen about €210 billion of Russian central bank assets, most of it held at "
     "Euroclear in Brussels.",
     [(2.1e11, "EUR", "about", None, None)]),
    ("Brent crude rose 2% to $84.10 a barrel on Monday, while Russia's Urals blend traded above "
     "the G7 price cap of $60 per barrel.",
     [(2, "percent", None, None, None), (84.1, "USD", None, "per barrel", None),
      (60, "USD", None, "per barrel", None)]),
    ("Thai rice export prices climbed to $650 a tonne, the highest since 2008, exporters said.",
     [(650, "USD", None, "per tonne", None)]),
    ("Uganda's parliament passed a budget of 72 trillion shillings, of which 3.9 trillion "
     "shillings will go to security.",
     [(7.2e13, "UGX", None, None, None), (3.9e12, "UGX", None, None, None)]),
    ("Ghana will receive about $360 million from the IMF after the board completed its second "
     "review, bringing disbursements under the $3 billion programme to some $1.9 billion.",
     [(3.6e8, "USD", "about", None, None), (3e9, "USD", None, None, None),
      (1.9e9, "USD", "some", None, None)]),
    ("Israel's cabinet approved an extra 30 billion shekels in defence spending, the finance "
     "ministry said.",
     [(3e10, "ILS", "an extra", None, None)]),
    ("Donors pledged between $1.5bn and $2bn for Sudan at the conference in Paris, short of the "
     "$4.1bn the UN had sought.",
     [(1.5e9, "USD", "between", None, 2e9), (4.1e9, "USD", None, None, None)]),
    ("The kidnappers demanded a ransom of N100 million for the 17 passengers seized on the "
     "Abuja-Kaduna road, a police spokesman said.",
     [(1e8, "NGN", None, None, None), (17, "passengers", None, "passengers", None)]),
    ("The Philippines will spend 35 billion pesos on new fighter jets, the defence department "
     "said.",
     [(3.5e10, "PHP", None, None, None)]),
    ("Indonesia will spend Rp 71 trillion on free school meals next year, the finance minister "
     "said.",
     [(7.1e13, "IDR", None, None, None)]),
]  # fmt: skip

COUNTS: list[tuple[str, list[Figure]]] = [
    ("Russia has moved 1,200 heavily armed Wagner fighters to the border with Poland, a Western "
     "intelligence official said.",
     [(1200, "fighters", None, "heavily armed Wagner fighters", None)]),
    ("The strike on the market killed at least 40 civilians, 23 of them children, the health "
     "ministry said.",
     [(40, "civilians", "at least", "civilians", None), (23, "children", None, "children", None)]),
    ("By Sunday the dead numbered 63, among them 11 women and nine children, hospital officials "
     "in Khan Younis said.",
     [(63, "people", None, "dead", None), (11, "women", None, "women", None),
      (9, "children", None, "children", None)]),
    ("Gunmen stormed the village in Zamfara state, killing 12 and abducting dozens, residents "
     "said.",
     [(12, "people", None, "killed", None), (12, "people", "dozens", "abducted", None)]),
    ("Police in Kogi state said 25 of the 61 abducted passengers had been freed.",
     [(25, "passengers", None, "abducted passengers", None),
      (61, "passengers", None, "abducted passengers", None)]),
    ("Ukraine and Russia exchanged 230 prisoners of war, 115 from each side, in a swap brokered by "
     "the United Arab Emirates.",
     [(230, "prisoners", None, "prisoners of war", None),
      (115, "prisoners", None, "prisoners of war", None)]),
    ("Israel freed 90 Palestinian detainees after Hamas released three Israeli hostages on "
     "Sunday.",
     [(90, "detainees", None, "Palestinian detainees", None),
      (3, "hostages", None, "Israeli hostages", None)]),
    ("Ukraine's air force said it shot down 38 of 43 Shahed drones and two of four Kh-101 cruise "
     "missiles launched overnight.",
     [(38, "drones", None, "Shahed drones", None), (43, "drones", None, "Shahed drones", None),
      (2, "missiles", None, "Kh-101 cruise missiles", None),
      (4, "missiles", None, "Kh-101 cruise missiles", None)]),
    ("Russia fired 120 missiles and 90 drones at Ukraine's energy grid overnight, killing at least "
     "seven people.",
     [(120, "missiles", None, "missiles", None), (90, "drones", None, "drones", None),
      (7, "people", "at least", "people", None)]),
    ("The army said it had destroyed 14 T-72 tanks, three Msta-S howitzers and dozens of armoured "
     "vehicles in the counter-offensive.",
     [(14, "tanks", None, "T-72 tanks", None), (3, "howitzers", None, "Msta-S howitzers", None),
      (12, "vehicles", "dozens", "armoured vehicles", None)]),
    ("Germany will deliver two more Patriot batteries and 300 PAC-3 interceptors by the end of the "
     "year.",
     [(2, "batteries", "more", "Patriot batteries", None),
      (300, "interceptors", None, "PAC-3 interceptors", None)]),
    ("Kyiv has received more than 1 million rounds of 155mm artillery ammunition from its allies "
     "this year, the defence minister said.",
     [(1e6, "rounds", "more than", "rounds of 155mm artillery ammunition", None)]),
    ("Police fired tear gas at thousands of protesters in Nairobi on Tuesday, and rights groups "
     "said at least 23 people were killed and more than 300 arrested.",
     [(1000, "protesters", "thousands", "protesters", None),
      (23, "people", "at least", "people", None), (300, "people", "more than", "arrested", None)]),
    ("Tens of thousands of Georgians rallied outside parliament in Tbilisi for a fifth night.",
     [(10000, "georgians", "tens of thousands", "Georgians", None)]),
    ("Nearly 97 crore voters are registered for the general election, up from 91 crore in 2019, "
     "the Election Commission said.",
     [(9.7e8, "voters", "nearly", "voters", None), (9.1e8, "voters", None, "voters", None)]),
    ("More than 24 million Nigerians voted in the presidential election, a turnout of 27%, the "
     "electoral commission said.",
     [(2.4e7, "nigerians", "more than", "Nigerians", None), (27, "percent", None, None, None)]),
    ("Some 600,000 Rohingya remain in Rakhine state, and almost a million live in camps in "
     "Bangladesh.",
     [(6e5, "rohingya", "some", "Rohingya", None), (1e6, "rohingya", "almost", "Rohingya", None)]),
    ("The fighting has displaced an estimated 1.7 million people in eastern Congo this year, and "
     "over 100,000 have fled to Uganda and Burundi.",
     [(1.7e6, "people", "an estimated", "people", None),
      (100000, "people", "over", "fled", None)]),
    ("As many as 3,000 Sudanese refugees are crossing into Chad each day, the UNHCR said.",
     [(3000, "refugees", "as many as", "Sudanese refugees per day", None)]),
    ("The United States will pull about 2,500 troops out of Iraq by September 2025, leaving fewer "
     "than 1,000 in the Kurdistan region.",
     [(2500, "troops", "about", "troops", None), (1000, "troops", "fewer than", "troops", None)]),
    ("Britain will deploy up to 900 soldiers and 14 Challenger 2 tanks to Estonia next spring.",
     [(900, "soldiers", "up to", "soldiers", None),
      (14, "tanks", None, "Challenger 2 tanks", None)]),
    ("Kenya has sent 400 more police officers to Haiti, where some 600 Kenyan police are already "
     "deployed.",
     [(400, "officers", "more", "police officers", None),
      (600, "police", "some", "Kenyan police", None)]),
    ("Russian forces are suffering an estimated 1,500 casualties a day along the front, British "
     "military intelligence said.",
     [(1500, "casualties", "an estimated", "casualties per day", None)]),
    ("A suicide bomber killed 14 soldiers and wounded 22 others at a checkpoint in North "
     "Waziristan, the military said.",
     [(14, "soldiers", None, "soldiers", None), (22, "people", None, "others", None)]),
    ("Flash floods have killed 48 people and left 19 missing in Himachal Pradesh, while 3,500 "
     "families have been moved to relief camps, officials said.",
     [(48, "people", None, "people", None), (19, "people", None, "missing", None),
      (3500, "families", None, "families", None)]),
    ("Nearly two dozen aid workers have been killed in Sudan since April, the UN said.",
     [(24, "workers", "nearly", "aid workers", None)]),
    ("Hundreds of Malian soldiers and an unknown number of Wagner fighters were killed in the "
     "ambush near Tinzaouaten.",
     [(100, "soldiers", "hundreds", "Malian soldiers", None)]),
    ("Some two dozen Chinese warplanes and six navy ships were detected around Taiwan on Tuesday, "
     "the defence ministry in Taipei said.",
     [(24, "warplanes", "some", "Chinese warplanes", None),
      (6, "ships", None, "navy ships", None)]),
    ("The junta has detained more than 27,000 people since the 2021 coup, and over 20,000 remain "
     "in custody, a monitoring group said.",
     [(27000, "people", "more than", "people", None), (20000, "people", "over", "people", None)]),
    ("Police put the crowd in Accra at around 15,000.",
     [(15000, "people", "around", "crowd", None)]),
    ("Palestinian detainees now number about 9,500, a prisoners' rights group said.",
     [(9500, "detainees", "about", "Palestinian detainees", None)]),
    ("Hundreds of thousands of Afghans have been deported from Pakistan since 2023, and up to 1.4 "
     "million more face expulsion.",
     [(100000, "afghans", "hundreds of thousands", "Afghans", None),
      (1.4e6, "afghans", "up to", "Afghans", None)]),
    ("The Pentagon ordered 3,000 additional troops to the Middle East, joining the roughly 40,000 "
     "already in the region.",
     [(3000, "troops", "additional", "troops", None),
      (40000, "troops", "roughly", "troops", None)]),
    ("A crowd of several thousand gathered outside the court in Dakar as the opposition leader's "
     "trial opened.",
     [(3000, "people", "several", "crowd", None)]),
    ("Just over 1,000 Australian troops will take part in the exercise, alongside 30,000 "
     "personnel from 19 countries.",
     [(1000, "troops", "just over", "Australian troops", None),
      (30000, "personnel", None, "personnel", None), (19, "countries", None, "countries", None)]),
    ("The strike on the camp killed 21 people, including 12 women and children, the civil defence "
     "agency said.",
     [(21, "people", None, "people", None),
      (12, "women and children", None, "women and children", None)]),
    ("The coastguard intercepted a boat carrying 35 Somali and Ethiopian migrants off the coast "
     "of Yemen.",
     [(35, "migrants", None, "Somali and Ethiopian migrants", None)]),
    ("Between 150 and 200 Colombian mercenaries are fighting alongside the RSF, officials say.",
     [(150, "mercenaries", "between", "Colombian mercenaries", 200)]),
    ("Some 8,000-10,000 North Korean soldiers have been sent to the Kursk region, U.S. officials "
     "said.",
     [(8000, "soldiers", "between", "North Korean soldiers", 10000)]),
    ("A dozen Cameroonian soldiers were killed when separatists attacked their post near Bamenda.",
     [(12, "soldiers", None, "Cameroonian soldiers", None)]),
    ("Troops neutralised 48 terrorists, arrested 112 suspects and rescued 57 kidnapped victims in "
     "the past week, the Defence Headquarters said.",
     [(48, "terrorists", None, "terrorists", None), (112, "suspects", None, "suspects", None),
      (57, "victims", None, "kidnapped victims", None)]),
    ("Australia will buy up to 220 Tomahawk cruise missiles from the United States, the defence "
     "minister said.",
     [(220, "missiles", "up to", "Tomahawk cruise missiles", None)]),
]  # fmt: skip

NOT_FIGURES: list[str] = [
    "The 67-year-old general was sworn in as interim president on Monday.",
    "Protesters marked the anniversary of the 2011 uprising in Tahrir Square on 25 January.",
    "The curfew will run from 9 p.m. to 6 a.m. until further notice.",
    "The Super Eagles beat Ghana 2-1 in Abuja on Saturday.",
    "The Security Council adopted Resolution 2728, demanding an immediate ceasefire.",
    "Flight ET302 crashed minutes after take-off from Addis Ababa.",
    "Kyiv has asked its allies for more F-16s, Patriot PAC-3 interceptors and ATACMS.",
    "Russia is refurbishing T-72 and T-90 tanks at its Uralvagonzavod plant.",
    "The notice was published on page 14 of the official gazette.",
    "Article 370 of the constitution had given the region special status.",
    "For consular help, call +234 803 555 0199 or 0800 123 4567.",
    "It was the third attack on the base this month, and the second in a week.",
    "One of the hostages is a dual British-Israeli national.",
    "No one has claimed responsibility for the blast, police said.",
    "The attack began at 0230 local time on 3 March, the army said.",
    "He was sentenced to 20 years in prison after a 12-day trial.",
    "The naira weakened to 1,600 per dollar on the parallel market.",
    "Russia launched Shahed-136 drones and a Kh-47M2 Kinzhal missile at the city overnight.",
    "The 47th Mechanised Brigade pulled back from the outskirts of Avdiivka.",
    "The airline filed for Chapter 11 bankruptcy protection in Delaware.",
    "The convoy stopped 30 km south of Khan Younis, and both sides agreed to talks.",
]
