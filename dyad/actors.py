"""Actors: entity resolution and actor coding over a parsed article.

Mentions come from three places, strongest first: Dyad's actor dictionary (organisations, armed groups,
outlets, notable persons), country names and demonyms (pycountry + ``countries.tsv``), then spaCy's
named entities. Persons take their role and country from titles and appositions in the text itself
("Chilean President Gabriel Boric", "the foreign minister of Peru, Elmer Schialer"), falling back
to the dictionary's role in force on the publication date. Role phrases ("the Turkish President",
"the UN chief", "Israeli citizens") and later mentions ("Erdogan", "he", "its", "the country") resolve
to the same actor, so events never carry a pronoun.

Codes follow CAMEO's actor scheme: a country (ISO-3) plus a sector (``TURGOV``), an IGO code
(``IGOUNO``), or a sector alone when the country is unknown.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Optional

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, IS_ALPHA, LEMMA, LOWER, ORTH, POS, SENT_START, SPACY, TAG
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from dyad import gazetteer
from dyad.nlp import in_ranges
from dyad.codebooks import ActorDictionary, ActorEntry, actor_dictionary
from dyad.records import Actor, ActorRef, Entity, Mention

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
THING_PRONOUNS = {"it", "its", "itself"}
PLURAL_PRONOUNS = {"they", "them", "their", "themselves"}
# Role nouns that, with an organisation, name its head ("the UN chief", "the EU's top diplomat").
HEAD_ROLES = {"chief", "head", "leader", "secretary-general", "secretary general", "president", "director",
              "director-general", "chairman", "chair", "commissioner"}
# Nouns for a state's people as a whole: 'the Zambian people', 'British nationals'.
PEOPLE_NOUNS = {"people", "population", "public", "national", "citizenry", "populace", "expatriate"}
# Participles that place a body in a city or country: 'a newspaper based in Beirut'.
BASED_VERBS = {"base", "headquarter", "headquartered", "station", "locate"}
# Nouns for a body of people that an adjectival role word describes: 'militant groups', 'rebel forces'.
GROUP_HEADS = {"group", "faction", "movement", "organization", "organisation", "force", "unit", "cell", "wing",
               "camp", "element", "band", "gang", "outfit", "network", "leader", "member", "supporter", "official"}
_MODIFIER_DEPS = {"compound", "amod", "poss", "nmod", "det", "npadvmod"}

_TABLE_ATTRS = [ORTH, LOWER, LEMMA, POS, TAG, DEP, HEAD, ENT_TYPE, SENT_START, IDX, IS_ALPHA, ENT_IOB, SPACY]
_LIST_COLUMNS = [0, 1, 2, 3, 4, 5, 7, 9, 10, 11, 12]  # all but HEAD and SENT_START, read with numpy
_STRINGS: dict[int, str] = {}  # hash → string: a hash names one string in every StringStore
_LEMMAS: dict[int, str] = {}  # lemma hash → the lemma lower-cased


def _strings(ids: list[int], store, held: dict[int, str] = _STRINGS) -> list[str]:
    """The strings of a column of hashes, each distinct one looked up once (lemmas lower-cased)."""
    try:
        return list(map(held.__getitem__, ids))
    except KeyError:  # words not seen before: look each up once
        lowered = held is _LEMMAS
        for h in set(ids).difference(held):
            held[h] = store[h].lower() if lowered else store[h]
        return list(map(held.__getitem__, ids))


class TokenTable:
    """Token attributes of one Doc as plain lists, read once (``doc.to_array`` and one StringStore
    lookup per distinct value): the passes below read them many times per token, and a spaCy
    attribute read builds a Token and looks the string up on every access."""

    def __init__(self, doc: Doc):
        n = self.n = len(doc)
        array = doc.to_array(_TABLE_ATTRS)
        columns = array[:, _LIST_COLUMNS].T.tolist() if n else [[]] * len(_LIST_COLUMNS)
        orth, lower, lemma, pos, tag, dep, ent, idx, alpha, iob, space = columns
        store = doc.vocab.strings
        self.text = _strings(orth, store)
        self.lower = _strings(lower, store)
        self.lemma = _strings(lemma, store, _LEMMAS)  # lower-cased, as the rules compare them
        self.pos = _strings(pos, store)
        self.tag = _strings(tag, store)
        self.dep = _strings(dep, store)
        self.ent_type = _strings(ent, store)
        self.idx = idx
        self.alpha = alpha
        self.iob = iob  # 1 inside an entity, 2 outside, 3 at its start, 0 unset
        positions = numpy.arange(n, dtype=numpy.int64)
        heads = array[:, 6].view(numpy.int64) + positions  # stored relative to the token
        self.head = heads.tolist()
        # Children as one flat list grouped by head, in token order (``token.children``), with each
        # head's offset into it: two lists, not one per token, for the garbage collector to track.
        dependents = heads != positions
        order = numpy.argsort(heads[dependents], kind="stable")
        self._kids = positions[dependents][order].tolist()
        self._offsets = numpy.searchsorted(heads[dependents][order], numpy.arange(n + 1)).tolist()
        # The sentence start of each token (what ``token.sent.start`` scans for): the latest start so far.
        starts = array[:, 8].view(numpy.int64) == 1
        self.sent = numpy.maximum.accumulate(numpy.where(starts, positions, 0)).tolist()
        self.space = space  # whether a space follows the token
        self._doc = doc

    @functools.cached_property
    def doc_text(self) -> str:
        """The Doc's text (``doc.text`` joins every token anew), for the few rules that search it."""
        return self._doc.text

    def children(self, i: int) -> list[int]:
        """The children of token ``i`` in order (``token.children``)."""
        return self._kids[self._offsets[i]:self._offsets[i + 1]]

    @functools.cached_property
    def coordinated(self) -> set[int]:
        """Tokens in a coordination (a conjunct or the head of one): only these have conjuncts."""
        found: set[int] = set()
        i = -1
        try:
            while True:
                i = self.dep.index("conj", i + 1)
                found.update((i, self.head[i]))
        except ValueError:  # no more conjuncts
            return found

    def entity_at(self, i: int) -> Optional[tuple[int, int, str]]:
        """(start, end, label) of the entity token ``i`` is in (``dyad.nlp.entity_at``), or None."""
        label = self.ent_type[i]
        if not label:
            return None
        start, end = i, i + 1
        while start > 0 and self.iob[start] == 1:
            start -= 1
        while end < self.n and self.iob[end] == 1:
            end += 1
        return start, end, label

    def end_char(self, i: int) -> int:
        """End offset of token ``i`` (a span ending there ends here)."""
        return self.idx[i] + len(self.text[i])

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` from the token texts, without building the Span."""
        last = end - 1
        if start == last:
            return self.text[start]
        text, space = self.text, self.space
        return "".join([text[i] + " " if space[i] else text[i] for i in range(start, last)]) + text[last]


@dataclass
class _Builder:
    """A mutable actor while the article is read; frozen into :class:`Actor` at the end."""

    key: str
    name: str
    kind: str
    country: Optional[str] = None
    sector: Optional[str] = None
    role: Optional[str] = None
    code: Optional[str] = None
    mentions: list[tuple[int, int]] = field(default_factory=list)  # token spans [start, end)

    def final_code(self) -> str:
        if self.code:
            return self.code
        if self.country:
            return self.country + (self.sector or "")
        return self.sector or "UNK"


@dataclass
class ActorIndex:
    """The article's actors and, per token, the actor it mentions: what quotes and events ask."""

    doc: Doc
    actors: list[Actor]
    entities: list[Entity]
    by_token: dict[int, tuple[str, int, int]]  # token index → (actor id, mention start, mention end)
    main_country: Optional[ActorRef] = None  # the state the article is mostly about

    def main_country_ref(self) -> Optional[ActorRef]:
        """The article's main state, for actors the text leaves implicit ('were arrested')."""
        return self.main_country

    def get(self, actor_id: str) -> Actor:
        return self._by_id[actor_id]

    def __post_init__(self) -> None:
        self._by_id = {a.id: a for a in self.actors}
        self._tokens: Optional[TokenTable] = None
        # The index is fixed once built and its records are frozen, so answers are kept per token:
        # the event coder asks about the same phrases once per verb pattern.
        self._refs: dict[tuple[str, int, int], ActorRef] = {}
        self._phrases: dict[int, Optional[ActorRef]] = {}
        self._conjuncts: dict[int, list[ActorRef]] = {}

    @property
    def tokens(self) -> TokenTable:
        if self._tokens is None:
            self._tokens = TokenTable(self.doc)
        return self._tokens

    def ref(self, actor_id: str, start: int, end: int) -> ActorRef:
        return self._ref((actor_id, start, end))

    def _ref(self, mention: tuple[str, int, int]) -> ActorRef:
        """The reference to a mention (actor id, start, end), made once: keyed by the mention tuple
        itself, which ``by_token`` already holds."""
        held = self._refs.get(mention)
        if held is None:
            actor_id, start, end = mention
            actor = self._by_id[actor_id]
            tokens = self.tokens
            held = self._refs[mention] = ActorRef(
                actor_id=actor.id, name=actor.name, code=actor.code, country=actor.country, sector=actor.sector,
                start_char=tokens.idx[start], end_char=tokens.end_char(end - 1))
        return held

    def at(self, token: Token) -> Optional[ActorRef]:
        """The actor a token is part of a mention of."""
        return self._at(token.i)

    def _at(self, i: int) -> Optional[ActorRef]:
        hit = self.by_token.get(i)
        return self._ref(hit) if hit else None

    def phrase(self, head: Token, *, depth: int = 2) -> Optional[ActorRef]:
        """The actor a noun phrase names: the head's own mention, else its modifiers ('Israel's army',
        'attacks by Hamas', 'the foreign minister of Turkey'), else its conjuncts. Relative clauses
        and other clauses inside the phrase are not searched: they name other participants."""
        return self._phrase(head.i, depth)

    def _phrase(self, i: int, depth: int) -> Optional[ActorRef]:
        key = depth * self.tokens.n + i  # one int per (token, depth): no tuple to allocate
        if key in self._phrases:
            return self._phrases[key]
        found = self._phrases[key] = self._find_phrase(i, depth)
        return found

    def _find_phrase(self, i: int, depth: int) -> Optional[ActorRef]:
        direct = self._at(i)
        if direct:
            return direct
        if depth == 0:
            return None
        tokens = self.tokens
        children = tokens.children(i)
        if not children:
            return None
        dep, lower = tokens.dep, tokens.lower
        preferred = children if len(children) == 1 else sorted(children, key=lambda c: (dep[c] not in ("poss", "compound", "amod", "nmod"),
                                                             dep[c] != "prep" or lower[c] not in ("by", "of"),
                                                             tokens.pos[c] == "PRON", c))  # 'its European Community partners'

        for child in preferred:
            relation = dep[child]
            if relation in _MODIFIER_DEPS and relation != "det":
                found = self._phrase(child, depth - 1)
                if found:
                    return found
            elif relation == "prep" and lower[child] in ("of", "by", "from"):
                for pobj in tokens.children(child):
                    if dep[pobj] == "pobj":
                        found = self._phrase(pobj, depth - 1)
                        if found:
                            return found
            elif relation == "appos":
                found = self._phrase(child, depth - 1)
                if found:
                    return found
        return None

    def conjuncts(self, head: Token) -> list[ActorRef]:
        """Actors of a phrase and of the phrases conjoined with it: 'Fornost and Gondor', and lists the
        parser hangs under the head ('Hungarian and Romanian officials', 'Arnor, Calenardhon and Gondor')."""
        held = self._conjuncts.get(head.i)
        if held is None:
            held = self._conjuncts[head.i] = self._find_conjuncts(head.i)
        return list(held)

    def _find_conjuncts(self, head: int) -> list[ActorRef]:
        tokens = self.tokens
        refs = []
        found = [head, *_conjuncts_of(tokens, head)]
        for child in tokens.children(head):
            if tokens.dep[child] in ("nmod", "amod", "compound"):
                others = _conjuncts_of(tokens, child)
                if others and any(t.dep_ == "cc" for t in self.doc[child].subtree):
                    found += [child, *others]
        found += self._listed_appositions(head)
        found += self._shared_role_holders(head)
        for token in found:
            ref = self._phrase(token, 2)
            if ref and all(r.actor_id != ref.actor_id for r in refs):
                refs.append(ref)
        return refs

    def _shared_role_holders(self, head: int) -> list[int]:
        """The other holders of a role shared by a list of states ('the ambassadors of Chile,
        Peru and Bolivia' → Peru's and Bolivia's ambassadors; see ``_Resolver._shared_role``)."""
        own = self._at(head)
        role = self.get(own.actor_id).role if own is not None else None
        if not role:
            return []
        tokens = self.tokens
        return [conj for prep in tokens.children(head) if tokens.dep[prep] == "prep" for pobj in tokens.children(prep)
                if tokens.dep[pobj] == "pobj" for conj in _conjuncts_of(tokens, pobj)
                if self._at(conj) is not None and self.get(self._at(conj).actor_id).role == role]

    def _listed_appositions(self, head: int) -> list[int]:
        """Items of a list the parser hangs as an apposition: 'Mordor, the Shire, Fornost and Bree'
        (the Shire appositive, Fornost and Bree its conjuncts), 'Mordor, the awful Fornost, and Gondor'.
        An appositive naming another actor is a list item when its own conjuncts name actors too, or
        when it names a state beside a state with conjuncts: 'Hamas, the militant group' stays one actor."""
        own = self._at(head)
        if own is None:
            return []
        tokens = self.tokens
        found = []
        for appos in (c for c in tokens.children(head) if tokens.dep[c] == "appos"):
            ref = self._at(appos)
            if ref is None or ref.actor_id == own.actor_id:
                continue
            states = self.get(own.actor_id).kind == self.get(ref.actor_id).kind == "country"
            others = _conjuncts_of(tokens, appos)
            if any(self._at(c) is not None for c in others) or (states and _conjuncts_of(tokens, head)):
                found += [appos, *others]
        return found


def _conjuncts_of(tokens: TokenTable, i: int) -> list[int]:
    """``token.conjuncts`` from the table: the conjuncts of the first conjunct, breadth first."""
    if i not in tokens.coordinated:
        return []
    start = i
    while tokens.head[start] != start and tokens.dep[start] == "conj":
        start = tokens.head[start]
    output = [start]
    for word in output:
        output.extend(c for c in tokens.children(word) if c > word and tokens.dep[c] == "conj")
    return [w for w in output if w != i]


def _same_role(held: str, role: str) -> bool:
    """Whether a held title answers to a role word: equal, both heads of a body ('president' and
    'chief'), or the title ends in the word ('supreme leader' is 'the leader')."""
    held = held.lower()
    return held == role or (role in HEAD_ROLES and held in HEAD_ROLES) or held.endswith(" " + role)


def _capitalised(tokens: TokenTable, start: int, end: int) -> bool:
    """Written as a name: its first word capitalised, past a leading 'the' ('the Shire', 'the Gambia')."""
    first = start + 1 if end - start > 1 and tokens.lower[start] == "the" else start
    return tokens.text[first][:1].isupper()


_MATCHER_CACHE: dict[tuple[int, int], tuple[object, ActorDictionary, PhraseMatcher, dict[str, ActorEntry]]] = {}


def _cached_matcher(vocab, dictionary: ActorDictionary) -> tuple[PhraseMatcher, dict[str, ActorEntry]]:
    """One PhraseMatcher per (vocab, dictionary), built on first use: names are tokenised once."""
    key = (id(vocab), id(dictionary))
    held = _MATCHER_CACHE.get(key)
    if held is not None and held[0] is vocab and held[1] is dictionary:  # ids are reused once objects die
        return held[2], held[3]
    from spacy.lang.en import English

    tokenizer = English(vocab=vocab).tokenizer
    matcher = PhraseMatcher(vocab, attr="LOWER")
    entries: dict[str, ActorEntry] = {}
    for number, entry in enumerate(dictionary.entries):
        label = f"E{number}"
        entries[label] = entry
        names = {entry.name, *entry.aliases}
        matcher.add(label, [tokenizer(form) for name in names if name for form in {name, name.upper()}])
    # Names are stored lower-cased; tokenise the written forms too, since the tokenizer splits
    # 'u.s.' but not 'U.S.' (matching is on LOWER either way).
    for name, iso3 in sorted({**gazetteer.country_names(), **dictionary.countries}.items()):
        forms = {name, name.title(), name.upper()}
        matcher.add(f"C:{iso3}", [tokenizer(form) for form in sorted(forms)])
    _MATCHER_CACHE[key] = (vocab, dictionary, matcher, entries)  # holding them keeps their ids unique
    return matcher, entries


def _joined_word_matches(doc: Doc, texts: list[str], matcher: PhraseMatcher) -> list[tuple[int, int, int]]:
    """Dictionary names found in words joined by underscores ('the Prince of Dol_Amroth', '@Red_Cross').

    Underscores stand for spaces in dictionary forms, handles and file-style names, and the tokenizer
    keeps 'Dol_Amroth' as one token, so the name 'Prince of Dol Amroth' cannot match it. The words are
    split at underscores into a shadow Doc, matched there, and a match is kept, in the original token
    positions, only when it starts and ends on whole original tokens and takes in a joined one.
    """
    joined = {i for i, text in enumerate(texts) if "_" in text and "_" in text.strip("_")}
    if not joined:
        return []
    words: list[str] = []
    origin: list[int] = []  # shadow word → original token
    for i, text in enumerate(texts):
        pieces = [p for p in text.split("_") if p] if i in joined else [text]
        words.extend(pieces)
        origin.extend([i] * len(pieces))
    shadow = Doc(doc.vocab, words=words)
    found = []
    for match_id, start, end in matcher(shadow):
        first, last = origin[start], origin[end - 1]
        whole = (start == 0 or origin[start - 1] != first) and (end == len(origin) or origin[end] != last)
        if whole and any(first <= i <= last for i in joined):
            found.append((match_id, first, last + 1))
    return found


_PERSONS_CACHE: dict[int, tuple[ActorDictionary, dict[str, list[int]], dict[str, list[int]]]] = {}


def _persons_of(dictionary: ActorDictionary, country: Optional[str], code: Optional[str]) -> list[ActorEntry]:
    """The dictionary's persons, in dictionary order, that ever held an office of ``country`` or carry
    ``code``: the only ones that can be the known holder of a role they qualify (the dictionary has
    hundreds of persons; the index of them is built once per dictionary)."""
    held = _PERSONS_CACHE.get(id(dictionary))
    if held is None or held[0] is not dictionary:
        by_country: dict[str, list[int]] = {}
        by_code: dict[str, list[int]] = {}
        for number, entry in enumerate(dictionary.entries):
            if entry.kind != "person" or not entry.roles:
                continue  # no office on any date
            for office_country in {office[1] for office in entry.roles}:
                by_country.setdefault(office_country, []).append(number)
            by_code.setdefault(entry.code, []).append(number)
        held = _PERSONS_CACHE[id(dictionary)] = (dictionary, by_country, by_code)  # holding it keeps its id unique
    numbers = set(held[1].get(country, ()) if country else ()) | set(held[2].get(code, ()) if code else ())
    return [dictionary.entries[number] for number in sorted(numbers)]


def _entry_number(label: str) -> int:
    """The dictionary position of a matcher label ('E12' → 12); country labels ('C:TUR') come last."""
    return int(label[1:]) if label.startswith("E") else 1 << 30


def _alias_case_ok(tokens: TokenTable, start: int, end: int, entry: ActorEntry) -> bool:
    """Short all-caps aliases ('AP', 'UN') match only as written; others need a capital letter."""
    names = (entry.name, *entry.aliases)
    text = tokens.span_text(start, end)
    if text in names:
        return True
    same = [n for n in names if n.lower() == text.lower()]
    if same and all(n.isupper() and len(n) <= 5 for n in same):
        return False
    return _capitalised(tokens, start, end)


class _Resolver:
    """Reads one Doc; see :func:`resolve_actors`."""

    def __init__(self, doc: Doc, dictionary: ActorDictionary, published: Optional[dt.date],
                 quoted: list[tuple[int, int]]):
        self.doc = doc
        self.T = TokenTable(doc)
        self.dictionary = dictionary
        self.published = published.isoformat() if published else None
        self.quoted_chars = quoted
        self._quote_starts = [a for a, _ in quoted]
        self.ents = self.doc.ents  # built anew on every read of doc.ents
        self.builders: dict[str, _Builder] = {}
        self.token_actor: dict[int, tuple[str, int, int]] = {}
        self.entities: list[Entity] = []
        self.ethnic_words: set[int] = set()  # demonyms after 'ethnic': a people, not a state
        self.state_words: dict[int, str] = {}  # first tokens of state names → ISO-3, even once a role phrase absorbs them
        self._paragraph_breaks: Optional[list[int]] = None
        self._main_country: Optional[tuple] = None
        self.home: Optional[str] = None  # the dateline's state (resolve_actors)

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
        if taken and not (absorb and all(self.builders[self.token_actor[i][0]].kind != "person" for i in taken)):
            return
        builder.mentions.append((start, end))
        for i in range(start, end):
            self.token_actor[i] = (builder.key, start, end)

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
        kind = "country" if entry.kind == "country" else entry.kind
        return self.builder(f"entry:{entry.origin or entry.name}", name=entry.name, kind=kind, country=country,
                            sector=sector, role=role, code=code)

    # ----------------------------------------------------------------- passes
    def dictionary_mentions(self) -> None:
        matcher, entries = _cached_matcher(self.doc.vocab, self.dictionary)
        T = self.T
        found = [*matcher(self.doc), *_joined_word_matches(self.doc, T.text, matcher)]
        labels = _strings([m[0] for m in found], self.doc.vocab.strings)
        # Longest first; on the same span a dictionary entry beats a country name ('NEW_ZEALAND [NZE]'), and
        # of two entries the one listed first (a merged dictionary lists the added one's entries first).
        matches = sorted([(label, start, end) for label, (_, start, end) in zip(labels, found)],
                         key=lambda m: (m[1] - m[2], m[1], m[0].startswith("C:"), _entry_number(m[0])))
        # State names and demonyms by the token they end at, for offices named with their state.
        states = {end: label[2:] for label, start, end in matches
                  if label.startswith("C:") and _capitalised(T, start, end)}
        for label, start, end in matches:
            if label.startswith("C:"):
                if not _capitalised(T, start, end) or self._inside_name(start, end) or \
                        self._described_name(start, end):
                    continue
                if self._ethnic(start, end):
                    continue
                iso3 = label[2:]
                capital = gazetteer.city(T.span_text(start, end))
                if capital is not None and capital.capital and capital.country == iso3:  # 'Tokyo agreed'
                    builder = self.builder(f"place:{capital.name}", name=capital.name, kind="place", country=iso3,
                                           sector="GOV", code=iso3 + "GOV")
                else:
                    builder = self.builder(f"country:{iso3}", name=self._country_name(iso3), kind="country",
                                           country=iso3)
                self.state_words[start] = iso3
            else:
                entry = entries[label]
                if not _alias_case_ok(T, start, end, entry):
                    continue
                builder = self._office_of_named_state(entry, start, end, states) or self.entry_builder(entry)
            self.claim(builder, start, end)

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
        T = self.T
        state = states.get(start)  # 'the Kenyan Foreign Office'
        if state is None and start > 0 and T.lower[start - 1] in ("'s", "'", "’s", "’"):
            state = states.get(start - 1)  # "Kenya's Foreign Office"
        if state is None or state == entry.country:
            return None
        name = T.span_text(start, end)
        return self.builder(f"office:{state}:{entry.sector}:{name.lower()}", name=name, kind="organisation",
                            country=state, sector=entry.sector, code=state + entry.sector)

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
        one that opens the name ('The Latvian Constitutional Court', after an article) names its state."""
        T = self.T
        ent = T.entity_at(start)
        if ent is not None and ent[0] <= start and end <= ent[1] and ent[1] - ent[0] > end - start:
            first = ent[0] + 1 if T.dep[ent[0]] == "det" and ent[0] + 1 < ent[1] else ent[0]
            if ent[2] in ("ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT") and start != first:
                return True
        return False

    def _described_name(self, start: int, end: int) -> bool:
        """'the rights group Witness Bahrain', 'the party Free Egypt': a country word that ends a capitalised
        name which a common noun before it describes is part of that name, not the state (the parser often
        tags such names as no entity, so :meth:`_inside_name` misses them)."""
        T = self.T
        if start < 2:
            return False
        name, described = start - 1, start - 2
        if T.pos[name] != "PROPN" or not T.text[name][:1].isupper() or T.dep[name] != "compound" or \
                not start <= T.head[name] < end:
            return False
        if T.lower[name] in self.dictionary.countries or T.lower[name] in self.dictionary.roles:
            return False  # 'Saudi Arabia', 'President Egypt'
        if T.pos[described] != "NOUN" or not T.text[described].islower():
            return False
        if T.dep[described] == "compound" and start <= T.head[described] < end:
            return True
        root = self.doc[start:end].root
        return root.dep_ == "appos" and root.head.i == described  # 'the group Witness Kenya'


    @staticmethod
    @functools.cache  # pycountry's lookup is slow and its answer fixed
    def _country_name(iso3: str) -> str:
        import pycountry

        country = pycountry.countries.get(alpha_3=iso3)
        if country is None:
            return iso3
        name = getattr(country, "common_name", None) or country.name
        return name.split(",")[0]  # 'Palestine, State of' → 'Palestine'


    def named_entities(self) -> None:
        for ent in self.ents:
            if any(i in self.token_actor or i in self.ethnic_words for i in range(ent.start, ent.end)):
                continue
            label = ent.label_
            text = ent.text
            if label in ("GPE", "NORP", "LOC"):
                described = self._described_name(ent.start, ent.end) or self._described_name(ent.end - 1, ent.end)
                iso3 = gazetteer.country_code(text) if not described else None
                if iso3:
                    self.claim(self.builder(f"country:{iso3}", name=self._country_name(iso3), kind="country",
                                            country=iso3), ent.start, ent.end)
                    continue
                place = gazetteer.city(text) if label == "GPE" else None
                if place:
                    self.claim(self.builder(f"place:{place.name}", name=place.name, kind="place",
                                            country=place.country, sector="GOV" if place.capital else None,
                                            code=place.country + ("GOV" if place.capital else "")),
                               ent.start, ent.end)
                    continue
            if label in ("PERSON", "GPE", "ORG", "NORP") and self._person_by_surname(ent):
                continue
            if label == "PERSON":
                self.person(ent)

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

    def _person_by_surname(self, ent: Span) -> bool:
        """A one-word mention equal to a known person's surname is that person ('Erdogan', 'Cohen')."""
        if len(ent) != 1 and ent.label_ != "PERSON":
            return False
        last = ent[-1].text
        for builder in self.builders.values():
            if builder.kind == "person" and builder.name.split()[-1] == last and builder.name != ent.text:
                self.claim(builder, ent.start, ent.end)
                return True
        return False

    def surnames(self) -> None:
        """A capitalised word the parser tagged as no entity but that is the surname of a person named
        earlier ('Lage, who is in Bolivia, said' after 'Carlos Lage') is that person: the latest one
        named before it with that surname."""
        persons: dict[str, list[tuple[int, _Builder]]] = {}
        for i, (key, start, end) in self.token_actor.items():
            builder = self.builders[key]
            if builder.kind == "person" and i == end - 1 and self.T.text[i] == builder.name.split()[-1]:
                persons.setdefault(self.T.text[i], []).append((i, builder))
        if not persons:
            return
        T = self.T
        for t in range(T.n):
            if t in self.token_actor or T.pos[t] not in ("PROPN", "NOUN") or T.ent_type[t] or \
                    T.text[t] not in persons:  # exact, capitalised surname (the parser may call it a noun)
                continue
            if (t > 0 and T.pos[t - 1] == "PROPN") or (t + 1 < T.n and T.pos[t + 1] == "PROPN"):
                continue  # part of a longer name the parser left untagged
            earlier = [b for i, b in persons[T.text[t]] if i < t]
            if earlier:
                self.claim(earlier[-1], t, t + 1)

    def person(self, ent: Span) -> None:
        if ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("in", "near", "inside", "outside") and \
                self._dictionary_person(ent.text.strip()) is None:
            return  # 'attacks in Jebel Moon': a place the tagger took for a name
        name = ent.text.strip()
        if name.lower().endswith("'s"):
            name = name[:-2]
        entry = self._dictionary_person(name)
        builder = self.entry_builder(entry) if entry else self.builder(f"person:{name}", name=name, kind="person")
        self.claim(builder, ent.start, ent.end)

    def _dictionary_person(self, name: str) -> Optional[ActorEntry]:
        """The one dictionary person with this surname who held an office on the publication date
        ('President Bush' in 2008 → George W. Bush); None when none or several did."""
        if not self.published:
            return None
        surname = name.split()[-1].lower()
        found = [e for e in self.dictionary.persons_by_surname.get(surname, ())
                 if e.role_on(self.published) and (len(name.split()) == 1 or name.lower() in e.name.lower())]
        return found[0] if len(found) == 1 else None

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
            head = doc[i + length - 1]
            span_start, span_end = i, i + length
            resume = span_end
            if self._prefixed_state(span_start, span_end, roles[role]):
                continue
            if head.i in self.token_actor and self.builders[self.token_actor[head.i][0]].kind != "country":
                continue
            qualifier = self._qualifier(doc[span_start], head, role)
            person = self._titled_person(head, span_start)
            entry = roles[role]
            if person is not None:
                builder, name_token = person
                self._set_role(builder, role, entry.sector, qualifier)
                start = self._phrase_start(doc[span_start])
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

    def _role_at(self, i: int, roles) -> tuple[Optional[str], int]:
        """The role (and its length in words) that starts at token ``i``, a word that opens one."""
        T = self.T
        for length in range(self.dictionary.role_max_words, 0, -1):
            end = i + length
            if end > T.n:
                continue
            if not all(T.alpha[j] or T.text[j] == "-" for j in range(i, end)):
                continue
            last = end - 1
            key = " ".join(T.lower[i:last]) + (" " if length > 1 else "") + T.lemma[last]
            key = key.replace(" - ", "-")
            pos = T.pos[last]
            if pos not in ("NOUN", "PROPN") and not (pos == "ADJ" and T.lemma[T.head[last]] in GROUP_HEADS):
                continue  # 'a general strike', 'an official newspaper': no role; 'militant groups' are militants
            if key in roles:
                return key, self._with_forces(last, length, roles[key])
            key = T.span_text(i, end).lower()
            if key in roles:
                return key, self._with_forces(last, length, roles[key])
        return None, 0

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

    def _qualifier(self, first: Token, head: Token, role: Optional[str] = None) -> Optional[_Builder]:
        """The country or organisation a role belongs to: 'Turkish', 'Turkey's', 'UN', 'of Turkey';
        'in Bahrain' for a body ('police in Bahrain', 'human rights activists in Arnor'), not a person."""
        entry = self.dictionary.roles.get(role or head.lemma_.lower())
        start = self._phrase_start(first)
        for j in range(start, head.i):
            hit = self.token_actor.get(j)
            if hit and self.builders[hit[0]].kind in ("country", "organisation", "group", "place"):
                return self.builders[hit[0]]
        leader = None  # 'the Bush administration', 'Mugabe's government': the leader's state, if nothing closer
        heads = [head, head.head] if head.dep_ in ("amod", "compound") and head.head.i > head.i else [head]
        for child in [c for h in heads for c in h.children] + self._place_after_object(heads[-1]):
            if child.i == head.i:
                continue
            if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i in self.token_actor:
                builder = self.builders[self.token_actor[child.i][0]]
                if builder.kind != "person":
                    return builder
                if builder.country and child.dep_ in ("poss", "compound"):
                    leader = builder
            if child.dep_ == "poss" and child.lower_ in ("its", "their"):  # 'its diplomats': the last state named
                return self._last_thing_before(child.i)
            if child.dep_ == "prep" and (child.lower_ in ("of", "for", "from") or (
                    child.lower_ == "in" and entry is not None
                    and (not entry.person or head.tag_ in ("NNS", "NNPS")))):  # 'police in Bahrain'
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        builder = self._named_in(pobj)
                        if builder is not None:
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
        return [c for c in head.head.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == after]


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

    def _last_thing_before(self, i: int) -> Optional[_Builder]:
        for j in range(i - 1, max(-1, i - 300), -1):
            hit = self.token_actor.get(j)
            if hit and self.builders[hit[0]].kind in ("country", "organisation", "group") and \
                    not hit[0].startswith("role:") and not self.in_quote(self.doc[j]):
                return self.builders[hit[0]]
        return None

    def _titled_person(self, head: Token, first: int) -> Optional[tuple[_Builder, Token]]:
        """The named person a role phrase titles, and the name token: 'Foreign Minister Eli Cohen'
        (compound), 'the foreign minister of Peru, Elmer Schialer' and 'Schialer, Peru's foreign minister'
        (apposition, which the parser often leaves as two subjects)."""
        doc = self.doc
        candidates = []
        if head.dep_ == "compound":
            candidates.append(head.head)
        if head.i + 1 < len(doc):
            candidates.append(doc[head.i + 1])
        candidates += [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            candidates.append(head.head)
        comma = head.right_edge.i if head.right_edge.text == "," else head.right_edge.i + 1
        if comma + 1 < len(doc) and doc[comma].text == ",":
            candidates.append(doc[comma + 1])
        left = self._phrase_start(doc[first])
        if left >= 2 and doc[left - 1].text == ",":
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
                if builder.kind == "person" or (builder.kind == "country" and builder.key.startswith("entry:")
                                                 and token.ent_type_ in ("PERSON", "")):
                    return builder, token
        return None

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

    def _set_role(self, person: _Builder, role: str, sector: str, qualifier: Optional[_Builder]) -> None:
        if person.kind == "country":  # a state-coded entry titled as a person: its official
            base = qualifier.country if qualifier is not None and qualifier.country else (person.code or "")[:3]
            person.kind, person.role, person.sector = "person", role, sector
            person.country, person.code = base or person.country, (base + sector) if base else person.code
            return
        person.role = person.role if person.role and person.key.startswith("entry:") else role
        person.sector = person.sector or sector
        if qualifier is not None:
            if qualifier.kind == "country" or (qualifier.kind == "place" and qualifier.sector == "GOV"):
                person.country = person.country or qualifier.country
            elif qualifier.code and not person.country:
                person.code = person.code or qualifier.code
                person.sector = qualifier.sector or person.sector
            elif qualifier.country and not person.country:  # 'Israeli Foreign Ministry spokesman X'
                person.country = qualifier.country

    def _role_phrase(self, start: int, end: int, head: Token, role: str, entry, qualifier: Optional[_Builder]) -> None:
        """A role with no name: 'the Turkish President', 'the UN chief', 'Israeli citizens'. An organisation's
        people carry its code and their sector ('UN officials' → IGOUNOGOV), as PETRARCH composes them."""
        start = self._phrase_start(self.doc[start])
        if qualifier is None and self.in_quote(head) and not entry.person:
            return  # 'hospitals', 'children' in a quotation: the speaker's words, not actors of the story
        if entry.person and head.tag_ not in ("NNS", "NNPS"):
            person = self._known_holder(role, qualifier)
            if person is not None:
                self.claim(person, start, end, absorb=True)
                return
        country = qualifier.country if qualifier is not None else None
        code = None
        if qualifier is not None and qualifier.kind in ("organisation", "group") and qualifier.code:
            code = qualifier.code
            if entry.sector and not code.endswith(entry.sector) and not code.startswith(entry.sector):
                # (an IGO's inspectors stay IGOUNO: the sector is already the code's first part)
                code += entry.sector
        name = self.T.span_text(start, end)
        if name.lower().startswith(("the ", "a ", "an ")):
            name = name.split(" ", 1)[1]
        one_person = entry.person and head.tag_ not in ("NNS", "NNPS")
        key = f"role:{code or country or ''}:{role}" + (":one" if one_person else "")  # 'the leader' is not 'leaders'
        if qualifier is None and self.doc[start].lower_ == "the":
            key = self._earlier_role(role, one_person) or key  # 'the Bush administration' ... 'the administration'
        if one_person:
            builder = self.builder(key, name=name, kind="person", country=country, sector=entry.sector, role=role,
                                   code=code)
        else:
            builder = self.builder(key, name=name, kind="group", country=country, sector=entry.sector, role=role,
                                   code=code)
        self.claim(builder, start, end, absorb=True)

    def _earlier_role(self, role: str, one_person: bool) -> Optional[str]:
        """The key of the latest body or official with this role whose owner the text named: a definite
        'the <role>' with no owner of its own refers back to it."""
        suffix = f":{role}" + (":one" if one_person else "")
        keys = [k for k in self.builders if k.startswith("role:") and k.endswith(suffix) and k != "role:" + suffix]
        return keys[-1] if keys else None

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
                    state = self.builders[hit[0]] if hit else None
                    if state is None or state.kind != "country" or hit[2] != conj.i + 1:
                        continue  # the state's name must end at the conjunct ('Minas Tirith')
                    builder = self.builder(f"role:{state.country}:{role}", name=f"{role} of {state.name}",
                                           kind="group", country=state.country, sector=entry.sector, role=role)
                    self.claim(builder, hit[1], hit[2], absorb=True)

    def _known_holder(self, role: str, qualifier: Optional[_Builder]) -> Optional[_Builder]:
        """A person already known to hold ``role`` for the qualifier: in the text first, then the dictionary."""
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
        if qualifier is None:
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

    def coreference(self) -> None:
        """Pronouns and anaphoric nouns outside quotations, in reading order."""
        last_person: Optional[_Builder] = None
        last_thing: Optional[_Builder] = None
        subject_things: dict[int, _Builder] = {}  # sentence start → the thing its subject names
        subject_persons: dict[int, _Builder] = {}  # sentence start → the person (or one-person role) its subject is
        persons_in: dict[int, bool] = {}  # sentence start → whether a person is named in it
        countries: list[tuple[int, _Builder]] = []
        groups: list[_Builder] = []
        plurals: list[_Builder] = []
        outlets: list[_Builder] = []
        documents: dict[str, _Builder] = {}  # document noun → its latest owner ('the EU report' → EU)
        recent_documents: list[tuple[int, _Builder]] = []  # (paragraph, owner) of every owned document
        T = self.T
        for i in range(T.n):
            hit = self.token_actor.get(i)
            if hit:
                builder = self.builders[hit[0]]
                if hit[1] == i:  # first token of a mention
                    quoted = self.in_quote_at(i)
                    sentence = T.sent[i]
                    if builder.kind == "person" and not quoted:
                        last_person = builder
                        persons_in[sentence] = True
                        if self._mention_is_subject(hit):
                            subject_persons.setdefault(sentence, builder)
                    elif builder.key.startswith("role:") and not quoted and T.tag[hit[2] - 1] == "NN" \
                            and self._mention_is_subject(hit):
                        subject_persons.setdefault(sentence, builder)  # 'The official argued ... He'

                    elif builder.kind in ("country", "organisation", "group", "place"):
                        if not quoted and not builder.key.startswith("role:") and not self._adjectival(hit):
                            last_thing = builder  # 'its diplomats', 'Palestinian homes' are no 'it'
                            if self._mention_is_subject(hit):
                                subject_things.setdefault(sentence, builder)
                        if builder.kind in ("country", "place"):
                            countries.append((sentence, builder))
                        elif builder.kind in ("group", "organisation"):
                            groups.append(builder)
                            if builder.sector == "MED" and not builder.key.startswith("role:") and not quoted:
                                outlets.append(builder)
                    if T.tag[hit[2] - 1] in ("NNS", "NNPS") and not quoted:
                        plurals.append(builder)  # 'they' takes a plural antecedent: 'protesters', 'Israelis'

                continue
            if T.pos[i] not in ("PRON", "NOUN") or self.in_quote_at(i):
                continue  # only pronouns and nouns refer back (every rule below asks for one)
            sentence = T.sent[i]
            lower = T.lower[i]
            reporter = self._reporting_subject(i)
            kind = self._anaphor_kind(i)
            if reporter is not None and (lower in PLURAL_PRONOUNS or lower in THING_PRONOUNS | PERSON_PRONOUNS):
                self.claim(reporter, i, i + 1)  # 'The Malian rebels said they would free ...'
            elif lower in PLURAL_PRONOUNS and T.pos[i] == "PRON" and plurals and \
                    T.dep[i] in ("nsubj", "nsubjpass", "poss"):
                self.claim(plurals[-1], i, i + 1)
            elif lower in PERSON_PRONOUNS and T.pos[i] == "PRON" and self._cataphor(self.doc[i]) is not None:
                self.claim(self._cataphor(self.doc[i]), i, i + 1)  # 'Before handing the party to his deputy, Mendes ...'
            elif lower in PERSON_PRONOUNS and T.pos[i] == "PRON" and \
                    (last_person is not None or self._previous_role_subject(i, subject_persons, persons_in)):
                self.claim(self._previous_role_subject(i, subject_persons, persons_in) or last_person,
                           i, i + 1)
            elif lower in THING_PRONOUNS and T.pos[i] == "PRON" and last_thing is not None and \
                    (lower == "its" or T.dep[i] in ("nsubj", "nsubjpass")):
                self.claim(self._previous_subject(i, subject_things) or last_thing, i, i + 1)
            elif kind is not None:
                target = None
                if kind == "country":
                    in_sentence = {b.key for s, b in countries if s == sentence}
                    for _, builder in reversed(countries):
                        if builder.key not in in_sentence and builder.kind == "country":
                            target = builder
                            break
                elif kind == "group" and groups:
                    target = groups[-1]
                elif kind == "outlet" and outlets:
                    target = outlets[-1]
                elif kind == "document":
                    paragraph = self._paragraph(i)
                    target = documents.get(T.lemma[i]) or next(
                        (b for p, b in reversed(recent_documents) if paragraph - p <= 1), None)
                if target is not None:
                    det = next(c for c in T.children(i) if T.dep[c] == "det")
                    self.claim(target, min(det, i), i + 1)
                    if kind != "country" and self.token_actor.get(i, ("",))[0] == target.key:
                        last_thing = target
                        if T.dep[i] in ("nsubj", "nsubjpass"):
                            subject_things.setdefault(sentence, target)
            if T.pos[i] == "NOUN" and self.dictionary.anaphors.get(T.lemma[i]) == "document":
                owner = self._document_owner(self.doc[i])
                if owner is not None:  # 'A European Union report says', 'the embassy's website said'
                    documents[T.lemma[i]] = owner
                    recent_documents.append((self._paragraph(i), owner))
                    if T.dep[i] in ("nsubj", "nsubjpass") and not self.in_quote_at(i):
                        subject_things.setdefault(sentence, owner)  # '... It says': the report's owner

    def _anaphor_kind(self, i: int) -> Optional[str]:
        """What a definite description refers back to ('the country', 'the satellite channel', 'The
        report'), from ``anaphors.tsv``; None for other words and for descriptions that name their own
        owner ('Egypt's government', 'the government of Egypt', 'the UN report')."""
        T = self.T
        if T.pos[i] != "NOUN" or T.tag[i] != "NN":
            return None
        dep, lower, children = T.dep, T.lower, T.children(i)
        if not any(dep[c] == "det" and lower[c] == "the" for c in children):
            return None
        if any(dep[c] in ("poss", "nmod") or dep[c] == "prep" and lower[c] in ("of", "by", "from")
               for c in children):
            return None
        modifiers = [c for c in children if dep[c] in ("amod", "compound")]
        lemma = T.lemma[i]
        if not modifiers:
            kind = self.dictionary.anaphors.get(lemma)
            if kind == "country" and any(dep[c] == "prep" for c in children):
                return None  # 'the government in Sana'a'
            return kind
        if len(modifiers) == 1 and modifiers[0] == i - 1:
            return self.dictionary.anaphors.get(f"{lower[modifiers[0]]} {lemma}")
        return None

    def _document_owner(self, token: Token) -> Optional[_Builder]:
        """Who issued a document: its modifier ('the EU report', 'the embassy's website'), its 'by'
        phrase ('a report by the UN'), or the subject of the clause that releases or cites it ('China
        released a statement', 'In a statement, the army said')."""
        for child in token.children:
            if child.dep_ in ("compound", "poss", "amod", "nmod") and child.i in self.token_actor:
                return self.builders[self.token_actor[child.i][0]]
            if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.i in self.token_actor:
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

    def _paragraph(self, i: int) -> int:
        """Index of the paragraph (blank-line separated) token ``i`` is in."""
        if self._paragraph_breaks is None:
            text = self.T.doc_text
            self._paragraph_breaks = [i for i in range(len(text)) if text.startswith("\n\n", i)]
        return bisect.bisect_right(self._paragraph_breaks, self.T.idx[i])

    def _adjectival(self, hit: tuple[str, int, int]) -> bool:
        """A mention that is only a demonym adjective ('Palestinian homes') names no referent for 'it'."""
        start, end = hit[1], hit[2]
        return end - start == 1 and self.T.pos[start] == "ADJ"

    def _mention_is_subject(self, hit: tuple[str, int, int]) -> bool:
        T = self.T
        for i in range(hit[1], hit[2]):
            if T.dep[i] in ("nsubj", "nsubjpass") and not hit[1] <= T.head[i] < hit[2]:
                return True
        return False

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
        if T.dep[i] not in ("nsubj", "nsubjpass") or i != T.sent[i] or i == 0:
            return None
        previous = T.sent[i - 1]  # the sentence before ends at the token before (across a paragraph
        # break too: news paragraphs are often one sentence, and '... the official said.\n\nHe added' continues)
        if persons_in.get(previous):
            return None
        return subject_persons.get(previous)

    def _previous_subject(self, i: int, subject_things: dict[int, _Builder]) -> Optional[_Builder]:
        """'The report accuses Israel of ... It says ...': a sentence-initial subject 'it' continues the
        previous sentence's subject (the centre of attention), not the last thing named in it."""
        T = self.T
        if T.lower[i] != "it" or T.dep[i] != "nsubj" or i != T.sent[i]:
            return None
        if i == 0:
            return None
        return subject_things.get(T.sent[i - 1])  # across a paragraph break too, as for 'he' above

    def _reporting_subject(self, i: int) -> Optional[_Builder]:
        """For the subject pronoun (token ``i``) of a reported clause, the reporting verb's subject, when its
        number fits: 'Palestinian leaders said they would boycott', 'Uganda said it had paid', 'Erdogan said he'."""
        if self.T.dep[i] not in ("nsubj", "nsubjpass") or self.T.pos[i] != "PRON":
            return None
        pronoun = self.doc[i]
        clause = pronoun.head
        if clause.dep_ == "relcl":  # 'X said they were appalled by the decision, which they described as ...'
            while clause.dep_ not in ("ccomp", "xcomp") and clause.head.i != clause.i:
                clause = clause.head
        if clause.dep_ not in ("ccomp", "xcomp") or clause.head.pos_ not in ("VERB", "AUX"):
            return None
        subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.i not in self.token_actor:  # 'Militant groups from Somalia'
            subject = next((c for c in subject.children if c.dep_ in ("compound", "amod", "nmod")
                            and c.i in self.token_actor), None) or next(
                (g for c in subject.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                 if g.dep_ == "pobj" and g.i in self.token_actor), None)
        if subject is None or subject.i not in self.token_actor:
            return None
        builder = self.builders[self.token_actor[subject.i][0]]
        plural = subject.tag_ in ("NNS", "NNPS")
        if pronoun.lower_ in PLURAL_PRONOUNS and (plural or builder.kind in ("group", "organisation")):
            return builder
        if pronoun.lower_ in THING_PRONOUNS and builder.kind in ("country", "organisation", "group", "place") and not plural:
            return builder
        if pronoun.lower_ in PERSON_PRONOUNS and builder.kind == "person":
            return builder
        return None

    # ----------------------------------------------------------------- output
    def main_country(self) -> Optional[tuple[str, Optional[_Builder], int]]:
        """The state named most often outside quotations, counting states named inside other actors'
        names ('Egyptian police'); ties go to the first named. Returns (ISO-3, its own actor if it is
        named alone, the token of its first mention). Asked once all mentions are read, by
        :meth:`default_countries` and :meth:`freeze` (whose changes to role actors do not bear on it),
        so it is worked out once."""
        if self._main_country is None:
            self._main_country = (self._find_main_country(),)
        return self._main_country[0]

    def _find_main_country(self) -> Optional[tuple[str, Optional[_Builder], int]]:
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        for i, (key, start, _) in sorted(self.token_actor.items()):
            builder = self.builders[key]
            if self.in_quote_at(i):
                continue
            # 'Egypt', and 'Sudanese' in 'the Sudanese military' (a state word inside another actor's name)
            country = self.state_words.get(i) or (builder.country if i == start and builder.kind in ("country", "place")
                                                  else None)
            if country:
                counts[country] = counts.get(country, 0) + 1
                first.setdefault(country, i)
        if not counts:
            return None
        best = max(counts, key=lambda c: (counts[c], -first[c]))
        named = {key for key, _, _ in self.token_actor.values()}
        candidates = [b for b in self.builders.values() if b.country == best and b.kind in ("country", "place")
                      and b.key in named]
        own = min(candidates, key=lambda b: b.kind != "country") if candidates else None
        return best, own, first[best]

    def default_countries(self) -> None:
        """Bodies and officials the text names without a state ('police arrested Tsvangirai', 'the
        opposition') belong to the article's main state: news leaves the local state implicit."""
        main = self.main_country()
        state = main[0] if main is not None else self.home  # failing a state in the text, the dateline's
        if state is None:
            return
        for builder in self.builders.values():
            if builder.key.startswith("role:") and not builder.country and not builder.code and builder.sector \
                    and builder.sector not in ("IGO", "NGO", "MED"):
                builder.country = self._phrase_owner_country(builder) or state

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

    def countries_for_titled_persons(self) -> None:
        """A titled person the dictionary does not know and the text gives no country ('President Samia
        Hassan has barred Tanzanian opposition rallies') belongs to the first state named in the same
        sentence, else to the first group of one state there ('Malian rebels'): in news a bare title is
        the local one."""
        for builder in self.builders.values():
            if builder.kind != "person" or builder.country or builder.code or not builder.role:
                continue
            spans = sorted(v[1] for v in self.token_actor.values() if v[0] == builder.key)
            if not spans:
                continue
            sent = self.doc[spans[0]].sent
            others = [self.builders[hit[0]] for hit in (self.token_actor.get(t.i) for t in sent) if hit]
            states = [b for b in others if b.kind in ("country", "place") and b.country]
            # failing a state, a group of one ('The Malian rebels said they would free Governor X')
            groups = [b for b in others if b.kind in ("group", "organisation") and b.country]
            if states or groups:
                builder.country = (states or groups)[0].country

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
        main = self.main_country()
        main_ref = None
        if main is not None:
            iso3, own, token = main
            if own is not None and own.key in ids:
                span = min(mentions[own.key])
                main_ref = ActorRef(actor_id=ids[own.key], name=own.name, code=own.final_code(), country=iso3,
                                    sector=own.sector, start_char=self.doc[span[0]].idx,
                                    end_char=self.doc[span[1] - 1].idx + len(self.doc[span[1] - 1].text))
            else:  # named only inside other names ('Egyptian police'): the state itself, at that word
                word = self.doc[token]
                main_ref = ActorRef(actor_id=None, name=self._country_name(iso3), code=iso3, country=iso3,
                                    start_char=word.idx, end_char=word.idx + len(word.text))
        index = ActorIndex(self.doc, actors, entities, by_token, main_ref)
        index._tokens = self.T
        return index


def resolve_actors(doc: Doc, *, dictionary: Optional[ActorDictionary] = None,
                   published: Optional[dt.date] = None,
                   quoted: Optional[list[tuple[int, int]]] = None, home: Optional[str] = None) -> ActorIndex:
    """Find, code and link every actor mention in ``doc``.

    ``home``: ISO-3 of the state of the article's dateline (``MANILA, March 12 (Reuters) -``, blanked
    before the parse, so never an actor itself): the state of bodies the text names without one when the
    text names no state at all.

    ``quoted`` are character ranges inside quotation marks: pronouns there ('I', 'we', 'he') belong to
    the quoted speaker's world and are not resolved against the narrative.
    """
    resolver = _Resolver(doc, dictionary or actor_dictionary(), published, quoted or [])
    resolver.home = home
    resolver.dictionary_mentions()
    resolver.named_entities()
    resolver.parenthetical_aliases()
    resolver.peoples()
    resolver.titles()
    resolver.surnames()
    resolver.coreference()
    resolver.countries_for_titled_persons()
    resolver.default_countries()
    return resolver.freeze()
