"""Denials, dismissals and judgements of claims answer whoever made the claim; a noun of removal is done by
the body its 'from' phrase names; a question put is no appeal; a quoted copula can lay blame; a listed
person's name word that a longer name reads on past belongs to someone else."""

import pytest

from dyad import extract
from tests.coded import state_triples


_events = state_triples


def test_dismissing_claims_as_baseless_is_still_a_denial():
    # the 'as' predicate judges the claims; the verb keeps its own act (was dropped as a mere label)
    found = _events("Separatists in Cameroon said soldiers had torched their homes. The Cameroonian government "
                    "dismissed the claims as baseless.")
    assert ("CMR", "CMR", "016") in found


def test_rejecting_an_allegation_as_false_answers_the_accuser():
    found = _events("Tajikistan accused Kyrgyzstan of shelling its villages. Kyrgyzstan rejected the allegations "
                    "as false.")
    assert ("KGZ", "TJK", "016") in found
    assert ("KGZ", "TJK", "111") in found


def test_saying_the_claims_were_false_judges_their_maker():
    found = _events("The Houthis said American jets had bombed a prison. The Pentagon said the claims were untrue.")
    assert [t for t in found if t[0] == "USA" and t[2] == "111"] == [("USA", "YEM", "111")]


def test_a_denied_tie_answers_the_accuser_not_the_partner():
    found = _events("Ethiopia accused Egypt of training the rebels. Egypt denied any links with the militia.")
    assert ("EGY", "ETH", "016") in found
    assert not [t for t in found if t[0] == "EGY" and t[2] == "016" and t[1] != "ETH"]


@pytest.mark.parametrize("text, expected", [
    ("Guinea's suspension from ECOWAS was confirmed in June.", ("IGOECOWAS", "GIN", "166")),
    ("The junta in Bamako denounced Mali's expulsion from the African Union.", ("MLI", "IGOAU", "111")),
])
def test_a_noun_of_removal_is_done_by_its_from_phrase(text, expected):
    found = _events(text)
    assert expected[:2] in [t[:2] for t in found]
    assert not [t for t in found if t[0] == "GIN" and t[1] == "IGOECOWAS"]


@pytest.mark.parametrize("text", [
    "At a news conference in Hanoi, a journalist asked the Vietnamese premier whether he would visit Beijing.",
    "Reporters asked the Bolivian foreign minister why the talks with Chile had collapsed.",
])
def test_a_question_put_is_no_appeal(text):
    assert not [t for t in _events(text) if t[2][:2] == "02"]


def test_a_request_is_still_an_appeal():
    assert ("GHA", "TGO", "0213") in _events("Ghana asked Togo to extradite the two suspects.")


def test_a_quoted_copula_lays_blame_on_a_named_group():
    found = _events('Gunmen killed nine farmers near Kidal on Monday. "The Islamic State group is responsible for '
                    'this atrocity," Mali\'s army chief said.')
    assert [t for t in found if t[2][:2] == "11" and t[0] == "MLI"]


def test_a_listed_surname_read_on_as_a_given_name_is_someone_else():
    result = extract("Soldiers shot dead Kagame Otieno, a trader, in Kisumu on Sunday.", published="2024-03-11")
    assert not [a for a in result.actors if a.code.startswith("RWA")]


def test_an_accusation_before_a_charge_denied_is_not_reported_by_the_denier():
    events = extract("Ghana has accused Togo of sheltering the coup plotters, a charge Lome denies.",
                     published="2024-03-11").events
    accusation = [e for e in events if e.cameo_root == "11"]
    assert accusation and accusation[0].source.code == "GHA" and accusation[0].attribution is None


@pytest.mark.parametrize("text, denier, reporter", [
    ("Human Rights Watch said in a report that Malian soldiers had shot dozens of herders. Mali dismissed the "
     "findings.", "MLI", "NGO"),
    ("Amnesty International said Nepalese police had beaten detained protesters. The government in Kathmandu "
     "rejected the findings as politically motivated.", "NPL", "NGO"),
])
def test_a_denial_of_findings_answers_who_reported_the_harm(text, denier, reporter):
    # the report tells of a hostile act of the denier's forces: telling it is the charge the denial answers
    assert [t for t in _events(text) if t[0] == denier and t[2] == "016"] == [(denier, reporter, "016")]


def test_findings_that_no_one_reported_are_denied_to_no_one():
    assert not [t for t in _events("Mali dismissed the findings.") if t[2] == "016" and t[1]]
