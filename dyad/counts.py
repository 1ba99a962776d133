"""Counts: casualty, arrest and displacement figures ('killed at least 1,400 Israelis').

A figure counts only when the parse ties it to a casualty word: it is the object or passive subject
of a verb such as *kill* or *wound* ("killed 1,400", "12 people were wounded"), or it counts a noun such
as *deaths* or *casualties* ("37 deaths"), or it is predicated as dead/injured ("37 dead"). Money,
dates, percentages and crowd sizes never count. Numbers written as words ("six U.S. citizens") count.
"""

from __future__ import annotations

import functools
import re
from typing import Iterator, Optional

import numpy
from spacy.attrs import LIKE_NUM, LOWER
from spacy.tokens import Doc, Span, Token

from dyad.records import Count

# lemma → kind; verbs and nouns alike, since the parse links figures to either.
KIND_WORDS = {
    "kill": "kill", "die": "kill", "dead": "kill", "death": "kill", "slay": "kill", "fatality": "kill",
    "massacre": "kill", "execute": "kill", "behead": "kill", "murder": "kill", "toll": "kill", "body": "kill",
    "wound": "wound", "injure": "wound", "hurt": "wound", "injured": "wound", "injury": "wound",
    "wounded": "wound", "casualty": "wound", "maim": "wound",
    "arrest": "arrest", "detain": "arrest", "jail": "arrest", "imprison": "arrest", "capture": "arrest",
    "detention": "arrest", "arrested": "arrest", "detainee": "arrest", "round": "arrest",
    "displace": "displace", "flee": "displace", "evacuate": "displace", "uproot": "displace",
    "displaced": "displace", "homeless": "displace", "refugee": "displace",
    "release": "arrest", "custody": "arrest",
    "miss": "missing", "missing": "missing", "kidnap": "kidnap", "abduct": "kidnap", "hostage": "kidnap",
}

QUALIFIERS = ("at least", "more than", "over", "nearly", "almost", "about", "around", "up to", "some",
              "approximately", "roughly", "fewer than", "less than", "as many as", "an estimated", "estimated",
              "close to", "upwards of", "under", "at most")

_QUALIFIERS_LONGEST_FIRST = tuple(sorted(QUALIFIERS, key=len, reverse=True))  # 'an estimated' before 'estimated'

_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
          "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
          "dozen": 12, "dozens": 24, "hundreds": 200, "thousands": 2000, "scores": 40}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_NON_COUNT_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}
# Vague plurals are figures only as rough orders of magnitude: keep them out of exact counts.
_VAGUE = {"dozens", "hundreds", "thousands", "scores"}


def number_value(words: list[str]) -> Optional[int]:
    """Integer value of a number phrase: ['1,400'], ['4.5', 'million'], ['twenty', '-', 'six'], ['six']."""
    total, current, seen = 0, 0, False
    for raw in words:
        word = raw.lower().replace(",", "")
        if word in ("-", "and"):
            continue
        if re.fullmatch(r"\d+(\.\d+)?", word):
            current += float(word)
            seen = True
        elif word in _UNITS:
            current += _UNITS[word]
            seen = True
        elif word in _SCALES:
            current = (current or 1) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total, current = total + current, 0
            seen = True
        else:
            return None
    return int(total + current) if seen else None


def _number_tokens(token: Token) -> list[Token]:
    """The contiguous tokens of the number ``token`` belongs to ('4.5 million', 'twenty - six')."""
    start = end = token.i
    doc = token.doc
    sent = token.sent  # once: Token.sent scans for the sentence bounds
    while start > sent.start and (doc[start - 1].like_num or doc[start - 1].text == "-") \
            and doc[start - 1].lower_ not in ("a", "an"):
        start -= 1
    while end + 1 < sent.end and (doc[end + 1].like_num or doc[end + 1].lower_ in _SCALES
                                          or (doc[end + 1].text == "-" and end + 2 < len(doc) and doc[end + 2].like_num)):
        end += 1
    return list(doc[start:end + 1])


def _qualifier(first: Token) -> Optional[str]:
    """'at least' etc. written just before the number."""
    doc = first.doc
    before = doc[max(first.sent.start, first.i - 3):first.i].text.lower()
    for qualifier in _QUALIFIERS_LONGEST_FIRST:
        if before.endswith(qualifier):
            return qualifier
    return None


def _kind_of(token: Token) -> Optional[str]:
    return KIND_WORDS.get(token.lemma_.lower()) or KIND_WORDS.get(token.lower_)


def _kind_near(head: Token) -> tuple[Optional[str], Optional[Token]]:
    """Walk up from the counted noun (or the number itself) to a casualty word.

    A participle right after the figure wins ('and over 30,000 forcibly displaced'): in coordinated
    figures the parser often hangs the second number on the first one's word.
    """
    doc = head.doc
    for token in doc[head.i + 1: min(head.i + 4, head.sent.end)]:
        if token.is_punct or token.dep_ == "cc" or token.pos_ in ("VERB", "AUX") and token.dep_ not in (
                "amod", "acl", "oprd", "conj"):
            break
        if _kind_of(token) and token.pos_ in ("ADJ", "VERB") and token.dep_ in ("amod", "acl", "oprd", "conj", "acomp"):
            return _kind_of(token), token
    node = head
    for _ in range(5):
        kind = _kind_of(node)
        if kind and node.pos_ in ("VERB", "NOUN", "ADJ", "AUX"):
            return kind, node
        for child in node.children:  # "37 dead", "12 people injured", "the dead numbered 40"
            if child.dep_ in ("amod", "acl", "relcl") and _kind_of(child):
                return _kind_of(child), child
        if node.pos_ in ("VERB", "AUX"):
            for child in node.children:
                if child.dep_ in ("nsubj", "nsubjpass"):  # "the death toll rose to 132", "the number of homeless"
                    for word in child.subtree:
                        if _kind_of(word) and word.pos_ in ("NOUN", "ADJ"):
                            return _kind_of(word), word
                if child.dep_ in ("oprd", "acomp") and _kind_of(child):  # "left 115 people dead"
                    return _kind_of(child), child
        if node.dep_ == "prep" and node.lower_ in ("to", "at", "of", "over", "about", "around", "under"):
            node = node.head  # "rose to 132", "population of 10,600", "Over 500 were hurt"
            continue
        if node.dep_ in ("dobj", "nsubjpass", "nsubj", "attr", "pobj", "conj", "appos", "npadvmod", "nummod",
                         "compound", "oprd", "dative") and node.head.i != node.i:
            if node.dep_ == "pobj" and node.head.lower_ not in ("to", "of", "at", "including", "over", "about",
                                                                "around", "under", "with"):
                return None, None  # "rockets at 12 towns": not a casualty object
            node = node.head
        else:
            break
    return None, None


@functools.lru_cache(maxsize=8)
def _unit_ids(strings) -> numpy.ndarray:
    """The LOWER ids of the number words ('six', 'dozen'), 'a' and 'an' left out, sorted."""
    return numpy.array(sorted(strings[w] for w in _UNITS if w not in ("a", "an")), dtype=numpy.uint64)


def _among(values: numpy.ndarray, ids: numpy.ndarray) -> numpy.ndarray:
    """Which ``values`` are among the sorted ``ids`` (numpy.isin costs more on arrays this small)."""
    found = numpy.searchsorted(ids, values).clip(max=len(ids) - 1)
    return ids[found] == values


def _number_words(doclike: Doc | Span) -> list[Token]:
    """The tokens that may start a figure: like a number, or a number word other than 'a'/'an'. Read
    from one array of the Doc: most tokens are neither, and asking each for its lower form is costly."""
    doc = doclike.doc if isinstance(doclike, Span) else doclike
    offset = doclike.start if isinstance(doclike, Span) else 0
    rows = doclike.to_array([LIKE_NUM, LOWER]).reshape(len(doclike), 2)
    candidates = (rows[:, 0] != 0) | _among(rows[:, 1], _unit_ids(doc.vocab.strings))
    return [doc[offset + i] for i in numpy.flatnonzero(candidates).tolist()]


def counts(doclike: Doc | Span) -> Iterator[Count]:
    """Casualty, arrest and displacement figures in a Doc or sentence, in text order."""
    seen: set[int] = set()
    for token in _number_words(doclike):
        if token.i in seen:
            continue
        if token.ent_type_ in _NON_COUNT_ENTS or token.lower_ in ("one",) and token.dep_ not in ("nummod", "dobj"):
            continue
        number = _number_tokens(token)
        seen.update(t.i for t in number)
        if any(t.lower_ in _VAGUE for t in number) or any(t.ent_type_ in _NON_COUNT_ENTS for t in number):
            continue
        value = number_value([t.text for t in number])
        if value is None or value <= 0 or (1900 <= value <= 2100 and number[0].shape_ == "dddd"):
            continue
        last = number[-1]
        counted = last.head if last.dep_ in ("nummod", "quantmod", "compound") and last.head.pos_ in ("NOUN", "PROPN", "ADJ") else last
        kind, word = _kind_near(counted)
        if kind is None:
            continue
        who = counted.text if counted.i != last.i and counted.lemma_.lower() not in KIND_WORDS else None
        if who and counted.i + 1 < len(counted.doc) and counted.doc[counted.i - 1].ent_type_ and counted.doc[counted.i - 1] not in number:
            who = counted.doc[counted.i - 1].text + " " + who
        start = number[0]
        qualifier = _qualifier(start)
        if qualifier:
            start = start.doc[start.i - len(qualifier.split())]
        span_tokens = [start, number[-1], counted, word]
        first = min(span_tokens, key=lambda t: t.i)
        final = max(span_tokens, key=lambda t: t.i)
        doc = token.doc
        yield Count(kind=kind, number=value, qualifier=qualifier, who=who,
                    text=doc[first.i:final.i + 1].text, start_char=first.idx,
                    end_char=final.idx + len(final.text))
