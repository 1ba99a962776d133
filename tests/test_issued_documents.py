"""What a document says it does is its issuer's act: 'adopted a resolution imposing sanctions on X' is a
sanction by the adopter (the adopting itself is no second event); a document another issued is not the
subject's act; documents use no force."""

import pytest

from tests.coded import events


@pytest.mark.parametrize("text, expected", [
    ("The European Parliament adopted a resolution imposing travel bans on Nicaraguan officials.",
     ("IGOEU", "17")),
    ("Guinea's military council issued a decree that bans all opposition parties.", ("GIN", "17")),
    ("The Organisation of American States passed a resolution that condemns Venezuela's annexation plans.",
     ("IGOOAS", "11")),
])
def test_a_documents_content_is_its_issuers_act(text, expected):
    found = events(text)
    assert any(source.startswith(expected[0]) and code[:2] == expected[1] for code, source, _ in found), found
    assert not [code for code, _, _ in found if code == "057"]  # the adopting is not an agreement


@pytest.mark.parametrize("text, kept", [
    ("Bolivia rejected an ultimatum from Chile to withdraw its troops from the border.", "12"),
    ("Laos said it would back a resolution that imposes sanctions on Myanmar.", "03"),
])
def test_a_document_others_issued_leaves_the_verb_its_act(text, kept):
    found = events(text)
    assert any(code[:2] == kept for code, _, _ in found), found


def test_a_document_uses_no_force():
    found = events("The Security Council adopted a resolution targeting Islamic State fighters in Syria.")
    assert not [code for code, _, _ in found if code[:2] in ("18", "19", "20")]
