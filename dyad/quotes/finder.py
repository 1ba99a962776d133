"""The quotation finder: per-Doc tables (tokens in quotation marks, cue and report verbs, sentences,
the head table) read once, shared by the finder mixins."""

from __future__ import annotations

import bisect
from typing import Iterable, Optional

import numpy
from spacy.attrs import DEP, HEAD, IDX, LEMMA, LOWER, POS
from spacy.symbols import AUX, NOUN, VERB
from spacy.tokens import Doc, Span, Token

from dyad.actors import ActorIndex
from dyad.codebooks import speech_cue_classes
from dyad.nlp import offsets_in_ranges
from dyad.records import ActorRef
from dyad.quotes.words import _EDGE_PUNCT, OBJECTLESS_CUES, REPORT_VERBS

from dyad.quotes.complements import Frame, _Complements, cue_complements
from dyad.quotes.cues import _Cues
from dyad.quotes.direct import _Direct
from dyad.quotes.indirect import _Indirect
from dyad.quotes.interposed import _Interposed
from dyad.quotes.outlets import _Outlets
from dyad.quotes.salience import _Salience
from dyad.quotes.speakers import _Speakers


_CUE, _REPORT, _COMPLEMENT = 1, 2, 4
# Per set of speech cues: lemma hash → _CUE | _REPORT bits of the lemma's lower case (0: neither). The
# hashes are the StringStore's, the same in every Doc of the process, so each lemma is looked up once.
_LEMMA_KINDS: dict[tuple[frozenset[str], frozenset[str]], dict[int, int]] = {}


def _lemma_kinds(cues: frozenset[str], complements: frozenset[str]) -> dict[int, int]:
    kinds = _LEMMA_KINDS.get((cues, complements))
    if kinds is None:
        kinds = _LEMMA_KINDS[(cues, complements)] = {}
    return kinds


def _learn_lemmas(kinds: dict[int, int], cues: frozenset[str], complements: frozenset[str], lemmas: Iterable[int],
                  strings) -> None:
    for lemma in lemmas:
        if lemma not in kinds:
            word = strings[lemma].lower()
            kinds[lemma] = (_CUE if word in cues else 0) | (_REPORT if word in REPORT_VERBS else 0) | \
                (_COMPLEMENT if word in complements else 0)


class QuoteFinder(_Cues, _Speakers, _Salience, _Outlets, _Direct, _Indirect, _Complements, _Interposed):
    """Finds quotations in one Doc; see :func:`dyad.quotes.quotations`. The per-Doc tables live here; the
    finders are mixins, one file each (cues, speakers, salience, outlets, direct, indirect, complements,
    interposed)."""

    def __init__(self, doc: Doc, index: ActorIndex, quoted: list[tuple[int, int]], cues: frozenset[str],
                 text: Optional[str] = None, complements: Optional[dict[str, tuple[Frame, ...]]] = None,
                 wide_attribution: bool = False):
        self.doc, self.index, self.quoted, self.cues = doc, index, quoted, cues
        # cue_complements.tsv; with ``wide_attribution`` its 'wide' rows too ('vowed to V', 'denied reports that S')
        self.complement_frames = cue_complements(wide=wide_attribution) if complements is None else complements
        self.wide_attribution = wide_attribution  # also one word quoted as a speaker's label ('"saboteurs"')
        self._classes = speech_cue_classes()  # lemma → cue classes, for the classes gated by construction
        self.text = text if text is not None else doc.text  # Doc.text joins every token on each access
        self._read_tokens()
        self._read_sentences()
        self._according_found: dict[tuple[int, int], tuple[Optional[str], Optional[Token]]] = {}
        self._relayed: dict[tuple[int, int], Optional[str]] = {}
        self._speakers: dict[int, Optional[ActorRef]] = {}
        self._heads: Optional[list[int]] = None
        self._cue_of: dict[tuple[int, int], int] = {}  # a found quotation's (start, end) → its cue's index

    def _read_tokens(self) -> None:
        """Read once per Doc: which tokens are inside quotation marks, and the few kinds of token the
        finders look for (cue verbs and nouns, 'according', report verbs), as sorted token indices,
        so that no finder walks every token of a sentence asking the StringStore for its lemma."""
        doc = self.doc
        rows = doc.to_array([LEMMA, POS, IDX, LOWER]).reshape(len(doc), 4)
        self._inside = offsets_in_ranges(rows[:, 2], self.quoted)
        self._according = numpy.flatnonzero(rows[:, 3] == numpy.uint64(doc.vocab.strings["according"])).tolist()
        self._cue_verbs = []       # speech cue verbs outside quotations
        self._cue_nouns = []       # speech cue nouns outside quotations
        self._report_verbs = []    # reporting verbs ('report', 'say', 'tell') outside quotations
        self._complement_verbs = []  # verbs of cue_complements.tsv outside quotations ('urged X to ...')
        self._lemma: dict[int, str] = {}  # lemma_.lower() of each of those
        complements = frozenset(self.complement_frames)
        kinds = _lemma_kinds(self.cues, complements)
        lemmas = rows[:, 0].tolist()
        try:
            marked = [i for i, lemma in enumerate(lemmas) if kinds[lemma]]
        except KeyError:  # lemmas this process has not seen before
            _learn_lemmas(kinds, self.cues, complements, set(lemmas), doc.vocab.strings)
            marked = [i for i, lemma in enumerate(lemmas) if kinds[lemma]]
        for i in marked:
            if self._inside[i]:
                continue
            kind = kinds[lemmas[i]]
            self._lemma[i] = doc.vocab.strings[lemmas[i]].lower()
            if kind & _CUE:
                pos = int(rows[i, 1])
                if pos == VERB or pos == AUX:
                    if self._lemma[i] in OBJECTLESS_CUES and any(c.dep_ == "dobj" for c in doc[i].children):
                        continue
                    self._cue_verbs.append(i)
                elif pos == NOUN:
                    self._cue_nouns.append(i)
            if kind & _REPORT:
                self._report_verbs.append(i)
            if kind & _COMPLEMENT and int(rows[i, 1]) == VERB:
                self._complement_verbs.append(i)
        self._cue_set = frozenset(self._cue_verbs)

    def _read_sentences(self) -> None:
        """Read once per Doc: the sentences (Token.sent scans for the sentence bounds on every call) and
        the sentence each token is in."""
        self.sents = list(self.doc.sents)
        self._sent_number = number = []
        for n, sent in enumerate(self.sents):
            number.extend([n] * (sent.end - sent.start))

    def sent_of(self, token: Token) -> Span:
        """``token.sent``, read from the per-Doc table."""
        return self.sents[self._sent_number[token.i]]

    def sent_text(self, sent: Span) -> str:
        """``sent.text``, sliced from the article text."""
        return self.text[sent.start_char:sent.end_char]

    @staticmethod
    def _within(indices: list[int], sent: Span) -> list[int]:
        """The token indices of a sorted list that fall in a sentence."""
        return indices[bisect.bisect_left(indices, sent.start):bisect.bisect_left(indices, sent.end)]

    def inside(self, token: Token) -> bool:
        return self._inside[token.i]

    def _by_sentence(self, indices: list[int]) -> dict[int, list[int]]:
        """Sorted token indices grouped by the number of their sentence."""
        grouped: dict[int, list[int]] = {}
        for i in indices:
            grouped.setdefault(self._sent_number[i], []).append(i)
        return grouped

    def _word(self, i: int) -> bool:
        token = self.doc[i]
        return not (token.is_punct or token.is_space)

    def _tree(self) -> tuple[list[int], list[int]]:
        """Read once per Doc, when first asked: each token's head (an index) and dependency label (an id)."""
        if self._heads is None:
            rows = self.doc.to_array([HEAD, DEP]).reshape(len(self.doc), 2)
            relative = rows[:, 0].astype(numpy.int64)  # HEAD is an offset, stored unsigned
            self._heads = (relative + numpy.arange(len(self.doc))).tolist()
            self._deps = rows[:, 1].tolist()
            self._mark = self.doc.vocab.strings["mark"]
        return self._heads, self._deps

    def _extent(self, words: Iterable[int]) -> tuple[int, int]:
        """Character offsets from the first to the last of some token indices, without the whitespace
        and clause punctuation (',', '.', ';', ':', dashes) at either edge: a reported clause's span is
        its words, not the comma before the cue or the sentence's full stop."""
        first, last = min(words), max(words)
        doc = self.doc
        while first < last and (doc[first].is_space or doc[first].text in _EDGE_PUNCT):
            first += 1
        while last > first and (doc[last].is_space or doc[last].text in _EDGE_PUNCT):
            last -= 1
        return self._trimmed(doc[first].idx, doc[last].idx + len(doc[last]))

    def _trimmed(self, start_char: int, end_char: int) -> tuple[int, int]:
        """A span without whitespace (blank lines included) at either edge, nor the comma that ends
        the quoted words of '"...," she said' (the framing sentence's comma, not the speaker's)."""
        text = self.text
        while end_char > start_char and (text[end_char - 1].isspace() or text[end_char - 1] == ","):
            end_char -= 1
        while start_char < end_char and text[start_char].isspace():
            start_char += 1
        return start_char, end_char

    def _paragraph_start(self, token: Token) -> int:
        """First token of the paragraph (blank-line separated) a token is in."""
        cut = self.text.rfind("\n\n", 0, token.idx)
        if cut < 0:
            return 0
        span = self.doc.char_span(cut + 2, token.idx + len(token.text), alignment_mode="expand")
        return span[0].i if span is not None and len(span) else token.i
