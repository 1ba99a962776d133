"""A clause summed up by 'a move', 'a decision' after a comma; the doer of an act a reaction names by its aim; the
sides of a 'between' phrase on the verb ('clashes broke out between ...') and of an earlier one ('both sides');
pairs of mediators; a contrastive 'while' clause beside a report; headlines that drop the passive's auxiliary; the
place of an institutional act named on it (dyad/events/arguments.py, predicates.py, reported.py, implicit.py,
tokens.py)."""

from dyad import extract
from tests.coded import events

PUBLISHED = "2024-06-10"


def test_a_move_summing_up_a_clause_is_that_clauses_act():
    assert ("111", "TGO", "GHA") in events("Ghana expelled two Togolese diplomats on Friday, a decision Togo "
                                           "called a provocation.")
    assert ("111", "TGOGOV", "GHA") in events("Ghana expelled two Togolese diplomats on Friday, a step that "
                                              "Togolese officials described as hostile.")
    assert ("1124", "TCDOPP", "TCDMIL") in events("The Chadian army shelled the village, an attack that the "
                                                  "opposition described as a war crime.")


def test_a_reaction_to_an_act_aimed_at_someone_is_aimed_at_its_doer():
    assert ("111", "RUS", "USA") in events("The United States bombed targets in Syria on Monday. Russia condemned "
                                           "the strikes on Syria.")
    assert ("111", "CHL", "USAGOV") in events("Chile criticised the sanctions on Venezuela imposed by Washington.")


def test_a_between_phrase_on_the_verb_names_the_sides_of_its_subject():
    coded = events("Clashes broke out between Malian and Burkinabe troops on Monday near the frontier.")
    assert ("190", "MLIMIL", "BFAMIL") in coded and ("190", "BFAMIL", "MLIMIL") in coded


def test_both_sides_are_the_two_a_between_phrase_named():
    coded = events("A truce between the Chadian army and the rebels collapsed on Sunday within hours.\n\n"
                   "Both sides blamed each other for the violation.")
    assert ("112", "TCDMIL", "TCDREB") in coded and ("112", "TCDREB", "TCDMIL") in coded


def test_the_two_mediators_are_the_pair_named_before_and_both_parties_no_political_party():
    coded = events("A truce between the Chadian army and the rebels collapsed on Sunday. The ceasefire had been "
                   "brokered by Qatar and Egypt.\n\nThe two mediators urged both parties to respect the truce.")
    appeals = [e for e in coded if e[0].startswith("02")]
    assert {source for _, source, _ in appeals} == {"QATGOV", "EGYGOV"}
    assert not [e for e in coded if (e[2] or "").endswith("PTY")]


def test_a_contrasting_while_clause_is_no_part_of_the_report_before_it():
    result = extract("The army said rebel fighters had shelled its base near Abeche, while the rebels accused the "
                     "army of bombing villages in Chad.", published=PUBLISHED)
    accusations = [e for e in result.events if e.verb == "accused"]
    assert accusations and all(e.attribution is None for e in accusations)


def test_a_headline_without_its_auxiliary_is_a_passive():
    result = extract("Opposition leader arrested before planned rally in Dhaka\n\nDHAKA — Police arrested the "
                     "secretary general of the main opposition party on Saturday.", published=PUBLISHED)
    assert not [e for e in result.events if e.source.code.endswith("OPP")]  # the leader arrested no one
    result = extract("Former minister jailed for seven years\n\nLIMA — A court sentenced Pedro Salas on Monday.",
                     published=PUBLISHED)
    assert not [e for e in result.events if e.source.code.endswith("ELI")]


def test_an_institutional_act_happens_where_its_own_phrase_places_it():
    result = extract("VIENNA — The foreign ministry in Vienna said the expulsion was a response to the detention "
                     "of an Austrian journalist in Minsk last week.", published=PUBLISHED)
    detentions = [e for e in result.events if e.cameo == "173"]
    assert detentions and all(e.source.code == "BLRCOP" and e.implicit for e in detentions)


def test_the_decision_after_a_court_ruled_is_the_courts():
    assert ("051", "KENOPP", "KENJUD") in events("A Kenyan court on Monday ordered the government to release the "
                                                 "activist. The opposition welcomed the decision.")
