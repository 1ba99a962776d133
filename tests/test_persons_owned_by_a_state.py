""""Cambodia's Hun Manet": a bare name after a state's possessive is that state's person (of no sector the text
gives), so his acts are coded; a bare name alone says no state (dyad/actors/mentions.py person_attributes,
_owning_state); 'their' after two states joined by 'and' is not the plural noun before it. Sentences written
for these tests."""

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


def test_their_after_two_states_joined_by_and_is_no_plural_noun_before_it():
    """'their' in a clause whose subject is two actors joined by 'and' stands for both, whom no one actor is
    (dyad/actors/coreference.py _coordinated_clause_subject): not the troops named just before."""
    result = extract("Eritrea and Djibouti agreed on Friday to withdraw troops from a disputed stretch of their "
                     "border.", published="2025-07-01")
    troops = next(a for a in result.actors if a.name == "troops")
    assert [m.text for m in troops.mentions] == ["troops"]
