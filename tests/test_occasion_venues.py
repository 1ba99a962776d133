"""Where talks or a summit were held is no scene of the story: the people the story's sides pledge to protect are
of the sides' state, not of the host city's (dyad/actors/codes.py _occasion_venue). Sentences written for these
tests."""

from dyad import extract


def test_people_are_not_of_the_state_that_hosted_the_talks():
    result = extract("South Sudan's army and rebel commanders pledged to protect civilians after four days of talks "
                     "in the Kenyan city of Mombasa.", published="2025-12-02")
    civilians = next(a for a in result.actors if a.name == "civilians")
    assert civilians.code == "SSDCVL"


def test_a_town_where_something_happens_still_places_its_people():
    result = extract("Soldiers fired on civilians in the Kenyan town of Garissa on Monday.", published="2025-12-02")
    civilians = next(a for a in result.actors if a.name == "civilians")
    assert civilians.code == "KENCVL"
