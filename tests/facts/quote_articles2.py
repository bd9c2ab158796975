"""Three more whole articles for the quote battery (business, sport, protest); see quote_articles.

The sports story is in the Guardian's style: single quotation marks, with the same character
closing a quote and standing for an apostrophe.
"""

from __future__ import annotations

from quote_articles import Gold, Story, _paragraphs

LAYOFFS = Story(
    "business",
    _paragraphs("""
FRANKFURT, May 6 (Reuters) - German kitchen appliance maker Hartwig AG will cut 1,800 jobs and
close its plant in Kassel by the end of next year, the company said on Tuesday, blaming weak
demand in Europe and rising competition from Asian rivals.

The cuts, about 12% of its workforce, are part of a restructuring plan dubbed "Focus 2027" that
Chief Executive Sabine Rothe said would save 210 million euros ($226 million) a year from 2027.

"This is the hardest decision I have taken in this job, but standing still would put every one
of our 15,000 jobs at risk," Rothe told analysts on a conference call. She said that the company
had held talks with the works council for three months and would offer early retirement to
about 600 staff.

Shares in Hartwig rose 4.3% by 1015 GMT, their biggest gain in six months, as investors welcomed
what one trader called "a long overdue clean-up".

The IG Metall union, which represents most of the Kassel workforce, said it would fight the
closure. "The board is making workers pay for management's failure to see where the market was
going," said Uwe Brenner, the union's regional head, adding that a strike ballot could be held
as early as June.

Hartwig has struggled since 2022, when soaring energy costs hit its factories and households
across Europe put off buying new ovens and dishwashers. Its operating margin fell to 3.1% last
year from 8.4% in 2021.

In a statement, the company said it expected a one-off charge of about 340 million euros, most
of it in the second half of this year. The statement said Hartwig would keep its research
centre in Kassel, which employs around 250 engineers.

Analysts said the plan addressed the company's cost problem but not its weak position in the
fast-growing market for connected appliances, where Chinese brands have been winning share.

Markus Feld, an analyst at Bankhaus Lindner, said the cuts were "necessary but not sufficient".
He said that Hartwig needed to find a partner for its smart-home business or sell it.

Asked on the call whether the company would consider such a sale, the chief executive said: "We
are looking at all options for that business. I will not rule anything out, and I will not rule
anything in."

A Hartwig spokesman, Jonas Albrecht, said the company would not comment on the talks with the
works council beyond what Rothe had said. Kassel's mayor, Ingrid Vogt, called the closure "a
bitter day for this city" and said she would ask the state government for help.

The company also cut its full-year sales forecast, saying it now expected revenue of 5.6 billion
to 5.8 billion euros, down from a previous forecast of 6 billion.
"""),
    (
        Gold("will cut 1,800 jobs and close its plant", ("hartwig",), "indirect"),
        Gold("would save 210 million euros", "Sabine Rothe", "indirect"),
        Gold("This is the hardest decision I have taken", "Sabine Rothe", "direct"),
        Gold("had held talks with the works council", "Sabine Rothe", "indirect"),
        Gold('"a long overdue clean-up"', ("trader",), "mixed"),
        Gold("it would fight the closure", ("ig metall", "union"), "indirect"),
        Gold("The board is making workers pay", "Uwe Brenner", "direct"),
        Gold("a strike ballot could be held", "Uwe Brenner", "indirect"),
        Gold("it expected a one-off charge", ("hartwig",), "indirect"),
        Gold("Hartwig would keep its research centre", ("hartwig",), "indirect"),
        Gold("the plan addressed the company's cost problem", ("analysts",), "indirect"),
        Gold('the cuts were "necessary but not sufficient"', "Markus Feld", "mixed"),
        Gold("Hartwig needed to find a partner", "Markus Feld", "indirect"),
        Gold("are looking at all options for that business", "Sabine Rothe", "direct"),
        Gold("the company would not comment on the talks", "Jonas Albrecht", "indirect"),
        Gold('the closure "a bitter day for this city"', "Ingrid Vogt", "mixed"),
        Gold("she would ask the state government for help", "Ingrid Vogt", "indirect"),
        Gold("it now expected revenue of 5.6 billion", ("hartwig",), "indirect"),
    ),
    ("Focus 2027",),
)

PRESSER = Story(
    "sport",
    _paragraphs("""
Graham Whitley insisted his job was safe after Ashbourne Rovers slipped into the relegation zone
with a 3-0 defeat at home to Castleford, a result that left the Rovers manager facing the
loudest protests of his two years at the club.

A banner reading ‘Time’s up, Graham’ was unfurled in the South Stand in the final minutes.
Whitley, who signed a new contract in the summer, said he had not considered resigning.

‘I’ve never walked away from anything in my life and I’m not going to start now,’ he said. ‘The
players are hurting, the fans are hurting, and I’m hurting. But we have 14 games left and I
believe in this group.’

Asked whether he had spoken to the club’s owner, Victor Lam, since the match, Whitley said: ‘We
speak every week. He knows where we are and he knows what I think. That’s between me and him.’

One reporter put it to him directly: ‘Do you think you are still the right man for this job?’

‘Yes. Next question,’ the manager replied, to laughter from the room.

Castleford’s captain, Jordan Mensah, scored twice and set up the third for Kyle Osei. Mensah,
nicknamed ‘the Postman’ by supporters for always delivering in big games, said the team had
spent the week studying Ashbourne’s defending at set pieces.

‘We knew they’d be nervous, so the plan was to press high and make them play it long,’ he said.
‘The first goal changed everything. After that you could feel the crowd turn on them, and that
makes it very hard for any team.’

Mensah also praised his manager, Sean Costello, who took over in October with Castleford bottom
of the table. ‘He’s given everybody a clear job. Nobody is confused any more,’ the 27-year-old
said.

Costello was more cautious. ‘Three points is three points, and I’m delighted for the lads,’ he
said. ‘But I’ve been in this league long enough to know that one good afternoon doesn’t make a
season.

‘We’ve got Millbrook on Tuesday and they will have watched this game and learned from it.’

Ashbourne said in a statement on Sunday evening that the board continued to support Whitley and
his staff. The statement said the club would hold a meeting with supporters’ groups next week.

According to a person close to the club’s board, Lam has already held informal talks with at
least one possible replacement.
"""),
    (
        Gold("insisted his job was safe", "Graham Whitley", "indirect"),
        Gold("he had not considered resigning", "Graham Whitley", "indirect"),
        Gold("I’ve never walked away from anything", "Graham Whitley", "direct"),
        Gold("players are hurting, the fans are hurting", "Graham Whitley", "direct"),
        Gold("speak every week. He knows where we are", "Graham Whitley", "direct"),
        Gold("Do you think you are still the right man", ("reporter",), "direct"),
        Gold("Yes. Next question,", "Graham Whitley", "direct"),
        Gold("the team had spent the week studying", "Jordan Mensah", "indirect"),
        Gold("We knew they’d be nervous", "Jordan Mensah", "direct"),
        Gold("The first goal changed everything.", "Jordan Mensah", "direct"),
        Gold("given everybody a clear job", "Jordan Mensah", "direct"),
        Gold("Three points is three points", "Sean Costello", "direct"),
        Gold("But I’ve been in this league long enough", "Sean Costello", "direct"),
        Gold("got Millbrook on Tuesday", "Sean Costello", "direct"),
        Gold("the board continued to support Whitley", ("ashbourne",), "indirect"),
        Gold("the club would hold a meeting", ("ashbourne",), "indirect"),
        Gold("Lam has already held informal talks", ("person close",), "indirect"),
    ),
    ("Time’s up, Graham", "the Postman", "his manager, Sean Costello, who took over"),
)

MARCH = Story(
    "protest",
    _paragraphs("""
NAIROBI, Kenya (AP) - Thousands of people marched through central Nairobi on Saturday against a
proposed tax on mobile money transfers, in the largest protest in the Kenyan capital since last
year's demonstrations over the cost of living.

The march was called by Haki Sasa, a youth-led movement that has organised largely through
social media. In a video posted on Friday night, the group urged supporters to "come with
nothing but your voice and your phone." The video said the tax would "punish the people who
have the least."

Police fired tear gas to disperse a crowd that tried to reach the parliament building, and at
least 37 people were arrested, according to the National Police Service. Its spokesman, Peter
Kamau, said officers had acted after a group of protesters threw stones at a police vehicle.

"We respect the right of every Kenyan to protest peacefully. We will not allow anyone to destroy
property or attack officers," Kamau told reporters at police headquarters.

Organisers disputed that account. Wanjiru Otieno, one of the movement's founders, said the march
had been peaceful until police blocked Parliament Road. "They came for us, we did not come for
them," she said, holding up a spent tear gas canister.

Otieno, 26, said the group had counted more than 20,000 marchers and would return to the streets
every Saturday until the bill was withdrawn. "This is not about one tax," she added. "It is
about a government that keeps asking the poor to pay for its debts.

"Our parents were told to wait. We are not going to wait."

The Treasury said in a statement that the levy of 1.5% on transfers above 1,000 shillings was
needed to meet targets agreed with the International Monetary Fund. The statement said most
transfers made by low-income households would be exempt.

Finance Minister Samuel Mwangi, speaking in Mombasa, defended the proposal: "Nobody likes taxes,
and I do not like them either. But the alternative is cutting money for schools and clinics,
and that I will not do."

Among the marchers was Grace Achieng, a 41-year-old market trader who said she received
payments from customers almost entirely by phone. "Every shilling they take from a transfer is
a shilling I do not take home," she said.

A senior official in the ruling party said lawmakers were discussing raising the threshold for
the tax to 5,000 shillings, but the official, who asked not to be named because the discussions
were private, said no decision had been taken.

Parliament is due to vote on the bill on Thursday. Haki Sasa said in a post on X that it would
hold a vigil outside the building on the eve of the vote, and they said they expected even
larger crowds.
"""),
    (
        Gold('"come with nothing but your voice', ("haki sasa",), "mixed"),
        Gold('the tax would "punish the people', ("haki sasa",), "mixed"),
        Gold("least 37 people were arrested", ("police",), "indirect"),
        Gold("officers had acted after a group of protesters", "Peter Kamau", "indirect"),
        Gold("We respect the right of every Kenyan", "Peter Kamau", "direct"),
        Gold("the march had been peaceful until police", "Wanjiru Otieno", "indirect"),
        Gold("They came for us, we did not come", "Wanjiru Otieno", "direct"),
        Gold("the group had counted more than 20,000", "Wanjiru Otieno", "indirect"),
        Gold("This is not about one tax", "Wanjiru Otieno", "direct"),
        Gold("It is about a government that keeps", "Wanjiru Otieno", "direct"),
        Gold("Our parents were told to wait.", "Wanjiru Otieno", "direct"),
        Gold("the levy of 1.5% on transfers", ("treasury",), "indirect"),
        Gold("most transfers made by low-income households", ("treasury",), "indirect"),
        Gold("Nobody likes taxes, and I do not", "Samuel Mwangi", "direct"),
        Gold("she received payments from customers", "Grace Achieng", "indirect"),
        Gold("Every shilling they take from a transfer", "Grace Achieng", "direct"),
        Gold("lawmakers were discussing raising the threshold", ("official",), "indirect"),
        Gold("no decision had been taken", ("official",), "indirect"),
        Gold("it would hold a vigil outside the building", ("haki sasa",), "indirect"),
        Gold("they expected even larger crowds", ("haki sasa",), "indirect"),
    ),
)
