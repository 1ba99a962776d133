"""'Representatives of the army' are the army's people: a function word that reads as a legislator alone
('representatives' in Phoenix's roles) adds no legislature to the body it is of (dyad/actors/mentions.py
_role_phrase). Sentences written for these tests."""

from dyad import extract


def test_representatives_of_an_army_are_of_the_army():
    result = extract("Representatives of Sudan's army met mediators in Doha on Monday.", published="2025-12-01")
    representatives = next(a for a in result.actors if a.name == "Representatives")
    assert representatives.code == "SDNMIL"


def test_the_go_betweens_of_talks_are_not_the_two_delegations():
    """'the two delegations' are not the pair of states that brokered the talks (dyad/events/arguments.py
    _both_states) but the two sides that held them."""
    text = ("Armenian and Azerbaijani negotiators held talks in Geneva brokered by Qatar and Switzerland.\n\n"
            "UN envoy Maria Lund said she would travel to Geneva on Friday to discuss a prisoner exchange with the "
            "two delegations.")
    discussed = [e for e in extract(text, published="2025-12-01").events if e.verb == "discuss"]
    assert sorted(e.target.country for e in discussed) == ["ARM", "AZE"]
