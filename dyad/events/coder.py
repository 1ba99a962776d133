"""The coder that joins the parts: :class:`EventCoder` holds one Doc's state (token stand-ins, memos,
quotation ranges) and, sentence by sentence, takes each predicate, finds its sources and targets
(stated, then implicit), lets modality turn or drop the act, and builds the events; it adds
accusations, quoted acts, evaluations and presence at occasions, and keeps the most specific event per
(source, target, root). :func:`events` codes a whole Doc.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
from typing import Optional

from spacy.tokens import Doc, Span, Token

from dyad.actors import ActorIndex
from dyad.actors.codes import FORCE_SECTORS
from dyad.actors.index import STATE_ORGANS
from dyad.codebooks import (CameoCode, VerbLexicon, VerbPattern, cameo_lookup, implicit_agents, occasions, plover_for,
                             word_classes)
from dyad.events.claims import claimed_acts
from dyad.events.arguments import _relation_words, ArgumentMixin, _anonymous, _executive, _home, _own_members, _same_state, mediation_participle, STATE_SECTORS
from dyad.events.evaluations import EvaluationMixin
from dyad.events.implicit import ImplicitMixin, own_side
from dyad.events.lexicon import (FIGHT_NOUNS, FORCE_ROOTS, VIOLENT_PROTEST_CODES, CONSEQUENCE_VERBS, FRAME_VERBS, RETALIATION_WORDS, NON_STATE_FIGHTERS, RECIPROCAL_ROOTS, ONE_WAY_COOPERATION, STREET_PROTEST_CODES, MEDIATION_CODES, REACTION_ROOTS, UNDERGOING_FRAMES, CONFLICT_ROOTS, COOPERATIVE_ROOTS, LOCATION_PREPS, VERDICT_CODES, RELEASE_CODES, UNDERGOING_VERBS, DETAINEE_NOUNS, PURPOSE_UNREALISED_ROOTS, SELF_MOVING_CODES, POSTURE_CODES, CHARGE_NOUNS,
                                 UNREALISED_ROOTS, VENUE_ROOTS, VICTIM_NOUNS, WITHDRAWAL_CODES, WITHDRAWING_VERBS,
                                 RELEASE_DEMAND_CODES, CAPTURE_CODES, APPEALING_HEADS, APPEAL_NOUNS, COMPELLING_VERBS,
                                 CALLING_VERBS, AS_LABELLING_VERBS, STATEMENT_CHARGES,
                                 ACCUSING_DOCUMENTS, DENIED_TIES, STATEMENT_NOUNS)
from dyad.events.modality_rules import ModalityMixin
from dyad.events.predicates import FIGURATIVE_NOUNS, HELPING_PURPOSES, PredicateMixin, _Predicate, companion_object
from dyad.events.reported import ReportedMixin
from dyad.events.setting import named_place, SettingMixin
from dyad.events.statements import DENYING_CUES, StatementMixin
from dyad.events.tokens import RECIPROCAL_VERBS, after_comma, title_line, to_infinitive, _Tok, asks_a_question, committed_act, _children, _first, _future, _in, _indicative, _is_passive, _phrase_head, _release, _tokens, reciprocal_object, reciprocal_pronoun, warned_act
from dyad.modality import Modality
from dyad.nlp import offsets_in_ranges, paragraph_break_after
from dyad.records import ActorRef, Event, Place, Quotation


# Verbs by which a speaker denies a clause or the report of it ('denied that ...', 'dismissed reports that ...').
DENYING_VERBS = DENYING_CUES | {"dismiss", "reject"}


# Verbs of an act's phase ('stop attacking', 'keep fighting'): an act framed through them is framed by what frames them.
PHASE_VERBS = frozenset({"stop", "cease", "halt", "quit", "end", "resume", "continue", "begin", "start", "keep"})


# Roots of acts between the two sides of a dispute (accusations, threats, force): the other side of the latest
# one is who killed a state's soldiers when the text names no one (EventCoder.forces_attacker).
DISPUTE_ROOTS = frozenset({"11", "12", "13", "15", "16", "17", "18", "19", "20"})


# CAMEO 154 (mobilise or increase armed forces) and 153 (mobilise or increase police power).
MILITARY_BUILDUP_CODE, POLICE_BUILDUP_CODE = "154", "153"
# CAMEO 164, halt negotiations: like cooperation, done by its parties to each other, not to where they met.
HALTED_TALKS_CODE = "164"
# Verbs of attack that a politician's subject makes verbal ('the minister attacked the opposition'): criticism.
VERBAL_ATTACK_VERBS = frozenset({"attack", "assail"})
# Verbs of struggle, which with no foe named are force only for those who bear arms ('the party will keep fighting').
STRUGGLE_VERBS = frozenset({"fight", "battle", "struggle"})
# Sectors of a state's own side: its organs and its people (not the insurgents or criminals a joint operation
# of two states may fight in one of them).
OWN_SIDE_SECTORS = STATE_SECTORS | {"CVL", "REF"}
# Sectors of persons whose attacks are in words.
SPEAKING_SECTORS = frozenset({"GOV", "LEG", "OPP", "PTY", "ELI", "JUD", "MED", "NGO", "IGO", "EDU", "REL", "LAB", "BUS"})


class EventCoder(PredicateMixin, ArgumentMixin, ImplicitMixin, SettingMixin, ModalityMixin, ReportedMixin,
                 EvaluationMixin, StatementMixin):
    """Codes the events of one Doc; see :func:`events`."""

    def __init__(self, doc: Doc, index: ActorIndex, lexicon: VerbLexicon, *, published: Optional[dt.date],
                 quoted: list[tuple[int, int]], article_id: str, attributions: dict[int, Optional[str]],
                 quotations: Optional[list[Quotation]] = None, text: Optional[str] = None):
        self.doc, self.index, self.lexicon = doc, index, lexicon
        self.published, self.quoted, self.article_id = published, quoted, article_id
        self.tokens = _tokens(doc, index.tokens)
        self.title = title_line(doc)  # the headline over the body, if the text has one
        self._repair_verbs_read_as_adjectives()
        self._repair_verbs_read_as_modifiers()
        self._repair_verbs_before_titled_objects()
        self._repair_verbs_after_parentheticals()
        self._repair_demonyms_read_as_nouns()
        self._repair_clause_verbs_read_as_nouns()
        self._repair_conjoined_verbs_read_as_modifiers()
        self._repair_agents_read_as_the_verbs()
        self._repair_agents_read_as_the_patients()
        self._repair_gapped_passives()
        self._repair_headline_participles()
        self._repair_subjects_read_as_their_place()
        self._repair_participles_of_postposed_cues()
        self._repair_labelled_free_relatives()
        self._repair_conjuncts_of_the_cue()
        self._repair_finite_conjuncts_of_participles()
        self._repair_perfect_conjuncts_of_infinitives()
        self._repair_result_participles_of_infinitives()
        self._repair_summaries_read_as_objects()
        self._repair_judged_read_as_modifiers()
        self._repair_adjectives_read_as_subjects()
        self._repair_passive_subjects()
        self._repair_participles_of_documents()
        self._repair_targets_read_as_the_agents()
        self._repair_subjects_read_as_objects()
        self.text = index.tokens.doc_text if text is None else text
        self._conjuncts_memo: dict[int, list[ActorRef]] = {}
        self._dates_memo: dict[int, list[tuple[Span, list[_Tok], str]]] = {}
        self._places_memo: dict[int, list[tuple[int, Place]]] = {}
        self._named_memo: Optional[frozenset[str]] = None
        self._mention_memo: dict[tuple[bool, int, int], set[int]] = {}
        self._sentence_ents: dict[int, list[Span]] = {}
        for ent in doc.ents:  # Span.ents scans the whole Doc on each call: group them once
            self._sentence_ents.setdefault(self.tokens[ent.start].sent.start, []).append(ent)
        self.attributions = attributions
        self.quotations = quotations or []
        # asked ~2 times per token: answered once per token
        self._quoted_tokens = offsets_in_ranges(index.tokens.idx, quoted)
        self._unquote_quoted_predicates(quoted)
        self._actor_below = self._actor_ancestors()
        self._match_memo: dict[tuple, Optional[tuple[VerbPattern, Optional[Token]]]] = {}
        self.modality = Modality()
        self.history: list[Event] = []  # the article's events so far, for acts that answer an earlier one

    def _at(self, token: Token) -> Optional[ActorRef]:
        return self.index.at(token)

    def _conjuncts(self, token: Token) -> list[ActorRef]:
        """``index.conjuncts``, once per token (a new list each time: callers may extend it). The index
        finds actors only among the descendants of the first of the token's conjuncts: where none is an
        actor's, there are none."""
        found = self._conjuncts_memo.get(token.i)
        relative = None
        if token.lower_ == "who" and token.dep_ == "nsubjpass" and token.head.dep_ == "relcl":
            relative = token.head
        elif token.lower_ in ("who", "which", "that") and token.dep_ in ("nsubj", "nsubjpass") and \
                token.head.dep_ == "ccomp" and token.head.head.dep_ == "relcl" and token.i < token.head.head.i:
            relative = token.head.head  # 'the group, which the UN says is backed by Rwanda': the group
        if found is None and relative is not None and relative.head is not relative:
            # 'workers, who have been targeted by gangs': the relative pronoun is its antecedent ('who' is
            # a person's: not the place the parser may hang it on, 'workers in Lima, who ...')
            antecedent = relative.head
            if antecedent.ent_type_ in ("GPE", "LOC") and antecedent.dep_ == "pobj" and \
                    antecedent.head.head.pos_ in ("NOUN", "PROPN"):
                antecedent = antecedent.head.head
            found = self._conjuncts_memo[token.i] = self._conjuncts(antecedent)
        if found is None:
            start = token
            while start.dep_ == "conj" and start.head is not start:
                start = start.head
            pair = self._both_states(token)
            found = pair if pair is not None else (self.index.conjuncts(token) if start.i in self._actor_below else [])
            found = [ref for ref in found if not self.namesake(ref)]
            self._conjuncts_memo[token.i] = found
        return list(found)

    def _actor_ancestors(self) -> set[int]:
        """Tokens with an actor's mention among themselves and their descendants."""
        found: set[int] = set()
        for i in self.index.by_token:
            token = self.tokens[i]
            while token.i not in found:
                found.add(token.i)
                if token.head is token:
                    break
                token = token.head
        return found

    def _text(self, span: Span) -> str:
        """``span.text``, cut from the Doc's text (Span.text joins its tokens anew on each call)."""
        return self.text[span.start_char:span.end_char]

    def inside(self, token: Token) -> bool:
        return self._quoted_tokens[token.i]

    def _unquote_quoted_predicates(self, quoted: list[tuple[int, int]]) -> None:
        """A speaker's own act quoted in the clause a speech verb reports ('Jordan said it "strongly condemns"
        the raid', 'the ministry said it had "firmly rejected" the offer') is the clause's verb in the speaker's
        words, not a quotation of its own: a short quoted fragment (at most QUOTED_PREDICATE_WORDS words) holding
        the verb of a speech verb's clause, whose subject, outside the quotation marks, is the speaker again
        ('it', 'they'), is read as plain text by the coder. ('said it "endangers the peace"' of another's act
        stays quoted.)"""
        cues, offsets = self.lexicon.speech_cues, self.index.tokens.idx
        for start, end in quoted:
            words = self.tokens[bisect.bisect_left(offsets, start):bisect.bisect_left(offsets, end)]
            if not words or sum(t.pos_ not in ("PUNCT", "SPACE") for t in words) > QUOTED_PREDICATE_WORDS:
                continue
            if any(self._speakers_own(t, start, end) for t in words if t.pos_ == "VERB" and t.dep_ == "ccomp"
                   and t.head.lemma_lower in cues):
                for t in words:
                    self._quoted_tokens[t.i] = False

    def _speakers_own(self, verb: Token, start: int, end: int) -> bool:
        """Whether the subject of a speech verb's clause, outside the quoted span, is its speaker again."""
        subject = _first(verb, "nsubj", "nsubjpass")
        speaker = _first(verb.head, "nsubj")
        if subject is None or speaker is None or start <= subject.idx < end:
            return False
        said, doer = self._at(speaker), self._at(subject)
        return said is not None and doer is not None and said.actor_id == doer.actor_id

    # ------------------------------------------------------------------ presence for an occasion
    def presence_visits(self, sent: Span) -> list[Event]:
        """'X is in <country> for <occasion>' states a visit with no verb of visiting ('Rice, who is in
        Israel for talks', 'the president was in Egypt for a summit'): X visits the country (042) when the
        country is not X's own. Occasions are the nouns of ``occasions.tsv``; future, modal and negated
        presence is left."""
        found: list[Event] = []
        used: set[int] = set()
        for be in _in(sent, self.tokens):
            if be.lemma_lower != "be" or self.inside(be) or not self._plain_assertion(be) or _future(be):
                continue
            preps = {p.lower_: _first(p, "pobj") for p in _children(be, "prep")}
            place, occasion = preps.get("in"), preps.get("for")
            if place is None or occasion is None or not {occasion.lower_, occasion.lemma_lower} & occasions():
                continue
            host = self._at(place)
            if host is None or not host.actor_id or self.index.get(host.actor_id).kind not in ("country", "place"):
                continue
            subject = self.subject(be)
            for source in self._conjuncts(subject) if subject is not None else []:
                if _home(source) != _home(host):
                    found.append(self.make_event(sent, be, be, "042", source, host, True, used))
        return found

    def in_title(self, token: Token) -> bool:
        """Whether the token is in the article's headline (:func:`dyad.events.tokens.title_line`)."""
        return self.title is not None and token.i < self.title.end

    @staticmethod
    def _giver(target: ActorRef, predicate: _Predicate) -> bool:
        """Whether a target of a reversed act ('received aid from B', 'faced charges from B', 'won the backing
        of B') stands in a 'from', 'by' or 'of' phrase of the verb or its object: the one who gives or charges."""
        heads = [predicate.anchor, predicate.token] + ([predicate.obj] if predicate.obj is not None else [])
        preps = [p for head in heads for p in head.children if p.dep_ == "prep" and p.lower_ == "of"] + \
            [p for p in predicate.anchor.subtree if p.dep_ in ("prep", "agent") and p.lower_ in ("from", "by")]
        for prep in preps:  # ('received two billion dollars in aid from B': 'from' anywhere in the clause)
            span = prep.subtree
            if span[0].idx <= target.start_char and target.end_char <= span[-1].idx + len(span[-1].text):
                return True
        return False

    def _reacting_agents(self, noun: Token) -> list[ActorRef]:
        """The actors of an undergone noun's 'from'/'by' phrase ('drew protests from India's unions')."""
        return [r for p in noun.children if p.dep_ == "prep" and p.lower_ in ("from", "by")
                for t in self._deepen([o for o in p.children if o.dep_ == "pobj"]) for r in self._conjuncts(t)]

    @staticmethod
    def _undergone(noun: Token) -> bool:
        """An event noun the clause's subject undergoes, with its agent in a 'from'/'by' phrase ('the
        embassy faced attacks from militants', 'suffered raids by the army')."""
        if noun.pos_ != "NOUN":
            return False
        if noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.lemma_lower in UNDERGOING_FRAMES:
            # 'the troops came under attack from smugglers', 'the convoy was under attack from rebels'
            return any(c.dep_ == "prep" and c.lower_ == "from" for c in (*noun.children, *noun.head.head.children))
        return noun.dep_ == "dobj" and noun.head.lemma_lower in UNDERGOING_VERBS and \
            any(c.dep_ == "prep" and c.lower_ in ("from", "by") for c in noun.children)

    # ------------------------------------------------------------------ output
    def make_event(self, sent: Span, verb: Token, anchor: Token, code: str, source: ActorRef,
                   target: Optional[ActorRef], specific: bool, used: set[int], intent: bool = False,
                   implicit: bool = False) -> Event:
        source, target = self.capital_role(sent, source, code), self.capital_role(sent, target, code)
        try:
            entry: CameoCode = cameo_lookup(code)
        except KeyError:  # a user dictionary's code outside CAMEO (PETRARCH's validation set has some)
            root = code[:2]
            quad = 1 if root <= "05" else 2 if root <= "09" else 3 if root <= "14" else 4 if root <= "20" else 0
            entry = CameoCode(code, root, "code outside the CAMEO codebook", 0.0, quad)
        plover = plover_for(code)
        verb_tokens = [verb] + [c for c in verb.children if c.dep_ in ("prt", "neg")]
        if verb.i != anchor.i and verb.head.i == anchor.i:  # 'announced the cancellation'
            verb_tokens.append(anchor)
        start = min(t.i for t in verb_tokens)
        end = max(t.i for t in verb_tokens) + 1
        negated = self.negated(anchor) and not (intent and code[:2] in ("12", "03"))
        hypothetical = self.hypothetical(anchor) and not intent
        date, date_text = self.date_of(sent, anchor)
        sent_text = self._text(sent).rstrip()
        confidence = 0.5 + (0.2 if specific else 0.0) + (0.15 if target is not None else 0.0) + \
            (0.15 if source.code and source.code != "UNK" else 0.0) - (0.25 if negated or hypothetical else 0.0)
        verb_end = self.tokens[end - 1].idx + len(self.tokens[end - 1].text)
        key = f"{self.article_id}:{sent.start_char}:{verb.idx}:{code}:{source.actor_id}:{target.actor_id if target else ''}"
        return Event(
            id="E" + hashlib.sha1(key.encode()).hexdigest()[:12], source=source, target=target,
            verb=self.text[self.tokens[start].idx:verb_end], verb_start=self.tokens[start].idx, verb_end=verb_end,
            cameo=code, cameo_root=entry.root, cameo_name=entry.name, goldstein=entry.goldstein,
            quad_class=entry.quad_class, plover=plover.category if plover else None,
            plover_mode=(plover.mode or None) if plover else None,
            plover_context=(plover.context or None) if plover else None,
            date=date, date_text=date_text,
            location=self.location(sent, self._mention_tokens(source), anchor) if self._places(sent) else None,
            attribution=self.attributions.get(sent.start) or self.reported_by(anchor, source),
            negated=negated, hypothetical=hypothetical, implicit=implicit,
            evidence=sent_text, start_char=sent.start_char, end_char=sent.start_char + len(sent_text),
            confidence=round(max(0.05, min(confidence, 1.0)), 2),
        )

    def _charges_a_state(self, predicate: _Predicate, sources: list[ActorRef]) -> bool:
        """Whether states or their executives charge another state or its executive or forces ('Chad charged
        Sudan with arming the rebels'), where no court or prosecutor acts on a person."""
        charged = self._conjuncts(predicate.obj) if predicate.obj is not None else []
        own = {s.country for s in sources}
        return bool(charged) and all(_executive(s) for s in sources) and all(
            t.country and (t.sector or "")[:3] in ("", "GOV", "MIL") and
            (t.actor_id is None or self.index.get(t.actor_id).kind != "person") and t.country not in own
            for t in charged)

    def _reverse_event(self, sent: Span, predicate: _Predicate, source: ActorRef, target: ActorRef,
                       used: set[int]) -> list[Event]:
        """The target's act back on the source when the pattern has one ('A left for B': B hosts A),
        for an act coded as stated (not turned into a refusal or an intent)."""
        reverse = predicate.pattern.reverse_code
        if not reverse:
            return []
        return [self.make_event(sent, predicate.token, predicate.anchor, reverse, target, source,
                                predicate.pattern.specificity > 0, used)]

    def _predicted_act(self, cue: Token, sources: list[ActorRef]) -> bool:
        """Whether a warning reports what another named actor will do ('warned that the rebels would attack
        Kampala', 'warned that Islamic State could regroup'): an act, coded or not, whose subject names an
        actor other than the one warning, or a hazard ('warned that the epidemic could spread'). Such a warning
        threatens no one; a coded act is coded with its own subject. 'Warned that the US would pay a price' (what
        befalls them: CONSEQUENCE_VERBS, a passive or a copula) and 'warned it would retaliate' (the speaker's own
        act) stay threats."""
        clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None) or next(
            (c for p in _children(cue, "prep") for n in _children(p, "pobj") for c in _children(n, "acl")
             if any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
        # ('warned in a statement that ...': the parser may hang the clause on the statement)
        if clause is None or clause.pos_ not in ("VERB", "AUX"):
            return False
        if self.match(clause) is None and (_is_passive(clause) or clause.lemma_lower in CONSEQUENCE_VERBS | {"be"}):
            return False  # 'warned that the US would pay a price', '... would be punished': a threat to them
        subject = _first(clause, "nsubj")
        if subject is not None and subject.pos_ == "NOUN" and subject.lemma_lower in word_classes()["@hazards"]:
            return True  # 'warned that the outbreak could spread to X': a hazard foretold threatens no one
        if subject is None or subject.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children):
            return False  # 'warned that its forces would strike': whose forces is the pronoun's guess
        actors = self._conjuncts(subject)
        own = {s.actor_id for s in sources}
        return bool(actors) and not any(a.actor_id in own for a in actors)

    def _reporters(self, verb: Token) -> set[str]:
        """The states of whoever reports the clause a verb heads (the subject of the speech verb it is the
        complement of, before or after it)."""
        clause = verb
        while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "ccomp" or clause.head.lemma_lower not in self.lexicon.speech_cues:
            return set()
        subject = _first(clause.head, "nsubj")
        return {r.country for r in (self._conjuncts(subject) if subject is not None else []) if r.country}

    def _launched_from(self, anchor: Token, country: Optional[str]) -> bool:
        """Whether the act's own 'from' phrase names a place of this state: where force is launched from
        ('fired rockets from Lebanese territory', 'attacks from Afghan soil'), which it does not hit."""
        for prep in _children(anchor, "prep"):
            if prep.lower_ != "from" or country is None:
                continue
            if self.launch_place(prep) and any((ref := self._at(t)) is not None and ref.country == country
                                               for t in prep.subtree):
                return True
        return False

    def _warned_of_hazard(self, verb: Token) -> bool:
        """'The WHO warned of cholera outbreaks', 'aid groups warned of famine': a warning of a hazard
        (``@hazards``, word_classes.tsv) threatens no one, so no target is implied for it."""
        hazards = word_classes()["@hazards"]
        return any(c.dep_ == "prep" and c.lower_ in ("of", "about", "against") and
                   any(g.dep_ == "pobj" and g.lemma_lower in hazards for g in c.children) for c in verb.children)

    def _unrealised_noun(self, anchor: Token) -> bool:
        """An event noun that is the object of a negated or modal verb ('would not tolerate attacks on its
        police', 'could face strikes'): nothing has happened that could be placed."""
        if anchor.pos_ != "NOUN" or anchor.dep_ not in ("dobj", "pobj"):
            return False
        verb = anchor.head if anchor.dep_ == "dobj" else anchor.head.head
        return verb.pos_ in ("VERB", "AUX") and (self.negated(verb) or self.hypothetical(verb))

    def _locative_place(self, ref: ActorRef) -> bool:
        """Whether an actor is a place or state named only as where something is ('in Arica', 'at the
        border town of X'): the object of a location preposition, which places and does not take part."""
        if not ref.actor_id or self.index.get(ref.actor_id).kind not in ("country", "place"):
            return False
        span = self._mention_tokens(ref)
        head = next((self.tokens[i] for i in sorted(span) if self.tokens[i].head.i not in span), None)
        return head is not None and head.dep_ == "pobj" and head.head.lower_ in LOCATION_PREPS

    def document_content(self, obj: Optional[Token]) -> set[int]:
        """The tokens of what a document object of a verb of issuing says it does, its participle or relative
        clause ('adopted a resolution imposing sanctions', 'issued a decree that bans parties'): that act is
        the issuer's. Empty for other objects, for documents others issued ('rejected an ultimatum to hand
        over the guard', 'backed a resolution that tightens sanctions': the subject's act is the verb's), and
        for force, which no document uses ('a resolution targeting the group' is no attack)."""
        if obj is None or obj.lemma_lower not in STATEMENT_NOUNS or obj.dep_ != "dobj" or \
                obj.head.lemma_lower not in ISSUING_VERBS:
            return set()
        found: set[int] = set()
        for clause in obj.children:
            if clause.dep_ in ("acl", "relcl") and clause.pos_ == "VERB":
                hit = self.match(clause)
                if not (hit and hit[0].code[:2] in FORCE_ROOTS):
                    found |= {t.i for t in clause.subtree}
        return found

    def accusers(self, accused: ActorRef, sentence: list[Event], punishers: bool = True) -> list[ActorRef]:
        """Who last accused or criticised this actor (or its state) earlier in the article or the sentence
        (``sentence``: its events so far): the party a rejection or denial of 'the accusation', 'the
        charges', 'the criticism' answers ('Y accused Z of X, a charge Z denied'); failing one, who last
        punished it for something (expelled its diplomat, charged or arrested it: 16, 17), whose grounds the
        denial answers ('Y expelled Z's envoy for spying ... Z rejected the allegations'), in another state
        or on the very actor; only for a denial of charges (``punishers``), not of a mere claim, which is a
        speaker's."""
        for roots in (("11",), ("16", "17")) if punishers else (("11",),):
            for event in reversed(self.history + sentence):
                target = event.target
                if event.cameo_root not in roots or target is None or event.source.actor_id == accused.actor_id:
                    continue
                if target.actor_id == accused.actor_id or (accused.country and target.country == accused.country
                                                             and event.source.country != accused.country) or \
                        (roots == ("11",) and accused.country and target.code == accused.code
                         and event.source.code != accused.code):
                    # (at home: 'accused the opposition ...'; 'opposition leaders rejected the charge')
                    return [event.source]
        return self.reporters_of_harm(accused) if punishers else []

    def first_accusers(self, sources: list[ActorRef], sentence: list[Event], punishers: bool = True) -> list[ActorRef]:
        """:meth:`accusers` of the first of several deniers that has any ('Kenya and Ethiopia both denied the
        charge': whoever charged either; each denier answers the same charge)."""
        return next((found for source in sources if (found := self.accusers(source, sentence, punishers))), [])

    def counterinsurgents(self, predicate) -> list[ActorRef]:
        """The military of the one state whose armed non-state groups (REB) an ownerless campaign noun is
        aimed at ('the offensive against the rebels in Darfur'), marked implicit by the caller; none where the
        targets are anything else or of several states."""
        targets = self.targets(predicate, [])
        states = {t.country for t in targets}
        if not targets or len(states) != 1 or None in states or \
                not all(t.sector == "REB" or (t.code or "")[3:6] == "REB" for t in targets):
            return []
        country = states.pop()
        anchor = predicate.anchor
        return [ActorRef(actor_id=None, name="army", code=country + "MIL", country=country, sector="MIL",
                         start_char=anchor.idx, end_char=anchor.idx)]

    def aggressors(self, side: ActorRef, sentence: list[Event]) -> list[ActorRef]:
        """Who last did a hostile act of force or coercion (CAMEO 17 to 20) to this actor, its body or its state,
        told earlier in the article or the sentence: whom revenge or retaliation is vowed against."""
        for event in reversed(self.history + sentence):
            target = event.target
            if event.cameo_root < "17" or target is None or event.source.actor_id == side.actor_id:
                continue
            if target.actor_id == side.actor_id or (side.country and target.country == side.country and
                                                    event.source.code != side.code):
                return [event.source]
        return []

    def _demand_met(self, anchor: Token, sources: list[ActorRef]) -> list[ActorRef]:
        """Whose demand a cooperative act meets, where the text sums the act up as one after a comma ('pledged to
        stop the raids, a key demand of Chile', "..., Chile's main condition for talks"): that party."""
        own = {s.actor_id for s in sources}
        for summary in anchor.children:
            if summary.dep_ not in ("npadvmod", "appos") or summary.lemma_lower not in DEMAND_SUMMARIES:
                continue
            owners = [c for c in summary.children if c.dep_ == "poss"] + \
                [o for p in _children(summary, "prep") if p.lower_ == "of" for o in _children(p, "pobj")]
            refs = [r for o in owners for r in self._conjuncts(o) if r.actor_id not in own]
            if refs:
                return refs[:1]
        return []

    def _habitual(self, verb: Token) -> bool:
        """Whether a verb tells what a kind of people does as a rule, not an act: the plain present (no auxiliary)
        of a bare plural subject with no determiner, number or owner in a clause that describes a place or a
        thing ('Nigeria, where criminal gangs target travellers'). (A main clause in the present may be a
        headline's or a summary's news: 'Soldiers attack the town'.)"""
        if verb.tag_ != "VBP" or verb.pos_ != "VERB" or verb.dep_ != "relcl" or self.inside(verb) or \
                any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return False
        subject = _first(verb, "nsubj")
        return subject is not None and subject.tag_ == "NNS" and subject.pos_ == "NOUN" and not any(
            c.dep_ in ("det", "nummod", "poss", "quantmod") or c.dep_ in ("amod", "compound") and c.pos_ == "PROPN"
            or c.ent_type_ in ("NORP", "GPE") for c in subject.children)

    def _result_victims(self, anchor: Token, source: ActorRef, sentence: list[Event]) -> list[ActorRef]:
        """The state of unnamed people a state's forces harmed as the result of the act the clause hangs on
        ('fired on a Bordurian boat, injuring three crew members'): the state that act was aimed at, where it is
        another than the doer's; none otherwise. Not of rebels, whose victims are often their own state's
        people beside the foreign target ('attacked a foreign-run oil field, killing dozens')."""
        if anchor.dep_ != "advcl" or anchor.tag_ != "VBG" or anchor.head.pos_ != "VERB" or \
                not (source.sector in STATE_FORCE_SECTORS or source.code == source.country):
            return []
        for event in sentence:
            target = event.target
            if event.verb_start == anchor.head.idx and event.source.actor_id == source.actor_id and \
                    target is not None and target.country and target.country != source.country:
                return [self.state_ref(target.country)]
        return []

    def protested_doer(self, side: ActorRef, sentence: list[Event]) -> list[ActorRef]:
        """Whom a complaint or condemnation that names no act is aimed at ('Ruritania fired a rocket over the
        strait ... Borduria lodged a protest'): the doer of the latest hostile act (a threat, show of force,
        coercion or force: 13, 15 to 20) of the last three sentences that hold events, where that doer is of
        another state than the one protesting; none otherwise (then the article's state, as before)."""
        if not side.country:
            return []
        for event in reversed(self._recent_events(3) + sentence):
            if event.cameo_root in PROTESTED_ROOTS and not event.implicit and event.source.country and \
                    event.source.country != side.country and event.source.code not in (None, "UNK"):
                return [event.source]
        return []

    def wronged(self, side: ActorRef, sentence: list[Event]) -> list[ActorRef]:
        """Who the last hostile act (CAMEO 11 to 20) of this actor or its state, told earlier in the article or
        the sentence, was done in or to, where that is another state: the state an apology is owed to."""
        for event in reversed(self.history + sentence):
            target = event.target
            if event.cameo_root < "11" or target is None or not side.country:
                continue
            if (event.source.actor_id == side.actor_id or event.source.country == side.country) and \
                    target.country and target.country != side.country:
                return [self.state_ref(target.country)]  # (the state: 'killed a guerrilla leader inside X' wrongs X)
        return []

    def reporters_of_harm(self, accused: ActorRef) -> list[ActorRef]:
        """Who last reported, in a quotation of another state's speaker, a hostile act (11 to 20) of this
        actor or its state ('the watchdog said in a report that Bordurian soldiers had shot villagers ...
        Borduria dismissed the findings'): telling of the act is the charge the denial answers."""
        for event in reversed(self.history):
            if event.cameo_root < "11" or not (event.source.actor_id == accused.actor_id or
                                               accused.country and event.source.country == accused.country):
                continue
            for quote in self.quotations:
                speaker = quote.speaker
                if quote.start_char <= event.verb_start < quote.end_char and speaker is not None and \
                        speaker.actor_id and speaker.code not in (None, "UNK") and \
                        speaker.actor_id != accused.actor_id and speaker.country != accused.country:
                    return [speaker]
        return []

    def captors(self, held: list[ActorRef], sentence: list[Event]) -> list[ActorRef]:
        """Who holds these people, by the first arrest, detention or abduction of them told so far (17x,
        181): a demand or appeal for their release is made of the captor ('Ruritania detained two Bordurian
        sailors ... Borduria demanded their release'), not of the captives. The first: a story names the
        captor where it tells the capture, and later retellings ('were kidnapped inside Borduria') may only
        place it."""
        return _doer(held, self.history + sentence,
                     lambda event: event.cameo_root == "17" or event.cameo[:3] in CAPTURE_CODES)

    def last_speaker(self, source: ActorRef, sent: Span, before: Optional[int] = None) -> list[ActorRef]:
        """The speaker of the latest quotation before the sentence, in it or the two before (or earlier in the
        sentence, ending before the character ``before``: 'X said ..., a claim Y denied'), who is another party
        than the source: whose claim or assertion a rejection answers when no accusation was coded."""
        window_start = self.tokens[self.sentences_back(sent.start, 2)].idx
        for quote in sorted(self.quotations, key=lambda q: q.start_char, reverse=True):
            speaker = quote.speaker
            if quote.start_char < window_start or speaker is None or (quote.start_char >= sent.start_char and (
                    before is None or quote.end_char > before)):
                continue
            if speaker.actor_id and speaker.actor_id != source.actor_id and \
                    speaker.code not in (None, "UNK", source.code):
                return [speaker]
        return []

    def _forces_compelled(self, verb: Token) -> bool:
        """Whether the subject of an agentless 'were forced to' is the state's own police or army: they plead
        necessity ('troops were forced to fire'); others so forced are coerced by the state ('reporters were
        forced to leave')."""
        patient = _first(verb, "nsubjpass")
        refs = self._conjuncts(patient) if patient is not None else []
        return bool(refs) and all(ref.sector in ("COP", "MIL") for ref in refs)

    def _kind_word(self, ref: ActorRef) -> bool:
        """Whether an actor's mention is a common noun that only says what kind a thing is ('military' in 'military
        infrastructure', 'police' in 'police vehicles'), not a party named."""
        token = self.doc.char_span(ref.start_char, ref.end_char, alignment_mode="expand")
        if token is None or len(token) != 1:
            return False
        word = self.tokens[token.start]
        return word.pos_ in ("NOUN", "ADJ") and word.dep_ in ("amod", "compound") and \
            word.head.pos_ == "NOUN" and self.index.at(word.head) is None

    @staticmethod
    def _joint_act(predicate: _Predicate) -> bool:
        """Whether an act is one two parties make together: a verb of concluding ('sign', 'agree', 'negotiate';
        ``@concluding``) or an object of a joint relation ('reach agreement', 'hold talks'; ``@joint``)."""
        classes = word_classes()
        return predicate.anchor.lemma_lower in classes["@concluding"] or \
            predicate.token.lemma_lower in classes["@concluding"] or \
            (predicate.obj is not None and predicate.obj.lemma_lower in classes["@joint"])

    def forces_attacker(self, predicate: _Predicate, home: Optional[ActorRef], sentence: list[Event]) -> Optional[ActorRef]:
        """For force with no named perpetrator done to a state's own forces ('two soldiers were wounded'), the
        armed group that last used force in the article on that state or its forces, else the other state of the
        latest dispute that state is in ('X and Y accused each other ..., X saying 49 of its soldiers had been
        killed'): a state does not wound its own soldiers. None where neither is told."""
        patient = predicate.obj if predicate.obj is not None else _first(predicate.anchor, "nsubjpass")
        victims = self._conjuncts(patient) if patient is not None else []
        if not victims or not all((v.sector or "") in FORCE_SECTORS and v.country for v in victims):
            return self._attack_just_told(predicate.anchor, home, sentence, victims)
        means = _first(predicate.anchor, "nsubj")
        bombing = means is not None and (means.lemma_lower in BOMBING_NOUNS or any(
            c.dep_ in ("compound", "amod") and c.lemma_lower in BOMBING_NOUNS for c in means.children))
        return self._forces_foe(victims[0].country, home, sentence, states=not bombing,
                                before=predicate.anchor.sent.start_char)

    def _police_moved(self, predicate: _Predicate, sources: list[ActorRef]) -> bool:
        """Whether the forces a deployment moves are all police: its object ('deployed 500 police officers'),
        or, with none, the passive's subject that stands as its source ('police were deployed')."""
        moved = self._conjuncts(predicate.obj) if predicate.obj is not None else sources
        return bool(moved) and all((r.sector or "")[:3] == "COP" for r in moved)

    def _civil_voice(self, ref: ActorRef) -> bool:
        """Whether an actor is a body of a political, civic or media sector (the White House, a party, a rights
        group) or a person of one who commands no forces (a lawmaker, an opposition leader): not a state as such,
        not anyone armed, and not a government's people (a president ready 'to fight' may be threatening war)."""
        actor = self.index.get(ref.actor_id) if ref.actor_id else None
        sector = (ref.sector or "")[:3]
        return actor is not None and sector in SPEAKING_SECTORS and (
            actor.kind in ("organisation", "group") or actor.kind == "person" and sector not in ("GOV", "ELI"))

    @staticmethod
    def _no_foe(verb: Token) -> bool:
        """Whether a verb of fighting names no one fought: no object and no 'against'/'with'/'on' phrase."""
        return _first(verb, "dobj") is None and not any(p.lower_ in ("against", "with", "on", "alongside")
                                                        for p in _children(verb, "prep"))

    def _speaking_person(self, ref: ActorRef) -> bool:
        """Whether an actor is one person of a political, civic or media sector (a minister, a lawmaker, an
        opposition leader, a commentator), who attacks in words, not arms."""
        actor = self.index.get(ref.actor_id) if ref.actor_id else None
        return actor is not None and actor.kind == "person" and (ref.sector or "")[:3] in SPEAKING_SECTORS

    def _attack_just_told(self, anchor: Token, home: Optional[ActorRef], sentence: list[Event],
                          victims: list[ActorRef]) -> Optional[ActorRef]:
        """'Gunmen opened fire on a bus ... Two passengers were wounded': harm with no named doer, told in the
        sentence of an armed group's attack or the one after it (same paragraph), is that attack's; a
        state is not made the author of what gunmen did in it. None where no such attack was just told, or
        where the victims are that group's own ('rebels seized a town ... thirty militants were killed'):
        the group's own dead fell to the other side."""
        sent = anchor.sent
        start = sent.start_char
        if sent.start > 0:
            previous = self.doc[sent.start - 1].sent
            if not paragraph_break_after(self.doc.text, previous, sent.start_char):
                start = previous.start_char
        for event in reversed(self.history + sentence):
            if event.start_char < start:
                break
            if event.cameo_root in FORCE_ROOTS and not event.implicit and \
                    (event.source.sector or "") in NON_STATE_FIGHTERS and \
                    (home is None or event.source.country in (home.country, None)):
                return None if own_side(event.source, victims) else event.source
        # ('Gunmen abducted 30 passengers ... Two passengers who tried to escape were shot dead': their captors,
        # the people taken named again by the same word)
        named = {(v.code, v.name.split()[-1].lower()) for v in victims}
        for event in self.history + sentence:
            target = event.target
            if event.cameo[:3] in CAPTURE_CODES and target is not None and \
                    (target.code, target.name.split()[-1].lower()) in named and \
                    (event.source.sector or "") in NON_STATE_FIGHTERS:
                return event.source
        return None

    def _forces_home(self, predicate: _Predicate) -> Optional[ActorRef]:
        """Where force with no named doer on one state's forces happened, where the act's clause names a place the
        gazetteer does not know: that state ('a suicide bombing killed seven soldiers in <a district>' is at home,
        not in the state the story is otherwise set in)."""
        if not any(named_place(t) for t in predicate.anchor.subtree):
            return None  # (no place named: the story's setting, where expeditionary troops die too)
        patient = predicate.obj if predicate.obj is not None else _first(predicate.anchor, "nsubjpass")
        victims = self._conjuncts(patient) if patient is not None else []
        states = {v.country for v in victims if (v.sector or "") in FORCE_SECTORS}
        if len(states) != 1 or None in states or len(victims) != len([v for v in victims if v.country in states]):
            return None
        return self.state_ref(states.pop())

    def _forces_foe(self, state: str, home: Optional[ActorRef], sentence: list[Event],
                    states: bool = True, before: Optional[int] = None) -> Optional[ActorRef]:
        """:meth:`forces_attacker` for a state's own forces wounded or killed: the armed group they just fought, in
        this sentence or the two before ('security forces killed 12 militants in a raid ... Two soldiers were also
        killed': in that fight), a foreign one only where the harm is abroad; at home, failing that, the armed
        group that last attacked them; the other state of a dispute only where the means are no bombing
        (``states``): bombs and suicide attacks are insurgents' means."""
        recent = self._recent_events(2, before=before) if before is not None else []
        for event in reversed(recent + sentence):
            if event.cameo_root in FORCE_ROOTS and event.target is not None and event.source.country == state and \
                    (event.source.sector or "")[:3] in FORCE_SECTORS and \
                    (event.target.sector or "") in NON_STATE_FIGHTERS and (event.target.country in (state, None) or (
                        home is not None and home.country not in (state, None))):
                return event.target  # (a group of the forces' state, or any, where they fight abroad: 'Kenyan
                # troops shelled militant camps in Somalia ... two Kenyan soldiers were wounded')
        if home is not None and home.country and home.country != state:
            return None
        for event in reversed(self.history + sentence):
            if event.cameo_root in FORCE_ROOTS and event.target is not None and \
                    event.target.country == state and event.source.country in (state, None) and \
                    (event.source.sector or "") in NON_STATE_FIGHTERS:
                return event.source
        if home is None or not states:
            return None
        for event in reversed(self.history + sentence):  # 'X and Y accused each other ..., with X saying 49 of
            # its soldiers had been killed': the other state of the latest dispute X is in
            if event.cameo_root not in DISPUTE_ROOTS or event.target is None or not event.source.country or \
                    not event.target.country or event.source.country == event.target.country:
                continue
            if state in (event.source.country, event.target.country):
                other = event.target if event.source.country == state else event.source
                return self.state_ref(other.country)
        return None

    def killers(self, victims: list[ActorRef], sentence: list[Event]) -> list[ActorRef]:
        """Who used force on these people in the latest such act told so far (roots 18-20): revenge for a
        death is taken on the killer ('the army killed a rebel commander ... the rebels vowed to avenge
        him'), not on the dead."""
        return _doer(victims, reversed(self.history + sentence), lambda event: event.cameo_root in FORCE_ROOTS)

    def _denied(self, anchor: Token) -> bool:
        """Whether the act is what a speaker denies: the clause of 'denied that ...', also through the
        report or claim denied ('dismissed reports that ...', 'refuted claims that ...')."""
        head = anchor.head
        if anchor.dep_ in ("ccomp", "acl") and head.pos_ == "NOUN" and head.dep_ == "dobj":
            head = head.head  # 'denied reports that the army had fired'
        elif anchor.dep_ != "ccomp":
            return False
        elif anchor.i < head.i and any(c.dep_ in ("dobj", "nsubj") and c.lemma_lower in CHARGE_NOUNS and anchor.i < c.i < head.i
                                       for c in head.children):
            return False  # the parser's '[Y accused Z of X], a charge Z denied': the charge is Y's, stated
        return head.i != anchor.i and self.lemma(head) in DENYING_VERBS and not self.negated(head)

    def _modal_code_and_targets(self, predicate: _Predicate, sources: list[ActorRef],
                                targets: list[ActorRef]) -> tuple[str, list[ActorRef]]:
        """The code modality and framing give the act (renounced force, refusal, modal demand or threat,
        appeal, an intent or threat frame coded by its act, intent), and the targets a framed act names
        ('threatened to expel the Colombian ambassador': the act's code and target)."""
        anchor, plain = predicate.anchor, predicate.pattern.code
        code = self.cessation_code(anchor, plain) or self.renounced_force_code(anchor, plain) or \
            self.refusal_code(anchor, plain) or self.modal_code(anchor, plain) or self.appeal_code(anchor, plain)
        framed = self.framed_act(anchor, plain) if code is None else None
        if framed is not None:
            code = self.frame_code(plain, framed)
            targets = (self.targets(framed, sources) or targets) if code else targets
        code = code or self.intent_code(anchor, plain) or plain
        homes = {_home(s) for s in sources}
        if plain[:2] == "15" and code[:2] == "13" and framed is None and all(_home(t) in homes for t in targets):
            code = plain  # 'Mexico would send 2,000 troops to the region': forces moved at home threaten no one
        return code, targets

    @staticmethod
    def _fights_an_ill(code: str, obj) -> bool:
        """Whether force is used on a social ill or a hazard ('fight corruption', 'combat poverty', 'battled
        the blaze'): words of ``@social_ills``, which no one attacks."""
        return code[:2] in FORCE_ROOTS and obj is not None and obj.lemma_lower in word_classes()["@social_ills"]

    def fought_for_a_cause(self, verb: Token, obj: Optional[Token]) -> bool:
        """Whether a verb of fighting has a cause ('for the people', 'for their rights', 'for justice') and no
        foe (no object, no 'against' or 'with'): a struggle, no force. 'fighting for control of the town' is
        force: control of a place is fought over with arms."""
        causes = [p for p in _children(verb, "prep") if p.lower_ == "for"]
        if self.lemma(verb) not in ("fight", "battle", "struggle") or not causes or _first(verb, "dobj") is not None \
                or any(p.lower_ in ("against", "with") for p in _children(verb, "prep")):
            return False
        if obj is not None and obj.head not in causes:
            return False
        return not any(o.lemma_lower in ("control", "territory", "town", "city", "area") for p in causes
                       for o in _children(p, "pobj"))

    def _shared_implicit_target(self, sources: list[ActorRef], root: str) -> list[ActorRef]:
        """The article's main state as the one target several reacting actors leave implicit ('The African
        Union and the United States praised the conduct of the vote', 'Britain and France condemned the
        crackdown'): where it is the same for each of them and none of them is of that state."""
        found = [self.implicit_target(source, root) for source in sources]
        if not all(len(t) == 1 for t in found) or len({t[0].code for t in found}) != 1:
            return []
        target = found[0][0]
        if any(_home(s) == target.country for s in sources):
            return []
        return found[0]

    def code_sentence(self, sent: Span) -> list[Event]:
        found: list[Event] = []
        coded_verbs: set[int] = set()
        coded_roots: dict[int, str] = {}  # coded verb → root of its code
        used: set[int] = set()  # tokens of the event's actors are set per event in make_event
        consumed: set[int] = set()
        predicates = list(self.predicates(sent))
        anchors = {p.anchor.i for p in predicates}
        for predicate in predicates:
            anchor = predicate.anchor
            framing = _infinitive_head(anchor)
            if framing is not None and framing.lemma_lower in HELPING_PURPOSES and framing.i not in coded_verbs:
                framing = self.modality.purpose(framing) or framing  # 'sent troops to help fight X': the sending
            if framing is not None and framing.i in coded_verbs:
                continue  # 'threatened to attack', 'urged X to free the activists and to drop ...': the threat or demand is the event
            if (anchor.dep_ == "ccomp" and coded_roots.get(anchor.head.i, "") in UNREALISED_ROOTS
                    and not _indicative(anchor, future=False)) or self.demanded(anchor):
                # ('warned that troops had shelled the villages' reports a past fact, which is coded)
                continue  # 'demanded that the US cancel the sale': the demand is the event, not a cancellation
            if anchor.dep_ == "advcl" and coded_roots.get(anchor.head.i) == "14" and \
                    predicate.pattern.code[:2] in ("10", "11", "14") and anchor in self._purpose_clauses(anchor.head):
                continue  # 'began a hunger strike to protest X': the aim names the protest's target, no second event
            if asks_a_question(anchor):
                continue  # 'a reporter asked the president whether he would visit Togo': a question, no appeal
            if self.obliged(anchor):
                continue  # 'US forces must ensure security to allow aid in': what someone must do has not happened
            if anchor.pos_ == "NOUN" and anchor.dep_ == "dobj" and anchor.head.pos_ == "VERB" and \
                    (self.obliged(anchor.head) or self.demanded(anchor.head)):
                continue  # 'Peru must halt its shelling of the villages': the demand's content, coded as the demand
            if self.alleged(anchor):
                continue  # 'accused Peru of shelling border posts': the accusation is the event, not the shelling
            if self._denied(anchor):
                continue  # 'Russia denied that its troops had shelled the town': disputed; the denial is the event
            if anchor.pos_ == "NOUN" and _label_noun(anchor):
                continue  # 'calling it an attack on the bloc': a name given to an act, not another act
            if self.lemma(anchor) in COMPELLING_VERBS and _is_passive(anchor) and _first(anchor, "agent") is None \
                    and _children(anchor, "xcomp") and self._forces_compelled(anchor):
                continue  # 'police were forced to open fire': the state's force pleads necessity; no one coerced it
            if self.ceased(anchor) and self.cessation_code(anchor, predicate.pattern.code) is None:
                continue  # 'the paper stopped praising the general': a stopped act that has no yield of its own
            if predicate.token.pos_ == "NOUN" and predicate.token.dep_ == "pobj" and \
                    predicate.token.head.lower_ == "under" and not self._undergone(predicate.token):
                continue  # 'a company under investigation', 'held under arrest': a state undergone, whose doer the
                # text leaves unsaid (the clause's subject does not do it; 'came under attack from X' is coded)
            if self.modality.prevented(anchor):
                continue  # 'deployed troops to prevent clashes with the militia': the clashes did not happen
            if self.modality.undone(anchor):
                continue  # 'had done little to help the refugees': the help is what was not given
            if self.modality.fronted_purpose(anchor):
                continue  # 'To ease the crisis, the envoys met ...': an aim put first is no act
            served = self.modality.purpose(anchor)
            if served is not None and served.i in coded_verbs and predicate.pattern.code[:2] in PURPOSE_UNREALISED_ROOTS:
                continue  # 'sent troops to the border to attack X': the aim of a coded act has not happened
            fight = predicate.token
            if fight.pos_ == "NOUN" and fight.lemma_lower in FIGHT_NOUNS and fight.dep_ == "pobj" and \
                    fight.head.lower_ in ("in", "during") and fight.head.head.i in coded_verbs and \
                    _is_passive(fight.head.head):
                continue  # 'three rebels were killed in an exchange of fire with the army': the killing, coded
                # with the army as its doer, is the fight's event (its own had no side but the place's state)
            if predicate.token.i in consumed:
                continue  # 'cancelling plans to visit Israel': the visit is what was cancelled, not an event
            if anchors & self.document_content(predicate.obj):
                continue  # 'adopted a resolution imposing sanctions on X': the content is the event, not the adopting
            if predicate.pattern.code == "010":
                continue  # an unspecified statement is a quotation's business (dyad.quotes), not an event
            root = predicate.pattern.code[:2]
            if root in FORCE_ROOTS and predicate.token.i == anchor.i and self._accidental(anchor):
                continue  # 'ten killed in plane crash': an accident is no one's use of force
            if self._fights_an_ill(predicate.pattern.code, predicate.obj) or any(
                    self._fights_an_ill(hit[0].code, hit[1]) for c in _children(anchor, "xcomp")
                    if (hit := self.match(c)) is not None):
                continue  # 'vowed to fight corruption', 'firefighters battled the blaze': a policy or a task, no force
            if root in FORCE_ROOTS and self.fought_for_a_cause(anchor, predicate.obj):
                continue  # 'came back to fight for the people', 'fighting for their rights': a cause, no force
            # 'an activist died in custody': the subject underwent it; the institution is the source
            undergone = self.undergoers(predicate, None) is not None
            sources = self.keepers(predicate) if undergone else self.sources(predicate)
            placed = implicit = joint_theme = False
            if not sources:  # 'the court ordered that the colonel be held': whoever orders it
                sources = self.orderers(anchor)
            if not sources:  # 'seven activists were arrested': the police of the state where it happened
                institution = self.implicit_agent(sent, predicate)
                if institution is not None:
                    sources, implicit = [institution], True
            if not sources and root in ("19", "20") and anchor.pos_ == "NOUN" and predicate.token.i == anchor.i and \
                    anchor.dep_ == "nsubj" and anchor.head.lemma_lower in FRAME_VERBS:
                # 'the offensive against the rebels continued': a campaign against a state's insurgents with
                # no owner named is that state's military's
                sources = self.counterinsurgents(predicate)
                implicit = bool(sources)
            if not sources and root in FORCE_ROOTS and predicate.token.i == anchor.i:
                # 'killed in a gunfight with the army' (the verb's own event, not the fight noun's)
                sources = self.fight_partner(anchor)
            if not sources and root in CONFLICT_ROOTS and predicate.token.i == anchor.i:
                # 'injured in police firing', 'killed when police opened fire on the crowd'
                sources = self.force_owner(anchor) or self.when_agent(anchor)
            if not sources and root in ("17", "18", "19", "20") and self._unnamed_perpetrator(anchor) and \
                    not self.war_toll(anchor) and not self._unrealised_noun(anchor) and \
                    not self.hypothetical(anchor) and \
                    not self.in_title(anchor):  # (a headline leaves it to the body)
                # 'Three civilians were killed in a car bombing', 'Biti appeared in court after being
                # arrested': force with no named perpetrator is placed where it happened, else in the
                # article's main state.
                home = self.place_state(sent, anchor) or self._forces_home(predicate) or \
                    self.index.setting_country_ref()
                attacker = self.forces_attacker(predicate, home, found)
                if attacker is not None:  # 'Rebels ambushed a convoy ... two soldiers were killed': not the
                    sources = [attacker]  # soldiers' own state
                elif home is not None:
                    sources, placed = [home], True
            if not sources and (predicate.pattern.code.startswith(SELF_MOVING_CODES + POSTURE_CODES) or (
                    predicate.pattern.code.startswith(WITHDRAWAL_CODES) and self.lemma(anchor) in WITHDRAWING_VERBS)):
                sources = self.self_movers(anchor)
            if not sources and self._undergone(predicate.token):
                # 'Hungary drew criticism from Germany': the one who undergoes it stands as source until
                # the swap below makes the 'from' phrase the source
                patient = self.subject(predicate.token.head)
                sources = [r for r in (self._conjuncts(patient) if patient is not None else []) if r.actor_id]
                if not sources and patient is not None and patient.pos_ == "NOUN" and self._reacting_agents(predicate.token):
                    # 'The arrests drew protests from Kerala's unions': whoever made the arrests undergoes them
                    sources = [r for r in self.act_owner(patient, []) if r.actor_id]
            if not sources and root in RECIPROCAL_ROOTS and anchor.pos_ == "VERB" and _is_passive(anchor) and \
                    _first(anchor, "agent") is None:
                sources = self.parties_between(predicate.obj or _first(anchor, "nsubjpass"))
                joint_theme = bool(sources)  # ('a truce between A and B was announced': A and B, to each other)
            if not sources:
                sources = self.crowd_source(sent, anchor, root)
            if not sources:
                continue
            if root == "14" and self.lemma(anchor) == "protest" and predicate.token.i == anchor.i and \
                    all(_official_voice(s) for s in sources):
                # 'Vietnam protested China's deployment': a state's protest is an official complaint (CAMEO
                # 114), aimed at the act's owner, not a street protest (kept as 14 where no other side is named)
                complaint = predicate.recoded(code="114", target="object")
                aimed = self.targets(complaint, sources) or (
                    self.act_owner(predicate.obj, sources) if predicate.obj is not None else [])
                if any(_home(t) not in {_home(s) for s in sources} for t in aimed):
                    predicate, root = complaint, "11"
                elif anchor.dep_ == "advcl" and anchor.head.i in coded_verbs:
                    continue  # 'the ministry summoned the envoy to protest': the summons is the complaint,
                    # no street protest beside it
            if predicate.pattern.code in VIOLENT_PROTEST_CODES and sources and \
                    all(s.sector in STATE_FORCE_SECTORS for s in sources):
                # 'police stormed the embassy': a state's forces forcing their way in raid it (170, as 'raided'),
                # they riot against no one
                predicate = predicate.recoded(code="170")
                root = "17"
            elif predicate.pattern.code in VIOLENT_PROTEST_CODES and sources and \
                    all((s.sector or "")[:3] in NON_STATE_FIGHTERS for s in sources) and \
                    (forced := next((p for p in self.lexicon.for_lemma(self.lemma(predicate.token)) if not p.objects
                                     and p.code[:2] in CONFLICT_ROOTS), None)) is not None:
                # 'gunmen stormed the church': armed men forcing their way in use the verb's own force (190, as
                # 'storm' a town), they riot against no one (a verb of rioting alone, 'looted', stays)
                predicate = predicate.recoded(code=forced.code)
                root = forced.code[:2]
            if predicate.pattern.code == MILITARY_BUILDUP_CODE and self._police_moved(predicate, sources):
                predicate = predicate.recoded(code=POLICE_BUILDUP_CODE)  # 'police officers were deployed around
                # the stadium': police power (153), no armed forces mobilised (154)
            if root == "19" and self.lemma(anchor) in VERBAL_ATTACK_VERBS and sources and \
                    all(self._speaking_person(s) for s in sources):
                # 'the foreign minister attacked the president's policies': a politician's attack is in words
                predicate, root = predicate.recoded(code="111"), "11"
            if root == "19" and self.lemma(anchor) in STRUGGLE_VERBS and anchor.pos_ == "VERB" and \
                    self._no_foe(anchor) and all(self._civil_voice(s) for s in sources):
                continue  # 'the White House would keep fighting', 'the party vowed to fight on': a civil body or
                # person with no foe named struggles in politics, it uses no force
            if root in CONFLICT_ROOTS:  # 'officers detained ...': the state the force acts in
                sources = [self.housed(sent, source) for source in sources]
            if predicate.pattern.code.startswith("173") and self.lemma(anchor) == "charge" and sources and \
                    self._charges_a_state(predicate, sources):
                # 'Chad charged Sudan with backing the rebels': a state charging another state lays no legal charge,
                # it accuses (112)
                predicate, root = predicate.recoded(code="112", target="object"), "11"
            if predicate.pattern.code == "072" and all((s.sector or "")[:3] in NON_STATE_FIGHTERS for s in sources):
                # 'the rebels handed over their weapons': an armed group giving up arms disarms (0873), arming no one
                predicate = predicate.recoded(code="0873")
                root = "08"
            targets = self.targets(predicate, sources) or self.fallback_targets(predicate, sources)
            if predicate.pattern.target == "aided" and not any(
                    t.country and t.country not in {s.country for s in sources} for t in targets):
                # ('deployed the army to help police restore order': help at home is no protection of another)
                plain = self._match(predicate.token, None, None, False)
                if plain is None:
                    continue
                predicate, root = _Predicate(predicate.token, plain[0], predicate.anchor, plain[1]), plain[0].code[:2]
                targets = self.targets(predicate, sources) or self.fallback_targets(predicate, sources)
            if not targets and root in CONFLICT_ROOTS and sources and \
                    all(not s.country and s.sector in STATE_FORCE_SECTORS for s in sources):
                aimed = [o for h in (anchor, predicate.obj) if h is not None for p in _children(h, "prep")
                         if p.lower_ in ("at", "on", "upon", "against") for o in _children(p, "pobj")]
                targets = next((people for o in [predicate.obj, _first(anchor, "dobj"), *aimed] if (people := self.stateless_people(
                    o, predicate.pattern.code))), [])  # 'police fired at the crowd', 'opened fire on the crowd',
                # no state named anywhere: the crowd, of no state (a state named makes them its people, _people_there)
            if not targets and self._undergone(predicate.token):  # 'drew protests from X' (a protest names no
                own = {s.actor_id for s in sources}  # object of its own): X, swapped to the source below
                targets = [r for r in self._reacting_agents(predicate.token) if r.actor_id not in own][:1]
            if not targets and predicate.obj is not None:  # 'the rebels suspended the talks': with whom they held them
                targets = self.dealings_partner(predicate.obj, sources)
            if not targets and root in REACTION_ROOTS and predicate.obj is not None and not self.hypothetical(anchor):
                targets = self.act_owner(predicate.obj, sources, criticising=root == "11") or \
                    self.governed(predicate.obj, sources)  # 'the EU condemned the move'; 'the union rejected the budget'
            if not targets and predicate.pattern.code[:3] == "115" and predicate.obj is not None:
                targets = self.act_owner(predicate.obj, sources)  # 'would fight the decision in court': whose it is
            if not targets and (root in REACTION_ROOTS or predicate.pattern.code[:3] in ("012", "013")) and \
                    not self.hypothetical(anchor):  # 'expressed concern about the decision': whose decision it was
                topics = [p for holder in (anchor, predicate.obj) if holder is not None for p in _children(holder, "prep")
                          if p.lower_ in TOPIC_PREPS]
                targets = next((owners for p in topics if (noun := _first(p, "pobj")) is not None
                                and (owners := self.act_owner(noun, sources))), [])
            if not targets and root == "14":  # 'protested outside the British embassy'
                targets = self.protested_mission(predicate.anchor, sources)
                if not targets:  # 'fishermen protested against the arrests': whoever just made them
                    targets = next((owners for noun in self._protested(predicate.anchor) if noun.pos_ == "NOUN"
                                    and (owners := self.act_owner(noun, sources))), [])
                if not targets and predicate.pattern.code[:3] in STREET_PROTEST_CODES:
                    targets = self.protested_government(sent, sources)  # 'thousands marched in Quito'
            if undergone:  # 'an activist died in custody': the one who died
                targets = self.undergoers(predicate, sources[0]) or []
            if predicate.pattern.target == "reverse":
                targets = [t for t in targets if self._giver(t, predicate)]
                if not targets:
                    continue  # 'received money': the giver must be named ('faced charges over the bombing of X':
                    # X is the topic, no accuser)
                sources, targets = targets, sources  # 'A received money from B': B gave (PETRARCH's [:071])
            if targets and self._undergone(predicate.token):
                sources, targets = targets, sources  # 'the embassy faced attacks from militants': they attacked it
                sufferer = self.subject(predicate.token.head) if placed else None
                if sufferer is not None and self._conjuncts(sufferer):  # the one who faced them, not a stand-in state
                    targets = self._conjuncts(sufferer)
                figurative = predicate.token.lemma_lower in FIGURATIVE_NOUNS
                if root in CONFLICT_ROOTS and (predicate.token.head.lower_ == "under" or figurative) and all(
                        _verbal(s) or (figurative and (_official_voice(s) or s.sector == "OPP")) for s in sources):
                    # 'the government came under attack from rights groups': from bodies that act in words
                    # (rights groups, lawmakers, the press, parties, governments), an attack in words (111);
                    # 'fire' so from a state or the opposition too ('came under fire from Kenya', 'drew fire from
                    # the EU'), not from forces or rebels ('came under fire from militants')
                    predicate = predicate.recoded(code="111", target="object")
                    root = "11"
                if root == "14" and all(_official_voice(s) for s in sources) and \
                        any(_home(t) not in {_home(s) for s in sources} for t in targets):
                    # 'the detentions drew protests from Cambodia': a state's protest at another's act is an
                    # official complaint (114), as where it protests itself
                    predicate = predicate.recoded(code="114", target="object")
                    root = "11"
            if placed and not targets and predicate.obj is not None and \
                    predicate.obj.lemma_lower in VICTIM_NOUNS:  # 'Nearly 100 people have been killed'
                targets = [sources[0]]
            if implicit and targets and self.removal_origin(anchor) is not None and \
                    all(_home(t) == sources[0].country for t in targets):
                targets = self._conjuncts(predicate.obj) if predicate.obj is not None else []  # not the state it is removed from
            if implicit and not targets and predicate.obj is not None and \
                    predicate.obj.lemma_lower in VICTIM_NOUNS | DETAINEE_NOUNS:  # 'four men were deported'
                targets = self.people_as_target(predicate.obj, [self.state_ref(sources[0].country)],
                                                predicate.pattern.code) if sources[0].country else \
                    self.stateless_people(predicate.obj, predicate.pattern.code)
            if not targets and predicate.obj is not None and predicate.obj.pos_ == "NOUN" and \
                    predicate.obj.lemma_lower in _relation_words() and root in CONFLICT_ROOTS:
                targets = self.kin_of(predicate.obj)  # 'executed the son of a dissident cleric': the son, of the
                # cleric's state (not the cleric)
            if implicit and not targets and root == "17" and sources[0].country and predicate.token.pos_ == "NOUN" \
                    and predicate.token.i != anchor.i:  # 'dozens of arrests were made': of the state's people, as
                targets = [self.state_ref(sources[0].country)]  # 'police made arrests in Dakar' tells them
            if predicate.pattern.code == "016" and predicate.obj is not None and \
                    predicate.obj.lemma_lower in DENIED_TIES:
                # 'denied any links with the militia', 'denied playing a role in the coup': the denial answers
                # whoever alleged the tie; the militia is what the tie was with
                targets = self.first_accusers(sources, found) or targets
            if predicate.pattern.code == "055" and len(sources) == 1 and \
                    all(t.country and t.country == sources[0].country for t in targets):
                # 'apologized for the raid', 'apologized': to whom its side's last hostile act was done, not
                # to its own troops who did it
                targets = self.wronged(sources[0], found) or targets
            if len(sources) == 1 and _retaliating(predicate) and all(
                    t.actor_id == sources[0].actor_id or t.code == sources[0].country for t in targets):
                # 'vowed revenge', 'vowed to retaliate': against whoever last attacked its side, not its own state
                targets = self.aggressors(sources[0], found) or targets
            standalone = predicate.pattern.target in ("none", "optional")  # 'the minister resigned'
            charge = predicate.obj if predicate.obj is not None or anchor.dep_ != "relcl" else anchor.head
            if not targets and charge is not None and (
                    charge.lemma_lower in CHARGE_NOUNS or predicate.pattern.code == "016" and (
                        charge.lemma_lower in ACCUSING_DOCUMENTS or charge.tag_ == "WDT")):
                # 'Sudan rejected the accusation', '..., a claim Sudan denies': whoever made it ('rejected the
                # report': whoever accused it there; 'blamed X for the attack, which X denied': the blame; 'Kenya
                # and Ethiopia both denied the charge': whoever charged either)
                targets = self.first_accusers(sources, found, predicate.pattern.code == "016" and
                                              charge.lemma_lower not in STATEMENT_CHARGES)
                if not targets and charge.lemma_lower in CHARGE_NOUNS and any(
                        c.dep_ == "det" and c.lower_ in ("the", "these", "those", "such") for c in charge.children):
                    # 'Y said Z had rigged the vote. The commission dismissed the allegations': the charge just
                    # made, whoever it named
                    targets = [e.source for e in reversed(self._recent_events(2, before=sent.start_char))
                               if e.cameo_root == "11" and e.source.actor_id != sources[0].actor_id][:1]
                if not targets and charge.lemma_lower in STATEMENT_CHARGES and not self.negated(anchor) and \
                        (root == "12" or predicate.pattern.code == "016"):
                    targets = self.last_speaker(sources[0], sent, charge.idx)  # 'X defended the police ... Y rejected the claim'
            if targets and predicate.pattern.code in RELEASE_DEMAND_CODES:
                targets = self.captors(targets, found) or targets  # 'demanded their release': of whoever holds them
            if not targets and len(sources) == 1 and root not in ("01", "02") and self._in_response(anchor):
                targets = self.responded_to(sources[0], found)  # 'Cambodia downgraded relations in response'
            if not targets and len(sources) == 1 and root in CONFLICT_ROOTS and \
                    self._response_phrase(anchor, predicate.obj) is not None:
                # 'fired rockets in response to the killing of its commander': at whoever last used force on it
                targets = self.aggressors(sources[0], found)
            from_sourced = _from_sourced(predicate.token)
            if not targets and from_sourced:
                targets = self.beneficiaries(predicate.token, sources)  # 'Iraq got aid from France'
            if not targets and len(sources) == 1 and root in COOPERATIVE_ROOTS:
                targets = self._demand_met(anchor, sources)  # 'pledged to free them, a key demand of Chile'
            if not targets and len(sources) == 1 and root in COOPERATIVE_ROOTS and anchor.dep_ == "conj":
                # 'met the Chinese premier and agreed to extend a swap line': the partner of the act it is
                # conjoined to, where that act is cooperative too, is this one's (not so for coercion: one event
                # per root and pair would merge 'arrested fishermen and seized their boats' into one)
                targets = [e.target for e in found if e.verb_start == anchor.head.idx and e.target is not None
                           and e.source.actor_id == sources[0].actor_id and e.cameo_root in COOPERATIVE_ROOTS][:1]
            if not targets and len(sources) == 1 and served is not None:
                # 'sent its foreign minister to Mali to support the mediation': the aim is toward the act's target
                targets = [e.target for e in found if e.verb_start == served.idx and e.target is not None
                           and e.source.actor_id == sources[0].actor_id][:1]
            if len(sources) == 1 and root in CONFLICT_ROOTS and all(
                    t.country == sources[0].country and (t.sector or "CVL") in OWN_SIDE_SECTORS for t in targets):
                # 'fired on X's boat, injuring three'; 'opened fire on Ruritanian posts, wounding a soldier' (whom
                # the story's state would claim): the side the act was aimed at (not the doer's own rebels: 'struck
                # Pakistani Taliban hideouts inside Afghanistan, killing dozens of militants')
                targets = self._result_victims(anchor, sources[0], found) or targets
            if not targets and len(sources) == 1 and not standalone and not (placed or implicit) \
                    and root not in ("01", "14", "15") and not self._attributes_report(anchor) \
                    and not from_sourced and self._avenged_act(predicate.token, predicate.obj) is None \
                    and not mediation_participle(anchor, predicate.pattern.code) \
                    and not (root == "13" and self._warned_of_hazard(anchor)) \
                    and not self.help_to_an_act(predicate):
                if root == "11" and (predicate.obj is None or predicate.obj.lemma_lower in predicate.pattern.objects):
                    targets = self.protested_doer(sources[0], found)  # 'lodged a protest': at the act just told
                targets = targets or self.people_as_target(predicate.obj, self.implicit_target(sources[0], root),
                                                           predicate.pattern.code)
                if root == "19" and companion_object(predicate.obj):
                    targets = []  # 'Eritrea, whose troops fought alongside Ethiopian forces': no side named
                if targets and root in FORCE_ROOTS and not predicate.pattern.code.startswith("181") and \
                        self._launched_from(anchor, targets[0].country):  # (not 'abducted ... from a village')
                    targets = []  # 'militants who launch attacks from Pakistani soil': where force comes from
                if targets and root in VENUE_ROOTS and self._held_in(anchor, targets[0].country):
                    targets = []  # 'EU ministers met in Lisbon': the host is where, not with whom
                if targets and root in ("03", "04", "05", "06", "07", "08") and \
                        targets[0].country in self._reporters(anchor) - {sources[0].country}:
                    targets = []  # '... have agreed to a truce, Saudi Arabia said': a third party reporting
                    # another's accord or concession (a mediator, as a rule) is not its patient
            if not targets and len(sources) == 1 and (root in CONFLICT_ROOTS or predicate.pattern.code in VERDICT_CODES
                                                      or (predicate.pattern.code in RELEASE_CODES and
                                                          (sources[0].sector or "")[:3] in STATE_SECTORS)) \
                    and self.unnamed_people(predicate.obj, predicate.pattern.code):
                # 'police arrested the main suspect', 'the junta freed hundreds of prisoners': people of the
                # source's state, or of none the text names (hostages a militia frees are seldom its own)
                standalone = True
                # (of a source with no state, 'Islamic State killed twelve people in Raqqa': the place's people)
                place = self.place_state(sent) if not sources[0].country and sources[0].code else None
                targets = [self.state_ref(sources[0].country)] if sources[0].country else [place] if place else []
                targets = self.people_as_target(predicate.obj, targets, predicate.pattern.code)
            if len(sources) > 1 and (reciprocal_pronoun(anchor) or anchor.lemma_lower in RECIPROCAL_VERBS and
                                     not any(p.lower_ == "with" for p in _children(anchor, "prep"))):
                targets = []  # 'X and Y accused each other ..., with Y's capital saying': they act on each other
                # ('traded accusations over a troop build-up', 'exchanged fire over the border': what they
                # quarrel over is no party)
            homes = {_home(s) for s in sources}
            dealing = root in COOPERATIVE_ROOTS or predicate.pattern.code == HALTED_TALKS_CODE  # ('talks between
            # the two sides in Jeddah were suspended'; not 'closed their embassies in Yemen', aimed at Yemen)
            if len(homes) > 1 and dealing and targets and all(
                    self._locative_place(t) or _home(t) in homes for t in targets) or \
                    len({s.actor_id for s in sources}) > 1 and dealing and targets and \
                    all(self._locative_place(t) for t in targets):  # ('the government and the rebels resumed
                # talks in Caracas': two sides of one state, the venue no party)
                # 'Chile and Peru signed a deal on a truce in Arica', '... under which Peru sells gas to Chile':
                # a place, or one of the parties named again inside the argument, is no third party; they
                # act on each other
                targets = []
            # several sources and no target: the code they act under, framed ('offered to send aid': 0333)
            joint_code = self._modal_code_and_targets(predicate, sources, [])[0] \
                if not targets and len(sources) > 1 and (not standalone or joint_theme) else None
            if joint_code is not None and not (placed or implicit) and \
                    (root in ("07", "10", "11", "12") or predicate.pattern.code[:3] in ONE_WAY_COOPERATION or
                     joint_code[:3] in ONE_WAY_COOPERATION) and \
                    not self._attributes_report(anchor) and not self.hypothetical(anchor):
                targets = self._shared_implicit_target(sources, root)  # 'the AU and the US praised the vote'
                # (after the venue rule above: the article's state left implicit is no venue named)
            if not targets and joint_code is not None and not predicate.pattern.code.startswith(MEDIATION_CODES) \
                    and ((root in RECIPROCAL_ROOTS and predicate.pattern.code[:3] not in ONE_WAY_COOPERATION
                          and not (joint_code[:2] == "12" and not self._joint_act(predicate)))
                         # ('X and Y refused to recognise the result': no rejection of each other; 'failed to reach
                         # agreement', 'did not sign the deal' is)
                         or reciprocal_object(anchor, word_classes()["@joint"])):
                # 'The Philippines and France agree ...': conjoined actors act on each other, also in a
                # frame ('Chile and Peru agreed to hold talks': an intent to negotiate, 036), and in any
                # act whose object is 'each other'/'one another' ('accused each other of ...')
                code = joint_code
                if code[:3] in ONE_WAY_COOPERATION:
                    continue  # 'Chile and Peru offered to send rescue teams': an intent to aid a third party
                for source in sources:
                    for target in sources:
                        if target.actor_id != source.actor_id:
                            found.append(self.make_event(sent, predicate.token, anchor, code, source, target,
                                                         predicate.pattern.specificity > 0, used,
                                                         intent=code != predicate.pattern.code))
                coded_verbs.add(anchor.i)
                coded_roots[anchor.i] = root
                continue
            if not targets and root in ("17", "18") and predicate.obj is not None and predicate.obj.pos_ == "PRON" and \
                    sources and all(s.sector in STATE_FORCE_SECTORS for s in sources):
                standalone = True  # 'police detained him for questioning' with no one 'him' can be: the act is told
            if not targets and root not in ("14", "15") and not standalone:
                continue
            if not targets and predicate.pattern.target == "optional" and not any(s.country for s in sources) \
                    and root not in CONFLICT_ROOTS:
                continue  # 'the commissioner resigned' with no state named says too little to count
            if predicate.pattern.code == "010" and self.lemma(anchor) in self.lexicon.speech_cues:
                continue  # 'X said ...' is a quotation (dyad.quotes), not an event
            if root == "13" and self._predicted_act(anchor, sources):
                continue  # 'the army warned that the rebels would attack the capital': the rebels' act, foretold
            if self._habitual(anchor):
                continue  # 'Nigeria, where criminal gangs target travellers': what such people do, no event
            coded_verbs.add(anchor.i)
            if predicate.obj is not None and predicate.obj.lemma_lower != "responsibility":
                # (an act one claims responsibility for happened: 'claimed the bombing that killed ...')
                # (but a relative clause with a subject of its own tells an act of its own: 'paid a visit to
                # Vietnam, where he held talks with ...')
                own = {t.i for c in predicate.obj.subtree if c.dep_ == "relcl" and
                       any(g.dep_ in ("nsubj", "nsubjpass") and (g.lower_ not in ("which", "that", "who") or
                                                                 g.lower_ == "who" and after_comma(g))
                           for g in c.children) for t in c.subtree}
                # ('met the foreign minister, who thanked Britain for its support': the person's own act)
                own |= self.document_content(predicate.obj)  # (its issuer's act: 'issued a decree that bans Y')
                consumed.update(t.i for t in predicate.obj.subtree if t.i not in own)
            code, targets = self._modal_code_and_targets(predicate, sources, targets)
            if not targets and predicate.pattern.target == "optional" and code != predicate.pattern.code:
                continue  # 'X will resign': an intent or threat needs someone it is addressed to
            coded_roots[anchor.i] = code[:2]
            for source in sources:
                for target in (targets or [None]):
                    if target is not None and len(sources) > 1 and (
                            source.code == target.code or _home(source) and _home(source) == _home(target) and
                            target.sector in OWN_SIDE_SECTORS) and \
                            any(s.code != target.code and not (_home(s) and _home(s) == _home(target))
                                for s in sources):
                        continue  # 'Thai and Lao troops clashed, killing two Lao soldiers': the Thai side's act
                    if target is not None and root in ("18", "19", "20") and target.code == source.code and \
                            source.sector and self._kind_word(target):
                        continue  # ('its forces targeted military infrastructure': a kind of thing, not the forces
                        # themselves; a named force may fight the army: 'army drones bombed RSF positions')
                    found.append(self.make_event(sent, predicate.token, anchor, code, source,
                                                 target, predicate.pattern.specificity > 0, used,
                                                 intent=code != predicate.pattern.code, implicit=implicit))
                    if target is not None and code == predicate.pattern.code:
                        found += self._reverse_event(sent, predicate, source, target, used)
        for cue, speaker, accused, code in self.accusations(sent):
            if cue.i in coded_roots and coded_roots[cue.i] != "01" and cue.lemma_lower in self.lexicon.speech_cues:
                continue  # 'officials agreed that their countries should cooperate' is an agreement, no demand
            speakers = self._conjuncts(_phrase_head(speaker)) if speaker is not None else []
            for source in speakers:
                parties = self.party_named(accused, [source])  # (an act's doer, not those it was done to)
                if code[:2] == "11" and code != "111" and len(parties) > 1 and any(
                        _same_state(source, t) or _own_members(source, t, self.index) for t in parties):
                    continue  # 'said Ugandan and Congolese forces had shelled the camps': a joint act of the
                    # speaker's own side and its partner, which the speaker accuses no one of
                for target in parties:
                    at_home = _same_state(source, target) and not (code == "111" and source.sector != target.sector) \
                        and not (code[:2] == "11" and _political_blame(source, target))
                    # (a judgement of failure is criticism at home too: 'lawmakers said the minister failed')
                    if target.actor_id != source.actor_id and not at_home and \
                            not _own_members(source, target, self.index):
                        # ('the RSF said its fighters had killed ...': a body's own people, coded below it)
                        found.append(self.make_event(sent, cue, cue, code, source, target, True, used))
        found += self.quoted_events(sent)
        found += self.evaluation_events(sent)
        found += self.consequence_events(sent)
        found += self.presence_visits(sent)
        found += self.statement_events(sent, found)
        return _dedupe([self.placed_sides(sent, self.held_persons_state(e)) for e in found])


# Sectors whose members speak for a political side: what they say another body of their state did is blame.
POLITICAL_SECTORS = frozenset({"GOV", "PTY", "OPP", "LEG"})


def _political_blame(source: ActorRef, target: ActorRef) -> bool:
    """Whether a reported act at home is blame between political sides ('the ruling party said the opposition
    was behind the riots', 'the interior minister said militants carried out the attack'): a politician or party
    laying an act on another body of its state, not police or soldiers reporting their day's work."""
    speaker, other = (source.sector or "")[:3], (target.sector or "")[:3]
    if speaker not in POLITICAL_SECTORS or not other or (speaker in STATE_ORGANS and other in STATE_ORGANS):
        return False  # (a government speaking of its own police or army reports, it does not blame)
    return other != speaker or (speaker == "PTY" and target.actor_id != source.actor_id)


# Prepositions that name what a comment or reaction is about ('concern about the decision', 'anger over the move').
TOPIC_PREPS = frozenset({"about", "over", "at", "regarding"})


def _retaliating(predicate) -> bool:
    """Whether a predicate pays back a hostile act ('vowed revenge', 'vowed to retaliate', 'threatened
    reprisals'): its verb, its object, or the infinitive of its verb is a word of retaliation."""
    words = {predicate.token.lemma_lower, predicate.anchor.lemma_lower}
    if predicate.obj is not None:
        words.add(predicate.obj.lemma_lower)
    words |= {c.lemma_lower for c in predicate.anchor.children if c.dep_ in ("dobj", "xcomp")}
    return bool(words & RETALIATION_WORDS)


def _doer(people: list[ActorRef], events, kind) -> list[ActorRef]:
    """The source of the first of ``events`` of a ``kind`` done to these people by another (the captor of
    hostages, the killer of the dead); none where some of the people are no actor."""
    ids = {r.actor_id for r in people if r.actor_id}
    if not ids or len(ids) < len(people):
        return []
    for event in events:
        target = event.target
        if target is not None and target.actor_id in ids and event.source.actor_id not in ids and kind(event):
            return [event.source]
    return []


def _label_noun(noun) -> bool:
    """Whether an event noun is the name a speaker gives an act ('called the raid an attack on civilians',
    'described the drills as an invasion rehearsal'): the predicate of a calling verb's object, or its 'as'
    phrase (dyad.events.evaluations reads the judgement)."""
    head = noun.head
    if noun.dep_ == "oprd" and head.lemma_lower in CALLING_VERBS:
        return True
    return noun.dep_ == "pobj" and head.lower_ == "as" and head.dep_ == "prep" and \
        (head.head.lemma_lower in AS_LABELLING_VERBS or (head.head.dep_ == "dobj" and
                                                          head.head.head.lemma_lower in AS_LABELLING_VERBS))


def _from_sourced(token) -> bool:
    """An event noun, the object of a verb, whose doer a 'from' phrase names ('the step enjoyed support from
    X', 'the plan won backing from Y'): it is for the verb's subject (or that act's owner), never the
    article's main state by default ('aid from France arrived' still goes to the state the story is about)."""
    return token.pos_ == "NOUN" and token.dep_ == "dobj" and \
        any(c.dep_ == "prep" and c.lower_ == "from" for c in token.children)


# Nouns by which a text sums up an act as meeting someone's demand ('..., a key demand of the government').
DEMAND_SUMMARIES = frozenset({"demand", "request", "condition", "precondition", "call", "wish", "requirement"})
# Sectors of a state's own forces: what they do by force is never a protest.
STATE_FORCE_SECTORS = frozenset({"COP", "MIL", "SPY"})
# Means of harm that are insurgents', not a state's: harm done by them is no act of the other state of a dispute.
BOMBING_NOUNS = frozenset({"bombing", "bomb", "blast", "explosion", "explosive", "ied", "suicide", "landmine",
                           "car-bomb", "bomber"})
# Roots of the hostile acts a complaint naming no act answers: threats, shows of force, coercion and force.
PROTESTED_ROOTS = frozenset({"13", "15", "16", "17", "18", "19", "20"})
# Verbs by which their subject issues a document ('adopted a resolution', 'issued a decree'): what it says it
# does is the subject's act.
ISSUING_VERBS = frozenset({"adopt", "pass", "issue", "approve", "publish", "release", "sign", "enact", "unveil",
                           "table", "introduce", "draft", "circulate", "send", "deliver", "present", "submit"})
# The most words a quoted fragment may hold and still be the reported clause's own predicate in the speaker's
# words ('said it "strongly condemns" the raid'), not a quotation.
QUOTED_PREDICATE_WORDS = 4


# Sectors of bodies that act in words: the 'attack' a subject comes under from them is criticism.
VERBAL_SECTORS = frozenset({"NGO", "HRI", "IGO", "LEG", "PTY", "MED", "EDU", "REL", "LAB", "BUS", "JUD", "GOV"})


def _verbal(ref: ActorRef) -> bool:
    """A body that acts in words, not arms: rights groups, NGOs and IGOs, lawmakers, parties, the press,
    clergy, unions, courts and governments (not crowds, civilians, forces, rebels or a state as such)."""
    code = ref.code or ""
    return ref.sector in VERBAL_SECTORS or code[:3] in ("NGO", "IGO") or code[3:6] in VERBAL_SECTORS


# Roots whose acts two verbs of two codes in one sentence tell as two (a state's measures: 'detained the reporter
# and deported him', 'expelled the envoy and closed the consulate'); other roots' verbs tell one act by its sides
# ('will meet the leaders during a visit', 'shelled the town, killing 5 and wounding 20').
SEPARATE_ACT_ROOTS = frozenset({"16", "17"})
# Sectors of unnamed people a state's forces would not harm at home as the result of an act aimed abroad: its own
# forces and civilians ('opened fire on Ruritanian posts, wounding a soldier': Ruritania's soldier).
OWN_SIDE_SECTORS = frozenset({"MIL", "COP", "CVL", "GOV"})


def _official_voice(ref: ActorRef) -> bool:
    """A state speaking as such: the state, its government or an intergovernmental body (not its people)."""
    code = ref.code or ""
    return ref.sector == "GOV" or (bool(ref.country) and code == ref.country) or \
        (code.startswith("IGO") and ref.sector in (None, "", "GOV"))


def _infinitive_head(verb: Token) -> Optional[Token]:
    """The verb whose infinitive complement this verb is, also as a later conjunct of that infinitive
    ('urged Chile to free the crew and (to) drop the charges' → 'urged' for 'drop'); None otherwise."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ == "VERB":
        if not (first.tag_ == "VB" or to_infinitive(first)):
            return None  # a finite conjunct states an act of its own
        first = first.head
    if first.dep_ == "pcomp" and first.head.dep_ == "prep" and warned_act(first.head.head) is first:
        return first.head.head  # 'warned of retaliating'
    if first.dep_ == "advcl" and first.head.lemma_lower in APPEALING_HEADS and to_infinitive(first) and any(
            c.dep_ in ("dobj", "prep") for c in first.head.children):
        return first.head  # 'called on Iran to release the ship', read as a purpose: the appeal's content
    if first.dep_ == "acl" and first.head.lemma_lower in APPEAL_NOUNS and to_infinitive(first):
        return first.head.head if first.head.dep_ == "dobj" else first.head  # 'made an appeal to X to free ...'
    if first.dep_ == "acl" and first.head.pos_ == "NOUN" and committed_act(first.head) is first:
        return first.head  # "threats by X to attack Y", "X's pledge to invest": the nominal frame, where coded
    if first.dep_ != "xcomp" or first.head.i == first.i:
        return None
    head = first.head
    while head.dep_ == "xcomp" and head.head.i != head.i and head.lemma_lower in PHASE_VERBS:
        head = head.head  # 'urged Chile to stop attacking X', 'vowed to keep fighting': the frame of the phase verb
    return head


def _dedupe(found: list[Event]) -> list[Event]:
    """One event per (source, target, root) in a sentence: the most specific code wins (but two verbs of two
    codes of a measure's root are two acts: 'detained a reporter and deported him', SEPARATE_ACT_ROOTS). An
    event between two actors known only by their sectors ('the minister met the ambassador', no state named anywhere)
    says nothing about who acted on whom and is dropped, but for coercion and force (roots 17-20: 'police
    detained the opposition leader' says who was detained by whom in any state) and for an act whose institution
    the act itself implies ('the blogger was sentenced', judiciary); an act with no target keeps its category
    ('the government ordered patrols'). A side that is a person the text gives no state, role or
    body (code UNK) leaves no event either: CAMEO codes who acted on whom, and a bare name says neither
    (PETRARCH likewise drops events with an uncoded actor); the person stays among the actors and speakers. But
    a state's police or soldiers holding or using force on a named person ('police arrested Ram Kumar') tell an
    act of the state's forces whoever the person is: kept, the person uncoded.
    A state official's visit (042) to the official's own state or a place in it is a trip at home, not a visit
    between actors."""
    best: dict[tuple, Event] = {}
    for event in found:
        if event.source.code == "UNK" or (event.target is not None and event.target.code == "UNK" and not (
                event.cameo_root in CONFLICT_ROOTS and event.source.sector in STATE_FORCE_SECTORS)):
            continue  # (but 'police arrested Ram Kumar', no state named: who did what to a named person is told)
        if event.target is not None and _anonymous(event.source) and _anonymous(event.target) and \
                event.cameo_root not in CONFLICT_ROOTS and not event.implicit:
            continue  # ('police detained the opposition leader' is kept, and 'the journalist was sentenced': the act
            # names the institution)
        if event.cameo[:3] == "042" and event.target is not None and event.source.sector == "GOV" and \
                event.target.code == event.target.country == event.source.country:
            continue  # 'flew back to the United States', 'visited Lagos and Kano': an official's trip at home is
            # no visit (a private person's return home, a freed hostage's, is news of its own)
        key = (event.source.actor_id, event.target.actor_id if event.target else None, event.cameo_root)
        held = best.get(key)
        if held is not None and held.verb_start != event.verb_start and held.cameo[:3] != event.cameo[:3] and \
                event.cameo_root in SEPARATE_ACT_ROOTS:
            key += (event.cameo[:3],)  # two measures, told by two verbs ('detained X and deported him')
            held = best.get(key)
        if held is None or (len(event.cameo), event.confidence) > (len(held.cameo), held.confidence):
            best[key] = event
    return sorted(best.values(), key=lambda e: (e.start_char, e.verb_start))


def events(doc: Doc, index: ActorIndex, *, lexicon: VerbLexicon, published: Optional[dt.date] = None,
           quoted: Optional[list[tuple[int, int]]] = None, article_id: str = "",
           attributions: Optional[dict[int, Optional[str]]] = None,
           quotations: Optional[list[Quotation]] = None, text: Optional[str] = None) -> list[Event]:
    """All events in ``doc``, in text order. ``text``: ``doc.text``, where the caller has it.

    ``attributions`` maps a sentence's start token to the outlet the text cites for it
    (see :func:`dyad.quotes.attribution`); ``quotations`` (from :mod:`dyad.quotes`) give the speakers of
    direct quotations, whose own stated acts are coded (:meth:`EventCoder.quoted_events`).
    """
    coder = EventCoder(doc, index, lexicon, published=published, quoted=quoted or [], article_id=article_id,
                       attributions=attributions or {}, quotations=quotations, text=text)
    found: list[Event] = []
    by_token = index.by_token
    agents = implicit_agents()
    try:
        for sent in doc.sents:
            if not any(i in by_token for i in range(sent.start, sent.end)) and \
                    coder.quotation_of(coder.tokens[sent.start]) is None and not coder.names_a_pair(sent):
                # no actor (and no speaker of a quotation), no event, but for an act only an institution
                # performs ('Four men were deported on Friday'): its implicit agent acts
                if any(t.lemma_lower in agents for t in coder.tokens[sent.start:sent.end]):
                    found += [e for e in coder.code_sentence(sent) if e.implicit]
                continue
            coded = coder.code_sentence(sent)
            coder.history += coded
            found += coded
        found = claimed_acts(coder, found)
    finally:
        _release(coder.tokens)
    return found
