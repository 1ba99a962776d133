"""Constructions of casualty and police reports: gapped passives ('two were killed and dozens hurt when
...'), a subject the parser took for its city ('Police in the capital X arrested'), a body's own people
('its leaders'), a role as the person a later 'him' means, revenge taken on the killer, and forces that
plead they 'were forced' to act."""

import pytest

from coded import actor_codes as _actor_codes, events as _events
from dyad import extract


def test_a_when_clause_after_gapped_passives_names_who_killed():
    events = _events("Three villagers were killed and scores wounded when soldiers opened fire on a funeral "
                     "procession in Togo's northern town of Dapaong on Sunday.")
    killings = [e for e in events if e[0].startswith("18")]
    assert killings and all(source == "TGOMIL" for _, source, _ in killings), events


def test_the_subject_before_its_capital_is_the_doer_not_the_city():
    events = _events("Police in Zambia's capital Lusaka detained more than 50 opposition activists overnight "
                     "ahead of a planned protest.")
    arrests = [e for e in events if e[0].startswith("17")]
    assert arrests and all(source == "ZMBCOP" for _, source, _ in arrests), events


def test_its_leaders_of_a_party_are_the_partys_people():
    codes = _actor_codes("The Zambian opposition party UPND said police had searched the homes of its leaders "
                         "in Lusaka.")
    assert codes.get("its leaders") == codes.get("The Zambian opposition party UPND") == "ZMBOPP", codes


def test_a_singular_role_is_the_person_a_later_him_refers_to():
    codes = _actor_codes("Kenyan police detained a former army general on Monday over the missing funds. "
                         "A magistrate in Nairobi remanded him for a week.")
    assert codes.get("him") == codes.get("a former army general") is not None, codes


def test_a_named_person_is_still_preferred_over_a_role():
    codes = _actor_codes("Kenyan police detained a former army general on Monday. Raila Odinga said he was "
                         "concerned.")
    assert codes.get("he") == codes.get("Raila Odinga"), codes


def test_revenge_is_taken_on_the_killer_not_the_dead():
    events = _events("The Peruvian army killed a Shining Path commander in the valley. The rebels vowed to "
                     "avenge his death.")
    revenge = [e for e in events if e[0] == "138"]
    assert revenge and all(target == "PERMIL" for _, _, target in revenge), events


def test_forces_that_were_forced_to_act_were_not_coerced_but_reporters_were():
    forced = _events("Bolivia's interior ministry said police had been forced to fire tear gas in La Paz.")
    assert not any(c == "170" for c, _, _ in forced), forced
    coerced = _events("Journalists in Bolivia have been forced to leave the country by the government.")
    assert any(c.startswith("17") for c, _, _ in coerced), coerced


def test_the_aim_of_an_operation_is_done_by_whoever_carries_it_out():
    events = _events("Kenya's army said its soldiers were ambushed during an operation to arrest suspects near "
                     "the Somali border.")
    assert not any(source == "KEN" or source.startswith("SOM") for c, source, _ in events if c.startswith("17")), events
    assert any(c.startswith("17") and source == "KENMIL" for c, source, _ in events), events


def test_a_status_declared_is_no_quotation():
    result = extract("Malawi's electoral commission declared Peter Mutharika the winner of the vote. The "
                     "commission declared that turnout had been high.", published="2024-06-10")
    texts = [q.text for q in result.quotes]
    assert not any("Mutharika" in t for t in texts), texts
    assert any("turnout had been high" in t for t in texts), texts


def test_a_presidency_is_its_states_government():
    codes = _actor_codes("Kenya's presidency said on Monday the claims were false.")
    assert codes.get("presidency") == "KENGOV", codes


def test_who_claims_an_attack_did_it():
    events = _events("Al-Shabaab claimed responsibility for a car bombing that killed nine people at a hotel in "
                     "Somalia's capital Mogadishu.")
    assert any(c.startswith("18") and source == "SOMREB" and target.startswith("SOM")
               for c, source, target in events), events
    unclaimed = _events("No group claimed responsibility for the car bombing at a hotel in Mogadishu.")
    assert not any(source == "SOMREB" for _, source, _ in unclaimed), unclaimed
