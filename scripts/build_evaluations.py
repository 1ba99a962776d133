"""Propose and build the lexicon rows of dyad/data/evaluations.tsv that come from VADER.

Why: the judgement and label words of evaluations.tsv were first written by hand; a rated sentiment lexicon
gives a systematic list to grow them from. The source is the lexicon of the ``vaderSentiment`` package
(Hutto and Gilbert, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of Social Media Text",
ICWSM 2014; MIT licence): about 7500 English words, each rated -4..+4 by ten people. It is read here at
build time only; Dyad never imports it.

A candidate is a plain word VADER rates at most NEGATIVE (or at least POSITIVE) whose mean ten raters agree
on (standard deviation at most SPREAD), that spaCy's tagger reads as the predicate adjective ('they said the
decision was WORD') or as the predicate noun ('they called the decision a WORD') of a judgement, and that
evaluations.tsv does not already hold by hand. Every candidate was reviewed by hand in
scripts/evaluations_review.tsv: judgement (111 or 051), label (111, 051 or a 112x code) or reject with a
reason (said of victims or of suffering rather than of a culprit, a feeling of the speaker, slang, too
vague to judge an actor). A candidate missing from the review stops the build.

Usage: pip install vaderSentiment==3.3.2 (or pass --lexicon PATH to vader_lexicon.txt)
       python scripts/build_evaluations.py [--candidates] > rows.tsv
Without --candidates it prints the accepted rows (word, code, frame, note) that evaluations.tsv holds after
its hand-written rows; --candidates prints every candidate with its rating and tag, for review.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REVIEW = HERE / "evaluations_review.tsv"
EVALUATIONS = HERE.parent / "dyad" / "data" / "evaluations.tsv"
NEGATIVE, POSITIVE, SPREAD = -1.5, 2.5, 1.5
NOUN_NEGATIVE = -2.0  # nouns: only the strongly negative ones (VADER rates many neutral act nouns mildly)
NOTE = "VADER 3.3.2"
ADJ_TEMPLATE = "The minister said that the decision was {}."
NOUN_TEMPLATE = "The minister said that the decision was a {}."


def vader_path(explicit: str | None) -> Path:
    if explicit:
        return Path(explicit)
    spec = importlib.util.find_spec("vaderSentiment")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("vaderSentiment is not installed: pip install vaderSentiment==3.3.2 or pass --lexicon")
    return Path(spec.submodule_search_locations[0]) / "vader_lexicon.txt"


def rated_words(path: Path) -> dict[str, float]:
    """Plain lower-case words with a clear rating (emoticons, slang spellings with digits left out)."""
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, mean, spread, *_ = line.split("\t")
        mean, spread = float(mean), float(spread)
        if re.fullmatch(r"[a-z]{3,}", word) and spread <= SPREAD and (mean <= NEGATIVE or mean >= POSITIVE):
            found[word] = mean
    return found


def tagged(words: list[str], rated: dict[str, float]) -> dict[str, str]:
    """'ADJ' or 'NOUN' for each word that spaCy's tagger reads as a predicate adjective or noun and that
    lemminflect's dictionary knows as a base-form adjective (no noun reading: 'cheat', 'evil') or a singular
    noun with no adjective reading (strongly negative ones only; no praising nouns, whose VADER entries
    are feelings: 'love', 'joy')."""
    from lemminflect import getAllLemmas

    from dyad.nlp import load_pipeline

    nlp = load_pipeline()
    tags: dict[str, str] = {}
    adjectives = nlp.pipe(ADJ_TEMPLATE.format(w) for w in words)
    nouns = nlp.pipe(NOUN_TEMPLATE.format(w) for w in words)
    for word, adj_doc, noun_doc in zip(words, adjectives, nouns):
        lemmas = getAllLemmas(word)
        if adj_doc[-2].tag_ == "JJ" and adj_doc[-2].dep_ == "acomp":
            if lemmas.get("ADJ", ("",))[0] == word and "NOUN" not in lemmas:
                tags[word] = "ADJ"
        elif noun_doc[-2].tag_ == "NN" and noun_doc[-2].dep_ == "attr":
            if lemmas.get("NOUN", ("",))[0] == word and "ADJ" not in lemmas and rated[word] <= NOUN_NEGATIVE:
                tags[word] = "NOUN"
    return tags


def hand_written() -> set[str]:
    rows = [l.split("\t") for l in EVALUATIONS.read_text(encoding="utf-8").splitlines()
            if l and not l.startswith("#")][1:]
    return {r[0] for r in rows if len(r) < 4 or not r[3].startswith(NOTE)}


def candidates(lexicon: Path) -> list[tuple[str, float, str]]:
    rated = rated_words(lexicon)
    known = hand_written()
    words = sorted(w for w in rated if w not in known)
    tags = tagged(words, rated)
    return [(w, rated[w], tags[w]) for w in words if w in tags]


def review() -> dict[str, tuple[str, str]]:
    """word → (decision, code or reason) from evaluations_review.tsv."""
    found = {}
    for line in REVIEW.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and not line.startswith("word\t"):
            word, decision, detail = line.split("\t")[:3]
            found[word] = (decision, detail)
    return found


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lexicon")
    parser.add_argument("--candidates", action="store_true")
    args = parser.parse_args(argv)
    found = candidates(vader_path(args.lexicon))
    if args.candidates:
        for word, mean, tag in found:
            print(f"{word}\t{mean:+.1f}\t{tag}")
        return
    decisions = review()
    missing = [w for w, _, _ in found if w not in decisions]
    if missing:
        raise SystemExit(f"candidates not reviewed in {REVIEW.name}: {', '.join(missing)}")
    for word, mean, tag in found:
        decision, detail = decisions[word]
        if decision in ("judgement", "label", "reaction"):
            print(f"{word}\t{detail}\t{decision}\t{NOTE} {mean:+.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])
