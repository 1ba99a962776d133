"""Who conjoined actors act on (dyad/events/coder.py, lexicon.RECIPROCAL_ROOTS, tokens.reciprocal_object), who acts
in a reaction the subject draws on itself ('drew criticism from X': lexicon.UNDERGOING_VERBS), and
whom a protest with no named target presses (dyad/events/setting.py, protested_government)."""

import pytest

from dyad import extract


def _codes(text, published="2024-05-14"):
    return {(e.source.code, e.cameo[:3], e.target.code if e.target else None)
            for e in extract(text, published=published).events}


@pytest.mark.parametrize("text", [
    "Uruguay and Paraguay condemned the military takeover.",
    "Norway and Finland criticised the missile test.",
    "Ghana and Togo rejected the proposal on Monday.",
    "Greece and Cyprus deployed warships to the eastern Mediterranean.",
])
def test_a_conjoined_subject_does_not_act_on_itself(text):
    codes = _codes(text)
    states = {source for source, _, _ in codes}
    assert not any(target in states for _, _, target in codes), codes


@pytest.mark.parametrize("text, pair", [
    ("Laos and Vietnam signed a border agreement.", ("LAO", "VNM")),
    ("Sudan and South Sudan exchanged fire near the disputed oil field.", ("SDN", "SSD")),
    ("Peru and Bolivia broke off diplomatic relations.", ("PER", "BOL")),
])
def test_reciprocal_acts_of_a_conjoined_subject(text, pair):
    a, b = pair
    codes = _codes(text)
    assert any(s == a and t == b for s, _, t in codes) and any(s == b and t == a for s, _, t in codes)


@pytest.mark.parametrize("text, code", [
    ("Georgia and Armenia accused each other of breaking the agreement.", "112"),
    ("Tunisia and Libya blamed one another for the smuggling.", "112"),
])
def test_a_reciprocal_pronoun_makes_any_act_mutual(text, code):
    codes = _codes(text)
    sources = sorted({s for s, c, _ in codes if c == code})
    assert len(sources) == 2
    assert (sources[0], code, sources[1]) in codes and (sources[1], code, sources[0]) in codes


@pytest.mark.parametrize("text, expected", [
    ("Thousands of students protested in Quito on Wednesday.", ("ECUEDU", "140", "ECUGOV")),
    ("Opposition supporters and trade unions rallied in the Zambian capital.", ("ZMBLAB", "141", "ZMBGOV")),
])
def test_a_protest_with_no_named_target_presses_the_government(text, expected):
    assert expected in _codes(text)


def test_a_protest_at_a_foreign_mission_stays_aimed_at_that_state():
    codes = _codes("Hundreds of Uyghur exiles protested outside the Chinese consulate in Istanbul.")
    assert any(c[:2] == "14" and t and t.startswith("CHN") for _, c, t in codes)
    assert not any(t and t.startswith("TUR") for _, _, t in codes)


@pytest.mark.parametrize("text, expected", [
    ("Slovakia drew criticism from Austria over the new law.", ("AUT", "111", "SVK")),
    ("Serbia attracted condemnation from Croatia.", ("HRV", "111", "SRB")),
    ("Senegal received praise from the World Bank for its reforms.", ("IGOWB", "051", "SEN")),
    ("Mozambique received threats from the insurgents' leaders.", None),
])
def test_a_reaction_drawn_on_the_subject_is_the_from_phrase_acting_on_it(text, expected):
    codes = _codes(text)
    if expected is None:  # no actor named in the 'from' phrase: no reversed event made up
        assert not any(t == "MOZ" and s == "MOZ" for s, _, t in codes)
    else:
        assert expected in codes, codes


@pytest.mark.parametrize("text, pair", [
    ("Eritrean and Ethiopian troops clashed near the border town.", ("ERIMIL", "ETHMIL")),
    ("Sudanese and Chadian negotiators met in Doha.", ("SDNGOV", "TCDGOV")),
])
def test_a_role_shared_by_conjoined_state_adjectives_is_held_in_each_state(text, pair):
    codes = _codes(text)
    first, second = pair
    assert any(s == first and (second is None or t == second) for s, _, t in codes), codes
    # neither state stands alone beside its own forces or negotiators
    assert not any(s in ("ERI", "ETH", "SDN", "TCD") or t in ("ERI", "ETH", "SDN", "TCD") for s, _, t in codes), codes


@pytest.mark.parametrize("text", [
    "Mexico and Chile welcomed the accord on Friday.",
    "Mexico and Chile expressed regret at the ruling.",
    "Mexico and Chile voiced support for the talks.",
])
def test_praise_support_and_regret_of_a_conjoined_subject_are_not_aimed_at_each_other(text):
    pairs = {(e.source.code, e.target.code if e.target else None) for e in extract(text, published="2024-02-01").events}
    assert not pairs & {("MEX", "CHL"), ("CHL", "MEX")}, pairs


def test_signing_of_a_conjoined_subject_still_is():
    pairs = {(e.source.code, e.target.code) for e in extract("Mexico and Chile signed a trade accord.",
                                                             published="2024-02-01").events if e.target}
    assert {("MEX", "CHL"), ("CHL", "MEX")} <= pairs


def test_the_two_men_and_both_sides_are_the_parties_of_the_act_before():
    codes = _codes("Polish Prime Minister Donald Tusk met Czech Prime Minister Petr Fiala in Prague. The two men "
                   "agreed to build a new rail link.")
    assert {("POLGOV", "CZEGOV"), ("CZEGOV", "POLGOV")} <= {(s, t) for s, c, t in codes if c.startswith("03")}, codes
    codes = _codes("Armenian troops clashed with Azerbaijani forces near the border on Monday. Both sides accused "
                   "each other of opening fire first.")
    assert {("ARMMIL", "112", "AZEMIL"), ("AZEMIL", "112", "ARMMIL")} <= codes, codes


def test_both_parties_after_a_dispute_are_its_two_sides_not_political_parties():
    codes = _codes("Thai troops exchanged fire with Cambodian soldiers near the temple on Sunday. Malaysia said it "
                   "was worried. The United Nations called on both parties to respect the ceasefire.")
    appeals = {t for s, c, t in codes if s.startswith("IGOUNO") and c.startswith("02")}
    assert {"THAMIL", "KHMMIL"} <= appeals, codes
