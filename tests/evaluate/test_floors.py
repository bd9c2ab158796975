"""Accuracy floors on the public gold sets in ../shared/corpus and on the demo's gold events.

Each floor is pinned just under what eventwire measured when it was set; floors only rise. The
corpus suites are skipped when ../shared/corpus is absent (set EVENTWIRE_CORPUS to point
elsewhere); the demo gold set ships with the repository and always runs.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from eventwire.demo import demo_paths
from eventwire.evaluate.articles import evaluate_articles
from eventwire.evaluate.suites import run_suite
from eventwire.runner.pipeline import Pipeline
from eventwire.schema import Article

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("EVENTWIRE_CORPUS", ROOT.parent / "shared" / "corpus"))
DEMO_GOLD = ROOT / "tests" / "data" / "demo_gold.jsonl"

# suite → (path inside the corpus, {metric: floor}); measured 2026-11-28, see the issue notes.
FLOORS: dict[str, tuple[str, dict[str, float]]] = {
    "plover": (
        "plover",
        {
            # 2026-12-04 (session 12): type 0.851 → 0.873, macro-F1 0.823 → 0.841 with
            # triggers for closed borders, stone-throwing, strikes and alerts, vows of force as
            # threats and missiles launched as attacks.
            "type_accuracy": 0.872,
            "macro_f1": 0.84,
            # 2026-12-03: 0.732 → 0.785 once sector-only actors and peoples took the country
            # the sentence places them in and ~90 armed groups and parties were listed.
            # 2026-12-03 (session 10): 0.785 → 0.804 with adjectival passives ("is committed
            # to"), "the German leader" as an actor, by-agents and unknown officials' titles.
            # 2026-12-04 (session 11): 0.804 → 0.807 with act nouns' "of" parties.
            # 2026-12-04 (session 12): 0.807 → 0.835 with titles after a possessive, leaders'
            # administrations, Reagan and Carter, and domestic acts.
            "actor_accuracy": 0.834,
            # 2026-12-03: 0.497 → 0.580 with a country's society a side apart from its state,
            # protests addressed to what their demand names, curfews on the place's people;
            # 0.604 with actors placed.
            # 2026-12-03 (session 10): 0.604 → 0.646 with demands "from" a party, protests over
            # a country's policy, attacked places as passive subjects and event nouns' objects.
            # 2026-12-04 (session 11): 0.646 → 0.681 with protests aimed at the protesters' own
            # state, act nouns' "of" parties, domestic parties and summoning.
            # 2026-12-04 (session 12): 0.681 → 0.792 with the place of an act as its target,
            # possessors of judged acts, groups inside objects, acts a state does at home and
            # Northern Ireland as Britain's.
            "recipient_accuracy": 0.791,
        },
    ),
    # target_accuracy is over matched root pairs: 17 right of 32 today, 17 of 30 when root F1 was
    # 0.397; as root matches grow, the ratio can fall while the count of right targets holds.
    "petrarch": (
        "universal_petrarch",
        # 2026-12-03 (session 10): 0.416/0.844/0.719 → 0.429/0.848/0.758; 2026-12-04 (session
        # 11): target 0.788 with a noun before a past participle as the one acted on.
        # 2026-12-04 (session 12): 0.429/0.848/0.788 → 0.442/0.853/0.824 with place targets and
        # vows of force as threats.
        {"root_f1": 0.441, "source_accuracy": 0.852, "target_accuracy": 0.823},
    ),
    # 2026-12-03 (session 10): 0.761/0.759 → 0.772/0.768 once releasing a video, a noun
    # "forces" and a reporter of another's punishment stopped coding events.
    # 2026-12-04 (session 11): 0.7732/0.7693.
    # 2026-12-04 (session 12): 0.7835/0.7804 with the triggers for sentences that coded nothing.
    "conflibert": ("conflibert", {"accuracy": 0.783, "macro_f1": 0.78}),
    # precision 0.91 for an hour on 2026-11-29, while a rule dropped every quote inside a longer
    # one by the same speaker; 'accused X of … and said Y' keeps its reported clause again (0.909).
    # recall 0.534 and speaker 0.895 once a position stated in words ("called for …") counted.
    # 2026-12-02: P/R/speaker 0.9133/0.5479/0.9050 with new cues (liken, hail, …), reporting
    # nouns ("X's claim that …"), speakers through prepositions and mixed sentence-end quotes.
    # 2026-12-02: P/R/speaker 0.9127/0.5488/0.906 with nested quotation marks, split quotes,
    # "quoted as saying", "the statement read" and titles and pronouns resolved to people.
    # 2026-12-03: P/R/speaker 0.9156/0.557/0.9098 with single quotation marks, "as X noted, …",
    # "put it", that-clauses the parser hung on the cue's object, "issued a statement saying …",
    # "the agency quoted X as saying" and "Said X: …".
    # 2026-12-03: P/R/speaker 0.9158/0.5579/0.9108 with short quotes before their cue, lower-case
    # headline labels and "said … and added that …"; with the wider attributions (beliefs,
    # findings, positions) also reported, 0.8901/0.6633/0.8986.
    "polnear": (
        "polnear",
        {
            # 2026-12-03 (session 10): 0.9173/0.5602/0.9120, attributions 0.8935/0.6665/0.8998
            # with a participle after the closing mark ("…," citing) outside the quote, names
            # the parser misread as speakers, and referents across the article ("the statement").
            # 2026-12-04 (session 11): 0.9177/0.5639/0.9133, attributions 0.8952/0.6688/0.9028
            # with given names that are countries, questions put in words and comments trimmed.
            # 2026-12-04 (session 12): 0.9205/0.5474/0.9125 once the default stopped making
            # quotes of a cue's bare noun-phrase object ("called for calm", "denied the
            # charges"), as GenderGapTracker-style quote sets do not count them; the
            # attributions setting keeps them (its floors unchanged). Recall was 0.5639.
            "precision": 0.920,
            "recall": 0.547,
            "speaker_accuracy": 0.912,
            "attributions_precision": 0.895,
            "attributions_recall": 0.668,
            "attributions_speaker_accuracy": 0.902,
        },
    ),
    # 2026-12-03: spans/in context/e2e/precision 0.7759/0.8328/0.8354/0.9504 with one place
    # per name in a story, airports and bases, Irish and Welsh counties by their English names.
    "geowebnews": (
        "geowebnews",
        {
            # 2026-12-03 (session 9): 0.7828/0.8401/0.8454/0.9607 with initials ("SA", "T&T"),
            # the capital bonus on the capital only, "New York" as the city and small foreign
            # towns the tagger never calls places dropped.
            # 2026-12-03 (session 10): 0.7843/0.8435/0.8504/0.9605 with newspapers' home towns
            # ("the Washington Post"), a state's name alone as the state, and less weight for a
            # country the story only names ("U.S. and Russian diplomats will meet in Geneva").
            "acc161_gold_spans": 0.784,
            "acc161_gold_spans_in_context": 0.843,
            "acc161_end_to_end": 0.85,
            # 2026-12-04 (session 11): 0.9605 → 0.9624 with words inside other names refused.
            "precision": 0.962,
        },
    ),
    "lgl": (
        "lgl",
        {
            # 2026-12-04 (session 11): 0.6818 → 0.6820.
            "acc161_gold_spans": 0.681,
            # 0.8404 → 0.8438 in session 10 (2026-12-03) with a state's name alone read as the
            # state ("Indiana" is not Indiana, Pa.) and "92 Indiana counties" as the state's.
            "acc161_gold_spans_in_context": 0.843,
            # 0.769 → 0.802 once a town's offices and people marked its name ("Alexandria
            # police", "Huntsville Fire Chief …"), the home state counted, "Clarke and Oconee
            # counties" named two counties and "L.A.", "W. Va." were read, 2026-12-02.
            # 0.802 → 0.830 with one place per name in a story ("Smart Dubai Office"), "St."
            # spelled out, datelines, abbreviations in capitals and the most coherent round
            # when readings never settle, 2026-12-03.
            # 0.8281 → 0.8319 in session 10 (same rules; untuned test fifth 0.8072 → 0.8094).
            "acc161_end_to_end": 0.831,
            # 0.85 until facilities ("MetroHealth Medical Center") were reported as places:
            # GeoWebNews counts them as toponyms, LGL's annotators did not mark them.
            # 0.8307 → 0.8409 once small foreign towns the tagger never calls places ("a 1991
            # Honda", "the Obama administration") were dropped, 2026-12-03. "New York" read as
            # the city cost LGL, which codes every one as the state, 11 toponyms end to end.
            # 2026-12-04 (session 11): 0.8426.
            "precision": 0.842,
        },
    ),
    # 0.94/0.91 until holidays, past-tense clauses and "a year earlier" were read (2026-12-02:
    # relative 416/439 = 0.9476, all-day 598/636 = 0.9403); most misses left are gold errors or
    # creation times that are not the story's date.
    "timebank": ("tbaq-cleaned", {"relative_accuracy": 0.949, "all_day_accuracy": 0.94}),
    # 2026-12-04 (session 12), first measured: money found 15, value 11, currency 13 of 18;
    # counts found 9, value 8 of 30 (most misses are numbers with no counted noun, out of the
    # contract's scope). 2026-12-04 (session 15): money 16/13/15 of 18 once pence and cents
    # were read as hundredths of their currency.
    "quantulum": (
        "quantulum3-tests",
        {
            "money_found_rate": 0.88,
            "money_value_rate": 0.72,
            "money_currency_rate": 0.83,
            "counts_found_rate": 0.3,
            "counts_value_rate": 0.26,
        },
    ),
}
# 2026-12-03 (session 10): F1 0.838 → 0.879, type F1 0.874 → 0.907 once events with no party
# that are not asserted and actual were dropped and junk triggers ("released video") removed.
# 2026-12-04 (session 12): dates 0.976 → 0.988 (precision 0.910 → 0.933) once a date inside
# what a threat or demand asks for stopped dating the asking.
DEMO_FLOORS = {"f1": 0.875, "type_f1": 0.90, "date_accuracy": 0.985, "date_precision": 0.93}


def _below(metrics: dict[str, Any], floors: dict[str, float]) -> list[str]:
    return [
        f"{name} = {metrics.get(name, 0.0):.3f} < floor {floor}"
        for name, floor in floors.items()
        if float(metrics.get(name, 0.0)) < floor
    ]


@pytest.mark.parametrize("suite", sorted(FLOORS))
def test_corpus_suite_meets_its_floors(suite: str) -> None:
    folder, floors = FLOORS[suite]
    path = CORPUS / folder
    if not path.exists():
        pytest.skip(f"{path} not present")
    metrics, _ = run_suite(suite, path)
    assert not _below(metrics, floors), metrics


def test_demo_gold_events_meet_their_floors() -> None:
    (path,) = demo_paths()
    fields = ("id", "title", "outlet", "url", "published", "text")
    with path.open(encoding="utf-8") as lines:
        articles = [
            Article(**{k: v for k, v in json.loads(line).items() if k in fields})
            for line in lines
            if line.strip()
        ]
    with DEMO_GOLD.open(encoding="utf-8") as lines:
        gold = [json.loads(line) for line in lines if line.strip()]
    metrics = evaluate_articles(gold, list(Pipeline().extract_many(articles)))
    assert metrics["negated_as_asserted"] == 0, metrics
    assert not _below(metrics, DEMO_FLOORS), metrics
