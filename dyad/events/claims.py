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
        for n, event in enumerate(owned):
            if (event.start_char in earlier or sentence_start <= event.start_char < sentence_end) and \
                    event.cameo_root in CONFLICT_ROOTS and _unowned(event.source):
                owned[n] = event.model_copy(update={"source": claimants[0]})
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


def _unowned(source: ActorRef) -> bool:
    """A source the text did not name: a bare state an unknown attacker's act was given (the state it
    happened in), or no actor at all."""
    return source.actor_id is None and (not source.code or source.code == "UNK" or source.code == source.country)
