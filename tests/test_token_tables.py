"""The per-Doc token tables the coder reads instead of spaCy's Token objects must say exactly what
spaCy says: every attribute, head, child, sentence, entity and span text, on real news text."""

from __future__ import annotations

import pytest
from conftest import REPO, SEED, SHARED

from dyad.actors import TokenTable
from dyad.events import _release, _tokens
from dyad.nlp import entity_at

# Quotes, a dateline, coordination, a list of states, apostrophes and a line break: what the tables must
# get right beyond plain words.
MADE_UP = ("ANKARA, Nov 1 (Reuters) - Turkey's foreign minister said on Tuesday that Israel, Egypt and Jordan "
           "\"must stop\" the fighting.\n\nThe ministers met in Cairo and agreed to talk again, officials said.")


@pytest.fixture(scope="module")
def docs(nlp):
    """The made-up text, the articles shipped in examples/, and, where ../shared is beside the repository, the
    seed article and three Wikinews texts."""
    paths = sorted((REPO / "examples").glob("*.txt"))
    if SHARED.is_dir():
        paths += [SEED, *sorted(SHARED.glob("news-dev/*.txt"))[:3]]
    return [nlp(MADE_UP)] + [nlp(path.read_text(encoding="utf-8")) for path in paths]


def test_token_table_matches_spacy(docs):
    for doc in docs:
        table = TokenTable(doc)
        assert table.n == len(doc) and table.doc_text == doc.text
        for t in doc:
            i = t.i
            assert (table.text[i], table.lower[i], table.lemma[i], table.pos[i], table.tag[i], table.dep[i],
                    table.ent_type[i], table.head[i], table.idx[i], bool(table.alpha[i]), table.sent[i]) == \
                (t.text, t.lower_, t.lemma_.lower(), t.pos_, t.tag_, t.dep_, t.ent_type_, t.head.i, t.idx,
                 t.is_alpha, t.sent.start), (doc.text[:40], i)
            assert table.children(i) == [c.i for c in t.children]
            entity = entity_at(t)
            assert table.entity_at(i) == (None if entity is None else (entity.start, entity.end, entity.label_))
        assert table.coordinated == {j for t in doc if t.dep_ == "conj" for j in (t.i, t.head.i)}
        for start in range(0, len(doc), 7):
            for end in range(start + 1, min(len(doc), start + 6)):
                assert table.span_text(start, end) == doc[start:end].text


def test_event_coder_tokens_match_spacy(docs):
    for doc in docs:
        tokens = _tokens(doc, TokenTable(doc))
        for t, mine in zip(doc, tokens):
            assert (mine.i, mine.idx, mine.text, mine.lower_, mine.lemma_lower, mine.pos_, mine.dep_, mine.tag_,
                    mine.head.i) == (t.i, t.idx, t.text, t.lower_, t.lemma_.lower(), t.pos_, t.dep_, t.tag_, t.head.i)
            assert [c.i for c in mine.children] == [c.i for c in t.children]
            assert (mine.sent.start, mine.sent.end) == (t.sent.start, t.sent.end)
            assert [c.i for c in mine.conjuncts] == [c.i for c in t.conjuncts]
            assert [w.i for w in mine.subtree] == [w.i for w in t.subtree]
            assert mine.left_edge.i == t.left_edge.i
        _release(tokens)
        assert tokens == []


def test_sentence_initial_he_continues_a_role_subject_across_a_paragraph_break(nlp):
    """News paragraphs are often one sentence: '... criticised the decision.\\n\\nHe also denied ...'
    continues the official of the paragraph before, as it would within one paragraph."""
    from dyad.actors import resolve_actors

    for gap in (" ", "\n\n"):
        doc = nlp(f"A senior Kenyan army officer criticised the decision.{gap}He also denied the report.")
        he = next(t for t in doc if t.text == "He")
        ref = resolve_actors(doc).at(he)
        assert ref is not None and ref.country == "KEN", gap


def test_offsets_in_ranges_agrees_with_in_ranges():
    from dyad.nlp import in_ranges, offsets_in_ranges, quoted_ranges

    text = 'He said "we will go" and then "stay".\n\nShe said "no'
    ranges = quoted_ranges(text)
    assert ranges  # the text has quotations
    offsets = list(range(len(text) + 2))
    assert offsets_in_ranges(offsets, ranges) == [in_ranges(o, ranges) for o in offsets]
    assert offsets_in_ranges(offsets, []) == [False] * len(offsets)
