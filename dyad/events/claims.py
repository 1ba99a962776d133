"""Claims of responsibility made after the act: who did an attack the text first told without its doer.

News tells a bombing before anyone owns it ('At least 17 people were killed when a bomb exploded at a market
... The Pakistani Taliban claimed responsibility for the attack', '... The blast was claimed by a faction of
the group'). The act was coded with no named doer (the state it happened in, the convention for an unknown
attacker); the claim names it. A claim inside the act's own sentence ('claimed responsibility for a bombing
that killed ...') is read where the act is coded (:func:`dyad.events.arguments._claimer`).
"""

from __future__ import annotations

from typing import Optional

from dyad.codebooks import word_classes
from dyad.events.arguments import _claimer
from dyad.events.lexicon import CONFLICT_ROOTS
from dyad.events.tokens import _first
from dyad.records import ActorRef, Event

# Sentences back (holding events) in which an unowned attack may be the one a later claim names.
CLAIM_WINDOW = 3
# Determiners by which an act noun refers back to an act already told.
REFERRING_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "sunday", "monday", "tuesday",
                                   "wednesday", "thursday", "friday", "saturday"})


def claimed_acts(coder, found: list[Event]) -> list[Event]:
    """``found`` with the unowned acts of force a later claim of responsibility names given the claimant as
    their source (events in the claim's own sentence included: 'The blast, which also wounded 50 people, was
    claimed by X')."""
    owned = list(found)
    for token in coder.tokens:
        claim = _claim(coder, token)
        if claim is None:
            continue
        claimants, sentence_start, sentence_end = claim
        earlier = sorted({e.start_char for e in owned if e.start_char < sentence_start})[-CLAIM_WINDOW:]
        named: set[str] = set()  # armed men known by their kind whom the claim names
        for n, event in enumerate(owned):
            if (event.start_char in earlier or sentence_start <= event.start_char < sentence_end) and \
                    event.cameo_root in CONFLICT_ROOTS and _unowned(coder, event.source):
                if event.source.actor_id:
                    named.add(event.source.actor_id)
                owned[n] = event.model_copy(update={"source": claimants[0]})
        for n, event in enumerate(owned):  # 'The UN condemned the attack', told after the claim: the claimant's
            if event.start_char >= sentence_start and event.target is not None and event.target.actor_id in named:
                owned[n] = event.model_copy(update={"target": claimants[0]})
    return owned


def _claim(coder, verb) -> Optional[tuple[list[ActorRef], int, int]]:
    """(claimants, sentence start, sentence end) where ``verb`` claims an act told before: 'X claimed
    responsibility for the attack' (an act noun that refers back) or 'the blast was claimed by X'."""
    if verb.pos_ != "VERB" or verb.lemma_lower not in word_classes()["@claiming"] or \
            any(c.dep_ == "neg" for c in verb.children):
        return None
    claimant, act = None, None
    responsibility = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_lower == "responsibility"), None)
    if responsibility is not None:
        act = next((_first(p, "pobj") for holder in (responsibility, verb) for p in holder.children
                    if p.dep_ == "prep" and p.lower_ == "for"), None)
        claimant = _claimer(act) if act is not None else None
    elif verb.lemma_lower == "claim" and any(c.dep_ == "auxpass" for c in verb.children):
        act = _first(verb, "nsubjpass")
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        claimant = _first(agent, "pobj") if agent is not None else None
    if claimant is None or act is None or not _refers_back(coder, act):
        return None
    claimants = [r for r in coder._conjuncts(claimant) if r.actor_id]
    if not claimants:
        return None
    sent = verb.sent
    return claimants, sent.start_char, sent.end_char


def _refers_back(coder, act) -> bool:
    """Whether a noun names an act of force told before: an attack word with a referring determiner ('the
    attack', 'the blast, which also wounded ...', "Sunday's bombing"; not 'an attack on a convoy')."""
    words = coder.lexicon.nominals.keys() | word_classes()["@force_acts"] | word_classes()["@happenings"]
    if act.pos_ != "NOUN" or act.lemma_lower not in words:
        return False
    return any(c.dep_ in ("det", "poss") and c.lower_.rstrip("'s").rstrip("’s") in REFERRING_DETERMINERS
               or c.dep_ == "poss" and c.ent_type_ == "DATE" for c in act.children)


def _unowned(coder, source: ActorRef) -> bool:
    """A source the text did not name: a bare state an unknown attacker's act was given (the state it
    happened in), no actor at all, or armed men known only by their kind ('gunmen', 'armed men', 'attackers':
    a role of an armed sector with no name, which the claimant names)."""
    if source.actor_id is None:
        return not source.code or source.code == "UNK" or source.code == source.country
    actor = coder.index.get(source.actor_id)
    if actor.kind != "group" or not actor.role or (actor.sector or "")[:3] not in UNNAMED_ATTACKER_SECTORS:
        return False
    spans = [coder.doc.char_span(m.start_char, m.end_char, alignment_mode="expand") for m in actor.mentions]
    return not any(t.pos_ == "PROPN" for span in spans if span is not None for t in span)  # ('Al-Shabaab
    # fighters' are named)


# Sectors of armed men a text may know only by their kind before a group claims their act: unidentified armed
# forces (CAMEO UAF), insurgents and criminals.
UNNAMED_ATTACKER_SECTORS = frozenset({"UAF", "REB", "CRM"})
