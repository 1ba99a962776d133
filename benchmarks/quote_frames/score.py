"""Hit rate per construction of the quotation-frames probe (sentences.tsv): a hit is a quotation whose speaker
and text hold the row's substrings; a negative row is a hit when no quotation is found.
usage: python benchmarks/quote_frames/score.py [--misses] [--wide]"""

import csv
import sys
from collections import Counter
from pathlib import Path

import dyad


def main() -> None:
    rows = [r for r in csv.DictReader((line for line in open(Path(__file__).with_name("sentences.tsv"))
                                       if not line.startswith("#")), delimiter="\t")]
    hits, totals = Counter(), Counter()
    options = {"wide_attribution": True} if "--wide" in sys.argv else {}
    for row in rows:
        text = row["text"].replace("\\n", "\n")
        quotes = dyad.extract(text, published="2025-03-10", article_id="probe", **options).quotes
        if row["construction"] == "negative":
            hit = not quotes
        else:
            hit = any(row["speaker"] in q.speaker.name and row["content"] in q.text for q in quotes)
        totals[row["construction"]] += 1
        hits[row["construction"]] += hit
        if not hit and "--misses" in sys.argv:
            print(f"MISS {row['construction']}: {text[:100]!r}")
            for q in quotes:
                print(f"     found {q.speaker.name!r} {q.cue!r} {q.text[:70]!r}")
    for construction in totals:
        print(f"{construction:12} {hits[construction]:3}/{totals[construction]:<3} {hits[construction] / totals[construction]:.2f}")


if __name__ == "__main__":
    main()
