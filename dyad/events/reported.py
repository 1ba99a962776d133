"""Reported content: what speakers say others did and what they say themselves. Accusations ('X said
that Y committed a crime' → 112, PETRARCH's transformation 'a (b . ATTACK) SAY = a b 112', done on the
parse) and reported verdicts that reject a proposal, acts a speaker states in their own quoted words
('we will withdraw'), and the outlet a reported clause is attributed to.
"""

from __future__ import annotations

from typing import Iterator, Optional

from spacy.tokens import Span, Token

from dyad.events.lexicon import (ACCEPTING_PREDICATES, ACCUSATION_OBJECTS, CONFLICT_ROOTS, PERPETRATING_VERBS,
                                 REJECTING_PREDICATES, STATEMENT_NOUNS)
from dyad.events.predicates import _Predicate
from dyad.events.tokens import _children, _first, _in
from dyad.modality import demand_code
from dyad.records import ActorRef, Event, Quotation


class ReportedMixin:
    """Accusations, quoted first-person acts and attribution (mixed into
    :class:`~dyad.events.coder.EventCoder`; uses only ``self``)."""

    def accusations(self, sent: Span) -> Iterator[tuple[Token, Token, str]]:
        """(cue verb, accused subject, code) for 'X said that Y committed a crime' (1124) and the like."""
        for cue in _in(sent, self.tokens):
            if cue.pos_ != "VERB" or self.inside(cue) or cue.lemma_lower not in self.lexicon.speech_cues:
                continue
            for clause in _children(cue, "ccomp"):
                act, obliged = self.modality.demanded_act(clause)
                if act is not None and obliged is not None:
                    # 'X said Y must withdraw its troops', 'Y has to release them, X said': X demands the act of Y
                    hit = self.match(act) if act.pos_ == "VERB" else None
                    yield cue, obliged, demand_code(hit[0].code if hit else None, self.negated(act))
                    continue
                if clause.i < cue.i:
                    continue  # '..., police said': the cue attributes a report, it accuses no one
                rejected = self.rejected(clause)
                if rejected is not None:
                    yield cue, rejected, "120"
                    continue
                subj = _first(clause, "nsubj")
                if subj is None:
                    continue
                code = None
                obj = _first(clause, "dobj", "attr")
                if obj is not None and obj.lemma_lower in ACCUSATION_OBJECTS and \
                        (obj.dep_ == "attr" or clause.lemma_lower in PERPETRATING_VERBS):
                    code = ACCUSATION_OBJECTS[obj.lemma_lower]
                else:
                    hit = self.match(clause) if clause.pos_ == "VERB" else None
                    if hit and hit[0].code[:2] in CONFLICT_ROOTS:
                        code = "112"
                if code:
                    yield cue, subj, code

    # ------------------------------------------------------------------ events inside direct quotations
    def quotation_of(self, token: Token) -> Optional[Quotation]:
        """The direct quotation holding the token, when its speaker is resolved to a coded actor."""
        for quote in self.quotations:
            if quote.kind == "direct" and quote.start_char <= token.idx < quote.end_char and \
                    quote.speaker is not None and quote.speaker.code not in ("UNK", ""):
                return quote
        return None

    def first_person_sources(self, subject: Token, quote: Quotation) -> list[ActorRef]:
        """Who 'we' or 'I' is in a quotation: for 'we', a state or organisation that the same sentence
        of the quotation names before it as a subject or a subject's owner ('Japan's position on
        this is firm, we have protested the test'); else the speaker."""
        if subject.lower_ == "we":
            for token in _in(subject.sent, self.tokens):
                if token.i >= subject.i:
                    break
                if not self.inside(token) or not (token.dep_ in ("nsubj", "nsubjpass") or
                                                   (token.dep_ == "poss" and token.head.dep_ == "nsubj")):
                    continue
                ref = self._at(token)
                if ref is not None and ref.actor_id and self.index.get(ref.actor_id).kind in (
                        "country", "organisation", "group"):
                    return [ref]
        return [quote.speaker]

    def _plain_assertion(self, verb: Token) -> bool:
        """A verb stated as fact: no negation, modal, condition or question."""
        if self.negated(verb) or self.hypothetical(verb):
            return False
        return not self._text(verb.sent).rstrip().rstrip('"”’\'').endswith("?")

    def quoted_events(self, sent: Span) -> list[Event]:
        """Events a speaker states in their own quoted words, coded only where the quotation says who acts
        unambiguously: a first-person subject ('"We have protested the test," Kishida said' → the speaker's
        side condemns), or a named actor who committed a crime or an attack ('"... the gunmen of the
        cartel, who carried out a savage crime," she said' → the speaker accuses the cartel, as the 'X said that Y
        committed ...' rule does outside quotation marks). Negated, modal and questioned clauses are left."""
        found: list[Event] = []
        used: set[int] = set()
        for verb in _in(sent, self.tokens):
            if verb.pos_ != "VERB" or not self.inside(verb) or self.lemma(verb) in self.lexicon.speech_cues:
                continue
            quote = self.quotation_of(verb)
            if quote is None or not self._plain_assertion(verb):
                continue
            subject = self.subject(verb)
            if subject is None or not self.inside(subject):
                continue
            if subject.lower_ in ("we", "i"):
                found += self._first_person_event(sent, verb, subject, quote, used)
            else:
                found += self._quoted_accusation(sent, verb, subject, quote, used)
        return found

    def _first_person_event(self, sent: Span, verb: Token, subject: Token, quote: Quotation,
                            used: set[int]) -> list[Event]:
        hit = self.match(verb)
        if not hit or hit[0].code[:2] == "01":
            return []
        predicate = _Predicate(verb, hit[0], verb, hit[1])
        sources = self.first_person_sources(subject, quote)
        targets = self.targets(predicate, sources)
        root = hit[0].code[:2]
        if not targets and root not in ("14", "15") and hit[0].target not in ("none", "optional"):
            targets = self.implicit_target(sources[0], root)
            if not targets:
                return []
        code = self.intent_code(verb, hit[0].code) or hit[0].code
        return [self.make_event(sent, verb, verb, code, source, target, True, used, intent=code != hit[0].code)
                for source in sources for target in (targets or [None])]

    def _quoted_accusation(self, sent: Span, verb: Token, subject: Token, quote: Quotation,
                           used: set[int]) -> list[Event]:
        obj = _first(verb, "dobj")
        if obj is None or obj.lemma_lower not in ACCUSATION_OBJECTS:
            return []
        accused = [r for r in self._conjuncts(subject) if r.actor_id != quote.speaker.actor_id]
        if subject.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
            accused = [r for r in self._conjuncts(verb.head) if r.actor_id != quote.speaker.actor_id]
        code = ACCUSATION_OBJECTS[obj.lemma_lower]
        return [self.make_event(sent, verb, verb, code, quote.speaker, target, True, used) for target in accused]

    # ------------------------------------------------------------------ reported clauses
    def reported_by(self, anchor: Token, source: ActorRef) -> Optional[str]:
        """Who reports the clause an event is stated in, as the text names them: 'Officials in Vienna said
        Austria would send troops' → 'Officials in Vienna'; 'Austria has sent troops, a spokesman said';
        'Ghana's foreign ministry confirmed that ...'. The clause is a speech cue's complement (or a
        conjunct of one), reached from the event's verb through at most four clause heads; the speaker's own
        act of saying, or one the speaker states of itself in the same words, has no separate reporter."""
        current = anchor
        for _ in range(4):
            head = current.head
            if head.i == current.i:
                return None
            if current.dep_ == "acl" and head.lemma_lower in STATEMENT_NOUNS and head.dep_ == "pobj" and \
                    head.head.head.lemma_lower in self.lexicon.speech_cues:
                current, head = head.head, head.head.head  # 'said in a statement that ...'
            if current.dep_ in ("ccomp", "parataxis", "prep") and head.lemma_lower in self.lexicon.speech_cues:
                speaker = self.subject(head)
                if speaker is None and head.dep_ == "pcomp" and head.head.lower_ == "as" and \
                        head.head.head.lemma_lower == "quote":  # 'a spokesman was quoted as saying that ...'
                    speaker = _first(head.head.head, "nsubjpass")
                if speaker is None or self.inside(speaker):
                    return None
                ref = self._at(speaker)
                if ref is not None and (ref.start_char == source.start_char or
                                        (ref.actor_id and ref.actor_id == source.actor_id)):
                    return None
                left, right = speaker.left_edge.i, speaker.i
                for child in speaker.children:  # 'Officials in Vienna', not a relative clause
                    if child.i > speaker.i and child.dep_ in ("prep", "compound", "appos", "amod"):
                        right = max(right, max(t.i for t in child.subtree))
                first, last = self.tokens[left], self.tokens[right]
                if right - left > 12:
                    first = self.tokens[speaker.i]
                words = self.text[first.idx:last.idx + len(last.text)]
                return words[0].upper() + words[1:] if words else None
            if current.dep_ not in ("conj", "xcomp", "advcl", "ccomp"):
                return None
            current = head
        return None

    def rejected(self, clause: Token) -> Optional[Token]:
        """The actor whose proposal or treatment a reported verdict rules out: 'said that lifting the
        sanctions on Burma is out of the question' (Burma), 'that the American plan is unacceptable'."""
        if clause.lemma_lower != "be":
            return None
        negated = any(c.dep_ == "neg" for c in clause.children)
        verdict = False
        for child in clause.children:
            word = child.lower_
            if child.dep_ in ("acomp", "attr") and (word in REJECTING_PREDICATES or
                                                    (negated and word in ACCEPTING_PREDICATES)):
                verdict = True
            elif child.dep_ == "prep" and word == "out" and any(  # 'out of the question'
                    g.lower_ == "of" and any(q.lower_ == "question" for q in g.children) for g in child.children):
                verdict = True
        subj = _first(clause, "nsubj", "csubj")
        if not verdict or subj is None:
            return None
        return next((t for t in subj.subtree if t.i in self.index.by_token), None)
