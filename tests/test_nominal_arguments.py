"""Event nouns as heads with their own arguments: a possessor or 'by' phrase as source and 'of' as the
patient ('Kenya's arrest of the diplomat'), such a noun as the subject of any verb ('X's attack on Y drew
criticism'), and nouns of institutional acts with no agent named, done by the state's institution
('the arrest of the editor sparked protests': the police)."""

import pytest

from dyad import extract


def _events(text):
    return [(e.source.code, e.cameo, e.target.code if e.target else None, e.implicit)
            for e in extract(text, published="2024-05-02").events]


@pytest.mark.parametrize("text, expected", [
    ("Zambia's arrest of the Malawian envoy angered Lilongwe.", ("ZMB", "173", "MWIGOV", False)),
    ("The arrest of the Ghanaian opposition leader by the police sparked protests.",
     ("GHACOP", "173", "GHAOPP", False)),
    ("Rwanda's attack on the Burundian rebels drew criticism.", ("RWA", "190", "BDIREB", False)),
    # an institutional act with no agent: the police of the state where it happens
    ("The arrest of the Zambian opposition leader sparked protests in Lusaka.", ("ZMBCOP", "173", "ZMBOPP", True)),
    ("Arrests of Nepali opposition activists followed in Kathmandu.", ("NPLCOP", "173", "NPLOPP", True)),
])
def test_event_noun_arguments(text, expected):
    assert expected in _events(text)


@pytest.mark.parametrize("text", [
    "Rwanda's planned attack on the Burundian rebels was called off.",  # not done
    "The arrest of the Zambian opposition leader would spark protests in Lusaka.",  # hypothetical frame
])
def test_unrealised_event_nouns_are_not_coded(text):
    assert not any(code[:2] in ("17", "19") for _, code, _, _ in _events(text)), _events(text)


@pytest.mark.parametrize("text, expected", [
    # a national adjective or a noun naming an armed or state body is the act's agent
    ("A police crackdown on opposition supporters in Harare drew criticism from Britain.",
     ("ZWECOP", "175", "ZWEOPP", False)),
    ("Azerbaijani shelling of Armenian border villages drew protests from France.", ("AZE", "194", "ARMCVL", False)),
])
def test_a_modifier_naming_a_body_is_the_agent_of_the_event_noun(text, expected):
    assert expected in _events(text)


def test_a_modifier_naming_anyone_else_is_not_made_the_agent():
    # 'a journalist crackdown' is a crackdown on journalists: no journalist acts
    assert not any(source.endswith("MED") for source, *_ in _events(
        "A journalist crackdown by Belarusian security services drew condemnation from Poland."))


def test_a_deal_is_an_agreement_noun_between_its_parties():
    found = {(s, c[:2], t) for s, c, t, _ in _events("A fishing deal between Senegal and Mauritania took effect on "
                                                       "Monday.")}
    assert ("SEN", "03", "MRT") in found and ("MRT", "03", "SEN") in found, found


def test_the_deal_refers_back_to_the_agreement_its_critics_judge():
    """A state's own opposition criticising a deal its government made holds that government to account, not
    the other party."""
    found = _events("Uruguay and Paraguay agreed on Tuesday to share the dredging costs of the river. Paraguayan "
                    "opposition senators criticised the deal.")
    assert any(s.startswith("PRY") and c == "111" and t.startswith("PRY") for s, c, t, _ in found), found
    assert not any(c == "111" and t.startswith("URY") for s, c, t, _ in found), found


def test_a_third_party_reacting_to_a_joint_act_reacts_to_both_sides():
    found = {(s, c, t) for s, c, t, _ in _events("Uruguay and Paraguay agreed on Tuesday to share the dredging costs "
                                                   "of the river. Brazil welcomed the agreement.")}
    assert ("BRA", "051", "URY") in found and ("BRA", "051", "PRY") in found, found
