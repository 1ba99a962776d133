"""'Charged X with ...': what the 'with' phrase names is alleged, not done (dyad/events/modality_rules.py,
alleged: CHARGING_VERBS); a state charging another state lays no legal charge, it accuses (CAMEO 112;
dyad/events/coder.py, _charges_a_state). Sentences written for these tests."""

from tests.coded import events


def test_a_state_charging_another_state_accuses_it():
    coded = events("Niger charged Benin with harbouring saboteurs near the border.")
    assert ("112", "NER", "BEN") in coded
    assert not any(code.startswith("17") for code, _, _ in coded)


def test_the_act_a_charge_names_is_alleged_not_done():
    coded = events("Prosecutors in Lagos charged three men with attempting to bomb a church in Kano.")
    assert not any(code.startswith("18") for code, _, _ in coded)
    coded = events("Niger charged Benin with arming the rebels.")
    assert not any(code.startswith("07") for code, _, _ in coded)


def test_a_court_or_police_charge_stays_a_legal_charge():
    coded = events("Kenyan police charged the opposition leader with incitement.")
    assert any(code == "173" and source == "KENCOP" for code, source, _ in coded)
