"""Police and armed-clash copy read more carefully: people a verb of force acts on, with a participle after them
('dispersed students marching towards parliament': parse repair people_acted_on; where they march is no party),
force named with its doer in a 'by' phrase ('injured in firing by the police'), a fight the victims died in that
is no second act ('killed in an exchange of fire with the army'), and a lawyer's 'client' who is not the lawyer
(@acquaintances). Sentences written for these tests."""

import pytest

from dyad import extract


def _events(text: str):
    return {(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in extract(text, published="2024-03-01").events}


@pytest.mark.parametrize("text, expected", [
    ("Ugandan police fired tear gas to disperse students marching towards parliament in Kampala.",
     ("UGACOP", "175", "UGAEDU")),
    ("Riot police in Dhaka used water cannon to disperse garment workers marching on the ministry.",
     ("BGDCOP", "175", "BGDLAB")),
])
def test_the_people_dispersed_are_the_target_not_where_they_march(text, expected):
    events = _events(text)
    assert expected in events, events


def test_force_whose_doer_a_by_phrase_names_is_theirs():
    events = _events("Four smugglers were wounded in retaliatory firing by the police near Jessore.")
    assert ("BGDCOP", "182", "BGDCRM") in events, events


def test_a_fight_the_dead_were_killed_in_is_no_second_act():
    events = _events("Two insurgents were killed in an exchange of fire with the security forces in Kupwara.")
    assert any(s == "INDCOP" and c.startswith("18") for s, c, _ in events), events
    assert not any(c == "190" for _, c, _ in events), events


def test_a_lawyers_client_is_not_the_lawyer():
    events = _events("Police in Lusaka arrested the activist Mary Banda. Her lawyer, John Mumba, said his client "
                     "had not been charged.")
    assert not any(t == "ZMBJUD" or (c.startswith("17") and s.endswith("JUD")) for s, c, t in events), events
