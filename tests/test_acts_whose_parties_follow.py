"""Acts whose parties follow from how the text names them (dyad/events/arguments.py, coder.py, evaluations.py,
modality_rules.py, predicates.py, modals.tsv): what a deal is for names no party; what is done 'without' reaching
it, or banned, is not done; a protest against arrests aims at who made them; 'his detention' is the detainer's
act; a condemned 'act' is one of force; who is 'asked about' something does not ask; forces moved at home
threaten no one. Sentences written for these tests."""

from dyad import extract

PUBLISHED = "2025-03-10"


def _result(text):
    return extract(text, published=PUBLISHED)


def _triples(result):
    return {(e.source.code, e.cameo, e.target.code if e.target else None) for e in result.events}


def test_what_a_deal_between_two_parties_is_for_names_no_party():
    result = _result("Uruguay and Paraguay signed an agreement on Friday to dredge a waterway to the port of "
                     "Rosario in Argentina.")
    assert {("URY", "057", "PRY"), ("PRY", "057", "URY")} <= _triples(result)
    assert not any(e.target is not None and e.target.country == "ARG" for e in result.events)


def test_what_is_done_without_reaching_it_is_not_reached():
    result = _result("Uruguay and Paraguay held three rounds of talks on the river dispute without reaching "
                     "an agreement.")
    assert {("URY", "040", "PRY"), ("PRY", "040", "URY")} <= _triples(result)
    assert not any(e.cameo == "057" for e in result.events)


def test_a_protest_against_arrests_is_aimed_at_who_made_them():
    result = _result("Myanmar's navy detained 30 Bangladeshi fishermen on Tuesday. Fishermen's groups in "
                     "Chittagong protested against the arrests and urged Dhaka to secure their release.")
    protests = [e for e in result.events if e.verb == "protested"]
    assert protests and all(e.target is not None and e.target.code == "MMRMIL" for e in protests)
    assert any(e.verb == "urged" and e.target is not None and e.target.country == "BGD" for e in result.events)


def test_a_junta_condemns_the_attackers_act_not_its_own_armys():
    result = _result("Gunmen attacked a market in northern Burkina Faso on Sunday, killing nine traders. The "
                     "army said it had sent reinforcements to the area.\n\nThe head of the junta condemned "
                     "what he called a barbaric act.")
    condemned = [e for e in result.events if e.verb == "condemned"]
    assert condemned and all(e.target is not None and e.target.sector != "MIL" for e in condemned)


def test_what_is_banned_or_barred_is_not_done():
    for text in ("The European Union has banned member states from trading with Belarus since 2022.",
                 "The European Union barred its members from buying oil from Russia."):
        result = _result(text)
        assert not any(e.cameo.startswith("06") for e in result.events)
        assert any(e.cameo.startswith("17") for e in result.events)


def test_his_detention_is_the_act_of_whoever_detained_him():
    result = _result("Police in Lusaka detained the former minister in March. The High Court ordered his release "
                     "on Thursday, saying his detention was unlawful.")
    judged = [e for e in result.events if e.verb == "unlawful"]
    assert judged and all(e.target.code == "ZMBCOP" for e in judged)


def test_a_strike_aims_at_no_one_it_forces_to_act():
    result = _result("Thousands of nurses in Ghana went on strike on Monday to demand higher pay, forcing "
                     "public hospitals to turn away patients.")
    strikes = [e for e in result.events if e.cameo.startswith("14")]
    assert strikes and all(e.target is None or e.target.sector != "HLH" for e in strikes)


def test_who_is_asked_about_something_does_not_ask():
    result = _result("Chile proposed joint patrols on Monday. Asked about the Chilean proposal, Bolivian Foreign "
                     "Minister Ana Ruiz said her government would study it.")
    assert not any(e.verb == "Asked" or (e.source.code == "BOLGOV" and e.cameo.startswith("02"))
                   for e in result.events)


def test_forces_a_state_will_move_at_home_are_no_threat():
    result = _result("A government spokesman said Chile would send 2,000 more troops to its northern region.")
    assert any(e.cameo == "154" and e.hypothetical for e in result.events)
    assert not any(e.cameo.startswith("13") for e in result.events)


def test_a_storm_kills_but_does_no_act():
    result = _result("Cyclone Nadia killed at least 14 people in southern Mozambique, officials said on Tuesday. "
                     "The president declared a state of emergency in two provinces.")
    assert not any(e.verb == "killed" for e in result.events)
    assert not any(a.name == "Cyclone Nadia" for a in result.actors)


def test_help_offered_if_asked_is_no_request():
    result = _result("Tonga was hit by a cyclone on Monday. Fiji pledged relief supplies, and New Zealand said "
                     "its air force in the region was ready to help if asked.")
    assert not any(e.cameo.startswith("02") for e in result.events)
    assert any(e.source.code == "FJI" and e.cameo.startswith("03") for e in result.events)


def test_an_operation_to_free_hostages_is_no_attack():
    rescue = _result("Gunmen seized nine miners in eastern Congo last week. The army launched an operation to "
                     "free them on Sunday.")
    assert not any(e.verb == "launched" for e in rescue.events)
    assault = _result("Troops launched an offensive against the rebels to free the town.")
    assert any(e.verb == "launched" and e.cameo.startswith("19") for e in assault.events)
