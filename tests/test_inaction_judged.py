"""Inaction reported by another is a judgement of failure (CAMEO 111), and what the inaction should have served
did not happen ('said Y had done little to help the refugees'); a denied misdeed ('did nothing wrong') is no
judgement (dyad/modality.py Modality.inaction, undone; dyad/events/reported.py accused). Sentences written for
these tests."""

from coded import triples as _codes


def test_nothing_little_or_not_enough_to_act_is_criticism_of_the_doer():
    assert ("NGO", "111", "EGYGOV") in _codes("Rights groups said the Egyptian authorities had done little to "
                                               "investigate the deaths.")
    assert ("SRBGOV", "111", "XKX") in _codes("Kosovo has done nothing to protect the Serb minority, the "
                                              "Serbian president said.")


def test_what_inaction_should_have_served_is_no_event():
    codes = _codes("The Serbian president said the Kosovo government had done little to help the refugees.")
    assert [c[1] for c in codes] == ["111"]


def test_a_denied_misdeed_is_no_criticism():
    assert not [c for c in _codes("The Kenyan government said it had done nothing wrong.") if c[1] == "111"]
