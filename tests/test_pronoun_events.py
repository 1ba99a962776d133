"""Pronouns as event arguments: 'they/them/their', 'it/its', 'he/him', 'she/her' take the actor they
agree with (person or thing, number, gender) and that is most salient (nearest sentence, an earlier
sentence's subject before its objects), never their own clause's subject as an object."""

import pytest
from dyad import extract


def _triples(text: str) -> set[tuple[str, str, str]]:
    events = extract(text, published="2025-03-10", article_id="t").events
    return {(e.source.code if e.source else "-", e.cameo[:2], e.target.code if e.target else "-") for e in events}


def _has(triples, source: str, root: str, target: str) -> bool:
    return any(s.startswith(source) and r == root and t.startswith(target) for s, r, t in triples)


def test_plural_object_pronoun_is_the_plural_before_it_not_the_clause_subject():
    triples = _triples("Peru expelled three Bolivian diplomats on Friday, accusing them of espionage.")
    assert _has(triples, "PER", "11", "BOL")


def test_it_for_a_junta_and_him_for_the_ambassador():
    triples = _triples("The Guinean junta summoned the Belgian ambassador on Monday. "
                       "It ordered him to leave the country within a day.")
    assert _has(triples, "GIN", "16", "BEL")  # an order to leave is an expulsion (161) of the ambassador


def test_they_for_police_and_he_for_the_person_they_detained():
    triples = _triples("Tanzanian police detained the opposition leader in Arusha. They accused him of sedition.")
    assert _has(triples, "TZACOP", "11", "TZAOPP")


def test_they_is_the_earlier_subject_and_them_the_plural_object():
    triples = _triples("Tanzanian police detained two opposition activists in Arusha. They accused them of sedition.")
    assert _has(triples, "TZACOP", "11", "TZA")
    assert not any(r == "11" and s == t for s, r, t in triples)


@pytest.mark.parametrize("text, expected, wrong", [
    # two women: 'she' is the earlier subject, 'her' the other
    ("Finnish Prime Minister Aino Laine met Swedish Prime Minister Ebba Lind in Stockholm. "
     "She thanked her for the help with the wildfires.", ("FINGOV", "05", "SWEGOV"), ("SWEGOV", "05", "FIN")),
    # two men: the subject pronoun is the earlier subject, the object pronoun the other
    ("Chilean President Tomas Vidal met Peruvian President Diego Paz in Santiago. "
     "He criticised him over the border dispute.", ("CHLGOV", "11", "PERGOV"), ("PERGOV", "11", "CHL")),
    # a man and a woman: gender decides, not order
    ("Danish Foreign Minister Lars Holm met Norwegian Foreign Minister Ingrid Berg in Oslo. "
     "She accused him of ignoring the fishing quotas.", ("NORGOV", "11", "DNKGOV"), ("DNKGOV", "11", "NOR")),
])
def test_two_persons_subject_and_object_pronouns(text, expected, wrong):
    triples = _triples(text)
    assert _has(triples, *expected)
    assert not _has(triples, *wrong)


def test_he_across_a_paragraph_break_is_the_subject_not_the_last_person_named():
    triples = _triples("Jordanian Prime Minister Omar Haddad met the Syrian foreign minister in Damascus on Tuesday."
                       "\n\nHe urged Syria to secure the border.")
    assert _has(triples, "JORGOV", "02", "SYR")


def test_it_skips_a_nearer_plural():
    triples = _triples("Ghana's government praised the teachers for their patience. "
                       "It then accused Togo of closing the border.")
    assert _has(triples, "GHA", "11", "TGO")


def test_its_troops_belong_to_the_previous_subject_not_its_object():
    triples = _triples("Armenia accused Azerbaijan of breaking the truce. "
                       "Its troops then shelled Azerbaijani positions near the border.")
    assert _has(triples, "ARMMIL", "19", "AZE")
    assert not _has(triples, "AZEMIL", "19", "AZE")


def test_model_filters_by_agreement_binding_and_window():
    from dyad.actors.antecedents import Candidate, Pronoun, choose

    state = Candidate("country:AAA", 0, 0, 0, "thing", "sg", None, True)
    envoys = Candidate("role:BBB:envoy", 3, 0, 0, "thing", "pl", None, False)
    woman = Candidate("person:x", 6, 1, 0, "person", "sg", "f", True)
    far = Candidate("person:y", 0, 0, 0, "person", "sg", "m", True)
    assert choose(Pronoun("it", 20, 2, 0), [state, envoys, woman]) is state  # number and kind
    assert choose(Pronoun("them", 20, 2, 0), [state, envoys, woman]) is envoys
    assert choose(Pronoun("he", 20, 2, 0), [woman]) is None  # gender
    assert choose(Pronoun("them", 20, 2, 0, frozenset({"role:BBB:envoy"})), [envoys]) is None  # binding
    assert choose(Pronoun("he", 900, 12, 5), [far]) is None  # window


def test_it_after_coordinated_speakers_is_neither_of_them():
    # 'A and B said it ...': a singular pronoun is not one of two coordinated speakers (binding); the
    # state named before is ('it had broken the treaty' is Peru's act here, not Chile's)
    result = extract("Peru seized the disputed island on Monday. Chile and Bolivia said it had violated "
                     "their sovereignty.", published="2025-03-10", article_id="t")
    coded = {m.text: a.code for a in result.actors for m in a.mentions}
    assert coded.get("it") == "PER"
    # one speaker still says 'it' of itself
    result = extract("Ecuador said it would appeal the ruling.", published="2025-03-10", article_id="t")
    assert {m.text: a.code for a in result.actors for m in a.mentions}.get("it") == "ECU"


def test_it_after_an_act_named_nearer_than_any_actor_is_no_actor():
    # 'it' is the move, not the state that judged it: no event of that state violating anything
    triples = _triples("Serbia expelled two Kosovo officials on Monday. Albania called the move hostile, while "
                       "Croatia and Slovenia said it violated European rules.")
    assert not any(s.startswith("ALB") and r == "12" for s, r, t in triples)
    assert not any(s.startswith(("ALB", "HRV", "SVN")) and r == "11" and t.startswith(("ALB", "HRV", "SVN"))
                   for s, r, t in triples)
    # its owner's act keeps 'it' for the owner: "Peru's announcement that it would ..."
    result = extract("The talks failed after Peru's announcement that it would leave the pact.",
                     published="2025-03-10", article_id="t")
    assert {m.text: a.code for a in result.actors for m in a.mentions}.get("it") == "PER"
