"""The grammatical gender a person's title or first name gives ('Mrs', 'queen', 'Helga' → she), read from
``genders.tsv`` (titles written for Dyad; first names from a multi-country name-gender consensus, see
``scripts/build_genders.py``), so that 'he' and 'she' agree with the speaker they resolve to."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Iterable, Optional

from dyad.codebooks import DictionaryError, _tsv, data_path
from dyad.gazetteer import folded

GENDERS = {"m", "f"}
SOURCES = {"title", "first-name"}
PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "himself": "m",
                   "she": "f", "her": "f", "hers": "f", "herself": "f"}


class _FoldedNames(dict):
    """The table, also found without the diacritics the name source leaves out: 'Rubén', 'José', 'Jérôme' are
    listed as 'ruben', 'jose', 'jerome'."""

    def get(self, word, default=None):
        hit = dict.get(self, word)
        if hit is None and not word.isascii():
            hit = dict.get(self, folded(word))
        return default if hit is None else hit

    def __contains__(self, word) -> bool:
        return dict.__contains__(self, word) or (not word.isascii() and dict.__contains__(self, folded(word)))


@functools.cache
def gender_table(path: Optional[Path] = None) -> dict[str, tuple[str, str]]:
    """Lower-case word → (gender, source), looked up with or without diacritics; a word listed twice with two
    genders is an error."""
    path = path or data_path("genders.tsv")
    found: dict[str, tuple[str, str]] = {}
    problems = []
    for number, row in _tsv(path, ("word", "gender", "source")):
        word, gender, source = row["word"].lower(), row["gender"], row["source"]
        if not word or gender not in GENDERS or source not in SOURCES:
            problems.append(f"{path}:{number}: expected a word, a gender in {sorted(GENDERS)} and a source "
                            f"in {sorted(SOURCES)}, got {row!r}")
        elif word in found and found[word][0] != gender:
            problems.append(f"{path}:{number}: {word!r} listed as both {found[word][0]} and {gender}")
        else:
            found.setdefault(word, (gender, source))
    if problems:
        raise DictionaryError(problems)
    return _FoldedNames(found)


def first_name(word: str) -> bool:
    """Whether a lower-cased word is a first name of the gender table ('maria', 'rubén'), not a title."""
    return gender_table().get(word, ("", ""))[1] == "first-name"


def person_gender(name: str, role: Optional[str] = None,
                  titles: Iterable[str] = ()) -> Optional[tuple[str, str]]:
    """(gender 'm' or 'f', source 'title' or 'first-name'), or None (unknown), for a person: a title before a mention ('Mrs Osei') or the role ('queen',
    'spokeswoman') first, then the first word of a name of two words or more ('Helga Sorensen')."""
    table = gender_table()
    for word in [*titles, *(role.lower().split()[-1:] if role else ())]:
        hit = table.get(word.lower())
        if hit is not None and hit[1] == "title":
            return hit
    words = name.split()
    if len(words) >= 2:
        hit = table.get(words[0].lower())
        if hit is not None:
            return hit
    return None
