"""Cue complements: speech reported by a verb's noun-phrase or infinitive complement, not a that-clause.

'Peru called the levy a betrayal of farmers' reports the evaluation 'the levy is a betrayal of farmers'
(the label must judge: a word of ``evaluations.tsv``); 'Chad urged Niger to reopen the border' and 'Mali
called on Togo to free the hostages' report an appeal whose content is the infinitive clause, addressed to
the object (the Quotation record has no addressee field; the addressee stays in the sentence). The verbs
and their frames are data (``cue_complements.tsv``, where the appeal rows are measured and left out); the
evaluation's event, where it is one, is coded by :mod:`dyad.events.evaluations`, so only the quotation
is made here.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from spacy.tokens import Span, Token

from dyad.codebooks import DictionaryError, _tsv, data_path, evaluations
from dyad.records import Quotation
from dyad.quotes.content import agentive, content_clause
from dyad.quotes.gates import _subject
from dyad.quotes.phrases import _passive, _quote_id

# Parser labels of the predicative complement in 'called X Y' (spaCy gives 'oprd', or 'npadvmod', 'dep',
# 'xcomp', 'ccomp' for the second noun or adjective, depending on the words).
_PREDICATIVE = ("oprd", "npadvmod", "xcomp", "ccomp", "dep", "attr", "acomp")


def _label(word: Token) -> bool:
    """The second noun or adjective of 'called X Y': not a time ('called a strike Monday', 'called
    elections last week': the parser's npadvmod), and a loose label ('npadvmod', 'dep') only with an
    indefinite article ('branded the budget a disgrace') or as an adjective."""
    if word.pos_ not in ("NOUN", "ADJ", "PROPN") or word.ent_type_ in ("DATE", "TIME"):
        return False
    if word.dep_ in ("npadvmod", "dep"):
        return word.pos_ == "ADJ" or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in word.children)
    return True


def _trailing_adjective(obj: Token) -> Optional[Token]:
    """'called the tax case politically motivated': the parser may hang the predicative adjective on the
    object as its modifier; an adjective closing the object after its noun is the label."""
    last = obj.doc[obj.right_edge.i]
    if last.head.i == obj.i and last.i > obj.i and last.dep_ in ("amod", "acl") and last.tag_ == "JJ":
        return last
    return None


def _evaluative(label: Token) -> bool:
    """A label that judges ('an attack', 'reckless', 'a grave mistake', 'politically motivated': the word, its
    modifier or the two words with their adverb are in ``evaluations.tsv``), not one that identifies
    ('described the visitors as students from Accra')."""
    book = evaluations()
    if any(f"{c.lower_} {label.lower_}" in book for c in label.children if c.dep_ == "advmod"):
        return True
    return any(w.lower_ in book or w.lemma_.lower() in book
               for w in (label, *(c for c in label.children if c.dep_ in ("amod", "compound"))))


def _opinion(label: Token, obj: Token) -> bool:
    """'called the deal a win for taxpayers', 'called the plan a good first step': a label with an indefinite article
    after a thing named by a common noun says what the speaker makes of it, whatever the word; not a name
    ('called the boy Sam') nor what a person or body is called ('called him a friend' judges only with a word
    of evaluations.tsv)."""
    return label.pos_ == "NOUN" and label.dep_ == "oprd" and obj.pos_ == "NOUN" and \
        any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in label.children)


@dataclass(frozen=True)
class Frame:
    """One row of ``cue_complements.tsv``: 'X Y', 'X as Y', 'X to V', 'P X to V', 'to V', or a content frame
    'X that S', 'P X that S', 'W P X that S', 'W that S'."""

    kind: str                   # "naming", "labelling", "appeal", "commitment" or "content"
    preposition: Optional[str]  # 'on' in 'called on X to V', 'with' in 'took issue with X that S'
    word: Optional[str] = None  # the fixed word of an idiom: 'clear' in 'made (it) clear that', 'issue'


def _content_frame(words: list[str]) -> Optional[Frame]:
    """'X that S' (X a content noun: 'rejected claims that'), 'P X that S', 'W P X that S' ('took issue with
    claims that'), 'W that S' ('made (it) clear that')."""
    if words[-2:] != ["that", "S"] or not all(w == "X" or w.isalpha() and w.islower() for w in words[:-2]):
        return None
    head = words[:-2]
    if head == ["X"]:
        return Frame("content", None)
    if len(head) == 2 and head[1] == "X":
        return Frame("content", head[0])
    if len(head) == 3 and head[2] == "X":
        return Frame("content", head[1], head[0])
    if len(head) == 1:
        return Frame("content", None, head[0])
    return None


def _frame(text: str) -> Optional[Frame]:
    words = text.split()
    if words == ["to", "V"]:
        return Frame("commitment", None)
    if "that" in words:
        return _content_frame(words)
    if words == ["X", "Y"]:
        return Frame("naming", None)
    if words == ["X", "as", "Y"]:
        return Frame("labelling", None)
    if words == ["X", "to", "V"]:
        return Frame("appeal", None)
    if len(words) == 4 and words[1:] == ["X", "to", "V"] and words[0].isalpha() and words[0].islower():
        return Frame("appeal", words[0])
    return None


@functools.cache
def cue_complements(path: Optional[Path] = None, wide: bool = False) -> dict[str, tuple[Frame, ...]]:
    """Verb lemma (lower case) → its complement frames (``cue_complements.tsv``); the rows of option 'wide'
    ('vowed to V', 'denied reports that S') only with ``wide``: the news gold counts none as quotations."""
    path = path or data_path("cue_complements.tsv")
    found: dict[str, tuple[Frame, ...]] = {}
    problems = []
    for number, row in _tsv(path, ("lemma", "frame")):
        lemma, frame = row["lemma"].lower(), _frame(row["frame"])
        if not lemma:
            problems.append(f"{path}:{number}: lemma: empty")
        elif frame is None:
            problems.append(f"{path}:{number}: frame: {row['frame']!r} is not 'X Y', 'X as Y', 'X to V', "
                            "'P X to V', 'to V', 'X that S', 'P X that S', 'W P X that S' or 'W that S'")
        elif row.get("option", "") not in ("", "wide"):
            problems.append(f"{path}:{number}: option: {row['option']!r} is not empty or 'wide'")
        elif row.get("option", "") != "wide" or wide:
            found[lemma] = found.get(lemma, ()) + (frame,)
    if problems:
        raise DictionaryError(problems)
    return found


class _Complements:
    """The cue-complement finder of :class:`~dyad.quotes.finder.QuoteFinder`."""

    def complements(self, sent: Span) -> list[Quotation]:
        found = []
        table = self.complement_frames
        for i in self._within(self._complement_verbs, sent):
            verb = self.doc[i]
            if _passive(verb) or any(c.dep_ == "neg" for c in verb.children):
                continue  # 'was asked to leave', 'did not call it a coup': no one is quoted
            span = self._complement(verb, table.get(self._lemma[i], ()))
            if span is None:
                continue
            first, last, gated = span
            if gated and not self._agentive(verb):
                continue  # 'The storm threatened to flood the delta': no one undertakes or holds anything
            words = [j for j in range(first, last + 1) if self._word(j)]
            if len(words) < 2 or any(self._inside[j] for j in range(first, last + 1)):
                continue  # 'called the test "deplorable"': the quoted words are the quotation
            speaker = self.speaker(verb)
            if speaker is None:
                continue
            start_char, end_char = self._extent(words)
            self._cue_of[(start_char, end_char)] = verb.i
            found.append(Quotation(
                id=_quote_id(self.doc, start_char, end_char), speaker=speaker, cue=verb.text,
                text=self.text[start_char:end_char], kind="indirect", medium=self.medium(verb),
                according_to=self.relaying_outlet(sent, verb), start_char=start_char, end_char=end_char,
                sentence=self.sent_text(sent).strip()))
        return found

    def _agentive(self, verb: Token) -> bool:
        subject = _subject(verb)
        ref = self.speaker(verb)
        return agentive(subject, ref is not None and ref.actor_id is not None)

    def _complement(self, verb: Token, frames: tuple[Frame, ...]) -> Optional[tuple[int, int, bool]]:
        """The first and last token of the complement a frame of the verb finds, if one does, and whether
        the frame holds only with a subject that can speak (commitments and content frames)."""
        children = list(verb.children)
        obj = next((c for c in children if c.dep_ in ("dobj", "dative") and c.i > verb.i), None)
        infinitive = next((c for c in children if c.dep_ == "xcomp" and c.i > verb.i and c.pos_ in ("VERB", "AUX")
                           and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        for frame in frames:
            if frame.kind == "naming" and obj is not None:
                label = next((c for c in children if c.dep_ in _PREDICATIVE and c.i > obj.i and _label(c)), None) \
                    or _trailing_adjective(obj)
                if label is not None and (_evaluative(label) or _opinion(label, obj)):
                    return obj.left_edge.i, label.right_edge.i, False
            elif frame.kind == "labelling" and obj is not None:
                as_ = next((c for c in children if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i), None) or \
                    next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "as"), None)
                label = next((c for c in as_.children if c.dep_ in ("pobj", "amod", "acomp")), None) \
                    if as_ is not None else None
                if label is not None and _evaluative(label):
                    return obj.left_edge.i, as_.right_edge.i, False
                label = next((c for c in children if c.i > obj.i and c.pos_ == "ADJ" and
                              c.dep_ in _PREDICATIVE + ("advcl",) and
                              any(a.lower_ == "as" and a.i < c.i for a in c.children)), None)
                if label is not None and _evaluative(label):  # 'dismissed the figures as entirely baseless': the
                    return obj.left_edge.i, label.right_edge.i, False  # parser heads the phrase by the adjective
            elif frame.kind == "appeal" and infinitive is not None:
                if frame.preposition is None:
                    addressee = obj
                else:
                    prep = next((c for c in children if c.dep_ == "prep" and c.lower_ == frame.preposition
                                 and c.i < infinitive.i), None)
                    addressee = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
                if addressee is not None and addressee.i < infinitive.i:
                    return infinitive.left_edge.i, infinitive.right_edge.i, False
            elif frame.kind == "content":
                clause = content_clause(verb, frame.preposition, frame.word)
                if clause is not None:
                    words = self._clause_words(clause)
                    return min(words), max(words), True
            elif frame.kind == "commitment" and obj is None and infinitive is not None:
                return infinitive.left_edge.i, infinitive.right_edge.i, True
        return None
