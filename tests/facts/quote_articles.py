"""Six whole news articles (written for this project) with every quote a reader would list.

Each story is wrapped text in paragraphs separated by a blank line; its quotes are ``Gold``
records: a unique substring of the article that is the quoted content (for an indirect quote,
the reported clause), the speaker, and the kind. A person speaker is their full name (a
surname-only answer counts); an organisation, a group or an unnamed source is a tuple of the
forms that name it. ``not_quotes`` are quoted strings that are no one's words (names, scare
quotes, nicknames, a banner): no quote may cover them.

Decisions: a question a reporter puts in direct speech is a quote of the reporter; the framing
"Asked whether …, X said" is not a quote of its own (the answer is); "declined to comment" is
not a quote; a quote whose paragraph ends without a closing mark and whose next paragraph opens
with one goes on in the next paragraph, the same speaker's, and is listed per paragraph.
"""

from __future__ import annotations

from typing import NamedTuple


class Gold(NamedTuple):
    text: str
    speaker: str | tuple[str, ...]
    kind: str


class Story(NamedTuple):
    name: str
    text: str
    quotes: tuple[Gold, ...]
    not_quotes: tuple[str, ...] = ()


def _paragraphs(block: str) -> str:
    """Join each paragraph's wrapped lines with spaces; paragraphs stay a blank line apart."""
    paras = [" ".join(p.split()) for p in block.strip().split("\n\n")]
    return "\n\n".join(paras)


PENSIONS = Story(
    "politics",
    _paragraphs("""
PRAGUE, March 4 (Reuters) - Czech Prime Minister Alena Horakova on Tuesday defended her
government's plan to raise the retirement age, telling parliament that the country could no
longer afford "to borrow from our grandchildren".

The bill, dubbed the "silver reform" by its critics, would lift the age at which Czechs can
draw a full state pension from 65 to 67 by 2035. It faces a close vote on Friday after two
coalition partners withdrew their support last week.

"We have waited too long, and every year we wait the bill for our children grows," Horakova
said. "This is not a choice between pain and no pain. It is a choice between some pain now and
much more later."

Opposition leader Petra Dvorakova, whose Freedom and Dignity party has led most opinion polls
since the autumn, described the plan as "a betrayal of every worker who was promised a fair
deal" and said her party would challenge it in the Constitutional Court if it passed.

"The prime minister is asking nurses and miners to pay for fifteen years of her party's
mistakes," Dvorakova told a rally in Ostrava on Monday evening. She said the government had
ignored a petition signed by more than 300,000 people.

Horakova dismissed the criticism. Speaking to reporters outside the Straka Academy, the seat of
government, she said the opposition had "no plan of its own, only slogans."

The Finance Ministry said in a statement that without the reform the pension system's deficit
would reach 2.5% of gross domestic product by 2030. The statement said the savings would be
used in part to raise the minimum pension.

According to a senior official in the ruling coalition, the government is prepared to soften
the bill by exempting workers in physically demanding jobs. "We can move on the details, but
not on the principle," the official said, speaking on condition of anonymity because the talks
were private.

Martin Sedlak, who leads the Social Democrats, one of the two parties that withdrew their
support, told reporters that his party wanted the age rise to stop at 66. "Sixty-seven is a
number chosen in an office, not on a building site," he said.

Asked whether she would call a confidence vote if the bill failed, the prime minister said: "I
will not govern by threats. I will govern by arguments, and I believe we will win this one."

Economists have broadly backed the change. Jana Mala, chief economist at Moravia Capital, a
Brno-based investment firm, said the reform was overdue but warned that its effect on public
finances would take a decade to show.

"The numbers are not in dispute. The politics are," she said.
"""),
    (
        Gold('afford "to borrow from our grandchildren"', "Alena Horakova", "mixed"),
        Gold("We have waited too long, and every year", "Alena Horakova", "direct"),
        Gold("This is not a choice between pain and no pain.", "Alena Horakova", "direct"),
        Gold('"a betrayal of every worker who was promised', "Petra Dvorakova", "mixed"),
        Gold("her party would challenge it in the Constitutional", "Petra Dvorakova", "indirect"),
        Gold("The prime minister is asking nurses", "Petra Dvorakova", "direct"),
        Gold("the government had ignored a petition", "Petra Dvorakova", "indirect"),
        Gold('the opposition had "no plan of its own', "Alena Horakova", "mixed"),
        Gold("without the reform the pension system's deficit", ("finance ministry",), "indirect"),
        Gold("the savings would be used in part", ("finance ministry",), "indirect"),
        Gold("the government is prepared to soften the bill", ("official",), "indirect"),
        Gold("We can move on the details, but", ("official",), "direct"),
        Gold("his party wanted the age rise to stop at 66", "Martin Sedlak", "indirect"),
        Gold("Sixty-seven is a number chosen in an office", "Martin Sedlak", "direct"),
        Gold("I will not govern by threats.", "Alena Horakova", "direct"),
        Gold("the reform was overdue", "Jana Mala", "indirect"),
        Gold("its effect on public finances would take", "Jana Mala", "indirect"),
        Gold("The numbers are not in dispute.", "Jana Mala", "direct"),
    ),
    ("silver reform",),
)

SENTENCING = Story(
    "court",
    _paragraphs("""
DALLAS (AP) - A former chief financial officer of a Texas hospital chain was sentenced Thursday
to 12 years in federal prison for a billing scheme that cost Medicare more than $40 million.

Raymond Kessler, 58, of Plano, stood with his hands folded as U.S. District Judge Miriam
Castellanos read the sentence in a courtroom packed with former employees of Lone Star Regional
Health, which collapsed into bankruptcy in 2023.

"You had every advantage a person could ask for, and you used it to steal from the sick,"
Castellanos told him. "The people in this room trusted you with their pensions and their jobs."

Kessler pleaded guilty in June to one count of conspiracy to commit health care fraud. His
lawyer, Daniel Whitcombe, had asked for a sentence of five years, arguing that his client had
cooperated with investigators and repaid $3 million.

Before the sentence was read, Kessler addressed the court for about four minutes. He apologized
to his former colleagues and said he had told himself for years that he would pay the money
back.

"I am not asking for mercy. I am asking you to believe that the man who did this is not the man
standing here," he said.

Assistant U.S. Attorney Craig Holloway said the losses went far beyond the money. Lone Star's
collapse, he told the court, left two rural hospitals without a buyer and forced patients in
three counties to drive more than an hour for emergency care.

Holloway put it more bluntly outside the courthouse: "This was not a paperwork crime. People
waited in ambulances because of what this man did."

Whitcombe said his client accepted the sentence and would not appeal. "Ray has known since the
day he was charged that he would go to prison," he said. "What he wanted today was for the
people he hurt to hear him say he was sorry."

"He did not design this scheme alone," Whitcombe said. "There are people who signed the same
invoices and who have never been charged.

"I hope the government is not finished."

The Justice Department declined to comment on whether other executives were under
investigation. In a statement, Lone Star's bankruptcy trustee, Harbor Point Advisors, said it
would use any money recovered from Kessler to pay former employees. The statement said more than
1,100 workers were still owed wages.

Castellanos ordered Kessler to report to prison by Jan. 15. The judge also ordered him to pay
$38.6 million in restitution, saying she had seen "no evidence that Mr. Kessler will ever be
able to pay it, and no reason to excuse him from trying."
"""),
    (
        Gold("You had every advantage a person could ask for", "Miriam Castellanos", "direct"),
        Gold("The people in this room trusted you", "Miriam Castellanos", "direct"),
        Gold("his client had cooperated with investigators", "Daniel Whitcombe", "indirect"),
        Gold("he had told himself for years", "Raymond Kessler", "indirect"),
        Gold("I am not asking for mercy.", "Raymond Kessler", "direct"),
        Gold("the losses went far beyond the money", "Craig Holloway", "indirect"),
        Gold("left two rural hospitals without a buyer", "Craig Holloway", "indirect"),
        Gold("This was not a paperwork crime.", "Craig Holloway", "direct"),
        Gold("his client accepted the sentence and would not", "Daniel Whitcombe", "indirect"),
        Gold("Ray has known since the day he was charged", "Daniel Whitcombe", "direct"),
        Gold("What he wanted today was for the people", "Daniel Whitcombe", "direct"),
        Gold("He did not design this scheme alone", "Daniel Whitcombe", "direct"),
        Gold("There are people who signed the same invoices", "Daniel Whitcombe", "direct"),
        Gold("I hope the government is not finished.", "Daniel Whitcombe", "direct"),
        Gold("it would use any money recovered from Kessler", ("harbor point",), "indirect"),
        Gold("more than 1,100 workers were still owed wages", ("harbor point",), "indirect"),
        Gold('she had seen "no evidence that Mr. Kessler', "Miriam Castellanos", "mixed"),
    ),
    ("a sentence of five years",),
)

EARTHQUAKE = Story(
    "disaster",
    _paragraphs("""
MALATYA, Turkey (AP) — Rescuers pulled a 9-year-old girl alive from the rubble of an apartment
block in eastern Turkey on Wednesday, more than 50 hours after a powerful earthquake flattened
hundreds of buildings across the region.

At least 312 people have been killed and more than 2,400 injured, according to the country’s
disaster management agency, AFAD. The toll was expected to rise as crews reached outlying
villages cut off by landslides.

The girl, identified only as Elif, was carried out on a stretcher to applause from a crowd that
had gathered in the cold. “She was talking to us the whole time. She kept asking for her
mother,” said Serkan Aydin, a firefighter from Izmir who helped dig her out.

Aydin said the team had located her with a listening device shortly after midnight and spent
nine hours cutting through concrete. “Every time we thought we were close, another slab moved,”
he said. “But she never stopped answering us.”

Her mother had also been rescued and was being treated at a hospital in the city, the Health
Ministry said in a statement. The ministry said 46 field hospitals had been set up across four
provinces.

Malatya’s mayor, Hakan Demirel, told reporters that more than 40 buildings in the city center
alone had collapsed, many of them built before the country tightened its construction rules in
2000. He said the city had opened schools and mosques to those whose homes were unsafe.

“We have people sleeping in their cars in minus five degrees,” the mayor said. “We need tents,
blankets and heaters, and we need them today, not next week.”

The International Federation of Red Cross and Red Crescent Societies said it had released 2
million Swiss francs from its emergency fund. Its spokeswoman, Laura Meissner, described
conditions in the worst-hit villages as “close to catastrophic” and said aid convoys were
struggling on icy mountain roads.

Meissner put the organisation’s main worry plainly: “Shelter. If people cannot get out of the
cold in the next 48 hours, we will start losing them to the weather rather than the
earthquake.”

Some residents voiced anger at the pace of the response. In the village of Yesilyurt, where a
rescue worker said no heavy machinery had arrived until Tuesday evening, families dug with
shovels and their hands.

“We waited a whole day and nobody came,” said Ayse Kaplan, 64, whose brother and his two sons
are among the missing. “They say the roads were closed. The roads are open for the television
cameras.”

A senior official at AFAD, who was not authorized to speak publicly, said crews had been
diverted to larger towns in the first hours because of the number of collapsed buildings there.

The earthquake struck at 3:17 a.m. on Monday at a depth of about 10 kilometers, AFAD said.
Seismologists warned that strong aftershocks could continue for weeks.
"""),
    (
        Gold("At least 312 people have been killed", ("afad", "disaster management"), "indirect"),
        Gold("She was talking to us the whole time.", "Serkan Aydin", "direct"),
        Gold("the team had located her with a listening device", "Serkan Aydin", "indirect"),
        Gold("Every time we thought we were close", "Serkan Aydin", "direct"),
        Gold("But she never stopped answering us.", "Serkan Aydin", "direct"),
        Gold("Her mother had also been rescued", ("health ministry",), "indirect"),
        Gold("46 field hospitals had been set up", ("health ministry",), "indirect"),
        Gold("more than 40 buildings in the city center", "Hakan Demirel", "indirect"),
        Gold("the city had opened schools and mosques", "Hakan Demirel", "indirect"),
        Gold("We have people sleeping in their cars", "Hakan Demirel", "direct"),
        Gold("We need tents, blankets and heaters", "Hakan Demirel", "direct"),
        Gold("it had released 2 million Swiss francs", ("red cross",), "indirect"),
        Gold("as “close to catastrophic”", "Laura Meissner", "mixed"),
        Gold("aid convoys were struggling on icy", "Laura Meissner", "indirect"),
        Gold("If people cannot get out of the cold", "Laura Meissner", "direct"),
        Gold("no heavy machinery had arrived", ("rescue worker",), "indirect"),
        Gold("We waited a whole day and nobody came", "Ayse Kaplan", "direct"),
        Gold("The roads are open for the television", "Ayse Kaplan", "direct"),
        Gold("crews had been diverted to larger towns", ("official",), "indirect"),
        Gold("The earthquake struck at 3:17 a.m.", ("afad",), "indirect"),
        Gold("strong aftershocks could continue for weeks", ("seismologists",), "indirect"),
    ),
)
