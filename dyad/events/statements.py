"""Statements toward an actor (CAMEO 01): a coded speaker's reported clause whose subject is another
coded actor ('the Estonian minister said the Latvian government had made progress', 'Iceland denied that
the Danish navy was involved') is the speaker's statement about that actor: 016 for a denial, else 010.
Only the clause's subject counts (the actor the statement is about, not every name in it), and only where
no more specific event already joins the two in the sentence (an accusation, an evaluation, a demand).
"""

from __future__ import annotations

from typing import Iterator, Optional

from spacy.tokens import Span, Token

from dyad.actors.coreference import PARTITIVE_QUANTIFIERS
from dyad.codebooks import speech_cue_classes, word_classes
from dyad.events.arguments import _own_members, _same_state
from dyad.events.tokens import _children, _first, _in, _phrase_head
from dyad.records import ActorRef, Event

# Cue classes whose complement is a statement of the speaker (not a belief, appeal, warning or promise).
STATEMENT_CUE_CLASSES = frozenset({"say", "tell", "declare", "complain"})
# Cues whose statement is a denial (CAMEO 016).
DENYING_CUES = frozenset({"deny", "refute", "dispute"})
# Speakers who report rather than take a stand toward the actors they speak of: the media.
# Plain statements (010) toward the clause's subject, measured when they were added: news-dev 13-28 required
# recall 0.438 → 0.458, precision 0.649 → 0.644; 01-12 precision 0.870 → 0.872; PLOVER and PETRARCH unchanged.
NON_PARTY_SECTORS = frozenset({"MED"})


class StatementMixin:
    """Statement events (mixed into :class:`~dyad.events.coder.EventCoder`; uses only ``self``)."""

    def statement_events(self, sent: Span, found: list[Event]) -> list[Event]:
        """Statements about another actor, one per (speaker, actor) pair not already joined by an event of
        ``found`` in either direction."""
        joined = {(e.source.actor_id, e.target.actor_id) for e in found if e.target is not None}
        joined |= {(b, a) for a, b in joined}
        events: list[Event] = []
        used: set[int] = set()
        for cue, clause, sources in self._statements(sent):
            code = "016" if self.lemma(cue) in DENYING_CUES else "010"
            subject = _whole_of_part(_first(clause, "nsubj", "nsubjpass"))
            if subject is None or subject.pos_ == "PRON":
                continue  # 'said they had ...': a statement about an actor names it
            if subject.dep_ == "nsubjpass" and any(_first(c, "pobj") is not None and self._conjuncts(_first(c, "pobj"))
                                                   for c in _children(clause, "agent")):
                continue  # 'said its workers had been killed by X': about the doer the agent names, not the patients
            if code == "010" and self.hypothetical(clause):
                continue  # 'said the opposition would never govern': a prediction, not a stance toward it
            if code == "010" and self._entitlement_denied(clause):
                code = "111"  # 'said Bolivia had no right to close the border': a criticism
            span = [t.idx for t in clause.subtree]
            first, last = min(span), max(span)
            for source in sources:
                about = self._about(subject, [source])
                if code == "016" and about and all(_same_state(source, t) or t.actor_id == source.actor_id or
                                                   _own_members(source, t, self.index) for t in about):
                    # 'denied that its army was involved': a denial for its own side answers whoever accused it
                    about = self.accusers(source, found, punishers=False)
                for target in about:
                    pair = (source.actor_id, target.actor_id)
                    if pair in joined or target.actor_id == source.actor_id or _same_state(source, target) \
                            or target.code in ("UNK", source.code) or _own_members(source, target, self.index):
                        continue
                    if code == "010" and not target.country and not target.code.startswith("IGO"):
                        continue  # ('said the West was applying double standards': a plain statement is coded
                        # toward an actor of a state or an international body, not a region or a body of none)
                    if any(e.source.actor_id == target.actor_id and first <= e.verb_start <= last for e in found):
                        continue  # 'said Norway would send instructors': the reported act is the event
                    joined |= {pair, pair[::-1]}
                    events.append(self.make_event(sent, cue, cue, code, source, target, True, used))
        return events

    def _statements(self, sent: Span) -> Iterator[tuple[Token, Token, list[ActorRef]]]:
        """(cue, reported clause, speakers) for a plain, asserted cue of a statement class."""
        classes = speech_cue_classes()
        for cue in _in(sent, self.tokens):
            if cue.pos_ != "VERB" or self.inside(cue) or \
                    not classes.get(self.lemma(cue), frozenset()) & STATEMENT_CUE_CLASSES:
                continue
            if self.negated(cue) or self.hypothetical(cue):
                continue
            speaker = self.subject(cue)
            if speaker is None or self.inside(speaker):
                continue
            sources = [s for s in self._conjuncts(_phrase_head(speaker))
                       if s.country and s.code != "UNK" and s.sector not in NON_PARTY_SECTORS]
            if not sources:
                continue
            for clause in _children(cue, "ccomp"):
                if clause.i > cue.i:
                    yield cue, clause, sources

    def _entitlement_denied(self, clause: Token) -> bool:
        """Whether the reported clause denies its subject an entitlement ('had no right to', 'has no mandate',
        'did not have the legitimacy to'; ``@entitlements``): a judgement against the subject, not a plain
        statement about it."""
        if clause.lemma_lower != "have" or self.hypothetical(clause):
            return False
        held = _first(clause, "dobj")
        return held is not None and held.lemma_lower in word_classes()["@entitlements"] and (
            self.negated(clause) or any(c.dep_ == "det" and c.lower_ == "no" for c in held.children))

    def _about(self, subject, sources: list[ActorRef]) -> list[ActorRef]:
        """The party a reported clause's subject names (:meth:`party_named`), or its owner ('the Latvian
        government's plan')."""
        if subject is None:
            return []
        return self.party_named(subject, sources) or self._owner_actors(subject)


def _whole_of_part(subject: Optional[Token]) -> Optional[Token]:
    """The group a partitive subject is part of ('denied that any of its units had crossed': the units), else the
    subject itself."""
    if subject is None or subject.lower_ not in PARTITIVE_QUANTIFIERS | {"any"}:
        return subject
    whole = next((_first(c, "pobj") for c in _children(subject, "prep") if c.lower_ == "of"), None)
    return whole if whole is not None else subject
