"""Arguments: who does it to whom. The subject (climbing through non-finite, conjoined and relative clauses
and plan nouns), the passive agent, the object or the object of a preposition, with a target never equal
to the source, and the targets a clause that names none still gives (an adverbial's patient, aid's place).

Arguments the text leaves wholly implicit (institutions, crowds, placed violence) are in
:mod:`dyad.events.implicit`.
"""

from __future__ import annotations

import functools

from typing import Optional

from spacy.tokens import Span, Token

from dyad.events.lexicon import (PERSON_OBJECT_CODES, HELPING_VERBS, MEDIATOR_NOUNS, PARTICIPATION_WORDS, FRAME_CODES, JOINT_MANNER_NOUNS, PATIENT_NOUNS, QUANTITY_OBJECTS, MEDIATING_VERBS, MEDIATION_CODES, STANCE_PREDICATES, REMOVAL_NOUNS, SHOWING_VERBS, ALLEGING_HEADS, AVENGING_VERBS, PART_NOUNS, VENGEANCE_NOUNS, AS_LABELLING_VERBS, TAKING_VERBS, REACTION_ROOTS, PLACEHOLDER_OBJECTS, ADJECTIVAL_PASSIVES, BORDER_NOUNS, COAST_NOUNS, PLACE_ENTITIES, POSTURE_PLACE_PREPS, CONFLICT_ROOTS, COOPERATIVE_ROOTS, CROWD_NOUNS, FORCE_ROOTS, FRAME_VERBS, LANDMARK_PREPS, LOCATION_PREPS,
                                 NAMED_THINGS, SOCIETY_SECTORS, STANCE_NOUNS,
                                 ACT_DETERMINERS, CREDITING_VERBS, VERBAL_ROOTS, STATEMENT_NOUNS, TARGET_PREPS, THEME_OBJECT_CODES, TOPIC_VERBS, VENUE_ROOTS, VERDICT_CODES, VISIT_CODES)
from dyad.actors.codes import FORCE_SECTORS
from dyad.actors.index import STATE_ORGANS
from dyad.codebooks import occasions, word_classes
from dyad.modality import COERCIVE_ROOTS as THREAT_ROOTS  # (acts whose conditional form threatens)
from dyad.events.predicates import _Predicate, _counted_noun, _dictionary_lemmas, _joint, companion_object
from dyad.events.tokens import after_comma, to_infinitive, _children, _mistagged_participle, committed_act, effort_aim, effort_frame, _first, _fragment_subject, _is_passive, _phrase_head, _pobj, between_phrase, reduced_passive, summarised_clause, warned_act
from dyad.quotes import DOCUMENT_WORDS
from dyad.quotes.content import content_nouns, that_clause
from dyad.records import ActorRef, Event

# Roots of acts done in words or by giving, whose event noun names its doer with 'from' ('warnings from
# Beijing', 'aid from Japan', 'a request from Kenya'); not force, movement or withdrawal ('attacks from the
# north', 'the withdrawal from Syria'), where 'from' names a place.
FROM_SOURCE_ROOTS = frozenset({"01", "02", "03", "04", "05", "07", "10", "11", "12", "13"})
# Generic act words that may name an act only intended ('the plan'), and the roots of intents and threats (03, 13)
# that the other generic words ('the decision', 'the move') never refer back to.
INTENDED_ACTS = frozenset({"plan", "proposal", "initiative", "announcement"})
INTENT_ROOTS = frozenset({"03", "13"})
# How many sentences with events back an act named by its kind may lie from the noun that refers to it.
NAMED_ACT_WINDOW = 8
# Acts only a court does: a reaction to 'the ruling' reacts to the latest court's act.
VERDICT_NOUNS = frozenset({"ruling", "verdict", "judgment", "judgement", "sentence", "conviction", "acquittal"})
# Generic act nouns that name a court's ruling where a court has just ruled ('welcomed the decision').
COURT_ACTS = frozenset({"decision", "order"})
# Prepositions of an act noun that name who undergoes it ("the killing of protesters", "the crackdown on bloggers").
PATIENT_PREPS = ("of", "on", "against")
# Prepositions by which a way names where it leads or comes from ('the highway to India', 'the road from Chile').
WAY_PREPS = frozenset({"to", "into", "towards", "toward", "from"})
# Nouns of 'in response', 'in retaliation': an act so done answers the latest act of another side.
RESPONSE_NOUNS = frozenset({"response", "retaliation", "reprisal", "return"})
# Nouns of the grounds of an arrest or charge ('on suspicion of', 'on charges of'): what they name is no party.
GROUNDS_NOUNS = frozenset({"suspicion", "charge", "accusation", "allegation", "count", "ground", "grounds"})
# Verbs by which a text is kept from being adopted: what it says is no act of whoever blocks it.
THWARTING_VERBS = frozenset({"block", "veto", "reject", "oppose", "thwart", "derail", "scuttle", "torpedo", "sink",
                             "obstruct", "stall", "water", "withdraw", "shelve", "kill"})
# Sectors of the armed men a posture moves (ArgumentMixin._own_forces): a state's soldiers and police, an armed
# group's fighters.
MOVED_FORCE_SECTORS = FORCE_SECTORS | {"REB", "UAF"}
# Nouns of a journey: 'on a visit to X' says where the one who acts is, not whom the act is aimed at.
TRIP_NOUNS = frozenset({"visit", "trip", "tour", "stopover", "journey"})
# Plural nouns for states that 'both' or 'the two' pair, by what they are or are to each other: the last two
# states named ('urged both countries', 'the two allies agreed').
PAIRED_STATE_NOUNS = frozenset({"country", "nation", "neighbour", "neighbor", "state", "ally", "partner", "rival", "foe",
                                "adversary", "enemy", "power"})
# Numbers by which 'the three powers', 'the four countries' count the states of a list named before.
GROUP_NUMBERS = {"three": 3, "four": 4, "five": 5}
# ... and the offices of such a pair: 'both leaders', 'the two governments', 'both presidents' are each state's.
PAIRED_OFFICE_NOUNS = frozenset({"leader", "government", "president", "minister", "premier", "mediator", "envoy",
                                 "negotiator", "delegation"})
# ... and the two sides or persons themselves: 'the two men', 'both sides', 'both parties' after 'X met Y',
# 'X attacked Y' (sides of two states: two parties of one state are political parties).
PAIRED_PARTY_NOUNS = frozenset({"man", "woman", "side", "party"})
# Roots of acts between the two sides of a dispute: talks, rejection, threats, protest, cutting ties, force.
SIDE_ROOTS = frozenset({"03", "04", "11", "12", "13", "16", "17", "18", "19", "20"})
# ... and codes of other roots that the two sides of a settlement do to each other: signing an agreement (not
# praise or support, which one actor gives another).
SIDE_CODES = ("057",)
# Verbs of saying whose 'of'/'about' phrase names what was talked about, not something the speaker does.
TOPIC_CUES = frozenset({"say", "speak", "talk", "write", "comment", "report", "tell", "testify"})




def _court(ref: ActorRef) -> bool:
    """A court or tribunal: the judiciary's sector or code, or an international court named as such."""
    return ref.sector == "JUD" or (ref.code or "").endswith("JUD") or \
        any(word in (ref.name or "") for word in ("Court", "Tribunal"))


def _claimer(noun: Token) -> Optional[Token]:
    """Who claims an act as its own ('Islamic State claimed responsibility for the bombing', '... for an attack
    that killed ...'): the subject of the verb whose 'responsibility for' phrase names the act; None else."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for":
        return None
    if prep.head.lemma_lower == "responsibility" and prep.head.dep_ == "dobj":
        verb = prep.head.head
    elif prep.head.lemma_lower in word_classes()["@claiming"] and any(
            c.dep_ == "dobj" and c.lemma_lower == "responsibility" for c in prep.head.children):
        verb = prep.head  # the parser's 'claimed responsibility on Monday [for the bombing]'
    else:
        return None
    if verb.lemma_lower not in word_classes()["@claiming"] or any(c.dep_ == "neg" for c in verb.children):
        return None
    return _first(verb, "nsubj")


def _argument_of(token: Token, verb: Token) -> bool:
    """Whether ``token`` is the verb's object or the object of one of its prepositions ('urged the two
    neighbours', 'called on both countries'), not a word of a clause below it."""
    return token.head is verb and token.dep_ in ("dobj", "dative") or \
        token.dep_ == "pobj" and token.head.head is verb


def _undertaking_verb(clause: Token) -> Optional[Token]:
    """The verb an operation noun hangs on, for the infinitive that says the operation's aim ('launched a
    raid to free the hostages', 'were wounded during an operation to arrest suspects'): whoever that verb's
    subject is carries out the operation and so its aim. None for other clauses."""
    noun = clause.head
    if clause.dep_ not in ("acl", "relcl") or noun.lemma_lower not in word_classes()["@operations"] or \
            not to_infinitive(clause) or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    return None


def mediation_participle(verb: Token, code: str) -> bool:
    """Whether a mediation (045) is told by a participle on the deal or talks it brings about ('a truce brokered
    by Egypt', 'a Saudi-brokered deal'): its agent mediates between the parties of the clause around it."""
    return code.startswith(MEDIATION_CODES) and verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN"


def _home(ref: ActorRef) -> Optional[str]:
    """Where an actor belongs: its state, or for international bodies the family ('IGO'), so that the UN's
    own inspectors are its people ('Annan will withdraw weapons inspectors from Iraq' → Iraq)."""
    if ref.country:
        return ref.country
    return ref.code[:3] if ref.code and ref.code[:3] in ("IGO", "NGO") else None


# Sectors that speak and act for a state: its government, forces, police, courts, legislature, services.
STATE_SECTORS = {None, ""} | STATE_ORGANS
# Roots of acts against another side, in words or deeds (the side a threat that follows them is aimed at).
HOSTILE_ROOTS = frozenset({"11", "12", "13", "16", "17", "18", "19", "20"})


def _same_state(speaker: ActorRef, other: ActorRef) -> bool:
    """A state's organ reporting what the same state's organs did ('the Syrian government said its troops
    killed ...', 'officials confirmed the army had arrested ...'): a claim, no accusation."""
    return bool(speaker.country) and speaker.country == other.country and \
        (speaker.sector or "")[:3] in STATE_SECTORS and (other.sector or "")[:3] in STATE_SECTORS  # ('GOVAGR')


def _own_members(body: ActorRef, other: ActorRef, index=None) -> bool:
    """A body's own people, coded below it or as it ('the RSF said its fighters ...': SDNMIL and SDNMILREB;
    'the rebels said their fighters ...'); not another named body of the same code (``index`` tells:
    'the Green League accused the Patriotic Front', two parties, PTY both)."""
    if len(body.code or "") <= 3 or not (other.code or "").startswith(body.code):
        return False
    if len(other.code) == len(body.code) and index is not None and body.actor_id and other.actor_id and \
            index.get(body.actor_id).kind == index.get(other.actor_id).kind == "organisation":
        return False
    if index is not None and other.actor_id and body.actor_id and other.actor_id != body.actor_id and \
            index.get(body.actor_id).kind in ("organisation", "group"):
        role = (index.get(other.actor_id).role or "").split()
        if role and role[-1] in word_classes()["@classifiers"]:
            return False  # ('the Nationalist Front said the ruling party had rigged the vote', 'the Unity party said
            # the Maoist Centre party ...': another body)
    return True


def _anonymous(ref: Optional[ActorRef]) -> bool:
    """An actor known only by its sector ('GOV', 'UNK'): no state or organisation named."""
    return ref is None or (not ref.country and ref.code in (ref.sector or "UNK", "UNK"))


class ArgumentMixin:
    """Who to whom: subjects, sources and targets from the parse (mixed into
    :class:`~dyad.events.coder.EventCoder`; uses only ``self``)."""

    # ------------------------------------------------------------------ arguments
    def namesake(self, ref: ActorRef) -> bool:
        """Whether a state or place is mentioned only to name a document, prize or meeting ('signed the
        Quito Peace Accord', 'the Lima Trade Programme'): a modifier in a title-case name headed by one of
        ``NAMED_THINGS`` that is no actor's mention. Organisations named after their state ('the Andean
        Water Commission') are left: they are that state's."""
        if not ref.actor_id or self.index.get(ref.actor_id).kind not in ("country", "place"):
            return False
        span = self.doc.char_span(ref.start_char, ref.end_char, alignment_mode="expand")
        if span is None or self.tokens[span.end - 1].dep_ != "compound":
            return False
        head = self.tokens[span.end - 1].head
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head
        return head.pos_ == "PROPN" and head.lower_ in NAMED_THINGS and head.i not in self.index.by_token \
            and not span.start <= head.i < span.end

    def acted_on_actor(self, verb: Token) -> Optional[tuple[Token, Token]]:
        """(patient, doer) of a passive participle after an actor it modifies ('the minister, accused by the
        opposition of graft,'); not after an event or a thing ('sanctions imposed by X', 'talks hosted by Y'),
        whose participle tells how it came about, with no one acted on."""
        reduced = reduced_passive(verb)
        return reduced if reduced is not None and self._at(reduced[0]) is not None else None

    def subject(self, verb: Token) -> Optional[Token]:
        """The subject phrase head, climbing through non-finite and conjoined clauses."""
        current = verb
        if verb.lemma_lower in MEDIATING_VERBS and verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN":
            # 'a truce brokered by Egypt': Egypt; 'a Turkish-brokered deal': Turkey
            agent = _first(verb, "agent")
            if agent is not None:
                return _first(agent, "pobj")
            return next((c for c in verb.children if c.dep_ in ("amod", "npadvmod", "compound", "nmod")
                         and c.i < verb.i), None)
        reduced = self.acted_on_actor(verb)
        if reduced is not None:  # 'the minister, criticised by the IMF for overspending,': the IMF
            return reduced[1]
        if verb.tag_ == "VBN" and self._subject_child(verb) is None and \
                not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and (verb.dep_ == "advcl" or (
                    verb.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ in ("if", "when", "unless", "once")
                                                 for c in verb.children))):  # ('ready to help if asked')
            # 'Asked about the report, the minister said ...', 'Backed by Rwanda, the rebels ...': the main
            # clause's subject undergoes the participle, it does not do it (a fronted 'by' phrase is left
            # uncoded, as PETRARCH's gold leaves it: the clause is background to the main one)
            return None
        for step in range(4):
            if _is_passive(current) and current.lower_ in ADJECTIVAL_PASSIVES and _first(current, "agent") is None:
                return _first(current, "nsubjpass")  # 'Vietnam is committed to opening up': a state, not an act
            if _is_passive(current):
                if step and previous.dep_ == "conj" and not _is_passive(previous) and \
                        (previous.tag_ != "VBN" or any(c.dep_ == "aux" for c in previous.children)) and \
                        not _mistagged_participle(previous):
                    # 'The minister has been indicted by the court and will resign': the active conjunct
                    # shares the passive subject, not the agent ('were killed or injured' stays passive).
                    return _first(current, "nsubjpass")
                agent = _first(current, "agent")
                pobj = _first(agent, "pobj") if agent is not None else None
                return pobj
            subj = self._subject_child(current)
            if subj is not None:
                if subj.lower_ in ("who", "which", "that") and current.dep_ == "relcl":
                    # ('X claimed responsibility for a bombing that killed ...': X did it)
                    return _claimer(current.head) or current.head
                return _phrase_head(subj)
            fragment = _fragment_subject(current)
            if fragment is not None:
                return fragment
            credited = _credited(current)
            if credited is not None:  # 'Norway commended Sri Lanka for releasing the crew': Sri Lanka released it
                return credited
            if current.dep_ == "pcomp" and current.head.lower_ in ("of", "about") and \
                    current.head.head.lemma_lower in TOPIC_CUES:
                return None  # 'spoke of shelling near the border', 'said of the shelling': a topic, not the speaker's act
            undertaking = _undertaking_verb(current)
            if undertaking is not None:  # 'came under fire during an operation to arrest suspects': the troops
                if _is_passive(undertaking):  # ('were ambushed during an operation to ...': those ambushed)
                    return _first(undertaking, "nsubjpass")
                previous, current = current, undertaking
                continue
            effort = effort_frame(current)
            if effort is not None:  # 'made every effort to reopen talks', 'did everything in its power to free them'
                previous, current = current, effort
                continue
            if current.dep_ == "xcomp" and current.head.pos_ == "VERB" and (
                    current.head.dep_ == "xcomp" or current.head.lemma_lower in word_classes()["@causing"]) and \
                    (controller := _first(current.head, "dobj")) is not None and self._conjuncts(controller):
                # 'called on France to pressure Israel to stop its attacks': Israel would stop; 'prompting
                # Belgrade to put its army on alert': Belgrade did (the object of a verb of causing acts)
                return controller
            if current.dep_ in ("xcomp", "advcl", "conj", "acl", "pcomp", "ccomp") and current.head.i != current.i:
                if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN"):
                    document = current.head
                    governor = self._placeholder_governor(document)
                    if governor is not None:  # 'announced plans to join': the planner acts
                        previous, current = current, governor
                        continue
                    owner = self._plan_owner(document)
                    if owner is not None:  # "Kenya's decision to close the border": Kenya closes it
                        return owner
                    if document.lemma_lower not in STATEMENT_NOUNS or document.dep_ not in ("dobj", "nsubjpass"):
                        # 'rebels fighting to topple his government': an active participle's noun acts
                        return document if current.tag_ == "VBG" else None
                    if document.head.lemma_lower in THWARTING_VERBS:
                        return None  # 'blocked a statement condemning X': a text never adopted condemns no one
                    current = document  # 'issued a declaration demanding ...': climb to 'issued'
                    if current.head.i == current.i:
                        return None
                previous, current = current, current.head
                if current.dep_ in ("acomp", "prep") and current.pos_ in ("ADJ", "ADP", "ADV", "SCONJ"):
                    current = current.head  # 'Arnor is about to restore ...', 'is ready to meet ...', 'since ending ...'
                if current.pos_ not in ("VERB", "AUX"):
                    return None
            else:
                return None
        return None

    def _state_of_harm(self, nouns: list[Optional[Token]], sources: list[ActorRef]) -> list[ActorRef]:
        """For a reaction to an act of force or coercion told with no doer ('condemned the killing of
        protesters in Lagos', 'concern over the detention of journalists in Egypt'): the state where it
        happened (its 'in' phrase, else the one state of those who underwent it), as the reaction's target; the
        'of' phrase names who underwent it, never the target. Nothing where the act names its doer ('by the
        army', "Iran's detention of ...") or the state is the reacting executive's own."""
        for noun in nouns:
            if noun is None or noun.pos_ != "NOUN":
                continue
            hit = self.nominal(noun)
            if not hit or hit[0].code[:2] not in CONFLICT_ROOTS or any(
                    (c.dep_ == "prep" and c.lower_ == "by") or c.dep_ == "poss" for c in noun.children):
                continue
            patients = [g for p in _children(noun, "prep") if p.lower_ in PATIENT_PREPS for g in _children(p, "pobj")]
            states = {r.country for r in self._prep_actors(noun, ("in",)) if r.country} or \
                {r.country for g in patients for r in self._prep_actors(g, ("in",)) if r.country} or \
                {r.country for r in self._prep_actors(noun, ("of",)) if r.country and not self._place_ref(r)}
            # (where, else who underwent it; a place that underwent it, 'the siege of Gaza', 'the shelling of
            # Kharkiv', names the harmed state, never the doer's)
            # ('the crackdown on protesters in Iran': the place may hang on those who underwent it)
            if len(states) != 1:
                continue
            state = next(iter(states))
            if any(s.country == state and (s.sector in STATE_ORGANS or s.code == state) for s in sources):
                continue  # (a state reacting to what happened at home: whose act it is stays open)
            return [self.state_ref(state)]
        return []

    def _place_ref(self, ref: ActorRef) -> bool:
        """Whether an actor reference names a state or a place in it (not its people or organs)."""
        return ref.actor_id is not None and self.index.get(ref.actor_id).kind in ("country", "place")

    def _act_possessor(self, noun: Token) -> list[ActorRef]:
        """The named possessor of an act noun ("Kenya's plan", "Japan's decision to release ...", "Israel's
        offensive"): a generic act word (``@acts``), a plan-like noun or an event noun of the lexicon."""
        if noun.pos_ != "NOUN" or not (noun.lemma_lower in word_classes()["@acts"] or noun.lemma_lower in PLACEHOLDER_OBJECTS
                                       or noun.lemma_lower in self.lexicon.nominals):
            return []
        remover = self.remover(noun)
        if remover:
            return remover  # "condemned Niger's suspension from the bloc": the bloc's act
        poss = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        return self._conjuncts(poss) if poss is not None else []

    def _aimed_act_doers(self, noun: Token, sources: list[ActorRef]) -> list[ActorRef]:
        """Who did an act aimed at someone that a reaction names with no owner ('condemned the strikes on Syria',
        'criticised the sanctions on Venezuela imposed by Washington', 'welcomed the raids against the
        militia'): its 'by' agent, also through a participle, else the act told before (:meth:`act_owner`).
        The one it was aimed at is its patient, not the party reacted to. Empty where the text names no doer."""
        if noun.pos_ != "NOUN" or noun.lemma_lower not in self.lexicon.nominals or not any(
                c.dep_ == "prep" and c.lower_ in ("on", "against") and _first(c, "pobj") is not None and
                self._conjuncts(_first(c, "pobj")) for c in noun.children):
            return []
        own = {s.actor_id for s in sources}
        for holder in [noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN")]:
            for prep in holder.children:
                if prep.dep_ in ("prep", "agent") and prep.lower_ == "by" and _first(prep, "pobj") is not None:
                    refs = [r for r in self._conjuncts(_first(prep, "pobj")) if r.actor_id not in own]
                    if refs:
                        return refs
        return self.act_owner(noun, sources)

    def remover(self, noun: Token) -> list[ActorRef]:
        """Who puts the possessor out, for a noun of removal with a 'from' phrase naming an actor ("Mali's
        expulsion from the bloc": the bloc); else nothing."""
        if noun.lemma_lower not in REMOVAL_NOUNS:
            return []
        body = next((_first(c, "pobj") for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"), None)
        return self._conjuncts(body) if body is not None else []

    def _plan_owner(self, noun: Token) -> Optional[Token]:
        """Whose plan-like noun ('decision', 'plan', 'bid') an infinitive completes: its possessor or the
        state adjective on it ("Russia's decision to expel ...", 'the Kenyan plan to close ...')."""
        if noun.lemma_lower not in PLACEHOLDER_OBJECTS:
            return None
        for child in noun.children:
            if child.dep_ in ("poss", "amod", "compound") and child.i < noun.i and child.pos_ != "PRON" and \
                    self._conjuncts(child):  # (a pronoun owner is left to the clause: 'notified X of its intention')
                return child
        return None

    def _subject_child(self, verb: Token) -> Optional[Token]:
        """The verb's subject; of two (an apposition the parser splits: 'Old rivals Chile and Bolivia
        have restored ties'), the one that names an actor; with none, an actor the parser hangs before
        the verb as its compound."""
        subjects = _children(verb, "nsubj", "csubj")
        if len(subjects) > 1:
            named = [s for s in subjects if self._conjuncts(s)]
            if named:
                return named[0]
        if not subjects:  # 'Ethiopia act on a resolution': a subject misread as a compound of the verb
            subjects = [c for c in _children(verb, "compound") if c.i < verb.i and self._conjuncts(c)]
        return subjects[0] if subjects else None

    def sources(self, predicate: _Predicate) -> list[ActorRef]:
        token = predicate.token
        if token.pos_ == "VERB" and token.lower_ in STANCE_PREDICATES and _is_passive(token) and \
                (_first(token, "agent") is None or "by" in STANCE_PREDICATES[token.lower_][1]):
            # 'Chile is opposed to the plan', 'Peru is alarmed by the arrests', parsed as passives: Chile, Peru
            holder = _first(token, "nsubjpass", "nsubj") or next(
                (_first(aux, "nsubj") for aux in _children(token, "auxpass") if _first(aux, "nsubj") is not None), None)
            return self._conjuncts(holder) if holder is not None else []  # (the parser may hang it on 'is')
        if token.pos_ == "NOUN" and token.dep_ != "attr":  # nominal: 'Israel's attack', 'attacks by Hamas'
            # (not a noun of stance predicated of the subject: 'Chile has been a fierce critic of X')
            own = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "from"
                   and token.lemma_lower in REMOVAL_NOUNS]  # "Mali's suspension from the bloc": the bloc's act
            own += [c for c in token.children if c.dep_ in ("poss", "amod", "compound")
                   or (c.dep_ == "prep" and c.lower_ == "by")
                   or (c.dep_ == "prep" and c.lower_ == "from" and predicate.pattern.code[:2] in FROM_SOURCE_ROOTS)]
            if token.dep_ == "nsubj" and (token.head.lemma_lower in FRAME_VERBS or predicate.pattern.code[:2] in CONFLICT_ROOTS):
                # 'clashes between the army and the rebels erupted', 'fighting between the army and the rebels
                # has killed hundreds': both sides act on each other
                between = between_phrase(token, FRAME_VERBS)
                own += [between] if between is not None else []
            for child in own:
                target = child if child.dep_ != "prep" else _first(child, "pobj")
                if target is not None:
                    refs = self._conjuncts(target)
                    if refs:
                        return refs
            claimer = _claimer(token)
            if claimer is not None and self._conjuncts(claimer):  # 'X claimed responsibility for the bombing'
                return self._conjuncts(claimer)
            if token.i == predicate.anchor.i:
                return []
        if token.tag_ == "VBG" and token.dep_ == "nsubj" and predicate.pattern.code[:2] in CONFLICT_ROOTS:
            # a gerund read as a verb: 'Fighting between the army and the rebels killed ...'
            between = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "between"), None)
            parties = self._conjuncts(_first(between, "pobj")) if between is not None and _first(between, "pobj") else []
            if len(parties) > 1:
                return parties
        anchor = predicate.anchor
        if anchor.i != token.i and anchor.lemma_lower in PARTICIPATION_WORDS and _is_passive(anchor) and \
                _first(anchor, "nsubjpass") is not None:
            return self._conjuncts(_first(anchor, "nsubjpass"))  # 'X was involved in the raids': X took part
        subj = self.subject(anchor)
        if subj is None:
            return []
        return self._conjuncts(subj) or self.document_issuer(subj)

    def _own_pronoun(self, pronoun: Token, sources: list[ActorRef]) -> bool:
        """Whether an object's possessive pronoun is the source's own ('closed their embassies'), as far as
        the actors tell: not when it refers to another side ('the opposition dismissed his claims', his being
        the president who made them)."""
        ref = self._at(pronoun)
        whole = self._at(pronoun.head)
        if ref is None or (whole is not None and whole.actor_id == ref.actor_id):
            return True  # unresolved, or part of the object's own mention ('its envoys')
        return any(ref.actor_id == s.actor_id or (ref.country and ref.country == s.country and ref.code == s.code)
                   for s in sources)

    def _own_side(self, token: Token, sources: list[ActorRef]) -> bool:
        """Whether a phrase names only the sources themselves or their own state's organs ('its forces', 'the
        Indian army' for India's minister)."""
        refs = self._conjuncts(token)
        own = {s.actor_id for s in sources}
        homes = {_home(s) for s in sources if _home(s)}
        return bool(refs) and all(r.actor_id in own or (_home(r) in homes and r.sector in STATE_ORGANS) for r in refs)

    def _own_people(self, token: Token, sources: list[ActorRef]) -> bool:
        """Whether a phrase names only the sources' own state or its people, organs or interests ('Russian
        companies', "Egypt's share", 'Chinese interests'), none of them the other side at home (_rivals)."""
        refs = self._conjuncts(token)
        homes = {_home(s) for s in sources if _home(s)}
        return bool(refs) and bool(homes) and all(_home(r) in homes for r in refs) and not _rivals(sources, refs)

    def _own_forces(self, obj: Token, sources: list[ActorRef]) -> bool:
        """Whether a posture's object is forces the source moves ('Brazil sent troops to its frontier',
        'Chile and Peru massed troops on the border', 'deployed riot police'): a state sends, deploys or
        withdraws its own forces, which are moved, not acted on, whatever state the text left them to; an armed
        group its fighters ('Wagner has deployed fighters to Mali')."""
        refs = self._conjuncts(obj)  # ('thousands of troops': the troops)
        return bool(refs) and all(ref.sector in MOVED_FORCE_SECTORS for ref in refs)

    def _disputed_place(self, token: Token) -> bool:
        """Whether the token names a place (a region or town, not a state) as what an act or a strife is 'over'
        ('a war over the Aouzou Strip', 'went to war over the Chaco', 'a row over the islands'): the matter disputed
        or the sky an act happens in, not a party to it."""
        if token.dep_ != "pobj" or token.head.lower_ != "over":
            return False
        refs = self._conjuncts(token)
        return bool(refs) and all(self.index.get(r.actor_id).kind == "place" for r in refs if r.actor_id)

    def _both_states(self, token: Token) -> Optional[list[ActorRef]]:
        """'both countries', 'the two nations', 'both neighbours': the two states last named as a pair ('X and
        Y', 'between X and Y') before the phrase, in earlier sentences first, each as itself; None for other
        phrases or where no such pair is named. 'them' or 'they' after such a phrase in its sentence ('said both
        sides bore responsibility and urged them to return') are that pair."""
        if token.lemma_lower in ("side", "party") and token.tag_ == "NN" and \
                any(c.dep_ == "det" and c.lower_ == "each" for c in token.children):
            pair = self._parties_of_latest_act(token)  # 'Each side accused the other': the two sides just told
            return None if pair is None else [
                ActorRef(actor_id=a.id, name=a.name, code=a.code, country=a.country, sector=a.sector,
                         start_char=token.idx, end_char=token.idx + len(token.text)) for a in pair]
        if token.lower_ in ("them", "they") and token.pos_ == "PRON":
            pair = next((t for t in reversed(self.tokens[token.sent.start:token.i]) if t.tag_ == "NNS" and
                         t.lemma_lower in PAIRED_STATE_NOUNS | PAIRED_OFFICE_NOUNS | PAIRED_PARTY_NOUNS), None)
            return self._both_states(pair) if pair is not None else None
        counted = next((GROUP_NUMBERS[c.lower_] for c in token.children
                        if c.dep_ == "nummod" and c.lower_ in GROUP_NUMBERS), None)
        if counted is not None and token.lemma_lower in PAIRED_STATE_NOUNS | PAIRED_OFFICE_NOUNS and token.tag_ == "NNS" \
                and any(c.lower_ == "the" for c in token.children):
            return self._listed_states(token, counted)  # 'the three European powers'
        every = token.lemma_lower == "side" and any(c.dep_ in ("det", "predet") and c.lower_ == "all"
                                                    for c in token.children)  # 'urged all sides to ...' (not 'all
        # parties': in a story of politics they are its political parties)
        if token.lemma_lower not in PAIRED_STATE_NOUNS | PAIRED_OFFICE_NOUNS | PAIRED_PARTY_NOUNS or \
                token.tag_ != "NNS" or not every and not any(
                (c.dep_ in ("det", "predet", "preconj") and c.lower_ == "both") or (c.dep_ == "nummod" and c.lower_ == "two")
                for c in token.children):
            return None
        if not any(c.lower_ in ("both", "the", "these", "those", "all") for c in token.children) or \
                any(c.dep_ in ("amod", "compound") and self._conjuncts(c) for c in token.children):
            return None  # 'two South African men' is an indefinite phrase with its own state: new people
        pair = None
        parties = token.lemma_lower in PAIRED_PARTY_NOUNS
        # earlier sentences first: 'The US urged both countries'
        for limit in () if parties else (token.sent.start, token.i):
            for conj in reversed(self.tokens[:limit]):  # the latest two states named as a pair ('X and Y')
                if conj.dep_ != "conj" or conj.head is conj:
                    continue
                if limit == token.i and conj.head.dep_ == "nsubj" and _argument_of(token, conj.head.head):
                    continue  # 'Brazil and Argentina urged the two neighbours': the pair addressed is another
                if conj.head.dep_ == "pobj" and conj.head.head.dep_ == "agent" and \
                        conj.head.head.head.lemma_lower in MEDIATING_VERBS and token.lemma_lower not in MEDIATOR_NOUNS:
                    continue  # 'talks brokered by Saudi Arabia and the United States': the go-betweens are no pair
                    # of sides ('the two delegations' are the parties'; 'the two mediators' are those go-betweens)
                states = [self.index.at(t) for t in (conj.head, conj)]
                if all(r is not None and r.actor_id and r.country and (self.index.get(r.actor_id).kind == "country" or
                                                                      r.code == r.country + "GOV")  # (a capital)
                       for r in states) and states[0].country != states[1].country:
                    pair = [self.index.get(r.actor_id) for r in states]
                    break
            if pair is not None:
                break
        if pair is None:
            pair = self._parties_of_latest_act(token)
        if pair is None and token.lemma_lower in ("side", "party"):
            pair = self._parties_between(token)
        if pair is None:
            return None
        end = token.idx + len(token.text)
        if parties:
            if token.lemma_lower in ("man", "woman") and not all(a.kind == "person" for a in pair):
                return None  # 'the two men' are two persons
            return [ActorRef(actor_id=a.id, name=a.name, code=a.code, country=a.country, sector=a.sector,
                             start_char=token.idx, end_char=end) for a in pair]
        office = token.lemma_lower in PAIRED_OFFICE_NOUNS  # 'both leaders': each state's government
        if not office:  # 'both countries' after an act of one state's troops on another: the states themselves
            pair = [self._state_actor(a) for a in pair]
            return [ActorRef(actor_id=a.id, name=a.name, code=a.country, country=a.country, sector=None,
                             start_char=token.idx, end_char=end) for a in pair]
        return [ActorRef(actor_id=a.id, name=a.name, code=a.country + "GOV" if office else a.code, country=a.country,
                         sector="GOV" if office else a.sector, start_char=token.idx, end_char=end) for a in pair]

    def _parties_between(self, token: Token) -> Optional[list]:
        """The two sides a 'between' phrase last named before the sentence ('a truce between the army and the
        rebels collapsed ... Both sides blamed each other'), where no act between them was coded: each a
        party with a state or an international body, the two not one actor."""
        for prep in reversed(self.tokens[max(0, token.sent.start - 200):token.sent.start]):
            if prep.dep_ != "prep" or prep.lower_ != "between" or _first(prep, "pobj") is None:
                continue
            first = _first(prep, "pobj")
            second = next((c for c in first.children if c.dep_ == "conj"), None)
            refs = [self._at(t) for t in (first, second) if t is not None]
            if len(refs) == 2 and all(r is not None and self._party_like(r) for r in refs) and \
                    refs[0].actor_id != refs[1].actor_id:
                return [self.index.get(r.actor_id) for r in refs]
            return None  # (only the latest such phrase)
        return None

    def _listed_states(self, token: Token, count: int) -> Optional[list[ActorRef]]:
        """'the three European powers', 'the four countries': the states last named together in a list of that
        many ('Britain, France and Germany said ...'), in earlier sentences, each as itself; None where none is."""
        for head in reversed(self.tokens[:token.sent.start]):
            if head.dep_ == "conj" or not any(c.dep_ == "conj" for c in head.children):
                continue
            refs = [self.index.at(t) for t in (head, *head.conjuncts)]
            if len(refs) == count and all(r is not None and r.actor_id and r.country and
                                          self.index.get(r.actor_id).kind == "country" for r in refs) and \
                    len({r.country for r in refs}) == count:
                end = token.idx + len(token.text)
                office = token.lemma_lower in PAIRED_OFFICE_NOUNS  # 'the three governments'
                return [ActorRef(actor_id=r.actor_id, name=r.name, code=r.country + ("GOV" if office else ""),
                                 country=r.country, sector="GOV" if office else None, start_char=token.idx,
                                 end_char=end) for r in refs]
        return None

    def _state_actor(self, actor):
        """The state an actor belongs to, as the article's actor for it where it names the state, else the
        actor itself (a state named only through its organs)."""
        if actor.kind == "country":
            return actor
        return next((a for a in self.index.actors if a.kind == "country" and a.country == actor.country), actor)

    def names_a_pair(self, sent: Span) -> bool:
        """Whether the sentence names an earlier pair ('the two men', 'both sides'): actors no mention holds."""
        paired = PAIRED_STATE_NOUNS | PAIRED_OFFICE_NOUNS | PAIRED_PARTY_NOUNS
        return any(t.lemma_lower in paired and self._both_states(t) for t in self.tokens[sent.start:sent.end])

    def _parties_of_latest_act(self, token: Token) -> Optional[list]:
        """The source and target, of two states, of the latest act told in the two sentences before the
        phrase ('Lula met Milei in Brasilia. The two men agreed ...'); for 'sides' and 'parties', of the
        latest act between two sides of a dispute (talks, accusations, force: SIDE_ROOTS), of one state or
        two ('the army blamed the rebels ... urged both sides'), not of a third party's appeal to them."""
        sides = token.lemma_lower in ("side", "party")
        recent = list(reversed(self._recent_events(2 if not sides else NAMED_ACT_WINDOW, before=token.sent.start_char)))
        if sides:  # the sides of a fight are its belligerents, before any who merely spoke of it
            recent = [e for e in recent if e.cameo_root in CONFLICT_ROOTS] + \
                [e for e in recent if e.cameo_root not in CONFLICT_ROOTS]
        for event in recent:
            source, target = event.source, event.target
            if target is None or not source.actor_id or not target.actor_id or source.actor_id == target.actor_id:
                continue
            if sides and (event.cameo_root not in SIDE_ROOTS and not event.cameo.startswith(SIDE_CODES) or
                          event.cameo.startswith(MEDIATION_CODES) or
                          not (self._party_like(source) and self._party_like(target))):
                continue  # (not 'a strike in Khartoum killed three journalists': a place and people with no state;
                # not a mediator and one of those it mediates between)
            if sides and source.country == target.country and any(
                    self.index.get(r.actor_id).kind == "country" for r in (source, target)) and \
                    all(self.index.get(r.actor_id).kind == "country" or r.sector in STATE_SECTORS for r in (source, target)):
                continue  # a state and its own soldiers are one side (its rebels are another)
            if not sides and (not source.country or not target.country or source.country == target.country):
                addressed = None if sides or not target.country else next(
                    (e.target for e in recent if e.verb_start == event.verb_start and
                     e.source.actor_id == source.actor_id and e.target is not None and e.target.actor_id and
                     e.target.country and e.target.country != target.country), None)
                if addressed is not None:  # 'The OAS urged both countries ...'. The two neighbours': those two
                    return [self.index.get(target.actor_id), self.index.get(addressed.actor_id)]
                continue
            return [self.index.get(source.actor_id), self.index.get(target.actor_id)]
        return None

    def _party_like(self, ref: ActorRef) -> bool:
        """Whether an actor can be a side of a dispute: one with a state, or an international body; not a
        city or region that only places an act whose doer is unnamed ('killed in a strike on Khartoum'), nor the
        civilians a side's force fell on ('shelled villages, killing two civilians ... urged both sides')."""
        if (not ref.country and not (ref.code or "").startswith("IGO")) or ref.sector == "CVL":
            return False
        return not (self.index.get(ref.actor_id).kind == "place" and ref.code == ref.country)

    @staticmethod
    def _in_response(anchor: Token) -> bool:
        """'in response', 'in retaliation', 'in reprisal' on the act, or an act done 'back' ('fired back',
        'returned fire'): it answers another's earlier act."""
        if any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in anchor.children) or (
                anchor.lemma_lower == "return" and any(c.lower_ == "fire" for c in _children(anchor, "dobj"))):
            return True  # 'fired back', 'struck back', 'returned fire'
        if anchor.lemma_lower in ("respond", "react", "retaliate") and anchor.pos_ == "VERB":
            return True  # 'police responded with tear gas': the answer to the act just told
        holders = [anchor] + _children(anchor, "dobj")  # (the parser may hang it on the object)
        return any(prep.dep_ == "prep" and prep.lower_ == "in" and any(
            o.dep_ == "pobj" and o.lemma_lower in RESPONSE_NOUNS and not _children(o, "prep") for o in prep.children)
            for holder in holders for prep in holder.children)

    def _answered_act(self, response: Token) -> Optional[Token]:
        """The act a response noun names as answered: 'response to the killing', 'retaliation for the raid'
        (an event noun, an act word or a gerund); None for 'in response to a question'."""
        for prep in _children(response, "prep"):
            act = _first(prep, "pobj") if prep.lower_ in ("to", "for") else None
            if act is not None and act.pos_ == "NOUN" and (
                    act.lemma_lower in self.lexicon.nominals or act.lemma_lower in word_classes()["@acts"] or
                    act.lower_.endswith("ing")):
                return act
        return None

    def responded_to(self, source: ActorRef, found: list[Event]) -> list[ActorRef]:
        """Whoever did the latest act, in this sentence or the two before, of another side than the
        responding source's: the party its response is aimed at."""
        for event in reversed(found + self._recent_events(2)):
            other = event.source
            if other.actor_id != source.actor_id and (not source.country or other.country != source.country or
                                                      _rivals([source], [other]) or _crowd_answered(source, other)):
                return [other]  # (at home, the other side of an internal conflict: 'police responded with tear gas')
            accused = event.target
            if event.cameo_root == "11" and accused is not None and source.country and \
                    other.country == source.country and accused.country and accused.country != source.country:
                return [accused]  # 'X accused Y's troops of shelling its posts ... X's army returned fire': at Y
        return []

    def dealings_partner(self, noun: Optional[Token], sources: list[ActorRef]) -> list[ActorRef]:
        """The other party of the dealings a definite noun refers back to ('the rebels suspended the talks',
        'walked out of the negotiations'): whoever the source last dealt with (talks, accords, meetings:
        roots 03-08) in the sentences before, in either direction."""
        if noun is None or noun.lemma_lower not in word_classes()["@joint"] - {"border", "trade"} or len(sources) != 1 or \
                not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "these", "those", "their", "its")
                        for c in noun.children):
            return []
        own = sources[0].actor_id
        for event in reversed(self._recent_events(NAMED_ACT_WINDOW, before=noun.sent.start_char)):
            if event.cameo_root not in ("03", "04", "05", "06", "07", "08") or event.target is None:
                continue
            if event.source.actor_id == own and event.target.actor_id != own:
                return [event.target]
            if event.target.actor_id == own and event.source.actor_id != own:
                return [event.source]
        return []

    def _recent_events(self, sentences: int, before: Optional[int] = None) -> list[Event]:
        """The article's events so far from its last ``sentences`` sentences that hold any (an event's
        ``start_char`` is its sentence's), before the character offset ``before`` where given."""
        events = [e for e in self.history if before is None or e.start_char < before]
        recent = sorted({e.start_char for e in events})[-sentences:]
        return [e for e in events if e.start_char in recent]

    def _held_in(self, anchor: Token, country: Optional[str]) -> bool:
        """Whether the act is placed in the state ('met in Lisbon', 'talks at Geneva') by a location phrase."""
        return bool(country) and any(ref.country == country for ref in self._prep_actors(anchor, LOCATION_PREPS))

    def _prep_actors(self, word: Token, preps) -> list[ActorRef]:
        """The actors the objects of the word's own prepositional phrases (``preps``) name, in text order (the
        parser labels 'to' after a verb of sending a dative: 'sent an envoy to Ethiopia')."""
        return [ref for prep in _children(word, "prep", "dative") if prep.lower_ in preps
                for pobj in _children(prep, "pobj") for ref in self._conjuncts(pobj)]

    def targets(self, predicate: _Predicate, sources: list[ActorRef]) -> list[ActorRef]:
        source_ids = {s.actor_id for s in sources}
        if predicate.pattern.target == "none":
            if predicate.pattern.code[:2] != "14":
                return []
            # 'teachers marched to demand wages from the government': a march has no object, its aim has
            for token in self._protested(predicate.token):
                refs = [r for r in self._conjuncts(token) if r.actor_id not in source_ids]
                if refs:
                    return refs
            return []
        if mediation_participle(predicate.token, predicate.pattern.code) and \
                predicate.token.head.pos_ in ("NOUN", "PROPN"):
            return self._mediated_parties(predicate.token, source_ids)
        if predicate.pattern.target == "after-prep-object":
            return self._actor_after_prep_object(predicate, source_ids)
        if predicate.pattern.target == "envoy":  # 'recalls ambassador from Mexico': the state it is recalled
            # from or posted to, never the envoy itself (whatever state the phrase gives it)
            envoy = self._at(predicate.obj) if predicate.obj is not None else None
            plain = predicate.recoded(target="object")
            found = [r for r in self.targets(plain, sources) if envoy is None or r.actor_id != envoy.actor_id]
            if found or envoy is None or not envoy.country or envoy.country in {s.country for s in sources}:
                return found
            return [self.state_ref(envoy.country)]  # ('Peru recalls ambassador from Mexico', a headline)
        if predicate.pattern.target == "aided":  # 'sent police to Togo', 'to help restore order in Togo'
            return self._aided(predicate.token, source_ids)
        if predicate.pattern.target == "destination":  # 'sent its foreign minister to Kenya': not the minister
            return [r for r in self._prep_actors(predicate.token, ("to", "into")) if r.actor_id not in source_ids]
        if predicate.pattern.target == "direct-object":  # 'ordered the ambassador to appear', not 'patrols by police'
            direct = _first(predicate.token, "dobj", "dative")
            named = [self._at(t) for t in ([direct, *direct.conjuncts] if direct is not None else [])]
            return [r for r in named if r is not None and r.actor_id not in source_ids]
        ordered: list[Token] = []
        pattern, verb, obj = predicate.pattern, predicate.token, predicate.obj
        if pattern.code[:2] in CONFLICT_ROOTS and companion_object(obj):
            obj = None  # 'fought alongside Ethiopian forces': an ally, not whom they fought
        kin = self._elided_kind(verb, obj)
        if kin is not None:  # 'killing 14 soldiers and wounding 20 others': the others are more soldiers
            refs = [r for r in self._conjuncts(kin) if r.actor_id not in source_ids]
            if refs:
                return refs
        if obj is not None and pattern.code[:2] in ("09", "11"):
            # 'examining abuses by Bolivian militias against Peruvian traders': the suspects are the
            # target, even when they are the investigator's own people
            for prep in _children(obj, "prep"):
                suspects = _first(prep, "pobj") if prep.lower_ == "by" else None
                refs = [r for r in self._conjuncts(suspects) if r.actor_id not in source_ids] if suspects else []
                if refs:
                    return refs
        if obj is not None and pattern.code[:2] == "09" and obj.lemma_lower in content_nouns():
            # 'investigating reports that police had shot protesters': the suspects are who the reported clause
            # says acted, not those it says were acted on
            stated = that_clause(obj, obj.i)
            doer = _first(stated, "nsubj") if stated is not None else None
            refs = [r for r in self._conjuncts(doer) if r.actor_id not in source_ids] if doer is not None else []
            if refs:
                return refs
        avenged = self._avenged_act(verb, obj)
        if avenged is not None:
            return self._avenger_targets(*avenged, source_ids)
        response = self._response_phrase(verb, obj)
        if obj is not None and verb.pos_ == "VERB" and self.lemma(verb) in ALLEGING_HEADS and \
                (obj.lemma_lower in PART_NOUNS or not any(self._conjuncts(t) for t in self._deepen([obj])[1:])):
            # (not 'two women from a rights group': who they are with is for the general search below)
            accused = self._accused(obj, source_ids)
            if accused:  # 'blamed the police for the deaths of protesters': not whom the alleged act names
                return accused
        preps = self._preps(verb, obj) if verb.pos_ in ("VERB", "AUX") else _children(verb, "prep") + (
            _children(obj, "prep") if obj is not None else [])
        preps = [p for p in preps if not (p.lower_ == "in" and (pobj := _pobj(p)) is not None and pobj.i != verb.i
                                          and pobj.lemma_lower in JOINT_MANNER_NOUNS)]
        preps = [p for p in preps if not (p.lower_ in ("on", "over") and (pobj := _pobj(p)) is not None and
                                          pobj.lemma_lower in GROUNDS_NOUNS) and not _absolute_with(p)]
        # ('criticised the arrest, with the German ministry saying ...': who elaborates is no target)
        # ('detained a bishop on suspicion of spying for Russia': the grounds name no party)
        # ('struck the camp in coordination with Somalia': a partner in the act, no target nor place)
        preps.sort(key=lambda p: p.lower_ != "against")  # 'a complaint against Mexico at the court': never a place
        if response is not None:  # 'in response to the killing of its commander': the victims are no target
            preps = [p for p in preps if p.i != response[0].i]
        if verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.lower_ == "under":
            # 'came under attack from smugglers': the parser may hang 'from' on the verb of the frame
            preps += [p for p in _children(verb.head.head, "prep") if p.lower_ == "from"]
        if pattern.code in VERDICT_CODES:  # 'sentenced two men to prison': the punishment is no party
            preps = [p for p in preps if p.lower_ != "to"]
        if verb.pos_ == "NOUN" and predicate.anchor.i != verb.i and predicate.anchor.pos_ == "VERB" \
                and verb.dep_ == "dobj" and verb.head.i == predicate.anchor.i:
            # 'gave support to the opposition': the light verb holds the event noun's preposition
            preps += [p for p in _children(predicate.anchor, "prep", "dative") if p.lower_ in TARGET_PREPS]
        if obj is not None and obj.head.dep_ == "conj" and obj.head.head.i == verb.i:
            preps += _children(obj.head, "prep")  # 'donated and brought medicine to Haiti': shared with the object
        # The pattern's preposition names the party ('appealed to X', 'arrived in X', 'rallied behind X'),
        # unless it is a non-target preposition whose object the row restricts to words of content
        # ('accused X of torture', 'held X in custody'): then the direct object comes first.
        # ('charged twelve people with financing parties', 'threatened X with sanctions': the offence or the
        # means, not a party)
        means = "with" if pattern.code[:2] in ("13", "17") else None
        content = [_pobj(p) for p in preps if p.lower_ == pattern.prep and p.lower_ != means] if pattern.prep else []
        if content and not (pattern.prep_objects and pattern.prep not in TARGET_PREPS and obj is not None):
            ordered += content
            content = []
        if verb.pos_ == "NOUN" and (charged := self._charged_party(verb)) is not None:
            ordered.append(charged)  # 'Pakistan's accusation that Afghanistan shelters militants'
        if pattern.code[:2] == "19" and self.lemma(verb) in TAKING_VERBS:
            ordered += [_pobj(p) for p in preps if p.lower_ == "from"]  # 'retook the palace from the militia'
        dative = _first(verb, "dative")
        if dative is not None:
            ordered.append(_first(dative, "pobj") or dative)
        addressee = _first(verb, "dobj") if pattern.particle and verb.pos_ in ("VERB", "AUX") else None
        if addressee is not None and (obj is None or addressee.i != obj.i):
            ordered.append(addressee)  # 'asked Russia for troops': the particle's object is what is asked for
        own_forces = obj is not None and pattern.code[:2] == "15" and self._own_forces(obj, sources)
        owned = own_forces or (obj is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" and self._own_pronoun(c, sources)
                                                       for c in obj.children))
        owner = self._act_possessor(obj) if obj is not None and pattern.code[:2] in REACTION_ROOTS else []
        if owner and not any(r.actor_id in source_ids for r in owner):
            # "criticised Kenya's plan to close its border with Somalia": a reaction to a named side's act is
            # aimed at that side, also at home (Kenyan groups criticising Kenya), not at whom the act names
            return owner
        doers = self._aimed_act_doers(obj, sources) if obj is not None and pattern.code[:2] in REACTION_ROOTS \
            and not owner else []
        if doers:  # 'condemned the strikes on Syria': whoever struck, not Syria
            return doers
        if (pattern.code[:2] in REACTION_ROOTS or pattern.code[:3] == "012") and not owner:
            harmed = self._state_of_harm([obj] + [_pobj(p) for p in preps if p.lower_ in ("over", "about", "at")],
                                         sources)
            if harmed:  # 'condemned the killing of protesters in Lagos': the state it happened in, not the dead
                return harmed
        if obj is not None and pattern.code[:2] == "04" and verb.lemma_.lower() in TOPIC_VERBS:
            obj = None  # 'discussed border security with Iraq': the topic is no party
        if obj is not None and (pattern.code.startswith(THEME_OBJECT_CODES) or (
                pattern.code[:2] == "06" and _joint(verb, obj))):
            obj = None  # 'exchanged intelligence', 'held joint air force drills': what is shared or done is no party
        if obj is not None and len(sources) > 1 and obj.lemma_lower in word_classes()["@joint"] and \
                pattern.code[:2] in COOPERATIVE_ROOTS:
            obj = None  # 'A and B signed a deal to build a line to a port in C': the parties are A and B, what
            # the deal is for names none ('with' a third party is read below, from the preposition list)
        if obj is not None:
            if not owned or self._foreign_party(obj, sources):
                ordered.append(obj)  # 'met his Peruvian counterpart in Quito': the counterpart is the party
            if owned:
                # 'closed their embassies in Yemen', 'withdrew its envoys from the capital': the
                # source's own people or property are what is acted on, not the target; look at where.
                ordered += [_first(p, "pobj") for p in _children(obj, "prep")  # searched deeper below
                            if not (own_forces and p.lower_ == "of")]  # ('thousands of troops')
                ordered += [_first(p, "pobj") for p in _children(verb, "prep") if p.lower_ == "in"]
            for child in obj.children:  # 'plans to visit Israel' → Israel
                if child.dep_ in ("acl", "xcomp", "relcl"):
                    ordered.append(_first(child, "dobj"))
                    ordered += [_first(p, "pobj") for p in _children(child, "prep") if p.lower_ in TARGET_PREPS
                                and not _participle_place(p)]
        if obj is not None and obj.lemma_lower in word_classes()["@joint"]:
            # 'cut ties with Israel over the Gaza offensive': the partner of the relation, before any topic
            ordered += [_first(p, "pobj") for p in _children(obj, "prep") if p.lower_ == "with"]
        ordered += content
        for prep in preps:
            stance = _first(prep, "pobj") if prep.lower_ == "in" else None
            if stance is not None and stance.lemma_lower in STANCE_NOUNS:  # 'in defiance of Chinese authorities'
                ordered += [_first(p, "pobj") for p in _children(stance, "prep")]
            if prep.lower_ == means:
                continue
            if prep.lower_ == "from" and pattern.code[:2] in FORCE_ROOTS and self.lemma(verb) not in TAKING_VERBS \
                    and self.launch_place(prep):
                continue  # 'fired rockets from Lebanese territory': where force comes from is no party it hits
            if prep.lower_ in TARGET_PREPS or (prep.lower_ == "of" and prep.head.lower_ in ("out", "off")):
                pobj = _pobj(prep)  # 'out of Mali' is 'from Mali'
                if prep.lower_ == "on" and pobj is not None and pobj.lemma_lower in TRIP_NOUNS and verb.i != pobj.i:
                    continue  # 'urged restraint, on a visit to Beirut': where the speaker was, no party
                ordered.append(pobj)
                if pobj is not None and pobj.lemma_lower in self.lexicon.nominals:  # 'visit to Israel'
                    ordered += [_first(p, "pobj") for p in _children(pobj, "prep") if p.lower_ in TARGET_PREPS]
        committed = committed_act(verb) if verb.pos_ == "NOUN" and pattern.code in FRAME_CODES else None
        # 'warned of striking X'; "Venezuela's threat to seize Guyana's oil fields"
        warned = [a for a in (warned_act(verb), committed) if a is not None]
        for clause in _children(verb, "xcomp", "ccomp") + self._aimed_purpose_clauses(verb) + warned:  # 'threatened to attack Israel'
            clause = effort_aim(clause)  # 'promised to make every effort to reopen talks with Peru'
            if clause.dep_ == "ccomp" and clause.i < verb.i:
                continue  # '..., officials said': a report before its cue names no target of the saying
            doer = _first(clause, "nsubj")
            if doer is not None and pattern.code[:2] == "13" and self._own_side(doer, sources):
                doer = None  # 'warned that its forces would respond': who is to act for the speaker is no target,
                # but the side its first act was aimed at ('accused Y of ... and warned that its forces ...')
                first = verb.head if verb.dep_ == "conj" and verb.head.i < verb.i else None
                hit = self.match(first) if first is not None and first.pos_ == "VERB" else None
                if hit and hit[0].code[:2] in HOSTILE_ROOTS:
                    ordered.append(_first(first, "dobj"))
            if clause.dep_ == "ccomp" and pattern.code[:2] in ("02", "10", "11", "12", "13"):
                ordered.append(doer)  # 'demanded that the US cancel ...' → the US
                if doer is None:  # 'warned that any crackdown by the security forces would be met with sanctions':
                    ordered.append(self._act_agent(_first(clause, "nsubjpass")))  # the doer of the act it is about
            patient = _first(clause, "dobj")
            if patient is not None and clause.dep_ == "ccomp" and pattern.code[:2] in ("10", "13") and \
                    self._own_people(patient, sources):
                patient = None  # 'warned that the sanctions would hurt Russian companies': whom a warning or demand
                # protects is the speaker's own side, not the one warned
            ordered.append(patient)
            ordered += [_first(p, "pobj") for p in _children(clause, "prep") if p.lower_ in TARGET_PREPS]
            if not ordered or all(t is None for t in ordered):
                ordered.append(doer)
        if pattern.code[:2] == "14":  # 'began a hunger strike to protest President Assad's failure' → Assad
            ordered += self._protested(verb)
        if pattern.code[:2] == "13":  # 'threatened to stop talks if the United States goes ahead' → the US
            ordered += self._condition_subjects(verb)
        elif pattern.code[:2] in THREAT_ROOTS and verb.pos_ == "VERB" and self.modality.conditional(verb):
            ordered += self._condition_subjects(verb)  # 'would retaliate if the US attacked': a threat at the US
        if pattern.code[:3] in ("081", "172") or pattern.code[:2] == "09":
            # 'lifted a curfew in Montenegro': the people it bound; 'sent inspectors to a plant in Iran'
            ordered += [_first(p, "pobj") for p in preps if p.lower_ == "in"]
        if pattern.code[:2] in CONFLICT_ROOTS and obj is not None and not self._conjuncts(obj):
            # 'drones struck villages in northern Iraq', 'camps inside Pakistan': force on places or things
            # hits the state they are in
            ordered += [_first(p, "pobj") for p in preps if p.lower_ in ("in", "inside", "within")]
        if pattern.code[:2] == "15":  # 'massed troops near the Finnish border': the border's state
            ordered += [t for t in (_first(p, "pobj") for p in preps) if t is not None and t.lemma_lower in BORDER_NOUNS]
            ordered += [t for t in (_first(p, "pobj") for p in preps if p.lower_ in POSTURE_PLACE_PREPS)
                        if t is not None and (t.ent_type_ in PLACE_ENTITIES or t.lemma_lower in COAST_NOUNS)]
        if pattern.code[:2] == "04":  # 'a mediation effort between the Emirates and Saudi Arabia': the parties
            ordered += [_first(p, "pobj") for p in preps if p.lower_ == "between"]
        if pattern.code[:2] in COOPERATIVE_ROOTS:
            ordered += self._negotiating_partners(preps)
        candidates: list[list[ActorRef]] = []
        if obj is None:  # 'warned of the Duke of Westmark': with no object, what the act is about
            ordered += [_first(p, "pobj") for p in _children(verb, "prep") if p.lower_ == "of"]
        venue = pattern.code[:2] in VENUE_ROOTS and not pattern.code.startswith(VISIT_CODES)
        named = {t.i for t in ordered if t is not None}
        # 'Thai and Lao troops clashed, killing two Lao soldiers': force between sides of two states, whose
        # victims one side's own mention names again (the coder gives them to the other side)
        reciprocal = pattern.code[:2] in FORCE_ROOTS and len({_home(s) for s in sources if _home(s)}) > 1
        landmarks: set[int] = set()  # candidates found only as the landmark of a place inside an argument
        held_for = self._case_of_the_held(obj, pattern.code)
        for token in self._deepen([t for t in ordered if t is not None]):
            if token.i in held_for:
                continue  # 'arrested a suspect in the murder of a lawyer': not the lawyer
            if venue and self._venue(token, pattern.prep, {verb.i, predicate.anchor.i}):
                continue  # 'held talks with Chile in Geneva': where the talks were is no party to them
            if _occasion_place(token):
                continue  # 'agreed the measures at a meeting in Brussels': where the meeting was
            if pattern.code[:3] == "115" and token.dep_ == "pobj" and token.head.lower_ == "in" and \
                    token.lemma_lower in ("court", "courts", "tribunal"):
                continue  # 'challenged the result in the Supreme Court': the court hears it, it is not sued
            if pattern.code == "042" and pattern.prep == "to" and _reached_through(token, verb, "with"):
                continue  # 'flew to the province with a team of army doctors': who travels along, not the host
            if self._disputed_place(token) or self._way_end(token):
                continue  # 'fought a war over the Chaco': the land disputed is no party; nor where a road leads
            refs = [r for r in self._conjuncts(token) if r.actor_id not in source_ids or (
                reciprocal and r.start_char != next(s.start_char for s in sources if s.actor_id == r.actor_id))]
            if refs:
                refs = self._people_there(token, refs)
                if token.i not in named and (self._landmark(token, named) or (
                        venue and token.dep_ == "pobj" and token.head.lower_ in LOCATION_PREPS)):
                    landmarks.add(len(candidates))  # (the parser hangs 'in Geneva' on 'talks with the rebels')
                candidates.append(refs)
        # 'Chile withdrew its envoys from the capital': an actor of the source's own country is the
        # target only when no other actor is named ('Chilean police detained Chilean miners'). A state
        # that only locates the argument ('rebel camps near the Chadian border') is no other actor.
        source_countries = {_home(s) for s in sources if _home(s)}
        for n, refs in enumerate(candidates):  # an unknown ('UNK': 'Sivas') is no other actor
            if n in landmarks and n > 0:
                continue
            if not any(_home(r) in source_countries for r in refs) and any(r.code != "UNK" for r in refs):
                return refs
        for n, refs in enumerate(candidates):  # failing another state's, the other side at home (see _rivals)
            if (n not in landmarks or n == 0) and _rivals(sources, refs):
                return refs
        if candidates and pattern.code[:2] == "15" and all(
                r.sector in FORCE_SECTORS and _home(r) in source_countries for r in candidates[0]):
            return []  # 'sent troops to their bases': a state's own forces are moved, never the posture's target
        if venue and candidates and 0 in landmarks and all(_home(r) in source_countries for r in candidates[0]):
            return []  # 'the leaders held talks in Hanoi': a venue at home is where, never whom, they met
        if not candidates and response is not None:  # 'in response to Israel's strike': at whoever struck
            return self._avenger_targets([verb, response[1]], response[2], source_ids)
        return candidates[0] if candidates else []

    @staticmethod
    def _elided_kind(verb: Token, obj: Optional[Token]) -> Optional[Token]:
        """The phrase whose kind an 'others' object leaves unsaid: the same argument of the verb it is
        conjoined with ('killing 14 soldiers and wounding 20 others', '14 soldiers were killed and 20 others
        wounded')."""
        if obj is None or obj.lower_ not in ("others", "other") or verb.dep_ != "conj" or verb.head.pos_ != "VERB":
            return None
        return _first(verb.head, obj.dep_ if obj.dep_ in ("dobj", "nsubjpass") else "dobj")

    def _avenged_act(self, verb: Token, obj: Optional[Token]) -> Optional[tuple[list[Token], Token]]:
        """The act a vengeance avenges, with the words that may say against whom: the object of 'avenge'
        (also framed: 'vowed to avenge the deaths'), the 'for' phrase of 'revenge' ('vowed revenge for the
        killing of its leader', 'retaliation for the raid')."""
        for avenging in [verb] + _children(verb, "xcomp"):
            if avenging.pos_ == "VERB" and self.lemma(avenging) in AVENGING_VERBS:
                act = obj if avenging is verb else _first(avenging, "dobj")
                return ([avenging, act], act) if act is not None else None
        holder = obj if obj is not None and obj.lemma_lower in VENGEANCE_NOUNS else (
            verb if verb.lemma_lower in VENGEANCE_NOUNS else None)
        if holder is None:
            return None
        acts = [_first(p, "pobj") for p in _children(holder, "prep") + (_children(verb, "prep") if holder is not verb else [])
                if p.lower_ == "for"]
        act = next((a for a in acts if a is not None), None)
        return ([verb, holder], act) if act is not None else None

    def _response_phrase(self, verb: Token, obj: Optional[Token]) -> Optional[tuple[Token, Token, Token]]:
        """An 'in response to X' or 'in retaliation for X' phrase on the act or its object, with X an act
        ('fired rockets in response to the killing of its commander'): (the 'in', the response noun, X). X's
        victims are no target of the answering act; its doer may be (:meth:`_avenger_targets`)."""
        for prep in [p for h in ([verb] + ([obj] if obj is not None else [])) for p in _children(h, "prep")
                     if p.lower_ == "in"]:
            response = _first(prep, "pobj")
            act = self._answered_act(response) if response is not None and \
                response.lemma_lower in RESPONSE_NOUNS | VENGEANCE_NOUNS else None
            if act is not None:
                return prep, response, act
        return None

    def _avenger_targets(self, holders: list[Token], act: Token, source_ids: set[str]) -> list[ActorRef]:
        """Whom vengeance is aimed at: the avenged act's perpetrator ('the killing of its leader by Nigerian
        troops', 'Israel's strike', 'the Pakistani air strikes') or whom the vengeance is declared against;
        never the act's victims nor where it happened."""
        culprits = [_first(p, "pobj") for p in act.children if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "by")]
        culprits += [c for c in act.children if (c.dep_ == "poss" and c.pos_ != "PRON" and act.lemma_lower not in
                                                 PATIENT_NOUNS) or c.dep_ in ("amod", "compound")]
        # ("Israel's strike": who struck; "the commander's death": who died, one of the victims below)
        culprits += [_first(p, "pobj") for h in holders for p in _children(h, "prep") if p.lower_ in ("against", "on")]
        for token in (t for t in culprits if t is not None):
            refs = [r for r in self._conjuncts(token) if r.actor_id not in source_ids]
            if refs:
                return refs
        # 'vowed to avenge the deaths of its fighters', '... to avenge him': on whoever killed them, told before
        victims = [act] + [_first(p, "pobj") for p in _children(act, "prep") if p.lower_ == "of"] + \
            [c for c in act.children if c.dep_ == "poss"]
        dead = {r.actor_id: r for t in victims if t is not None for r in self._conjuncts(t)}
        return self.killers(list(dead.values()), [])

    def _accused(self, obj: Token, source_ids: set[str]) -> list[ActorRef]:
        """Whom an accusing, blaming or punishing verb's object names: the object itself, or the body a part
        of which it names ('elements within the police', 'members of the militia')."""
        refs = [r for r in self._conjuncts(obj) if r.actor_id not in source_ids]
        if refs or obj.lemma_lower not in PART_NOUNS:
            return refs
        following = [p for p in _children(obj.head, "prep") if p.i == obj.i + 1 and p.lower_ in ("within", "inside", "among")]
        for prep in _children(obj, "prep") + following:  # (the parser may hang 'within the police' on the verb)
            if prep.lower_ in ("of", "within", "in", "inside", "among", "from"):
                whole = _first(prep, "pobj")
                refs = [r for r in self._conjuncts(whole) if r.actor_id not in source_ids] if whole is not None else []
                if refs:
                    return refs
        return []

    def _way_end(self, token: Token) -> bool:
        """Whether a token names a state or town where a way named before it leads or comes from ('blocked a
        highway to India', 'closed the road into Bolivia', 'blew up a pipeline to Turkey': ``@routes``): a
        landmark of the way, no party to what is done on it."""
        prep = token.head
        if token.dep_ != "pobj" or prep.lower_ not in WAY_PREPS or token.ent_type_ not in ("GPE", "LOC"):
            return False  # (a place named: 'a highway to India', not 'closed the corridor to Armenian traffic')
        way = prep.head
        if way.pos_ == "VERB":  # (the parser may hang the phrase on the verb right after the way: 'blocked the road
            # to Peru')
            way = next((c for c in way.children if c.dep_ == "dobj" and max(t.i for t in c.subtree) + 1 == prep.i), way)
        if way.lemma_lower not in word_classes()["@routes"]:
            return False
        refs = self._conjuncts(token)
        return bool(refs) and all(r.actor_id is not None and self.index.get(r.actor_id).kind in ("place", "country")
                                  for r in refs)

    @staticmethod
    def _landmark(token: Token, named: set[int]) -> bool:
        """Whether a token found inside an argument's phrase only names a landmark by which that phrase is
        placed: the phrase reaches it through 'near', 'along', 'close to', 'outside' ... ('camps near
        the Chadian border', 'positions along the frontier with Chad'), or by where a participle or relative
        clause puts the people it names ('rebels hiding in Venezuela', 'militants operating from Niger',
        'gunmen who are based in Mali'): there the phrase's own actor, if it names one, is the party."""
        while token.head.i != token.i and token.i not in named:
            prep = token.head if token.dep_ == "pobj" else None
            if prep is not None and (prep.lower_ in LANDMARK_PREPS or
                                     (prep.lower_ == "to" and prep.head.lower_ in ("close", "next"))):
                return True
            if prep is not None and prep.lower_ in LOCATION_PREPS | {"from"} and prep.head.pos_ == "VERB" and \
                    prep.head.dep_ in ("acl", "relcl") and prep.head.head.i in named:
                return True
            token = token.head
        return False

    def _foreign_party(self, obj: Token, sources: list[ActorRef]) -> bool:
        """Whether an object the source owns ('his Peruvian counterpart', 'their Chilean partners') names
        another state's actor: a party in its own right, not the source's own people or property."""
        homes = {_home(s) for s in sources}
        named = [self._at(t) for t in _children(obj, "amod", "compound", "nmod")]  # named in words, not by the owner
        return any(r is not None and _home(r) and _home(r) not in homes for r in named)

    @staticmethod
    def _venue(token: Token, argument_prep: str, predicate: set[int]) -> bool:
        """Whether a token is the object of a location preposition ('in', 'at', 'near' ...) that is an
        adjunct of place of the predicate itself ('met X in Geneva', 'talks in Geneva'), not the
        preposition the verb pattern takes as its argument nor a place inside an argument's phrase ('discussed
        the war in Syria': Syria is part of the topic)."""
        if token.dep_ != "pobj" or token.head.i == token.i:
            return False
        prep = token.head
        return prep.lower_ in LOCATION_PREPS and prep.lower_ != argument_prep and prep.head.i in predicate

    def _aided(self, verb: Token, source_ids: set) -> list[ActorRef]:
        """Whom forces sent to help are help to: the state they go to ('sent troops to Mozambique to help'),
        else the one the help is given in or to ('to help restore order in Togo', 'to help the Malian army')."""
        found = [r for r in self._prep_actors(verb, ("to", "into")) if r.actor_id not in source_ids]
        for purpose in (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and to_infinitive(c)):
            helped = [_first(purpose, "dobj")] + [_first(c, "nsubj") for c in _children(purpose, "xcomp", "ccomp")]
            places = [p for t in purpose.subtree if t.dep_ == "prep" and t.lower_ in ("in", "to")
                      for p in _children(t, "pobj")]
            for token in (t for t in helped + places if t is not None and not found):
                found += [r for r in self._conjuncts(token) if r.actor_id not in source_ids]
        return found[:1]

    def _actor_after_prep_object(self, predicate: _Predicate, source_ids: set[str]) -> list[ActorRef]:
        """PETRARCH's '- * AT ^ +': the preposition's own object only sets the scene ('warned at the
        summit of the rebels'); the target is the first other actor the verb's phrase names after it."""
        verb = predicate.token
        for prep in self._preps(verb, predicate.obj):
            pobj = _pobj(prep) if prep.lower_ == predicate.pattern.prep else None
            if pobj is None:
                continue
            scene = self._at(pobj)
            for token in verb.subtree:
                head = token
                while head.dep_ in ("poss", "compound", "amod", "nmod") and head.head.i > pobj.i:
                    head = head.head  # 'Peru's generals': the phrase's actor, not its possessor
                ref = (self._at(head) or self._at(token)) if token.i > pobj.i else None
                if ref is not None and ref.actor_id not in source_ids and \
                        (scene is None or ref.actor_id != scene.actor_id):
                    return [ref]
        return []

    def _aimed_purpose_clauses(self, verb: Token) -> list[Token]:
        """'Farmers closed a highway to voice their anger at Brazil': an infinitive of
        purpose names whom the act is aimed at, unless it is an event of its own ('visited the capital to
        discuss security with President Saleh': the talks have their own target), but for force used to
        repress ('fired tear gas to disperse them': one act, named by its means and by its aim)."""
        root = (self.match(verb) or [None])[0]
        return [c for c in self._purpose_clauses(verb) if c.i > verb.i and (
            self.match(c) is None or root is not None and self.match(c)[0].code[:2] == root.code[:2] == "17")]

    def _mediated_parties(self, participle: Token, source_ids: set[str]) -> list[ActorRef]:
        """The parties to a mediated deal or talks ('a truce brokered by Egypt between Israel and Hamas',
        'Chad and Sudan signed a deal brokered by the AU', 'under a Qatari-mediated accord, the rebels and the
        army swapped prisoners'): those the phrase says it is between, else the subjects of the clause its
        noun is an argument of."""
        noun = participle.head
        between = [_first(p, "pobj") for p in _children(noun, "prep") + _children(participle, "prep")
                   if p.lower_ == "between"]
        holders = [t for t in between if t is not None]
        if not holders:
            clause = noun.head
            for _ in range(3):  # up through prepositions and nouns: 'held two days of talks mediated by X'
                if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
                    break
                clause = clause.head
            while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i and \
                    self._subject_child(clause) is None and not _children(clause.head, "dobj", "dative"):
                clause = clause.head  # 'agreed to end the feud in a deal brokered by X': who agreed (not
                # 'urged them to return to EU-mediated talks': who urged)
            subject = self._subject_child(clause) if clause.pos_ in ("VERB", "AUX") else None
            holders = [_phrase_head(subject)] if subject is not None else []
            if subject is not None and subject.pos_ == "PRON" and noun.dep_ == "attr":
                holders = []  # 'It was the second such exchange mediated by X': what 'it' is, not who
        found = [r for t in holders for r in self._conjuncts(t) if r.actor_id not in source_ids]
        return found or self._parties_of_act_told(noun, source_ids)

    def _parties_of_act_told(self, noun: Token, source_ids: set[str]) -> list[ActorRef]:
        """The two sides of the latest act of the last three sentences with the root an event noun names, where
        the noun refers back to one ('It was the second such exchange mediated by X', 'the swap was brokered by
        X'): predicated of a pronoun, with 'such', or definite."""
        if noun.pos_ != "NOUN" or not (noun.dep_ == "attr" or any(c.lower_ in ("such", "the", "this", "that")
                                                                 for c in noun.children)):
            return []
        hit = self.nominal(noun)  # (an accord, a swap, talks: a cooperative act where the noun codes none alone)
        roots = {hit[0].code[:2]} if hit is not None else COOPERATIVE_ROOTS
        for event in reversed(self._recent_events(3, before=noun.sent.start_char)):
            if event.cameo_root in roots and event.target is not None and event.target.actor_id != event.source.actor_id:
                return [r for r in (event.source, event.target) if r.actor_id not in source_ids]
        return []

    def _negotiating_partners(self, preps: list[Token]) -> list[Token]:
        """Whom a cooperative act answers when it follows talks: 'called off the strike after talks with
        the government', 'following negotiations with the rebels' → the other party of the talks."""
        found = []
        for prep in preps:
            talks = _first(prep, "pobj") if prep.lower_ in ("after", "following") else None
            hit = self.nominal(talks) if talks is not None else None
            if hit and hit[0].code[:2] == "04":
                found += [_first(p, "pobj") for p in _children(talks, "prep") if p.lower_ == "with"]
        return found

    def _protested(self, verb: Token) -> list[Token]:
        """Whom a protest is aimed at, from the verb and its clauses of purpose or manner ('marched to demand
        wages from the government', 'rallied to protest the ministry's cuts', 'demonstrated, demanding the
        minister's resignation', 'chanted slogans against the president'): their objects, the objects of
        their target prepositions, and those objects' owners."""
        clauses = [verb] + self._purpose_clauses(verb) + [c for c in _children(verb, "advcl")
                                                          if c.tag_ == "VBG" and c.i > verb.i and
                                                          c.lemma_lower not in word_classes()["@causing"]]
        # (not a consequence: 'went on strike, forcing hospitals to turn patients away' aims at no hospital)
        found: list[Token] = []
        for clause in clauses:
            preps = ("against",) if clause is verb else TARGET_PREPS  # 'marched to the square' aims at no one
            shown = _first(clause, "dobj") if clause.lemma_lower in SHOWING_VERBS else None
            if shown is not None:  # 'waving Russian flags' shows allegiance; 'carrying banners against France' aims
                found += [_first(p, "pobj") for p in _children(shown, "prep") if p.lower_ == "against"]
            objects = ([] if shown is not None else [_first(clause, "dobj")]) + \
                [_first(p, "pobj") for p in _children(clause, "prep") if p.lower_ in preps]
            for obj in (o for o in objects if o is not None):
                found.append(obj)
                found += [c for c in obj.children if c.dep_ == "poss"]
                found += [_first(p, "pobj") for p in _children(obj, "prep") if p.lower_ in ("of", "against")]
        crowd = _first(verb, "nsubj")
        if crowd is not None and crowd.lemma_lower in QUANTITY_OBJECTS:
            crowd = _counted_noun(crowd) or crowd
        if crowd is not None and crowd.lemma_lower in word_classes()["@opponents"]:
            # 'opponents of the Senate protested': whom they oppose
            found += [c for c in crowd.children if c.dep_ == "poss"] + \
                [_first(p, "pobj") for p in _children(crowd, "prep") if p.lower_ == "of"]
        return [t for t in found if t is not None]

    @staticmethod
    def _purpose_clauses(verb: Token) -> list[Token]:
        """The verb's 'to ...' clauses of purpose ('rallied to demand reforms')."""
        return [c for c in _children(verb, "advcl") if c.pos_ == "VERB"
                and to_infinitive(c)]

    @staticmethod
    def _condition_subjects(verb: Token) -> list[Token]:
        """Subjects of the 'if'/'unless' clauses of a threat and of its complement: whom it is meant to deter."""
        found = []
        for clause in [verb, *_children(verb, "xcomp", "ccomp")]:
            for cond in _children(clause, "advcl"):
                if any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in cond.children):
                    found.append(_first(cond, "nsubj"))
        return found

    def _case_of_the_held(self, obj: Optional[Token], code: str) -> set[int]:
        """Tokens of the case unnamed people are arrested, charged or sentenced in ('a suspect in the murder of a
        lawyer', 'four men over the attack on the mosque'): the people are whom the act is done to, and no one
        their case names."""
        if obj is None or code[:3] not in PERSON_OBJECT_CODES or obj.lemma_lower not in word_classes()["@people"] \
                or self._conjuncts(obj):
            return set()
        verb = obj.head if obj.dep_ in ("dobj", "nsubjpass") else None
        preps = _children(obj, "prep") + (_children(verb, "prep") if verb is not None else [])
        return {t.i for p in preps if p.lower_ in CASE_PREPS and (case := _first(p, "pobj", "pcomp")) is not None
                and (case.tag_ == "VBG" or case.lemma_lower in CASE_NOUNS or case.lemma_lower in self.lexicon.nominals)
                for t in p.subtree}  # (an act or a case, not where they were held: 'in Harare')

    def _people_there(self, place: Token, refs: list[ActorRef]) -> list[ActorRef]:
        """'arrested 40 people in Harare', 'fired tear gas at the crowd in Kisumu': where the act's unnamed people
        are placed by a town or state, they are that state's civilians (protesters: its opposition), not the place
        itself, which names no party; ``refs`` otherwise."""
        people = self._placed_people(place)
        crowds = CROWD_NOUNS | word_classes()["@crowd"] | word_classes()["@suspects"]  # ('two bootleggers in Ranchi')
        if people is None or people.pos_ != "NOUN" or people.lemma_lower not in crowds or self._at(people) is not None:
            return refs
        states = {r.country for r in refs}
        if len(states) != 1 or None in states or any(
                r.actor_id is None or self.index.get(r.actor_id).kind not in ("place", "country") for r in refs):
            return refs
        return [people_ref(self.text, people, states.pop())]

    def _act_agent(self, act: Optional[Token]) -> Optional[Token]:
        """Who does an act named by a noun: its 'by' phrase or its possessor ('a crackdown by the security forces',
        "the army's crackdown"); None for a noun of no act or with no doer named."""
        if act is None or act.pos_ != "NOUN" or act.lemma_lower not in self.lexicon.nominals:
            return None
        owner = _first(act, "poss")
        return owner if owner is not None else next(
            (_first(p, "pobj") for p in _children(act, "prep") if p.lower_ == "by"), None)

    @staticmethod
    def _placed_people(place: Token) -> Optional[Token]:
        """The people a place phrase places: the noun it modifies ('40 people in Harare'), or the one the act
        it locates is done to, up through the phrases that describe the act ('[two youths] were killed in
        police firing in Bhadrak', 'opened fire on [protesters] in Srinagar', 'arrested [40 people] in
        Harare')."""
        if place.dep_ == "compound" and place.head.dep_ == "pobj":
            place = place.head  # 'in Bhadrak district'
        if place.dep_ != "pobj" or place.head.lower_ not in LOCATION_PREPS:
            return None
        holder = place.head.head
        for _ in range(4):
            if holder.pos_ in ("VERB", "AUX") and holder.dep_ != "acl" or holder.head.i == holder.i or \
                    holder.dep_ not in ("pobj", "prep", "acl") or holder.lemma_lower in CROWD_NOUNS:
                break
            holder = holder.head
        if holder.pos_ not in ("VERB", "AUX"):
            return holder
        fired_on = [g for p in _children(holder, "prep") if p.lower_ in ("on", "at") and p.i < place.i
                    for g in _children(p, "pobj")]
        dobj = _first(holder, "dobj")
        if dobj is not None and not fired_on:
            return dobj  # 'arrested [40 people] in Harare' ('opened [fire] on ...': whom it was opened on)
        return _first(holder, "nsubjpass") or (fired_on[0] if fired_on else None)

    def launch_place(self, prep: Token) -> bool:
        """Whether a 'from' phrase names a place or state of origin ('from Lebanese territory', 'from Gaza'), not
        people force comes from ('came under fire from militants')."""
        pobj = _pobj(prep)
        words = [pobj, *(c for c in pobj.children if c.dep_ in ("amod", "compound"))] if pobj is not None else []
        for token in words:  # (the phrase's head and its modifiers: not 'from militants near the Malian border')
            ref = self._at(token)
            if ref is not None and ref.country and not ref.sector and (
                    ref.actor_id is None or self.index.get(ref.actor_id).kind in ("country", "place")):
                return True
        return False

    @staticmethod
    def _deepen(tokens: list[Token], depth: int = 3) -> list[Token]:
        """The tokens, then the objects of prepositions inside their phrases, breadth first:
        'a resumption of formal ties with Osgiliath', 'the closure of guest houses in Bree'."""
        found, layer = list(tokens), list(tokens)
        for _ in range(depth):
            following = []
            for token in layer:
                for child in token.children:
                    if child.dep_ == "prep":
                        if child.lower_ == "of" and token.pos_ == "NOUN" and token.lemma_lower in _relation_words():
                            continue  # 'detained relatives of the activist': they are not the activist
                        following += [g for g in child.children if g.dep_ == "pobj" and not (
                            child.lower_ == "in" and g.lemma_lower in JOINT_MANNER_NOUNS)]  # (not 'the strike in
                        # coordination with Somalia': the partner)
                    elif child.dep_ in ("acl", "relcl") and child.pos_ == "VERB" and \
                            child.lemma_lower not in MEDIATING_VERBS:  # 'roads leading into Mordor' (not 'a deal
                        # brokered by Egypt': the mediator is no party to the deal)
                        going = child.tag_ == "VBG" and child.dep_ == "acl" and token.lemma_lower in _people_words()
                        following += [g for p in child.children if p.dep_ in ("prep", "agent") and
                                      not _participle_place(p) and not (going and p.lower_ in GOAL_PREPS)
                                      for g in p.children if g.dep_ == "pobj"]  # 'the demonstration staged by
                        # students' (not 'dispersed students marching towards parliament': where people go is no
                        # party; 'guerrillas operating in Macedonia' are placed there)

                    elif child.dep_ == "advmod":  # 'very near the frontier with Chile'
                        following += [g for p in child.children if p.dep_ == "prep" for g in p.children
                                      if g.dep_ == "pobj"]
            following = [t for t in following if t not in found]
            found += following
            layer = following
        return found

    def document_issuer(self, subject: Token) -> list[ActorRef]:
        """A document that acts stands for whoever issued it: 'the ministry released a statement that
        urged a return to talks' → the ministry (the relative clause's subject is its antecedent)."""
        if subject.lemma_lower not in DOCUMENT_WORDS | STATEMENT_NOUNS or subject.dep_ != "dobj":
            return []
        issuer = _first(subject.head, "nsubj")
        return self._conjuncts(issuer) if issuer is not None else []

    def clause_patient(self, verb: Token) -> Optional[Token]:
        """Who undergoes a subjectless passive participle in an adverbial: the main clause's subject
        ('X appeared in court after being arrested', 'Detained in May, X was released in June')."""
        if _first(verb, "nsubjpass", "nsubj") is not None:
            return None
        if not (_is_passive(verb) or (verb.tag_ == "VBN" and verb.dep_ == "advcl")):
            return None
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ != "being" for c in verb.children):
            return None  # a finite clause ('have been demolished') whose subject the parser lost
        head = verb.head
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            head = head.head
        elif verb.dep_ != "advcl":
            return None
        if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
            return None
        return _first(head, "nsubj", "nsubjpass")

    def beneficiaries(self, noun: Token, sources: list[ActorRef]) -> list[ActorRef]:
        """Whom an act another does is for, where the act is the object of a verb and its doer a 'from' phrase
        ('Iraq received aid from France', 'the step won support from Brazil'): the verb's subject, or the
        owner of the act that subject refers back to."""
        subject = self.subject(noun.head)
        if subject is None:
            return []
        refs = self._conjuncts(subject) or self.act_owner(subject, sources)
        return [r for r in refs if all(r.actor_id != s.actor_id for s in sources)]

    def _gerund_root(self, noun: Token) -> Optional[str]:
        """The root of the verb a definite '-ing' noun is the act of ('condemned the looting', 'the
        torching'), by lemminflect's verb lemma and the lexicon's general pattern for it; None for other
        nouns. Only for referring back to a told act: such nouns are not read as events of their own."""
        singular = noun.lower_[:-1] if noun.tag_ == "NNS" and noun.lower_.endswith("ings") else noun.lower_
        if not singular.endswith("ing") or noun.tag_ not in ("NN", "NNS"):
            return None  # ('protested the sinkings': each such act)
        for verb in _dictionary_lemmas(singular):
            patterns = self.lexicon.for_lemma(verb)
            general = [p for p in patterns if not p.objects and not p.prep and not p.particle]
            if general:
                return general[0].code[:2]
            roots = {p.code[:2] for p in patterns}
            if len(roots) == 1:  # a verb coded only with its objects ('sink a ship'): the one kind of act it is
                return roots.pop()
        return None

    def act_owner(self, noun: Optional[Token], sources: list[ActorRef], criticising: bool = False) -> list[ActorRef]:
        """Who did the act a definite description refers back to: 'the EU condemned the move', 'Uganda
        criticised the decision', 'lawmakers attacked the agreement'. The noun is a generic act word
        (``@acts`` of word_classes.tsv) or an event noun of the lexicon, with 'the' or a demonstrative and no
        owner of its own; the act is the latest coded event of the last three sentences with that noun's
        root (for a generic word any root but acts in words: statements, appeals, demands, criticism) whose
        source is not the one reacting."""
        clause = summarised_clause(noun) if noun is not None and (
            noun.lemma_lower in word_classes()["@acts"] or noun.lemma_lower in self.lexicon.nominals) else None
        if clause is not None:  # 'Chile expelled two envoys, a move Peru condemned': that clause's doer
            own = {s.actor_id for s in sources}
            agent = next((_first(c, "pobj") for c in clause.children if c.dep_ == "agent"), None) \
                if _is_passive(clause) else _first(clause, "nsubj")
            refs = [r for r in self._conjuncts(agent) if r.actor_id not in own] if agent is not None else []
            if refs:
                return refs
        labelled = noun is not None and any(c.dep_ == "relcl" and c.lemma_lower in AS_LABELLING_VERBS and
                                            c.i < noun.i for c in noun.children)  # 'condemned what it called a massacre'
        # (the determiner of a noun the parser made a compound of the word after it: 'called [the decision] groundless')
        determiners = [*noun.children, *(noun.head.children if noun.dep_ == "compound" else [])] \
            if noun is not None else []
        # a place the act was done to ('the shelling of Kharkiv') leaves its doer to the act told before on it
        struck = {r.country for p in (_children(noun, "prep") if noun is not None else []) if p.lower_ == "of"
                  for o in _children(p, "pobj") for r in self._conjuncts(o) if r.country and self._place_ref(r)}
        if noun is None or noun.pos_ != "NOUN" or noun.tag_ not in ("NN", "NNS") or \
                not (labelled or any(c.dep_ == "det" and c.lower_ in ACT_DETERMINERS for c in determiners)) or \
                any(c.dep_ in ("poss", "amod", "compound") and self._conjuncts(c) for c in noun.children) or \
                any(c.dep_ == "prep" and (c.lower_ == "by" or c.lower_ == "of" and not struck) for c in noun.children):
            return []
        root = None
        if noun.lemma_lower not in word_classes()["@acts"]:
            hit = self.nominal(noun)
            root = hit[0].code[:2] if hit is not None else self._gerund_root(noun)
            if root is None:
                return []
        own = {s.actor_id for s in sources}  # (an agreement noun, coded 03, names a signing, 057, as well)
        # a generic word refers to what was just done; an act named by its kind ('the killings', 'the arrests')
        # to the latest such act further back, where statements about it came between
        recent = self._recent_events(3 if root is None else NAMED_ACT_WINDOW, before=noun.sent.start_char)
        rulings = [e for e in recent if e.source.actor_id not in own and _court(e.source)]
        if noun.lemma_lower in VERDICT_NOUNS or (noun.lemma_lower in COURT_ACTS and rulings):
            # 'welcomed the ruling': a court's act (a verdict is coded 11x), not the latest arrest; 'the decision',
            # 'the order' where a court just ruled ('the court ordered X to ...', coded 10, no act in words)
            acts = rulings
            if not acts and noun.lemma_lower in VERDICT_NOUNS:  # 'the court annulled the election ... welcomed the
                return self._latest_court(noun, own)  # ruling': a ruling no event told is the court's that ruled
        else:
            done = noun.lemma_lower not in INTENDED_ACTS  # 'the decision' is done; 'the plan' may be only intended
            words = {noun.lemma_lower, self.event_noun(noun)} if root is not None else set()
            acts = [e for e in recent if e.source.actor_id not in own and (
                (root is None and e.cameo_root not in VERBAL_ROOTS and not (done and e.cameo_root in INTENT_ROOTS)) or
                (root is not None and (_same_family(root, e.cameo_root) or words & self._trigger_lemmas(e))))]
            # ('expelled a reporter' (174) ... 'the expulsion' (166 as a noun): its own word names the act)
        homes = {_home(s) for s in sources}
        if all(_executive(s) for s in sources):  # a state's executive does not react to its own state's
            acts = [e for e in acts if not (_home(e.source) in homes and _executive(e.source))]  # (its courts' it may)
        if criticising and root is None:  # a condemned act is one of force on someone, where one was told
            # ('gunmen attacked a market ... the army sent reinforcements ... condemned a barbaric act')
            acts = [e for e in acts if e.cameo_root in CONFLICT_ROOTS and e.target is not None] or acts
        if root is None:  # 'the measures': an act the text tells with its doer, not one whose doer it left out
            acts = [e for e in acts if not e.implicit] or acts
            # ('imposed sanctions ... The militia rejected the sanctions ... Khartoum welcomed the move': a
            # rejection answers a move, it is seldom the move itself)
            acts = [e for e in acts if e.cameo_root != "12"] or acts
        if struck:
            acts = [e for e in acts if e.target is not None and e.target.country in struck and e.cameo_root in CONFLICT_ROOTS]
        if not acts:
            return []
        acts = self._not_counter_acts(noun, acts)
        if root is not None:  # 'the strike' is the act told with its own word ('a missile struck'), where one is
            words = {noun.lemma_lower, self.event_noun(noun)}
            acts = [e for e in acts if words & self._trigger_lemmas(e)] or acts
        latest = [e for e in acts if e.start_char == acts[-1].start_char and e.verb_start == acts[-1].verb_start]
        # a joint act (both signed the deal): whoever reacts at home reacts to its own side's part, a third
        # party to both sides' ('the accord was welcomed by the African Union')
        own = [e.source for e in latest if _home(e.source) in homes]
        if own:
            return own[:1]
        parties = {e.source.actor_id or e.source.code: e.source for e in latest}
        return list(parties.values())

    def _latest_court(self, noun: Token, own: set) -> list[ActorRef]:
        """The court last named as a clause's subject in the noun's sentence or the two before (not one of
        ``own``): who gave the ruling a description refers back to where no event told it."""
        for token in reversed(self.tokens[self.sentences_back(noun.sent.start, 2):noun.i]):
            if token.dep_ not in ("nsubj", "nsubjpass"):
                continue
            refs = [r for r in self._conjuncts(token) if r.actor_id not in own and _court(r)]
            if refs:
                return refs[:1]
        return []

    def sentences_back(self, start: int, count: int) -> int:
        """The first token of the sentence ``count`` sentences before the one starting at token ``start`` (or of
        the text's first): the start of a window of recent sentences."""
        for _ in range(count):
            if start:
                start = self.tokens[start - 1].sent.start
        return start

    def _not_counter_acts(self, noun: Token, acts: list[Event]) -> list[Event]:
        """The acts a description with a patient ('the attack on aid workers') may refer back to, less those
        aimed at whoever did an earlier one of them ('Gunmen ambushed a convoy ... the army launched an operation
        against the gunmen ... condemned the attack on aid workers': the ambush, not the army's answer), unless
        the patient is that doer. All of them where that leaves none."""
        patients = [_first(c, "pobj") for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "against")]
        if not patients or len(acts) < 2:
            return acts
        named = {r.actor_id for p in patients if p is not None for r in self._conjuncts(p)}
        kept = [e for n, e in enumerate(acts) if not (
            e.target is not None and e.target.actor_id is not None and e.target.actor_id not in named and
            any(earlier.source.actor_id == e.target.actor_id for earlier in acts[:n]))]
        return kept or acts

    def _trigger_lemmas(self, event: Event) -> set[str]:
        """The lemmas of the words an event was coded from ('struck' → strike), and of the means its verb
        names ('killed a commander in an air strike' → strike: 'condemned the strike' refers to it)."""
        span = self.doc.char_span(event.verb_start, event.verb_end, alignment_mode="expand")
        if span is None:
            return set()
        heads = [t for t in span] + [o for t in span for o in t.children if o.dep_ == "dobj"]  # (the parser may
        # hang the means on the object: 'killed a commander [in an air strike]')
        force_acts = word_classes()["@force_acts"]
        means = {g.lemma_.lower() for t in heads for p in t.children if p.dep_ == "prep" and p.lower_ in ("in", "with", "by")
                 for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in force_acts}
        done = {o.lemma_.lower() for o in heads[len(span):] if o.lemma_.lower() in force_acts} \
            if event.cameo_root in CONFLICT_ROOTS else set()  # 'carried out air strikes': the force its object names
        if span.root.lemma_.lower() in word_classes()["@concluding"]:  # 'signed an agreement': the deal made
            done |= {o.lemma_.lower() for o in heads[len(span):] if o.lemma_.lower() in word_classes()["@joint"]}
        return {t.lemma_.lower() for t in span} | means | done  # (not 'condemned the attack': no attack of its own)

    def governed(self, noun: Optional[Token], sources: list[ActorRef]) -> list[ActorRef]:
        """The government a state's own critics hold to account for an act of governing named with no
        owner ('the opposition rejected the budget', 'the union condemned the arrests', 'rights groups
        called the law repressive'): the source's government, where the source is one body of society
        (opposition, parties, rights groups, unions, press, students, clergy, civilians) of the article's main
        state.
        Foreign critics of such acts are the article's main state's (see :meth:`implicit_target`)."""
        if noun is None or noun.pos_ != "NOUN" or len(sources) != 1 or \
                noun.lemma_lower not in word_classes()["@governing"] or \
                not any(c.dep_ == "det" and c.lower_ in ACT_DETERMINERS for c in noun.children) or \
                any(c.dep_ in ("poss", "amod", "compound", "nmod") and self._conjuncts(c) for c in noun.children) or \
                any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children):
            return []
        source = sources[0]
        if not source.country or (source.sector not in SOCIETY_SECTORS and not (
                source.sector == "PTY" and not self._governing_party(source))):
            return []  # (a party too, 'the Freedom Party's leader said the law was unconstitutional'; not one that
            # governs, 'the ruling party rejected the budget')
        main = self.index.main_country_ref()
        if main is not None and main.country != source.country:
            return []
        return [government_ref(source.country, noun.idx)]

    def _governing_party(self, ref: ActorRef) -> bool:
        """Whether a party is named as the one that governs ('the ruling party', 'the governing coalition')."""
        actor = self.index.get(ref.actor_id) if ref.actor_id else None
        words = f"{ref.name} {actor.role or '' if actor is not None else ''}".lower().split()
        return any(w in ("ruling", "governing", "incumbent") for w in words)

    def aid_place(self, verb: Token, obj: Optional[Token]) -> list[Token]:
        """The place aid is for: 'funding a police unit in Yemen', 'providing shelter in Haiti' → the
        state there receives it."""
        preps = _children(verb, "prep") + (_children(obj, "prep") if obj is not None else [])
        return [pobj for p in preps if p.lower_ == "in" for pobj in _children(p, "pobj")]

    def help_to_an_act(self, predicate: _Predicate) -> bool:
        """Whether a verb of helping helps an act along, naming no one helped ('the firms had helped prolong the
        war', 'helped ease tensions'): no aid to any party, neither the article's state nor the reporters'."""
        verb = predicate.anchor
        return verb.pos_ == "VERB" and self.lemma(verb) in HELPING_VERBS and predicate.obj is None and \
            any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)

    def fallback_targets(self, predicate: _Predicate, sources: list[ActorRef]) -> list[ActorRef]:
        """Targets for a clause that names none: the patient of an adverbial passive participle, the place aid
        goes to (see :meth:`clause_patient`, :meth:`aid_place`), or for aid no words place, the state of those
        who report it."""
        if predicate.pattern.target == "none" or self.help_to_an_act(predicate):
            return []
        source_ids = {s.actor_id for s in sources}
        candidates: list[Token] = []
        if predicate.token.i == predicate.anchor.i:
            patient = self.clause_patient(predicate.anchor)
            candidates += [patient] if patient is not None else []
        if predicate.pattern.code[:2] == "07":
            candidates += self.aid_place(predicate.token, predicate.obj)
        for token in candidates:
            refs = [r for r in self._conjuncts(token) if r.actor_id not in source_ids and r.code != "UNK"]
            if refs:
                return refs
        if predicate.pattern.code[:2] == "07" or predicate.pattern.code[:3] == "033":
            # 'Officials in Tbilisi said Lithuania would send twenty instructors': aid that names no receiver, in
            # what another state's speakers report, goes to the speakers' state
            own = {s.country for s in sources}
            reporters = sorted(c for c in self._reporters(predicate.anchor) if c not in own)
            if len(reporters) == 1:
                return [self.state_ref(reporters[0])]
        return []


# Sides of a state's internal conflicts: its organs against armed or political opposition.
OPPOSITION_SECTORS = frozenset({"REB", "OPP"})


def _rivals(sources: list[ActorRef], refs: list[ActorRef]) -> bool:
    """Whether actors of the source's own state are the other side of an internal conflict, not the source's own
    people: a state or its organs acting on rebels or the opposition, or they on it ('the government held talks with
    ELN rebels in Havana', 'the army shelled rebel positions near the Chadian border')."""
    def state(r: ActorRef) -> bool:
        return (r.sector or "")[:3] in STATE_SECTORS

    def opposition(r: ActorRef) -> bool:
        return (r.sector or "")[:3] in OPPOSITION_SECTORS
    return bool(sources) and bool(refs) and (
        (all(state(s) for s in sources) and all(opposition(r) for r in refs)) or
        (all(opposition(s) for s in sources) and all(state(r) and r.sector for r in refs)))


def _crowd_answered(source: ActorRef, other: ActorRef) -> bool:
    """Whether a state's forces answer a body of their own society ('students set fire to a police post ... police
    responded with tear gas'): the other side of a clash at home."""
    return source.sector in ("COP", "MIL") and (other.sector or "") in SOCIETY_SECTORS


# Prepositions of the case people are held in ('arrested in the murder of', 'over the attack on', 'for the
# killing of', 'in connection with').
CASE_PREPS = frozenset({"in", "over", "for", "after", "with"})
CASE_NOUNS = frozenset({"connection", "relation", "case", "charge", "probe", "investigation", "inquiry"})


# Prepositions of the goal of a motion ('marching towards parliament', 'marched on the palace').
GOAL_PREPS = frozenset({"to", "toward", "towards", "into", "onto", "on", "at"})


@functools.cache
def _relation_words() -> frozenset[str]:
    """Nouns of persons named by their relation to another, who are never that other (``@counterparts``,
    ``@acquaintances``, ``@kin``: 'relatives of the activist', 'the family of the victim'), read once."""
    classes = word_classes()
    return classes["@counterparts"] | classes["@acquaintances"] | classes["@kin"] | {"family", "relatives"}


@functools.cache
def _people_words() -> frozenset[str]:
    """Nouns of people and crowds (``@people``, ``@crowd``), read once."""
    return word_classes()["@people"] | word_classes()["@crowd"]


def people_ref(text: str, people: Token, state: Optional[str]) -> ActorRef:
    """Unnamed people of a state as an actor, at their own words ('40 people', 'the crowd'): its civilians, its
    opposition where the words name a crowd in protest, its criminals where they name suspects (of no state
    where the text names none)."""
    sector = "OPP" if people.lemma_lower in word_classes()["@crowd"] - word_classes()["@people"] or \
        people.lemma_lower in ("protester", "demonstrator", "marcher", "rioter") else \
        "CRM" if people.lemma_lower in word_classes()["@suspects"] else "CVL"
    start, end = people.left_edge.idx, people.idx + len(people.text)
    return ActorRef(actor_id=None, name=text[start:end], code=(state or "") + sector, country=state, sector=sector,
                    start_char=start, end_char=end)


def government_ref(country: str, at: int) -> ActorRef:
    """A state's government as an actor the text leaves implicit (no mention of its own), placed at ``at``."""
    return ActorRef(actor_id=None, name="government", code=country + "GOV", country=country, sector="GOV",
                    start_char=at, end_char=at)


def _executive(ref: ActorRef) -> bool:
    """A state itself or its government, the voice that acts for it abroad."""
    return bool(ref.country) and (ref.sector or "")[:3] in ("", "GOV")


def _occasion_place(token: Token) -> bool:
    """Whether a token names where an occasion of the act was held: 'at a meeting in Brussels', 'during a summit
    in Doha' (``occasions.tsv``), 'under a deal signed in Doha', a setting and no party."""
    if token.dep_ != "pobj" or token.head.lower_ not in ("in", "at"):
        return False
    occasion = token.head.head
    if occasion.dep_ == "acl" and occasion.lemma_lower in word_classes()["@concluding"] and \
            occasion.head.pos_ == "NOUN":
        return True  # 'handed over arms under a peace deal signed in Doha': where the deal was made
    return occasion.dep_ == "pobj" and occasion.head.lower_ in ("at", "during", "on", "after", "before") and \
        bool({occasion.lower_, occasion.lemma_lower} & occasions())



def _same_family(root: str, other: str) -> bool:
    """Whether two CAMEO roots name the same kind of act for a description to refer back by: the same
    root, or both cooperative ('the agreement' after a signing) or both force ('the attack' after a
    bombing; 'the crackdown' after a shooting). A word of violence (18-20: 'the bombing') never refers back
    to coercion (17): police arresting suspects after a bombing did not bomb."""
    if root in VIOLENCE_ROOTS and other not in VIOLENCE_ROOTS:
        return False
    return root == other or {root, other} <= COOPERATIVE_ROOTS or {root, other} <= CONFLICT_ROOTS


# CAMEO's roots of violence (assault, fight, mass violence), beside coercion (17) in CONFLICT_ROOTS.
VIOLENCE_ROOTS = frozenset({"18", "19", "20"})


def _credited(verb: Token) -> Optional[Token]:
    """The object of a verb of credit whose 'for' clause this verb is: in 'thanked Kenya for hosting the
    talks' and 'praised Peru for releasing the crew' the object did the act (what someone is accused 'of'
    or blamed 'for' is an allegation instead, see ModalityMixin.alleged)."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "for" or verb.head.dep_ != "prep":
        return None
    crediting = verb.head.head
    if crediting.pos_ != "VERB" or crediting.lemma_lower not in CREDITING_VERBS:
        return None
    return _first(crediting, "dobj")


def _participle_place(prep: Token) -> bool:
    """Whether a preposition says where the person or thing a passive participle describes was: 'at' of a
    participle modifying a noun ('executed 21 men convicted of murder at a prison in Basra', 'freed migrants
    held at a camp'): the place, no party (whose own role word, 'prison', would read as the state's jailers)."""
    return prep.lower_ == "at" and prep.head.tag_ == "VBN" and prep.head.dep_ == "acl"


def _absolute_with(prep: Token) -> bool:
    """Whether a 'with' phrase is an absolute clause, a subject and its participle ('..., with the ministry saying
    it was a setback', 'with Chile refusing to attend'): an elaboration of the act, never its partner."""
    if prep.lower_ != "with" or not after_comma(prep):
        return False  # (set off by a comma: not 'met with officials representing the rebels')
    pobj = _first(prep, "pobj")
    return any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children) or \
        pobj is not None and any(c.dep_ == "acl" and c.tag_ == "VBG" for c in pobj.children)


def _reached_through(token: Token, verb: Token, preposition: str) -> bool:
    """Whether a token lies in a phrase of the verb's own ``preposition`` ('flew to X with [a team of doctors]')."""
    while token.head.i != token.i and token.head.i != verb.i:
        if token.head.dep_ == "prep" and token.head.lower_ == preposition and token.head.head.i == verb.i:
            return True
        token = token.head
    return False
