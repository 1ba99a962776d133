"""Construction gates for cue classes that report only in some constructions.

A verb of belief (Levin 29.5 'conjecture': believe, suspect, expect, fear) reports a proposition someone holds
only when that someone is a third party, the belief is asserted (not negated, not asked) and its complement
is a finite clause stating something (not 'fears what ... could mean'), held by a finite verb (not the motive
'..., fearing it would ...'): 'Investigators suspect that the fire was set' attributes a claim; 'I believe we can win'
(the writer's own), 'did not believe the figures', 'Does anyone think ...?' and 'expect the weather to improve'
(an expected event, no reported proposition) do not. A verb of finding ('found', 'showed') reports only with a
document or inquiry as its subject ('a UN report found that ...'): 'police found the car' or 'the match showed
that ...' are no attribution. A stance verb ('questioned', 'disputed') reports only a marked clause ('questioned
whether ...', 'disputed that ...'). And no cue reports a question its speaker would not answer ('declined to
say whether ...', 'did not say when ...').
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dyad.quotes.words import FINDING_SOURCES, FIRST_PERSON

GATED_CLASSES = frozenset({"conjecture", "finding", "stance"})


def _subject(verb: Token):
    for _ in range(3):  # 'went on to say', 'is expected to' : the subject of the governing verb
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return subject
        verb = verb.head
    return None


def _finite(clause: Token) -> bool:
    """A clause with a tense or a modal ('that the fire was set', 'the talks could resume'), not an
    infinitive ('the weather to improve')."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    return clause.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in clause.children)


def _wh_clause(clause: Token) -> bool:
    """'fears what the attacks could mean', 'wonders how ...': an open question, no proposition held."""
    first = clause.left_edge
    return first.tag_ in ("WP", "WDT", "WRB", "WP$") or first.lower_ in ("whether", "if")


def _asked(sent: Span) -> bool:
    return sent.text.rstrip(' "”\'’').endswith("?")


# Verbs by which a speaker withholds what the cue would report: 'declined to say whether ...'.
WITHHOLDING_VERBS = frozenset({"decline", "refuse"})
# Verbs of asking, whose passive puts the question to its subject.
QUESTION_VERBS = frozenset({"ask", "question", "quiz", "press"})


def _withheld(cue: Token, clause: Token) -> bool:
    """'would not say whether the envoy had left', 'did not say when talks would resume', 'declined to say how
    many were held': nothing was said; the clause is the question left open. So too a question put to someone
    ('Asked whether the border would reopen, the minister said ...', 'was asked if she would resign'): it is the
    asker's question, and no one's claim."""
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in WITHHOLDING_VERBS:
        return True
    if cue.lemma_.lower() in QUESTION_VERBS and (cue.tag_ == "VBN" or cue.dep_ == "advcl") and \
            not any(c.dep_ == "nsubj" for c in cue.children) and _wh_clause(clause):  # ('Asked' the tagger reads as
        # a past tense, with no subject of its own, is the participle all the same)
        return True
    return any(c.dep_ == "neg" for c in cue.children) and _wh_clause(clause)


def reports(cue: Token, clause: Token, classes: frozenset[str], sent: Span) -> bool:
    """Whether a cue of these classes reports this clause; a cue with any ungated class always does, unless
    the speaker withheld it (:func:`_withheld`)."""
    if _withheld(cue, clause):
        return False
    if not classes or not classes <= GATED_CLASSES:
        return True
    subject = _subject(cue)
    if "finding" in classes and subject is not None and subject.lemma_.lower() in FINDING_SOURCES:
        return True
    if "stance" in classes and any(m.dep_ == "mark" and m.lower_ in ("that", "whether", "if")
                                   for m in clause.children):
        return True
    if "conjecture" in classes:
        return (subject is not None and subject.lower_ not in FIRST_PERSON and _finite(cue)
                and not any(c.dep_ == "neg" for c in cue.children) and not _asked(sent) and _finite(clause)
                and not _wh_clause(clause))
    return False
