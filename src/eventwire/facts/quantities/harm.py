"""Casualties: the people a bare number counts when its setting names a harm done to them.

"30 wounded", "12 were killed", "200,000 have fled", "300 remain missing" and "240 were taken
hostage" (a casualty word after the number), "killing 30" (a casualty verb before it) and "the
death toll rose to 57" (a toll) count people.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from eventwire.facts.quantities.numbers import doc_text

# What a bare number followed by these words counts: people ("30 wounded", "12 were killed").
CASUALTY_WORDS = frozenset({
    "killed", "wounded", "injured", "dead", "hurt", "missing", "arrested", "detained",
    "displaced", "abducted", "kidnapped", "executed", "homeless", "stranded", "trapped",
    "evacuated", "rescued", "captured", "hospitalised", "hospitalized", "fled", "died",
    "released", "freed",
})  # fmt: skip
# the people of a release are those held before: "240 villagers ... 120 have been released"
RELEASE_WORDS = frozenset({"released", "freed"})
# "taken hostage", "held captive": a participle that is a casualty word with its noun
_TAKEN = frozenset({"taken", "held"})
_TAKEN_AS = frozenset({"hostage", "hostages", "prisoner", "prisoners", "captive", "captives"})
# words between a bare number and its casualty word: "12 were killed", "200,000 have fled",
# "300 remain missing", "50 are still missing", "20 were reported missing", "30 are thought to
# be dead"
_AUXILIARIES = frozenset({
    "were", "was", "are", "is", "have", "has", "had", "been", "being", "remain", "remains",
    "remained", "still", "reported", "feared", "believed", "presumed", "later", "thought",
    "be", "now",
})  # fmt: skip


# verbs whose bare object number counts people ("killing 30"), with their participle
CASUALTY_VERBS = {
    "kill": "killed", "wound": "wounded", "injure": "injured", "hurt": "hurt",
    "arrest": "arrested", "detain": "detained", "displace": "displaced", "abduct": "abducted",
    "kidnap": "kidnapped", "execute": "executed", "rescue": "rescued", "evacuate": "evacuated",
    "free": "freed", "release": "released",
    # those a place shelters or houses are people too: "the camp now shelters 300,000"
    "shelter": "sheltered", "house": "housed", "host": "hosted", "accommodate": "accommodated",
}  # fmt: skip
# what people left "without" lack: "hundreds of thousands remain without shelter"
_NEEDS = frozenset({
    "shelter", "homes", "housing", "power", "electricity", "water", "food", "heating", "aid",
})  # fmt: skip
_TOLL = re.compile(
    r"\b(?P<toll>(?:(?:death|casualty)\s+)?(?:toll|tally)(?:\s+of\s+the\s+dead)?"
    r"|number\s+(?:of\s+(?:the\s+|those\s+)?)?"
    r"(?:dead|deaths|casualties|victims|killed|injured|wounded|missing))\b"
    r"[^.;]{0,40}?\b"
    r"(?:to|from|at|of|reached|reaches|hit|hits|passed|passes|topped|tops|exceeded|exceeds|"
    r"surpassed|surpasses|was|is|stood|stands)\s+$",
    re.IGNORECASE,
)


def casualty_after(doc: Doc, end: int) -> Span | None:
    """The casualty words right after a bare number, past its auxiliaries: "30 wounded", "12
    were killed", "tens of thousands have been killed", "240 were taken hostage", "thousands
    remain without shelter"."""
    k = end
    while k < min(len(doc), end + 4) and (
        doc[k].lower_ in _AUXILIARIES or doc[k : k + 2].text.lower() == "to be"
    ):
        k += 1
    if k >= len(doc):
        return None
    if doc[k].lower_ in _TAKEN and doc[k + 1 : k + 2].text.lower() in _TAKEN_AS:
        return doc[k : k + 2]
    if doc[k].lower_ == "to" and doc[k + 1 : k + 2].text.lower() == "flee":
        return doc[k : k + 2]  # "forced 200,000 to flee"
    if doc[k].lower_ == "without" and doc[k + 1 : k + 2].text.lower() in _NEEDS:
        return doc[k : k + 2]  # "remain without shelter"
    if doc[k].lower_ in CASUALTY_WORDS and doc[k].pos_ in ("VERB", "ADJ"):
        return doc[k : k + 1]
    return None


# "driven 8 million from their homes", "forced 5,000 out of their homes": the displaced
_FROM_HOMES = re.compile(r"(?:from|out\s+of)\s+(?:their|his|her)\s+homes?\b", re.IGNORECASE)


def driven_from_homes(doc: Doc, end: int) -> bool:
    """Whether a bare number is followed by "from their homes" (people displaced)."""
    return end < len(doc) and _FROM_HOMES.match(doc_text(doc), doc[end].idx) is not None


def casualty_words(casualty: Span) -> str:
    """The ``counts`` words of casualty words after a number: "wounded", "taken hostage", and
    "fled" for "to flee"."""
    words = casualty.text.lower()
    return "fled" if words == "to flee" else words


def first_token_from(doc: Doc, char: int) -> int:
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


def casualty_verb(doc: Doc, char_start: int) -> str | None:
    """The harm done to a bare number that is its verb's object: "killing 30" → "killed"."""
    k = first_token_from(doc, char_start) - 1
    if k < 0:
        return None
    if doc[k].pos_ == "VERB":
        return CASUALTY_VERBS.get(doc[k].lemma_.lower())
    # a headline's "Strike Kills 20" or "strikes kill 30", which the tagger calls a name or noun
    if (doc[k].is_title or doc[k].pos_ == "NOUN") and k > 0:
        stem = re.sub(r"(?:s|ed|d|ing)$", "", doc[k].lower_)
        forms = (stem, stem + "e", stem[:-1])  # "Kills", "Injures", "Kidnapped"
        return next((CASUALTY_VERBS[f] for f in forms if f in CASUALTY_VERBS), None)
    return None


def death_toll(doc: Doc, start: int, char_start: int) -> str | None:
    """ "death toll" when a bare number is the toll: "the death toll rose to 57"."""
    sent_start = doc[start].sent.start_char
    match = _TOLL.search(doc_text(doc), sent_start, char_start)
    return " ".join(match["toll"].lower().split()) if match else None
