"""Phoenix's agent words include two abstract nouns of a state of affairs ('governance', 'insurgence') that name
no one: 'called for good governance in Kenya' asks Kenya, not an official named 'good governance'
(dyad/codebooks.py phoenix_roles); 'intelligence' still names the services. Sentences written for these tests."""

from dyad import extract


def test_good_governance_is_no_official():
    result = extract("The African Development Bank called for good governance and transparency in Zambia.")
    assert not any("governance" in a.name for a in result.actors), [(a.name, a.code) for a in result.actors]


def test_intelligence_still_names_the_services():
    result = extract("Kenyan intelligence said the militants had crossed the border.")
    assert any(a.code == "KENSPY" for a in result.actors), [(a.name, a.code) for a in result.actors]
