"""Recall of reported speech on the wire-news probe (indirect.tsv: rules may be fixed on it; indirect_heldout.tsv:
never), matched as news-dev gold is (dyad.evaluate.news): a row is found when some quotation's text holds the
content substring and its speaker holds the speaker name (or one of 'A|B', as gold lists a document and its
issuer) as a whole word; precision is the share of negative rows
(narration) with no quotation at all.
usage: python benchmarks/quote_frames/score_indirect.py [--misses] [FILE.tsv ...]"""

import csv
import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import dyad
from dyad.evaluate.news import normalise, speaker_matches

HERE = Path(__file__).parent
FILES = ("indirect.tsv", "indirect_heldout.tsv")


class Outcome(NamedTuple):
    construction: str
    hit: bool
    text: str
    found: list


def load_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        rows = list(csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"))
    for number, row in enumerate(rows, start=2):
        if not row.get("text") or (row["construction"] != "negative" and not (row["speaker"] and row["content"])):
            raise ValueError(f"{path.name} row {number}: a positive row needs speaker, content and text")
    return rows


def score_file(path: Path) -> list[Outcome]:
    outcomes = []
    for row in load_rows(path):
        text = row["text"].replace("\\n", "\n")
        quotes = dyad.extract(text, published="2025-03-10", article_id="probe").quotes
        if row["construction"] == "negative":
            hit = not quotes
        else:
            hit = any(normalise(row["content"]) in normalise(q.text) and speaker_matches(q.speaker, row["speaker"].split("|"), text)
                      for q in quotes)
        outcomes.append(Outcome(row["construction"], hit, text,
                                [(q.speaker.name if q.speaker else None, q.cue, q.text) for q in quotes]))
    return outcomes


def recall(outcomes: list[Outcome]) -> float:
    positives = [o for o in outcomes if o.construction != "negative"]
    return sum(o.hit for o in positives) / len(positives)


def negative_precision(outcomes: list[Outcome]) -> float:
    negatives = [o for o in outcomes if o.construction == "negative"]
    return sum(o.hit for o in negatives) / len(negatives)


def main() -> None:
    names = [a for a in sys.argv[1:] if not a.startswith("--")] or FILES
    for name in names:
        outcomes = score_file(HERE / name)
        hits, totals = Counter(), Counter()
        for o in outcomes:
            totals[o.construction] += 1
            hits[o.construction] += o.hit
            if not o.hit and "--misses" in sys.argv:
                print(f"MISS {o.construction}: {o.text[:110]!r}")
                for speaker, cue, quote in o.found:
                    print(f"     found {speaker!r} {cue!r} {quote[:70]!r}")
        print(f"== {name}: recall {recall(outcomes):.3f}  negatives clean {negative_precision(outcomes):.3f}")
        for construction in totals:
            print(f"   {construction:16} {hits[construction]:3}/{totals[construction]:<3}")


if __name__ == "__main__":
    main()
