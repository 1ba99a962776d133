"""'Both sides' (or 'all sides') after an agreement or a clash are its parties, never the body that mediated it
(dyad/events/arguments.py, _parties_of_latest_act: SIDE_CODES, MEDIATION_CODES). Sentences written for
these tests."""

from tests.coded import events


def _urged(text):
    return {target for code, _, target in events(text) if code.startswith("02")}


def test_both_sides_after_a_signed_accord_are_its_signatories():
    targets = _urged("Guyana and Suriname signed a maritime accord on Friday. Canada urged both sides to honour it.")
    assert targets == {"GUY", "SUR"}


def test_a_mediator_is_not_one_of_both_sides():
    targets = _urged("Mongolia and Kazakhstan signed a water-sharing deal on Tuesday. The deal was mediated by the "
                     "United Nations. Japan welcomed the accord and urged both sides to carry it out.")
    assert targets == {"MNG", "KAZ"}


def test_all_sides_after_a_clash_are_its_two_sides():
    targets = _urged("Tajik border guards fired on Kyrgyz positions on Tuesday. Kazakhstan urged all sides to "
                     "show restraint.")
    assert {t[:3] for t in targets} == {"TJK", "KGZ"}


def test_all_parties_in_a_political_story_stay_its_parties():
    targets = _urged("Malawi's parliament rejected the budget on Friday. The churches urged all parties to respect "
                     "the vote.")
    assert targets and all(t.endswith("PTY") for t in targets)
