"""The actor-name index answers as spaCy's PhraseMatcher on lower case would, at a fraction of its
build cost: the same words for every dictionary form, the same matches on real text."""

from pathlib import Path

from spacy.matcher import PhraseMatcher

from dyad.actors.lookup import NameIndex
from dyad.codebooks import actor_dictionary
from dyad.nlp import load_pipeline

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _forms(dictionary):
    for entry in dictionary.entries:
        for name in {entry.name, *entry.aliases}:
            if name:
                yield name
                yield name.upper()
    for name in dictionary.countries:
        yield name.title()


def test_the_index_splits_every_form_as_the_tokenizer_does():
    nlp = load_pipeline()
    index = NameIndex(nlp.vocab)
    forms = sorted(set(_forms(actor_dictionary())))
    sample = forms[::5] + ["Cannot Ltd", "U.S. Navy", "al-Shabaab", "Côte d'Ivoire", "People's Army"]
    for form in sample:
        assert index.words(form) == [t.lower_ for t in nlp.tokenizer(form)], form


def test_the_index_finds_what_a_phrase_matcher_finds_on_the_examples():
    nlp = load_pipeline()
    dictionary = actor_dictionary()
    names = {f"E{number}": [n for n in {entry.name, *entry.aliases} if n]
             for number, entry in enumerate(dictionary.entries[:3000])}
    index = NameIndex(nlp.vocab)
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for label, forms in names.items():
        index.add(label, forms)
        matcher.add(label, [nlp.tokenizer(form) for form in forms])
    texts = [p.read_text() for p in sorted(EXAMPLES.glob("*.txt"))]
    assert texts
    found_any = False
    for doc in nlp.pipe(texts):
        ours = sorted(index(doc))
        theirs = sorted(matcher(doc))
        assert ours == theirs
        found_any = found_any or bool(ours)
    assert found_any  # the examples name dictionary actors, so the comparison is not empty


def test_a_longer_name_cut_off_by_the_end_of_the_text_is_no_match():
    nlp = load_pipeline()
    index = NameIndex(nlp.vocab)
    index.add("LONG", ["Upper Volta Republic"])
    index.add("SHORT", ["Upper Volta"])
    doc = nlp.make_doc("Delegates flew in from Upper Volta")
    found = [(nlp.vocab.strings[key], start, end) for key, start, end in index(doc)]
    assert found == [("SHORT", 4, 6)]
    assert all(end <= len(doc) for _, _, end in found)
