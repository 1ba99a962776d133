"""A civil body or a person who commands no forces 'fighting' with no foe named struggles in politics, no force
(dyad/events/coder.py STRUGGLE_VERBS, _civil_voice); a government's head may still threaten war. Party members
named by the party's word ('Democrats', 'Republicans', 'Tories': roles.tsv) are the party's (PTY) of the story's
state. Sentences written for these tests."""

from dyad import extract


def _events(text: str):
    return {(e.source.code, e.cameo[:2], e.target.code if e.target else None) for e in extract(text).events}


def test_a_civil_body_that_keeps_fighting_uses_no_force():
    text = "WASHINGTON - The Senate blocked the voting bill. The White House said it would keep fighting."
    assert not any(code in ("18", "19", "20") or code == "13" for _, code, _ in _events(text)), _events(text)


def test_party_members_named_by_the_partys_word():
    events = _events("WASHINGTON - Civil rights groups accused Republicans of trying to suppress the vote in Arizona.")
    assert ("NGO", "11", "USAPTY") in events, events
    result = extract("LONDON - Tories accused the mayor of wasting money on cycle lanes.")
    assert any(a.name == "Tories" and a.code == "GBRPTY" for a in result.actors), [(a.name, a.code) for a in
                                                                                   result.actors]
