"""Sentences written for these tests:
- aid announced is aid pledged (verb_patterns.tsv: announce/unveil + aid words, as pledge's rows; CAMEO's own
  dictionary codes ANNOUNCE AID 033), its recipient the state named or, failing one, the story's;
- who travels along on a visit ('flew to the province with a team of doctors') is not the one visited;
- a named body headed by an education or foundation word ('the Andean Institute of Water Studies', 'the Forest
  Observatory': organisation_heads.tsv) is a body of that sector, and its head a person of it, not a government's;
- a continent's name is no town's ('in Africa' was Mahdia, Tunisia: dyad/gazetteer.py)."""

from dyad import extract
from dyad.gazetteer import city


def _events(text: str):
    return {(e.source.code, e.cameo, e.target.code if e.target else None) for e in extract(text).events}


def test_announced_aid_is_pledged_aid():
    assert ("IGOEU", "0331", "ECU") in _events(
        "Floods killed 60 people in Ecuador last week. The European Union announced 3 million euros in funding.")
    events = _events("Canada announced new humanitarian aid for Haiti on Tuesday.")
    assert any(code.startswith("033") and target == "HTI" for _, code, target in events), events


def test_security_measures_announced_are_no_aid():
    assert not any(code.startswith("03") for _, code, _ in _events(
        "Spain announced new security measures for Morocco's fans after the match."))


def test_companions_on_a_trip_are_not_visited():
    events = _events("Peru's president flew to the flooded region of Piura on Sunday with a team of Chilean "
                     "army doctors.")
    assert not any(target and target.startswith("CHL") for _, code, target in events if code == "042"), events


def test_heads_of_named_institutes_and_observatories_are_not_officials():
    result = extract('"The plan is too timid," said Lucia Paz, head of the Forest Observatory, in Lima.')
    speakers = [q.speaker.code for q in result.quotes if q.speaker]
    assert speakers and all(code.endswith("NGO") for code in speakers), speakers
    result = extract('"The glaciers are melting," said Rosa Quispe, director of the Andean Institute of Water '
                     'Studies.')
    assert [q.speaker.code[-3:] for q in result.quotes if q.speaker] == ["EDU"]


def test_a_continent_is_no_town():
    assert city("Africa") is None and city("Asia") is None
    assert city("Nairobi").country == "KEN"
