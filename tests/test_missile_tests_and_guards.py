"""A missile test is a show of force, however it is written ('test-fired', 'test-launched': the tokeniser splits
the verb, the lexicon key joins it); prison guards, warders and jailers are the state's custodial police
(dyad/data/verb_patterns.tsv, roles.tsv). Sentences written for these tests."""

from dyad import extract


def _events(text: str):
    return {(e.source.code, e.cameo, e.target.code if e.target else None) for e in extract(text).events}


def test_a_hyphenated_missile_test_is_a_show_of_force():
    assert ("PAK", "150", None) in _events("Pakistan test-fired a nuclear-capable cruise missile on Thursday.")
    assert not any(code.startswith("19") for _, code, _ in _events("Pakistan test-fired a cruise missile near India."))


def test_warders_and_prison_guards_are_police():
    codes = {a.name: a.code for a in extract("Warders in Uganda's Luzira prison beat two inmates, a lawyer said.").actors}
    assert codes.get("Warders") == "UGACOP", codes
    assert {"Prison guards": "ZWECOP"}.items() <= {a.name: a.code for a in extract(
        "Prison guards in Zimbabwe went on strike over pay.").actors}.items()
