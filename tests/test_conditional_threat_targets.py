"""A coercive act promised on a condition is a threat aimed at whoever the condition names, where the act itself
names no party ('would retaliate if X attacked', 'would close the strait if X struck'); dyad/events/arguments.py
targets (the condition's subject). Sentences written for these tests."""

from coded import triples as _codes


def test_a_threat_without_an_object_is_aimed_at_the_conditions_subject():
    assert ("AZE", "138", "ARM") in _codes("Azerbaijan said it would retaliate if Armenia attacked.")
    codes = _codes("Venezuela said it would close the border crossings if Colombia struck.")
    assert [c for c in codes if c[1].startswith("13")] and all(c[2] == "COL" for c in codes if c[1].startswith("13"))


def test_a_threat_with_its_own_object_keeps_it():
    assert ("RUS", "1312", "MDA") in _codes("Russia said it would cut gas supplies to Moldova if the debt was not "
                                            "paid.")
