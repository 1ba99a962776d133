"""Counts: casualty, arrest and displacement figures ('killed at least 1,400 Israelis').

A figure counts only when the parse ties it to a casualty word: it is the object or passive subject
of a verb such as *kill* or *wound* ("killed 1,400", "12 people were wounded"), or it counts a noun such
as *deaths* or *casualties* ("37 deaths"), or it is predicated as dead/injured ("37 dead"), or a tally
noun holds it ("the death toll rose to 40"), or the subject is one of a casualty set ("were among those
killed") or predicated as one ("became refugees", "who remain missing"). The words and their kinds are data (count_words.tsv), as
are the number words text2num does not read (count_numbers.tsv; see dyad.count_tables). Money, dates,
ages, percentages, measures and crowd sizes never count. Ranges count their lower bound.
"""

from __future__ import annotations

import functools
from typing import Iterator, Optional

import numpy
from spacy.attrs import LIKE_NUM, LOWER
from spacy.tokens import Doc, Span, Token

from dyad.records import Count

from dyad.count_tables import count_words, number_value, number_words

__all__ = ["counts", "number_value", "QUALIFIERS", "VAGUE_FIGURES"]

QUALIFIERS = ("at least", "more than", "over", "nearly", "almost", "about", "around", "up to", "some",
              "approximately", "roughly", "fewer than", "less than", "as many as", "an estimated", "estimated",
              "close to", "upwards of", "under", "at most", "between")

_QUALIFIERS_LONGEST_FIRST = tuple(sorted(QUALIFIERS, key=len, reverse=True))  # 'an estimated' before 'estimated'

# Entities that make a figure a non-count. DATE is left out: the parser marks bare counts in headlines
# ('Floods kill 40') as dates; a date is told by its words instead (see _is_time_or_measure).
_NON_COUNT_ENTS = {"TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}
# Vague plurals ('hundreds of', 'dozens of') give only an order of magnitude: off unless set.
VAGUE_FIGURES = False
_RANGE_WORDS = {"-", "to", "and", "or"}
_FRACTIONS = ("half", "quarter")  # 'half a million', 'a quarter of a million': they open a figure, never follow one


def _kind_words() -> dict[str, str]:
    return count_words().kind_of


def _is_number_word(token: Token) -> bool:
    return token.like_num or token.lower_ in number_words()


def _number_tokens(token: Token) -> list[Token]:
    """The contiguous tokens of the number ``token`` belongs to: '4.5 million', 'twenty - six', 'two
    hundred and twelve', 'a dozen', 'half a million', 'tens of thousands'."""
    start = end = token.i
    doc = token.doc
    sent = token.sent  # once: Token.sent scans for the sentence bounds
    table = number_words()
    while start > sent.start and (doc[start - 1].like_num or doc[start - 1].text == "-"
                                  or doc[start - 1].lower_ in table) and doc[start - 1].lower_ not in ("a", "an"):
        start -= 1
    if start - 1 >= sent.start and doc[start - 1].lower_ in ("a", "an") and doc[start].lower_ in table:
        start -= 1  # 'a dozen', 'a hundred'
    while end + 1 < sent.end:
        following = doc[end + 1]
        after = doc[end + 2] if end + 2 < sent.end else None
        if following.like_num or following.lower_ in table and following.lower_ not in _FRACTIONS:
            end += 1
        elif following.text == "-" and after is not None and after.like_num and not after.is_digit:
            end += 1  # 'twenty - six', not the range '20 - 30'
        elif after is not None and after.lower_ in table and (
                following.lower_ == "of" and doc[end].lower_ in table and table[doc[end].lower_].vague
                or following.lower_ in ("a", "an") and doc[end].lower_ in _FRACTIONS):
            end += 1  # 'tens of thousands', 'half a million'
        elif following.lower_ == "of" and doc[end].lower_ in _FRACTIONS and after is not None \
                and after.lower_ in ("a", "an") and end + 3 < sent.end and doc[end + 3].lower_ in table:
            end += 2  # 'a quarter of a million', 'half of a million'
        elif following.lower_ == "and" and after is not None and after.is_alpha and after.like_num \
                and doc[end].lower_ in ("hundred", "thousand", "million"):
            end += 1  # 'two hundred and twelve'
        else:
            break
    return list(doc[start:end + 1])


def _range_end(number: list[Token]) -> Optional[list[Token]]:
    """The second figure of a range written right after ``number``: '20 to 30', '20 - 30', 'between 20
    and 30', 'two or three'."""
    doc = number[-1].doc
    joiner = number[-1].i + 1
    if joiner + 1 >= len(doc) or doc[joiner].lower_ not in _RANGE_WORDS or not doc[joiner + 1].like_num:
        return None
    if doc[joiner].lower_ == "and" and (number[0].i == 0 or doc[number[0].i - 1].lower_ != "between"):
        return None  # '3 and 14' is two figures unless 'between' opens it
    return _number_tokens(doc[joiner + 1])


def _qualifier(first: Token) -> Optional[str]:
    """'at least' etc. written just before the number."""
    doc = first.doc
    before = doc[max(first.sent.start, first.i - 3):first.i].text.lower()
    for qualifier in _QUALIFIERS_LONGEST_FIRST:
        if before == qualifier or before.endswith(" " + qualifier):
            return qualifier
    return None


def _is_time_or_measure(number: list[Token]) -> bool:
    """Dates, ages, times, money, percentages and measures: '2008', 'March 3', 'a 34-year-old', '15
    years', '30 km', '$40 million'. A DATE entity counts as a date only when it holds a word that is not
    part of the figure (a headline's 'kill 40' is often tagged DATE)."""
    doc = number[0].doc
    if any(t.ent_type_ in _NON_COUNT_ENTS for t in number):
        return True
    if len(number) == 1 and number[0].shape_ == "dddd" and 1900 <= int(number[0].text) <= 2100:
        return True
    if number[0].i > 0 and doc[number[0].i - 1].text in ("$", "£", "€", "#", "No.", "no."):
        return True
    measures = count_words().measures
    before = doc[max(0, number[0].i - 2):number[0].i]
    if len(before) == 2 and before[1].lower_ in ("to", "-") and (
            before[0].lemma_.lower() in measures or before[0].lower_ in measures):
        return True  # the second term of a measured pair: 'by 54 votes to 12', 'from 30 km to 45'
    for t in doc[number[-1].i + 1:min(number[-1].i + 3, len(doc))]:
        if t.text == "-":
            continue
        if t.lemma_.lower() in measures or t.lower_ in measures:
            return True
        break
    for t in number:
        if t.ent_type_ == "DATE":
            left, right = t.i, t.i
            while left > 0 and doc[left].ent_iob_ == "I":
                left -= 1
            while right + 1 < len(doc) and doc[right + 1].ent_iob_ == "I":
                right += 1
            words = doc[left:right + 1]
            if any(w.is_alpha and not _is_number_word(w) and w.lower_ not in ("between", "and", "to", "or",
                                                                               "some", "about", "around",
                                                                               "nearly", "almost", "over")
                   for w in words):
                return True
            break
    return False


def _kind_of(token: Token) -> Optional[str]:
    words = _kind_words()
    return words.get(token.lemma_.lower()) or words.get(token.lower_)


def _phrase_kind(verb: Token) -> Optional[str]:
    """A word that counts only with a dependent: 'lost their lives', 'gunned down', 'taken into
    custody', 'forced from their homes'."""
    entry = count_words().phrases.get(verb.lemma_.lower())
    if entry is None:
        return None
    wanted, kind = entry
    for child in verb.children:
        if child.lemma_.lower() in wanted or child.lower_ in wanted:
            return kind
        if child.dep_ in ("prep", "agent"):
            if any(g.dep_ == "pobj" and (g.lemma_.lower() in wanted or g.lower_ in wanted) for g in child.children):
                return kind
    return None


def _tally_kind(word: Token) -> Optional[str]:
    """The kind a tally noun holds: 'the death toll' (kill), 'the number of people arrested' (arrest); a
    bare 'toll' is a death toll, a bare 'number' nothing."""
    for other in word.subtree:
        kind = _kind_of(other)
        if kind and kind not in ("tally",) and other.i != word.i:
            return kind
    if word.lemma_.lower() in ("toll",):
        return "kill"
    carrier = word.head  # 'Five more people died, bringing the total to 41': the clause it tallies up
    if word.dep_ == "dobj" and carrier.lemma_.lower() in TALLY_RAISING_VERBS and \
            carrier.dep_ in ("advcl", "xcomp", "conj") and carrier.head.pos_ in ("VERB", "AUX"):
        kind = _kind_of(carrier.head) or _phrase_kind(carrier.head)
        return kind if kind != "tally" else None
    return None


# Verbs by which a new figure brings a tally to a total ('bringing the total to 41', 'raising the tally to 9').
TALLY_RAISING_VERBS = frozenset({"bring", "raise", "take", "push", "lift", "put"})


def _word_kind(word: Token) -> Optional[str]:
    kind = _kind_of(word)
    if kind == "tally":
        return _tally_kind(word)
    return kind


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
    via_prep = False
    for _ in range(5):
        kind = _word_kind(node) if node.pos_ in ("VERB", "NOUN", "ADJ", "AUX") else None
        if kind is None and node.pos_ in ("VERB", "AUX"):
            kind = _phrase_kind(node)
        if kind:
            return kind, node
        for child in node.children:  # "37 dead", "12 people injured", "the dead numbered 40"
            if child.dep_ == "relcl" and any(c.dep_ == "dobj" for c in child.children) and \
                    not any(c.dep_ in ("auxpass", "nsubjpass") for c in child.children):
                continue  # "the two rebel groups, which killed 12 soldiers": the doers, not the victims
            if child.dep_ in ("amod", "acl", "relcl") and _kind_of(child) and _kind_of(child) != "tally":
                return _kind_of(child), child
            if child.dep_ == "relcl":  # "12 sailors who remain missing": the relative clause's predicate
                for predicate in child.children:
                    if predicate.dep_ in ("acomp", "oprd", "attr") and _kind_of(predicate) not in (None, "tally"):
                        return _kind_of(predicate), predicate
        if node.pos_ in ("VERB", "AUX"):
            for child in node.children:
                # "the death toll rose to 132", "the number of homeless"; with a figure reached by
                # 'to'/'at', the object too: "brought the toll to 58", "put the number of dead at 87"
                if child.dep_ in ("nsubj", "nsubjpass") or via_prep and child.dep_ == "dobj":
                    for word in child.subtree:
                        word_kind = _word_kind(word)
                        if word_kind and (word.pos_ in ("NOUN", "ADJ") or word.head.lemma_.lower() in (
                                "number", "toll", "tally")):
                            return word_kind, word
                # "left 115 people dead", "forced 40,000 people to flee", "have become refugees"
                if child.dep_ in ("oprd", "acomp", "xcomp", "attr") and _kind_of(child) not in (None, "tally"):
                    return _kind_of(child), child
                # membership: "three reporters were among those killed", "among the dead were 5 police"
                if child.dep_ == "prep" and child.lower_ == "among":
                    for word in child.subtree:
                        if word.i != child.i and _kind_of(word) not in (None, "tally"):
                            return _kind_of(word), word
            if node.dep_ == "conj":
                break  # "killed him and destroyed 3 buildings": the second verb counts on its own
        if node.dep_ == "prep" and node.lower_ == "with" and node.i > 0 \
                and node.doc[node.i - 1].lower_ in ("along", "together"):
            # comitative: "released along with 11 others", "held together with 7 aides" share the verb
            verb = node.head if node.head.pos_ in ("VERB", "AUX") else node.head.head
            if verb.pos_ in ("VERB", "AUX"):
                node = verb
                continue
        if node.dep_ == "prep" and node.lower_ == "of" and node.head.pos_ in ("VERB", "AUX") \
                and node.i < node.head.i:
            return None, None  # a fronted partitive names the whole: "Of the 40 passengers, 12 died"
        if node.dep_ in ("aux", "auxpass") and node.head.pos_ in ("VERB", "AUX") and node.head.i != node.i:
            node = node.head  # 'and two are missing': the parser may hang the figure on the auxiliary
            continue
        if node.dep_ == "prep" and node.lower_ in ("to", "at", "of", "over", "about", "around", "under"):
            via_prep = node.lower_ in ("to", "at")
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
    """The LOWER ids of the table's number words ('dozen', 'hundreds'), sorted."""
    return numpy.array(sorted(strings[w] for w in number_words()), dtype=numpy.uint64)


def _among(values: numpy.ndarray, ids: numpy.ndarray) -> numpy.ndarray:
    """Which ``values`` are among the sorted ``ids`` (numpy.isin costs more on arrays this small)."""
    found = numpy.searchsorted(ids, values).clip(max=len(ids) - 1)
    return ids[found] == values


def _number_words(doclike: Doc | Span) -> list[Token]:
    """The tokens that may start a figure: like a number, or a number word of the table. Read from one
    array of the Doc: most tokens are neither, and asking each for its lower form is costly."""
    doc = doclike.doc if isinstance(doclike, Span) else doclike
    offset = doclike.start if isinstance(doclike, Span) else 0
    rows = doclike.to_array([LIKE_NUM, LOWER]).reshape(len(doclike), 2)
    candidates = (rows[:, 0] != 0) | _among(rows[:, 1], _unit_ids(doc.vocab.strings))
    return [doc[offset + i] for i in numpy.flatnonzero(candidates).tolist()]


def _severity_subset(number: list[Token], counted: Token) -> bool:
    """'5 people were injured, two seriously': a bare figure followed by a manner adverb re-counts part of
    the figure before it."""
    doc = number[-1].doc
    after = number[-1].i + 1
    return counted.i == number[-1].i and after < len(doc) and doc[after].pos_ == "ADV" and (
        after + 1 >= len(doc) or doc[after + 1].is_punct)


def counts(doclike: Doc | Span) -> Iterator[Count]:
    """Casualty, arrest and displacement figures in a Doc or sentence, in text order. A figure restated
    (the same kind and number again: the lead's toll repeated lower down) is given once, where first
    written."""
    stated: set[tuple[str, int]] = set()
    for count in _figures(doclike):
        if (count.kind, count.number) not in stated:
            stated.add((count.kind, count.number))
            yield count


def _figures(doclike: Doc | Span) -> Iterator[Count]:
    seen: set[int] = set()
    table = number_words()
    for token in _number_words(doclike):
        if token.i in seen:
            continue
        if token.lower_ in ("one",) and token.dep_ not in ("nummod", "dobj"):
            continue  # 'one of the', 'one day'
        number = _number_tokens(token)
        seen.update(t.i for t in number)
        if _is_time_or_measure(number):
            continue
        if any(t.lower_ in table and table[t.lower_].vague for t in number) and not VAGUE_FIGURES:
            continue
        value = number_value([t.text for t in number])
        if value is None or value <= 0:
            continue
        qualifier = _qualifier(number[0])
        written = len(qualifier.split()) if qualifier else 0
        second = _range_end(number)
        figure = number
        if second is not None and not _is_time_or_measure(second):
            seen.update(t.i for t in second)
            qualifier = qualifier or "between"
            figure = number + second  # the range's lower bound is the count; its last word leads to the noun
        last = figure[-1]
        counted = last.head if last.dep_ in ("nummod", "quantmod", "compound", "amod") \
            and last.head.pos_ in ("NOUN", "PROPN", "ADJ") and last.head.i > last.i else last
        if counted is last and number[-1].dep_ in ("nummod", "quantmod", "compound", "amod") \
                and number[-1].head.pos_ in ("NOUN", "PROPN") and number[-1].head.i > number[-1].i:
            counted = number[-1].head
        if _severity_subset(figure, counted) or counted.i != last.i and counted.lemma_.lower() in count_words().things:
            continue  # 'two of them seriously', 'captured four towns'
        kind, word = _kind_near(counted)
        if kind is None or kind == "tally":
            continue
        who = counted.text if counted.i != last.i and _kind_of(counted) is None else None
        if who and counted.i + 1 < len(counted.doc) and counted.doc[counted.i - 1].ent_type_ \
                and counted.doc[counted.i - 1] not in figure:
            who = counted.doc[counted.i - 1].text + " " + who
        start = number[0]
        if written:
            start = start.doc[start.i - written]
        span_tokens = [start, figure[-1], counted, word]
        first = min(span_tokens, key=lambda t: t.i)
        final = max(span_tokens, key=lambda t: t.i)
        doc = token.doc
        yield Count(kind=kind, number=value, qualifier=qualifier, who=who,
                    text=doc[first.i:final.i + 1].text, start_char=first.idx,
                    end_char=final.idx + len(final.text))
