"""A label's own agent names whom a judgement is about ('described the incursion as an invasion by Y'), and
'charged that ...' reports an accusation while 'charged X with ...' is no speech."""

import pytest

from dyad import extract


def _events(text):
    result = extract(text, published="2024-03-10")
    return [(e.cameo[:3], e.source.code, e.target.code if e.target else None) for e in result.events], result


@pytest.mark.parametrize("text, expected", [
    ("Moldova's president described the incursion as an invasion by Russia.", ("112", "MDAGOV", "RUS")),
    ("Lebanon's prime minister called the blast a war crime committed by Israel.", ("112", "LBNGOV", "ISR")),
    ("Kenya's government called the raid on the market an act of terrorism by al-Shabaab.",
     ("112", "KENGOV", "SOMREB")),
])
def test_a_labels_agent_is_whom_the_judgement_is_about(text, expected):
    events, _ = _events(text)
    assert any(e[0].startswith(expected[0]) and e[1] == expected[1] and e[2] == expected[2] for e in events), events


@pytest.mark.parametrize("text, expected", [
    # the judging adjective's noun carries the agent; 'this' is then no obstacle, and a name quoted is plain
    ('Estonia closed the consulate in Narva. "This is a hostile step by the Estonian authorities," a Russian '
     'diplomat said.', ("111", "RUSGOV", "ESTGOV")),
    ("Uruguay's foreign minister said it was an unfriendly act by the Paraguayan government.",
     ("111", "URYGOV", "PRYGOV")),
    ("Ghana's president said the accord was a positive step by the Ivorian government.", ("051", "GHAGOV", "CIVGOV")),
    # a judging adjective the parser read as the noun of 'called [the decision groundless]'
    ("Estonia expelled two Russian diplomats. Moscow called the decision groundless.", ("111", "RUSGOV", "EST")),
])
def test_a_judged_deeds_agent_or_referent_is_whom_the_judgement_is_about(text, expected):
    events, _ = _events(text)
    assert any(e[0].startswith(expected[0]) and e[1] == expected[1] and e[2] == expected[2] for e in events), events


def test_a_quoted_pronoun_agent_is_not_taken_for_the_judged():
    events, _ = _events('"It is a reckless move by them," the Estonian minister said of the drills.')
    assert not any(e[0] == "111" and e[2] in ("ESTGOV", "EST") for e in events), events


def test_charged_that_reports_an_accusation():
    events, result = _events("Sudan's foreign minister charged that Chadian troops had shelled two border villages.")
    assert ("112", "SDNGOV", "TCDMIL") in [(c[:3], s, t) for c, s, t in events], events
    assert any(q.cue == "charged" and q.kind == "indirect" for q in result.quotes), result.quotes


def test_charged_with_an_offence_is_no_cue():
    _, result = _events('The attorney general said prosecutors would charge the activist with sedition for '
                        '"insulting the head of state at a rally in Mombasa".')
    assert result.quotes and all(q.cue == "said" for q in result.quotes), result.quotes


@pytest.mark.parametrize("text, expected", [
    # backing or cooperating with an armed group, reported by another side, accuses the one who does it
    ("Sudan's foreign minister said Chad was backing the rebels in Darfur.", ("112", "SDNGOV", "TCD")),
    ("Mali said Algeria was cooperating with the militants in the north.", ("112", "MLI", "DZA")),
    # a deed noun done by a light verb's passive names its author by the agent
    ("Nigeria's army said the massacre in the village was perpetrated by Boko Haram.", ("112", "NGAMIL", "NGAREB")),
])
def test_reported_support_of_fighters_and_perpetrated_deeds_accuse(text, expected):
    events, _ = _events(text)
    assert any(e[0].startswith(expected[0]) and e[1:] == expected[1:] for e in events), events


@pytest.mark.parametrize("text, expected", [
    # verbs of equivalence predicate a label as a copula does
    ("Estonia's foreign minister said the drills amounted to an occupation by Russia.", ("112", "ESTGOV", "RUS")),
    ("Latvia said the Belarusian flights constituted a violation of its airspace.", ("112", "LVA", "BLR")),
])
def test_a_label_predicated_by_a_verb_of_equivalence_judges(text, expected):
    events, _ = _events(text)
    assert any(e[0].startswith(expected[0]) and e[1:] == expected[1:] for e in events), events


@pytest.mark.parametrize("label", ["the attempted bombing", "the incident"])
def test_calling_an_act_a_label_judges_its_doer_and_does_no_act(label):
    events, _ = _events("A Sudanese man tried to blow up an Egyptian airliner on Monday. Egypt's government called "
                        f"{label} an act of terrorism.")
    assert ("112", "EGYGOV", "SDN") in events, events
    assert not any(source == "EGYGOV" and code[:2] == "18" for code, source, _ in events), events
