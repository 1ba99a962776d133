"""Speaker resolution as a mention model: whom a quotation's 'he', 'she' or 'they' (or a bare role phrase,
'the minister') stands for.

Every actor mention outside quotation marks in a bounded window before the pronoun (its paragraph and the
two before) is a candidate. Candidates that do not agree are dropped (person vs body, singular vs plural,
gender where a title or first name gives it); the rest are ranked by salience: the speaker of an earlier
quotation above the subject of a clause above an object, recent above far, and a person merely named
inside a reported clause ('he cited the economist X, who argued ...') far below. :func:`score` is the one
place that weighs the features, so a learned scorer can replace it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Callable, Optional

from spacy.tokens import Token

from dyad.actors.genders import PRONOUN_GENDERS, gender_table, person_gender
from dyad.codebooks import word_classes
from dyad.records import ActorRef
from dyad.quotes.words import HEAD_ROLES, HEAD_WORDS

SINGULAR = {"he", "she"}
PLURAL = {"they"}
WINDOW_PARAGRAPHS = 2  # paragraphs before the pronoun's own that may hold its antecedent

# Weights of the salience features (hand-set; see score()).
WEIGHTS = {
    "speaker": 3.0,          # subject of a speech cue: the speaker of an earlier quotation
    "subject": 1.5,          # subject of another clause
    "last_subject": 1.0,     # speaker or subject of the sentence right before the pronoun's (its centre)
    "object": 0.3,           # object or complement
    "reported": -3.0,        # named inside a clause a cue reports, or cited by someone
    "title_gender_clash": -4.0,  # 'she' for a person whose title says 'he' ('Mr', 'king', 'spokesman')
    "name_gender_clash": -2.0,   # 'she' for a person whose first name is mostly men's (names mislead at times)
    "body": -1.5,            # 'he' for a singular role phrase that may be a body ('the administration')
    "sentences_back": -0.35,  # per sentence between the mention and the pronoun
    "paragraphs_back": -0.8,  # per paragraph break between them
}


def _named(actor) -> bool:
    """A person's name, not a role phrase ('Kyriakos Mitsotakis', 'Ali al-Amin'; not 'minister' nor 'Greek
    leader', whose capital is the state's adjective and whose last word is the role)."""
    role_word = actor.role.split()[-1].lower() if actor.role else None
    return actor.name[:1].isupper() and not (role_word and actor.name.lower().split()[-1:] == [role_word])


@dataclass(frozen=True)
class Mention:
    """An actor mention outside quotation marks, with what the model reads of it."""

    actor_id: Optional[str]  # None: a cue's subject that names no actor ('One of the villagers')
    start: int  # token span [start, end)
    end: int
    sentence: int
    paragraph: int
    role: str  # speaker, subject, object or other
    reported: bool
    plural: bool
    ref: Optional[ActorRef] = None  # the speaker itself, for a mention with no actor


@dataclass
class Candidate:
    """An antecedent for one pronoun: the mention and its features."""

    mention: Mention
    features: dict[str, float] = field(default_factory=dict)
    score: float = 0.0


def score(features: dict[str, float]) -> float:
    """A candidate's salience: a weighted sum of its features (the function a learned model replaces)."""
    return sum(WEIGHTS.get(name, 0.0) * value for name, value in features.items())


def rank(candidates: list[Candidate], scorer: Callable[[dict[str, float]], float] = score) -> list[Candidate]:
    """Candidates best first; equal scores go to the later mention."""
    for candidate in candidates:
        candidate.score = scorer(candidate.features)
    return sorted(candidates, key=lambda c: (-c.score, -c.mention.start))


class _Salience:
    """The mention model of :class:`~dyad.quotes.finder.QuoteFinder` (built once per Doc, when first asked)."""

    _mention_list: Optional[list[Mention]] = None

    def _mentions(self) -> list[Mention]:
        if self._mention_list is None:
            self._mention_list = self._read_mentions()
        return self._mention_list

    def _paragraph_of(self, i: int) -> int:
        breaks = getattr(self, "_paragraph_breaks", None)
        if breaks is None:
            text, breaks, at = self.text, [], self.text.find("\n\n")
            while at >= 0:
                breaks.append(at)
                at = text.find("\n\n", at + 2)
            self._paragraph_breaks = breaks
        return bisect.bisect_right(breaks, self.doc[i].idx)

    def _read_mentions(self) -> list[Mention]:
        doc, found, T = self.doc, [], self.index.tokens  # the Doc's token table: no spaCy Token per read
        for actor_id, start, end in sorted(set(self.index.by_token.values()), key=lambda m: m[1]):
            if (T.pos[start] == "PRON" and end - start == 1) or self._inside[start]:
                continue  # (a pronoun, but not a phrase that opens with one: 'his lawyer, Maria Torres')
            head = next((i for i in range(start, end) if not start <= T.head[i] < end or T.head[i] == i), start)
            found.append(Mention(actor_id, start, end, self._sent_number[start], self._paragraph_of(start),
                                 self._mention_role(doc[head]), self._reported_at(head),
                                 T.tag[head] in ("NNS", "NNPS")))
        for i in self._cue_verbs:  # speakers with no actor ('One of the villagers recalled ...')
            subject = next((c for c in self.doc[i].children if c.dep_ == "nsubj" and not self._inside[c.i]), None)
            if subject is None or subject.pos_ == "PRON" or self.index.at(subject) is not None:
                continue
            ref = self.subject_ref(subject)
            if ref is not None and ref.actor_id is None:
                found.append(Mention(None, subject.left_edge.i, subject.i + 1, self._sent_number[subject.i],
                                     self._paragraph_of(subject.i), "speaker", self._reported(subject),
                                     subject.tag_ in ("NNS", "NNPS"), ref))
        found.sort(key=lambda m: m.start)
        return found

    def _mention_role(self, head: Token) -> str:
        while head.dep_ in ("appos", "compound", "flat") and head.head.i != head.i:
            head = head.head  # 'the economist Peter Lund': the phrase's own role
        if head.dep_ in ("nsubj", "nsubjpass"):
            return "speaker" if self.is_cue(head.head) else "subject"
        if head.dep_ == "pobj" and head.head.dep_ == "agent":
            return "speaker" if self.is_cue(head.head.head) else "subject"
        if head.dep_ in ("dobj", "dative", "pobj", "attr", "oprd"):
            return "object"
        return "other"

    def _reported(self, head: Token) -> bool:
        """Named inside what someone else says or cites: under a cue's reported clause, in a relative
        clause of a cited person, or the object of 'cite'/'quote'."""
        return self._reported_at(head.i)

    def _reported_at(self, i: int) -> bool:
        """:meth:`_reported` of token ``i``, its ancestors walked in the token table (``Token.ancestors``)."""
        T = self.index.tokens
        for _ in range(T.n):
            if T.head[i] == i:
                return False
            below, i = i, T.head[i]
            if T.dep[i] in ("ccomp", "xcomp", "relcl") and T.head[i] in self._cue_set:
                return True
            if T.lemma[i] in ("cite", "quote", "mention", "praise", "criticise", "criticize") and \
                    T.dep[below] not in ("nsubj", "nsubjpass"):
                return True  # (who cites or criticises is no one cited: 'X criticised the plan, saying ...')
        return False

    def _agrees(self, pronoun: str, mention: Mention) -> bool:
        """Person vs body, singular vs plural (gender is weighed, not required: see score())."""
        if mention.actor_id is None:
            return mention.plural == (pronoun in PLURAL)
        actor = self.index.get(mention.actor_id)
        if pronoun in SINGULAR:  # a person, or one of a kind of people ('an official', 'a police officer'),
            # not a body with a role word ('the ruling party', 'the ministry')
            return actor.kind == "person" or (actor.kind == "group" and actor.role is not None and not mention.plural
                                              and actor.role.split()[-1] in word_classes()["@people"])
        if pronoun in PLURAL:
            return mention.plural or actor.kind in ("group", "organisation") and not (
                actor.role is not None and actor.kind == "group" and not mention.plural)
        return False

    def _gender(self, actor_id: Optional[str]) -> Optional[tuple[str, str]]:
        if actor_id is None:
            return None
        genders = getattr(self, "_genders", None)
        if genders is None:
            genders = self._genders = {}
        if actor_id not in genders:
            actor = self.index.get(actor_id)
            titles = []
            if actor.kind == "person":
                table = gender_table()
                for key, start, _ in set(self.index.by_token.values()):
                    if key == actor_id and start > 0 and self.doc[start - 1].lower_ in table:
                        titles.append(self.doc[start - 1].lower_)  # 'Mrs Osei', 'Queen Margit'
            genders[actor_id] = person_gender(actor.name, actor.role, titles) if actor.kind == "person" else None
        return genders[actor_id]

    def candidates(self, pronoun: Token) -> list[Candidate]:
        """The mentions before a pronoun, in its window, that agree with it, with their features."""
        lower = pronoun.lower_
        sentence, paragraph = self._sent_number[pronoun.i], self._paragraph_of(pronoun.i)
        mentions = self._mentions()
        found = []
        for mention in mentions[:bisect.bisect_left([m.start for m in mentions], pronoun.i)]:
            if paragraph - mention.paragraph > WINDOW_PARAGRAPHS or mention.end > pronoun.i:
                continue
            if not self._agrees(lower, mention):
                continue
            gender = self._gender(mention.actor_id)
            actor = self.index.get(mention.actor_id) if mention.actor_id else None
            features = {mention.role: 1.0, "reported": float(mention.reported),
                        "last_subject": float(mention.role in ("speaker", "subject") and
                                              mention.sentence == sentence - 1),
                        "sentences_back": float(sentence - mention.sentence),
                        "paragraphs_back": float(paragraph - mention.paragraph),
                        "title_gender_clash": float(lower in SINGULAR and gender is not None and
                                                    gender[1] == "title" and gender[0] != PRONOUN_GENDERS[lower]),
                        "name_gender_clash": float(lower in SINGULAR and gender is not None and
                                                   gender[1] != "title" and gender[0] != PRONOUN_GENDERS[lower]),
                        "body": float(lower in SINGULAR and actor is not None and actor.kind == "group")}
            found.append(Candidate(mention, features))
        return found

    def pronoun_speaker(self, pronoun: Token) -> Optional[ActorRef]:
        """The actor a cue's subject pronoun ('he', 'she', 'they') stands for, best candidate first; None
        where no mention in the window agrees."""
        if pronoun.pos_ != "PRON" or pronoun.lower_ not in SINGULAR | PLURAL:
            return None
        binder = self._binding_people(pronoun) if pronoun.lower_ in PLURAL else None
        if binder is not None:  # 'Investigators traced the attack to a group they believe ...'
            return binder
        ranked = rank(self.candidates(pronoun))
        if not ranked:
            return None
        best = ranked[0].mention
        if best.actor_id is None:
            return best.ref.model_copy(update={"start_char": pronoun.idx, "end_char": pronoun.idx + len(pronoun)})
        actor = self.index.get(best.actor_id)
        return ActorRef(actor_id=actor.id, name=actor.name, code=actor.code, country=actor.country,
                        sector=actor.sector, start_char=pronoun.idx, end_char=pronoun.idx + len(pronoun))

    def _binding_people(self, pronoun: Token) -> Optional[ActorRef]:
        """The unnamed people who are the subject of a clause the pronoun's own relative clause hangs under
        ('Investigators traced the attack to a group they believe operates from Minsk'): 'they' is bound by them,
        not by a body named in an earlier sentence. Only a plural noun of people (``@people``, or an agent noun:
        investigators, engineers, analysts) that names no actor; None otherwise (the mention model decides)."""
        node = pronoun.head
        if node.dep_ != "relcl":  # (the pronoun's clause is a relative clause on what the binder's verb acts on;
            return None  # not '..., they added, ...' interposed in a report)
        for _ in range(6):
            if node.head.i == node.i:
                return None
            node = node.head
            subject = next((c for c in node.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
            if subject is None:
                continue
            if subject.pos_ != "NOUN" or subject.tag_ != "NNS" or self.index.at(subject) is not None or \
                    self._inside[subject.i] or not _people_noun(subject.lemma_.lower()):
                return None
            ref = self.subject_ref(subject)
            return ref.model_copy(update={"start_char": pronoun.idx, "end_char": pronoun.idx + len(pronoun)}) \
                if ref is not None else None
        return None

    def role_holder(self, subject: Token, ref: Optional[ActorRef]) -> Optional[ActorRef]:
        """'the minister said' after 'Foreign Minister Ana Kovac ...': a definite role phrase with no name
        is the person named earlier with that role (the latest one; of the same state where the phrase states one).
        The speaker is then the person, not the title alone."""
        if ref is None or not ref.actor_id or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) \
                or any(c.dep_ == "prep" and c.lower_ in ("of", "for", "at") for c in subject.children):
            return None  # ('the head of the mining society' is not 'the head of the council' named before)
        actor = self.index.get(ref.actor_id)
        if actor.kind != "person" or not actor.role or _named(actor):
            return None  # a named person already, or no role to match
        word = actor.role.split()[-1]
        head = word in HEAD_WORDS and actor.sector in (None, "GOV")  # 'the Greek leader': whoever heads the
        # state, by any title ('the opposition leader', 'the rebel leader' head something else)
        # 'the minister' alone states no state (the coder guessed one); 'the Peruvian minister' does
        bare = all(c.dep_ in ("det", "punct") for c in subject.children)
        for mention in reversed(self._mentions()):
            if mention.end > subject.i or mention.actor_id in (None, actor.id):
                continue
            holder = self.index.get(mention.actor_id)
            if holder.kind == "person" and holder.role and (
                    _same_role(holder.role, actor.role) or head and holder.role.lower() in HEAD_ROLES) and \
                    _named(holder) and (bare or not holder.country or not actor.country
                                                    or holder.country == actor.country) and \
                    (not holder.sector or not actor.sector or holder.sector == actor.sector):
                return ActorRef(actor_id=holder.id, name=holder.name, code=holder.code, country=holder.country,
                                sector=holder.sector, start_char=ref.start_char, end_char=ref.end_char)
        return None


def _same_role(named: str, described: str) -> bool:
    """Whether a named person's role is the role a description gives: 'the minister' is any minister named
    before, 'the prime minister' only a prime minister ('Finance Minister Varga' is not)."""
    named, described = named.lower(), described.lower()
    if " " not in described:
        return named.split()[-1] == described
    extra = named[:-len(described)].split() if named.endswith(" " + described) else None
    return named == described or extra is not None and not set(extra) & LOWER_RANKS  # (a deputy minister is
    # not the minister)


# Words before a role that make its holder another's second ('deputy foreign minister', 'vice president').
LOWER_RANKS = frozenset({"deputy", "vice", "assistant", "junior", "former", "ex", "under", "associate"})


# Endings of agent nouns ('investigator', 'engineer', 'analyst', 'historian', 'participant').
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")


def _people_noun(lemma: str) -> bool:
    """Whether a noun names people: a word of ``@people`` or an agent noun by its ending."""
    return lemma in word_classes()["@people"] or (len(lemma) > 5 and lemma.endswith(AGENT_ENDINGS))
