"""Choosing a pronoun's antecedent: agreement filters, then salience.

A small, explicit mention-ranking model (the shape a learned coreference scorer would replace): every
actor mention outside quotations is a :class:`Candidate` with agreement features (person or thing,
singular or plural, gender where a title or first name gives it) and salience features (where it is,
whether it is a clause subject). A pronoun (:class:`Pronoun`) keeps the candidates that agree with it,
lie within the window and are not barred by binding (a non-reflexive object is never its own clause's
subject: in 'He thanked him' the two differ), and takes the most salient: nearest sentence first, a
subject of an earlier sentence before its objects, then the latest. Descriptive mentions ('Ukrainian positions', a demonym
adjective) are no candidates: they mention a state without making it a referent.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

# Pronoun → (kind, number, gender): kind 'person' (he, she) or 'thing' (it: a state, body, organisation).
PRONOUN_FEATURES = {
    **{p: ("person", "sg", "m") for p in ("he", "him", "his", "himself")},
    **{p: ("person", "sg", "f") for p in ("she", "her", "hers", "herself")},
    **{p: ("thing", "sg", None) for p in ("it", "its", "itself")},
    **{p: (None, "pl", None) for p in ("they", "them", "their", "theirs", "themselves")},
}
# How far back an antecedent may be: sentences, and paragraphs (a new paragraph often opens with 'He';
# quotations between keep a speaker in view). Further back, a writer names the actor again.
WINDOW_SENTENCES = 6
WINDOW_PARAGRAPHS = 2
# Salience weights: each sentence back costs SENTENCE_COST; a clause subject earns SUBJECT_BONUS (so the
# previous sentence's subject beats an object named after it, but not a subject of this sentence).
SENTENCE_COST = 2.0
SUBJECT_BONUS = 1.5
# The main clause's subject ('The union said the government had failed ...') stays in view over a subject
# inside what it reports: 'Its secretary general' after that sentence is the union's.
MAIN_BONUS = 0.5
UNKNOWN_GENDER_COST = 0.5
COLLECTIVE_COST = 3.0  # 'they' for a singular state or body: only where no plural is near


@dataclass(frozen=True)
class Candidate:
    """An actor mention a later pronoun may refer to."""

    key: str  # the actor
    start: int  # first token
    sentence: int  # index of its sentence (order of sentences)
    paragraph: int
    kind: str  # 'person' or 'thing'
    number: str  # 'sg', 'pl' or 'any' (a state's plural name: 'the Philippines', 'Israelis')
    gender: Optional[str]  # 'm', 'f' or None
    subject: bool
    main: bool = False  # the subject of its sentence's main verb, not of a clause reported or embedded in it
    # in a report whose cue comes after what it reports ('X faces charges, her lawyer said'): 'speaker' for the
    # cue's subject, 'topic' for the subject of what is reported, '' elsewhere
    report: str = ""


@dataclass(frozen=True)
class Pronoun:
    """A pronoun to resolve, and the actor its clause's subject is (barred for a non-reflexive object)."""

    lower: str
    start: int
    sentence: int
    paragraph: int
    barred: frozenset[str] = frozenset()
    speaks: bool = False  # the subject of a verb of speech ('He said', 'It added')
    # the owner in the speaker of a cue that follows what it reports ('X met Y, his office said'): the topic's
    of_speaker: bool = False
    # the speaker of the clause the pronoun is reported in, where no other actor is named between ('Karimi said
    # his country had cooperated'): the one a reported 'his' or 'its' most often means
    reporter: Optional[str] = None


def agrees(pronoun: Pronoun, candidate: Candidate) -> bool:
    """Agreement in kind, number and (where both are known) gender. 'They' takes plurals of any kind."""
    kind, number, gender = PRONOUN_FEATURES[pronoun.lower]
    if number == "pl":  # a state or body as a collective in its own sentence ('Nigeria said it would
        # withdraw their force'), at a cost (:data:`COLLECTIVE_COST`)
        return candidate.number != "sg" or candidate.kind == "thing" and candidate.sentence == pronoun.sentence
    if candidate.number == "pl" or candidate.kind != kind:
        return False
    return gender is None or candidate.gender is None or candidate.gender == gender


def salience(pronoun: Pronoun, candidate: Candidate) -> float:
    """Higher is more salient. Within the pronoun's own sentence only recency counts (ties go to the
    latest); a subject's prominence carries into the sentences after it ('Russia accused Ukraine ... Its
    troops')."""
    back = pronoun.sentence - candidate.sentence
    score = -SENTENCE_COST * back
    if back == 0 and pronoun.of_speaker and candidate.report == "topic":
        score += SUBJECT_BONUS  # 'Netanyahu spoke with Sisi, his office said': the office of the one reported on
    if candidate.subject and back > 0:
        score += SUBJECT_BONUS + (MAIN_BONUS if _in_view(pronoun, candidate) else 0.0)
        if candidate.report == "speaker" and not pronoun.speaks:
            score -= MAIN_BONUS  # the source named after what it reports is in the background
    kind, number, gender = PRONOUN_FEATURES[pronoun.lower]
    if number == "pl" and candidate.number == "sg":
        score -= COLLECTIVE_COST
    if back == 0 and candidate.key == pronoun.reporter:
        return score + MAIN_BONUS  # the reporter, of whatever gender, before any earlier sentence's subject
    if kind == "person" and candidate.gender is None:
        score -= UNKNOWN_GENDER_COST  # a name that gives the gender fits better than one that does not
    return score


def _in_view(pronoun: Pronoun, candidate: Candidate) -> bool:
    """Whether a subject stays in view over the other subjects of its sentence: the main clause's, but where
    the cue comes after what it reports ('Kowal faces charges, her lawyer told reporters. If convicted she ...')
    the one reported is the topic and the speaker in the background, save for a pronoun that speaks again
    ('..., the ministry said. It added ...')."""
    if candidate.report and not pronoun.speaks:
        return candidate.report == "topic"
    return candidate.main


def in_window(pronoun: Pronoun, candidate: Candidate) -> bool:
    return candidate.start < pronoun.start and pronoun.sentence - candidate.sentence <= WINDOW_SENTENCES and \
        pronoun.paragraph - candidate.paragraph <= WINDOW_PARAGRAPHS


def choose(pronoun: Pronoun, candidates: Iterable[Candidate]) -> Optional[Candidate]:
    """The antecedent: the most salient agreeing candidate in the window (the latest on a tie), or None."""
    best, best_score = None, float("-inf")
    for candidate in candidates:
        if candidate.key in pronoun.barred or not in_window(pronoun, candidate) or not agrees(pronoun, candidate):
            continue
        score = salience(pronoun, candidate)
        if score >= best_score:
            best, best_score = candidate, score
    return best
