"""Reported content: what speakers say others did and what they say themselves. Accusations ('X said
that Y committed a crime' → 112, PETRARCH's transformation 'a (b . ATTACK) SAY = a b 112', done on the
parse) and reported verdicts that reject a proposal, acts a speaker states in their own quoted words
('we will withdraw'), and the outlet a reported clause is attributed to.
"""

from __future__ import annotations

from typing import Iterator, Optional

from spacy.tokens import Span, Token

from dyad.events.lexicon import (ALLEGING_HEADS, CHARGE_NOUNS, LIGHT_VERBS, ATTEMPT_VERBS, ACCEPTING_PREDICATES, ACCUSATION_OBJECTS, ARMED_GROUP_NOUNS, CONFLICT_ROOTS,
                                 FAILING_VERBS, MISDEED_VERBS, PERPETRATING_VERBS, REJECTING_PREDICATES, STATEMENT_NOUNS,
                                 VIOLENT_PROTEST_CODES)
from dyad.actors.index import STATE_ORGANS
from dyad.codebooks import actor_dictionary, speech_cue_classes, word_classes
from dyad.events.predicates import _Predicate
from dyad.events.tokens import _children, _first, _future, _in, _is_passive, participated_act, to_blame
from dyad.modality import demand_code
from dyad.records import ActorRef, Event, Quotation
from dyad.quotes.gates import reports
from dyad.quotes.speakers import raised_speaker

# Subordinators of contrast: a clause they open beside a report ('X said ..., while Y accused ...') is another
# party's statement, not part of the report.
CONTRAST_MARKS = frozenset({"while", "whereas", "whilst"})


# Sectors of speakers that take sides in a dispute, whose attributed report of a hostile act done to them
# accuses its perpetrator; police, courts, the press, medics and residents report incidents.
ACCUSING_SECTORS = frozenset({"GOV", "MIL", "SPY", "LEG", "REB", "OPP", "PTY"})
REPORTING_SECTORS = frozenset({"MED", "COP", "JUD", "HLH", "CVL"})
# Sectors of armed groups: a state said to arm, fund or shelter them is accused (112), not credited with aid.
ARMED_SECTORS = frozenset({"REB", "INS", "MIL"})
# Predicates that lay a deed on someone: 'responsible for the attack', 'held accountable for the massacre'.
RESPONSIBLE_WORDS = frozenset({"responsible", "accountable", "culpable"})
# Relations by which a word of responsibility is predicated: 'is responsible', 'held Y responsible'.
PREDICATE_DEPS = ("acomp", "oprd", "xcomp", "ccomp", "attr")
# Verbs that lay the blame on someone: 'put the blame on Y', 'laid the blame for the riots on Y'.
BLAME_PLACING_VERBS = frozenset({"put", "lay", "place", "pin", "shift", "cast"})
# Verbs by which a subject is said to carry the blame for a deed ('Y bears full responsibility for the massacre').
BEARING_VERBS = frozenset({"bear", "carry", "shoulder"})
# Nouns by which a deed is said to be someone's ('the bombing was the work of Y', 'bore the hallmarks of Y').
AUTHORSHIP_NOUNS = frozenset({"work", "handiwork", "doing", "hallmark", "signature", "fingerprint", "trademark"})
# Word classes of deeds and harms whose responsibility laid on someone blames them (112): crimes, acts of
# force, and disasters ('held Y responsible for the famine'); not 'responsible for the talks'.
BLAMED_CLASSES = ("@crimes", "@force_acts", "@hazards")


class ReportedMixin:
    """Accusations, quoted first-person acts and attribution (mixed into
    :class:`~dyad.events.coder.EventCoder`; uses only ``self``)."""

    def accusations(self, sent: Span) -> Iterator[tuple[Token, Optional[Token], Token, str]]:
        """(cue, speaker, accused subject, code) for 'X said that Y committed a crime' (1124) and the like: a
        speaker who asserts that another actor committed a hostile act accuses it (CAMEO 112, PLOVER ACCUSE).
        A report put before its cue ('Y shelled the town, X said') or attributed with 'according to X'
        accuses only when X is an accusing speaker (:meth:`accusing_speaker`): a police or press report of a
        crime accuses no one."""
        for cue in _in(sent, self.tokens):
            if cue.pos_ != "VERB" or self.inside(cue) or cue.lemma_lower not in self.lexicon.speech_cues:
                continue
            speaker = _first(cue, "nsubj")
            adjunct = speaker is None and cue.dep_ in ("advcl", "conj") and cue.tag_ in ("VBG", "VBD", "VBZ", "VBP")
            if adjunct:  # 'the army shelled the camps, saying the guerrillas had attacked': the accusation only
                speaker = self.subject(cue)
            if speaker is not None and speaker.lemma_lower in STATEMENT_NOUNS:
                speaker = self.issuer(speaker) or speaker  # 'a communique issued by the army said ...'
            classes = speech_cue_classes().get(cue.lemma_lower, frozenset())
            for clause in _children(cue, "ccomp"):
                if not reports(cue, clause, classes, sent):
                    continue  # a cue that reports only in its construction ('ruled that', 'found' of an inquiry)
                act, obliged = self.modality.demanded_act(clause) if not adjunct else (None, None)
                if act is not None and obliged is not None:
                    # 'X said Y must withdraw its troops', 'Y has to release them, X said': X demands the act of Y
                    hit = self.match(act) if act.pos_ == "VERB" else None
                    yield cue, speaker, obliged, demand_code(hit[0].code if hit else None, self.negated(act))
                    continue
                attributed = clause.i < cue.i
                if not attributed and not adjunct:
                    rejected = self.rejected(clause)
                    if rejected is not None:
                        yield cue, speaker, rejected, "120"
                        continue
                accused = self.accused(clause) if not self.reporter(speaker) else None
                judged = accused is not None and (clause.lemma_lower in FAILING_VERBS or
                                                  self.modality.inaction(clause))  # a judgement wherever it stands
                if accused is not None and (not attributed or judged or self.victim_accuses(speaker, clause, accused[0])
                                            or self.watchdog_accuses(speaker, clause, accused[0])):
                    yield cue, speaker, accused[0], accused[1]  # not '..., police said': that attributes a report
        yield from self.held_responsible(sent)
        for noun in _in(sent, self.tokens):  # "Azerbaijan's statement that Armenia had shelled ..."
            if noun.lemma_lower not in STATEMENT_NOUNS or self.inside(noun):
                continue
            issuer = self.issuer(noun)
            for clause in _children(noun, "acl", "ccomp"):
                if issuer is None or self.reporter(issuer) or \
                        not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                    continue
                accused = self.accused(clause)
                if accused is not None:
                    yield noun, issuer, accused[0], accused[1]
        for clause, speaker in self._according_to(sent):
            accused = self.accused(clause)
            if accused is not None and (self.victim_accuses(speaker, clause, accused[0]) or
                                        self.watchdog_accuses(speaker, clause, accused[0])):
                yield clause, speaker, accused[0], accused[1]

    @staticmethod
    def issuer(noun: Token) -> Optional[Token]:
        """Who issues a statement noun: its owner ("Azerbaijan's statement"), a 'from'/'by'/'of' phrase ('a
        statement from the ministry'), or the agent of a participle ('a communique issued by the army')."""
        owner = _first(noun, "poss")
        if owner is not None:
            return owner
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                return _first(child, "pobj")
            if child.dep_ == "acl" and child.tag_ == "VBN":
                agent = _first(child, "agent")
                if agent is not None:
                    return _first(agent, "pobj")
        return None

    def accused(self, clause: Token) -> Optional[tuple[Token, str]]:
        """(subject, code) of a reported clause that says its subject committed a hostile act: a conflict act
        ('Y shelled the hospital' 112), a named crime ('Y committed atrocities' 1124)."""
        authored = self.author_of(clause)
        if authored is not None:
            return authored
        subj = _first(clause, "nsubj")
        act = participated_act(clause) if not self.negated(clause) and not _future(clause) else None
        participant = subj or _first(clause, "nsubjpass")  # ('was involved in': the passive's subject)
        if act is not None and participant is not None:
            hit = self.nominal(act)  # 'Y had taken part in the raids', 'Y was involved in the killing of X'
            if hit and hit[0].code[:2] in CONFLICT_ROOTS:
                return participant, "112"
        if subj is None:
            return None
        attempted = _first(clause, "xcomp") if clause.lemma_lower in ATTEMPT_VERBS else None
        if attempted is not None and _first(attempted, "nsubj") is None and not self.negated(clause):
            clause = attempted  # 'Y was trying to destabilise the region': the attempt is the misdeed
        obj = _first(clause, "dobj", "attr")
        if obj is not None and obj.lemma_lower in ACCUSATION_OBJECTS and \
                (obj.dep_ == "attr" or clause.lemma_lower in PERPETRATING_VERBS):
            return subj, ACCUSATION_OBJECTS[obj.lemma_lower]
        if (clause.lemma_lower in MISDEED_VERBS or clause.lemma_lower in word_classes()["@wrongdoing"]) and \
                not self.negated(clause) and not _is_passive(clause):
            return subj, "112"  # 'Y was interfering in its affairs'
        if self.modality.inaction(clause) and not _future(clause):
            return subj, "111"  # 'Y had done nothing to stop the attacks', 'Y has not done enough to help'
        if clause.lemma_lower in FAILING_VERBS and not self.negated(clause) and not _future(clause):
            failed = _first(clause, "xcomp")
            hit = self.match(failed) if failed is not None and failed.pos_ == "VERB" else None
            if not (hit and hit[0].code[:2] in CONFLICT_ROOTS):  # 'failed to take the town' reports a setback
                return subj, "111"  # 'Y had failed to protect civilians', 'Y ignored the warnings'
        hit = self.match(clause) if clause.pos_ == "VERB" and not self.negated(clause) else None
        # a conjoined act shares the subject ('had crossed the border and attacked a post')
        for act in [clause, *(c for c in _children(clause, "conj") if c.pos_ == "VERB" and
                              _first(c, "nsubj", "nsubjpass") is None)]:
            act_hit = hit if act.i == clause.i else self.match(act) if not self.negated(act) else None
            if act_hit and (act_hit[0].code[:2] in CONFLICT_ROOTS or act_hit[0].code in VIOLENT_PROTEST_CODES) and \
                    not _is_passive(act) and not _future(clause):
                # ('said the rebels would attack' foretells; it accuses no one of anything done; looting and
                # rioting are misdeeds too: 'the army had looted farms')
                return subj, "112"
        if hit and (hit[0].code[:2] in ("06", "07") or hit[0].code[:3] in ("051", "053")) and \
                not _is_passive(clause) and not _future(clause) and self.arms_fighters(clause, hit, subj):
            return subj, "112"  # 'Y had supplied weapons to the rebels', 'Y was backing the militias'
        deed = self.responsible_for(clause) if not self.negated(clause) else None
        code = self.deed_code(deed) or self._blames(clause) if deed is not None else None
        return (subj, code) if code else None

    def author_of(self, clause: Token) -> Optional[tuple[Token, str]]:
        """(author, code) of a reported clause that names who did a hostile deed other than as its subject: the
        agent of a passive act ('his aides had been abducted by the militia'), or the 'of' phrase of an idiom of
        authorship whose subject is the deed ('the bombing was the work of Y', 'the attack bore the hallmarks
        of Y'); else None."""
        if self.negated(clause) or _future(clause):
            return None
        if clause.pos_ == "VERB" and _is_passive(clause):
            agent = next((_first(c, "pobj") for c in clause.children if c.dep_ == "agent"), None)
            hit = self.match(clause) if agent is not None else None
            deed = _first(clause, "nsubjpass") if agent is not None and not hit and clause.lemma_lower in LIGHT_VERBS \
                else None
            hit = self.nominal(deed) if deed is not None else hit  # ('the massacre was perpetrated by Y')
            return (agent, "112") if hit and hit[0].code[:2] in CONFLICT_ROOTS and self._conjuncts(agent) else None
        deed = _first(clause, "nsubj")
        mark = _first(clause, "attr") if clause.lemma_lower == "be" else \
            _first(clause, "dobj") if clause.lemma_lower in BEARING_VERBS | {"have"} else None
        if deed is None or mark is None or mark.lemma_lower not in AUTHORSHIP_NOUNS:
            return None
        author = next((_first(p, "pobj") for p in _children(mark, "prep") if p.lower_ == "of"), None)
        code = self.deed_code(deed) if author is not None and self._conjuncts(author) else None
        return (author, code) if code else None

    def arms_fighters(self, clause: Token, hit, subject: Token) -> bool:
        """Whether the aid a reported clause credits its subject with goes to an armed group ('funding rebel
        groups', 'arming militias'): said by another side, that is an accusation, not aid."""
        recipients = self.targets(_Predicate(clause, hit[0], clause, hit[1]), self._conjuncts(subject))
        return any(r.sector in ARMED_SECTORS or (r.code or "")[3:6] in ARMED_SECTORS for r in recipients) or \
            any(t.lemma_lower in ARMED_GROUP_NOUNS for t in clause.subtree)

    @staticmethod
    def responsible_for(predicate: Token, *deps: str) -> Optional[Token]:
        """The deed a predicate of responsibility lays on its subject or object: 'Y was behind the bombing',
        'Y is responsible for the attacks', 'held Y responsible for the clashes' (the deed noun), else None.
        ``deps``: the relations the word of responsibility may hang by (by default a predicate's)."""
        for child in predicate.children:
            if child.dep_ == "prep" and child.lower_ == "behind" and predicate.lemma_lower == "be":
                return _first(child, "pobj")
            if child.dep_ in (deps or PREDICATE_DEPS) and (child.lower_ in RESPONSIBLE_WORDS or
                                                                              to_blame(child)):
                for prep in _children(child, "prep"):
                    if prep.lower_ == "for":
                        return _first(prep, "pobj")
            if child.dep_ == "dobj" and child.lemma_lower == "responsibility" and predicate.lemma_lower in BEARING_VERBS:
                for prep in _children(child, "prep") + _children(predicate, "prep"):  # 'bore responsibility for X'
                    if prep.lower_ == "for":
                        return _first(prep, "pobj")
        return None

    @staticmethod
    def _blames(predicate: Token) -> Optional[str]:
        """112 when the predicate itself lays blame, whatever the deed: 'Y is to blame for the incident', 'Y
        bears responsibility for the situation' (one is not to blame for good things); 'responsible for'
        alone leaves it to the deed."""
        if any(to_blame(c) for c in predicate.children) or (predicate.lemma_lower in BEARING_VERBS and any(
                c.dep_ == "dobj" and c.lemma_lower == "responsibility" for c in predicate.children)):
            return "112"
        return None

    def deed_code(self, deed: Token) -> Optional[str]:
        """The accusation a deed noun makes: a named crime ('atrocities' 1124), or a conflict act ('the
        bombing', 'the clashes') 112; else None ('responsible for the talks')."""
        if deed.lemma_lower in ACCUSATION_OBJECTS:
            return ACCUSATION_OBJECTS[deed.lemma_lower]
        hit = self.nominal(deed)
        if hit and hit[0].code[:2] in CONFLICT_ROOTS:
            return "112"
        classes = word_classes()  # ('responsible for the violence', 'for the killings', 'for the famine')
        return "112" if any(deed.lemma_lower in classes[name] for name in BLAMED_CLASSES) else None

    def held_responsible(self, sent: Span) -> Iterator[tuple[Token, Optional[Token], Token, str]]:
        """'Thailand held Cambodia responsible for the clashes', 'Laos put the blame for the blast on
        Vietnam', 'Chad pointed the finger at Libya' (cue, speaker, accused, code)."""
        for verb in _in(sent, self.tokens):
            if verb.pos_ != "VERB" or self.inside(verb) or self.negated(verb):
                continue
            if verb.lemma_lower == "point" and any(c.dep_ == "dobj" and c.lemma_lower == "finger" for c in verb.children):
                accused = next((_first(p, "pobj") for p in _children(verb, "prep") if p.lower_ == "at"), None)
                if accused is not None:  # 'pointed the finger at Y (for the attacks)': the idiom of blame
                    yield verb, _first(verb, "nsubj"), accused, "112"
                continue
            if verb.lemma_lower in BLAME_PLACING_VERBS:
                accused = self.blamed_on(verb)
                if accused is not None:
                    yield verb, _first(verb, "nsubj"), accused, "112"
                continue
            if verb.lemma_lower != "hold":
                continue
            accused = _first(verb, "dobj")
            if accused is None:  # the parser's 'holds [Serbia responsible]': a small clause with its subject
                accused = next((_first(c, "nsubj") for c in verb.children
                                if c.dep_ in ("ccomp", "xcomp", "oprd") and c.lower_ in RESPONSIBLE_WORDS), None)
            deed = self.responsible_for(verb) if accused is not None else None
            if deed is None and accused is not None:  # the parser's 'held [Serbia responsible for X]' as one phrase
                deed = self.responsible_for(accused, "amod")
            code = self.deed_code(deed) if deed is not None else None
            if code:
                yield verb, _first(verb, "nsubj"), accused, code

    @staticmethod
    def blamed_on(verb: Token) -> Optional[Token]:
        """Whom 'put / laid / pinned the blame on' names: the object of the last 'on' after 'blame', wherever
        the parser hung it ('put the blame for the blast on Y' has it under the deed); else None."""
        blame = _first(verb, "dobj")
        if blame is None or blame.lemma_lower != "blame":
            return None
        ons = [t for t in verb.subtree if t.lower_ == "on" and t.dep_ == "prep" and t.i > blame.i]
        return _first(ons[-1], "pobj") if ons else None

    def _according_to(self, sent: Span) -> Iterator[tuple[Token, Token]]:
        """(clause, speaker) for 'According to X, Y attacked ...' and 'Y attacked ..., according to X'."""
        for token in _in(sent, self.tokens):
            if token.lower_ != "according" or token.dep_ != "prep" or self.inside(token):
                continue
            to = next((c for c in token.children if c.lower_ == "to"), None)
            speaker = _first(to, "pobj") if to is not None else None
            if speaker is not None and token.head.pos_ == "VERB":
                yield token.head, speaker

    def reporter(self, speaker: Optional[Token]) -> bool:
        """A speaker whose account of a hostile act describes an incident rather than accuses: the press
        ('Reuters reported that gunmen attacked ...'), police, courts, medics, residents and witnesses."""
        ref = self._at(speaker) if speaker is not None else None
        return ref is not None and ref.sector in REPORTING_SECTORS

    def victim_accuses(self, speaker: Optional[Token], clause: Token, subject: Token) -> bool:
        """Whether the speaker an attributed report of a hostile act is credited to ('Y shelled the town, X
        said', 'according to X') accuses its perpetrator by it: when the speaker is a side of a dispute (a
        state, its government, forces or legislators, a party, an armed or opposition group) and the act was
        done to its own side. Police, courts, the press, medics, residents, monitors (NGOs, IGOs), and
        third states' diplomats describing what others did report an incident and accuse no one."""
        if speaker is None or self.inside(speaker):
            return False
        ref = self._at(speaker)
        if ref is None or not ref.actor_id or not ref.country or ref.code[:3] in ("NGO", "IGO") or \
                (ref.sector and ref.sector not in ACCUSING_SECTORS):
            return False
        hit = self.match(clause) if clause.pos_ == "VERB" else None
        perpetrators = self._conjuncts(subject)
        if not hit or not perpetrators:
            return False
        victims = self.targets(_Predicate(clause, hit[0], clause, hit[1]), perpetrators)
        if not victims:  # 'bombed a village near Tyre, the Lebanese government said': where it was done
            victims = [r for r in [self.place_state(clause.sent)] if r is not None]
        return any(v.country == ref.country for v in victims)

    def watchdog_accuses(self, speaker: Optional[Token], clause: Token, subject: Token) -> bool:
        """Whether a rights group's attributed report accuses ('Y is jailing critics, Amnesty said',
        'according to Human Rights Watch, Y has executed dozens'): coercion a state's organs are said to do
        (CAMEO 17: arrests, repression, executions) is the abuse such a group exists to denounce, not an
        incident it monitors (a bombing it counts stays a report)."""
        if speaker is None or self.inside(speaker) or clause.pos_ != "VERB":
            return False
        ref = self._at(speaker)
        if ref is None or not ref.code.startswith("NGO"):
            return False
        hit = self.match(clause)
        perpetrators = self._conjuncts(subject)
        return bool(hit) and hit[0].code[:2] == "17" and bool(perpetrators) and all(
            (p.sector or "") in STATE_ORGANS or (p.country and not p.sector and p.code == p.country) for p in perpetrators)

    # ------------------------------------------------------------------ events inside direct quotations
    def quotation_of(self, token: Token) -> Optional[Quotation]:
        """The direct quotation holding the token, when its speaker is resolved to a coded actor."""
        for quote in self.quotations:
            if quote.kind == "direct" and quote.start_char <= token.idx < quote.end_char and \
                    quote.speaker is not None and quote.speaker.code not in ("UNK", ""):
                return quote
        return None

    @staticmethod
    def _own_organ(subject: Token, quote: Quotation) -> Optional[ActorRef]:
        """'"Our army will respond"', '"my government has recalled its envoy"': a state organ the speaker owns in
        the first person is the speaker's state's organ of that sector (by the roles table), not a person."""
        country = quote.speaker.country
        if not country or subject.pos_ != "NOUN" or not any(
                c.dep_ == "poss" and c.lower_ in ("our", "my") for c in subject.children):
            return None
        entry = actor_dictionary().roles.get(subject.lemma_lower) or actor_dictionary().roles.get(subject.lower_)
        if entry is None or entry.person or entry.sector not in STATE_ORGANS:
            return None
        start = min(c.idx for c in subject.children if c.dep_ == "poss")
        return ActorRef(actor_id=None, name=subject.text, code=country + entry.sector, country=country,
                        sector=entry.sector, start_char=start, end_char=subject.idx + len(subject.text))

    def first_person_sources(self, subject: Token, quote: Quotation) -> list[ActorRef]:
        """Who 'we' or 'I' is in a quotation: for 'we', a state or organisation that the same sentence
        of the quotation names before it as a subject or a subject's owner ('Japan's position on
        this is firm, we have protested the test'); else the speaker."""
        organ = self._own_organ(subject, quote)
        if organ is not None:
            return [organ]
        if subject.lower_ == "we":
            for token in _in(subject.sent, self.tokens):
                if token.i >= subject.i:
                    break
                if not self.inside(token) or not (token.dep_ in ("nsubj", "nsubjpass") or
                                                   (token.dep_ == "poss" and token.head.dep_ == "nsubj")):
                    continue
                clause = token.head if token.dep_ != "poss" else token.head.head
                if clause.dep_ == "advcl":
                    continue  # '"If Chile crosses the line, we will strike back"': a condition names the other side
                ref = self._at(token)
                if ref is not None and ref.actor_id and self.index.get(ref.actor_id).kind in (
                        "country", "organisation", "group"):
                    return [ref]
        return [quote.speaker]

    def _plain_assertion(self, verb: Token) -> bool:
        """A verb stated as fact: no negation, modal, condition or question."""
        return not (self.negated(verb) or self.hypothetical(verb) or self._questioned(verb))

    def _questioned(self, verb: Token) -> bool:
        """Whether the verb's sentence is a question ('"Will we accept their terms?"')."""
        return self._text(verb.sent).rstrip().rstrip('"”’\'').endswith("?")

    def quoted_events(self, sent: Span) -> list[Event]:
        """Events a speaker states in their own quoted words, coded only where the quotation says who acts
        unambiguously: a first-person subject ('"We have protested the test," Kishida said' → the speaker's
        side condemns), or a named actor who committed a crime or an attack ('"... the gunmen of the
        cartel, who carried out a savage crime," she said' → the speaker accuses the cartel, as the 'X said that Y
        committed ...' rule does outside quotation marks). Negated, modal and questioned clauses are left."""
        found: list[Event] = []
        used: set[int] = set()
        for verb in _in(sent, self.tokens):
            copula = verb.pos_ == "AUX" and verb.lemma_lower == "be" and verb.dep_ in ("ROOT", "ccomp", "conj")
            if (verb.pos_ != "VERB" and not copula) or not self.inside(verb):
                continue
            quote = self.quotation_of(verb)
            subject = self.subject(verb) if quote is not None else None
            if subject is None or not self.inside(subject):
                continue
            first_person = subject.lower_ in ("we", "i") or self._own_organ(subject, quote) is not None
            if copula and first_person:
                continue  # a copula is coded only as a judgement of another ('"They are responsible for it"')
            if self.lemma(verb) in self.lexicon.speech_cues and not first_person:
                continue  # ('we call on X to ...', 'we condemn ...': the speaker's own speech act is coded)
            if not self._plain_assertion(verb) and not (first_person and self._refused(verb)):
                continue
            if first_person:
                found += self._first_person_event(sent, verb, subject, quote, used)
            else:
                found += self._quoted_accusation(sent, verb, subject, quote, used)
        return found

    def _refused(self, verb: Token) -> bool:
        """'"We will never accept their demands"': a cooperative act the speaker's side refuses, a statement
        of refusal (not a question or condition)."""
        hit = self.match(verb)
        return bool(hit) and self.refusal_code(verb, hit[0].code) is not None and not self.hypothetical(verb) \
            and not self._questioned(verb)

    def _first_person_event(self, sent: Span, verb: Token, subject: Token, quote: Quotation,
                            used: set[int]) -> list[Event]:
        hit = self.match(verb)
        if not hit or hit[0].code[:2] == "01" or self.fought_for_a_cause(verb, hit[1]):
            return []  # ('"I came back to fight for the people"': a cause, no force)
        predicate = _Predicate(verb, hit[0], verb, hit[1])
        sources = self.first_person_sources(subject, quote)
        targets = self.targets(predicate, sources)
        root = hit[0].code[:2]
        if not targets and root not in ("14", "15") and hit[0].target not in ("none", "optional"):
            targets = self.implicit_target(sources[0], root)
            if not targets:
                return []
        code = self.refusal_code(verb, hit[0].code) or self.appeal_code(verb, hit[0].code) or \
            self.intent_code(verb, hit[0].code) or hit[0].code
        return [self.make_event(sent, verb, verb, code, source, target, True, used, intent=code != hit[0].code)
                for source in sources for target in (targets or [None])]

    def _quoted_accusation(self, sent: Span, verb: Token, subject: Token, quote: Quotation,
                           used: set[int]) -> list[Event]:
        obj = _first(verb, "dobj")
        if obj is None or obj.lemma_lower not in ACCUSATION_OBJECTS:
            # '"The Rwandan army is occupying our territory," Tshisekedi said': a hostile act or misdeed the
            # speaker lays on another side in the quotation's own clause, as 'X said that Y ...' outside it
            hit = self.accused(verb) if verb.dep_ in ("ROOT", "ccomp", "conj") and subject.dep_ == "nsubj" else None
            if hit is None:
                return []
            home = quote.speaker.country  # (not the speaker's own state or its organs: 'Our troops shelled ...')
            return [self.make_event(sent, verb, verb, hit[1], quote.speaker, target, True, used)
                    for target in self._conjuncts(hit[0])
                    if target.actor_id != quote.speaker.actor_id and not (
                        home and target.country == home and (target.code == home or target.sector in STATE_ORGANS))]
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
                if current.i < head.i and any(c.dep_ in ("dobj", "nsubj") and c.lemma_lower in CHARGE_NOUNS
                                              and current.i < c.i < head.i for c in head.children):
                    return None  # the parser's '[Y accused Z of X], a charge Z denies': Y's own statement
                speaker = self.subject(head)
                if speaker is None and head.dep_ == "pcomp" and head.head.lower_ == "as" and \
                        head.head.head.lemma_lower == "quote":  # 'a spokesman was quoted as saying that ...'
                    speaker = _first(head.head.head, "nsubjpass")
                if speaker is None:  # 'the president is reported to have said that ...'
                    speaker = raised_speaker(head)
                if speaker is None or self.inside(speaker):
                    return None
                ref = self._at(speaker)
                if ref is not None and (ref.start_char == source.start_char or
                                        (ref.actor_id and ref.actor_id == source.actor_id)):
                    return None
                if speaker.pos_ == "PRON" and ref is not None and ref.actor_id:
                    return ref.name  # 'He said Moscow could not support it': who 'he' is, not the pronoun
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
            if current.dep_ == "advcl" and _first(current, "nsubj", "nsubjpass") is not None and \
                    any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in current.children) and \
                    (current.lemma_lower in self.lexicon.speech_cues or current.lemma_lower in ALLEGING_HEADS):
                return None  # 'the army said ..., while the rebels accused it of ...': a statement of its own
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
        if self.act_of_force(subj):
            return subj  # 'said the arrests of its traders were unacceptable': the act, whose doer is meant
        return next((t for t in subj.subtree if t.i in self.index.by_token), None)
