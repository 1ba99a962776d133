"""A side's own (dyad/actors/codes.py _reporting_thing, dyad/events/arguments.py _own_side, coder.py): 'its' or
'their' owning the subject of a reported clause is the reporting verb's subject, and a threat that the
speaker's own forces will act is aimed at the other side, never at those forces; in a clash between two states'
forces, those of one side killed are the other side's victims; the envoys a state expels are another state's;
what one threatens to do is a threat, not the act (dyad/events/modality_rules.py); a warning about an act
named by a noun is aimed at its doer (arguments._act_agent). Sentences written for these tests."""

from dyad import extract

PUBLISHED = "2025-09-02"


def _result(text):
    return extract(text, published=PUBLISHED)


def test_its_army_in_what_a_state_says_is_that_states_army():
    result = _result("Bolivia criticised Chile and said its navy was ready.")
    navy = [a for a in result.actors if a.name == "its navy"]
    assert navy and navy[0].code == "BOLMIL"


def test_a_threat_with_its_own_forces_is_aimed_at_the_side_it_accused():
    result = _result("Georgia accused Russia of shelling border villages and warned that its forces would respond.")
    threats = [e for e in result.events if e.cameo.startswith("13")]
    assert threats and all(e.target is not None and e.target.code == "RUS" for e in threats)


def test_own_forces_are_never_the_threats_target():
    result = _result("The Thai prime minister warned that his army would defend the frontier at any cost.")
    assert not any(e.cameo.startswith("13") and e.target is not None and e.target.code == "THAMIL"
                   for e in result.events)


def _kills(text):
    return {(e.source.code, e.target.code) for e in _result(text).events if e.cameo.startswith("182")}


def test_a_clash_that_kills_one_sides_soldiers_is_the_other_sides_act():
    kills = _kills("Eritrean and Ethiopian soldiers exchanged fire near the border town, killing three Ethiopian "
                   "soldiers.")
    assert ("ERIMIL", "ETHMIL") in kills
    assert not any(source.startswith("ETH") for source, _ in kills)


def test_a_clash_that_kills_one_sides_civilians_is_not_that_sides_act():
    kills = _kills("Armenian and Azerbaijani troops exchanged fire along the frontier, killing two Armenian "
                   "villagers.")
    assert kills and all(source.startswith("AZE") for source, _ in kills)


def test_a_joint_operation_may_kill_the_insurgents_of_either_partner():
    kills = _kills("Malian and Burkinabe troops attacked militants near the border, killing 20 Malian insurgents.")
    assert {source[:3] for source, _ in kills} == {"MLI", "BFA"}


def test_envoys_a_state_expels_are_not_its_own():
    result = _result("Estonia vowed to respond after Belarus expelled two of its diplomats on Friday.")
    expulsions = [e for e in result.events if e.verb == "expelled"]
    assert expulsions and all(e.source.code == "BLR" and e.target.country == "EST" for e in expulsions)


def test_threatening_to_retaliate_is_a_threat_at_whoever_struck():
    result = _result("The African Union imposed sanctions on Niger on Monday. Niger rejected the sanctions and "
                     "threatened to retaliate.")
    threats = [e for e in result.events if e.source.code == "NER" and e.target is not None and e.target.code == "IGOAU"]
    assert threats and any(e.cameo.startswith("13") for e in threats)
    assert not any(e.cameo.startswith("19") for e in threats)


def test_a_warning_about_an_act_is_aimed_at_its_doer():
    # the clause is passive; its subject is an act whose doer the 'by' phrase names
    events = _result("The European Union warned that any further crackdown by Belarusian security forces "
                     "would be met with sanctions.").events
    assert [(e.cameo[:2], e.target.code if e.target else None) for e in events] == [("13", "BLRCOP")]
    own = _result("The United States warned that any attack on its embassy would be met with force.").events
    assert not any(e.target is not None and e.target.country == "USA" for e in own)


def test_whom_a_warning_protects_is_not_the_one_warned():
    for text in ("Turkey warned that the new tariffs would hurt Turkish exporters.",
                 "Sudan's foreign ministry warned that the dam must not reduce Sudan's share of the river."):
        result = _result(text)
        assert not any(e.cameo[:2] in ("10", "13") and e.target is not None and e.target.country == e.source.country
                       for e in result.events), [(e.source.code, e.cameo, e.target and e.target.code)
                                                  for e in result.events]
