"""The reporting-verb lexicon: which verbs introduce a quotation and where their content sits."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from eventwire.datafiles import load_yaml

BROAD_CLASSES = frozenset({"belief", "intent", "evidence", "position"})
"""Cue classes that need a subject to count: a thought or plan with no holder is no quote."""


@dataclass(frozen=True, slots=True)
class CueVerb:
    """A reporting verb: its class and which complements carry content (see the YAML header)."""

    lemma: str
    cls: str
    xcomp: bool = False
    object: bool = False
    phrase: bool = False
    naming: bool = False
    event_object: bool = False
    asks: bool = False
    preps: frozenset[str] = frozenset()
    with_object: str | None = None
    with_particle: str | None = None

    @property
    def broad(self) -> bool:
        """Whether the cue reports a thought, plan or finding rather than words said."""
        return self.cls in BROAD_CLASSES


@cache
def reporting_verbs() -> dict[str, CueVerb]:
    """Return the reporting-verb lexicon keyed by lemma (read once from the shipped YAML)."""
    return {lemma: _cue(lemma, entry) for lemma, entry in _lexicon()["verbs"].items()}


@cache
def reporting_nouns() -> dict[str, CueVerb]:
    """Return the reporting nouns ("claim", "warning", "promise") keyed by lemma."""
    return {lemma: _cue(lemma, entry) for lemma, entry in _lexicon().get("nouns", {}).items()}


@cache
def reporting_vehicles() -> frozenset[str]:
    """Return the nouns of things a source issues or gives ("statement", "letter", "tweet")."""
    return frozenset(str(noun) for noun in _lexicon().get("vehicles", ()))


@cache
def comment_nouns() -> frozenset[str]:
    """Return the nouns of a comment set after what was said ("…, a claim the police denied")."""
    return frozenset(str(noun) for noun in _lexicon().get("comments", ()))


@cache
def label_titles() -> frozenset[str]:
    """Return the lower-case nouns that name a speaker in a headline label ("Police chief: …")."""
    return frozenset(str(noun) for noun in _lexicon().get("titles", ()))


@cache
def referent_words(kind: str) -> frozenset[str]:
    """Return the words of one referent list ("bodies", "firms" or "people"): what a speaker the
    story named before may be called later ("the ministry", "the company", "the judge")."""
    return frozenset(str(word) for word in _lexicon().get(kind, ()))


@cache
def _lexicon() -> dict[str, Any]:
    """The shipped YAML, read once."""
    path = resources.files("eventwire.facts") / "data" / "reporting_verbs.yaml"
    raw: dict[str, Any] = load_yaml(path.read_text(encoding="utf-8"), "reporting_verbs.yaml")
    return raw


def _cue(lemma: str, entry: dict[str, Any]) -> CueVerb:
    """One lexicon entry."""
    return CueVerb(
        lemma,
        str(entry["class"]),
        xcomp=bool(entry.get("xcomp")),
        object=bool(entry.get("object")),
        phrase=bool(entry.get("phrase")),
        naming=bool(entry.get("naming")),
        event_object=bool(entry.get("event_object")),
        asks=bool(entry.get("asks")),
        preps=frozenset(str(prep) for prep in entry.get("preps", ())),
        with_object=str(entry["with_object"]) if "with_object" in entry else None,
        with_particle=str(entry["with_particle"]) if "with_particle" in entry else None,
    )
