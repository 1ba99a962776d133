"""Outlets and attribution: who relays a quotation ('according to X', 'X reported', 'told X')."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from dyad.nlp import entity_at
from dyad.records import ActorRef
from dyad.quotes.phrases import _noun_phrase
from dyad.quotes.words import (AUDIENCE_WORDS, DOCUMENT_WORDS, MEDIA_NAME_WORDS, MEDIUM_WORDS, OUTLET_SECTORS,
                               PRESS_PEOPLE)


class _Outlets:
    """The outlet and attribution methods of :class:`~dyad.quotes.finder.QuoteFinder`."""

    def is_outlet(self, ref: Optional[ActorRef], token: Token) -> bool:
        if ref is not None and ref.sector in OUTLET_SECTORS:
            return True
        if ref is None and token.ent_type_ in ("ORG", "WORK_OF_ART"):
            ent = entity_at(token)
            return ent is not None and any(w.lower_ in MEDIA_NAME_WORDS for w in ent)
        return ref is None and token.lemma_.lower() in ("media", "television", "radio", "newspaper")

    def outlet_in(self, token: Token) -> Optional[str]:
        """The first outlet named anywhere in a phrase: 'the news agency Reuters', 'NBC's Meet the Press'."""
        for t in token.subtree:
            ref = self.index.at(t)
            if self.is_outlet(ref, t) and not self._journalist(ref):
                return self._name(t)
        return None

    def _journalist(self, ref: Optional[ActorRef]) -> bool:
        """A person of the press ('a reporter', 'journalists'): a person, not the outlet itself."""
        actor = self.index.get(ref.actor_id) if ref is not None and ref.actor_id else None
        return actor is not None and (actor.kind == "person" or actor.role in PRESS_PEOPLE)

    # ------------------------------------------------------------------ attribution
    def according_to(self, sent: Span) -> tuple[Optional[str], Optional[Token]]:
        """The outlet or person named by 'according to X' in a sentence (outside quotations); found once
        per sentence, as every finder asks."""
        key = (sent.start, sent.end)
        found = self._according_found.get(key)
        if found is None:
            found = self._according_found[key] = self._according_to(sent)
        return found

    def _according_to(self, sent: Span) -> tuple[Optional[str], Optional[Token]]:
        for i in self._within(self._according, sent):
            token = self.doc[i]
            if not self.inside(token):
                nxt = token.nbor(1) if token.i + 1 < sent.end else None
                if nxt is not None and nxt.lower_ == "to":
                    pobj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
                    if pobj is None and nxt.i + 1 < sent.end:
                        pobj = self._head_of_span(nxt.i + 1, sent.end)
                    if pobj is not None:
                        return self._name(pobj), pobj
        return None, None

    def _head_of_span(self, start: int, end: int) -> Optional[Token]:
        tokens = [t for t in self.doc[start:end] if not t.is_punct]
        return tokens[-1] if tokens else None

    def _name(self, token: Token) -> str:
        ref = self.index.phrase(token)
        if ref is not None and ref.sector in OUTLET_SECTORS:
            span = self.doc.char_span(ref.start_char, ref.end_char)
            return self.text[span.start_char:span.end_char] if span else ref.name
        ent = entity_at(token)
        if ent is not None and ent.label_ in ("ORG", "WORK_OF_ART", "PERSON"):
            return ent.text
        return _noun_phrase(token)

    def relaying_outlet(self, sent: Span, cue: Optional[Token], direct: bool = False) -> Optional[str]:
        """'..., The Times of Israel reported.' or 'told the BBC': an outlet that relays the speech.
        An outlet's own words in quotation marks ('the news agency added: "..."') are its statement,
        not something it relays."""
        if cue is None:  # the same for every quotation of the sentence: found once
            key = (sent.start, sent.end)
            if key not in self._relayed:
                self._relayed[key] = self._relaying_outlet(sent, None, direct)
            return self._relayed[key]
        return self._relaying_outlet(sent, cue, direct)

    def _relaying_outlet(self, sent: Span, cue: Optional[Token], direct: bool) -> Optional[str]:
        outlet, token = self.according_to(sent)
        if outlet and token is not None and (self.is_outlet(self.index.phrase(token), token)):
            return outlet
        for i in self._within(self._report_verbs, sent):  # outside quotations, lemma in REPORT_VERBS
            verb = self.doc[i]
            if cue is not None and verb.i == cue.i:
                continue
            for child in verb.children:
                if child.dep_ == "nsubj":
                    ref = self.index.phrase(child)
                    if self.is_outlet(ref, child) and (cue is None or ref is None or ref.actor_id != self._speaker_id(cue)):
                        return self._name(child)
        if cue is not None:
            for child in cue.children:
                if child.dep_ in ("dobj", "dative", "npadvmod", "appos") and cue.lemma_.lower() == "tell" \
                        and not self._audience(child):
                    outlet = self.outlet_in(child)  # 'told the news agency Reuters'
                    if outlet:
                        return outlet
                if child.dep_ == "prep" and child.lower_ in ("with", "to", "on", "in"):
                    # 'said on NBC's Meet the Press', 'In an interview with Le Monde',
                    # 'In a message read out on state radio'
                    outlet = self.outlet_in(child)
                    if outlet:
                        return outlet
                    for pobj in child.children:
                        if pobj.dep_ == "pobj" and pobj.lemma_.lower() in DOCUMENT_WORDS | {"interview"} \
                                and pobj.lemma_.lower() not in ("statement", "interview", "broadcast"):
                            return _noun_phrase(pobj)  # 'in an open letter' → 'open letter'
            subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                document = self._document_subject(subject)
                if document:  # 'The EU report says', 'the website said', '... It says'
                    return document if document != "statement" else None
                ref = self.index.phrase(subject)
                if self.is_outlet(ref, subject):
                    actor = self.index.get(ref.actor_id) if ref is not None and ref.actor_id else None
                    if actor is not None and (actor.kind == "person" or actor.role):
                        return self._employer(subject)  # 'A reporter for the BBC said' → BBC; an editor speaks for himself
                    if not direct:
                        return self._name(subject)  # 'Haaretz says': the outlet relays itself
        return None

    def _audience(self, told: Token) -> bool:
        """Whom a speaker told, when it is an audience rather than an outlet: people ('told reporters',
        'told journalists': persons, even when their trade is the press) or a gathering ('told a news
        conference', 'told parliament', 'told the crowd', 'told supporters'). They heard the words; an
        outlet ('told the BBC', 'told the news agency Reuters') relays them."""
        if any(t.i != told.i and self.is_outlet(self.index.at(t), t) and not self._journalist(self.index.at(t))
               for t in told.subtree):
            return False  # 'told a reporter for the BBC': the reporter's outlet relays
        return told.lemma_.lower() in AUDIENCE_WORDS or told.lower_ in AUDIENCE_WORDS or \
            self._journalist(self.index.at(told))

    def _document_subject(self, subject: Token) -> Optional[str]:
        """The document a subject is: 'The report says' → report; a sentence-initial 'It says' after a
        sentence whose subject was a document ('The report accuses ... It says ...') → that document."""
        if subject.lemma_.lower() in DOCUMENT_WORDS:
            return subject.lemma_.lower()
        if subject.lower_ == "it" and subject.i == self.sent_of(subject).start and subject.i > 0:
            previous = self.sents[self._sent_number[subject.i - 1]]
            if "\n\n" not in self.text[previous.end_char:subject.idx]:
                before = next((t for t in previous if t.dep_ == "nsubj" and t.head.i == previous.root.i), None)
                if before is not None and before.lemma_.lower() in DOCUMENT_WORDS:
                    return before.lemma_.lower()
        return None

    def _employer(self, subject: Token) -> Optional[str]:
        """The outlet named inside a journalist's description ('A reporter for the BBC', 'A BBC
        correspondent in Cairo')."""
        for token in subject.subtree:
            if token.i != subject.i and token.ent_type_ in ("ORG", "WORK_OF_ART"):
                ent = entity_at(token)
                if ent is not None:
                    return ent.text
        return None

    def _relay_cue(self, cue: Token) -> bool:
        subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
        return subject is not None and self.is_outlet(self.index.phrase(subject), subject)

    def medium(self, cue: Token) -> Optional[str]:
        """'posted on X' → 'X'; 'said in a statement' → 'statement'; 'on state media' → 'state media'."""
        for child in cue.children:
            if child.dep_ == "prep" and child.lower_ in ("on", "in", "via", "through", "during"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and (pobj.lower_.rstrip(".") in MEDIUM_WORDS or pobj.lemma_.lower() in MEDIUM_WORDS):
                        return _noun_phrase(pobj).rstrip(".") if pobj.lower_.rstrip(".") != "x" else "X"
        return None
