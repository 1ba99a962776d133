"""A label the parser hangs on the object ('called [the raid] [an illegal act]'), 'a threat to peace' as a
denunciation, and refusals through a preposition ('balked at endorsing') (dyad/events/evaluations.py,
modality_rules.py)."""

import pytest

from dyad import extract


def _events(text):
    return [(e.source.code, e.cameo, e.target.code if e.target else None, e.negated)
            for e in extract(text, published="2024-05-14").events]


@pytest.mark.parametrize("text, expected", [
    ("Vietnam called China's seizure of the fishing boat an illegal act.", ("VNM", "111", "CHN", False)),
    ("Greece described the Turkish naval exercises as a threat to regional stability.", ("GRC", "111", "TUR", False)),
])
def test_labels_of_an_actors_act(text, expected):
    assert expected in _events(text)


@pytest.mark.parametrize("text, expected", [
    ("Cyprus balked at endorsing Kosovo.", ("CYP", "120", "XKX", False)),
    ("Romania baulked at signing the accord with Moldova.", ("ROU", "127", "MDA", False)),
])
def test_refused_through_a_preposition(text, expected):
    assert expected in _events(text)


def test_a_refrained_criticism_is_not_a_criticism():
    events = _events("Malaysia refrained from criticising Myanmar over the election.")
    assert not [e for e in events if e[1].startswith("11") and not e[3]]


@pytest.mark.parametrize("text, expected", [
    ("Washington gave Caracas 72 hours to free the detained Americans.", ("USAGOV", "139", "VENGOV")),
    ("The regional bloc ECOWAS gave Guinea's junta until Sunday to restore civilian rule.", ("IGOECOWAS", "139", "GINGOV")),
])
def test_a_deadline_given_is_an_ultimatum_and_its_act_not_done(text, expected):
    events = _events(text)
    assert expected[:3] in [e[:3] for e in events]
    assert all(e[1] == "139" for e in events)  # the freeing is demanded, not done by the one giving the deadline


def test_a_deadline_to_leave_stays_an_expulsion():
    events = _events("Chad expelled the German ambassador, giving him 48 hours to leave the country.")
    assert any(e[1] == "161" for e in events) and not any(e[1] == "139" for e in events)


def test_what_a_crowd_shows_is_no_target_of_its_protest():
    assert not any(t == "CHN" for _, _, t, _ in _events("Thousands rallied in Phnom Penh, waving Chinese flags."))
    assert any(t == "USA" for _, c, t, _ in _events("Students marched in Tehran, carrying banners against America.")
               if c.startswith("14"))
