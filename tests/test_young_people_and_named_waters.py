"""Young people named by their age ('youths', 'a teenager') are civilians of the story's state wherever they stand
(dyad/data/roles.tsv); a sea, gulf or strait named after a state is water, not that state
(dyad/gazetteer.py WATER_WORDS). Sentences written for these tests."""

from dyad import gazetteer
from coded import triples


def _events(text: str) -> list[tuple]:
    return triples(text, published="2025-04-02")


def test_youths_dispersed_or_scattered_are_the_states_civilians():
    assert ("UGACOP", "175", "UGACVL") in _events("Ugandan police dispersed the youths outside the stadium.")
    assert ("UGACOP", "175", "UGACVL") in _events(
        "Ugandan police fired tear gas to scatter the youngsters gathered near the market.")


def test_a_water_named_after_a_state_is_no_state():
    assert gazetteer.country_code("the East China Sea") is None
    assert gazetteer.country_code("Gulf of Mexico") is None
    assert gazetteer.country_code("the Korea Strait") is None
    assert gazetteer.country_code("South Korea") == "KOR"
    events = _events("The alliance pledged to answer any attack on Japanese ships in the East China Sea.")
    assert not any(source == "CHN" or target == "CHN" for source, _, target in events)
