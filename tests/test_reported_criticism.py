"""Criticism in what a speaker says, in forms the lexicon's plain judgements miss: praise or good faith denied,
an entitlement denied, a politician's attack, a label in quotation marks, an adverb of manner; and warnings of
a hazard, which threaten no one (dyad/events/evaluations.py _denied_judgement, _manner_entry; statements.py
_entitlement_denied; coder.py VERBAL_ATTACK_VERBS, _predicted_act; predicates.py
_repair_judged_read_as_modifiers). Sentences written for these tests."""

from dyad import extract

PUBLISHED = "2025-06-03"


def _codes(text):
    return [(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in extract(text, published=PUBLISHED).events]


def test_good_faith_or_praise_denied_is_criticism_and_granted_is_no_event():
    assert ("URYGOV", "111", "ARG") in _codes("Uruguay's foreign minister said the Argentine offer was not serious.")
    assert ("URYGOV", "111", "ARG") in _codes("Uruguay's foreign minister said Argentina was not interested in a "
                                              "settlement.")
    assert ("URYGOV", "111", "ARG") in _codes("Uruguay's foreign minister said the Argentine plan was not "
                                              "constructive.")
    granted = _codes("Uruguay's foreign minister said the Argentine threat was serious.")
    assert not [c for c in granted if c[1] in ("051", "111")]


def test_an_entitlement_denied_is_criticism():
    assert ("URYGOV", "111", "ARG") in _codes("Uruguay's foreign minister said Argentina had no right to dredge "
                                              "the river.")
    assert ("URYGOV", "111", "ARG") not in _codes("Uruguay's foreign minister said Argentina had the right to "
                                                  "dredge the river.")


def test_a_politicians_attack_is_in_words_an_armed_groups_in_arms():
    assert _codes("Uruguay's foreign minister attacked Argentina's president.") == [("URYGOV", "111", "ARGGOV")]
    assert [c[1] for c in _codes("Gunmen attacked the president's convoy near Salta.")] == ["190"]


def test_a_label_in_quotation_marks_after_a_verb_of_calling_judges_the_object():
    assert ("URYGOV", "111", "ARGGOV") in _codes('Uruguay\'s foreign minister called the Argentine president '
                                                 '"a tyrant".')


def test_an_adverb_of_manner_that_criticises_judges_the_doer():
    assert ("URYGOV", "111", "ARG") in _codes("Uruguay's foreign minister said Argentina had behaved recklessly.")
    assert not [c for c in _codes("Uruguay's foreign minister said Argentina had responded successfully.")
                if c[1] in ("051", "111")]


def test_a_warning_of_a_hazard_threatens_no_one():
    assert not [c for c in _codes("UNICEF warned in a statement that the epidemic could spread to Malawi and "
                                  "Zambia.") if c[1].startswith("13")]
    assert ("IRN", "138", "ISR") in _codes("Iran warned that it would retaliate against Israel.")


def test_attributing_an_act_to_someone_accuses_them():
    assert _codes("Kenya attributed the bombing to Somali militants.") == [("KEN", "112", "SOMREB")]
    assert _codes("Economists attributed the rise in prices to the drought.") == []
