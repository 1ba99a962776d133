"""Quotations: speaker, cue verb, words, direct or indirect, medium, and the outlet relaying them.

Direct quotations are the spans inside double quotation marks that a speech cue outside the marks
governs or stands beside ('"...," Cohen posted on X', 'He added, "..."'); a lone quoted word is a
scare quote, not speech. Indirect quotations are clausal complements of a cue verb with no quotation
marks ('X said that ...'), and main clauses attributed with 'according to <person>'. The relaying
outlet comes from 'according to <outlet>', '<outlet> reported' and 'told <outlet>'.

Notes: follows the cue-verb approach of textacy's ``direct_quotations`` (Krestel, Bergler, Witte,
"Minding the Source") and extends it to indirect speech and attribution chains.
"""

from __future__ import annotations

import bisect
import hashlib
from typing import Iterable, Optional

import numpy
from spacy.attrs import DEP, HEAD, IDX, LEMMA, LOWER, POS
from spacy.symbols import AUX, NOUN, VERB
from spacy.tokens import Doc, Span, Token

from dyad.actors import ActorIndex
from dyad.nlp import entity_at, offsets_in_ranges
from dyad.records import ActorRef, Quotation

MEDIUM_WORDS = {"x", "twitter", "facebook", "instagram", "telegram", "tweet", "post", "statement", "interview",
                "television", "tv", "radio", "broadcast", "letter", "conference", "briefing", "speech", "website",
                "media", "blog", "message", "video", "communique", "communiqué", "release", "newspaper",
                "address", "op-ed", "column", "podcast", "call", "session", "meeting", "report", "document"}
OUTLET_SECTORS = {"MED"}
# Words that make an unknown organisation's name an outlet's ('Yemen Post', 'Press TV', 'state media').
MEDIA_NAME_WORDS = {"times", "news", "post", "press", "tv", "television", "radio", "agency", "journal", "herald",
                    "tribune", "gazette", "daily", "network", "broadcasting", "channel", "media", "newspaper",
                    "wire", "telegraph", "guardian", "observer", "chronicle", "weekly", "magazine", "reuters"}
# Documents and channels that relay what an actor says ('The EU report says', 'the embassy's website said').
DOCUMENT_WORDS = {"report", "website", "statement", "letter", "communique", "communiqué", "message", "document",
                  "study", "survey", "memo", "cable", "note", "declaration", "resolution", "bulletin", "broadcast"}
# Cues that introduce quoted words but not reported clauses ('"...," he continued').
DIRECT_ONLY_CUES = {"continue", "recall", "describe", "chant"}
# Punctuation that edges a clause rather than belonging to it.
_EDGE_PUNCT = {",", ".", ";", ":", "-", "--", "—", "–"}
# Gatherings a speaker addresses ('told a news conference', 'told the crowd'): an audience, not an outlet.
AUDIENCE_WORDS = {"conference", "briefing", "crowd", "rally", "parliament", "assembly", "congress", "senate",
                  "audience", "gathering", "meeting", "supporter", "press", "reporter", "journalist",
                  "correspondent", "lawmaker", "delegate", "nation", "people", "student", "summit", "forum",
                  "session", "council", "committee", "hearing", "court"}
# Roles of people who work for an outlet: persons, not the outlet ('state media' is the outlet).
PRESS_PEOPLE = {"reporter", "journalist", "correspondent", "editor", "columnist", "anchor", "photographer",
                "cameraman", "presenter", "commentator", "blogger", "photojournalist", "stringer"}
REPORT_VERBS = {"report", "say", "write", "quote", "cite", "state", "broadcast", "publish", "tell", "carry"}


def _quote_id(doc: Doc, start: int, end: int) -> str:
    # len(doc) (tokens), not len(doc.text): Doc.text rebuilds the whole string on every access.
    return "Q" + hashlib.sha1(f"{start}:{end}:{len(doc)}".encode()).hexdigest()[:10]


def _span_text(tokens: Iterable[Token]) -> str:
    tokens = sorted(tokens, key=lambda t: t.i)
    if not tokens:
        return ""
    return tokens[0].doc[tokens[0].i: tokens[-1].i + 1].text


def _noun_phrase(token: Token) -> str:
    """A noun phrase without its leading determiner: 'The Times of Israel' stays whole, 'the BBC' → 'BBC'."""
    tokens = [t for t in token.subtree if t.dep_ not in ("relcl", "acl", "punct") or t is token]
    text = _span_text(tokens)
    for det in ("the ", "a ", "an "):
        if text.lower().startswith(det) and not text[len(det):][:1].islower() and token.ent_type_ not in ("ORG", "WORK_OF_ART"):
            return text[len(det):]
        if text.lower().startswith(det) and text[len(det):][:1].islower():
            return text[len(det):]
    return text


def _passive(verb: Token) -> bool:
    """'this is described as "..."': a passive cue names no speaker of its own."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _relative_antecedent(pronoun: Token) -> Optional[Token]:
    """The noun a relative clause's 'who' stands for. After coordinated nouns ('Ana Ruiz and the
    trade minister Pablo Ortega who adds that ...') a singular verb takes the nearer one."""
    clause = pronoun.head
    antecedent = clause.head
    if antecedent.pos_ not in ("NOUN", "PROPN"):
        return None
    if clause.tag_ == "VBZ":
        nearer = [c for c in antecedent.conjuncts if antecedent.i < c.i < pronoun.i]
        if nearer:
            antecedent = nearer[-1]
            named = next((c for c in antecedent.children if c.dep_ == "appos"), None)
            return named or antecedent
    return antecedent


_CUE, _REPORT = 1, 2
# Per set of speech cues: lemma hash → _CUE | _REPORT bits of the lemma's lower case (0: neither). The
# hashes are the StringStore's, the same in every Doc of the process, so each lemma is looked up once.
_LEMMA_KINDS: dict[frozenset[str], dict[int, int]] = {}


def _lemma_kinds(cues: frozenset[str]) -> dict[int, int]:
    kinds = _LEMMA_KINDS.get(cues)
    if kinds is None:
        kinds = _LEMMA_KINDS[cues] = {}
    return kinds


def _learn_lemmas(kinds: dict[int, int], cues: frozenset[str], lemmas: Iterable[int], strings) -> None:
    for lemma in lemmas:
        if lemma not in kinds:
            word = strings[lemma].lower()
            kinds[lemma] = (_CUE if word in cues else 0) | (_REPORT if word in REPORT_VERBS else 0)


class QuoteFinder:
    """Finds quotations in one Doc; see :func:`quotations`."""

    def __init__(self, doc: Doc, index: ActorIndex, quoted: list[tuple[int, int]], cues: frozenset[str],
                 text: Optional[str] = None):
        self.doc, self.index, self.quoted, self.cues = doc, index, quoted, cues
        self.text = text if text is not None else doc.text  # Doc.text joins every token on each access
        self._read_tokens()
        self._read_sentences()
        self._according_found: dict[tuple[int, int], tuple[Optional[str], Optional[Token]]] = {}
        self._relayed: dict[tuple[int, int], Optional[str]] = {}
        self._speakers: dict[int, Optional[ActorRef]] = {}
        self._heads: Optional[list[int]] = None
        self._cue_of: dict[tuple[int, int], int] = {}  # a found quotation's (start, end) → its cue's index

    def _read_tokens(self) -> None:
        """Read once per Doc: which tokens are inside quotation marks, and the few kinds of token the
        finders look for (cue verbs and nouns, 'according', report verbs), as sorted token indices,
        so that no finder walks every token of a sentence asking the StringStore for its lemma."""
        doc = self.doc
        rows = doc.to_array([LEMMA, POS, IDX, LOWER]).reshape(len(doc), 4)
        self._inside = offsets_in_ranges(rows[:, 2], self.quoted)
        self._according = numpy.flatnonzero(rows[:, 3] == numpy.uint64(doc.vocab.strings["according"])).tolist()
        self._cue_verbs = []       # speech cue verbs outside quotations
        self._cue_nouns = []       # speech cue nouns outside quotations
        self._report_verbs = []    # reporting verbs ('report', 'say', 'tell') outside quotations
        self._lemma: dict[int, str] = {}  # lemma_.lower() of each of those
        kinds = _lemma_kinds(self.cues)
        lemmas = rows[:, 0].tolist()
        try:
            marked = [i for i, lemma in enumerate(lemmas) if kinds[lemma]]
        except KeyError:  # lemmas this process has not seen before
            _learn_lemmas(kinds, self.cues, set(lemmas), doc.vocab.strings)
            marked = [i for i, lemma in enumerate(lemmas) if kinds[lemma]]
        for i in marked:
            if self._inside[i]:
                continue
            kind = kinds[lemmas[i]]
            self._lemma[i] = doc.vocab.strings[lemmas[i]].lower()
            if kind & _CUE:
                pos = int(rows[i, 1])
                if pos == VERB or pos == AUX:
                    self._cue_verbs.append(i)
                elif pos == NOUN:
                    self._cue_nouns.append(i)
            if kind & _REPORT:
                self._report_verbs.append(i)
        self._cue_set = frozenset(self._cue_verbs)

    def _read_sentences(self) -> None:
        """Read once per Doc: the sentences (Token.sent scans for the sentence bounds on every call) and
        the sentence each token is in."""
        self.sents = list(self.doc.sents)
        self._sent_number = number = []
        for n, sent in enumerate(self.sents):
            number.extend([n] * (sent.end - sent.start))

    def sent_of(self, token: Token) -> Span:
        """``token.sent``, read from the per-Doc table."""
        return self.sents[self._sent_number[token.i]]

    def sent_text(self, sent: Span) -> str:
        """``sent.text``, sliced from the article text."""
        return self.text[sent.start_char:sent.end_char]

    @staticmethod
    def _within(indices: list[int], sent: Span) -> list[int]:
        """The token indices of a sorted list that fall in a sentence."""
        return indices[bisect.bisect_left(indices, sent.start):bisect.bisect_left(indices, sent.end)]

    def inside(self, token: Token) -> bool:
        return self._inside[token.i]

    def _by_sentence(self, indices: list[int]) -> dict[int, list[int]]:
        """Sorted token indices grouped by the number of their sentence."""
        grouped: dict[int, list[int]] = {}
        for i in indices:
            grouped.setdefault(self._sent_number[i], []).append(i)
        return grouped

    def is_outlet(self, ref: Optional[ActorRef], token: Token) -> bool:
        if ref is not None and ref.sector in OUTLET_SECTORS:
            return True
        if ref is None and token.ent_type_ in ("ORG", "WORK_OF_ART"):
            ent = entity_at(token)
            return ent is not None and any(w.lower_ in MEDIA_NAME_WORDS for w in ent)
        return ref is None and token.lemma_.lower() in ("media", "television", "radio", "newspaper")

    def outlet_in(self, token: Token) -> Optional[str]:
        """The first outlet named anywhere in a phrase: 'the news agency Reuters', 'NBC's Meet the Press'."""
        for t in token.subtree:
            ref = self.index.at(t)
            if self.is_outlet(ref, t) and not self._journalist(ref):
                return self._name(t)
        return None

    def _journalist(self, ref: Optional[ActorRef]) -> bool:
        """A person of the press ('a reporter', 'journalists'): a person, not the outlet itself."""
        actor = self.index.get(ref.actor_id) if ref is not None and ref.actor_id else None
        return actor is not None and (actor.kind == "person" or actor.role in PRESS_PEOPLE)

    # ------------------------------------------------------------------ attribution
    def according_to(self, sent: Span) -> tuple[Optional[str], Optional[Token]]:
        """The outlet or person named by 'according to X' in a sentence (outside quotations); found once
        per sentence, as every finder asks."""
        key = (sent.start, sent.end)
        found = self._according_found.get(key)
        if found is None:
            found = self._according_found[key] = self._according_to(sent)
        return found

    def _according_to(self, sent: Span) -> tuple[Optional[str], Optional[Token]]:
        for i in self._within(self._according, sent):
            token = self.doc[i]
            if not self.inside(token):
                nxt = token.nbor(1) if token.i + 1 < sent.end else None
                if nxt is not None and nxt.lower_ == "to":
                    pobj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
                    if pobj is None and nxt.i + 1 < sent.end:
                        pobj = self._head_of_span(nxt.i + 1, sent.end)
                    if pobj is not None:
                        return self._name(pobj), pobj
        return None, None

    def _head_of_span(self, start: int, end: int) -> Optional[Token]:
        tokens = [t for t in self.doc[start:end] if not t.is_punct]
        return tokens[-1] if tokens else None

    def _name(self, token: Token) -> str:
        ref = self.index.phrase(token)
        if ref is not None and ref.sector in OUTLET_SECTORS:
            span = self.doc.char_span(ref.start_char, ref.end_char)
            return self.text[span.start_char:span.end_char] if span else ref.name
        ent = entity_at(token)
        if ent is not None and ent.label_ in ("ORG", "WORK_OF_ART", "PERSON"):
            return ent.text
        return _noun_phrase(token)

    def relaying_outlet(self, sent: Span, cue: Optional[Token], direct: bool = False) -> Optional[str]:
        """'..., The Times of Israel reported.' or 'told the BBC': an outlet that relays the speech.
        An outlet's own words in quotation marks ('the news agency added: "..."') are its statement,
        not something it relays."""
        if cue is None:  # the same for every quotation of the sentence: found once
            key = (sent.start, sent.end)
            if key not in self._relayed:
                self._relayed[key] = self._relaying_outlet(sent, None, direct)
            return self._relayed[key]
        return self._relaying_outlet(sent, cue, direct)

    def _relaying_outlet(self, sent: Span, cue: Optional[Token], direct: bool) -> Optional[str]:
        outlet, token = self.according_to(sent)
        if outlet and token is not None and (self.is_outlet(self.index.phrase(token), token)):
            return outlet
        for i in self._within(self._report_verbs, sent):  # outside quotations, lemma in REPORT_VERBS
            verb = self.doc[i]
            if cue is not None and verb.i == cue.i:
                continue
            for child in verb.children:
                if child.dep_ == "nsubj":
                    ref = self.index.phrase(child)
                    if self.is_outlet(ref, child) and (cue is None or ref is None or ref.actor_id != self._speaker_id(cue)):
                        return self._name(child)
        if cue is not None:
            for child in cue.children:
                if child.dep_ in ("dobj", "dative", "npadvmod", "appos") and cue.lemma_.lower() == "tell" \
                        and not self._audience(child):
                    outlet = self.outlet_in(child)  # 'told the news agency Reuters'
                    if outlet:
                        return outlet
                if child.dep_ == "prep" and child.lower_ in ("with", "to", "on", "in"):
                    # 'said on NBC's Meet the Press', 'In an interview with Le Monde',
                    # 'In a message read out on state radio'
                    outlet = self.outlet_in(child)
                    if outlet:
                        return outlet
                    for pobj in child.children:
                        if pobj.dep_ == "pobj" and pobj.lemma_.lower() in DOCUMENT_WORDS | {"interview"} \
                                and pobj.lemma_.lower() not in ("statement", "interview", "broadcast"):
                            return _noun_phrase(pobj)  # 'in an open letter' → 'open letter'
            subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                document = self._document_subject(subject)
                if document:  # 'The EU report says', 'the website said', '... It says'
                    return document if document != "statement" else None
                ref = self.index.phrase(subject)
                if self.is_outlet(ref, subject):
                    actor = self.index.get(ref.actor_id) if ref is not None and ref.actor_id else None
                    if actor is not None and (actor.kind == "person" or actor.role):
                        return self._employer(subject)  # 'A reporter for the BBC said' → BBC; an editor speaks for himself
                    if not direct:
                        return self._name(subject)  # 'Haaretz says': the outlet relays itself
        return None

    def _audience(self, told: Token) -> bool:
        """Whom a speaker told, when it is an audience rather than an outlet: people ('told reporters',
        'told journalists': persons, even when their trade is the press) or a gathering ('told a news
        conference', 'told parliament', 'told the crowd', 'told supporters'). They heard the words; an
        outlet ('told the BBC', 'told the news agency Reuters') relays them."""
        if any(t.i != told.i and self.is_outlet(self.index.at(t), t) and not self._journalist(self.index.at(t))
               for t in told.subtree):
            return False  # 'told a reporter for the BBC': the reporter's outlet relays
        return told.lemma_.lower() in AUDIENCE_WORDS or told.lower_ in AUDIENCE_WORDS or \
            self._journalist(self.index.at(told))

    def _document_subject(self, subject: Token) -> Optional[str]:
        """The document a subject is: 'The report says' → report; a sentence-initial 'It says' after a
        sentence whose subject was a document ('The report accuses ... It says ...') → that document."""
        if subject.lemma_.lower() in DOCUMENT_WORDS:
            return subject.lemma_.lower()
        if subject.lower_ == "it" and subject.i == self.sent_of(subject).start and subject.i > 0:
            previous = self.sents[self._sent_number[subject.i - 1]]
            if "\n\n" not in self.text[previous.end_char:subject.idx]:
                before = next((t for t in previous if t.dep_ == "nsubj" and t.head.i == previous.root.i), None)
                if before is not None and before.lemma_.lower() in DOCUMENT_WORDS:
                    return before.lemma_.lower()
        return None

    def _employer(self, subject: Token) -> Optional[str]:
        """The outlet named inside a journalist's description ('A reporter for the BBC', 'A BBC
        correspondent in Cairo')."""
        for token in subject.subtree:
            if token.i != subject.i and token.ent_type_ in ("ORG", "WORK_OF_ART"):
                ent = entity_at(token)
                if ent is not None:
                    return ent.text
        return None

    def _speaker_id(self, cue: Token) -> Optional[str]:
        ref = self.speaker(cue)
        return ref.actor_id if ref else None

    # ------------------------------------------------------------------ cues and speakers
    def speaker(self, cue: Token) -> Optional[ActorRef]:
        """The subject of the cue verb, climbing to the governing verb for 'saying ...', 'claiming ...'.

        A subject that names no actor ('The official', 'Analysts', 'Biti's lawyer') is still the speaker:
        its noun phrase is returned with no actor id, so the quotation keeps who said it. Found once per
        cue: ranking the cues of a quotation, its outlet and the quotation itself all ask.
        """
        if cue.i not in self._speakers:
            self._speakers[cue.i] = self._speaker(cue)
        return self._speakers[cue.i]

    def _speaker(self, cue: Token) -> Optional[ActorRef]:
        verb = cue
        for _ in range(4):
            for child in verb.children:
                if child.dep_ in ("nsubj",) and not self.inside(child):
                    if self._stolen_object(verb, child):
                        break  # 'linked the suspect to al-Qaeda saying': al-Qaeda is the object of 'to'
                    earlier = self.previous_speaker(child)
                    return earlier if earlier is not None else self.subject_ref(child)
                if child.dep_ == "agent":
                    pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if pobj is not None:
                        return self.subject_ref(pobj)
            else:
                orphan = self._orphan_subject(verb)
                if orphan is not None:
                    return self.subject_ref(orphan)
            if verb.dep_ in ("advcl", "xcomp", "conj", "pcomp", "acl", "relcl") and verb.head.i != verb.i:
                verb = verb.head
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:  # 'linked X to al-Qaeda saying'
                    verb = verb.head
            else:
                break
        return None

    def _stolen_object(self, verb: Token, subject: Token) -> bool:
        """A participle cue whose 'subject' is the object a preposition just before it lost: in '... to
        al-Qaeda saying, "..."' the parser makes al-Qaeda the subject of 'saying' and leaves 'to' bare."""
        if verb.tag_ != "VBG" or verb.dep_ != "advcl" or subject.i > verb.i:
            return False
        before = self.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
        return before is not None and before.dep_ == "prep" and not any(c.dep_ == "pobj" for c in before.children)

    def _orphan_subject(self, verb: Token) -> Optional[Token]:
        """The subject the parser hung elsewhere: in 'In an interview with Die Zeit, Queen Margit denied
        that ...' the name is made an apposition of 'Zeit' and 'denied' has no subject. A cue with
        no subject of any kind, right after a name or noun phrase that ends where it begins, takes it."""
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children) or verb.i == 0:
            return None
        if verb.dep_ not in ("ROOT", "conj") or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            return None
        before = self.doc[verb.i - 1]
        if before.pos_ not in ("PROPN", "NOUN") or self.inside(before) or before.dep_ not in ("appos", "pobj", "conj"):
            return None
        head = before
        while head.head.i != head.i and head.head.i < verb.i and head.right_edge.i == verb.i - 1 \
                and head.dep_ in ("compound", "flat"):
            head = head.head
        return head

    def previous_speaker(self, pronoun: Token) -> Optional[ActorRef]:
        """'One of the victims recalled the attack. "...," he said.': a cue whose subject is 'he' or 'she'
        continues the speaker of the latest cue before it in the same paragraph, when that speaker can be
        one person and no other person is named in between."""
        if pronoun.lower_ not in ("he", "she") or pronoun.pos_ != "PRON":
            return None
        start = self._paragraph_start(pronoun)
        for token in reversed(self.doc[start:pronoun.i]):
            if not self.is_cue(token) or token.i == pronoun.head.i or any(self.is_cue(a) for a in token.ancestors):
                continue  # reported cues ('he said Hamas does not agree') do not set the speaker
            subject = next((c for c in token.children if c.dep_ == "nsubj" and not self.inside(c)), None)
            if subject is None or subject.pos_ == "PRON" and subject.lower_ not in ("one", "another"):
                return None  # 'he said ... he added': the parser's own resolution stands
            if subject.tag_ in ("NNS", "NNPS") or subject.lemma_.lower() in DOCUMENT_WORDS:
                return None
            ref = self.subject_ref(subject)
            if ref is None or (ref.actor_id and not self._one_person(self.index.get(ref.actor_id))):
                return None
            if self._person_between(subject.right_edge.i + 1, pronoun.i, ref):
                return None
            return ref
        return None

    @staticmethod
    def _one_person(actor) -> bool:
        """A named person, or a role phrase for one ('The official', 'the spokesman'), not a body."""
        return actor.kind == "person" or (actor.kind == "group" and actor.role is not None)

    def _person_between(self, start: int, end: int, ref: ActorRef) -> bool:
        for token in self.doc[start:end]:
            hit = self.index.at(token)
            if hit is not None and hit.actor_id != ref.actor_id and not self.inside(token) and \
                    token.pos_ != "PRON" and self.index.get(hit.actor_id).kind == "person":
                return True
        return False

    def _paragraph_start(self, token: Token) -> int:
        """First token of the paragraph (blank-line separated) a token is in."""
        cut = self.text.rfind("\n\n", 0, token.idx)
        if cut < 0:
            return 0
        span = self.doc.char_span(cut + 2, token.idx + len(token.text), alignment_mode="expand")
        return span[0].i if span is not None and len(span) else token.i

    def subject_ref(self, subject: Token) -> Optional[ActorRef]:
        """Who a subject names: its actor, the named person it is in apposition with ('one senator,
        Ohio Republican Mark Dolan, said'), the antecedent of 'who', the group 'one' is one of,
        else the noun phrase itself with no actor ('Analysts', 'One of the victims')."""
        if subject.lower_ in ("who", "that") and subject.head.dep_ == "relcl":
            antecedent = _relative_antecedent(subject)
            return self.subject_ref(antecedent) if antecedent is not None else None
        if subject.lower_ in ("one", "another") and subject.pos_ in ("PRON", "NUM", "DET", "NOUN"):
            return self._partitive(subject)
        named = next((c for c in subject.children if c.dep_ == "appos" and self.index.at(c) is not None
                      and self.index.get(self.index.at(c).actor_id).kind == "person"), None)
        if named is not None and self.index.at(subject) is None:
            return self.index.at(named)
        found = self._subject_ref(subject)
        if found is None:
            for conj in subject.conjuncts:  # 'Deputy National Security Advisor ... and ... John O. Brennan'
                found = self.index.at(conj) or self.index.phrase(conj)
                if found is not None:
                    break
        if found is None and subject.pos_ == "PROPN" and subject.ent_type_ in ("PERSON", "ORG", "NORP"):
            ent = entity_at(subject)
            if ent is not None:  # a name the coder has no actor for is still the speaker
                found = ActorRef(actor_id=None, name=ent.text, code="UNK", start_char=ent.start_char,
                                 end_char=ent.end_char)
        return found

    def _partitive(self, subject: Token) -> Optional[ActorRef]:
        """'One of the victims recalled', and '"...," one said' after 'many protesters said': one member
        of a group, named by the group."""
        prep = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if pobj is not None:
            span = self.doc[subject.i:pobj.i + 1]
            return ActorRef(actor_id=None, name=span.text, code="UNK", start_char=span.start_char,
                            end_char=span.end_char)
        if any(c.dep_ not in ("punct",) for c in subject.children):
            return None
        start = self._paragraph_start(subject)
        for token in reversed(self.doc[start:subject.i]):
            if not self.is_cue(token):
                continue
            group = next((c for c in token.children if c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS")), None)
            if group is None:
                continue
            ref = self.subject_ref(group)
            if ref is not None:
                return ref.model_copy(update={"name": f"{subject.lower_} of the {_noun_phrase(group)}"})
        return None

    def _subject_ref(self, subject: Token) -> Optional[ActorRef]:
        if subject.lemma_.lower() in DOCUMENT_WORDS:  # 'the EU report says' → the EU; 'the statement added' → ?
            owner = self.index.phrase(subject)
            if owner is None and subject.dep_ == "dobj":  # 'the ministry released a statement that urged'
                issuer = next((c for c in subject.head.children if c.dep_ == "nsubj"), None)
                owner = self.index.phrase(issuer) if issuer is not None else None
            if owner is not None:
                return owner
        own = self.index.at(subject)
        if own is not None:
            return own
        if subject.pos_ in ("PRON", "DET") or subject.lower_ in ("who", "which", "that"):
            return self.index.phrase(subject)
        if subject.pos_ == "NOUN" and len(subject.text) > 1:  # not a stray 'A' the parser made a subject
            tokens = [t for t in subject.subtree if t.dep_ not in ("relcl", "acl", "punct", "appos", "prep")
                      or t.i == subject.i]
            tokens = [t for t in tokens if t.i <= subject.i or t.head.i == subject.i and t.dep_ != "prep"]
            first, last = min(t.i for t in tokens), max(t.i for t in tokens)
            span = self.doc[first:last + 1]
            return ActorRef(actor_id=None, name=_noun_phrase(subject) if last - first > 8 else span.text,
                            code="UNK", start_char=span.start_char, end_char=span.end_char)
        return self.index.phrase(subject)

    def medium(self, cue: Token) -> Optional[str]:
        """'posted on X' → 'X'; 'said in a statement' → 'statement'; 'on state media' → 'state media'."""
        for child in cue.children:
            if child.dep_ == "prep" and child.lower_ in ("on", "in", "via", "through", "during"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and (pobj.lower_.rstrip(".") in MEDIUM_WORDS or pobj.lemma_.lower() in MEDIUM_WORDS):
                        return _noun_phrase(pobj).rstrip(".") if pobj.lower_.rstrip(".") != "x" else "X"
        return None

    def is_cue(self, token: Token) -> bool:
        """A speech cue verb outside quotations (read once per Doc)."""
        return token.i in self._cue_set

    def cue_for(self, start_char: int, end_char: int) -> Optional[Token]:
        """The speech cue for a quoted span: in its sentence outside the marks, else in the sentence
        just before it in the same paragraph ('He added, "..."' split by the parser)."""
        first = self.doc.char_span(start_char, end_char, alignment_mode="expand")
        if first is None or len(first) == 0:
            return None
        opening = self.sent_of(first[0])
        sentences = [opening]
        if self._sent_number[first[-1].i] != self._sent_number[first[0].i]:
            sentences.append(self.sent_of(first[-1]))
        candidates = []
        for sent in sentences:
            for i in self._within(self._cue_verbs, sent):
                token = self.doc[i]
                distance = min(abs(token.idx - start_char), abs(token.idx - end_char))
                candidates.append((distance, token))
        if not candidates and self.text[:start_char].rstrip(' "“').endswith(":"):
            # 'Peru's interior ministry issued a note that called for calm: "We ..."':
            # the clause before the colon introduces the quotation; its main verb is the cue.
            root = opening.root
            if root.i < first[0].i and any(c.dep_ == "nsubj" for c in root.children) and not self.inside(root):
                candidates.append((start_char - root.idx, root))
        opens_sentence = not self.text[opening.start_char:start_char].strip(' "“\'‘')
        if not candidates and opens_sentence:  # 'He added,' / '"..."' split into two sentences by the parser
            previous = opening.start - 1
            if previous > 0:
                before = self.sents[self._sent_number[previous]]
                gap = self.text[before.end_char:start_char]
                if "\n\n" not in gap:
                    candidates += [(start_char - t.idx, t) for t in map(self.doc.__getitem__,
                                                                         self._within(self._cue_verbs, before))]
        if not candidates:
            return None
        # '..., The Times of Israel reported.' relays the speech; the speaker's own cue comes first, and a
        # cue whose speaker can be named beats one whose subject is 'which' or missing.
        # A cue governs the quotation when the quotation's first word is in its subtree: when the cue is
        # that word or one of its ancestors (one walk up the tree, not one subtree per cue).
        governed = {first[0].i, *(t.i for t in first[0].ancestors)}
        if len(first) <= 4:  # a quoted fragment is speech only where the cue governs it
            candidates = [c for c in candidates if c[1].i in governed] or \
                [c for c in candidates if c[1].i > first[-1].i and
                 self._sent_number[c[1].i] == self._sent_number[first[0].i] and
                 c[1].dep_ not in ("advcl", "relcl", "acl", "pcomp") and  # not 'a "blow" after X announced'
                 not any(self.is_cue(t) for t in self.doc[first[-1].i + 1:c[1].i])]
            if not candidates:
                return None
        governing = [c for c in candidates if c[1].i in governed and not _passive(c[1])]
        candidates = governing or candidates  # 'chanting "..."' is the quote's cue, not 'complaining' beside it
        return min(candidates, key=lambda c: (self._relay_cue(c[1]), self.speaker(c[1]) is None,
                                              self._pronoun_subject(c[1]), c[0]))[1]

    def scare_quote(self, quote: Quotation, indirect: list[Quotation]) -> bool:
        """A quoted fragment that is no quotation of its own: up to four words with no verb, that are
        only the label a describing cue gives something ('described the deal as a "historic step"'):
        the object of 'as' that hangs from the cue or its object. A fragment that is the cue's own object or
        complement ('called it "a complete fabrication"', 'reported "good progress"') or a phrase inside
        a clause the cue reports ('said there was "no room" for talks': the speaker's words, quoted in
        part, as news annotation counts them) stays a quotation. ``indirect``: the quotations found
        without marks (kept for rules that compare with them)."""
        cue = self._cue_of.get((quote.start_char, quote.end_char))
        if quote.kind != "direct" or cue is None or len(quote.text.split()) > 4:
            return False
        span = self.doc.char_span(quote.start_char, quote.end_char, alignment_mode="expand")
        if span is None or not len(span) or any(t.pos_ in ("VERB", "AUX") for t in span):
            return False
        head = next((t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i), None)
        if head is None:
            return False
        while head.dep_ == "conj" and head.head.i < head.i:  # 'as "puppets" and "white men"'
            head = head.head
        if head.dep_ != "pobj" or head.head.lower_ != "as":
            return False
        owner = head.head.head  # 'as' hangs from the cue, or from the thing described ('the deal as')
        return owner.i == cue or (owner.dep_ in ("dobj", "nsubjpass") and owner.head.i == cue)

    @staticmethod
    def _pronoun_subject(cue: Token) -> bool:
        """'..., which they described as "..."': a cue whose subject is only a pronoun ranks after one
        whose subject names the speaker ('Al-Jazeera said')."""
        subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
        return subject is not None and subject.pos_ == "PRON"

    def _relay_cue(self, cue: Token) -> bool:
        subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
        return subject is not None and self.is_outlet(self.index.phrase(subject), subject)

    # ------------------------------------------------------------------ finders
    def direct(self) -> list[Quotation]:
        found = []
        for start_char, end_char in self.quoted:
            words = self.text[start_char:end_char].split()
            if len(words) < 2:
                continue
            cue = self.cue_for(start_char, end_char)
            if cue is None:
                continued = self._continuation(found, start_char, end_char)
                if continued is not None:
                    found.append(continued)
                continue
            speaker = self.speaker(cue)
            span = self.doc.char_span(start_char, end_char, alignment_mode="expand")
            sent = self.sent_of(span[0]) if span is not None and len(span) else None
            cue_sent = self.sent_of(cue)
            outlet = self.relaying_outlet(cue_sent, cue, direct=True)
            end = self.doc.char_span(end_char - 1, end_char, alignment_mode="expand")
            if outlet is None and end is not None and len(end) and \
                    self._sent_number[end[0].i] != self._sent_number[cue.i]:
                outlet = self.relaying_outlet(self.sent_of(end[0]), None)  # '... anything," The Times of Israel reported.'

            if speaker is None:
                # Only an outlet cited with 'according to' may stand as the speaker itself ('According to
                # Press TV, ...'); a quotation whose speaker cannot be named is not reported.
                _, cited = self.according_to(cue_sent)
                speaker = self.index.phrase(cited) if cited is not None else None
                if speaker is None:
                    if cue.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
                        continued = self._continuation(found, start_char, end_char, opening=False)
                        if continued is not None:  # 'Further adding, "..."'
                            found.append(continued)
                    continue
            start_char, end_char = self._trimmed(start_char, end_char)
            text = self.text[start_char:end_char]
            self._cue_of[(start_char, end_char)] = cue.i
            found.append(Quotation(
                id=_quote_id(self.doc, start_char, end_char), speaker=speaker, cue=cue.text, text=text,
                kind="direct", medium=self.medium(cue), according_to=outlet,
                start_char=start_char, end_char=end_char,
                sentence=self.sent_text(sent if sent is not None else cue_sent).strip(),
            ))
        return found

    def _continuation(self, found: list[Quotation], start_char: int, end_char: int,
                      opening: bool = True) -> Optional[Quotation]:
        """A quotation with no cue of its own that goes on from the one before it, as in
        '"...," the statement added. "Your armed forces ..."': same speaker, cue and outlet."""
        if not found:
            return None
        previous = found[-1]
        gap = self.text[previous.end_char:start_char]
        if len(gap) > 300 or gap.count("\n\n") > 1 or any(previous.end_char < a < start_char for a, _ in self.quoted):
            return None
        span = self.doc.char_span(start_char, end_char, alignment_mode="expand")
        if opening and span is not None and len(span) and self.text[self.sent_of(span[0]).start_char:start_char].strip(' "“\'‘') \
                and not self._sentence_by(self.sent_of(span[0]), previous.speaker):
            return None  # a quotation inside someone else's sentence ('demanding an end to "..."') goes on no one's
        sentence = self.sent_text(self.sent_of(span[0])).strip() if span is not None and len(span) else previous.sentence
        start_char, end_char = self._trimmed(start_char, end_char)
        return previous.model_copy(update={
            "id": _quote_id(self.doc, start_char, end_char), "text": self.text[start_char:end_char],
            "start_char": start_char, "end_char": end_char, "sentence": sentence})

    def _sentence_by(self, sent: Span, speaker: ActorRef) -> bool:
        """Whether a sentence's subject is this speaker ('Obama annouced, "..."' after Obama's quote)."""
        subject = next((t for t in sent if t.dep_ == "nsubj" and not self.inside(t) and t.i < sent.root.i + 2), None)
        ref = self.subject_ref(subject) if subject is not None else None
        if ref is None:
            return False
        return ref.actor_id == speaker.actor_id if ref.actor_id or speaker.actor_id else ref.name == speaker.name

    def indirect(self) -> list[Quotation]:
        found = []
        cues = self._by_sentence(self._cue_verbs)
        nouns = self._by_sentence(self._cue_nouns)
        according = self._by_sentence(self._according)
        for n, sent in enumerate(self.sents):
            for i in cues.get(n, ()):
                if self._lemma[i] in DIRECT_ONLY_CUES:
                    continue
                cue = self.doc[i]
                content = [c for c in cue.children if c.dep_ in ("ccomp",) and not self.inside(c)]
                if not content:
                    continue
                clause = content[0]
                words = self._clause_words(clause)
                quoted_share = sum(self._inside[j] for j in words) / max(len(words), 1)
                if len(words) < 3 or quoted_share > 0.5 or clause.i < cue.i and (
                        clause.pos_ != "VERB" or any(t.text == ":" for t in self.doc[clause.i:cue.i])):
                    continue  # headlines such as 'Egypt protests: Army say ...' are no reported speech
                speaker = self.speaker(cue)
                if speaker is None:
                    continue
                start_char, end_char = self._extent(words)
                text = self.text[start_char:end_char]
                self._cue_of[(start_char, end_char)] = cue.i
                found.append(Quotation(
                    id=_quote_id(self.doc, start_char, end_char), speaker=speaker, cue=cue.text, text=text,
                    kind="indirect", medium=self.medium(cue), according_to=self.relaying_outlet(sent, cue),
                    start_char=start_char, end_char=end_char, sentence=self.sent_text(sent).strip(),
                ))
            if n in according:  # else 'according to' names no one here
                found += self._according_to_person(sent)
            if n in nouns:
                found += self._nominal(sent)
        return found

    def _clause_words(self, clause: Token) -> list[int]:
        """The token indices (in no set order) of a reported clause's words without its own 'that' or
        'whether' (the marks among its children). Read from the head table: the tokens between the
        clause's edges whose heads lead up to it; Token.subtree builds a Token for each word."""
        root, left, right = clause.i, clause.left_edge.i, clause.right_edge.i
        heads, deps = self._tree()
        mark = self._mark
        words = []
        for j in range(left, right + 1):
            if heads[j] == root and deps[j] == mark:
                continue
            k = j
            while k != root and left <= k <= right and heads[k] != k:
                k = heads[k]
            if k == root:
                words.append(j)
        return words

    def _phrase_end(self, noun: Token, sent: Span) -> int:
        """The last token of a noun phrase named after 'according to': the words after it that hang
        from it through nouns only ('Ivan Petrov, a port official'), not a clause the parser hung there
        ('according to X there may be up to 30 ...')."""
        doc, end = self.doc, noun.i
        for j in range(noun.i + 1, sent.end):
            k = doc[j]
            while k.i != noun.i and k.pos_ not in ("VERB", "AUX") and k.head.i != k.i:
                k = k.head
            if k.i != noun.i:
                break
            end = j
        return end

    def _word(self, i: int) -> bool:
        token = self.doc[i]
        return not (token.is_punct or token.is_space)

    def _tree(self) -> tuple[list[int], list[int]]:
        """Read once per Doc, when first asked: each token's head (an index) and dependency label (an id)."""
        if self._heads is None:
            rows = self.doc.to_array([HEAD, DEP]).reshape(len(self.doc), 2)
            relative = rows[:, 0].astype(numpy.int64)  # HEAD is an offset, stored unsigned
            self._heads = (relative + numpy.arange(len(self.doc))).tolist()
            self._deps = rows[:, 1].tolist()
            self._mark = self.doc.vocab.strings["mark"]
        return self._heads, self._deps

    def _extent(self, words: Iterable[int]) -> tuple[int, int]:
        """Character offsets from the first to the last of some token indices, without the whitespace
        and clause punctuation (',', '.', ';', ':', dashes) at either edge: a reported clause's span is
        its words, not the comma before the cue or the sentence's full stop."""
        first, last = min(words), max(words)
        doc = self.doc
        while first < last and (doc[first].is_space or doc[first].text in _EDGE_PUNCT):
            first += 1
        while last > first and (doc[last].is_space or doc[last].text in _EDGE_PUNCT):
            last -= 1
        return self._trimmed(doc[first].idx, doc[last].idx + len(doc[last]))

    def _trimmed(self, start_char: int, end_char: int) -> tuple[int, int]:
        """A span without whitespace (blank lines included) at either edge, nor the comma that ends
        the quoted words of '"...," she said' (the framing sentence's comma, not the speaker's)."""
        text = self.text
        while end_char > start_char and (text[end_char - 1].isspace() or text[end_char - 1] == ","):
            end_char -= 1
        while start_char < end_char and text[start_char].isspace():
            start_char += 1
        return start_char, end_char

    def _nominal(self, sent: Span) -> list[Quotation]:
        """'Ghana's announcement that it would stop paying the levy': a speech noun with
        an owner and a that-clause reports what the owner said."""
        found = []
        for i in self._within(self._cue_nouns, sent):  # nouns outside quotations, lemma in the cues
            noun = self.doc[i]
            clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            speaker = self.index.phrase(owner) if owner is not None else None
            if clause is None or speaker is None:
                continue
            words = self._clause_words(clause)
            if len(words) < 3 or any(self._inside[j] for j in words):
                continue
            start_char, end_char = self._extent(words)
            found.append(Quotation(
                id=_quote_id(self.doc, start_char, end_char), speaker=speaker, cue=noun.text,
                text=self.text[start_char:end_char], kind="indirect", medium=None,
                according_to=None, start_char=start_char, end_char=end_char, sentence=self.sent_text(sent).strip()))
        return found

    def _according_to_person(self, sent: Span) -> list[Quotation]:
        """'Ambassadors have been told to return, according to Cohen.': Cohen is the (indirect) speaker."""
        name, token = self.according_to(sent)
        if token is None or any(self._inside[sent.start:sent.end]):
            return []
        ref = self.index.phrase(token)
        if ref is None or token.lemma_.lower() in DOCUMENT_WORDS:
            return []  # 'according to the report': the report relays, and its author is not named here
        outlet = None
        if self.is_outlet(ref, token):
            if self._within(self._cue_verbs, sent):
                return []  # 'X said ..., according to AP': AP relays X's words
            outlet = name  # 'According to Press TV, ...': the outlet is the only source
        according = self.doc[next(i for i in self._within(self._according, sent) if not self._inside[i])]
        # The cue phrase runs from 'according' to the end of the named source ('according to Ivan Petrov,
        # a port official'); the reported clause is the words before or after it, never the phrase itself.
        cut_end = self._phrase_end(token, sent)
        before = [i for i in range(sent.start, according.i) if self._word(i)]
        after = [i for i in range(cut_end + 1, sent.end) if self._word(i)]
        # With words on both sides ('The harbour, according to X, was closed'; '..., according to X there
        # may be ...') the reported clause is the side holding the verb the phrase modifies.
        head = according.head.i if according.head.i != according.i else sent.root.i
        if before and after:
            words = after if after[0] <= head <= after[-1] or (not before[0] <= head <= before[-1]
                                                                and len(after) > len(before)) else before
        else:
            words = before or after
        if len(words) < 3:
            return []
        start_char, end_char = self._extent(words)
        return [Quotation(
            id=_quote_id(self.doc, start_char, end_char), speaker=ref, cue="according to",
            text=self.text[start_char:end_char], kind="indirect", medium=None, according_to=outlet,
            start_char=start_char, end_char=end_char, sentence=self.sent_text(sent).strip(),
        )]


def quotations(doc: Doc, index: ActorIndex, *, quoted: list[tuple[int, int]], cues: frozenset[str],
               text: Optional[str] = None, finder: Optional[QuoteFinder] = None) -> list[Quotation]:
    """All quotations in ``doc``, direct then indirect, in text order (``text``: ``doc.text``, if at hand;
    ``finder``: a :class:`QuoteFinder` on the same Doc and arguments, to share its per-Doc tables)."""
    finder = finder or QuoteFinder(doc, index, quoted, cues, text)
    indirect = finder.indirect()
    direct = [q for q in finder.direct() if not finder.scare_quote(q, indirect)]
    found = sorted(direct + indirect, key=lambda q: q.start_char)
    return _carry_outlets(found, finder.text)


def _same_speaker(a: Quotation, b: Quotation) -> bool:
    if a.speaker.actor_id or b.speaker.actor_id:
        return a.speaker.actor_id == b.speaker.actor_id
    return a.speaker.name == b.speaker.name


def _carry_outlets(found: list[Quotation], text: str) -> list[Quotation]:
    """'X told Reuters that ... "...," he said.' and 'X said on CNN, "..." X added, "..."': a speaker's
    next quotation in the same paragraph comes through the same outlet unless it names its own."""
    carried = []
    for quote in found:
        previous = carried[-1] if carried else None
        if quote.according_to is None and previous is not None and previous.according_to and \
                _same_speaker(previous, quote) and "\n\n" not in text[previous.start_char:quote.start_char]:
            quote = quote.model_copy(update={"according_to": previous.according_to})
        carried.append(quote)
    return carried


def attributions(doc: Doc, index: ActorIndex, quoted: list[tuple[int, int]],
                 text: Optional[str] = None, finder: Optional[QuoteFinder] = None) -> dict[int, Optional[str]]:
    """Per sentence (keyed by its first token), the outlet or person its claims are attributed to;
    events coded from the sentence carry it. ``finder``: the one :func:`quotations` used (attribution
    needs no speech cues, so any finder on the same Doc gives the same answer, from tables already read)."""
    finder = finder or QuoteFinder(doc, index, quoted, frozenset(), text)
    found = {}
    named = {finder._sent_number[i] for i in finder._according + finder._report_verbs}
    for n, sent in enumerate(finder.sents):
        if n not in named:  # no 'according to', no reporting verb: attributed to no one
            found[sent.start] = None
            continue
        name, _ = finder.according_to(sent)
        found[sent.start] = name or finder.relaying_outlet(sent, None)
    return found
