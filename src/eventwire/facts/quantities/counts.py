"""Counts of people, troops, weapons and casualties, read from the spaCy parse.

A run of number tokens ("130,000", "1.5 million", "a dozen", "several hundred") counts the plural
noun after it ("Russian troops"). Where that noun is missing the count is read from its setting:
a casualty word ("30 wounded", "killing 30" count people), a death toll ("the toll rose to 57"),
a "strong" force ("a 100,000-strong force" counts troops) or the noun of a share ("29 of 33
missiles", "two of the soldiers").
Vague counts ("hundreds of civilians", "tens of thousands of troops") have the round value they
name and their words as ``approx``; "several hundred" is 300 and "a few dozen" 36.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from eventwire.facts.quantities.money import is_currency_name
from eventwire.facts.quantities.numbers import ADDITIVE, approx_before, parse_number
from eventwire.facts.quantities.runs import (
    COUNT_SCALES,
    VAGUE_LEADS,
    excluded,
    low_end,
    number_runs,
    qualifier_after,
    ranges,
)
from eventwire.schema import Quantity

# durations and measures are not counts of things
NOT_COUNTED = frozenset(
    {
        "seconds", "minutes", "hours", "days", "nights", "weeks", "months", "years", "decades",
        "centuries", "times", "pounds", "kilograms", "kgs", "tonnes", "tons", "metres", "meters",
        "kilometres", "kilometers", "kms", "miles", "feet", "inches", "litres", "liters",
        "gallons", "acres", "hectares", "degrees", "points", "percents", "km", "kg", "cm", "mm",
        "ft", "lb", "lbs", "mph", "kph", "grams", "ounces", "yards", "megawatts", "gigawatts",
        "terms", "seasons",
    }
)  # fmt: skip
IRREGULAR_PLURALS = {"person": "people", "man": "men", "woman": "women", "child": "children"}
# nouns whose plural is the singular, which the tagger often calls singular: "87 aircraft"
INVARIANT_PLURALS = frozenset({
    "aircraft", "personnel", "police", "staff", "crew", "spacecraft", "livestock", "cattle",
    "sheep",
})  # fmt: skip
COUNTED_POS = frozenset({"ADJ", "NOUN", "PROPN"})
# What a bare number followed by these words counts: people ("30 wounded", "12 were killed").
CASUALTY_WORDS = frozenset({
    "killed", "wounded", "injured", "dead", "hurt", "missing", "arrested", "detained",
    "displaced", "abducted", "kidnapped", "executed", "homeless", "stranded", "trapped",
    "evacuated", "rescued", "captured", "hospitalised", "hospitalized",
})  # fmt: skip


# verbs whose bare object number counts people ("killing 30"), with their participle
CASUALTY_VERBS = {
    "kill": "killed", "wound": "wounded", "injure": "injured", "hurt": "hurt",
    "arrest": "arrested", "detain": "detained", "displace": "displaced", "abduct": "abducted",
    "kidnap": "kidnapped", "execute": "executed", "rescue": "rescued", "evacuate": "evacuated",
}  # fmt: skip
# the members of a "100,000-strong force" are troops; of a "5,000-strong crowd", people
FORCE_NOUNS = frozenset({
    "force", "army", "contingent", "garrison", "brigade", "division", "battalion", "militia",
    "corps", "unit", "regiment", "battlegroup", "mission", "deployment", "navy", "squad",
})  # fmt: skip
# "hundreds of civilians", "tens of thousands of troops", "scores of people"
VAGUE_PLURALS = {
    "dozens": 12.0, "scores": 20.0, "hundreds": 100.0, "thousands": 1e3, "millions": 1e6,
    "tens": 10.0,
}  # fmt: skip
_TROOP = ("troop", "soldier")
# written after a number, a figure added to others: "3,000 more troops", "500 additional police"
_ADDED_AFTER = frozenset({"more", "additional", "extra", "further"})
# "a crowd of 5,000": the people of a gathering, as a force's members are troops
GATHERING_NOUNS = frozenset({"crowd", "crowds", "gathering", "rally", "march", "group"})
_SHARE_DETERMINERS = frozenset({"the", "its", "their", "those", "these"})
_TOLL = re.compile(
    r"\b(?P<toll>(?:(?:death|casualty)\s+)?toll|number\s+of\s+(?:dead|deaths|casualties|victims))\b"
    r"[^.;]{0,40}?\b"
    r"(?:to|at|of|reached|reaches|hit|hits|passed|passes|topped|tops|exceeded|exceeds|"
    r"surpassed|surpasses|was|is|stood|stands)\s+$",
    re.IGNORECASE,
)


def _plural(token: Token) -> str:
    if token.lower_ == "others":  # "five others injured"
        return "people"
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


def _counted(doc: Doc, end: int, value: float) -> tuple[int, Token] | None:
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


def _casualty(doc: Doc, end: int) -> Token | None:
    """The casualty word right after a bare number: "30 wounded", "12 were killed"."""
    k = end + 1 if end < len(doc) and doc[end].lower_ in ("were", "was") else end
    if k < len(doc) and doc[k].lower_ in CASUALTY_WORDS and doc[k].pos_ in ("VERB", "ADJ"):
        return doc[k]
    return None


_TOTALLING = frozenset({"number", "total"})
# plural nouns a total is a sum of, not a count: "losses totalled 3 million"
_SUM_NOUNS = frozenset({
    "losses", "costs", "sales", "revenues", "profits", "debts", "damages", "earnings", "assets",
    "reserves", "deposits", "exports", "imports", "funds", "savings", "payments", "bills",
})  # fmt: skip


def _counts_things(noun: Token) -> bool:
    """A plural noun a number can count: "troops numbering 30,000", not "losses totalled …"."""
    unit = _plural(noun)
    return (
        noun.pos_ in ("NOUN", "PROPN")
        and (noun.tag_ in ("NNS", "NNPS") or noun.lower_ in INVARIANT_PLURALS)
        and unit not in NOT_COUNTED
        and unit not in _SUM_NOUNS
    )


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _first_token_from(doc: Doc, char: int) -> int:
    """The index of the first token starting at or after ``char`` (``len(doc)`` if none): a
    binary search, as token offsets only grow."""
    lo, hi = 0, len(doc)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc[mid].idx < char:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _casualty_verb(doc: Doc, char_start: int) -> str | None:
    """The harm done to a bare number that is its verb's object: "killing 30" → "killed"."""
    k = _first_token_from(doc, char_start) - 1
    if k < 0:
        return None
    if doc[k].pos_ == "VERB":
        return CASUALTY_VERBS.get(doc[k].lemma_.lower())
    if doc[k].is_title and k > 0:  # a headline's "Strike Kills 20", which the tagger calls a name
        stem = re.sub(r"(?:s|ed|d|ing)$", "", doc[k].lower_)
        forms = (stem, stem + "e", stem[:-1])  # "Kills", "Injures", "Kidnapped"
        return next((CASUALTY_VERBS[f] for f in forms if f in CASUALTY_VERBS), None)
    return None


def _toll(doc: Doc, start: int, char_start: int) -> str | None:
    """ "death toll" when a bare number is the toll: "the death toll rose to 57"."""
    sent_start = doc[start].sent.start_char
    match = _TOLL.search(doc.text, sent_start, char_start)
    return " ".join(match["toll"].lower().split()) if match else None


def _fraction(doc: Doc, start: int) -> tuple[float, int]:
    """The share and first character of "half a million", "a quarter of a million" before the
    "a" + scale at ``start``; (1.0, the "a") when there is none."""
    before = [t.lower_ for t in doc[max(0, start - 4) : start - 1]]
    if before[-1:] == ["half"]:
        return 0.5, doc[start - 2].idx
    if before[-2:] == ["quarter", "of"]:
        first = start - 4 if before[-3:-2] in (["a"], ["one"]) else start - 3
        return 0.25, doc[first].idx
    return 1.0, doc[start - 1].idx


def _strong(doc: Doc, end: int) -> tuple[str, int, int] | None:
    """The unit, and the counted phrase's token range, of "a 100,000-strong (Russian) force"
    or "a 3,000-member force" (a "15-member panel" or "27-member bloc" counts no troops) or
    "a 10,000-troop deployment"."""
    k = end + 1 if end < len(doc) and doc[end].text in ("-", "–") else end
    if k >= len(doc) or doc[k].lower_ not in ("strong", "member", "man", "person", *_TROOP):
        return None
    for noun in doc[k + 1 : k + 4]:
        if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ != "compound":
            force = noun.lemma_.lower() in FORCE_NOUNS or doc[k].lower_ in _TROOP
            unit = "troops" if force else "people"
            if doc[k].lower_ != "strong" and unit != "troops":
                return None
            return unit, k + 1, noun.i + 1
        if noun.pos_ not in COUNTED_POS:
            return None
    return None


def _vague_lead(doc: Doc, start: int) -> tuple[str, float, int] | None:
    """ "several" or "a few" before a scale: its words, its multiple and its first token."""
    if start == 0 or doc[start].lower_ not in COUNT_SCALES:
        return None
    lead = doc[start - 1].lower_
    if lead not in VAGUE_LEADS:
        return None
    first = start - 2 if start > 1 and doc[start - 2].lower_ == "a" else start - 1
    if lead == "couple" and first == start - 1:
        return None
    return doc[first:start].text.lower(), VAGUE_LEADS[lead], first


def _share(doc: Doc, end: int, value: float, run_ends: dict[int, int]) -> tuple[int, Token] | None:
    """Where the figure ends and what it counts in "29 of 33 missiles", "two of the soldiers"
    (not "one of the officials", which names one person, not a count)."""
    if doc[end : end + 1].text.lower() != "of":
        return None
    if end + 1 in run_ends:
        counted = _counted(doc, run_ends[end + 1], value)
        return (doc[end - 1].idx + len(doc[end - 1]), counted[1]) if counted else None
    if value > 1 and doc[end + 1 : end + 2].text.lower() in _SHARE_DETERMINERS:
        counted = _counted(doc, end + 2, value)
        return (counted[1].idx + len(counted[1]), counted[1]) if counted else None
    return None


def _vague_phrase(doc: Doc, i: int) -> tuple[float, int] | None:
    """The value of the vague words from ``i`` and where they end: "tens of thousands" → 10,000."""
    if doc[i].lower_ not in VAGUE_PLURALS:
        return None
    value, k = VAGUE_PLURALS[doc[i].lower_], i + 1
    while k + 1 < len(doc) and doc[k].lower_ == "of" and doc[k + 1].lower_ in VAGUE_PLURALS:
        value *= VAGUE_PLURALS[doc[k + 1].lower_]
        k += 2
    return None if k == i + 1 and doc[i].lower_ == "tens" else (value, k)


def _vague_harmed(doc: Doc, i: int, k: int, value: float) -> Quantity | None:
    """ "wounding dozens", "killed tens of thousands", "hundreds were arrested": people harmed."""
    harm = _casualty_verb(doc, doc[i].idx)
    casualty = _casualty(doc, k) if harm is None else None
    if harm is None and casualty is None:
        return None
    last = casualty or doc[k - 1]
    start, end = doc[i].idx, last.idx + len(last)
    approx = doc[i:k].text.lower()
    return _quantity(doc.text, value, "people", approx, harm or last.lower_, start, end)


def _vague_counts(doc: Doc, taken: list[Quantity]) -> list[Quantity]:
    """ "hundreds of civilians", "tens of thousands of troops", "dozens of drones"."""
    text = doc.text
    found: list[Quantity] = []
    i = 0
    while i < len(doc):
        phrase = _vague_phrase(doc, i)
        if phrase is None:
            i += 1
            continue
        value, k = phrase
        link = doc[k : k + 1].text.lower()  # "thousands of troops", "thousands more troops"
        counted = _counted(doc, k + 1, value) if link in ("of", "more") else None
        if counted is None:
            quantity = _vague_harmed(doc, i, k, value)
        elif _plural(counted[1]) in NOT_COUNTED:
            quantity = None
        else:
            head = counted[1]
            end_char = head.idx + len(head)
            counts = text[doc[k + 1].idx : end_char]
            approx = doc[i : k + 1 if link == "more" else k].text.lower()
            quantity = _quantity(text, value, _plural(head), approx, counts, doc[i].idx, end_char)
        if quantity is not None and not _overlaps(quantity.span[0], quantity.span[1], taken):
            found.append(quantity)
        i = k
    return found


def _more_of_the_same(
    doc: Doc, found: list[Quantity], value: float, approx: str | None, char_start: int, end: int
) -> list[Quantity]:
    """ "1,000 more", "another 500" with no noun: more of what the sentence counted before
    ("2,000 troops to Poland and 1,000 more to Romania"), else nothing."""
    more = doc[end : end + 1].text.lower() == "more"
    if not more and approx not in ADDITIVE:
        return []
    sent_start = doc[end - 1].sent.start_char
    before = [q for q in found if sent_start <= q.span[0] and q.unit != "percent" and q.counts]
    if not before:
        return []
    last = before[-1]
    span_end = doc[end].idx + len(doc[end]) if more else doc[end - 1].idx + len(doc[end - 1])
    approx = approx or "more"
    return [_quantity(doc.text, value, last.unit, approx, last.counts, char_start, span_end)]


def _percent_end(doc: Doc, end: int) -> int | None:
    """Index just past "%", "percent" or "per cent" right after a number, else None."""
    if end < len(doc) and doc[end].lower_ in ("%", "percent"):
        return end + 1
    if doc[end : end + 2].text.lower() == "per cent":
        return end + 2
    return None


def _overlaps(start: int, end: int, quantities: list[Quantity]) -> bool:
    return any(q.span[0] < end and start < q.span[1] for q in quantities)


def _quantity(
    text: str, value: float, unit: str, approx: str | None, counts: str | None, start: int, end: int
) -> Quantity:
    return Quantity(
        value=value,
        unit=unit,
        approx=approx,
        counts=counts,
        text=text[start:end],
        span=[start, end],
    )


def _bare(doc: Doc, start: int, end: int, char_start: int) -> tuple[str, str, int] | None:
    """What a number with no noun after it counts, its ``counts`` words and where it ends."""
    number_end = doc[end - 1].idx + len(doc[end - 1])
    casualty = _casualty(doc, end)
    if casualty is not None:  # "12 civilians were killed and 30 wounded": 30 people
        return "people", casualty.lower_, casualty.idx + len(casualty)
    harm = _casualty_verb(doc, char_start)
    if harm is not None:  # "killing 30"
        return "people", harm, number_end
    toll = _toll(doc, start, char_start)
    if toll is not None:
        return "people", toll, number_end
    verb = doc[end - 1].head
    if verb.lemma_.lower() in _TOTALLING and doc[end - 1].dep_ in ("dobj", "attr", "npadvmod"):
        # "troops numbering about 30,000", "reinforcements totalling 5,000": the verb's noun
        noun = verb.head if verb.dep_ == "acl" else _subject(verb)
        if noun is not None and _counts_things(noun):
            return _plural(noun), noun.text, number_end
    first = _first_token_from(doc, char_start)
    if first == len(doc):
        first = start
    if first > 1 and doc[first - 1].lower_ == "of":  # "a force of 5,000", "a crowd of 5,000"
        noun = doc[first - 2]
        if noun.lemma_.lower() in FORCE_NOUNS - {"mission"}:  # a mission may be civilians
            return "troops", noun.text, number_end
        if noun.lower_ in GATHERING_NOUNS:
            return "people", noun.text, number_end
    return None


def find_counts(doc: Doc, money: list[Quantity]) -> list[Quantity]:
    """Every count of things in ``doc`` outside the sums of ``money``."""
    text = doc.text  # Doc.text is rebuilt on every access
    found: list[Quantity] = []
    runs, ranged = ranges(doc, number_runs(doc))
    run_ends = dict(runs)
    for start, end in runs:
        number = doc[start:end]
        if _overlaps(number.start_char, number.end_char, [*money, *found]):
            continue
        strong = _strong(doc, end)
        harmed = _casualty_verb(doc, approx_before(text, number.start_char)[1]) is not None
        if excluded(doc, start, end, harmed=harmed) and strong is None:
            continue
        value = low_end(doc, start, end) if start in ranged else parse_number(number.text)
        if value is None:
            continue
        approx, char_start = approx_before(text, number.start_char)
        if start in ranged:
            between = start > 0 and doc[start - 1].lower_ == "between"
            approx, char_start = "between", doc[start - 1].idx if between else char_start
        after = qualifier_after(doc, end)
        if after is not None:
            approx, end = approx or after[0], after[1]
        if start > 0 and doc[start - 1].lower_ in ("a", "an") and doc[start].lower_ in COUNT_SCALES:
            part, lead_idx = _fraction(doc, start)  # "half a million", "a quarter of a million"
            value = value * part
            approx, char_start = approx_before(text, lead_idx)  # "more than a dozen"
        lead = _vague_lead(doc, start)
        if lead is not None:
            approx, value, char_start = lead[0], value * lead[1], doc[lead[2]].idx
        percent_end = _percent_end(doc, end)
        if percent_end is not None:
            span_end = doc[percent_end - 1].idx + len(doc[percent_end - 1])
            found.append(_quantity(text, value, "percent", approx, None, char_start, span_end))
            continue
        if strong is not None:
            unit, first, last = strong
            phrase = doc[first:last]
            found.append(
                _quantity(text, value, unit, approx, phrase.text, char_start, phrase.end_char)
            )
            continue
        counted = _counted(doc, end, value)
        if counted is None:
            share = _share(doc, end, value, run_ends)
            if share is not None:
                unit, counts = _plural(share[1]), share[1].text
                found.append(_quantity(text, value, unit, approx, counts, char_start, share[0]))
                continue
        if counted is None:
            bare = _bare(doc, start, end, char_start)
            if bare is not None:
                found.append(_quantity(text, value, bare[0], approx, bare[1], char_start, bare[2]))
            else:
                found.extend(_more_of_the_same(doc, found, value, approx, char_start, end))
            continue
        head = counted[1]
        unit = _plural(head)
        if unit in NOT_COUNTED or is_currency_name(unit):
            continue  # "5 million dinars" where no country says whose
        span_end = head.idx + len(head)
        if doc[end].lower_ in _ADDED_AFTER and head.i > end:  # "3,000 more troops"
            approx, end = approx or doc[end].lower_, end + 1
        counts = text[doc[end].idx : span_end]
        found.append(_quantity(text, value, unit, approx, counts, char_start, span_end))
    found.extend(_vague_counts(doc, [*money, *found]))
    return sorted(found, key=lambda q: q.span[0])
