"""PLOVER types and CAMEO codes as data: quad class, scores, and the CAMEO table.

Loaded once from ``coding/data/plover.yaml`` and ``coding/data/cameo.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from eventwire.datafiles import load_yaml
from eventwire.errors import ConfigError


@dataclass(frozen=True)
class EventTypeInfo:
    """One PLOVER event type: quad class, base score, default CAMEO code and its modes."""

    name: str
    quad: int
    score: float
    cameo: str
    modes: dict[str, tuple[float, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Ontology:
    """PLOVER types and the CAMEO Goldstein table."""

    types: dict[str, EventTypeInfo]
    goldstein: dict[str, float]

    def plover_score(self, event_type: str, mode: str | None) -> float:
        """Return PLOVER's conflict-cooperation score for a type, refined by its mode."""
        info = self.types[event_type]
        if mode and mode in info.modes:
            return info.modes[mode][0]
        return info.score

    def cameo_code(self, event_type: str, mode: str | None, specific: str | None) -> str:
        """Return the trigger's own CAMEO code, else the mode's, else the type's default."""
        if specific:
            return specific
        info = self.types[event_type]
        if mode and mode in info.modes:
            return info.modes[mode][1]
        return info.cameo

    def goldstein_of(self, cameo: str) -> float | None:
        """Return the Goldstein value of a CAMEO code, falling back to its parent codes."""
        code = cameo
        while code:
            if code in self.goldstein:
                return self.goldstein[code]
            code = code[:-1]
        return None


def _read_text(name: str) -> str:
    return (resources.files("eventwire.coding") / "data" / name).read_text(encoding="utf-8")


@cache
def load_ontology() -> Ontology:
    """Load the PLOVER and CAMEO tables shipped with eventwire (once per process)."""
    raw: dict[str, Any] = load_yaml(_read_text("plover.yaml"), "plover.yaml")
    types: dict[str, EventTypeInfo] = {}
    for name, spec in raw.items():
        modes = {str(m): (float(v[0]), str(v[1])) for m, v in (spec.get("modes") or {}).items()}
        types[name] = EventTypeInfo(
            name=name,
            quad=int(spec["quad"]),
            score=float(spec["score"]),
            cameo=str(spec["cameo"]),
            modes=modes,
        )
    goldstein: dict[str, float] = {}
    lines = [ln for ln in _read_text("cameo.tsv").splitlines() if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    if header[:2] != ["code", "goldstein"]:
        raise ConfigError(f"cameo.tsv: expected a 'code goldstein' header, found {header!r}")
    for line in lines[1:]:
        cells = line.split("\t")
        goldstein[cells[0]] = float(cells[1])
    return Ontology(types=types, goldstein=goldstein)
