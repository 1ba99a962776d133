"""The data behind counts: casualty words by kind (``count_words.tsv``), number words that text2num does
not read (``count_numbers.tsv``), and :func:`number_value`, which reads a figure's words as an integer.

Written numbers ('twenty-five', 'two hundred and twelve') are read by text2num; digits with separators
and decimals ('1,400', '4.5 million'), multipliers ('a dozen', 'half a million') and the vague plurals
('hundreds of', 'tens of thousands') are read here, from the table.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from text_to_num import text2num

from dyad.codebooks import DictionaryError, _tsv, data_path

KINDS = frozenset({"kill", "wound", "arrest", "displace", "missing", "kidnap", "protest", "tally", "measure", "thing"})


@dataclass(frozen=True)
class CountWords:
    """``kind_of[lemma]``: the kind a word counts alone; ``phrases[lemma]``: (dependent lemmas, kind) for
    a word that counts only with one of those dependents ('lose' + 'life'); ``measures``: words that make
    the figure before them a measure ('years', 'km'); ``things``: nouns of places and objects, whose
    figure counts no people ('captured four towns', 'seized two tanks')."""

    kind_of: dict[str, str]
    phrases: dict[str, tuple[frozenset[str], str]]
    measures: frozenset[str]
    things: frozenset[str] = frozenset()


@functools.cache
def count_words(path: Optional[Path] = None) -> CountWords:
    """The casualty, arrest and displacement words of ``count_words.tsv``, checked."""
    path = path or data_path("count_words.tsv")
    kind_of: dict[str, str] = {}
    phrases: dict[str, tuple[frozenset[str], str]] = {}
    measures: set[str] = set()
    things: set[str] = set()
    problems = []
    for number, row in _tsv(path, ("word", "kind", "with")):
        word, kind = row["word"].lower(), row["kind"]
        if not word or kind not in KINDS:
            problems.append(f"{path}:{number}: need a word and a kind among {sorted(KINDS)}, got {row}")
            continue
        if kind in ("measure", "thing"):
            (measures if kind == "measure" else things).add(word)
            continue
        table = phrases if row["with"] else kind_of
        if word in table:
            problems.append(f"{path}:{number}: '{word}' listed twice")
            continue
        if row["with"]:
            phrases[word] = (frozenset(w.strip().lower() for w in row["with"].split("|") if w.strip()), kind)
        else:
            kind_of[word] = kind
    if problems:
        raise DictionaryError(problems)
    return CountWords(kind_of, phrases, frozenset(measures), frozenset(things))


@dataclass(frozen=True)
class NumberWord:
    value: float
    vague: bool


@functools.cache
def number_words(path: Optional[Path] = None) -> dict[str, NumberWord]:
    """Multipliers, scales and vague plurals of ``count_numbers.tsv``, checked."""
    path = path or data_path("count_numbers.tsv")
    found: dict[str, NumberWord] = {}
    problems = []
    for number, row in _tsv(path, ("word", "value", "vague")):
        try:
            value = float(row["value"])
        except ValueError:
            problems.append(f"{path}:{number}: value is not a number: {row['value']!r}")
            continue
        if row["vague"] not in ("", "yes") or not row["word"] or row["word"].lower() in found:
            problems.append(f"{path}:{number}: bad or repeated row {row}")
            continue
        found[row["word"].lower()] = NumberWord(value, row["vague"] == "yes")
    if problems:
        raise DictionaryError(problems)
    return found


_DIGITS = re.compile(r"\d+(\.\d+)?")
_JOINERS = {"-", "and", "of", "a", "an"}


def _words_value(words: list[str]) -> Optional[float]:
    try:
        return float(text2num(" ".join(words), "en"))
    except ValueError:
        return None


def number_value(words: list[str]) -> Optional[int]:
    """Integer value of a figure's words: ['1,400'], ['4.5', 'million'], ['twenty', '-', 'six'],
    ['two', 'hundred', 'and', 'twelve'], ['a', 'dozen'], ['half', 'a', 'million'], ['tens', 'of',
    'thousands'] (the least a vague plural means); None when they are not a number."""
    table = number_words()
    total, current, seen, spelled = 0.0, 0.0, False, []

    def flush() -> bool:
        nonlocal current, spelled
        if spelled:
            value = _words_value(spelled)
            if value is None:
                return False
            current += value
            spelled = []
        return True

    for raw in words:
        word = raw.lower().replace(",", "")
        if word in _JOINERS:
            continue
        entry = table.get(word)
        if _DIGITS.fullmatch(word):
            if not flush():
                return None
            current += float(word)
        elif entry is None:
            spelled.append(word)
        else:
            if not flush():
                return None
            current = (current or 1) * entry.value  # 'two dozen', 'half a million', 'tens of thousands'
            if entry.value >= 1000:
                total, current = total + current, 0.0
        seen = True
    if spelled:
        if not flush():
            return None
        seen = True
    value = total + current
    return int(value) if seen and value >= 1 else None
