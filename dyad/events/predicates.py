"""Predicates: what happened. The verb lexicon's patterns matched against a verb's complements (particle,
object, prepositions), event nouns coded as their verbs ('the return of diplomats', 'announced the
cancellation'), light verbs, and adjectives of stance ('opposed to the plan').

:class:`PredicateMixin` finds the sentence's predicates (:class:`_Predicate`); who does it to whom is
:mod:`dyad.events.arguments`' business.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from typing import Iterator, Optional

from lemminflect import getLemma
from spacy.tokens import Span, Token

from dyad import gazetteer
from dyad.codebooks import VerbPattern, actor_dictionary, evaluations, implicit_agents, word_classes
from dyad.events.lexicon import (STATEMENT_NOUNS, FRAME_CODES, JOINT_MANNER_NOUNS, SELF_CODING_LABELLERS, AID_KINDS, AID_NOUNS, AID_RECODED, CHARGE_NOUNS, UNDERGOING_VERBS, ADVERB_PARTICLES, AS_LABELLING_VERBS, CALLING_VERBS, CONFLICT_ROOTS, CROWD_NOUNS, FORCE_ROOTS, FRAME_VERBS,
                                 DEPARTURE_VERBS, DIRECTIVE_VERBS, JOINT_CODES, JOINT_UNDERTAKINGS, JOINT_WORDS, LIGHT_VERBS, PLACE_ENTITIES, HELPING_VERBS, AERIAL_CODE, AERIAL_MODIFIERS, AERIAL_RECODED, AERIAL_SUBJECTS, UNDERTAKING_VERBS,
                                 PLACEHOLDER_OBJECTS, PLAN_GOVERNORS, UNREALISED_MODIFIERS, QUANTITY_OBJECTS, STANCE_PREDICATES, TARGET_PREPS)
from dyad.events.tokens import after_comma, _mistagged_participle, between_phrase, to_infinitive, _children, committed_act, _first, _in, _is_passive, _make_root, _rehang, naming_relative, participation_doer, to_blame
from dyad.quotes.content import speakers_next_act, subject_read_as_object

# Verbs of rescue: an undertaking to do one is no attack ('an operation to free the hostages').
RESCUING_VERBS = frozenset({"free", "rescue", "release", "evacuate", "recover", "retrieve", "save", "liberate"})


def _people_object(verb: Token) -> bool:
    """Whether a verb's object is people ('to free them', 'to rescue the hostages'), not a place ('to free the
    town')."""
    obj = _first(verb, "dobj")
    return obj is not None and (obj.lower_ in ("them", "him", "her", "us") or
                                obj.lemma_lower in word_classes()["@people"])


def _joint(verb: Token, obj: Optional[Token]) -> bool:
    """The act is done together: 'a joint exercise', 'combined patrols', 'patrolled jointly', 'worked together';
    an event noun by its own modifier ('carried out joint inspections')."""
    marked = [c for c in verb.children if c.dep_ == "advmod" or (verb.pos_ == "NOUN" and c.dep_ == "amod")]
    if obj is not None:
        marked += [c for c in obj.children if c.dep_ in ("amod", "advmod", "compound")]
        # 'joint air force drills', 'joint coast guard exercises': the parser may hang 'joint' on a compound
        marked += [g for c in obj.children if c.dep_ == "compound" for g in c.children if g.dep_ in ("amod", "compound")]
    return any(c.lower_ in JOINT_WORDS for c in marked)


# Answers about a verb's whole list of patterns (a frequent verb has 50-90), found once per list, not once
# per verb of each article: keyed by the list's id and lemma, the list held so that its id is not reused.
_PATTERN_FACTS: dict[tuple[int, str], tuple[tuple[VerbPattern, ...], bool, Optional[VerbPattern]]] = {}


def _pattern_facts(lemma: str, patterns: tuple[VerbPattern, ...]) -> tuple[bool, Optional[VerbPattern]]:
    """(whether a pattern names ``@actor`` as object, the root default of :meth:`PredicateMixin._root_default`)."""
    held = _PATTERN_FACTS.get((id(patterns), lemma))
    if held is None or held[0] is not patterns:
        roots = {p.code[:2] for p in patterns}
        general = None
        if len(roots) == 1 and roots <= CONFLICT_ROOTS and \
                not any(p.target == "reverse" or p.compound for p in patterns):
            general = VerbPattern(code=next(iter(roots)) + "0", verb=lemma)
        held = _PATTERN_FACTS[(id(patterns), lemma)] = (
            patterns, any("@actor" in p.objects for p in patterns), general)
    return held[1], held[2]


def _temporal(prep: Token) -> bool:
    """A preposition of time ('on Monday', 'at dawn', 'in March'): it names no argument of the verb."""
    pobj = _first(prep, "pobj")
    return pobj is not None and pobj.ent_type_ in ("DATE", "TIME")


def _prep_object_words(prep: Token) -> set[str]:
    """Lemmas a preposition's object matches a pattern by: its head and its compounds ('on a hunger
    strike' → strike, hunger; a gerund read as a participle after it, 'in police firing' → firing), and the
    marker ``@place`` where it is a named place ('from Somalia', 'out of eastern Congo', 'from Kidal')."""
    pobj = _first(prep, "pobj")
    if pobj is None:
        return set()
    words = {pobj.lemma_lower} | {c.lemma_lower for c in pobj.children if c.dep_ == "compound"}
    if pobj.lemma_lower in CONDITION_NOUNS:  # 'put on a state of alert', 'raised to the level of emergency'
        words |= {o.lemma_lower for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj"}
    # ('died in police firing' parsed as 'police' modified by a participle 'firing': the gerund is the noun)
    words |= {c.lower_ for c in pobj.children if c.dep_ == "acl" and c.i == pobj.i + 1 and c.lower_.endswith("ing")}
    if pobj.ent_type_ in PLACE_ENTITIES:
        words.add("@place")
    return words


# Nouns of a condition whose 'of' phrase names it ('a state of alert', 'a level of readiness').
CONDITION_NOUNS = frozenset({"state", "level", "status", "condition", "posture"})
# Subordinators that open a finite adverbial clause (a condition or a time).
CLAUSE_MARKS = frozenset({"if", "unless", "when", "once", "until", "before", "after", "because"})


# Bodies a noun modifier names as the agent of an act ('police crackdown', 'army shelling', 'rebel attack').
AGENT_SECTORS = frozenset({"COP", "MIL", "GOV", "REB", "SPY"})


@dataclass
class _Predicate:
    token: Token  # the verb (or event noun) carrying the code
    pattern: VerbPattern
    anchor: Token  # the verb whose clause gives the subject (== token unless nominal)
    obj: Optional[Token]

    def recoded(self, **changes) -> "_Predicate":
        """The same predicate read under a changed pattern ('police stormed ...' as a raid: ``code="170"``)."""
        return _Predicate(self.token, replace(self.pattern, **changes), self.anchor, self.obj)


# Prepositions whose object is never the verb's own object: a companion, a setting in time, a concession.
ADJUNCT_PREPS = frozenset({"amid", "among", "during", "after", "before", "since", "until", "like", "unlike"})
# Prepositions of company: a partner of a joint act ('trained alongside Lithuanian soldiers'), an ally in a fight
# ('fought alongside Ethiopian forces', no target: ArgumentMixin.targets).
# Verbs of a purpose by which forces sent are help to another ('sent 300 police officers to help restore order',
# 'deployed troops to assist the army'): CAMEO 074, military protection, not a show or build-up of force (15).
HELPING_PURPOSES = frozenset({"help", "assist", "support", "aid", "bolster", "back"})
PROTECTION_CODE = "074"


def _helping_purpose(verb: Token) -> bool:
    """Whether the verb has a 'to' infinitive of help as its purpose ('to help restore order')."""
    return any(c.dep_ in ("advcl", "xcomp") and c.lemma_lower in HELPING_PURPOSES and to_infinitive(c)
               for c in verb.children)


# Verbs of removing someone from an office, which with an office holder for object tell a change of post, no act
# of rejection ('dismissed the proposal' is 120; 'dismissed the prime minister' is no CAMEO event).
DISMISSING_VERBS = frozenset({"dismiss", "sack"})
COMPANION_PREPS = frozenset({"alongside", "beside"})


def companion_object(obj: Optional[Token]) -> bool:
    """Whether the object is one done with ('alongside Ethiopian forces'): an ally in a fight, not its other side."""
    return obj is not None and obj.dep_ == "pobj" and obj.head.lower_ in COMPANION_PREPS


def _carried_noun(obj: Token) -> Optional[Token]:
    """The load a vehicle or container carries ('a plane carrying tents and medicine', 'trucks of food', 'a
    ship loaded with fuel'): what a verb of sending or giving gives, where the parser makes the carrier its
    object; None for a word that is no carrier, or one whose load is not named."""
    classes = word_classes()
    if obj.lemma_lower not in classes["@carriers"]:
        return None
    for child in obj.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "with"):
            load = _first(child, "pobj")
            if load is not None and load.pos_ == "NOUN":
                return load
        if child.dep_ == "acl" and child.lemma_lower in classes["@loading"] and child.i == obj.i + 1:
            load = _first(child, "dobj") or next((_first(p, "pobj") for p in _children(child, "prep")
                                                  if p.lower_ == "with"), None)
            if load is not None and load.pos_ == "NOUN":
                return load
    return None


def _counted_noun(obj: Token) -> Optional[Token]:
    """The noun a quantity or series counts ('hundreds of arrests', 'a wave of raids', 'dozens of
    villagers'): what a verb acts on, or a light verb's act is, where the parser makes the quantity the
    head; None for a word that is no quantity, or one with no 'of' phrase."""
    if obj.lemma_lower not in QUANTITY_OBJECTS:
        return None
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return None
    counted = _first(of, "pobj")
    if counted is None and (gerund := _first(of, "pcomp")) is not None and gerund.tag_ == "VBG" and \
            gerund.i == of.i + 1 and (noun := _first(gerund, "dobj")) is not None and noun.i == gerund.i + 1:
        counted = noun  # 'a group of agitating nurses': a participle before the noun, read as a gerund with an object
    return counted




class PredicateMixin:
    """What happened: pattern matching, event nouns, light verbs and stance predicates (mixed into
    :class:`~dyad.events.coder.EventCoder`; uses only ``self``)."""

    # ------------------------------------------------------------------ pattern matching
    def object_of(self, verb: Token, pattern: Optional[VerbPattern] = None) -> Optional[Token]:
        """The verb's object: dobj, passive subject, or the object of its particle-preposition."""
        if pattern is not None and pattern.particle:
            for prep in _children(verb, "prep", "prt"):
                if prep.lower_ == pattern.particle:
                    pobj = _first(prep, "pobj")
                    if pobj is not None:
                        return pobj
        obj = _first(verb, "dobj") or _first(verb, "nsubjpass") or _first(verb, "attr") or self._shared_object(verb) \
            or _shared_patient(verb) or (reduced[0] if (reduced := self.acted_on_actor(verb)) else None)
        if obj is None and verb.lemma_lower in HELPING_VERBS:  # 'helped Zambia rebuild': Zambia, parsed as
            clause = _first(verb, "ccomp", "xcomp")  # the subject of the clause it is helped to do
            obj = _first(clause, "nsubj") if clause is not None else None
        if obj is None:
            for prep in _children(verb, "prep"):  # 'walked out of talks' → talks
                pobj = _first(prep, "pobj")
                if pobj is not None and pobj.pos_ == "NOUN" and prep.lower_ not in ADJUNCT_PREPS and \
                        not (prep.lower_ == "in" and pobj.lemma_lower in JOINT_MANNER_NOUNS):
                    return pobj  # (not 'during the talks': a time; nor 'in cooperation with X': a manner)
        return obj

    @staticmethod
    def _shared_object(verb: Token) -> Optional[Token]:
        """The object a verb shares with the verb conjoined after it: in 'donated and delivered goods to
        the school' and 'condemned and rejected the raid', 'goods' and 'the raid' are objects of both; a verb
        with a prepositional phrase of its own before the conjunction shares none."""
        for conj in _children(verb, "conj"):
            if conj.pos_ == "VERB" and conj.i > verb.i and _first(conj, "nsubj", "nsubjpass") is None and \
                    not any(verb.i < c.i < conj.i and c.dep_ in ("prep", "dative")
                            for c in verb.children):  # (not 'protested against the arrests and urged X to ...')
                shared = _first(conj, "dobj")
                if shared is not None:
                    return shared
        return None

    def _object_words(self, obj: Token, actor: bool = True) -> set[str]:
        """Lemmas an object can match: its head, compounds ('arms sales'), adjectives ('diplomatic ties',
        which PETRARCH's '- * DIPLOMATIC' names), or the action of a placeholder; and the marker
        ``@actor`` where it names an actor ('booked the former minister'), looked for only with ``actor``
        (the patterns of a few verbs name it)."""
        obj = _counted_noun(obj) or obj  # 'tons of aid'
        if (load := _carried_noun(obj)) is not None and self._gives(obj.head):
            obj = load  # 'sent a plane carrying tents', 'delivered two trucks of food' (not 'hit a ship carrying grain')
        words = {obj.lemma_lower, obj.lower_}
        if self._name_head(obj) and obj.lemma_lower in self.lexicon.nominals:
            words = set()  # the head of a body's name is no event: 'held the People's Rally responsible' (a
            # name's head that is a kind of body still is one: 'banned the Justice Party')
        if actor and self._conjuncts(obj):
            words.add("@actor")
        words |= {c.lemma_lower for c in obj.children if c.dep_ in ("compound", "amod")}
        words |= PredicateMixin._second_object_words(obj)
        if obj.lemma_lower in PLACEHOLDER_OBJECTS:
            for child in obj.children:
                if child.dep_ in ("acl", "relcl", "xcomp"):
                    words.add(child.lemma_lower)
                if child.dep_ == "prep" and child.lower_ in ("for", "of"):
                    pobj = _first(child, "pobj")
                    if pobj is not None:
                        words.add(pobj.lemma_lower)
        return words

    def _gives(self, verb: Token) -> bool:
        """Whether a verb is one of giving: the lexicon codes it as aid (CAMEO 07) with some object."""
        return verb.pos_ == "VERB" and any(p.code[:2] == "07" for p in self.lexicon.for_lemma(self.lemma(verb)))

    @staticmethod
    def _second_object_words(obj: Token) -> set[str]:
        """The second object of a double-object verb that the parser hung on the first as an apposition
        without a comma: 'sends the Bolivian people fraternal greetings' → greetings (the people are
        the recipient, found as the target)."""
        return {c.lemma_lower for c in obj.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                and obj.dep_ == "dobj" and c.i > obj.i and not any(t.text == "," for t in obj._all[obj.i:c.i])}

    def _preps(self, verb: Token, obj: Optional[Token]) -> list[Token]:
        found = _children(verb, "prep", "dative")
        for particle in _children(verb, "prt", "advmod", "prep"):  # 'pulled back from Syria', 'pulled out of Mali'
            if particle.lower_ in ADVERB_PARTICLES and _first(particle, "pobj") is None:
                found += _children(particle, "prep")
        if obj is not None:
            found += _children(obj, "prep")
        return found

    def match(self, verb: Token, lemma: Optional[str] = None, obj: Optional[Token] = None,
              nominal: bool = False) -> Optional[tuple[VerbPattern, Optional[Token]]]:
        """The verb's most specific pattern and its object; asked again for the same verb by later rules,
        answered once."""
        key = (verb.i, lemma, obj.i if obj is not None else -1, nominal)
        if key not in self._match_memo:
            found = self._match(verb, lemma, obj, nominal)
            if found is None and lemma is None and not nominal and (stem := self._prefixed_stem(verb)) is not None:
                found = self._match(verb, stem, obj, nominal)  # 'reimposed sanctions': as 'imposed sanctions'
            if found is not None and found[0].code in AERIAL_RECODED and (
                    not nominal and self._aerial_subject(verb) or self._aerial_noun(verb, found[1], nominal)):
                found = replace(found[0], code=AERIAL_CODE), found[1]
            if found is not None and found[0].code in AID_RECODED:
                kind = self._aid_kind(verb, found[1], found[0].code != "070")
                if kind:  # 'sent humanitarian aid' 073; 'pledged military support' 0332 (an intent to give it)
                    found = replace(found[0], code="033" + kind[2] if found[0].code[:2] == "03" else kind), found[1]
            if found is not None and found[0].code[:2] == "15" and not nominal and _helping_purpose(verb):
                found = replace(found[0], code=PROTECTION_CODE, target="aided"), found[1]  # 'sent police to help
                # restore order in Togo': protection given to Togo, the state the forces go to or help in
            if found is not None and not nominal and verb.lemma_lower in HELPING_PURPOSES and to_infinitive(verb) and \
                    verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ == "VERB" and \
                    (sent := self.match(verb.head)) is not None and sent[0].code == PROTECTION_CODE:
                found = None  # (the help is that protection's purpose, not an act of its own)
            if found is not None and not nominal and self.lemma(verb) in DISMISSING_VERBS and found[1] is not None \
                    and self._office_holder(found[1]):
                found = None  # 'dismissed the prime minister', 'sacked his predecessor': a change of office holder
            if found is not None and found[0].code[:2] in FORCE_ROOTS and \
                    self._peaceful_kind(verb if nominal else found[1]):
                found = None  # 'launched a search operation', 'a vaccination campaign': no force
            self._match_memo[key] = found
        return self._match_memo[key]

    def _prefixed_stem(self, verb: Token) -> Optional[str]:
        """The verb a hyphened 're-' verb repeats ('re-imposed sanctions' → 'impose'), where the lexicon codes it
        (only as written with the hyphen: 'removed' is no repeated 'moved', nor 'cooperate' a repeated 'operate')."""
        prefix, hyphen, _ = verb.lower_.partition("-")
        lemma = self.lemma(verb)
        if hyphen and prefix == "re" and lemma.startswith(prefix) and self.lexicon.for_lemma(lemma[len(prefix):]):
            return lemma[len(prefix):]
        return None

    def _office_holder(self, obj: Token) -> bool:
        """Whether an object names one person holding an office: a person the text names, or a role word of one
        holder (roles.tsv) or of a post ('his predecessor', 'the army chief')."""
        if obj.pos_ == "PROPN":  # (a name: not 'the envoy's remarks', whose owner is a person)
            return any(r.actor_id and self.index.get(r.actor_id).kind == "person" for r in self._conjuncts(obj))
        entry = actor_dictionary().roles.get(obj.lemma_lower)
        return obj.tag_ == "NN" and (obj.lemma_lower in word_classes()["@posts"] or (entry is not None and entry.person))

    @staticmethod
    def _peaceful_kind(noun: Optional[Token]) -> bool:
        """Whether an undertaking's own modifier names a peaceful kind of it ('a search operation', 'an election
        campaign', 'a charm offensive') or its aim is a rescue ('an operation to free the hostages'): the noun
        of force then names no force."""
        return noun is not None and noun.pos_ == "NOUN" and noun.lemma_lower in word_classes()["@operations"] and any(
            (c.dep_ in ("compound", "amod") and c.lemma_lower in word_classes()["@peaceful_kinds"]) or
            (c.dep_ in ("acl", "advcl") and c.lemma_lower in RESCUING_VERBS and to_infinitive(c) and
             _people_object(c)) for c in [*noun.children, *(noun.head.children if noun.dep_ == "dobj" else [])])
        # ('launched an operation to free the hostages': a rescue, whatever force it may take)

    @staticmethod
    def _aid_kind(verb: Token, obj: Optional[Token], support: bool = False) -> Optional[str]:
        """The kind of aid its modifiers name ('sent humanitarian aid', 'gave Kenya military assistance',
        'provided them with financial support', 'approved military assistance'): what is given is the
        object, the 'with' phrase's object, the verb's other object or the event noun itself. With
        ``support`` (a code of support or of the intent to give it), only a noun of aid or support counts
        ('financial support', 'military backing'; not 'political support')."""
        counted = [_first(p, "pobj") for p in (_children(obj, "prep") if obj is not None else [])
                   if p.lower_ == "in" and (obj.pos_ == "NUM" or obj.lemma_lower in word_classes()["@money"])]
        # ('pledged $500 million in military aid': the kind the amount is counted in, before the amount's)
        given = counted + [t for t in (obj, verb if verb.pos_ in ("NOUN", "PROPN") else None) if t is not None]
        given += [c for c in verb.children if c.dep_ == "dobj"]
        given += [_first(p, "pobj") for p in _children(verb, "prep") + (_children(obj, "prep") if obj is not None else [])
                  if p.lower_ == "with"]
        for noun in (t for t in given if t is not None and (not support or t.lemma_lower in AID_NOUNS)):
            for word in [noun] + [c for c in noun.children if c.dep_ in ("amod", "compound")]:
                if word.lemma_lower in AID_KINDS:
                    return AID_KINDS[word.lemma_lower]
        return None

    @staticmethod
    def _aerial_noun(verb: Token, obj: Optional[Token], nominal: bool) -> bool:
        """Whether the event noun (the nominal itself, or a light verb's object: 'carried out air strikes')
        has a modifier by which its force comes from the air ('drone strikes', 'a missile attack'): 195."""
        noun = verb if nominal else obj
        return noun is not None and noun.pos_ == "NOUN" and any(
            c.dep_ in ("compound", "amod") and c.lemma_lower in AERIAL_MODIFIERS for c in noun.children)

    def _aerial_subject(self, verb: Token) -> bool:
        """Whether the verb's subject is an aircraft or an air force ('warplanes bombed', 'the air force
        struck'): force from the air is CAMEO 195 (aerial weapons), not 183 (a bombing) or 190."""
        subject = _first(verb, "nsubj")
        if subject is None:
            return False
        words = {subject.lemma_lower} | {f"{c.lemma_lower} {subject.lemma_lower}" for c in subject.children
                                         if c.dep_ in ("compound", "amod")}
        return bool(words & AERIAL_SUBJECTS)

    def _match(self, verb: Token, lemma: Optional[str], obj: Optional[Token],
               nominal: bool) -> Optional[tuple[VerbPattern, Optional[Token]]]:
        lemma = lemma or self.lemma(verb)
        best: Optional[tuple[int, VerbPattern, Optional[Token]]] = None
        patterns = self.lexicon.for_lemma(lemma)
        if not patterns:
            return None
        particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep") or (
            c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES and c.i == verb.i + 1)}  # 'stepped down' as advmod
        # A frequent verb has dozens of patterns: its object, the object's words and the prepositions
        # depend only on the pattern's particle, so they are found once per particle; the verb's
        # complement words once per verb.
        complement = set() if nominal else self._complement_words(verb)
        cites_actor = _pattern_facts(lemma, patterns)[0]
        objects: dict[str, Optional[Token]] = {}
        words: dict[int, set[str]] = {}
        preps_of: dict[int, list[Token]] = {}
        for pattern in patterns:
            if pattern.particle and pattern.particle not in particles:
                continue
            if nominal:
                candidate = obj
            else:
                if pattern.particle not in objects:
                    objects[pattern.particle] = self.object_of(verb, pattern)
                candidate = objects[pattern.particle]
            key = candidate.i if candidate is not None else -1
            if pattern.compound and not self._compound_side(verb, pattern, candidate):
                continue
            if pattern.auxiliaries and not pattern.auxiliaries <= {
                    c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}:
                continue
            if pattern.objects:
                if candidate is not None and key not in words:
                    words[key] = self._object_words(candidate, cites_actor)
                if (candidate is None or not (words[key] & pattern.objects)) and not (complement & pattern.objects) \
                        and not (candidate is None and "@none" in pattern.objects
                                 and not (verb.tag_ == "VBG" and verb.dep_ == "acl" and not nominal)):
                    # (a gerund the parser hangs on a noun, 'in police firing', is that noun: told by the act it
                    # did, not by 'fire' with no object)
                    continue
            if pattern.prep:
                if key not in preps_of:  # 'fired its chief on Monday' has no 'fire on'
                    preps_of[key] = [p for p in self._preps(verb, candidate) if not _temporal(p)]
                preps = [p for p in preps_of[key] if p.lower_ == pattern.prep]
                if not preps:
                    continue
                if pattern.prep_objects and not any(_prep_object_words(p) & pattern.prep_objects for p in preps):
                    continue
            score = pattern.specificity
            if best is None or score > best[0] or (score == best[0] and self._by_modifier(pattern, candidate) and
                                                   not self._by_modifier(best[1], best[2])) or \
                    (score == best[0] and pattern.prep_objects and not best[1].prep_objects and best[1].objects):
                best = (score, pattern, candidate)  # (a modifier that classes a collective object names what it
                # is: 'sent rescue teams' is aid, not the 'team' of a delegation; a complement of a named kind
                # says more than the object's kind: 'sent the former minister to jail' is no envoy's visit)
        if best is None and not nominal:
            general = self._fallback(patterns) or self._root_default(lemma, patterns)
            if general is not None and not any(c.dep_ in ("prt", "ccomp", "xcomp") for c in verb.children) and \
                    any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children) and \
                    not particles & {p.particle for p in patterns if p.particle}:  # 'gave in' is no 'give'
                patient = self.object_of(verb, general)
                if patient is not None and (patient.lemma_lower in CROWD_NOUNS or self._conjuncts(patient)):
                    return general, patient  # force on people: 'tortured detainees', not 'advanced reforms'
        if best is not None and best[1].code[:2] in JOINT_CODES and _joint(verb, best[2]):
            return replace(best[1], code=JOINT_CODES[best[1].code[:2]]), best[2]  # 'held joint exercises'
        if best is None and not nominal:
            undertaking = self._joint_undertaking(verb, lemma)
            if undertaking is not None:
                return undertaking
        return (best[1], best[2]) if best else None

    @staticmethod
    def _by_modifier(pattern: VerbPattern, obj: Optional[Token]) -> bool:
        """Whether a pattern's object words match a collective object ('team', 'mission', 'convoy') only by a
        modifier that says what kind it is ('rescue team', 'medical mission'), not by its head."""
        if obj is None or not pattern.objects or obj.lemma_lower not in QUANTITY_OBJECTS or \
                {obj.lemma_lower, obj.lower_} & pattern.objects:
            return False
        return any(c.dep_ in ("compound", "amod") and c.lemma_lower in pattern.objects for c in obj.children)

    def _joint_undertaking(self, verb: Token, lemma: str) -> Optional[tuple[VerbPattern, Optional[Token]]]:
        """'launched a joint venture', 'set up a joint research programme': an undertaking begun or run
        jointly is cooperation (its code in predicates.tsv), whatever the verb's own patterns say."""
        if lemma not in LIGHT_VERBS and lemma not in UNDERTAKING_VERBS:
            return None
        obj = _first(verb, "dobj") or _first(verb, "nsubjpass")
        if obj is None or obj.lemma_lower not in JOINT_UNDERTAKINGS or not _joint(verb, obj):
            return None
        return VerbPattern(code=JOINT_UNDERTAKINGS[obj.lemma_lower], verb=lemma), obj

    @staticmethod
    def _fallback(patterns: tuple[VerbPattern, ...]) -> Optional[VerbPattern]:
        """The verb's own code, marked in the lexicon (``fallback`` column), for an object, a person or an
        actor, that none of its rows lists ('reinforced its troops' where only 'reinforce + position' is
        listed); the row's conditions do not apply."""
        row = next((p for p in patterns if p.fallback), None)
        return VerbPattern(code=row.code, verb=row.verb, origin=row.origin) if row is not None else None

    def _root_default(self, lemma: str, patterns: list[VerbPattern]) -> Optional[VerbPattern]:
        """A verb whose object matches none of its patterns, all of one CAMEO root ('tortured the
        detainees' where only 'torture + prisoner' is listed): the root's most general code. Only for force
        (roots 17-20) done to people or actors; other roots' verbs, and force verbs with other objects
        ('advancing reforms', 'hanging flags'), mean other things (tried on all roots: news precision
        0.703 → 0.667)."""
        return _pattern_facts(lemma, patterns)[1]

    @staticmethod
    def _complement_words(verb: Token) -> set[str]:
        """Words of the verb's predicative complement, which a pattern's object word may name: 'believed
        linked to Al-Qaeda' (PETRARCH's '- * LINKED'), 'was found guilty', 'set the fishermen free' (a bare
        adjective the parser hangs on the verb as a clause or as an adverb, 'shot dead a man')."""
        return {w for c in verb.children if (c.dep_ in ("xcomp", "oprd", "acomp") and not to_infinitive(c)) or (
                c.dep_ == "advmod" and c.pos_ == "ADJ") or (  # a resultative read as an adverb: 'shot dead a man'
                c.dep_ in ("advcl", "ccomp") and c.pos_ == "ADJ" and not any(
                    g.dep_ in ("nsubj", "cop", "aux") for g in c.children)) for w in (c.lower_, c.lemma_lower)}
        # (not an infinitive: 'urged them to return to talks' asks for talks, no 'return' of prisoners)

    def _compound_side(self, verb: Token, pattern: VerbPattern, obj: Optional[Token]) -> bool:
        """Whether the side a ``compound`` pattern names holds several actors: the subject ('Fornost and
        Gondor agree') or the pattern's prepositional object, else the object ('agrees with A and B')."""
        if pattern.compound == "source":
            head = self.subject(verb)
        else:
            head = next((_first(p, "pobj") for p in self._preps(verb, obj) if p.lower_ == pattern.prep),
                        None) if pattern.prep else obj
        return head is not None and len(self._conjuncts(head)) > 1

    def lemma(self, verb: Token) -> str:
        """The verb's lexicon key: a form the lexicon codes on its own ('left' in a dictionary that lists
        LEFT apart from LEAVE), else spaCy's lemma, repaired where the lemmatiser drops an 'e' ('lambast')
        or adds one ('cordoned' → 'cordone': the written form less its '-ed' or '-d')."""
        form = self.lexicon.forms.get(verb.lower_)
        if form and self.lexicon.for_lemma(form):
            return form
        lemma = verb.lemma_lower
        compound = self._hyphen_compound(verb, lemma)
        if compound:
            return compound
        if not self.lexicon.for_lemma(lemma):
            written = verb.lower_
            stems = (written[:-2], written[:-1]) if written.endswith("ed") else ()
            if written.endswith(("ssed", "gged", "bbed", "pped", "nned", "tted")):
                stems += (written[:-3],)  # 'teargassed' → 'teargas', 'nabbed' → 'nab'
            for guess in (lemma + "e", written, *stems, *_dictionary_lemmas(written)):
                if self.lexicon.for_lemma(guess):
                    return guess
        return lemma

    def _hyphen_compound(self, verb: Token, lemma: str) -> Optional[str]:
        """A verb written with a hyphenated first part that the lexicon lists whole ('lathi-charged',
        'baton-charging', 'tear-gassed'): the tokeniser splits it, the lexicon key joins it again."""
        if verb.i < 2:
            return None
        hyphen, first = self.tokens[verb.i - 1], self.tokens[verb.i - 2]
        if hyphen.text != "-" or hyphen.idx != first.idx + len(first.text) or verb.idx != hyphen.idx + 1:
            return None
        written = verb.lower_
        stems = [lemma, written]
        if written.endswith("ed"):
            stems += [written[:-2], written[:-1], written[:-3]]
        for stem in stems:
            key = f"{first.lower_}-{stem}"
            if self.lexicon.for_lemma(key):
                return key
        return None

    def _repair_targets_read_as_the_agents(self) -> None:
        """'the offensive by Nigerian troops against Boko Haram': the parser hangs the event noun's target
        phrase on its 'by' agent; it is the noun's ('against', 'on', 'into' of an act, not of the agent)."""
        for noun in self.tokens:
            if noun.pos_ != "NOUN" or not self.event_noun(noun):
                continue
            for by in [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"]:
                agent = _first(by, "pobj")
                if agent is None:
                    continue
                for prep in [c for c in agent.children if c.dep_ == "prep" and c.lower_ in ("against", "on", "into")
                             and c.i > agent.i]:
                    _rehang(prep, noun)

    def _repair_finite_conjuncts_of_participles(self) -> None:
        """Parse repair: 'The minister visited the troops stationed at the border and praised their work'. spaCy
        may conjoin the second finite verb to the participle that modifies the first verb's object
        ('stationed ... and praised'), leaving it without a subject. A past-tense verb (VBD, which a
        participle's conjunct would not be) with no subject of its own, conjoined to such a participle, is the
        main clause's: it is hung on the verb whose object (or object's complement) the participle modifies."""
        for verb in self.tokens:
            participle = verb.head
            if verb.dep_ != "conj" or verb.tag_ != "VBD" or participle.dep_ != "acl" or participle.tag_ != "VBN" or \
                    any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in verb.children):
                continue
            main = participle.head
            for _ in range(4):
                if main.pos_ in ("VERB", "AUX") or main.head is main:
                    break
                main = main.head
            if main.pos_ == "VERB" and main.tag_ in ("VBD", "VBZ", "VBP") and main.i < participle.i and \
                    any(c.dep_ == "nsubj" for c in main.children):
                _rehang(verb, main)

    def _repair_result_participles_of_infinitives(self) -> None:
        """Parse repair: 'Doctors walked off the job to protest a plan to raise admissions, forcing hospitals to
        cancel surgeries'. spaCy may hang a participle after a comma on the last infinitive before it, inside
        an aim or a noun's complement; a result told after a comma is the finite clause's: it is hung on the
        nearest verb above with a subject."""
        for participle in self.tokens:
            infinitive = participle.head
            if participle.dep_ != "advcl" or participle.tag_ != "VBG" or not after_comma(participle) or \
                    infinitive.tag_ != "VB" or infinitive.dep_ not in ("acl", "advcl", "xcomp") or \
                    not to_infinitive(infinitive):
                continue
            main = infinitive.head
            for _ in range(5):
                if main.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in main.children) \
                        or main.head is main:
                    break
                main = main.head
            if main.pos_ in ("VERB", "AUX") and main.i < infinitive.i:
                _rehang(participle, main)

    def _repair_perfect_conjuncts_of_infinitives(self) -> None:
        """Parse repair: 'The army said it had launched an operation to find the gunmen and had arrested two
        suspects'. spaCy may conjoin a perfect verb ('had arrested') to the infinitive before it ('to find'),
        which a finite verb cannot continue; it is the conjunct of the nearest verb above with the same
        auxiliary and a subject ('had launched'), whose subject it shares."""
        for verb in self.tokens:
            infinitive = verb.head
            perfect = next((c.lemma_lower for c in verb.children if c.dep_ == "aux" and c.lemma_lower == "have"), None)
            if verb.dep_ != "conj" or perfect is None or infinitive.tag_ != "VB" or not to_infinitive(infinitive) or \
                    any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                continue
            main = infinitive.head
            for _ in range(4):
                if main.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lemma_lower == perfect for c in main.children) \
                        and any(c.dep_ in ("nsubj", "nsubjpass") for c in main.children) or main.head is main:
                    break
                main = main.head
            if main.i < infinitive.i and any(c.dep_ == "aux" and c.lemma_lower == perfect for c in main.children):
                _rehang(verb, main)

    def _repair_participles_of_documents(self) -> None:
        """Parse repair: 'Hungary blocked an EU statement on Tuesday condemning the crackdown'. After a time or
        place phrase spaCy may hang the participle that says what a text says on the verb instead of on the text;
        a participle with no subject of its own, after the verb's object when that object is a statement noun
        and only prepositional phrases lie between, is the text's (its doer is then whoever issued the text)."""
        for participle in self.tokens:
            verb = participle.head
            if participle.dep_ != "advcl" or participle.tag_ != "VBG" or verb.pos_ != "VERB" or \
                    any(c.dep_ in ("nsubj", "mark", "aux") for c in participle.children):
                continue
            document = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_lower in STATEMENT_NOUNS
                             and c.i < participle.i), None)
            if document is None:
                continue
            between = [c for c in verb.children if document.i < c.i < participle.i]
            if all(c.dep_ == "prep" for c in between) and \
                    self.tokens[participle.i - 1].text != ",":
                _rehang(participle, document, "acl")

    def _repair_passive_subjects(self) -> None:
        """Parse repair: 'the group, which the UN says is backed by Rwanda'. spaCy may label a passive clause's
        subject 'nsubj' (above all a relative pronoun moved out of a reported clause); a verb with a passive
        auxiliary and no passive subject takes it as its passive subject, the patient."""
        for verb in self.tokens:
            if verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children) or \
                    any(c.dep_ == "nsubjpass" for c in verb.children):
                continue
            subject = _first(verb, "nsubj")
            if subject is not None:
                subject.dep_ = "nsubjpass"

    def _repair_adjectives_read_as_subjects(self) -> None:
        """Parse repair: "Sudan's paramilitary Rapid Support Forces shelled the camp". spaCy may read the
        adjective before a name as a subject of its own beside the name; a verb has one subject, so an adjective
        subject right before the verb's noun subject (through its compound words) is that noun's modifier, and
        what it owned ("Sudan's") the noun's."""
        for adjective in self.tokens:
            if adjective.pos_ != "ADJ" or adjective.dep_ not in ("nsubj", "nsubjpass"):
                continue
            verb = adjective.head
            noun = next((c for c in verb.children if c.dep_ == adjective.dep_ and c.i > adjective.i and
                         c.pos_ in ("NOUN", "PROPN")), None)
            if noun is None or any(self.tokens[j].dep_ != "compound" or self.tokens[j].head.i not in range(j + 1, noun.i + 1)
                                   for j in range(adjective.i + 1, noun.i)):
                continue
            for child in [c for c in adjective.children if c.i < adjective.i]:
                _rehang(child, noun)
            _rehang(adjective, noun, "amod")

    def _repair_judged_read_as_modifiers(self) -> None:
        """Parse repair: 'Peru called the embargo illegal', 'Kenya called the ruling unfair'. spaCy may read the
        judgement after a verb of calling as a noun whose modifier is the thing judged; a calling verb's
        complement that is a word of judgement (evaluations.tsv) with a noun modifier before it has that noun
        (and the words before it) for the verb's object. A label read as the object's apposition ('called the
        president "a dictator"') or, ending in -ly, as the verb's adverb ('called the attack cowardly') is the
        verb's complement."""
        book = evaluations()
        for word in self.tokens:
            named = word.head
            if word.dep_ == "appos" and named.dep_ == "dobj" and named.head.lemma_lower in CALLING_VERBS and \
                    (book.get(word.lower_) or book.get(word.lemma_lower)) is not None and \
                    not any(c.dep_ == "oprd" for c in named.head.children):
                _rehang(word, named.head, "oprd")  # 'called the president "a dictator"' (the label read as
                continue  # another name for the object)
            verb = word.head
            if word.dep_ == "advmod" and verb.lemma_lower in CALLING_VERBS and word.i > verb.i and \
                    (book.get(word.lower_) or book.get(word.lemma_lower)) is not None and \
                    any(c.dep_ == "dobj" and c.i < word.i for c in verb.children) and \
                    not any(c.dep_ == "oprd" for c in verb.children):
                word.dep_ = "oprd"  # 'called the attack "cowardly"': a judgement in -ly the tagger read as an adverb
                continue
            if word.dep_ not in ("oprd", "dobj") or verb.lemma_lower not in CALLING_VERBS or \
                    (entry := book.get(word.lower_) or book.get(word.lemma_lower)) is None or entry.frame != "judgement":
                continue
            judged = next((c for c in word.children if c.dep_ in ("compound", "amod") and c.i < word.i and
                           c.pos_ in ("NOUN", "VERB") and c.lower_.isalpha()), None)
            if judged is None or any(c.dep_ in ("dobj", "oprd") and c is not word for c in verb.children):
                continue
            for child in [c for c in word.children if c.i < judged.i]:
                _rehang(child, judged)  # ('the' of 'the embargo')
            _rehang(judged, verb, "dobj")
            word.dep_ = "oprd"

    def _repair_summaries_read_as_objects(self) -> None:
        """Parse repair: 'The rebels committed to stop kidnapping, a key demand of the president'. spaCy may hang
        a noun phrase that sums up the clause after its comma as the verb's object; where the verb's own
        complement clause comes before the comma and the phrase is indefinite, it is an adverbial summary
        (:func:`summarised_clause` reads it), not what the verb acts on."""
        for noun in self.tokens:
            verb, edge = noun.head, noun.left_edge
            if noun.dep_ != "dobj" or noun.pos_ != "NOUN" or edge.lower_ not in ("a", "an") or edge.i == 0 or \
                    self.tokens[edge.i - 1].text != "," or verb.pos_ != "VERB" or verb.i > noun.i:
                continue
            if any(c.dep_ in ("xcomp", "ccomp", "advcl") and c.i < edge.i for c in verb.children):
                noun.dep_ = "npadvmod"

    def _repair_conjuncts_of_the_cue(self) -> None:
        """Parse repair: 'The minister said the border would stay closed and accused Chile of ...' (see
        :func:`dyad.quotes.content.speakers_next_act`): the speaker's second act is hung on the speech verb."""
        for verb in self.tokens:
            cue = speakers_next_act(verb, self.lexicon.speech_cues)
            if cue is not None:
                _rehang(verb, cue)

    def _repair_subjects_read_as_objects(self) -> None:
        """Parse repair: 'Rwanda insisted the troops would withdraw by May'. With no 'that', spaCy may read
        the reported clause's subject as the speech verb's object and leave the clause without one; the
        object right before a subjectless complement clause is made that clause's subject."""
        for clause in self.tokens:
            cue = clause.head
            if clause.dep_ != "ccomp" or cue.lemma_lower not in self.lexicon.speech_cues:
                continue
            obj = subject_read_as_object(cue, clause)  # the quotation finder reads the same construction
            if obj is not None:
                _rehang(obj, clause, "nsubj")

    def _repair_verbs_read_as_modifiers(self) -> None:
        """Parse repair: 'ECOWAS threatened sanctions against Guinea'. spaCy may read the whole clause as a
        noun phrase, the finite verb as a participle modifying its object ('[threatened] sanctions') and the
        subject as the phrase's head, with the object hung on it as a 'dobj' (which a noun never has). The
        past-tense verb right after such a root is made the clause's verb, the root its subject and what
        followed the verb its dependents."""
        for verb in self.tokens:
            obj, root = verb.head, verb.head.head
            if verb.dep_ != "amod" or verb.pos_ != "VERB" or obj.dep_ != "dobj" or root.dep_ != "ROOT" or \
                    root.pos_ not in ("NOUN", "PROPN") or not root.i < verb.i < obj.i or verb.tag_ != "VBD":
                continue
            if any(c.i > root.i and c.i < verb.i for c in root.children):
                continue  # the verb must follow the subject's phrase directly
            obj.children = [c for c in obj.children if c is not verb]
            verb.head, verb.dep_ = verb, "ROOT"
            for child in [c for c in root.children if c.i > verb.i]:
                _rehang(child, verb)
            _rehang(root, verb, "nsubj")

    def _repair_verbs_before_titled_objects(self) -> None:
        """Parse repair: 'A court on Monday jailed opposition leader Ali Musa', 'The court on Tuesday
        sentenced journalist Ana Ruiz'. After a time phrase between subject and verb, spaCy may read the verb
        as a participle modifying a titled name ('[jailed] opposition leader Ali Musa') and hang that phrase
        on the subject's own verb or on the time phrase's preposition. Where the lexicon codes the verb and
        its subject is the verb's 'nsubj' child or the sentence's root noun before the time phrase, the verb
        takes the phrase's place, the phrase becomes its object and what followed the phrase its dependents."""
        for verb in self.tokens:
            if verb.dep_ != "amod" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or \
                    not self.lexicon.for_lemma(self.lemma(verb)):
                continue
            obj = verb.head
            while obj.dep_ in ("compound", "amod") and obj.head.i > obj.i:
                obj = obj.head  # the titled name's head ('Musa' of 'opposition leader Ali Musa')
            if obj.i <= verb.i or obj.pos_ not in ("NOUN", "PROPN"):
                continue
            subject = _first(verb, "nsubj")
            root = obj.head.head if obj.dep_ == "pobj" else obj.head if obj.dep_ == "appos" else None
            if subject is not None and subject.i < verb.i:
                parent, dep = obj.head, obj.dep_
                if dep == "ROOT" or parent is obj:
                    _make_root(verb)
                else:
                    _rehang(verb, parent, dep)
                _rehang(obj, verb, "dobj")
            elif root is not None and root.dep_ == "ROOT" and root.pos_ in ("NOUN", "PROPN") and any(
                    c.dep_ == "prep" and root.i < c.i < verb.i for c in root.children):
                # 'A court [on Monday] [jailed ... Musa]' as the root noun's time phrase and object or apposition
                _make_root(verb)
                moved = [c for c in root.children if c.i > root.i and c is not obj]
                _rehang(root, verb, "nsubj")
                _rehang(obj, verb, "dobj")
                for child in moved:
                    _rehang(child, verb)
            else:
                continue
            for child in [c for c in obj.children if c.i > obj.i and c.dep_ == "prep"]:
                _rehang(child, verb)  # 'sentenced ... to six years': the verb's own complement

    def _repair_verbs_after_parentheticals(self) -> None:
        """Parse repair: 'Sudan, which lies downstream, called on both sides to ...'. After a parenthetical
        relative clause or apposition set off by commas, spaCy may read the main verb as a participle
        modifying the subject and leave the sentence with a noun for its root. A past form of a verb the
        lexicon codes, right after the closing comma, with no subject of its own, is made the root and the
        noun its subject."""
        for verb in self.tokens:
            if verb.dep_ != "acl" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or verb.i < 2 or \
                    self.tokens[verb.i - 1].text != "," or _first(verb, "nsubj", "nsubjpass") is not None or \
                    not self.lexicon.for_lemma(self.lemma(verb)):
                continue
            root = verb.head  # the noun the sentence was read as, above the parenthetical ('Chad, which borders the
            while root.dep_ != "ROOT" and root.head is not root:  # region, called ...': 'called' under 'region')
                root = root.head
            if root.pos_ not in ("NOUN", "PROPN") or not any(
                    c.dep_ in ("relcl", "appos") and root.i < c.i < verb.i and c.subtree[-1].i >= verb.i - 2
                    for c in root.children):  # (the parenthetical ends at the comma or takes the verb in)
                continue
            moved = [c for c in root.children if c.i > verb.i]
            _make_root(verb)
            _rehang(root, verb, "nsubj")
            for child in moved:
                _rehang(child, verb)

    def _repair_labelled_free_relatives(self) -> None:
        """Parse repair: 'condemned what it called Chile's provocations', 'rejected what it described as
        a Peruvian plot', 'criticised what it said was a Bolivian attempt to meddle'. The verb's object is a
        free relative ('what ...') whose clause labels a noun; spaCy hangs the clause as the verb's
        complement and leaves the verb without an object. The labelled noun is made the verb's object and
        the labelling clause a relative clause of it, so the act falls on the noun's owner."""
        for verb in self.tokens:
            if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
                continue
            clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
            labelled = self._free_relative_label(clause) if clause is not None else None
            if labelled is None:
                continue
            _rehang(labelled, verb, "dobj")
            _rehang(clause, labelled, "relcl")

    @staticmethod
    def _free_relative_label(clause: Token) -> Optional[Token]:
        """The noun a 'what' clause labels: 'what it called X' (X the predicate of a calling verb), 'what
        it described as X', 'what it said was X'."""
        what = next((c for c in clause.children if c.lower_ == "what" and c.dep_ in ("dobj", "nsubj")), None)
        if what is not None and what.i < clause.i and clause.lemma_lower in AS_LABELLING_VERBS:
            label = _first(clause, "oprd")
            if label is None:
                label = next((_first(p, "pobj") for p in _children(clause, "prep") if p.lower_ == "as"), None)
            return label if label is not None and label.pos_ in ("NOUN", "PROPN") else None
        be = next((c for c in clause.children if c.dep_ == "ccomp" and c.lemma_lower == "be"), None)
        if what is None and be is not None and any(c.lower_ == "what" and c.dep_ == "nsubj" for c in be.children):
            label = _first(be, "attr")
            return label if label is not None and label.pos_ in ("NOUN", "PROPN") else None
        return None

    def _repair_demonyms_read_as_nouns(self) -> None:
        """Parse repair: 'condemned the Somali shelling near the border', 'said of the Azerbaijani bombing
        of the village'. A demonym that is also a noun ('Somali', 'Azerbaijani', 'Pakistani') may be read
        as the head of its phrase and the event noun after it as a verb in -ing with no subject, which then
        borrows the clause's subject. Where the word after a determined demonym is an event noun of the
        lexicon with no subject of its own, the noun takes the demonym's place and the demonym becomes its
        adjective."""
        for noun in self.tokens:
            if noun.tag_ != "VBG" or noun.i == 0 or noun.lower_ not in self.lexicon.nominals or \
                    any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in noun.children):
                continue
            demonym = self.tokens[noun.i - 1]
            if demonym.pos_ not in ("PROPN", "NOUN") or demonym.dep_ not in ("pobj", "dobj", "nsubj", "nsubjpass") or \
                    not any(c.dep_ == "det" for c in demonym.children) or not gazetteer.country_code(demonym.text):
                continue
            _rehang(noun, demonym.head, demonym.dep_)
            for child in [c for c in demonym.children if c.i < demonym.i]:
                _rehang(child, noun)  # 'the' goes with the noun
            _rehang(demonym, noun, "amod")
            noun.pos_, noun.lemma_lower = "NOUN", noun.lower_

    def _repair_clause_verbs_read_as_nouns(self) -> None:
        """Parse repair: 'if Ruritania attacks again', 'unless the rebels withdraw'. spaCy may read a name and a
        present-tense verb in '-s' after a subordinator as one noun phrase ('Ruritania attacks', a plural noun
        with the name as its compound) heading the adverbial clause. A clause needs a verb: a plural noun that
        heads an adverbial clause with a subordinator and nothing else of a clause, right after a name, whose
        lemma is a verb the lexicon codes, is the clause's verb and the name its subject."""
        for noun in self.tokens:
            if noun.pos_ != "NOUN" or noun.dep_ != "advcl" or not noun.lower_.endswith("s") or noun.i == 0:
                continue
            name = self.tokens[noun.i - 1]
            mark = self.tokens[name.i - 1] if name.i else None  # (the parser may hang 'if' on the main verb)
            if name.head is not noun or name.dep_ != "compound" or self.index.at(name) is None or \
                    mark is None or mark.dep_ != "mark" or mark.lower_ not in CLAUSE_MARKS or \
                    any(c.dep_ in ("nsubj", "aux", "cop", "det", "amod", "poss") for c in noun.children) or \
                    not self.lexicon.for_lemma(noun.lemma_lower):
                continue
            name.dep_, noun.pos_ = "nsubj", "VERB"
            if mark.head is not noun:
                _rehang(mark, noun)

    def _repair_conjoined_verbs_read_as_modifiers(self) -> None:
        """Parse repair: 'the army entered our territory and looted farms'. spaCy may read the second verb of a
        coordination as a participle modifying its object ('[looted] farms'), the noun conjoined to the first
        verb. A verb has no noun conjunct: a noun conjoined to a verb, right after 'and', whose first word is a
        past-tense or participle modifier, is that verb's object, and the modifier the conjoined verb."""
        for noun in self.tokens:
            verb = noun.head
            if noun.dep_ != "conj" or noun.pos_ != "NOUN" or verb.pos_ != "VERB" or noun.i < 2 or \
                    _first(verb, "dobj") is None:
                continue  # (with no object of its own the first verb shares the noun: 'killed and tortured X')
            word, cc = self.tokens[noun.i - 1], self.tokens[noun.i - 2]
            if word.head is not noun or word.dep_ != "amod" or word.tag_ not in ("VBD", "VBN") or \
                    cc.dep_ != "cc" or cc.head is not verb or not self.lexicon.for_lemma(word.lemma_lower):
                continue
            _rehang(word, verb, "conj")
            _rehang(noun, word, "dobj")
            word.pos_ = "VERB"

    def _repair_agents_read_as_the_verbs(self) -> None:
        """Parse repair: 'the UN condemned the shelling by Ruritanian troops'. spaCy may hang the event
        noun's 'by' phrase (its agent) on the active verb whose object the noun is; an active verb with an
        object has no agent of its own, so a 'by' phrase naming an actor after an event noun object is made
        the noun's ('by telephone', 'by saying' stay the verb's). So is the 'from' phrase of a verb by which the
        subject undergoes or draws the act ('drew criticism from Japan', 'received threats from the rebels')."""
        for by in self.tokens:
            verb = by.head
            if by.dep_ != "prep" or verb.pos_ != "VERB" or _is_passive(verb) or not (
                    by.lower_ == "by" or (by.lower_ == "from" and verb.lemma_lower in UNDERGOING_VERBS)):
                continue
            obj = _first(verb, "dobj")
            agent = _first(by, "pobj")
            if obj is None or agent is None or not obj.i < by.i or \
                    (not self.event_noun(obj) and obj.lemma_lower not in word_classes()["@acts"]) or \
                    not any(self.index.at(t) is not None for t in agent.subtree):
                continue
            _rehang(by, obj)

    def _repair_participles_of_postposed_cues(self) -> None:
        """Parse repair: 'Thai and Lao troops exchanged fire on Monday, officials said, killing two soldiers'.
        spaCy hangs a participle after a postposed cue on the cue; a participle of force or coercion (roots
        14-20) goes with the reported clause before the cue (what the officials report); one of words
        ('..., the party said, welcoming the decision', 'adding that ...') stays the speaker's."""
        cues = self.lexicon.speech_cues
        for verb in self.tokens:
            cue = verb.head
            if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < cue.i or cue.lemma_lower not in cues or \
                    verb.lemma_lower in cues or any(c.dep_ in ("nsubj", "mark") for c in verb.children):
                continue
            roots = {p.code[:2] for p in self.lexicon.for_lemma(self.lemma(verb))}
            if not roots or min(roots) < "14":
                continue
            reported = next((c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i), None)
            if reported is not None:
                _rehang(verb, reported)

    def _repair_subjects_read_as_their_place(self) -> None:
        """Parse repair: 'Police in the capital Nairobi arrested ...'. spaCy may make the city's name the
        subject and hang the noun before it ('Police') on it as a modifier whose 'in' phrase ends with the
        word the name is in apposition to ('capital', 'city'). The modifier is the subject; the name goes
        back to that word."""
        for name in self.tokens:
            verb = name.head
            if name.dep_ != "nsubj" or name.pos_ != "PROPN" or verb is name:
                continue
            doer = next((c for c in name.children if c.dep_ == "nmod" and c.i < name.i and c.pos_ == "NOUN"), None)
            prep = next((c for c in doer.children if c.dep_ == "prep" and c.lower_ == "in"), None) if doer else None
            place = _first(prep, "pobj") if prep is not None else None
            if place is None or place.i != name.i - 1 or place.pos_ != "NOUN":
                continue
            _rehang(doer, verb, "nsubj")
            _rehang(name, place, "appos")

    def _repair_headline_participles(self) -> None:
        """Parse repair: 'Opposition leader arrested before rally', 'Two soldiers killed in ambush', 'Former
        minister jailed for seven years'. A headline drops the passive's auxiliary, and spaCy reads the
        participle as a past tense whose subject is the one it befell (or as a participle modifying a root
        noun). In the title line (the text's first sentence, with no closing stop, ended by a line break), a
        past form with no auxiliary and no object, of a verb the lexicon codes with an object, is made a
        passive with that noun for its subject."""
        first = self.title
        if first is None:
            return
        root = self.tokens[first.root.i]
        verb, subject = root, _first(root, "nsubj")
        if root.pos_ in ("NOUN", "PROPN"):  # 'Former minister [jailed for seven years]'
            verb = next((c for c in root.children if c.dep_ == "acl" and c.i == root.i + 1), None)
            subject = root
        if verb is None or subject is None or verb.tag_ not in ("VBD", "VBN") or \
                any(c.dep_ in ("aux", "auxpass", "nsubjpass") for c in verb.children) or \
                not any(p.target in ("object", "direct-object") for p in self.lexicon.for_lemma(verb.lemma_lower)):
            return
        objects = _children(verb, "dobj")
        if any(o.ent_type_ not in ("DATE", "TIME") for o in objects):
            return  # 'Rebels seized the town': a headline in the active
        for obj in objects:
            obj.dep_ = "npadvmod"  # ('arrested hours before ...': a time, no object)
        if verb is not root:
            moved = [c for c in root.children if c.i > verb.i]
            _make_root(verb)
            _rehang(root, verb)
            for child in moved:
                _rehang(child, verb)
        subject.dep_ = "nsubjpass"

    def _repair_gapped_passives(self) -> None:
        """Parse repair: 'two were killed and dozens injured'. A past participle conjoined to a passive with
        its own subject and no auxiliary shares the passive's 'were' (gapping): its subject is what underwent
        it, not its doer."""
        for verb in self.tokens:
            head = verb.head
            if verb.dep_ != "conj" or verb.tag_ != "VBN" or not _is_passive(head) or \
                    any(c.dep_ in ("aux", "auxpass") for c in verb.children):
                continue
            for child in verb.children:
                if child.dep_ == "nsubj":
                    child.dep_ = "nsubjpass"

    def _repair_agents_read_as_the_patients(self) -> None:
        """Parse repair: 'the seizure of Iranian cargoes by the United States'. spaCy may hang an event noun's
        'by' phrase (its agent) on the object of its 'of' phrase; a 'by' phrase naming an actor there is made
        the event noun's, unless the noun has one already. (A plural patient the tagger read as a verb,
        'cargoes' as VBZ, hangs as a clause of the noun: no participle, so its 'by' phrase is no agent of its own.)"""
        for by in self.tokens:
            patient = by.head
            if by.dep_ != "prep" or by.lower_ != "by":
                continue
            if patient.dep_ == "pobj" and patient.head.lower_ == "of":
                noun = patient.head.head
            elif patient.dep_ == "acl" and patient.tag_ == "VBZ":
                noun = patient.head
            else:
                continue
            agent = _first(by, "pobj")
            if agent is None or noun.pos_ != "NOUN" or not self.event_noun(noun) or \
                    any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children) or \
                    not any(self.index.at(t) is not None for t in agent.subtree):
                continue
            _rehang(by, noun)

    def _repair_verbs_read_as_adjectives(self) -> None:
        """Parse repair: 'Police baton-charged students in Dhaka', 'North Korean artillery fired shells at an
        island'. spaCy may read a past-tense verb ('fired', or one written with a hyphenated first part,
        'tear-gassed') as an adjective of the noun after it and make the clause one noun phrase, the root
        of the sentence. Where the lexicon codes the verb and a noun stands before it (the parser's
        modifier of the phrase, of the verb or of the verb's hyphenated first part), the verb is made the
        root, that noun its subject and the phrase's head its object."""
        for token in self.tokens:
            if token.dep_ != "amod" or token.pos_ not in ("ADJ", "VERB"):
                continue
            head = token.head
            if head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or head.i <= token.i:
                continue
            if self._hyphen_compound(token, token.lemma_lower):
                first = self.tokens[token.i - 2]  # 'lathi' of 'lathi-charged', on which the parser may hang the subject
            elif token.lower_.endswith("ed") and self.lexicon.for_lemma(self.lemma(token)):
                first = token
            else:
                continue
            subject = max((c for p in {head.i: head, first.i: first, token.i: token}.values() for c in p.children
                           if c.i < first.i and c.dep_ in ("compound", "nmod", "npadvmod", "nsubj")
                           and c.pos_ in ("NOUN", "PROPN")), key=lambda c: c.i, default=None)
            if subject is None:
                continue
            parent = subject.head
            moved = []
            if parent is not token:
                moved = [c for c in parent.children if c.i <= subject.i]
                parent.children = [c for c in parent.children if c.i > subject.i]
                for child in moved:
                    child.head = token
            head.children = [c for c in head.children if c is not token]
            subject.dep_ = "nsubj"
            token.pos_, token.dep_, token.head = "VERB", "ROOT", token
            head.dep_, head.head = "dobj", token
            token.children = sorted(moved + list(token.children) + [head], key=lambda t: t.i)

    def event_noun(self, noun: Token) -> Optional[str]:
        """The verb an event noun stands for: its nominals.tsv row, or a figurative noun in its idiom ('under
        fire'); None for other nouns, and for the head of a body's name ('the People's Rally', 'the Green March')."""
        if self._name_head(noun):
            return None
        return self.lexicon.nominals.get(noun.lemma_lower) or _figurative(noun)

    def _name_head(self, token: Token) -> bool:
        """Whether a proper noun is part of an actor's name ('Rally' in 'the People's Rally'): it names the
        body, never the act its word may also mean."""
        return token.pos_ == "PROPN" and token.i in self.index.by_token

    def nominal(self, noun: Token) -> Optional[tuple[VerbPattern, Optional[Token]]]:
        """An event noun coded as its verb: the object is its 'of' complement ('return of diplomats')."""
        verb_lemma = self.event_noun(noun)
        if not verb_lemma:
            return None
        obj = None
        for prep in _children(noun, "prep"):
            if prep.lower_ == "of":
                obj = _first(prep, "pobj")
        return self.match(noun, verb_lemma, obj, nominal=True)

    # ------------------------------------------------------------------ predicates
    def predicates(self, sent: Span) -> Iterator[_Predicate]:
        consumed: set[int] = set()
        for token in _in(sent, self.tokens):
            if token.pos_ == "VERB" and token.lemma_lower in LIGHT_VERBS:
                objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
                consumed.update(c.i for c in objects)
                consumed.update(counted.i for counted in map(_counted_noun, objects) if counted is not None)
        for token in _in(sent, self.tokens):
            if token.pos_ == "NOUN" and token.lemma_lower in STANCE_PREDICATES and not self.inside(token):
                stance = self.stance_predicate(token)  # 'X has long been a critic of Y'
                if stance is not None:
                    yield stance
                    continue
            if token.pos_ == "NOUN" and token.i not in consumed and not self.inside(token):
                predicate = self.nominal_predicate(token)
                if predicate is not None:
                    yield predicate
                continue
            if token.lower_ in STANCE_PREDICATES and not self.inside(token):
                stance = self.stance_predicate(token)
                if stance is not None:
                    yield stance
                    continue
            if token.pos_ != "VERB" or self.inside(token) or self._topic_label(token) or to_blame(token):
                continue  # ('Y was to blame for the raid' blames Y: an accusation, see ReportedMixin)
            if _deadline_act(token):
                continue  # 'gave Iran 48 hours to release the sailors': demanded by the ultimatum, not done
            lemma = token.lemma_lower
            ordered_out = self.expulsion_order(token)
            if ordered_out is not None:  # 'ordered the ambassador to leave': an expulsion
                yield ordered_out
                continue
            ultimatum = self.ultimatum(token)
            if ultimatum is not None:  # 'gave Iran 48 hours to release the sailors'
                yield ultimatum
                continue
            nominal_done = False
            direct = self.match(token)
            if direct and direct[0].objects and self._labels_object(token) and lemma not in SELF_CODING_LABELLERS:
                direct = None  # 'called the strike a war crime' names the strike: no 'call a strike'
            if lemma in LIGHT_VERBS and not (direct and direct[0].objects) and not self._labels_object(token) and \
                    not any(c.dep_ == "dative" and c.pos_ != "ADP" for c in token.children):
                # not with an indirect object: 'gave them a veto' hands the act to them
                # the verb's own pattern for this object wins: 'staged a hunger strike', 'called off the strike'
                obj = _first(token, "dobj") or _first(token, "nsubjpass")
                counted = _counted_noun(obj) if obj is not None else None
                if counted is not None and counted.lemma_lower in self.lexicon.nominals:
                    obj = counted  # 'made hundreds of arrests', 'launched a wave of raids'
                if obj is not None and self.event_noun(obj):
                    hit = self.nominal(obj)
                    if hit:
                        nominal_done = True
                        yield _Predicate(obj, hit[0], token, hit[1])
            if not nominal_done and direct:
                yield _Predicate(token, direct[0], token, direct[1])

    def expulsion_order(self, verb: Token) -> Optional[_Predicate]:
        """An order to leave as an expulsion of whom it orders out, coded by 'expel' and that person:
        'ordered the French ambassador to leave the country' (161), 'gave the envoy 72 hours to leave',
        'told three journalists to quit the country' (174), 'declared two diplomats persona non grata'."""
        lemma = verb.lemma_lower
        person = None
        if lemma in DIRECTIVE_VERBS:
            if lemma == "give":  # 'gave the envoy 72 hours to leave' (the clause on the time, or on the verb)
                spans = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod")]
                departures = [c for c in verb.children if c.dep_ == "advcl" and c.lemma_lower in DEPARTURE_VERBS] + \
                    [c for span in spans for c in span.children
                     if c.dep_ in ("relcl", "acl") and c.lemma_lower in DEPARTURE_VERBS]
                deadline = [c for p in verb.children if p.dep_ == "prep" and p.lower_ == "until"
                            for c in p.subtree if c.dep_ in ("relcl", "acl") and c.lemma_lower in DEPARTURE_VERBS]
                departures = departures or deadline  # 'gave the peacekeepers until June to leave'
            else:
                departures = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_lower in DEPARTURE_VERBS]
            if departures:
                given = _first(verb, "dobj")  # (the object given time, unless it is the time: '48 hours')
                person = (_first(verb, "dative") or (given if given is not None and given.lemma_lower not in
                                                     word_classes()["@deadline"] else None)) if lemma == "give" \
                    else (given or _first(departures[0], "nsubj"))
                if (person is None or person.dep_ == "dobj" and lemma == "give") and _is_passive(verb) and \
                        _first(verb, "agent") is None:  # ('were given 48 hours to leave': the time is the object)
                    person = _first(verb, "nsubjpass")  # 'two diplomats were ordered to leave': see below
        elif lemma == "declare":  # 'declared two diplomats persona non grata' (the parser splits the phrase)
            words = {t.lower_: t for t in verb.subtree}
            if "persona" in words and "grata" in words:
                person = _first(verb, "dobj") or _first(words["persona"], "nsubj")
        if person is None:
            return None
        ordered_out, subject = self._conjuncts(person), _first(verb, "nsubj")
        issuers = self._conjuncts(subject) if subject is not None else []
        if subject is None and person.dep_ == "nsubjpass":
            # 'two Kenyan diplomats were ordered to leave the country': the order of the state they must leave (the
            # departure's object, else where the story is set), whose government the coder gives as the
            # passive's implicit agent (implicit_agents.tsv: expel)
            left = self.departure_state(verb)
            issuers = [left] if left is not None else []
        # out of a state: foreigners, or international and aid bodies ('the teacher told the students to leave
        # the room', 'police ordered the protesters to leave the square' expel no one)
        if not ordered_out or not issuers or not all(
                (r.code or "").startswith(("IGO", "NGO")) or (r.country and r.country not in {i.country for i in issuers})
                for r in ordered_out):
            return None
        hit = self.match(verb, "expel", person, nominal=True)  # coded by the person ordered out
        return _Predicate(verb, hit[0], verb, hit[1]) if hit else None

    def departure_state(self, verb: Token) -> Optional[ActorRef]:
        """The state an order to leave sends its addressee out of: the one the departure names (:meth:`left_state`),
        else the sentence's place or the story's state ('to leave the country')."""
        return self.left_state(verb) or self.place_state(verb.sent) or self.index.setting_country_ref()

    def left_state(self, verb: Token) -> Optional[ActorRef]:
        """The state an order's departure verb names as its object ('ordered to leave Morocco'), else None."""
        holders = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "npadvmod")]  # ('48 hours to leave')
        for departure in (c for holder in holders for c in holder.children if c.lemma_lower in DEPARTURE_VERBS
                          and c.dep_ in ("xcomp", "ccomp", "advcl", "relcl", "acl")):
            place = _first(departure, "dobj")
            ref = self._at(place) if place is not None else None
            if ref is not None and ref.country and ref.code in (ref.country, ref.country + "GOV"):
                return ref
        return None

    def ultimatum(self, verb: Token) -> Optional[_Predicate]:
        """A deadline given a party to act ('gave Iran 48 hours to release the sailors', 'gave the junta a week
        to reinstate the president', 'gave Belarus until Friday to free them'): an ultimatum (CAMEO 139) to the
        party, coded by 'give' with the row for an ultimatum."""
        if verb.lemma_lower != "give" or _deadline_given(verb) is None:
            return None
        acts = [c for c in verb.children if _deadline_act(c)] + \
            [g for c in verb.children if c.lemma_lower in word_classes()["@deadline"] for g in c.children if _deadline_act(g)] + \
            [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "until" for d in c.children
             for g in d.children if _deadline_act(g)]  # ('until Friday to free them')
        party = _first(verb, "dative") or _first(verb, "dobj")
        if not acts or party is None or not self._conjuncts(party) or any(a.lemma_lower in DEPARTURE_VERBS for a in acts):
            return None  # ('giving him 48 hours to leave' orders him out: an expulsion, see expulsion_order)
        row = next((p for p in self.lexicon.for_lemma("give") if p.code == "139"), None)
        return _Predicate(verb, row, verb, party) if row is not None else None

    def _topic_label(self, verb: Token) -> bool:
        """'Peru protests: envoy recalled', 'Andes strikes: ...': a headline's label before a colon is a noun
        phrase (a state and a plural event noun), not a clause; the parser reads the noun as a verb in -s
        with no complement."""
        following = self.tokens[verb.i + 1] if verb.i + 1 < len(self.tokens) else None
        return following is not None and following.text == ":" and verb.lower_.endswith("s") and \
            verb.lemma_lower in self.lexicon.nominals and \
            not any(c.i > verb.i and c.dep_ not in ("punct",) for c in verb.children)

    @staticmethod
    def _labels_object(verb: Token) -> bool:
        """'called the sanctions a provocation', 'described the visit as a mistake': the verb says what its
        object is (an evaluation), it does not carry out the act its object names."""
        if verb.lemma_lower not in AS_LABELLING_VERBS:
            return False
        if verb.lemma_lower in CALLING_VERBS and naming_relative(verb) is not None:
            return True  # 'a move that rights groups called an attack', 'in what Y called an invasion'
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children) or \
            len(objects) > 1 or any(c.dep_ in ("npadvmod", "appos") and c.i > obj.i and c.pos_ == "NOUN"
                                    for obj in objects for c in obj.children)  # the parser's 'called [X] [a N]'

    def nominal_predicate(self, noun: Token) -> Optional[_Predicate]:
        """An event noun standing alone: 'President Lula's trip to Angola', 'the Ethiopian offensive
        into Tigray', 'In a telephone call with Boric, Petro said'. It is coded only when a
        preposition names a target actor and the source is the noun's own (possessive, 'by', national
        adjective) or the subject of the clause the noun's phrase modifies."""
        if not self.event_noun(noun) or self._unrealised_noun(noun) or self._inside_label(noun):
            return None
        committed = self.committed_noun(noun)
        if committed is not None:
            return committed
        if noun.dep_ in ("nsubj", "nsubjpass"):
            return self.framed_nominal(noun)
        # 'of' names the patient of a noun with a source of its own: 'Kenya's arrest of the diplomat'
        own = self._own_source(noun)
        joined = participation_doer(noun)  # 'took part in the bombing of X': the subject's act, 'of' its patient
        preps = TARGET_PREPS + (("of",) if own or joined is not None or self._institutional(noun) else ())
        children = list(noun.children)
        if noun.dep_ == "pobj" and noun.head.lower_ == "under":  # 'came under fire from X': the parser may
            children += [c for c in noun.head.head.children if c.lower_ == "from"]  # hang 'from' on the frame verb
        if not any(c.dep_ == "prep" and c.lower_ in preps and _first(c, "pobj") is not None
                   and self._conjuncts(_first(c, "pobj")) for c in children) and \
                not (own and self._charged_party(noun) is not None):
            return None
        hit = self.nominal(noun)
        if not hit:
            return None
        anchor = noun
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX") and \
                (own or not self._institutional(noun)):  # 'protested against the arrest of X': not the protesters'
            anchor = noun.head.head
        if joined is not None:
            anchor = joined  # ('took [part in] the raids': the 'in' hangs on the noun of taking part)
        return _Predicate(noun, hit[0], anchor, hit[1])

    @staticmethod
    def _inside_label(noun: Token) -> bool:
        """Whether an event noun lies inside what a speaker calls something ('called the arrest part of a campaign
        of persecution', 'described the raid as an act of terror'): the speaker's characterisation, no act told."""
        node = noun
        for _ in range(6):
            head = node.head
            if head is node:
                return False
            if node.dep_ == "oprd" and head.lemma_lower in CALLING_VERBS:
                return True
            if node.dep_ == "dobj" and head.lemma_lower in CALLING_VERBS and \
                    node.lemma_lower in ("part", "act", "example", "form", "sign", "instance", "case"):
                return True  # the parser's 'called [the arrest part] of a campaign of persecution'
            if node.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_lower in AS_LABELLING_VERBS:
                return True
            if node.dep_ not in ("pobj", "prep", "oprd", "attr", "dobj", "appos", "compound") or \
                    (node.dep_ == "prep" and node.lower_ not in ("of", "as")):
                return False  # ('called it revenge for the seizure of X's cargoes': the seizure is told as done)
            node = head
        return False

    def _charged_party(self, noun: Token) -> Optional[Token]:
        """The subject of a charge noun's 'that' clause ('Pakistan's accusation that Afghanistan shelters
        militants' → Afghanistan), where it names an actor: the one the charge is laid on."""
        if noun.lemma_lower not in CHARGE_NOUNS:
            return None
        for clause in _children(noun, "acl", "ccomp"):
            subject = _first(clause, "nsubj", "nsubjpass")
            if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and subject is not None \
                    and self._conjuncts(subject):
                return subject
        return None

    def committed_noun(self, noun: Token) -> Optional[_Predicate]:
        """A noun of commitment with its own source and a coded infinitive ("Iran's threat to close the strait",
        'threats by the militia to attack Western interests', "China's pledge to invest in Kenya"): the frame its
        verb is (threaten 130, pledge 030), coded by the act as the verb's frame is (modality_rules.framed_act)."""
        if not self._own_source(noun):
            return None
        act = committed_act(noun)
        if act is None or self.negated(act) or not self.match(act):
            return None
        hit = self.nominal(noun)
        if not hit or hit[0].code not in FRAME_CODES:
            return None
        return _Predicate(noun, hit[0], noun, None)

    def framed_nominal(self, noun: Token) -> Optional[_Predicate]:
        """An event noun as the subject of an aspectual or existential verb ('the army's offensive against
        the rebels continued', 'arrests of opposition figures by the police followed'): coded as its verb
        when the noun names its own source (possessive, 'by', national adjective) and a target actor."""
        frame = noun.head
        if noun.dep_ != "nsubj" or frame.pos_ != "VERB" or self.negated(frame) or self.hypothetical(frame):
            return None
        if frame.lemma_lower not in FRAME_VERBS and not self._own_source(noun) and not self._institutional(noun) \
                and not self._between_parties(noun):
            return None  # 'Uganda's attack on the rebels drew criticism', 'the arrest of X sparked protests',
            # 'clashes between the army and rebels killed 40' (any verb, where the noun names its agents or
            # only an institution does it)
        hit = self.nominal(noun)
        if not hit:
            return None
        predicate = _Predicate(noun, hit[0], noun, hit[1])
        if not self.sources(predicate) and not self._institutional(noun) and \
                not (hit[0].code[:2] in ("19", "20") and self.counterinsurgents(predicate)):
            return None  # 'arrests of journalists followed': the police's, found as the implicit agent (and 'the
            # offensive against the rebels continued': the rebels' state's military, EventCoder.counterinsurgents)
        between = between_phrase(noun, FRAME_VERBS)
        if not any(c.dep_ == "prep" and c.lower_ in TARGET_PREPS + ("of", "between") and _first(c, "pobj") is not None
                   and self._conjuncts(_first(c, "pobj")) for c in [*noun.children, *([between] if between else [])]):
            return None
        return predicate

    def _between_parties(self, noun: Token) -> bool:
        """An event noun whose 'between' phrase names two or more actors ('clashes between the army and
        the rebels'): they are its agents, each acting on the other."""
        between = between_phrase(noun, FRAME_VERBS)
        party = _first(between, "pobj") if between is not None else None
        return party is not None and len(self._conjuncts(party)) > 1

    def _own_source(self, noun: Token) -> bool:
        """An event noun that names its agent itself: a possessor or a 'by' phrase naming an actor
        ('Kenya's arrest of ...', 'the arrest of ... by the police'), a national adjective ('Israeli
        airstrikes on ...') or a noun modifier naming an armed or state body ('a police crackdown on ...',
        'army shelling of ...'); a modifier naming anyone else is the act's patient as often as its agent
        ('journalist arrests', 'opposition crackdown')."""
        for child in noun.children:
            head = child if child.dep_ == "poss" else _first(child, "pobj") if (
                child.dep_ == "prep" and child.lower_ == "by") else None
            if head is not None and self._conjuncts(head):
                return True
            if child.dep_ in ("amod", "compound") and child.i < noun.i:
                refs = self._conjuncts(child)
                if refs and all(r.sector in AGENT_SECTORS or (child.dep_ == "amod" and r.code == r.country)
                                for r in refs):
                    return True
        return False

    def _institutional(self, noun: Token) -> bool:
        """An event noun of an act only a state institution performs ('arrest', 'detention', 'deportation':
        their verbs are in implicit_agents.tsv), whose agent the text may leave unsaid."""
        return self.lexicon.nominals.get(noun.lemma_lower, "") in implicit_agents()

    @staticmethod
    def _unrealised_noun(noun: Token) -> bool:
        """An event noun its modifier marks as not (yet) done: 'a planned attack', 'the proposed talks'."""
        return any(c.dep_ in ("amod", "compound") and c.lemma_lower in UNREALISED_MODIFIERS for c in noun.children)

    def stance_predicate(self, word: Token) -> Optional[_Predicate]:
        """An adjective or participle of stance with its preposition ('Chile is opposed to the plan',
        'remained critical of the ministry'), or a noun of one predicated of the subject ('has long been a
        critic of the junta'): coded itself, the copula's subject as source."""
        code, preps = STANCE_PREDICATES[word.lemma_lower if word.pos_ == "NOUN" else word.lower_]
        # ('concerned about|over|by': a row may list several; 'alarmed by' is parsed as a passive's agent)
        phrase = next((c for c in word.children if c.dep_ in ("prep", "agent") and c.lower_ in preps), None)
        if phrase is None or self.negated(word):
            return None
        prep = phrase.lower_
        if word.dep_ == ("attr" if word.pos_ == "NOUN" else "acomp") and word.head.pos_ in ("AUX", "VERB"):
            anchor = word.head
        elif _is_passive(word) and (_first(word, "agent") is None or phrase.dep_ == "agent"):
            anchor = word
        else:
            return None
        if self.negated(anchor) or self.hypothetical(anchor):
            return None
        stance_object = _first(phrase, "pobj")
        return _Predicate(word, VerbPattern(code=code, verb=word.lower_, prep=prep), anchor, stance_object)

    # ------------------------------------------------------------------ plan nouns
    @staticmethod
    def _placeholder_governor(noun: Token) -> Optional[Token]:
        """The verb that takes a plan-like noun as object: its subject is who plans the act in the noun's
        infinitive ('Britain announced plans to join ...', 'X confirmed its decision to send ...')."""
        while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":  # '... as well as plans to hold ...'
            noun = noun.head
        if noun.lemma_lower not in PLACEHOLDER_OBJECTS or noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
            return None
        if noun.head.lemma_lower not in PLAN_GOVERNORS:
            return None  # 'abandoned efforts to stop', 'criticised plans to build': no one's act
        if any(c.dep_ == "poss" and c.pos_ != "PRON" or c.dep_ == "prep" and c.lower_ in ("of", "by")
               for c in noun.children):
            return None  # 'backed Egypt's plan to mediate': the plan is another's
        return noun.head


# Nouns of force only in their idioms of being attacked ('came under fire from militants'), which from bodies that
# act in words are criticism ('came under fire from donors', 'drew fire from the EU'; see the coder's 'under' rule).
FIGURATIVE_NOUNS = {"fire": "attack", "flak": "attack"}


def _deadline_act(verb: Token) -> bool:
    """Whether the verb is the act a deadline is given for ('gave Iran 48 hours to release the sailors', 'gave
    the junta a week to reinstate the president'): the infinitive on the time or on 'give' itself."""
    if verb.dep_ not in ("acl", "relcl", "advcl", "xcomp") or not to_infinitive(verb):
        return False
    head = verb.head
    if head.lemma_lower in word_classes()["@deadline"] and head.head.lemma_lower == "give":
        return True
    if head.dep_ == "pobj" and head.head.lower_ == "until" and head.head.head.lemma_lower == "give":
        return True  # ('gave Iran until Friday to free the sailors': the infinitive on the date)
    return head.lemma_lower == "give" and _deadline_given(head) is not None


def _deadline_given(give: Token) -> Optional[Token]:
    """The time 'give' grants ('gave Iran 48 hours', 'gave the junta a week', 'gave Belarus until Friday': the
    'until' phrase), else None."""
    deadlines = word_classes()["@deadline"]
    for child in give.children:
        if child.dep_ in ("dobj", "npadvmod") and child.lemma_lower in deadlines:
            return child
        if child.dep_ == "prep" and child.lower_ == "until":
            return child
    return None


def _figurative(noun: Token) -> Optional[str]:
    """The verb a figurative noun stands for, only in its idiom: 'under fire', 'drew / attracted / faced fire'
    ('the fire spread' and 'opened fire' stay what they are)."""
    verb = FIGURATIVE_NOUNS.get(noun.lemma_lower)
    if verb is None:
        return None
    head = noun.head
    if (noun.dep_ == "pobj" and head.lower_ == "under") or (
            noun.dep_ == "dobj" and head.lemma_lower in ("draw", "attract", "face", "take")):
        return verb
    return None


@functools.lru_cache(maxsize=4096)
def _dictionary_lemmas(written: str) -> tuple[str, ...]:
    """The verb lemmas lemminflect's dictionary gives a written form the small model leaves as it is
    ('retook' → 'retake', 'waylaid' → 'waylay'): irregular pasts of prefixed verbs."""
    return getLemma(written, upos="VERB") if written.isalpha() else ()


def _shared_patient(verb: Token) -> Optional[Token]:
    """The patient a passive participle shares with the passive it is conjoined to: in 'they were questioned
    and charged under Honduran law' and 'would be handed over and charged' whoever is charged is 'they' (not
    the law it names)."""
    head = verb.head
    if verb.dep_ != "conj" or (verb.tag_ != "VBN" and not _mistagged_participle(verb)) or head.tag_ != "VBN" or \
            any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children) or \
            not any(c.dep_ == "auxpass" for c in head.children) or \
            not any(c.dep_ == "cc" and c.lower_ == "and" for c in head.children):
        return None  # ('were killed or injured': one count of victims, told once)
    return _first(head, "nsubjpass")
