"""Twelve news stories for a fourth blind quote battery (written for this project).

Written before running the extractor on them, in styles the first three batteries lack:
feature writing in the present tense ("says") whose speaker is named paragraphs earlier and
then called "the 54-year-old" or "the mother of three"; floating quotes with no cue that go on
in the last speaker's voice; quotes split around their cue; an interview printed as questions
and answers; words from posts, reports and letters ("wrote on X", "said in a post", "the
report said", "the letter reads"); British single quote marks and guillemets; quotes inside
quotes; several speakers taking turns in one paragraph; organisations and crowds as speakers.
Same format as quote_articles.py: each ``Gold`` is a unique substring of the quoted content,
the speaker (a person's full name, or a tuple of forms naming an organisation, a group, a
document or a person known by one name) and the kind.

Decisions: the answers of a printed interview are direct quotes of the person interviewed and
its questions direct quotes of the outlet; a quote inside a quote belongs to the outer speaker
(the inner words are not listed on their own); a chant is a direct quote of the crowd; a quoted
word a speaker applies to a thing ('called it "the bravest film of the year"') is a mixed
quote. ``not_quotes`` are headlines, titles of works, nicknames, a banner, a refusal to
comment and plain reporting.
"""

from __future__ import annotations

from quote_articles import Gold, Story, _paragraphs

DROUGHT = Story(
    "drought",
    _paragraphs("""
Drought leaves Murray valley growers counting the cost

GRIFFITH, Australia - Helen Marsh walks the dry channel that once fed her orchard and kicks at
the cracked mud.

"Twenty years ago this was full to the brim in January," says Marsh, who has grown citrus here
since 1994. "Now I water the trees from a tank on the back of the ute."

The 54-year-old has already pulled out a third of her trees. She says she will decide in March
whether to sell the farm.

"I don't want to be the one who ends it. My grandfather planted the first row."

Down the road, Tom Vella, a third-generation rice grower, is more blunt. "The water went to the
cotton men up north and nobody asked us," says Vella. The father of four says he has written to
his local member twice and heard nothing back.

The state water minister, Rachel Quinn, says allocations are set by an independent authority.
"I understand the anger, but I can't make it rain and I won't break the rules to favour one
valley," she says.

Marsh is unmoved. "They've had three years to fix it," the 54-year-old says. "Three years."
"""),
    (
        Gold("Twenty years ago this was full to the brim in January", "Helen Marsh", "direct"),
        Gold("Now I water the trees from a tank", "Helen Marsh", "direct"),
        Gold("she will decide in March whether to sell the farm", "Helen Marsh", "indirect"),
        Gold("I don't want to be the one who ends it", "Helen Marsh", "direct"),
        Gold("The water went to the cotton men up north", "Tom Vella", "direct"),
        Gold("he has written to his local member twice", "Tom Vella", "indirect"),
        Gold("allocations are set by an independent authority", "Rachel Quinn", "indirect"),
        Gold("I understand the anger, but I can't make it rain", "Rachel Quinn", "direct"),
        Gold("They've had three years to fix it", "Helen Marsh", "direct"),
        Gold("Three years.", "Helen Marsh", "direct"),
    ),
    ("Drought leaves Murray valley growers counting the cost", "Marsh is unmoved."),
)

SANCTIONS = Story(
    "sanctions",
    _paragraphs("""
LONDON, May 9 (Reuters) - Britain's former foreign minister, Alistair Crane, on Thursday accused
the government of abandoning its own sanctions policy, in a speech that exposed deep divisions in
the ruling party.

"The plan we were promised," Crane said, "is dead, and everyone in the cabinet knows it."

The former minister, who resigned in January over the handling of the talks, said the
government had "quietly lifted" restrictions on three banks without telling parliament.

"I warned them in writing," the former minister said. "They chose not to listen."

A government spokeswoman, Priya Nandakumar, rejected the claim. "Nothing has been lifted," she
said. "Every measure remains in force, and Mr Crane knows that."

"If that is true," Crane replied, "let them publish the licences."

Crane, 61, said he would not stand against the prime minister at the party conference.
"""),
    (
        Gold("The plan we were promised", "Alistair Crane", "direct"),
        Gold("is dead, and everyone in the cabinet knows it", "Alistair Crane", "direct"),
        Gold(
            'government had "quietly lifted" restrictions on three banks', "Alistair Crane", "mixed"
        ),
        Gold("I warned them in writing", "Alistair Crane", "direct"),
        Gold("They chose not to listen.", "Alistair Crane", "direct"),
        Gold("Nothing has been lifted", "Priya Nandakumar", "direct"),
        Gold("Every measure remains in force", "Priya Nandakumar", "direct"),
        Gold("If that is true", "Alistair Crane", "direct"),
        Gold("let them publish the licences", "Alistair Crane", "direct"),
        Gold("he would not stand against the prime minister", "Alistair Crane", "indirect"),
    ),
)

INTERVIEW = Story(
    "interview",
    _paragraphs("""
OSLO, Feb 2 (Reuters) - Norway's central bank governor, Ingrid Halvorsen, said in an interview
with Reuters on Friday that interest rates would stay high "for as long as it takes" to bring
inflation back to target. Edited excerpts follow.

Q: Are you worried that you have gone too far?

A: No. Inflation is still twice our target, and households tell us prices are their first
worry.

Q: When could rates come down?

A: Not this year. I would be surprised if we cut before the spring of next year, and even that
depends on wages.

Q: Is the krone too weak?

A: The krone has been weak, yes. But we do not target the exchange rate, and I am not going to
start now.

Halvorsen, who took office in 2022, declined to say how the board had voted at its last meeting.
"""),
    (
        Gold(
            'interest rates would stay high "for as long as it takes"', "Ingrid Halvorsen", "mixed"
        ),
        Gold("Are you worried that you have gone too far?", ("reuters",), "direct"),
        Gold("Inflation is still twice our target", "Ingrid Halvorsen", "direct"),
        Gold("When could rates come down?", ("reuters",), "direct"),
        Gold("I would be surprised if we cut before the spring", "Ingrid Halvorsen", "direct"),
        Gold("Is the krone too weak?", ("reuters",), "direct"),
        Gold("we do not target the exchange rate", "Ingrid Halvorsen", "direct"),
    ),
    ("declined to say how the board had voted at its last meeting",),
)

NOMINEE = Story(
    "nominee",
    _paragraphs("""
WASHINGTON, Sept 14 (AP) - Senator Dana Whitfield said on Saturday she would oppose the nominee
for defence secretary, a day after the White House defended his record.

"I have read his testimony twice and I still don't know what he would do in a crisis,"
Whitfield wrote on X. "I can't vote for that."

The nominee, retired general Marcus Boyd, answered within the hour. "Happy to sit down with the
senator any time," Boyd said in a post on his campaign account. "My record speaks for itself."

White House press secretary Leah Okafor told reporters the president had "full confidence" in
Boyd.

Representative Sam Kettering posted a video in which he called the nomination "a gift to our
adversaries". In a statement, his office said he would hold hearings on the matter next month.

The vote is expected on Thursday.
"""),
    (
        Gold("she would oppose the nominee for defence secretary", "Dana Whitfield", "indirect"),
        Gold("I have read his testimony twice", "Dana Whitfield", "direct"),
        Gold("I can't vote for that.", "Dana Whitfield", "direct"),
        Gold("Happy to sit down with the senator any time", "Marcus Boyd", "direct"),
        Gold("My record speaks for itself.", "Marcus Boyd", "direct"),
        Gold('the president had "full confidence" in', "Leah Okafor", "mixed"),
        Gold("a gift to our adversaries", "Sam Kettering", "mixed"),
        Gold(
            "he would hold hearings on the matter next month", ("office", "kettering"), "indirect"
        ),
    ),
    ("The vote is expected on Thursday.",),
)

DISPLACED = Story(
    "displaced",
    _paragraphs("""
GENEVA, Oct 3 (Reuters) - A United Nations report published on Tuesday found that more than 2
million people had fled fighting in the region since March, and warned that aid agencies had
run out of money to feed them.

"The scale of displacement is unprecedented in the region's recent history," the report said.
It added that the number of children out of school had tripled.

A letter from 40 aid groups to the Security Council, seen by Reuters, reads: "We are watching a
famine happen in slow motion, and we are being asked to watch quietly."

"Without new funding, rations will be cut again in November," the letter says.

The refugee agency's chief, Farida Haidari, said the figures "should shame every government
that has looked away". Diplomats said the report would be discussed at a closed meeting of the
council on Friday.
"""),
    (
        Gold("aid agencies had run out of money to feed them", ("report",), "indirect"),
        Gold("The scale of displacement is unprecedented", ("report",), "direct"),
        Gold("the number of children out of school had tripled", ("report",), "indirect"),
        Gold("We are watching a famine happen in slow motion", ("letter", "aid groups"), "direct"),
        Gold("Without new funding, rations will be cut again", ("letter", "aid groups"), "direct"),
        Gold('the figures "should shame every government', "Farida Haidari", "mixed"),
        Gold("the report would be discussed at a closed meeting", ("diplomats",), "indirect"),
    ),
)

TRAMS = Story(
    "trams",
    _paragraphs("""
MANCHESTER, England, July 20 (PA) - The mayor of Greater Manchester, Andy Lowther, has called
for an inquiry into the collapse of the city's tram contract, saying taxpayers had been 'left to
pick up the bill'.

'This was a contract that should never have been signed,' Mr Lowther said. 'Somebody has to
answer for it, and it won't be the people waiting at the tram stop.'

The extension, known locally as 'the tram to nowhere', was meant to open in 2024.

The contractor, Northline Rail, said in a statement that it had 'met every obligation' and
would defend its position in court.

Councillor Joan Pritchard, who chairs the transport committee, said: 'We were told in 2021 that
the risks were covered. They were not.'

Asked whether he would resign, the transport director, Keith Amos, said: 'No. My job is to get
the trams running.'
"""),
    (
        Gold("taxpayers had been 'left to pick up the bill'", "Andy Lowther", "mixed"),
        Gold("This was a contract that should never have been signed", "Andy Lowther", "direct"),
        Gold("Somebody has to answer for it", "Andy Lowther", "direct"),
        Gold("it had 'met every obligation'", ("northline",), "mixed"),
        Gold("We were told in 2021 that the risks were covered", "Joan Pritchard", "direct"),
        Gold("My job is to get the trams running", "Keith Amos", "direct"),
    ),
    ("the tram to nowhere", "an inquiry into the collapse of the city's tram contract"),
)

TRACTORS = Story(
    "tractors",
    _paragraphs("""
PARIS, Jan 15 (AFP) - French farmers blocked motorways around Paris on Monday, and the
agriculture minister, Sophie Renaud, promised new aid within a week.

«We have heard the anger, and we will answer it within a week,» Renaud told reporters at the
ministry.

Arnaud Lefeuvre, who leads the largest farmers' union, said the promise was «too little, too
late». «We have heard these words before,» he said. «This time we want to see the money.»

Tractors carried a banner reading «No farmers, no food» along the ring road.

«The government will not let our farms disappear,» Prime Minister Luc Bertin wrote on X.
"""),
    (
        Gold("We have heard the anger, and we will answer it", "Sophie Renaud", "direct"),
        Gold("the promise was «too little, too late»", "Arnaud Lefeuvre", "mixed"),
        Gold("We have heard these words before", "Arnaud Lefeuvre", "direct"),
        Gold("This time we want to see the money.", "Arnaud Lefeuvre", "direct"),
        Gold("The government will not let our farms disappear", "Luc Bertin", "direct"),
    ),
    ("No farmers, no food", "promised new aid within a week"),
)

STRIKE = Story(
    "strike",
    _paragraphs("""
Mine strike spreads as wage talks collapse

JOHANNESBURG, Aug 5 (Reuters) - Thousands of South African mine workers went on strike on
Tuesday after wage talks collapsed, the National Union of Mineworkers said.

"Our members have been patient for eleven months. Their patience has run out," the union said in
a statement.

Protesters outside the company's headquarters chanted "Pay us what we are worth" and sang
struggle songs.

The company, Bokamoso Platinum, said the union's demand for a 15% rise would "put thousands of
jobs at risk" and that its offer of 6% remained on the table.

The Minerals Council, which represents the mining industry, said strikes had cost the sector 4
billion rand this year. Police said the protest had been peaceful.

Union leader Sipho Dlamini told the crowd: "We will not go back underground for crumbs."
"""),
    (
        Gold("Thousands of South African mine workers went on strike", ("union",), "indirect"),
        Gold("Our members have been patient for eleven months", ("union",), "direct"),
        Gold("Pay us what we are worth", ("protesters",), "direct"),
        Gold('demand for a 15% rise would "put thousands of jobs', ("bokamoso",), "mixed"),
        Gold("its offer of 6% remained on the table", ("bokamoso",), "indirect"),
        Gold("strikes had cost the sector 4 billion rand", ("minerals council",), "indirect"),
        Gold("the protest had been peaceful", ("police",), "indirect"),
        Gold("We will not go back underground for crumbs.", "Sipho Dlamini", "direct"),
    ),
    ("Mine strike spreads as wage talks collapse",),
)

DEBATE = Story(
    "debate",
    _paragraphs("""
NAIROBI, March 30 (Reuters) - Kenya's two leading presidential candidates clashed over debt and
corruption in a televised debate on Sunday night.

"You borrowed more in five years than every government before you," challenger Wanjiru Kamau
told Vice President Peter Odhiambo. "I paid for roads you now drive on," Odhiambo shot back.
"Roads that cost three times what they should," Kamau replied.

Odhiambo said his government had cut the deficit in each of the last two years. Kamau said that
was "a fairy tale told with borrowed money".

The moderator, Grace Mwangi, twice asked the candidates to stop interrupting each other. "We
have twenty minutes left, and the voters deserve answers," she said.

Analysts said neither candidate had landed a decisive blow. "It was a draw, and a draw favours
the challenger," said Joseph Kiprono, a political scientist at the University of Nairobi.
"""),
    (
        Gold("You borrowed more in five years", "Wanjiru Kamau", "direct"),
        Gold("I paid for roads you now drive on", "Peter Odhiambo", "direct"),
        Gold("Roads that cost three times what they should", "Wanjiru Kamau", "direct"),
        Gold("his government had cut the deficit", "Peter Odhiambo", "indirect"),
        Gold('was "a fairy tale told with borrowed money"', "Wanjiru Kamau", "mixed"),
        Gold("We have twenty minutes left", "Grace Mwangi", "direct"),
        Gold("neither candidate had landed a decisive blow", ("analysts",), "indirect"),
        Gold("It was a draw, and a draw favours the challenger", "Joseph Kiprono", "direct"),
    ),
)

TRIAL = Story(
    "trial",
    _paragraphs("""
BOSTON, June 11 (AP) - A former aide to Boston's police commissioner told a federal jury on
Wednesday that he ordered her to delete text messages about a $3 million radio contract.

"He called me into his office and said, 'Get rid of anything with the vendor's name on it,'"
Laura Pennington testified. "I asked him why, and he said, 'Because I said so.'"

The 38-year-old, who worked for Commissioner Richard Brennan for six years, said she had kept
copies on a personal phone. "I was scared," she told the court. "I thought someone would need
them one day."

Brennan's lawyer, Michael Tran, told jurors in his opening statement that Pennington had "every
reason to lie" because she had been fired. Under cross-examination, she said she had been fired
for reporting the messages, not before.

Brennan, 57, denies the charges. The trial continues on Thursday.
"""),
    (
        Gold("he ordered her to delete text messages", "Laura Pennington", "indirect"),
        Gold("He called me into his office and said", "Laura Pennington", "direct"),
        Gold("I asked him why, and he said", "Laura Pennington", "direct"),
        Gold("she had kept copies on a personal phone", "Laura Pennington", "indirect"),
        Gold("I was scared", "Laura Pennington", "direct"),
        Gold("I thought someone would need them one day.", "Laura Pennington", "direct"),
        Gold('Pennington had "every reason to lie"', "Michael Tran", "mixed"),
        Gold("she had been fired for reporting the messages", "Laura Pennington", "indirect"),
    ),
    ("The trial continues on Thursday.", "denies the charges"),
)

STUDENT = Story(
    "student",
    _paragraphs("""
Back to class, at 41

LEEDS, England - When Amina Yusuf walks into her first lecture on Monday, she will be older than
the lecturer.

"I kept thinking it was too late for me," says Yusuf, who left school at 16 to care for her
younger brothers. "Then my daughter told me she was applying to university, and I thought, why
not both of us?"

The mother of three now studies nursing at Leeds Beckett University three days a week and works
the other two at a supermarket.

"It's hard. Some nights I'm writing an essay at midnight with the washing still in the machine."

"But I'm not tired in the way I used to be tired. This is a good tired."

Her daughter, Sara, 19, is studying law in Manchester. "She's braver than me," Sara says of her
mother. "I just followed the plan everybody expected."

Yusuf says she wants to work on a children's ward. The course leader, Dr Ruth Ansah, says mature
students often do better than school leavers. "They know why they're here," Ansah says.
"""),
    (
        Gold("I kept thinking it was too late for me", "Amina Yusuf", "direct"),
        Gold("Then my daughter told me she was applying", "Amina Yusuf", "direct"),
        Gold("Some nights I'm writing an essay at midnight", "Amina Yusuf", "direct"),
        Gold("But I'm not tired in the way I used to be tired", "Amina Yusuf", "direct"),
        Gold("She's braver than me", ("sara",), "direct"),
        Gold("I just followed the plan everybody expected.", ("sara",), "direct"),
        Gold("she wants to work on a children's ward", "Amina Yusuf", "indirect"),
        Gold("mature students often do better than school leavers", "Ruth Ansah", "indirect"),
        Gold("They know why they're here", "Ruth Ansah", "direct"),
    ),
    ("Back to class, at 41",),
)

FESTIVAL = Story(
    "festival",
    _paragraphs("""
CANNES, France, May 21 (Reuters) - Iranian director Reza Karimi, whose film "The Salt Road" was
smuggled out of the country on a hard drive, said on Tuesday he did not know whether he would be
allowed to go home.

"I made a film about my neighbours. If that is a crime, then half of Tehran is guilty," Karimi
told a news conference, speaking through an interpreter.

The film follows a lorry driver known as "the Professor" across a salt desert. Karimi, 47, said
he had shot most of it at night to avoid the police.

Festival director Claire Moreau said the jury had watched the film "with the door closed and the
phones off" and called it "the bravest film of the year".

Karimi's previous film, "Winter in Qom", was banned in Iran in 2019. Its lead actor, Hossein
"Hoss" Tehrani, said in a post on Instagram that he was "proud and afraid at the same time".
"""),
    (
        Gold("he did not know whether he would be allowed to go home", "Reza Karimi", "indirect"),
        Gold("I made a film about my neighbours", "Reza Karimi", "direct"),
        Gold("he had shot most of it at night", "Reza Karimi", "indirect"),
        Gold('the jury had watched the film "with the door closed', "Claire Moreau", "mixed"),
        Gold("the bravest film of the year", "Claire Moreau", "mixed"),
        Gold('he was "proud and afraid at the same time"', "Hossein Tehrani", "mixed"),
    ),
    ("The Salt Road", "the Professor", "Winter in Qom", '"Hoss"'),
)

STORIES4 = (
    DROUGHT,
    SANCTIONS,
    INTERVIEW,
    NOMINEE,
    DISPLACED,
    TRAMS,
    TRACTORS,
    STRIKE,
    DEBATE,
    TRIAL,
    STUDENT,
    FESTIVAL,
)
