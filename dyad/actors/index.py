"""The result of actor resolution, and the actors being built while it runs.

:class:`_Builder` is an actor while the passes read the article (mutable: later passes give it a role,
a country, more mentions); :class:`ActorIndex` is what they leave: the frozen actors and, per token, the
actor it mentions. Quotes and events query the index (``at``, ``phrase``, ``conjuncts``) through the
Doc's shared :class:`~dyad.actors.tokens.TokenTable`, and it keeps its answers per token.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc, Token

from dyad.actors.tokens import TokenTable
from dyad.codebooks import word_classes
from dyad.records import Actor, ActorRef, Entity

# Sectors of a state's own organs: 'the group', 'the organisation', 'the movement' never refers to them.
STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# A state's organs that hold people (arrest, detain, try, sentence, deport): whom they hold is of their state
# unless the text names another, and the one they hold is never themselves.
HOLDING_SECTORS = frozenset({"COP", "JUD", "GOV", "SPY"})
# Participles by which a place names where a body sits ('the London-based group'): a description, no actor.
SEAT_WORDS = frozenset({"based", "headquartered"})
# Possessive pronouns that only a person is owner of ('her neighbour'; not 'its', 'their').
PERSON_POSSESSIVES = frozenset({"his", "her", "my"})
_MODIFIER_DEPS = {"compound", "amod", "poss", "nmod", "det", "npadvmod"}
# Participles by which a compound names another actor a body is tied to, not the body itself: 'an al-Qaeda-linked
# group', 'Iran-backed militias', 'Kremlin-aligned media' ('a Saudi-led coalition', 'a Hamas-run ministry' are
# the leader's and the owner's).
ASSOCIATION_PARTICIPLES = frozenset({"link", "linked", "back", "backed", "ally", "allied", "affiliate", "affiliated",
                                     "align", "aligned", "inspire", "inspired", "sponsor", "sponsored", "fund",
                                     "funded", "support", "supported"})


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
    body: Optional[str] = None  # for a role of an organisation's people ('RSF fighters'), that organisation's key

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
    setting_country: Optional[ActorRef] = None  # the state it happens in (codes.setting_country)

    def main_country_ref(self) -> Optional[ActorRef]:
        """The article's main state, for actors the text leaves implicit ('were arrested')."""
        return self.main_country

    def setting_country_ref(self) -> Optional[ActorRef]:
        """The state the article happens in, for violence and people the text leaves unplaced."""
        return self.setting_country or self.main_country

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
        if tokens.pos[i] == "NOUN" and (tokens.lemma[i] in word_classes()["@opponents"] or
                                        tokens.lemma[i] in word_classes()["@counterparts"]):
            return None  # "the president's critics", 'opponents of the Senate': not the president, not the Senate;
            # 'his predecessor': not him
        if tokens.pos[i] == "NOUN" and tokens.lemma[i] in word_classes()["@acquaintances"] and any(
                tokens.dep[c] == "poss" and tokens.lower[c] in PERSON_POSSESSIVES for c in children):
            return None  # 'her neighbour', 'his landlord': another person
        if tokens.pos[i] == "NOUN" and tokens.lemma[i] in word_classes()["@adherents"]:
            owner = self._owner_phrase(i, depth)  # 'followers of the party' are the party's; 'supporters of the
            if owner is None or owner.actor_id is None:  # junta' are no part of the junta
                return None
            actor = self.get(owner.actor_id)
            return owner if actor.kind != "country" and actor.sector not in STATE_ORGANS else None
        return self._owner_phrase(i, depth)

    def _owner_phrase(self, i: int, depth: int) -> Optional[ActorRef]:
        """The actor a noun phrase with no mention of its own names through its modifiers, 'of' phrase or
        apposition (see :meth:`_find_phrase`)."""
        tokens = self.tokens
        children = tokens.children(i)
        dep, lower = tokens.dep, tokens.lower
        preferred = children if len(children) == 1 else sorted(children, key=lambda c: (dep[c] not in ("poss", "compound", "amod", "nmod"),
                                                             dep[c] != "prep" or lower[c] not in ("by", "of"),
                                                             tokens.pos[c] == "PRON", c))  # 'its European Community partners'

        if any(dep[c] == "poss" and tokens.pos[c] == "PRON" for c in children):
            # 'his main rival, Amadou Ba': the person named in apposition, not whoever 'his' is
            named = [c for c in children if dep[c] == "appos" and (ref := self._at(c)) is not None
                     and ref.actor_id is not None and self.get(ref.actor_id).kind == "person"]
            preferred = named + [c for c in preferred if c not in named]
        for child in preferred:
            relation = dep[child]
            if relation == "amod" and tokens.lemma[child] in ASSOCIATION_PARTICIPLES:
                continue  # 'gunmen from an al-Qaeda-linked group': not al-Qaeda
            if relation == "compound" and tokens.pos[child] == "NOUN" and tokens.lemma[i] in word_classes()["@measures"]:
                continue  # 'the foreign agents bill', 'university education': the measure's domain, not its owner
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
            elif relation == "appos" and not self._mention_leaves(child) and self._agentive_apposition(child):
                found = self._phrase(child, depth - 1)
                if found:
                    return found
        return None

    def _agentive_apposition(self, i: int) -> bool:
        """Whether an apposition can say who the noun is: a mention itself, a name, or a noun of people or bodies
        ('a coalition of Syrian rebels'); not a thing that only a state's adjective modifies (the parser's
        apposition in 'Hundreds rallied, some waving Russian flags')."""
        tokens = self.tokens
        classes = word_classes()
        return self._at(i) is not None or tokens.pos[i] == "PROPN" or tokens.lemma[i] in classes["@people"] or \
            tokens.lemma[i] in classes["@classifiers"] or tokens.lemma[i] in classes["@bodies"]

    def _mention_leaves(self, i: int) -> bool:
        """Whether the actor of the apposition at token ``i`` is, later in the sentence, the subject of another
        clause: the parser's apposition in '... charged with fraud, Director of Public Prosecutions Jane Doe told
        reporters', whose title it hung on 'fraud' and whose name is the subject of 'told'. Such a phrase is
        no apposition of the noun it hangs on."""
        hit = self.by_token.get(i)
        if not hit:
            return False
        tokens = self.tokens
        sentence = tokens.sent[i]
        j = i
        while j < tokens.n and tokens.sent[j] == sentence:
            other = self.by_token.get(j)
            if other is not None and other[0] == hit[0] and tokens.dep[j] in ("nsubj", "nsubjpass") and \
                    not hit[1] <= j < hit[2] and tokens.head[j] != i:
                return True
            j += 1
        return False

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
        holders = self._listed_holders(head)  # ('the Peruvian and Chilean ministers, A and B': the ministers
        for child in tokens.children(head) if not holders else ():  # are A and B, not the two states)
            if tokens.dep[child] in ("nmod", "amod", "compound"):
                others = _conjuncts_of(tokens, child)
                if others and any(t.dep_ == "cc" for t in self.doc[child].subtree):
                    found += [child, *others]
        found += holders + self._listed_appositions(head)
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

    def _listed_holders(self, head: int) -> list[int]:
        """The other holders of a plural role listed in apposition ('the foreign ministers, A and B': the role
        phrase is A's mention, B the other holder)."""
        own = self._at(head)
        if own is None or self.get(own.actor_id).kind != "person":
            return []
        tokens = self.tokens
        return [c for appos in tokens.children(head) if tokens.dep[appos] == "appos" and
                (ref := self._at(appos)) is not None and ref.actor_id == own.actor_id
                for c in _conjuncts_of(tokens, appos) if self._at(c) is not None]

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
