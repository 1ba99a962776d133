"""Codebook coverage: does Dyad code each verb and event noun the CAMEO code names use to that code's root?

Why: the breadth sets sample wording; the codebook is the list of acts Dyad must know. ``codebook_terms.tsv``
holds, per CAMEO code, phrases taken from the code's name ('Impose embargo, boycott, or sanctions' -> 'impose
an embargo on {T}'); each becomes a template sentence ('Chile imposed an embargo on Peru.', past tense from
lemminflect) and is coded in one batch. A phrase is a hit when some event has the code's root, 'wrong' when
events come out under other roots only, 'none' when nothing is coded.

    PYTHONPATH=. python benchmarks/breadth/codebook_coverage.py [--misses]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from lemminflect import getInflection

from dyad.evaluate.plover import _code_texts

HERE = Path(__file__).resolve().parent
TERMS = HERE / "codebook_terms.tsv"
SOURCE, TARGET, ADJECTIVE = "Chile", "Peru", "Peruvian"
ADVERBS = {"sexually", "officially", "violently", "formally"}  # phrases that put an adverb before the verb


def load_terms(path: Path = TERMS) -> list[tuple[str, str]]:
    """(code, phrase) rows; a phrase starts with a verb lemma."""
    lines = [l for l in path.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]
    header, *rows = lines
    if header.split("\t") != ["code", "phrase"]:
        raise ValueError(f"{path}: unexpected header {header!r}")
    terms = []
    for n, row in enumerate(rows, 2):
        cells = row.split("\t")
        if len(cells) != 2 or not cells[0].isdigit():
            raise ValueError(f"{path}: line {n} is not 'code<TAB>phrase'")
        terms.append((cells[0], cells[1]))
    return terms


def sentence(phrase: str) -> str:
    """'impose an embargo on {T}' -> 'Chile imposed an embargo on Peru.' (adverb-first phrases keep order)."""
    words = phrase.split()
    i = 1 if words[0] in ADVERBS else 0
    past = getInflection(words[i], "VBD")
    words[i] = past[0] if past else words[i] + "ed"
    return f"{SOURCE} " + " ".join(words).replace("{T}", TARGET).replace("{J}", ADJECTIVE) + "."


def coverage(terms: list[tuple[str, str]]) -> list[tuple[str, str, str, str]]:
    """(code, sentence, outcome hit|wrong|none, what was coded) per term."""
    texts = [sentence(p) for _, p in terms]
    results = _code_texts((f"c{i}", t, "2025-03-10") for i, t in enumerate(texts))
    rows = []
    for (code, _), text, res in zip(terms, texts, results):
        roots = [e.cameo_root for e in res.events]
        got = ", ".join(f"{e.cameo} '{e.verb}'" for e in res.events) or "no event"
        outcome = "hit" if code[:2] in roots else "wrong" if roots else "none"
        rows.append((code, text, outcome, got))
    return rows


def main(argv: list[str]) -> None:
    rows = coverage(load_terms())
    counts = Counter(outcome for *_, outcome, _ in rows)
    print(f"codebook coverage: {counts['hit']}/{len(rows)} = {counts['hit'] / len(rows):.3f} right root, "
          f"{counts['wrong']} wrong root, {counts['none']} no event")
    if "--misses" in argv:
        for code, text, outcome, got in rows:
            if outcome != "hit":
                print(f"  {outcome.upper():5} {code:5} {text}  -> {got}")


if __name__ == "__main__":
    main(sys.argv[1:])
