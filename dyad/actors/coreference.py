"""Coreference: later mentions that resolve to an actor named before (or just after) them.

Surnames ('Erdogan', also where the parser tagged no entity), pronouns (a reported clause's subject
pronoun takes the reporting verb's subject, a pronoun in an opening adverbial points forward to the main
clause's subject, a sentence-initial 'it' continues the previous sentence's subject; otherwise the
agreement and salience model of :mod:`dyad.actors.antecedents` chooses), and definite descriptions from ``anaphors.tsv`` ('the country', 'the satellite
channel', 'The report' → the owner of a document named in this paragraph or the one before). Runs after
the mention passes, in reading order. A mixin of :class:`dyad.actors.resolver._Resolver`.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
import re
from typing import Optional

from spacy.tokens import Span, Token

from dyad.actors.antecedents import Candidate, Pronoun, choose
from dyad.actors.genders import PRONOUN_GENDERS, gender_table, person_gender
from dyad.actors.codes import PLACE_PREPS, SPOKES_ROLES, _other_side
from dyad.actors.mentions import another_given_name, officer_code
from dyad.actors.index import HOLDING_SECTORS, SEAT_WORDS, STATE_ORGANS, _Builder
from dyad.codebooks import implicit_agents, speech_cue_classes, verb_lexicon, word_classes
from dyad.dictionaries.petrarch import COLLECTIVE_HEADS

# Verbs of letting held people go.
RELEASING_VERBS = frozenset({"release", "free", "pardon", "acquit"})

_BREAK = re.compile(r"(?=\n\n)")  # where a blank line starts (a lookahead: '\n\n\n' starts two)

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
THING_PRONOUNS = {"it", "its", "itself"}
PLURAL_PRONOUNS = {"they", "them", "their", "themselves"}
REFLEXIVE_PRONOUNS = {"himself", "herself", "itself", "themselves"}
# Nouns of people in general that a bare plural description uses for a group just named ('the men', 'the women').
GENERIC_PEOPLE = frozenset({"man", "woman", "person", "people", "boy", "girl", "child", "youth", "men", "women"})
# Sectors of a state's own forces and government, whose acts of force are their state's.
STATE_ARM_SECTORS = frozenset({"MIL", "COP", "GOV", "SPY"})
# Verbs of trespass and what they trespass on: 'violated its airspace', 'crossed its border' name another's.
TRESPASS_VERBS = frozenset({"violate", "breach", "invade", "infringe", "cross", "enter", "penetrate"})
TERRITORY_NOUNS = frozenset({"airspace", "territory", "water", "waters", "border", "frontier", "sovereignty", "soil",
                             "land", "sea", "zone"})
# Descriptions of people by their being held or suspected ('the suspects', 'the detainees'): as GENERIC_PEOPLE,
# but never of the forces that hold them.
HELD_PEOPLE = frozenset({"suspect", "detainee", "captive", "hostage", "accused"})
CAPTOR_SECTORS = frozenset({"COP", "MIL", "SPY", "JUD"})
# Sectors of groups of people outside the state ('the men' after 'gunmen called X', '14 foreign nationals').
PEOPLE_SECTORS = frozenset({"CVL", "REF", "REB", "OPP", "CRM", "LAB", "INS", "MIL", "COP"})
# Sectors of office holders, whom 'the men' does not describe.
OFFICE_SECTORS = frozenset({"GOV", "JUD", "LEG"})
# Roles of those who lead a party, movement, group or state, and the sectors of bodies no one leads so: a
# court's or a newspaper's 'its leader' is never meant (a junta's is).
LEADING_ROLES = frozenset({"leader", "founder", "chairman", "chairwoman", "chairperson"})
LEADERLESS_SECTORS = frozenset({"JUD", "MED"})
# Descriptions by which a state's official names the official's own state ('the country', 'the government').
OWN_STATE_WORDS = frozenset({"country", "nation", "government", "state"})
# Roles that speak for one state about another ('the envoy said the country needs elections': the host state).
ENVOY_WORDS = frozenset({"ambassador", "envoy", "diplomat", "consul", "emissary", "representative", "delegate"})
# Verbs whose 'at' phrase names whom something is thrown or shot at ('threw stones at them').
AIMING_VERBS = frozenset({"throw", "hurl", "fire", "shoot", "lob", "aim", "point", "charge", "swing"})


# Verbs that characterise in a free relative ('what it called a provocation', 'what they described as ...'):
# the characterising is done by the subject of the clause the relative is an argument of.
CHARACTERISING_VERBS = frozenset({"call", "describe", "term", "label", "dub", "brand"})


# Verbs of demand whose 'that' clause in the base form (the mandative subjunctive) says what another party
# must do: its subject pronoun is that party, not the one demanding.
MANDATIVE_VERBS = frozenset({"demand", "insist", "urge", "ask", "request", "require", "order", "propose",
                             "recommend", "suggest"})


# Roles of one who speaks for a person ('his spokesman', 'her aide'): of that person's state and sector.
VOICE_ROLES = SPOKES_ROLES | {"aide", "adviser", "advisor"}


# Quantifiers of a partitive 'of' phrase ('some of them', 'most of them'): a part of a group of actors.
PARTITIVE_QUANTIFIERS = frozenset({"some", "most", "many", "all", "none", "several", "few", "half", "each", "both",
                                   "dozens", "hundreds", "thousands", "one", "rest"})


# Sectors of bodies outside the state whose officers a description names ("the group's director, X").
OFFICER_BODY_SECTORS = frozenset({"NGO", "IGO", "BUS", "LAB", "HRI", "EDU", "REL", "PTY", "OPP", "REB"})
# Nouns of those who lead a protest, and the verbs by which the text tells who protested: 'the organisers of
# the protests' after 'demonstrators blocked roads' are the demonstrators.
ORGANISER_NOUNS = frozenset({"organiser", "organizer", "instigator", "ringleader"})
DISSENT_VERBS = frozenset({"protest", "demonstrate", "rally", "march", "block", "gather", "strike", "riot"})
PROTEST_WINDOW = 6  # sentences back


# Roles that name a body's own people, whatever the body: 'its leaders', 'their members', 'its officials'.
MEMBER_ROLES = frozenset({"leader", "member", "official", "chief", "head", "supporter", "activist", "representative",
                          "spokesman", "spokeswoman", "spokesperson", "commander", "fighter", "lawmaker",
                          # a body's officers ('the union said ... Its secretary general, X, said')
                          "director", "chairman", "chairwoman", "chairperson", "chair", "president", "founder",
                          "secretary-general", "general", "secretary", "deputy", "coordinator", "negotiator"})


# Bodies named by a noun of either number, which the tagger reads as a plural: 'the police said it would'.
NUMBERLESS_BODIES = frozenset({"police", "military", "media", "press", "clergy", "staff"})


def _pronoun_fits(pronoun: Token, subject: Token, builder: _Builder) -> bool:
    """Whether a pronoun can stand for the actor of a clause's subject: 'they' for plurals and bodies, 'it'
    for a singular state, place, body or organisation, 'he'/'she' for a person."""
    plural = (subject.tag_ in ("NNS", "NNPS") and subject.lower_ not in NUMBERLESS_BODIES) or \
        any(c.dep_ == "conj" for c in subject.children)  # 'A and B said'
    lower = pronoun.lower_
    return (lower in PLURAL_PRONOUNS and (plural or builder.kind in ("group", "organisation"))) or \
        (lower in THING_PRONOUNS and builder.kind in ("country", "organisation", "group", "place") and not plural) or \
        (lower in PERSON_PRONOUNS and builder.kind == "person")


def agent_verbs(noun: str) -> set[str]:
    """The verbs an agent noun may derive from, by English derivation: -er and -or (attack-er, kidnapp-er,
    invad-er, occupi-er, demonstrat-or) and -ant (assail-ant)."""
    for suffix in ("er", "or", "ant"):
        if noun.endswith(suffix) and len(noun) > len(suffix) + 3:
            stem = noun[:-len(suffix)]
            verbs = {stem, stem + "e"}
            if len(stem) > 2 and stem[-1] == stem[-2]:
                verbs.add(stem[:-1])  # kidnapper
            if stem.endswith("i"):
                verbs.add(stem[:-1] + "y")  # occupier
            return verbs
    return set()


# How far back (in paragraphs) a plural pronoun or a description finds its antecedent.
WINDOW_PARAGRAPHS = 2


# Sectors of bodies 'the agency' may mean when no name holds the word (see _Coreference._agencies).
AGENCY_SECTORS = STATE_ORGANS | {"IGO", "MED"}


class _Coreference:
    """The coreference passes of :class:`~dyad.actors.resolver._Resolver`: surnames, then pronouns and
    definite descriptions."""

    # ----------------------------------------------------------------- surnames
    def _person_by_surname(self, ent: Span) -> bool:
        """A one-word mention equal to a known person's surname is that person ('Erdogan', 'Cohen')."""
        if len(ent) != 1 and ent.label_ != "PERSON":
            return False
        builder = self._surname_holder(ent[-1].text, ent.text)
        if builder is not None and not self._given_names_fit(ent, builder):
            return False  # 'Maria Putin' after 'Vladimir Putin': another person of that family name
        if builder is None and len(ent) == 1:
            builder = self._family_name_first(ent.text)
        if builder is None:
            return False
        self.claim(builder, ent.start, ent.end)
        return True

    def _given_names_fit(self, ent: Span, builder: _Builder) -> bool:
        """Whether the capitalised names before the surname (not titles or honorifics) are all the
        person's own ('Tayyip Erdogan' for Recep Tayyip Erdogan; not 'Maria Putin' for Vladimir Putin)."""
        return not any(token.pos_ == "PROPN" and another_given_name(token.text, (builder.name,), self.dictionary.roles)
                       for token in ent[:-1])

    def _surname_holder(self, surname: str, name: Optional[str] = None) -> Optional[_Builder]:
        """The first person named so far whose name ends in ``surname`` (and is not ``name`` itself)."""
        return next((b for b in self.builders.values()
                     if b.kind == "person" and _bare_surname(b.name.split()[-1]) == _bare_surname(surname)
                     and b.name != name), None)

    def _family_name_first(self, word: str) -> Optional[_Builder]:
        """The one person named so far whose name opens with ``word``: names written family name first
        ('Kim Yong-hyun' ... 'Kim said', 'Wang Yi' ... 'Wang'); none where two share it (a family)."""
        if word.lower() in gender_table():
            return None  # a given name ('Kofi', 'Maria') is someone's own, not a family name put first
        holders = [b for b in self.builders.values()
                   if b.kind == "person" and len(b.name.split()) > 1 and b.name.split()[0] == word
                   and b.key.startswith("person:")]  # (the dictionary's order of names is its own)
        return holders[0] if len(holders) == 1 else None

    def surnames(self) -> None:
        """A capitalised word the parser tagged as no entity but that is the surname of a person named
        earlier ('Lage, who is in Bolivia, said' after 'Carlos Lage') is that person: the latest one
        named before it with that surname."""
        persons: dict[str, list[tuple[int, _Builder]]] = {}
        for i, (key, start, end) in self.token_actor.items():
            builder = self.builders[key]
            if builder.kind == "person" and i == end - 1 and self.T.text[i] == builder.name.split()[-1]:
                persons.setdefault(self.T.text[i], []).append((i, builder))
                if _bare_surname(self.T.text[i]) != self.T.text[i]:  # 'al-Sudani' ... 'Sudani said'
                    persons.setdefault(_bare_surname(self.T.text[i]), []).append((i, builder))
        if not persons:
            return
        T = self.T
        for t in range(T.n):
            if t in self.token_actor or T.pos[t] not in ("PROPN", "NOUN") or T.ent_type[t] == "PERSON" or \
                    T.text[t] not in persons:  # exact, capitalised surname (the parser may call it a noun)
                continue
            ent = T.entity_at(t) if T.ent_type[t] else None
            if ent is not None and ent[1] - ent[0] > 1:
                continue  # (a one-word name the tagger took for a place or body, 'Gervasi said' as GPE, is his)
            if (t > 0 and T.pos[t - 1] == "PROPN") or (t + 1 < T.n and T.pos[t + 1] == "PROPN"):
                continue  # part of a longer name the parser left untagged
            earlier = [b for i, b in persons[T.text[t]] if i < t]
            if earlier:
                self.claim(earlier[-1], t, t + 1)

    def ages(self) -> None:
        """'the 45-year-old said' after 'Joaquim Nhaca, a 45-year-old fisherman,' or 'Rosa Quispe, 32,': a
        definite description by age is the person the text gave that age to before, in apposition to the
        person's name; nothing where no person was given it (no guess by recency)."""
        T = self.T
        for i in range(T.n):
            age = _age_described(self.doc[i])
            if age is None or i in self.token_actor or self.in_quote_at(i):
                continue
            person = self._person_of_age(age, i)
            if person is not None:
                start = self._phrase_start(self.doc[i])
                self.claim(person, start, i + 1)

    def _person_of_age(self, age: str, before: int) -> Optional[_Builder]:
        """The person whose name an earlier apposition gives ``age``: ', 32,' or ', a 45-year-old ...'."""
        T = self.T
        found = None
        for j in range(before):
            if T.text[j] != age or T.dep[j] not in ("appos", "nummod"):
                continue
            named = T.head[j] if T.dep[j] == "appos" else T.head[T.head[j]]  # ', 32,' / ', a 45-year-old X,'
            if T.dep[j] == "nummod":
                described = self.doc[named].head
                while described.dep_ in ("amod", "compound", "npadvmod") and described.head.i != described.i:
                    described = described.head
                named = described.head.i if described.dep_ == "appos" else None
            hit = self.token_actor.get(named) if named is not None else None
            builder = self.builders[hit[0]] if hit else None
            if builder is not None and builder.kind == "person":
                found = builder
        return found

    # ----------------------------------------------------------------- pronouns and definite descriptions
    def coreference(self) -> None:
        """Pronouns and anaphoric nouns outside quotations, in reading order."""
        subject_things: dict[int, _Builder] = {}  # sentence start → the thing its subject names
        subject_persons: dict[int, _Builder] = {}  # sentence start → the person (or one-person role) its subject is
        persons_in: dict[int, bool] = {}  # sentence start → whether a person is named in it
        countries: list[tuple[int, _Builder]] = []
        state_weight: dict[str, int] = {}  # ISO-3 → mentions so far of actors of that state (quotations aside)
        groups: list[_Builder] = []
        outlets: list[_Builder] = []
        documents: dict[str, _Builder] = {}  # document noun → its latest owner ('the EU report' → EU)
        recent_documents: list[tuple[int, _Builder]] = []  # (paragraph, owner) of every owned document
        seen: dict[str, int] = {}  # actor key → the first token of its latest mention
        candidates: list[Candidate] = []  # every referring mention so far, for :func:`choose`
        ordinal, current = -1, -1  # the sentence's number in reading order
        T = self.T
        for i in range(T.n):
            if T.sent[i] != current:
                current, ordinal = T.sent[i], ordinal + 1
            hit = self.token_actor.get(i)
            if hit and hit[1] == i and T.lower[i] in ("his", "her") and T.dep[i] == "poss":
                hit = self._person_owned_role(i, ordinal, candidates) or hit  # 'his government'
            elif hit and hit[1] == i and T.lower[i] in ("its", "their") and T.dep[i] == "poss":
                hit = self._body_owned_role(i, ordinal, candidates) or hit  # 'the party said its leaders'
            if hit and hit[1] == i and outlets:
                hit = self._outlet_described(hit, outlets[-1]) or hit  # 'The newspaper said', read as a role
            if hit:
                builder = self.builders[hit[0]]
                if hit[1] == i:  # first token of a mention
                    seen[builder.key] = i
                    quoted = self.in_quote_at(i)
                    sentence = T.sent[i]
                    if not quoted and builder.country:
                        state_weight[builder.country] = state_weight.get(builder.country, 0) + 1
                    if not quoted:
                        candidate = self._candidate(builder, hit, ordinal)
                        if candidate is not None:
                            candidates.append(candidate)
                    if builder.kind == "person" and not quoted:
                        persons_in[sentence] = True
                        if self._mention_is_subject(hit):
                            subject_persons.setdefault(sentence, builder)
                    elif builder.key.startswith("role:") and not quoted and T.tag[hit[2] - 1] == "NN" \
                            and self._mention_is_subject(hit) and not self._body_role(hit):
                        subject_persons.setdefault(sentence, builder)  # 'The official argued ... He'

                    elif builder.kind in ("country", "organisation", "group", "place"):
                        if not quoted and (not builder.key.startswith("role:") or self._body_role(hit)) and \
                                not self._adjectival(hit) and self._mention_is_subject(hit) and not (
                                    # 'Palestinian homes' are no 'it' (the head's number: 'the Ministry of
                                    # Foreign Affairs' is one body)
                                    builder.kind != "country" and
                                    T.tag[self._mention_head(hit[1], hit[2])] in ("NNS", "NNPS")):
                            # (nor are 'Turkish nationals': a plural); the main verb's subject outranks one in
                            # what it reports ('600 nationals were flown out, the ministry said. It said ...')
                            if self._main_subject(hit):
                                subject_things[sentence] = builder
                            else:
                                subject_things.setdefault(sentence, builder)
                        if builder.kind in ("country", "place"):
                            countries.append((sentence, builder))
                        elif builder.kind in ("group", "organisation"):
                            groups.append(builder)
                            if builder.sector == "MED" and not quoted and \
                                    (not builder.key.startswith("role:") or builder.name[:1].isupper()):
                                outlets.append(builder)  # (a name headed by a role word: 'the Harbour Gazette')
                continue
            if (T.pos[i] not in ("PRON", "NOUN") and not self._lowercase_name(i)) or self.in_quote_at(i):
                continue  # only pronouns and nouns refer back (every rule below asks for one)
            sentence = T.sent[i]
            lower = T.lower[i]
            reporter = self._reporting_subject(i)
            kind = self._anaphor_kind(i)
            if lower in REFLEXIVE_PRONOUNS and T.pos[i] == "PRON" and (chosen := self._reflexive_binder(i)) is not None:
                self.claim(chosen, i, i + 1)  # 'Salas shot himself': bound in its clause
            elif reporter is not None and (lower in PLURAL_PRONOUNS or lower in THING_PRONOUNS | PERSON_PRONOUNS):
                self.claim(reporter, i, i + 1)  # 'The Malian rebels said they would free ...'
            elif lower in PLURAL_PRONOUNS and T.pos[i] == "PRON" and self._actor_reference(i) and \
                    (chosen := self._antecedent(i, ordinal, candidates)) is not None:
                self.claim(chosen, i, i + 1)
            elif lower in PERSON_PRONOUNS and T.pos[i] == "PRON" and (chosen := self._cataphor(self.doc[i])) is not None:
                self.claim(chosen, i, i + 1)  # 'Before handing the party to his deputy, Mendes ...'
            elif lower in PERSON_PRONOUNS and T.pos[i] == "PRON" and \
                    (chosen := self._previous_role_subject(i, subject_persons, persons_in) or
                     self._antecedent(i, ordinal, candidates)) is not None:
                self.claim(chosen, i, i + 1)
            elif lower in THING_PRONOUNS and T.pos[i] == "PRON" and self._actor_reference(i) and \
                    not self._act_nearer(i) and (chosen := self._previous_subject(i, subject_things) or
                     self._antecedent(i, ordinal, candidates)) is not None:
                self.claim(chosen, i, i + 1)
            elif kind is not None:
                target = None
                if kind == "country":
                    in_sentence = {b.key for s, b in countries if s == sentence}
                    target = self._speaker_state(i)  # 'Chile's foreign ministry said the country would ...'
                    stateless = target is None and self._stateless_official_speaker(i)
                    if target is None and not stateless:
                        target = _salient_state(countries, in_sentence, state_weight)
                elif kind == "group" and (named := self._head_namesake(i)) is not None and \
                        T.lemma[i] in word_classes()["@classifiers"]:
                    target = named  # 'The M23 group ... the group': the body that called itself so, not the latest
                elif kind == "group" and (bodies := self._bodies(groups)) and self._near(seen[bodies[-1].key], i):
                    target = bodies[-1]
                elif kind == "agency" and (bodies := self._agencies(groups, T.lemma[i])) and \
                        self._near(seen[bodies[-1].key], i) and \
                        (T.lemma[i] in bodies[-1].name.lower().split() or not self._uncoded_namesake(i)):
                    target = bodies[-1]  # 'the agency': a named body, a state's own included
                    headed = self._head_namesake(i)
                    if headed is not None and headed is not target and \
                            max(s for s, _ in headed.mentions if s < i) > seen[target.key]:
                        target = headed  # ('the WFP sent rice ... the national weather agency ... the agency said':
                        # the body the noun itself named, later)
                elif kind == "namesake" and (bodies := self._namesakes(groups, T.lemma[i])) and \
                        self._near(seen[bodies[-1].key], i):
                    target = bodies[-1]  # 'the society' after the Law Society of Kenya: only a body so named
                elif kind == "namesake" and (named := self._head_namesake(i)) is not None:
                    target = named  # "Zimbabwe's central bank ... the bank": a body this noun heads
                elif kind == "namesake" and (member := self._member_by_role(i, seen)) is not None:
                    target = self.builder(f"role:{member.country or ''}:{T.lemma[i]}", name=T.lemma[i],
                                          kind="group", country=member.country, sector=member.sector)
                elif kind == "bloc" and (blocs := [b for b in groups if (b.code or "").startswith("IGO")]) and \
                        self._near(seen[blocs[-1].key], i):
                    target = blocs[-1]  # 'the bloc', 'the alliance': an international organisation
                elif kind == "outlet" and outlets:
                    target = outlets[-1]
                elif kind == "document":
                    paragraph = self._paragraph(i)
                    target = documents[T.lemma[i]] if T.lemma[i] in documents else next(
                        (b for p, b in reversed(recent_documents) if paragraph - p <= 1), None)
                if target is not None:
                    det = next(c for c in T.children(i) if T.dep[c] == "det")
                    self.claim(target, min(det, i), i + 1)
                    if T.dep[i] == "poss" and kind != "country":
                        self._description_owned_role(i, target)  # "the group's Europe director"
                    if kind != "country" and self.token_actor.get(i, ("",))[0] == target.key and \
                            T.dep[i] in ("nsubj", "nsubjpass"):
                        subject_things.setdefault(sentence, target)
            elif (crowd := self._people_described(i, groups, seen)) is not None:
                self.claim(crowd, i - 1, i + 1)  # '14 Chinese nationals were deported ... The men had entered'
            elif (namesake := self._head_namesake(i)) is not None:  # 'electoral commission ... the
                self.claim(namesake, i - 1, i + 1)  # commission said': the body whose phrase the noun heads
                if T.dep[i] in ("nsubj", "nsubjpass"):
                    subject_things.setdefault(sentence, namesake)
            resolved = self.token_actor.get(i)
            if resolved is not None and resolved[2] == i + 1 and T.pos[i] == "PRON" and lower in PRONOUN_GENDERS:
                candidates[:] = self._told_gender(self.builders[resolved[0]], PRONOUN_GENDERS[lower], candidates)
            if resolved is not None and resolved[2] == i + 1:  # a pronoun or description resolved just now
                candidate = self._candidate(self.builders[resolved[0]], resolved, ordinal)  # keeps its actor salient
                if candidate is not None:
                    candidates.append(candidate)
            if T.pos[i] == "NOUN" and self.dictionary.anaphors.get(T.lemma[i]) == "document":
                owner = self._document_owner(self.doc[i])
                if owner is not None:  # 'A European Union report says', 'the embassy's website said'
                    documents[T.lemma[i]] = owner
                    recent_documents.append((self._paragraph(i), owner))
                    if T.dep[i] in ("nsubj", "nsubjpass") and not self.in_quote_at(i):
                        subject_things.setdefault(sentence, owner)  # '... It says': the report's owner
                elif self._new_document(self.doc[i]):
                    documents[T.lemma[i]] = None  # 'A report by a group no table knows': 'the report' is
                    # that one, not another body's statement of the paragraph before

    def agent_nouns(self) -> None:
        """'Gunmen attacked a police post ... soldiers killed two of the attackers': a definite agent noun
        derived from a verb ('attacker' of attack, 'kidnapper' of kidnap, 'assailant' of assail; a noun of the
        @attackers class of any verb of armed attack: 'jihadists stormed ... the assailants') with no
        words of its own naming a side refers back to who did that act in the last three sentences: the
        verb's subject, or its passive's 'by' agent, where that is an actor. Runs after :meth:`coreference`,
        so a pronoun subject ('They stormed ...', then 'the raiders') is already resolved."""
        T, doc = self.T, self.doc
        for i in range(T.n):
            if T.pos[i] != "NOUN" or T.tag[i] not in ("NN", "NNS") or self.in_quote_at(i):
                continue
            verbs, window = agent_verbs(T.lemma[i]), 2
            if T.lemma[i] in word_classes()["@attackers"]:  # 'the assailants', 'the gunmen': of any armed attack
                verbs = verbs | word_classes()["@attack_verbs"]
            if T.lemma[i] in ORGANISER_NOUNS and any(
                    T.dep[c] == "prep" and T.lower[c] == "of" and any(
                        T.dep[g] == "pobj" and T.lemma[g] in word_classes()["@dissent"] for g in T.children(c))
                    for c in T.children(i)):
                verbs, window = verbs | DISSENT_VERBS, PROTEST_WINDOW  # 'the organisers of the protests': who
                # protested, marched or rallied, told in the story's earlier paragraphs
            if not verbs:
                continue
            children = T.children(i)
            if not any(T.dep[c] == "det" and T.lower[c] in ("the", "these", "those") for c in children) \
                    or any(T.dep[c] in ("amod", "compound", "poss", "nmod", "nummod") for c in children):
                continue
            held = self.token_actor.get(i)
            if held is not None and (not held[0].startswith("role:") or self.builders[held[0]].country):
                continue
            doer = self._doer_of(verbs, i, window)
            if doer is None and T.lemma[i] in word_classes()["@attackers"] | word_classes()["@unaffiliated"]:
                doer = self._latest_armed_band(i, held[0] if held is not None else None)
            if doer is None:
                continue
            det = min(c for c in children if T.dep[c] == "det")
            for j in range(det, i + 1):
                self.token_actor.pop(j, None)
            self.claim(doer, det, i + 1)

    def _doer_of(self, verbs: set[str], i: int, sentences: int = 2) -> Optional[_Builder]:
        """The actor that did the latest act of one of ``verbs`` before token ``i``, in its sentence or the
        ``sentences`` before."""
        T = self.T
        ordinal = self._sentence_number(i)  # (which builds the table of sentence starts read next)
        first = self._sentence_starts[max(0, ordinal - sentences)]
        governing, node = set(), i  # ('soldiers killed six of the attackers': not the killing the noun is in)
        while T.head[node] != node:
            node = T.head[node]
            governing.add(node)
        for j in range(i - 1, first - 1, -1):
            if T.pos[j] != "VERB" or T.lemma[j] not in verbs or self.in_quote_at(j) or j in governing:
                continue
            children = T.children(j)
            doers = [c for c in children if T.dep[c] == "nsubj"] + \
                [p for a in children if T.dep[a] == "agent" for p in T.children(a) if T.dep[p] == "pobj"]
            doers += [p for d in doers for o in T.children(d) if T.dep[o] == "prep" and T.lower[o] == "of"
                      for p in T.children(o) if T.dep[p] == "pobj"]  # 'hundreds of students'
            if T.dep[j] == "relcl":  # 'X claimed responsibility for a bombing that killed ...': X did it
                doers += self._responsibility_claimers(T.head[j])
            for doer in doers:
                hit = self.token_actor.get(doer)
                if hit is not None and self.builders[hit[0]].kind != "place":
                    return self.builders[hit[0]]
        return None

    def _latest_armed_band(self, i: int, own: Optional[str], sentences: int = 8) -> Optional[_Builder]:
        """The armed band of no named side the story named last before token ``i``, in its sentence or the
        ``sentences`` before, where it did no act 'the gunmen' could name ('a policeman was killed in a gunfight
        with armed men ... three of the gunmen were killed'): a group whose role is one of the @attackers or
        @unaffiliated nouns, or an 'armed' group; else None."""
        T = self.T
        ordinal = self._sentence_number(i)
        first = self._sentence_starts[max(0, ordinal - sentences)]
        kinds = word_classes()["@attackers"] | word_classes()["@unaffiliated"]
        best: Optional[tuple[int, _Builder]] = None
        for builder in self.builders.values():
            role = (builder.role or "").split()
            if builder.kind != "group" or not role or builder.key == own:
                continue
            if not (role[-1] in kinds or role[0] == "armed"):
                continue
            starts = [s for s, e in builder.mentions if first <= s and e <= i - 1 and not self.in_quote_at(s)]
            if starts and (best is None or max(starts) > best[0]):
                best = (max(starts), builder)
        return best[1] if best is not None else None

    def _responsibility_claimers(self, noun: int) -> list[int]:
        """The subject of the verb by which a party claims the act a noun names as its own: 'X claimed
        responsibility for the bombing' (the parser may hang 'for' on the verb)."""
        T = self.T
        prep = T.head[noun]
        if T.dep[noun] != "pobj" or T.lower[prep] != "for":
            return []
        verb = T.head[prep]
        if T.lemma[verb] == "responsibility":
            verb = T.head[verb]
        elif not any(T.dep[c] == "dobj" and T.lemma[c] == "responsibility" for c in T.children(verb)):
            return []
        if T.lemma[verb] not in word_classes()["@claiming"] or any(T.dep[c] == "neg" for c in T.children(verb)):
            return []
        return [c for c in T.children(verb) if T.dep[c] == "nsubj"]

    def _person_owned_role(self, i: int, ordinal: int, candidates: list[Candidate]) -> Optional[tuple[str, int, int]]:
        """'He said his government had protested', 'Ruiz and her ministers': a role phrase owned by a person
        pronoun (token ``i``) that names no state is of the state of the person the pronoun refers to (a
        reported clause's owner is the reporting verb's subject, else the agreement and salience model
        chooses). The mention moves to that state's role; returns its new (key, start, end), or None."""
        key, start, end = self.token_actor[i]
        role = self.builders[key]
        if key.startswith("person:") and role.role and role.role.split()[-1] in VOICE_ROLES and not role.code:
            # 'His spokesman, Dennis Onyango, said': one who speaks for a person is of that person's state and
            # sector ('Opposition leader X ... His spokesman': the opposition's, not the government's)
            owner = self._antecedent(i, ordinal, candidates)
            if owner is not None and owner.kind == "person" and owner.country:
                role.country, role.sector = owner.country, owner.sector or role.sector
            return None
        if not key.startswith("role:") or role.country or role.code or not role.role or _other_side(role):
            return None  # ('his counterpart' is of the other state)
        owner = self._reporting_owner(i) or self._antecedent(i, ordinal, candidates)
        if owner is None or owner.kind != "person" or not owner.country:
            return None
        new_key = f"role:{owner.country}:{role.role}" + (":one" if key.endswith(":one") else "")
        return self._move_role(i, new_key, owner.country, role.sector)

    def _body_owned_role(self, i: int, ordinal: int, candidates: list[Candidate]) -> Optional[tuple[str, int, int]]:
        """'The party said police had raided the homes of its leaders': a members' role (leaders, officials,
        members) owned by 'its' or 'their' that refers to a party, group or other non-state body is that
        body's people, in its sector and state, not the government the role alone would name."""
        key, start, end = self.token_actor[i]
        role = self.builders[key]
        named = key.startswith("person:") and role.kind == "person"  # 'Its secretary general, Davji Atellah'
        if not (key.startswith("role:") or named) or role.code or not role.role or \
                role.role.split()[-1] not in MEMBER_ROLES:
            return None
        owner = self._antecedent(i, ordinal, candidates)
        if owner is None or owner.kind not in ("organisation", "group") or not owner.sector or \
                owner.sector in STATE_ORGANS or owner.sector in ("IGO", "MED"):
            return None
        country = owner.country or role.country
        if named:  # the person keeps the mention, as the body's officer
            role.country, role.sector = country, owner.sector
            return None
        return self._move_role(i, f"role:{country or ''}:{owner.sector}:{role.role}", country, owner.sector)

    def _description_owned_role(self, i: int, owner: _Builder) -> None:
        """"The group's Europe director said": a role owned by a description (token ``i``) that refers back to a
        body is that body's officer, with its code (as 'Amnesty International's director' is), not the
        government's the role alone would name."""
        hit = self.token_actor.get(self.T.head[i])
        role = self.builders[hit[0]] if hit is not None else None
        if role is not None and role.kind == "person" and hit[0].startswith("person:") and not role.code and \
                (role.role or "").split(" ")[-1] in MEMBER_ROLES and self.T.lemma[self.T.head[i]] in MEMBER_ROLES \
                and owner.kind in ("organisation", "group") and (owner.sector or "")[:3] in OFFICER_BODY_SECTORS:
            role.sector, role.country = owner.sector, owner.country or role.country  # ("the group's director,
            return  # X": the charity's, not the government's a bare 'director' would name)
        if role is None or not hit[0].startswith("role:") or role.code or not role.role or \
                not owner.code or owner.kind not in ("organisation", "group"):
            return
        if role.country and not owner.code.startswith(("IGO", "NGO")):
            return  # (an international body's officer 'for Senegal' is the body's: 'the fund's mission chief for X')
        code = officer_code(owner.code, role.sector)
        one = ":one" if hit[0].endswith(":one") else ""
        moved = self._move_role(self.T.head[i], f"role:{code}:{role.role}{one}", owner.country, role.sector)
        if moved is not None:
            self.builders[moved[0]].code = code

    def _move_role(self, i: int, new_key: str, country: Optional[str], sector: Optional[str]) -> tuple[str, int, int]:
        """Move the role mention at token ``i`` to the role actor ``new_key`` of that state and sector (made
        if new); returns the mention's new (key, start, end)."""
        key, start, end = self.token_actor[i]
        role = self.builders[key]
        owned = self.builder(new_key, name=role.name, kind=role.kind, country=country, sector=sector, role=role.role)
        self.release((key, start, end))
        self.claim(owned, start, end)
        return self.token_actor.get(i)

    def _reporting_owner(self, i: int) -> Optional[_Builder]:
        """The reporting verb's subject, for a possessive in the subject of the clause it reports ('Ali said
        his government had ...'), when that subject is a person already resolved."""
        noun = self.doc[i].head
        clause = noun.head
        if noun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
            return None
        subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        hit = self.token_actor.get(subject.i) if subject is not None else None
        owner = self.builders[hit[0]] if hit else None
        return owner if owner is not None and owner.kind == "person" else None

    def _candidate(self, builder: _Builder, hit: tuple[str, int, int], ordinal: int) -> Optional[Candidate]:
        """A mention as a possible antecedent, with its agreement and salience features; None for one that
        only describes ('Ukrainian positions') or a place that is only a setting ('in Cauca')."""
        T, start, end = self.T, hit[1], hit[2]
        if self._adjectival(hit):
            craft = T.head[start]  # 'two Philippine vessels ... after they intruded': the state's craft are it
            if T.dep[start] in ("amod", "compound") and T.tag[craft] == "NNS" and \
                    T.lemma[craft] in word_classes()["@craft"] and builder.kind == "country":
                return Candidate(builder.key, start, ordinal, self._paragraph(start), "thing", "pl", None,
                                 T.dep[craft] in ("nsubj", "nsubjpass"))
            return None
        if T.pos[start] == "PRON":  # a pronoun already resolved: its own number
            number = "pl" if T.lower[start] in PLURAL_PRONOUNS else "sg"
        elif builder.kind == "person":
            number = "sg"  # 'Mendes' may be tagged as a plural
        elif T.tag[self._mention_head(start, end)] in ("NNS", "NNPS"):  # 'rebels'; a state's plural name or
            # people is either
            number = "any" if builder.kind in ("country", "place") else "pl"  # ('the Philippines', 'Israelis')
        else:
            number = "sg"
        if builder.kind == "person":
            kind, gender = "person", person_gender(builder.name, builder.role)
            gender = gender[0] if gender else self.told_genders.get(builder.key)
        elif T.pos[start] == "PRON" and T.lower[start] in PERSON_PRONOUNS and end == start + 1:
            return None  # ('his' of a role read as a person: no antecedent of a later 'it')
        elif builder.kind in ("country", "organisation", "group") or \
                builder.kind == "place" and builder.sector == "GOV" and not self._setting(end - 1):
            kind, gender = "thing", None  # (a capital stands for its government, but not where it is a setting)
        else:
            return None
        return Candidate(builder.key, start, ordinal, self._paragraph(start), kind, number, gender,
                         self._mention_is_subject(hit), self._main_subject(hit), self._postposed_report(hit))

    def _told_gender(self, builder: _Builder, gender: str, candidates: list[Candidate]) -> list[Candidate]:
        """'Kadri Saar said ... "...," she said': a person whose name and title give no gender takes that of
        the first 'he' or 'she' resolved to them, so that a later 'him' is not theirs. The candidates so far
        learn it too."""
        if builder.kind != "person" or builder.key in self.told_genders or person_gender(builder.name, builder.role):
            return candidates
        self.told_genders[builder.key] = gender
        return [replace(c, gender=gender) if c.key == builder.key and c.kind == "person" else c for c in candidates]

    def _body_role(self, hit: tuple[str, int, int]) -> bool:
        """Whether a role phrase names a body, not a person ('the foreign ministry', 'the national police',
        word class @bodies): an 'it' afterwards, never a 'he'."""
        head, bodies = self._mention_head(hit[1], hit[2]), word_classes()["@bodies"]
        return self.T.lemma[head] in bodies or self.T.lower[head] in bodies

    def _mention_head(self, start: int, end: int) -> int:
        """The head word of a mention, whose number is the mention's: 'Ministry' in 'the Ministry of Foreign Affairs'
        (not 'Affairs'), the last word of a plain name."""
        T = self.T
        heads = [i for i in range(start, end) if not start <= T.head[i] < end or T.head[i] == i]
        return heads[0] if len(heads) == 1 else end - 1

    def _postposed_report(self, hit: tuple[str, int, int]) -> str:
        """'speaker' for the subject of a root speech verb that follows what it reports ('X faces charges, her
        lawyer said'), 'topic' for the subject of that report's clause, '' for other mentions."""
        T = self.T
        for i in range(hit[1], hit[2]):
            if T.dep[i] not in ("nsubj", "nsubjpass") or hit[1] <= T.head[i] < hit[2]:
                continue
            verb = T.head[i]
            if T.dep[verb] == "ROOT" and self._postposed_cue(verb) or self._asyndetic_cue(verb):
                return "speaker"
            if T.dep[verb] == "ccomp" and T.dep[T.head[verb]] == "ROOT" and verb < T.head[verb] and \
                    self._postposed_cue(T.head[verb]):
                return "topic"
            if T.dep[verb] == "ROOT" and any(self._asyndetic_cue(c) for c in T.children(verb)):
                return "topic"
        return ""

    def _postposed_cue(self, verb: int) -> bool:
        T = self.T
        return T.lemma[verb] in speech_cue_classes() and any(T.dep[c] == "ccomp" and c < verb for c in T.children(verb))

    def _asyndetic_cue(self, verb: int) -> bool:
        """A speech verb the parser conjoins, with no 'and', to the main verb of what it reports ('X faces
        charges, her lawyer told reporters': 'told' read as the conjunct of 'faces')."""
        T = self.T
        head = T.head[verb]
        return T.dep[verb] == "conj" and T.dep[head] == "ROOT" and head < verb and \
            T.lemma[verb] in speech_cue_classes() and \
            not any(T.dep[c] == "cc" and head < c < verb for c in T.children(head))

    def _setting(self, head: int) -> bool:
        """Whether a name is the object of a place preposition ('talks in Pretoria', 'arrived at Doha'):
        where something happens, not who acts, so no later pronoun refers to it."""
        T = self.T
        return T.dep[head] == "pobj" and T.lower[T.head[head]] in PLACE_PREPS

    def _antecedent(self, i: int, ordinal: int, candidates: list[Candidate]) -> Optional[_Builder]:
        """The actor pronoun ``i`` refers to, by :func:`dyad.actors.antecedents.choose`."""
        if self.T.lower[i] in ("their", "theirs", "themselves") and self._coordinated_clause_subject(i):
            return None  # 'Chile and Peru agreed to withdraw troops from their border': both of them, whom no one
            # actor stands for (not the troops, the plural noun before)
        barred = self._clause_subject(i) | self._coordinated_reporters(i)
        demander = self._mandated(self.doc[i])
        if demander is not None:
            barred |= {demander}
        barred |= self._harmers(i)  # 'an Israeli strike that killed two of its fighters': not Israel's
        if self._held_patient(i):  # 'they had been arrested': not the police or authorities who arrest
            barred |= {c.key for c in candidates if self.builders[c.key].sector in HOLDING_SECTORS
                       and self.builders[c.key].kind != "person"}  # (a former minister may be jailed)
        if self.T.dep[i] == "poss" and self.T.lemma[self.T.head[i]] in LEADING_ROLES:
            # 'The court dissolved the party ... Its former leader': a court has no leader
            barred |= {c.key for c in candidates if self.builders[c.key].kind != "country" and
                       (self.builders[c.key].sector or "")[:3] in LEADERLESS_SECTORS}
        speaks = self.T.dep[i] in ("nsubj", "nsubjpass") and self.T.lemma[self.T.head[i]] in speech_cue_classes()
        owner = self.T.head[i]
        of_speaker = self.T.dep[i] == "poss" and self._postposed_report(("", owner, owner + 1)) == "speaker"
        pronoun = Pronoun(self.T.lower[i], i, ordinal, self._paragraph(i), barred, speaks, of_speaker,
                          self._adjacent_reporter(i, candidates))
        chosen = choose(pronoun, candidates)
        if chosen is None and self.T.lower[i] in PERSON_PRONOUNS:  # (a role of the paragraph, just before)
            chosen = choose(pronoun, [self._as_person(c) for c in candidates
                                      if c.paragraph == pronoun.paragraph and pronoun.sentence - c.sentence <= 1])
        return self.builders[chosen.key] if chosen is not None else None

    def _adjacent_reporter(self, i: int, candidates: list[Candidate]) -> Optional[str]:
        """The actor whose reported clause pronoun ``i`` stands in, where no other actor is named between the
        two ('Karimi said his country ...'; not 'Karimi said Morales had lost his seat')."""
        subject = self._report_speaker(i)
        hit = self.token_actor.get(subject.i) if subject is not None else None
        if hit is None:
            return None
        after = self.doc[i].sent.start if hit[1] > i else hit[2]  # (a speaker told after the report: 'X faces
        # charges over a speech she gave, the lawyer said' — X is named between)
        if any(after <= c.start < i and c.key != hit[0] for c in candidates):
            return None
        return hit[0]

    def _as_person(self, candidate: Candidate) -> Candidate:
        """A singular role with no name as a person ('police arrested a former army commander ... the court
        remanded him'), for a person pronoun no named person fits; other candidates as they are."""
        builder = self.builders[candidate.key]
        end = next((e for s, e in builder.mentions if s == candidate.start), None)
        if builder.kind == "person" or not builder.key.startswith("role:") or end is None or \
                self.T.tag[end - 1] != "NN" or not builder.role or builder.role.split()[-1] in COLLECTIVE_HEADS:
            return candidate
        gender = person_gender(builder.name, builder.role)
        return replace(candidate, kind="person", gender=gender[0] if gender else None)

    def _mandated(self, pronoun: Token) -> Optional[str]:
        """For the subject pronoun of a mandative 'that' clause ('London demanded that it release the ship',
        the verb in the base form), the actor key of the one demanding, who is not the one to act."""
        clause = pronoun.head
        if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp" or clause.tag_ not in ("VB", "VBP") or \
                clause.head.lemma_.lower() not in MANDATIVE_VERBS:
            return None
        subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        hit = self.token_actor.get(subject.i) if subject is not None else None
        return hit[0] if hit is not None else None

    def _held_patient(self, i: int) -> bool:
        """Whether pronoun ``i`` is the one an act of holding is done to: the subject of its passive ('they had
        been detained', 'he was jailed') or the object of its active or of a release ('release them'). The
        organs that hold people are no antecedent of it."""
        T = self.T
        part = self._of_phrase_head(i)
        if part is not None:
            i = part  # 'released four of them': the part stands where the pronoun would
        lemma = T.lemma[T.head[i]]
        agent = implicit_agents().get(lemma)
        holding = agent is not None and agent.sector in HOLDING_SECTORS
        if T.dep[i] == "nsubjpass":  # (also of a passive conjoined: 'they were questioned and charged')
            return holding or any(T.dep[c] == "conj" and T.tag[c] == "VBN" and (a := implicit_agents().get(T.lemma[c]))
                                  is not None and a.sector in HOLDING_SECTORS for c in T.children(T.head[i]))
        return T.dep[i] == "dobj" and (holding or lemma in RELEASING_VERBS)

    def _harmers(self, i: int) -> frozenset[str]:
        """For a possessive pronoun in the object of a verb of attack ('killed two of its fighters', 'shelled its
        positions'), the actor who attacks: the verb's subject, or the owner or national adjective of a subject
        that names the act ('an Israeli strike killed its fighters', also through a relative clause: 'a strike
        that killed its fighters'). One does not attack one's own."""
        T = self.T
        if T.dep[i] != "poss":
            return frozenset()
        owned = T.head[i]
        part = self._of_phrase_head(owned)
        verb = T.head[part if part is not None else owned]
        trespass = T.lemma[verb] in TRESPASS_VERBS and T.lemma[owned] in TERRITORY_NOUNS
        if T.dep[part if part is not None else owned] != "dobj" or \
                not (T.lemma[verb] in word_classes()["@attack_verbs"] or trespass):
            return frozenset()  # (nor does one violate one's own airspace: 'X's jets violated its airspace')
        subject = next((c for c in T.children(verb) if T.dep[c] == "nsubj"), None)
        if subject is None:
            return frozenset()
        if T.lower[subject] in ("that", "which") and T.dep[verb] == "relcl":
            subject = T.head[verb]  # ('a strike that killed ...': the noun it describes)
        doers = [subject] + [c for c in T.children(subject) if T.dep[c] in ("amod", "poss", "compound")]
        keys = {hit[0] for d in doers if (hit := self.token_actor.get(d)) is not None}
        # ... and the body whose people the subject names ('RSF fighters shelled its positions': not the RSF's),
        # and the state whose organ the subject is ('Russian warplanes violated its airspace': not Russia's; a
        # state's rebels may well attack its army)
        states = {f"country:{b.country}" for k in keys if (b := self.builders[k]).country and
                  (b.sector or "")[:3] in STATE_ARM_SECTORS}
        return frozenset(keys | states | {self.builders[k].body for k in keys if self.builders[k].body})

    def _reflexive_binder(self, i: int) -> Optional[_Builder]:
        """The actor a reflexive object refers to: the subject of its clause, or of the clause governing a
        participle or infinitive with none of its own ('Salas shot himself', 'the army said it had acted to
        defend itself'; binding: a reflexive is bound in its clause). None where that subject is no actor or
        does not agree ('himself' a person, 'itself' none, 'themselves' a plural)."""
        T = self.T
        subject = self._governing_subject(i)
        hit = self.token_actor.get(subject) if subject is not None else None
        binder = self.builders[hit[0]] if hit else None
        if binder is None or (T.lower[i] in ("himself", "herself")) != (binder.kind == "person") or \
                T.lower[i] == "themselves" and T.tag[subject] not in ("NNS", "NNPS") and \
                T.lower[subject] != "they" and not any(T.dep[c] == "conj" for c in T.children(subject)):
            return None
        return binder

    def _coordinated_clause_subject(self, i: int) -> bool:
        """Whether the clause a word stands in (up through infinitives and participles without a subject of
        their own) has for its subject two or more actors joined by 'and' ('Chile and Peru agreed to ...')."""
        T = self.T
        verb = i
        for _ in range(8):  # up to the clause's verb
            if T.pos[verb] in ("VERB", "AUX") or T.head[verb] == verb:
                break
            verb = T.head[verb]
        subject = self._subject_up_from(verb)
        if subject is None:
            return False
        held = self.token_actor.get(subject)
        others = [self.token_actor.get(c) for c in T.children(subject) if T.dep[c] == "conj"]
        return held is not None and any(o is not None and o[0] != held[0] for o in others)

    def _governing_subject(self, i: int) -> Optional[int]:
        """The subject of the clause an object pronoun at token ``i`` is in, or of the clause governing a
        participle or infinitive with none of its own (up through 'advcl', 'xcomp' and 'conj', four at most)."""
        T = self.T
        return self._subject_up_from(T.head[i] if T.dep[i] != "pobj" else T.head[T.head[i]])

    def _subject_up_from(self, verb: int) -> Optional[int]:
        """The subject of ``verb``'s clause, or of the clause governing it where it has none of its own (up through
        'advcl', 'xcomp' and 'conj', four at most); None past that."""
        T = self.T
        for _ in range(4):
            subject = next((c for c in T.children(verb) if T.dep[c] in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return subject
            if T.dep[verb] not in ("advcl", "xcomp", "conj") or T.head[verb] == verb:
                return None
            verb = T.head[verb]
        return None

    def _clause_subject(self, i: int) -> frozenset[str]:
        """For a non-reflexive object pronoun, the actor its clause's subject is, and that actor's state (binding:
        'He thanked him', 'Manila accused them' is no accusation of the Philippines,
        'Chile expelled diplomats, accusing them' — the subject of a participle or infinitive with none of
        its own is its governing clause's); empty for subjects and possessives."""
        T = self.T
        if T.dep[i] not in ("dobj", "dative", "pobj", "iobj"):
            return frozenset()
        subject = self._governing_subject(i)
        hit = self.token_actor.get(subject) if subject is not None else None
        if not hit:
            return frozenset()
        state = self.builders[hit[0]].country  # ('Manila accused them': nor the Philippines itself)
        return frozenset([hit[0]] + [b.key for b in self.builders.values() if b.kind == "country" and
                                     state and b.country == state])

    def _coordinated_reporters(self, i: int) -> frozenset[str]:
        """For a singular subject pronoun of a reported clause whose reporters are coordinated ('France and
        Germany said it violated ...'), those reporters: one of two speakers is not 'it'."""
        T = self.T
        if T.dep[i] not in ("nsubj", "nsubjpass") or T.lower[i] not in ("it", "he", "she") or \
                T.dep[T.head[i]] != "ccomp":
            return frozenset()
        governor = T.head[T.head[i]]
        subject = next((c for c in T.children(governor) if T.dep[c] in ("nsubj", "nsubjpass")), None)
        if subject is None or not any(T.dep[c] == "conj" for c in T.children(subject)):
            return frozenset()
        conjuncts = [subject] + [c for c in T.children(subject) if T.dep[c] == "conj"]
        return frozenset(self.token_actor[c][0] for c in conjuncts if c in self.token_actor)

    def _of_phrase_head(self, i: int) -> Optional[int]:
        """For a pronoun in an 'of' phrase ('four of them', 'most of them'), the word the phrase hangs on;
        None for a pronoun elsewhere."""
        T = self.T
        return T.head[T.head[i]] if T.dep[i] == "pobj" and T.lower[T.head[i]] == "of" else None

    def _actor_reference(self, i: int) -> bool:
        """Whether an 'it' or 'they' can name an actor: a possessive, a subject, an object that a
        complement describes ('accused them of', 'urged it to'), or 'them' as the object of an act of force
        or custody done to persons (@hands_on: arresting, dispersing, attacking, freeing) or aimed at them
        ('threw stones at them'). Other objects mostly mean things and claims ('denied it', 'seized weapons and
        destroyed them'), which are no candidates, so the nearest agreeing actor would be a wrong guess."""
        T = self.T
        if T.lower[i] == "it" and T.dep[i] == "nsubj" and self._names_a_happening(T.head[i]):
            return False  # 'It was the third such exchange this year': the event told, no actor
        if T.lower[i] in ("it", "its") and self._speakers_topic(i):
            return False  # 'Supporters of the bill said it protected family values': the bill
        if T.lower[i] in ("its", "their") or T.dep[i] in ("nsubj", "nsubjpass"):
            return True
        part = self._of_phrase_head(i)
        if part is not None and part != T.head[i] and (T.pos[part] == "NUM" or T.lower[part] in PARTITIVE_QUANTIFIERS):
            whole = T.head[part]
            if T.dep[part] == "appos" and T.pos[whole] in ("NOUN", "PROPN") and whole not in self.token_actor:
                return False  # 'rescued 104 survivors, most of them from Syria': the noun it stands beside
            return True  # 'released four of them', 'most of them were freed': part of a group of people
        if T.dep[i] == "pobj" and T.lower[i] == "them" and T.lower[T.head[i]] == "at" and \
                T.lemma[T.head[T.head[i]]] in AIMING_VERBS:
            return True  # 'protesters threw stones at them', 'fired at them': aimed at people
        if T.dep[i] != "dobj":
            return False
        verb = T.head[i]
        if T.lower[i] == "them" and T.lemma[verb] in word_classes()["@hands_on"]:
            return True  # 'fired tear gas to disperse them', 'arrested them', 'freed them': acts done to persons
        return any(T.dep[c] in ("xcomp", "ccomp") or T.dep[c] == "prep" and T.lower[c] in ("of", "for") and c > i
                   for c in T.children(verb))

    def _speakers_topic(self, i: int) -> bool:
        """Whether 'it' in what a speaker says stands for the thing the speaker is named by: in 'Critics of the
        law say it is vague', 'Opponents of the plan said its cost was too high' the speaker's phrase names a
        singular thing no actor holds ('the law'), which the pronoun takes up."""
        T = self.T
        clause = T.head[i] if T.dep[i] in ("nsubj", "nsubjpass") else T.head[T.head[i]] if T.dep[i] == "poss" else None
        for _ in range(2):  # ('said its cost was': through the possessed subject)
            if clause is None or T.dep[clause] == "ccomp":
                break
            clause = T.head[clause] if T.dep[clause] in ("nsubj", "nsubjpass") else None
        if clause is None or T.dep[clause] != "ccomp" or T.lemma[T.head[clause]] not in speech_cue_classes():
            return False
        cue = T.head[clause]
        speakers = [c for c in T.children(cue) if T.dep[c] == "nsubj"]
        topics = [o for s in speakers for p in T.children(s) if T.dep[p] == "prep" and T.lower[p] == "of"
                  for o in T.children(p) if T.dep[o] == "pobj"]
        return any(T.pos[o] == "NOUN" and T.tag[o] == "NN" and o not in self.token_actor for o in topics)

    def _names_a_happening(self, verb: int) -> bool:
        """Whether a copula's complement is an event or a happening ('was the fifth exchange', 'is the first
        such visit', 'was the deadliest attack'): its subject then stands for what the text just told."""
        T = self.T
        if T.lemma[verb] != "be":
            return False
        nominals, happenings = verb_lexicon().nominals, word_classes()["@happenings"]
        return any(T.dep[c] == "attr" and T.pos[c] == "NOUN" and
                   (T.lemma[c] in nominals or T.lemma[c] in happenings or T.lemma[c] == "time") for c in T.children(verb))

    @staticmethod
    def _bodies(groups: list) -> list:
        """What 'the group', 'the organisation' may refer back to, in text order: bodies other than a state's
        organs (no ministry, army or police is 'the group'; a named armed group is, whatever its sector: a
        paramilitary force or a private army; no news outlet), named ones where there are any ('Human Rights
        Watch urged ... to free the bloggers. "...," the group said': the watchdog, not the bloggers)."""
        bodies = [b for b in groups if b.sector != "MED" and (  # (an outlet is 'the newspaper', not 'the group')
            b.sector not in STATE_ORGANS or (b.kind == "group" and b.key.startswith("entry:")))]
        named = [b for b in bodies if not b.key.startswith("role:")]
        return named or bodies

    def _head_namesake(self, i: int) -> Optional[_Builder]:
        """'Kenya's electoral commission declared the result ... The commission said': a bare definite
        description ('the' and a singular noun, nothing else but a possessive ending: "the faction's commander",
        outside quotations) whose noun heads a body's
        mention in this paragraph or the two before is that body, the latest so mentioned (strict head match)."""
        T = self.T
        if T.pos[i] != "NOUN" or T.tag[i] != "NN" or i in self.token_actor or i == 0 or T.lower[i - 1] != "the" or \
                T.head[i - 1] != i or len(T.children(i)) > 1 and any(
                    T.dep[c] not in ("det", "prep", "relcl", "acl", "punct", "case") for c in T.children(i)) or \
                any(T.dep[c] == "prep" and T.lower[c] in ("of", "for") for c in T.children(i)) or self.in_quote_at(i):
            return None
        latest, found = -1, None
        for builder in self.builders.values():
            if builder.kind not in ("organisation", "group") or not (builder.code or builder.country or builder.sector):
                continue  # (a role body's state may come only later: 'The doctors' union ... the union said')
            for start, end in builder.mentions:
                if latest < start and end <= i and self._heads_mention(start, end, T.lemma[i]) and \
                        self._near(start, i) and not self.in_quote_at(start):
                    latest, found = start, builder
        return found

    def _heads_mention(self, start: int, end: int, lemma: str) -> bool:
        """Whether a singular noun of this lemma heads the mention [start, end): its last word ('the electoral
        commission'), or for a unit of a body (``@body_units``) its head word or the noun the mention's name
        modifies right after it ('the United Nations mission in Mali', "the European Union's naval mission"): the
        body's own unit, which 'the mission' names again; or the noun of ``@classifiers`` a name modifies right
        after it ('the M23 group')."""
        T = self.T
        if T.lemma[end - 1] == lemma and T.tag[end - 1] == "NN":
            return True
        if end < T.n and T.lemma[end] == lemma and T.tag[end] == "NN" and T.head[end - 1] == end and \
                lemma in word_classes()["@classifiers"]:
            return True  # 'The M23 group ... the group': the noun the name classifies itself by
        if lemma not in word_classes()["@body_units"]:
            return False  # (not 'the Ergenekon investigation ... the investigation': an act, no body)
        inner = next((j for j in range(start, end) if not start <= T.head[j] < end or T.head[j] == j), end - 1)
        if T.lemma[inner] == lemma and T.tag[inner] == "NN":
            return True  # ('the African Union Mission in Somalia': its head word, before the place)
        head = T.head[end - 1]
        return T.dep[end - 1] in ("compound", "poss") and end <= head <= end + 2 and T.lemma[head] == lemma and \
            T.tag[head] == "NN" and all(T.pos[j] in ("ADJ", "PART", "NOUN") for j in range(end, head))

    def _people_described(self, i: int, groups: list, seen: dict) -> Optional[_Builder]:
        """'Indonesia deported 14 Chinese nationals ... The men had entered on tourist visas': a bare plural
        description of people in general ('the men', 'the women', 'the people') is the latest group of people
        named in this paragraph or the two before (civilians, refugees, armed groups, forces or a people word's
        role, not a state's officials), none where no such group was named."""
        T = self.T
        held = T.lemma[i] in HELD_PEOPLE  # ('Police arrested five militants ... The suspects')
        if T.tag[i] != "NNS" or not (T.lemma[i] in GENERIC_PEOPLE or held) or i == 0 or T.lower[i - 1] != "the" or \
                T.head[i - 1] != i or any(T.dep[c] not in ("det", "nummod") for c in T.children(i)) or \
                self.in_quote_at(i):
            return None
        people = word_classes()["@people"]
        for builder in reversed(groups):
            start = seen.get(builder.key)
            if start is None or not self._near(start, i) or builder.kind != "group" or \
                    (builder.sector or "")[:3] in OFFICE_SECTORS or not (
                    builder.sector in PEOPLE_SECTORS or (builder.role and builder.role.split()[-1] in people)) or \
                    (held and (builder.sector or "")[:3] in CAPTOR_SECTORS):
                continue  # (not officials: 'the men' hold no office; nor are 'the suspects' the police)
            end = next((e for s, e in builder.mentions if s == start), start + 1)
            named = not builder.key.startswith("role:")  # ('Arab men called Janjaweed ... The men')
            return builder if T.tag[end - 1] in ("NNS", "NNPS") or named else None
        return None

    @staticmethod
    def _agencies(groups: list, noun: str) -> list:
        """What 'the agency', 'the bureau' may refer back to, in text order: named bodies whose name holds the
        noun ('the Federal Investigation Agency ... a rights group ... the agency'), else those that are
        agencies: a state's organs, international bodies, news agencies (a state's security service is 'the
        agency' as UNICEF is; a rights group or a party is not)."""
        return _Coreference._namesakes(groups, noun) or \
            [b for b in groups if not b.key.startswith("role:") and
             (b.sector in AGENCY_SECTORS or (b.code or "").startswith("IGO"))]

    @staticmethod
    def _namesakes(groups: list, noun: str) -> list:
        """Named bodies whose name holds the noun ('the society' after the Law Society of Kenya), in text order."""
        return [b for b in groups if not b.key.startswith("role:") and noun in b.name.lower().split()]

    def _member_by_role(self, i: int, seen: dict[str, int]) -> Optional[_Builder]:
        """'A union leader, Ana Reyes, said ... The union said': with no body so named, a description refers to
        the body of the person (mentioned near before it) whose role word the noun modifies: that body, of the
        person's state and sector."""
        word = self.T.lemma[i]
        people = [(start, b) for key, start in seen.items() if (b := self.builders[key]).kind == "person"
                  and b.role and word in b.role.split()[:-1] and b.sector and self._near(start, i)]
        return max(people, key=lambda p: p[0])[1] if people else None

    def _uncoded_namesake(self, i: int) -> bool:
        """Whether a name with the description's noun for its head, that is no actor, stands close before it
        ('officers of the Criminal Investigation Agency ... a rights group ... the agency'): the description
        means that body, which has no code, rather than another body named since."""
        T = self.T
        j = i - 1
        while j >= 0 and self._near(j, i):  # back through this paragraph and the two before, no further
            if T.lower[j] == T.lemma[i] and T.text[j][:1].isupper() and j not in self.token_actor:
                return True
            j -= 1
        return False

    def _outlet_described(self, hit: tuple[str, int, int], outlet: _Builder) -> Optional[tuple[str, int, int]]:
        """'The Velta Herald reported ... The newspaper said': a definite outlet noun that the role pass read as an
        unnamed outlet of its own is the latest named outlet. The new mention where it was taken over."""
        builder = self.builders[hit[0]]
        if builder is outlet or not builder.key.startswith("role:") or builder.sector != "MED" or \
                builder.name[:1].isupper() or self._anaphor_kind(hit[2] - 1) != "outlet":
            return None
        self.release(hit)
        self.claim(outlet, hit[1], hit[2])
        return self.token_actor.get(hit[1])

    def _anaphor_kind(self, i: int) -> Optional[str]:
        """What a definite description refers back to ('the country', 'the satellite channel', 'The
        report'), from ``anaphors.tsv``; None for other words and for descriptions that name their own
        owner ('Egypt's government', 'the government of Egypt', 'the UN report')."""
        T = self.T
        if not (T.pos[i] == "NOUN" and T.tag[i] == "NN") and not self._lowercase_name(i):
            return None
        dep, lower, children = T.dep, T.lower, T.children(i)
        if not any(dep[c] == "det" and lower[c] == "the" for c in children):
            return None
        if any(dep[c] in ("poss", "nmod") or dep[c] == "prep" and lower[c] in ("of", "by", "from")
               and not any(dep[g] == "pcomp" for g in T.children(c)) for c in children):
            return None  # (a gerund is no owner: 'accused the group of torturing ...', the parser's 'of' on 'group')
        # ('the Geneva-based agency': where a body sits describes it, no owner of its own)
        modifiers = [c for c in children if dep[c] in ("amod", "compound") and lower[c] not in SEAT_WORDS]
        lemma = T.lemma[i]
        if not modifiers:
            kind = self.dictionary.anaphors.get(lemma)
            if kind == "country" and any(dep[c] == "prep" for c in children):
                return None  # 'the government in Sana'a'
            return kind
        if len(modifiers) == 1 and modifiers[0] == i - 1:
            listed = self.dictionary.anaphors.get(f"{lower[modifiers[0]]} {lemma}")
            if listed is not None:
                return listed
            kind = self.dictionary.anaphors.get(lemma)
            if kind in ("group", "bloc") and T.pos[i - 1] in ("ADJ", "NOUN") and i - 1 not in self.token_actor \
                    and T.lemma[i - 1] not in self.dictionary.roles:
                return kind  # 'the rights group', 'the aid agency', 'the military alliance': a kind of body, no owner
        if self.dictionary.anaphors.get(lemma) == "document" and all(
                T.pos[j] in ("ADJ", "NUM", "NOUN", "PUNCT", "ADV") and j not in self.token_actor and
                T.lemma[j] not in self.dictionary.roles for m in modifiers
                for j in range(self.doc[m].left_edge.i, self.doc[m].right_edge.i + 1)):
            return "document"  # 'the new report', 'the 49-page report': a document described, no owner named
        return None

    def _lowercase_name(self, i: int) -> bool:
        """A singular common noun the tagger took for a name ('thanked the bloc': PROPN): written in lower
        case, it is no name."""
        return self.T.pos[i] == "PROPN" and self.T.tag[i] == "NNP" and self.T.text[i].islower()

    def _document_owner(self, token: Token) -> Optional[_Builder]:
        """Who issued a document: its modifier ('the EU report', 'the embassy's website'), its 'by'
        phrase ('a report by the UN', 'a report published by the OECD'), or the subject of the clause that
        releases or cites it ('China released a statement', 'In a statement, the army said')."""
        for child in token.children:
            if child.dep_ in ("compound", "poss", "amod", "nmod") and child.i in self.token_actor:
                return self.builders[self.token_actor[child.i][0]]
            if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.i in self.token_actor:
                        return self.builders[self.token_actor[pobj.i][0]]
            if child.dep_ == "acl" and child.tag_ == "VBN":  # 'a report published by the OECD'
                for pobj in (g for a in child.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"):
                    if pobj.i in self.token_actor:
                        return self.builders[self.token_actor[pobj.i][0]]
        verb = None
        if token.dep_ == "dobj":
            verb = token.head
        elif token.dep_ == "pobj" and token.head.lower_ in ("in", "with") and token.head.head.pos_ in ("VERB", "AUX"):
            verb = token.head.head
        if verb is not None:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.i in self.token_actor:
                return self.builders[self.token_actor[subject.i][0]]
        return None

    @staticmethod
    def _new_document(token: Token) -> bool:
        """Whether a document noun brings in a document of its own: an indefinite one ('a report') or one
        given its issuer ('the report by ...', 'the report from ...')."""
        return any(c.dep_ == "det" and c.lower_ in ("a", "an") or
                   c.dep_ == "prep" and c.lower_ in ("by", "from") for c in token.children)

    def _sentence_number(self, i: int) -> int:
        """The number, in reading order, of the sentence token ``i`` is in."""
        if self._sentence_starts is None:
            self._sentence_starts = sorted(set(self.T.sent))
        return bisect.bisect_right(self._sentence_starts, self.T.sent[i]) - 1

    def _paragraph(self, i: int) -> int:
        """Index of the paragraph (blank-line separated) token ``i`` is in."""
        if self._paragraph_breaks is None:
            text = self.T.doc_text
            self._paragraph_breaks = [m.start() for m in _BREAK.finditer(text)]  # every start, overlapping too
        return bisect.bisect_right(self._paragraph_breaks, self.T.idx[i])

    def _near(self, antecedent: int, i: int) -> bool:
        """Whether an antecedent mentioned at token ``antecedent`` is close enough to be what an unowned
        'they' or 'the group' at ``i`` means: in this paragraph or the two before. Further back, the
        writer would name it again; taking the last one named then makes an actor from afar."""
        return self._paragraph(i) - self._paragraph(antecedent) <= WINDOW_PARAGRAPHS

    def _adjectival(self, hit: tuple[str, int, int]) -> bool:
        """A mention that is only a demonym adjective ('Palestinian homes') names no referent for 'it'."""
        start, end = hit[1], hit[2]
        return end - start == 1 and self.T.pos[start] == "ADJ"

    def _main_subject(self, hit: tuple[str, int, int]) -> bool:
        """Whether the mention is the subject of its sentence's root verb."""
        T = self.T
        return any(T.dep[j] in ("nsubj", "nsubjpass") and T.dep[T.head[j]] == "ROOT" and
                   not hit[1] <= T.head[j] < hit[2] for j in map(self._as_subject, range(hit[1], hit[2])))

    def _mention_is_subject(self, hit: tuple[str, int, int]) -> bool:
        T = self.T
        for j in map(self._as_subject, range(hit[1], hit[2])):
            if T.dep[j] in ("nsubj", "nsubjpass") and not hit[1] <= T.head[j] < hit[2]:
                return True
        return False

    def _as_subject(self, i: int) -> int:
        """The subject a mention in apposition stands for where that subject names no actor itself ('The
        ship's operator, a Greek company, denied ...': the company is the subject an 'It' goes back to); else
        the token itself."""
        T = self.T
        head = T.head[i]
        if T.dep[i] == "appos" and T.dep[head] in ("nsubj", "nsubjpass") and head not in self.token_actor:
            return head
        return i

    def _cataphor(self, pronoun: Token) -> Optional[_Builder]:
        """A person pronoun in an opening adverbial ('Before briefly handing the party to his
        deputy last month, Luis Mendes had run ...') points forward to the subject of the main clause."""
        root = pronoun.sent.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.i < pronoun.i:
            return None
        opener = pronoun
        while opener.head.i != root.i and opener.head.i != opener.i:
            opener = opener.head
        if opener.dep_ not in ("advcl", "prep", "npadvmod") or opener.i > subject.i:
            return None
        hit = self.token_actor.get(subject.i)
        if hit is None or self.builders[hit[0]].kind != "person":
            return None
        return self.builders[hit[0]]

    def _previous_role_subject(self, i: int, subject_persons: dict[int, _Builder],
                               persons_in: dict[int, bool]) -> Optional[_Builder]:
        """'The official argued that ... He also denied ...': a sentence-initial 'he'/'she' continues a
        previous sentence whose subject is one official named by role and which names no person; a
        body ('the army') would be 'it', so the gendered pronoun picks the official."""
        T = self.T
        if T.dep[i] not in ("nsubj", "nsubjpass") or T.sent[i] == 0:
            return None
        if not all(self.in_quote_at(j) or T.pos[j] == "PUNCT" for j in range(T.sent[i], i)):
            return None  # sentence-initial, or right after a quotation that opens it ('"...," she said')
        previous = T.sent[T.sent[i] - 1]  # the sentence before ends at the token before (across a paragraph
        # break too: news paragraphs are often one sentence, and '... the official said.\n\nHe added' continues)
        if persons_in.get(previous):
            return None
        return subject_persons.get(previous)

    def _act_nearer(self, i: int) -> bool:
        """Whether the nearest candidate before a subject 'it' in its own sentence is an act ('called the move
        irresponsible, while Chile and Peru said it violated ...'), or the thing a speech participle comments on
        (:meth:`_commented_thing`): 'it' is the act or thing, no actor. Coordinated speakers of its clause are no
        candidates (see :meth:`_coordinated_reporters`)."""
        T = self.T
        if T.lower[i] != "it" or T.dep[i] not in ("nsubj", "nsubjpass"):
            return False
        if self._commented_thing(i) is not None or self._matrix_thing(i) is not None:
            return True
        if T.lemma[T.head[i]] in speech_cue_classes():
            return False  # ('..., it said': an act says nothing)
        barred = self._coordinated_reporters(i)
        acts, nominals = word_classes()["@acts"], verb_lexicon().nominals  # ('criticised the exchange, saying it ...')
        for j in range(i - 1, T.sent[i] - 1, -1):
            hit = self.token_actor.get(j)
            if hit is not None and hit[0] not in barred:
                return False
            if hit is None and T.pos[j] == "NOUN" and (T.lemma[j] in acts or T.lemma[j] in nominals) and T.dep[j] in ("dobj", "nsubj", "pobj", "compound") \
                    and not any(c in self.token_actor for c in T.children(j)) and \
                    not self.doc[j].left_edge.i <= i <= self.doc[j].right_edge.i:
                return True  # (not "Korea's announcement that it would ...": its owner, whose clause it is in)
        return False

    def _commented_thing(self, i: int) -> Optional[int]:
        """'Critics attacked the project, saying it would drain the wetlands', 'welcomed the verdict, adding that
        it ...': the subject 'it' of what a speech participle says about its own verb's object is that object, a
        singular thing no actor holds (any thing: a project, a bill, a report), not an actor named before."""
        T = self.T
        clause = T.head[i]
        cue = T.head[clause]
        if T.dep[clause] != "ccomp" or T.dep[cue] != "advcl" or T.tag[cue] != "VBG" or \
                T.lemma[cue] not in speech_cue_classes() or cue == T.head[cue]:
            return None
        thing = next((c for c in T.children(T.head[cue]) if T.dep[c] == "dobj" and c < cue), None)
        if thing is not None and thing in self.token_actor and self.builders[self.token_actor[thing][0]].kind == "person":
            # 'urged the president not to sign the bill, saying it ...': no person is 'it'; the thing his act is on
            thing = next((o for x in T.children(T.head[cue]) if T.dep[x] == "xcomp" and x < cue
                          for o in T.children(x) if T.dep[o] == "dobj"), None)
        return thing if thing is not None and self._unheld_thing(thing) else None

    def _matrix_thing(self, i: int) -> Optional[int]:
        """'The ministry said the airline had lost $1 billion since it was nationalised': the subject 'it' of an
        adverbial clause is the subject of the clause it modifies, where that is a singular thing no actor holds
        (the airline, the dam, the law), not an actor named before."""
        T = self.T
        clause = T.head[i]
        if T.dep[clause] != "advcl" or T.head[clause] == clause:
            return None
        subject = next((c for c in T.children(T.head[clause]) if T.dep[c] in ("nsubj", "nsubjpass") and c < clause), None)
        if subject is None or not self._unheld_thing(subject) or T.lemma[subject] in word_classes()["@people"]:
            return None
        return subject

    def _unheld_thing(self, i: int) -> bool:
        """Whether token ``i`` is a singular common noun that no actor holds, nor any word of its own phrase."""
        T = self.T
        return T.tag[i] == "NN" and T.pos[i] == "NOUN" and i not in self.token_actor and \
            not any(c in self.token_actor for c in T.children(i))

    def _previous_subject(self, i: int, subject_things: dict[int, _Builder]) -> Optional[_Builder]:
        """'The report accuses Israel of ... It says ...': a sentence-initial subject 'it' continues the
        previous sentence's subject (the centre of attention), not the last thing named in it."""
        T = self.T
        if T.lower[i] != "it" or T.dep[i] != "nsubj" or i != T.sent[i]:
            return None
        if i == 0:
            return None
        return subject_things.get(T.sent[i - 1])  # across a paragraph break too, as for 'he' above

    def _characteriser(self, pronoun: Token, verb: Token) -> Optional[_Builder]:
        """Who characterises in 'condemned what it called a provocation', 'summoned the envoy to protest
        against what she described as ...': the subject of the clause the free relative is an argument of,
        the nearest verb up its chain with a subject (that clause's actor words its own act)."""
        node = verb
        for _ in range(6):
            if node.head.i == node.i:
                return None
            node = node.head
            subject = next((c for c in node.children if c.dep_ == "nsubj"), None) if node.pos_ in ("VERB", "AUX") \
                else None
            if subject is not None:
                hit = self.token_actor.get(subject.i)
                builder = self.builders[hit[0]] if hit is not None else None
                return builder if builder is not None and _pronoun_fits(pronoun, subject, builder) else None
        return None

    def _report_speaker(self, i: int) -> Optional[Token]:
        """The subject of the speech verb whose reported clause token ``i`` stands in, else None."""
        clause = self.doc[i].head
        while clause.dep_ not in ("ccomp", "ROOT") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in speech_cue_classes():
            return None
        cue = clause.head
        if cue.dep_ == "advcl" and cue.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in cue.children):
            cue = cue.head  # 'X defended the ban, saying the country ...': X says it
        return next((c for c in cue.children if c.dep_ == "nsubj"), None)

    def _speaker_state(self, i: int) -> Optional[_Builder]:
        """For a description inside a reported clause, the state its speaker is, or is of by a possessive
        ('Chile's foreign ministry said the talks would not weaken the country', 'Chile said the country'), or
        the state of the state official who speaks: a speaker calls its own state 'the country'."""
        subject = self._report_speaker(i)
        if subject is None:
            return None
        placed = [g for c in subject.children if c.dep_ == "prep" and c.lower_ in ("in", "from") for g in c.children
                  if g.dep_ == "pobj"] if self.T.lemma[i] in OWN_STATE_WORDS else []
        for token in [subject] + [c for c in subject.children if c.dep_ == "poss"] + placed:
            hit = self.token_actor.get(token.i)  # ('Critics in Chile said the country could not afford it')
            if hit is not None and self.builders[hit[0]].kind == "country":
                return self.builders[hit[0]]
        hit = self.token_actor.get(subject.i)
        speaker = self.builders[hit[0]] if hit is not None else None
        if speaker is None or not speaker.country or (speaker.sector or "")[:3] not in STATE_ORGANS or \
                any(word in ENVOY_WORDS for word in (speaker.role or "").split()) or \
                self.T.lemma[i] not in OWN_STATE_WORDS:
            return None  # (an envoy's 'the country' is often the one posted to; an official's 'the regime' is
            # another state's, 'the island' may be the island itself)
        return next((b for b in self.builders.values() if b.kind == "country" and b.country == speaker.country), None)
        # ('Kazakhstan's farm minister said the country had to protect its reserves': a state's own official)

    def _stateless_official_speaker(self, i: int) -> bool:
        """Whether a description inside a reported clause is spoken by an official whose state is not known
        yet ('Government spokesman X said the state would appeal'): the speaker's own state, which the last
        state named (often the other party) is not."""
        subject = self._report_speaker(i)
        hit = self.token_actor.get(subject.i) if subject is not None else None
        speaker = self.builders[hit[0]] if hit is not None else None
        return speaker is not None and not speaker.country and (speaker.sector or "")[:3] in STATE_ORGANS

    def _reporting_subject(self, i: int) -> Optional[_Builder]:
        """For the subject pronoun (token ``i``) of a reported clause, the reporting verb's subject, when its
        number fits: 'Palestinian leaders said they would boycott', 'Uganda said it had paid', 'Erdogan said he'."""
        if self.T.dep[i] not in ("nsubj", "nsubjpass") or self.T.pos[i] != "PRON":
            return None
        pronoun = self.doc[i]
        clause = pronoun.head
        if clause.lemma_.lower() in CHARACTERISING_VERBS and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "what" for c in clause.children):
            return self._characteriser(pronoun, clause)
        if clause.dep_ == "relcl":  # 'X said they were appalled by the decision, which they described as ...'
            speaking = clause.lemma_.lower() in speech_cue_classes() or clause.lemma_.lower() in CHARACTERISING_VERBS
            while clause.dep_ not in ("ccomp", "xcomp") and clause.head.i != clause.i:
                clause = clause.head
            if not speaking and any(c.dep_ == "nsubj" and c.pos_ != "PRON" and c.i in self.token_actor
                                    for c in clause.children):
                return None  # ('X faces charges over a speech she gave, her lawyer said': X, named in the report;
                # but in '... the vessel, which it said had intruded' the one who says it speaks again)
        while clause.dep_ == "conj" and clause.head.i != clause.i and clause.head.dep_ in ("ccomp", "conj"):
            clause = clause.head  # 'X said the talks had failed and that it would ...': the first reported clause
        if clause.dep_ not in ("ccomp", "xcomp") or clause.head.pos_ not in ("VERB", "AUX"):
            return None
        cue = clause.head
        if self._mandated(pronoun) is not None:
            return None  # 'London demanded that it release the ship': who is to act is another party
        subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
        while subject is None and (cue.dep_ == "conj" or cue.dep_ == "advcl" and cue.tag_ == "VBG") and \
                cue.head.i != cue.i:  # 'X accused Y of ... and said it would ...', 'X disputed the account,
            cue = cue.head  # saying it had ...': the first verb's subject
            subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.i not in self.token_actor:  # 'Militant groups from Somalia'
            subject = next((c for c in subject.children if c.dep_ in ("compound", "amod", "nmod")
                            and c.i in self.token_actor), None) or next(
                (g for c in subject.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                 if g.dep_ == "pobj" and g.i in self.token_actor), None)
        if subject is None or subject.i not in self.token_actor:
            return None
        builder = self.builders[self.token_actor[subject.i][0]]
        return builder if _pronoun_fits(pronoun, subject, builder) else None


# The Arabic article a family name may be written with or without ('al-Sudani' ... 'Sudani said').
ARTICLE_PREFIXES = ("al-", "Al-", "el-", "El-")


def _bare_surname(word: str) -> str:
    """A family name without its article prefix ('al-Sudani' → 'Sudani'); other names as they are."""
    for prefix in ARTICLE_PREFIXES:
        if word.startswith(prefix) and len(word) > len(prefix) + 1 and word[len(prefix)].isupper():
            return word[len(prefix):]
    return word


def _age_described(token: Token) -> Optional[str]:
    """The age of a definite description by age standing as a noun ('The 45-year-old said'): the number, or
    None. The parser reads it as 'old' with a 'year' and a number before it."""
    if token.lower_ != "old" or token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return None
    year = next((c for c in token.children if c.lower_ in ("year", "years") and c.i < token.i), None)
    if year is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    number = next((c for c in year.children if c.dep_ == "nummod"), None)
    return number.text if number is not None else None


def _salient_state(countries: list[tuple[int, _Builder]], in_sentence: set[str],
                   weight: dict[str, int]) -> Optional[_Builder]:
    """The state 'the country' most likely means: of the last two states named before its sentence, the one the
    story has said more about so far (its actors mentioned more often), the later on a tie. 'Soldiers in Mali took
    power ... France condemned it ... the junta closed the country's borders': Mali, not the state named last in
    passing."""
    recent: list[_Builder] = []
    for _, builder in reversed(countries):
        if builder.key not in in_sentence and builder.kind == "country" and builder not in recent:
            recent.append(builder)
            if len(recent) == 2:
                break
    if not recent:
        return None
    return max(recent, key=lambda b: (weight.get(b.country or "", 0), -recent.index(b)))
