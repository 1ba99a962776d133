"""A spokesman with no owner named right after a body's statement speaks for that body, not for the story's main
state (dyad/actors/codes.py, spokespeople)."""

from dyad import extract

PUBLISHED = "2024-06-10"


def test_a_spokesman_after_an_armed_groups_denial_is_its_own():
    result = extract("KABUL — The Taliban denied carrying out the attack. A spokesman, Karim Nadir, said the "
                     "movement had no fighters in the district.", published=PUBLISHED)
    assert [q.speaker.code for q in result.quotes if q.cue == "said"] == ["AFGREB"]


def test_a_spokeswoman_after_an_army_statement_is_the_armys():
    result = extract("HANOI — The Vietnamese army rejected the report on Monday. A spokeswoman said no troops had "
                     "crossed the frontier.", published=PUBLISHED)
    assert [q.speaker.code for q in result.quotes] == ["VNMMIL"]
