"""A capital's dateline gives its state's bare government, legislature and courts, as it gives its state's titled
officials (dyad/actors/codes.py default_countries): a story filed from Ottawa about a deal with Norway is about
the Canadian Senate. Sentences written for these tests."""

from coded import actor_codes


def test_a_bare_legislature_under_a_capitals_dateline_is_that_states():
    text = ("OTTAWA — The Senate on Tuesday rejected a fisheries agreement with Norway, a setback for Norwegian "
            "exporters.\n\nNorway's trade minister said Norway would seek new talks. Norwegian fishing groups "
            "had pressed for the deal.")
    assert actor_codes(text)["The Senate"] == "CANLEG"


def test_without_a_dateline_the_story_state_keeps_it():
    text = ("The Senate on Tuesday rejected a fisheries agreement with Norway, a setback for Norwegian "
            "exporters.\n\nNorway's trade minister said Norway would seek new talks.")
    assert actor_codes(text)["The Senate"] != "CANLEG"
