"""Modality: clauses that say what must or might happen, not what happened.

Three constructions a linguist would name, read from the dependency parse with the modal lexicon
``dyad/data/modals.tsv``:

- deontic modality (``must``, ``should``, ``shall``, ``ought to``, ``has to``, ``needs to``): in a clause a
  third party reports (``X said Y must withdraw``) the speaker demands the act of Y: CAMEO 10, specific by the
  demanded act (:func:`demand_code`: withdraw → 106, release → 1053, a ceasefire → 107); the act itself is
  not coded (nothing happened). ``must have``/``should have`` (epistemic or counterfactual) are no demand.
- conditional threats (``may strike ... if``, ``would attack ... unless``): a coercive act under a modal with an
  ``if``/``unless`` condition is a threat (CAMEO 13, specific by the act: :func:`threat_code`), also when a
  generic ``warned``/``threatened`` (130) reports it.
- clauses of purpose (``sent troops to the border (in order / so as) to attack X``): the aim of an act is not
  a fact; a coercive aim is not coded as happening (the main act is the event). A purpose put before its
  clause (``To ease the crisis, the envoys met ...``) is never a fact, whatever the act.

Tokens are the event coder's light tokens (``dep_``, ``lower_``, ``lemma_lower``, ``children``, ``head``).
"""

from __future__ import annotations

from typing import Optional

from dyad.codebooks import modals

# The demand (CAMEO 10) for a demanded act, by the act's code; longest prefix wins. CAMEO's 10 mirrors its
# 03 (intent) and 08 (yield) families: demand aid (103x) ↔ aid (07x), demand a yield (105x) ↔ yield (08x).
DEMAND_CODES = {
    "04": "108", "05": "102", "06": "100", "061": "1011", "062": "1012", "063": "1013", "064": "1014",
    "07": "103", "071": "1031", "072": "1032", "073": "1033", "074": "1034",
    "08": "100", "081": "1051", "082": "1052", "083": "104", "0831": "1041", "0832": "1042", "0833": "1043",
    "0834": "1044", "084": "1053", "085": "1054", "086": "1055", "087": "1056", "0871": "107", "0872": "1056",
    "0873": "1056", "0874": "106", "09": "101",
}
# The threat (CAMEO 13) for a coercive act made conditional, by the act's code; longest prefix wins.
THREAT_CODES = {
    "14": "133", "15": "138", "16": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135",
    "166": "136", "17": "137", "172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324",
    "18": "138", "19": "138", "191": "1381", "192": "1382", "20": "138", "204": "1385",
}
COERCIVE_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
CONFLICT_ROOTS = frozenset({"17", "18", "19", "20"})
CONDITION_MARKS = frozenset({"if", "unless"})
# 'did nothing / little to stop it', 'has not done enough / anything to help': inaction, whose aim never happened.
INACTION_OBJECTS = frozenset({"nothing", "little"})
NEGATED_AMOUNTS = frozenset({"enough", "anything", "much"})
WEAK_DEONTIC = frozenset({"should"})  # advice as much as obligation: a demand when reported, but its act keeps the hypothetical flag


def _by_prefix(table: dict[str, str], code: str, default: Optional[str]) -> Optional[str]:
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return default


def to_infinitive(verb) -> bool:
    """Whether the verb has the infinitive marker 'to' ('to free', 'to attack')."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def demand_code(code: Optional[str], negated: bool = False) -> str:
    """The CAMEO demand for an act demanded of someone ('must withdraw its troops' → 106); a coercive act
    demanded not to happen ('must not attack') is a demand to de-escalate (1056)."""
    if not code:
        return "100"
    if negated:
        return "1056" if code[:2] in CONFLICT_ROOTS else "100"
    return _by_prefix(DEMAND_CODES, code, "100")


def threat_code(code: str) -> Optional[str]:
    """The CAMEO threat for a coercive act made conditional ('may strike ... if' → 138), else None."""
    if code[:2] not in COERCIVE_ROOTS:
        return None
    return _by_prefix(THREAT_CODES, code, "130")


class Modality:
    """Modal readings of a verb on the event coder's token tables (no parsing, no spaCy objects)."""

    def __init__(self, words: Optional[dict[str, str]] = None):
        self.words = words if words is not None else modals()
        self.periphrastic = frozenset(w for w, k in self.words.items() if "deontic-to" in k)
        self.deontic_aux = frozenset(w for w, k in self.words.items() if "deontic" in k)
        self.conditional_aux = frozenset(w for w, k in self.words.items() if "conditional" in k)
        self.counterfactive = frozenset(w for w, k in self.words.items() if "counterfactive" in k)

    @staticmethod
    def _auxes(verb) -> list:
        return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]

    def _perfect_after_modal(self, verb) -> bool:
        """'must have known', 'should have acted': epistemic or counterfactual, no obligation."""
        auxes = [c.lower_ for c in self._auxes(verb)]
        return any(a in ("have", "'ve") for a in auxes)

    def deontic(self, verb, weak: bool = True) -> bool:
        """Whether the verb's own clause carries an obligation: a deontic modal ('must halt', 'ought to
        withdraw'; 'should' only with ``weak``) or a periphrastic one ('has to release', 'needs to negotiate')."""
        if any(c.dep_ == "aux" and c.lower_ in self.deontic_aux and (weak or c.lower_ not in WEAK_DEONTIC)
               for c in verb.children):
            return not self._perfect_after_modal(verb)
        head = verb.head
        return verb.dep_ == "xcomp" and head.lemma_lower in self.periphrastic and head.pos_ in ("VERB", "AUX") \
            and to_infinitive(verb) \
            and not any(c.dep_ in ("dobj", "attr") for c in head.children) \
            and head.tag_ != "VBD"  # narrated 'officials had to close the roads': they did

    def obliged(self, verb) -> bool:
        """Whether the verb's clause, or a clause it serves ('must ensure security to allow ...'), says what
        someone must do: an obligation, demanded or opined, is no event. 'should' alone is left to the
        hypothetical flag: it also gives advice and counterfactuals ('should have acted'), and leaving its
        acts out lost a matched event on news-dev 01-12 (see the commit log)."""
        current = verb
        for _ in range(3):
            if self.deontic(current, weak=False):
                return True
            if current.dep_ not in ("xcomp", "advcl", "conj") or current.head.i == current.i:
                return False
            current = current.head
        return False

    def demanded_act(self, clause):
        """The act a reported clause obliges its subject to ('Y must halt' → halt, 'Y has to release' →
        release), with the clause's subject; (None, None) when the clause states no obligation."""
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if self.deontic(clause):
            return clause, subject
        if clause.lemma_lower in self.periphrastic:
            act = next((c for c in clause.children if c.dep_ == "xcomp" and self.deontic(c)), None)
            if act is not None:
                return act, subject
        return None, None

    def conditional(self, verb) -> bool:
        """A modal act with an 'if'/'unless' condition on it or on the clause it completes: 'may strike
        Cambodian positions if the incursions continue', 'would attack ... unless they left'."""
        if not any(c.dep_ == "aux" and c.lower_ in self.conditional_aux for c in verb.children):
            return False
        return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
                   for c in verb.children)

    def prevented(self, anchor) -> bool:
        """Whether the act is what a counterfactive verb says did not happen: its object ('averted a war',
        'avoided attacking'), its 'from' complement ('prevented the crowd from storming', 'refrained from
        shelling') or, for a noun, the object of such a verb ('to prevent clashes with the militias'); and
        what one argues, votes or warns against ('voted against extending the sanctions', 'warned against
        recognising the junta'): an act opposed, neither done nor done by the one opposing it."""
        head = anchor.head
        if anchor.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "against" and head.head.pos_ == "VERB":
            return True
        if anchor.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "from":
            head = head.head
        elif anchor.dep_ not in ("dobj", "xcomp", "nsubjpass"):
            return False
        return head.i != anchor.i and head.pos_ == "VERB" and head.lemma_.lower() in self.counterfactive

    @staticmethod
    def fronted_purpose(verb) -> bool:
        """'To ease the crisis, the envoys met in Lima': an infinitive of purpose before the clause it
        serves states an aim only (after its clause, 'visited Lima to discuss trade', the aim is often
        carried out in the same act, so that order is left to :meth:`purpose`)."""
        return verb.dep_ == "advcl" and verb.i < verb.head.i and to_infinitive(verb) and \
            not any(c.dep_ in ("nsubj", "mark") for c in verb.children)

    @staticmethod
    def inaction(verb) -> bool:
        """'had done nothing to protect them', 'did little to stop the attacks', 'has not done enough to help':
        'do' with an amount of none and an infinitive of what it should have served, a judgement of failure
        (not 'did nothing wrong', which denies a misdeed)."""
        if verb.lemma_.lower() != "do":
            return False
        negated = any(c.dep_ == "neg" for c in verb.children)
        amount = next((c for c in verb.children if c.dep_ == "dobj" and
                       (c.lower_ in NEGATED_AMOUNTS if negated else c.lower_ in INACTION_OBJECTS)), None)
        return amount is not None and any(c.dep_ in ("advcl", "xcomp", "relcl", "acl") and to_infinitive(c)
                                          for c in [*verb.children, *amount.children])

    @classmethod
    def undone(cls, verb) -> bool:
        """The infinitive after inaction ('did little to help the refugees'): what was not done."""
        if not to_infinitive(verb):
            return False
        head = verb.head.head if verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "dobj" else verb.head
        return head.i != verb.i and cls.inaction(head)

    @staticmethod
    def purpose(verb):
        """The act a clause of purpose serves ('sent troops to the border (so as) to attack Kosovo' → sent;
        'in order to attack', parsed as a clause on 'order'), else None."""
        if not to_infinitive(verb):
            return None
        head = verb.head
        if verb.dep_ == "acl" and head.lower_ == "order" and head.dep_ == "pobj" and head.head.lower_ == "in":
            head = head.head.head  # 'in order to attack': attack ← order ← in ← sent
        elif verb.dep_ != "advcl":
            return None
        if head.i == verb.i or head.pos_ != "VERB" or verb.i < head.i:
            return None
        return head
