"""Score event coding on the PETRARCH-2 gold standard records (``PETR2_GSR_validation.xml``).

The gold file (openeventdata/UniversalPetrarch, MIT) holds 78 ``<Sentence>`` blocks, each with
``<EventCoding eventcode="042" sourcecode="USAGOV" targetcode="CHE"/>`` lines (or
``noevents="True"``), a ``<Text>`` and a CoNLL-U ``<Parse>``. It is not well-formed XML (most
``<Sentence .../>`` tags self-close and are then closed again), so it is read with patterns.

Codes are compared as **CAMEO root** (the first two digits of ``eventcode``) and **country key**:
the first three letters of a PETRARCH actor code (``USAGOV`` → ``USA``, ``IGOUNO`` → ``IGO``,
``IMGMUSISI`` → ``IMG``), with ``IGO``/``NGO`` turned into the class key ``ORG`` like eventwire's
organisations (see :mod:`eventwire.evaluate.metrics`). ``---`` (an actor with no country) is
**unknown** and matches any system actor.

Every sentence becomes one article (id = the sentence id, published = its date when that is a
``YYYYMMDD`` date). Each asserted system event becomes codings ``(root, source, target)``: root =
the first two digits of ``event.cameo`` (None when the coder set no CAMEO code, so it never
matches), one coding per actor × recipient pair; a reciprocal event (no recipient, several actors)
gives every ordered pair of its actors, as PETRARCH codes A→B and B→A. Duplicate codings of a
sentence count once, on both sides.
Metrics:

* ``precision``/``recall``/``f1``: a system coding matches a gold coding of the same sentence when
  root, source and target all match (greedy one-to-one, in gold order).
* ``root_precision``/``root_recall``/``root_f1``: the same on root alone; each gold coding is paired
  with the unused system coding of its root that agrees on the most actors.
* ``source_accuracy``/``target_accuracy``: among those root-matched pairs, the share whose source
  (target) matches.
* ``no_event_accuracy``: share of ``noevents`` sentences where the system coded nothing.

``per_type`` scores each CAMEO root on the root-only pairing.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass
from itertools import permutations
from pathlib import Path

from eventwire.errors import EvalError
from eventwire.evaluate.metrics import (
    ORG,
    Coder,
    EvalReport,
    check_documents,
    country_key,
    f1,
    label_scores,
    ratio,
)
from eventwire.schema import Article, Document

FILENAME = "PETR2_GSR_validation.xml"
UNKNOWN = "---"

_COMMENT_RE = re.compile(r"<!--.*?-->", re.S)
_SENTENCE_RE = re.compile(r"<Sentence\b([^>]*?)/?>(.*?)</Sentence>", re.S)
_CODING_RE = re.compile(r"<EventCoding\b([^>]*?)/?>")
_TEXT_RE = re.compile(r"<Text>(.*?)</Text>", re.S)
_PARSE_RE = re.compile(r"<Parse>(.*?)</Parse>", re.S)
_ATTR_RE = re.compile(r'(\w+)="([^"]*)"')
_DATE_RE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_EVENTCODE_RE = re.compile(r"^\d{3,4}$")

Coding = tuple[str | None, str | None, str | None]
"""``(root, source key, target key)``; None is unknown (gold) or uncoded (system)."""


@dataclass(frozen=True, slots=True)
class PetrarchCoding:
    """One gold event coding: the CAMEO code and the PETRARCH source and target codes."""

    eventcode: str
    sourcecode: str
    targetcode: str

    @property
    def root(self) -> str:
        """The CAMEO root: the first two digits of the event code."""
        return self.eventcode[:2]

    @property
    def key(self) -> Coding:
        """The coding as compared: root and the two country keys."""
        return (self.root, gold_key(self.sourcecode), gold_key(self.targetcode))


@dataclass(frozen=True, slots=True)
class PetrarchItem:
    """One gold sentence with its codings (none for a ``noevents`` sentence)."""

    id: str
    text: str
    published: str | None
    category: str
    codings: tuple[PetrarchCoding, ...]


def gold_key(code: str) -> str | None:
    """Return the country key of a PETRARCH actor code; None for an unknown (``---``) country."""
    prefix = code.strip().upper()[:3]
    if not prefix or prefix == UNKNOWN:
        return None
    return ORG if prefix in ("IGO", "NGO") else prefix


def load_petrarch_gsr(path: Path) -> list[PetrarchItem]:
    """Read the PETRARCH-2 GSR file (or the folder holding it).

    Raises:
        EvalError: the file is missing, holds no sentence, or a sentence lacks its id, text or a
            well-formed coding.
    """
    file = path / FILENAME if path.is_dir() else path
    try:
        raw = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise EvalError(f"{file}: cannot read the PETRARCH gold file: {err}") from err
    blocks = _SENTENCE_RE.findall(_COMMENT_RE.sub("", raw))
    if not blocks:
        raise EvalError(f"{file}: no <Sentence> records found; expected a PETRARCH validation file")
    items = [_item(attrs, body, file) for attrs, body in blocks]
    return [item for item in items if item is not None]


def evaluate_petrarch(path: Path, code: Coder) -> EvalReport:
    """Code every gold sentence with ``code`` and score the codings (see the module docstring).

    Args:
        path: the gold file or its folder.
        code: the event coder under test.

    Raises:
        EvalError: the gold file cannot be read, or the coder broke the one-document-per-article
            contract.
    """
    items = load_petrarch_gsr(path)
    articles = [Article(id=item.id, published=item.published, text=item.text) for item in items]
    documents = code(articles)
    check_documents(articles, documents)
    tally: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    gold: Counter[str] = Counter()
    for item, document in zip(items, documents, strict=True):
        system = system_codings(document)
        golds = list(dict.fromkeys(coding.key for coding in item.codings))
        if not golds:
            tally["empty"] += 1
            tally["empty_right"] += not system
        tally["gold"] += len(golds)
        tally["system"] += len(system)
        tally["full"] += len(_full_matches(golds, system))
        pairs = _root_pairs(golds, system)
        tally["root"] += len(pairs)
        tally["source"] += sum(_same(g[1], s[1]) for g, s in pairs)
        tally["target"] += sum(_same(g[2], s[2]) for g, s in pairs)
        gold.update(g[0] or "none" for g in golds)
        predicted.update(s[0] or "none" for s in system)
        correct.update(g[0] or "none" for g, _ in pairs)
    return _report(len(items), tally, label_scores(correct, predicted, gold))


def system_codings(document: Document) -> list[Coding]:
    """Return the distinct ``(root, source, target)`` codings of a document's asserted events."""
    codings: list[Coding] = []
    for event in document.events:
        if event.polarity != "asserted":
            continue
        root = event.cameo[:2] if event.cameo and len(event.cameo) >= 2 else None
        actors = [country_key(actor) for actor in event.actor] or [None]
        recipients = [country_key(actor) for actor in event.recipient]
        if recipients:
            pairs = [(a, r) for a in actors for r in recipients]
        elif len(actors) > 1:
            pairs = list(permutations(actors, 2))
        else:
            pairs = [(actors[0], None)]
        for source, target in pairs:
            if (root, source, target) not in codings:
                codings.append((root, source, target))
    return codings


def _report(n_items: int, tally: Counter[str], per_type: dict[str, dict[str, float]]) -> EvalReport:
    precision = ratio(tally["full"], tally["system"])
    recall = ratio(tally["full"], tally["gold"])
    root_precision = ratio(tally["root"], tally["system"])
    root_recall = ratio(tally["root"], tally["gold"])
    metrics = {
        "precision": precision,
        "recall": recall,
        "f1": f1(precision, recall),
        "root_precision": root_precision,
        "root_recall": root_recall,
        "root_f1": f1(root_precision, root_recall),
        "source_accuracy": ratio(tally["source"], tally["root"]),
        "target_accuracy": ratio(tally["target"], tally["root"]),
        "no_event_accuracy": ratio(tally["empty_right"], tally["empty"]),
    }
    return EvalReport("petrarch", n_items, metrics, per_type)


def _same(gold: str | None, system: str | None) -> bool:
    """Return True when a system key agrees with a gold key (gold None is unknown: anything)."""
    return gold is None or gold == system


def _full_matches(golds: list[Coding], system: list[Coding]) -> list[tuple[Coding, Coding]]:
    """Pair gold and system codings one-to-one on root, source and target (greedy, gold order)."""
    free = list(system)
    pairs = []
    for g in golds:
        for s in free:
            if g[0] == s[0] and _same(g[1], s[1]) and _same(g[2], s[2]):
                pairs.append((g, s))
                free.remove(s)
                break
    return pairs


def _root_pairs(golds: list[Coding], system: list[Coding]) -> list[tuple[Coding, Coding]]:
    """Pair each gold coding with the free system coding of its root agreeing on most actors."""
    free = list(system)
    pairs = []
    for g in golds:
        same_root = [s for s in free if s[0] == g[0]]
        if not same_root:
            continue
        best = max(same_root, key=lambda s: _same(g[1], s[1]) + _same(g[2], s[2]))
        pairs.append((g, best))
        free.remove(best)
    return pairs


def _item(attrs: str, body: str, file: Path) -> PetrarchItem | None:
    """Build one gold item from a sentence block; None when marked ``evaluate="false"``."""
    fields = dict(_ATTR_RE.findall(attrs))
    ident = fields.get("id", "")
    if not ident:
        raise EvalError(f"{file}: a <Sentence> has no id attribute")
    if fields.get("evaluate", "true").lower() == "false":
        return None
    found = _TEXT_RE.search(body)
    text = " ".join(html.unescape(found.group(1)).split()) if found else ""
    if not text:  # one record has an empty <Text>: rebuild it from the parse's word forms
        parse = _PARSE_RE.search(body)
        text = _parse_text(parse.group(1)) if parse else ""
    if not text:
        raise EvalError(f"{file}: sentence {ident} has no <Text> and no <Parse> to rebuild it from")
    codings = []
    for coding in _CODING_RE.findall(body):
        values = dict(_ATTR_RE.findall(coding))
        if values.get("noevents", "").lower() == "true":
            continue
        eventcode = values.get("eventcode", "")
        if not _EVENTCODE_RE.match(eventcode) or "sourcecode" not in values:
            raise EvalError(
                f"{file}: sentence {ident} has a bad <EventCoding {coding.strip()}>; expected "
                'eventcode="NNN", sourcecode and targetcode, or noevents="True"'
            )
        codings.append(
            PetrarchCoding(eventcode, values["sourcecode"], values.get("targetcode", ""))
        )
    date = _DATE_RE.match(fields.get("date", ""))
    return PetrarchItem(
        id=ident,
        text=text,
        published="-".join(date.groups()) if date else None,
        category=fields.get("category", ""),
        codings=tuple(codings),
    )


def _parse_text(conllu: str) -> str:
    """Return the sentence written by a CoNLL-U parse (word forms, honouring ``SpaceAfter=No``)."""
    pieces = []
    for line in conllu.splitlines():
        columns = line.split("\t")
        if len(columns) < 10 or not columns[0].isdigit():
            continue
        pieces.append(columns[1] + ("" if "SpaceAfter=No" in columns[9] else " "))
    return "".join(pieces).strip()
