"""A denial by two parties at once answers whoever made the charge ('Peru and Chile both denied the accusation':
dyad/events/coder.py, the charge-noun and denied-tie rules now read every source, not only a lone one).
Sentences written for these tests."""

from dyad import extract


def _events(text: str):
    return {(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in extract(text, published="2024-03-01").events}


def test_two_parties_denying_a_charge_answer_its_maker():
    events = _events("Bolivia accused Peru of sheltering the smugglers. Peru and Chile both denied the accusation.")
    assert ("PER", "016", "BOL") in events and ("CHL", "016", "BOL") in events, events


def test_two_parties_denying_links_answer_who_alleged_them():
    events = _events("Niger accused Benin of training the insurgents. Benin and the insurgents denied any links.")
    assert ("BEN", "016", "NER") in events, events
