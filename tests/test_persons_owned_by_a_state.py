""""Cambodia's Hun Manet": a bare name after a state's possessive is that state's person (of no sector the text
gives), so his acts are coded; a bare name alone says no state (dyad/actors/mentions.py person_attributes,
_owning_state). Sentences written for these tests."""

from dyad import extract


def test_a_name_after_a_states_possessive_is_that_states():
    result = extract("Ghana's Kwame Mensah accused Togolese troops of shelling a border village.",
                     published="2025-07-01")
    assert {"Kwame Mensah": "GHA"}.items() <= {a.name: a.code for a in result.actors}.items()
    assert ("GHA", "TGOMIL") in {(e.source.code, e.target.code if e.target else None) for e in result.events
                                 if e.cameo.startswith("112")}


def test_a_bare_name_alone_gets_no_state():
    result = extract("Sok Dara accused the troops of firing first.", published="2025-07-01")
    assert {a.name: a.code for a in result.actors}.get("Sok Dara") == "UNK"
