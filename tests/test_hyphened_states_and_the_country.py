"""A state whose name has a hyphen is one name, not its first part (dyad/entity_repairs.py); 'the country' is the
state the story is about more than one named in passing just before (dyad/actors/coreference.py _salient_state).
Sentences written for these tests."""

from dyad import extract
from coded import triples


def _events(text: str) -> list[tuple]:
    return triples(text, published="2025-02-11")


def test_a_hyphenated_state_gives_its_own_state_to_the_people_of_the_story(nlp):
    doc = nlp("Gendarmes in Guinea-Bissau detained four reporters near the port.")
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "GPE"] == [("Guinea-Bissau", "GPE")]
    assert ("GNBCOP", "173", "GNBMED") in _events(
        "Police in Guinea-Bissau detained four reporters near the port on Sunday.")


def test_each_hyphenated_state_name_is_read_whole(nlp):
    doc = nlp("Engineers from Timor-Leste left for Congo-Brazzaville on Friday.")
    assert {e.text for e in doc.ents if e.label_ == "GPE"} == {"Timor-Leste", "Congo-Brazzaville"}
    assert not [e for e in nlp("A well-known Anti-Corruption Bureau spoke.").ents if e.label_ == "GPE"]


def test_the_country_is_the_story_state_not_the_state_that_just_reacted():
    text = ("Army officers in Burkina Faso seized power on Monday and detained the president. "
            "Senegal condemned the takeover. The officers later closed the country's borders.")
    result = extract(text, published="2025-02-11")
    owner = next(a for a in result.actors if "the country" in [m.text for m in a.mentions])
    assert owner.code == "BFA"
    closed = [e for e in result.events if e.verb == "closed"]
    assert closed and all(e.target is None or e.target.code == "BFA" for e in closed)


def test_the_country_is_still_the_state_named_last_where_the_story_is_about_it():
    text = ("Fighting in Burkina Faso spilled over into Senegal last week. Senegalese villagers fled as Senegal's "
            "army moved in. On Friday the army closed the country's border crossings.")
    owner = next(a for a in extract(text, published="2025-02-11").actors
                 if "the country" in [m.text for m in a.mentions])
    assert owner.code == "SEN"
