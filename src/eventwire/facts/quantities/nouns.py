"""What a number counts: the plural noun after it and the lexicon of nouns that are no count.

A run of number tokens counts the first plural noun after it, past its modifiers ("6,000
armoured personnel carriers", "14 Leopard 2 tanks", "900 Iranian-made drones"); durations and
measures ("30 days", "40 km") count nothing. A "strong" or "member" force ("a 100,000-strong
force") counts troops, and a share ("29 of 33 missiles", "3,000 of them civilians") the noun of
its whole; a bare "of" phrase that names the kind is part of what is counted ("prisoners of
war").
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Token

from eventwire.datafiles import load_yaml

# durations and measures are not counts of things, nor are the parties of "the two sides"
NOT_COUNTED = frozenset(
    {
        "seconds", "minutes", "hours", "days", "nights", "weeks", "months", "years", "decades",
        "centuries", "times", "pounds", "kilograms", "kgs", "tonnes", "tons", "metres", "meters",
        "kilometres", "kilometers", "kms", "miles", "feet", "inches", "litres", "liters",
        "gallons", "acres", "hectares", "degrees", "points", "percents", "km", "kg", "cm", "mm",
        "ft", "lb", "lbs", "mph", "kph", "grams", "ounces", "yards", "megawatts", "gigawatts",
        "terms", "seasons", "sides",
    }
)  # fmt: skip


@cache
def _measure_units() -> frozenset[str]:
    """The names and symbols of units of measure in ``facts/data/measure_units.yaml``."""
    text = resources.files("eventwire.facts").joinpath("data/measure_units.yaml").read_text("utf-8")
    table = load_yaml(text, "measure_units.yaml")
    return frozenset([*table["names"], *table["symbols"]])


def not_counted(unit: str) -> bool:
    """Whether a plural noun (lowercase) names no things: a duration, a measure, "sides"."""
    return unit in NOT_COUNTED or unit in _measure_units()


IRREGULAR_PLURALS = {"person": "people", "man": "men", "woman": "women", "child": "children"}
# nouns whose plural is the singular, which the tagger often calls singular: "87 aircraft"
INVARIANT_PLURALS = frozenset({
    "aircraft", "personnel", "police", "staff", "crew", "spacecraft", "livestock", "cattle",
    "sheep",
})  # fmt: skip
COUNTED_POS = frozenset({"ADJ", "NOUN", "PROPN"})

# the members of a "100,000-strong force" are troops; of a "5,000-strong crowd", people
FORCE_NOUNS = frozenset({
    "force", "army", "contingent", "garrison", "brigade", "division", "battalion", "militia",
    "corps", "unit", "regiment", "battlegroup", "mission", "deployment", "navy", "squad",
})  # fmt: skip
TROOP_WORDS = ("troop", "soldier")
# "a crowd of 5,000", "a family of five": the people of a gathering, as a force's members are
# troops
GATHERING_NOUNS = frozenset({
    "crowd", "crowds", "gathering", "rally", "march", "group", "family", "household",
})  # fmt: skip
_SHARE_DETERMINERS = frozenset(
    {"the", "its", "their", "those", "these", "our", "his", "her", "my", "your"}
)
# "3,000 of them civilians", "20 of whom were children": a share of a whole named before
_SHARE_PRONOUNS = frozenset({"them", "whom", "those"})
_BE = frozenset({"were", "was", "are", "is", "being"})
# plural nouns a total is a sum of, not a count: "losses totalled 3 million"
_SUM_NOUNS = frozenset({
    "losses", "costs", "sales", "revenues", "profits", "debts", "damages", "earnings", "assets",
    "reserves", "deposits", "exports", "imports", "funds", "savings", "payments", "bills",
})  # fmt: skip


# the plural numbers of a vague count: "dozens of warplanes", "hundreds of drones"
_VAGUE_NUMBERS = frozenset({
    "dozens", "scores", "hundreds", "thousands", "millions", "billions", "tens", "lakhs",
})  # fmt: skip


# the plural of a model's name: "F-16s", "MiG-29s", "Su-25s", "T-72s"
_MODEL_PLURAL = re.compile(r"[A-Za-z]+-?\d+[A-Za-z]?s")


def plural(token: Token) -> str:
    if token.lower_ in ("others", "lives", "souls"):  # "five others injured", "claimed 60 lives"
        return "people"
    if _MODEL_PLURAL.fullmatch(token.text):
        return token.lower_
    if token.lower_ in INVARIANT_PLURALS:
        return token.lower_
    if token.pos_ == "PROPN" and token.tag_ not in ("NNS", "NNPS"):
        return token.lower_  # "Rohingya"
    if token.tag_ in ("NNS", "NNPS") or token.lower_ == "people":
        return token.lower_
    lemma = token.lemma_.lower()
    if lemma in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[lemma]
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ies"
    if re.search(r"(?:s|x|z|ch|sh)$", lemma):
        return lemma + "es"
    return lemma + "s"


def counted_noun(doc: Doc, end: int, value: float) -> tuple[int, Token] | None:
    """The noun a number counts: the first plural noun after it, past its modifiers."""
    k = end
    while k < len(doc) and k < end + 6:
        token = doc[k]
        compound = token.dep_ == "compound" and token.head.i > k and token.head.pos_ == "NOUN"
        if compound and token.tag_ == "NNS":
            k += 1  # "6,000 armoured personnel carriers"
            continue
        if token.tag_ in ("NNS", "NNPS") or (token.pos_ == "NOUN" and token.lower_ == "people"):
            return k, token
        if _people_name(doc, end, k):
            return k, token  # "900,000 Rohingya"
        noun_after = doc[k + 1 : k + 2].text != "" and doc[k + 1].pos_ in ("NOUN", "PROPN")
        if token.lower_ in INVARIANT_PLURALS and token.dep_ != "compound" and not noun_after:
            return k, token  # "87 aircraft", "2,000 riot police" (not "two police officers")
        if _MODEL_PLURAL.fullmatch(token.text) and not noun_after:
            return k, token  # "24 F-16s"
        calibre = _calibre_end(doc, k)
        if calibre is not None:
            k = calibre  # "300,000 155mm artillery shells"
            continue
        if token.tag_ in ("VBN", "VBG") and ("-" in token.text or doc[k - 1].tag_ == "HYPH"):
            k += 1  # "U.S.-trained fighters", "Iranian-made drones"
            continue
        if _part_of_name(doc, k):
            k += 1  # "14 Leopard 2 tanks", "six F-16 fighter jets"
            continue
        next_ok = k + 1 < len(doc) and (doc[k + 1].pos_ in COUNTED_POS or doc[k + 1].tag_ == "HYPH")
        if token.pos_ == "NOUN" and value == 1 and not next_ok:
            return k, token  # "one soldier"
        # "2 million internally displaced people", "40 heavily armed men": a participle or
        # its adverb that modifies the noun ahead
        modifies = (token.tag_ in ("VBN", "VBG") and token.dep_ == "amod") or (
            token.pos_ == "ADV" and token.head.dep_ == "amod" and token.head.i > k
        )
        if token.pos_ not in COUNTED_POS and token.tag_ != "HYPH" and not modifies:
            return None
        k += 1
    return None


def coordinated(doc: Doc, head: Token) -> tuple[str, Token]:
    """The unit of the nouns a number counts together, and the last of them: "300 drones and
    missiles" counts "drones and missiles", "40 tanks, howitzers and drones" all three; "70
    missiles and 30 drones" or "2,000 troops and their families" count only the first."""
    unit, last = plural(head), head
    k, joined = head.i + 1, plural(head)
    while k < len(doc) and doc[k].text in (",", "and", "or"):
        sep_end = (
            k + 2 if doc[k].text == "," and doc[k + 1 : k + 2].text in ("and", "or") else k + 1
        )
        noun = _conjunct(doc, head, sep_end)
        if noun is None:
            break
        sep = doc[k:sep_end].text  # ",", "and", ", and"
        joined += ("" if sep.startswith(",") else " ") + f"{sep} {plural(noun)}"
        if sep != ",":  # a list ends with its "and": "tanks, howitzers and drones"
            unit, last = joined, noun
        k = noun.i + 1
    return unit, last


def _conjunct(doc: Doc, head: Token, k: int) -> Token | None:
    """The plural noun conjoined to ``head`` from ``k``, past its modifiers, with no number or
    determiner of its own; else None."""
    for token in doc[k : k + 4]:
        if token.lower_ in _VAGUE_NUMBERS:
            return None  # "300 tanks and dozens of warplanes": a count of its own
        if token.tag_ in ("NNS", "NNPS") or token.lower_ in INVARIANT_PLURALS:
            own = any(c.dep_ in ("nummod", "det", "poss") for c in token.children)
            counted = not not_counted(plural(token))
            linked = token.dep_ == "conj" and head.i <= token.head.i < token.i
            return token if linked and counted and not own else None
        modifier = token.pos_ == "ADJ" or token.tag_ == "HYPH" or token.dep_ in ("amod", "compound")
        if not modifier or token.pos_ in ("NUM", "DET", "PRON"):
            return None
    return None


def _calibre_end(doc: Doc, k: int) -> int | None:
    """Index just past a calibre ("155mm", "155-mm", "7.62 mm") starting at ``k``, else None."""
    if not re.fullmatch(r"\d+(?:\.\d+)?", doc[k].text):
        return None
    m = k + 2 if doc[k + 1 : k + 2].text == "-" else k + 1
    return m + 1 if doc[m : m + 1].text.lower() == "mm" else None


def _people_name(doc: Doc, end: int, k: int) -> bool:
    """A singular name the number counts, with nothing after it: "900,000 Rohingya"."""
    token = doc[k]
    if token.pos_ != "PROPN" or token.dep_ == "compound" or not token.text[:1].isupper():
        return False
    if k + 1 < len(doc) and (doc[k + 1].pos_ in ("NOUN", "PROPN", "NUM") or doc[k + 1].text == "-"):
        return False  # "900 Iranian-made drones" counts the drones
    return token.ent_type_ == "NORP" or doc[end - 1].head.i == k


def _part_of_name(doc: Doc, k: int) -> bool:
    """A model's name inside a counted phrase: "F-16", "T-72", the "2" of "Leopard 2"."""
    token = doc[k]
    if re.search(r"[A-Za-z]", token.text) and re.search(r"\d", token.text):
        return True
    return token.pos_ == "NUM" and doc[k - 1].pos_ == "PROPN"


def counts_things(noun: Token) -> bool:
    """A plural noun a number can count: "troops numbering 30,000", not "losses totalled …"."""
    unit = plural(noun)
    return (
        noun.pos_ in ("NOUN", "PROPN")
        and (noun.tag_ in ("NNS", "NNPS") or noun.lower_ in INVARIANT_PLURALS)
        and not not_counted(unit)
        and unit not in _SUM_NOUNS
    )


def strong_force(doc: Doc, end: int) -> tuple[str, int, int] | None:
    """The unit, and the counted phrase's token range, of "a 100,000-strong (Russian) force"
    or "a 3,000-member force" (a "15-member panel" or "27-member bloc" counts no troops) or
    "a 10,000-troop deployment"; members the phrase names count as themselves: "a 1,000-strong
    contingent of Kenyan police"."""
    k = end + 1 if end < len(doc) and doc[end].text in ("-", "–") else end
    if k >= len(doc) or doc[k].lower_ not in ("strong", "member", "man", "person", *TROOP_WORDS):
        return None
    for noun in doc[k + 1 : k + 4]:
        if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ != "compound":
            force = noun.lemma_.lower() in FORCE_NOUNS or doc[k].lower_ in TROOP_WORDS
            unit = "troops" if force else "people"
            if doc[k].lower_ != "strong" and unit != "troops":
                return None
            members = (
                counted_noun(doc, noun.i + 2, 2.0)
                if doc[noun.i + 1 : noun.i + 2].text == "of"
                else None
            )
            if members is not None and not not_counted(plural(members[1])):
                unit, last = coordinated(doc, members[1])  # "of volunteers and conscripts"
                return unit, k + 1, last.i + 1
            return unit, k + 1, noun.i + 1
        if noun.pos_ not in COUNTED_POS:
            return None
    return None


def share_of(
    doc: Doc, end: int, value: float, run_ends: dict[int, int]
) -> tuple[int, Token, int] | None:
    """Where the figure ends, what it counts and where its words begin in "29 of 33 missiles",
    "700 of the 1,000 soldiers", "two of the soldiers" (not "one of the officials", which names
    one person, not a count): the share counts the whole's words, its modifiers too ("31
    million of the 46 million registered voters" counts "registered voters")."""
    if doc[end : end + 1].text.lower() != "of":
        return None
    determined = doc[end + 1 : end + 2].text.lower() in _SHARE_DETERMINERS
    whole = end + 2 if determined else end + 1
    if whole in run_ends and (value > 1 or not determined):  # not "one of the 27 members"
        counted = counted_noun(doc, run_ends[whole], value)
        words = doc[run_ends[whole]].idx if run_ends[whole] < len(doc) else 0
        return (doc[end - 1].idx + len(doc[end - 1]), counted[1], words) if counted else None
    if value > 1 and doc[end + 1 : end + 2].text.lower() in _SHARE_DETERMINERS:
        counted = counted_noun(doc, end + 2, value)
        return (counted[1].idx + len(counted[1]), counted[1], doc[end + 2].idx) if counted else None
    if doc[end + 1 : end + 2].text.lower() in _SHARE_PRONOUNS:
        k = end + 3 if doc[end + 2 : end + 3].text.lower() in _BE else end + 2
        counted = counted_noun(doc, k, value) if k < len(doc) and value > 1 else None
        if counted is not None and not not_counted(plural(counted[1])):
            return counted[1].idx + len(counted[1]), counted[1], doc[k].idx
    return None


def predicate_noun(doc: Doc, end: int) -> Token | None:
    """The plural noun a bare number is said to be: "of whom 300 were children", "30 were
    civilians"; else None."""
    if doc[end : end + 1].text.lower() not in _BE or doc[end].lemma_ != "be":
        return None
    counted = counted_noun(doc, end + 1, 2.0)
    if counted is None or counted[1].dep_ != "attr" or not_counted(plural(counted[1])):
        return None
    return counted[1]


def of_share_pronoun(doc: Doc, end: int) -> int | None:
    """Index just past "of them" or "of whom" right after a number, else None."""
    if doc[end : end + 1].text.lower() == "of" and doc[end + 1 : end + 2].text.lower() in (
        _SHARE_PRONOUNS - {"those"}
    ):
        return end + 2
    return None


def of_complement(doc: Doc, noun: Token) -> Token:
    """The last word of a bare "of" phrase that names the kind of a counted noun ("prisoners of
    war", "weapons of mass destruction", "members of parliament"), else ``noun`` itself; an
    "of" phrase with a determiner or a name ("soldiers of the brigade") is left out."""
    k = noun.i + 1
    if doc[k : k + 1].text.lower() != "of":
        return noun
    for token in doc[k + 1 : k + 4]:
        if token.dep_ == "pobj" and token.head.i == k:
            own = any(c.dep_ in ("det", "poss", "nummod") for c in token.children)
            return token if token.tag_ == "NN" and token.pos_ == "NOUN" and not own else noun
        if not (token.pos_ in ("ADJ", "NOUN") and token.dep_ in ("amod", "compound")):
            return noun
    return noun
