"""Verbs and nouns written with a hyphened prefix ('re-imposed', 're-arrested', 'co-operation') stay one word
with the lemma of the word they prefix, so that the parser and the coder read them as verbs and nouns; other
hyphens split as before (dyad/nlp.py keep_hyphened_prefixes, PrefixedLemmas; dyad/events/predicates.py
_prefixed_stem). Sentences written for these tests."""

from coded import triples
from dyad.nlp import load_pipeline


def test_a_hyphened_prefix_keeps_the_word_whole_with_the_lemma_of_what_it_prefixes():
    doc = load_pipeline()("Zambian police re-arrested the activist, and security co-operation with Malawi grew.")
    words = {t.text: t for t in doc}
    assert words["re-arrested"].pos_ == "VERB" and words["re-arrested"].lemma_ == "arrest"
    assert words["co-operation"].lemma_ == "cooperation"
    split = [t.text for t in load_pipeline()("The pro-Russian party won two-thirds of the seats.")]
    assert "pro" in split and "Russian" in split


def test_a_repeated_act_is_coded_as_the_act():
    assert ("USA", "163", "VEN") in triples("The United States re-imposed sanctions on Venezuela.")
    assert [c[1] for c in triples("Zambian police re-arrested the opposition leader in Lusaka.")] == ["173"]


def test_a_verb_the_lexicon_writes_with_a_hyphen_stays_one_word():
    doc = load_pipeline()("Police baton-charged and tear-gassed the marchers in Chittagong.")
    words = {t.text: t for t in doc}
    assert words["baton-charged"].lemma_ == "baton-charge" and words["tear-gassed"].lemma_ == "tear-gas"
    assert words["Police"].dep_ == "nsubj"  # (split, 'baton' made 'Police' a modifier and lost the subject)
    assert ("BGDCOP", "175", "BGDOPP") in triples("Police in Chittagong baton-charged and fired tear gas at "
                                                  "hundreds of opposition marchers.")
    assert ("INDCOP", "175", "INDEDU") in triples("A police lathi-charge on students in Patna left dozens hurt.")
