"""A question put to a speaker is no claim of theirs, also where the tagger reads the sentence-initial 'Asked' as
a past tense (dyad/quotes/gates.py _withheld); a named person introduced by a colon speaks the quotation after it,
whether or not the text gives the person a state (dyad/quotes/direct.py _introduced). Sentences written for
these tests."""

from dyad import extract


ARTICLE = ("Interior Minister Hanna Ruud wrote on her blog that the police had stopped three plots this year.\n\n"
           "Security analyst Tomas Lind was blunt: \"The courts keep freeing suspects and the police keep catching "
           "them. It is a loop.\"\n\n"
           "Asked whether the verdict would harm cooperation with Finland, the minister replied: \"Our partnership is "
           "solid.\"")


def test_a_question_put_to_the_minister_is_not_her_claim():
    texts = [q.text for q in extract(ARTICLE).quotes]
    assert not any("harm cooperation" in t for t in texts), texts
    assert any(t.startswith("Our partnership is solid") for t in texts)


def test_a_named_person_before_a_colon_speaks_the_quotation():
    quotes = extract(ARTICLE).quotes
    spoken = [q for q in quotes if q.text.startswith("The courts keep freeing")]
    assert spoken and spoken[0].speaker is not None and spoken[0].speaker.name == "Tomas Lind"


def test_a_thing_before_a_colon_speaks_nothing():
    assert extract("The banner over the gate read: \"No entry for strangers.\"").quotes == []
