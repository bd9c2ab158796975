"""The ConfliBERT CAMEO sentences as a PentaClass task (``cameo_class/train.tsv``).

Each line is ``sentence<TAB>label`` with labels 0 (make a statement: no event), 1 verbal
cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. eventwire's answer
for a sentence is 0 when it codes no asserted, non-hypothetical event, else the class of its most
confident such event. The labels are CAMEO's, so the class comes from the event's CAMEO root by
the Phoenix pipeline's convention (01 statements and 02 appeals are 0; 09 investigate and 16
reduce relations are verbal conflict; 14 protest is material conflict), else the PLOVER quad.
Reported: accuracy, macro-F1 and per-class precision/recall/F1.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from eventwire.errors import EvalError
from eventwire.evaluate.metrics import Coder, EvalReport, check_documents, label_scores, macro_f1
from eventwire.schema import Article, Document

PUBLISHED = "2020-01-01"  # the sentences carry no date; any fixed day keeps coding reproducible
LABELS = ("0", "1", "2", "3", "4")
PHOENIX_CLASS = {
    "01": 0, "02": 0, "03": 1, "04": 1, "05": 1, "06": 2, "07": 2, "08": 2, "09": 3, "10": 3,
    "11": 3, "12": 3, "13": 3, "14": 4, "15": 4, "16": 3, "17": 4, "18": 4, "19": 4, "20": 4,
}  # fmt: skip


def load_pentaclass(path: Path, *, limit: int | None = None) -> list[tuple[str, str]]:
    """Read ``(sentence, label)`` pairs from a ConfliBERT ``cameo_class`` TSV file or folder.

    Raises:
        EvalError: the file is missing, or a line has no label in 0–4.
    """
    target = path / "train.tsv" if path.is_dir() else path
    if not target.is_file():
        raise EvalError(f"{target}: no such file")
    pairs: list[tuple[str, str]] = []
    with target.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if not row or not "".join(row).strip():
                continue
            if len(row) < 2 or row[-1].strip() not in LABELS:
                raise EvalError(f"{target}:{number}: expected sentence<TAB>label with label 0-4")
            pairs.append(("\t".join(row[:-1]).strip(), row[-1].strip()))
            if limit is not None and len(pairs) >= limit:
                break
    return pairs


def predicted_class(document: Document) -> str:
    """0 without an asserted, non-hypothetical event; else the class of the most confident one."""
    events = [e for e in document.events if e.polarity == "asserted" and e.status != "hypothetical"]
    if not events:
        return "0"
    best = max(events, key=lambda e: e.confidence)
    if best.cameo and best.cameo[:2] in PHOENIX_CLASS:
        return str(PHOENIX_CLASS[best.cameo[:2]])
    return str(best.quad)


def evaluate_conflibert(path: Path, code: Coder, *, limit: int | None = None) -> EvalReport:
    """Code every sentence and score the PentaClass answers (see the module docstring)."""
    pairs = load_pentaclass(path, limit=limit)
    articles = [
        Article(id=f"cb-{i}", published=PUBLISHED, text=sentence)
        for i, (sentence, _) in enumerate(pairs)
    ]
    documents = code(articles)
    check_documents(articles, documents)
    gold: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    for (_, label), document in zip(pairs, documents, strict=True):
        answer = predicted_class(document)
        gold[label] += 1
        predicted[answer] += 1
        correct[label] += answer == label
    per_class = label_scores(correct, predicted, gold)
    total = sum(gold.values())
    metrics = {
        "accuracy": sum(correct.values()) / total if total else 0.0,
        "macro_f1": macro_f1(per_class),
    }
    return EvalReport(suite="conflibert", n_items=total, metrics=metrics, per_type=per_class)
