"""Twelve political wire stories for a fifth blind quote battery (written for this project).

Written before running the extractor on them, in the styles of Reuters, AP, AFP, dpa, the BBC
and Al Jazeera: a ceasefire, a disputed run-off, a lost confidence vote, sanctions, a fuel
protest, a term-limit ruling, a summit, a coup, a tariff dispute, a water dispute, failed
coalition talks and a gang attack, set in Congo, Peru, Nepal, Brussels and Moscow, Jordan,
Zimbabwe, Malaysia and China, Guinea-Bissau, Mexico, Iraq and Turkey, Portugal and Haiti. Every
person's name is invented. Same format as quote_articles.py: each ``Gold`` is a unique
substring of the quoted content (for an indirect quote, the reported clause), the speaker (a
person's full name as first introduced, or a tuple of forms naming an organisation, a group, a
document, an unnamed source or a person known by one name) and the kind: ``direct`` for words
inside quotation marks, ``indirect`` for a reported clause with no marks, ``mixed`` for a
reported clause or a description that quotes a fragment ('called the count "a farce"').

The hard cases spread over the stories: a title before the name and the title alone later ("the
minister was blunt:"), a name with an appositive and a description later ("the 61-year-old",
"the former general", "the colonel", "the envoy"), a surname of two letters (Li), an
organisation taken up by "it" ("It said troops would …"), "according to" a person, a draft, a
statement or unnamed people, a cue after "told reporters" or "said on Tuesday" with no "that",
quotes split around their cue, a cue before a colon, a quote that runs on into the next
paragraph, posts on X, written statements, anonymous sources, curly quotes (recount, tigris)
and British single quotes whose closing mark is also an apostrophe (term-limit).

Decisions (those of batteries 1, 3 and 4, plus): the words of a person's own written statement
are the person's, even when the cue is "the statement said"; a statement read on television
for a group that names itself is the group's; a quoted phrase a group applies to something ('a
ruling that opposition leaders called "a victory"') is a mixed quote of the group; a sentence
with a parenthetical cue ('He would not, he said, "hand …"') is one mixed quote; a clause
reported with "said … and said …" is two quotes, each listed, but a second clause joined by
"but" to the first of one cue stays inside the first quote and is not listed on its own; every
quoted stretch between its own marks is listed (so that a found quote is never counted wrong for
want of a gold), but a stretch of several sentences is listed once. Story names differ from
those of batteries 1 to 4, since the scorer caches a coded story by its name.
``not_quotes`` are headlines, placards, passive hearsay ("is expected to", "it is believed
that", "is said to have", "is reported to"), a refusal or a failure to comment, a negated "has
not said", and actions reported with a bare object ("urged calm", "rejected the charge",
"demanded the immediate release"), which report no words.
"""

from __future__ import annotations

from quote_articles import Gold, Story, _paragraphs

TRUCE = Story(
    "truce",
    _paragraphs("""
Congo and rebels agree truce in Doha talks

DOHA, March 11 (Reuters) - Congo's government and the rebel Kivu Liberation Front agreed on
Tuesday to a ceasefire across two eastern provinces after nine days of talks, Qatar's foreign
ministry said.

The truce is due to take effect at midnight on Thursday. It is expected to be monitored by a
team from the African Union, although the details have yet to be agreed.

"This is not yet peace, but it is the first step that both sides have taken together,"
Congolese Foreign Minister Therese Kabongo told reporters at the signing ceremony.

Kabongo said the government would release 40 prisoners as a gesture of goodwill once the
ceasefire had held for a week.

The Front's chief negotiator, Emmanuel Mukiza, a former army general who defected in 2021,
called the agreement "a door, not a house".

"We did not come to Doha to surrender," the former general said, "and nobody has asked us to."

He said his fighters would stay in the towns they now held until a political settlement was
reached, a position the government in Kinshasa has rejected.

The Congolese army said in a statement that it would "respect the ceasefire scrupulously". It
said troops would respond to any attack on civilians.

A senior Western diplomat who followed the talks, and who asked not to be named, said:
"Everyone signed. Nobody trusts anybody."

More than 7,000 people have been killed in the east since January. Kenya's foreign ministry
declined to comment on whether its troops would join the monitoring mission.
"""),
    (
        Gold(
            "Congo's government and the rebel Kivu Liberation Front agreed",
            ("foreign ministry", "qatar"),
            "indirect",
        ),
        Gold("This is not yet peace, but it is the first step", "Therese Kabongo", "direct"),
        Gold("the government would release 40 prisoners", "Therese Kabongo", "indirect"),
        Gold('the agreement "a door, not a house"', "Emmanuel Mukiza", "mixed"),
        Gold("We did not come to Doha to surrender", "Emmanuel Mukiza", "direct"),
        Gold("and nobody has asked us to", "Emmanuel Mukiza", "direct"),
        Gold("his fighters would stay in the towns they now held", "Emmanuel Mukiza", "indirect"),
        Gold('it would "respect the ceasefire scrupulously"', ("army",), "mixed"),
        Gold("troops would respond to any attack on civilians", ("army",), "indirect"),
        Gold("Everyone signed. Nobody trusts anybody.", ("senior diplomat", "diplomat"), "direct"),
    ),
    (
        "Congo and rebels agree truce in Doha talks",
        "It is expected to be monitored by a team from the African Union",
        "declined to comment on whether its troops would join",
    ),
)

RECOUNT = Story(
    "recount",
    _paragraphs("""
LIMA, June 8 (AFP) — Peru’s conservative candidate Rosa Villanueva refused on Monday to concede
the presidential run-off, calling the count “a farce staged by the electoral board” as official
results showed her rival ahead by fewer than 60,000 votes.

With 99.4 percent of ballots counted, Julio Mamani, a former leader of the teachers’ union, had
50.2 percent, according to the National Office of Electoral Processes (ONPE).

“We will not accept a result built on stolen tables,” Villanueva told supporters outside her
campaign headquarters in Miraflores.

The 54-year-old former mayor of Lima said her lawyers had filed more than 800 requests to annul
votes, most of them in rural districts where Mamani won by large margins.

Mamani, speaking in his home town of Juliaca, urged calm. “The people have spoken, in Puno and
in Lima alike,” he said. “Nobody is going to take this victory from the poor of Peru.”

He later wrote on X: “Patience. The count belongs to the citizens, not to the candidates.”

The head of ONPE, Carlos Huamán, said on Monday the count had been “clean and transparent”.

Observers from the Organization of American States said in a preliminary report that they had
seen “no evidence of systematic fraud” in the second round.

The final result is expected to be proclaimed by the National Jury of Elections within two
weeks, once all challenges have been resolved.
"""),
    (
        Gold("the count “a farce staged by the electoral board”", "Rosa Villanueva", "mixed"),
        Gold(
            "Julio Mamani, a former leader of the teachers’ union, had 50.2 percent",
            ("national office of electoral processes", "onpe"),
            "indirect",
        ),
        Gold("We will not accept a result built on stolen tables", "Rosa Villanueva", "direct"),
        Gold("her lawyers had filed more than 800 requests", "Rosa Villanueva", "indirect"),
        Gold("The people have spoken, in Puno and", "Julio Mamani", "direct"),
        Gold("Nobody is going to take this victory from the poor", "Julio Mamani", "direct"),
        Gold("The count belongs to the citizens", "Julio Mamani", "direct"),
        Gold("the count had been “clean and transparent”", "Carlos Huamán", "mixed"),
        Gold(
            "they had seen “no evidence of systematic fraud”",
            ("organization of american states", "observers"),
            "mixed",
        ),
    ),
    ("urged calm", "is expected to be proclaimed by the National Jury of Elections"),
)

CONFIDENCE = Story(
    "confidence",
    _paragraphs("""
KATHMANDU, Nepal (AP) - Nepal's prime minister lost a vote of confidence in parliament on
Friday, less than a year after taking office, after his main coalition partner walked out of
the government.

Prime Minister Bishnu Adhikari won the backing of only 98 lawmakers in the 275-seat House of
Representatives. He needed 138.

"I have not lost because I did something wrong. I have lost because I refused to do something
wrong," Adhikari told the chamber before the vote.

The 61-year-old said his former partners had demanded control of the customs department. He
would not, he said, "hand the country's borders to a party treasurer".

Kamala Rai, leader of the Unified Socialist Party, which quit the coalition on Tuesday, rejected
the charge. "The prime minister is inventing a scandal to hide a failure," she told reporters
outside parliament. "For eleven months he governed alone and called it a coalition."

Rai said her party was ready to join a new government "with anyone who respects the agreement
we all signed".

President Sushila Gurung's office said in a statement that she had asked the parties to form a
new majority within seven days.

Adhikari said he would stay on as caretaker until then. Asked whether he would stand again, he
said: "That is for my party to decide.

"But I have never left a fight halfway, and I do not intend to start now."

It is the fourth time in five years that a Nepali government has fallen before the end of its
term. It is widely believed that the Socialists will seek the premiership for Rai.
"""),
    (
        Gold("I have not lost because I did something wrong.", "Bishnu Adhikari", "direct"),
        Gold(
            "his former partners had demanded control of the customs",
            "Bishnu Adhikari",
            "indirect",
        ),
        Gold('"hand the country\'s borders to a party treasurer"', "Bishnu Adhikari", "mixed"),
        Gold("The prime minister is inventing a scandal", "Kamala Rai", "direct"),
        Gold("For eleven months he governed alone", "Kamala Rai", "direct"),
        Gold('her party was ready to join a new government "with anyone', "Kamala Rai", "mixed"),
        Gold(
            "she had asked the parties to form a new majority",
            ("office", "gurung", "president"),
            "indirect",
        ),
        Gold("he would stay on as caretaker until then", "Bishnu Adhikari", "indirect"),
        Gold("That is for my party to decide.", "Bishnu Adhikari", "direct"),
        Gold("But I have never left a fight halfway", "Bishnu Adhikari", "direct"),
    ),
    (
        "rejected the charge",
        "Asked whether he would stand again",
        "It is widely believed that the Socialists will seek",
    ),
)

LNG_SANCTIONS = Story(
    "lng-sanctions",
    _paragraphs("""
EU agrees new Russia sanctions; Kremlin vows response

BRUSSELS, Feb 24 (Reuters) - European Union governments agreed on Wednesday on a new package of
sanctions against Russia targeting its liquefied natural gas exports and a fleet of ageing
tankers, after Slovakia dropped its objections.

"Today we are cutting the money that pays for this war," EU foreign policy chief Marta Lindqvist
said in a statement. "Every tanker we stop is a missile that is not built."

According to a draft seen by Reuters, the package adds 73 vessels to a list of ships barred from
EU ports and bans imports of Russian LNG from next January.

Slovak Foreign Minister Peter Hudak, whose government had blocked the deal for three weeks, said
Bratislava had won "firm guarantees" on energy supplies. "We were never against sanctions. We
were against freezing in the dark," Hudak told Slovak radio.

The Kremlin said the measures were illegal and would hurt Europe more than Russia.

Kremlin spokesman Oleg Sorokin told reporters on a conference call that Russia would "find
buyers for every cargo". "Europe keeps punishing itself and calling it a strategy," he said.

One EU diplomat, speaking on condition of anonymity, said several countries had pushed for
tougher measures against Russian banks but had been overruled.

Ukraine's foreign ministry welcomed the package in a statement but called it "overdue and still
too narrow".

The measures must still be formally adopted by ministers, which is expected to happen on
Monday.
"""),
    (
        Gold("Today we are cutting the money that pays for this war", "Marta Lindqvist", "direct"),
        Gold("Every tanker we stop is a missile", "Marta Lindqvist", "direct"),
        Gold("the package adds 73 vessels to a list of ships", ("draft",), "indirect"),
        Gold('Bratislava had won "firm guarantees" on energy', "Peter Hudak", "mixed"),
        Gold("We were never against sanctions.", "Peter Hudak", "direct"),
        Gold("the measures were illegal and would hurt Europe", ("kremlin", "russia"), "indirect"),
        Gold('Russia would "find buyers for every cargo"', "Oleg Sorokin", "mixed"),
        Gold("Europe keeps punishing itself and calling it a strategy", "Oleg Sorokin", "direct"),
        Gold("several countries had pushed for tougher measures", ("diplomat",), "indirect"),
        Gold('"overdue and still too narrow"', ("foreign ministry", "ukraine"), "mixed"),
    ),
    (
        "EU agrees new Russia sanctions; Kremlin vows response",
        "welcomed the package in a statement",
        "which is expected to happen on Monday",
    ),
)

FUEL_PROTEST = Story(
    "fuel-protest",
    _paragraphs("""
AMMAN, Jordan (AP) - Thousands of people marched through central Amman on Friday against a sharp
rise in fuel prices, in the largest demonstration in the Jordanian capital in five years.

Police fired tear gas at a crowd that tried to reach the prime minister's office, and at least
23 people were arrested, according to a police spokesman, Maj. Khaled al-Zoubi.

Al-Zoubi said officers had acted "with the greatest restraint" after protesters threw stones.

Protesters, many of them taxi and truck drivers, carried placards reading "Bread before budgets".

"I drive fourteen hours a day and I cannot fill my tank," said Omar Haddad, 38, a taxi driver
from Zarqa. He said drivers were being made to pay for the government's mistakes.

The government says the increase, agreed with the International Monetary Fund, is needed to cut
a budget deficit that has grown for three straight years.

Government spokeswoman Dana Khalaf told state television the prices would be reviewed every
month and could fall if global oil prices eased.

"Nobody is happy to raise prices, but the alternative is a crisis that would hurt the poor far
more," Khalaf said.

The Islamic Action Front, the largest opposition party in parliament, called the increase "a tax
on the poor" and said its lawmakers would vote to suspend it next week.

It is believed that the protests were organised largely through messaging groups run by
drivers' unions.
"""),
    (
        Gold("at least 23 people were arrested", "Khaled al-Zoubi", "indirect"),
        Gold('officers had acted "with the greatest restraint"', "Khaled al-Zoubi", "mixed"),
        Gold("I drive fourteen hours a day and I cannot fill my tank", "Omar Haddad", "direct"),
        Gold("drivers were being made to pay for the government's", "Omar Haddad", "indirect"),
        Gold(
            "the increase, agreed with the International Monetary Fund, is needed",
            ("government",),
            "indirect",
        ),
        Gold("the prices would be reviewed every month", "Dana Khalaf", "indirect"),
        Gold("Nobody is happy to raise prices", "Dana Khalaf", "direct"),
        Gold('the increase "a tax on the poor"', ("islamic action front", "front"), "mixed"),
        Gold(
            "its lawmakers would vote to suspend it next week",
            ("islamic action front", "front"),
            "indirect",
        ),
    ),
    ("Bread before budgets", "It is believed that the protests were organised"),
)

TERM_LIMIT = Story(
    "term-limit",
    _paragraphs("""
Zimbabwe court blocks bid to extend president's term

Zimbabwe's Constitutional Court has struck down a law that would have allowed the president to
serve a third term, in a ruling that opposition leaders called 'a victory for the constitution'.

In a unanimous judgment, the nine judges said parliament had 'no power to amend the term limit
by the back door'.

Reading the ruling, Chief Justice Esther Ndlovu said: 'The constitution is not a lease that the
tenant may renew at will. It belongs to the people who wrote it.'

The law, passed by parliament in March, would have allowed President Tendai Mhlanga, 72, to
stand again in 2028.

Justice Minister Farai Chikwanha said the government respected the court but would study the
ruling very carefully.

'We are a country of laws, and we will act within them,' Mr Chikwanha told the BBC. 'What we
will not do is pretend that this ruling ends the debate.'

Outside the court in Harare, hundreds of opposition supporters sang and waved flags.

Lawyer Nyasha Marufu, who brought the case on behalf of a group of church leaders, said she had
received death threats during the hearing. 'I'm not afraid. I'm tired, but I'm not afraid,' she
said.

The ruling party did not respond to a request for comment. Mr Mhlanga has not said publicly
whether he wants a third term.
"""),
    (
        Gold("'a victory for the constitution'", ("opposition leaders", "opposition"), "mixed"),
        Gold("parliament had 'no power to amend the term limit", ("judges", "court"), "mixed"),
        Gold("The constitution is not a lease that the tenant", "Esther Ndlovu", "direct"),
        Gold("the government respected the court but would study", "Farai Chikwanha", "indirect"),
        Gold("We are a country of laws, and we will act within them", "Farai Chikwanha", "direct"),
        Gold("What we will not do is pretend", "Farai Chikwanha", "direct"),
        Gold("she had received death threats during the hearing", "Nyasha Marufu", "indirect"),
        Gold("I'm tired, but I'm not afraid", "Nyasha Marufu", "direct"),
    ),
    (
        "Zimbabwe court blocks bid to extend president's term",
        "did not respond to a request for comment",
        "has not said publicly whether he wants a third term",
    ),
)

REEF = Story(
    "reef",
    _paragraphs("""
KUALA LUMPUR, Oct 27 (Reuters) - Southeast Asian leaders ended a two-day summit on Monday without
agreeing on how to respond to a Chinese coast guard blockade of a disputed reef, exposing
divisions within the bloc.

Philippine Foreign Secretary Ramon Castillo said the final statement was weaker than the
situation demanded.

"Our fishermen are being chased out of our own waters, and we are asked to be patient," Castillo
told reporters. "We have been patient for thirty years."

Malaysian Prime Minister Aziz Rahman, who chaired the summit, defended the text. He said ASEAN
worked "by consensus, not by majority".

"Consensus is slow. It is also the reason this association still exists after fifty-eight
years," he said.

In Beijing, a spokesman for China's foreign ministry, Li Wen, said the coast guard had acted
"lawfully and with restraint" near the reef. "China has always been willing to resolve
differences through dialogue with the countries directly concerned," Li told a regular news
briefing.

The ministry said in a separate statement that it "firmly opposed" any attempt by countries
outside the region to interfere.

According to two officials who were in the room, Vietnam and the Philippines had pushed for the
statement to name China, but Cambodia and Laos objected.

Indonesian Foreign Minister Sari Wulandari said on X that the summit had "kept the door open"
for a code of conduct with Beijing.

Leaders are due to meet again in Manila in May.
"""),
    (
        Gold("the final statement was weaker than the situation", "Ramon Castillo", "indirect"),
        Gold("Our fishermen are being chased out of our own waters", "Ramon Castillo", "direct"),
        Gold("We have been patient for thirty years.", "Ramon Castillo", "direct"),
        Gold('ASEAN worked "by consensus, not by majority"', "Aziz Rahman", "mixed"),
        Gold("Consensus is slow. It is also the reason", "Aziz Rahman", "direct"),
        Gold('the coast guard had acted "lawfully and with restraint"', "Li Wen", "mixed"),
        Gold("China has always been willing to resolve differences", "Li Wen", "direct"),
        Gold(
            'it "firmly opposed" any attempt by countries outside',
            ("foreign ministry", "ministry", "china"),
            "mixed",
        ),
        Gold(
            "Vietnam and the Philippines had pushed for the statement", ("officials",), "indirect"
        ),
        Gold('the summit had "kept the door open"', "Sari Wulandari", "mixed"),
    ),
    ("defended the text", "Leaders are due to meet again in Manila in May."),
)

COUP = Story(
    "coup",
    _paragraphs("""
Soldiers seize power in Guinea-Bissau, suspend constitution

BISSAU, Nov 3 (AFP) - Soldiers in Guinea-Bissau said on Sunday they had seized power and
dissolved all state institutions, hours after heavy gunfire was heard near the presidential
palace in the capital.

In a statement read on state television, a group calling itself the Military Command for
National Restoration said it had acted to "save the nation from chaos and corruption".

"The constitution is suspended. The borders are closed until further notice," the statement
said.

The officer who read the statement, Colonel Abdu Sanha, was later named transitional president.
A former commander of the presidential guard, he told journalists at the main military base that
elections would be held "when the conditions are right".

"We did not take power to keep it," Sanha said. "We took it because there was nobody left to
hold it," the colonel added.

The whereabouts of President Joao Mendes were not known. A relative, speaking by telephone on
condition of anonymity, said he was being held at the base with two of his ministers.

The West African bloc ECOWAS said in a statement it "condemns in the strongest terms" the seizure
of power, and demanded the immediate release of the president.

According to the statement, the bloc's leaders will hold an emergency summit in Abuja on
Wednesday.

Guinea-Bissau has seen at least nine coups or attempted coups since independence from Portugal
in 1974. Some of the gunfire is reported to have come from rival army units.
"""),
    (
        Gold(
            "they had seized power and dissolved all state institutions",
            ("soldiers", "military command"),
            "indirect",
        ),
        Gold(
            'it had acted to "save the nation from chaos and corruption"',
            ("military command", "soldiers"),
            "mixed",
        ),
        Gold(
            "The constitution is suspended.",
            ("military command", "statement", "soldiers"),
            "direct",
        ),
        Gold('elections would be held "when the conditions are right"', "Abdu Sanha", "mixed"),
        Gold("We did not take power to keep it", "Abdu Sanha", "direct"),
        Gold("We took it because there was nobody left", "Abdu Sanha", "direct"),
        Gold("he was being held at the base with two", ("relative",), "indirect"),
        Gold('it "condemns in the strongest terms" the seizure', ("ecowas",), "mixed"),
        Gold(
            "the bloc's leaders will hold an emergency summit", ("ecowas", "statement"), "indirect"
        ),
    ),
    (
        "Soldiers seize power in Guinea-Bissau, suspend constitution",
        "demanded the immediate release of the president",
        "is reported to have come from rival army units",
    ),
)

TARIFFS = Story(
    "tariffs",
    _paragraphs("""
Mexico threatens tariffs on U.S. farm goods in steel row

MEXICO CITY, April 15 (Reuters) - Mexico will impose tariffs of up to 25% on U.S. pork, cheese
and apples from May 1 unless Washington lifts new duties on Mexican steel, Economy Minister Lucia
Herrera said on Tuesday.

"We do not want a trade war. But we will not be the only country in North America that respects
the rules," Herrera told a news conference at the National Palace.

She said talks with U.S. trade officials had stalled last week over Washington's demand for
quotas on Mexican steel exports.

The minister was blunt: "Quotas are not a negotiation. They are a surrender, and we are not
going to sign one."

The Office of the U.S. Trade Representative said in a statement that the steel duties were
needed to stop Chinese metal being "routed through Mexico" into the United States.

A U.S. official familiar with the talks said Washington was "not going to be rushed by
deadlines" set in Mexico City.

The head of the CCE business council, Arturo Benavides, said the tariffs would hit farmers in
both countries hardest. "Nobody in Sonora or Iowa wins this fight," Benavides said.

Mexico is the largest foreign buyer of U.S. pork by volume.
"""),
    (
        Gold("Mexico will impose tariffs of up to 25% on U.S. pork", "Lucia Herrera", "indirect"),
        Gold("We do not want a trade war.", "Lucia Herrera", "direct"),
        Gold("talks with U.S. trade officials had stalled last week", "Lucia Herrera", "indirect"),
        Gold("Quotas are not a negotiation.", "Lucia Herrera", "direct"),
        Gold(
            'the steel duties were needed to stop Chinese metal being "routed',
            ("trade representative", "ustr"),
            "mixed",
        ),
        Gold('Washington was "not going to be rushed by', ("official",), "mixed"),
        Gold("the tariffs would hit farmers in both countries", "Arturo Benavides", "indirect"),
        Gold("Nobody in Sonora or Iowa wins this fight", "Arturo Benavides", "direct"),
    ),
    (
        "Mexico threatens tariffs on U.S. farm goods in steel row",
        "Mexico is the largest foreign buyer of U.S. pork by volume.",
    ),
)

TIGRIS = Story(
    "tigris",
    _paragraphs("""
BAGHDAD — Iraq has summoned Turkey’s ambassador over what it called “the deliberate strangling”
of the Tigris, as water levels in the river fell to their lowest in almost a century.

The Iraqi foreign ministry said in a statement on Monday that dams upstream had cut the river’s
flow by more than half since June.

“Iraq will not stand by while its people go thirsty,” the statement said. “Water is not a gift
that Ankara may give or withhold.”

Water Resources Minister Haider al-Saadi told Al Jazeera that farmers in the southern provinces
of Dhi Qar and Basra had abandoned more than a third of their land.

“I have been to villages where there is no one left under the age of fifty,” al-Saadi said.
“The young have gone to the cities. The buffalo have died.

“If this goes on for another summer, there will be nothing to come back to.”

In Ankara, a Turkish foreign ministry official, speaking on condition of anonymity because he
was not authorised to brief the media, said Turkey had “always shared water fairly” and was
itself suffering from drought.

Turkey’s energy minister, Volkan Ersoy, said last month that releases from the Ilisu dam would
increase in the autumn.

Iraq depends on the Tigris and Euphrates for more than 90 percent of its fresh water. The
Turkish ambassador was not available for comment.
"""),
    (
        Gold("“the deliberate strangling”", ("iraq", "foreign ministry"), "mixed"),
        Gold(
            "dams upstream had cut the river’s flow by more than half",
            ("foreign ministry", "iraq"),
            "indirect",
        ),
        Gold(
            "Iraq will not stand by while its people go thirsty",
            ("foreign ministry", "iraq", "statement"),
            "direct",
        ),
        Gold(
            "Water is not a gift that Ankara may give",
            ("foreign ministry", "iraq", "statement"),
            "direct",
        ),
        Gold(
            "farmers in the southern provinces of Dhi Qar and Basra",
            "Haider al-Saadi",
            "indirect",
        ),
        Gold("I have been to villages where there is no one left", "Haider al-Saadi", "direct"),
        Gold("The young have gone to the cities.", "Haider al-Saadi", "direct"),
        Gold("If this goes on for another summer", "Haider al-Saadi", "direct"),
        Gold("Turkey had “always shared water fairly”", ("official",), "mixed"),
        Gold("releases from the Ilisu dam would increase", "Volkan Ersoy", "indirect"),
    ),
    (
        "Iraq depends on the Tigris and Euphrates for more than 90 percent",
        "was not available for comment",
    ),
)

COALITION = Story(
    "coalition",
    _paragraphs("""
LISBON (dpa) - Coalition talks in Portugal collapsed on Thursday after the centre-right
Democratic Renewal party refused to give the nationalist Pátria movement control of the
Interior Ministry, raising the prospect of a second election within a year.

Democratic Renewal leader Inês Cardoso said in a written statement that her party had offered
"every reasonable compromise" but could not hand the police "to a party that wants to use them
against its opponents".

"Portugal needs a government. It does not need one at any price," the statement said.

Pátria leader Rui Valente, a former army paratrooper, hit back on X within minutes. "Cardoso
prefers chaos to change. The voters will not forgive her," he wrote.

Speaking to reporters outside parliament later, the 47-year-old said his movement had asked
only for "the ministries the voters gave us".

According to two people involved in the talks, the negotiations broke down over a single line in
the draft agreement on police powers.

President Álvaro Nunes will meet party leaders on Monday, his office said. His spokeswoman,
Teresa Mota, said the president "would exhaust every possibility" before dissolving parliament.

Analysts said a new election could strengthen Pátria, which won 22 percent of the vote in
March. "Every failed negotiation is an advertisement for them," said Marta Lobo, a political
scientist at the University of Coimbra.

Cardoso is said to have spoken with the president by telephone on Thursday evening.
"""),
    (
        Gold('her party had offered "every reasonable compromise"', "Inês Cardoso", "mixed"),
        Gold("Portugal needs a government. It does not need one", "Inês Cardoso", "direct"),
        Gold("Cardoso prefers chaos to change.", "Rui Valente", "direct"),
        Gold('his movement had asked only for "the ministries', "Rui Valente", "mixed"),
        Gold("the negotiations broke down over a single line", ("people",), "indirect"),
        Gold(
            "President Álvaro Nunes will meet party leaders on Monday",
            ("office", "nunes", "president"),
            "indirect",
        ),
        Gold('the president "would exhaust every possibility"', "Teresa Mota", "mixed"),
        Gold("a new election could strengthen Pátria", ("analysts",), "indirect"),
        Gold("Every failed negotiation is an advertisement for them", "Marta Lobo", "direct"),
    ),
    (
        "refused to give the nationalist Pátria movement control",
        "is said to have spoken with the president by telephone",
    ),
)

HAITI = Story(
    "haiti",
    _paragraphs("""
PORT-AU-PRINCE, Haiti (AP) - Gunmen attacked a police station and burned dozens of homes in a
town north of Haiti's capital overnight, killing at least 14 people, a police union said
Wednesday.

The union said in a post on X that officers had held out for six hours before running out of
ammunition.

"We asked for reinforcements at 11 at night. They came at 7 in the morning, when it was over,"
union spokesman Jean-Robert Pierre-Louis told The Associated Press by phone.

Haiti's transitional council said in a statement it had ordered an investigation into the
delay.

The U.N. special envoy for Haiti, Marisol Ferreira, told the Security Council in New York that
the gangs now controlled "almost every road in and out of the capital".

"The mission has fewer than half the officers it was promised," she said. She said the mission
could not ask a few hundred people to do the work of thousands.

The envoy said nine countries had pledged police officers but only three had sent them.

Residents of the town, Cabaret, said many families had fled to the hills. "They burned my house
with my mother's sewing machine inside," said one woman, who gave only her first name, Nadege,
for fear of reprisals.

More than 5,600 people were killed in gang violence in Haiti last year. The gang that controls
the area is believed to be led by a former police officer.
"""),
    (
        Gold(
            "Gunmen attacked a police station and burned dozens",
            ("police union", "union"),
            "indirect",
        ),
        Gold(
            "officers had held out for six hours before running out",
            ("union", "police union"),
            "indirect",
        ),
        Gold("We asked for reinforcements at 11 at night.", "Jean-Robert Pierre-Louis", "direct"),
        Gold(
            "it had ordered an investigation into the",
            ("transitional council", "council"),
            "indirect",
        ),
        Gold('the gangs now controlled "almost every road in and out', "Marisol Ferreira", "mixed"),
        Gold("The mission has fewer than half the officers", "Marisol Ferreira", "direct"),
        Gold("the mission could not ask a few hundred people", "Marisol Ferreira", "indirect"),
        Gold("nine countries had pledged police officers but only", "Marisol Ferreira", "indirect"),
        Gold("many families had fled to the hills", ("residents",), "indirect"),
        Gold("They burned my house with my mother's sewing machine", ("nadege",), "direct"),
    ),
    (
        "is believed to be led by a former police officer",
        "More than 5,600 people were killed in gang violence in Haiti last year.",
        "for fear of reprisals",
    ),
)

STORIES5 = (
    TRUCE,
    RECOUNT,
    CONFIDENCE,
    LNG_SANCTIONS,
    FUEL_PROTEST,
    TERM_LIMIT,
    REEF,
    COUP,
    TARIFFS,
    TIGRIS,
    COALITION,
    HAITI,
)
