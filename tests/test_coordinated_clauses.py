"""Two clauses joined by 'and' without a comma (dyad/parse_repairs.py): the parser may read the second subject as
one more conjunct of the first clause's last noun and the second verb as a subjectless conjunct, adverbial or
reported content of the first. Sentences written for these tests."""

from dyad import extract
from dyad.nlp import load_pipeline

PUBLISHED = "2025-04-02"


def _triples(text):
    return {(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in extract(text, published=PUBLISHED).events}


def test_the_second_clause_keeps_its_own_subject():
    doc = load_pipeline()("Georgia recalled its envoy from Yerevan and Armenia expelled three Georgian diplomats.")
    verb = next(t for t in doc if t.lower_ == "expelled")
    assert [c.text for c in verb.children if c.dep_ == "nsubj"] == ["Armenia"]
    assert verb.dep_ == "conj" and verb.head.lower_ == "recalled"


def test_the_second_subject_does_the_second_act():
    triples = _triples("Georgia recalled its envoy from Yerevan and Armenia expelled three Georgian diplomats.")
    assert ("ARM", "161", "GEOGOV") in triples
    assert not any(source == "GEO" and target == "GEOGOV" for source, _, target in triples)


def test_a_decree_followed_by_an_arrest_is_no_reported_speech():
    result = extract("The junta proclaimed a state of emergency across the province and police detained the "
                     "regional governor.", published=PUBLISHED)
    assert not result.quotes
    detentions = [e for e in result.events if e.cameo.startswith("17")]
    assert detentions and all(e.source.sector == "COP" for e in detentions)


def test_the_subject_lent_to_the_second_verb_is_the_first_verbs_object():
    doc = load_pipeline()("The junta proclaimed a state of emergency across the province and police detained the "
                          "regional governor.")
    state = next(t for t in doc if t.text == "state")
    assert state.dep_ == "dobj" and state.head.lower_ == "proclaimed"


def test_a_coordinated_object_is_left_alone():
    doc = load_pipeline()("The minister met envoys from Chile and Peru on Monday.")
    peru = next(t for t in doc if t.text == "Peru")
    assert peru.dep_ == "conj" and peru.head.text == "Chile"
