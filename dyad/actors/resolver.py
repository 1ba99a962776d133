"""The resolver: one article's state while the passes run, the order of the passes, and the frozen result.

:class:`_Resolver` holds what every pass reads and writes (the shared token table, the actors being
built, the actor each token mentions) and the few helpers that change it (``builder``, ``claim``,
``entry_builder``); the passes themselves are its mixins, one file per concern: mentions
(:mod:`dyad.actors.mentions`), coreference (:mod:`dyad.actors.coreference`), codes
(:mod:`dyad.actors.codes`). :func:`resolve_actors` runs them in order and freezes the result into an
:class:`~dyad.actors.index.ActorIndex`.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

from spacy.tokens import Doc, Token

from dyad import gazetteer
from dyad.actors.codes import _Codes
from dyad.actors.coreference import _Coreference
from dyad.actors.index import ActorIndex, _Builder
from dyad.actors.lookup import _country_name
from dyad.actors.mentions import _Mentions
from dyad.actors.organisations import _Organisations, join_coordinated_names
from dyad.actors.tokens import TokenTable
from dyad.codebooks import ActorDictionary, ActorEntry, actor_dictionary, from_phoenix
from dyad.nlp import in_ranges
from dyad.records import Actor, ActorRef, Entity, Mention


class _Resolver(_Mentions, _Organisations, _Coreference, _Codes):
    """Reads one Doc; see :func:`resolve_actors`."""

    _country_name = staticmethod(_country_name)  # (dyad.actors.lookup) for the passes and freeze

    def __init__(self, doc: Doc, dictionary: ActorDictionary, published: Optional[dt.date],
                 quoted: list[tuple[int, int]], text: Optional[str] = None):
        self.doc = doc
        self.ents = join_coordinated_names(doc)  # (doc.ents builds its spans anew on every read)
        self.T = TokenTable(doc, text)
        self.dictionary = dictionary
        self.published = published.isoformat() if published else None
        self.quoted_chars = quoted
        self._quote_starts = [a for a, _ in quoted]
        self.builders: dict[str, _Builder] = {}
        self.token_actor: dict[int, tuple[str, int, int]] = {}
        self.entities: list[Entity] = []
        self.told_genders: dict[str, str] = {}  # person key → the gender of the first 'he'/'she' resolved to them
        self.ethnic_words: set[int] = set()  # demonyms after 'ethnic': a people, not a state
        self.state_words: dict[int, str] = {}  # first tokens of state names → ISO-3, even once a role phrase absorbs them
        self._paragraph_breaks: Optional[list[int]] = None
        self._sentence_starts: Optional[list[int]] = None
        self._main_country: Optional[tuple] = None
        self._setting_country: Optional[tuple] = None
        self.home: Optional[str] = None  # the dateline's state (resolve_actors)
        self.seat: Optional[str] = None  # the state whose capital the dateline names

    # ----------------------------------------------------------------- helpers
    def in_quote(self, token: Token) -> bool:
        return self.in_quote_at(token.i)

    def in_quote_at(self, i: int) -> bool:
        return bool(self.quoted_chars) and in_ranges(self.T.idx[i], self.quoted_chars, self._quote_starts)

    def builder(self, key: str, **fields) -> _Builder:
        if key not in self.builders:
            self.builders[key] = _Builder(key=key, **fields)
        return self.builders[key]

    def claim(self, builder: _Builder, start: int, end: int, *, absorb: bool = False) -> None:
        """Record a mention; ``absorb`` lets a role phrase take over its qualifier's tokens
        ('the Turkish President' is the president, not Turkey)."""
        taken = [i for i in range(start, end) if i in self.token_actor]
        if taken and not (absorb and all(self.builders[self.token_actor[i][0]].kind != "person"
                                         or self._stray_name(self.token_actor[i][0], start, end) for i in taken)):
            return
        builder.mentions.append((start, end))
        for i in range(start, end):
            self.token_actor[i] = (builder.key, start, end)

    def release(self, held: tuple[str, int, int]) -> None:
        """Take back a mention (key, start, end) a builder holds: the builder no longer has it and its tokens are
        free for another claim."""
        key, start, end = held
        builder = self.builders[key]
        builder.mentions = [m for m in builder.mentions if m != (start, end)]
        for i in range(start, end):
            if self.token_actor.get(i, ("",))[0] == key:
                del self.token_actor[i]

    def _stray_name(self, key: str, start: int, end: int) -> bool:
        """A 'person' the tagger made of role words alone ('Riot police fired ...': 'Riot' tagged PERSON at
        the start of a sentence): no dictionary entry, and every token of it inside the role phrase
        being claimed, so the role phrase may take it over."""
        return not key.startswith("entry:") and all(
            start <= i < end for i, (k, _, _) in self.token_actor.items() if k == key)

    def entry_builder(self, entry: ActorEntry) -> _Builder:
        country, sector, role = entry.country, entry.sector, entry.role
        held = entry.role_on(self.published)
        if held:
            role = held[0] or role
            country = held[1] or country
            sector = held[2] or sector
        code = entry.code if entry.kind != "person" else None
        if held and held[1] and entry.kind != "person":  # 'ZIMBABWE [RHO <790606] [ZBW]' in 1978: RHO
            code = held[1] + held[2]
        if entry.kind == "person" and not country and entry.code:
            code = entry.code
        if entry.kind != "person" and not held and from_phoenix(entry) and country in self.dictionary.regions.values():
            state = self._state_in_name(entry.name)  # 'Oromo Liberation Front [EAFREB]': ETHREB
            if state:
                country, code = state, state + (sector or "")
        kind = "country" if entry.kind == "country" else entry.kind
        name = _phoenix_display(entry.name) if from_phoenix(entry) else entry.name
        return self.builder(f"entry:{entry.origin or entry.name}", name=name, kind=kind, country=country,
                            sector=sector, role=role, code=code)

    def _state_in_name(self, name: str) -> Optional[str]:
        """The one state a group's name places it in, by a state's name or adjective ('Eritrean Liberation
        Front') or a region of one state ('Oromo', 'Tigray'): Phoenix codes many armed groups by a world region
        (EAF, MEA, SEA), which no story's dyad of states can match, where the name says whose they are (a
        dictionary the user gives keeps its own codes)."""
        words = [w for w in name.replace("-", " ").split() if w[:1].isupper()]
        states = {code for w in words if (code := gazetteer.country_code(w))}
        if not states:
            states = {code for w in words if (code := self._listed_region_state(w))}
        return states.pop() if len(states) == 1 else None

    # ----------------------------------------------------------------- output
    def freeze(self) -> ActorIndex:
        ids: dict[str, str] = {}
        actors: list[Actor] = []
        mentions: dict[str, set[tuple[int, int]]] = {}
        for i, (key, start, end) in self.token_actor.items():
            mentions.setdefault(key, set()).add((start, end))
        ordered = sorted((self.builders[key] for key in mentions), key=lambda b: min(mentions[b.key]))
        for number, builder in enumerate(ordered, 1):
            actor_id = f"A{number}"
            ids[builder.key] = actor_id
            spans = sorted(mentions.get(builder.key, set()))
            actors.append(Actor(
                id=actor_id, name=builder.name, kind=builder.kind, code=builder.final_code(),
                country=builder.country, role=builder.role, sector=builder.sector,
                mentions=[Mention(text=self.T.span_text(s, e), start_char=self.T.idx[s],
                                  end_char=self.T.end_char(e - 1)) for s, e in spans],
            ))
        by_token = {i: (ids[key], start, end) for i, (key, start, end) in self.token_actor.items() if key in ids}
        entities = []
        for ent in self.ents:
            hit = by_token.get(ent.start)
            actor = actors[int(hit[0][1:]) - 1] if hit else None
            entities.append(Entity(text=self.T.span_text(ent.start, ent.end), label=ent.label_,
                                   start_char=self.T.idx[ent.start], end_char=self.T.end_char(ent.end - 1),
                                   actor_id=actor.id if actor else None, country=actor.country if actor else None))
        index = ActorIndex(self.doc, actors, entities, by_token, self._state_ref(self.main_country(), ids, mentions),
                           self._state_ref(self.setting_country(), ids, mentions))
        index._tokens = self.T
        return index

    def _state_ref(self, main: Optional[tuple], ids: dict, mentions: dict) -> Optional[ActorRef]:
        """The main or setting state as an actor: its own actor where the text names it alone, else the state
        itself at the word naming it ('Egyptian police')."""
        if main is None:
            return None
        iso3, own, token = main
        if own is not None and own.kind == "place":  # a town or region that placed the story is not the state:
            # the state's own record where the text names it, else the state at the town's word
            own = next((b for b in self.builders.values() if b.kind == "country" and b.country == iso3
                        and b.key in ids), None)
        if own is not None and own.key in ids:
            span = min(mentions[own.key])
            return ActorRef(actor_id=ids[own.key], name=own.name, code=own.final_code(), country=iso3,
                            sector=own.sector, start_char=self.doc[span[0]].idx,
                            end_char=self.doc[span[1] - 1].idx + len(self.doc[span[1] - 1].text))
        word = self.doc[token]
        return ActorRef(actor_id=None, name=self._country_name(iso3), code=iso3, country=iso3,
                        start_char=word.idx, end_char=word.idx + len(word.text))


def resolve_actors(doc: Doc, *, dictionary: Optional[ActorDictionary] = None,
                   published: Optional[dt.date] = None,
                   quoted: Optional[list[tuple[int, int]]] = None, home: Optional[str] = None,
                   seat: Optional[str] = None, text: Optional[str] = None) -> ActorIndex:
    """Find, code and link every actor mention in ``doc``.

    ``home``: ISO-3 of the state of the article's dateline (``MANILA, March 12 (Reuters) -``, blanked
    before the parse, so never an actor itself): the state of bodies the text names without one when the
    text names no state at all. ``seat``: ISO-3 of the state whose capital the dateline names (``JAKARTA -``):
    the state of a titled official whose own sentence names none ('Foreign Minister X said ...').

    ``quoted`` are character ranges inside quotation marks: pronouns there ('I', 'we', 'he') belong to
    the quoted speaker's world and are not resolved against the narrative. ``text``: ``doc.text``, where
    the caller has it (Doc.text joins every token anew).
    """
    resolver = _Resolver(doc, dictionary or actor_dictionary(), published, quoted or [], text)
    resolver.home, resolver.seat = home, seat
    resolver.dictionary_mentions()
    resolver.halves_of_divided_states()
    resolver.national_bodies()
    resolver.named_organisations()
    resolver.named_outlets()
    resolver.named_entities()
    resolver.parenthetical_aliases()
    resolver.peoples()
    resolver.organisation_descriptions()
    resolver.short_names()
    resolver.titles()
    resolver.region_states()
    resolver.short_names()
    resolver.classified_names()
    resolver.described_new_names()
    resolver.described_names_in_apposition()
    resolver.acronym_aliases()
    resolver.person_attributes()
    resolver.respective_holders()
    resolver.surnames()
    resolver.appositive_roles()
    resolver.ages()
    resolver.described_later()
    resolver.coreference()
    resolver.affiliates_by_reference()
    resolver.agent_nouns()
    resolver.spokespeople()
    resolver.entourage_names()
    resolver.countries_for_titled_persons()
    resolver.named_after_role()
    resolver.countries_for_titled_persons()  # (a name that took a lead's office just now, with no state yet)
    resolver.default_countries()
    resolver.affiliates_by_reference()  # a body that took the article's state just now gives it to its people
    return resolver.freeze()


# Acronyms the Phoenix dictionaries' capitalised names spell as words ('Us Secretary Of State'), and the small
# words a name keeps in lower case after its first word.
PHOENIX_ACRONYMS = frozenset({"us", "un", "uk", "eu", "au"})
NAME_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "at", "to", "de", "la", "du", "del", "des"})
# Abbreviations without a vowel that are no acronyms ('St Petersburg', 'Mr').
NAME_ABBREVIATIONS = frozenset({"st", "mr", "mrs", "dr", "jr", "sr", "ft", "mt", "ms"})


def _phoenix_display(name: str) -> str:
    """A Phoenix entry's name as news writes it: 'Us Secretary Of State' → 'US Secretary of State' (the
    converted names capitalise every word, acronyms and function words alike)."""
    words = name.split(" ")
    return " ".join(w.upper() if w.lower() in PHOENIX_ACRONYMS or (
                        len(w) <= 4 and w.isalpha() and w.lower() not in NAME_ABBREVIATIONS and
                        not any(v in w.lower() for v in "aeiouy"))
                    else w.lower() if n and w.lower() in NAME_FUNCTION_WORDS else w
                    for n, w in enumerate(words))
