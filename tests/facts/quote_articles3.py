"""Twelve short political wire stories for a blind quote battery (written for this project).

Written before running the extractor on them. Same format as quote_articles.py: each ``Gold`` is
a unique substring of the quoted content, the speaker (a person's full name, or for an
organisation or an unnamed source a tuple of the forms that name it) and the kind. A partial
quote ('described it as a "provocation"') is a ``mixed`` quote: the schema has no fourth kind.
``not_quotes`` are strings no quote may touch: reported facts, headlines, "said" in a sense that
is not speech, and quoted names of a ship, a group or an operation.

Every person's name is invented; several look like places or countries on purpose (Jordan
Mensah, Chad Wilson, Georgia Hale, Israel Mbatha, Florence Adeyemi, Austin Reyes, Victoria
Salgado, Sydney Otieno), and several have three tokens (Kwame Asante Boateng, Maria Jose
Fernandez).
"""

from __future__ import annotations

from quote_articles import Gold, Story, _paragraphs

BUDGET = Story(
    "budget",
    _paragraphs("""
OTTAWA, Nov 12 (Reuters) - Canada's House of Commons passed the government's spending bill late
on Wednesday by 171 votes to 162, ending a week of late-night sittings that the opposition had
used to delay the vote.

"This budget keeps its promises to families, and it keeps them without borrowing a cent more
than we planned," Finance Minister Claire Dubois said after the vote. "We said we would hold
the line, and we did."

Conservative finance critic Martin Kowalczyk said the bill was "a tax grab dressed up as
restraint" and said his party would repeal it if it won the next election.

"The minister can call it discipline," he said, "but people buying groceries in Winnipeg know
exactly what it is." He added that food prices had risen 6% in a year.

The bill now goes to the Senate, which is expected to approve it before the Christmas recess.
Senators rarely block money bills passed by the elected chamber.

Prime Minister Daniel Okoye, speaking to reporters outside the chamber, said he was "proud of
every member who stayed for the vote".
"""),
    (
        Gold("This budget keeps its promises to families", "Claire Dubois", "direct"),
        Gold("We said we would hold the line, and we did.", "Claire Dubois", "direct"),
        Gold('the bill was "a tax grab dressed up as', "Martin Kowalczyk", "mixed"),
        Gold("his party would repeal it if it won", "Martin Kowalczyk", "indirect"),
        Gold("The minister can call it discipline", "Martin Kowalczyk", "direct"),
        Gold("people buying groceries in Winnipeg know exactly", "Martin Kowalczyk", "direct"),
        Gold("food prices had risen 6% in a year", "Martin Kowalczyk", "indirect"),
        Gold('he was "proud of every member who stayed', "Daniel Okoye", "mixed"),
    ),
    ("Senators rarely block money bills passed by the elected chamber.",),
)

RALLY_BAN = Story(
    "rally-ban",
    _paragraphs("""
Court lifts ban on opposition rally in Warsaw

WARSAW, June 3 (AP) - Poland's Supreme Administrative Court on Monday overturned a ban on an
opposition rally in central Warsaw, ruling that city officials had failed to show the march
posed a threat to public order.

The ruling read: "A demonstration cannot be banned because its message is unwelcome to those in
power."

According to the rally's organisers, more than 40,000 people had registered to attend the march
on Saturday.

Jordan Mensah, a lawyer for the Civic Coalition, told reporters that the decision was "a victory
for every citizen who wants to be heard".

"The city tried to decide who may walk in the streets and who may not," Mensah said. "Today the
court reminded them that the constitution decides that."

Warsaw's city hall said in a statement that it respected the ruling and would work with police
to keep the march safe.

The march will start at noon outside the cathedral, where mourners said prayers for the victims
of the floods last month.
"""),
    (
        Gold("city officials had failed to show the march", ("court", "ruling"), "indirect"),
        Gold("A demonstration cannot be banned because", ("court", "ruling"), "direct"),
        Gold("more than 40,000 people had registered", ("organisers",), "indirect"),
        Gold('the decision was "a victory for every citizen', "Jordan Mensah", "mixed"),
        Gold("The city tried to decide who may walk", "Jordan Mensah", "direct"),
        Gold("Today the court reminded them that", "Jordan Mensah", "direct"),
        Gold("it respected the ruling and would work", ("city hall", "warsaw"), "indirect"),
    ),
    ("Court lifts ban on opposition rally in Warsaw", "mourners said prayers for the victims"),
)

RUNOFF = Story(
    "runoff",
    _paragraphs("""
Electoral commission says count will finish by Friday

ACCRA, Dec 9 (Reuters) - Ghana's Electoral Commission said on Monday that it would announce the
final results of Saturday's presidential runoff by Friday, as early counts showed opposition
candidate Kwame Asante Boateng ahead in most regions.

Chad Wilson, a spokesman for the commission, said turnout had reached 71%, the highest since
2008. "People queued in the rain for hours. That tells you how much this vote matters to them,"
Wilson said.

Kwame Asante Boateng told supporters in Kumasi that he would be "a president for all Ghanaians,
including those who did not vote for me".

"We will wait for the commission, and we will accept what it says," he said. "But we will also
count every tally sheet ourselves."

The ruling party's candidate, Vice President Esi Mensah-Ofori, has not conceded. Her campaign
manager, Kofi Darko, described the early results as "incomplete and misleading".

Observers from the African Union said the vote had been largely peaceful.
"""),
    (
        Gold("it would announce the final results", ("electoral commission",), "indirect"),
        Gold("turnout had reached 71%", "Chad Wilson", "indirect"),
        Gold("People queued in the rain for hours.", "Chad Wilson", "direct"),
        Gold('he would be "a president for all Ghanaians', "Kwame Asante Boateng", "mixed"),
        Gold("We will wait for the commission, and we", "Kwame Asante Boateng", "direct"),
        Gold("But we will also count every tally sheet", "Kwame Asante Boateng", "direct"),
        Gold('results as "incomplete and misleading"', "Kofi Darko", "mixed"),
        Gold("the vote had been largely peaceful", ("african union", "observers"), "indirect"),
    ),
    ("Electoral commission says count will finish by Friday",),
)

TALKS = Story(
    "talks",
    _paragraphs("""
GENEVA, April 17 (AP) - U.S. envoy Georgia Hale said on Thursday that talks with Iranian
negotiators had made "real but limited progress" after two days of meetings in Geneva.

"We are not there yet," Hale told reporters outside the U.S. mission. "Nobody should expect a
deal this week, and nobody should expect us to walk away either."

Iran's deputy foreign minister, Reza Karimi, said the United States must lift sanctions on oil
exports before Tehran would discuss limits on uranium enrichment.

The Iranian foreign ministry said later that the delegation would return to Geneva next month.

A European diplomat who attended the meetings, speaking on condition of anonymity, said the two
sides remained "far apart on sequencing".

The talks are the first direct meetings between the two countries since 2021.
"""),
    (
        Gold('had made "real but limited progress"', "Georgia Hale", "mixed"),
        Gold("We are not there yet", "Georgia Hale", "direct"),
        Gold("Nobody should expect a deal this week", "Georgia Hale", "direct"),
        Gold("the United States must lift sanctions on oil", "Reza Karimi", "indirect"),
        Gold("the delegation would return to Geneva", ("foreign ministry", "iran"), "indirect"),
        Gold('sides remained "far apart on sequencing"', ("diplomat",), "mixed"),
    ),
    ("The talks are the first direct meetings between the two countries since 2021.",),
)

NURSES = Story(
    "nurses",
    _paragraphs("""
STOCKHOLM, Feb 20 (Reuters) - Thousands of health workers marched through central Stockholm on
Saturday to demand higher pay, the largest protest by Swedish nurses in two decades.

Anna Berg, a 43-year-old nurse from Malmo who travelled overnight by bus to join the march, said
she had not had a real pay rise in nine years.

"We kept this country running through the pandemic," she said. "Now they tell us there is no
money. There is money for everything else."

"I love my job. But I cannot pay my rent with applause."

Police said the march had been peaceful and that no arrests had been made.

Health Minister Lars Ekstrom said the government's offer of a 4% rise over two years was
"generous and responsible", and told Swedish Radio that the unions were "playing politics with
patients".

The nurses' union, Vardforbundet, said it would hold a strike vote next week.
"""),
    (
        Gold("she had not had a real pay rise", "Anna Berg", "indirect"),
        Gold("We kept this country running through", "Anna Berg", "direct"),
        Gold("Now they tell us there is no money.", "Anna Berg", "direct"),
        Gold("I love my job. But I cannot pay my rent", "Anna Berg", "direct"),
        Gold("the march had been peaceful", ("police",), "indirect"),
        Gold('"generous and responsible"', "Lars Ekstrom", "mixed"),
        Gold('the unions were "playing politics with', "Lars Ekstrom", "mixed"),
        Gold("it would hold a strike vote next week", ("vardforbundet", "union"), "indirect"),
    ),
    ("demand higher pay",),
)

REFINERY = Story(
    "refinery",
    _paragraphs("""
LONDON, Sept 8 (Reuters) - British oil company Northgate Energy said on Monday it would close its
refinery at Grangemouth by 2027, putting 900 jobs at risk.

The company said in a statement that the refinery had lost money in four of the past five years
and that it had found no buyer.

"This is a sad day for Grangemouth and for everyone who has worked here," the company's chief
executive, Helen McAllister, said.

A spokeswoman for the company said workers would be offered jobs at its terminal in Aberdeen.
"We will do everything we can to keep people in work," the spokeswoman said.

The GMB union's Scotland organiser, Israel Mbatha, said the closure was "an act of industrial
vandalism".

Northgate shares rose 2.1% in early trading. Analysts said the closure had been widely expected.
"""),
    (
        Gold("it would close its refinery at Grangemouth", ("northgate",), "indirect"),
        Gold("the refinery had lost money in four", ("northgate", "company"), "indirect"),
        Gold("This is a sad day for Grangemouth", "Helen McAllister", "direct"),
        Gold("workers would be offered jobs at its terminal", ("spokeswoman",), "indirect"),
        Gold("We will do everything we can to keep", ("spokeswoman",), "direct"),
        Gold('the closure was "an act of industrial', "Israel Mbatha", "mixed"),
        Gold("the closure had been widely expected", ("analysts",), "indirect"),
    ),
)

BAN = Story(
    "ban",
    _paragraphs("""
BERLIN, March 2 (Reuters) - Germany's interior ministry said on Sunday it had banned a far-right
group accused of planning attacks on refugee shelters, and police searched 20 properties in six
states.

The ministry said the group, which called itself "Nordsturm", had stockpiled weapons and held
shooting practice in the forests of Saxony.

The statement read: "Anyone who prepares violence against people because of where they come
from will face the full force of the law."

Interior Minister Sabine Keller told reporters that the ban had been prepared for months. "We
did not act a day too early," she said, "and I hope not a day too late."

A lawyer for one of the suspects, Florence Adeyemi, said her client denied any wrongdoing and
would challenge the ban in court.
"""),
    (
        Gold("it had banned a far-right group", ("interior ministry", "germany"), "indirect"),
        Gold(
            "had stockpiled weapons and held shooting", ("interior ministry", "germany"), "indirect"
        ),
        Gold(
            "Anyone who prepares violence against people",
            ("interior ministry", "germany"),
            "direct",
        ),
        Gold("the ban had been prepared for months", "Sabine Keller", "indirect"),
        Gold("did not act a day too early", "Sabine Keller", "direct"),
        Gold("and I hope not a day too late", "Sabine Keller", "direct"),
        Gold("her client denied any wrongdoing", "Florence Adeyemi", "indirect"),
    ),
    ("Nordsturm",),
)

SHOAL = Story(
    "shoal",
    _paragraphs("""
MANILA, Aug 14 (AP) - A Chinese coast guard ship fired a water cannon at a Philippine supply
vessel near Second Thomas Shoal on Wednesday, the Philippine coast guard said.

The supply run, part of the navy's "Operation Bayanihan", has been carried out twice a month
since 2023.

Coast guard spokesman Commodore Austin Reyes said two crew members had been hurt by broken glass.
"This was a deliberate and dangerous act. The ship was in our waters, on a humanitarian
mission," Reyes said.

China's foreign ministry spokeswoman, Lin Wenjing, described the Philippine mission as a
"provocation" and said Manila had been warned repeatedly.

The marines live aboard the "Sierra Madre", a rusting warship the Philippines ran aground on the
shoal in 1999.
"""),
    (
        Gold("A Chinese coast guard ship fired a water", ("coast guard",), "indirect"),
        Gold("two crew members had been hurt", "Austin Reyes", "indirect"),
        Gold("This was a deliberate and dangerous act.", "Austin Reyes", "direct"),
        Gold('mission as a "provocation"', "Lin Wenjing", "mixed"),
        Gold("Manila had been warned repeatedly", "Lin Wenjing", "indirect"),
    ),
    ('the navy\'s "Operation Bayanihan", has been carried out', '"Sierra Madre"'),
)

RENTALS = Story(
    "rentals",
    _paragraphs("""
MADRID, Oct 5 (Reuters) - Madrid's city council approved a plan on Thursday to limit holiday
rentals in the city centre, after months of protests by residents.

Deputy Mayor Maria Jose Fernandez said the measure would return about 10,000 flats to long-term
tenants within three years.

"The centre of Madrid is not a hotel," Fernandez told the council chamber. "People have to be
able to live in it."

Victoria Salgado, who heads the association of tourist flat owners, said the plan was "illegal
and rushed" and that her members would go to court.

According to the council, holiday rentals make up one in five homes in the Centro district.
"""),
    (
        Gold("the measure would return about 10,000 flats", "Maria Jose Fernandez", "indirect"),
        Gold("The centre of Madrid is not a hotel", "Maria Jose Fernandez", "direct"),
        Gold("People have to be able to live in it.", "Maria Jose Fernandez", "direct"),
        Gold('the plan was "illegal and rushed"', "Victoria Salgado", "mixed"),
        Gold("holiday rentals make up one in five homes", ("council",), "indirect"),
    ),
)

SUMMIT = Story(
    "summit",
    _paragraphs("""
BRUSSELS, June 27 (Reuters) - European Union leaders agreed on Friday to open membership talks
with Moldova, but Hungarian Prime Minister Gabor Szabo said he would block any deal on Ukraine
until his concerns were met.

European Council President Paulo Ramos called the Moldova decision "a historic day for a brave
country" and said the door to the union "remains open" to Kyiv.

Szabo, speaking to reporters as he left the summit, said: "I am not against Ukraine. I am
against making promises we cannot keep."

"He says this every summit," one EU diplomat said, "and every summit we find a way around it in
the end."

Moldovan President Elena Rusu thanked the leaders in a post on X. "Today Moldova comes home,"
she wrote.
"""),
    (
        Gold("he would block any deal on Ukraine", "Gabor Szabo", "indirect"),
        Gold('"a historic day for a brave country"', "Paulo Ramos", "mixed"),
        Gold('the door to the union "remains open"', "Paulo Ramos", "mixed"),
        Gold("I am not against Ukraine.", "Gabor Szabo", "direct"),
        Gold("He says this every summit", ("diplomat",), "direct"),
        Gold("every summit we find a way around it", ("diplomat",), "direct"),
        Gold("Today Moldova comes home", "Elena Rusu", "direct"),
    ),
)

RESIGNATION = Story(
    "resignation",
    _paragraphs("""
NAIROBI, Jan 15 (Reuters) - Kenya's health minister, David Kiprono, resigned on Tuesday, days
after a newspaper reported that money meant for rural clinics had been paid to a company linked
to his brother.

Kiprono said he was stepping down "to allow the investigation to proceed without any doubt about
its independence".

"I have done nothing wrong, and I am confident that the truth will come out," the minister told
reporters at his home in Eldoret.

"But the ministry needs a leader whose name is not in the newspapers every morning."

The Ethics and Anti-Corruption Commission said it had opened an investigation in December.

Opposition senator Sydney Otieno said the resignation came "far too late".

The health ministry's budget for rural clinics was cut by 12% last year.
"""),
    (
        Gold("money meant for rural clinics had been paid", ("newspaper",), "indirect"),
        Gold('stepping down "to allow the investigation', "David Kiprono", "mixed"),
        Gold("I have done nothing wrong, and I am confident", "David Kiprono", "direct"),
        Gold("But the ministry needs a leader whose name", "David Kiprono", "direct"),
        Gold("it had opened an investigation in December", ("commission",), "indirect"),
        Gold('the resignation came "far too late"', "Sydney Otieno", "mixed"),
    ),
    ("The health ministry's budget for rural clinics was cut by 12% last year.",),
)

EXPORTS = Story(
    "exports",
    _paragraphs("""
TOKYO, May 22 (Reuters) - Japan's trade ministry said on Thursday that exports rose 8.3% in April
from a year earlier, led by shipments of cars and chips to the United States.

Economists had expected a 6% rise.

Trade Minister Hiroshi Tanaka said the figures showed Japanese companies were "holding their
ground" despite new U.S. tariffs, but warned that the second half of the year would be harder.

"We cannot assume that this will last," he said, adding that the government would keep talking
to Washington.

According to Naoko Sato, chief economist at Mizuho Research, the strong figures were partly due
to companies rushing shipments before tariffs rise in July.
"""),
    (
        Gold("exports rose 8.3% in April", ("trade ministry",), "indirect"),
        Gold('companies were "holding their ground"', "Hiroshi Tanaka", "mixed"),
        Gold("the second half of the year would be harder", "Hiroshi Tanaka", "indirect"),
        Gold("We cannot assume that this will last", "Hiroshi Tanaka", "direct"),
        Gold("the government would keep talking to Washington", "Hiroshi Tanaka", "indirect"),
        Gold("the strong figures were partly due to companies", "Naoko Sato", "indirect"),
    ),
    ("Economists had expected a 6% rise.",),
)

STORIES3 = [
    BUDGET,
    RALLY_BAN,
    RUNOFF,
    TALKS,
    NURSES,
    REFINERY,
    BAN,
    SHOAL,
    RENTALS,
    SUMMIT,
    RESIGNATION,
    EXPORTS,
]
