"""Lookups in the actor dictionary and the gazetteer, for the resolver's passes.

Dictionary names (entries and country names) are matched with one :class:`NameIndex` per (vocab,
dictionary), built on first use, also across words joined by underscores; the dictionary's persons are
indexed once per dictionary by the state and code of their offices. These are plain functions over the
shared :class:`~dyad.actors.tokens.TokenTable` and the dictionary, cached at module level because
building them per article would cost more than resolving it.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from spacy.tokens import Doc

from dyad import gazetteer
from dyad.actors.tokens import TokenTable
from dyad.codebooks import ActorDictionary, ActorEntry, from_phoenix
from dyad.nlp import keep_hyphened_prefixes

# Role nouns that, with an organisation, name its head ("the UN chief", "the EU's top diplomat").
HEAD_ROLES = {"chief", "head", "leader", "secretary-general", "secretary general", "president", "director",
              "director-general", "chairman", "chair", "commissioner"}


def _same_role(held: str, role: str) -> bool:
    """Whether a held title answers to a role word: equal, both heads of a body ('president' and
    'chief'), or the title ends in the word ('supreme leader' is 'the leader')."""
    held = held.lower()
    return held == role or (role in HEAD_ROLES and held in HEAD_ROLES) or held.endswith(" " + role)


def _capitalised(tokens: TokenTable, start: int, end: int) -> bool:
    """Written as a name: its first word capitalised, past a leading 'the' ('the Shire', 'the Gambia')."""
    first = start + 1 if end - start > 1 and tokens.lower[start] == "the" else start
    return tokens.text[first][:1].isupper()


class NameIndex:
    """Dictionary names by their lower-cased token sequence, matched over a Doc's tokens.

    It answers like spaCy's PhraseMatcher on LOWER (every occurrence, overlaps included, as
    ``(label hash, start, end)``) but keeps the names as Python strings: a PhraseMatcher needs a lexeme in
    the vocab for each word of ~90,000 names, and creating them was most of the first article's cost
    (about 5 s with the Phoenix supplement). Names of plain letters and spaces are split on spaces, which
    is what the tokenizer does with them unless a word is one of its special cases ('cannot'); every other
    name goes through the tokenizer, so both sides are split alike.
    """

    _PLAIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")

    def __init__(self, vocab) -> None:
        from spacy.lang.en import English

        self._tokenizer = English(vocab=vocab).tokenizer
        self._tokenizer.infix_finditer = keep_hyphened_prefixes(self._tokenizer.infix_finditer)  # as load_pipeline
        self._special = set(self._tokenizer.rules or ())
        self._strings = vocab.strings
        self._labels: dict[tuple[str, ...], list[int]] = {}
        self._lengths: dict[str, set[int]] = {}  # first word → lengths of the names it starts

    def words(self, form: str) -> list[str]:
        """The tokens the tokenizer makes of ``form``, lower-cased."""
        if self._PLAIN.fullmatch(form):
            words = form.split(" ")
            if not any(word in self._special for word in words):
                return [word.lower() for word in words]
        return [token.lower_ for token in self._tokenizer(form)]

    def add(self, label: str, forms) -> None:
        """File ``label`` under each written form (as PhraseMatcher.add with one pattern a form)."""
        key = self._strings.add(label)
        for form in forms:
            words = tuple(self.words(form))
            if not words:
                continue
            held = self._labels.setdefault(words, [])
            if key not in held:
                held.append(key)
            self._lengths.setdefault(words[0], set()).add(len(words))

    def __call__(self, doc: Doc, lower: Optional[list[str]] = None) -> list[tuple[int, int, int]]:
        """(label key, start, end) of every name in ``doc``, by start and end; ``lower``: the Doc's
        lower-cased words where the caller has them (a TokenTable's), not read from spaCy again."""
        if lower is None:
            lower = [token.lower_ for token in doc]
        found = []
        for start, word in enumerate(lower):
            for length in self._lengths.get(word, ()):
                if start + length > len(lower):
                    continue  # a slice past the end is shorter, and would match a shorter name
                for key in self._labels.get(tuple(lower[start:start + length]), ()):
                    found.append((key, start, start + length))
        found.sort(key=lambda match: (match[1], match[2]))
        return found


_MATCHER_CACHE: dict[tuple[int, int], tuple[object, ActorDictionary, NameIndex, dict[str, ActorEntry]]] = {}


def _cached_matcher(vocab, dictionary: ActorDictionary) -> tuple[NameIndex, dict[str, ActorEntry]]:
    """One name index per (vocab, dictionary), built on first use: names are split into words once."""
    key = (id(vocab), id(dictionary))
    held = _MATCHER_CACHE.get(key)
    if held is not None and held[0] is vocab and held[1] is dictionary:  # ids are reused once objects die
        return held[2], held[3]
    matcher = NameIndex(vocab)
    entries: dict[str, ActorEntry] = {}
    for number, entry in enumerate(dictionary.entries):
        label = f"E{number}"
        entries[label] = entry
        names = {entry.name, *entry.aliases}
        names |= {variant for name in names if name for variant in _abbreviation_variants(name)}
        matcher.add(label, [form for name in names if name for form in {name, name.upper()}])
    # Names are stored lower-cased; split the written forms too, since the tokenizer splits
    # 'u.s.' but not 'U.S.' (matching is on lower case either way).
    for name, iso3 in sorted({**gazetteer.country_names(), **dictionary.countries}.items()):
        forms = {name, name.title(), name.upper()}
        matcher.add(f"C:{iso3}", sorted(forms))
    _MATCHER_CACHE[key] = (vocab, dictionary, matcher, entries)  # holding them keeps their ids unique
    return matcher, entries


# Bodies whose names open with their organisation's name, written out or abbreviated ('UN refugee agency',
# 'United Nations refugee agency', 'U.N. refugee agency'): each listed name is matched in every form.
ORGANISATION_PREFIXES = (("UN", "U.N.", "United Nations"), ("EU", "European Union"), ("AU", "African Union"))


def _abbreviation_variants(name: str) -> list[str]:
    """The other forms of a name that opens with an abbreviated or written-out organisation name."""
    for forms in ORGANISATION_PREFIXES:
        for form in forms:
            if name.startswith(form + " ") and len(name) > len(form) + 1:
                rest = name[len(form):]
                return [other + rest for other in forms if other != form]
    return []


def _joined_word_matches(doc: Doc, texts: list[str], matcher: NameIndex) -> list[tuple[int, int, int]]:
    """Dictionary names found in words joined by underscores ('the Prince of Dol_Amroth', '@Red_Cross').

    Underscores stand for spaces in dictionary forms, handles and file-style names, and the tokenizer
    keeps 'Dol_Amroth' as one token, so the name 'Prince of Dol Amroth' cannot match it. The words are
    split at underscores into a shadow Doc, matched there, and a match is kept, in the original token
    positions, only when it starts and ends on whole original tokens and takes in a joined one.
    """
    joined = {i for i, text in enumerate(texts) if "_" in text and "_" in text.strip("_")}
    if not joined:
        return []
    words: list[str] = []
    origin: list[int] = []  # shadow word → original token
    for i, text in enumerate(texts):
        pieces = [p for p in text.split("_") if p] if i in joined else [text]
        words.extend(pieces)
        origin.extend([i] * len(pieces))
    shadow = Doc(doc.vocab, words=words)
    found = []
    for match_id, start, end in matcher(shadow):
        first, last = origin[start], origin[end - 1]
        whole = (start == 0 or origin[start - 1] != first) and (end == len(origin) or origin[end] != last)
        if whole and any(first <= i <= last for i in joined):
            found.append((match_id, first, last + 1))
    return found


_PERSONS_CACHE: dict[int, tuple[ActorDictionary, dict[str, list[int]], dict[str, list[int]]]] = {}


def _persons_of(dictionary: ActorDictionary, country: Optional[str], code: Optional[str]) -> list[ActorEntry]:
    """The dictionary's persons, in dictionary order, that ever held an office of ``country`` or carry
    ``code``: the only ones that can be the known holder of a role they qualify (the dictionary has
    hundreds of persons; the index of them is built once per dictionary)."""
    held = _PERSONS_CACHE.get(id(dictionary))
    if held is None or held[0] is not dictionary:
        by_country: dict[str, list[int]] = {}
        by_code: dict[str, list[int]] = {}
        for number, entry in enumerate(dictionary.entries):
            if entry.kind != "person" or not entry.roles or from_phoenix(entry):
                continue  # no office on any date; Phoenix persons only by their names
            for office_country in {office[1] for office in entry.roles}:
                by_country.setdefault(office_country, []).append(number)
            by_code.setdefault(entry.code, []).append(number)
        held = _PERSONS_CACHE[id(dictionary)] = (dictionary, by_country, by_code)  # holding it keeps its id unique
    numbers = set(held[1].get(country, ()) if country else ()) | set(held[2].get(code, ()) if code else ())
    return [dictionary.entries[number] for number in sorted(numbers)]


def _entry_number(label: str) -> int:
    """The dictionary position of a matcher label ('E12' → 12); country labels ('C:TUR') come last."""
    return int(label[1:]) if label.startswith("E") else 1 << 30


def _alias_case_ok(tokens: TokenTable, start: int, end: int, entry: ActorEntry) -> bool:
    """Short all-caps aliases ('AP', 'UN') match only as written; others need a capital letter."""
    names = (entry.name, *entry.aliases)
    text = tokens.span_text(start, end)
    if text in names:
        return True
    same = [n for n in names if n.lower() == text.lower()]
    if same and all(n.isupper() and len(n) <= 5 for n in same):
        return False
    return _capitalised(tokens, start, end)


@functools.cache  # pycountry's lookup is slow and its answer fixed
def _country_name(iso3: str) -> str:
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:  # 'XKX' (Kosovo): country_converter knows codes pycountry lacks
        from dyad.gazetteer import _converter

        name = _converter().convert(iso3, src="ISO3", to="name_short", not_found=None)
        return name if isinstance(name, str) and name else iso3
    name = getattr(country, "common_name", None) or country.name
    return name.split(",")[0]  # 'Palestine, State of' → 'Palestine'
