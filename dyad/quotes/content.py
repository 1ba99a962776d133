"""Content frames: a verb that takes a stance on, or voices, a proposition given as a content noun's
that-clause ('The Kremlin denied reports that troops were massing', 'Oslo expressed hope that the talks would
resume', 'took issue with claims that ...'), or an idiom whose fixed word governs the that-clause ('made
(it) clear that ...'). The that-clause is reported as the verb's subject's; the verbs and frames are rows of
``cue_complements.tsv``, the nouns of ``content_nouns.tsv``. Commitments ('vowed to keep fighting') report an
intended act, not a proposition: their frame 'to V' is read only when asked for (``commitments``)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Optional

from lemminflect import getInflection

from spacy.tokens import Token

from dyad.codebooks import DictionaryError, _tsv, data_path, verb_lexicon, word_classes

CONTENT_CLASSES = frozenset({"speech", "attitude"})
_AGENT_ENTITIES = ("PERSON", "ORG", "NORP", "GPE")
_PERSONAL = {"he", "she", "they", "we", "i"}
# Verbs that link a subject to a state, doing nothing: 'remained silent', 'stayed calm'.
LINKING_VERBS = frozenset({"be", "remain", "stay", "become", "seem", "appear", "look", "sound", "grow", "prove"})


@functools.cache
def content_nouns(path: Optional[Path] = None) -> frozenset[str]:
    """Noun lemmas (lower case) whose that-clause states a proposition (``content_nouns.tsv``)."""
    path = path or data_path("content_nouns.tsv")
    found, problems = set(), []
    for number, row in _tsv(path, ("noun", "class")):
        if not row["noun"]:
            problems.append(f"{path}:{number}: noun: empty")
        elif row["class"] not in CONTENT_CLASSES:
            problems.append(f"{path}:{number}: class: {row['class']!r} not one of {sorted(CONTENT_CLASSES)}")
        else:
            found.add(row["noun"].lower())
    if problems:
        raise DictionaryError(problems)
    return frozenset(found)


def that_clause(holder: Token, after: int) -> Optional[Token]:
    """A clause marked 'that' hanging from ``holder`` after token ``after``."""
    return next((c for c in holder.children if c.dep_ in ("acl", "ccomp", "advcl", "relcl") and c.i > after
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def subject_read_as_object(cue: Token, clause: Token) -> Optional[Token]:
    """The cue's object that is really the subject of its complement clause: in 'The spokesman insisted the
    elections would go ahead', with no 'that', spaCy may read 'the elections' as the object of 'insisted' and
    leave 'go' without a subject. An object right before a subjectless clause after the cue is that subject.
    Works on spaCy Tokens (quotations) and on the coder's token stand-ins (events) alike."""
    if clause.i < cue.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i < clause.i), None)
    if obj is None or max(t.i for t in obj.subtree) + 1 != min(t.i for t in clause.subtree):
        return None
    return obj


# Verbs of a state, not an act, as the head of a reported clause: 'were its citizens', 'had gunshot wounds' (main
# verb 'have': as an auxiliary it is no clause head).
STATIVE_VERBS = frozenset({"be", "have"})


def speakers_next_act(verb: Token, cues) -> Optional[Token]:
    """The speech verb whose second act this verb is, where the parser hung it on the reported clause: in 'The
    minister said the border would stay closed and accused Chile of ...' spaCy often makes a second past-tense
    verb with no subject of its own a conjunct of the reported clause's verb, which then lends it the reported
    subject. Where that verb's tense differs from the reported verb's ('would stay', 'was needed') and matches
    the speech verb's (lemma in ``cues``), it is the speaker's. Works on spaCy Tokens (quotations) and on the
    coder's token stand-ins (events) alike; None where the verb is no such act."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBN") or \
            any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass", "agent") for c in verb.children):
        return None
    clause = verb.head
    for _ in range(2):
        if clause.dep_ in ("xcomp", "ccomp") and clause.tag_ == "VB" and verb.tag_ == "VBD" and \
                clause.head.dep_ == "ccomp" and clause.head.i < clause.i:
            clause = clause.head  # 'said the West was to blame for the crisis and called on X', 'said the deal
            # would let trade resume and promised ...': a past verb is no conjunct of an infinitive or a bare
            # verb, but of the reported clause's verb
    cue = clause.head
    if clause.dep_ == "ccomp" and cue.lemma_.lower() in cues and cue.i < clause.i < verb.i and \
            _bound_object(verb, clause):
        return cue  # 'said both sides bore responsibility and urged them to return': 'them' are the sides, so
        # the sides do not urge; the speaker does
    if _mindless_subject(clause):  # 'said the verdict was unjust and urged X to ...': a verdict urges no one
        acts = verb.lemma_.lower() not in LINKING_VERBS and not _harm_only(verb.lemma_.lower()) and any(
            c.dep_ in ("dobj", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ in ("on", "for"))
            for c in verb.children)  # (an act done to someone or for something, not 'remained silent'; nor harm,
        # which an event does: 'said the blast injured three and damaged the engine')
        if acts and clause.dep_ == "ccomp" and cue.lemma_.lower() in cues and cue.i < clause.i < verb.i:
            return cue
        return None
    if clause.lemma_.lower() in STATIVE_VERBS and verb.lemma_.lower() in cues and verb.tag_ == "VBD" and \
            clause.dep_ == "ccomp" and cue.lemma_.lower() in cues and cue.i < clause.i < verb.i and \
            _speech_complement(verb):
        return cue  # 'said four of the dead were its citizens and asked Lima to ...', '... had gunshot wounds and
        # called on the police to ...': a statement of what is (or what one has), then the speaker's own act of speech
    if verb.lemma_.lower() in cues and verb.tag_ == "VBD" and clause.tag_ != "VBD" and clause.dep_ == "ccomp" and \
            cue.lemma_.lower() in cues and cue.i < clause.i < verb.i and _speech_complement(verb):
        return cue  # 'denied its troops had crossed the border and accused X of ...': a second act of speech after
        # a reported clause in another tense is the speaker's, not the reported subject's
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children)
    if verb.tag_ == "VBN" and clause.tag_ not in ("VB", "VBZ", "VBP") and not (
            passive and any(c.dep_ == "dobj" for c in verb.children)):
        return None  # 'said the rebels had attacked the post and burned it', 'was ambushed and looted': shared
        # (not 'had been banned and blamed X': a participle with an object shares no passive)
    if _participle_form(verb) and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children) \
            and not passive:
        return None  # 'had crossed the border and attacked a post', 'had attacked the city and taken it': a form
        # the tagger calls past that can be the perfect's participle shares its auxiliary and subject
    if clause.dep_ != "ccomp" or clause.tag_ == "VBD" or cue.tag_ != "VBD" or clause.i > verb.i or \
            cue.lemma_.lower() not in cues or cue.i > clause.i:
        return None
    if verb.lower_ in ("was", "were") and _number(_nsubj(cue)) not in (None, verb.lower_ == "were") and \
            _number(_nsubj(clause)) == (verb.lower_ == "were"):
        return None  # 'X said the officers had finished their training and were ready': 'were' agrees with the
        # officers, not with the speaker
    return cue


def _nsubj(verb: Token) -> Optional[Token]:
    """The verb's subject ('nsubj'), or None."""
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _number(subject) -> Optional[bool]:
    """True for a plural subject, False for a singular one, None where the words do not tell."""
    if subject is None:
        return None
    if subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("they", "we") or \
            any(c.dep_ == "conj" for c in subject.children):
        return True
    if subject.tag_ in ("NN", "NNP") or subject.lower_ in ("he", "she", "it"):
        return False
    return None


def _speech_complement(verb: Token) -> bool:
    """Whether a verb of speech has what it asks or says of someone: an object, a clause, or 'on' ('called on X')."""
    return any(c.dep_ in ("dobj", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "on") for c in verb.children)


def _bound_object(verb: Token, clause: Token) -> bool:
    """Whether the verb's object is a personal pronoun that agrees with the reported clause's subject ('them'
    after a plural subject, 'him' or 'her' after a singular one): a pronoun object is never its own clause's
    subject, so the verb is not that subject's."""
    pronoun = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("them", "him", "her")), None)
    subject = _nsubj(clause)
    if pronoun is None or subject is None:
        return False
    plural = subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("they", "both") or \
        any(c.dep_ == "conj" for c in subject.children)
    return plural if pronoun.lower_ == "them" else not plural and subject.tag_ in ("NN", "NNP", "PRP")


def _mindless_subject(clause: Token) -> bool:
    """Whether the reported clause's subject is a thing that does no act of its own: an act, a document, a
    relation or a measure ('the verdict', 'the treaty', 'the report', 'the talks'; word_classes.tsv @acts,
    @joint, @governing, @happenings, the content nouns and event nouns), named by no entity."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    return subject.lemma_.lower() in _thing_nouns()


@functools.cache
def _thing_nouns() -> frozenset[str]:
    """Nouns of acts, documents, relations and measures, and the event nouns of the lexicon ('the bombing',
    'the arrests'): an event does no act of its own."""
    classes = word_classes()
    return frozenset(classes["@acts"] | classes["@joint"] | classes["@governing"] | classes["@happenings"] |
                     content_nouns() | set(verb_lexicon().nominals))


@functools.cache
def _harm_only(lemma: str) -> bool:
    """Whether every lexicon pattern of the verb is force or coercion (CAMEO roots 17-20: 'damage', 'injure',
    'destroy'): harm an event does as well as a person."""
    roots = {pattern.code[:2] for pattern in verb_lexicon().for_lemma(lemma)}
    return bool(roots) and roots <= {"17", "18", "19", "20"}


def _participle_form(verb: Token) -> bool:
    """Whether the verb's written form is its past participle ('attacked', 'taken'; not 'took'), by lemminflect's
    tables."""
    forms = getInflection(verb.lemma_.lower(), tag="VBN") or ()
    return verb.lower_ in forms or verb.lower_.endswith("ed")


def content_clause(verb: Token, preposition: Optional[str], word: Optional[str]) -> Optional[Token]:
    """The that-clause a content frame of ``verb`` finds: of the content noun that is the verb's object (or
    the object of its preposition), or of the verb or its fixed word ('made it clear that')."""
    children = [c for c in verb.children if c.i > verb.i]
    if word is not None and preposition is None:  # 'W that S'
        fixed = next((c for c in children if c.lower_ == word), None)
        if fixed is None:
            return None
        return that_clause(fixed, fixed.i) or that_clause(verb, fixed.i)
    if word is not None and not any(c.dep_ == "dobj" and c.lower_ == word for c in children):
        return None
    if preposition is None:
        noun = next((c for c in children if c.dep_ == "dobj"), None)
    else:
        prep = next((c for c in children if c.dep_ == "prep" and c.lower_ == preposition), None)
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if noun is None or noun.lemma_.lower() not in content_nouns():
        return None
    return that_clause(noun, noun.i)


def agentive(subject: Optional[Token], known: bool) -> bool:
    """A subject that can hold a view or make a promise: an actor the coder knows (``known``), a named
    person, organisation, group or state, or a personal pronoun; not 'the storm', 'rising prices'."""
    if subject is None:
        return False
    return known or subject.ent_type_ in _AGENT_ENTITIES or subject.lower_ in _PERSONAL
