"""When and where: the event's date (the clause's date expression resolved against publication) and place
(a named place under a location preposition), each read once per sentence, and the tokens of an actor's
mention, which the place must not be.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from dyad import gazetteer
from dyad.actors.codes import statement_verb
from dyad.actors.index import STATE_ORGANS
from dyad.codebooks import word_classes
from dyad.events.arguments import government_ref
from dyad.events.lexicon import LANDMARK_PREPS, LOCATION_PREPS, VISIT_CODES
from dyad.events.tokens import _children, _first, _Tok, _in
from dyad.records import ActorRef, Place
from dyad.temporal import needs_anchor, resolve


# Entity labels a located name may carry: the tagger calls many towns persons or organisations ('in Sialkot').
PLACE_LABELS = ("GPE", "LOC", "FAC", "NORP", "ORG", "PERSON")

# Prepositions that set a protest at a building: 'outside', 'at', 'before', 'to' (marched to) ... ('in front of'
# is read apart).
MISSION_PREPS = LOCATION_PREPS | LANDMARK_PREPS | {"to", "before", "opposite", "toward", "towards"}


class SettingMixin:
    """Dates and places of events (mixed into :class:`~dyad.events.coder.EventCoder`; uses only
    ``self``)."""

    def _dates(self, sent: Span) -> list[tuple[Span, list[_Tok], str]]:
        """The sentence's DATE and TIME entities outside quotation marks, with their tokens and text: read
        once per sentence, not once per event."""
        found = self._dates_memo.get(sent.start)
        if found is None:
            found = self._dates_memo[sent.start] = [
                (e, _in(e, self.tokens), self._text(e)) for e in self._sentence_ents.get(sent.start, ())
                if e.label_ in ("DATE", "TIME") and not self.inside(self.tokens[e.start])]
        return found

    def date_of(self, sent: Span, verb: Token) -> tuple[Optional[str], Optional[str]]:
        """The date expression of the verb's clause (or the sentence), resolved against publication."""
        candidates = self._dates(sent)
        if candidates:
            def distance(candidate: tuple[Span, list[_Tok], str]) -> tuple[int, int]:
                ent, tokens, _ = candidate
                attached = any(t.head is verb or t.head.head is verb for t in tokens)
                return (0 if attached else 1, abs(ent.start - verb.i))
            for _, _, text in sorted(candidates, key=distance):
                resolved = resolve(text, self.published)
                if resolved is not None:
                    return resolved.isoformat(), text
                if self.published is None and needs_anchor(text):  # kept as written, never read on the clock
                    return None, text
        return (self.published.isoformat() if self.published else None), None

    def location(self, sent: Span, used: set[int], anchor: Optional[Token] = None) -> Optional[Place]:
        """The place the sentence sets the event in: a named place governed by 'in', 'at', 'near' ...,
        directly or through a place noun ('near the town of Samarra', 'in Bam, Iran'). A capital that is
        also an actor ('in Baghdad') is still a place here, the target's included ('lifted the curfew in
        Montenegro'). ``used``: tokens of the event's source. With ``anchor`` (the event's verb), where
        another verb's statement was made is not where the event happened ('told reporters in Paris that
        gunmen had killed 12 villagers': the killing is not in Paris)."""
        return next((place for start, place in self._places(sent) if start not in used and
                     (anchor is None or not self._said_there(self.tokens[start], anchor))), None)

    @staticmethod
    def _said_there(token: Token, anchor: Token) -> bool:
        """Whether a place phrase hangs on a verb of making a statement other than ``anchor``, or on its
        hearers ('told reporters in Paris', 'said in Geneva', 'speaking in Lima')."""
        node = token
        for _ in range(4):  # up to the place phrase's preposition ('in the town of X', 'in X, Y')
            if node.dep_ == "pobj" and node.head.lower_ in LOCATION_PREPS:
                break
            if node.head.i == node.i:
                return False
            node = node.head
        verb = statement_verb(node.head.head)
        return verb is not None and verb.i != anchor.i and \
            not (verb.dep_ == "advcl" and verb.head.i == anchor.i)  # ('Speaking in Paris, X said ...': X's own)

    def _places(self, sent: Span) -> list[tuple[int, Place]]:
        """(first token, place) of each located place name in the sentence, in order: found once per
        sentence; :meth:`location` takes the first not in the source's mention."""
        found = self._places_memo.get(sent.start)
        if found is not None:
            return found
        found = self._places_memo[sent.start] = []
        for ent in self._sentence_ents.get(sent.start, ()):
            if ent.label_ not in PLACE_LABELS or self.inside(self.tokens[ent.start]):
                continue
            if not self._located(self.tokens[ent.root.i]):
                continue
            name = self._text(ent)
            if ent.label_ not in ("GPE", "LOC", "FAC", "NORP") and not self._unclaimed_place(ent):
                continue  # 'in Sialkot' tagged a person or an organisation is still a town; a known body is not
            country = gazetteer.country_code(name) if ent.label_ != "NORP" else None  # NER calls some towns NORP
            located = gazetteer.locate(name, self._named_states()) if country is None else None
            place = located.city if located is not None else gazetteer.city(name) if country is not None else None
            if place is not None and country is not None and place.country != country:
                place = None  # 'in Montenegro' is the state, not the Brazilian town of that name
            if place is None and located is not None:  # a province or region: its state, no coordinates
                found.append((ent.start, Place(name=name, country=located.country, start_char=ent.start_char,
                                               end_char=ent.end_char)))
            elif place is not None:
                found.append((ent.start, Place(name=name, country=place.country, latitude=place.latitude,
                                               longitude=place.longitude, start_char=ent.start_char,
                                               end_char=ent.end_char)))
            elif country is not None:
                found.append((ent.start, Place(name=name, country=country, start_char=ent.start_char,
                                               end_char=ent.end_char)))
        return found

    def _named_states(self) -> frozenset[str]:
        """The states the article names as actors: which of the states sharing a place name it means."""
        if self._named_memo is None:
            self._named_memo = frozenset(a.country for a in self.index.actors if a.kind == "country" and a.country)
        return self._named_memo

    def _unclaimed_place(self, ent: Span) -> bool:
        """Whether a name the tagger took for a person or body is no actor but a place or state."""
        ref = self.index.at(self.tokens[ent.root.i])
        return ref is None or ref.actor_id is None or self.index.get(ref.actor_id).kind in ("place", "country")

    def protested_mission(self, verb: Token, sources: list[ActorRef]) -> list[ActorRef]:
        """The diplomatic post a protest is held at ('protested outside the British embassy', 'rallied in
        front of the Chinese consulate'): a protest at a state's post abroad is aimed at that state."""
        missions = word_classes()["@missions"]
        source_ids = {s.actor_id for s in sources}
        for prep in _children(verb, "prep"):
            held = _first(prep, "pobj")
            if held is not None and prep.lower_ == "in" and held.lower_ == "front":  # 'in front of'
                of = next((p for p in _children(held, "prep") if p.lower_ == "of"), None)
                held = _first(of, "pobj") if of is not None else None
            elif prep.lower_ not in MISSION_PREPS:
                continue
            if held is None or held.lemma_.lower() not in missions:
                continue
            ref = self.index.at(held)
            if ref is not None and ref.actor_id not in source_ids:
                return [ref]
        return []

    def protested_government(self, sent: Span, sources: list[ActorRef]) -> list[ActorRef]:
        """The government a protest with no named target is aimed at ('thousands rallied in the capital',
        'opposition supporters marched on Sunday'): demonstrators press the authorities of their own state,
        else of the state the sentence places the protest in. None where a source is itself a state organ
        (a government's own show of protest names whom it protests)."""
        if not sources or any(s.sector in STATE_ORGANS or not s.sector for s in sources):
            return []
        homes = {s.country for s in sources if s.country}
        if len(homes) > 1:
            return []
        place = None if homes else self.place_state(sent)
        country = next(iter(homes)) if homes else (place.country if place is not None else None)
        if not country:
            return []
        return [government_ref(country, sent.start_char)]

    def place_state(self, sent: Span, anchor: Optional[Token] = None) -> Optional[ActorRef]:
        """The state of the place the sentence sets its event in ('A bomb near Samarra killed ...' →
        Iraq), as an actor: where violence with no named perpetrator is placed. With ``anchor``, a place inside
        that act's own clause comes first ('struck camps inside Afghanistan, a day after a bombing killed seven
        soldiers in Waziristan': the killing is placed in Waziristan)."""
        place = None
        if anchor is not None:
            clause = anchor.subtree
            inside = {t.i for t in clause}
            place = next((p for start, p in self._places(sent) if start in inside), None)
            if place is None and any(named_place(t) for t in clause):
                return None  # a place of its own the gazetteer does not know: not another clause's
        place = place or self.location(sent, set())
        if place is None or not place.country:
            return None
        main = self.index.main_country_ref()
        if main is not None and main.country == place.country:
            return main
        return ActorRef(actor_id=None, name=place.name, code=place.country, country=place.country,
                        start_char=place.start_char, end_char=place.end_char)

    def capital_role(self, sent: Span, ref: Optional[ActorRef], code: str = "") -> Optional[ActorRef]:
        """Capital-city metonymy: a capital stands for its state's government only where it acts, as the
        subject (or agent, or possessor of the subject) of a clause of this sentence ('Lima protested',
        'a note delivered by Lima', 'an apology by Lima'), or where it is addressed, as the object of a
        verbal or diplomatic act (CAMEO 01-13 but visits: 'Quito warned Lima', 'talks with Lima'); anywhere
        else it is a place, and the state it lies in ('a bomb in Lima', 'rockets fired at Lima', 'arrived in
        Lima' → PER, not PERGOV)."""
        if ref is None or ref.sector != "GOV" or not ref.actor_id or self.index.get(ref.actor_id).kind != "place":
            return ref
        if sent.start_char <= ref.start_char < sent.end_char:
            span = self.doc.char_span(ref.start_char, ref.end_char, alignment_mode="expand")
            node = span.root if span is not None else None
            while node is not None and node.dep_ in ("conj", "appos", "compound") and node.head.i != node.i:
                node = node.head  # 'Lima and Quito said'
            if node is not None and (node.dep_ in ("nsubj", "nsubjpass", "csubj") or
                                     (node.dep_ == "pobj" and (node.head.dep_ == "agent" or node.head.lower_ == "by")) or
                                     (node.dep_ == "poss" and node.head.dep_ in ("nsubj", "nsubjpass"))):
                return ref
            addressed = "01" <= code[:2] <= "13" and not code.startswith(VISIT_CODES)
            if node is not None and addressed and (node.dep_ in ("dobj", "dative") or (
                    node.dep_ == "pobj" and node.head.lower_ in ("with", "to", "against", "on"))):
                return ref
        return ref.model_copy(update={"code": ref.country or ref.code[:3], "sector": None})

    def _mention_tokens(self, ref: ActorRef) -> set[int]:
        """:meth:`_actor_tokens` of one actor, once per mention."""
        key = (ref.actor_id is not None, ref.start_char, ref.end_char)
        found = self._mention_memo.get(key)
        if found is None:
            found = self._mention_memo[key] = self._actor_tokens(ref)
        return found

    def _actor_tokens(self, *refs: Optional[ActorRef]) -> set[int]:
        found = set()
        for ref in refs:
            if ref is not None and ref.actor_id is not None:  # a state placed by the location is no mention
                span = self.doc.char_span(ref.start_char, ref.end_char, alignment_mode="expand")
                if span is not None:
                    found.update(range(span.start, span.end))
        return found

    @staticmethod
    def _located(token: Token) -> bool:
        """Whether a place name hangs under a location preposition, possibly through 'the town of',
        an apposition ('Bam, Iran') or a compound."""
        node = token
        for _ in range(4):
            if node.dep_ == "pobj" and node.head.lower_ in LOCATION_PREPS:
                return True
            if node.dep_ in ("pobj", "appos", "compound", "conj") or (node.dep_ == "prep" and node.lower_ == "of"):
                if node.head.i == node.i:
                    return False
                node = node.head
                continue
            return False
        return False


# Nouns of a place a name modifies ('the Rasht district', 'Kapisa province').
PLACE_HEADS = frozenset({"district", "province", "region", "county", "town", "village", "city", "area", "valley",
                         "state", "governorate", "prefecture", "municipality", "township", "zone"})


def named_place(token) -> bool:
    """Whether a prepositional object names a place: a place entity ('in Rasht'), or a place noun a proper name
    modifies ('in the Rasht district')."""
    if token.dep_ != "pobj":
        return False
    return token.ent_type_ in ("GPE", "LOC") or (token.lemma_lower in PLACE_HEADS and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children))
