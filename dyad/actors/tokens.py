"""The per-Doc token table that every stage of actor resolution (and the event coder) reads.

spaCy builds a Token and looks its string up on every attribute read; the passes read each token's
attributes many times, so one :class:`TokenTable` per Doc holds them as plain lists, read once with
``doc.to_array`` and one StringStore lookup per distinct value (the string caches below are shared by
all Docs, since a hash names one string in every StringStore). The resolver builds it and hands it on
through :class:`dyad.actors.index.ActorIndex`, so quotes and events never rebuild it.
"""

from __future__ import annotations

import functools
from typing import Optional

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, IS_ALPHA, LEMMA, LOWER, ORTH, POS, SENT_START, SPACY, TAG
from spacy.tokens import Doc

_TABLE_ATTRS = [ORTH, LOWER, LEMMA, POS, TAG, DEP, HEAD, ENT_TYPE, SENT_START, IDX, IS_ALPHA, ENT_IOB, SPACY]
_LIST_COLUMNS = [0, 1, 2, 3, 4, 5, 7, 9, 10, 11, 12]  # all but HEAD and SENT_START, read with numpy
_STRINGS: dict[int, str] = {}  # hash → string: a hash names one string in every StringStore
_LEMMAS: dict[int, str] = {}  # lemma hash → the lemma lower-cased


def _strings(ids: list[int], store, held: dict[int, str] = _STRINGS) -> list[str]:
    """The strings of a column of hashes, each distinct one looked up once (lemmas lower-cased)."""
    try:
        return list(map(held.__getitem__, ids))
    except KeyError:  # words not seen before: look each up once
        lowered = held is _LEMMAS
        for h in set(ids).difference(held):
            held[h] = store[h].lower() if lowered else store[h]
        return list(map(held.__getitem__, ids))


class TokenTable:
    """Token attributes of one Doc as plain lists, read once (``doc.to_array`` and one StringStore
    lookup per distinct value): the passes below read them many times per token, and a spaCy
    attribute read builds a Token and looks the string up on every access."""

    def __init__(self, doc: Doc, text: Optional[str] = None):
        n = self.n = len(doc)
        array = doc.to_array(_TABLE_ATTRS)
        columns = array[:, _LIST_COLUMNS].T.tolist() if n else [[]] * len(_LIST_COLUMNS)
        orth, lower, lemma, pos, tag, dep, ent, idx, alpha, iob, space = columns
        store = doc.vocab.strings
        self.text = _strings(orth, store)
        self.lower = _strings(lower, store)
        self.lemma = _strings(lemma, store, _LEMMAS)  # lower-cased, as the rules compare them
        self.pos = _strings(pos, store)
        self.tag = _strings(tag, store)
        self.dep = _strings(dep, store)
        self.ent_type = _strings(ent, store)
        self.idx = idx
        self.alpha = alpha
        self.iob = iob  # 1 inside an entity, 2 outside, 3 at its start, 0 unset
        positions = numpy.arange(n, dtype=numpy.int64)
        heads = array[:, 6].view(numpy.int64) + positions  # stored relative to the token
        self.head = heads.tolist()
        # Children as one flat list grouped by head, in token order (``token.children``), with each
        # head's offset into it: two lists, not one per token, for the garbage collector to track.
        dependents = heads != positions
        order = numpy.argsort(heads[dependents], kind="stable")
        self._kids = positions[dependents][order].tolist()
        self._offsets = numpy.searchsorted(heads[dependents][order], numpy.arange(n + 1)).tolist()
        # The sentence start of each token (what ``token.sent.start`` scans for): the latest start so far.
        starts = array[:, 8].view(numpy.int64) == 1
        self.sent = numpy.maximum.accumulate(numpy.where(starts, positions, 0)).tolist()
        self.space = space  # whether a space follows the token
        self._doc = doc
        if text is not None and len(text) == (self.end_char(n - 1) + space[-1] if n else 0):
            self.doc_text = text  # the text the caller parsed: the same characters, not joined anew

    @functools.cached_property
    def doc_text(self) -> str:
        """The Doc's text (``doc.text`` joins every token anew), for the few rules that search it: the
        parsed text itself where the caller passed it (a Doc's text is exactly the text it was made from)."""
        return self._doc.text

    def children(self, i: int) -> list[int]:
        """The children of token ``i`` in order (``token.children``)."""
        return self._kids[self._offsets[i]:self._offsets[i + 1]]

    @functools.cached_property
    def coordinated(self) -> set[int]:
        """Tokens in a coordination (a conjunct or the head of one): only these have conjuncts."""
        found: set[int] = set()
        i = -1
        try:
            while True:
                i = self.dep.index("conj", i + 1)
                found.update((i, self.head[i]))
        except ValueError:  # no more conjuncts
            return found

    def entity_at(self, i: int) -> Optional[tuple[int, int, str]]:
        """(start, end, label) of the entity token ``i`` is in (``dyad.nlp.entity_at``), or None."""
        label = self.ent_type[i]
        if not label:
            return None
        start, end = i, i + 1
        while start > 0 and self.iob[start] == 1:
            start -= 1
        while end < self.n and self.iob[end] == 1:
            end += 1
        return start, end, label

    def end_char(self, i: int) -> int:
        """End offset of token ``i`` (a span ending there ends here)."""
        return self.idx[i] + len(self.text[i])

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` from the token texts, without building the Span."""
        last = end - 1
        if start == last:
            return self.text[start]
        text, space = self.text, self.space
        return "".join([text[i] + " " if space[i] else text[i] for i in range(start, last)]) + text[last]
