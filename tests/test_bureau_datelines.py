"""A bureau's dateline for a neighbour's story: the capital's state is the scene only where the text places
something there, and gives its state to titled officials of government, not to the forces the story follows
(dyad/actors/codes.py _find_main_country, SEAT_SECTORS). An article written for these tests."""

from dyad import extract

STORY = ("DAKAR, May 3 - Malian troops retook the town of Kerena from jihadist fighters on Thursday, the Malian "
         "army said.\n\nAn army spokesman, Souleymane Diarra, told reporters that 12 fighters were killed. "
         "Residents said the soldiers had imposed a curfew.\n\nSenegal, which hosts thousands of Malian refugees, "
         "said it would keep its border open.")


def _codes():
    result = extract(STORY, published="2025-05-04")
    return {a.name: a.code for a in result.actors}


def test_the_forces_and_people_of_a_neighbours_story_are_not_the_bureaus_state():
    codes = _codes()
    assert codes.get("Residents", "").startswith("MLI")
    assert codes.get("Souleymane Diarra", "").startswith("MLI")


def test_a_capitals_dateline_still_places_an_unnamed_minister():
    result = extract("DAKAR, May 3 - Foreign Minister Awa Ndiaye said on Thursday that the talks on Mali would "
                     "resume in June.", published="2025-05-04")
    assert {a.name: a.code for a in result.actors}.get("Awa Ndiaye") == "SENGOV"
