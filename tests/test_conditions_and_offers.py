"""A condition awaited ('no talks until the force is dissolved'), offers to mediate by several states, and those
who speak for a person ('her team said') (dyad/events/modality_rules.py, lexicon.py ONE_WAY_COOPERATION;
dyad/quotes/speakers.py, word class @entourage)."""

from dyad import extract
from tests.coded import events


def test_what_is_awaited_until_is_not_done():
    coded = events("Chad's army chief told reporters that there would be no talks until the rebel militia was "
                   "dissolved.")
    assert not [e for e in coded if e[0][:2] in ("17", "08")]


def test_states_offering_to_mediate_do_not_mediate_for_each_other():
    coded = events("Fighting between Chad's army and rebels spread to the east.\n\nQatar and Turkey offered to "
                   "mediate.")
    offers = [e for e in coded if e[0].startswith("03")]
    assert offers and not [e for e in offers if {e[1], e[2]} == {"QAT", "TUR"}]


def test_a_persons_team_speaks_for_the_person():
    result = extract("Belarusian police detained the opposition leader Ales Bialiatski on Friday.\n\nBialiatski was "
                     "released hours later, his team said.", published="2024-06-10")
    speakers = [q.speaker for q in result.quotes if q.speaker.name.lower() == "his team"]
    assert speakers and speakers[0].code == "BLROPP"
