"""Token stand-ins and parse-tree helpers shared by every part of the coder.

:class:`_Tok` holds one token's attributes, read once per Doc from the actor index's :class:`TokenTable`
(:func:`_tokens`), so that the rules, which ask ~30 times per token, never build spaCy Tokens; the
small functions below walk the dependency tree of these stand-ins (children by relation, a preposition's
object, the subject of a fragment, passives, tensed 'that' clauses).
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span, Token

from dyad.actors import TokenTable
from dyad.codebooks import implicit_agents
from dyad.events.lexicon import EFFORT_OBJECTS, EFFORT_VERBS, FUTURE_AUX, PARTICIPATION_WORDS
from dyad.modality import to_infinitive  # (one definition; re-exported for the coder's modules)


class _Tok:
    """One token of the Doc being coded, its attributes read once per Doc (see :func:`_tokens`). spaCy
    builds a new Token on every ``doc[i]``, ``.head`` and ``.children`` and looks its strings up on every
    access, and the coder asks ~30 times per token; this stands in for the Token everywhere in
    :mod:`dyad.events` and in the ActorIndex methods it calls (which read the same attributes)."""

    __slots__ = ("doc", "i", "idx", "text", "lower_", "lemma_lower", "pos_", "dep_", "head",
                 "children", "sent", "_all", "_conjuncts")

    @property
    def conjuncts(self) -> tuple["_Tok", ...]:
        """spaCy's conjuncts (asked for again and again by ActorIndex.conjuncts), found once, as spaCy
        finds them: from the first conjunct, the 'conj' children to the right, breadth first."""
        found = self._conjuncts
        if found is None:
            start = self
            while start.dep_ == "conj" and start.head is not start:
                start = start.head
            queue = [start]
            for word in queue:
                queue += [child for child in word.children if child.i > word.i and child.dep_ == "conj"]
            found = self._conjuncts = tuple(word for word in queue if word is not self)
        return found

    @property
    def subtree(self) -> list["_Tok"]:
        """The token and its descendants in order, as spaCy's ``Token.subtree`` gives them."""
        found: list[_Tok] = []
        self._collect(found)
        return found

    def _collect(self, found: list["_Tok"]) -> None:
        for child in self.children:
            if child.i < self.i:
                child._collect(found)
        found.append(self)
        for child in self.children:
            if child.i > self.i:
                child._collect(found)

    @property
    def tag_(self) -> str:
        """Read from spaCy when asked (seldom: a few participle tests)."""
        return self.doc[self.i].tag_

    @property
    def ent_type_(self) -> str:
        """Read from spaCy when asked (seldom: the object of a preposition a pattern names)."""
        return self.doc[self.i].ent_type_

    @property
    def lemma_(self) -> str:
        """Read from spaCy when asked (the coder reads :attr:`lemma_lower`)."""
        return self.doc[self.i].lemma_

    @property
    def left_edge(self) -> "_Tok":
        return self._all[self.doc[self.i].left_edge.i]


def _tokens(doc: Doc, table: TokenTable) -> list[_Tok]:
    """Every token of ``doc`` as a :class:`_Tok`: strings, offsets and heads from the actor index's table
    of the Doc (read once per Doc for every stage), heads and children linked, each token's sentence."""
    found: list[_Tok] = []
    for i, idx, lemma_lower, text, lower, pos, dep in zip(
            range(table.n), table.idx, table.lemma, table.text, table.lower, table.pos, table.dep):
        token = _Tok()
        token.doc, token.i, token.idx, token.text, token.lower_ = doc, i, idx, text, lower
        token.lemma_lower, token.pos_, token.dep_ = lemma_lower, pos, dep
        token.children, token._all, token._conjuncts = (), found, None  # a leaf's children: no list of its own
        found.append(token)
    for token, head_i in zip(found, table.head):
        head = token.head = found[head_i]
        if head is not token:
            if head.children:
                head.children.append(token)
            else:
                head.children = [token]
    for sent in doc.sents:
        for token in found[sent.start:sent.end]:
            token.sent = sent
    return found


def _rehang(token: _Tok, head: _Tok, dep: Optional[str] = None) -> None:
    """Parse repair: move ``token`` (with its subtree) under ``head``, as ``dep`` when given, keeping both
    heads' children in text order."""
    old = token.head
    old.children = [c for c in old.children if c is not token]
    head.children = sorted([c for c in head.children if c is not token] + [token], key=lambda t: t.i)
    token.head = head
    if dep is not None:
        token.dep_ = dep


def _make_root(token: _Tok) -> None:
    """Parse repair: detach ``token`` from its head and make it its sentence's root."""
    if token.head is not token:
        token.head.children = [c for c in token.head.children if c is not token]
    token.head, token.dep_ = token, "ROOT"


def _release(tokens: list[_Tok]) -> None:
    """Unlink the tokens (heads, children, conjuncts point at each other) so that they are freed as soon
    as the Doc is coded, not left to the garbage collector's full passes."""
    for token in tokens:
        token.head = token.children = token._conjuncts = None
    tokens.clear()


def _in(span: Span, tokens: list[_Tok]) -> list[_Tok]:
    """The span's tokens as :class:`_Tok`."""
    return tokens[span.start:span.end]


def _children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _first(token: Token, *deps: str) -> Optional[Token]:
    for child in token.children:
        if child.dep_ in deps:
            return child
    return None


def _pobj(prep: Token) -> Optional[Token]:
    """A preposition's object; where the parser made the object the subject of a following clause
    ('granted asylum to five officers holed up in ...': 'officers' under 'holed'), that subject."""
    found = _first(prep, "pobj")
    if found is not None:
        return found
    for token in prep._all[prep.i + 1:prep.i + 8]:
        if token.dep_ in ("nsubj", "nsubjpass") and token.left_edge.i == prep.i + 1:
            return token
    return None


# Verbs whose plural object is given and taken both ways: 'traded accusations', 'exchanged insults'.
RECIPROCAL_VERBS = frozenset({"trade", "exchange", "swap"})


def reciprocal_pronoun(verb: Token) -> bool:
    """Whether the verb's object, or the object of one of its prepositions, is 'each other' or 'one another':
    its conjoined subjects are its only targets ('accused each other', 'fired on one another')."""
    for obj in _children(verb, "dobj") + [o for p in _children(verb, "prep") for o in _children(p, "pobj")]:
        dets = {c.lower_ for c in obj.children if c.dep_ in ("det", "poss")}
        if (obj.lower_ == "other" and "each" in dets) or (obj.lower_ == "one" and "another" in dets) or \
                (obj.lower_ == "another" and obj.i > 0 and obj.nbor(-1).lower_ == "one"):
            return True
        subject = _first(verb, "nsubj")
        if obj.lower_ == "other" and "the" in dets and subject is not None and \
                any(c.dep_ == "det" and c.lower_ == "each" for c in subject.children):
            return True  # 'Each side accused the other of ...'
    return False


def reciprocal_object(verb: Token, joint_nouns: frozenset = frozenset()) -> bool:
    """Whether the verb's object, or the object of one of its prepositions, makes its conjoined subjects act
    on each other, whatever the act: a reciprocal pronoun ('accused each other', 'fired on one another'), a
    plural object of a reciprocal verb ('traded accusations'), or a relation the subjects share ('delayed
    their talks', 'froze their cooperation': ``joint_nouns``)."""
    if reciprocal_pronoun(verb):
        return True
    objects = _children(verb, "dobj") + [o for p in _children(verb, "prep") for o in _children(p, "pobj")]
    for obj in objects:
        dets = {c.lower_ for c in obj.children if c.dep_ in ("det", "poss")}
        if obj.dep_ == "dobj" and obj.tag_ == "NNS" and verb.lemma_.lower() in RECIPROCAL_VERBS:
            return True
        if "their" in dets and obj.lemma_.lower() in joint_nouns:
            return True
    return False


def _phrase_head(subj: Token) -> Token:
    """The noun a subject names, past a participle the parser made its head: in 'The Red Crescent working
    in Yemen said ...' spaCy makes 'operating' the subject and 'Cross' the participle's subject."""
    if subj.pos_ == "VERB" and subj.tag_ == "VBG":
        inner = _first(subj, "nsubj")
        if inner is not None:
            return inner
    return subj


def _fragment_subject(verb: Token) -> Optional[Token]:
    """The subject of a main verb the parser hung as a reduced relative under a noun: in 'Doctors from
    two aid groups donated ... goods' and 'An official newspaper called on Arabs to unite' the sentence
    has no verbal root, and its first verb, a past form with no agent, is what the root noun did; in
    'Youths resorted to throwing stones, officials said' the noun is one of two subjects of 'said'."""
    root = verb._all[verb.sent.root.i]
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN"):
        return None
    if any(c.dep_ in ("agent", "auxpass", "nsubjpass") for c in verb.children):
        return None
    noun = verb.head
    if noun.dep_ == "nsubj" and noun.i < verb.i and sum(1 for c in noun.head.children if c.dep_ == "nsubj") > 1:
        return noun  # 'Palestinian youths resorted to throwing stones, officials said': 'said' has two subjects
    if root.pos_ not in ("NOUN", "PROPN"):
        return None
    first_verb = next((t for t in _in(verb.sent, verb._all) if t.pos_ == "VERB"), None)
    if first_verb is None or first_verb.i != verb.i or root.i > verb.i:
        return None
    return root


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


# Participles of a standing relation, not an act: 'rebels backed by Eritrea', 'a delegation led by X'.
RELATION_PARTICIPLES = frozenset({"back", "support", "sponsor", "fund", "finance", "lead", "head", "chair", "run",
                                  "own", "found", "control", "dominate", "command", "staff", "equip", "train"})


def reduced_passive(verb: Token) -> Optional[tuple[Token, Token]]:
    """(patient, agent) of a passive participle that modifies the noun before it and names its doer: 'the
    minister, criticised by the IMF for overspending,', 'a convoy attacked by rebels', a relative clause with
    its 'who was' left out. None for other verbs and for participles of a standing relation."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.i < verb.head.i or verb.head.pos_ not in ("NOUN", "PROPN") or \
            verb.lemma_.lower() in RELATION_PARTICIPLES:
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return (verb.head, doer) if doer is not None else None


# Auxiliaries of a tensed statement, which a mandative subjunctive ('urged that Israel withdraw', 'proposed that
# talks be held', 'asked that they should leave') never has.
INDICATIVE_AUX = {"had", "has", "have", "'ve", "'d", "was", "were", "is", "'s", "did", "does", "will", "'ll", "wo"}


def _indicative(clause: Token, future: bool = True) -> bool:
    """A 'that' clause stated in a tense ('insisted that the army had shelled', 'suggested that it was
    false'), not a subjunctive of demand; a bare present ('urged that they withdraw') stays a demand.
    ``future``: whether 'will' counts (a prediction is a tense, but no fact)."""
    if clause.tag_ in ("VBD", "VBZ"):
        return True
    auxiliaries = INDICATIVE_AUX if future else INDICATIVE_AUX - {"will", "'ll", "wo"}
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in auxiliaries for c in clause.children)


def _future(verb: Token) -> bool:
    """Whether the verb has a future auxiliary of its own ('will attack', 'would withdraw')."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)


def after_comma(token: Token) -> bool:
    """Whether a token follows a comma: what it opens is set off ('X, who ...', '..., with the ministry saying',
    '..., forcing hospitals to ...')."""
    return token.i > 0 and token._all[token.i - 1].text == ","


def effort_frame(verb: Token) -> Optional[Token]:
    """The verb of an idiom of effort whose aim is this infinitive ('do everything possible to free the
    hostages', 'do everything in its power to', 'make every effort to reopen talks', 'spare no effort to help',
    'do whatever it takes to win'), else None. The aim is as real as the effort's verb says: intended after
    'pledged to', future after 'will', no more than striven for otherwise."""
    if verb.dep_ not in ("advcl", "acl", "xcomp") or not to_infinitive(verb):
        return None
    node = verb.head
    for _ in range(4):  # effort ← make; power ← in ← do; takes ← do
        if node.pos_ in ("VERB", "AUX") and node.lemma_lower in EFFORT_VERBS:
            between = [t for t in node.subtree if node.i < t.i < verb.i]
            return node if any(t.lemma_lower in EFFORT_OBJECTS or t.lower_ in EFFORT_OBJECTS
                               for t in between) else None
        if node.dep_ in ("ROOT", "nsubj", "nsubjpass") or node.head is node:
            return None
        node = node.head
    return None


def effort_aim(verb: Token) -> Token:
    """The infinitive an idiom of effort aims at ('do everything possible to free them' → free), else the verb."""
    if verb.lemma_lower not in EFFORT_VERBS:
        return verb
    return next((a for a in verb.subtree if a.pos_ == "VERB" and effort_frame(a) is verb), verb)


# Words that open an indirect question: 'asked whether', 'asked him why'.
QUESTION_WORDS = frozenset({"whether", "if", "what", "why", "how", "when", "where", "who", "whom", "which"})


def asks_a_question(verb: Token) -> bool:
    """'asked the president whether he would visit', 'asked why the talks failed', 'asked a question': a
    question put, not a request that someone act (CAMEO 02 is an appeal)."""
    if verb.lemma_lower != "ask":
        return False
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_lower == "question":
            return True
        if child.dep_ == "ccomp" and child.left_edge.lower_ in QUESTION_WORDS and child.left_edge.i > verb.i:
            return True
    return False


def committed_act(noun: Token) -> Optional[Token]:
    """The infinitive a noun of commitment completes ("Iran's threat to close the strait", 'an offer to
    mediate'), else None."""
    return next((c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB" and to_infinitive(c)), None)


def to_blame(word: Token) -> bool:
    """'Y is to blame for the attack': 'blame' as the infinitive predicate of 'be', whose subject is the
    one blamed, not the blamer."""
    return word.lower_ == "blame" and word.dep_ == "xcomp" and word.head.lemma_lower == "be" and \
        to_infinitive(word)


# Verbs of warning whose 'of' gerund is the speaker's own act held out as a threat ('warned of retaliating').
WARNING_FRAMES = frozenset({"warn", "threaten"})


def warned_act(verb: Token) -> Optional[Token]:
    """The gerund a warning verb holds out: 'Iran warned of retaliating against X' (the act threatened, with
    the warner as its subject); None otherwise."""
    if verb.lemma_lower not in WARNING_FRAMES:
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            act = _first(prep, "pcomp")
            if act is not None and act.pos_ == "VERB" and _first(act, "nsubj") is None:
                return act
    return None


# Words that open a relative clause as its object, or a free relative ('in what critics called an invasion').
RELATIVIZERS = frozenset({"that", "which", "what", "whatever"})
ADVERBIAL_RELATIVIZERS = frozenset({"when", "where", "why", "how"})


def title_line(doc: Doc) -> Optional[Span]:
    """The article's title: its first sentence, when it has no closing stop and a line break ends it
    ('Opposition leader arrested before rally' over the body); None where the text opens with prose."""
    first = next(iter(doc.sents), None)
    if first is None or first.end >= len(doc):
        return None
    last = first.end - 1
    while last > first.start and doc[last].is_space:
        last -= 1
    if doc[last].is_punct or "\n" not in doc.text[doc[last].idx + len(doc[last]):doc[first.end].idx]:
        return None
    return first


def between_phrase(noun: Token, frame_verbs) -> Optional[Token]:
    """The 'between' phrase of an event noun, also where the parser hangs it on the aspectual verb the noun is
    the subject of ('clashes broke out between X and Y', 'fighting erupted on Sunday between X and Y'):
    who the noun's act is between."""
    own = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"), None)
    if own is not None or noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in frame_verbs:
        return own
    return next((c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "between"), None)


SUMMING_ATTACHMENTS = ("dobj", "npadvmod", "appos", "dep", "attr", "conj")


def summarised_clause(noun: Token) -> Optional[Token]:
    """The verb of the clause an act noun (the caller's: 'move', 'decision', 'step') sums up when it is
    appended after a comma with an indefinite article: 'Chile expelled two envoys, a move Peru called
    hostile' (the parser hangs 'a move' on the verb as object, adverbial or apposition, or on the clause's
    last noun). The act is that
    clause's, not the latest one before the sentence. None for other nouns."""
    if noun.dep_ not in SUMMING_ATTACHMENTS:
        return None
    verb, edge = noun.head, noun.left_edge
    if noun.dep_ == "appos" and verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "pobj"):
        verb = verb.head if verb.dep_ == "dobj" else verb.head.head  # (hung on the clause's last noun: 'shelled
        # the village, an attack ...' — an act noun is no apposition of a village)
    if verb.pos_ not in ("VERB", "AUX") or verb.i > noun.i or edge.i == 0 or noun.doc[edge.i - 1].text != "," or \
            edge.lower_ not in ("a", "an"):
        return None
    return verb


def naming_relative(verb: Token) -> Optional[Token]:
    """What a calling verb names when its own object is the relative gap: the antecedent of 'a move that
    rights groups called an attack' or 'the raid, which Y called an assault' (the parser may hang the
    relativizer elsewhere or leave it out: 'the arrest the opposition called a farce'), or the clause 'in what
    Y called an invasion' describes (its verb). The noun after the verb is then the label, not an act the
    verb calls ('a union that called a strike' has the relativizer for subject and is not such a clause).
    The verb itself when the clause is a free relative naming nothing outside it ('against what they called
    a rigged vote'); None when the verb is no such clause's."""
    subject = _first(verb, "nsubj")
    if subject is None or subject.lower_ in RELATIVIZERS or subject.lower_ in ("who", "whom") or \
            any(t.lower_ == "whose" for t in subject.subtree):
        return None  # ('the party whose leader called a strike': the gap is the owner)
    if any(c.lower_ in ADVERBIAL_RELATIVIZERS or (c.dep_ == "prep" and any(g.lower_ in RELATIVIZERS for g in c.children))
           for c in verb.children):
        return None  # 'the hall in which the union called a strike', 'the day when ...': the gap is not the object
    relativizer = next((c for c in verb.children if c.i < subject.i and c.lower_ in RELATIVIZERS and
                        c.dep_ in ("mark", "dobj", "nsubj", "det")), None)
    if relativizer is None and subject.left_edge.lower_ in ("what", "whatever"):
        relativizer = subject.left_edge  # ('[What critics] called an invasion': 'what' hung on the subject)
    if relativizer is not None and relativizer.lower_ in ("what", "whatever"):
        clause = verb.head
        if verb.dep_ == "pcomp" and clause.lower_ == "in" and clause.head.pos_ in ("VERB", "AUX"):
            return clause.head  # 'detained the editor in what Y called an attack': the detention
        return verb
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.ent_type_ not in (
            "DATE", "TIME") and (relativizer is not None or verb.head.i < verb.i):
        return verb.head
    return None


def participation_doer(noun: Token) -> Optional[Token]:
    """The verb whose subject took part in the act an event noun names, where the noun is the 'in' object of a
    word of taking part ('took part in the raids', 'were involved in the killing', 'had a hand in the massacre',
    'is complicit in the abuses'): that subject is the act's doer. Else None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    word = noun.head.head
    if word.lemma_lower not in PARTICIPATION_WORDS and not any(
            c.dep_ == "dobj" and c.lemma_lower in PARTICIPATION_WORDS for c in word.children):
        return None
    if word.pos_ in ("NOUN", "ADJ"):  # 'took [part in]', 'is [complicit in]'
        word = word.head if word.dep_ in ("dobj", "acomp") else word
    return word if word.pos_ in ("VERB", "AUX") else None


def participated_act(verb: Token) -> Optional[Token]:
    """The noun of the act a clause says its subject took part in ('had taken part in attacks', 'was involved
    in the bombing', 'played a role in the killing'), else None (see :func:`participation_doer`)."""
    holders = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "acomp")]
    for holder in holders:
        for prep in holder.children:
            noun = _pobj(prep) if prep.dep_ == "prep" and prep.lower_ == "in" else None
            doer = participation_doer(noun) if noun is not None else None
            if doer is not None and doer.i == verb.i:
                return noun
    return None


def _mistagged_participle(verb: Token) -> bool:
    """'The editor was taken to a station and detained': a past form conjoined to a passive, with no subject, auxiliary
    or object of its own, of an act only an institution does to someone (implicit_agents.tsv) is a participle the
    tagger read as a past tense: passive like the first, its subject the one it was done to."""
    return verb.tag_ == "VBD" and verb.lemma_lower in implicit_agents() and not any(
        c.dep_ in ("nsubj", "aux", "dobj") for c in verb.children)
