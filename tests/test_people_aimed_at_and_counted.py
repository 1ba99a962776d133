"""Whom force is aimed at when the parser reads them as a clause's subject ('tear gas on teachers marching to the
ministry': dyad/parse_repairs.py people_acted_on) or a counted group's participle as a gerund ('a group of striking
miners': dyad/events/predicates.py _counted_noun); miners are workers (roles.tsv); police spray tear gas as they fire it
(verb_patterns.tsv). Sentences written for these tests."""

from coded import triples


def _events(text: str) -> list[tuple]:
    return triples(text, published="2025-07-08")


def test_a_preposition_of_aim_takes_the_people_not_their_participle(nlp):
    doc = nlp("Riot police sprayed tear gas on teachers marching towards the ministry.")
    teachers = next(t for t in doc if t.lower_ == "teachers")
    assert teachers.dep_ == "pobj" and teachers.head.lower_ == "on"
    assert next(t for t in doc if t.lower_ == "marching").head.i == teachers.i
    events = _events("Bolivian riot police sprayed tear gas on teachers marching towards the ministry in La Paz.")
    assert ("BOLCOP", "175", "BOLEDU") in events


def test_a_counted_group_with_a_participle_before_its_noun_is_the_target():
    assert ("PERCOP", "175", "PERLAB") in _events(
        "Peruvian police dispersed a group of striking miners near the copper mine in Arequipa.")
    events = _events("Chilean police detained a handful of students outside the ministry in Santiago.")
    assert ("CHLCOP", "173", "CHLEDU") in events
