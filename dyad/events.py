"""Events: verb patterns over the dependency parse → source, target, CAMEO code (and PLOVER, Goldstein).

For each verb outside quotation marks, the verb lexicon's patterns for its lemma are tried against the
verb's complements (particle, object head, prepositions); the most specific match gives the code.
Arguments come from syntax, not word order: the subject (climbing through 'Lambasting X, Cohen said'
and 'decided to cancel' to the governing subject), the passive agent, the object or the object of a
preposition ('a meeting with Guterres', 'its diplomats from the country'), with a target never equal to
the source. Event nouns under light verbs are coded as the verb they name ('announced the
cancellation of his visit to Israel' → cancel + visit). A speaker who says that another actor
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
from dyad.actors import ActorIndex
from dyad.nlp import in_ranges
from dyad.codebooks import CameoCode, VerbLexicon, VerbPattern, cameo_lookup, plover_for
from dyad.records import ActorRef, Event, Place
from dyad.temporal import resolve

# Verbs whose noun object names the real event: 'announced the cancellation', 'ordered the return'.
LIGHT_VERBS = {"announce", "order", "make", "carry", "conduct", "launch", "hold", "pay", "stage", "begin", "start",
               "declare", "mount", "undertake", "call", "demand", "plan", "approve", "authorize", "authorise",
               "confirm", "decide", "unveil", "initiate", "complete", "continue", "resume"}
# Objects that stand for the action they introduce: 'cancelling plans to visit Israel' → visit.
PLACEHOLDER_OBJECTS = {"plan", "intention", "decision", "trip", "plans", "proposal", "bid", "effort", "attempt"}
# Heads under which a verb is not an accomplished fact.
HYPOTHETICAL_HEADS = {"threaten", "plan", "want", "intend", "consider", "vow", "pledge", "promise", "seek", "hope",
                      "propose", "offer", "aim", "try", "prepare", "wish", "expect", "may", "might", "could", "would",
                      "urge", "ask", "call", "demand", "refuse", "warn", "decline"}
MODALS = {"would", "could", "might", "may", "should", "must", "can"}
NEGATORS = {"not", "n't", "never", "no"}
TARGET_PREPS = ("against", "with", "to", "on", "at", "toward", "towards", "into", "from", "over", "upon", "for")
ACCUSATION_OBJECTS = {"crime": "1124", "atrocity": "1124", "genocide": "1124", "massacre": "1124",
                      "violation": "1122", "abuse": "1122", "terrorism": "112", "aggression": "1123",
                      "war": "1123", "attack": "1123", "corruption": "1121", "fraud": "1121", "espionage": "1125"}
CONFLICT_ROOTS = {"17", "18", "19", "20"}
# Future or intended acts are intents (CAMEO 03) when cooperative and threats (13) when hostile:
# 'the rebels said they will release ...' is AGREE, 'Palestinian leaders said they would boycott ...' is
# THREATEN (CAMEO manual; PLOVER codes these the same way).
FUTURE_AUX = {"will", "would", "'ll", "shall", "wo"}
INTENT_HEADS = {"vow", "pledge", "promise", "plan", "intend", "offer", "prepare", "agree", "decide", "swear",
                "willing", "prepared", "ready", "determined", "going", "expect", "commit", "committed"}
INTENT_CODES = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035", "14": "133", "15": "138",
                "17": "132", "18": "138", "19": "138", "20": "138"}
THREAT_CODES_16 = {"161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136"}
OBLIGATION_AUX = {"must", "should"}
WEAPON_SUBJECTS = {"explosion", "blast", "bomb", "mine", "shell", "rocket", "missile", "fire", "violence", "clash",
                   "fighting", "car", "device", "grenade", "minefield", "shelling", "gunfire", "airstrike"}
# Unnamed victims of violence with no named perpetrator: the article's main state on both sides.
VICTIM_NOUNS = {"people", "person", "civilian", "resident", "villager", "protester", "demonstrator", "child",
                "woman", "man", "student", "worker", "passenger", "pilgrim", "worshipper"}
# A refused cooperative act is a rejection (CAMEO 12): 'will not accept refugees', 'declined to resign',
# 'failed to reach agreement'. By the root of the refused act.
REFUSAL_CODES = {"03": "120", "04": "125", "05": "120", "057": "127", "06": "121", "07": "121", "08": "124"}
REFUSING_HEADS = {"refuse", "decline", "fail", "reject", "rule"}
LOCATION_PREPS = {"in", "at", "near", "outside", "inside", "across", "throughout"}


@dataclass
class _Predicate:
    token: Token  # the verb (or event noun) carrying the code
    pattern: VerbPattern
    anchor: Token  # the verb whose clause gives the subject (== token unless nominal)
    obj: Optional[Token]


def _children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _first(token: Token, *deps: str) -> Optional[Token]:
    found = _children(token, *deps)
    return found[0] if found else None


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


class EventCoder:
    """Codes the events of one Doc; see :func:`events`."""

    def __init__(self, doc: Doc, index: ActorIndex, lexicon: VerbLexicon, *, published: Optional[dt.date],
                 quoted: list[tuple[int, int]], article_id: str, attributions: dict[int, Optional[str]]):
        self.doc, self.index, self.lexicon = doc, index, lexicon
        self.published, self.quoted, self.article_id = published, quoted, article_id
        self._quote_starts = [a for a, _ in quoted]
        self._sentence_ents: dict[int, list[Span]] = {}
        for ent in doc.ents:  # Span.ents scans the whole Doc on each call: group them once
            self._sentence_ents.setdefault(ent.sent.start, []).append(ent)
        self.attributions = attributions

    def inside(self, token: Token) -> bool:
        return in_ranges(token.idx, self.quoted, self._quote_starts)

    # ------------------------------------------------------------------ pattern matching
    def object_of(self, verb: Token, pattern: Optional[VerbPattern] = None) -> Optional[Token]:
        """The verb's object: dobj, passive subject, or the object of its particle-preposition."""
        if pattern is not None and pattern.particle:
            for prep in _children(verb, "prep", "prt"):
                if prep.lower_ == pattern.particle:
                    pobj = _first(prep, "pobj")
                    if pobj is not None:
                        return pobj
        obj = _first(verb, "dobj") or _first(verb, "nsubjpass") or _first(verb, "attr")
        if obj is None:
            for prep in _children(verb, "prep"):  # 'walked out of talks' → talks
                pobj = _first(prep, "pobj")
                if pobj is not None and pobj.pos_ == "NOUN":
                    return pobj
        return obj

    @staticmethod
    def _object_words(obj: Token) -> set[str]:
        """Lemmas an object can match: its head, compounds ('arms sales'), adjectives ('diplomatic ties',
        which PETRARCH's '- * DIPLOMATIC' names), or the action of a placeholder."""
        words = {obj.lemma_.lower(), obj.lower_}
        words |= {c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod")}
        if obj.lemma_.lower() in PLACEHOLDER_OBJECTS:
            for child in obj.children:
                if child.dep_ in ("acl", "relcl", "xcomp"):
                    words.add(child.lemma_.lower())
                if child.dep_ == "prep" and child.lower_ in ("for", "of"):
                    pobj = _first(child, "pobj")
                    if pobj is not None:
                        words.add(pobj.lemma_.lower())
        return words

    def _preps(self, verb: Token, obj: Optional[Token]) -> list[Token]:
        found = _children(verb, "prep", "dative")
        if obj is not None:
            found += _children(obj, "prep")
        return found

    def match(self, verb: Token, lemma: Optional[str] = None, obj: Optional[Token] = None,
              nominal: bool = False) -> Optional[tuple[VerbPattern, Optional[Token]]]:
        lemma = lemma or self.lemma(verb)
        best: Optional[tuple[int, VerbPattern, Optional[Token]]] = None
        particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep")}
        for pattern in self.lexicon.for_lemma(lemma):
            if pattern.particle and pattern.particle not in particles:
                continue
            candidate = obj if nominal else self.object_of(verb, pattern)
            if pattern.compound and not self._compound_side(verb, pattern, candidate):
                continue
            if pattern.auxiliaries and not pattern.auxiliaries <= {
                    c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}:
                continue
            if pattern.objects:
                if (candidate is None or not (self._object_words(candidate) & pattern.objects)) and \
                        not (not nominal and self._complement_words(verb) & pattern.objects):
                    continue
            if pattern.prep:
                preps = [p for p in self._preps(verb, candidate) if p.lower_ == pattern.prep]
                if not preps:
                    continue
                if pattern.prep_objects and not any(
                        (_first(p, "pobj") is not None and _first(p, "pobj").lemma_.lower() in pattern.prep_objects)
                        for p in preps):
                    continue
            score = pattern.specificity
            if best is None or score > best[0]:
                best = (score, pattern, candidate)
        return (best[1], best[2]) if best else None

    @staticmethod
    def _complement_words(verb: Token) -> set[str]:
        """Words of the verb's predicative complement, which a pattern's object word may name: 'believed
        linked to Al-Qaeda' (PETRARCH's '- * LINKED'), 'was found guilty'."""
        return {w for c in verb.children if c.dep_ in ("xcomp", "oprd", "acomp") for w in (c.lower_, c.lemma_.lower())}

    def _compound_side(self, verb: Token, pattern: VerbPattern, obj: Optional[Token]) -> bool:
        """Whether the side a ``compound`` pattern names holds several actors: the subject ('Fornost and
        Gondor agree') or the pattern's prepositional object, else the object ('agrees with A and B')."""
        if pattern.compound == "source":
            head = self.subject(verb)
        else:
            head = next((_first(p, "pobj") for p in self._preps(verb, obj) if p.lower_ == pattern.prep),
                        None) if pattern.prep else obj
        return head is not None and len(self.index.conjuncts(head)) > 1

    def lemma(self, verb: Token) -> str:
        """The verb's lexicon key: a form the lexicon codes on its own ('left' in a dictionary that lists
        LEFT apart from LEAVE), else spaCy's lemma, repaired where the lemmatiser drops an 'e' ('lambast')
        or adds one ('cordoned' → 'cordone': the written form less its '-ed' or '-d')."""
        form = self.lexicon.forms.get(verb.lower_)
        if form and self.lexicon.for_lemma(form):
            return form
        lemma = verb.lemma_.lower()
        if not self.lexicon.for_lemma(lemma):
            written = verb.lower_
            stems = (written[:-2], written[:-1]) if written.endswith("ed") else ()
            for guess in (lemma + "e", written, *stems):
                if self.lexicon.for_lemma(guess):
                    return guess
        return lemma

    def nominal(self, noun: Token) -> Optional[tuple[VerbPattern, Optional[Token]]]:
        """An event noun coded as its verb: the object is its 'of' complement ('return of diplomats')."""
        verb_lemma = self.lexicon.nominals.get(noun.lemma_.lower())
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
        for _ in range(4):
            if _is_passive(current):
                agent = _first(current, "agent")
                pobj = _first(agent, "pobj") if agent is not None else None
                return pobj
            subj = self._subject_child(current)
            if subj is not None:
                if subj.lower_ in ("who", "which", "that") and current.dep_ == "relcl":
                    return current.head
                return subj
            if current.dep_ in ("xcomp", "advcl", "conj", "acl", "pcomp", "ccomp") and current.head.i != current.i:
                if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN"):
                    return None
                current = current.head
                if current.dep_ in ("acomp", "prep") and current.pos_ in ("ADJ", "ADP", "ADV"):
                    current = current.head  # 'Arnor is about to restore ...', 'is ready to meet ...'
                if current.pos_ not in ("VERB", "AUX"):
                    return None
            else:
                return None
        return None

    def _subject_child(self, verb: Token) -> Optional[Token]:
        """The verb's subject; of two (an apposition the parser splits: 'Old foes Gondor and Osgiliath
        have renewed ties'), the one that names an actor; with none, an actor the parser hangs before
        the verb as its compound."""
        subjects = _children(verb, "nsubj", "csubj")
        if len(subjects) > 1:
            named = [s for s in subjects if self.index.conjuncts(s)]
            if named:
                return named[0]
        if not subjects:  # 'Ethiopia act on a resolution': a subject misread as a compound of the verb
            subjects = [c for c in _children(verb, "compound") if c.i < verb.i and self.index.conjuncts(c)]
        return subjects[0] if subjects else None

    def sources(self, predicate: _Predicate) -> list[ActorRef]:
        token = predicate.token
        if token.pos_ == "NOUN":  # nominal: 'Israel's attack', 'attacks by Hamas', 'the Israeli offensive'
            own = [c for c in token.children if c.dep_ in ("poss", "amod", "compound")
                   or (c.dep_ == "prep" and c.lower_ == "by")]
            for child in own:
                target = child if child.dep_ != "prep" else _first(child, "pobj")
                if target is not None:
                    refs = self.index.conjuncts(target)
                    if refs:
                        return refs
            if token.i == predicate.anchor.i:
                return []
        subj = self.subject(predicate.anchor)
        if subj is None:
            return []
        return self.index.conjuncts(subj)

    def targets(self, predicate: _Predicate, sources: list[ActorRef]) -> list[ActorRef]:
        if predicate.pattern.target == "none":
            return []
        source_ids = {s.actor_id for s in sources}
        ordered: list[Token] = []
        pattern, verb, obj = predicate.pattern, predicate.token, predicate.obj
        preps = self._preps(verb, obj) if verb.pos_ in ("VERB", "AUX") else _children(verb, "prep") + (
            _children(obj, "prep") if obj is not None else [])
        if pattern.prep:
            ordered += [_first(p, "pobj") for p in preps if p.lower_ == pattern.prep]
        dative = _first(verb, "dative")
        if dative is not None:
            ordered.append(_first(dative, "pobj") or dative)
        owned = obj is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)
        if obj is not None:
            if not owned:
                ordered.append(obj)
            else:
                # 'closed their embassies in Yemen', 'recalled its diplomats from the country': the
                # source's own people or property are what is acted on, not the target; look at where.
                ordered += [_first(p, "pobj") for p in _children(obj, "prep")]  # searched deeper below
                ordered += [_first(p, "pobj") for p in _children(verb, "prep") if p.lower_ == "in"]
            for child in obj.children:  # 'plans to visit Israel' → Israel
                if child.dep_ in ("acl", "xcomp", "relcl"):
                    ordered.append(_first(child, "dobj"))
                    ordered += [_first(p, "pobj") for p in _children(child, "prep") if p.lower_ in TARGET_PREPS]
        for prep in preps:
            if prep.lower_ in TARGET_PREPS:
                pobj = _first(prep, "pobj")
                ordered.append(pobj)
                if pobj is not None and pobj.lemma_.lower() in self.lexicon.nominals:  # 'visit to Israel'
                    ordered += [_first(p, "pobj") for p in _children(pobj, "prep") if p.lower_ in TARGET_PREPS]
        for clause in _children(verb, "xcomp", "ccomp") + self._purpose_clauses(verb):  # 'threatened to attack Israel'
            if clause.dep_ == "ccomp" and clause.i < verb.i:
                continue  # '..., officials said': a report before its cue names no target of the saying
            if clause.dep_ == "ccomp" and pattern.code[:2] in ("02", "10", "11", "12"):
                ordered.append(_first(clause, "nsubj"))  # 'demanded that the US cancel ...' → the US
            ordered.append(_first(clause, "dobj"))
            ordered += [_first(p, "pobj") for p in _children(clause, "prep") if p.lower_ in TARGET_PREPS]
            if not ordered or all(t is None for t in ordered):
                ordered.append(_first(clause, "nsubj"))
        candidates: list[list[ActorRef]] = []
        if obj is None:  # 'warned of the Prince of Dol Amroth': with no object, what the act is about
            ordered += [_first(p, "pobj") for p in _children(verb, "prep") if p.lower_ == "of"]
        for token in self._deepen([t for t in ordered if t is not None]):
            refs = [r for r in self.index.conjuncts(token) if r.actor_id not in source_ids]
            if refs:
                candidates.append(refs)
        # 'Israel recalled its diplomats from the country': an actor of the source's own country is the
        # target only when no other actor is named ('Israeli police arrested Israeli settlers').
        source_countries = {s.country for s in sources if s.country}
        for refs in candidates:
            if not any(r.country in source_countries for r in refs):
                return refs
        return candidates[0] if candidates else []

    def _purpose_clauses(self, verb: Token) -> list[Token]:
        """'Demonstrators blocked a road to show their disapproval for the United States': an infinitive of
        purpose names whom the act is aimed at, unless it is an event of its own ('visited the capital to
        discuss security with President Saleh': the talks have their own target)."""
        return [c for c in _children(verb, "advcl") if c.i > verb.i and c.pos_ == "VERB" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and self.match(c) is None]

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
                    elif child.dep_ in ("acl", "relcl") and child.pos_ == "VERB":  # 'roads leading into Mordor'
                        following += [g for p in child.children if p.dep_ == "prep" for g in p.children
                                      if g.dep_ == "pobj"]
                    elif child.dep_ == "advmod":  # 'very close to the border with Mordor'
                        following += [g for p in child.children if p.dep_ == "prep" for g in p.children
                                      if g.dep_ == "pobj"]
            following = [t for t in following if t not in found]
            found += following
            layer = following
        return found

    # ------------------------------------------------------------------ flags, dates, places
    def negated(self, verb: Token) -> bool:
        if any(c.dep_ == "neg" or c.lower_ in NEGATORS for c in verb.children):
            return True
        head = verb.head
        return verb.dep_ == "xcomp" and head.lemma_.lower() in ("refuse", "fail", "decline", "deny")

    def hypothetical(self, verb: Token) -> bool:
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
            return True
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
            return True
        return verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in HYPOTHETICAL_HEADS

    def date_of(self, sent: Span, verb: Token) -> tuple[Optional[str], Optional[str]]:
        """The date expression of the verb's clause (or the sentence), resolved against publication."""
        candidates = [e for e in self._sentence_ents.get(sent.start, ()) if e.label_ in ("DATE", "TIME")
                      and not self.inside(e[0])]
        if candidates:
            def distance(ent: Span) -> tuple[int, int]:
                attached = any(t.head == verb or t.head.head == verb for t in ent)
                return (0 if attached else 1, abs(ent.start - verb.i))
            for ent in sorted(candidates, key=distance):
                resolved = resolve(ent.text, self.published)
                if resolved is not None:
                    return resolved.isoformat(), ent.text
        return (self.published.isoformat() if self.published else None), None

    def location(self, sent: Span, used: set[int]) -> Optional[Place]:
        """The place the sentence sets the event in: a named place governed by 'in', 'at', 'near' ...,
        directly or through a place noun ('near the town of Samarra', 'in Bam, Iran'). A capital that is
        also an actor ('in Baghdad') is still a place here. ``used``: tokens of the event's own actors."""
        for ent in self._sentence_ents.get(sent.start, ()):
            if ent.label_ not in ("GPE", "LOC", "FAC", "NORP") or ent.start in used or self.inside(ent[0]):
                continue
            if not self._located(ent.root):
                continue
            place = gazetteer.city(ent.text)
            country = gazetteer.country_code(ent.text) if ent.label_ != "NORP" else None  # NER calls some towns NORP
            if place is not None:
                return Place(name=ent.text, country=place.country, latitude=place.latitude,
                             longitude=place.longitude, start_char=ent.start_char, end_char=ent.end_char)
            if country is not None:
                return Place(name=ent.text, country=country, start_char=ent.start_char, end_char=ent.end_char)
        return None

    def _actor_tokens(self, *refs: Optional[ActorRef]) -> set[int]:
        found = set()
        for ref in refs:
            if ref is not None:
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
        for token in sent:
            if token.pos_ == "VERB" and token.lemma_.lower() in LIGHT_VERBS:
                consumed.update(c.i for c in token.children if c.dep_ in ("dobj", "nsubjpass"))
        for token in sent:
            if token.pos_ == "NOUN" and token.i not in consumed and not self.inside(token):
                predicate = self.nominal_predicate(token)
                if predicate is not None:
                    yield predicate
                continue
            if self.inside(token) or token.pos_ not in ("VERB",):
                continue
            lemma = token.lemma_.lower()
            nominal_done = False
            if lemma in LIGHT_VERBS:
                obj = _first(token, "dobj") or _first(token, "nsubjpass")
                if obj is not None and obj.lemma_.lower() in self.lexicon.nominals:
                    hit = self.nominal(obj)
                    if hit:
                        nominal_done = True
                        yield _Predicate(obj, hit[0], token, hit[1])
            if not nominal_done:
                hit = self.match(token)
                if hit:
                    yield _Predicate(token, hit[0], token, hit[1])

    def _unnamed_perpetrator(self, verb: Token) -> bool:
        """No one is named as doing it: a passive with no agent ('were killed', 'after being arrested') or
        a weapon or event as subject ('A roadside bombing killed ...')."""
        subject = self.subject(verb)
        if subject is None:
            return True
        lemma = subject.lemma_.lower()
        return lemma in WEAPON_SUBJECTS or lemma in self.lexicon.nominals

    @staticmethod
    def _attributes_report(verb: Token) -> bool:
        """'..., a senior official said on Saturday': a verb after the clause it reports only attributes
        it; the article's main state is no implicit target of the saying."""
        return any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)

    def implicit_target(self, source: ActorRef, root: str) -> list[ActorRef]:
        """The article's main state as the target the text leaves implicit ('The U.S. State Department
        criticized the arrests', 'The United States halted its food aid'): another state's, or the
        source's own for force used at home ('police arrested protesters')."""
        main = self.index.main_country_ref()
        if main is None or main.actor_id == source.actor_id:
            return []
        if main.country != source.country or root in CONFLICT_ROOTS:
            return [main]
        return []

    def refusal_code(self, verb: Token, code: str) -> Optional[str]:
        """The rejection code for a negated or refused cooperative act, else None."""
        if int(code[:2]) > 9 or code[:2] in ("01", "02"):
            return None
        refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING_HEADS
        if not (self.negated(verb) or refused):
            return None
        return REFUSAL_CODES.get(code[:3]) or REFUSAL_CODES.get(code[:2])

    def intent_code(self, verb: Token, code: str) -> Optional[str]:
        """The intent (03) or threat (13) code for a future or intended act, else None."""
        if not self.lexicon.future_as_intent or verb.pos_ != "VERB" or self.negated(verb):
            return None
        future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)
        head = verb.head
        intended = verb.dep_ == "xcomp" and (head.lemma_.lower() in INTENT_HEADS or head.lower_ in INTENT_HEADS)
        if head.dep_ == "acomp" and head.lower_ in INTENT_HEADS:  # 'is willing to withdraw'
            intended = True
        if not (future or intended):
            return None
        if code.startswith("16"):
            return THREAT_CODES_16.get(code[:3], "131")
        conditional = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
                          for c in verb.children)
        if conditional and code[:2] in ("03", "04", "05", "06", "07", "08"):  # 'unless' only: 'if' is a condition
            return "130"  # 'will withdraw its force unless ...': a conditional concession is a threat
        return INTENT_CODES.get(code[:2])

    def nominal_predicate(self, noun: Token) -> Optional[_Predicate]:
        """An event noun standing alone: 'President Bush's visit to Saudi Arabia', 'the Israeli offensive
        into Gaza', 'In a telephone conversation with Morales, Chavez said'. It is coded only when a
        preposition names a target actor and the source is the noun's own (possessive, 'by', national
        adjective) or the subject of the clause the noun's phrase modifies."""
        if noun.lemma_.lower() not in self.lexicon.nominals or noun.dep_ in ("nsubj", "nsubjpass"):
            return None
        if not any(c.dep_ == "prep" and c.lower_ in TARGET_PREPS and _first(c, "pobj") is not None
                   and self.index.conjuncts(_first(c, "pobj")) for c in noun.children):
            return None
        hit = self.nominal(noun)
        if not hit:
            return None
        anchor = noun
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
            anchor = noun.head.head
        return _Predicate(noun, hit[0], anchor, hit[1])

    def accusations(self, sent: Span) -> Iterator[tuple[Token, Token, str]]:
        """(cue verb, accused subject, code) for 'X said that Y committed a crime' (1124) and the like."""
        for cue in sent:
            if self.inside(cue) or cue.pos_ != "VERB" or cue.lemma_.lower() not in self.lexicon.speech_cues:
                continue
            for clause in _children(cue, "ccomp"):
                if clause.i < cue.i:
                    continue  # '..., police said': the cue attributes a report, it accuses no one
                subj = _first(clause, "nsubj")
                if subj is None:
                    continue
                code = None
                obj = _first(clause, "dobj", "attr")
                if obj is not None and obj.lemma_.lower() in ACCUSATION_OBJECTS:
                    code = ACCUSATION_OBJECTS[obj.lemma_.lower()]
                else:
                    hit = self.match(clause) if clause.pos_ == "VERB" else None
                    if hit and hit[0].code[:2] in CONFLICT_ROOTS:
                        code = "112"
                if code is None and any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in clause.children):
                    code = "100"  # 'Russia said that Sudan must return a helicopter' → demand
                if code:
                    yield cue, subj, code

    # ------------------------------------------------------------------ output
    def make_event(self, sent: Span, verb: Token, anchor: Token, code: str, source: ActorRef,
                   target: Optional[ActorRef], specific: bool, used: set[int], intent: bool = False) -> Event:
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
        negated = self.negated(anchor) and not (intent and code[:2] == "12")
        hypothetical = self.hypothetical(anchor) and not intent
        date, date_text = self.date_of(sent, anchor)
        sent_text = sent.text.rstrip()
        confidence = 0.5 + (0.2 if specific else 0.0) + (0.15 if target is not None else 0.0) + \
            (0.15 if source.code and source.code != "UNK" else 0.0) - (0.25 if negated or hypothetical else 0.0)
        key = f"{self.article_id}:{sent.start_char}:{verb.idx}:{code}:{source.actor_id}:{target.actor_id if target else ''}"
        return Event(
            id="E" + hashlib.sha1(key.encode()).hexdigest()[:12], source=source, target=target,
            verb=self.doc[start:end].text, verb_start=self.doc[start].idx,
            verb_end=self.doc[end - 1].idx + len(self.doc[end - 1].text),
            cameo=code, cameo_root=entry.root, cameo_name=entry.name, goldstein=entry.goldstein,
            quad_class=entry.quad_class, plover=plover.category if plover else None,
            plover_mode=(plover.mode or None) if plover else None,
            plover_context=(plover.context or None) if plover else None,
            date=date, date_text=date_text,
            location=self.location(sent, self._actor_tokens(source, target)),
            attribution=self.attributions.get(sent.start), negated=negated, hypothetical=hypothetical,
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
        used: set[int] = set()  # tokens of the event's actors are set per event in make_event
        consumed: set[int] = set()
        for predicate in self.predicates(sent):
            anchor = predicate.anchor
            if anchor.dep_ == "xcomp" and anchor.head.i in coded_verbs:
                continue  # 'threatened to attack': the threat is the event
            if predicate.token.i in consumed:
                continue  # 'cancelling plans to visit Israel': the visit is what was cancelled, not an event
            if predicate.pattern.code == "010":
                continue  # an unspecified statement is a quotation's business (dyad.quotes), not an event
            sources = self.sources(predicate)
            root = predicate.pattern.code[:2]
            placed = False
            if not sources and root in ("17", "18", "19", "20") and self.index.main_country is not None \
                    and self._unnamed_perpetrator(anchor):
                # 'Three civilians were killed in a car bombing', 'Biti appeared in court after being
                # arrested': force with no named perpetrator is placed in the article's main state.
                sources, placed = [self.index.main_country_ref()], True
            if not sources:
                continue
            targets = self.targets(predicate, sources)
            if predicate.pattern.target == "reverse":
                if not targets:
                    continue  # 'received money': the giver must be named
                sources, targets = targets, sources  # 'A received money from B': B gave (PETRARCH's [:071])
            if placed and not targets and predicate.obj is not None and \
                    predicate.obj.lemma_.lower() in VICTIM_NOUNS:  # 'Nearly 100 people have been killed'
                targets = [self.index.main_country_ref()]
            if not targets and len(sources) == 1 and predicate.pattern.target != "none" and \
                    root not in ("01", "14", "15") and not self._attributes_report(anchor):
                targets = self.implicit_target(sources[0], root)
            if not targets and len(sources) > 1 and predicate.pattern.target != "none":
                # 'The Philippines and France agree ...': conjoined actors act on each other.
                for source in sources:
                    for target in sources:
                        if target.actor_id != source.actor_id:
                            found.append(self.make_event(sent, predicate.token, anchor, predicate.pattern.code,
                                                         source, target, predicate.pattern.specificity > 0, used))
                coded_verbs.add(anchor.i)
                continue
            if not targets and root not in ("14", "15") and predicate.pattern.target != "none":
                continue
            if predicate.pattern.code == "010" and self.lemma(anchor) in self.lexicon.speech_cues:
                continue  # 'X said ...' is a quotation (dyad.quotes), not an event
            coded_verbs.add(anchor.i)
            if predicate.obj is not None:
                consumed.update(t.i for t in predicate.obj.subtree)
            code = self.refusal_code(anchor, predicate.pattern.code) or \
                self.intent_code(anchor, predicate.pattern.code) or predicate.pattern.code
            for source in sources:
                for target in (targets or [None]):
                    found.append(self.make_event(sent, predicate.token, anchor, code, source,
                                                 target, predicate.pattern.specificity > 0, used,
                                                 intent=code != predicate.pattern.code))
                    if target is not None and code == predicate.pattern.code:
                        found += self._reverse_event(sent, predicate, source, target, used)
        for cue, accused, code in self.accusations(sent):
            speakers = self.index.conjuncts(_first(cue, "nsubj")) if _first(cue, "nsubj") is not None else []
            targets = self.index.conjuncts(accused)
            for source in speakers:
                for target in targets:
                    if target.actor_id != source.actor_id:
                        found.append(self.make_event(sent, cue, cue, code, source, target, True, used))
        return _dedupe(found)


def _anonymous(ref: Optional[ActorRef]) -> bool:
    """An actor known only by its sector ('GOV', 'UNK'): no state or organisation named."""
    return ref is None or (not ref.country and ref.code in (ref.sector or "UNK", "UNK"))


def _dedupe(found: list[Event]) -> list[Event]:
    """One event per (source, target, root) in a sentence: the most specific code wins. An event between
    two actors known only by their sectors ('the minister met the ambassador', no state named anywhere)
    says nothing about who acted on whom and is dropped."""
    best: dict[tuple, Event] = {}
    for event in found:
        if _anonymous(event.source) and _anonymous(event.target):
            continue
        key = (event.source.actor_id, event.target.actor_id if event.target else None, event.cameo_root)
        held = best.get(key)
        if held is None or (len(event.cameo), event.confidence) > (len(held.cameo), held.confidence):
            best[key] = event
    return sorted(best.values(), key=lambda e: (e.start_char, e.verb_start))


def events(doc: Doc, index: ActorIndex, *, lexicon: VerbLexicon, published: Optional[dt.date] = None,
           quoted: Optional[list[tuple[int, int]]] = None, article_id: str = "",
           attributions: Optional[dict[int, Optional[str]]] = None) -> list[Event]:
    """All events in ``doc``, in text order.

    ``attributions`` maps a sentence's start token to the outlet the text cites for it
    (see :func:`dyad.quotes.attribution`).
    """
    coder = EventCoder(doc, index, lexicon, published=published, quoted=quoted or [], article_id=article_id,
                       attributions=attributions or {})
    found: list[Event] = []
    for sent in doc.sents:
        if not any(t.i in index.by_token for t in sent):
            continue  # no actor, no event
        found += coder.code_sentence(sent)
    return found
