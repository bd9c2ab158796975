"""Where numbers are written in a parsed text: runs of number tokens, ranges, and the numbers
that are no count (years, ages, ordinals, the digits of a name)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from eventwire.facts.quantities.numbers import NUMBER_WORDS, SCALES, YEARISH, exact, parse_number

EXCLUDED_ENTITIES = frozenset(
    {"DATE", "TIME", "ORDINAL", "ORG", "PRODUCT", "LAW", "EVENT", "WORK_OF_ART", "FAC"}
)
# entities that name a thing; a number inside one is part of the name ("Resolution 2728")
_NAME_ENTITIES = frozenset({"ORG", "PRODUCT", "LAW", "EVENT", "WORK_OF_ART", "FAC"})
COUNT_SCALES = frozenset(
    {"hundred", "thousand", "million", "billion", "trillion", "dozen", "lakh", "crore"}
)
# "several hundred" is three hundred, "a couple of thousand" two
VAGUE_LEADS = {"several": 3.0, "few": 3.0, "couple": 2.0}
_GLUED_SCALES = frozenset({"m", "mn", "mln", "bn", "bln", "k"})
# a number before a time zone is a clock time: "0400 GMT", "10 ET"
TIME_ZONES = frozenset({
    "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "msk", "ist", "pkt", "jst", "kst",
    "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "hrs", "hours", "zulu",
})  # fmt: skip
# the last word of a street's name after a building's number: "24 Kensington Palace Gardens"
_STREET_WORDS = frozenset({
    "street", "st", "road", "rd", "avenue", "ave", "lane", "gardens", "square", "drive",
    "boulevard", "place", "terrace", "way", "crescent", "close", "row", "court", "embankment",
})  # fmt: skip
_NUMERIC = re.compile(r"^\d[\d,.]*$")
# words a date entity may hold around a count it swallowed: "between 30 and 40", "some 200"
_RANGE_WORDS = frozenset({
    "between", "and", "to", "some", "about", "around", "nearly", "almost", "up", "more", "than",
    "over", "under", "at", "least", "roughly", "as", "many",
})  # fmt: skip
_RANGING = frozenset({"range", "vary"})
# singular nouns a number after which names one of a series: "game five", "Category 4", "Phase 2"
_NUMBERED_NOUNS = frozenset({
    "game", "round", "stage", "leg", "match", "chapter", "section", "article", "clause", "phase",
    "episode", "category", "level", "grade", "gate", "terminal", "platform", "page", "paragraph",
    "volume", "track", "lane", "exit", "junction", "pier", "berth", "ward", "bay",
})  # fmt: skip
_TIME_NOUNS = frozenset({
    "seconds", "minutes", "hours", "days", "nights", "weeks", "months", "years", "decades",
    "centuries", "weekends", "times", "sessions", "rounds", "terms", "seasons",
})  # fmt: skip


def is_number_token(token: Token) -> bool:
    """Digits or number words; not a name that holds digits ("F-16", "MH17")."""
    if token.lower_ in NUMBER_WORDS or token.lower_ in COUNT_SCALES:
        return True
    return token.tag_ == "CD" and _NUMERIC.match(token.text) is not None


def _starts_run(doc: Doc, i: int) -> bool:
    """A number starts here: "130,000", "three", or a scale after "a"/"several" ("a dozen")."""
    token = doc[i]
    if token.lower_ in COUNT_SCALES:
        before = doc[i - 1].lower_ if i > 0 else ""
        return before in ("a", "an") or before in VAGUE_LEADS
    return is_number_token(token) and (token.tag_ == "CD" or token.lower_ in NUMBER_WORDS)


def _digits(token: Token) -> bool:
    return _NUMERIC.match(token.text) is not None


def _thousands_space(doc: Doc, k: int) -> bool:
    """ "40 000": three digits after a group of one to three, the European thousands space."""
    before = doc[k - 1]
    return (
        re.fullmatch(r"\d{3}", doc[k].text) is not None
        and re.fullmatch(r"\d{1,3}", before.text) is not None
        and before.whitespace_ == " "
    )


def range_ends(doc: Doc, start: int, end: int) -> tuple[float, float] | None:
    """The low and high ends of a joined range, the low end with the high end's scale when it has
    none ("2-3 million" is 2 million to 3 million)."""
    k = next(k for k in range(start + 1, end) if not is_number_token(doc[k]))
    low, high = parse_number(doc[start:k].text), parse_number(doc[k + 1 : end].text)
    if low is None or high is None:
        return None
    scaled = any(t.lower_ in COUNT_SCALES for t in doc[start:k])
    scale = next((SCALES[t.lower_] for t in doc[k + 1 : end] if t.lower_ in SCALES), 1.0)
    return (low if scaled else exact(low * scale)), high


# qualifiers written after a number, with the words they mean before one
AFTER_QUALIFIERS = {"plus": "more than", "odd": "about", "or so": "about", "or more": "at least"}


def qualifier_after(doc: Doc, end: int) -> tuple[str, int] | None:
    """The qualifier written after a number ("300-plus", "200-odd", "100 or so") as the words
    that mean it before one, and the index just past it; else None."""
    k = end + 1 if doc[end : end + 1].text == "-" and doc[end - 1].whitespace_ == "" else end
    for words, approx in AFTER_QUALIFIERS.items():
        n = len(words.split())
        if doc[k : k + n].text.lower() == words and (n > 1 or k > end or words == "plus"):
            return approx, k + n
    return None


def ranges(doc: Doc, runs: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], set[int]]:
    """Runs with each range joined into one ("2,000-3,000", "between 200 and 300", "200 to 300",
    "three or four"), and the starts of the joined ones."""
    joined: list[tuple[int, int]] = []
    ranged: set[int] = set()
    for start, end in runs:
        if joined and _joins_range(doc, joined[-1], (start, end)):
            joined[-1] = (joined[-1][0], end)
            ranged.add(joined[-1][0])
        else:
            joined.append((start, end))
    return joined, ranged


def _joins_range(doc: Doc, low: tuple[int, int], high: tuple[int, int]) -> bool:
    if high[0] != low[1] + 1:
        return False
    word = doc[low[1]].lower_
    if word == "or":  # "three or four soldiers": a rising pair, not "one or 2,000"
        first, second = (
            parse_number(doc[low[0] : low[1]].text),
            parse_number(doc[high[0] : high[1]].text),
        )
        return first is not None and second is not None and first < second <= 10 * first
    before = doc[low[0] - 1].lower_ if low[0] > 0 else ""
    if word in ("-", "–", "—"):
        return True
    # "rose from 20 to 120" and "rose by 20 to 120" name two numbers, "ranged from 20 to 30" one
    ranging = before == "from" and low[0] > 1 and doc[low[0] - 2].lemma_.lower() in _RANGING
    return (word == "and" and before == "between") or (
        word == "to" and (before not in ("from", "by") or ranging)
    )


def number_runs(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of written numbers: "130,000", "1.5 million", "one hundred and twenty"."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if not _starts_run(doc, i):
            i += 1
            continue
        end = i + 1
        while end < len(doc):
            token = doc[end]
            joiner = token.lower_ in ("and", "-") and end + 1 < len(doc)
            if _digits(token) and _digits(doc[end - 1]) and not _thousands_space(doc, end):
                break  # "in 2022 500 soldiers" is a year and a count
            if is_number_token(token):
                end += 1
            elif token.lower_ in _GLUED_SCALES and doc[end - 1].whitespace_ == "":
                end += 1  # "1.3m doses"
            elif (
                joiner
                and doc[end + 1].lower_ in NUMBER_WORDS
                # "one hundred and twenty", "twenty-six"; "two and three" is a range's two ends,
                # and "Rs 2.5 million and two pistols" a sum and a count
                and doc[end - 1].lower_ in (COUNT_SCALES if token.lower_ == "and" else NUMBER_WORDS)
                and not (token.lower_ == "and" and any(_digits(t) for t in doc[i:end]))
            ):
                end += 2
            else:
                break
        runs.append((i, end))
        i = end
    return runs


def excluded(doc: Doc, start: int, end: int, *, harmed: bool = False) -> bool:
    """Years, hyphenated names and ages ("Su-35", "54-year-old"), times, dates, named things.

    A number of people ``harmed`` ("wounding 64") is kept when the small model calls the bare
    number alone a date.
    """
    first, last = doc[start], doc[end - 1]
    entities = {doc[k].ent_type_ for k in range(start, end)} & EXCLUDED_ENTITIES
    if entities & _NAME_ENTITIES and _counts_outside(doc, end):
        entities -= _NAME_ENTITIES  # "give Kyiv 31 Abrams tanks", read as one title
    bare_date = (
        entities == {"DATE"}
        and doc[start - 1 : start].text not in ("", "-")
        and (doc[end : end + 1].text in ("", ",", ".", ";", "and"))
    ) or (entities == {"DATE"} and _only_numbers(doc, start, end))  # "between 20 and 30 were"
    percent = doc[end : end + 1].text.lower() in ("%", "percent") or (
        doc[end : end + 2].text.lower() == "per cent"
    )  # "between 10 and 15 per cent", which the small model may call a date
    kept = (harmed and bare_date) or (percent and entities == {"DATE"})
    if entities and not kept and not _date_of_things(doc, start, end, entities):
        return True
    if end - start == 1 and YEARISH.match(first.text):
        return True
    if re.search(r"[:/]|\d-\d|^\d+(?:st|nd|rd|th)$", first.text):
        return True
    if doc[end : end + 1].text.lower() in TIME_ZONES:
        return True
    if doc[end : end + 1].text.lower() == "mm":  # a calibre: "155mm shells"
        return True
    before_hyphen = start > 0 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_
    after_hyphen = end < len(doc) and last.whitespace_ == "" and doc[end].text in ("-", "–")
    after_hyphen = after_hyphen and qualifier_after(doc, end) is None  # "300-plus", "200-odd"
    return (
        before_hyphen
        or after_hyphen
        or _in_name(doc, start)
        or _numbered(doc, start, end)
        or _ratio(doc, start, end)
        or _anaphoric(doc, start, end)
        or _address(doc, start, end)
        or _one_of_a_count(doc, start, end)
        or _pronoun_one(doc, start, end)
    )


_PRONOUN_ONE = frozenset({"no", "any", "some", "every", "each", "that", "this", "the"})


def _pronoun_one(doc: Doc, start: int, end: int) -> bool:
    """ "one" as a pronoun counts nothing: "no one was hurt", "anyone", "the one that …"."""
    return (
        end - start == 1
        and doc[start].lower_ == "one"
        and start > 0
        and doc[start - 1].lower_ in _PRONOUN_ONE
    )


def _one_of_a_count(doc: Doc, start: int, end: int) -> bool:
    """ "one" in the "of" phrase of a counted noun says which, it counts nothing: "19 members
    of one family"."""
    if end - start != 1 or doc[start].lower_ != "one" or start < 2 or doc[start - 1].lower_ != "of":
        return False
    owner = doc[start - 1].head
    return owner.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in owner.children)


def _address(doc: Doc, start: int, end: int) -> bool:
    """A building's number before a street's capitalised name: "24 Kensington Palace Gardens"."""
    if end - start != 1 or not _digits(doc[start]):
        return False
    for token in doc[end : end + 4]:
        if not token.is_title:
            return False
        after = doc[token.i + 1 : token.i + 2]
        name_ends = not after.text or after[0].pos_ not in ("NOUN", "PROPN")
        if token.lower_.rstrip(".") in _STREET_WORDS and token.i > end and name_ends:
            return True
    return False


def _anaphoric(doc: Doc, start: int, end: int) -> bool:
    """ "the two leaders", "these three men": a small number in words after a definite
    determiner names people or things already introduced, it reports no count (the whole of a
    share, "two of the three soldiers", is still one)."""
    if end - start != 1 or not 2 <= NUMBER_WORDS.get(doc[start].lower_, 0) <= 10 or start == 0:
        return False
    definite = doc[start - 1].lower_ in ("the", "these", "those")
    return definite and not (start > 1 and doc[start - 2].lower_ == "of")


def _counts_outside(doc: Doc, end: int) -> bool:
    """Whether the number ending at ``end`` counts a plural common noun outside every named
    entity, so the name the small model read around it is no name of the number's."""
    head = doc[end - 1].head
    return (
        doc[end - 1].dep_ == "nummod"
        and head.i >= end
        and head.pos_ == "NOUN"
        and head.tag_ == "NNS"
        and not head.ent_type_
    )


def _date_of_things(doc: Doc, start: int, end: int, entities: set[str]) -> bool:
    """A "date" the small model reads into a count of plural things: "between 30 and 40
    missiles" (not "the March 3 talks" or "30 days", whose date has a month or a time word)."""
    if entities != {"DATE"} or end >= len(doc):
        return False
    after = doc[end]
    if after.tag_ not in ("NNS", "NNPS") or after.lower_ in _TIME_NOUNS:
        return False
    return _only_numbers(doc, start, end)


def _only_numbers(doc: Doc, start: int, end: int) -> bool:
    """Whether the date entity around a number holds only numbers and range words ("between 30
    and 40"), no month or time word."""
    ent = next((e for e in doc.ents if e.start <= start < e.end), None)
    words = [t.lower_ for t in (ent or doc[start:end]) if t.is_alpha]
    return all(w in NUMBER_WORDS or w in COUNT_SCALES or w in _RANGE_WORDS for w in words)


def _ratio(doc: Doc, start: int, end: int) -> bool:
    """Either side of "1 in 5" or "one in four": a ratio, not a count."""
    before = doc[max(0, start - 2) : start]
    after = doc[end : end + 2]
    in_before = len(before) == 2 and before[1].lower_ == "in" and is_number_token(before[0])
    in_after = len(after) == 2 and after[0].lower_ == "in" and is_number_token(after[1])
    return in_before or in_after


def _in_name(doc: Doc, start: int) -> bool:
    """The number of a model's name: "2" in "Leopard 2 tanks" (a name that modifies a noun)."""
    if start == 0:
        return False
    before = doc[start - 1]
    return before.pos_ == "PROPN" and before.dep_ in ("compound", "nmod") and before.head.i > start


def _numbered(doc: Doc, start: int, end: int) -> bool:
    """The number of one of a series ("game five", "Category 4 storm", "Phase 2 trials") or of a
    name written "X of N" and counting nothing after it ("the Group of 20 met", not "a Kingdom
    of 2 million people")."""
    if start == 0:
        return False
    before = doc[start - 1]
    if before.lower_ in _NUMBERED_NOUNS and before.tag_ in ("NN", "NNP"):
        return True
    if before.lower_ != "of" or start < 2:
        return False
    name = doc[start - 2]
    counts_after = end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN", "ADJ")
    capitalised = name.tag_ == "NNP" and name.text[:1].isupper() and not name.is_sent_start
    return capitalised and not counts_after
