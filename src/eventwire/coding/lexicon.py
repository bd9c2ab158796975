"""The trigger lexicon: verbs and nouns that signal PLOVER events, loaded from data."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from eventwire.datafiles import load_yaml
from eventwire.errors import ConfigError
from eventwire.schema import EVENT_TYPES


@dataclass(frozen=True)
class EventSense:
    """What a trigger codes: type, mode, CAMEO code and contexts."""

    type: str
    mode: str | None = None
    cameo: str | None = None
    context: tuple[str, ...] = ()


@dataclass(frozen=True)
class VerbEntry:
    """A verb trigger; see the header of ``coding/data/triggers.yaml`` for the fields."""

    lemma: str
    sense: EventSense | None
    objects: dict[str, EventSense]
    light: str | None
    recipient_preps: tuple[str, ...]
    reciprocal: bool
    swap: bool
    content: bool
    needs: str | None
    weight: float
    ergative: bool = False
    stative: bool = False
    subjects: dict[str, EventSense] = field(default_factory=dict)
    unless_objects: frozenset[str] = frozenset()
    defence: bool = False
    undergone: bool = False


@dataclass(frozen=True)
class NounEntry:
    """A noun trigger or a noun class used by verbs' objects."""

    lemma: str
    sense: EventSense | None
    cls: str | None
    reciprocal: bool
    forces: bool = False  # names forces or weapons, not an act: codes only through a verb


@dataclass(frozen=True)
class TriggerLexicon:
    """All verb and noun triggers, keyed by lemma (or two-word phrase)."""

    verbs: dict[str, VerbEntry]
    nouns: dict[str, NounEntry]
    threat_words: frozenset[str]
    naming_verbs: frozenset[str]
    damning_words: frozenset[str]


DEFAULT_RECIPIENT_PREPS = ("to", "with", "against", "on", "toward", "towards", "at")


def _sense(spec: dict[str, Any], where: str) -> EventSense | None:
    event_type = spec.get("type")
    if event_type is None:
        return None
    if event_type not in EVENT_TYPES:
        raise ConfigError(f"triggers.yaml: {where}: unknown PLOVER type {event_type!r}")
    return EventSense(
        type=str(event_type),
        mode=spec.get("mode"),
        cameo=spec.get("cameo"),
        context=tuple(spec.get("context") or ()),
    )


def _classes(spec: dict[str, Any], field_name: str, lemma: str) -> dict[str, EventSense]:
    """A verb's ``objects`` or ``subjects``: noun class → the event the verb codes with it."""
    found = {}
    for cls, cls_spec in (spec.get(field_name) or {}).items():
        where = f"verb {lemma!r} {field_name[:-1]} {cls!r}"
        sense = _sense(cls_spec, where)
        if sense is None:
            raise ConfigError(f"triggers.yaml: {where} has no type")
        found[str(cls)] = sense
    return found


@cache
def load_triggers() -> TriggerLexicon:
    """Load ``coding/data/triggers.yaml`` (once per process).

    Raises:
        ConfigError: a key is given twice, or an entry names an unknown PLOVER type.
    """
    text = (resources.files("eventwire.coding") / "data" / "triggers.yaml").read_text("utf-8")
    raw: dict[str, Any] = load_yaml(text, "triggers.yaml")
    verbs: dict[str, VerbEntry] = {}
    for lemma, spec in raw["verbs"].items():
        objects = _classes(spec, "objects", lemma)
        verbs[str(lemma)] = VerbEntry(
            lemma=str(lemma),
            sense=_sense(spec, f"verb {lemma!r}"),
            objects=objects,
            light=spec.get("light"),
            recipient_preps=tuple(spec.get("recipient_preps") or DEFAULT_RECIPIENT_PREPS),
            reciprocal=bool(spec.get("reciprocal", False)),
            swap=bool(spec.get("swap", False)),
            content=bool(spec.get("content", False)),
            needs=spec.get("needs"),
            weight=float(spec.get("weight", 0.8)),
            ergative=bool(spec.get("ergative", False)),
            stative=bool(spec.get("stative", False)),
            subjects=_classes(spec, "subjects", lemma),
            unless_objects=frozenset(spec.get("unless_objects") or ()),
            defence=bool(spec.get("defence", False)),
            undergone=bool(spec.get("undergone", False)),
        )
    nouns = {
        str(lemma): NounEntry(
            lemma=str(lemma),
            sense=_sense(spec, f"noun {lemma!r}"),
            cls=spec.get("class"),
            reciprocal=bool(spec.get("reciprocal", False)),
            forces=bool(spec.get("forces", False)),
        )
        for lemma, spec in raw["nouns"].items()
    }
    return TriggerLexicon(
        verbs=verbs,
        nouns=nouns,
        threat_words=frozenset(raw.get("threat_words") or ()),
        naming_verbs=frozenset(raw.get("naming_verbs") or ()),
        damning_words=frozenset(raw.get("damning_words") or ()),
    )
