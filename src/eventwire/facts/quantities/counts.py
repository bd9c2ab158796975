"""Counts of people, troops, weapons and casualties, read from the spaCy parse.

A run of number tokens ("130,000", "1.5 million", "a dozen", "several hundred") counts the plural
noun after it ("Russian troops"). Where that noun is missing the count is read from its setting:
a casualty word ("30 wounded", "killing 30" count people), a death toll ("the toll rose to 57"),
a "strong" force ("a 100,000-strong force" counts troops) or the noun of a share ("29 of 33
missiles", "two of the soldiers", "3,000 of them civilians"); a total ("bringing the number of
U.S. troops to 100,000") counts what it names, and "1,000 more", "50 of them", "and 900 in Syria",
"up from 12 million", "bringing the total to 4,000", "will withdraw 2,000 by June", "the 4,700
already deployed" or a tally's "by 312 votes to 198" what the sentence counted before.
Vague counts ("hundreds of civilians", "tens of thousands of troops") have the round value they
name and their words as ``approx``; "several hundred" is 300, "a few dozen" 36 and "a handful" 3.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.facts.quantities.harm import (
    CASUALTY_WORDS,
    RELEASE_WORDS,
    casualty_after,
    casualty_verb,
    casualty_words,
    death_toll,
    driven_from_homes,
    first_token_from,
)
from eventwire.facts.quantities.money import is_currency_name
from eventwire.facts.quantities.nouns import (
    FORCE_NOUNS,
    GATHERING_NOUNS,
    coordinated,
    counted_noun,
    counts_things,
    not_counted,
    of_complement,
    of_share_pronoun,
    plural,
    predicate_noun,
    share_of,
    strong_force,
)
from eventwire.facts.quantities.numbers import (
    ADDITIVE,
    approx_before,
    doc_text,
    parse_number,
    with_added,
)
from eventwire.facts.quantities.rates import rate_after
from eventwire.facts.quantities.runs import (
    COUNT_SCALES,
    VAGUE_LEADS,
    excluded,
    number_runs,
    qualifier_after,
    range_ends,
    ranges,
)
from eventwire.facts.quantities.totals import total_before
from eventwire.schema import Quantity

__all__ = ["CASUALTY_WORDS", "find_counts"]

# "hundreds of civilians", "tens of thousands of troops", "scores of people"
VAGUE_PLURALS = {
    "dozens": 12.0, "scores": 20.0, "hundreds": 100.0, "thousands": 1e3, "millions": 1e6,
    "tens": 10.0,
}  # fmt: skip
# written after a number, a figure added to others: "3,000 more troops", "500 additional police"
_ADDED_AFTER = frozenset({"more", "additional", "extra", "further"})
_TOTALLING = frozenset({"number", "total"})
# what a tally counts on both sides: "by 312 votes to 198"
_TALLIES = frozenset({"votes", "seats", "ballots"})
_STAY_VERBS = frozenset({"remain", "stay"})
# verbs whose objects are people held, and the nouns of captives: those a release frees
_HOLDING_VERBS = frozenset({
    "abduct", "kidnap", "arrest", "detain", "imprison", "jail", "hold", "capture", "take",
})  # fmt: skip
_CAPTIVES = frozenset({"hostage", "prisoner", "captive", "detainee"})
# a bare number a count is compared with counts the same: "20 million people, up from 12 million"
_COMPARED = frozenset({"up from", "down from", "compared with", "compared to"})
# a bare number a count is said to change to counts the same: "130,000 troops, a figure that
# could rise to 175,000"
_CHANGE_VERBS = frozenset({
    "rise", "increase", "grow", "climb", "swell", "jump", "fall", "drop", "decline", "shrink",
})  # fmt: skip


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


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


def _vague_phrase(doc: Doc, i: int) -> tuple[float, int] | None:
    """The value of the vague words from ``i`` and where they end: "tens of thousands" → 10,000,
    "a handful" → 3 (a few, as "several hundred" is 300)."""
    if doc[i].lower_ == "a" and doc[i + 1 : i + 2].text.lower() == "handful":
        return 3.0, i + 2
    if doc[i].lower_ not in VAGUE_PLURALS:
        return None
    value, k = VAGUE_PLURALS[doc[i].lower_], i + 1
    while k + 1 < len(doc) and doc[k].lower_ == "of" and doc[k + 1].lower_ in VAGUE_PLURALS:
        value *= VAGUE_PLURALS[doc[k + 1].lower_]
        k += 2
    return None if k == i + 1 and doc[i].lower_ == "tens" else (value, k)


def _vague_harmed(doc: Doc, i: int, k: int, value: float) -> Quantity | None:
    """ "wounding dozens", "killed tens of thousands", "hundreds were arrested", "dozens more
    wounded": people harmed."""
    harm = casualty_verb(doc, doc[i].idx)
    more = k + 1 if doc[k : k + 1].text.lower() == "more" else k  # "dozens more wounded"
    casualty = casualty_after(doc, more) if harm is None else None
    if harm is None and casualty is None:
        return None
    words = casualty_words(casualty) if casualty is not None else doc[k - 1].lower_
    end = casualty.end_char if casualty is not None else doc[more - 1].idx + len(doc[more - 1])
    approx = doc[i:more].text.lower()  # "injured scores more": "scores more"
    return _quantity(doc_text(doc), value, "people", approx, harm or words, doc[i].idx, end)


def _vague_counts(doc: Doc, taken: list[Quantity]) -> list[Quantity]:
    """ "hundreds of civilians", "tens of thousands of troops", "dozens of drones"."""
    text = doc_text(doc)
    found: list[Quantity] = []
    i = 0
    while i < len(doc):
        phrase = _vague_phrase(doc, i)
        if phrase is None:
            i += 1
            continue
        value, k = phrase
        link = doc[k : k + 1].text.lower()  # "thousands of troops", "thousands more troops"
        counted = counted_noun(doc, k + 1, value) if link in ("of", "more") else None
        if counted is None:
            quantity = _vague_harmed(doc, i, k, value)
        elif not_counted(plural(counted[1])):
            quantity = None
        else:
            unit, last = coordinated(doc, counted[1])  # "dozens of drones and missiles"
            last = of_complement(doc, last)  # "dozens of prisoners of war"
            end_char = last.idx + len(last)
            counts = text[doc[k + 1].idx : end_char]
            approx = doc[i : k + 1 if link == "more" else k].text.lower()
            quantity = _quantity(text, value, unit, approx, counts, doc[i].idx, end_char)
        if quantity is not None and not _overlaps(quantity.span[0], quantity.span[1], taken):
            found.append(quantity)
        i = k
    return found


def _conjoined(doc: Doc, start: int, end: int) -> bool:
    """A bare number joined to a count before it, with only a place or a time after it: "2,500
    troops in Iraq and 900 in Syria", "12 soldiers on Monday and three on Tuesday", "40,000
    troops in the region, including 2,500 in Iraq"; or the subject of a clause joined to the
    count's: "40,000 people were evacuated, and 12,000 were moved to camps"."""
    joined = start > 0 and doc[start - 1].lower_ in ("and", "while", "but", "including")
    after = doc[end] if end < len(doc) else None
    # "released 105 hostages, and about 130 remain in Gaza": those still held
    stays = after is not None and after.lemma_.lower() in _STAY_VERBS
    subject = doc[end - 1].dep_ in ("nsubj", "nsubjpass") and doc[start - 1].lower_ != "including"
    return joined and (after is None or after.pos_ == "ADP" or after.is_punct or stays or subject)


def _more_of_the_same(
    doc: Doc, found: list[Quantity], value: float, approx: str | None, char_start: int, end: int
) -> list[Quantity]:
    """ "1,000 more", "another 500", "50 of them", "and 900 in Syria", "bringing the total to
    4,000" with no noun: more of, a share of or the total of what the sentence counted before
    ("2,000 troops to Poland and 1,000 more to Romania", "300 protesters were held, 50 of them
    overnight"), else nothing."""
    start = first_token_from(doc, char_start)
    if any(t.lower_ == "respectively" for t in doc[end : doc[end - 1].sent.end]):
        return []  # "had 17, 10 and six, respectively": each is matched to its noun by order
    more = doc[end : end + 1].text.lower() == "more"
    share_end = of_share_pronoun(doc, end)
    total = total_before(doc, start, char_start)
    if total is not None and total.unit is not None:  # "the number of U.S. troops … to 100,000"
        last_char = doc[end - 1].idx + len(doc[end - 1])
        unit, counts = total.unit, total.counts
        return [_quantity(doc_text(doc), value, unit, approx, counts, char_start, last_char)]
    compared = doc[max(0, start - 2) : start].text.lower() in _COMPARED  # "up from 12 million"
    # a share of the whole just named: "300 protesters, of whom 120 ...", "Of the 300 protesters
    # detained, 120 ..."
    share = doc[max(0, start - 2) : start].text.lower() in ("of whom", "of them", "of which")
    share = share or _fronted_whole(doc, found, start)
    compared = compared or (
        start > 1 and doc[start - 1].lower_ == "to" and doc[start - 2].lemma_ in _CHANGE_VERBS
    )
    same = more or total is not None or approx in ADDITIVE or compared
    same = same or _conjoined(doc, start, end) or _tally_side(doc, found, start)
    same = same or (value > 1 and _elliptical(doc, end))  # "including one sent to" is no count
    if not same and share_end is None and not share:
        return []
    sent_start = doc[end - 1].sent.start_char
    before = [q for q in found if sent_start <= q.span[0] and q.unit != "percent" and q.counts]
    partial = share_end is not None or (share and not same)
    if not before or (partial and not 1 < value < before[-1].value):
        return []
    last = before[-1]
    last_token = end if more else share_end - 1 if share_end is not None else end - 1
    span_end = doc[last_token].idx + len(doc[last_token])
    approx = with_added(approx, "more") if more else approx
    return [_quantity(doc_text(doc), value, last.unit, approx, last.counts, char_start, span_end)]


def _elliptical(doc: Doc, end: int) -> bool:
    """Whether a bare number ending at ``end`` stands for a noun left out: a verb's object
    ("has 15,000 peacekeepers ... will withdraw 2,000 by June"), a participle's subject ("adding
    to the 4,700 already deployed there") or a relative clause's ("joining 1,700 who arrived")."""
    number, after = doc[end - 1], doc[end] if end < len(doc) else None
    if doc[end : end + 1].text == "," and doc[end + 1 : end + 2].text[:1].isdigit():
        return False  # "2017 had 17, 10 and six, respectively": whose, the list says
    k = end + 1 if after is not None and after.pos_ == "ADV" else end
    if k < len(doc) and doc[k].tag_ == "VBN" and doc[k].dep_ in ("acl", "amod", "relcl"):
        return True
    if after is not None and after.lower_ == "who":  # "joining about 1,700 who arrived"
        return True
    ends = after is None or after.pos_ in ("ADP", "PUNCT", "CCONJ", "ADV")
    return number.dep_ == "dobj" and number.head.pos_ == "VERB" and ends


def _tally_side(doc: Doc, found: list[Quantity], start: int) -> bool:
    """Whether a bare number at ``start`` is the other side of a tally just counted: the 198 of
    "by 312 votes to 198", "won 159 seats against 120"."""
    if start < 2 or doc[start - 1].lower_ not in ("to", "against") or not found:
        return False
    last, before = found[-1], doc[start - 2]
    return last.unit in _TALLIES and last.span[1] == before.idx + len(before)


def _fronted_whole(doc: Doc, found: list[Quantity], start: int) -> bool:
    """Whether a sentence opens on the whole a bare number at ``start`` is a share of: "Of the
    45 people killed, 30 ...", with a comma just before the number."""
    sent = doc[start].sent
    if doc[sent.start].lower_ != "of" or start < 1 or doc[start - 1].text != ",":
        return False
    opening = doc[sent.start + 1 : sent.start + 3]
    return any(q.span[0] in (t.idx for t in opening) for q in found)


def _held(doc: Doc, quantity: Quantity) -> bool:
    """Whether a count names people held: the object of a verb only people suffer ("abducted
    240 villagers", "40 protesters were arrested") or captives ("105 hostages")."""
    noun = doc[first_token_from(doc, quantity.span[1]) - 1]
    if noun.lemma_.lower() in _CAPTIVES:
        return True
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in _HOLDING_VERBS


def _held_before(doc: Doc, found: list[Quantity], start: int) -> str | None:
    """The unit of the count of people held in this sentence or the one before it, else of its
    last count, which a bare number released or freed is a share of ("abducted 240 villagers
    and burned 30 homes ... 120 have been released" are villagers)."""
    sent = doc[start].sent
    first = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    before = [q for q in found if first <= q.span[0] < doc[start].idx and q.counts]
    held = [q for q in before if _held(doc, q)]
    last = held[-1] if held else before[-1] if before else None
    return last.unit if last is not None and last.unit != "percent" else None


def _harmed(doc: Doc, start: int, end: int, ranged: bool) -> bool:
    """Whether a bare number counts people harmed or a toll ("killing 30", "between 20 and 30
    were killed", "the toll rose to 57"), which keeps it when the small model calls it a date."""
    between = ranged and start > 0 and doc[start - 1].lower_ == "between"
    lead = approx_before(doc_text(doc), doc[start - 1].idx if between else doc[start].idx)[1]
    return (
        casualty_verb(doc, lead) is not None
        or casualty_after(doc, end) is not None
        or death_toll(doc, start, lead) is not None
    )


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
    # "70 of them died", "10,000 more injured"
    after = of_share_pronoun(doc, end) or (end + 1 if doc[end : end + 1].text == "more" else end)
    casualty = casualty_after(doc, after)
    if casualty is not None:  # "12 civilians were killed and 30 wounded": 30 people
        return "people", casualty_words(casualty), casualty.end_char
    harm = casualty_verb(doc, char_start)
    if harm is not None:  # "killing 30"
        return "people", harm, number_end
    if driven_from_homes(doc, end):  # "driven more than 8 million from their homes"
        return "people", "displaced", number_end
    toll = death_toll(doc, start, char_start)
    if toll is not None:
        return "people", toll, number_end
    said_to_be = predicate_noun(doc, end)
    if said_to_be is not None and not is_currency_name(plural(said_to_be)):
        # "of whom 300 were children", "30 were civilians"
        counts = doc_text(doc)[doc[end + 1].idx : said_to_be.idx + len(said_to_be)]
        return plural(said_to_be), counts, said_to_be.idx + len(said_to_be)
    verb = doc[end - 1].head
    if verb.lemma_.lower() in _TOTALLING and doc[end - 1].dep_ in ("dobj", "attr", "npadvmod"):
        # "troops numbering about 30,000", "reinforcements totalling 5,000", "refugees, who
        # number about 1.1 million": the verb's noun, with the words that say which
        noun = verb.head if verb.dep_ in ("acl", "relcl") else _subject(verb)
        if noun is not None and counts_things(noun):
            first_word = noun
            while first_word.i > 0 and doc[first_word.i - 1].dep_ in ("amod", "compound"):
                first_word = doc[first_word.i - 1]
            return plural(noun), doc[first_word.i : noun.i + 1].text, number_end
    first = first_token_from(doc, char_start)
    if first == len(doc):
        first = start
    if first > 1 and doc[first - 1].lower_ == "of":  # "a force of 5,000", "a crowd of 5,000"
        noun = doc[first - 2]
        if noun.lemma_.lower() in FORCE_NOUNS - {"mission"}:  # a mission may be civilians
            return "troops", noun.text, number_end
        if noun.lower_ in GATHERING_NOUNS:
            return "people", noun.text, number_end
    if first > 1 and doc[first - 1].lower_ == "at" and doc[first - 2].lower_ in GATHERING_NOUNS:
        return "people", doc[first - 2].text, number_end  # "estimated the crowd at 15,000"
    return None


def _changed_from(doc: Doc, start: int, end: int, run_ends: dict[int, int]) -> Token | None:
    """The noun a number shares with the one it changes to: "cut from 13,000 to 8,000
    peacekeepers" counts peacekeepers with both."""
    later_end = run_ends.get(end + 1)
    if later_end is None or start == 0 or doc[start - 1].lower_ != "from":
        return None
    if doc[end].lower_ != "to":
        return None
    shared = counted_noun(doc, later_end, 1.0)
    if shared is None or not_counted(plural(shared[1])) or is_currency_name(plural(shared[1])):
        return None
    return shared[1]


def find_counts(doc: Doc, money: list[Quantity]) -> list[Quantity]:
    """Every count of things in ``doc`` outside the sums of ``money``."""
    text = doc_text(doc)
    found: list[Quantity] = []
    runs, ranged = ranges(doc, number_runs(doc))
    run_ends = dict(runs)
    highs: dict[int, float] = {}  # the high end of each range, by where its figure starts
    for start, end in runs:
        number = doc[start:end]
        if _overlaps(number.start_char, number.end_char, [*money, *found]):
            continue
        strong = strong_force(doc, end)
        harmed = _harmed(doc, start, end, start in ranged)
        if excluded(doc, start, end, harmed=harmed) and strong is None:
            continue
        ends = range_ends(doc, start, end) if start in ranged else None
        value = ends[0] if ends else parse_number(number.text)
        high = ends[1] if ends else None
        if value is None or (start in ranged and ends is None):
            continue
        approx, char_start = approx_before(text, number.start_char)
        if start in ranged:
            between = start > 0 and doc[start - 1].lower_ == "between"
            approx, char_start = "between", doc[start - 1].idx if between else char_start
        if high is not None:
            highs[char_start] = high
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
        counted = counted_noun(doc, end, value)
        shared = _changed_from(doc, start, end, run_ends) if counted is None else None
        if shared is not None:
            counts = text[doc[run_ends[end + 1]].idx : shared.idx + len(shared)]
            found.append(
                _quantity(text, value, plural(shared), approx, counts, char_start, number.end_char)
            )
            continue
        if counted is None:
            share = share_of(doc, end, value, run_ends)
            if share is not None:
                noun_end = share[1].idx + len(share[1])
                unit, counts = plural(share[1]), text[share[2] : noun_end]
                found.append(_quantity(text, value, unit, approx, counts, char_start, share[0]))
                continue
        if counted is None:
            bare = _bare(doc, start, end, char_start)
            if bare is not None:
                held = _held_before(doc, found, start) if bare[1] in RELEASE_WORDS else None
                unit = held or bare[0]
                if doc[end : end + 1].text == "more" and bare[2] > doc[end].idx:
                    approx = with_added(approx, "more")  # "10,000 more injured"
                found.append(_quantity(text, value, unit, approx, bare[1], char_start, bare[2]))
            else:
                found.extend(_more_of_the_same(doc, found, value, approx, char_start, end))
            continue
        head = counted[1]
        unit = plural(head)
        if not_counted(unit) or is_currency_name(unit):
            continue  # "5 million dinars" where no country says whose
        unit, last_noun = coordinated(doc, head)  # "300 drones and missiles"
        last_noun = of_complement(doc, last_noun)  # "230 prisoners of war"
        span_end = last_noun.idx + len(last_noun)
        if doc[end].lower_ in _ADDED_AFTER and head.i > end:  # "3,000 more troops"
            approx, end = with_added(approx, doc[end].lower_), end + 1
        counts = text[doc[end].idx : span_end]
        found.append(_quantity(text, value, unit, approx, counts, char_start, span_end))
    found = [
        q.model_copy(update={"high": highs[q.span[0]]}) if q.span[0] in highs else q for q in found
    ]
    found.extend(_vague_counts(doc, [*money, *found]))
    return sorted((_with_rate(doc, text, q) for q in found), key=lambda q: q.span[0])


def _with_rate(doc: Doc, text: str, quantity: Quantity) -> Quantity:
    """A count with the stretch of time written after it ("3,000 people a day") as the end of its
    ``counts`` ("people per day"); the count itself when it has none."""
    if quantity.unit == "percent" or quantity.counts is None:
        return quantity
    per, end = rate_after(doc, text, quantity.span[1], periods_only=True)
    if per is None:
        return quantity
    start = quantity.span[0]
    update = {"counts": f"{quantity.counts} {per}", "text": text[start:end], "span": [start, end]}
    return quantity.model_copy(update=update)
