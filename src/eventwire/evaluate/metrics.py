"""The shared pieces of event evaluation: the report, precision/recall/F1, floors, actor keys.

Event suites (:mod:`eventwire.evaluate.plover`, :mod:`eventwire.evaluate.petrarch`) score a
:data:`Coder` — any callable that turns a batch of articles into one document per article, in
order — and return an :class:`EvalReport`. Ratios whose denominator is zero are reported as 0.0.

Actors are compared by **country key** (:func:`country_key`), the one thing gold sets and
eventwire share:

* an ISO 3166-1 alpha-3 code is its own key (``USA``);
* an international organisation or an international NGO is the class key ``ORG`` (gold sets code
  both as ``IGO``/``NGO`` but not consistently: the PLOVER GSR codes Amnesty International and the
  Red Cross as ``IGO``);
* a non-state group in the actor data takes its home country (Hamas → ``PSE``), or ``IMG``
  (CAMEO's "international militarised group") when it has none (al-Qaeda, Islamic State);
* anything else is compared as written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from eventwire.actors.lexicon import ActorEntry, load_lexicon
from eventwire.errors import EvalError
from eventwire.schema import ActorMention, Article, Document

Coder = Callable[[Sequence[Article]], list[Document]]
"""Codes a batch of articles; returns one document per article, in input order."""

ORG = "ORG"
"""Class key of international organisations and international NGOs."""

TRANSNATIONAL = "IMG"
"""Class key of a non-state armed group with no home country (CAMEO ``IMG``)."""

_PER_TYPE_FIELDS = ("precision", "recall", "f1", "support")


@dataclass
class EvalReport:
    """What one gold-set evaluation measured.

    Attributes:
        suite: the gold set's name (``plover``, ``petrarch``).
        n_items: how many gold items (sentences) were scored.
        metrics: headline numbers, each a ratio in [0, 1].
        per_type: label → ``precision``, ``recall``, ``f1`` and ``support`` (gold count).
    """

    suite: str
    n_items: int
    metrics: dict[str, float] = field(default_factory=dict)
    per_type: dict[str, dict[str, float]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """Return the report as plain JSON-ready data."""
        return {
            "suite": self.suite,
            "n_items": self.n_items,
            "metrics": dict(self.metrics),
            "per_type": {label: dict(scores) for label, scores in self.per_type.items()},
        }

    def rows(self) -> list[tuple[str, ...]]:
        """Return the per-type table for a printer: a header row, then one row per label."""
        header: tuple[str, ...] = ("type", *_PER_TYPE_FIELDS)
        body = [
            (
                label,
                *(f"{scores.get(name, 0.0):.3f}" for name in _PER_TYPE_FIELDS[:-1]),
                str(int(scores.get("support", 0))),
            )
            for label, scores in sorted(self.per_type.items())
        ]
        return [header, *body]


def check_floor(report: EvalReport, floors: Mapping[str, float]) -> list[str]:
    """Return one message per metric below its floor (or missing); empty when all pass.

    Args:
        report: the evaluation to check.
        floors: metric name → the lowest acceptable value.
    """
    failures = []
    for name, floor in sorted(floors.items()):
        value = report.metrics.get(name)
        if value is None:
            failures.append(f"{report.suite}: metric {name!r} is missing (floor {floor:.3f})")
        elif value < floor:
            failures.append(f"{report.suite}: {name} {value:.3f} is below the floor {floor:.3f}")
    return failures


def ratio(part: int, whole: int) -> float:
    """Return ``part / whole``, or 0.0 when ``whole`` is 0."""
    return part / whole if whole else 0.0


def f1(precision: float, recall: float) -> float:
    """Return the harmonic mean of precision and recall (0.0 when both are 0)."""
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


def label_scores(
    correct: Counter[str], predicted: Counter[str], gold: Counter[str]
) -> dict[str, dict[str, float]]:
    """Return per-label precision, recall, F1 and support over every gold or predicted label.

    Args:
        correct: label → how many predictions of it matched a gold item of it.
        predicted: label → how many times the system predicted it.
        gold: label → how many gold items carry it.
    """
    scores = {}
    for label in sorted(set(predicted) | set(gold)):
        precision = ratio(correct[label], predicted[label])
        recall = ratio(correct[label], gold[label])
        scores[label] = {
            "precision": precision,
            "recall": recall,
            "f1": f1(precision, recall),
            "support": float(gold[label]),
        }
    return scores


def macro_f1(per_type: Mapping[str, Mapping[str, float]]) -> float:
    """Return the unweighted mean F1 over the labels of a per-type table."""
    return sum(scores["f1"] for scores in per_type.values()) / len(per_type) if per_type else 0.0


def check_documents(articles: Sequence[Article], documents: Sequence[Document]) -> None:
    """Raise EvalError unless the coder returned one document per article, in order."""
    if len(documents) != len(articles):
        raise EvalError(
            f"the coder returned {len(documents)} documents for {len(articles)} articles; "
            "expected one per article"
        )
    for article, document in zip(articles, documents, strict=True):
        if document.article.id != article.id:
            raise EvalError(
                f"the coder returned document {document.article.id!r} where article "
                f"{article.id!r} was expected; documents must keep the input order"
            )


def country_key(actor: ActorMention) -> str | None:
    """Return the key an actor is compared by (see the module docstring), None when uncoded."""
    if not actor.code:
        return None
    code = actor.code.upper()
    if code in load_lexicon().countries:
        return code
    entry = _organisations().get(code)
    if entry is not None:
        if entry.kind == "igo" or entry.sector in ("IGO", "NGO"):
            return ORG
        return entry.country or TRANSNATIONAL
    if actor.sector in ("IGO", "NGO"):
        return ORG
    return code


@cache
def _organisations() -> dict[str, ActorEntry]:
    """Map the code of every organisation and non-state group in the actor data to its entry."""
    return {
        form.entry.code.upper(): form.entry
        for form in load_lexicon()
        if form.kind in ("igo", "group") and form.entry is not None and form.entry.code
    }
