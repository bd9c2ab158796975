"""The pydantic models that cross stage boundaries, and the document every article becomes.

The document is the interface contract (``eventwire.document/1``): ``Document.model_dump()`` gives
exactly the JSON printed by ``eventwire extract --format json``. Spans are ``[start, end)``
character offsets into ``Article.text``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "eventwire.document/1"

Span = Annotated[list[int], Field(min_length=2, max_length=2)]
"""A ``[start, end)`` character offset pair into the article text."""

IsoDate = Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$")]

EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]  # fmt: skip
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]

Polarity = Literal["asserted", "negated"]
Status = Literal["actual", "future", "hypothetical", "historical"]
QuoteKind = Literal["direct", "indirect", "mixed"]


class _Model(BaseModel):
    model_config = ConfigDict(
        extra="forbid", serialize_by_alias=True, validate_by_name=True, validate_by_alias=True
    )


class Article(_Model):
    """One news article, cleaned: ``text`` is what every span points into."""

    id: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: IsoDate | None = None
    language: str = "en"
    text: str


class ActorMention(_Model):
    """An actor as written in the text and as resolved against the actor lexicon."""

    text: str
    name: str | None = None
    code: str | None = None
    sector: str | None = None
    role: str | None = None
    span: Span


class PlaceRef(_Model):
    """A place resolved to GeoNames (or to the project's own list of regions and seas)."""

    text: str
    name: str
    geonameid: int | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    span: Span


class Evidence(_Model):
    """Where an event was read: the sentence and the trigger, with exact spans."""

    sentence: str
    span: Span
    trigger: str
    trigger_span: Span


class Event(_Model):
    """One coded PLOVER event."""

    id: str
    type: EventType
    mode: str | None = None
    context: list[str] = Field(default_factory=list)
    actor: list[ActorMention] = Field(default_factory=list)
    recipient: list[ActorMention] = Field(default_factory=list)
    polarity: Polarity = "asserted"
    status: Status = "actual"
    attributed_to: ActorMention | None = None
    date: IsoDate | None = None
    date_text: str | None = None
    date_basis: Literal["text", "published"] | None = None
    location: PlaceRef | None = None
    evidence: Evidence
    cameo: str | None = None
    goldstein: float | None = None
    plover_score: float | None = None
    quad: int | None = None
    confidence: float = 0.5


class Quote(_Model):
    """Who said what: a direct, indirect or mixed quotation with its speaker."""

    speaker: ActorMention | None = None
    cue: str | None = None
    text: str
    kind: QuoteKind
    span: Span
    speaker_span: Span | None = None


class Quantity(_Model):
    """A reported figure: money (value + ISO 4217 currency) or a count of something, with the id
    of the event it sizes (the loan's AID, the troops' MOBILIZE, the strike's ASSAULT) or None.
    ``counts`` is what a count counts ("Russian troops"); for money it is None but for a rate,
    where it says what the sum is per ("per barrel" for "$3 a barrel"). A range ("between 2,000 and
    3,000 troops", "$5bn-$7bn") has its low end as ``value``, its high end as ``high`` and
    ``approx`` "between"; ``high`` is None for a single figure."""

    value: float
    high: float | None = None
    unit: str
    currency: str | None = None
    approx: str | None = None
    counts: str | None = None
    text: str
    span: Span
    event: str | None = None


class Place(_Model):
    """A place named in the article, geocoded, with every span where it is named."""

    text: str
    name: str
    geonameid: int | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    spans: list[Span]


class Coder(_Model):
    """The coder that produced a document: its version and a hash of its configuration."""

    version: str
    config: str


class Document(_Model):
    """Everything eventwire read in one article (schema ``eventwire.document/1``)."""

    schema_: str = Field(default=SCHEMA_VERSION, alias="schema")
    coder: Coder
    article: Article
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
