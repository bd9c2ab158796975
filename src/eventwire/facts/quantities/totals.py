"""Totals a bare number is said to reach: "bringing the total number of U.S. troops in Europe to
100,000" (troops), "the number of people who have fled has risen to 1.2 million" (people, with
the clause that says which), "raising its presence to 10,000" (troops of a force), "bringing the
total to 4,000" or "a figure that could reach one million" (a total of what the sentence
counted before)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from eventwire.facts.quantities.harm import first_token_from
from eventwire.facts.quantities.nouns import FORCE_NOUNS, counts_things, plural
from eventwire.facts.quantities.numbers import doc_text

# a force's size is its troops; a "mission" may be civilians
_FORCE_TOTALS = (FORCE_NOUNS - {"mission"}) | {"presence"}
# the words between the total and its number hold no sentence end, but may hold "U.S."
_TOTAL = re.compile(
    r"\b(?P<what>(?:total|number|tally|figure|"
    + "|".join(sorted(_FORCE_TOTALS))
    + r")\b(?:[^.;]|(?<=[A-Z])\.){0,60}?)\b"
    r"(?:to|from|at|reach|reached|reaches|hit|hits|pass|passed|passes|top|topped|tops|exceed|"
    r"exceeded|exceeds|surpass|surpassed|surpasses|was|is|stood|stands)\s+$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Total:
    """What a total counts: its unit and ``counts`` words, or None for both when it is a total
    of what was counted before it ("bringing the total to 4,000")."""

    unit: str | None
    counts: str | None


def _clause_end(noun: Token, total: Token, limit: int) -> int:
    """Past the clause that says which of ``noun`` are counted ("people who have fled", "people
    killed in the floods"; the parser may hang it on the ``total``'s word, "number"), when it
    ends before ``limit``; else just past ``noun``."""
    clauses = [c for c in noun.rights if c.dep_ in ("relcl", "acl")]
    clauses += [
        c for c in total.rights if c.dep_ in ("relcl", "acl") and c.left_edge.i == noun.i + 1
    ]
    clause = clauses[0] if clauses else None
    if clause is None:
        return noun.i + 1
    end = max(t.i for t in clause.subtree) + 1
    return end if end <= limit else noun.i + 1


def total_before(doc: Doc, start: int, char_start: int) -> Total | None:
    """The total a bare number at token ``start`` (its qualifier from ``char_start``) reaches,
    else None."""
    match = _TOTAL.search(doc_text(doc), doc[start].sent.start_char, char_start)
    if match is None:
        return None
    first = first_token_from(doc, match.start("what"))
    last = first_token_from(doc, match.end("what"))
    if doc[first].lower_ == "figure":  # "a figure (that analysts say) could reach": no noun's
        return Total(None, None)
    for token in doc[first + 1 : last]:
        if counts_things(token):  # "the total number of U.S. troops in Europe"
            k = token.i
            while k - 1 > first and doc[k - 1].dep_ in ("amod", "compound"):
                k -= 1  # "U.S. troops", "displaced people"
            return Total(plural(token), doc[k : _clause_end(token, doc[first], last)].text)
    head = doc[first]
    if head.lemma_.lower() in _FORCE_TOTALS:
        return Total("troops", head.text)
    return Total(None, None)
