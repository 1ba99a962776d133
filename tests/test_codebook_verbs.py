"""Acts the CAMEO codebook names that Dyad's verb table missed (found by benchmarks/breadth/codebook_coverage.py):
self-directed easing and emergency rule with no target, mobilising forces against an enemy, raising the alert,
blocking convoys, restricting movement, and mass violence phrased as 'engaged in' an act."""

import pytest

from dyad import extract


def _codes(text):
    return {(e.source.code[:3], e.target.code[:3] if e.target else None, e.cameo)
            for e in extract(text, published="2024-06-01").events}


@pytest.mark.parametrize("text, expected", [
    ("The Malian junta eased the night curfew in Bamako on Friday.", ("MLI", None, "0813")),
    ("Ecuador's president lifted the state of emergency in three provinces.", ("ECU", None, "0814")),
    ("Sri Lanka imposed a state of emergency after the riots.", ("LKA", None, "1724")),
    ("Tunisia expressed its intent to cooperate with Algeria on water.", ("TUN", "DZA", "030")),
    ("Azerbaijan mobilised reserve units against Armenia.", ("AZE", "ARM", "154")),
    ("Taiwan increased the alert level of its air defences.", ("TWN", None, "152")),
    ("Lebanon restricted the movement of Syrian refugees.", ("LBN", "SYR", "191")),
    ("Sudanese militias engaged in ethnic cleansing of Masalit villagers.", ("SDN", None, "203")),
    # 'turn to X for Y' appeals to X for aid, of the kind Y names
    ("Burkina Faso's junta turned to Turkey for military support.", ("BFA", "TUR", "023")),
    ("Pakistan turned to China for a loan to pay its debts.", ("PAK", "CHN", "0231")),
])
def test_a_codebook_act_gets_its_code(text, expected):
    codes = _codes(text)
    if expected[1] is None:
        assert any(c[0] == expected[0] and c[2] == expected[2] for c in codes), codes
    else:
        assert expected in codes, codes


def test_protesters_blocking_convoys_is_a_blockade_protest_not_a_rejection():
    codes = _codes("Romanian truckers blocked Ukrainian lorries at the border crossing.")
    assert any(code == "144" for *_, code in codes), codes
    assert not any(code == "120" for *_, code in codes), codes


def test_rallying_opposition_against_a_rival_stays_disapproval():
    codes = _codes("Kenya's opposition leader mobilised protesters against the Ugandan president.")
    assert not any(code == "154" for *_, code in codes), codes
