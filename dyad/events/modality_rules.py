"""Modality of a coded act: negation ('did not', 'no longer', 'no plans to'), hypotheticals (modals,
conditions, wished-for complements), demands and obligations, which are not events, and the codes a
modality turns an act into: conditional threats, refusals (CAMEO 12), intents (03) and threats (13),
renounced force (0356).

The clause-level analysis of demands, threats and purposes is :mod:`dyad.modality`; this module holds the
coder's rules that use it.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dyad.events.lexicon import (EFFORT_OBJECTS, FRAME_CODES, ALLEGING_HEADS, DISCIPLINING_HEADS, REFUSING_PREP_HEADS, CEASING_VERBS, CESSATION_CODES, CHARGE_NOUNS, ASPECTUAL_VERBS,
                                 CONFLICT_ROOTS, DEMANDING_HEADS, HYPOTHETICAL_HEADS,
                                 INTENT_CODES, INTENT_HEADS, MODALS, NEGATORS, PLACEHOLDER_OBJECTS, PLAN_NOUNS, PLOT_NOUNS, PREPARING_HEADS, THREATENING_HEADS,
                                 REFUSAL_CODES, REFUSING_ADJECTIVES, REFUSING_HEADS, THREAT_CODES_16)
from dyad.codebooks import speech_act_code
from dyad.events.predicates import _Predicate
from dyad.events.tokens import to_infinitive, _children, _first, committed_act, effort_aim, effort_frame, _future, _indicative, _is_passive, warned_act
from dyad.modality import COERCIVE_ROOTS, threat_code

# Verbs of reluctance whose negation commits to the act: 'will not hesitate to strike', 'would not shy away from'.
UNHESITATING_HEADS = frozenset({"hesitate", "shrink", "flinch"})
# Verbs whose 'with' phrase is the charge laid: 'charged X with arming the rebels' alleges the arming.
CHARGING_VERBS = frozenset({"charge", "indict"})


class ModalityMixin:
    """Negation, hypotheticals, demands and the codes modality gives (mixed into
    :class:`~dyad.events.coder.EventCoder`; uses only ``self``)."""

    # ------------------------------------------------------------------ negation and hypotheticals
    def negated(self, verb: Token) -> bool:
        effort = effort_frame(verb)
        if effort is not None:  # 'will spare no effort to help': the idiom's own 'no' negates nothing
            return self.negated(effort)
        if any(c.dep_ == "neg" or c.lower_ in NEGATORS for c in verb.children) or self._no_longer(verb):
            return True
        if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_lower not in EFFORT_OBJECTS and
               any(g.dep_ == "det" and g.lower_ == "no" for g in c.children) for c in verb.children):
            return True  # 'no troops were sent', 'sent no troops', 'no soldiers crossed': a quantifier of none
            # (not the idiom's own 'no': 'will spare no effort')
        head = verb.head
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "without":
            return True  # 'held talks without reaching a deal', 'left without signing': what was not done
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "of":
            head = head.head  # 'has no intention of attacking'
        if verb.dep_ in ("acl", "pcomp") and head.lemma_lower in PLACEHOLDER_OBJECTS | {"intention", "desire", "wish"} \
                and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
            return True  # 'said it had no plans to expel ...'
        return (verb.dep_ == "xcomp" and head.lemma_lower in ("refuse", "fail", "decline", "deny")) or \
            _refused_after_preposition(verb)

    def hypothetical(self, verb: Token) -> bool:
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
            return True
        if effort_frame(verb) is not None:
            return True  # 'vowed to do everything possible to free them': an aim strived for, not (yet) an act
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
            return True
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("until", "till") for c in verb.children) and \
                (any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) for c in verb.head.children) or
                 any(c.dep_ == "det" and c.lower_ == "no" for o in verb.head.children for c in o.children)):
            return True  # 'there would be no talks until the force was dissolved', 'will not stop until X
            # withdraws': the condition awaited, not yet met
        if verb.dep_ == "acl" and verb.head.lemma_lower in PLAN_NOUNS | PLOT_NOUNS and \
                to_infinitive(verb) and \
                not any(c.dep_ in ("poss", "amod", "compound") and c.i < verb.head.i and c.pos_ != "PRON"
                        for c in verb.head.children):
            return True  # 'drafted a plan to kill the president', 'a plot to seize the airport': not done
            # (a plan its owner names, "Kenya's plan to close the border", is that owner's intent)
        if verb.dep_ == "relcl" and any(c.dep_ == "det" and c.lower_ in ("every", "each", "any")
                                        for c in verb.head.children):
            return True  # 'every missile we shoot down', 'any state that attacks us': a rule, no act told
        if verb.dep_ == "ccomp" and _indicative(verb, future=False):
            return False  # 'warned that troops had shelled ...': a past or present fact, not a prospect
        return verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_lower in HYPOTHETICAL_HEADS

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

    @staticmethod
    def alleged(verb: Token) -> bool:
        """Whether the verb names what someone is accused, charged or arrested for ('accused Peru of
        shelling border posts and seizing boats', 'arrested two officers for smuggling arms'): an allegation,
        not a fact; the accusation is the event. A bare participle the parser hangs on the accusing verb
        after such a complement ('accused X of A-ing, B-ing ...') continues the list, and the means of the
        act alleged is alleged with it ('of violating the truce by shelling the port'), and so is the act a noun
        names as the object of such a verb ('of ordering the killing of civilians')."""
        current = verb
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
            current = verb.head  # an act noun alleged with its verb: 'accused of orchestrating attacks on X'
        for _ in range(4):
            head = current.head
            if current.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ("of", "for") and \
                    head.head.lemma_lower in ALLEGING_HEADS:
                return True
            if current.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "with" and \
                    head.head.lemma_lower in CHARGING_VERBS:
                return True  # 'charged Sudan with arming the rebels', 'indicted two men with smuggling arms'
            if current.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "for" and \
                    head.head.lemma_lower in DISCIPLINING_HEADS:
                return True  # 'were suspended for torturing a suspect': the grounds alleged
            if current.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "of" and _misplaced_charge(head):
                return True  # the parser's 'accused the government in [neighbouring Afghanistan of sheltering ...]'
            if current.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and head.lemma_lower in CHARGE_NOUNS and \
                    any(c.dep_ == "mark" and c.lower_ == "that" for c in current.children):
                return True  # 'Pakistan's accusation that Kabul shelters militants': the charge's content
            if current.dep_ == "advcl" and head.lemma_lower in ALLEGING_HEADS and current.lower_.endswith("ing") \
                    and not any(c.dep_ in ("nsubj", "mark", "aux") for c in current.children) and any(
                        p.dep_ == "prep" and p.lower_ in ("of", "for") and p.i < current.i
                        and any(c.dep_ == "pcomp" for c in p.children) for p in head.children):
                return True
            if current.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ("by", "through") and \
                    head.head.pos_ == "VERB":
                current = head.head  # 'accused X of violating the treaty by signing a deal': the means too
                continue
            participle = current.dep_ == "advcl" and current.tag_ == "VBG" and \
                not any(c.dep_ in ("nsubj", "mark", "aux") for c in current.children)
            participle = participle or current.dep_ == "advcl" and to_infinitive(current) and \
                not any(c.dep_ == "nsubj" for c in current.children)  # 'of sending fighters to support the
            # rebels': the aim of the act alleged is alleged with it
            if (current.dep_ not in ("conj", "xcomp") and not participle) or head.i == current.i:
                return False  # ('accused X of trying to stage a coup': through the infinitive too; 'of
                # firing on a boat, damaging its hull': the outcome of the act alleged is alleged)
            current = head
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
                if hit and (self.modality.conditional(clause) or _future(clause)):
                    return threat_code(hit[0].code)
        return None

    def refusal_code(self, verb: Token, code: str) -> Optional[str]:
        """The rejection code for a negated or refused cooperative act, else None."""
        if int(code[:2]) > 9 or code[:2] in ("01", "02"):
            return None
        refused = (verb.dep_ == "xcomp" and (verb.head.lemma_lower in REFUSING_HEADS
                                             or verb.head.lower_ in REFUSING_ADJECTIVES)) or (  # 'unwilling to
            _refused_after_preposition(verb))
        if not (self.negated(verb) or refused):
            return None
        return REFUSAL_CODES.get(code[:3]) or REFUSAL_CODES.get(code[:2])

    def intent_code(self, verb: Token, code: str) -> Optional[str]:
        """The intent (03) or threat (13) code for a future or intended act, else None."""
        if not self.lexicon.future_as_intent or verb.pos_ != "VERB" or self.negated(verb):
            return None
        future = _future(verb)
        clause = verb
        while True:
            if clause.dep_ == "xcomp" and clause.head.lemma_lower in ASPECTUAL_VERBS:
                clause = clause.head  # 'prepared to resume shelling': the intent governs 'resume'
                continue
            effort = effort_frame(clause)
            if effort is None:
                break
            clause = effort  # 'pledged to do everything possible to free them': the intent governs 'do'
            future = future or _future(effort)  # 'will spare no effort to help'
        head = clause.head
        infinitive = clause.dep_ == "xcomp" or (  # 'have sworn to fight', parsed as a clause of purpose
            clause.dep_ == "advcl" and to_infinitive(clause))
        intended = infinitive and (head.lemma_lower in INTENT_HEADS or head.lower_ in INTENT_HEADS)
        if head.dep_ == "acomp" and head.lower_ in INTENT_HEADS:  # 'is willing to withdraw'
            intended = True
        if infinitive and head.lemma_lower in UNHESITATING_HEADS and self.negated(head) and \
                _future(head):
            intended = True  # 'will not hesitate to strike' commits to the act ('did not hesitate to send' did it)
        if clause.dep_ == "pcomp" and head.lower_ == "to" and (head.head.lower_ in INTENT_HEADS
                                                               or head.head.lemma_lower in INTENT_HEADS):
            intended = True  # 'is committed to withdrawing its troops'
        if clause.dep_ == "acl" and head.lemma_lower in PLAN_NOUNS and to_infinitive(clause) and any(
                c.dep_ in ("poss", "amod", "compound") and c.i < head.i and c.pos_ != "PRON" for c in head.children):
            intended = True  # "Kenya's plan to close the border": intended, not done ('decision' is done)
        if infinitive and head.lemma_lower in THREATENING_HEADS and not self.negated(head):
            return threat_code(code) or "130"  # 'threatened to retaliate': a threat, whatever act it names
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
        if code[:2] in COERCIVE_ROOTS and code[:2] != "15":
            return threat_code(code)  # 'vowed to crush the insurgents' (137), 'plans to expel the diplomats' (1313)
        return speech_act_code(code, "intent") or INTENT_CODES.get(code[:2])

    def framed_act(self, verb: Token, code: str) -> Optional[_Predicate]:
        """The coded act a generic intent or threat commits to, named by its infinitive ('threatened to expel
        the ambassador', 'agreed to release the prisoners', 'vowed to continue shelling' through an aspectual
        verb); None when the verb is no such frame or its act is negated or not coded."""
        if code not in FRAME_CODES or verb.pos_ not in ("VERB", "NOUN"):
            return None
        named = [warned_act(verb)] if verb.pos_ == "VERB" else [committed_act(verb)]  # "Iran's threat to close ..."
        acts = (_children(verb, "xcomp") if verb.pos_ == "VERB" else []) + [a for a in named if a is not None]
        for act in acts:
            while act.lemma_lower in ASPECTUAL_VERBS and _children(act, "xcomp"):
                act = _children(act, "xcomp")[0]
            act = effort_aim(act)  # 'pledged to do everything possible to free the hostages'
            if act.pos_ != "VERB" or self.negated(act) or _is_passive(act):
                continue
            hit = self.match(act)
            if hit:
                return _Predicate(act, hit[0], act, hit[1])
        return None

    @staticmethod
    def frame_code(code: str, act: _Predicate) -> Optional[str]:
        """The code of an intent or threat frame by its act, as CAMEO's 03x and 13x descriptions mirror the act
        families: a coercive act (14-20) committed to is a threat ('vowed to strike' 138, 'threatened to cut
        ties' 1311; an 'if' condition is the threat's form, no obstacle), a cooperative act (04-08) an intent
        ('agreed to release the prisoners' 0353, 'promised to hold talks' 036); a threat to cooperate stays 130."""
        act_code = act.pattern.code
        if act_code[:2] in COERCIVE_ROOTS and (code == "130" or act_code[:2] != "15"):  # 'promised to send
            # troops to Lithuania' commits forces to an ally: a force posture is a threat only when threatened
            return threat_code(act_code)
        if code == "030" and act_code[:2] in ("04", "05", "06", "07", "08"):
            return speech_act_code(act_code, "intent") or INTENT_CODES.get(act_code[:2])
        return None

    def appeal_code(self, verb: Token, code: str) -> Optional[str]:
        """A general appeal (020) made specific by the act it asks for, as CAMEO's 02x descriptions mirror
        the act families (``speech_act_codes.tsv``): 'urged Y to hold talks' (026), 'called on Y to pull its
        troops back' (0256), 'asked that Y release the prisoners' (0253). Else None."""
        if code != "020":
            return None
        for act in _children(verb, "xcomp", "ccomp"):
            if act.pos_ != "VERB" or self.negated(act):
                continue
            hit = self.match(act)
            if hit:
                return speech_act_code(hit[0].code, "appeal")
            if _first(act, "dobj") is not None:  # 'urged them to release all those held': the appeal's own
                named = next((p for p in self.lexicon.for_lemma(self.lemma(verb))  # row for the act's noun
                              if not p.prep and not p.particle and act.lemma_lower in p.objects), None)
                if named is not None:  # ('urge + release'), where the act's object matches none of its rows
                    return named.code
        return None

    def ceased(self, verb: Token) -> bool:
        """Whether the act is one someone stops ('stopped shelling the town', 'to cease arresting
        protesters'): the gerund after a verb of cessation that is itself not negated."""
        head = verb.head
        return verb.dep_ == "xcomp" and verb.tag_ == "VBG" and head.i != verb.i and \
            head.lemma_lower in CEASING_VERBS and not self.negated(head)

    def cessation_code(self, verb: Token, code: str) -> Optional[str]:
        """The yield a stopped act is (CESSATION_CODES), or None where the act is not stopped or stopping it
        has no code of its own."""
        return CESSATION_CODES.get(code[:2]) if self.ceased(verb) else None

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
        future = _future(verb)
        intended = verb.dep_ == "xcomp" and verb.head.lemma_lower in INTENT_HEADS
        return "0356" if future or intended else None


def _refused_after_preposition(verb: Token) -> bool:
    """Whether the verb is the gerund a verb of refusal governs through a preposition ('balked at endorsing',
    'refrained from endorsing', 'shied away from condemning')."""
    if verb.dep_ != "pcomp" or verb.head.dep_ != "prep":
        return False
    governor = verb.head.head
    if governor.lower_ == "away" and governor.head.i != governor.i:
        governor = governor.head  # ('shied away from': the parser may hang 'from' on 'away')
    return (governor.lemma_lower, verb.head.lower_) in REFUSING_PREP_HEADS


def _misplaced_charge(prep: Token) -> bool:
    """Whether an 'of' phrase the parser hung inside another phrase of an alleging verb's object belongs to that
    verb: 'accused the government in neighbouring Afghanistan of sheltering militants' ('of' under 'neighbouring'),
    'accused the armed group of shelling villages' ('of' under the object itself)."""
    node = prep.head
    for _ in range(3):
        if node.dep_ not in ("pcomp", "pobj", "prep", "dobj") or node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ == "VERB" and node.lemma_.lower() in ALLEGING_HEADS:
            return True
    return False
