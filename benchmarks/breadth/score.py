"""Breadth check: code Dyad's own hand-written sentences, one per line, and score them per PLOVER category.

Why: the PLOVER dev records were used to write rules, so their score overstates how Dyad does on unseen
wording. These sentences (``sentences.tsv``: the set rules may be fixed on; ``heldout.tsv``: written at the
same time, never fixed on; ``heldout2.tsv``: written before the second round of fixes, never fixed on; ``heldout3.tsv``: predicates
chosen before looking at Dyad's lexicon, never fixed on; ``disapprove.tsv`` and ``disapprove_heldout.tsv``: disapproval
and accusation, the second never fixed on; ``classes.tsv``: 2-3 sentences per CAMEO code of the eight
categories that generalised worst, rules may be fixed on it; ``classes_heldout.tsv``: the same categories in wordings
chosen before looking at the lexicon, never fixed on; ``judgements.tsv`` and ``judgements_heldout.tsv``: a speaker's
judgement of another actor or its act and verbs of denunciation, the second never fixed on) vary the predicate (verb, event noun, light verb, adjective), tense, voice and
actors. Each line is scored as a PLOVER record (:func:`dyad.evaluate.plover.score_record`: the best-matching
event, category, source and target). A line whose category is ``NOT-X`` is a negative: it is right when no
event of category X is coded ('Reuters reported that gunmen attacked ...' accuses no one).

    PYTHONPATH=. python benchmarks/breadth/score.py [sentences.tsv|heldout.tsv|...|classes_heldout.tsv ...] [--misses]
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from dyad.evaluate.plover import (GoldActor, PloverRecord, RecordOutcome, _category, _code_texts, event_summary,
                                  score_record)
from dyad.records import ArticleResult

HERE = Path(__file__).resolve().parent
SETS = tuple(HERE / name for name in ("sentences.tsv", "heldout.tsv", "heldout2.tsv", "heldout3.tsv", "disapprove.tsv",
                                      "disapprove_heldout.tsv", "classes.tsv", "classes_heldout.tsv",
                                      "judgements.tsv", "judgements_heldout.tsv"))
NEGATIVE = "NOT-"


def _actors(cell: str) -> tuple[GoldActor, ...] | None:
    cell = cell.strip()
    return None if cell in ("", "-") else tuple(GoldActor(code) for code in cell.split("|"))


def load_breadth(path: Path) -> list[PloverRecord]:
    """Read one breadth TSV (``id category source target text``; ``#`` lines are comments)."""
    records = []
    lines = [l for l in path.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]
    header, *rows = lines
    if header.split("\t") != ["id", "category", "source", "target", "text"]:
        raise ValueError(f"{path}: unexpected header {header!r}")
    for n, row in enumerate(rows, 2):
        cells = row.split("\t")
        if len(cells) != 5:
            raise ValueError(f"{path}: line {n} has {len(cells)} cells, not 5")
        ident, category, source, target, text = cells
        records.append(PloverRecord(id=ident, text=text, date="2025-03-10", category=category,
                                    category_gold=category, source=_actors(source), target=_actors(target)))
    return records


def score_breadth(path: Path) -> list[RecordOutcome]:
    """Code every sentence of ``path`` in one ``nlp.pipe`` batch and score it."""
    records = load_breadth(path)
    results = _code_texts((r.id, r.text, r.date) for r in records)
    return [score_negative(r, res) if r.category.startswith(NEGATIVE) else score_record(r, res)
            for r, res in zip(records, results)]


def score_negative(record: PloverRecord, result: ArticleResult) -> RecordOutcome:
    """A ``NOT-X`` line is right when no event of category X is coded; the first such event is shown."""
    banned = record.category[len(NEGATIVE):]
    wrong = [e for e in result.events if _category(e) == banned]
    ok = not wrong
    return RecordOutcome(record, {"category": ok, "triple": ok}, wrong[0] if wrong else None,
                         len(result.events), 0, list(result.events))


def accuracy(outcomes: list[RecordOutcome], field: str) -> float:
    return sum(bool(o.fields.get(field)) for o in outcomes) / len(outcomes) if outcomes else 0.0


def report(path: Path, outcomes: list[RecordOutcome], misses: bool = False) -> None:
    by_cat: dict[str, list[RecordOutcome]] = defaultdict(list)
    for o in outcomes:
        by_cat[o.record.category].append(o)
    print(f"{path.name}: {len(outcomes)} sentences")
    print(f"  {'category':10} {'n':>3} {'cat':>6} {'triple':>6}")
    for cat, group in sorted(by_cat.items()):
        print(f"  {cat:10} {len(group):3} {accuracy(group, 'category'):6.3f} {accuracy(group, 'triple'):6.3f}")
    print(f"  {'ALL':10} {len(outcomes):3} {accuracy(outcomes, 'category'):6.3f} {accuracy(outcomes, 'triple'):6.3f}")
    if misses:
        for o in outcomes:
            if not o.fields.get("triple"):
                got = event_summary(o.chosen) if o.chosen else "no event"
                print(f"  MISS {o.record.id} [{o.reason}] want {o.record.summary()} got {got}: {o.record.text}")


def main(argv: list[str]) -> None:
    misses = "--misses" in argv
    paths = [Path(a) if Path(a).exists() else HERE / a for a in argv if not a.startswith("--")] or list(SETS)
    for path in paths:
        report(path, score_breadth(path), misses)


if __name__ == "__main__":
    main(sys.argv[1:])
