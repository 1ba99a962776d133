"""A bare title ('the prime minister') is not a holder the dictionary knows who is named only further on in the
same sentence, as another argument ('... said she would fly to Delhi to meet Narendra Modi': she is not Modi)
(dyad/actors/mentions.py _named_later_in_sentence). Sentences written for these tests."""

from dyad import extract


def test_a_title_before_a_named_holder_in_its_own_sentence_is_someone_else():
    result = extract("The prime minister's office said she would fly to Delhi on Friday to meet Narendra Modi.",
                     published="2024-03-12")
    modi = next(a for a in result.actors if a.name == "Narendra Modi")
    assert [m.text for m in modi.mentions] == ["Narendra Modi"]
    met = [e for e in result.events if e.verb == "meet"]
    assert met and all(e.target is not None and e.target.name == "Narendra Modi" and e.source.name != "Narendra Modi"
                       for e in met)


def test_a_title_after_its_named_holder_is_still_that_holder():
    result = extract("Narendra Modi arrived in Colombo on Friday. The prime minister said the talks had gone well.",
                     published="2024-03-12")
    modi = next(a for a in result.actors if a.name == "Narendra Modi")
    assert "The prime minister" in [m.text for m in modi.mentions]
