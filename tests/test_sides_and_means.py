"""The sides of a fight, an act named by its means, agreements revoked, and 'the state' in an official's
report. Sentences written for these tests."""

from tests.coded import actor_codes, events


def test_both_sides_after_an_exchange_of_fire_are_the_belligerents():
    found = events("Turkey's army said it had killed two PKK commanders in a drone strike in northern Iraq. The PKK "
                   "fired mortars at a Turkish base in response. Iraq's president condemned the strike as a "
                   "breach of sovereignty. The United Nations urged both sides to show restraint.")
    appeals = {target for code, source, target in found if code.startswith("02") and source.startswith("IGOUNO")}
    assert appeals and not any(target.startswith("IRQ") for target in appeals)


def test_an_act_named_by_its_means_is_the_act_of_its_doer():
    found = events("Israel's army said it had killed a senior Hamas commander in an air strike in Gaza. Hamas fired "
                   "rockets at southern Israel in response. Egypt's foreign ministry condemned the strike as a "
                   "breach of the truce.")
    assert any(code.startswith("11") and source == "EGYGOV" and target.startswith("ISR") for code, source, target in found)


def test_revoking_an_agreement_with_a_state_reduces_relations():
    assert ("160", "MLI", "FRA") in events("Mali revoked its defence treaty with France on Monday.")
    assert any(code == "160" and source.startswith("BFA") and target == "RUS" for code, source, target in events(
        "Burkina Faso's military rulers scrapped a cooperation agreement with Russia, a spokesman said."))


def test_the_state_an_official_speaks_of_is_not_the_other_party():
    codes = actor_codes("Ghana's High Court on Friday halted the extradition of a Nigerian businessman to Nigeria. "
                        "Government spokesman Kwame Mensah said the state would appeal the ruling.")
    assert codes.get("the state") not in ("NGA", "NGAGOV")


def test_two_sides_of_one_state_resuming_talks_in_a_capital_abroad_act_on_each_other():
    found = events("Myanmar's military government and the Arakan Army resumed talks in Kunming on Monday after a "
                   "pause. The rebels had suspended the talks in March.")
    assert not any(target and target.startswith("CHN") for _, _, target in found)
    assert any(code.startswith("04") and source == "MMRGOV" and target == "MMRREB" for code, source, target in found)
    assert any(code.startswith("16") and source == "MMRREB" and target == "MMRGOV" for code, source, target in found)


def test_a_national_section_of_an_organisation_is_the_organisation():
    codes = actor_codes("Transparency International Kenya said officers had taken bribes at roadblocks.")
    assert codes["Transparency International Kenya"] == "NGO" and "Kenya" not in codes


def test_what_force_strikes_belongs_to_the_armed_group_named_on_it():
    found = events("Pakistani jets bombed militant hideouts in Khyber on Sunday.")
    assert any(code.startswith("19") and source == "PAK" and target == "PAKREB" for code, source, target in found)
