"""Interposed cues: a speech cue set inside the clause it reports ('The talks, he said, would begin
next week'; 'Exports, said Lars Berg, had doubled'). spaCy parses the cue either as a parataxis of the
reported clause's verb, or as the root with the clause's fronted subject hung on it ('dep', or an 'nsubj'
whose apposition is the speaker) and the rest of the clause as its 'ccomp'; both are read here.

The quotation's span runs from the clause's first word to its last, the interposed cue included: the
reported words stand on both sides of it, and a span is one stretch of the text.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from dyad.records import ActorRef, Quotation
from dyad.quotes.phrases import _quote_id
from dyad.quotes.words import DIRECT_ONLY_CUES

_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")


def _same_speaker(a: Quotation, b: Quotation) -> bool:
    if a.speaker is None or b.speaker is None:
        return False
    if a.speaker.actor_id or b.speaker.actor_id:
        return a.speaker.actor_id == b.speaker.actor_id
    return a.speaker.name == b.speaker.name


class _Interposed:
    """The interposed-cue readings of :class:`~dyad.quotes.finder.QuoteFinder`."""

    def interposed(self, sent: Span, cues: list[int]) -> list[Quotation]:
        """Quotations whose cue is a parataxis inside or after the clause it reports."""
        found = []
        for i in cues:
            cue = self.doc[i]
            if (cue.dep_ != "parataxis" and not self._trailing_conjunct(cue)) or self._lemma[i] in DIRECT_ONLY_CUES or \
                    any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
                continue  # a cue with its own reported clause is read by the indirect finder
            head = cue.head
            if head.pos_ not in ("VERB", "AUX") or self.inside(head) or self.is_cue(head):
                continue
            fronted, speaker = None, None
            if not any(c.dep_ in _SUBJECTS for c in head.children):
                # 'Exports, said Lars Berg, had doubled': the parser gives the cue both subjects, the
                # clause's before it and the speaker after it (inverted).
                before = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
                after = next((c for c in cue.children if c.dep_ == "nsubj" and c.i > cue.i), None)
                if before is None or after is None:
                    continue
                fronted, speaker = before, self._appos_speaker(after)
            kept = range(fronted.left_edge.i, fronted.right_edge.i + 1) if fronted is not None else range(0)
            cut = range(cue.left_edge.i, cue.right_edge.i + 1)
            low, high = self._segment(sent, cue)
            other = [c for c in head.children if c.i != cue.i and self.is_cue(c)]  # another cue's own report
            cut_too = {j for c in other for j in range(c.left_edge.i, c.right_edge.i + 1)}
            words = [j for j in self._clause_words(head) if (j not in cut or j in kept) and j not in cut_too
                     and low <= j < high and self._word(j)]
            if len(words) < 3 or sum(self._inside[j] for j in words) > len(words) / 2:
                continue  # mostly quoted words: a direct quotation, found as one
            speaker = speaker or self.speaker(cue)
            if speaker is None:
                continue
            found.append(self._interposed_quote(sent, cue, speaker, words))
        return found

    def _trailing_conjunct(self, cue: Token) -> bool:
        """'The attackers crossed the border, a senior officer told AFP.': the parser may conjoin a trailing cue
        to the clause it reports. Read as a parataxis where no 'and'/'but' joins them, a comma sets the cue's
        own subject off, and the cue ends the sentence."""
        head = cue.head
        if cue.dep_ != "conj" or head.i >= cue.i or head.pos_ not in ("VERB", "AUX"):
            return False
        subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i), None)
        if subject is None or subject.left_edge.i == 0 or self.doc[subject.left_edge.i - 1].text != ",":
            return False
        if any(c.dep_ in ("cc", "preconj") for c in cue.children) or \
                any(c.dep_ == "cc" and head.i < c.i < cue.i for c in head.children):
            return False
        return all(t.is_punct for t in self.doc[cue.right_edge.i + 1:cue.sent.end])

    def fronted_subject(self, cue: Token, clause: Token) -> tuple[list[int], Optional[Token]]:
        """For a cue's 'ccomp' after it with no subject of its own ('Their leaders, officials said,
        would meet'; 'The bridge, the mayor said, will open'): the words of the fronted subject the parser
        hung on the cue, and the apposition (or the second of two subjects the parser gave the cue) that is
        then the real speaker (None when the cue's own subject speaks). Nothing when the clause has its subject or no comma sets the subject off."""
        if clause.i < cue.i:
            return self._object_read_as_subject(cue, clause)
        if any(c.dep_ in _SUBJECTS for c in clause.children) or clause.dep_ == "xcomp":
            return [], None  # ('officials in Afar, the region the road runs through, denied obstructing it': a
            # gerund or infinitive after the cue has the cue's subject for its own; nothing was fronted)
        for child in cue.children:
            if child.i > cue.i or child.dep_ not in ("nsubj", "nsubjpass", "dep"):
                continue
            appos = next((c for c in child.children if c.dep_ == "appos" and c.i > child.i), None)
            # The parser's doubled subject: 'The decision, the ministry said in a statement, was final' hangs
            # both 'decision' and 'ministry' on the cue; the first, set off by a comma, is the clause's.
            speaker_subject = next((c for c in cue.children if c.dep_ == "nsubj" and child.i < c.i < cue.i), None)
            if child.dep_ in ("dep", "nsubjpass") or speaker_subject is not None:
                if speaker_subject is None or not self._comma_between(child.right_edge.i, speaker_subject.left_edge.i):
                    continue
                speaker = speaker_subject if child.dep_ == "nsubj" else None  # the cue's first subject is no speaker
                return [j for j in range(child.left_edge.i, child.right_edge.i + 1) if self._word(j)], speaker
            if appos is not None and appos.right_edge.i >= cue.i - 2 and \
                    self._comma_between(child.i, appos.left_edge.i):
                return [j for j in range(child.left_edge.i, appos.left_edge.i) if self._word(j)], appos
        return [], None

    def _object_read_as_subject(self, cue: Token, clause: Token) -> tuple[list[int], Optional[Token]]:
        """For a reported clause before its cue ('Dhaka has asked Delhi to extradite the former premier
        Jane Doe, a ministry adviser said'): the parser may end the clause early and make its last noun
        phrase the cue's subject, with the real speaker in apposition to it. A subject that starts right
        after the clause, with no comma between, and an apposition set off by one just before the cue:
        the words up to the comma are the clause's, the apposition speaks."""
        subject = next((c for c in cue.children if c.dep_ == "nsubj" and clause.i < c.i < cue.i), None)
        if subject is None or subject.left_edge.i != clause.right_edge.i + 1:
            return [], None
        appos = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), None)
        if appos is None or appos.right_edge.i < cue.i - 2 or not self._comma_between(subject.i, appos.left_edge.i):
            return [], None
        return [j for j in range(subject.left_edge.i, appos.left_edge.i) if self._word(j)], appos

    def add_or_continue(self, found: list[Quotation], quote: Quotation) -> None:
        """Add an interposed quotation to ``found``, or let it continue the same speaker's report just
        before it in the sentence ('Bankers said exports had slowed; most smelters, they added, will close'):
        one report, a pronoun cue repeating who gives it, is one quotation (as a direct quotation's
        continuation is)."""
        if any(q.start_char <= quote.start_char and quote.end_char <= q.end_char for q in found):
            return  # the cue stands inside a clause already reported ('X argued that A; B, they added, C')
        previous = found[-1] if found else None
        if previous is not None and previous.kind == "indirect" and previous.sentence == quote.sentence and \
                previous.end_char <= quote.start_char and _same_speaker(previous, quote) and \
                self.text[previous.end_char:quote.start_char].strip(" ;,") in ("", "and", "but"):
            start_char, end_char = previous.start_char, quote.end_char
            found[-1] = previous.model_copy(update={
                "id": _quote_id(self.doc, start_char, end_char), "text": self.text[start_char:end_char],
                "end_char": end_char})
            self._cue_of[(start_char, end_char)] = self._cue_of.get((previous.start_char, previous.end_char),
                                                                    self._cue_of[(quote.start_char, quote.end_char)])
            return
        found.append(quote)

    def _segment(self, sent: Span, cue: Token) -> tuple[int, int]:
        """The stretch of the sentence between the semicolons or colons around a cue: '...; most smelters,
        they added, will close ...' reports the part after the semicolon, not the clause before it."""
        low, high = sent.start, sent.end
        for token in sent:
            if token.text in (";", ":") and not self.inside(token):
                if token.i < cue.i:
                    low = token.i + 1
                elif token.i > cue.i:
                    high = token.i
                    break
        return low, high

    def _comma_between(self, start: int, end: int) -> bool:
        return any(t.text == "," for t in self.doc[start + 1:end])

    def _interposed_quote(self, sent: Span, cue: Token, speaker: ActorRef, words: list[int]) -> Quotation:
        start_char, end_char = self._extent(words)
        self._cue_of[(start_char, end_char)] = cue.i
        return Quotation(
            id=_quote_id(self.doc, start_char, end_char), speaker=speaker, cue=cue.text,
            text=self.text[start_char:end_char], kind="indirect", medium=self.medium(cue),
            according_to=self.relaying_outlet(sent, cue), start_char=start_char, end_char=end_char,
            sentence=self.sent_text(sent).strip())
