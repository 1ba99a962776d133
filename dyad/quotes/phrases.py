"""Small helpers on spans and noun phrases shared by the quotation finders."""

from __future__ import annotations

import hashlib
from typing import Iterable, Optional

from spacy.tokens import Doc, Token

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
    clauses = {t.i for c in token.children if c.dep_ in ("relcl", "acl") for t in c.subtree}  # (whole clauses:
    # 'in a letter that the treaty was void' is 'letter', the clause the parser hung on it is what was written)
    tokens = [t for t in token.subtree if t.i not in clauses and (t.dep_ not in ("relcl", "acl", "punct") or t is token)]
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
