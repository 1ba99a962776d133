"""Implicit agents: an agentless passive of an act only a state institution performs names its source
('were arrested' → the police, 'was sentenced' → the judiciary, 'were deported' → the government)."""

import duckdb
import pytest

from conftest import column_names, create_table

from dyad import extract, store
from dyad.codebooks import DictionaryError, implicit_agents


def _implicit(text):
    return [(e.source.code, e.target.code if e.target else None, e.cameo) for e in extract(
        text, published="2024-03-10").events if e.implicit]


@pytest.mark.parametrize("text, expected", [
    ("Twelve Togolese opposition activists were arrested in Lome on Saturday.", ("TGOCOP", "TGOOPP", "173")),
    ("The editor of a Nepalese weekly was detained in Kathmandu.", ("NPLCOP", None, "173")),
    ("Two Ghanaian journalists were sentenced to three years in prison.", ("GHAJUD", "GHAMED", "116")),
    ("Chile's foreign minister spoke in Santiago. Five men were deported on Monday.", ("CHLGOV", "CHLCVL", "174")),
])
def test_agentless_passive_of_an_institutional_act_has_an_implicit_source(text, expected):
    found = _implicit(text)
    assert any(s == expected[0] and (expected[1] is None or t == expected[1]) and c == expected[2]
               for s, t, c in found), found


def test_a_named_agent_is_no_implicit_source():
    events = extract("Twelve Togolese activists were arrested by soldiers in Lome.", published="2024-03-10").events
    assert not any(e.implicit for e in events)
    events = extract("Moroccan police arrested twelve activists in Rabat.", published="2024-03-10").events
    assert [e.source.code for e in events if e.cameo_root == "17"] == ["MARCOP"]
    assert not any(e.implicit for e in events)


def test_an_act_with_no_institution_is_not_implicit():
    # 'killed' names no institution: the unnamed perpetrator stays the state, not implicit
    events = extract("Nine Nigerien villagers were killed near Niamey.", published="2024-03-10").events
    assert not any(e.implicit for e in events)


def test_implicit_agents_table_validates(tmp_path):
    table = implicit_agents()
    assert table["arrest"].sector == "COP" and table["sentence"].sector == "JUD" and table["deport"].sector == "GOV"
    bad = tmp_path / "bad.tsv"
    bad.write_text("verb\tsector\tname\troots\nfoo\tXYZ\tpolice\t17\nbar\tCOP\tpolice\t99\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as error:
        implicit_agents(bad)
    assert len(error.value.problems) == 2


def test_implicit_flag_is_stored_and_old_databases_gain_the_column(tmp_path):
    text = "Twelve Togolese opposition activists were arrested in Lome on Saturday."
    result = extract(text, published="2024-03-10", article_id="lome")
    assert any(e.implicit for e in result.events)
    path = tmp_path / "old.duckdb"
    old = duckdb.connect(str(path))
    for table in store.TABLES:  # a database made before events.implicit existed
        columns = [(n, k) for n, k in store.COLUMNS[table] if (table, n) != ("events", "implicit")]
        create_table(old, table, columns)
    old.close()
    con = store.connect(path)
    assert column_names(con, "events") == [c for c, _ in store.COLUMNS["events"]]
    store.write_results(con, [(None, result)])
    back = store.read_result(con, "lome")
    assert [e.implicit for e in back.events] == [e.implicit for e in result.events]
    con.close()


def test_anonymous_sides_of_force_take_the_state_of_the_sentence_place():
    events = extract("Police fought with the protesters in Mombasa.", published="2024-03-10").events
    assert [(e.source.code, e.target.code) for e in events if e.cameo_root in ("18", "19")] == [("KENCOP", "KENOPP")]


def test_police_activity_patterns():
    events = extract("Uruguayan police enforced a curfew in Salto.", published="2024-03-10").events
    assert [(e.source.code, e.cameo) for e in events] == [("URYCOP", "1723")]
    assert ("SDNJUD", "173") in [(e.source.code, e.cameo) for e in extract(
        "Nine Sudanese activists were remanded in custody.", published="2024-03-10").events if e.implicit]


@pytest.mark.parametrize("text, expected", [
    ("A Portuguese teacher was deported from Angola on Friday.", ("AGOGOV", "PRTEDU", "174")),
    ("Three Belgian diplomats were expelled from Kinshasa.", ("CODGOV", "BELGOV", "161")),
])
def test_the_state_someone_is_removed_from_removes_them(text, expected):
    # 'from X' names the state that deports or expels: the implicit agent's state, never the target
    found = _implicit(text)
    assert expected in found, found


@pytest.mark.parametrize("text, source", [
    ("Nepalese police beat students in Kathmandu. The main opposition party demanded a judicial inquiry.", "NPLPTY"),
    ("Ghanaian nurses stayed away from work on Monday. Labour leaders demanded better pay.", "GHALAB"),
])
def test_a_states_own_society_demands_of_its_government(text, source):
    found = {(e.source.code, e.target.code if e.target else None) for e in extract(text, published="2024-06-01").events
             if e.cameo.startswith("10")}
    assert (source, source[:3] + "GOV") in found, found


def test_dying_in_a_crackdown_is_the_crackdowns_act():
    found = extract("Two students died in the police crackdown in Dhaka.", published="2024-03-10").events
    assert any(e.cameo == "1823" and e.source.code == "BGDCOP" and e.target is not None and
               e.target.code.startswith("BGD") for e in found), found
    found = extract("Five civilians died in Russian shelling of Kharkiv.", published="2024-03-10").events
    assert not any(e.target is not None and e.target.code == "RUSCVL" for e in found), found


def test_a_campaign_against_a_states_insurgents_is_its_militarys():
    found = extract("The offensive against the rebels in Darfur continued for a third week.",
                    published="2024-03-10").events
    assert any(e.cameo[:2] == "19" and e.source.code == "SDNMIL" and e.implicit and e.target.code == "SDNREB"
               for e in found), found
    # against a state, or a city, no one's army is implied
    assert not extract("The offensive against Kyiv continued.", published="2024-03-10").events


def test_one_who_died_is_no_agent_of_what_followed_and_a_station_officer_is_police():
    events = extract("An FIR was lodged against the SHO after a detainee died in police custody in Multan.",
                     published="2024-03-10").events
    filed = [e for e in events if e.verb == "lodged"]
    assert filed and all(e.source.code != "PAKOPP" and e.source.name != "detainee" for e in filed)
    assert any(e.target is not None and e.target.code == "PAKCOP" for e in filed)
