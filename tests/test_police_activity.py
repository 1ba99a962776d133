"""Law-enforcement and security-force activity as a predicate class (dyad/data/verb_patterns.tsv with the
word classes of dyad/data/word_classes.tsv): arrests and detentions, crowd control, curfews and bans on
assembly, deployments and shows of police power, including South-Asian and African usage."""

import pytest

from dyad import extract
from dyad.codebooks import DictionaryError, read_verb_patterns, word_classes


def _codes(text):
    return {(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in extract(text, published="2024-05-02").events}


@pytest.mark.parametrize("text, expected", [
    # crowd control: violent repression (CAMEO 175), the crowd the target
    ("Police lathi-charged the opposition supporters in Sylhet.", ("BGDCOP", "175", "BGDOPP")),
    ("Police teargassed opposition supporters in Mombasa.", ("KENCOP", "175", "KENOPP")),
    ("Police fired at the protesters in Pokhara.", ("NPLCOP", "175", "NPLOPP")),
    ("Police opened fire on opposition marchers in Rawalpindi.", ("PAKCOP", "175", "PAKOPP")),
    # detention in regional usage (CAMEO 173)
    ("Police nabbed two opposition activists in Jaipur.", ("INDCOP", "173", "INDOPP")),
    ("Police booked the opposition leader under the public safety act in Bhopal.", ("INDCOP", "173", "INDOPP")),
    ("Police picked up the opposition leader from her home in Rajshahi.", ("BGDCOP", "173", "BGDOPP")),
    # curfews, bans on assembly, shows of police power
    ("The government clamped a curfew on Jammu.", ("INDGOV", "1723", "IND")),
    ("The Indian police staged a flag march in Meerut.", ("INDCOP", "150", None)),
])
def test_police_activity_is_coded(text, expected):
    assert expected in _codes(text)


def test_agentless_police_act_has_the_police_as_implicit_source():
    events = extract("Dozens of opposition activists were nabbed in Multan.", published="2024-05-02").events
    assert [(e.source.code, e.cameo, e.implicit) for e in events] == [("PAKCOP", "173", True)]


@pytest.mark.parametrize("text", [
    "The Indian company fired its chief executive on Monday.",  # dismissal, 'on Monday' no 'fire on'
    "The Bangladeshi minister booked a flight to London.",  # reserve
    "Kenya picked up three gold medals at the games.",  # collect
    "The Ugandan government will charge a fee for visas.",  # price
    "Sri Lanka's president rounded up the meeting with a speech.",
    "The Kenyan company deployed new software.",
])
def test_look_alikes_are_not_police_acts(text):
    assert not any(code[:2] in ("13", "15", "17", "18", "19") for _, code, _ in _codes(text)), _codes(text)


def test_verb_patterns_cite_word_classes(tmp_path):
    assert {"suspect", "activist"} <= word_classes()["@people"]
    good = tmp_path / "good.tsv"
    good.write_text("code\tverb\tparticle\tobject\n173\tbook\t\t@people|@actor\n", encoding="utf-8")
    [pattern] = read_verb_patterns(good)
    assert "suspect" in pattern.objects and "@actor" in pattern.objects and "@people" not in pattern.objects
    bad = tmp_path / "bad.tsv"
    bad.write_text("code\tverb\tparticle\tobject\n173\tbook\t\t@nobody\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="unknown word classes"):
        read_verb_patterns(bad)


@pytest.mark.parametrize("text, expected", [
    ("Four Kashmiri militants were killed in a gunfight with Indian troops.", ("INDMIL", "1823", "INDREB")),
    ("Three Nigerian soldiers were killed in a clash with Boko Haram fighters.", ("NGAREB", "190", "NGAMIL")),
])
def test_the_other_side_of_a_fight_is_the_agent_of_an_agentless_killing(text, expected):
    assert expected in _codes(text)


@pytest.mark.parametrize("text, expected", [
    # an order or curfew imposed with no agent named: the administration of the place (implicit)
    ("A curfew was clamped on the town of Sambalpur after clashes.", ("INDGOV", "1723", "IND")),
    ("A curfew was imposed in Sylhet on Friday.", ("BGDGOV", "1723", "BGD")),
    # South-Asian 'lodged an FIR', as 'registered a case'; warning shots to disperse stone-pelters
    ("Police lodged an FIR against three traders in Multan.", ("PAKCOP", "173", "PAKBUS")),
    ("Police fired in the air to disperse stone-pelters in Anantnag.", ("INDCOP", "175", "INDOPP")),  # the crowd, not the town
])
def test_agentless_curfews_firs_and_warning_shots(text, expected):
    assert expected in _codes(text)
