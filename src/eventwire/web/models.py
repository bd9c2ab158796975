"""The JSON API's response models (so ``/openapi.json`` documents every answer)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from eventwire.schema import Event, Quote

Frequency = Literal["day", "week", "month"]


class StoredEvent(Event):
    """An event of the document schema, with the id of the article it was coded from."""

    article_id: str


class StoredQuote(Quote):
    """A quote of the document schema, with the id of the article it was found in."""

    article_id: str


class EventsPage(BaseModel):
    """One page of events matching the filters, and how many match in all."""

    total: int = Field(description="Events matching the filters, over all pages.")
    limit: int
    offset: int
    events: list[StoredEvent]


class QuotesPage(BaseModel):
    """One page of quotes matching the filters, and how many match in all."""

    total: int = Field(description="Quotes matching the filters, over all pages.")
    limit: int
    offset: int
    quotes: list[StoredQuote]


class DyadTotal(BaseModel):
    """A dyad's asserted, actual events over all time, by PLOVER quad class."""

    dyad: str = Field(description="Two codes in alphabetical order, e.g. RUS-UKR.")
    events: int
    q1: int = Field(description="Verbal cooperation.")
    q2: int = Field(description="Material cooperation.")
    q3: int = Field(description="Verbal conflict.")
    q4: int = Field(description="Material conflict.")
    first_month: str
    last_month: str


class SignalPoint(BaseModel):
    """One dyad-period of :func:`eventwire.signals.series`."""

    dyad: str
    period: str = Field(description="First day of the period, YYYY-MM-DD.")
    events: int
    a_to_b: int
    b_to_a: int
    q1: int
    q2: int
    q3: int
    q4: int
    goldstein_sum: float | None
    goldstein_mean: float | None
    plover_sum: float | None
    escalation: float | None = Field(description="Confidence-weighted mean of -Goldstein.")


class SignalAlert(BaseModel):
    """A period in which the dyad departed from its own baseline, with the events behind it."""

    dyad: str
    period: str
    kind: Literal["escalation", "de-escalation"]
    count: int
    baseline_mean: float
    baseline_sd: float
    score: float
    events: list[dict[str, Any]]


class Signals(BaseModel):
    """A dyad's series and alerts at one frequency."""

    dyad: str
    freq: Frequency
    series: list[SignalPoint]
    alerts: list[SignalAlert]
