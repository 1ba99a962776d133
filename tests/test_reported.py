"""Reported speech into events: a speaker's evaluation of another actor stated as a predicate noun or
adjective (said ... was a N, called ... a N, described ... as ...), and events inside reported clauses."""

import pytest

from dyad import extract


def _triples(text, published="2023-11-01"):
    return [(e.source.country or e.source.code, e.target.country or e.target.code if e.target else None, e.cameo)
            for e in extract(text, published=published).events]


@pytest.mark.parametrize("text, expected", [
    # a copula in the reported clause with an evaluative noun
    ("The Lithuanian president said the accord with Belarus was a betrayal.", ("LTU", "BLR", "111")),
    ("The Finnish minister said the Swedish proposal was a breakthrough.", ("FIN", "SWE", "051")),
    ("The Malaysian premier said the Thai move was a success.", ("MYS", "THA", "051")),
    # an evaluative adjective qualifying the predicate noun
    ("Chile said the Peruvian plan was a positive step.", ("CHL", "PER", "051")),
    # calling verbs with an object and a predicate noun
    ("The Argentine foreign minister called the British sanctions a provocation.", ("ARG", "GBR", "111")),
    ("Poland termed the German statement an insult.", ("POL", "DEU", "111")),
    # 'as' predicates
    ("Portugal described Angola's offer as constructive.", ("PRT", "AGO", "051")),
    ("Mexico described the Cuban leaders as traitors.", ("MEX", "CUB", "1125")),
    ("Spain described the French decision as a dangerous mistake.", ("ESP", "FRA", "111")),
    ("Greece hailed the Turkish offer as a breakthrough.", ("GRC", "TUR", "051")),
])
def test_reported_evaluation_nouns(text, expected):
    assert expected in _triples(text)


def test_calling_an_act_a_name_is_not_doing_it():
    # 'called the sanctions a provocation' is criticism, not the calling-for of sanctions (a light verb)
    roots = {code[:2] for _, _, code in _triples("The Argentine foreign minister called the British sanctions a provocation.")}
    assert roots == {"11"}


@pytest.mark.parametrize("text", [
    "Chile said the Peruvian plan was not a betrayal.",
    "Chile said the Peruvian plan could be a mistake.",
    "The storm was a disaster for Peru.",
])
def test_reported_evaluation_left_when_negated_modal_or_unspoken(text):
    assert not [t for t in _triples(text) if t[2][:2] in ("05", "11")]
