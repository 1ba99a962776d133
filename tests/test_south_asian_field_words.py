"""Words of South-Asian crime and security copy name their agents (dyad/data/roles.tsv): Maoist and Naxal
rebels, 'ultras', dacoits and goons, jawans, home guards, a superintendent of police; and a state named only as
a border's landmark is not the story's state where a region tells the side. Sentences written for
these tests."""

import pytest

from dyad import extract


def _events(text: str) -> set[tuple[str, str, str]]:
    result = extract(text, published="2024-04-02")
    return {(e.source.code, e.cameo[:2], e.target.code if e.target else "") for e in result.events}


@pytest.mark.parametrize("text, source, root, target", [
    ("Naxalites ambushed a patrol and killed three jawans near Dantewada in Chhattisgarh.", "INDREB", "18", "INDMIL"),
    ("Maoists set fire to two trucks of a road contractor in Odisha's Malkangiri district.", "INDREB", "17", ""),
    ("Villagers said a gang of dacoits looted four houses in Bihar's Gaya district.", "INDCRM", "", ""),
    ("Police in Assam arrested six ultras after an encounter near the Bhutan border.", "INDCOP", "17", "INDREB"),
])
def test_field_words_give_the_agent_and_its_side(text, source, root, target):
    events = _events(text)
    assert any(s == source and c.startswith(root) and (not target or t == target) for s, c, t in events), events


def test_a_superintendent_of_police_speaks_for_the_police():
    result = extract("The superintendent of police in Bihar's Nalanda district said the goons had fled.",
                     published="2024-04-02")
    codes = {a.name.lower(): a.code for a in result.actors}
    assert codes.get("superintendent of police") == "INDCOP", codes
    assert codes.get("goons") == "INDCRM", codes


def test_a_state_named_only_as_a_borders_landmark_is_not_the_storys_state():
    """(dyad/actors/codes.py _border_landmark): the region says which side; alone the landmark still counts."""
    events = _events("Soldiers detained twelve men in Tigray near the Eritrean border on Sunday.")
    assert ("ETHMIL", "17", "ETHCVL") in events, events
    events = _events("Troops detained twelve men near the border with Belarus on Sunday.")
    assert ("BLRMIL", "17", "BLRCVL") in events, events
