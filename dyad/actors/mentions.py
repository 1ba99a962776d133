"""Finding mentions: the resolver's first passes, which decide what in the text is an actor.

Dictionary names and country names (strongest), parenthesised short forms, spaCy's named entities
(states, cities, persons), peoples ('Iraqi Kurds', 'British nationals'), and role words: titles and
appositions that give a named person a role ('Foreign Minister Eli Cohen', 'Schialer, Peru's foreign
minister'), role phrases with no name ('the Turkish President', 'UN officials'), roles shared by a list
of states. Whose a role is (its qualifier) and how it codes are in :mod:`dyad.actors.codes`. A mixin of
:class:`dyad.actors.resolver._Resolver`, whose state (``T``, ``builders``, ``token_actor``) it reads.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from spacy.tokens import Span, Token

from dyad import gazetteer
from dyad.actors.genders import first_name, gender_table
from dyad.actors.index import SEAT_WORDS, STATE_ORGANS, _Builder
from dyad.actors.lookup import HEAD_ROLES, _alias_case_ok, _cached_matcher, _capitalised, _entry_number, _joined_word_matches
from dyad.actors.tokens import _strings
from dyad.codebooks import ActorEntry, divided_states, from_phoenix, national_bodies, organisation_heads, seats, speech_cue_classes, word_classes
from dyad.dictionaries.petrarch import COLLECTIVE_HEADS

# Nouns by which an apposition makes a person one of a body ('X, a member of the parliament,', 'an officer in
# the army', 'a researcher at the university'); other nouns relate a person to a body without belonging to
# it ('a critic of the government', 'a victim of the militia').
MEMBER_NOUNS = frozenset({"member", "official", "officer", "employee", "adviser", "advisor", "aide", "representative",
                          "delegate", "head", "leader", "chief", "commander", "director", "chairman", "chairwoman",
                          "chair", "founder", "deputy", "fighter", "militant", "soldier", "spokesman", "spokeswoman",
                          "spokesperson", "researcher", "analyst", "lawyer", "negotiator", "envoy", "staffer",
                          "coordinator", "campaigner", "organiser", "organizer", "manager", "executive",
                          "specialist", "expert", "secretary", "investigator", "fellow"})
# Verbs of a relative clause by which a person belongs to the body they lead ('X, who heads the party,').
HEADING_VERBS = frozenset({"head", "lead", "chair", "run", "command", "direct", "represent", "found", "co-found"})
# Nouns for a state's people as a whole: 'the Zambian people', 'British nationals'.
PEOPLE_NOUNS = {"people", "population", "public", "national", "citizenry", "populace", "expatriate"}
# Prepositions of place and nouns of settlements and areas: a name after them is a place, even where the
# tagger calls it a person ('fighting near Kuri Dala', 'the village of Kuri Dala').
PLACE_PREPS = {"in", "near", "inside", "outside", "across", "throughout", "around", "towards", "toward"}
PLACE_NOUNS = {"village", "town", "city", "district", "province", "region", "area", "camp", "neighbourhood",
               "neighborhood", "suburb", "county", "state", "valley", "island", "port", "settlement", "municipality",
               "locality", "hamlet", "border", "mountain", "river", "lake", "refugee camp", "street", "outskirts", "outskirt",
               "centre", "center", "capital", "heart", "edge"}
# Verbs whose object is, where a name is a known town, that town: force and movement aimed at places.
PLACE_TAKING_VERBS = frozenset({"shell", "bomb", "bombard", "besiege", "storm", "overrun", "occupy", "invade",
                                "recapture", "retake", "liberate", "evacuate", "blockade", "raid", "enter",
                                "encircle", "visit", "tour", "reach", "flee", "attack", "strike", "target",
                                "capture", "seize"})
# Key prefix of a province or region: a place of its state, which does not count towards the story's state.
REGION_KEY = "place:region:"
# Words for stretches of water named after a state ("the Gulf of Oman", "the Sea of Japan"), as written.
# Honorifics written before a surname ('Mr Ramaphosa'): no given name.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord", "madam", "madame", "monsieur",
                        "herr", "frau", "senor", "señor", "senora", "señora", "sheikh", "mullah", "sayyid", "comrade"})
# Words before a storm's name ('Typhoon Kalmaegi', 'Tropical Storm Ana'), which the tagger reads as a person's.
STORM_WORDS = frozenset({"typhoon", "hurricane", "cyclone", "storm", "depression", "supertyphoon", "super-typhoon"})
# Nouns by which two states are named as a pair: 'the two countries', 'the two neighbours'.
PAIR_NOUNS = frozenset({"country", "nation", "neighbour", "neighbor", "state", "side", "government", "capital"})


def another_given_name(word: str, names, roles, lemma: str = "") -> bool:
    """Whether a capitalised word written before a person's surname is a given name that is none of the
    person's ``names`` (not a title or its lemma in ``roles``, an honorific, or an initial): 'Maria' in 'Maria
    Putin' for Vladimir Putin."""
    lower = word.lower().rstrip(".")
    if not word[:1].isupper() or len(lower) < 3 or lower in roles or lower in HONORIFICS or lemma in roles:
        return False
    return lower not in {w.lower().strip(".,") for name in names for w in name.split()}


# Nouns of diseases named after a place or people ('Marburg virus', 'Lassa fever', 'Spanish flu').
DISEASE_HEADS = frozenset({"virus", "fever", "flu", "influenza", "disease", "variant", "strain", "syndrome", "pox"})
WATER_FEATURES = frozenset({"Gulf", "Sea", "Bay", "Strait", "Straits", "Ocean", "Channel"})
# Verbs that introduce a person's name after a description: 'a Ghanaian man named Kofi Boateng'.
NAMING_VERBS = {"name", "named", "call", "called", "identify", "identified"}
# Nouns for a body of people that an adjectival role word describes: 'militant groups', 'rebel forces'.
# Persons named by their function in whatever body the word before names: 'a police spokesman' speaks
# for the police, 'rebel officials' are rebels, 'an army spokesman' is the military's.
FUNCTION_HEADS = {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "official", "leader", "director",
                  "chief", "head", "member", "representative", "source", "commander", "chairman", "chairwoman",
                  "chairperson", "chair", "president", "founder", "secretary-general", "deputy"}
GROUP_HEADS = {"group", "faction", "movement", "organization", "organisation", "force", "unit", "cell", "wing",
               "camp", "element", "band", "gang", "outfit", "network", "leader", "member", "supporter", "official"}
# Nouns of a person who belongs to a body but holds no office in it, which a role word before them qualifies
# and a name follows ('opposition figure X', 'labour stalwart Y').
MEMBER_HEADS = frozenset({"figure", "politician", "personality", "stalwart", "heavyweight", "member", "loyalist",
                          "veteran", "bigwig"})
# Of those, the nouns naming a body itself (not a person of it): its mention spans the noun ('a dissident faction').
BODY_GROUP_HEADS = frozenset({"faction", "movement", "cell", "wing", "band", "outfit", "network"})


# Words before a title saying its holder has left the office ('former', 'ex-'; not 'then' or 'late', whose holder
# was in office at the time told), and the sectors of offices one leaves: CAMEO codes former officials as elites (ELI).
RETIRED_WORDS = frozenset({"former", "ex", "ex-", "erstwhile", "onetime", "one-time", "retired"})
RETIRABLE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "PTY"})
# Participles by which a name before the hyphen sponsors a body ('Iran-backed militias'): no owner of it.
SPONSOR_WORDS = frozenset({"backed", "sponsored", "supported", "funded", "financed", "armed", "trained"})
APPOSITION_MARKS = frozenset({",", "(", "—", "–", "-", ":"})


def _standing_forces(name: str) -> bool:
    """Whether a body's name calls it a state's standing forces ('Sudanese Armed Forces', 'the Nepal Army')."""
    words = " ".join(name.lower().split())
    return any(re.search(rf"\b{re.escape(w)}\b", words) for w in word_classes()["@standing_forces"])


def officer_code(body_code: str, sector: Optional[str]) -> str:
    """The code of a body's people in a role of this sector: the body's code with the sector after it ('UN
    officials' → IGOUNOGOV), unless the code already holds the sector first or last (an IGO's inspectors stay
    IGOUNO)."""
    if not sector or body_code.endswith(sector) or body_code.startswith(sector):
        return body_code
    return body_code + sector


# Verbs of holding or harm, whose object named by two or three capitalised words is a person ('police
# arrested Suresh Yadav', 'gunmen shot Imran Baloch').
HELD_OR_HARMED_VERBS = frozenset({"arrest", "detain", "nab", "apprehend", "hold", "jail", "charge", "book", "remand",
                                  "kill", "shoot", "wound", "injure", "abduct", "kidnap", "beat", "torture", "execute",
                                  "hang", "sentence", "convict", "acquit", "release", "free", "deport", "extradite"})
# Entity labels of no kind of speaker, which the tagger gives names after quotations ('"...," Ousmane Diallo
# told lawmakers' as a WORK_OF_ART), or none.
UNSPEAKING_LABELS = frozenset({"", "WORK_OF_ART", "PRODUCT", "LAW", "EVENT", "LANGUAGE"})
# Entity labels (or none) of a word that may continue a body's name after a role word ('Witness Bahrain').
NAME_PART_ENTITIES = frozenset({"", "ORG", "GPE", "NORP", "LOC", "FAC"})


class _Mentions:
    """The mention-finding passes of :class:`~dyad.actors.resolver._Resolver` (in the order it runs them:
    dictionary names, named entities, parenthetical aliases, peoples, titles)."""

    # ----------------------------------------------------------------- names
    def dictionary_mentions(self) -> None:
        matcher, entries = _cached_matcher(self.doc.vocab, self.dictionary)
        T = self.T
        found = [*matcher(self.doc, T.lower), *_joined_word_matches(self.doc, T.text, matcher)]
        labels = _strings([m[0] for m in found], self.doc.vocab.strings)
        # Longest first; on the same span a dictionary entry beats a country name ('NEW_ZEALAND [NZE]'), and
        # of two entries the one listed first (a merged dictionary lists the added one's entries first).
        matches = sorted(_joined_overlaps([(label, start, end) for label, (_, start, end) in zip(labels, found)]),
                         key=lambda m: (m[1] - m[2], m[1], m[0].startswith("C:"), _entry_number(m[0])))
        # State names and demonyms by the token they end at, for offices named with their state.
        states = {end: label[2:] for label, start, end in matches
                  if label.startswith("C:") and _capitalised(T, start, end)}
        self._entry_starts = {start for label, start, end in matches if not label.startswith("C:")}
        state_spans = [(start, end) for label, start, end in matches if label.startswith("C:")]
        for label, start, end in matches:
            if self._stance_word(start) or self._sponsor(start, end):
                continue  # 'pro-Russian separatists', 'anti-Israel protesters', 'Iran-backed militias': an allegiance
                # or a sponsor, not an actor or owner
            if label.startswith("C:"):
                if _capitalised(T, start, end) and self._outlet_named_after(start, end, label[2:]):
                    continue
                if not _capitalised(T, start, end) or self._inside_name(start, end) or \
                        self._described_name(start, end) or self._particle_name(start) or self._in_region_word(start, end):
                    continue
                if self._ethnic(start, end) or self._seat(start, end) or self._water_named_after(start, end) or \
                        self._names_a_disease(end) or self._national_section(start, end) or self._spanning_prefix(start):
                    continue
                iso3 = label[2:]
                written = T.span_text(start, end)
                capital = gazetteer.city(written)
                if capital is not None and capital.capital and capital.country == iso3 and \
                        written.lower() != self._country_name(iso3).lower():
                    builder = self._city_place(capital)  # 'Tokyo agreed'; not the state's own name ('Kuwait')
                else:
                    builder = self.builder(f"country:{iso3}", name=self._country_name(iso3), kind="country",
                                           country=iso3)
                self.state_words[start] = iso3
            else:
                entry = entries[label]
                if not _alias_case_ok(T, start, end, entry) or not self._phoenix_person_in_office(entry):
                    continue
                if self._title_before_other_name(start, end, entry) or self._other_given_name(start, entry) or \
                        self._name_goes_on(start, end, entry):
                    continue
                if any(s < start < e <= end for s, e in state_spans):
                    continue  # "South Sudan's army" is not "Sudan's army": a state's name runs into the entry
                builder = self._office_of_named_state(entry, start, end, states)
                if builder is None and self._other_states_group(entry, start, states):
                    continue  # "Nepal's Congress party" is not India's: the role phrase reads it, of Nepal
                builder = builder or self.entry_builder(entry)
            self.claim(builder, start, end)

    def halves_of_divided_states(self) -> None:
        """'the North fired two missiles', "the South's defence ministry": where the article names either state of
        a divided nation (``divided_states.tsv``), its half written alone is that state ('the North Atlantic', 'the
        South China Sea' go on into a name of their own)."""
        T, named, halves = self.T, self.named_states(), divided_states()
        for i in range(1, T.n):
            readings = halves.get(T.text[i])
            if not readings or T.lower[i - 1] != "the" or i in self.token_actor:
                continue
            if i + 1 < T.n and T.tag[i + 1] != "POS" and T.pos[i + 1] in ("PROPN", "NOUN", "ADJ", "NUM"):
                continue
            states = [state for state, nation in readings if nation & named]
            if len(states) == 1:
                self.claim(self.builder(f"country:{states[0]}", name=self._country_name(states[0]), kind="country",
                                        country=states[0]), i, i + 1)
                self.state_words[i] = states[0]

    def _other_states_group(self, entry: ActorEntry, start: int, states: dict[int, str]) -> bool:
        """Whether a dictionary group of one state (a party, a movement) is named with another state right before
        it, as owner or adjective ("Nepal's Congress party", 'the Nepali Congress party'): another state's body
        of that name."""
        if entry.kind != "group" or not entry.country:
            return False
        state = self._state_named_before(start, states)
        return state is not None and state != entry.country

    def _outlet_named_after(self, start: int, end: int, iso3: str) -> bool:
        """'the Jordan Times', 'China Daily', 'the Moscow Times', 'Kenya News Agency': a state's or capital's name
        that opens a capitalised name ending in a nameplate word is an outlet of that state, not the state (nor
        its government) speaking. Claims the outlet; True where it did."""
        from dyad.quotes.words import nameplate  # (a leaf module; its package imports the actors)
        T, last = self.T, end
        while last < len(T.lower) and T.pos[last] in ("PROPN", "NOUN") and T.text[last][:1].isupper() and \
                last - end < 3 and last not in self.token_actor:
            last += 1
        if not nameplate([T.lower[j] for j in range(end, last)]):
            return False
        self.claim_outlet(start, last, iso3)
        return True

    def _national_section(self, start: int, end: int) -> bool:
        """'Amnesty International Kenya', 'Transparency International Nigeria': a state's name right after an
        organisation's, the head of one name with it, names the organisation's section there; the
        organisation's mention takes it in, and the state is no actor of its own."""
        T = self.T
        hit = self.token_actor.get(start - 1) if start else None
        if hit is None or hit[2] != start or self.builders[hit[0]].kind != "organisation" or \
                T.dep[start - 1] != "compound" or not start <= T.head[start - 1] < end:
            return False
        builder = self.builders[hit[0]]
        builder.mentions = [(s, end if (s, e) == (hit[1], hit[2]) else e) for s, e in builder.mentions]
        for i in range(hit[1], end):
            self.token_actor[i] = (builder.key, hit[1], end)
        return True

    def _in_region_word(self, start: int, end: int) -> bool:
        """'Latin American leaders', 'South Asian diplomats': a demonym that ends a region's adjective
        (regions.tsv) names that region, not the state whose demonym it is."""
        return start > 0 and f"{self.T.text[start - 1]} {self.T.span_text(start, end)}" in self.dictionary.regions

    def _names_a_disease(self, end: int) -> bool:
        """'Marburg virus', 'Lassa fever', 'the Spanish flu': a place or people named in a disease's name,
        which says nothing of who acts or where."""
        T = self.T
        head = T.head[end - 1]
        return T.dep[end - 1] in ("compound", "amod", "nmod") and head >= end and T.lemma[head] in DISEASE_HEADS

    def _water_named_after(self, start: int, end: Optional[int] = None) -> bool:
        """'the Gulf of Oman', 'the Sea of Japan', 'the South China Sea': a sea or strait named after a state is a
        stretch of water, neither that state nor a place in it (a tanker seized there is no act on the state)."""
        T = self.T
        return (start >= 2 and T.lower[start - 1] == "of" and T.text[start - 2] in WATER_FEATURES) or \
            (end is not None and end < T.n and T.text[end] in WATER_FEATURES)

    def _stance_word(self, start: int) -> bool:
        """Whether the name at ``start`` follows 'pro-' or 'anti-' (which spaCy splits off), or a name the
        tagger read from there ('Pro-Russian' as one entity) opens with them."""
        T = self.T
        return (start >= 2 and T.text[start - 1] == "-" and T.lower[start - 2] in ("pro", "anti")) or (
            start + 1 < T.n and T.lower[start] in ("pro", "anti") and T.text[start + 1] == "-")

    def _spanning_prefix(self, start: int) -> bool:
        """Whether a state word follows a prefix of spanning ('Inter-American Court', 'Trans-Caspian pipeline',
        which spaCy splits at the hyphen): the word names a region of states, none of them."""
        T = self.T
        return start >= 2 and T.text[start - 1] == "-" and T.lower[start - 2] in ("inter", "trans", "pan", "intra")

    def _title_before_other_name(self, start: int, end: int, entry: ActorEntry) -> bool:
        """'US President James Miller', 'UN Secretary-General Ana Ruiz': an office the dictionary lists (as
        a body or as its holder) written as the title of a person's name that is not the entry's own is
        that person's title, read by :meth:`titles`, not a second actor beside an uncoded name."""
        T = self.T
        if end >= T.n or T.ent_type[end] != "PERSON" or T.iob[end] == 1:
            return False
        title = T.span_text(start, end).lower().split()[-1]  # ('secretary-general' is three tokens)
        if title not in self.dictionary.roles and T.lemma[end - 1] not in self.dictionary.roles:
            return False
        name = T.span_text(end, T.entity_at(end)[1])
        return name.lower() not in entry.name.lower()

    def _other_given_name(self, start: int, entry: ActorEntry) -> bool:
        """'Oduya Mbeki', 'activist Maria Putin': a person's surname the dictionary lists, written after a
        given name that is not the listed person's (nor a title, an honorific or an initial), names
        someone else of that family name."""
        T = self.T
        if entry.kind != "person" or start == 0:
            return False
        given = start - 1
        word = T.text[given]
        if T.pos[given] != "PROPN" or T.dep[given] != "compound":
            return False
        ent = T.entity_at(start)
        if ent is None or ent[0] > given:  # (one name the tagger reads whole, whatever label it gives)
            return False
        return another_given_name(word, (entry.name, *entry.aliases), self.dictionary.roles, T.lemma[given])

    def _name_goes_on(self, start: int, end: int, entry: ActorEntry) -> bool:
        """'Burhan Wani', 'Kagame Otieno': one word of a listed person's name that a person's name the tagger
        reads on past it, with a word none of the listed person's, belongs to someone else (here a given name)."""
        T = self.T
        if entry.kind != "person" or end - start != 1 or end >= T.n or T.pos[end] != "PROPN" or T.text[end].isupper():
            return False  # (a headline in capitals, 'OBAMA AIRDROPS', is no name read on)
        ent = T.entity_at(start)
        if ent is None or ent[2] != "PERSON" or ent[0] > start or ent[1] <= end:
            return False
        return another_given_name(T.text[end], (entry.name, *entry.aliases), self.dictionary.roles, T.lemma[end])

    def _phoenix_person_in_office(self, entry: ActorEntry) -> bool:
        """A Phoenix person is coded only from a role in force on the story's date: its records are
        dated offices, so without a date, or past them, the name says nothing sure about the person."""
        if entry.kind != "person" or not from_phoenix(entry):
            return True
        return bool(self.published and entry.role_on(self.published))

    def parenthetical_aliases(self) -> None:
        """'the European Union (EU)': a short form in brackets right after a name is that name, even when
        the dictionary knows the short form as an entry of its own."""
        T = self.T
        for opening, text in enumerate(T.text):
            if text != "(" or opening == 0 or opening + 2 >= T.n:
                continue
            before = self.token_actor.get(opening - 1)
            inner = self.token_actor.get(opening + 1)
            if before is None or inner is None or before[0] == inner[0] or before[2] != opening:
                continue
            closed = inner[2] < T.n and T.text[inner[2]] == ")"
            if inner[1] != opening + 1 or not closed:
                continue  # the bracket must hold exactly the other mention
            if self.builders[before[0]].kind == "person":
                continue
            builder = self.builders[before[0]]
            for i in range(inner[1], inner[2]):
                self.token_actor[i] = (builder.key, inner[1], inner[2])
            builder.mentions.append((inner[1], inner[2]))

    def _ethnic(self, start: int, end: int) -> bool:
        """'ethnic Albanians', 'ethnic Albanian guerrillas': 'ethnic' makes the demonym a people, not a
        state, and says nothing of where they live; a people so named are civilians of no state yet (the
        article's main state, see :meth:`default_countries`), and the adjective qualifies no one."""
        T = self.T
        if start == 0 or T.lower[start - 1] != "ethnic":
            return False
        self.ethnic_words.update(range(start, end))
        if T.tag[end - 1] in ("NNS", "NNPS"):
            self.claim(self.builder(f"role:ethnic:{T.span_text(start, end).lower()}", name=T.span_text(start - 1, end),
                                    kind="group", sector="CVL"), start, end)
        return True

    def _inside_name(self, start: int, end: int) -> bool:
        """'Times of Israel', 'Tel Aviv': a country word inside an ORG/FAC/WORK_OF_ART name is no country;
        one that opens the name ('The Latvian Constitutional Court', after an article) names its state. Nor is one
        that ends a place name that is no state ('Latin America', 'Northern Ireland')."""
        T = self.T
        ent = T.entity_at(start)
        if ent is not None and ent[0] <= start and end <= ent[1] and ent[1] - ent[0] > end - start:
            first = ent[0] + 1 if T.dep[ent[0]] == "det" and ent[0] + 1 < ent[1] else ent[0]
            if ent[2] in ("ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT") and start != first:
                return True
            if ent[2] in ("LOC", "GPE") and start != first and T.pos[first] == "PROPN" and \
                    not gazetteer.country_code(T.span_text(first, ent[1])):
                return True  # 'Latin America', 'Northern Ireland': a larger place named after the state, no state
            if ent[2] == "PERSON" and start == ent[0] and end - start == 1 and T.tag[start] == T.tag[end] == "NNP" and \
                    T.text[end][:1].isupper() and \
                    not {start, end} & self._entry_starts and T.lower[end] not in self.dictionary.role_first_words:
                return True  # 'Jordan Bardella', 'Lima Sahar': a given name (not 'Jordan King Abdullah')
            if ent[2] in ("ORG", "GPE", "NORP") and start == ent[0] and end - start == 1 and ent[1] - start in (2, 3) \
                    and T.tag[start] == T.tag[end] == "NNP" and T.text[end][:1].isupper() and \
                    first_name(T.lower[start]) and \
                    not {start, end} & self._entry_starts and T.lower[end] not in self.dictionary.role_first_words \
                    and not gazetteer.country_code(T.text[end]):
                return True  # 'Santiago Vera' tagged a body: a given name there too, no capital
        return False

    def _particle_name(self, start: int) -> bool:
        """'Santiago de Cuba', 'a town called Puerto de Chile': a state or capital word after a name's
        particle ('de', 'da', 'del') ends a longer place name, not the state (nor the capital)."""
        T = self.T
        return start >= 2 and T.text[start - 1] in gazetteer.NAME_PARTICLES and T.pos[start - 2] == "PROPN" and \
            T.text[start - 2][:1].isupper()

    def _described_name(self, start: int, end: int) -> bool:
        """'the rights group Voices Oman', 'the party Free Tunisia': a country word that ends a capitalised
        name which a common noun before it describes is part of that name, not the state (the parser often
        tags such names as no entity, so :meth:`_inside_name` misses them)."""
        T = self.T
        if start < 2:
            return False
        name, described = start - 1, start - 2
        if T.pos[name] != "PROPN" or not T.text[name][:1].isupper() or T.dep[name] != "compound" or \
                not start <= T.head[name] < end:
            return False
        role = self.dictionary.roles.get(T.lower[name])
        if T.lower[name] in self.dictionary.countries or role is not None and (role.person or role.sector in STATE_ORGANS):
            return False  # 'Saudi Arabia', 'President Egypt' (but 'the group Witness Kenya')
        if T.pos[described] != "NOUN" or not T.text[described].islower():
            return False
        if T.dep[described] == "compound" and start <= T.head[described] < end:
            return True
        root = self.doc[start:end].root
        return root.dep_ == "appos" and root.head.i == described  # 'the group Witness Kenya'

    def national_bodies(self) -> None:
        """A body of a state that no dictionary lists, named with the state's name or adjective and a word of
        its sector (``national_bodies.tsv``): 'the Law Association of Zambia' (ZMBJUD), 'the Nigerian Bar
        Association', 'the Zimbabwe Congress of Trade Unions' (ZWELAB). The name is one actor of that state
        and sector, not the state it names, nor an international body whose name it holds ('the Ethiopian
        Human Rights Council' is no UN council) nor a legislature ('Congress'). Read after the dictionaries."""
        starts = {e.start: e for e in self.ents if e.label_ == "GPE"}
        for ent in self.ents:
            if ent.label_ != "ORG":
                continue
            after = starts.get(ent.end + 1)
            if after is not None and self.T.lower[ent.end] == "of":
                ent = self.doc[ent.start:after.end]  # the tagger's '[The Law Society] of [Kenya]': one name
            if len(ent) < 3:
                continue
            states = {self.state_words[j] for j in range(ent.start, ent.end) if j in self.state_words} or {
                code for j in range(ent.start, ent.end) for k in (1, 2)  # ('of Zambia' inside a name is read as none)
                if j + k <= ent.end and self.T.text[j][:1].isupper() and not self._spanning_prefix(j)
                and (code := gazetteer.country_code(self.T.span_text(j, j + k)))}
            if len(states) != 1:
                continue
            held = {self.token_actor[j][0] for j in range(ent.start, ent.end) if j in self.token_actor}
            if any(not k.startswith("country:") and not (self.builders[k].code or "").startswith("IGO")
                   for k in held):
                continue  # a body the dictionary knows ('Kenya Defence Forces'), or a person's name
            sector = "NGO" if organisation_heads().cause_joint([self.T.lower[j] for j in range(ent.start, ent.end)]) \
                is not None else _body_sector(ent.text)  # ('Thai Lawyers for Human Rights' campaign: no bar association)
            if sector is None:
                continue  # ('the Israeli Foreign Ministry' is read as a role phrase, with what it titles)
            # (a role of several words inside says more: 'the Malawi Human Rights Commission' GOVHRI)
            sector = self._long_role_sector(ent) or sector
            iso3 = states.pop()
            for j in range(ent.start, ent.end):
                self.token_actor.pop(j, None)
            name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
            self.claim(self.builder(f"body:{name}", name=name, kind="organisation", country=iso3, sector=sector,
                                    code=iso3 + sector), ent.start, ent.end)

    def _long_role_sector(self, ent: Span) -> Optional[str]:
        """The sector of the first role of two or more words (roles.tsv, Phoenix roles) inside the name."""
        roles = self.dictionary.roles
        for j in range(ent.start, ent.end):
            role, length = self._role_at(j, roles)
            if role and length >= 2 and j + length <= ent.end and roles[role].sector:
                return roles[role].sector
        return None

    def named_entities(self) -> None:
        for ent in self.ents:
            if any(i in self.token_actor or i in self.ethnic_words for i in range(ent.start, ent.end)):
                self._name_at_title_end(ent)  # 'Secretary of State for Africa Molly Phee', the title a dictionary name
                continue
            if self._classified_outlet(ent):
                continue
            if ent.label_ in ("GPE", "LOC", "NORP") and self._names_a_disease(ent.end):
                continue  # 'Marburg virus', 'Lassa fever': the disease's name, not the place
            if ent.label_ in ("GPE", "LOC") and (self._seat(ent.start, ent.end) or any(
                    self._water_named_after(i, i + 1) for i in range(ent.start, ent.end))):
                continue  # (the seat of a body; 'the Gulf of Oman')
            if ent.label_ in ("GPE", "NORP", "LOC", "ORG") and (self._stance_word(ent.start) or
                                                                 self._sponsor(ent.start, ent.end)):
                continue  # 'Pro-Russian separatists', 'US-backed forces'
            label = ent.label_
            text = ent.text
            if label in ("GPE", "LOC") and len(ent) == 1 and not gazetteer.country_code(text) and \
                    self._surname_holder(text, text) is not None and self._stray_place(text) and \
                    self._person_by_surname(ent):
                continue  # ('Santiago Rojas ... Rojas, 47, said': the person named, not a town of that name)
            if (named := self._name_after_given_name(ent)) is not None:
                self.person(named)  # ('Rubén Costas, the governor, said' with 'Costas' tagged a place alone)
                continue
            if label in ("GPE", "NORP", "LOC"):
                described = self._described_name(ent.start, ent.end) or self._described_name(ent.end - 1, ent.end)
                iso3 = gazetteer.country_code(text) if not described else None
                if iso3:
                    self.claim(self.builder(f"country:{iso3}", name=self._country_name(iso3), kind="country",
                                            country=iso3), ent.start, ent.end)
                    continue
                regional = label in ("GPE", "LOC") or ent.root.dep_ in ("amod", "compound")  # 'Chechen rebels'
                located = gazetteer.locate(text, self.named_states()) if regional and not described else None
                place = located.city if located is not None and label == "GPE" else None
                if place:
                    self.claim(self._city_place(place), ent.start, ent.end)
                    continue
                if located is not None and located.country in gazetteer.region_states(text):
                    self.claim(self._region_place(text, located.country), ent.start, ent.end)
                    continue
            if label == "ORG" and self._region_opening(ent):
                continue
            if label in ("PERSON", "ORG", "FAC", "LOC") and self._town_misnamed(ent):
                continue
            if label == "PERSON" and len(ent) == 1 and ent.root.dep_ in ("amod", "compound") and \
                    ent.root.head.pos_ == "NOUN" and self._region_state(text):  # 'Tamil rebels', tagged a name
                state = self._region_state(text)
                self.claim(self._region_place(text, state), ent.start, ent.end)
                continue
            if label in ("PERSON", "GPE", "ORG", "NORP") and self._person_by_surname(ent):
                continue
            if label == "PERSON" and (text.islower() or text.lower() in self.dictionary.roles):
                continue  # ('fled into the bush', tagged a name): news capitalises people's names; ('the local
                # MLA', tagged a name): a role word alone is the role, read by titles()
            if label == "PERSON" or self._person_by_first_name(ent):
                self.person(self._whole_name(ent) if label == "PERSON" else ent)
                continue
            self._name_at_title_end(ent)
        self._untagged_speaker_names()

    def _stray_place(self, name: str) -> bool:
        """Whether a place name is no place the story is set in: unknown to the gazetteer, or a town of a state
        the text never names (a surname shared with a town abroad: 'Rojas' in a Bolivian story)."""
        if gazetteer.region_states(name):
            return False  # ('Kashmir', 'Darfur': a region the story may be set in)
        named = self.named_states()
        located = gazetteer.locate(name, named)
        return located is None or located.country not in named

    def _classified_outlet(self, ent: Span) -> bool:
        """'the judiciary's news agency Mizan', 'the daily Kommersant': a name right after a noun that classifies it
        as an outlet (``anaphors.tsv``'s outlet nouns, one word or two) is that outlet, whatever the tagger called
        it (a town of that name elsewhere is no place here). True where one was claimed."""
        T, start, name = self.T, ent.start, ent.text
        if ent.label_ not in ("GPE", "LOC", "ORG", "PERSON", "NORP", "FAC") or gazetteer.country_code(name):
            return False
        key = f"org:{name}"
        if key in self.builders and self.builders[key].sector == "MED":
            self.claim(self.builders[key], ent.start, ent.end)  # 'Mizan said': the outlet named so before
            return True
        if start == 0 or T.pos[start - 1] not in ("NOUN", "ADJ"):  # ("daily" is tagged either)
            return False
        anaphors = self.dictionary.anaphors
        kinds = [anaphors.get(f"{T.lower[start - 2]} {T.lemma[start - 1]}") if start >= 2 else None,
                 anaphors.get(T.lemma[start - 1])]
        if "outlet" not in kinds:
            return False
        owner = next((self.builders[hit[0]].country for j in range(self._phrase_start(self.doc[start - 1]), start - 1)
                      if (hit := self.token_actor.get(j)) and self.builders[hit[0]].kind == "country"), None)
        self.claim(self.builder(key, name=name, kind="organisation", country=owner, sector="MED"), ent.start, ent.end)
        return True  # ('the Russian daily Kommersant': the state's adjective before the noun is its home)

    def _name_at_title_end(self, ent: Span) -> None:
        """The person a long title's body ends in (:meth:`_name_ending_title`), where no mention holds it yet."""
        tail = self._name_ending_title(ent)
        if tail is not None and not any(i in self.token_actor for i in range(tail.start, tail.end)):
            self.person(tail)

    def _whole_name(self, ent: Span) -> Span:
        """A personal name the tagger cut short: its last word a compound of an untagged proper noun after it
        ('Chief Justice [Qazi Faez] Isa said'), or an untagged proper noun between a title and it ('Prosecutor
        General Ana [Brandt] said'): the name runs to that noun; and one whose last part after a hyphen it left
        out ('Han Duck[-soo]')."""
        doc = self.doc
        start, end = ent.start, ent.end
        while end < len(doc) and end - start < 5 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and \
                not doc[end].ent_type_ and doc[end - 1].dep_ == "compound" and \
                doc[end - 1].head.i >= end and end not in self.token_actor:
            end += 1
        if end + 1 < len(doc) and doc[end].text in ("-", "‑") and not doc[end - 1].whitespace_ and \
                not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end + 1].text.islower() and \
                doc[end + 1].pos_ in ("PROPN", "NOUN", "ADJ") and not doc[end + 1].ent_type_:
            end += 2  # 'Han Duck-soo', 'Kim Jong-un': a hyphenated given name the tokenizer split
        if start > 1 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_ and \
                doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end and \
                start - 1 not in self.token_actor and doc[start - 1].lower_.rstrip(".") not in HONORIFICS and \
                not self._after_title(start, any_role=True) and \
                self._after_title(start - 1, any_role=True):
            start -= 1  # (only between a title and the name: not 'Major X Y', 'Dr. X Y')
        return ent if (start, end) == (ent.start, ent.end) else doc[start:end]

    def _untagged_speaker_names(self) -> None:
        """'Minister of Foreign Affairs Ahmed Attaf said', 'the head of the mission, Volker Perthes, said': a
        name the tagger left untagged, two or three capitalised proper nouns opening with a first name of the
        gender table, as the subject of a speech verb, in apposition after a comma, or as a verb's object
        ('police arrested Suresh Yadav')."""
        cues = speech_cue_classes()
        T = self.T
        for token in self.doc:
            if token.pos_ != "PROPN" or token.ent_type_ not in UNSPEAKING_LABELS or token.i in self.token_actor:
                continue  # (untagged, or tagged as no kind of speaker: '"...," Ousmane Diallo told' read as a title)
            speaking = token.dep_ == "nsubj" and token.head.lemma_.lower() in cues
            described = token.dep_ == "appos" and token.left_edge.i > 0 and \
                self.doc[token.left_edge.i - 1].text in APPOSITION_MARKS  # 'the head of the mission, Ana Ruiz,'
            # ('police arrested Suresh Yadav': whom a verb of holding or harm acts on is a person, whatever the
            # first name; the gender table knows few South-Asian ones)
            acted_on = token.dep_ == "dobj" and token.head.lemma_.lower() in HELD_OR_HARMED_VERBS
            if not (speaking or described or acted_on):
                continue
            for size in (3, 2):
                start = token.i - size + 1
                if start < 0 or any(T.dep[j] != "compound" or T.head[j] != token.i or T.pos[j] != "PROPN" or
                                    j in self.token_actor or self.doc[j].ent_type_ == "PERSON"
                                    for j in range(start, token.i)):  # ('Ana Cecilia Gervasi': 'Cecilia' as GPE)
                    continue
                span = self.doc[start:token.i + 1]
                named = acted_on and all(t.text[:1].isupper() and t.text[1:].islower() for t in span) and \
                    not gazetteer.country_code(span.text) and gazetteer.city(span.text) is None and \
                    self._dictionary_person(span.text) is None
                if named or self._person_by_first_name(span, any_label=True) or self._after_title(start):
                    self.person(span)
                    self._surname_mentions_to(self.token_actor[token.i][0], token.text)
                    break

    def _after_title(self, start: int, any_role: bool = False) -> bool:
        """Whether a one-person title (``any_role``: any role) ends right before token ``start`` ('Prosecutor
        General Amit Aisman said'): the proper nouns after it name its holder, whatever their first name."""
        roles = self.dictionary.roles
        for j in range(max(0, start - 3), start):
            role, length = self._role_at(j, roles)
            if role and j + length == start and (any_role or roles[role].person):
                return True
        return False

    def _surname_mentions_to(self, key: str, surname: str) -> None:
        """Mentions of the surname alone that an earlier pass made a person of their own ('Gervasi said',
        tagged a name, read before the full name was found untagged) are the full name's person."""
        alone = self.builders.get(f"person:{surname}")
        full = self.builders.get(key)
        if alone is None or full is None or alone is full or alone.kind != "person" or full.kind != "person":
            return
        for start, end in alone.mentions:
            full.mentions.append((start, end))
            for i in range(start, end):
                self.token_actor[i] = (full.key, start, end)
        alone.mentions = []

    def _seat(self, start: int, end: int) -> bool:
        """'the New York-based group', 'a Geneva-headquartered agency': the place is where a body sits, part of a
        description of that body (which refers back like 'the group'), never an actor of its own."""
        if end + 1 >= len(self.doc) or self.doc[end].text != "-":
            return False
        return self.doc[end + 1].lower_ in SEAT_WORDS

    def _sponsor(self, start: int, end: int) -> bool:
        """'Iran-backed militias', 'US-funded groups': the name before '-backed' is who sponsors the body the
        phrase names, not that body nor its state."""
        T = self.T
        if end + 1 >= T.n or T.text[end] != "-" or T.lower[end + 1] not in SPONSOR_WORDS:
            return False
        body = self.doc[end + 1].head  # of a body of people only: a 'Russian-backed referendum' is Russia's act
        while body.dep_ == "compound" and body.head.i > body.i:
            body = body.head
        return body.lemma_.lower() in self.dictionary.roles or body.ent_type_ in ("ORG", "NORP")

    def _person_by_first_name(self, ent: Span, any_label: bool = False) -> bool:
        """A personal name the tagger labelled a body or place ('said Mamadou Diallo, a student' tagged ORG):
        two or three capitalised proper nouns opening with a first name of the gender table, standing where
        a person speaks or is described (subject of a speech verb, or with an apposition, there or on the
        surname alone elsewhere), and naming no state, known place or dictionary actor."""
        if (ent.label_ not in ("ORG", "GPE", "NORP", "FAC", "LOC") and not any_label) or not 2 <= len(ent) <= 3:
            return False
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text[1:].islower() for t in ent):
            return False
        if not first_name(ent[0].lower_):
            return False
        if gazetteer.country_code(ent.text) or gazetteer.city(ent.text) is not None or \
                self._dictionary_person(ent.text) is not None:
            return False
        root = ent.root
        speaking = root.dep_ == "nsubj" and root.head.lemma_.lower() in speech_cue_classes()
        described = root.dep_ == "appos" or any(c.dep_ == "appos" for c in root.children)
        return speaking or described or any(  # ('the victory of Santiago Vera ... Vera, 52, a former minister')
            t.text == root.text and not ent.start <= t.i < ent.end and t.pos_ == "PROPN" and
            any(c.dep_ == "appos" for c in t.children) for t in self.doc)

    def _name_after_given_name(self, ent: Span) -> Optional[Span]:
        """A surname the tagger labelled a place or body on its own, after a first name it left out of every
        entity ('Rubén [Costas], the governor of the province, said'): the first name of the gender table and
        the surname are one person's name where :meth:`_person_by_first_name` reads one."""
        if ent.label_ not in ("ORG", "GPE", "NORP", "LOC") or len(ent) > 2 or ent.start == 0:
            return None
        given = self.doc[ent.start - 1]
        if given.pos_ != "PROPN" or given.dep_ != "compound" or not ent.start <= given.head.i < ent.end or \
                self.T.entity_at(given.i) is not None or given.i in self.token_actor:
            return None
        named = self.doc[given.i:ent.end]
        return named if self._person_by_first_name(named, any_label=True) else None

    def _name_ending_title(self, ent: Span) -> Optional[Span]:
        """'[State for African Affairs Molly Phee] said', 'Minister of [Foreign Affairs and International
        Cooperation Ahmed Attaf] said': a long title the tagger read on into the name after it as one body;
        the name is its last two or three words, opening with a first name of the gender table, and is the
        phrase's head where a person speaks or is described (:meth:`_person_by_first_name`)."""
        if ent.label_ not in ("ORG", "FAC", "WORK_OF_ART", "LOC", "GPE") or len(ent) < 3:
            return None
        for size in (2, 3):
            tail = ent[len(ent) - size:]
            before = ent[len(ent) - size - 1]
            merged = before.dep_ == "compound" and tail.start <= before.head.i < tail.end and tail.root.dep_ == "pobj"
            if len(tail) == len(ent) or ent.start <= tail.root.head.i < ent.end and not merged or \
                    tail[0].dep_ != "compound":
                continue  # (the name heads a phrase of its own: subject, or apposition to the title; or the
                # parser hung the body's last word on it: 'Chairman of the Committee on Energy Ruben Ortega')
            if tail[0].text[:1].isupper() and before.pos_ == "PROPN" and (
                    self._person_by_first_name(tail, any_label=True) or
                    merged and self._speaking_title(tail.root) and
                    first_name(tail[0].lower_)):
                return tail
        return None

    def _speaking_title(self, name: Token) -> bool:
        """Whether a name the parser made a prepositional object ends a title that speaks: up through 'of'
        and 'on' phrases to a role word that is the subject of a speech verb ('[Chairman] of the Committee
        on Energy Ruben Ortega said')."""
        token = name
        while token.dep_ in ("pobj", "prep") and token.head.i != token.i:
            token = token.head
        return token.dep_ == "nsubj" and token.head.lemma_.lower() in speech_cue_classes() and \
            token.lemma_.lower() in self.dictionary.roles

    def _town_misnamed(self, ent: Span) -> bool:
        """'arrested in Sialkot', 'the district of Tigray': a name the tagger took for a person or body,
        standing where only a place can and known to the gazetteer, is that town or region of its state."""
        if not (self._place_named(ent.root) or self._place_object(ent)) or \
                self._dictionary_person(ent.text.strip()) is not None:
            return False
        located = gazetteer.locate(ent.text, self.named_states())
        if located is None:
            return False
        place = located.city
        if place is not None:
            self.claim(self._city_place(place), ent.start, ent.end)
        else:
            self.claim(self._region_place(ent.text, located.country), ent.start, ent.end)
        return True

    def _city_place(self, city) -> _Builder:
        """A town or city (a gazetteer ``City``) as a place of its state; a capital also stands for the
        state's government ('Tokyo agreed': JPNGOV), as far as the events' ``capital_role`` lets it act, or the
        international body seated there (``seats.tsv``: 'Brussels said' is the EU's)."""
        seated = seats().get(city.name) if city.capital else None
        if seated is not None:
            return self.builder(f"place:{city.name}", name=city.name, kind="place", country=None,
                                sector="IGO" if seated.startswith("IGO") else None, code=seated)
        return self.builder(f"place:{city.name}", name=city.name, kind="place", country=city.country,
                            sector="GOV" if city.capital else None,
                            code=city.country + ("GOV" if city.capital else ""))

    def _region_place(self, name: str, state: str) -> _Builder:
        """A province, region or island (or its people's adjective) as a place of its state."""
        return self.builder(f"{REGION_KEY}{name}", name=name, kind="place", country=state, code=state)

    def named_states(self) -> set[str]:
        """The states the article names (by name, demonym or in an office's title): what decides between
        the states a place name is shared by ('Hyderabad' in a story about Pakistan)."""
        return set(self.state_words.values()) | {b.country for b in self.builders.values() if b.kind == "country"}

    def _region_state(self, name: str) -> Optional[str]:
        """The state a province, region or island belongs to ('Sindh' → PAK): a body it qualifies is that
        state's ('Sindh police', "Sindh's chief minister"). A name that several states' regions share
        ('Punjab') is the one of those states the article names, else none."""
        states = gazetteer.region_states(name)
        if len(states) > 1:
            states = states & self.named_states()
        return next(iter(states)) if len(states) == 1 else None

    def _listed_region_state(self, name: str) -> Optional[str]:
        """:meth:`_region_state` of a region ``state_regions.tsv`` lists (``gazetteer.listed_region``), for a
        word of a body's name: ISO's other provinces include ordinary words ('Unity') that name no place there."""
        return self._region_state(name) if gazetteer.listed_region(name) else None

    def _region_opening(self, ent: Span) -> bool:
        """'the Balochistan government', tagged as one organisation (whole, or the name alone): a region's
        name that opens it, before a common noun, is the region (whose state the role word then takes)."""
        T = self.T
        first = ent.start + 1 if T.dep[ent.start] == "det" else ent.start
        for end in (first + 2, first + 1):
            if end > ent.end or end >= T.n or T.pos[end] != "NOUN" or \
                    not all(T.pos[j] == "PROPN" or T.text[j][:1].isupper() for j in range(first, end)):
                continue  # (a name opening the sentence may be tagged a noun: '[Borno] state police said')
            name = T.span_text(first, end)
            state = self._region_state(name)
            if state:
                self.claim(self._region_place(name, state), first, end)
                return True
        return False

    def peoples(self) -> None:
        """A people named with a state adjective are that state's civilians: 'Iraqi Kurds' (IRQ CVL),
        'Bosnian Serbs' (BIH CVL, not Serbia): the adjective says where they live. So are a state's
        people named by its plural demonym ('Thousands of Nigerians') or as its people ('the Zambian
        people', 'British nationals')."""
        T = self.T
        for i in range(T.n):
            if T.tag[i] not in ("NNPS", "NNS") and T.lemma[i] not in PEOPLE_NOUNS:
                continue  # every rule below wants a plural or a people noun
            token = self.doc[i]
            if self._demonym_people(token) or self._state_people(token):
                continue
            if token.tag_ not in ("NNPS", "NNS") or not token.text[:1].isupper() or self.in_quote(token):
                continue
            held = self.token_actor.get(token.i)
            if held and self.builders[held[0]].kind != "country":
                continue
            if not held and token.ent_type_ != "NORP":
                continue  # 'Iraqi Kurds', 'Lebanese Christians'; not 'Iraqi Airways'
            for adjective in token.children:
                hit = self.token_actor.get(adjective.i) if adjective.dep_ == "amod" else None
                state = self.builders[hit[0]] if hit else None
                if state is None or state.kind != "country" or (held and held[0] == hit[0]):
                    continue
                start = min(adjective.i, token.i)
                builder = self.builder(f"people:{state.country}:{token.lemma_.lower()}", name=self.T.span_text(start, token.i + 1),
                                       kind="group", country=state.country, sector="CVL")
                for i in range(start, token.i + 1):
                    self.token_actor.pop(i, None)
                self.claim(builder, start, token.i + 1)
                break

    def _demonym_people(self, token: Token) -> bool:
        """'Nigerians', 'Palestinians': a one-word plural demonym is the state's civilians, not the state
        ('Philippines' and other plural state names stay states)."""
        held = self.token_actor.get(token.i)
        if not held or token.tag_ not in ("NNPS", "NNS") or held[2] - held[1] != 1 or self.in_quote(token):
            return False
        state = self.builders[held[0]]
        if state.kind != "country" or not state.country or token.lower_ == state.name.lower() \
                or not token.lower_.endswith("s") or gazetteer.country_code(token.text) != state.country:
            return False
        if token.i > 0 and self.doc[token.i - 1].lower_ == "the" and \
                gazetteer.country_code(token.text[:-1]) != state.country:
            return False  # 'the Emirates', 'the Netherlands': a plural name of the state (not 'the Emiratis')
        if any(c.dep_ == "amod" and c.i in self.token_actor for c in token.children):
            return False  # 'Iraqi Kurds', 'Bosnian Serbs': the adjective's state (below)
        builder = self.builder(f"people:{state.country}:{token.lower_}", name=token.text, kind="group",
                               country=state.country, sector="CVL")
        self.token_actor.pop(token.i, None)
        self.claim(builder, token.i, token.i + 1)
        return True

    def _state_people(self, token: Token) -> bool:
        """'the Zambian people', 'British nationals': a state's people are its civilians."""
        if token.lemma_.lower() not in PEOPLE_NOUNS or token.i in self.token_actor or self.in_quote(token):
            return False
        for adjective in token.children:
            hit = self.token_actor.get(adjective.i) if adjective.dep_ == "amod" else None
            if hit and self.builders[hit[0]].kind == "country" and hit[2] - hit[1] == 1:
                state = self.builders[hit[0]]
                start = self._phrase_start(adjective)
                builder = self.builder(f"people:{state.country}:{token.lemma_.lower()}",
                                       name=self.T.span_text(adjective.i, token.i + 1), kind="group",
                                       country=state.country, sector="CVL")
                self.token_actor.pop(adjective.i, None)
                self.claim(builder, min(start, adjective.i), token.i + 1)
                return True
        return False

    def person(self, ent: Span) -> None:
        if self._place_named(ent.root) and self._dictionary_person(ent.text.strip()) is None:
            return  # 'attacks in Jebel Moon', 'the village of Umm Kadada': a place the tagger took for a name
        if ent[0].lower_ in STORM_WORDS or (ent.start and self.T.lower[ent.start - 1] in STORM_WORDS):
            return  # 'Typhoon Kalmaegi', 'Hurricane Otis', 'Cyclone Freddy': a storm's name, no one
        if len(ent) >= 3 and ent[0].text[:1].isupper() and ent[0].lower_ in self.dictionary.roles and \
                self._dictionary_person(ent.text.strip()) is None:
            ent = ent[1:]  # ('Archbishop Bagrat Galstanyan' read whole: the title is read by titles(), not named)
        name = ent.text.strip()
        if name.lower().endswith("'s"):
            name = name[:-2]
        entry = self._dictionary_person(name)
        builder = self.entry_builder(entry) if entry else self.builder(f"person:{name}", name=name, kind="person")
        self.claim(builder, ent.start, ent.end)

    def _place_object(self, ent: Span) -> bool:
        """Whether a name is the object of a verb that acts on places ('shelled X', 'troops entered X',
        'rebels attacked X'), and no person: neither a first name nor the surname of a person named before
        (the gazetteer must still know it as a town, see :meth:`_town_misnamed`)."""
        root = ent.root
        if root.dep_ != "dobj" or root.head.lemma_.lower() not in PLACE_TAKING_VERBS:
            return False
        return ent[0].lower_ not in gender_table() and self._surname_holder(ent[-1].text) is None

    @staticmethod
    def _place_named(root: Token) -> bool:
        """Whether a name stands where only a place can: the object of a preposition of place ('in',
        'near', 'across' ...), or the name of a place noun ('the village of X', 'the town X', 'X camp'),
        or a name conjoined with one that does ('in X and Y')."""
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        head = root.head
        if root.dep_ == "pobj" and head.lower_ in PLACE_PREPS:
            return True
        if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PLACE_NOUNS:
            return True
        if root.dep_ in ("appos", "compound") and head.lemma_.lower() in PLACE_NOUNS and \
                head.i != root.i and head.pos_ == "NOUN":
            return True
        return False

    def _dictionary_person(self, name: str) -> Optional[ActorEntry]:
        """The one dictionary person with this surname who held an office on the publication date
        ('President Bush' in 2008 → George W. Bush); None when none or several did."""
        if not self.published:
            return None
        surname = name.split()[-1].lower()
        found = [e for e in self.dictionary.persons_by_surname.get(surname, ())
                 if e.role_on(self.published) and (len(name.split()) == 1 or name.lower() in e.name.lower())]
        return found[0] if len(found) == 1 else None

    # ----------------------------------------------------------------- titles and role phrases
    def titles(self) -> None:
        """Roles and countries from the words around person names, and role-only phrases."""
        roles = self.dictionary.roles
        doc = self.doc
        T = self.T
        first = self.dictionary.role_first_words
        # Only a token whose word or lemma opens a role can start one: visit those, in order.
        openers = [j for j, (lower, lemma) in enumerate(zip(T.lower, T.lemma)) if lower in first or lemma in first]
        resume = 0  # the token after the role just read
        for i in openers:
            if i < resume:
                continue
            role, length = self._role_at(i, roles)
            if not role:
                continue
            entry = roles[role]
            last = i + length - 1
            after = last + 1
            if after < T.n and not entry.person and entry.sector not in ("GOV", "") and T.head[last] == after \
                    and T.dep[last] in ("compound", "amod") and T.lemma[after] in FUNCTION_HEADS \
                    and T.lemma[after] in roles:
                # 'a police spokesman': the function word's person, in the body's sector
                entry = replace(roles[T.lemma[after]], sector=entry.sector)
                role = f"{role} {T.lemma[after]}"  # its own actor: not the ministry's spokesman of the story
                length += 1
            elif after < T.n and not entry.person and T.head[last] == after and T.dep[last] == "compound" and \
                    T.lemma[after] in MEMBER_HEADS and T.lemma[after] not in roles and after + 1 < T.n and \
                    T.pos[after + 1] == "PROPN":
                role = f"{role} {T.lemma[after]}"  # 'opposition figure X', 'ruling party stalwart Y': a person of
                length += 1  # the body's sector, the word before the name naming no office of its own
            if after < T.n and T.pos[last] == "ADJ" and T.head[last] == after and T.tag[after] == "NN" and \
                    T.lemma[after] in BODY_GROUP_HEADS and not entry.person and after not in self.token_actor:
                length += 1  # 'a dissident faction', 'a militant cell': the body, which 'the faction' names again
            head = doc[i + length - 1]
            span_start, span_end = i, i + length
            resume = span_end
            if not entry.person and self._opens_a_name(span_start, span_end):
                continue  # 'the rights group Witness Bahrain', 'Refugee International': a body's own name
            if self._prefixed_state(span_start, span_end, entry):
                continue
            if head.i in self.token_actor and self.builders[self.token_actor[head.i][0]].kind != "country":
                continue
            if entry.sector == "MED" and self._of_a_thing(head):
                continue  # 'called for the publication of the voting records': an act, no outlet
            if entry.sector == "CVL" and head.dep_ == "compound" and head.head.pos_ == "NOUN" and \
                    head.head.lemma_.lower() not in roles and head.head.lemma_.lower() not in word_classes()["@people"]:
                continue  # 'eyewitness accounts', 'witness statements': a kind of thing, no people
            if head.dep_ == "compound" and head.head.lemma_.lower() in word_classes()["@penalties"]:
                continue  # 'prison sentences', 'a jail term': the kind of penalty, no prison service
            if entry.sector == "MIL" and (
                    head.dep_ == "dobj" and head.head.lemma_.lower() in word_classes()["@firing"] or
                    head.dep_ == "compound" and head.head.dep_ == "dobj" and
                    head.head.lemma_.lower() in word_classes()["@munitions"]):
                continue  # 'fired cruise missiles', 'fired artillery shells at the town': the weapon fired, no unit
            qualifier = self._qualifier(doc[span_start], head, role)
            retired = any(T.lower[j] in RETIRED_WORDS for j in range(self._phrase_start(doc[span_start]), span_end)) \
                or (span_start >= 2 and T.lower[span_start - 1] == "-" and T.lower[span_start - 2] == "ex")  # 'ex-president'

            if retired and entry.sector in RETIRABLE_SECTORS:
                entry = replace(entry, sector="ELI")  # 'the former finance minister': an elite, no office (CAMEO ELI)
            person = self._titled_person(head, span_start, body=role.split()[-1] in COLLECTIVE_HEADS)
            if person is not None:
                builder, name_token = person
                if not entry.person and builder.key.startswith("person:") and \
                        T.lemma[last] in word_classes()["@classifiers"] and \
                        not first_name(builder.name.split()[0].lower()):
                    builder.kind = "organisation"  # ('the charity, Action Sahel', tagged a person's name: the
                    # body's own name, a role of no person)
                start = self._phrase_start(doc[span_start])
                former = any(T.lower[j] in word_classes()["@past_office"] for j in range(start, span_end))
                self._set_role(builder, role, entry.sector, qualifier, former)
                if retired and builder.sector in RETIRABLE_SECTORS and not (builder.code or "")[3:]:
                    builder.sector = "ELI"  # 'former president X': out of the office a dictionary may still record
                if qualifier is None and entry.person and not builder.country and not builder.code:
                    self._named_role_holder(builder, role)
                held = self.token_actor.get(name_token.i)
                if held and held[1] <= span_end + 1 and name_token.i >= span_start:  # contiguous title + name
                    start, end = min(start, held[1]), max(span_end, held[2])
                else:
                    end = span_end
                for j in range(start, end):
                    if j not in self.token_actor or self.builders[self.token_actor[j][0]].kind != "person":
                        self.token_actor[j] = (builder.key, start, end)
                    elif self.token_actor[j][0] == builder.key:
                        self.token_actor[j] = (builder.key, start, end)
                if (start, end) not in builder.mentions:
                    builder.mentions.append((start, end))
                continue
            self._role_phrase(span_start, span_end, head, role, entry, qualifier)
            self._shared_role(head, role, entry)

    def person_attributes(self) -> None:
        """Nationality and kind given to a named person by a description that is no title: 'a Ghanaian
        man named Kofi Boateng', 'Boateng, a 40-year-old Ghanaian,', 'Boateng, a Ghanaian father of
        three,'. The person takes the state (and a role word's sector, else civilian), and keeps them on
        every later mention ('Boateng'), which is the same actor. Titles (:meth:`titles`) run first."""
        T = self.T
        for builder in list(self.builders.values()):
            if not self._unplaced_person(builder):
                continue
            for start, end in list(builder.mentions):
                name = self.doc[end - 1]
                described = None
                if name.dep_ in ("oprd", "attr", "dobj", "xcomp") and name.head.lemma_.lower() in NAMING_VERBS \
                        and name.head.dep_ == "acl" and name.head.head.pos_ in ("NOUN", "PROPN"):
                    described = name.head.head  # 'a Ghanaian man named Kofi Boateng'
                else:
                    described = next((c for c in name.children if c.dep_ == "appos" and c.i > name.i), None)
                if described is None:
                    described = self._demonym_before(name, start)  # 'Ghanaian national Kofi Boateng'
                owner = self._owning_state(name, start) if described is None else None
                if owner is not None:  # "Cambodia's Hun Manet": that state's, of no sector the text gives
                    builder.country = owner
                    break
                state = None if described is None or self.in_quote(described) else self._described_state(described)
                if state is None:
                    if self._affiliate(builder, name):  # 'X of the Malian army': the body's code instead
                        break
                    continue
                role = self.dictionary.roles.get(described.lemma_.lower())
                builder.country = state
                builder.sector = builder.sector or (role.sector if role is not None else "CVL")
                first = self._phrase_start(described)
                for j in range(first, described.i + 1):  # a private person's origin is no setting of the story
                    self.state_words.pop(j, None)
                if described.i < start:  # the description before the name: one mention of both
                    for j in range(first, end):
                        held = self.token_actor.get(j)
                        if held is None or self.builders[held[0]].kind != "person":
                            self.token_actor[j] = (builder.key, first, end)
                    builder.mentions.append((first, end))
                else:  # an apposition after it: its state word (or people phrase) is no actor of its own
                    for j in range(first, described.i + 1):
                        held = self.token_actor.get(j)
                        if held is not None and (self.builders[held[0]].kind == "country" or self._people_group(held[0])):
                            self.token_actor[j] = (builder.key, held[1], held[2])
                break

    def respective_holders(self) -> None:
        """'the foreign ministers of Peru and Chile, Ana Ruiz and Juan Soto', 'the defence ministers of the two
        countries, A and B': a plural role of two states, with two names listed after its comma, gives each
        name the role in the state listed in the same place (the 'respectively' news leaves unsaid). 'The two
        countries' are the last two states named together."""
        T, roles = self.T, self.dictionary.roles
        for i in range(1, T.n - 4):
            if T.tag[i] != "NNS" or T.pos[i] != "NOUN":
                continue
            role = next((r for j in range(max(0, i - 2), i + 1) for r, n in [self._role_at(j, roles)]
                         if r and j + n - 1 == i and roles[r].person), None)
            comma = next((j for j in range(i + 1, min(T.n, i + 8)) if T.text[j] in (",", ";", ".")), None)
            if role is None or comma is None or T.text[comma] != ",":
                continue
            names = self._listed_persons(comma + 1)
            states = self._listed_states(self.doc[i].left_edge.i, comma) if names else []
            if len(states) != 2:
                continue
            for person, state in zip(names, states):
                person.country, person.sector = state, roles[role].sector or person.sector
                person.role = person.role or role

    def _listed_persons(self, k: int) -> list[_Builder]:
        """The two persons named at ``k`` as 'A and B' (each a name of capitalised words), else []."""
        T, found = self.T, []
        for _ in range(2):
            hit = self.token_actor.get(k)
            if hit is None or self.builders[hit[0]].kind != "person":
                return []
            found.append(self.builders[hit[0]])
            while k < T.n and T.pos[k] == "PROPN" and self.token_actor.get(k, ("",))[0] == hit[0]:
                k += 1
            if len(found) == 1:
                if k >= T.n or T.lower[k] != "and":
                    return []
                k += 1
        return found if found[0] is not found[1] else []

    def _listed_states(self, start: int, end: int) -> list[str]:
        """The states a phrase [start, end) names in order ('of Peru and Chile', 'the Peruvian and Chilean'), or
        for 'the two countries' (nations, neighbours, states, sides, governments) the last two named together."""
        T, found = self.T, []
        for j in range(start, end):
            hit = self.token_actor.get(j)
            state = self.state_words.get(j) or (self.builders[hit[0]].country if hit and hit[1] == j and
                                                  self.builders[hit[0]].kind == "country" else None)
            if state and state not in found:
                found.append(state)
        if found:
            return found
        if not any(T.lower[j] == "two" and T.lemma[T.head[j]] in PAIR_NOUNS for j in range(start, end)):
            return []
        for j in range(start - 2, 0, -1):  # back to 'X and Y', two states joined
            if T.lower[j] == "and":
                left, right = self.token_actor.get(j - 1), self.token_actor.get(j + 1)
                if left and right and self.builders[left[0]].kind == "country" == self.builders[right[0]].kind \
                        and left[0] != right[0]:
                    return [self.builders[left[0]].country, self.builders[right[0]].country]
        return []

    @staticmethod
    def _unplaced_person(builder: _Builder) -> bool:
        """A named person with no state or code yet: what a description or a body named beside them may give."""
        return builder.kind == "person" and not builder.country and not builder.code and builder.key.startswith("person:")

    def affiliates_by_reference(self) -> None:
        """'X, a senior researcher at the organisation,': a body named by a definite description is known
        only after coreference, so a person with no state or code yet looks at their body once more."""
        for builder in list(self.builders.values()):
            if not self._unplaced_person(builder):
                continue
            for start, end in list(builder.mentions):
                if self._affiliate(builder, self.doc[end - 1]):
                    break

    def _affiliate(self, builder: _Builder, name: Token) -> bool:
        """A person of a named body: "the ruling party's X", 'X of the Somali National Army', 'X, a member of the
        Sudanese parliament,', 'X, who heads the Ugandan opposition party,'. The person takes the body's state and
        sector (its code where it has one); True where one was found."""
        bodies = [c for c in name.children if c.dep_ == "poss" and c.i < name.i]  # "the ruling party's X"
        for prep in (c for c in name.children if c.dep_ == "prep" and c.lower_ in ("of", "from")):
            bodies += [o for o in prep.children if o.dep_ == "pobj"]  # 'X of the Somali army'
        described = [c for c in name.children if c.dep_ == "appos" and c.i > name.i and self._member_noun(c)]
        if name.dep_ == "appos" and name.head.i < name.i and self._member_noun(name.head):
            described.append(name.head)  # "the group's Africa director, X": the role phrase before the name
        for appos in described:  # not 'a critic of', 'a victim of'
            bodies += [c for c in appos.children if c.dep_ == "poss"]  # "X, the group's researcher,"
            for prep in (c for c in appos.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "at", "in")):
                bodies += [o for o in prep.children if o.dep_ == "pobj"]  # 'X, a member of the parliament,'
        for clause in (c for c in name.children if c.dep_ == "relcl" and c.lemma_.lower() in HEADING_VERBS):
            bodies += [o for o in clause.children if o.dep_ == "dobj"]  # 'X, who heads the party,'
        bodies += [c for b in bodies if b.i not in self.token_actor for c in b.children
                   if c.dep_ in ("compound", "nmod") and c.i in self.token_actor]  # 'of the X Front coalition'
        for body in bodies:
            held = self.token_actor.get(body.i)
            other = self.builders[held[0]] if held is not None else None
            if other is None or other.kind not in ("organisation", "group") or self.in_quote(body) or \
                    (other.sector or "") in ("CVL", ""):
                continue  # a body, not a people or a place: 'of Nairobi' says where, 'of Kenyans' nothing
            builder.country, builder.sector = other.country, other.sector
            builder.code = other.code
            return True
        return False

    def _member_noun(self, noun: Token) -> bool:
        """A noun by which a person belongs to a body: a member noun or a role ('a coordinator for', 'a
        spokeswoman of'), not 'a critic of' or 'a victim of'."""
        lemma = noun.lemma_.lower()
        return lemma in MEMBER_NOUNS or lemma in self.dictionary.roles

    def described_later(self) -> None:
        """'Tomas Varga, 41, was arrested in Brno. The Slovak engineer is accused of ...': a definite
        description of a person ('the' + state adjective + a people noun of ``@people``, no name) in one of
        the two sentences after the only person named there gives that person its state when the text gave
        none, and is a mention of that person. With two persons in the window it is left alone."""
        unstated = {b.key for b in self.builders.values()
                    if b.kind == "person" and not b.country and not b.code and b.key.startswith("person:")}
        if not unstated:
            return
        people = word_classes()["@people"]
        sentence_of = self._sentence_number
        T = self.T
        for i in range(T.n):
            held = self.token_actor.get(i)
            described = held is not None and held[0].startswith("role:")
            if T.pos[i] != "NOUN" or T.tag[i] != "NN" or T.lemma[i] not in people or (held is not None and not described):
                continue  # (a singular role phrase, 'the Swedish journalist', may describe the person too)
            noun = self.doc[i]
            if self.in_quote(noun) or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
                continue
            state = next((w.country for c in noun.children if c.dep_ in ("amod", "compound") and c.i < i
                          and (w := self._state_word(c)) is not None), None)
            if state is None and described and self.builders[held[0]].country and \
                    any(c.dep_ in ("amod", "compound") and c.i < i for c in noun.children):
                state = self.builders[held[0]].country  # the role phrase took the state adjective in
            if state is None:
                continue
            here = sentence_of(i)
            window = {b.key for b in self.builders.values() if b.kind == "person"
                      and any(0 < here - sentence_of(start) <= 2 or (here == sentence_of(start) and start < i)
                              for start, _ in b.mentions)}
            if len(window) != 1 or not window <= unstated:
                continue
            builder = self.builders[window.pop()]
            role = self.dictionary.roles.get(T.lemma[i])
            builder.country = state
            builder.sector = builder.sector or (role.sector if role is not None else "CVL")
            first = self._phrase_start(noun)
            for j in range(first, i + 1):
                self.state_words.pop(j, None)
                self.token_actor[j] = (builder.key, first, i + 1)
            builder.mentions.append((first, i + 1))
            unstated.discard(builder.key)

    def appositive_roles(self) -> None:
        """'Vera, 52, a former finance minister, ...': a one-person role phrase in apposition to a named person's
        mention (the surname alone, linked to the full name only after the titles were read) is that person's
        title: the person takes its role, sector and state, and its mentions. Runs after :meth:`surnames`."""
        T = self.T
        for i, held in list(self.token_actor.items()):
            person = self.builders[held[0]]
            if person.kind != "person" or not person.key.startswith("person:") or person.role or held[2] != i + 1:
                continue
            for appos in (c for c in T.children(i) if T.dep[c] == "appos" and c > i):
                hit = self.token_actor.get(appos)
                role = self.builders[hit[0]] if hit else None
                if role is None or role.kind != "person" or not role.key.startswith("role:") or \
                        not role.key.endswith((":one", ":former")) or any(s < i for s, _ in role.mentions):
                    continue
                person.role, person.sector = role.role, person.sector or role.sector
                person.country = person.country or role.country
                for mention in list(role.mentions):  # (as named_after_role moves a role's mentions)
                    self.release((role.key, *mention))
                    self.claim(person, *mention)
                break

    def region_states(self) -> None:
        """'Western powers', 'African countries', 'European capitals' (a region adjective of ``regions.tsv``
        before a plural of ``@state_nouns``) and 'the West': the region's states as one actor, coded as the
        region (WST, AFR, EUR), where no other reading holds the words."""
        regions = self.dictionary.regions
        if not regions:
            return
        T = self.T
        nouns = word_classes()["@state_nouns"]
        for i in range(T.n):
            if T.text[i] == "West" and i > 0 and T.lower[i - 1] == "the" and i not in self.token_actor and \
                    not (i + 1 < T.n and T.text[i + 1][:1].isupper()) and not self.in_quote_at(i):
                self.claim(self.builder("region:WST", name="the West", kind="group", code=regions.get("Western")),
                           i - 1, i + 1)  # ('the West Bank', 'the West African states' are other names)
                continue
            if T.tag[i] != "NNS" or T.lemma[i] not in nouns or i in self.token_actor or self.in_quote_at(i) or \
                    any(T.dep[c] == "nummod" or T.lower[c] == "both" for c in T.children(i)):
                continue  # ('the two West African neighbours' are states named nearby: dyad.events)
            start = i
            while start > 0 and start <= T.head[start - 1] <= i and T.dep[start - 1] in ("amod", "compound"):
                start -= 1
            words = [T.text[j] for j in range(start, i)]
            name = next((n for n in (" ".join(words[-2:]), words[-1] if words else "") if regions.get(n)), None)
            if name is None or any(j in self.token_actor for j in range(start, i)):
                continue
            code, first = regions[name], i - len(name.split())
            self.claim(self.builder(f"region:{code}", name=self.T.span_text(first, i + 1), kind="group", code=code),
                       first, i + 1)

    def named_after_role(self) -> None:
        """'..., the agency's director general said. Rafael Morales told a news conference ...': a lead that quotes
        a person by role alone, or has one as its subject ('The new prime minister accused ...'), and a sentence
        right after whose speaker is a name the text describes nowhere, name one person (news names a source by
        office first, by name in the next sentence). The name takes
        the role's office, state and code and the role's mentions; with another person named between, or a
        name the text gives a role or state, nothing is joined."""
        T = self.T
        cues = speech_cue_classes()

        def speaking(span: tuple[int, int]) -> bool:
            head = span[1] - 1
            return T.dep[head] == "nsubj" and T.lemma[T.head[head]] in cues and not self.in_quote_at(head)

        def leading(span: tuple[int, int]) -> bool:  # the lead's subject: 'Senegal's new prime minister accused ...'
            head = span[1] - 1
            return speaking(span) or T.dep[head] == "nsubj" and T.dep[T.head[head]] == "ROOT" and \
                not self.in_quote_at(head)

        def main_subject(span: tuple[int, int]) -> bool:  # 'X was arrested in March ...' after the lead
            head = span[1] - 1
            return T.dep[head] in ("nsubj", "nsubjpass") and T.dep[T.head[head]] == "ROOT" and \
                not self.in_quote_at(head)

        persons = sorted(((min(b.mentions), b) for b in self.builders.values() if b.kind == "person" and b.mentions),
                         key=lambda pair: pair[0])
        lead_roles = [b for b in self.builders.values() if b.key.startswith("role:") and b.mentions and
                      b.key.endswith((":one", ":former")) and self._sentence_number(min(b.mentions)[0]) == 0 and
                      T.tag[min(b.mentions)[1] - 1] == "NN"]  # (one office holder: 'a former deputy minister')
        for (start, end), named in persons:
            if not named.key.startswith("person:") or named.role or named.country or named.code or \
                    self._untabled_title(start, end):
                continue
            in_lead = len(lead_roles) == 1 and self._sentence_number(start) == 1 and main_subject((start, end))
            if not speaking((start, end)) and not in_lead:
                continue
            before = [(span, b) for span, b in ((max(b.mentions), b) for _, b in persons if b is not named)
                      if span[0] < start]
            if in_lead and not any(b.kind == "person" and not b.key.startswith("role:") for _, b in before):
                span, role = min(lead_roles[0].mentions), lead_roles[0]  # (the lead's own phrase, not a 'his'
                # resolved to it)
            elif not before:
                continue
            else:
                span, role = max(before, key=lambda pair: pair[0])
            if not role.key.startswith("role:") or not role.role or T.tag[span[1] - 1] != "NN" or \
                    self._sentence_number(start) - self._sentence_number(span[0]) != 1 or \
                    not (speaking((start, end)) and leading(span) or in_lead and role is lead_roles[0]):
                continue  # ('ordered the release of a former deputy minister ... X was arrested in March':
                # the lead's one person named by office, named in the sentence after)
            named.role, named.sector, named.country, named.code, named.body = \
                role.role, role.sector, role.country, role.code, role.body
            for mention in list(role.mentions):
                self.release((role.key, *mention))
                self.claim(named, *mention)
            named.mentions.sort()

    def _untabled_title(self, start: int, end: int) -> bool:
        """Whether a name comes with a capitalised title the roles table lacks ('Representative John Park',
        'Commissioner Ada Obi'): the text gives the person an office of their own."""
        T = self.T
        before = start - 1
        return before >= 0 and T.pos[before] == "PROPN" and T.text[before][:1].isupper() and \
            T.dep[before] == "compound" and start <= T.head[before] < end and before not in self.token_actor and \
            not first_name(T.lower[before])

    def _owning_state(self, name: Token, start: int) -> Optional[str]:
        """The state whose possessive stands right before a person's bare name ("Cambodia's Hun Manet", "Peru's
        Jose Ruiz"): news names a state's figure so; the person is that state's (a role the text gives elsewhere
        may still code the sector)."""
        owner = next((c for c in name.children if c.dep_ == "poss" and c.i < start), None)
        hit = self.token_actor.get(owner.i) if owner is not None else None
        if hit is None or hit[2] + 1 != start or self.doc[hit[2]].dep_ != "case":
            return None
        state = self.builders[hit[0]]
        return state.country if state.kind == "country" and state.country else None

    def _demonym_before(self, name: Token, start: int) -> Optional[Token]:
        """A state word the parser hung on the name itself, before it: 'Ghanaian national Kofi Boateng',
        'Ghanaian Kofi Boateng' (the modifier words are no title, so :meth:`titles` left them)."""
        stack = [c for c in name.children if c.i < start and c.dep_ in ("amod", "compound", "nmod")]
        while stack:  # also through the noun it modifies: 'Ghanaian' under 'national' under the name
            child = stack.pop()
            if self._state_word(child) is not None:
                return child
            hit = self.token_actor.get(child.i)
            if hit is not None and self._people_group(hit[0]) and hit[2] == start:
                return self.doc[hit[2] - 1]  # 'Cameroonian national' read as a people before the name
            stack.extend(c for c in child.children if c.dep_ in ("amod", "compound"))
        return None

    def _described_state(self, noun: Token) -> Optional[str]:
        """The state a describing noun phrase gives: its own demonym ('a 40-year-old Ghanaian') or a
        state word modifying it ('a Ghanaian man', "Ghana's youngest mayor")."""
        for token in [noun, *(c for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod"))]:
            state = self._state_word(token)
            if state is not None:
                return state.country
        hit = self.token_actor.get(noun.i)  # 'a Cameroonian national': read as that state's people
        if hit is not None and self._people_group(hit[0]):
            return self.builders[hit[0]].country
        return None

    def _state_word(self, token: Token) -> Optional[_Builder]:
        """The state whose name or adjective ends at this token ('Ghanaian', 'South Korean'), else None."""
        hit = self.token_actor.get(token.i)
        if hit is None or hit[2] != token.i + 1 or self.builders[hit[0]].kind != "country":
            return None
        return self.builders[hit[0]]

    def _people_group(self, key: str) -> bool:
        """Whether an actor is a state's people read from a demonym phrase (:meth:`peoples`)."""
        return key.startswith("people:") and bool(self.builders[key].country)

    def _opens_a_name(self, start: int, end: int) -> bool:
        """Whether a role phrase of no person, capitalised inside a sentence and tagged a proper noun, opens a
        longer capitalised name ('Witness Bahrain', 'Refugee International'): the name of a body, no role."""
        T = self.T
        return 0 < start and T.sent[start] != start and end < T.n and T.tag[start] == "NNP" and \
            T.text[start][:1].isupper() and T.pos[end] == "PROPN" and T.text[end][:1].isupper() and \
            T.lower[end] not in self.dictionary.role_first_words and T.ent_type[end] in NAME_PART_ENTITIES and \
            T.lower[end] not in gender_table()  # ('Senator Lucia Ferreira': a title before a person's name)

    def _role_at(self, i: int, roles) -> tuple[Optional[str], int]:
        """The role (and its length in words) that starts at token ``i``, a word that opens one."""
        T = self.T
        if T.lemma[i] == "union" and T.pos[i] == "NOUN" and "trade union" in roles and any(
                T.dep[c] in ("poss", "compound") and T.pos[c] == "NOUN" for c in T.children(i)):
            return "trade union", 1  # 'the doctors' union', 'a transport union': workers' (not 'the union' of states)
        if T.lower[i] == "unions" and T.text[i] == "unions" and "trade union" in roles:
            return "trade union", 1  # 'accused the unions of ...': plural and lower case, no union of states
        sides = word_classes()["@sides"]
        if T.lemma[i] == "party" and any(T.dep[c] in ("amod", "compound") and (T.lower[c] in sides or T.lemma[c] in sides)
                                         for c in T.children(i)):
            return None, 0  # 'a warring party', 'the third party', 'the injured party': a side, no political party
        if T.lower[i] == "parties" and any(T.lower[c] in ("both", "two") and T.dep[c] in ("det", "predet", "nummod")
                                           for c in T.children(i)):
            return None, 0  # 'urged both parties', 'the two parties': the two sides named before (dyad.events)
        by_first = self.dictionary.role_lengths
        lengths = sorted(set(by_first.get(T.lower[i], ())) | set(by_first.get(T.lemma[i], ())), reverse=True)
        for length in lengths:
            end = i + length
            if end > T.n:
                continue
            if not all(T.alpha[j] or T.text[j] == "-" for j in range(i, end)):
                continue
            if length > 1 and T.iob[i] == 1 and (T.entity_at(i) or (0, end))[1] < end and \
                    not self._state_before(T.entity_at(i)[0], i):
                continue  # a role straddling a name's end: 'the European Union leader' is no union leader
                # (but 'US National Security Adviser', read as a name up to 'Security', is the state's title)
            last = end - 1
            key = " ".join(T.lower[i:last]) + (" " if length > 1 else "") + T.lemma[last]
            key = key.replace(" - ", "-")
            pos = T.pos[last]
            if pos not in ("NOUN", "PROPN") and not (pos == "ADJ" and (
                    T.lemma[T.head[last]] in GROUP_HEADS or self._armed_owner_of_target(last, roles))):
                continue  # 'a general strike', 'an official newspaper': no role; 'militant groups' are militants
            if key in roles:
                return key, self._with_forces(last, length, roles[key])
            key = T.span_text(i, end).lower()
            if key in roles:
                return key, self._with_forces(last, length, roles[key])
        return None, 0

    def _state_before(self, start: int, i: int) -> bool:
        """Whether tokens ``start``..``i`` - 1 are one state's name or adjective ('US', 'South Korean')."""
        hit = self.token_actor.get(start)
        return hit is not None and hit[1] == start and hit[2] == i and self.builders[hit[0]].kind == "country"

    def _armed_owner_of_target(self, i: int, roles) -> bool:
        """An armed group's adjective before what force strikes ('militant hideouts', 'insurgent camps'): the
        group the target is of (a REB role)."""
        T = self.T
        role = roles.get(T.lemma[i])
        return T.head[i] > i and T.lemma[T.head[i]] in word_classes()["@struck"] and role is not None and \
            role.sector in ("REB", "MIL")

    def _with_forces(self, last: int, length: int, entry) -> int:
        """The role's length, taking in a following 'forces' that a rebel role describes: 'rebel forces'
        and 'terrorist forces' are rebels, not the military that 'forces' alone would be ('government
        forces' stay the military)."""
        T = self.T
        after = last + 1
        if entry.sector == "REB" and after < T.n and T.head[last] == after and T.lower[after] == "forces":
            return length + 1
        return length

    def _phrase_start(self, token: Token) -> int:
        T, i = self.T, token.i
        start = i
        while start > T.sent[i] and T.dep[start - 1] in ("det", "amod", "compound", "poss", "case") \
                and T.head[start - 1] >= i - 1 and T.lower[start - 1] not in ('"', "“"):
            start -= 1
        return start

    def _titled_person(self, head: Token, first: int, body: bool = False) -> Optional[tuple[_Builder, Token]]:
        """The named person a role phrase titles, and the name token: 'Foreign Minister Eli Cohen'
        (compound), 'the foreign minister of Peru, Elmer Schialer' and 'Schialer, Peru's foreign minister'
        (apposition, which the parser often leaves as two subjects). A body ('the foreign ministry', the
        army) is no title of the name before its comma: in 'remarks by the Ruritanian president, the
        Bordurian foreign ministry said' the ministry speaks."""
        doc = self.doc
        candidates = []
        if head.dep_ == "compound":
            candidates.append(head.head)
        if head.i + 1 < len(doc):
            candidates.append(doc[head.i + 1])
        opener = doc[first]
        if opener.dep_ in ("nmod", "compound") and opener.head.i > head.i and opener.head.pos_ == "PROPN":
            candidates.append(opener.head)  # 'Minister of Foreign Affairs and Trade Ana Ruiz': the title's name
        # an apposition stands after a comma or bracket; one without ('a court on Monday jailed politician X')
        # is the parser's reading of a clause it missed
        candidates += [c for c in head.children
                       if c.dep_ == "appos" and doc[c.left_edge.i - 1].text in APPOSITION_MARKS]
        candidates += self._name_after_title_complement(head)
        # 'the president of the assembly, Ana Ruiz,', 'the ambassador to the UN, Li Wei,': the parser hangs the name
        # on the body it follows
        # (or on the last noun of the title's complement: 'the head of the UN mission in Sudan, Volker Perthes,')
        candidates += [c for prep in head.children if prep.dep_ == "prep" and prep.lower_ in ("of", "for", "at", "to")
                       for c in prep.subtree if c.dep_ == "appos" and c.head.dep_ == "pobj" and c.i > c.head.i
                       and doc[c.left_edge.i - 1].text in APPOSITION_MARKS]
        if head.dep_ == "appos":
            candidates.append(head.head)
        comma = head.right_edge.i if head.right_edge.text == "," else head.right_edge.i + 1
        if comma + 1 < len(doc) and doc[comma].text == ",":
            candidates.append(doc[comma + 1])
        left = self._phrase_start(doc[first])
        if left >= 2 and doc[left - 1].text == "," and not body:
            candidates.append(doc[left - 2])
        named = self._relative_subject(head)
        if named is not None:
            candidates.append(named)
        for token in candidates:
            hit = self.token_actor.get(token.i)
            if hit and not self.in_quote(token):
                builder = self.builders[hit[0]]
                # A dictionary entry coded like a state but titled as a person ('Bree Prime Minister
                # Romendacil [BRE]', PETRARCH style) is that state's official.
                # Another unnamed role is no name to title, unless this one only describes it ('the envoy, a
                # former general,'): in 'would expel the envoy, the foreign minister said' they are two people.
                if (builder.kind == "person" and (not builder.key.startswith("role:") or
                                                  doc[left].lower_ in ("a", "an"))) or (
                        builder.kind == "country" and builder.key.startswith("entry:")
                        and token.ent_type_ in ("PERSON", "")):
                    return builder, token
        if not body:
            named = [head.head] if head.dep_ == "appos" and head.head.i < head.i else []
            for token in [c for c in head.children if c.dep_ == "appos"] + named:
                name = self._name_tagged_as_body(token)
                if name is not None:  # 'the ministry spokesman, Randhir Jaiswal,' tagged ORG
                    self.person(name)
                    hit = self.token_actor.get(token.i)
                    if hit and self.builders[hit[0]].kind == "person":
                        return self.builders[hit[0]], token
        return None

    def _name_after_title_complement(self, head: Token) -> list[Token]:
        """'Special Envoy for the Great Lakes Region Peter Lindqvist said', 'Minister of Foreign Affairs and
        Trade Ana Ruiz said': the first person's name right after the title's own complement (its 'for', 'of'
        or 'to' phrase, no verb or punctuation between, at most ten words), which the parser hangs anywhere."""
        doc = self.doc
        if head.i + 1 >= len(doc) or doc[head.i + 1].lower_ not in ("for", "of", "to") or \
                doc[head.i + 1].head.i != head.i or not head.text[:1].isupper():
            return []  # (a title before a name is capitalised; 'X, the mayor of Ciudad Hidalgo': a place)
        roles = self.dictionary.roles
        for j in range(head.i + 2, min(head.i + 13, len(doc))):
            token = doc[j]
            if token.pos_ in ("VERB", "AUX", "PUNCT", "PRON", "NUM"):
                return []
            role, _ = self._role_at(j, roles)
            if role and roles[role].person:
                return []  # 'a spokesman for Committee Chairman Ana Ruiz': the name is the other title's
            hit = self.token_actor.get(j)
            if hit and self.builders[hit[0]].kind == "person" and hit[1] == j:
                return [token]
        return []

    def _name_tagged_as_body(self, token: Token) -> Optional[Span]:
        """A personal name in apposition to a person's title that the tagger labelled something else (an
        organisation, an event, a place) or left untagged: two or three capitalised proper nouns, none an actor
        yet, none a word of bodies, roles or states."""
        ent = self.T.entity_at(token.i)
        if ent is None and token.pos_ == "PROPN" and token.dep_ != "compound":
            # ('Hector Daer, a union leader,' left untagged): the name's own words, its compounds before it
            first = token.i
            while first > 0 and self.doc[first - 1].dep_ == "compound" and self.doc[first - 1].head.i == token.i:
                first -= 1
            ent = (first, token.i + 1, "")
        if ent is None or ent[2] == "PERSON" or not 2 <= ent[1] - ent[0] <= 3:
            return None
        span = self.doc[ent[0]:ent[1]]
        if any(t.pos_ != "PROPN" or not t.text[:1].isupper() or t.i in self.token_actor or
               t.lemma_.lower() in self.dictionary.roles or t.lower_ in self.dictionary.countries for t in span):
            return None
        return span

    def _named_later_in_sentence(self, person, start: int) -> bool:
        """Whether every mention of ``person`` so far comes after token ``start`` in the same sentence."""
        sentence = self.T.sent[start]
        return bool(person.mentions) and all(s > start and self.T.sent[s] == sentence for s, _ in person.mentions)

    @staticmethod
    def _relative_subject(head: Token) -> Optional[Token]:
        """'Anna Berg, who is both the UN Security Council's president and Sweden's envoy': a role that is
        the predicate of 'who is' (or a conjunct of it) titles the noun the relative clause hangs on."""
        while head.dep_ == "conj":
            head = head.head
        verb = head.head
        if head.dep_ != "attr" or verb.lemma_ != "be" or verb.dep_ != "relcl":
            return None
        if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children):
            return None
        return verb.head

    def _role_phrase(self, start: int, end: int, head: Token, role: str, entry, qualifier: Optional[_Builder]) -> None:
        """A role with no name: 'the Turkish President', 'the UN chief', 'Israeli citizens'. An organisation's
        people carry its code and their sector ('UN officials' → IGOUNOGOV), as PETRARCH composes them."""
        start = self._phrase_start(self.doc[start])
        if qualifier is None and self.in_quote(head) and not entry.person:
            return  # 'hospitals', 'children' in a quotation: the speaker's words, not actors of the story
        # (a body no actor holds: an actor there is the qualifier)
        complement = next((g for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "at")
                           for g in c.children if g.dep_ == "pobj" and g.i not in self.token_actor), None)
        if entry.person and head.tag_ not in ("NNS", "NNPS") and not self._sub_body(head) and \
                not (qualifier is None and complement is not None):
            # ('the head of the mining society' after 'the head of the fiscal council, X': the complement names
            # another body, even where no actor holds it)
            # ('A Foreign Office minister said': one of several, no office holder the dictionary knows)
            retired = entry.sector == "ELI" and getattr(self.dictionary.roles.get(role), "sector", "ELI") != "ELI"
            person = self._known_holder(role, qualifier, listed=not retired and not any(
                c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in head.children))
            # ('the former Bolivian president': not the one the dictionary has in office on the day)
            if person is not None and qualifier is None and self._named_later_in_sentence(person, start):
                person = None  # "The president's office said he would fly to Beijing to meet Xi Jinping": a bare
                # title is not a holder named only further on in its own sentence, as another argument
            if person is not None:
                self.claim(person, start, end, absorb=True)
                return
        country = qualifier.country if qualifier is not None else None
        code = None
        if entry.sector == "MIL" and qualifier is not None and qualifier.kind == "place" and any(
                self.token_actor.get(j, ("",))[0] == qualifier.key and
                (self.T.pos[j] == "ADJ" or gazetteer.region_adjective(self.T.text[j])) for j in range(start, head.i)):
            # 'Tigrayan forces', 'Kurdish troops': the armed men of a region's people, no state's army ('Darfur
            # police', 'the Tigray administration', named by the region, are the state's)
            entry = replace(entry, sector="REB")
        if qualifier is not None and qualifier.kind in ("group", "organisation") and qualifier.sector and \
                not qualifier.code and \
                entry.person and head.lemma_.lower() in FUNCTION_HEADS:
            # 'the leader of the opposition party', 'a spokesman for the rebels': the body's sector
            entry = replace(entry, sector=qualifier.sector)
        if qualifier is not None and qualifier.kind == "person" and qualifier.code and not qualifier.country:
            code = qualifier.code  # ('a spokesman for Secretary-General Guterres': the UN's)
        if qualifier is not None and qualifier.kind in ("organisation", "group") and qualifier.code:
            code = officer_code(qualifier.code, entry.sector if not (
                entry.sector == "LEG" and head.lemma_.lower() in FUNCTION_HEADS) else None)
            # ('representatives of the army': the army's people; 'representative' is a legislator only alone)
        name = self.T.span_text(start, end)
        if name.lower().startswith(("the ", "a ", "an ")):
            name = name.split(" ", 1)[1]
        one_person = entry.person and head.tag_ not in ("NNS", "NNPS")
        owned = qualifier is None and complement is not None
        role_key = f"{complement.lemma_.lower()}'s {role}" if owned else role  # ('the head of the council' is not
        # 'the head of the society'; the key still ends in the role word, which later descriptions match)
        # ('the leader' is not 'leaders')
        key = f"role:{code or country or ''}:{role_key}" + (":one" if one_person else "")
        if entry.sector == "ELI" and self.dictionary.roles.get(role) is not None and \
                self.dictionary.roles[role].sector != "ELI":
            key += ":former"  # 'retired army generals' are not 'the army'
        T = self.T
        proper = [T.lower[j] for j in range(start, head.i) if T.pos[j] == "PROPN" and T.text[j][:1].isupper()
                  and j not in self.state_words and j not in self.token_actor]
        own_name = bool(proper) and not one_person  # 'the Maoist Centre party' after 'the Unity party': a body of
        if own_name:  # its own name, never a second mention of the first
            key += ":" + " ".join(proper)
        if qualifier is None and self.doc[start].lower_ == "the" and complement is None and not own_name:
            key = self._earlier_role(role, one_person, head.tag_ == "NN") or \
                (self._named_body(head, start) if head.tag_ == "NN" and start == head.i - 1 else None) or key
            # 'the Bush administration' ... 'the administration'; 'the International Criminal Court' ... 'the court'
            if (key not in self.builders or not self._mentioned(key)) and not one_person:
                # (a builder with no mention yet is none to refer back to: 'The rebel group M23' gave its tokens
                # to the group's own name)
                salient = self._salient_body(entry.sector, start, head.lemma_.lower())
                if salient is not None and \
                        not any(self.token_actor.get(c.i, ("",))[0] == salient for c in head.conjuncts):
                    key = salient  # 'Ugandan troops ...' ... 'the army' (but 'the army and the paramilitary
                    # forces' are two: a conjunct is never its fellow)
        if head.tag_ == "NN" and self.doc[start].lower_ in ("a", "an") and country and \
                entry.sector not in STATE_ORGANS and (entry.person or head.lemma_.lower() in word_classes()["@people"]):
            for j in range(start, head.i):  # 'a French aid worker': a private person's origin is no setting
                self.state_words.pop(j, None)  # of the story (see person_attributes)
        if one_person:
            builder = self.builder(key, name=name, kind="person", country=country, sector=entry.sector, role=role,
                                   code=code)
        else:
            builder = self.builder(key, name=name, kind="group", country=country, sector=entry.sector, role=role,
                                   code=code)
        if code is not None and qualifier is not None:
            builder.body = builder.body or qualifier.key  # ('UN officials': the UN's people)
        self.claim(builder, start, end, absorb=True)

    def _of_a_thing(self, head: Token) -> bool:
        """Whether a noun takes an 'of' complement that names no actor ('the publication of the records'):
        the noun then names an act or a part, not a body of people."""
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and g.i not in self.token_actor and g.ent_type_ == "" for g in c.children)
            for c in head.children)

    def _sub_body(self, head: Token) -> bool:
        """Whether the role is of a body the qualifier only modifies ('the head of the UN human rights
        mission', 'the chief of the EU monitoring office', 'the UN human rights chief', 'the US defense chief'):
        that body's head is not the qualifier's."""
        if head.lemma_.lower() in HEAD_ROLES and any(
                c.dep_ == "compound" and c.pos_ == "NOUN" and c.i not in self.token_actor for c in head.children):
            return True
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "for")):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                if pobj.i not in self.token_actor and any(
                        c.i in self.token_actor for c in pobj.children if c.dep_ in ("compound", "amod", "nmod", "poss")):
                    return True
        return False

    def _named_role_holder(self, person: _Builder, role: str) -> None:
        """'ordered the French ambassador to leave ... summoned ambassador Jean Roux': a name titled by a
        one-person role with no owner is the holder of that role named earlier with a state or a body ('a police
        spokesman ... the spokesman, X'); it takes the state and the body's sector, and the earlier phrase becomes
        a mention of the person."""
        key = self._earlier_role(role, True)
        earlier = self.builders.get(key) if key else None
        if earlier is None or earlier.kind != "person" or not (earlier.country or earlier.sector != person.sector):
            return
        # ('a police spokesman ... the spokesman, X': the earlier phrase names the body, the bare word only its
        # default sector)
        person.country, person.sector = earlier.country or person.country, earlier.sector or person.sector
        for start, end in earlier.mentions:
            if all(self.token_actor.get(j, (None,))[0] == earlier.key for j in range(start, end)):
                for j in range(start, end):
                    self.token_actor[j] = (person.key, start, end)
                person.mentions.append((start, end))

    def _earlier_role(self, role: str, one_person: bool, singular: bool = False) -> Optional[str]:
        """The key of the latest body or official with this role, or a role this one word heads ('security
        official' for 'official'), whose owner the text named: a definite 'the <role>' with no owner of its own
        refers back to it."""
        suffix = f":{role}" + (":one" if one_person else "")
        headed = (f" {role}:one", f" {role}") if singular else (f" {role}" + (":one" if one_person else ""),)
        keys = [k for k in self.builders if k.startswith("role:") and (k.endswith(suffix) or " " not in role and
                                                                       k.endswith(headed)) and k != "role:" + suffix]
        return keys[-1] if keys else None  # (headed: 'a senior security official' ... 'the official')

    def _named_body(self, head: Token, start: int) -> Optional[str]:
        """The key of the named body whose name ends in the description's noun, mentioned last before ``start`` in
        this paragraph or the two before: 'the court' after 'the International Criminal Court', 'the council'
        after 'the UN Security Council' (a body the dictionary knows by that name, not a role phrase)."""
        lemma = head.lemma_.lower()
        body = self._latest_body(start, 2, lambda b, s, e: s if e <= start and b.key.startswith("entry:") and
                                 b.kind in ("organisation", "group") and b.name.lower().split()[-1:] == [lemma]
                                 else None)
        return body.key if body is not None else None

    def _latest_body(self, start: int, paragraphs: int, rank) -> Optional[_Builder]:
        """The builder with the best-ranked mention that starts before token ``start`` in its paragraph or the
        ``paragraphs`` before it: ``rank(builder, start, end)`` of each such mention, None to pass it over, else a
        value where higher is better (the mention's start: the latest); the first builder wins a tie."""
        paragraph = self._paragraph(start)
        best, latest = None, None
        for builder in self.builders.values():
            ranks = [r for s, e in builder.mentions if s < start and paragraph - self._paragraph(s) <= paragraphs
                     and (r := rank(builder, s, e)) is not None]
            if ranks and (latest is None or max(ranks) > latest):
                best, latest = builder, max(ranks)
        return best

    def _mentioned(self, key: str) -> bool:
        """Whether a builder holds a mention of its own that refers: a role word that only modifies the kind of
        body a name is given (``@classifiers``: 'The rebel group M23' is the group's name, not 'the rebel'), or whose
        tokens that name took over, names nothing to refer back to."""
        T = self.T
        return any(self.token_actor.get(start, ("",))[0] == key and not (
            T.dep[end - 1] in ("compound", "amod") and T.head[end - 1] >= end and
            T.lemma[T.head[end - 1]] in word_classes()["@classifiers"])  # ('The rebel group M23': a modifier of the
            for start, end in self.builders[key].mentions)  # kind of body named, not 'administration officials')

    def _salient_body(self, sector: Optional[str], start: int, word: str = "") -> Optional[str]:
        """The key of the body of this sector, owned by a named state, mentioned last before ``start`` in
        this paragraph or the one before: a definite description with no owner ('the army', 'the
        ministry') is the one the story just spoke of ('Ugandan troops crossed ... The army denied'), not
        the article's main state's (:meth:`default_countries`, further away). Armed bodies and companies only
        ('Bolivia seized the assets of a Chilean firm ... the company owed taxes': the Chilean one): an
        unowned 'the government' or 'the ministry' is the main state's far more often than the last
        government named (measured on news-dev and PLOVER), and crowds are not one body across sentences.
        A body named with the description's own noun (``word``) comes first: after 'Sudan's army and the Rapid
        Support Forces', 'the army' is the former, though both are armed forces of the state; and 'the
        paramilitary' (``@irregular_forces``) is never a state's standing army. Then a body that was a clause's
        subject: in 'Mozambican troops backed by Rwandan forces retook the town, the army said' the army is the
        one that acted, not its backer."""
        if sector not in ("MIL", "COP", "REB", "BUS"):
            return None
        irregular = word in word_classes()["@irregular_forces"]
        places = word_classes()["@institutions"]
        body = self._latest_body(start, 2, lambda b, s, e: (
            self.T.lemma[e - 1] == word, self.T.dep[e - 1] in ("nsubj", "nsubjpass"), s) if b.kind in (
            "group", "organisation") and b.sector == sector and b.country and
            not (irregular and _standing_forces(b.name)) and not (b.role in places and b.role != word) else None)
        # (nor a body named by its building, 'a prison', for 'the national police')
        return body.key if body is not None else None

    def _prefixed_state(self, start: int, end: int, entry) -> bool:
        """'MSF Arnor': a role whose sector is written before the state (PETRARCH's 'MSF [NGO~]') and
        that stands right before a state's name makes one actor of both, coded sector + state (NGOARN)."""
        hit = self.token_actor.get(end)
        if not entry.prefix or hit is None or hit[1] != end or self.builders[hit[0]].kind != "country":
            return False
        state = self.builders[hit[0]]
        builder = self.builder(f"prefixed:{entry.sector}:{state.country}", name=self.T.span_text(start, hit[2]),
                               kind="organisation", code=entry.sector + state.country, sector=entry.sector)
        self.claim(builder, start, hit[2], absorb=True)
        return True

    def _shared_role(self, head: Token, role: str, entry) -> None:
        """'The ambassadors of Chile, Peru and Bolivia': a plural role qualified by a list of states
        is held in each; the later states of the list become that role's holders there
        (:meth:`ActorIndex.conjuncts` then finds them beside the first). A state the parser conjoins
        to the role itself after the qualifier ('Lawmakers in Fornost and Gondor') is one of the list."""
        if head.tag_ not in ("NNS", "NNPS"):
            return
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "in", "from"):
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                for conj in [*pobj.conjuncts, *(c for c in head.conjuncts if c.i > pobj.i and c.pos_ == "PROPN")]:
                    hit = self.token_actor.get(conj.i)
                    state = self._state_word(conj) or (  # ('the Democratic Republic of Congo': headed by 'Republic')
                        self.builders[hit[0]] if hit is not None and self.builders[hit[0]].kind == "country" and
                        hit[2] - hit[1] > 2 and self.doc[hit[1]:hit[2]].root.i == conj.i else None)
                    if state is None:
                        continue  # the state's name must end at the conjunct ('Minas Tirith'), or be headed by it
                    builder = self.builder(f"role:{state.country}:{role}", name=f"{role} of {state.name}",
                                           kind="group", country=state.country, sector=entry.sector, role=role)
                    self.claim(builder, hit[1], hit[2], absorb=True)
        self._shared_by_adjectives(head, role, entry)

    def _shared_by_adjectives(self, head: Token, role: str, entry) -> None:
        """'Rwandan and Congolese troops', 'Israeli and Palestinian negotiators': a plural role qualified by
        conjoined state adjectives is held in each state. The first adjective is the role phrase's own
        qualifier (its token joins that actor, no bare state of its own); each later one becomes the role's
        holder in its state, found beside the first by :meth:`ActorIndex.conjuncts`."""
        own = self.token_actor.get(head.i)
        if own is None or not self.builders[own[0]].country:
            return
        for adjective in (c for c in head.children if c.dep_ in ("amod", "compound", "nmod") and c.i < head.i):
            first = self._state_word(adjective)
            if first is None or first.country != self.builders[own[0]].country:
                continue
            others = [c for c in adjective.conjuncts if c.i < head.i and self._state_word(c) is not None]
            if not others:
                continue
            hit = self.token_actor[adjective.i]
            self.claim(self.builders[own[0]], hit[1], hit[2], absorb=True)
            for conj in others:
                state, other = self._state_word(conj), self.token_actor[conj.i]
                builder = self.builder(f"role:{state.country}:{role}", name=f"{conj.text} {head.text}",
                                       kind="group", country=state.country, sector=entry.sector, role=role)
                self.claim(builder, other[1], other[2], absorb=True)


def _body_sector(name: str) -> Optional[str]:
    """The sector the first row of ``national_bodies.tsv`` whose word the name holds gives, or None."""
    lower = " " + re.sub(r"[^a-z ]+", " ", name.lower()) + " "
    for row in national_bodies():
        if any(f" {word} " in lower for word in row.words):
            return row.sector
    return None


def _joined_overlaps(matches: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Two names of one entry that overlap ('President Xi' and 'Xi Jinping' in 'President Xi Jinping') are one
    mention over both, not the first and a stray rest ('Jinping'); other matches stay as they are."""
    by_label: dict[str, list[tuple[int, int]]] = {}
    joined = [m for m in matches if m[0].startswith("C:")]  # (state names and demonyms are read one by one)
    for label, start, end in matches:
        if not label.startswith("C:"):
            by_label.setdefault(label, []).append((start, end))
    for label, spans in by_label.items():
        spans.sort()
        merged = [list(spans[0])]
        for start, end in spans[1:]:
            if start < merged[-1][1] and (start, end) != tuple(merged[-1]):
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        joined += [(label, start, end) for start, end in merged]
    return joined

