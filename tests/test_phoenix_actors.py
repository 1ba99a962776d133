"""The Phoenix named-actor supplement (dyad/data/phoenix_actors.jsonl.gz, converted from PETRARCH2's
Phoenix dictionaries by scripts/convert_phoenix.py): loaded under Dyad's own entries."""

import dataclasses
import datetime as dt

from dyad import extract
from dyad.actors import resolve_actors
from dyad.codebooks import (PHOENIX_FILE, ActorDictionary, actor_dictionary, data_path, from_phoenix,
                            phoenix_entries, read_actor_entries)


def _codes(text, published="2015-06-01"):
    return {a.name: a.code for a in extract(text, published=published).actors}


def test_the_supplement_loads_and_validates():
    entries = phoenix_entries()  # read_actor_entries raises DictionaryError on a bad record
    assert len(entries) > 20000
    assert all(from_phoenix(e) for e in entries)
    assert {e.kind for e in entries} <= {"person", "organisation", "group"}  # states are Dyad's own


def test_dyad_entries_come_first_and_share_no_name_with_the_supplement():
    own = read_actor_entries(data_path("actors.jsonl"))
    entries = actor_dictionary().entries
    assert entries[:len(own)] == tuple(own)
    names = {n.lower() for e in own for n in (e.name, *e.aliases)}
    assert not [e.name for e in phoenix_entries() if {n.lower() for n in (e.name, *e.aliases)} & names]


def test_a_group_only_phoenix_knows_gets_its_code():
    codes = _codes("Fighters of the Hazm Movement shelled a checkpoint near the border on Tuesday.")
    assert codes.get("Hazm Movement") == "SYRREB"


def test_an_organisation_only_phoenix_knows_gets_its_code():
    codes = _codes("The Worldwatch Institute criticised the new mining licences.")
    assert codes.get("Worldwatch Institute") == "NGOUSAENV"


def test_dyad_entry_wins_on_conflict(nlp):
    dictionary = actor_dictionary()
    own = next(e for e in dictionary.entries if e.name == "Hamas")
    rival = dataclasses.replace(own, code="XYZREB", country="XYZ", origin=f"{PHOENIX_FILE}:1")
    merged = ActorDictionary(dictionary.countries, (*dictionary.entries, rival), dictionary.roles,
                             dictionary.anaphors, dictionary.regions)
    index = resolve_actors(nlp("Hamas rejected the offer from Cairo."), dictionary=merged,
                           published=dt.date(2015, 6, 1))
    assert {a.name: a.code for a in index.actors}["Hamas"] == "PSEREB"


def test_a_phoenix_person_is_coded_only_on_a_date_inside_an_office():
    person = next(e for e in phoenix_entries() if e.kind == "person" and len(e.roles) == 1 and e.roles[0][3]
                  and e.roles[0][3] > "2000" and len(e.name.split()) == 2 and not e.aliases)
    start = dt.date.fromisoformat(person.roles[0][3])
    inside = _codes(f"{person.name} visited the flooded villages.", (start + dt.timedelta(days=30)).isoformat())
    assert inside.get(person.name, "").startswith(person.roles[0][1])
    before = _codes(f"{person.name} visited the flooded villages.", (start - dt.timedelta(days=400)).isoformat())
    assert before.get(person.name) != person.roles[0][1] + person.roles[0][2]


def test_an_office_the_story_gives_beats_the_dictionarys_older_record():
    # On this date the dictionary still lists both as national ministers; the story names a newer office.
    codes = _codes("NATO Secretary-General Mark Rutte criticised Russia on Monday. Rutte said the alliance "
                   "would stay united.", published="2024-11-01")
    assert codes["Mark Rutte"] == "IGONATO"
    codes = _codes("The new president of the UN General Assembly, Annalena Baerbock, called for a ceasefire.",
                   published="2024-05-01")
    assert codes["Annalena Baerbock"] == "IGOUNO"


def test_a_former_or_matching_office_keeps_the_dictionarys_record():
    assert _codes("Former NATO secretary-general Mark Rutte criticised Russia.",
                  published="2024-05-01")["Mark Rutte"] == "NLDGOV"
    assert _codes("Dutch Prime Minister Mark Rutte criticised Russia.",
                  published="2024-05-01")["Mark Rutte"] == "NLDGOV"
