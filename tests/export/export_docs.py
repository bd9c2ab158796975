"""Hand-built documents whose dates, titles and parties exercise the exports."""

from __future__ import annotations

from pathlib import Path

from eventwire.schema import (
    ActorMention,
    Article,
    Coder,
    Document,
    Event,
    Evidence,
    Place,
    PlaceRef,
    Quantity,
    Quote,
)
from eventwire.store.db import Database

NASTY_TITLE = 'Talks <script>alert("x")</script>, "frank", and\nlong; tab\there'
NASTY_TEXT = (
    "Russia, said officials, <script>alert('x')</script> \"threatened\" Ukraine on Monday.\n\n"
    "Second, paragraph: Ukraine rejected it."
)
PLAIN_TEXT = (
    "Joe Biden met Vladimir Putin in Geneva on Wednesday.\n\n"
    'Biden did not threaten Russia. "We will talk again," Biden said.'
)


def _span(fragment: str, text: str) -> list[int]:
    start = text.index(fragment)
    return [start, start + len(fragment)]


def _mention(surface: str, code: str | None, text: str, name: str | None = None) -> ActorMention:
    return ActorMention(
        text=surface,
        name=name,
        code=code,
        sector="GOV" if code else None,
        role="head of state",
        span=_span(surface, text),
    )


def _event(
    event_id: str,
    text: str,
    sentence: str,
    trigger: str,
    *,
    type: str,
    actors: list[tuple[str, str | None]],
    recipients: list[tuple[str, str | None]],
    date: str | None,
    **fields: object,
) -> Event:
    return Event.model_validate(
        {
            "id": event_id,
            "type": type,
            "actor": [_mention(s, c, text, name=s) for s, c in actors],
            "recipient": [_mention(s, c, text) for s, c in recipients],
            "date": date,
            "date_basis": "text" if date else None,
            "evidence": Evidence(
                sentence=sentence,
                span=_span(sentence, text),
                trigger=trigger,
                trigger_span=_span(trigger, text),
            ),
            **fields,
        }
    )


def documents() -> list[Document]:
    """Four articles whose dates exercise every branch of --since/--until.

    - ``a1`` published 2022-02-10: an event dated 2022-02-09 (a located, full one) and an
      undated one (so dated by publication, 2022-02-10); a negated one dated 2022-02-10.
    - ``a2`` published 2022-02-12 with a hostile title: an event dated 2022-02-14.
    - ``a3`` unpublished: an event dated 2022-02-11 and one with no date at all.
    - ``a4`` published 2022-02-13: no events, a quote and a quantity.
    """
    met = PLAIN_TEXT.split("\n\n")[0]
    negated = "Biden did not threaten Russia."
    threat = NASTY_TEXT.split("\n\n")[0]
    rejected = NASTY_TEXT.split("\n\n")[1]
    coder = Coder(version="0.1.0", config="sha256:test")
    geneva = PlaceRef(
        text="Geneva",
        name="Geneva",
        geonameid=2660646,
        country="CHE",
        lat=46.2,
        lon=6.15,
        span=_span("Geneva", PLAIN_TEXT),
    )
    a1 = Document(
        coder=coder,
        article=Article(
            id="a1",
            title="Biden and Putin meet",
            outlet="Wire",
            url="https://example.org/a1",
            published="2022-02-10",
            text=PLAIN_TEXT,
        ),
        events=[
            _event(
                "e1",
                PLAIN_TEXT,
                met,
                "met",
                type="CONSULT",
                date="2022-02-09",
                actors=[("Joe Biden", "USA"), ("Vladimir Putin", "RUS")],
                recipients=[],
                mode="third-party",
                context=["diplomatic"],
                location=geneva,
                cameo="044",
                goldstein=1.0,
                plover_score=1.0,
                quad=1,
                confidence=0.9,
            ),
            _event(
                "e2",
                PLAIN_TEXT,
                met,
                "Geneva",
                type="CONSULT",
                date=None,
                actors=[("Joe Biden", "USA")],
                recipients=[("Vladimir Putin", "RUS")],
            ),
            _event(
                "e3",
                PLAIN_TEXT,
                negated,
                "threaten",
                type="THREATEN",
                date="2022-02-10",
                actors=[("Biden", "USA")],
                recipients=[("Russia", "RUS")],
                polarity="negated",
            ),
        ],
        quotes=[
            Quote(
                speaker=_mention("Biden", "USA", PLAIN_TEXT),
                cue="said",
                text="We will talk again,",
                kind="direct",
                span=_span("We will talk again,", PLAIN_TEXT),
            )
        ],
        places=[
            Place(
                text="Geneva",
                name="Geneva",
                geonameid=2660646,
                country="CHE",
                lat=46.2,
                lon=6.15,
                spans=[_span("Geneva", PLAIN_TEXT)],
            )
        ],
    )
    a2 = Document(
        coder=coder,
        article=Article(
            id="a2", title=NASTY_TITLE, outlet='The "Daily", Ltd', published="2022-02-12",
            text=NASTY_TEXT,
        ),
        events=[
            _event(
                "e1", NASTY_TEXT, threat, "threatened", type="THREATEN", date="2022-02-14",
                actors=[("Russia", "RUS")], recipients=[("Ukraine", "UKR")], cameo="130",
                goldstein=-4.4, quad=3,
            )
        ],
        warnings=['odd "quote", here'],
    )  # fmt: skip
    a3 = Document(
        coder=coder,
        article=Article(id="a3", title="Undated", text=NASTY_TEXT),
        events=[
            _event(
                "e1", NASTY_TEXT, rejected, "rejected", type="REJECT", date="2022-02-11",
                actors=[("Ukraine", "UKR")], recipients=[],
            ),
            _event(
                "e2", NASTY_TEXT, threat, "threatened", type="THREATEN", date=None,
                actors=[("Russia", None)], recipients=[("Ukraine", "UKR")],
            ),
        ],
    )  # fmt: skip
    a4 = Document(
        coder=coder,
        article=Article(id="a4", title="Figures", published="2022-02-13", text=PLAIN_TEXT),
        quotes=[Quote(text="We will talk again,", kind="direct", span=[0, 5])],
        quantities=[Quantity(value=3, unit="people", text="three people", span=[0, 5])],
    )
    return [a1, a2, a3, a4]


def build(path: Path, docs: list[Document]) -> Path:
    """Write ``docs`` into a new database at ``path``."""
    with Database(path) as db:
        run_id = db.start_run(
            coder_version="0.1.0", config_hash="sha256:test", command="test", config_json="{}"
        )
        db.write_documents(docs, run_id=run_id)
        db.finish_run(run_id, articles_new=len(docs), articles_skipped=0, failures=0)
    return path
