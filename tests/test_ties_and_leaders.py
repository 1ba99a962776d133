"""The partner of a relation named with 'with' on its noun, before a topic ('cut ties with X over Y'); a force led by
an organisation is that organisation's ('NATO-led peacekeepers') (dyad/events/arguments.py; dyad/actors/codes.py)."""

from dyad import extract
from tests.coded import PUBLISHED, actor_codes, events


def test_the_partner_of_ties_cut_comes_before_the_topic():
    coded = events("Jordan cuts ties with Israel over Gaza offensive")
    assert [e for e in coded if e[0].startswith("16")] and all(
        target == "ISR" for code, _, target in coded if code.startswith("16"))


def test_a_force_led_by_an_organisation_is_that_organisations():
    codes = actor_codes("AU-led peacekeepers clashed with gunmen near Kismayo on Sunday.")
    assert any(code.startswith("IGOAU") for text, code in codes.items() if "peacekeepers" in text)


def test_it_after_an_event_noun_in_its_sentence_is_the_act_not_the_last_state():
    result = extract("Caracas freed six Americans on Wednesday in a swap brokered by Oman. Republican lawmakers "
                     "criticised the exchange, saying it would encourage hostile governments to take more hostages.",
                     published=PUBLISHED)
    assert not [e for e in result.events if e.verb == "encourage"]  # Oman encouraged no one
