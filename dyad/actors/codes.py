"""Codes: whose a role or body is, and the states actors take, for CAMEO-style codes.

A role's qualifier ('Turkish', "Turkey's", 'UN', 'of Turkey', 'police in Bahrain', a region adjective)
gives its country or organisation; a state organ named after another state is that state's office; a
titled person takes the qualifier's state, or the known holder of the role on the publication date. Once
all mentions are read, the article's main state is counted, bodies named without a state take it (or the
dateline's), and titled persons with no state take the first one named in their sentence. A code is then
country + sector (``TURGOV``), an organisation's code (+ sector), or a sector alone
(:meth:`dyad.actors.index._Builder.final_code`). A mixin of :class:`dyad.actors.resolver._Resolver`.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from dyad import gazetteer
from dyad.nlp import paragraph_break_after
from dyad.actors.index import STATE_ORGANS, _Builder
from dyad.actors.lookup import _persons_of, _same_role
from dyad.actors.mentions import GROUP_HEADS, REGION_KEY
from dyad.codebooks import PHOENIX_FILE, ActorEntry, occasions, speech_cue_classes, verb_lexicon, word_classes

# Participles that place a body in a city or country: 'a newspaper based in Beirut'.
BASED_VERBS = {"base", "headquarter", "headquartered", "station", "locate"}


class _Codes:
    """The coding parts of :class:`~dyad.actors.resolver._Resolver`: qualifiers and offices (asked by the
    mention passes), then the main state and the default countries (passes of their own, run last)."""

    # ----------------------------------------------------------------- qualifiers and offices
    def _office_of_named_state(self, entry: ActorEntry, start: int, end: int,
                               states: dict[int, str]) -> Optional[_Builder]:
        """'Pakistan's Foreign Office', 'the Kenyan Foreign Ministry': a state organ's name matched by
        a dictionary entry of another state (the UK's 'Foreign Office') belongs to the state the text
        names right before it, as owner ('X's') or adjective (demonym or country name). The office is
        that state's, in the entry's sector. Entries of state organs only: their code is their
        country's plus their sector (GBRGOV), not an organisation's own code."""
        if entry.kind != "organisation" or not entry.country or not entry.sector or \
                entry.code != entry.country + entry.sector:
            return None
        state = self._state_named_before(start, states)
        if state is None or state == entry.country:
            return None
        name = self.T.span_text(start, end)
        return self.builder(f"office:{state}:{entry.sector}:{name.lower()}", name=name, kind="organisation",
                            country=state, sector=entry.sector, code=state + entry.sector)

    def _state_named_before(self, start: int, states: dict[int, str]) -> Optional[str]:
        """The state named right before token ``start``, as adjective ('the Kenyan Foreign Office') or owner
        ("Kenya's Foreign Office"); ``states`` maps the token a state's name ends at to its ISO-3."""
        state = states.get(start)
        if state is None and start > 0 and self.T.lower[start - 1] in ("'s", "'", "’s", "’"):
            state = states.get(start - 1)
        return state

    def _qualifier(self, first: Token, head: Token, role: Optional[str] = None) -> Optional[_Builder]:
        """The country or organisation a role belongs to: 'Turkish', 'Turkey's', 'UN', 'of Turkey';
        'in Bahrain' for a body ('police in Bahrain', 'human rights activists in Arnor'), not a person."""
        entry = self.dictionary.roles.get(role or head.lemma_.lower())
        start = self._phrase_start(first)
        if first.dep_ == "conj" and any(self.T.dep[k] == "cc" for k in range(start, first.i)):
            start = first.i  # 'the United Nations and rights groups': a body named beside the role, not its owner
        for j in range(start, head.i):
            hit = self.token_actor.get(j)
            if hit and self.builders[hit[0]].kind in ("country", "organisation", "group", "place"):
                return self.builders[hit[0]]
        for led in (c for c in head.children if c.dep_ == "amod" and c.lemma_.lower() in LEADING_PARTICIPLES):
            for j in (c.i for c in led.children if c.dep_ in ("npadvmod", "compound", "nmod", "amod")):
                hit = self.token_actor.get(j)  # 'Ethiopian-led forces', 'the Saudi-led coalition': the leader's
                if hit and self.builders[hit[0]].kind in ("country", "organisation"):  # ('NATO-led peacekeepers')
                    return self.builders[hit[0]]
        leader = None  # 'the Bush administration', 'Mugabe's government': the leader's state, if nothing closer
        heads = [head, head.head] if head.dep_ in ("amod", "compound") and head.head.i > head.i else [head]
        for child in [c for h in heads for c in h.children] + self._place_after_object(heads[-1]):
            if child.i == head.i:
                continue
            if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i in self.token_actor and \
                    not (first.dep_ == "conj" and first.head.i == child.i):  # (the body beside it, see above)
                builder = self.builders[self.token_actor[child.i][0]]
                if builder.kind != "person":
                    return builder
                if builder.country and child.dep_ in ("poss", "compound"):
                    leader = builder
            if child.dep_ == "poss" and child.lower_ in ("its", "their"):  # 'its diplomats': the last state named
                return self._own_clause_subject(head) or self._reporting_thing(head, child) or \
                    self._last_thing_before(child.i, exclude=self._expeller(head))  # ('Norway expelled two of
                # its diplomats': not Norway's)
            if child.dep_ == "prep" and (child.lower_ in ("of", "for", "from") or (
                    child.lower_ == "in" and entry is not None and not _posted_abroad(role or head.lemma_.lower())
                    and (not entry.person or head.tag_ in ("NNS", "NNPS")))):  # 'police in Bahrain' (not
                # 'embassies in Harare', 'diplomats in Beijing': a post abroad is not of the state it is in)
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        early = child.lower_ in ("of", "for") and entry is not None and entry.person and \
                            pobj.i not in self.token_actor
                        builder = (self._body_read_early(pobj) if early else None) or self._named_in(pobj)
                        if builder is not None:
                            return builder
                        held = self.token_actor.get(pobj.i)
                        person = self.builders[held[0]] if held is not None and child.lower_ in ("of", "for") else None
                        if person is not None and person.kind == "person" and (person.country or person.code):
                            leader = leader or person  # 'a spokesman for Secretary-General Guterres': his side
            if child.dep_ == "prep" and child.lower_ == "at" and entry is not None and not entry.person:
                # 'prosecutors at the International Criminal Court', 'researchers at the WHO': the body they
                # work at ('soldiers at the border', 'police at the airport' are placed, not of a body)
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    builder = self._named_in(pobj)
                    if builder is not None and builder.kind in ("organisation", "group"):
                        return builder
            if child.dep_ == "acl" and child.lemma_.lower() in BASED_VERBS:  # 'a newspaper based in Beirut'
                for prep in child.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
                        for pobj in prep.children:
                            builder = self._named_in(pobj) if pobj.dep_ == "pobj" else None
                            if builder is not None and builder.country:
                                return builder
        return leader or self._region(start, head)

    def _region(self, start: int, head: Token) -> Optional[_Builder]:
        """A region adjective before the role word ('forty prominent African leaders', 'West African
        ministers'): the role codes as the region's (regions.tsv); the longest adjective wins."""
        regions = self.dictionary.regions
        if not regions:
            return None
        words = [t.text for t in self.doc[start:head.i]]
        for j in range(len(words)):
            if self._stance_word(start + j):
                continue  # 'the pro-Western opposition' is no Western body
            for name in (" ".join(words[j:j + 2]), words[j]):
                code = regions.get(name)
                if code:
                    return self.builder(f"region:{code}", name=name, kind="group", code=code)
        return None

    @staticmethod
    def _place_after_object(head: Token) -> list[Token]:
        """An 'in' phrase right after a verb's object that the parser hung on the verb: in 'funding a
        police unit in Yemen' the unit is in Yemen (the object's own 'police in Bahrain' reading)."""
        if head.dep_ != "dobj":
            return []
        after = head.right_edge.i + 1
        return [c for c in head.head.children if c.i == after and c.dep_ == "prep" and (c.lower_ == "in" or (
            c.lower_ == "from" and head.head.lemma_.lower() in HARMING_VERBS))]  # 'detained traders from Somalia'

    def _named_in(self, head: Token) -> Optional[_Builder]:
        """The non-person actor a noun phrase names by its head or, before role words are read, by a
        name modifying it ('from the Fatah Party', where 'Party' is still unread)."""
        hit = self.token_actor.get(head.i)
        if hit:  # a named head is what the phrase names, a person included
            return self.builders[hit[0]] if self.builders[hit[0]].kind != "person" else None
        for token in (c for c in head.children if c.dep_ in ("compound", "amod", "nmod", "poss")):
            hit = self.token_actor.get(token.i)
            if hit and self.builders[hit[0]].kind != "person":
                return self.builders[hit[0]]
        return None

    def _body_read_early(self, head: Token) -> Optional[_Builder]:
        """The body a person's role is 'of', read now where the role words come first ('the leader of the Ak
        Zhol party', 'a spokesman for the rebel movement'): a role phrase of a body (roles.tsv, no person) ending
        at ``head``, so that the person takes that body's sector rather than the role's default."""
        roles = self.dictionary.roles
        for j in range(head.left_edge.i, head.i + 1):
            role, length = self._role_at(j, roles)
            last = self.doc[j + length - 1] if role else None
            if not role or roles[role].person or not (last.i == head.i or (
                    last.head.i == head.i and last.dep_ in ("amod", "compound") and head.lemma_.lower() in GROUP_HEADS)):
                continue  # (or the body's word before a group noun: 'the rebel movement', 'the opposition alliance')
            self._role_phrase(j, j + length, last, role, roles[role], self._qualifier(self.doc[j], last, role))
            hit = self.token_actor.get(last.i)
            builder = self.builders[hit[0]] if hit else None
            return builder if builder is not None and builder.kind != "person" else None
        return None

    def _own_clause_subject(self, head: Token) -> Optional[_Builder]:
        """Whose 'its own' or 'their own' role is ('said it would recall its own envoy', 'withdrew their own
        staff'): 'own' binds the possessive to its clause's subject, through a subject pronoun of a reported
        clause to the reporting verb's subject and through conjoined verbs to the first one's, where that is
        an actor named already; else None (the salience model then chooses)."""
        if not any(c.dep_ == "amod" and c.lower_ == "own" for c in head.children):
            return None
        verb = head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        for _ in range(4):
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None and verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
                verb = verb.head
                continue
            if subject is not None and subject.pos_ == "PRON" and verb.dep_ == "ccomp" and verb.head.i != verb.i:
                verb = verb.head  # 'said it would recall ...': the reporting verb's subject
                continue
            hit = self.token_actor.get(subject.i) if subject is not None else None
            return self.builders[hit[0]] if hit is not None and self.builders[hit[0]].kind != "person" else None
        return None

    def _reporting_thing(self, head: Token, possessive: Token) -> Optional[_Builder]:
        """Whose body the subject of a reported clause is, owned by 'its' or 'their' ('Armenia criticised
        Azerbaijan and said its army was ready', 'the rebels said their fighters had withdrawn'): the reporting
        verb's subject (the first of conjoined verbs'), a state or body named already, where the pronoun's number
        fits it; else None (the salience model then chooses)."""
        clause = head.head
        if head.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or clause.head.i == clause.i:
            return None
        cue = clause.head
        subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
        while subject is None and cue.dep_ in ("conj", "advcl") and cue.head.i != cue.i:
            cue = cue.head  # 'X accused Y of ... and warned that its forces ...': the first verb's subject
            subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
        hit = self.token_actor.get(subject.i) if subject is not None else None
        owner = self.builders[hit[0]] if hit is not None else None
        if owner is None or owner.kind == "person":
            return None
        plural = subject.tag_ in ("NNS", "NNPS")
        if (possessive.lower_ == "its") == plural and owner.kind != "country":
            return None  # ('the rebels said its ...': no agreement; a state is 'its' or 'their')
        return owner

    def _expeller(self, head: Token) -> Optional[str]:
        """The key of the state or body that expels or summons a role phrase of envoys ('expelled two of its
        diplomats', 'summoned their ambassador'): envoys so treated are another state's, never the subject's own,
        so the phrase's possessive cannot mean the subject."""
        if head.lemma_.lower() not in ENVOY_WORDS:
            return None
        obj = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else head  # ('two of its ...')
        verb = obj.head
        if obj.dep_ != "dobj" or verb.lemma_.lower() not in EXPELLING_VERBS:
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        hit = self.token_actor.get(subject.i) if subject is not None else None
        return hit[0] if hit is not None else None

    def _last_thing_before(self, i: int, exclude: Optional[str] = None) -> Optional[_Builder]:
        """What the possessive pronoun ``i`` of a role phrase means ('its diplomats', 'their leader'), among
        the actors named before it: the same agreement and salience model as other pronouns
        (:meth:`_antecedent`), over the mentions found so far (but the actor ``exclude``)."""
        candidates = []
        for j in range(max(0, i - 300), i):
            hit = self.token_actor.get(j)
            if hit and hit[0] == exclude:
                continue
            if hit and hit[1] == j and not self.in_quote_at(j):
                candidate = self._candidate(self.builders[hit[0]], hit, self._sentence_number(j))
                if candidate is not None:
                    candidates.append(candidate)
        return self._antecedent(i, self._sentence_number(i), candidates)

    def _set_role(self, person: _Builder, role: str, sector: str, qualifier: Optional[_Builder],
                  former: bool = False) -> None:
        if not former and self._office_named_anew(person, qualifier):
            # 'NATO Secretary-General X', 'X, the EU's foreign policy chief': the office the story gives a
            # listed person is newer than the dictionary's record of an earlier one (a national minister).
            person.role, person.country, person.code = role, qualifier.country, qualifier.code
            person.sector = qualifier.sector if qualifier.code else sector
            return
        if person.kind == "country":  # a state-coded entry titled as a person: its official
            base = qualifier.country if qualifier is not None and qualifier.country else (person.code or "")[:3]
            person.kind, person.role, person.sector = "person", role, sector
            person.country, person.code = base or person.country, (base + sector) if base else person.code
            return
        person.role = person.role if person.role and person.key.startswith("entry:") else role
        # (the Phoenix records carry no dates: the office the story names is the person's now, 'Opposition
        # leader X' for a former minister the record files under GOV)
        phoenix = person.key.startswith(f"entry:{PHOENIX_FILE}")
        person.sector = sector if phoenix and sector else person.sector or sector
        if qualifier is not None:
            if qualifier.kind in ("country", "place"):  # ('Kogi state police spokesman X': a region's official
                person.country = person.country or qualifier.country  # is his state's, in the role's sector)
            elif qualifier.code and not person.country:
                person.code = person.code or qualifier.code
                person.sector = qualifier.sector or person.sector
                if person.code == qualifier.code and person.sector not in STATE_ORGANS:
                    person.country = qualifier.country  # ('a Hamas official, X': an armed group's, a party's or a
                    # movement's member has its state with its code; a state body's officials are left as they were)
            elif qualifier.kind in ("group", "organisation") and qualifier.sector and not person.country and \
                    not person.code:
                # "the rebels' spokesman, X", "the army's commander": the body's sector, not the role's, and
                # its state where the body has one ("the government's chief negotiator, X")
                person.sector = qualifier.sector
                person.country = qualifier.country
            elif qualifier.country and not person.country:  # 'Israeli Foreign Ministry spokesman X'
                person.country = qualifier.country

    @staticmethod
    def _office_named_anew(person: _Builder, qualifier: Optional[_Builder]) -> bool:
        """A dictionary person titled with an office of another state or body than the dictionary says."""
        if person.kind != "person" or not person.key.startswith("entry:") or qualifier is None:
            return False
        held = person.code[:3] if person.code else person.country
        if qualifier.kind == "country" or (qualifier.kind == "organisation" and not qualifier.code):
            owner = qualifier.country
        elif qualifier.kind == "organisation":
            owner = qualifier.code
        else:
            return False
        return bool(owner and held) and not owner.startswith(held) and not held.startswith(owner)

    def _known_holder(self, role: str, qualifier: Optional[_Builder], listed: bool = True) -> Optional[_Builder]:
        """A person already known to hold ``role`` for the qualifier: in the text first, then (``listed``) the
        dictionary."""
        persons = [b for b in self.builders.values() if b.kind == "person"]
        qualifier_code = qualifier.code if qualifier is not None and qualifier.kind != "country" else None
        qualifier_country = qualifier.country if qualifier is not None and qualifier.kind == "country" else None
        for person in persons:
            if qualifier is None:
                if person.role == role:
                    return person
                continue
            same_owner = (qualifier_country and person.country == qualifier_country) or \
                         (qualifier_code and person.final_code() == qualifier_code)
            if same_owner and person.role and _same_role(person.role, role):
                return person
        if qualifier is None or not listed:
            return None
        for entry in _persons_of(self.dictionary, qualifier_country, qualifier_code):
            held = entry.role_on(self.published)
            if not held:
                continue
            matches_owner = (qualifier_country and held[1] == qualifier_country) or \
                            (qualifier_code and entry.code == qualifier_code)
            if matches_owner and _same_role(held[0], role):
                return self.entry_builder(entry)
        return None

    # ----------------------------------------------------------------- states
    def main_country(self) -> Optional[tuple[str, Optional[_Builder], int]]:
        """The state named most often outside quotations, counting states named inside other actors'
        names ('Egyptian police'); ties go to the first named. Returns (ISO-3, its own actor if it is
        named alone, the token of its first mention). Asked once all mentions are read, by
        :meth:`default_countries` and :meth:`freeze` (whose changes to role actors do not bear on it),
        so it is worked out once."""
        if self._main_country is None:
            self._main_country = (self._find_main_country(),)
        return self._main_country[0]

    def setting_country(self) -> Optional[tuple[str, Optional[_Builder], int]]:
        """The state the story happens in: as :meth:`main_country`, with every state or town named as where
        something happens ('strikes in northern Iraq') weighing more. In a cross-border story it is the
        state acted in, whose people, local police and unattributed violence are its (the acting state's
        ministries and army stay the main state's)."""
        if self._setting_country is None:
            self._setting_country = (self._find_main_country(setting=True),)
        return self._setting_country[0]

    def _find_main_country(self, setting: bool = False) -> Optional[tuple[str, Optional[_Builder], int]]:
        T = self.T
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        regions: list[tuple[int, _Builder]] = []
        scenes: set[str] = set()  # states named as where something happens
        landmarks: dict[str, int] = {}  # states named only as a border's
        for i, (key, start, end) in sorted(self.token_actor.items()):
            builder = self.builders[key]
            if self.in_quote_at(i):
                continue
            # 'Egypt', and 'Sudanese' in 'the Sudanese military' (a state word inside another actor's name)
            # (a province or region named is a place of its state, not what the story is about)
            if builder.role and _mission(builder.role):
                continue  # 'outside the British embassy in Tehran': a post abroad says nothing of where the story is
            region = builder.key.startswith(REGION_KEY)
            country = self.state_words.get(i) or (builder.country if i == start and builder.kind in ("country", "place")
                                                  and not region else None)
            if region and setting and i == start and builder.country:
                regions.append((i, builder))
                continue
            if country and builder.kind == "place" and T.dep[i] == "pobj" and self._where_said(T.head[T.head[i]]):
                continue  # 'speaking to reporters in Paris': where a statement was made is not what it is about
            if setting and country and builder.kind in ("country", "place") and self._occasion_venue(i):
                continue  # 'after talks in the Saudi city of Jeddah': where talks were held is no scene of the story
            if country and i == start and self._border_landmark(start, end):
                landmarks.setdefault(country, i)  # 'arrested six militants near the Bhutan border': a landmark,
                continue  # either side of it, where a province or town tells which (else still the one state named)
            if country:
                placed = self._setting_mention(i, builder, setting)
                counts[country] = counts.get(country, 0) + 1 + (
                    (PLACE_BONUS if setting else SETTING_BONUS) if placed else 0)
                first.setdefault(country, i)
                if placed:
                    scenes.add(country)
        for i, builder in regions:  # a province says where, for a state the story names ('Mozambican troops ...
            if builder.country in counts:  # deployed to Cabo Delgado'); alone it tells no state ('from Oromia')
                counts[builder.country] += 1 + (PLACE_BONUS if self._setting_mention(i, builder, setting) else 0)
        lead_sentence = self._lead_sentence()
        lead = lead_sentence.end if lead_sentence is not None else 0
        for country, i in first.items():  # the lead sentence names what the story is about
            if i < lead:
                counts[country] += LEAD_BONUS
        if self.home in counts:  # a story filed from a state that it also names is that state's story
            # (as the scene, only where the text places something there too: 'NAIROBI - Somali troops retook
            # ... Kenya, which contributes troops, said' happens in Somalia)
            counts[self.home] += DATELINE_BONUS * (PLACE_BONUS if setting and self.home in scenes else 1)
        protagonist = None if setting or lead_sentence is None else self._lead_subject_country(lead_sentence)
        if protagonist in counts:  # 'Moldova expels Russian diplomat': the lead's doer, not its object's state
            counts[protagonist] += LEAD_BONUS  # (not where it happens: 'Rwandan troops shelled ...')
        if not counts:
            found = self._region_country()
            if found is not None or not landmarks:
                return found
            counts, first = {c: 1 for c in landmarks}, dict(landmarks)
        best = max(counts, key=lambda c: (counts[c], -first[c]))
        named = {key for key, _, _ in self.token_actor.values()}
        candidates = [b for b in self.builders.values() if b.country == best and b.kind in ("country", "place")
                      and b.key in named and not b.key.startswith(REGION_KEY)]
        # (a province is no stand-in for its state: 'Cabo Delgado' does not act for Mozambique)
        own = min(candidates, key=lambda b: b.kind != "country") if candidates else None
        return best, own, first[best]

    def _lead_sentence(self) -> Optional[Span]:
        """The article's first sentence with words: a dateline blanked before parsing ('RIGA, May 12 —') leaves
        a sentence of spaces in front."""
        return next((sent for sent in self.doc.sents if any(t.is_alpha for t in sent)), None)

    def _lead_subject_country(self, lead: Span) -> Optional[str]:
        """The state of the subject of the lead sentence's main verb ('Moldova expels ...', 'Kenyan police
        arrested ...'; in a report whose attribution trails, of the reported clause), read from the subject's
        own words (not from a phrase or clause hung on it)."""
        root = lead.root
        cues = speech_cue_classes()
        while root.lemma_.lower() in cues:  # '..., military sources said': the doer is the report's subject
            # (a speaker named first frames the story: 'Malian officials said Burkinabe militants attacked ...')
            clause = next((c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.i < root.i), None)
            if clause is None:
                break
            root = clause
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return None
        for token in (subject, *(c for c in subject.children if c.dep_ in ("compound", "amod", "poss", "nmod"))):
            found = self.token_actor.get(token.i)
            builder = self.builders[found[0]] if found is not None else None
            country = self.state_words.get(token.i) or (builder.country if builder is not None else None)
            if country and not self.in_quote_at(token.i):
                return country
        return None

    def _setting_mention(self, i: int, builder: _Builder, states: bool = False) -> bool:
        """Whether token ``i`` names a town (with ``states``, also a state) as where something happens
        ('rallied in Niamey', 'clashes in Mali'): the story's setting, which weighs more than a state merely
        acting in it."""
        T = self.T
        if T.dep[i] == "compound" and T.lemma[T.head[i]] in PLACE_HEADS:
            i = T.head[i]  # 'in the Diffa region', 'the Kunar province': the place noun the name heads
        if builder.kind == "place" and builder.sector != "GOV" and T.dep[i] in ("dobj", "nsubjpass") and \
                T.pos[T.head[i]] == "VERB":
            return True  # 'shelled Kharkiv', 'Bosso was retaken': a town acted on is where it happens (not a
            # capital, which stands for its government: 'warned Washington')
        held = T.head[T.head[i]]  # ('a truce signed in Doha': where a deal was made, no setting of the story)
        return (builder.kind == "place" or (states and builder.kind == "country")) and T.dep[i] == "pobj" and \
            T.lower[T.head[i]] in ("in", "inside", "across", "throughout") and \
            not (T.dep[held] == "acl" and T.lemma[held] in word_classes()["@concluding"]) and \
            not self._at_an_occasion(held) and \
            not self._where_said(held)  # ("talks in Caracas", 'talks between the two sides in Jeddah')

    def _occasion_venue(self, i: int) -> bool:
        """Whether token ``i`` names (or qualifies) the place of an occasion: 'talks in Jeddah', 'a summit in
        the Saudi city of Jeddah', 'talks at the Qatari capital'."""
        T = self.T
        if T.dep[i] in ("amod", "compound"):
            i = T.head[i]  # 'the Saudi city'
        if T.dep[i] == "pobj" and T.lower[T.head[i]] == "of" and T.lemma[T.head[T.head[i]]] in PLACE_HEADS:
            i = T.head[T.head[i]]  # 'the city of Jeddah'
        return T.dep[i] == "pobj" and T.lower[T.head[i]] in ("in", "at") and self._at_an_occasion(T.head[T.head[i]])

    def _where_said(self, held: int) -> bool:
        """Whether a place phrase hangs on a verb of saying or on its hearers ('told reporters in Doha', 'said in
        Geneva'): where a statement was made is no setting of what it tells."""
        return statement_verb(self.doc[held]) is not None

    def _at_an_occasion(self, held: int) -> bool:
        """Whether the noun a place phrase hangs on is an occasion ('talks in Caracas'), or lies inside the
        phrase of one ('talks between the two sides in Jeddah', where the parser hangs the place on 'sides')."""
        T = self.T
        for _ in range(3):
            if T.pos[held] != "NOUN":
                return False
            if {T.lemma[held], T.lower[held]} & occasions():
                return True
            if T.dep[held] != "pobj" or T.lower[T.head[held]] not in ("between", "with", "among", "of"):
                return False
            held = T.head[T.head[held]]
        return False

    def _region_country(self) -> Optional[tuple[str, Optional[_Builder], int]]:
        """Failing any state named, the one state the named provinces and regions lie in ('gunmen raided
        villages in Borno': Nigeria's); none where they lie in several."""
        regions = [(start, self.builders[key]) for key, start, _ in set(self.token_actor.values())
                   if key.startswith(REGION_KEY) and not self.in_quote_at(start)]
        states = {b.country for _, b in regions if b.country}
        if not states:
            return self._town_country()
        if len(states) != 1:
            return None
        return next(iter(states)), None, min(start for start, _ in regions)

    def _town_country(self) -> Optional[tuple[str, Optional[_Builder], int]]:
        """Failing any state or region named, the one state the towns named lie in ('rebels clashed with the
        army in Kidal': Mali's), by the gazetteer; none where they lie in several, where a name is shared
        by several states ('Hyderabad') or none is known."""
        names = [(ent.start, ent.text) for ent in self.doc.ents if ent.label_ == "GPE"]
        names += [(t.i, _with_compounds(t)) for t in self.doc if t.pos_ == "PROPN" and t.dep_ == "pobj" and
                  t.head.lower_ in PLACE_PREPS and not t.ent_type_ == "GPE" and not t.text.islower()]  # ('into the
        # bush', tagged a name: a town's name is capitalised)  # (NER calls some towns NORP, LANGUAGE;
        # a name is read whole: 'at Makerere University' is no town called University)
        towns = [(start, gazetteer.locate(name)) for start, name in names if not self.in_quote_at(start)]
        states = {town.country for _, town in towns if town is not None}  # (a name states share, none)
        if len(states) != 1:
            return self._organ_country()
        return next(iter(states)), None, min(start for start, town in towns if town is not None)

    def _organ_country(self) -> Optional[tuple[str, Optional[_Builder], int]]:
        """Failing any place of one state, the one state whose named organs act in the story ('the EFCC
        arraigned two former governors': Nigeria's): a state's own police, army, courts or ministries work
        at home; none where the organs named are of several states."""
        organs = [(start, self.builders[key]) for key, start, _ in set(self.token_actor.values())
                  if key.startswith("entry:") and not self.in_quote_at(start)]
        organs = [(start, b) for start, b in organs if b.kind == "organisation" and b.sector in STATE_ORGANS]
        states = {b.country for _, b in organs if b.country}
        if len(states) != 1:
            return None
        return next(iter(states)), None, min(start for start, _ in organs)

    def default_countries(self) -> None:
        """Bodies and officials the text names without a state ('police arrested Tsvangirai', 'the
        opposition') belong to the article's main state: news leaves the local state implicit."""
        main = self.main_country()
        state = main[0] if main is not None else self.home  # failing a state in the text, the dateline's
        if state is None:
            return
        setting = self.setting_country()
        local_state = setting[0] if setting is not None else state  # people and local bodies: where it happens
        for builder in self.builders.values():
            if builder.key.startswith(("role:", "org:")) and not builder.country and not builder.code and builder.sector \
                    and builder.sector not in ("IGO", "NGO", "MED") and not _other_side(builder) \
                    and not self._foreign(builder):
                builder.country = self._there_country(builder) or \
                    self._phrase_owner_country(builder) or self._coordinated_country(builder) or \
                    self._kind_named_before(builder) or self._deployer_country(builder) or self._local_place_country(builder) or \
                    self._body_word_country(builder) or \
                    self._addresser_country(builder, state) or (local_state if builder.sector in LOCAL_SECTORS else
                                                                 self.seat if builder.sector in SEAT_SECTORS and self.seat
                                                                 else state)
                # (a capital's dateline gives its state's bare government, legislature and courts: 'WASHINGTON - The
                # Senate rejected a trade deal with Colombia' is the US Senate, as titled persons are its officials)
                shared = self._shared_people_states(builder)
                if shared is not None and builder.country not in shared:
                    builder.country = None  # 'Kurdish forces' in a French story: of no state the text gives

    def _shared_people_states(self, builder: _Builder) -> Optional[frozenset]:
        """The states a body's people word may be of, where its first mention holds one that several states'
        regions share ('Kurdish', 'Tamil': state_regions.tsv); None otherwise (no limit)."""
        if not builder.mentions:
            return None
        T = self.T
        start, end = builder.mentions[0]
        for j in range(start, end):
            if T.text[j][:1].isupper() and T.pos[j] in ("ADJ", "PROPN"):
                states = gazetteer.region_states(T.text[j])
                if len(states) > 1:
                    return states
        return None

    def _there_country(self, builder: _Builder) -> Optional[str]:
        """'Officials there', 'police there': a body placed by 'there' is of the state or place named last
        before it (outside quotations), not the story's main state."""
        if not builder.mentions:
            return None
        T = self.T
        start, end = builder.mentions[0]
        if not any(T.lower[j] == "there" and T.dep[j] == "advmod" for j in T.children(end - 1)):
            return None
        for j in range(start - 1, -1, -1):
            hit = self.token_actor.get(j)
            place = self.builders[hit[0]] if hit else None
            if place is not None and place.kind in ("country", "place") and place.country and not self.in_quote_at(j):
                return place.country
        return None

    def _speakers_country(self, builder: _Builder) -> Optional[str]:
        """The state of the body that reports a clause naming an office with no state ('the White House said
        the president would meet the Chinese leader'): the speaker's own, not a state the clause names for
        the other party. Only for persons: for bodies ('the Kremlin said the army ...') it cost one matched
        event on news 13-28."""
        if builder.sector not in STATE_ORGANS or not builder.mentions:
            return None
        T = self.T
        node = builder.mentions[0][1] - 1
        for _ in range(6):  # up to the reported clause's verb and its cue
            head = T.head[node]
            if head == node:
                return None
            if T.dep[node] == "ccomp" and T.lemma[head] in speech_cue_classes() and head < builder.mentions[0][0]:
                # (a report put first, '..., a spokeswoman for the US embassy said', names the story's bodies)
                speaker = next((c for c in self.doc[head].children if c.dep_ == "nsubj"), None)
                hit = self.token_actor.get(speaker.i) if speaker is not None else None
                owner = self.builders[hit[0]] if hit is not None else None
                if owner is None or owner is builder or not owner.country or \
                        owner.sector not in STATE_ORGANS and owner.kind != "country":
                    return None
                return owner.country
            node = head
        return None

    def _local_place_country(self, builder: _Builder) -> Optional[str]:
        """The state of the one place its sentence sets a local body in: people, crowds and police act
        where they are ('Russian airstrikes on Idlib killed nine civilians' → Syrian civilians; 'police in
        Lyon detained two Algerians' → French police), which in a cross-border story is not the article's
        main state. Armies, governments and rebels act abroad and keep the main state; armed men of no named
        allegiance act where they are ('gunmen abducted two Ghanaian engineers in Mali': Malian gunmen)."""
        unaffiliated = bool(builder.role) and builder.role.split()[-1] in word_classes()["@unaffiliated"]
        local = builder.sector in LOCAL_SECTORS or unaffiliated
        struck = not local and self._struck_owner(builder)
        if not (local or struck) or not builder.mentions:
            return None
        T = self.T
        sent = self.doc[builder.mentions[0][0]].sent
        states = set()
        for j in range(sent.start, sent.end):
            hit = self.token_actor.get(j)
            if hit is None or hit[1] != j:
                continue
            place = self.builders[hit[0]]
            head = hit[2] - 1
            if place.kind not in ("country", "place") or not place.country:
                continue
            if T.dep[head] == "pobj" and T.lower[T.head[head]] == "of":
                head = T.head[T.head[head]]  # 'in the province of Mendoza'
            elif T.dep[head] == "amod":
                head = T.head[head]  # 'in the Argentine province'
            if struck and T.lemma[head] in BORDER_NOUNS:
                continue  # ('insurgent positions near the Chadian border': the landmark's state is no owner)
            if T.dep[head] == "pobj" and T.lower[T.head[head]] in PLACE_PREPS and \
                    not self._where_said(T.head[T.head[head]]) and \
                    not self._at_an_occasion(T.head[T.head[head]]):  # ('told reporters in Paris that gunmen ...';
                # 'pledged to protect civilians after talks in Jeddah': where talks were held is no one's home)
                states.add(place.country)
        return states.pop() if len(states) == 1 else None

    def _border_landmark(self, start: int, end: int) -> bool:
        """Whether a state's mention names only whose border something is near ('near the Bhutan border', 'along
        the border with Bhutan', 'the Chadian frontier'): a landmark, which says nothing of which side the story
        is on."""
        T = self.T
        head = end - 1
        if T.dep[head] in ("compound", "amod", "nmod") and T.lemma[T.head[head]] in BORDER_NOUNS:
            return True
        prep = T.head[head]
        return T.dep[head] == "pobj" and T.lower[prep] == "with" and T.lemma[T.head[prep]] in BORDER_NOUNS

    def _struck_owner(self, builder: _Builder) -> bool:
        """Whether an armed body is named only as the owner of what force struck ('struck army positions near
        Damascus', 'shelled rebel bases in Idlib'): it is where the force lands, not the attacker's own."""
        T = self.T
        if builder.sector not in ("MIL", "REB") or not builder.mentions:
            return False
        for start, end in builder.mentions:
            last = end - 1
            if T.dep[last] not in ("compound", "amod", "nmod") or \
                    T.lemma[T.head[last]] not in word_classes()["@struck"]:
                return False
        return True

    def _foreign(self, builder: _Builder) -> bool:
        """'foreign intelligence services', 'foreign fighters', and a diplomatic post named without its state ('the
        embassies in Harare'): a body called foreign (in lower case) in any
        mention ('Iran seized an oil tanker' ... 'the foreign tanker') is not of the story's state; a 'foreign
        minister' or 'foreign ministry' is (the word names the office), and
        so is a 'Foreign Intelligence Service' (a name)."""
        T = self.T
        if not builder.mentions or (builder.sector == "GOV" and (builder.role or "").startswith("foreign")):
            return False
        if builder.role and _mission(builder.role):
            return True  # 'embassies in Harare', 'the consulate': a state's post abroad, never the host's
        return any(T.text[j] == "foreign" for start, end in builder.mentions for j in range(start, end))

    def _deployer_country(self, builder: _Builder) -> Optional[str]:
        """The state of whoever sends them, for forces or police named with no state as the object of a
        verb of deployment ('Brazil sent additional troops to the frontier', 'the government deployed riot
        police'), and for envoys sent ('Laos sent a delegation'): a state moves its own forces and sends its
        own envoys, whatever state the story is mostly about."""
        if builder.sector not in FORCE_SECTORS and builder.sector != "GOV" or not builder.mentions:
            return None
        T = self.T
        head = builder.mentions[0][1] - 1
        if T.dep[head] == "pobj" and T.lower[T.head[head]] == "of" and T.dep[T.head[T.head[head]]] == "dobj":
            head = T.head[T.head[head]]  # 'sent thousands of troops'
        elif T.dep[head] == "compound" and T.dep[T.head[head]] == "dobj":
            head = T.head[head]  # 'sent twenty police instructors'
        verb = T.head[head]
        # ('ordered the deployment of 500 troops': a deploying noun makes its verb's subject the deployer)
        deploying = T.lemma[verb] in DEPLOYING_VERBS or verb_lexicon().nominals.get(T.lemma[head]) in DEPLOYING_VERBS
        if T.dep[head] != "dobj" or not deploying or \
                builder.sector == "GOV" and T.lemma[verb] not in ("send", "dispatch"):
            return None  # ('sent delegations to the talks': envoys too are the sender's own)
        for j in T.children(verb):
            hit = self.token_actor.get(j) if T.dep[j] == "nsubj" else None
            sender = self.builders[hit[0]] if hit else None
            if sender is not None and sender is not builder and sender.country:
                if builder.sector == "GOV" and any(T.dep[k] == "conj" for k in T.children(j)):
                    return None  # ('Laos and Thailand sent delegations': each its own, no one state)
                return sender.country
        return None

    def _addresser_country(self, builder: _Builder, state: str) -> Optional[str]:
        """A government body with no state that addresses the story's state as such ('a foreign ministry
        spokesman urged Ankara to ...', 'the ministry accused Kenya of ...') speaks for another state: the
        latest other state named before it (a state names itself by its capital only abroad)."""
        if builder.sector != "GOV" or not builder.mentions:
            return None
        T = self.T
        start, end = builder.mentions[0]
        head = end - 1
        if T.dep[head] != "nsubj":
            return None
        verb = T.head[head]
        if not any(T.dep[j] in ("dobj", "dative") and (other := self._state_named_at(j)) is not None and
                   other.country == state for j in T.children(verb)):
            return None
        for j in range(start - 1, -1, -1):
            other = self._state_named_at(j)
            if other is not None and other.country != state:
                return other.country
        return None

    def _state_named_at(self, j: int) -> Optional[_Builder]:
        """The state token ``j`` names as such, by its name or its capital ('Kenya', 'Nairobi'), else None."""
        hit = self.token_actor.get(j)
        other = self.builders[hit[0]] if hit else None
        if other is None or not other.country:
            return None
        return other if other.kind == "country" or other.code == other.country + "GOV" else None

    def _coordinated_country(self, builder: _Builder) -> Optional[str]:
        """The state of the actor a body is coordinated with: 'talks between the Sudanese government and
        the rebels' are Sudan's rebels, whatever state the story names first."""
        if not builder.mentions:
            return None
        T = self.T
        head = builder.mentions[0][1] - 1
        partners = [T.head[head]] if T.dep[head] == "conj" else []
        partners += [k for k in T.children(head) if T.dep[k] == "conj"]
        for j in partners:
            hit = self.token_actor.get(j)
            other = self.builders[hit[0]] if hit else None
            if other is not None and other is not builder and other.country and other.kind != "person":
                return other.country
        return None

    def _phrase_owner_country(self, builder: _Builder) -> Optional[str]:
        """The state of the phrase a body is the place of: 'her Labour faction in parliament' is a
        faction of a Turkish party, so the parliament is Turkey's — the noun the 'in' phrase modifies,
        or a word before it ('Labour', 'her'), names an actor of one state."""
        if not builder.mentions:
            return None
        T = self.T
        head = builder.mentions[0][1] - 1  # the first mention's last word
        prep = T.head[head]
        if T.dep[head] != "pobj" or T.lower[prep] != "in" or T.dep[prep] != "prep":
            return None
        noun = T.head[prep]
        if T.pos[noun] not in ("NOUN", "PROPN"):
            return None
        for j in [noun] + [k for k in T.children(noun) if k < noun and T.dep[k] in ("compound", "poss", "amod")]:
            hit = self.token_actor.get(j)
            owner = self.builders[hit[0]] if hit else None
            if owner is not None and owner is not builder and owner.country:
                return owner.country
        return None

    def _kind_named_before(self, builder: _Builder) -> Optional[str]:
        """'Chadian troops attacked Sudanese rebels ... Two rebels were killed': a group of non-state people the
        text names by its role word alone, just after naming a group of that role with its state (the latest
        such, this paragraph or the one before), is of that group's state, not the story's main state."""
        if builder.kind == "person" or builder.sector not in KIND_SECTORS or not builder.role or not builder.mentions:
            return None
        start = min(builder.mentions)[0]

        def same_kind(other: _Builder, s: int, e: int) -> Optional[int]:
            return s if e <= start and other is not builder and other.country and other.kind == builder.kind and \
                other.role == builder.role and other.sector == builder.sector else None

        body = self._latest_body(start, 1, same_kind)
        return body.country if body is not None else None

    def _body_word_country(self, builder: _Builder) -> Optional[str]:
        """The state of the body a role's noun modifier names, where the story just named that body with its
        state: 'Chile's fisheries ministry summoned ... a ministry official said' is Chile's official, 'the
        Egyptian army said ... an army spokesman' Egypt's, '... a spokesman for the army' too (this paragraph or
        the one before), whatever state the story is mostly about."""
        if not builder.mentions:
            return None
        T = self.T
        start, end = min(builder.mentions)  # (the titled mention: 'military spokesman Colonel X', then 'X')
        role = builder.role or ""
        entry = self.dictionary.roles.get(role) or self.dictionary.roles.get(role.split(" ")[-1])  # ('army spokesman')
        if builder.kind != "person" and not (entry is not None and entry.person) and \
                T.lemma[end - 1] not in word_classes()["@people"]:
            return None  # (officials and spokesmen of a body; 'government forces' are the story's state's)
        # (the role word's modifiers, before a name after it: 'military spokesman Colonel Jose Reyes')
        word = role.split(" ")[-1]
        head = next((j for j in range(start, end) if word in (T.lower[j], T.lemma[j])), end - 1) if role else end - 1
        words = {T.lemma[j] for j in T.children(head) if start <= j < head and T.dep[j] in ("compound", "amod")
                 and (T.pos[j] in ("NOUN", "ADJ") or T.text[j].islower())}  # ('a navy spokesman': 'navy' a PROPN)
        words |= {T.lemma[o] for p in T.children(head) if T.dep[p] == "prep" and T.lower[p] in ("for", "of")
                  for o in T.children(p) if T.dep[o] == "pobj" and T.pos[o] == "NOUN"}  # ('a spokesman for the junta')
        if not words:
            return None
        # a body named by the word ('the Egyptian army'), or with a mention ending in it ("Sudan's army" for the
        # Sudanese Armed Forces)
        def named_by_word(other: _Builder, s: int, e: int) -> Optional[int]:
            return s if e <= start and other is not builder and other.country and \
                other.kind in ("organisation", "group") and \
                ((other.role or other.name).lower().split()[-1] in words or T.lemma[e - 1] in words) else None

        body = self._latest_body(start, 1, named_by_word)
        if body is not None:
            return body.country
        # further back, the one such body the article named ('Thai police arrested ... [three paragraphs]
        # A police spokesman said'), where every body so named is of one state
        states = {b.country for b in self.builders.values() if any(named_by_word(b, s, e) is not None
                                                                   for s, e in b.mentions)}
        return states.pop() if len(states) == 1 else None

    def entourage_names(self) -> None:
        """"Varga's deputy, Lena Ott,", "the president's adviser, Tom Hale,": a person named in apposition to
        someone's aide, deputy or team member (``@entourage`` and the deputy words) stands on that person's or
        body's side, with its sector and state, where nothing else gives the name one."""
        T, aides = self.T, word_classes()["@entourage"] | DEPUTY_WORDS
        for i in range(T.n):
            if T.lemma[i] not in aides or T.pos[i] != "NOUN":
                continue
            owner = next((self.token_actor.get(c) for c in T.children(i) if T.dep[c] == "poss"), None)
            named = next((self.token_actor.get(c) for c in T.children(i) if T.dep[c] == "appos"), None)
            if owner is None or named is None or owner[0] == named[0]:
                continue
            side, person = self.builders[owner[0]], self.builders[named[0]]
            if person.kind != "person" or person.code or person.country or person.sector or person.role or \
                    not (side.country or side.sector):
                continue
            person.sector, person.country = side.sector, side.country

    def spokespeople(self) -> None:
        """A spokesman with no owner named right after a body's own statement speaks for that body ('Hamas denied
        any involvement. A spokesman, X, said the movement ...'; 'The army denied the report. A spokesman said
        ...'): the subject of the previous sentence's main verb, a body or state of this paragraph or the one
        before, not the story's main state a bare title would get."""
        T = self.T
        for builder in self.builders.values():
            judges = builder.sector == "JUD" and builder.key.startswith("role:") and builder.kind in ("person", "group")
            if not (builder.kind == "person" and (builder.role or "").split(" ")[-1] in SPOKES_ROLES or judges) or \
                    builder.code or builder.country or not builder.mentions:
                continue
            start, end = min(builder.mentions)
            sent = self.doc[start].sent
            titles = [t for t in sent if t.lemma_.lower() in SPOKES_ROLES and abs(t.i - start) <= 4 or
                      judges and start <= t.i < end]
            if any(T.dep[j] == "poss" or (j in self.token_actor and self.token_actor[j][0] != builder.key)
                   for j in range(start, end)) or T.sent[start] == 0 or any(
                    c.dep_ in ("poss", "compound", "amod", "nmod") or (c.dep_ == "prep" and c.lower_ in ("of", "for"))
                    for t in titles for c in t.children):
                continue  # ('the army's spokesman', 'a Hamas spokesman', 'the rebels' spokesman, X,': owned)
            previous = self.doc[T.sent[start] - 1].sent
            if self._paragraph(start) - self._paragraph(previous.start) > 1:
                continue
            subject = next((c for c in previous.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            hit = self.token_actor.get(subject.i) if subject is not None else None
            body = self.builders[hit[0]] if hit is not None else None
            if body is None or body.kind not in ("organisation", "group", "country") or not (body.code or body.country) \
                    or body.sector == "MED":
                continue  # (an outlet that reported is no body the spokesman speaks for)
            if judges and not (body.sector == "JUD" or any(w in body.name.lower() for w in COURT_WORDS)):
                continue  # ('The ICC issued a warrant. Judges said ...': the court's judges; not another body's)
            builder.country = body.country
            if body.kind != "country":
                builder.code, builder.sector = body.code, body.sector

    def countries_for_titled_persons(self) -> None:
        """A titled person the dictionary does not know and the text gives no country ('President Samia
        Hassan has barred Tanzanian opposition rallies') belongs to the first state named in the same
        sentence, else to the first group of one state there ('Malian rebels'), else (but for international
        bodies' and media roles) to the article's main state ('Opposition leader Jan Kowal accused the
        government'): in news a bare title is the local one."""
        for builder in self.builders.values():
            if builder.kind != "person" or builder.country or builder.code or not builder.role:
                continue
            spans = sorted(v[1] for v in self.token_actor.values() if v[0] == builder.key)
            if not spans:
                continue
            sent = self.doc[spans[0]].sent
            if _other_side(builder):
                # 'Chile's minister met his counterpart in Lima', 'rejected an Indian proposal, urging the
                # counterpart to ...': the one other state the sentence names besides its first
                named = [self.builders[h[0]].country for h in (self.token_actor.get(t.i) for t in sent)
                         if h and self.builders[h[0]].kind in ("country", "place", "person", "group")
                         and self.builders[h[0]].key != builder.key and self.builders[h[0]].country]
                others = {c for c in named if c != named[0]} if named else set()
                builder.country = others.pop() if len(others) == 1 else None
                continue
            spoken = self._speakers_country(builder)
            if spoken:  # 'the White House said the president would meet the Chinese leader': the speaker's
                builder.country = spoken
                continue
            setting = self._relative_setting(self.doc[spans[0]])
            if setting is not None:  # 'travels on to Laos, where he will meet Prime Minister X': Laos's
                builder.country = setting
                continue
            own = _clause_complement(self.doc[spans[0]])
            # a state named only inside a reported or demanded clause the person is not in ('Minister X
            # demanded that Lima open an inquiry') is the other party, not the person's own
            # (each mention judged by its head word: 'au' in 'Port-au-Prince' stands in no phrase of its own)
            mentioned = [(self.doc[self._mention_head(hit[1], hit[2])], self.builders[hit[0]]) for t in sent
                         if _clause_complement(t) is own and (hit := self.token_actor.get(t.i))]
            others = [b for _, b in mentioned]
            # (a town or region where another clause's act happens is no official's state: 'as fighting in
            # Rakhine state pushed thousands to the border', said by Dhaka's foreign minister)
            person = self.doc[spans[0]]
            states = [b for t, b in mentioned if b.kind in ("country", "place") and b.country
                      and not (b.kind == "place" and _in_place_phrase(t) and _adverbial_clause(t, person))]
            # failing a state, a group of one ('The Malian rebels said they would free Governor X')
            # (an outlet's home is no clue: 'In an interview with Al Jazeera, the rebel leader said')
            # (not one the person acts on: 'the party leader vowed revenge against the Taliban' is no Afghan)
            groups = [b for b in others if b.kind in ("group", "organisation") and b.country and b.sector != "MED"
                      and not self._acted_on(b, sent)]
            if self._received_by_state(person):
                states = groups = []  # 'India congratulated Prime Minister X': another state's leader, not India's
            if states or groups:
                chosen = (states or groups)[0].country  # (not a state the person addresses: 'urged Kenya to')
                builder.country = self._addresser_country(builder, chosen) or chosen
            elif builder.sector not in ("IGO", "NGO", "MED"):  # 'opposition leader Jan Kowal': the story's state,
                # or in copy from a capital ('JAKARTA — ... Foreign Minister X said') that capital's state;
                # but the paragraph's own topic first ('Managua rejected the sanctions. Vice President X said ...')
                # ('an army spokesman' after "Chad's army": that army's, before the paragraph's topic)
                main = self.main_country()
                topic = self._topic_country(spans[0]) if builder.sector != "OPP" else None  # (an opposition figure
                # speaks for no state: 'The US embassy said ... Opposition leader X called' is the story state's)
                seat = self.seat if builder.sector in SEAT_SECTORS or main is None else None  # (a capital's
                # dateline gives its state's ministers, not the forces of the story: 'NAIROBI - Somali troops ...
                # A military spokesman said' is Somalia's)
                builder.country = self._body_word_country(builder) or self._announced_by_own_state(spans[0]) or \
                    topic or seat or (main[0] if main is not None else self.home)

    def _announced_by_own_state(self, i: int) -> Optional[str]:
        """The state whose own act a titled official with no state announces: the subject state of the clause the
        official's speech verb reports, where that clause tells a plan ('Kenya will send 600 officers to Haiti,
        Interior Minister X said') or a state's diplomatic act ('Germany summoned Iran's ambassador, a foreign
        ministry spokesman said'). A state's officials announce its plans and its diplomacy; its adversary's
        acts (an attack, a troop move) are as often told by the other side's, so those say nothing."""
        T = self.T
        held = self.token_actor.get(i)
        if held is None:
            return None
        head = self._mention_head(held[1], held[2])
        cue = T.head[head]
        if T.dep[head] != "nsubj" or T.lemma[cue] not in SPEAKING_VERBS:
            return None
        for clause in T.children(cue):
            if T.dep[clause] != "ccomp" or self.in_quote_at(clause):
                continue
            subject = next((c for c in T.children(clause) if T.dep[c] == "nsubj"), None)
            hit = self.token_actor.get(subject) if subject is not None else None
            doer = self.builders[hit[0]] if hit is not None else None
            if doer is None or not doer.country or not (doer.kind == "country" or doer.sector in STATE_ORGANS):
                continue
            planned = any(T.dep[c] == "aux" and T.lower[c] in ("will", "would") for c in T.children(clause))
            if planned or T.lemma[clause] in DIPLOMATIC_ACTS:
                return doer.country
        return None

    def _relative_setting(self, person: Token) -> Optional[str]:
        """The state of the place a 'where' clause holding the person hangs on ('... to Laos, where he will meet
        Prime Minister X'), else None."""
        clause = person.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children):
            return None
        for j in range(clause.head.i, max(clause.head.i - 6, clause.sent.start - 1), -1):  # (the parser may hang
            hit = self.token_actor.get(j)  # the clause on a date after the place: 'to Laos on Wednesday, where')
            place = self.builders[hit[0]] if hit else None
            if place is not None and place.kind in ("country", "place") and place.country:
                return place.country
        return None

    def _received_by_state(self, person: Token) -> bool:
        """Whether a titled person is the object of an act of a state or its government named as its subject
        ('India congratulated Prime Minister X', 'Chile's president received Foreign Minister Y'): one state
        deals with another's office holders, so the sentence's states say nothing of the person's."""
        T = self.T
        held = self.token_actor.get(person.i)
        if held is None:
            return False
        head = self._mention_head(held[1], held[2])
        if T.dep[head] not in ("dobj", "dative"):
            return False
        verb = T.head[head]
        subject = next((j for j in T.children(verb) if T.dep[j] == "nsubj"), None)
        if subject is None and T.dep[verb] == "acl" and T.dep[T.head[verb]] == "dobj":
            # ('Spain's parliament passed a motion recognising X': who passed the motion)
            subject = next((j for j in T.children(T.head[T.head[verb]]) if T.dep[j] == "nsubj"), None)
        hit = self.token_actor.get(subject) if subject is not None else None
        state = self.builders[hit[0]] if hit is not None and hit[0] != held[0] else None
        # (a state's police or courts act on its own people: 'Ugandan police arrested the opposition leader')
        return state is not None and bool(state.country) and (state.kind == "country" or state.sector in ("GOV", "LEG"))

    def _topic_country(self, i: int) -> Optional[str]:
        """The state the sentence before token ``i``'s, in the same paragraph, has as the subject of its main verb
        (the state, its capital or one of its organs, outside quotations): a title with no state that follows
        speaks for the state the paragraph is about ('Managua rejected the sanctions. In a statement, Vice
        President X said ...')."""
        sent = self.doc[i].sent
        if sent.start == 0:
            return None
        previous = self.doc[sent.start - 1].sent
        if paragraph_break_after(self.doc.text, previous, sent.start_char) or not previous.text.strip():
            return None
        root = previous.root
        stated = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
        if stated is not None and any(c.dep_ == "dobj" and c.lemma_.lower() in ("charge", "accusation", "allegation",
                                                                              "claim") and c.i < root.i
                                      for c in root.children):
            root = stated  # the parser's '[Y accused Z of X], a charge Z denies': Y's sentence
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or self.in_quote_at(subject.i):
            return None
        hit = self.token_actor.get(subject.i)
        topic = self.builders[hit[0]] if hit is not None else None
        if topic is None or not topic.country or not (
                topic.kind in ("country", "place") or topic.sector in STATE_ORGANS):
            return None
        if any(c.dep_ == "poss" and (c.pos_ == "PRON" or (c.i in self.token_actor and
                                                          self.builders[self.token_actor[c.i][0]].kind == "person"))
               for c in subject.children):
            return None  # ("her lawyer said": someone's agent speaks for no state the paragraph is about)
        return topic.country

    def _acted_on(self, builder: _Builder, sent) -> bool:
        """Whether a group's mention in ``sent`` is what its clause acts on or deals with: a verb's object or the
        object of a preposition of direction ('against', 'on', 'at', 'towards') or of a counterpart ('demanded an
        apology from', 'talks with', 'a letter to')."""
        T = self.T
        for start, end in builder.mentions:
            if not sent.start <= start < sent.end:
                continue
            head = end - 1
            if T.dep[head] == "dobj" or T.dep[head] == "pobj" and T.lower[T.head[head]] in COUNTERPART_PREPS:
                return True
        return False


# A state's diplomatic acts, which its own officials announce ('X summoned the ambassador, a spokesman said').
DIPLOMATIC_ACTS = frozenset({"summon", "recall", "sign", "ratify", "recognise", "recognize", "appoint", "lodge",
                             "donate", "pledge"})
# Nouns of a boundary between states, whose state modifier is a landmark ('near the Chadian border').
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
# Prepositions that name what an act is aimed at ('revenge against X', 'fired on Y').
AIMING_PREPS = frozenset({"against", "on", "at", "towards", "toward"})
# ... and those that name the other party of a dealing ('an apology from X', 'talks with Y', 'a note to Z').
COUNTERPART_PREPS = AIMING_PREPS | {"from", "with", "to"}
# Sectors of the forces a state moves (troops, police): sent or deployed, they are its own.
FORCE_SECTORS = frozenset({"MIL", "COP"})
# What a state named in the lead sentence adds to its count of mentions when the article's main state is chosen.
LEAD_BONUS = 2
# Verbs done to people, after whose object a 'from' phrase the parser hung on the verb tells where they are from
# ('detained fourteen traders from Somalia'); not verbs of removal ('expelled diplomats from Kenya').
HARMING_VERBS = frozenset({"detain", "arrest", "hold", "jail", "charge", "sentence", "kill", "shoot", "wound", "injure",
                           "abduct", "kidnap", "seize", "capture", "beat", "attack", "execute", "torture", "hang"})
# Words naming a court, whose judges a role of the judiciary right after it names (spokespeople).
COURT_WORDS = ("court", "tribunal")
# Words of those who stand in for a person or body besides @entourage ('Varga's deputy, X').
DEPUTY_WORDS = frozenset({"deputy", "adviser", "advisor", "assistant"})
# Roles that speak for a body ('a spokesman said'), whose body the sentence before may name (spokespeople).
SPOKES_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# Participles by which a state or organisation named before a hyphen leads a force ('Kenyan-led troops',
# 'NATO-led peacekeepers'): the force is its.
LEADING_PARTICIPLES = frozenset({"lead", "led", "command", "commanded", "head", "headed"})
# What the dateline's state adds to its count, where the text names it too ('CHISINAU — Moldova expelled a Russian
# diplomat ...': the Russian embassy, ambassador and ministry named after do not make it Russia's story; a bureau's
# dateline for a neighbour's story, 'BEIRUT — Syrian troops ...', adds nothing where Lebanon goes unnamed). For the
# state the story happens in it weighs as two towns named as the scene ('who lives in Moscow' is one).
DATELINE_BONUS = 2
# Verbs of making a statement somewhere ('told reporters in Paris', 'speaking in Geneva'): the place is the
# statement's, not that of what it tells (not 'questioned', 'accused': acts done to someone where they are; not
# 'declared', 'announced', whose object may be an act placed there: 'declared a curfew in Sindh').
SPEAKING_VERBS = frozenset({"say", "tell", "speak", "talk", "address", "brief", "testify", "write", "comment",
                            "remark"})


def statement_verb(held):
    """The verb of making a statement (SPEAKING_VERBS) that a place phrase hangs on, directly or through its
    hearers ('said in Geneva', 'told reporters in Paris', 'speaking to reporters in Lima'), else None.
    ``held``: the word the phrase's preposition hangs on, a spaCy Token or the event coder's stand-in for one
    (the coder's repaired tree)."""
    if held.pos_ == "NOUN" and held.dep_ in ("dobj", "dative", "pobj"):
        held = held.head if held.dep_ != "pobj" else held.head.head
    return held if held.pos_ == "VERB" and held.lemma_.lower() in SPEAKING_VERBS else None

# Sectors of titled officials whom a capital's dateline places in its state when their sentence names none.
SEAT_SECTORS = frozenset({"GOV", "LEG", "JUD"})
# What naming a state or town as where something happens ('in Niamey') adds to its count.
SETTING_BONUS = 1
# ... and, for the state the story happens in (setting_country), naming a town or state so.
PLACE_BONUS = 3
# Verbs by which a state moves its own forces: their object, named with no state, is the subject's.
DEPLOYING_VERBS = frozenset({"send", "deploy", "dispatch", "station", "mobilise", "mobilize", "mass", "amass",
                             "withdraw", "pull", "redeploy", "reinforce", "move", "post"})
# Roles held for the other side: a counterpart named with no state is not of the state beside it.
OTHER_SIDE_ROLES = frozenset({"counterpart"})
# Envoys, and the verbs by which a state treats another state's envoys (never its own): a possessive on them
# ('expelled two of its diplomats') names the other state.
ENVOY_WORDS = frozenset({"diplomat", "envoy", "ambassador", "attache", "attaché", "consul", "chargé", "charge"})
EXPELLING_VERBS = frozenset({"expel", "summon", "deport"})
# Sectors of people who are no organ of a state, whose state a bare role word leaves to the group named before.
KIND_SECTORS = frozenset({"REB", "CRM", "OPP", "CVL", "REF", "INS"})
# Bodies that act where they are: the state of the place their sentence names is theirs.
LOCAL_SECTORS = frozenset({"CVL", "REF", "OPP", "EDU", "LAB", "COP", "AGR", "HLH", "CRM"})
# Nouns a place's name may qualify ('the Diffa region', 'Helmand province').
PLACE_HEADS = frozenset({"region", "province", "district", "state", "county", "governorate", "prefecture", "department",
                         "town", "city", "village", "area"})
# Prepositions that set a place ('in Idlib', 'near the border town of X', 'across Y').
PLACE_PREPS = frozenset({"in", "on", "at", "near", "across", "outside", "inside", "into", "around", "throughout"})


def _other_side(builder: _Builder) -> bool:
    """Whether a role is held for the other side ('his counterpart'): another state's, not the story's."""
    return bool(builder.role) and builder.role.split()[-1] in OTHER_SIDE_ROLES


def _clause_complement(token: Token) -> Optional[Token]:
    """The nearest clausal complement ('ccomp': what is said, demanded, believed) the token stands in, or
    None in the main clause."""
    while token.head.i != token.i:
        if token.dep_ == "ccomp":
            return token
        token = token.head
    return None


def _headed_by(role: str, words: frozenset[str]) -> bool:
    """Whether a role phrase's last word, singular or plural, is one of ``words`` ('consulates', 'embassies')."""
    word = role.lower().split()[-1]
    return word in words or (word.endswith("ies") and word[:-3] + "y" in words) or \
        (word.endswith("s") and word[:-1] in words)


def _mission(role: str) -> bool:
    """Whether a role word names a state's diplomatic post abroad ('embassy', 'consulates')."""
    return _headed_by(role, word_classes()["@missions"])


def _posted_abroad(role: str) -> bool:
    """Whether a role names a diplomatic post or its people ('embassies', 'diplomats', 'the envoy'), whom an 'in'
    phrase places abroad rather than makes the host's."""
    return _mission(role) or _headed_by(role, word_classes()["@envoys"])


def _with_compounds(token) -> str:
    """A proper noun with the compound words before it ('Makerere University'), as the text writes them."""
    start = min([c.i for c in token.children if c.dep_ == "compound" and c.i < token.i] + [token.i])
    return token.doc[start:token.i + 1].text


def _adverbial_clause(token: Token, person: Token) -> bool:
    """Whether the token stands in an adverbial clause the person is not in ('..., Minister X said, as fighting in
    Rakhine pushed thousands to the border'): a clause of its own, with its own events and places."""
    while token.head.i != token.i:
        if token.dep_ == "advcl":
            return not (token.left_edge.i <= person.i <= token.right_edge.i)
        token = token.head
    return False


def _in_place_phrase(token: Token) -> bool:
    """Whether a name stands in a preposition's phrase of place ('fighting in Rakhine state', 'a rally in
    Lyon'), itself or as the modifier of its noun."""
    node = token
    while node.dep_ in ("compound", "amod", "nmod") and node.head.i != node.i:
        node = node.head
    return node.dep_ == "pobj" and node.head.lower_ in PLACE_PREPS
