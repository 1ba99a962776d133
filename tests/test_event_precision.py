"""Event precision: constructions that look like events but state none (alleged acts, fronted aims, places
that only name a document, headline labels), each with a sentence where the same words do code an event."""

import pytest

from dyad import extract


def _triples(text, published="2024-05-02"):
    return {(e.source.country or e.source.code, (e.target.country or e.target.code) if e.target else None,
             e.cameo_root) for e in extract(text, published=published).events}


# ---------------------------------------------------------------- alleged acts
@pytest.mark.parametrize("text, accusation", [
    ("The rights group Freedom Now accused Brazil of jailing reporters, ignoring court orders and censoring "
     "the press.", ("NGO", "BRA", "11")),
    ("The Peruvian government blamed Chile for attacking its fishing boats.", ("PER", "CHL", "11")),
    # the means of the act alleged is alleged with it
    ("Sudan accused Chad of breaching the border accord by signing a pact with the Darfur rebels.",
     ("SDN", "TCD", "11")),
])
def test_alleged_act_is_not_coded_only_the_accusation(text, accusation):
    found = _triples(text)
    assert accusation in found
    assert {root for _, _, root in found} == {"11"}  # no 12/17/19 for the acts alleged


def test_stated_act_after_an_accusation_is_still_coded():
    found = _triples("Peru accused Chile of spying. Chilean troops attacked Peruvian border posts on Sunday.")
    assert ("CHL", "PER", "19") in found


# ---------------------------------------------------------------- fronted purpose
@pytest.mark.parametrize("text, stated", [
    ("To help Ecuador, Colombian officials met Venezuelan envoys in Caracas.", ("COL", "VEN", "04")),
    ("To pressure Peru, Bolivian ministers travelled to Santiago.", ("BOL", "CHL", "04")),
])
def test_fronted_purpose_is_an_aim_not_an_act(text, stated):
    found = _triples(text)
    assert stated in found
    assert {(s, t) for s, t, _ in found} == {stated[:2]}  # no aid to Ecuador, no demand on Peru


def test_purpose_after_its_clause_is_left_to_the_purpose_rule():
    found = _triples("Chile's foreign minister visited Lima to discuss fishing rights with Peruvian officials.")
    assert any(s == "CHL" and t == "PER" and root == "04" for s, t, root in found)


# ---------------------------------------------------------------- places naming documents
def test_place_naming_an_accord_is_no_party():
    found = _triples("Bolivia and Paraguay signed the Lusaka Ceasefire Agreement on Monday.")
    assert ("BOL", "PRY", "05") in found
    assert all("ZMB" not in (s, t) for s, t, _ in found)


def test_organisation_named_after_its_state_keeps_it():
    found = _triples("The Bolivian police arrested two leaders of the Chile Miners Union in La Paz.")
    assert any(s == "BOL" and t == "CHL" for s, t, _ in found)


# ---------------------------------------------------------------- headline labels
def test_headline_label_before_a_colon_is_no_protest():
    text = "Peru protests: Ecuador recalls envoy\n\nEcuador recalled its ambassador from Lima on Friday."
    found = _triples(text)
    assert ("ECU", "PER", "16") in found
    assert all(root != "14" for _, _, root in found)


def test_protests_as_a_verb_with_an_object_is_coded():
    found = _triples("Peru protests Ecuador's decision to close the border.")
    assert any(s == "PER" and root in ("11", "14") for s, _, root in found)


# ---------------------------------------------------------------- undergone acts
def test_undergone_attack_has_its_from_phrase_as_agent():
    found = _triples("The Chilean embassy has faced attacks from Peruvian militants.")
    assert any(s == "PER" and t == "CHL" and root == "19" for s, t, root in found)
    assert all(s != "CHL" for s, _, _ in found)


def test_attack_without_undergoing_verb_keeps_its_subject_as_agent():
    found = _triples("Chilean troops attacked Peruvian border posts.")
    assert any(s == "CHL" and t == "PER" and root == "19" for s, t, root in found)


# ---------------------------------------------------------------- landmarks inside an argument
@pytest.mark.parametrize("text, target", [
    ("Nigeria's army launched an offensive against insurgent positions near the Chadian border.", "NGA"),
    ("The Pakistani air force struck militant camps along the Afghan border.", "PAK"),
    ("Colombian troops attacked guerrilla camps along the frontier with Venezuela.", "COL"),
])
def test_a_state_that_only_places_the_target_is_no_party(text, target):
    found = _triples(text)
    assert found, "the attack itself is coded"
    assert {t for _, t, _ in found} == {target}  # the rebels, not the neighbour whose border locates them


def test_a_foreign_state_named_as_the_object_is_still_the_target():
    found = _triples("Malian aircraft bombed Algerian positions near the border on Tuesday.")
    assert ("MLI", "DZA", "19") in found


def test_the_topic_of_talks_is_no_party():
    found = _triples("Ecuadorian envoys discussed border security with Peruvian officials in Lima.")
    assert ("ECU", "PER", "04") in found
    assert {t for _, t, _ in found} == {"PER"}  # 'border security' is what was discussed
