"""Nominal, light-verb and adjectival predicates (dyad/data/predicates.tsv, dyad/data/nominals.tsv)."""

import pytest

from dyad import extract
from dyad.codebooks import verb_lexicon


def _codes(text, published="2023-11-01"):
    return {(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in extract(text, published=published).events}


@pytest.mark.parametrize("text, expected", [
    # a light verb's event noun carries the code; its preposition may hang on the light verb
    ("Brazil gave support to the Venezuelan opposition.", ("BRA", "051", "VENOPP")),
    ("Ghana issued a warning to Togo on Friday.", ("GHA", "130", "TGO")),
    ("Egypt extended an invitation to the Libyan prime minister.", ("EGY", "026", "LBYGOV")),
    ("The Sudanese army mounted an offensive against Chadian rebels.", ("SDNMIL", "190", "TCDREB")),
    # support verbs of setting up and arranging
    ("The Arab League organised an inquiry into the massacre in Yemen.", ("IGOARL", "090", "YEM")),
    ("Norway arranged talks with the Colombian government.", ("NOR", "040", "COLGOV")),
    # an event noun as the subject of an aspectual verb, with its own source and a target
    ("The Sri Lankan army's offensive against the Tamil rebels continued for a third week.",
     ("LKAMIL", "190", "LKAREB")),
    ("Arrests of Turkish journalists by the Greek police followed.", ("GRCCOP", "173", "TURMED")),
    ("Talks between Chile and Peru took place in Lima.", ("CHL", "040", "PER")),  # 'between': each side
    # adjectives: stance codes itself, refusal and intent modify the complement's code
    ("Nigeria is opposed to the Ghanaian plan.", ("NGA", "110", "GHA")),
    ("Uganda is unwilling to negotiate with Kenya.", ("UGA", "125", "KEN")),
    ("Peru is eager to cooperate with Chile.", ("PER", "031", "CHL")),
    ("Denmark remained highly critical of Iceland's whaling policy.", ("DNK", "111", "ISL")),
    # a noun of stance predicated of the subject
    ("Bolivia has long been a fierce critic of Paraguay.", ("BOL", "111", "PRY")),
    ("Austria remains a staunch opponent of the Serbian bid.", ("AUT", "110", "SRB")),
    # an idiom of criticism
    ("The Malian junta took aim at Senegal over the border closure.", ("MLIGOV", "111", "SEN")),
])
def test_predicates_code_and_arguments(text, expected):
    assert expected in _codes(text)


@pytest.mark.parametrize("text", [
    "Norway is not opposed to the Swedish proposal.",  # a negated stance is none
    "Norway is not a critic of the Swedish proposal.",
    "The critics of the Swedish proposal met in Oslo.",  # a stance noun that is no predicate
    "The offensive against the Tamil rebels continued.",  # an event noun subject with no source of its own
    "Sudanese militias said they would see the mediator if she gave them a veto on every clause.",  # not light: a dative
])
def test_predicates_not_coded(text):
    codes = _codes(text)
    assert not any(code[:3] in ("110", "111", "190", "129") for _, code, _ in codes), codes


def test_derived_nominals_code_as_their_verb():
    nominals = verb_lexicon().nominals
    assert nominals["escalation"] == "escalate" and nominals["expulsion"] == "expel"
    assert "government" not in nominals and "goal" not in nominals  # a body, a look-alike
    assert all(verb_lexicon().for_lemma(verb) for verb in nominals.values())


@pytest.mark.parametrize("text, expected", [
    # a force verb whose object matches none of its patterns, all of one root: the root's general code
    ("Saudi police abused Yemeni workers at the border.", ("SAUCOP", "180", "YEMLAB")),
    ("Chilean troops repelled Bolivian soldiers near the border.", ("CHLMIL", "190", "BOLMIL")),
])
def test_force_verb_falls_back_to_its_root(text, expected):
    assert expected in _codes(text)


def test_force_verb_fallback_needs_people_or_actors():
    assert not any(code[:2] in ("17", "18", "19") for _, code, _ in _codes(
        "Kenyan protesters were hanging banners and flags across the square."))


@pytest.mark.parametrize("text, force", [
    # a social ill or a hazard is fought as policy or as a task, never attacked
    ("Ghana's new president promised to fight corruption and cut spending.", False),
    ("The government of Bolivia vowed to combat poverty in the highlands.", False),
    ("Mexico's president pledged to fight drug trafficking and crime in Sinaloa.", False),
    ("Chilean firefighters battled the blaze near Valparaiso for three days.", False),
    # an enemy is still fought
    ("Mozambique's army vowed to fight the insurgents in Cabo Delgado.", True),
])
def test_fighting_a_social_ill_is_no_force(text, force):
    roots = {e.cameo[:2] for e in extract(text, published="2024-05-14").events}
    assert bool(roots & {"13", "18", "19", "20"}) == force
