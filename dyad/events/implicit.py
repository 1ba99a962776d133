"""Implicit agents and targets: the arguments a clause leaves unsaid. The institution an agentless passive
implies ('were arrested' → police), unnamed crowds acting where the sentence places them, forces that
stand down, violence with no named perpetrator placed in its state, and the article's main state as the
target a statement leaves implicit.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from dyad.actors.index import HOLDING_SECTORS
from dyad.actors.lookup import _country_name
from dyad.codebooks import actor_dictionary, implicit_agents, word_classes
from dyad.events.arguments import _anonymous, _relation_words, government_ref, people_ref
from dyad.events.lexicon import FORCE_ROOTS, NON_STATE_FIGHTERS, ACCIDENT_NOUNS, ACCIDENT_VERBS, REMOVAL_VERBS, CONFLICT_ROOTS, CROWD_NOUNS, DETAINEE_NOUNS, VICTIM_NOUNS, FIGHT_NOUNS, QUANTITY_OBJECTS, VERDICT_CODES, ELLIPTIC_NOUNS, ROUND_NUMBER_NOUNS, PERSON_OBJECT_CODES, VIOLENT_PROTEST_CODES, WEAPON_SUBJECTS, SOCIETY_SECTORS
from dyad.events.predicates import _Predicate, _counted_noun
from dyad.events.tokens import _children, _first, _is_passive
from dyad.records import ActorRef, Event

# Verbs of ordering whose that-clause, in the passive, says what the orderer has done ('ordered that X be
# held'): the orderer is its source.
ORDERING_VERBS = frozenset({"order", "direct", "instruct", "rule", "decree", "command"})



class ImplicitMixin:
    """Arguments the clause leaves implicit (mixed into :class:`~dyad.events.coder.EventCoder`; uses
    only ``self``)."""

    def parties_between(self, theme: Optional[Token]) -> list[ActorRef]:
        """The parties of a joint act done with no agent named, which its theme names ('a truce deal between
        Armenia and Azerbaijan was signed', 'talks between the army and the rebels were held'): two or
        more actors in the theme's 'between' phrase, who then act on each other."""
        if theme is None:
            return []
        between = next((p for p in _children(theme, "prep") if p.lower_ == "between"), None)
        named = _first(between, "pobj") if between is not None else None
        parties = self._conjuncts(named) if named is not None else []
        return parties if len({r.actor_id or r.code for r in parties}) > 1 else []

    def crowd_source(self, sent: Span, verb: Token, root: str = "") -> list[ActorRef]:
        """Unnamed people acting where the sentence places them ('Tens of thousands of people filled
        the squares of Lima', 'Thousands marched in Accra'): that state's civilians. A crowd protesting
        (CAMEO root 14) in a sentence that names no place is the crowd of the state the story is set in
        ('Hundreds of supporters chanted slogans outside the court')."""
        subject = self.subject(verb)
        if subject is None or subject.pos_ not in ("NOUN", "NUM"):
            return []
        lemma, crowd = subject.lemma_lower, subject
        if lemma in QUANTITY_OBJECTS:
            counted = _counted_noun(subject)
            if counted is not None and counted.lemma_lower in QUANTITY_OBJECTS:  # 'hundreds of thousands of people'
                counted = _counted_noun(counted)
            lemma = counted.lemma_lower if counted is not None else "people"
            crowd = counted if counted is not None else subject
        opposing = lemma in word_classes()["@opponents"]
        if lemma not in CROWD_NOUNS and not opposing:
            return []
        home = self.place_state(sent)
        if home is None:  # 'opponents of the Nigerian Senate protested': of the state of those they oppose
            home = next((ref for prep in _children(crowd, "prep") if prep.lower_ == "of" and (pobj := _first(prep, "pobj"))
                         is not None and (ref := next(iter(self._conjuncts(pobj)), None)) is not None and ref.country), None)
        if home is None and root == "14":
            home = self.index.setting_country_ref()
        if home is None:
            return []
        sector = "OPP" if opposing else "CVL"  # 'opponents of the Senate protested': an opposition crowd
        return [home.model_copy(update={"code": home.country + sector, "sector": sector, "actor_id": None,
                                        "name": subject.text})]

    def self_movers(self, verb: Token) -> list[ActorRef]:
        """The forces an agentless passive of retreat moves: in 'a third of the guerrillas have been
        demobilized' and 'the troops were withdrawn' they are the ones who stand down."""
        if not _is_passive(verb) or _first(verb, "agent") is not None:
            return []
        moved = _first(verb, "nsubjpass")
        return self._conjuncts(moved) if moved is not None else []

    def fight_partner(self, verb: Token) -> list[ActorRef]:
        """The other side of the fight an agentless passive of force happened in: in 'two militants were
        killed in a gunfight with the army' and 'killed in an encounter with the police' (South-Asian
        usage), the army and the police did it."""
        if not _is_passive(verb) or _first(verb, "agent") is not None:
            return []
        for prep in _children(verb, "prep"):
            fight = _first(prep, "pobj") if prep.lower_ in ("in", "during") else None
            if fight is None or fight.lemma_lower not in FIGHT_NOUNS:
                continue
            for with_ in _children(fight, "prep"):
                partner = _first(with_, "pobj") if with_.lower_ == "with" else None
                if partner is not None and self._conjuncts(partner):
                    return self._conjuncts(partner)
        return []

    def _unnamed_perpetrator(self, verb: Token) -> bool:
        """No one is named as doing it: a passive with no agent ('were killed', 'after being arrested') or
        a weapon or an act of force as subject ('A roadside bombing killed ...'; 'the border closure hurt traders'
        is harm in another sense)."""
        subject = self.subject(verb)
        if subject is None:
            return True
        lemma = subject.lemma_lower
        if lemma in WEAPON_SUBJECTS:
            return True
        if lemma not in self.lexicon.nominals:
            return False
        hit = self.nominal(subject)  # 'a bombing killed ...'; not 'the closure hurt traders' (no act of force)
        return hit is not None and hit[0].code[:2] in FORCE_NOMINAL_ROOTS

    @staticmethod
    def war_toll(verb: Token) -> bool:
        """Whether the deaths are a war's toll, told in a relative clause on the war ('a war over the border in
        which 80,000 died', 'the clashes during which nine were killed'): its sides killed them, no one state
        the text can place."""
        if verb.dep_ != "relcl":
            return False
        wars = FIGHT_NOUNS | WAR_NOUNS
        antecedent = verb.head
        if antecedent.ent_type_ == "DATE" and antecedent.dep_ == "pobj":
            # ('fought a war in the 1990s in which ...': the parser's antecedent is the time the war is set in)
            setting = antecedent.head.head
            return setting.lemma_lower in wars or any(o.lemma_lower in wars for o in _children(setting, "dobj"))
        return antecedent.lemma_lower in wars

    @staticmethod
    def _accidental(verb: Token) -> bool:
        """Whether the clause gives the death or injury a cause that is no one's act: an accident or a
        hazard ('were killed when their plane crashed', 'died in a road accident', 'injured in the
        landslide'); such force has no source, named or placed (see ``coder.code_sentence``)."""
        hazards = word_classes()["@hazards"] | ACCIDENT_NOUNS
        for child in verb.children:
            if child.dep_ == "advcl" and child.lemma_lower in ACCIDENT_VERBS and \
                    any(c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "as", "after") for c in child.children):
                return True
            if child.dep_ == "prep" and child.lower_ in ("in", "by", "during", "after") and \
                    any(o.dep_ == "pobj" and o.lemma_lower in hazards and not _used_force(o) for o in child.children):
                return True
        return False

    def implicit_agent(self, sent: Span, predicate: _Predicate) -> Optional[ActorRef]:
        """The institution an agentless passive implies (``implicit_agents.tsv``: 'were arrested' → police,
        'was sentenced' → judiciary, 'were deported' → government), of the state where it happened: the
        sentence's place, else the article's main state, else the state of those it was done to (foreigners
        are arrested abroad as often as at home: the victims' state comes last). None in the headline, whose
        passive leaves the agent to the body."""
        anchor = predicate.anchor
        if anchor.pos_ == "NOUN" and anchor.i == predicate.token.i:
            # an event noun with no agent of its own: 'the arrest of the editor', 'arrests of students followed'
            agent = implicit_agents().get(self.lexicon.nominals.get(anchor.lemma_lower, ""))
        else:
            if anchor.pos_ != "VERB" or _first(anchor, "agent") is not None:
                return None
            agent = implicit_agents().get(self.lemma(anchor))
            if agent is None and predicate.pattern.verb != self.lemma(anchor):
                agent = implicit_agents().get(predicate.pattern.verb)  # 'were ordered to leave' is coded as 'expel'
            if predicate.token.pos_ == "NOUN" and predicate.token.i != anchor.i and _is_passive(anchor):
                # 'dozens of arrests were made': the light verb's event noun tells the institution
                agent = implicit_agents().get(self.lexicon.nominals.get(predicate.token.lemma_lower, ""))
            passive = _is_passive(anchor) or (anchor.tag_ in ("VBN", "VBD") and (
                anchor.dep_ == "acl" or (anchor.dep_ == "conj" and _is_passive(anchor.head)
                                         and _first(anchor.head, "agent") is None)))
            if not passive and not (agent is not None and agent.undergone):
                return None  # 'seven men arrested on Friday', 'were beaten and detained'; 'died in custody'
        if agent is None or predicate.pattern.code[:2] not in agent.roots:
            return None
        if self.in_title(anchor):
            return None  # 'Opposition leader arrested': the body names who did it, and where
        ordered_out = self.left_state(anchor) if predicate.pattern.verb == "expel" else None  # ('to leave Morocco')
        place = self.removal_origin(anchor) or ordered_out or self._jurisdiction(anchor) or \
            self._own_place(anchor, predicate.obj) or self.place_state(sent) or self.index.setting_country_ref()
        country = place.country if place is not None else None
        if country is None:  # 'two Americans were detained' in an article that names no state of its own
            victim = predicate.obj or _first(anchor, "nsubjpass")
            country = next((r.country for r in (self._conjuncts(victim) if victim is not None else [])
                            if r.country), None)
        # (no state named anywhere: 'the accused were arrested on Monday' still tells the police's act, their
        # state left empty as for any actor the text gives none)
        return ActorRef(actor_id=None, name=agent.name, code=(country or "") + agent.sector, country=country,
                        sector=agent.sector, start_char=anchor.idx, end_char=anchor.idx)

    def _jurisdiction(self, anchor: Token) -> Optional[ActorRef]:
        """The state whose law the act's 'under' phrase names ('charged under Belizean law', 'detained under
        Kenya's anti-terror act'): its organs act, wherever the story is mostly set."""
        for prep in _children(anchor, "prep"):
            law = _first(prep, "pobj") if prep.lower_ == "under" else None
            if law is None or law.lemma_lower not in word_classes()["@laws"]:
                continue
            for owner in law.children:
                ref = self._at(owner) if owner.dep_ in ("amod", "compound", "poss") else None
                if ref is not None and ref.country and self._place_ref(ref):
                    return ref
        return None

    def _own_place(self, anchor: Token, obj: Optional[Token]) -> Optional[ActorRef]:
        """The state of a place the act's own 'in'/'at' phrase names, on it or on its object ('the detention of
        a Polish official in Grodno', 'were arrested in Lyon'): where it happened, before any other place
        the sentence names ('the ministry in Warsaw said ...')."""
        for holder in [anchor] + ([obj] if obj is not None else []):
            for prep in _children(holder, "prep"):
                pobj = _first(prep, "pobj") if prep.lower_ in ("in", "at") else None
                ref = self._at(pobj) if pobj is not None else None
                if ref is not None and ref.country and self._place_ref(ref):
                    return ref
        return None

    def orderers(self, verb: Token) -> list[ActorRef]:
        """Who orders an agentless passive done ('the Supreme Court ordered that the colonel be held', 'the
        governor directed that the camps be cleared'): the subject of the verb of ordering whose that-clause
        it heads, who answers for it (not the police or guards who carry it out)."""
        if verb.pos_ != "VERB" or verb.dep_ != "ccomp" or not _is_passive(verb) or _first(verb, "agent") is not None \
                or verb.head.lemma_lower not in ORDERING_VERBS or self.negated(verb.head):
            return []
        orderer = _first(verb.head, "nsubj")
        return self._conjuncts(orderer) if orderer is not None else []

    def removal_origin(self, verb: Token) -> Optional[ActorRef]:
        """The state someone is removed from ('was deported from Thailand', 'were expelled from Russia'): the
        state that deports or expels, not a party it acts on."""
        if self.lemma(verb) not in REMOVAL_VERBS:
            return None
        for prep in _children(verb, "prep"):
            origin = _first(prep, "pobj") if prep.lower_ == "from" else None
            ref = self._at(origin) if origin is not None else None
            if ref is not None and ref.country and ref.code in (ref.country, ref.country + "GOV"):  # 'from Moscow' too
                return ref
        return None

    def housed(self, sent: Span, source: ActorRef) -> ActorRef:
        """An agent known only by its sector that uses coercion or force ('officers detained the editor',
        'police raided houses') is of the state where it acts: the sentence's place, else the article's
        main state; where the text names neither it keeps its act with no state."""
        if not _anonymous(source):
            return source
        home = self.place_state(sent) or self.index.setting_country_ref()
        if home is None or not home.country:
            return source
        sector = source.sector or (source.code if source.code != "UNK" else "")
        return source.model_copy(update={"country": home.country, "code": home.country + sector})

    def undergoers(self, predicate: _Predicate, source: Optional[ActorRef]) -> Optional[list[ActorRef]]:
        """The one who undergoes an act the verb's subject suffers ('an activist died in custody'): the
        subject's actors, else, for unnamed people ('a man died in police custody'), the source's state,
        never the custody's keeper; None for acts the subject does not undergo."""
        agent = implicit_agents().get(self.lemma(predicate.anchor))
        if agent is None or not agent.undergone or predicate.pattern.code[:2] not in agent.roots or \
                predicate.token.i != predicate.anchor.i:
            return None
        subject = _first(predicate.anchor, "nsubj")
        found = self._conjuncts(subject) if subject is not None else []
        if found:
            return found
        return self.people_as_target(subject, [self.state_ref(source.country)], predicate.pattern.code) \
            if source is not None and source.country else []  # ('a man died in custody': that state's man)

    def keepers(self, predicate: _Predicate) -> list[ActorRef]:
        """Whose custody or force an undergone act happened in, where the text says it ('died in army custody',
        'in the custody of the paramilitary rangers', 'died in police firing'): they are its source, named, not
        implied."""
        for prep in _children(predicate.anchor, "prep"):
            held = _first(prep, "pobj") if prep.lower_ in ("in", "under") else None
            if held is None:
                continue
            owners = [c for c in held.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
            owners += [_first(p, "pobj") for p in _children(held, "prep") if p.lower_ == "of"]
            if any(c.dep_ == "acl" and c.i == held.i + 1 and c.lower_.endswith("ing") for c in held.children):
                owners.insert(0, held)  # 'died in police firing' parsed as 'police' with a participle 'firing'
                # on it: the police are the owner of the firing
            for owner in owners:
                found = self._conjuncts(owner) if owner is not None else []
                if found:
                    return found
        return []

    def unnamed_people(self, obj: Optional[Token], code: str = "") -> bool:
        """People the text names no actor for ('the main suspect', 'two traders', 'dozens of villagers'):
        the ``@people`` class of word_classes.tsv, or the victims and detainees of implicit acts. Of acts
        done only to people (a verdict, an arrest, an expulsion: PERSON_OBJECT_CODES) any common noun that
        names no place or thing the police seize or raid is a person ('sentenced a rapper', 'detained a
        cameraman'), as the verb's own object (not a nominal's, nor 'two others' of the victims named before)."""
        if obj is None or self._conjuncts(obj):
            return False
        obj = _counted_noun(obj) or obj  # 'dozens of villagers'
        classes = word_classes()
        if obj.lemma_lower in classes["@people"] | VICTIM_NOUNS | DETAINEE_NOUNS:
            return True
        if obj.lemma_lower in ROUND_NUMBER_NOUNS and obj.tag_ == "NNS" and not _children(obj, "prep"):
            return True  # 'dozens were arrested': people counted, none named
        if code[:2] == "17" and obj.lemma_lower in classes["@dissent"]:
            return True  # 'crushed dissent', 'suppressed the protests': the people who dissent
        return code[:3] in PERSON_OBJECT_CODES and obj.pos_ == "NOUN" and not obj.ent_type_ and \
            obj.dep_ in ("dobj", "nsubjpass") and obj.head.pos_ == "VERB" and obj.lemma_lower not in ELLIPTIC_NOUNS and \
            obj.lemma_lower not in classes["@contraband"] | classes["@premises"] | classes["@struck"] | classes["@craft"]

    def stateless_people(self, obj: Optional[Token], code: str) -> list[ActorRef]:
        """The unnamed people of an act whose story names no state ('two men were arrested for smuggling
        liquor', 'police fired at the crowd'), at their own words and of no state; [] where the words name no
        people."""
        crowds = CROWD_NOUNS | word_classes()["@crowd"]
        if obj is None or not (self.unnamed_people(obj, code) or obj.lemma_lower in crowds):
            return []  # ('police fired at the crowd': a crowd, whatever the relation)
        people = _counted_noun(obj) or obj
        return [people_ref(self.text, people, None)] if people.pos_ == "NOUN" and \
            people.lemma_lower in word_classes()["@people"] | crowds | VICTIM_NOUNS else []

    def people_as_target(self, obj: Optional[Token], targets: list[ActorRef], code: str) -> list[ActorRef]:
        """'Police arrested three men', 'troops detained dozens of villagers': where the act's unnamed people
        (:meth:`unnamed_people`) left only their state as the target, they are that state's people, at their
        own words (civilians; a crowd in protest its opposition), as a place named beside them makes them."""
        if len(targets) != 1 or targets[0].sector or not targets[0].country or obj is None or \
                (targets[0].actor_id is not None and self.index.get(targets[0].actor_id).kind not in ("country", "place")) \
                or not self.unnamed_people(obj, code):
            return targets
        people = _counted_noun(obj) or obj
        if people.pos_ != "NOUN" or people.lemma_lower not in \
                word_classes()["@people"] | CROWD_NOUNS | VICTIM_NOUNS | _relation_words():
            return targets  # ('dozens were arrested', 'detained a cameraman': no word says whose people; 'relatives of
            # the activist' are people as the activist is not)
        return [people_ref(self.text, people, targets[0].country)]

    def kin_of(self, relative: Token) -> list[ActorRef]:
        """A person named by their relation to an actor ('the son of a dissident cleric', 'relatives of the
        activist'): an unnamed person of that actor's state, never the actor."""
        owner = next((_first(p, "pobj") for p in _children(relative, "prep") if p.lower_ == "of"), None)
        state = next((r.country for r in (self._conjuncts(owner) if owner is not None else []) if r.country), None)
        return [people_ref(self.text, relative, state)] if state else []

    def force_owner(self, verb: Token) -> list[ActorRef]:
        """Whose force an agentless passive happened in: in 'four men were injured in police firing' and
        'were hurt in a police baton charge' (South-Asian usage), 'killed in army shelling', the modifier of
        the act of force (``@force_acts``, word_classes.tsv) did it; in 'were killed in the strikes' whoever
        did the strikes the text just told (:meth:`act_owner`)."""
        if not _is_passive(verb) or _first(verb, "agent") is not None:
            return []
        acts = word_classes()["@force_acts"]
        shared = [p for v in _children(verb, "conj") if v.tag_ == "VBN" and _first(v, "agent") is None
                  for p in _children(v, "prep")]  # 'four were killed and dozens hurt in the shelling': all of them
        for prep in _children(verb, "prep") + shared:
            held = _first(prep, "pobj") if prep.lower_ in ("in", "during", "after") else None
            if held is None:
                continue
            if held.lemma_lower in acts or held.lower_ in acts:  # 'in a police baton charge'
                by = next((_first(p, "pobj") for p in _children(held, "prep") if p.lower_ == "by"), None)
                found = self._conjuncts(by) if by is not None else []
                if found:  # 'in retaliatory firing by the police'
                    return found
                for owner in held.children:
                    if owner.dep_ in ("compound", "amod", "poss", "nmod") and owner.i < held.i:
                        found = self._conjuncts(owner) or _armed_kind(owner)
                        if found:
                            return found
            following = self.tokens[held.i + 1] if held.i + 1 < len(self.tokens) else None
            if following is not None and following.lower_ in acts and following.dep_ in ("acl", "advcl"):
                found = self._conjuncts(held)  # 'in police firing' parsed as police ← firing (acl)
                if found:
                    return found
            hit = self.nominal(held) if held.pos_ == "NOUN" else None
            if hit is not None and hit[0].code[:2] in CONFLICT_ROOTS:
                found = self.act_owner(held, [])  # 'Warplanes struck the port ... six died in the strikes'
                patient = _first(verb, "nsubjpass")
                victims = self._conjuncts(patient) if patient is not None else []
                if found and not any(own_side(owner, victims) for owner in found):
                    return found  # (not 'Rebels stormed the town ... 25 rebels were killed in the fighting')
        return []

    def when_agent(self, verb: Token) -> list[ActorRef]:
        """Who used force in the clause that says when an agentless passive happened: in 'two protesters
        were killed when police opened fire on the crowd' the police killed them; a riot's doers too ('were
        hurt when protesters threw stones'). Of a clash, the side the victims are not of: in 'a policeman was
        beaten when protesters clashed with the police' the protesters, in 'a student was shot when students
        clashed with the police' the police."""
        if not _is_passive(verb) or _first(verb, "agent") is not None:
            return []
        timed = [c for p in _children(verb, "prep") for o in _children(p, "pobj") for c in _children(o, "relcl")]
        # ('two were killed and dozens hurt when ...': the when-clause of the last conjunct is all of theirs)
        shared = [c for v in _children(verb, "conj") if _is_passive(v) for c in _children(v, "advcl")]
        for clause in _children(verb, "advcl") + timed + shared:  # ('on Friday when ...': the parser's relative clause)
            if not any(c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "as", "after") for c in clause.children):
                continue
            matched = self.match(clause)
            subject = self.subject(clause)
            if matched is None or subject is None or not (
                    matched[0].code[:2] in CONFLICT_ROOTS or matched[0].code in VIOLENT_PROTEST_CODES):
                continue
            if self.undergoers(_Predicate(clause, matched[0], clause, matched[1]), None) is not None:
                continue  # 'a case was filed after a detainee died in custody': who died did nothing
            found = self._conjuncts(subject)
            partner = next((_first(p, "pobj") for p in _children(clause, "prep") if p.lower_ == "with"), None)
            victim = _first(verb, "nsubjpass")
            victims = {r.sector for r in self._conjuncts(victim)} if victim is not None else set()
            if partner is not None and victims and victims <= {r.sector for r in found}:
                found = self._conjuncts(partner)  # the victims were of the subject's side
            if found:
                return found
        return []

    @staticmethod
    def held_persons_state(event: Event) -> Event:
        """One a state's police, courts or government hold or sentence (17x, 116), or its police or soldiers
        use force on (18-20: 'police shot dead Imran Baloch in an encounter'), whom the text gives no state, role
        or body (UNK: 'police in Nairobi detained Peter Wanjala') is of that state as far as the story tells, and
        so keeps the event an uncoded side would lose (see ``coder._dedupe``)."""
        target = event.target
        forced = event.cameo_root in FORCE_ROOTS and event.source.sector in ("COP", "MIL")
        if target is None or target.code != "UNK" or not (
                event.cameo_root == "17" or event.cameo[:3] in VERDICT_CODES or forced) \
                or not event.source.country or event.source.sector not in HOLDING_SECTORS | {"MIL"}:
            return event
        country = event.source.country
        return event.model_copy(update={"target": target.model_copy(update={"country": country, "code": country})})

    def placed_sides(self, sent: Span, event: Event) -> Event:
        """A protest, show of force or use of force (roots 14-20) whose two sides are known only by their
        sectors ('police fought the protesters', no state named before) takes the state of the place the
        sentence names ('in Kisumu') for both; people it is done to, known only by their sector, take it
        whoever acts."""
        if event.target is None or event.cameo_root < "14" or not _anonymous(event.target) or \
                event.target.sector not in SOCIETY_SECTORS and not _anonymous(event.source):
            return event  # 'the minister met the ambassador in Lima': a meeting's place is no side's state
        place = self.place_state(sent)
        if place is None:
            return event
        sides = {}
        both = _anonymous(event.source)  # else only the people it is done to: 'Bangladeshi police killed
        # four villagers in Bogra' (the villagers of that place's state)
        for side, ref in (("source", event.source), ("target", event.target)) if both else (("target", event.target),):
            sector = ref.sector or (ref.code if ref.code != "UNK" else "")
            sides[side] = ref.model_copy(update={"country": place.country, "code": place.country + sector})
        return event.model_copy(update=sides)

    def state_ref(self, country: str) -> ActorRef:
        """A state as an actor: the article's main state's record where it is that state."""
        main = self.index.main_country_ref()
        if main is not None and main.country == country:
            return main
        named = next((a for a in self.index.actors if a.kind == "country" and a.country == country), None)
        if named is not None:  # the article's own record of that state ('Mexico'), not a bare code
            return ActorRef(actor_id=named.id, name=named.name, code=named.code, country=country, start_char=0,
                            end_char=0)
        return ActorRef(actor_id=None, name=_country_name(country), code=country, country=country, start_char=0,
                        end_char=0)

    @staticmethod
    def _attributes_report(verb: Token) -> bool:
        """'..., a senior official said on Saturday': a verb after the clause it reports only attributes
        it; the article's main state is no implicit target of the saying."""
        return any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)

    def implicit_target(self, source: ActorRef, root: str) -> list[ActorRef]:
        """The article's main state as the target the text leaves implicit ('The Swiss Foreign
        Ministry deplored the detentions', 'Norway suspended its development aid'): another state's, or the
        source's own for force used at home ('police arrested protesters'); a demand of the state's own
        society is made of its government."""
        main = self.index.setting_country_ref() if root in CONFLICT_ROOTS else self.index.main_country_ref()
        if main is None or main.actor_id == source.actor_id:  # (force lands where the story happens)
            return []
        if main.country != source.country or root in CONFLICT_ROOTS:
            return [main]
        if root == "08" and (source.sector or "")[:3] in NON_STATE_FIGHTERS:
            return [main]  # 'the rebels handed over their weapons': an armed group yields to its own state
        if root == "10" and source.country and (source.sector in SOCIETY_SECTORS or source.sector == "PTY"):
            # 'the opposition party demanded a judicial inquiry', 'unions demanded higher wages': a state's own
            # society and parties press its government
            return [government_ref(source.country, source.start_char)]
        return []


def own_side(doer: ActorRef, victims: list[ActorRef]) -> bool:
    """Whether the victims of force are the doer's own (the same actor, or actors of the same code): a group's
    dead fell to the other side, not to its own act."""
    return any(v.code == doer.code or (v.actor_id is not None and v.actor_id == doer.actor_id) for v in victims)


# Sectors of those whose kind alone, as a modifier of an act of force, names its doer ('a rebel ambush', 'a gang
# attack'): armed groups, forces and criminals.
ARMED_KIND_SECTORS = frozenset({"REB", "MIL", "COP", "CRM", "INS"})


def _armed_kind(word: Token) -> list[ActorRef]:
    """The doer a role word names where the parser makes it an adjective no actor covers ('killed in a rebel
    ambush'): an actor known by its sector only, which :meth:`ImplicitMixin.housed` places in its state."""
    entry = actor_dictionary().roles.get(word.lemma_lower) or actor_dictionary().roles.get(word.lower_)
    if entry is None or entry.person or entry.sector not in ARMED_KIND_SECTORS:
        return []
    return [ActorRef(actor_id=None, name=word.text, code=entry.sector, sector=entry.sector, start_char=word.idx,
                     end_char=word.idx + len(word.text))]


# Roots of event nouns that, as the subject of a verb of harm, are force with an unnamed doer (coercion, assault,
# fighting, mass violence).
FORCE_NOMINAL_ROOTS = frozenset({"17", "18", "19", "20"})
# Nouns of a war between sides (beside FIGHT_NOUNS' clashes), whose toll is of no one side.
WAR_NOUNS = frozenset({"war", "conflict", "insurgency", "uprising", "rebellion", "hostilities", "violence"})


def _used_force(noun: Token) -> bool:
    """Whether a noun the lemmatiser shares with a hazard names force used ('in police firing', whose lemma may
    be 'fire'; 'in army fire', 'in the crossfire' are someone's too): its own word is an act of force and not a
    hazard, or it is both ('fire') and a modifier names whose."""
    acts, hazards = word_classes()["@force_acts"], word_classes()["@hazards"]
    if noun.lower_ in acts and noun.lower_ not in hazards:
        return True
    return noun.lower_ in acts and any(c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < noun.i
                                       for c in noun.children)
