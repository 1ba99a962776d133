"""Speech cues: which cue verb governs a quoted span, and which quoted fragments are only scare quotes."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dyad.codebooks import modals
from dyad.records import Quotation
from dyad.quotes.gates import GATED_CLASSES
from dyad.quotes.phrases import _passive


class _Cues:
    """The cue methods of :class:`~dyad.quotes.finder.QuoteFinder`."""

    def is_cue(self, token: Token) -> bool:
        """A speech cue verb outside quotations (read once per Doc)."""
        return token.i in self._cue_set

    def cue_for(self, start_char: int, end_char: int) -> Optional[Token]:
        """The speech cue for a quoted span: in its sentence outside the marks, else in the sentence
        just before it in the same paragraph ('He added, "..."' split by the parser)."""
        first = self.doc.char_span(start_char, end_char, alignment_mode="expand")
        if first is None or len(first) == 0:
            return None
        opening = self.sent_of(first[0])
        sentences = [opening]
        if self._sent_number[first[-1].i] != self._sent_number[first[0].i]:
            sentences.append(self.sent_of(first[-1]))
        candidates = []
        for sent in sentences:
            for i in self._within(self._cue_verbs, sent):
                if self._classes.get(self._lemma[i], GATED_CLASSES | {"say"}) <= GATED_CLASSES:
                    continue  # 'the video showed ... "..."': beliefs and findings report clauses, not quoted words
                token = self.doc[i]
                distance = min(abs(token.idx - start_char), abs(token.idx - end_char))
                candidates.append((distance, token))
        if not candidates and self.text[:start_char].rstrip(' "“').endswith(":"):
            # 'Peru's interior ministry issued a note that called for calm: "We ..."':
            # the clause before the colon introduces the quotation; its main verb is the cue.
            root = opening.root
            if root.i < first[0].i and any(c.dep_ == "nsubj" for c in root.children) and not self.inside(root):
                candidates.append((start_char - root.idx, root))
        opens_sentence = not self.text[opening.start_char:start_char].strip(' "“\'‘')
        if not candidates and opens_sentence:  # 'He added,' / '"..."' split into two sentences by the parser
            previous = opening.start - 1
            if previous > 0:
                before = self.sents[self._sent_number[previous]]
                gap = self.text[before.end_char:start_char]
                if "\n\n" not in gap:
                    candidates += [(start_char - t.idx, t) for t in map(self.doc.__getitem__,
                                                                         self._within(self._cue_verbs, before))]
        # A cue governs the quotation when the quotation's first word is in its subtree: when the cue is
        # that word or one of its ancestors (one walk up the tree, not one subtree per cue).
        governed = {first[0].i, *(t.i for t in first[0].ancestors)}
        if not candidates:
            framed = self._framing_verb(first, governed)
            if framed is not None:
                candidates.append((0, framed))
        if not candidates:
            return None
        # '..., The Times of Israel reported.' relays the speech; the speaker's own cue comes first, and a
        # cue whose speaker can be named beats one whose subject is 'which' or missing.
        if len(first) <= 4:  # a quoted fragment is speech only where the cue governs it
            candidates = [c for c in candidates if c[1].i in governed] or \
                [c for c in candidates if c[1].i > first[-1].i and
                 self._sent_number[c[1].i] == self._sent_number[first[0].i] and
                 c[1].dep_ not in ("advcl", "relcl", "acl", "pcomp") and  # not 'a "blow" after X announced'
                 not any(self.is_cue(t) for t in self.doc[first[-1].i + 1:c[1].i])]
            if not candidates:
                return None
        governing = [c for c in candidates if c[1].i in governed and not _passive(c[1])]
        # ('said France would continue to fight piracy "with ... determination"': a verb of discourse inside the
        # clause another cue reports is no cue of its own)
        # (nor is a verb of saying in the future or a mood: 'said Belgrade would respond "with all means"' reports
        # what Belgrade will do, in the reporter's words)
        governing = [c for c in governing if not (("discourse" in self._classes.get(c[1].lemma_.lower(), ()) or
                                                   _modal(c[1])) and any(
            o[1].i != c[1].i and o[1] in c[1].ancestors for o in governing))]
        candidates = governing or candidates  # 'chanting "..."' is the quote's cue, not 'complaining' beside it
        return min(candidates, key=lambda c: (self._relay_cue(c[1]), self.speaker(c[1]) is None,
                                              self._pronoun_subject(c[1]), c[0]))[1]

    def _framing_verb(self, first, governed: set[int]) -> Optional[Token]:
        """The verb of the attribution frame right after a quotation of a clause ('"...," the minister
        snapped.', '"...," fumed the senator.'): whatever verb it is (news writes manner verbs no list
        exhausts: quipped, fumed, roared), the quotation is its complement, its subject names the speaker and
        nothing but that subject stands between the closing mark and the verb. Where the parser leaves the
        quoted clause ungoverned, or the verb is passive or no finite verb, there is no frame. ``governed``:
        the quotation's first word and its ancestors (:meth:`cue_for`)."""
        last = first[-1]
        sent = self.sent_of(last)
        after = last.i + 1
        while after < sent.end and (self.doc[after].is_punct or self.doc[after].is_quote):
            after += 1
        if after == last.i + 1 or after >= sent.end or not any(t.pos_ in ("VERB", "AUX") for t in first):
            return None  # the mark must be followed by its comma (or the sentence's end punctuation is no frame)
        for verb in self.doc[after:min(sent.end, after + 8)]:
            if verb.pos_ != "VERB":
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None and verb.i == after:  # '"...," snapped the minister': the inverted frame
                subject = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if verb.i not in governed or verb.tag_ not in ("VBD", "VBZ", "VBP") or subject is None or \
                    _passive(verb) or self.inside(subject):
                return None
            between = set(range(after, verb.i))
            if between and not between <= {t.i for t in subject.subtree}:
                return None  # '"...," the minister said, ...' is read above; here only 'X VERBed' or 'VERBed X'
            return verb
        return None

    def scare_quote(self, quote: Quotation, indirect: list[Quotation]) -> bool:
        """A quoted fragment that is no quotation of its own: up to four words with no verb, that are
        only the label a describing cue gives something ('described the deal as a "historic step"'):
        the object of 'as' that hangs from the cue or its object. A fragment that is the cue's own object or
        complement ('called it "a complete fabrication"', 'reported "good progress"') or a phrase inside
        a clause the cue reports ('said there was "no room" for talks': the speaker's words, quoted in
        part, as news annotation counts them) stays a quotation. ``indirect``: the quotations found
        without marks (kept for rules that compare with them)."""
        cue = self._cue_of.get((quote.start_char, quote.end_char))
        if quote.kind != "direct" or cue is None or len(quote.text.split()) > 4:
            return False
        span = self.doc.char_span(quote.start_char, quote.end_char, alignment_mode="expand")
        if span is None or not len(span) or any(t.pos_ in ("VERB", "AUX") for t in span):
            return False
        head = next((t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i), None)
        if head is None:
            return False
        while head.dep_ == "conj" and head.head.i < head.i:  # 'as "puppets" and "white men"'
            head = head.head
        if head.dep_ != "pobj" or head.head.lower_ != "as":
            return False
        owner = head.head.head  # 'as' hangs from the cue, or from the thing described ('the deal as')
        return owner.i == cue or (owner.dep_ in ("dobj", "nsubjpass") and owner.head.i == cue)

    @staticmethod
    def _pronoun_subject(cue: Token) -> bool:
        """'..., which they described as "..."': a cue whose subject is only a pronoun ranks after one
        whose subject names the speaker ('Al-Jazeera said')."""
        subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
        return subject is not None and subject.pos_ == "PRON"


def _modal(verb: Token) -> bool:
    """Whether a verb has an auxiliary of the future or of mood (the deontic and conditional words of
    ``modals.tsv``): it says what may or will be, not what was said."""
    table = modals()
    return any(c.dep_ == "aux" and table.get(c.lower_, frozenset()) & MODAL_AUXILIARY_KINDS for c in verb.children)


MODAL_AUXILIARY_KINDS = frozenset({"deontic", "conditional"})
