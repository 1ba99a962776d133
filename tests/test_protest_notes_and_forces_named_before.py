"""A protest note sent or delivered is an official complaint (verb_patterns.tsv 114); a state target the text
names by no mention of its own is named by the state's English name, not its code; 'the soldiers' two
paragraphs after a state's troops were named are those troops (_salient_body looks two paragraphs back, as wire
copy runs one sentence to a paragraph). Sentences written for these tests."""

from dyad import extract


def test_a_protest_note_sent_is_an_official_complaint():
    events = {(e.source.code, e.cameo, e.target.code) for e in
              extract("Hanoi sent a strongly worded protest note to Beijing over the collision.",
                      published="2024-03-01").events if e.target}
    assert ("VNMGOV", "114", "CHNGOV") in events, events


def test_a_state_target_with_no_mention_of_its_own_is_named_by_its_name():
    result = extract("Nairobi sent a protest note to Kampala and recalled its ambassador.", published="2024-03-01")
    recall = next(e for e in result.events if e.cameo == "161")
    assert recall.target.code == "UGA" and recall.target.name == "Uganda", recall.target


def test_the_soldiers_two_paragraphs_on_are_the_troops_named_before():
    text = ("Guatemala accused Honduran troops of entering its territory and burning a customs post.\n\n"
            "\"This is a grave provocation,\" the Guatemalan foreign minister said.\n\n"
            "Honduras rejected the accusation. Its foreign ministry said the soldiers had been chasing cattle thieves.")
    result = extract(text, published="2024-03-01")
    troops = next(a for a in result.actors if a.name == "Honduran troops")
    assert "the soldiers" in [m.text for m in troops.mentions], [(a.name, a.code) for a in result.actors]


def test_a_national_adjective_read_as_an_indirect_object_modifies_the_object():
    """(parse repair demonym_objects: 'accused [Honduran] [troops]', read as two objects)"""
    events = {(e.source.code, e.cameo, e.target.code) for e in
              extract("Guatemala accused Honduran troops of entering its territory.", published="2024-03-01").events
              if e.target}
    assert ("GTM", "112", "HNDMIL") in events, events
