"""Counts check: run Dyad on hand-written news sentences and score the (kind, number) figures per kind.

Why: the news-dev gold has few figures and the counting rules were fitted on some of them, so its count
score overstates how Dyad reads figures in unseen wording. These sentences (``sentences.tsv``: the set
rules may be fixed on; ``heldout.tsv``: written at the same time, never fixed on) cover the constructions
by class: tolls, casualty verbs and nouns, arrests, displacement, missing, kidnapped; qualifiers; numbers
in words; coordinated figures; reported speech; and numbers that are no count (ages, dates, modifiers,
money, measures, vague plurals). Each line is one article; figures are matched as multisets of
(kind, number), as :mod:`dyad.evaluate.news` does.

    PYTHONPATH=. python benchmarks/counts/score.py [sentences.tsv|heldout.tsv ...] [--misses]
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from dyad.evaluate.metrics import PRF, match_multisets
from dyad.evaluate.plover import _code_texts

HERE = Path(__file__).resolve().parent
SETS = (HERE / "sentences.tsv", HERE / "heldout.tsv")
KINDS = ("kill", "wound", "arrest", "displace", "missing", "kidnap", "protest")


@dataclass(frozen=True)
class CountLine:
    id: str
    gold: tuple[tuple[str, int], ...]
    text: str


def load_counts(path: Path) -> list[CountLine]:
    """Read one counts TSV (``id counts text``; ``#`` lines are comments; counts ``kind:number|...`` or ``-``)."""
    lines = [l for l in path.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]
    header, *rows = lines
    if header.split("\t") != ["id", "counts", "text"]:
        raise ValueError(f"{path}: unexpected header {header!r}")
    found = []
    for n, row in enumerate(rows, 2):
        cells = row.split("\t")
        if len(cells) != 3:
            raise ValueError(f"{path}: line {n} has {len(cells)} cells, not 3")
        ident, cell, text = cells
        gold = []
        for item in ([] if cell.strip() == "-" else cell.split("|")):
            kind, _, number = item.partition(":")
            if kind not in KINDS or not number.isdigit():
                raise ValueError(f"{path}: line {n}: bad count {item!r}")
            gold.append((kind, int(number)))
        found.append(CountLine(ident, tuple(gold), text))
    return found


def score_counts(path: Path) -> list[tuple[CountLine, list[tuple[str, int]]]]:
    """Code every line of ``path`` as one article; pair it with the (kind, number) figures Dyad gives."""
    lines = load_counts(path)
    results = _code_texts((l.id, l.text, "2025-03-10") for l in lines)
    return [(l, [(c.kind, c.number) for c in r.counts]) for l, r in zip(lines, results)]


def per_kind(scored) -> dict[str, PRF]:
    """Multiset match per article, summed per kind and in total (key ``all``)."""
    totals: dict[str, PRF] = defaultdict(PRF)
    for line, predicted in scored:
        for kind in KINDS:
            prf = match_multisets((p for p in predicted if p[0] == kind), (g for g in line.gold if g[0] == kind))
            totals[kind] += prf
            totals["all"] += prf
    return totals


def report(path: Path, scored, misses: bool = False) -> None:
    totals = per_kind(scored)
    print(f"{path.name}: {len(scored)} sentences")
    for kind in (*KINDS, "all"):
        p = totals[kind]
        if p.tp + p.fp + p.fn:
            print(f"  {kind:9} recall {p.recall:.3f} precision {p.precision:.3f}  (tp {p.tp} fp {p.fp} fn {p.fn})")
    if misses:
        for line, predicted in scored:
            want, got = Counter(line.gold), Counter(predicted)
            if want != got:
                print(f"  MISS {line.id}: missed {sorted((want - got).elements())} "
                      f"spurious {sorted((got - want).elements())} | {line.text}")


def main(argv: list[str]) -> None:
    misses = "--misses" in argv
    paths = [HERE / a if not Path(a).exists() else Path(a) for a in argv if not a.startswith("--")] or list(SETS)
    for path in paths:
        report(path, score_counts(path), misses)


if __name__ == "__main__":
    main(sys.argv[1:])
