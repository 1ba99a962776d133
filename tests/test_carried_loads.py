"""What a verb of giving gives is a carrier's load, where the parser makes the carrier its object ('sent a plane
carrying tents', 'delivered three lorries of rice'); a verb of force still strikes the carrier (dyad/events/
predicates.py _carried_noun, word_classes.tsv @carriers). A sea named as a place is no region of a state
(dyad/gazetteer.py locate). Sentences written for these tests."""

from dyad import gazetteer
from coded import triples


def _events(text: str) -> list[tuple]:
    return triples(text, published="2025-05-06")


def test_a_carriers_load_is_what_is_given():
    assert ("MAR", "073", "LBY") in _events("Morocco sent an aircraft carrying blankets and medicine to Libya.")
    assert ("DZA", "073", "TUN") in _events("Algeria dispatched three lorries loaded with relief supplies to Tunisia.")
    assert ("SAU", "073", "SDN") in _events("Saudi Arabia delivered ten trucks of food to Sudan on Monday.")


def test_funds_released_in_a_currency_are_economic_aid():
    assert [c for _, c, _ in _events("The World Bank released 40 million euros for flood victims in Malawi.")] == ["071"]


def test_force_on_a_carrier_is_no_gift_and_a_sea_no_province():
    events = _events("Rebels fired rockets at a Panamanian ship carrying wheat in the Red Sea.")
    assert all(cameo[:2] != "07" for _, cameo, _ in events)
    assert not any(target == "SDN" for _, _, target in events)
    assert gazetteer.locate("the Red Sea") is None
    assert gazetteer.locate("Red Sea State").country == "SDN"
