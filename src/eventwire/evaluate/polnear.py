"""Score quote finding on PolNeAR (Newell, Margolin and Ruths, LREC 2018).

The gold set is PolNeAR repackaged as JSONL: one article per line with ``text`` and
``ann_by_annotator`` (BRAT standoff per annotator). Each attribution relation (``E`` line) ties a
Content span to its Source and Cue. Where an article has several annotators, the first annotator
id in sorted order is used, so no relation is counted twice.

Matching follows the GenderGapTracker convention: a gold quote is found when one system quote
covers at least 30 % of the gold content's whitespace tokens; a system quote is correct when it
covers 30 % of some gold content. Speaker accuracy is the share of found gold quotes (with a gold
source) whose best system quote has a speaker span overlapping the gold source.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.errors import EvalError
from eventwire.facts.quotes import find_quotes, reporting_verbs
from eventwire.schema import Quote

MATCH_SHARE = 0.3
_WORD_RE = re.compile(r"\S+")
_QUOTE_CHARS = frozenset('"“”')

CharSpans = list[tuple[int, int]]


@dataclass(frozen=True, slots=True)
class GoldQuote:
    """One PolNeAR attribution: its content, source and cue pieces (empty when none)."""

    content: CharSpans
    source: CharSpans
    cue: CharSpans


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """One article's text and its gold attributions."""

    name: str
    text: str
    quotes: list[GoldQuote]


def read_polnear(path: Path, *, limit: int | None = None) -> Iterator[GoldArticle]:
    """Yield the articles of a PolNeAR JSONL split with the first annotator's attributions.

    Raises:
        EvalError: the file cannot be read or a line is not a PolNeAR record.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise EvalError(f"{path}: cannot read the PolNeAR file ({error})") from error
    count = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if limit is not None and count >= limit:
            return
        try:
            record = json.loads(line)
            text = record["text"]
            annotations = record["ann_by_annotator"]
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise EvalError(
                f"{path}:{number}: expected a JSON object with 'text' and 'ann_by_annotator'"
            ) from error
        count += 1
        standoff = annotations[sorted(annotations)[0]] if annotations else ""
        yield GoldArticle(str(record.get("filename", number)), text, _parse_brat(standoff))


def _parse_brat(standoff: str) -> list[GoldQuote]:
    """Read the T (span) and E (relation) lines of one BRAT ``.ann`` file."""
    spans: dict[str, CharSpans] = {}
    relations: list[dict[str, str]] = []
    for line in standoff.splitlines():
        fields = line.split("\t")
        if len(fields) < 2:
            continue
        if line.startswith("T"):
            _, _, offsets = fields[1].partition(" ")
            pieces = []
            for piece in offsets.split(";"):
                start, _, end = piece.strip().partition(" ")
                if start.isdigit() and end.isdigit():
                    pieces.append((int(start), int(end)))
            spans[fields[0]] = pieces
        elif line.startswith("E"):
            relations.append(dict(part.split(":", 1) for part in fields[1].split() if ":" in part))
    quotes = []
    for relation in relations:
        content = spans.get(relation.get("Content", ""), [])
        if content:
            source = spans.get(relation.get("Source", ""), [])
            quotes.append(GoldQuote(content, source, spans.get(relation.get("Cue", ""), [])))
    return quotes


class _Words:
    """Whitespace tokens of a text, to turn character spans into sets of token numbers."""

    def __init__(self, text: str) -> None:
        matches = list(_WORD_RE.finditer(text))
        self.starts = [match.start() for match in matches]
        self.ends = [match.end() for match in matches]

    def of(self, spans: CharSpans) -> set[int]:
        """Numbers of the tokens that overlap any of ``spans``."""
        found: set[int] = set()
        for start, end in spans:
            found.update(range(bisect_right(self.ends, start), bisect_left(self.starts, end)))
        return found


def _overlaps(a: CharSpans, b: CharSpans) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def evaluate_polnear(
    path: Path, nlp: Language, *, limit: int | None = None
) -> dict[str, float | int]:
    """Score :func:`eventwire.facts.quotes.find_quotes` on a PolNeAR split.

    Args:
        path: a PolNeAR JSONL file (``dev.jsonl``, ``train.jsonl``).
        nlp: the spaCy pipeline (with a parser).
        limit: score only the first ``limit`` articles.

    Returns:
        Counts (``articles``, ``gold``, ``system``, ``found``, ``correct``), ``precision``,
        ``recall``, ``f1``, ``speaker_accuracy`` (over ``speaker_scored`` found quotes), and
        recall on gold contents with and without quotation marks (``recall_quoted``,
        ``recall_unquoted``) and on gold whose cue is a reporting verb of the lexicon or
        "according to" (``recall_speech``; PolNeAR also marks beliefs, polls and stances).
        The ``attributions_`` keys score the same with those wider attributions reported too
        (``find_quotes(..., broad=True)``, the ``attributions`` setting).
    """
    articles = list(read_polnear(path, limit=limit))
    quotes_only = _totals()
    attributions = _totals()
    docs = nlp.pipe(article.text for article in articles)
    for article, doc in zip(articles, docs, strict=True):
        _score_article(article, doc, find_quotes(doc, lambda span: None), quotes_only)
        wide = find_quotes(doc, lambda span: None, broad=True)
        _score_article(article, doc, wide, attributions)
    wider = _summary(attributions)
    return {
        "articles": len(articles),
        **_summary(quotes_only),
        **{f"attributions_{key}": wider[key] for key in _WIDER_KEYS},
    }


_WIDER_KEYS = ("system", "precision", "recall", "f1", "speaker_accuracy")


def _totals() -> dict[str, int]:
    counts = ("gold", "system", "found", "correct", "speaker_scored", "speaker_right")
    parts = ("gold_quoted", "found_quoted", "gold_speech", "found_speech")
    return dict.fromkeys(counts + parts, 0)


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _summary(totals: dict[str, int]) -> dict[str, float | int]:
    """Counts and scores from one mode's totals."""
    precision = totals["correct"] / totals["system"] if totals["system"] else 0.0
    recall = totals["found"] / totals["gold"] if totals["gold"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    unquoted_gold = totals["gold"] - totals["gold_quoted"]
    return {
        **{key: totals[key] for key in ("gold", "system", "found", "correct")},
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "speaker_scored": totals["speaker_scored"],
        "speaker_accuracy": _share(totals["speaker_right"], totals["speaker_scored"]),
        "recall_quoted": _share(totals["found_quoted"], totals["gold_quoted"]),
        "recall_unquoted": _share(totals["found"] - totals["found_quoted"], unquoted_gold),
        "recall_speech": _share(totals["found_speech"], totals["gold_speech"]),
    }


def _is_speech(doc: Doc, cue: CharSpans) -> bool:
    """Whether a gold cue holds a speech cue of the lexicon (or "according"), not a broad one."""
    lexicon = reporting_verbs()
    for start, end in cue:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and any(
            (t.lemma_.lower() in lexicon and not lexicon[t.lemma_.lower()].broad)
            or t.lower_ == "according"
            for t in span
        ):
            return True
    return False


def _score_article(
    article: GoldArticle, doc: Doc, quotes: list[Quote], totals: dict[str, int]
) -> None:
    """Add one article's counts to ``totals``."""
    words = _Words(article.text)
    gold_words = [words.of(gold.content) for gold in article.quotes]
    system_words = [words.of([(quote.span[0], quote.span[1])]) for quote in quotes]
    totals["gold"] += len(article.quotes)
    totals["system"] += len(quotes)
    for system in system_words:
        if any(g and len(g & system) >= MATCH_SHARE * len(g) for g in gold_words):
            totals["correct"] += 1
    for gold, tokens in zip(article.quotes, gold_words, strict=True):
        quoted = any(c in _QUOTE_CHARS for s, e in gold.content for c in article.text[s:e])
        speech = _is_speech(doc, gold.cue)
        totals["gold_quoted"] += quoted
        totals["gold_speech"] += speech
        if not tokens:
            continue
        best, best_overlap = None, 0
        for quote, system in zip(quotes, system_words, strict=True):
            overlap = len(tokens & system)
            if overlap > best_overlap:
                best, best_overlap = quote, overlap
        if best is None or best_overlap < MATCH_SHARE * len(tokens):
            continue
        totals["found"] += 1
        totals["found_quoted"] += quoted
        totals["found_speech"] += speech
        if gold.source:
            totals["speaker_scored"] += 1
            span = best.speaker_span
            if span is not None and _overlaps([(span[0], span[1])], gold.source):
                totals["speaker_right"] += 1
