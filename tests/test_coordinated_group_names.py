"""'The government and FARC rebels': a state or its body before 'and' stands alone, the group's name is its
members' modifier (dyad/parse_repairs.py, coordinated_modifiers). Sentences written for these tests."""

from dyad import extract


def _read(text: str):
    result = extract(text, published="2024-06-01")
    return result, {(e.source.code, e.cameo, e.target.code if e.target else None) for e in result.events}


def test_a_state_and_a_named_groups_fighters_are_two_parties_not_three():
    result, events = _read("Colombia and ELN rebels agreed to extend the truce by three months.")
    names = [a.name for a in result.actors]
    assert "ELN rebels" in names and "rebels" not in names
    assert not any(s == t for s, _, t in events), events  # (no rebels agreeing with their own group)
    assert any(s == "COL" and t == "COLREB" for s, _, t in events)


def test_a_state_body_and_a_named_groups_fighters():
    result, events = _read("The government and ELN guerrillas signed a truce in Havana.")
    assert "ELN guerrillas" in [a.name for a in result.actors]
    assert not any(s == t for s, _, t in events), events


def test_two_states_forces_stay_one_noun_phrase():
    result, events = _read("US and British forces struck Houthi positions near the port.")
    assert {"USAMIL", "GBRMIL"} <= {s for s, _, _ in events}

