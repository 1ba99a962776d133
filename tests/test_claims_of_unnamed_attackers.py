"""A later claim of responsibility names armed men the text first knew only by their kind ('gunmen', 'armed
men'), and reactions to the act told after the claim are aimed at the claimant (dyad/events/claims.py).
Sentences written for these tests."""

from coded import result_triples as _codes
from dyad import extract

PUBLISHED = "2025-06-03"


def test_a_claim_names_the_gunmen_of_the_attack_and_the_condemnation_follows_it():
    result = extract("Gunmen stormed a hotel in Mogadishu on Friday, killing at least nine people, police said.\n"
                     "Al-Shabaab claimed responsibility for the attack.\n"
                     "The African Union condemned the attack.", published=PUBLISHED)
    assert ("SOMREB", "190", "SOM") in _codes(result)
    assert ("IGOAU", "111", "SOMREB") in _codes(result)
    assert all(e.source.name != "Gunmen" for e in result.events)


def test_a_claim_does_not_rename_fighters_the_text_already_named():
    result = extract("Al-Shabaab fighters attacked a police post in Lamu on Monday.\n"
                     "The Islamic State claimed responsibility for the attack.", published=PUBLISHED)
    assert [e.source.code for e in result.events if e.cameo == "190"] == ["SOMREB"]
