"""Event evaluation (PLOVER GSR, PETRARCH-2 GSR) on tiny gold files written for these tests."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from eventwire.errors import EvalError
from eventwire.evaluate.metrics import EvalReport, check_floor, country_key
from eventwire.evaluate.petrarch import evaluate_petrarch, gold_key, load_petrarch_gsr
from eventwire.evaluate.plover import evaluate_plover, load_plover_gsr
from eventwire.schema import ActorMention, Article, Coder, Document, Event, Evidence

Fake = Callable[[Sequence[Article]], list[Document]]
Actor = str | tuple[str | None, str]  # a code, or (code, sector)

# --- tiny gold files ---------------------------------------------------------------------------

PLOVER_RECORDS = [
    {"id": "T-DOCUMENT-0001", "event": "DOCUMENT", "eventText": "documentation record"},
    {
        "id": "T-AGREE-0001",
        "text": "Kenyan and Ugandan ministers agreed on Tuesday to reopen the border crossing.",
        "event": "AGREE",
        "source": [{"actorText": "Kenyan", "code": "KEN"}, {"actorText": "Ugandan", "code": "UGA"}],
        "target": "",
    },
    {
        "id": "T-DEMAND-0001",
        "text": "The United Nations demanded that Sudan open its airports to relief flights.",
        "event": "DEMAND",
        "source": [{"actorText": "United Nations", "code": "IGO"}],
        "target": [{"actorText": "Sudan", "code": "SDN"}],
    },
    {
        "id": "T-THREATEN-0001",
        "text": "Japan threatened on Monday to recall its envoy from Pyongyang.",
        "event": "THREATEN",
        "source": [{"actorText": "Japan", "code": "JAP"}],
        "target": [{"actorText": "Pyongyang", "code": "PRK"}],
    },
    {
        "id": "T-FIGHT-0001",
        "text": "Rebels shelled an army barracks outside Goma, killing four soldiers.",
        "event": "FIGHT",
        "source": [{"actorText": "Rebels", "code": "COD", "sector": "REB"}],
        "target": [{"actorText": "army", "code": "COD", "sector": "MIL"}],
    },
]

PETRARCH_XML = """<?xml version='1.0' encoding='utf-8'?>
<Validation>
# a header with <EventCoding...> in prose, as in the real file
<Sentences>
<Sentence category="TEST" date="20210309" id="S1" evaluate="true"/>
<EventCoding eventcode="042" sourcecode="IRQGOV" targetcode="TUR" />
<Text>
The Iraqi prime minister visited Ankara on
Tuesday.
</Text>
<Parse>
</Parse></Sentence>
<Sentence category="TEST" date="20210310" id="S2" evaluate="true"/>
<!-- <EventCoding eventcode="200" sourcecode="XXX" targetcode="YYY" /> -->
<EventCoding eventcode="112" sourcecode="USAGOV" targetcode="IGOUNO" />
<EventCoding eventcode="0841" sourcecode="RUSGOV" targetcode="---CVL" />
<Text>
Washington accused the United Nations of bias as Russia freed three aid workers.
</Text>
</Sentence>
<Sentence category="TEST" date="2021" id="S3" evaluate="true">
<EventCoding noevents="True" />
<Text>
Heavy rain fell across the region on Sunday.
</Text>
</Sentence>
<Sentence category="TEST" date="20210312" id="S4" evaluate="true"/>
<EventCoding eventcode="190" sourcecode="---REB" targetcode="NGAMIL" />
<EventCoding eventcode="190" sourcecode="---REB" targetcode="NGA" />
<Text>
</Text>
<Parse>
1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_
3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_
4\tconvoy\tconvoy\tNOUN\tNN\t_\t2\tobj\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_
</Parse></Sentence>
</Sentences>
</Validation>
"""


@pytest.fixture
def plover_file(tmp_path: Path) -> Path:
    path = tmp_path / "PLOVER_GSR_CAMEO.txt"
    path.write_text(json.dumps(PLOVER_RECORDS), encoding="utf-8")
    return path


@pytest.fixture
def petrarch_file(tmp_path: Path) -> Path:
    path = tmp_path / "PETR2_GSR_validation.xml"
    path.write_text(PETRARCH_XML, encoding="utf-8")
    return path


# --- fake coders -------------------------------------------------------------------------------


def _mention(actor: Actor | None) -> ActorMention:
    code, sector = (actor, None) if actor is None or isinstance(actor, str) else actor
    return ActorMention(text=code or "someone", code=code, sector=sector, span=[0, 1])


def _event(
    kind: str,
    actors: Sequence[Actor | None] = (),
    recipients: Sequence[Actor | None] = (),
    *,
    cameo: str | None = None,
    confidence: float = 0.5,
    polarity: str = "asserted",
) -> Event:
    return Event.model_validate(
        {
            "id": f"{kind}-{cameo}",
            "type": kind,
            "actor": [_mention(a) for a in actors],
            "recipient": [_mention(r) for r in recipients],
            "polarity": polarity,
            "cameo": cameo,
            "confidence": confidence,
            "evidence": Evidence(sentence="x", span=[0, 1], trigger="x", trigger_span=[0, 1]),
        }
    )


def _coder(answers: dict[str, list[Event]]) -> Fake:
    def code(articles: Sequence[Article]) -> list[Document]:
        return [
            Document(
                coder=Coder(version="test", config="sha256:0"),
                article=article,
                events=answers.get(article.id, []),
            )
            for article in articles
        ]

    return code


PLOVER_PERFECT = {
    "T-AGREE-0001": [_event("AGREE", ["KEN", "UGA"])],
    "T-DEMAND-0001": [_event("REQUEST", [("UN", "IGO")], ["SDN"])],
    "T-THREATEN-0001": [_event("THREATEN", ["JPN"], ["PRK"])],
    "T-FIGHT-0001": [_event("ASSAULT", [("COD", "REB")], [("COD", "MIL")])],
}
PLOVER_MIXED = {
    "T-AGREE-0001": [_event("AGREE", ["KEN"])],
    "T-DEMAND-0001": [
        _event("CONSULT", ["UN"], ["SDN"], confidence=0.9),
        _event("REQUEST", ["UN"], ["SDN"], confidence=0.5),
    ],
    "T-THREATEN-0001": [_event("THREATEN", ["JPN"], ["PRK"], polarity="negated", confidence=0.9)],
    "T-FIGHT-0001": [_event("ASSAULT", ["COD"])],
}
PETRARCH_PERFECT = {
    "S1": [_event("CONSULT", ["IRQ"], ["TUR"], cameo="042")],
    "S2": [
        _event("ACCUSE", ["USA"], ["UN"], cameo="112"),
        _event("RETREAT", ["RUS"], [None], cameo="0841"),
    ],
    "S4": [_event("ASSAULT", [None], ["NGA"], cameo="190")],
}
PETRARCH_MIXED = {
    "S1": [_event("CONSULT", ["TUR"], ["IRQ"], cameo="043")],
    "S2": [_event("ACCUSE", ["USA"], ["UN"], cameo="112"), _event("RETREAT", ["RUS"])],
    "S3": [_event("CONSULT", ["GBR"], cameo="010")],
    "S4": [_event("ASSAULT", ["NGA", "CMR"], cameo="190")],
}

# --- PLOVER ------------------------------------------------------------------------------------


def test_plover_loader_maps_old_types_and_codes(plover_file: Path) -> None:
    items = load_plover_gsr(plover_file)
    assert [(i.id, i.type, set(i.source), set(i.target)) for i in items] == [
        ("T-AGREE-0001", "AGREE", {"KEN", "UGA"}, set()),
        ("T-DEMAND-0001", "REQUEST", {"ORG"}, {"SDN"}),
        ("T-THREATEN-0001", "THREATEN", {"JPN"}, {"PRK"}),
        ("T-FIGHT-0001", "ASSAULT", {"COD"}, {"COD"}),
    ]


def test_plover_loader_accepts_the_folder(plover_file: Path) -> None:
    assert len(load_plover_gsr(plover_file.parent)) == 4


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "not JSON"),
        ('{"id": "x"}', "JSON array"),
        ('[{"id": "x", "text": "Words.", "event": "GOSSIP"}]', "unknown event type"),
        ('[{"id": "x", "event": "AGREE"}]', "missing 'text'"),
        ("[]", "no PLOVER gold records"),
    ],
)
def test_plover_loader_rejects_malformed_gold(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "gold.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvalError, match=message):
        load_plover_gsr(path)


def test_plover_loader_reports_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="cannot read"):
        load_plover_gsr(tmp_path / "absent.txt")


def test_plover_perfect_coder_scores_one(plover_file: Path) -> None:
    report = evaluate_plover(plover_file, _coder(PLOVER_PERFECT))
    assert report.n_items == 4
    assert report.metrics == {name: 1.0 for name in report.metrics}


def test_plover_empty_coder_scores_zero(plover_file: Path) -> None:
    report = evaluate_plover(plover_file, _coder({}))
    assert report.metrics == {name: 0.0 for name in report.metrics}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("type_accuracy", 0.5),
        ("micro_precision", 2 / 3),
        ("micro_recall", 0.5),
        ("micro_f1", 4 / 7),
        ("macro_f1", 0.4),
        ("type_recall_any", 0.75),
        ("coverage", 0.75),
        ("actor_accuracy", 0.75),
        ("actor_accuracy_strict", 0.5),
        ("actor_accuracy_when_type_right", 1.0),
        ("actor_accuracy_strict_when_type_right", 0.5),
        ("recipient_accuracy", 1 / 3),
        ("recipient_accuracy_strict", 1 / 3),
        ("recipient_accuracy_when_type_right", 0.0),
        ("recipient_accuracy_strict_when_type_right", 0.0),
    ],
)
def test_plover_mixed_coder_metrics(plover_file: Path, name: str, expected: float) -> None:
    report = evaluate_plover(plover_file, _coder(PLOVER_MIXED))
    assert report.metrics[name] == pytest.approx(expected)


def test_plover_mixed_coder_per_type(plover_file: Path) -> None:
    per_type = evaluate_plover(plover_file, _coder(PLOVER_MIXED)).per_type
    assert {
        label: (s["precision"], s["recall"], s["support"]) for label, s in per_type.items()
    } == {
        "AGREE": (1.0, 1.0, 1.0),
        "ASSAULT": (1.0, 1.0, 1.0),
        "CONSULT": (0.0, 0.0, 0.0),
        "REQUEST": (0.0, 0.0, 1.0),
        "THREATEN": (0.0, 0.0, 1.0),
    }


def test_evaluation_rejects_a_coder_that_drops_documents(plover_file: Path) -> None:
    def short(articles: Sequence[Article]) -> list[Document]:
        return _coder({})(articles)[:-1]

    with pytest.raises(EvalError, match="3 documents for 4 articles"):
        evaluate_plover(plover_file, short)


# --- PETRARCH ----------------------------------------------------------------------------------


def test_petrarch_loader_reads_the_quirky_file(petrarch_file: Path) -> None:
    items = load_petrarch_gsr(petrarch_file.parent)
    assert [(i.id, i.published, len(i.codings)) for i in items] == [
        ("S1", "2021-03-09", 1),
        ("S2", "2021-03-10", 2),
        ("S3", None, 0),
        ("S4", "2021-03-12", 2),
    ]


@pytest.mark.parametrize(
    ("index", "text"),
    [
        (0, "The Iraqi prime minister visited Ankara on Tuesday."),
        (3, "Rebels attacked a convoy."),
    ],
)
def test_petrarch_loader_text(petrarch_file: Path, index: int, text: str) -> None:
    assert load_petrarch_gsr(petrarch_file)[index].text == text


@pytest.mark.parametrize(
    ("code", "key"),
    [
        ("USAGOV", "USA"),
        ("IGOUNO", "ORG"),
        ("NGOAMN", "ORG"),
        ("IMGMUSISI", "IMG"),
        ("---REB", None),
    ],
)
def test_petrarch_gold_key(code: str, key: str | None) -> None:
    assert gold_key(code) == key


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("<Validation></Validation>", "no <Sentence>"),
        (
            '<Sentence id="A"/><EventCoding eventcode="x" sourcecode="USA" />'
            "<Text>Words.</Text></Sentence>",
            "bad <EventCoding",
        ),
        ('<Sentence id="A"/><Text> </Text></Sentence>', "has no <Text>"),
    ],
)
def test_petrarch_loader_rejects_malformed_gold(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "gold.xml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvalError, match=message):
        load_petrarch_gsr(path)


def test_petrarch_perfect_coder_scores_one(petrarch_file: Path) -> None:
    report = evaluate_petrarch(petrarch_file, _coder(PETRARCH_PERFECT))
    assert report.metrics == {name: 1.0 for name in report.metrics}


def test_petrarch_empty_coder_scores_zero_but_keeps_quiet_sentences(petrarch_file: Path) -> None:
    metrics = evaluate_petrarch(petrarch_file, _coder({})).metrics
    assert metrics.pop("no_event_accuracy") == 1.0
    assert metrics == {name: 0.0 for name in metrics}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("precision", 1 / 3),
        ("recall", 0.5),
        ("f1", 0.4),
        ("root_precision", 0.5),
        ("root_recall", 0.75),
        ("root_f1", 0.6),
        ("source_accuracy", 2 / 3),
        ("target_accuracy", 2 / 3),
        ("no_event_accuracy", 0.0),
    ],
)
def test_petrarch_mixed_coder_metrics(petrarch_file: Path, name: str, expected: float) -> None:
    report = evaluate_petrarch(petrarch_file, _coder(PETRARCH_MIXED))
    assert report.metrics[name] == pytest.approx(expected)


def test_petrarch_mixed_coder_per_root(petrarch_file: Path) -> None:
    per_type = evaluate_petrarch(petrarch_file, _coder(PETRARCH_MIXED)).per_type
    assert {label: (s["precision"], s["recall"]) for label, s in per_type.items()} == {
        "01": (0.0, 0.0),
        "04": (1.0, 1.0),
        "08": (0.0, 0.0),
        "11": (1.0, 1.0),
        "19": (0.5, 1.0),
        "none": (0.0, 0.0),
    }


# --- shared pieces -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "sector", "key"),
    [
        ("USA", "GOV", "USA"),
        ("UN", None, "ORG"),
        ("ICRC", None, "ORG"),
        ("HAMAS", "REB", "PSE"),
        ("AQ", "REB", "IMG"),
        ("XYZORG", "IGO", "ORG"),
        ("FOO", None, "FOO"),
        (None, "MIL", None),
    ],
)
def test_country_key(code: str | None, sector: str | None, key: str | None) -> None:
    actor = ActorMention(text="someone", code=code, sector=sector, span=[0, 1])
    assert country_key(actor) == key


REPORT = EvalReport(
    "plover",
    4,
    {"type_accuracy": 0.5, "actor_accuracy": 0.75},
    {"AGREE": {"precision": 1.0, "recall": 0.5, "f1": 2 / 3, "support": 2.0}},
)


@pytest.mark.parametrize(
    ("floors", "failures"),
    [
        ({"type_accuracy": 0.5, "actor_accuracy": 0.7}, []),
        ({"type_accuracy": 0.6}, ["plover: type_accuracy 0.500 is below the floor 0.600"]),
        ({"micro_f1": 0.1}, ["plover: metric 'micro_f1' is missing (floor 0.100)"]),
    ],
)
def test_check_floor(floors: dict[str, float], failures: list[str]) -> None:
    assert check_floor(REPORT, floors) == failures


def test_report_rows_give_a_header_and_one_row_per_type() -> None:
    assert REPORT.rows() == [
        ("type", "precision", "recall", "f1", "support"),
        ("AGREE", "1.000", "0.500", "0.667", "2"),
    ]


def test_report_to_json_round_trips() -> None:
    data = json.loads(json.dumps(REPORT.to_json()))
    assert data["suite"] == "plover"
    assert data["per_type"]["AGREE"]["support"] == 2.0
