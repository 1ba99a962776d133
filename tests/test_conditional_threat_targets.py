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


def test_a_quoted_condition_names_the_other_side_not_the_speakers():
    codes = _codes('"If Bolivia moves troops to the frontier, we will strike back," said Paraguayan President '
                   'Elena Ruiz.')
    assert [c for c in codes if c[1].startswith("13")]
    assert all(c[0].startswith("PRY") and c[2] == "BOL" for c in codes if c[1].startswith("13"))


def test_an_organ_the_speaker_calls_ours_is_the_speakers_states():
    codes = _codes('"If Bolivia fires on our patrols again, our army will retaliate," Paraguayan President '
                   'Elena Ruiz said.')
    assert ("PRYMIL", "BOL") in {(c[0], c[2]) for c in codes if c[1].startswith("13")}
    assert ("PRYGOV", "161", "BOL") in _codes('"My government has recalled its ambassador from Bolivia," said '
                                              'Paraguayan President Elena Ruiz.')
