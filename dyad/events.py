"""Events: verb patterns over the dependency parse → source, target, CAMEO code (and PLOVER, Goldstein).

For each verb outside quotation marks, the verb lexicon's patterns for its lemma are tried against the
verb's complements (particle, object head, prepositions); the most specific match gives the code.
Arguments come from syntax, not word order: the subject (climbing through 'Lambasting X, Cohen said'
and 'decided to cancel' to the governing subject), the passive agent, the object or the object of a
preposition ('a meeting with Guterres', 'its diplomats from the country'), with a target never equal to
the source. Event nouns under light verbs are coded as the verb they name ('announced the
postponement of her trip to Peru' → postpone + trip). A speaker who says that another actor
committed a crime or an attack accuses that actor (PETRARCH's transformation 'a (b . ATTACK) SAY = a b
112', done on the parse).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Iterator, Optional

from spacy.tokens import Doc, Span, Token

from dyad import gazetteer
from dyad.actors import ActorIndex, TokenTable
from dyad.nlp import offsets_in_ranges
from dyad.quotes import DOCUMENT_WORDS
from dyad.modality import Modality, demand_code, threat_code
from dyad.codebooks import (CameoCode, VerbLexicon, VerbPattern, cameo_lookup, evaluations, implicit_agents, occasions,
                            plover_for)
from dyad.records import ActorRef, Event, Place, Quotation
from dyad.temporal import needs_anchor, resolve

# Verbs whose noun object names the real event: 'announced the cancellation', 'ordered the return'.
LIGHT_VERBS = {"announce", "order", "make", "carry", "conduct", "launch", "hold", "pay", "stage", "begin", "start",
               "declare", "mount", "undertake", "call", "demand", "plan", "approve", "authorize", "authorise",
               "confirm", "decide", "unveil", "initiate", "complete", "continue", "resume", "speed", "accelerate",
               "finish", "reiterate", "renew", "repeat", "restate", "voice", "express", "intensify", "step"}
# Objects that stand for the action they introduce: 'cancelling plans to visit Israel' → visit.
PLACEHOLDER_OBJECTS = {"plan", "intention", "decision", "trip", "plans", "proposal", "bid", "effort", "attempt"}
# Amounts and collectives whose 'of' complement is the real object: 'provided 25,000 tons of food aid',
# '$50,000 worth of goods', 'received a mission of observers'.
QUANTITY_OBJECTS = {"ton", "tonne", "kg", "kilogram", "pound", "barrel", "litre", "liter", "gallon", "worth",
                    "thousand", "hundred", "million", "billion", "dozen", "number", "lot", "amount", "quantity",
                    "shipment", "consignment", "batch", "load", "truckload", "planeload", "package", "convoy",
                    "supply", "wave", "round", "series", "string", "team", "mission", "contingent", "detachment",
                    "squad", "battalion", "delegation"}
# Verbs by which the subject makes a plan its own: 'Britain announced plans to fund ...' (the subject
# of the planned act is theirs); not 'abandoned/criticised plans to ...'.
PLAN_GOVERNORS = {"announce", "unveil", "confirm", "approve", "adopt", "outline", "present", "reveal", "make",
                  "have", "draw", "finalize", "finalise", "launch", "declare"}
# Heads under which a verb is not an accomplished fact.
HYPOTHETICAL_HEADS = {"threaten", "plan", "want", "intend", "consider", "vow", "pledge", "promise", "seek", "hope",
                      "propose", "offer", "aim", "try", "prepare", "wish", "expect", "may", "might", "could", "would",
                      "urge", "ask", "call", "demand", "refuse", "warn", "decline"}
# Documents that speak for whoever issues them: 'issued a declaration demanding ...' is the issuer's demand.
STATEMENT_NOUNS = {"statement", "declaration", "communique", "communiqué", "letter", "resolution", "message", "note",
                   "appeal", "memorandum", "report", "decree", "motion", "petition", "proclamation", "ultimatum"}
# Nouns of 'in ... of/to/with X' that name whom an act answers: 'in defiance of', 'in retaliation for'.
STANCE_NOUNS = {"defiance", "protest", "opposition", "retaliation", "response", "solidarity", "support",
                "reaction", "revenge", "reprisal", "violation", "contravention"}
MODALS = {"would", "could", "might", "may", "should", "must", "can"}
NEGATORS = {"not", "n't", "never", "no"}
TARGET_PREPS = ("against", "with", "to", "on", "at", "toward", "towards", "into", "from", "over", "upon", "for")
ACCUSATION_OBJECTS = {"crime": "1124", "atrocity": "1124", "genocide": "1124", "massacre": "1124",
                      "violation": "1122", "abuse": "1122", "terrorism": "112", "aggression": "1123",
                      "war": "1123", "attack": "1123", "corruption": "1121", "fraud": "1121", "espionage": "1125"}
# Verbs by which a subject is said to do what an accusation object names ('committed a crime', 'waged a war',
# 'carried out a massacre'); not 'discussed the war', 'condemned the attack', 'investigated the abuse'.
PERPETRATING_VERBS = {"commit", "perpetrate", "carry", "wage", "launch", "start", "conduct", "stage", "unleash",
                      "orchestrate", "mastermind", "instigate", "sponsor", "finance", "fund", "support", "practise",
                      "practice", "engage", "plan", "order", "mount", "declare"}
# Verdicts that rule a proposal or an act out: 'is unacceptable', 'is not an option' (with a negation).
REJECTING_PREDICATES = {"unacceptable", "inadmissible", "unthinkable", "non-negotiable", "nonnegotiable",
                        "insufficient", "inadequate", "unsatisfactory", "unworkable", "unrealistic"}
ACCEPTING_PREDICATES = {"acceptable", "option", "negotiable", "enough", "sufficient", "adequate", "satisfactory"}
# Codes whose clausal complement is wished for, not done: appeals, demands, threats ('urged that ...').
UNREALISED_ROOTS = {"02", "10", "13"}
# Verbs whose 'that' clause says what someone else should do, coded or not: 'urged that Israel withdraw'.
DEMANDING_HEADS = {"demand", "urge", "ask", "request", "insist", "appeal", "propose", "suggest", "recommend"}
CONFLICT_ROOTS = {"17", "18", "19", "20"}
# Military de-escalation (CAMEO 087x: demobilize, retreat): said in an agentless passive of the forces
# that stand down ('the guerrillas have been demobilized').
SELF_MOVING_CODES = ("0873", "0874")
# Withdrawing peacekeepers or monitors (1661, 1662) is done by whoever sent them, so an agentless passive
# of withdrawal ('peacekeepers were pulled out of the enclave') has them as source; not one of expulsion.
WITHDRAWAL_CODES = ("1661", "1662")
WITHDRAWING_VERBS = {"withdraw", "pull", "ship", "evacuate"}
# Intents, aid, cooperation and concessions: acts that can answer talks with another party.
COOPERATIVE_ROOTS = {"03", "04", "05", "06", "07", "08"}
# Future or intended acts are intents (CAMEO 03) when cooperative and threats (13) when hostile:
# 'the rebels said they will release ...' is AGREE, 'Palestinian leaders said they would boycott ...' is
# THREATEN (CAMEO manual; PLOVER codes these the same way).
FUTURE_AUX = {"will", "would", "'ll", "shall", "wo"}
INTENT_HEADS = {"vow", "pledge", "promise", "plan", "intend", "offer", "prepare", "agree", "decide", "swear",
                "willing", "prepared", "ready", "determined", "going", "expect", "commit", "committed"}
# Participles that describe their subject's resolve, not something done to it ('is committed to').
ADJECTIVAL_PASSIVES = {"committed", "determined", "resolved", "poised", "dedicated"}
# Aspectual verbs an intent reaches through: 'prepared to resume shelling', 'vowed to continue fighting'.
ASPECTUAL_VERBS = {"resume", "continue", "begin", "start", "keep", "step"}
# Heads of physical readiness: readying force is a show of force posture (CAMEO 15), not a verbal threat.
PREPARING_HEADS = {"prepare", "mass", "gear", "poise", "ready", "mobilize", "mobilise"}
INTENT_CODES = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035", "14": "133", "15": "138",
                "17": "132", "18": "138", "19": "138", "20": "138"}
THREAT_CODES_16 = {"161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136"}
# Roots of acts that an infinitive of purpose names as an aim, not a fact ('deployed troops to attack X').
PURPOSE_UNREALISED_ROOTS = {"18", "19", "20"}  # not 17: 'fired tear gas to disperse them' mostly did
WEAPON_SUBJECTS = {"explosion", "blast", "bomb", "mine", "shell", "rocket", "missile", "fire", "violence", "clash",
                   "fighting", "car", "device", "grenade", "minefield", "shelling", "gunfire", "airstrike"}
# Unnamed victims of violence with no named perpetrator: the article's main state on both sides.
VICTIM_NOUNS = {"people", "person", "civilian", "resident", "villager", "protester", "demonstrator", "child",
                "woman", "man", "student", "worker", "passenger", "pilgrim", "worshipper", "youth", "teenager",
                "boy", "girl", "farmer", "shepherd", "tourist", "family", "bystander", "shopper", "motorist"}
# Those an implicit institution acts on ('four men were deported'), when the text names no actor among them.
DETAINEE_NOUNS = {"activist", "journalist", "suspect", "dissident", "migrant", "refugee", "member", "supporter",
                  "leader", "official", "reporter", "blogger", "lawyer", "opponent", "critic", "militant"}
# Unnamed people who act as a body: 'thousands of people filled the squares of Lima'.
CROWD_NOUNS = VICTIM_NOUNS | {"crowd", "mob", "throng", "marcher", "youngster", "local", "citizen"}
# A refused cooperative act is a rejection (CAMEO 12): 'will not accept refugees', 'declined to resign',
# 'failed to reach agreement'. By the root of the refused act.
REFUSAL_CODES = {"03": "120", "04": "125", "05": "120", "057": "127", "06": "121", "07": "121", "08": "124"}
REFUSING_HEADS = {"refuse", "decline", "fail", "reject", "rule"}
# Verbs that name what their object is: 'called the sanctions illegal', 'described the report as biased'.
CALLING_VERBS = {"call", "brand", "label", "term", "dub", "deem", "describe"}
# Verbs that give their object a predicate with 'as': 'described the offer as constructive', 'regarded the
# move as a provocation', 'hailed the accord as a breakthrough', 'denounced the vote as a farce'.
AS_LABELLING_VERBS = CALLING_VERBS | {"characterize", "characterise", "portray", "depict", "regard", "view",
                                      "see", "consider", "treat", "hail", "denounce", "condemn", "dismiss",
                                      "criticize", "criticise", "praise", "welcome", "reject", "slam"}
# Prepositions that introduce what a feeling is about: 'appalled by', 'outraged at', 'angry over', 'pleased with'.
STIMULUS_PREPS = {"by", "at", "over", "with", "about"}
# Nouns whose 'of' phrase names who suffers, not who acts: 'the death of the journalist was shocking'.
PATIENT_NOUNS = {"death", "loss", "plight", "fate", "suffering", "treatment"}
# Pronouns that stand for no actor in a judgement: 'it was unacceptable that ...', 'this is absurd'.
EMPTY_PRONOUNS = {"it", "this", "that", "which", "what", "there"}
LOCATION_PREPS = {"in", "at", "near", "outside", "inside", "across", "throughout"}



def _predicate_classes() -> dict[str, dict[str, tuple[str, str]]]:
    """``dyad/data/predicates.tsv`` by role: word → (code, preposition)."""
    from dyad.codebooks import data_path
    classes: dict[str, dict[str, tuple[str, str]]] = {}
    header: list[str] = []
    for line in data_path("predicates.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header:
            header = cells
            continue
        row = dict(zip(header, cells + [""] * (len(header) - len(cells))))
        classes.setdefault(row["role"], {})[row["word"].strip().lower()] = (row["code"].strip(), row["prep"].strip())
    return classes


_CLASSES = _predicate_classes()
LIGHT_VERBS |= set(_CLASSES.get("light", {}))
INTENT_HEADS |= set(_CLASSES.get("intent", {}))
# Aspectual and existential verbs whose event-noun subject is the event: 'the shelling of the port continued'.
FRAME_VERBS = set(_CLASSES.get("frame", {}))
# Adjectives whose 'to' complement is refused: 'is unwilling to compromise' (CAMEO 12).
REFUSING_ADJECTIVES = set(_CLASSES.get("refusal", {}))
# Adjectives and participles that code themselves: 'opposed to the plan' (110), their preposition's object the target.
STANCE_PREDICATES = _CLASSES.get("stance", {})
ADJECTIVAL_PASSIVES |= set(STANCE_PREDICATES)

@dataclass
class _Predicate:
    token: Token  # the verb (or event noun) carrying the code
    pattern: VerbPattern
    anchor: Token  # the verb whose clause gives the subject (== token unless nominal)
    obj: Optional[Token]


class _Tok:
    """One token of the Doc being coded, its attributes read once per Doc (see :func:`_tokens`). spaCy
    builds a new Token on every ``doc[i]``, ``.head`` and ``.children`` and looks its strings up on every
    access, and the coder asks ~30 times per token; this stands in for the Token everywhere in this module
    and in the ActorIndex methods it calls (which read the same attributes)."""

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


def _home(ref: ActorRef) -> Optional[str]:
    """Where an actor belongs: its state, or for international bodies the family ('IGO'), so that the UN's
    own inspectors are its people ('Annan will withdraw weapons inspectors from Iraq' → Iraq)."""
    if ref.country:
        return ref.country
    return ref.code[:3] if ref.code and ref.code[:3] in ("IGO", "NGO") else None


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


class EventCoder:
    """Codes the events of one Doc; see :func:`events`."""

    def __init__(self, doc: Doc, index: ActorIndex, lexicon: VerbLexicon, *, published: Optional[dt.date],
                 quoted: list[tuple[int, int]], article_id: str, attributions: dict[int, Optional[str]],
                 quotations: Optional[list[Quotation]] = None, text: Optional[str] = None):
        self.doc, self.index, self.lexicon = doc, index, lexicon
        self.published, self.quoted, self.article_id = published, quoted, article_id
        self.tokens = _tokens(doc, index.tokens)
        self.text = index.tokens.doc_text if text is None else text
        self._conjuncts_memo: dict[int, list[ActorRef]] = {}
        self._dates_memo: dict[int, list[tuple[Span, list[_Tok], str]]] = {}
        self._places_memo: dict[int, list[tuple[int, Place]]] = {}
        self._mention_memo: dict[tuple[bool, int, int], set[int]] = {}
        self._sentence_ents: dict[int, list[Span]] = {}
        for ent in doc.ents:  # Span.ents scans the whole Doc on each call: group them once
            self._sentence_ents.setdefault(self.tokens[ent.start].sent.start, []).append(ent)
        self.attributions = attributions
        self.quotations = quotations or []
        # asked ~2 times per token: answered once per token
        self._quoted_tokens = offsets_in_ranges(index.tokens.idx, quoted)
        self._actor_below = self._actor_ancestors()
        self._match_memo: dict[tuple, Optional[tuple[VerbPattern, Optional[Token]]]] = {}
        self.modality = Modality()
        self._root_defaults: dict[str, Optional[VerbPattern]] = {}

    def _at(self, token: Token) -> Optional[ActorRef]:
        return self.index.at(token)

    def _conjuncts(self, token: Token) -> list[ActorRef]:
        """``index.conjuncts``, once per token (a new list each time: callers may extend it). The index
        finds actors only among the descendants of the first of the token's conjuncts: where none is an
        actor's, there are none."""
        found = self._conjuncts_memo.get(token.i)
        if found is None:
            start = token
            while start.dep_ == "conj" and start.head is not start:
                start = start.head
            found = self.index.conjuncts(token) if start.i in self._actor_below else []
            self._conjuncts_memo[token.i] = found
        return list(found)

    def _actor_ancestors(self) -> set[int]:
        """Tokens with an actor's mention among themselves and their descendants."""
        found: set[int] = set()
        for i in self.index.by_token:
            token = self.tokens[i]
            while token.i not in found:
                found.add(token.i)
                if token.head is token:
                    break
                token = token.head
        return found

    def _text(self, span: Span) -> str:
        """``span.text``, cut from the Doc's text (Span.text joins its tokens anew on each call)."""
        return self.text[span.start_char:span.end_char]

    def inside(self, token: Token) -> bool:
        return self._quoted_tokens[token.i]

    # ------------------------------------------------------------------ pattern matching
    def object_of(self, verb: Token, pattern: Optional[VerbPattern] = None) -> Optional[Token]:
        """The verb's object: dobj, passive subject, or the object of its particle-preposition."""
        if pattern is not None and pattern.particle:
            for prep in _children(verb, "prep", "prt"):
                if prep.lower_ == pattern.particle:
                    pobj = _first(prep, "pobj")
                    if pobj is not None:
                        return pobj
        obj = _first(verb, "dobj") or _first(verb, "nsubjpass") or _first(verb, "attr") or self._shared_object(verb)
        if obj is None:
            for prep in _children(verb, "prep"):  # 'walked out of talks' → talks
                pobj = _first(prep, "pobj")
                if pobj is not None and pobj.pos_ == "NOUN":
                    return pobj
        return obj

    @staticmethod
    def _shared_object(verb: Token) -> Optional[Token]:
        """The object a verb shares with the verb conjoined after it: in 'donated and delivered goods to
        the school' and 'condemned and rejected the raid', 'goods' and 'the raid' are objects of both."""
        for conj in _children(verb, "conj"):
            if conj.pos_ == "VERB" and conj.i > verb.i and _first(conj, "nsubj", "nsubjpass") is None:
                shared = _first(conj, "dobj")
                if shared is not None:
                    return shared
        return None

    @staticmethod
    def _object_words(obj: Token) -> set[str]:
        """Lemmas an object can match: its head, compounds ('arms sales'), adjectives ('diplomatic ties',
        which PETRARCH's '- * DIPLOMATIC' names), or the action of a placeholder."""
        if obj.lemma_lower in QUANTITY_OBJECTS:
            of = next((_first(c, "pobj") for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if of is not None:
                obj = of
        words = {obj.lemma_lower, obj.lower_}
        words |= {c.lemma_lower for c in obj.children if c.dep_ in ("compound", "amod")}
        words |= EventCoder._second_object_words(obj)
        if obj.lemma_lower in PLACEHOLDER_OBJECTS:
            for child in obj.children:
                if child.dep_ in ("acl", "relcl", "xcomp"):
                    words.add(child.lemma_lower)
                if child.dep_ == "prep" and child.lower_ in ("for", "of"):
                    pobj = _first(child, "pobj")
                    if pobj is not None:
                        words.add(pobj.lemma_lower)
        return words

    @staticmethod
    def _second_object_words(obj: Token) -> set[str]:
        """The second object of a double-object verb that the parser hung on the first as an apposition
        without a comma: 'sends the Bolivian people fraternal greetings' → greetings (the people are
        the recipient, found as the target)."""
        return {c.lemma_lower for c in obj.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                and obj.dep_ == "dobj" and c.i > obj.i and not any(t.text == "," for t in obj._all[obj.i:c.i])}

    def _preps(self, verb: Token, obj: Optional[Token]) -> list[Token]:
        found = _children(verb, "prep", "dative")
        if obj is not None:
            found += _children(obj, "prep")
        return found

    def match(self, verb: Token, lemma: Optional[str] = None, obj: Optional[Token] = None,
              nominal: bool = False) -> Optional[tuple[VerbPattern, Optional[Token]]]:
        """The verb's most specific pattern and its object; asked again for the same verb by later rules,
        answered once."""
        key = (verb.i, lemma, obj.i if obj is not None else -1, nominal)
        if key not in self._match_memo:
            self._match_memo[key] = self._match(verb, lemma, obj, nominal)
        return self._match_memo[key]

    def _match(self, verb: Token, lemma: Optional[str], obj: Optional[Token],
               nominal: bool) -> Optional[tuple[VerbPattern, Optional[Token]]]:
        lemma = lemma or self.lemma(verb)
        best: Optional[tuple[int, VerbPattern, Optional[Token]]] = None
        patterns = self.lexicon.for_lemma(lemma)
        if not patterns:
            return None
        particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep")}
        # A frequent verb has dozens of patterns: its object, the object's words and the prepositions
        # depend only on the pattern's particle, so they are found once per particle; the verb's
        # complement words once per verb.
        complement = set() if nominal else self._complement_words(verb)
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
                    words[key] = self._object_words(candidate)
                if (candidate is None or not (words[key] & pattern.objects)) and not (complement & pattern.objects):
                    continue
            if pattern.prep:
                if key not in preps_of:
                    preps_of[key] = self._preps(verb, candidate)
                preps = [p for p in preps_of[key] if p.lower_ == pattern.prep]
                if not preps:
                    continue
                if pattern.prep_objects and not any(
                        (_first(p, "pobj") is not None and _first(p, "pobj").lemma_lower in pattern.prep_objects)
                        for p in preps):
                    continue
            score = pattern.specificity
            if best is None or score > best[0]:
                best = (score, pattern, candidate)
        if best is None and not nominal:
            general = self._root_default(lemma, patterns)
            if general is not None and not any(c.dep_ in ("prt", "ccomp", "xcomp") for c in verb.children) and \
                    any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children) and \
                    not particles & {p.particle for p in patterns if p.particle}:  # 'gave in' is no 'give'
                patient = self.object_of(verb, general)
                if patient is not None and (patient.lemma_lower in CROWD_NOUNS or self._conjuncts(patient)):
                    return general, patient  # force on people: 'tortured detainees', not 'advanced reforms'
        return (best[1], best[2]) if best else None

    def _root_default(self, lemma: str, patterns: list[VerbPattern]) -> Optional[VerbPattern]:
        """A verb whose object matches none of its patterns, all of one CAMEO root ('tortured the
        detainees' where only 'torture + prisoner' is listed): the root's most general code. Only for force
        (roots 17-20) done to people or actors; other roots' verbs, and force verbs with other objects
        ('advancing reforms', 'hanging flags'), mean other things (tried on all roots: news precision
        0.703 → 0.667)."""
        if lemma not in self._root_defaults:
            roots = {p.code[:2] for p in patterns}
            general = None
            if len(roots) == 1 and roots <= CONFLICT_ROOTS and \
                    not any(p.target == "reverse" or p.compound for p in patterns):
                general = VerbPattern(code=next(iter(roots)) + "0", verb=lemma)
            self._root_defaults[lemma] = general
        return self._root_defaults[lemma]

    @staticmethod
    def _complement_words(verb: Token) -> set[str]:
        """Words of the verb's predicative complement, which a pattern's object word may name: 'believed
        linked to Al-Qaeda' (PETRARCH's '- * LINKED'), 'was found guilty'."""
        return {w for c in verb.children if c.dep_ in ("xcomp", "oprd", "acomp") for w in (c.lower_, c.lemma_lower)}

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
        if not self.lexicon.for_lemma(lemma):
            written = verb.lower_
            stems = (written[:-2], written[:-1]) if written.endswith("ed") else ()
            for guess in (lemma + "e", written, *stems):
                if self.lexicon.for_lemma(guess):
                    return guess
        return lemma

    def nominal(self, noun: Token) -> Optional[tuple[VerbPattern, Optional[Token]]]:
        """An event noun coded as its verb: the object is its 'of' complement ('return of diplomats')."""
        verb_lemma = self.lexicon.nominals.get(noun.lemma_lower)
        if not verb_lemma:
            return None
        obj = None
        for prep in _children(noun, "prep"):
            if prep.lower_ == "of":
                obj = _first(prep, "pobj")
        return self.match(noun, verb_lemma, obj, nominal=True)

    # ------------------------------------------------------------------ arguments
    def subject(self, verb: Token) -> Optional[Token]:
        """The subject phrase head, climbing through non-finite and conjoined clauses."""
        current = verb
        for step in range(4):
            if _is_passive(current) and current.lower_ in ADJECTIVAL_PASSIVES and _first(current, "agent") is None:
                return _first(current, "nsubjpass")  # 'Vietnam is committed to opening up': a state, not an act
            if _is_passive(current):
                if step and previous.dep_ == "conj" and not _is_passive(previous) and \
                        (previous.tag_ != "VBN" or any(c.dep_ == "aux" for c in previous.children)):
                    # 'The minister has been indicted by the court and will resign': the active conjunct
                    # shares the passive subject, not the agent ('were killed or injured' stays passive).
                    return _first(current, "nsubjpass")
                agent = _first(current, "agent")
                pobj = _first(agent, "pobj") if agent is not None else None
                return pobj
            subj = self._subject_child(current)
            if subj is not None:
                if subj.lower_ in ("who", "which", "that") and current.dep_ == "relcl":
                    return current.head
                return _phrase_head(subj)
            fragment = _fragment_subject(current)
            if fragment is not None:
                return fragment
            if current.dep_ in ("xcomp", "advcl", "conj", "acl", "pcomp", "ccomp") and current.head.i != current.i:
                if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN"):
                    document = current.head
                    governor = self._placeholder_governor(document)
                    if governor is not None:  # 'announced plans to join': the planner acts
                        previous, current = current, governor
                        continue
                    if document.lemma_lower not in STATEMENT_NOUNS or document.dep_ not in ("dobj", "nsubjpass"):
                        # 'rebels fighting to topple his government': an active participle's noun acts
                        return document if current.tag_ == "VBG" else None
                    current = document  # 'issued a declaration demanding ...': climb to 'issued'
                    if current.head.i == current.i:
                        return None
                previous, current = current, current.head
                if current.dep_ in ("acomp", "prep") and current.pos_ in ("ADJ", "ADP", "ADV"):
                    current = current.head  # 'Arnor is about to restore ...', 'is ready to meet ...'
                if current.pos_ not in ("VERB", "AUX"):
                    return None
            else:
                return None
        return None

    def _subject_child(self, verb: Token) -> Optional[Token]:
        """The verb's subject; of two (an apposition the parser splits: 'Old rivals Chile and Bolivia
        have restored ties'), the one that names an actor; with none, an actor the parser hangs before
        the verb as its compound."""
        subjects = _children(verb, "nsubj", "csubj")
        if len(subjects) > 1:
            named = [s for s in subjects if self._conjuncts(s)]
            if named:
                return named[0]
        if not subjects:  # 'Ethiopia act on a resolution': a subject misread as a compound of the verb
            subjects = [c for c in _children(verb, "compound") if c.i < verb.i and self._conjuncts(c)]
        return subjects[0] if subjects else None

    def sources(self, predicate: _Predicate) -> list[ActorRef]:
        token = predicate.token
        if token.pos_ == "NOUN":  # nominal: 'Israel's attack', 'attacks by Hamas', 'the Israeli offensive'
            own = [c for c in token.children if c.dep_ in ("poss", "amod", "compound")
                   or (c.dep_ == "prep" and c.lower_ == "by")]
            if token.dep_ == "nsubj" and token.head.lemma_lower in FRAME_VERBS:
                # 'clashes between the army and the rebels erupted': both sides act on each other
                own += [c for c in token.children if c.dep_ == "prep" and c.lower_ == "between"]
            for child in own:
                target = child if child.dep_ != "prep" else _first(child, "pobj")
                if target is not None:
                    refs = self._conjuncts(target)
                    if refs:
                        return refs
            if token.i == predicate.anchor.i:
                return []
        subj = self.subject(predicate.anchor)
        if subj is None:
            return []
        return self._conjuncts(subj) or self.document_issuer(subj)

    def targets(self, predicate: _Predicate, sources: list[ActorRef]) -> list[ActorRef]:
        if predicate.pattern.target == "none":
            return []
        source_ids = {s.actor_id for s in sources}
        if predicate.pattern.target == "after-prep-object":
            return self._actor_after_prep_object(predicate, source_ids)
        if predicate.pattern.target == "direct-object":  # 'ordered the ambassador to appear', not 'patrols by police'
            direct = _first(predicate.token, "dobj", "dative")
            named = [self._at(t) for t in ([direct, *direct.conjuncts] if direct is not None else [])]
            return [r for r in named if r is not None and r.actor_id not in source_ids]
        ordered: list[Token] = []
        pattern, verb, obj = predicate.pattern, predicate.token, predicate.obj
        if obj is not None and pattern.code[:2] in ("09", "11"):
            # 'examining abuses by Bolivian militias against Peruvian traders': the suspects are the
            # target, even when they are the investigator's own people
            for prep in _children(obj, "prep"):
                suspects = _first(prep, "pobj") if prep.lower_ == "by" else None
                refs = [r for r in self._conjuncts(suspects) if r.actor_id not in source_ids] if suspects else []
                if refs:
                    return refs
        preps = self._preps(verb, obj) if verb.pos_ in ("VERB", "AUX") else _children(verb, "prep") + (
            _children(obj, "prep") if obj is not None else [])
        if verb.pos_ == "NOUN" and predicate.anchor.i != verb.i and predicate.anchor.pos_ == "VERB" \
                and verb.dep_ == "dobj" and verb.head.i == predicate.anchor.i:
            # 'gave support to the opposition': the light verb holds the event noun's preposition
            preps += [p for p in _children(predicate.anchor, "prep", "dative") if p.lower_ in TARGET_PREPS]
        if obj is not None and obj.head.dep_ == "conj" and obj.head.head.i == verb.i:
            preps += _children(obj.head, "prep")  # 'donated and brought medicine to Haiti': shared with the object
        if pattern.prep:
            ordered += [_pobj(p) for p in preps if p.lower_ == pattern.prep]
        dative = _first(verb, "dative")
        if dative is not None:
            ordered.append(_first(dative, "pobj") or dative)
        owned = obj is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)
        if obj is not None:
            if not owned:
                ordered.append(obj)
            else:
                # 'closed their embassies in Yemen', 'withdrew its envoys from the capital': the
                # source's own people or property are what is acted on, not the target; look at where.
                ordered += [_first(p, "pobj") for p in _children(obj, "prep")]  # searched deeper below
                ordered += [_first(p, "pobj") for p in _children(verb, "prep") if p.lower_ == "in"]
            for child in obj.children:  # 'plans to visit Israel' → Israel
                if child.dep_ in ("acl", "xcomp", "relcl"):
                    ordered.append(_first(child, "dobj"))
                    ordered += [_first(p, "pobj") for p in _children(child, "prep") if p.lower_ in TARGET_PREPS]
        for prep in preps:
            stance = _first(prep, "pobj") if prep.lower_ == "in" else None
            if stance is not None and stance.lemma_lower in STANCE_NOUNS:  # 'in defiance of Chinese authorities'
                ordered += [_first(p, "pobj") for p in _children(stance, "prep")]
            if prep.lower_ in TARGET_PREPS:
                pobj = _pobj(prep)
                ordered.append(pobj)
                if pobj is not None and pobj.lemma_lower in self.lexicon.nominals:  # 'visit to Israel'
                    ordered += [_first(p, "pobj") for p in _children(pobj, "prep") if p.lower_ in TARGET_PREPS]
        for clause in _children(verb, "xcomp", "ccomp") + self._aimed_purpose_clauses(verb):  # 'threatened to attack Israel'
            if clause.dep_ == "ccomp" and clause.i < verb.i:
                continue  # '..., officials said': a report before its cue names no target of the saying
            if clause.dep_ == "ccomp" and pattern.code[:2] in ("02", "10", "11", "12"):
                ordered.append(_first(clause, "nsubj"))  # 'demanded that the US cancel ...' → the US
            ordered.append(_first(clause, "dobj"))
            ordered += [_first(p, "pobj") for p in _children(clause, "prep") if p.lower_ in TARGET_PREPS]
            if not ordered or all(t is None for t in ordered):
                ordered.append(_first(clause, "nsubj"))
        if pattern.code[:2] == "14":  # 'began a hunger strike to protest President Assad's failure' → Assad
            for clause in self._purpose_clauses(verb):
                ordered.append(_first(clause, "dobj"))
                ordered += [_first(p, "pobj") for p in _children(clause, "prep") if p.lower_ in TARGET_PREPS]
        if pattern.code[:2] == "13":  # 'threatened to stop talks if the United States goes ahead' → the US
            ordered += self._condition_subjects(verb)
        if pattern.code[:3] in ("081", "172") or pattern.code[:2] == "09":
            # 'lifted a curfew in Montenegro': the people it bound; 'sent inspectors to a plant in Iran'
            ordered += [_first(p, "pobj") for p in preps if p.lower_ == "in"]
        if pattern.code[:2] == "04":  # 'a mediation effort between the Emirates and Saudi Arabia': the parties
            ordered += [_first(p, "pobj") for p in preps if p.lower_ == "between"]
        if pattern.code[:2] in COOPERATIVE_ROOTS:
            ordered += self._negotiating_partners(preps)
        candidates: list[list[ActorRef]] = []
        if obj is None:  # 'warned of the Duke of Westmark': with no object, what the act is about
            ordered += [_first(p, "pobj") for p in _children(verb, "prep") if p.lower_ == "of"]
        for token in self._deepen([t for t in ordered if t is not None]):
            refs = [r for r in self._conjuncts(token) if r.actor_id not in source_ids]
            if refs:
                candidates.append(refs)
        # 'Chile withdrew its envoys from the capital': an actor of the source's own country is the
        # target only when no other actor is named ('Chilean police detained Chilean miners').
        source_countries = {_home(s) for s in sources if _home(s)}
        for refs in candidates:  # an unknown ('UNK': 'Sivas') is no other actor
            if not any(_home(r) in source_countries for r in refs) and any(r.code != "UNK" for r in refs):
                return refs
        return candidates[0] if candidates else []

    def _actor_after_prep_object(self, predicate: _Predicate, source_ids: set[str]) -> list[ActorRef]:
        """PETRARCH's '- * AT ^ +': the preposition's own object only sets the scene ('warned at the
        summit of the rebels'); the target is the first other actor the verb's phrase names after it."""
        verb = predicate.token
        for prep in self._preps(verb, predicate.obj):
            pobj = _pobj(prep) if prep.lower_ == predicate.pattern.prep else None
            if pobj is None:
                continue
            scene = self._at(pobj)
            for token in verb.subtree:
                head = token
                while head.dep_ in ("poss", "compound", "amod", "nmod") and head.head.i > pobj.i:
                    head = head.head  # 'Peru's generals': the phrase's actor, not its possessor
                ref = (self._at(head) or self._at(token)) if token.i > pobj.i else None
                if ref is not None and ref.actor_id not in source_ids and \
                        (scene is None or ref.actor_id != scene.actor_id):
                    return [ref]
        return []

    def _aimed_purpose_clauses(self, verb: Token) -> list[Token]:
        """'Farmers closed a highway to voice their anger at Brazil': an infinitive of
        purpose names whom the act is aimed at, unless it is an event of its own ('visited the capital to
        discuss security with President Saleh': the talks have their own target)."""
        return [c for c in self._purpose_clauses(verb) if c.i > verb.i and self.match(c) is None]

    def _negotiating_partners(self, preps: list[Token]) -> list[Token]:
        """Whom a cooperative act answers when it follows talks: 'called off the strike after talks with
        the government', 'following negotiations with the rebels' → the other party of the talks."""
        found = []
        for prep in preps:
            talks = _first(prep, "pobj") if prep.lower_ in ("after", "following") else None
            hit = self.nominal(talks) if talks is not None else None
            if hit and hit[0].code[:2] == "04":
                found += [_first(p, "pobj") for p in _children(talks, "prep") if p.lower_ == "with"]
        return found

    @staticmethod
    def _purpose_clauses(verb: Token) -> list[Token]:
        """The verb's 'to ...' clauses of purpose ('rallied to demand reforms')."""
        return [c for c in _children(verb, "advcl") if c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]

    @staticmethod
    def _condition_subjects(verb: Token) -> list[Token]:
        """Subjects of the 'if'/'unless' clauses of a threat and of its complement: whom it is meant to deter."""
        found = []
        for clause in [verb, *_children(verb, "xcomp", "ccomp")]:
            for cond in _children(clause, "advcl"):
                if any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in cond.children):
                    found.append(_first(cond, "nsubj"))
        return found

    @staticmethod
    def _deepen(tokens: list[Token], depth: int = 3) -> list[Token]:
        """The tokens, then the objects of prepositions inside their phrases, breadth first:
        'a resumption of formal ties with Osgiliath', 'the closure of guest houses in Bree'."""
        found, layer = list(tokens), list(tokens)
        for _ in range(depth):
            following = []
            for token in layer:
                for child in token.children:
                    if child.dep_ == "prep":
                        following += [g for g in child.children if g.dep_ == "pobj"]
                    elif child.dep_ in ("acl", "relcl") and child.pos_ == "VERB":  # 'roads leading into Mordor',
                        following += [g for p in child.children if p.dep_ in ("prep", "agent") for g in p.children
                                      if g.dep_ == "pobj"]  # 'the demonstration staged by students'

                    elif child.dep_ == "advmod":  # 'very near the frontier with Chile'
                        following += [g for p in child.children if p.dep_ == "prep" for g in p.children
                                      if g.dep_ == "pobj"]
            following = [t for t in following if t not in found]
            found += following
            layer = following
        return found

    # ------------------------------------------------------------------ flags, dates, places
    def negated(self, verb: Token) -> bool:
        if any(c.dep_ == "neg" or c.lower_ in NEGATORS for c in verb.children) or self._no_longer(verb):
            return True
        head = verb.head
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "of":
            head = head.head  # 'has no intention of attacking'
        if verb.dep_ in ("acl", "pcomp") and head.lemma_lower in PLACEHOLDER_OBJECTS | {"intention", "desire", "wish"} \
                and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
            return True  # 'said it had no plans to expel ...'
        return verb.dep_ == "xcomp" and head.lemma_lower in ("refuse", "fail", "decline", "deny")

    def hypothetical(self, verb: Token) -> bool:
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
            return True
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
            return True
        if verb.dep_ == "ccomp" and _indicative(verb, future=False):
            return False  # 'warned that troops had shelled ...': a past or present fact, not a prospect
        return verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_lower in HYPOTHETICAL_HEADS

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

    def location(self, sent: Span, used: set[int]) -> Optional[Place]:
        """The place the sentence sets the event in: a named place governed by 'in', 'at', 'near' ...,
        directly or through a place noun ('near the town of Samarra', 'in Bam, Iran'). A capital that is
        also an actor ('in Baghdad') is still a place here, the target's included ('lifted the curfew in
        Montenegro'). ``used``: tokens of the event's source."""
        return next((place for start, place in self._places(sent) if start not in used), None)

    def _places(self, sent: Span) -> list[tuple[int, Place]]:
        """(first token, place) of each located place name in the sentence, in order: found once per
        sentence; :meth:`location` takes the first not in the source's mention."""
        found = self._places_memo.get(sent.start)
        if found is not None:
            return found
        found = self._places_memo[sent.start] = []
        for ent in self._sentence_ents.get(sent.start, ()):
            if ent.label_ not in ("GPE", "LOC", "FAC", "NORP") or self.inside(self.tokens[ent.start]):
                continue
            if not self._located(self.tokens[ent.root.i]):
                continue
            name = self._text(ent)
            place = gazetteer.city(name)
            country = gazetteer.country_code(name) if ent.label_ != "NORP" else None  # NER calls some towns NORP
            if place is not None and country is not None and place.country != country:
                place = None  # 'in Montenegro' is the state, not the Brazilian town of that name
            if place is not None:
                found.append((ent.start, Place(name=name, country=place.country, latitude=place.latitude,
                                               longitude=place.longitude, start_char=ent.start_char,
                                               end_char=ent.end_char)))
            elif country is not None:
                found.append((ent.start, Place(name=name, country=country, start_char=ent.start_char,
                                               end_char=ent.end_char)))
        return found

    def place_state(self, sent: Span) -> Optional[ActorRef]:
        """The state of the place the sentence sets its event in ('A bomb near Samarra killed ...' →
        Iraq), as an actor: where violence with no named perpetrator is placed."""
        place = self.location(sent, set())
        if place is None or not place.country:
            return None
        main = self.index.main_country_ref()
        if main is not None and main.country == place.country:
            return main
        return ActorRef(actor_id=None, name=place.name, code=place.country, country=place.country,
                        start_char=place.start_char, end_char=place.end_char)

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

    # ------------------------------------------------------------------ predicates
    def predicates(self, sent: Span) -> Iterator[_Predicate]:
        consumed: set[int] = set()
        for token in _in(sent, self.tokens):
            if token.pos_ == "VERB" and token.lemma_lower in LIGHT_VERBS:
                consumed.update(c.i for c in token.children if c.dep_ in ("dobj", "nsubjpass"))
        for token in _in(sent, self.tokens):
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
            if token.pos_ != "VERB" or self.inside(token):
                continue
            lemma = token.lemma_lower
            nominal_done = False
            direct = self.match(token)
            if lemma in LIGHT_VERBS and not (direct and direct[0].objects) and not self._labels_object(token) and \
                    not any(c.dep_ == "dative" and c.pos_ != "ADP" for c in token.children):
                # not with an indirect object: 'gave them a veto' hands the act to them
                # the verb's own pattern for this object wins: 'staged a hunger strike', 'called off the strike'
                obj = _first(token, "dobj") or _first(token, "nsubjpass")
                if obj is not None and obj.lemma_lower in self.lexicon.nominals:
                    hit = self.nominal(obj)
                    if hit:
                        nominal_done = True
                        yield _Predicate(obj, hit[0], token, hit[1])
            if not nominal_done and direct:
                yield _Predicate(token, direct[0], token, direct[1])

    @staticmethod
    def _labels_object(verb: Token) -> bool:
        """'called the sanctions a provocation', 'described the visit as a mistake': the verb says what its
        object is (an evaluation), it does not carry out the act its object names."""
        return verb.lemma_lower in AS_LABELLING_VERBS and any(
            c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children)

    def crowd_source(self, sent: Span, verb: Token) -> list[ActorRef]:
        """Unnamed people acting where the sentence places them ('Tens of thousands of people filled
        the squares of Lima', 'Thousands marched in Accra'): that state's civilians."""
        subject = self.subject(verb)
        if subject is None or subject.pos_ not in ("NOUN", "NUM"):
            return []
        lemma = subject.lemma_lower
        if lemma in QUANTITY_OBJECTS:
            of = next((_first(c, "pobj") for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            lemma = of.lemma_lower if of is not None else "people"
            if of is not None and of.lemma_lower in QUANTITY_OBJECTS:  # 'hundreds of thousands of people'
                deeper = next((_first(c, "pobj") for c in of.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                lemma = deeper.lemma_lower if deeper is not None else "people"
        if lemma not in CROWD_NOUNS:
            return []
        home = self.place_state(sent)
        if home is None:
            return []
        return [home.model_copy(update={"code": home.country + "CVL", "sector": "CVL", "actor_id": None,
                                        "name": subject.text})]

    def self_movers(self, verb: Token) -> list[ActorRef]:
        """The forces an agentless passive of retreat moves: in 'a third of the guerrillas have been
        demobilized' and 'the troops were withdrawn' they are the ones who stand down."""
        if not _is_passive(verb) or _first(verb, "agent") is not None:
            return []
        moved = _first(verb, "nsubjpass")
        return self._conjuncts(moved) if moved is not None else []

    def _unnamed_perpetrator(self, verb: Token) -> bool:
        """No one is named as doing it: a passive with no agent ('were killed', 'after being arrested') or
        a weapon or event as subject ('A roadside bombing killed ...')."""
        subject = self.subject(verb)
        if subject is None:
            return True
        lemma = subject.lemma_lower
        return lemma in WEAPON_SUBJECTS or lemma in self.lexicon.nominals

    def implicit_agent(self, sent: Span, predicate: _Predicate) -> Optional[ActorRef]:
        """The institution an agentless passive implies (``implicit_agents.tsv``: 'were arrested' → police,
        'was sentenced' → judiciary, 'were deported' → government), of the state where it happened: the
        sentence's place, else the article's main state, else the state of those it was done to (foreigners
        are arrested abroad as often as at home: the victims' state comes last)."""
        anchor = predicate.anchor
        if anchor.pos_ != "VERB" or _first(anchor, "agent") is not None:
            return None
        passive = _is_passive(anchor) or (anchor.tag_ == "VBN" and (
            anchor.dep_ == "acl" or (anchor.dep_ == "conj" and _is_passive(anchor.head)
                                     and _first(anchor.head, "agent") is None)))
        if not passive:  # 'seven men arrested on Friday', 'were beaten and detained'
            return None
        agent = implicit_agents().get(self.lemma(anchor))
        if agent is None or predicate.pattern.code[:2] not in agent.roots:
            return None
        place = self.place_state(sent) or self.index.main_country_ref()
        country = place.country if place is not None else None
        if country is None:  # 'two Americans were detained' in an article that names no state of its own
            victim = predicate.obj or _first(anchor, "nsubjpass")
            country = next((r.country for r in (self._conjuncts(victim) if victim is not None else [])
                            if r.country), None)
        if country is None:
            return None
        return ActorRef(actor_id=None, name=agent.name, code=country + agent.sector, country=country,
                        sector=agent.sector, start_char=anchor.idx, end_char=anchor.idx)

    def placed_sides(self, sent: Span, event: Event) -> Event:
        """A protest, show of force or use of force (roots 14-20) whose two sides are known only by their
        sectors ('police fought the protesters', no state named before) takes the state of the place the
        sentence names ('in Kisumu') for both."""
        if event.target is None or event.cameo_root < "14" or \
                not (_anonymous(event.source) and _anonymous(event.target)):
            return event  # 'the minister met the ambassador in Lima': a meeting's place is no side's state
        place = self.place_state(sent)
        if place is None:
            return event
        sides = {}
        for side, ref in (("source", event.source), ("target", event.target)):
            sector = ref.sector or (ref.code if ref.code != "UNK" else "")
            sides[side] = ref.model_copy(update={"country": place.country, "code": place.country + sector})
        return event.model_copy(update=sides)

    def state_ref(self, country: str) -> ActorRef:
        """A state as an actor: the article's main state's record where it is that state."""
        main = self.index.main_country_ref()
        if main is not None and main.country == country:
            return main
        return ActorRef(actor_id=None, name=country, code=country, country=country, start_char=0, end_char=0)

    @staticmethod
    def _attributes_report(verb: Token) -> bool:
        """'..., a senior official said on Saturday': a verb after the clause it reports only attributes
        it; the article's main state is no implicit target of the saying."""
        return any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)

    def implicit_target(self, source: ActorRef, root: str) -> list[ActorRef]:
        """The article's main state as the target the text leaves implicit ('The Swiss Foreign
        Ministry deplored the detentions', 'Norway suspended its development aid'): another state's, or the
        source's own for force used at home ('police arrested protesters')."""
        main = self.index.main_country_ref()
        if main is None or main.actor_id == source.actor_id:
            return []
        if main.country != source.country or root in CONFLICT_ROOTS:
            return [main]
        return []

    @staticmethod
    def demanded(verb: Token) -> bool:
        """Whether the verb says, in a 'that' clause of demand or advice, what someone else should do
        ('urged that its partners refuse to recognize ...'): wished for, not done."""
        current = verb
        for _ in range(3):
            if current.dep_ == "ccomp" and current.head.lemma_lower in DEMANDING_HEADS:
                return not _indicative(current)  # 'insisted that the troops had shelled ...' reports a fact
            if current.dep_ not in ("xcomp", "conj") or current.head.i == current.i:
                return False
            current = current.head
        return False

    def obliged(self, verb: Token) -> bool:
        """Whether the verb's clause, or a clause it serves ('must ensure security to allow ...'), says what
        someone must, should, has to or needs to do: an obligation, demanded or opined, is no event
        (:mod:`dyad.modality`)."""
        return self.modality.obliged(verb)

    def modal_code(self, verb: Token, code: str) -> Optional[str]:
        """A conditional threat (:mod:`dyad.modality`): a coercive act under a modal with an 'if'/'unless'
        condition ('may strike ... if') → its threat code; a generic threat or warning (130) whose reported
        clause is such an act ('warned it would attack ... unless') → the act's threat code. Else None."""
        if self.modality.conditional(verb) and not self.negated(verb):
            return threat_code(code)
        if code == "130":
            for clause in _children(verb, "ccomp", "xcomp"):
                hit = self.match(clause) if clause.pos_ == "VERB" and not self.negated(clause) else None
                if hit and (self.modality.conditional(clause) or any(
                        c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in clause.children)):
                    return threat_code(hit[0].code)
        return None

    def refusal_code(self, verb: Token, code: str) -> Optional[str]:
        """The rejection code for a negated or refused cooperative act, else None."""
        if int(code[:2]) > 9 or code[:2] in ("01", "02"):
            return None
        refused = verb.dep_ == "xcomp" and (verb.head.lemma_lower in REFUSING_HEADS
                                            or verb.head.lower_ in REFUSING_ADJECTIVES)  # 'unwilling to
        if not (self.negated(verb) or refused):
            return None
        return REFUSAL_CODES.get(code[:3]) or REFUSAL_CODES.get(code[:2])

    def intent_code(self, verb: Token, code: str) -> Optional[str]:
        """The intent (03) or threat (13) code for a future or intended act, else None."""
        if not self.lexicon.future_as_intent or verb.pos_ != "VERB" or self.negated(verb):
            return None
        future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)
        clause = verb
        while clause.dep_ == "xcomp" and clause.head.lemma_lower in ASPECTUAL_VERBS:
            clause = clause.head  # 'prepared to resume shelling': the intent governs 'resume'
        head = clause.head
        infinitive = clause.dep_ == "xcomp" or (  # 'have sworn to fight', parsed as a clause of purpose
            clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children))
        intended = infinitive and (head.lemma_lower in INTENT_HEADS or head.lower_ in INTENT_HEADS)
        if head.dep_ == "acomp" and head.lower_ in INTENT_HEADS:  # 'is willing to withdraw'
            intended = True
        if clause.dep_ == "pcomp" and head.lower_ == "to" and (head.head.lower_ in INTENT_HEADS
                                                               or head.head.lemma_lower in INTENT_HEADS):
            intended = True  # 'is committed to withdrawing its troops'
        if not (future or intended):
            return None
        if intended and head.lemma_lower in PREPARING_HEADS and code[:2] in CONFLICT_ROOTS:
            return "150"  # 'the army prepared to resume shelling': force posture (CAMEO 15), not a threat
        if code.startswith("16"):
            return THREAT_CODES_16.get(code[:3], "131")
        conditional = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
                          for c in verb.children)
        if conditional and code[:2] in ("03", "04", "05", "06", "07", "08"):  # 'unless' only: 'if' is a condition
            return "130"  # 'will withdraw its force unless ...': a conditional concession is a threat
        return INTENT_CODES.get(code[:2])

    def nominal_predicate(self, noun: Token) -> Optional[_Predicate]:
        """An event noun standing alone: 'President Lula's trip to Angola', 'the Ethiopian offensive
        into Tigray', 'In a telephone call with Boric, Petro said'. It is coded only when a
        preposition names a target actor and the source is the noun's own (possessive, 'by', national
        adjective) or the subject of the clause the noun's phrase modifies."""
        if noun.lemma_lower not in self.lexicon.nominals:
            return None
        if noun.dep_ in ("nsubj", "nsubjpass"):
            return self.framed_nominal(noun)
        if not any(c.dep_ == "prep" and c.lower_ in TARGET_PREPS and _first(c, "pobj") is not None
                   and self._conjuncts(_first(c, "pobj")) for c in noun.children):
            return None
        hit = self.nominal(noun)
        if not hit:
            return None
        anchor = noun
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
            anchor = noun.head.head
        return _Predicate(noun, hit[0], anchor, hit[1])

    def framed_nominal(self, noun: Token) -> Optional[_Predicate]:
        """An event noun as the subject of an aspectual or existential verb ('the army's offensive against
        the rebels continued', 'arrests of opposition figures by the police followed'): coded as its verb
        when the noun names its own source (possessive, 'by', national adjective) and a target actor."""
        frame = noun.head
        if noun.dep_ != "nsubj" or frame.pos_ != "VERB" or frame.lemma_lower not in FRAME_VERBS \
                or self.negated(frame) or self.hypothetical(frame):
            return None
        hit = self.nominal(noun)
        if not hit:
            return None
        predicate = _Predicate(noun, hit[0], noun, hit[1])
        if not self.sources(predicate):
            return None
        if not any(c.dep_ == "prep" and c.lower_ in TARGET_PREPS + ("of", "between") and _first(c, "pobj") is not None
                   and self._conjuncts(_first(c, "pobj")) for c in noun.children):
            return None
        return predicate

    def stance_predicate(self, word: Token) -> Optional[_Predicate]:
        """An adjective or participle of stance with its preposition ('Chile is opposed to the plan',
        'remained critical of the ministry'): coded itself, the copula's subject as source."""
        code, prep = STANCE_PREDICATES[word.lower_]
        if not any(c.dep_ == "prep" and c.lower_ == prep for c in word.children) or self.negated(word):
            return None
        if word.dep_ == "acomp" and word.head.pos_ in ("AUX", "VERB"):
            anchor = word.head
        elif _is_passive(word) and _first(word, "agent") is None:
            anchor = word
        else:
            return None
        if self.negated(anchor) or self.hypothetical(anchor):
            return None
        return _Predicate(word, VerbPattern(code=code, verb=word.lower_, prep=prep), anchor, None)

    def accusations(self, sent: Span) -> Iterator[tuple[Token, Token, str]]:
        """(cue verb, accused subject, code) for 'X said that Y committed a crime' (1124) and the like."""
        for cue in _in(sent, self.tokens):
            if cue.pos_ != "VERB" or self.inside(cue) or cue.lemma_lower not in self.lexicon.speech_cues:
                continue
            for clause in _children(cue, "ccomp"):
                act, obliged = self.modality.demanded_act(clause)
                if act is not None and obliged is not None:
                    # 'X said Y must withdraw its troops', 'Y has to release them, X said': X demands the act of Y
                    hit = self.match(act) if act.pos_ == "VERB" else None
                    yield cue, obliged, demand_code(hit[0].code if hit else None, self.negated(act))
                    continue
                if clause.i < cue.i:
                    continue  # '..., police said': the cue attributes a report, it accuses no one
                rejected = self.rejected(clause)
                if rejected is not None:
                    yield cue, rejected, "120"
                    continue
                subj = _first(clause, "nsubj")
                if subj is None:
                    continue
                code = None
                obj = _first(clause, "dobj", "attr")
                if obj is not None and obj.lemma_lower in ACCUSATION_OBJECTS and \
                        (obj.dep_ == "attr" or clause.lemma_lower in PERPETRATING_VERBS):
                    code = ACCUSATION_OBJECTS[obj.lemma_lower]
                else:
                    hit = self.match(clause) if clause.pos_ == "VERB" else None
                    if hit and hit[0].code[:2] in CONFLICT_ROOTS:
                        code = "112"
                if code:
                    yield cue, subj, code

    # ------------------------------------------------------------------ arguments the clause leaves implicit
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

    def document_issuer(self, subject: Token) -> list[ActorRef]:
        """A document that acts stands for whoever issued it: 'the ministry released a statement that
        urged a return to talks' → the ministry (the relative clause's subject is its antecedent)."""
        if subject.lemma_lower not in DOCUMENT_WORDS or subject.dep_ != "dobj":
            return []
        issuer = _first(subject.head, "nsubj")
        return self._conjuncts(issuer) if issuer is not None else []

    def clause_patient(self, verb: Token) -> Optional[Token]:
        """Who undergoes a subjectless passive participle in an adverbial: the main clause's subject
        ('X appeared in court after being arrested', 'Detained in May, X was released in June')."""
        if _first(verb, "nsubjpass", "nsubj") is not None:
            return None
        if not (_is_passive(verb) or (verb.tag_ == "VBN" and verb.dep_ == "advcl")):
            return None
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ != "being" for c in verb.children):
            return None  # a finite clause ('have been demolished') whose subject the parser lost
        head = verb.head
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            head = head.head
        elif verb.dep_ != "advcl":
            return None
        if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
            return None
        return _first(head, "nsubj", "nsubjpass")

    def aid_place(self, verb: Token, obj: Optional[Token]) -> list[Token]:
        """The place aid is for: 'funding a police unit in Yemen', 'providing shelter in Haiti' → the
        state there receives it."""
        preps = _children(verb, "prep") + (_children(obj, "prep") if obj is not None else [])
        return [pobj for p in preps if p.lower_ == "in" for pobj in _children(p, "pobj")]

    def fallback_targets(self, predicate: _Predicate, sources: list[ActorRef]) -> list[ActorRef]:
        """Targets for a clause that names none: the patient of an adverbial passive participle, or the
        place aid goes to (see :meth:`clause_patient`, :meth:`aid_place`)."""
        if predicate.pattern.target == "none":
            return []
        source_ids = {s.actor_id for s in sources}
        candidates: list[Token] = []
        if predicate.token.i == predicate.anchor.i:
            patient = self.clause_patient(predicate.anchor)
            candidates += [patient] if patient is not None else []
        if predicate.pattern.code[:2] == "07":
            candidates += self.aid_place(predicate.token, predicate.obj)
        for token in candidates:
            refs = [r for r in self._conjuncts(token) if r.actor_id not in source_ids and r.code != "UNK"]
            if refs:
                return refs
        return []

    # ------------------------------------------------------------------ negation and renounced force
    @staticmethod
    def _no_longer(verb: Token) -> bool:
        """'would no longer honor', 'will no more accept': a negated degree adverb negates its verb."""
        return any(c.dep_ == "advmod" and c.lower_ in ("longer", "more")
                   and any(g.dep_ == "neg" or g.lower_ == "no" for g in c.children) for c in verb.children)

    def renounced_force_code(self, verb: Token, code: str) -> Optional[str]:
        """A pledge not to use force is an intent to de-escalate (CAMEO 0356), not a negated attack: 'the
        army said it will not use force against protesters', 'the rebels vowed not to attack'."""
        if not self.lexicon.future_as_intent or code[:2] not in CONFLICT_ROOTS or verb.pos_ != "VERB" \
                or _is_passive(verb) or not self.negated(verb):
            return None
        future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)
        intended = verb.dep_ == "xcomp" and verb.head.lemma_lower in INTENT_HEADS
        return "0356" if future or intended else None

    # ------------------------------------------------------------------ events inside direct quotations
    def quotation_of(self, token: Token) -> Optional[Quotation]:
        """The direct quotation holding the token, when its speaker is resolved to a coded actor."""
        for quote in self.quotations:
            if quote.kind == "direct" and quote.start_char <= token.idx < quote.end_char and \
                    quote.speaker is not None and quote.speaker.code not in ("UNK", ""):
                return quote
        return None

    def first_person_sources(self, subject: Token, quote: Quotation) -> list[ActorRef]:
        """Who 'we' or 'I' is in a quotation: for 'we', a state or organisation that the same sentence
        of the quotation names before it as a subject or a subject's owner ('Japan's position on
        this is firm, we have protested the test'); else the speaker."""
        if subject.lower_ == "we":
            for token in _in(subject.sent, self.tokens):
                if token.i >= subject.i:
                    break
                if not self.inside(token) or not (token.dep_ in ("nsubj", "nsubjpass") or
                                                   (token.dep_ == "poss" and token.head.dep_ == "nsubj")):
                    continue
                ref = self._at(token)
                if ref is not None and ref.actor_id and self.index.get(ref.actor_id).kind in (
                        "country", "organisation", "group"):
                    return [ref]
        return [quote.speaker]

    def _plain_assertion(self, verb: Token) -> bool:
        """A verb stated as fact: no negation, modal, condition or question."""
        if self.negated(verb) or self.hypothetical(verb):
            return False
        return not self._text(verb.sent).rstrip().rstrip('"”’\'').endswith("?")

    def quoted_events(self, sent: Span) -> list[Event]:
        """Events a speaker states in their own quoted words, coded only where the quotation says who acts
        unambiguously: a first-person subject ('"We have protested the test," Kishida said' → the speaker's
        side condemns), or a named actor who committed a crime or an attack ('"... the gunmen of the
        cartel, who carried out a savage crime," she said' → the speaker accuses the cartel, as the 'X said that Y
        committed ...' rule does outside quotation marks). Negated, modal and questioned clauses are left."""
        found: list[Event] = []
        used: set[int] = set()
        for verb in _in(sent, self.tokens):
            if verb.pos_ != "VERB" or not self.inside(verb) or self.lemma(verb) in self.lexicon.speech_cues:
                continue
            quote = self.quotation_of(verb)
            if quote is None or not self._plain_assertion(verb):
                continue
            subject = self.subject(verb)
            if subject is None or not self.inside(subject):
                continue
            if subject.lower_ in ("we", "i"):
                found += self._first_person_event(sent, verb, subject, quote, used)
            else:
                found += self._quoted_accusation(sent, verb, subject, quote, used)
        return found

    def _first_person_event(self, sent: Span, verb: Token, subject: Token, quote: Quotation,
                            used: set[int]) -> list[Event]:
        hit = self.match(verb)
        if not hit or hit[0].code[:2] == "01":
            return []
        predicate = _Predicate(verb, hit[0], verb, hit[1])
        sources = self.first_person_sources(subject, quote)
        targets = self.targets(predicate, sources)
        root = hit[0].code[:2]
        if not targets and root not in ("14", "15") and hit[0].target != "none":
            targets = self.implicit_target(sources[0], root)
            if not targets:
                return []
        code = self.intent_code(verb, hit[0].code) or hit[0].code
        return [self.make_event(sent, verb, verb, code, source, target, True, used, intent=code != hit[0].code)
                for source in sources for target in (targets or [None])]

    def _quoted_accusation(self, sent: Span, verb: Token, subject: Token, quote: Quotation,
                           used: set[int]) -> list[Event]:
        obj = _first(verb, "dobj")
        if obj is None or obj.lemma_lower not in ACCUSATION_OBJECTS:
            return []
        accused = [r for r in self._conjuncts(subject) if r.actor_id != quote.speaker.actor_id]
        if subject.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
            accused = [r for r in self._conjuncts(verb.head) if r.actor_id != quote.speaker.actor_id]
        code = ACCUSATION_OBJECTS[obj.lemma_lower]
        return [self.make_event(sent, verb, verb, code, quote.speaker, target, True, used) for target in accused]

    # ------------------------------------------------------------------ evaluations: judgements and reactions
    def evaluation_events(self, sent: Span) -> list[Event]:
        """A speaker's judgement of another actor, or of that actor's act, coded as criticism (111) or
        praise (051) by the words of ``evaluations.tsv``: an adjective the speaker says or calls it ('Peru
        said the Chilean ruling was reckless', 'told the BBC that the audit was "dishonest"', 'called
        the levy illegal'), or the speaker's feeling at it ('Ghana was outraged at the Togolese
        decree', 'said they were "dismayed" by the ministry's ruling', 'the raid angered Nepal').
        The evaluative word may stand in scare quotes; whom it is about must be named outside a quotation
        or be its subject, and negated or modal clauses are left."""
        book = evaluations()
        found: list[Event] = []
        used: set[int] = set()
        for word in _in(sent, self.tokens):
            entry = book.get(word.lower_) or book.get(word.lemma_lower)
            if entry is None or word.pos_ not in (("ADJ", "VERB") if entry.frame == "reaction" else ("ADJ", "NOUN")):
                continue
            hit = self._reaction(word) if entry.frame == "reaction" else self._judgement(word)
            if hit is None:
                continue
            clause, sources, judged = hit
            for source in sources:
                for target in self._evaluated(judged):
                    if target.actor_id != source.actor_id and target.code not in ("UNK", source.code):
                        found.append(self.make_event(sent, word, word, entry.code, source, target, True, used))
        return found

    def _judgement(self, word: Token) -> Optional[tuple[Token, list[ActorRef], Token]]:
        """(clause, speakers, judged phrase) for an evaluative adjective a speaker predicates of a phrase:
        'X said Y was ADJ' (the copula's clause is a speech cue's complement) or 'X called Y ADJ'."""
        found = self._predicated(word)
        if found is None and word.dep_ == "amod" and word.head.pos_ == "NOUN":
            found = self._predicated(word.head)  # 'said the plan was a positive step', 'called it a reckless move'
        if found is None:
            return None
        cue, judged, clause = found
        if judged is None or judged.lower_ in EMPTY_PRONOUNS or self.inside(cue):
            return None
        if not self._plain_assertion(clause) or self.negated(cue) or self.hypothetical(cue):
            return None
        speaker = self.subject(cue)
        sources = self._conjuncts(speaker) if speaker is not None and not self.inside(speaker) else []
        return (clause, sources, judged) if sources else None

    def _predicated(self, word: Token) -> Optional[tuple[Token, Optional[Token], Token]]:
        """(cue, judged phrase, clause) when ``word`` is predicated of a phrase by a speaker: the complement
        of a copula the speaker reports ('X said Y was ADJ / a N'), the object predicate of a calling verb
        ('X called Y ADJ / a N'), or the 'as' predicate of a labelling verb ('X described Y as ADJ / as a N',
        'hailed Y as a N'); an 'act of N' stands for its noun ('branded the raid an act of aggression')."""
        head = word.head
        if word.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_lower == "act" and head.head.i != word.i:
            word, head = head.head, head.head.head
        if word.dep_ in ("acomp", "attr") and head.lemma_lower == "be" and head.dep_ == "ccomp":
            if head.head.lemma_lower not in self.lexicon.speech_cues:
                return None
            return head.head, _first(head, "nsubj"), head
        if word.dep_ in ("oprd", "advcl", "xcomp", "ccomp") and head.lemma_lower in CALLING_VERBS:
            return head, _first(head, "dobj"), head
        if word.dep_ == "npadvmod" and head.dep_ == "dobj" and head.head.lemma_lower in CALLING_VERBS:
            return head.head, head, head.head  # the parser's 'branded [the move] [an act]'
        if word.dep_ in ("pobj", "amod", "acomp") and head.lower_ == "as" and head.dep_ == "prep":
            verb = head.head
            while verb.dep_ == "conj" and verb.head.i != verb.i:
                verb = verb.head  # 'described X and the opposition as traitors': 'as' hung from a conjunct
            if verb.dep_ in ("dobj", "nsubjpass") and verb.head.lemma_lower in AS_LABELLING_VERBS:
                verb = verb.head  # 'as' hung from the object
            if verb.lemma_lower in AS_LABELLING_VERBS:
                return verb, _first(verb, "dobj") or _first(verb, "nsubjpass"), verb
        return None

    def _reaction(self, word: Token) -> Optional[tuple[Token, list[ActorRef], Token]]:
        """(clause, experiencers, stimulus) for a feeling at another's act: 'X was outraged at Y', 'X said
        it was "appalled" by Y', 'X is angry over Y', and the active 'Y angered X'."""
        clause = word.head if word.dep_ == "acomp" else word
        if word.pos_ == "VERB" and _first(word, "dobj") is not None and not _is_passive(word):
            experiencer, stimulus = _first(word, "dobj"), _first(word, "nsubj")  # 'the raid angered Turkey'
        else:
            experiencer = _first(clause, "nsubjpass", "nsubj")
            stimulus = next((_first(c, "pobj") for c in word.children
                             if c.dep_ in ("prep", "agent") and c.lower_ in STIMULUS_PREPS and _first(c, "pobj")), None)
        if experiencer is None or stimulus is None or self.inside(experiencer) or self.inside(stimulus):
            return None
        if not self._plain_assertion(clause) or (clause.i != word.i and self.negated(word)):
            return None
        sources = self._conjuncts(experiencer)
        return (clause, sources, stimulus) if sources else None

    def _evaluated(self, token: Token) -> list[ActorRef]:
        """Who a judged phrase is about: the actor it names, else its agent ('by the army'), its owner or
        national adjective ('the government's decision', 'the American decision'), else the actor of its 'of'
        phrase unless the noun is an act or a loss whose 'of' phrase names who undergoes it ('the killing of
        the journalist')."""
        if self._at(token) is not None or any(c.dep_ == "conj" and self._at(c) is not None for c in token.children):
            return self._conjuncts(token)  # 'described Tikhanovskaya and the Lithuanian government as ...'
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "by" and _first(child, "pobj") is not None:
                refs = self._conjuncts(_first(child, "pobj"))
                if refs:
                    return refs
        for child in token.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod"):
                refs = self._conjuncts(child)
                if refs:
                    return refs
        for child in token.children:  # 'the accord with Belarus was a betrayal': the other party
            if child.dep_ == "prep" and child.lower_ == "with" and _first(child, "pobj") is not None:
                refs = self._conjuncts(_first(child, "pobj"))
                if refs:
                    return refs
        lemma = token.lemma_lower
        if lemma in self.lexicon.nominals or lemma in PATIENT_NOUNS:
            return []
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of" and _first(child, "pobj") is not None:
                return self._conjuncts(_first(child, "pobj"))
        return []

    # ------------------------------------------------------------------ reported clauses
    def reported_by(self, anchor: Token, source: ActorRef) -> Optional[str]:
        """Who reports the clause an event is stated in, as the text names them: 'Officials in Vienna said
        Austria would send troops' → 'Officials in Vienna'; 'Austria has sent troops, a spokesman said';
        'Ghana's foreign ministry confirmed that ...'. The clause is a speech cue's complement (or a
        conjunct of one), reached from the event's verb through at most four clause heads; the speaker's own
        act of saying, or one the speaker states of itself in the same words, has no separate reporter."""
        current = anchor
        for _ in range(4):
            head = current.head
            if head.i == current.i:
                return None
            if current.dep_ == "acl" and head.lemma_lower in STATEMENT_NOUNS and head.dep_ == "pobj" and \
                    head.head.head.lemma_lower in self.lexicon.speech_cues:
                current, head = head.head, head.head.head  # 'said in a statement that ...'
            if current.dep_ in ("ccomp", "parataxis", "prep") and head.lemma_lower in self.lexicon.speech_cues:
                speaker = self.subject(head)
                if speaker is None and head.dep_ == "pcomp" and head.head.lower_ == "as" and \
                        head.head.head.lemma_lower == "quote":  # 'a spokesman was quoted as saying that ...'
                    speaker = _first(head.head.head, "nsubjpass")
                if speaker is None or self.inside(speaker):
                    return None
                ref = self._at(speaker)
                if ref is not None and (ref.start_char == source.start_char or
                                        (ref.actor_id and ref.actor_id == source.actor_id)):
                    return None
                left, right = speaker.left_edge.i, speaker.i
                for child in speaker.children:  # 'Officials in Vienna', not a relative clause
                    if child.i > speaker.i and child.dep_ in ("prep", "compound", "appos", "amod"):
                        right = max(right, max(t.i for t in child.subtree))
                first, last = self.tokens[left], self.tokens[right]
                if right - left > 12:
                    first = self.tokens[speaker.i]
                words = self.text[first.idx:last.idx + len(last.text)]
                return words[0].upper() + words[1:] if words else None
            if current.dep_ not in ("conj", "xcomp", "advcl", "ccomp"):
                return None
            current = head
        return None

    # ------------------------------------------------------------------ presence for an occasion
    def presence_visits(self, sent: Span) -> list[Event]:
        """'X is in <country> for <occasion>' states a visit with no verb of visiting ('Rice, who is in
        Israel for talks', 'the president was in Egypt for a summit'): X visits the country (042) when the
        country is not X's own. Occasions are the nouns of ``occasions.tsv``; future, modal and negated
        presence is left."""
        found: list[Event] = []
        used: set[int] = set()
        for be in _in(sent, self.tokens):
            if be.lemma_lower != "be" or self.inside(be) or not self._plain_assertion(be) or \
                    any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in be.children):
                continue
            preps = {p.lower_: _first(p, "pobj") for p in _children(be, "prep")}
            place, occasion = preps.get("in"), preps.get("for")
            if place is None or occasion is None or not {occasion.lower_, occasion.lemma_lower} & occasions():
                continue
            host = self._at(place)
            if host is None or not host.actor_id or self.index.get(host.actor_id).kind not in ("country", "place"):
                continue
            subject = self.subject(be)
            for source in self._conjuncts(subject) if subject is not None else []:
                if _home(source) != _home(host):
                    found.append(self.make_event(sent, be, be, "042", source, host, True, used))
        return found

    def rejected(self, clause: Token) -> Optional[Token]:
        """The actor whose proposal or treatment a reported verdict rules out: 'said that lifting the
        sanctions on Burma is out of the question' (Burma), 'that the American plan is unacceptable'."""
        if clause.lemma_lower != "be":
            return None
        negated = any(c.dep_ == "neg" for c in clause.children)
        verdict = False
        for child in clause.children:
            word = child.lower_
            if child.dep_ in ("acomp", "attr") and (word in REJECTING_PREDICATES or
                                                    (negated and word in ACCEPTING_PREDICATES)):
                verdict = True
            elif child.dep_ == "prep" and word == "out" and any(  # 'out of the question'
                    g.lower_ == "of" and any(q.lower_ == "question" for q in g.children) for g in child.children):
                verdict = True
        subj = _first(clause, "nsubj", "csubj")
        if not verdict or subj is None:
            return None
        return next((t for t in subj.subtree if t.i in self.index.by_token), None)

    # ------------------------------------------------------------------ output
    def make_event(self, sent: Span, verb: Token, anchor: Token, code: str, source: ActorRef,
                   target: Optional[ActorRef], specific: bool, used: set[int], intent: bool = False,
                   implicit: bool = False) -> Event:
        try:
            entry: CameoCode = cameo_lookup(code)
        except KeyError:  # a user dictionary's code outside CAMEO (PETRARCH's validation set has some)
            root = code[:2]
            quad = 1 if root <= "05" else 2 if root <= "09" else 3 if root <= "14" else 4 if root <= "20" else 0
            entry = CameoCode(code, root, "code outside the CAMEO codebook", 0.0, quad)
        plover = plover_for(code)
        verb_tokens = [verb] + [c for c in verb.children if c.dep_ in ("prt", "neg")]
        if verb.i != anchor.i and verb.head.i == anchor.i:  # 'announced the cancellation'
            verb_tokens.append(anchor)
        start = min(t.i for t in verb_tokens)
        end = max(t.i for t in verb_tokens) + 1
        negated = self.negated(anchor) and not (intent and code[:2] in ("12", "03"))
        hypothetical = self.hypothetical(anchor) and not intent
        date, date_text = self.date_of(sent, anchor)
        sent_text = self._text(sent).rstrip()
        confidence = 0.5 + (0.2 if specific else 0.0) + (0.15 if target is not None else 0.0) + \
            (0.15 if source.code and source.code != "UNK" else 0.0) - (0.25 if negated or hypothetical else 0.0)
        verb_end = self.tokens[end - 1].idx + len(self.tokens[end - 1].text)
        key = f"{self.article_id}:{sent.start_char}:{verb.idx}:{code}:{source.actor_id}:{target.actor_id if target else ''}"
        return Event(
            id="E" + hashlib.sha1(key.encode()).hexdigest()[:12], source=source, target=target,
            verb=self.text[self.tokens[start].idx:verb_end], verb_start=self.tokens[start].idx, verb_end=verb_end,
            cameo=code, cameo_root=entry.root, cameo_name=entry.name, goldstein=entry.goldstein,
            quad_class=entry.quad_class, plover=plover.category if plover else None,
            plover_mode=(plover.mode or None) if plover else None,
            plover_context=(plover.context or None) if plover else None,
            date=date, date_text=date_text,
            location=self.location(sent, self._mention_tokens(source)) if self._places(sent) else None,
            attribution=self.attributions.get(sent.start) or self.reported_by(anchor, source),
            negated=negated, hypothetical=hypothetical, implicit=implicit,
            evidence=sent_text, start_char=sent.start_char, end_char=sent.start_char + len(sent_text),
            confidence=round(max(0.05, min(confidence, 1.0)), 2),
        )

    def _reverse_event(self, sent: Span, predicate: _Predicate, source: ActorRef, target: ActorRef,
                       used: set[int]) -> list[Event]:
        """The target's act back on the source when the pattern has one ('A left for B': B hosts A),
        for an act coded as stated (not turned into a refusal or an intent)."""
        reverse = predicate.pattern.reverse_code
        if not reverse:
            return []
        return [self.make_event(sent, predicate.token, predicate.anchor, reverse, target, source,
                                predicate.pattern.specificity > 0, used)]

    def code_sentence(self, sent: Span) -> list[Event]:
        found: list[Event] = []
        coded_verbs: set[int] = set()
        coded_roots: dict[int, str] = {}  # coded verb → root of its code
        used: set[int] = set()  # tokens of the event's actors are set per event in make_event
        consumed: set[int] = set()
        for predicate in self.predicates(sent):
            anchor = predicate.anchor
            if anchor.dep_ == "xcomp" and anchor.head.i in coded_verbs:
                continue  # 'threatened to attack': the threat is the event
            if (anchor.dep_ == "ccomp" and coded_roots.get(anchor.head.i, "") in UNREALISED_ROOTS) or \
                    self.demanded(anchor):
                continue  # 'demanded that the US cancel the sale': the demand is the event, not a cancellation
            if anchor.dep_ == "advcl" and coded_roots.get(anchor.head.i) == "14" and \
                    predicate.pattern.code[:2] in ("10", "11", "14") and anchor in self._purpose_clauses(anchor.head):
                continue  # 'began a hunger strike to protest X': the aim names the protest's target, no second event
            if self.obliged(anchor):
                continue  # 'US forces must ensure security to allow aid in': what someone must do has not happened
            served = self.modality.purpose(anchor) if predicate.pattern.code[:2] in PURPOSE_UNREALISED_ROOTS else None
            if served is not None and served.i in coded_verbs:
                continue  # 'sent troops to the border to attack X': the aim of a coded act has not happened
            if predicate.token.i in consumed:
                continue  # 'cancelling plans to visit Israel': the visit is what was cancelled, not an event
            if predicate.pattern.code == "010":
                continue  # an unspecified statement is a quotation's business (dyad.quotes), not an event
            sources = self.sources(predicate)
            root = predicate.pattern.code[:2]
            placed = implicit = False
            if not sources:  # 'seven activists were arrested': the police of the state where it happened
                institution = self.implicit_agent(sent, predicate)
                if institution is not None:
                    sources, implicit = [institution], True
            if not sources and root in ("17", "18", "19", "20") and self._unnamed_perpetrator(anchor):
                # 'Three civilians were killed in a car bombing', 'Biti appeared in court after being
                # arrested': force with no named perpetrator is placed where it happened, else in the
                # article's main state.
                home = self.place_state(sent) or self.index.main_country_ref()
                if home is not None:
                    sources, placed = [home], True
            if not sources and (predicate.pattern.code.startswith(SELF_MOVING_CODES) or (
                    predicate.pattern.code.startswith(WITHDRAWAL_CODES) and self.lemma(anchor) in WITHDRAWING_VERBS)):
                sources = self.self_movers(anchor)
            if not sources:
                sources = self.crowd_source(sent, anchor)
            if not sources:
                continue
            targets = self.targets(predicate, sources) or self.fallback_targets(predicate, sources)
            if predicate.pattern.target == "reverse":
                if not targets:
                    continue  # 'received money': the giver must be named
                sources, targets = targets, sources  # 'A received money from B': B gave (PETRARCH's [:071])
            if placed and not targets and predicate.obj is not None and \
                    predicate.obj.lemma_lower in VICTIM_NOUNS:  # 'Nearly 100 people have been killed'
                targets = [sources[0]]
            if implicit and not targets and predicate.obj is not None and \
                    predicate.obj.lemma_lower in VICTIM_NOUNS | DETAINEE_NOUNS:  # 'four men were deported'
                targets = [self.state_ref(sources[0].country)]
            if not targets and len(sources) == 1 and predicate.pattern.target != "none" and not (placed or implicit) \
                    and root not in ("01", "14", "15") and not self._attributes_report(anchor):
                targets = self.implicit_target(sources[0], root)
            if not targets and len(sources) > 1 and predicate.pattern.target != "none":
                # 'The Philippines and France agree ...': conjoined actors act on each other.
                for source in sources:
                    for target in sources:
                        if target.actor_id != source.actor_id:
                            found.append(self.make_event(sent, predicate.token, anchor, predicate.pattern.code,
                                                         source, target, predicate.pattern.specificity > 0, used))
                coded_verbs.add(anchor.i)
                coded_roots[anchor.i] = root
                continue
            if not targets and root not in ("14", "15") and predicate.pattern.target != "none":
                continue
            if predicate.pattern.code == "010" and self.lemma(anchor) in self.lexicon.speech_cues:
                continue  # 'X said ...' is a quotation (dyad.quotes), not an event
            coded_verbs.add(anchor.i)
            if predicate.obj is not None:
                consumed.update(t.i for t in predicate.obj.subtree)
            code = self.renounced_force_code(anchor, predicate.pattern.code) or \
                self.refusal_code(anchor, predicate.pattern.code) or \
                self.modal_code(anchor, predicate.pattern.code) or \
                self.intent_code(anchor, predicate.pattern.code) or predicate.pattern.code
            coded_roots[anchor.i] = code[:2]
            for source in sources:
                for target in (targets or [None]):
                    found.append(self.make_event(sent, predicate.token, anchor, code, source,
                                                 target, predicate.pattern.specificity > 0, used,
                                                 intent=code != predicate.pattern.code, implicit=implicit))
                    if target is not None and code == predicate.pattern.code:
                        found += self._reverse_event(sent, predicate, source, target, used)
        for cue, accused, code in self.accusations(sent):
            if cue.i in coded_roots and coded_roots[cue.i] != "01":
                continue  # 'officials agreed that their countries should cooperate' is an agreement, no demand
            speaker = _first(cue, "nsubj")
            speakers = self._conjuncts(_phrase_head(speaker)) if speaker is not None else []
            targets = self._conjuncts(accused)
            for source in speakers:
                for target in targets:
                    if target.actor_id != source.actor_id and not _same_state(source, target):
                        found.append(self.make_event(sent, cue, cue, code, source, target, True, used))
        found += self.quoted_events(sent)
        found += self.evaluation_events(sent)
        found += self.presence_visits(sent)
        return _dedupe([self.placed_sides(sent, e) for e in found])


# Sectors that speak and act for a state: its government, forces, police, courts, legislature, services.
STATE_SECTORS = {None, "", "GOV", "MIL", "COP", "JUD", "LEG", "SPY"}


def _same_state(speaker: ActorRef, other: ActorRef) -> bool:
    """A state's organ reporting what the same state's organs did ('the Syrian government said its troops
    killed ...', 'officials confirmed the army had arrested ...'): a claim, no accusation."""
    return bool(speaker.country) and speaker.country == other.country and \
        speaker.sector in STATE_SECTORS and other.sector in STATE_SECTORS


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


def _anonymous(ref: Optional[ActorRef]) -> bool:
    """An actor known only by its sector ('GOV', 'UNK'): no state or organisation named."""
    return ref is None or (not ref.country and ref.code in (ref.sector or "UNK", "UNK"))


def _dedupe(found: list[Event]) -> list[Event]:
    """One event per (source, target, root) in a sentence: the most specific code wins. An event between
    two actors known only by their sectors ('the minister met the ambassador', no state named anywhere)
    says nothing about who acted on whom and is dropped; an act with no target keeps its category
    ('the government ordered patrols')."""
    best: dict[tuple, Event] = {}
    for event in found:
        if event.target is not None and _anonymous(event.source) and _anonymous(event.target):
            continue
        key = (event.source.actor_id, event.target.actor_id if event.target else None, event.cameo_root)
        held = best.get(key)
        if held is None or (len(event.cameo), event.confidence) > (len(held.cameo), held.confidence):
            best[key] = event
    return sorted(best.values(), key=lambda e: (e.start_char, e.verb_start))


def events(doc: Doc, index: ActorIndex, *, lexicon: VerbLexicon, published: Optional[dt.date] = None,
           quoted: Optional[list[tuple[int, int]]] = None, article_id: str = "",
           attributions: Optional[dict[int, Optional[str]]] = None,
           quotations: Optional[list[Quotation]] = None, text: Optional[str] = None) -> list[Event]:
    """All events in ``doc``, in text order. ``text``: ``doc.text``, where the caller has it.

    ``attributions`` maps a sentence's start token to the outlet the text cites for it
    (see :func:`dyad.quotes.attribution`); ``quotations`` (from :mod:`dyad.quotes`) give the speakers of
    direct quotations, whose own stated acts are coded (:meth:`EventCoder.quoted_events`).
    """
    coder = EventCoder(doc, index, lexicon, published=published, quoted=quoted or [], article_id=article_id,
                       attributions=attributions or {}, quotations=quotations, text=text)
    found: list[Event] = []
    by_token = index.by_token
    agents = implicit_agents()
    try:
        for sent in doc.sents:
            if not any(i in by_token for i in range(sent.start, sent.end)) and \
                    coder.quotation_of(coder.tokens[sent.start]) is None:
                # no actor (and no speaker of a quotation), no event, but for an act only an institution
                # performs ('Four men were deported on Friday'): its implicit agent acts
                if any(t.lemma_lower in agents for t in coder.tokens[sent.start:sent.end]):
                    found += [e for e in coder.code_sentence(sent) if e.implicit]
                continue
            found += coder.code_sentence(sent)
    finally:
        _release(coder.tokens)
    return found
