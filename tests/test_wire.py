"""Agency copy (dyad.wire): datelines and credit lines are recorded and kept out of coding.

All articles are invented for these tests, in the styles of several agencies.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dyad import extract
from dyad.codebooks import DictionaryError, agencies
from dyad.wire import detect

REUTERS = (
    "MANILA, March 12 (Reuters) - Rebel fighters killed six soldiers in an ambush on Tuesday in the southern "
    "province of Sulu, the army said.\n\n"
    "\"We condemn this cowardly attack,\" army spokesman Ramon Cruz told reporters.\n\n"
    "The government accused the rebels of violating a ceasefire agreed last month.\n\n"
    "(Reporting by Maria Santos; Additional reporting by Karl Brenner in Berlin; Editing by Peter Graff)\n"
)
AP = (
    "TBILISI, Georgia (AP) — Georgian police arrested 40 protesters outside parliament on Friday, the Interior "
    "Ministry said.\n\n"
    "Opposition leader Nika Abashidze condemned the arrests.\n\n"
    "— AP\n"
)
AFP = (
    "NAIROBI, Jan 3 (AFP) - Kenyan troops killed four militants near the Somali border, the military said "
    "on Wednesday.\n\nWriting by Olu Adebayo\n"
)
PLAIN = (
    "ADDIS ABABA, Ethiopia — Ethiopian officials accused Eritrea on Monday of shelling border villages.\n\n"
    "Compiled by Lena Fischer\n"
)
MULTI = (
    "LIMA/QUITO, June 2, 2021 (Reuters) - Peru's government condemned Ecuador on Tuesday for closing the "
    "border.\n"
)
NO_AGENCY = (
    "HANOI, Nov 1 — Vietnamese police arrested two journalists in the capital last week, state media said.\n"
)


def _names(result, role):
    return {getattr(e, role).name for e in result.events if getattr(e, role) is not None}


def _actor_names(result):
    return {a.name for a in result.actors}


@pytest.mark.parametrize("text, place, places, date_text, agency, country", [
    (REUTERS, "MANILA", ("MANILA",), "March 12", "Reuters", "PHL"),
    (AP, "TBILISI, Georgia", ("TBILISI",), None, "Associated Press", "GEO"),
    (AFP, "NAIROBI", ("NAIROBI",), "Jan 3", "Agence France-Presse", "KEN"),
    (PLAIN, "ADDIS ABABA, Ethiopia", ("ADDIS ABABA",), None, None, "ETH"),
    (MULTI, "LIMA/QUITO", ("LIMA", "QUITO"), "June 2, 2021", "Reuters", "PER"),
    (NO_AGENCY, "HANOI", ("HANOI",), "Nov 1", None, "VNM"),
    ("Hanoi: Vietnamese police arrested two journalists.", "Hanoi", ("Hanoi",), None, None, "VNM"),
    # an agency the table does not know is kept as written when the place is a dated or known one
    ("QUITO, May 9 (Andes Wire) - Ecuador's army deployed troops.", "QUITO", ("QUITO",), "May 9", "Andes Wire",
     "ECU"),
    ("LIMA (Andina) — Peru's Congress met on Friday.", "LIMA", ("LIMA",), None, "Andina", "PER"),
])
def test_detect_dateline_styles(text, place, places, date_text, agency, country):
    wire = detect(text)
    assert (wire.place, wire.places, wire.date_text, wire.agency, wire.country) == (
        place, places, date_text, agency, country)
    start, end = wire.dateline
    masked = wire.mask(text)
    stop = min([a for a, _ in wire.credits] + [len(text)])
    assert len(masked) == len(text) and masked[:end].strip() == "" and masked[end:stop] == text[end:stop]
    assert all(masked[a:b].strip() == "" and masked.count("\n") == text.count("\n") for a, b in wire.credits)


@pytest.mark.parametrize("text", [
    "UN: Military attacks on villages violated international law\n\nA report said ...",
    "Jane Doe — the minister who resigned — spoke on Monday.",
    "The United Nations — and its agencies — said on Monday ...",
    "BREAKING (in Arabic) - the text",
    "Lima (file) - a photograph of the square",
])
def test_detect_leaves_headlines_and_names_alone(text):
    wire = detect(text)
    assert wire.dateline is None and wire.mask(text) == text


def test_credit_lines_are_found_in_the_tail():
    wire = detect(REUTERS)
    assert [REUTERS[a:b] for a, b in wire.credits] == [
        "(Reporting by Maria Santos; Additional reporting by Karl Brenner in Berlin; Editing by Peter Graff)"]
    ap = detect(AP)
    assert [AP[a:b].strip() for a, b in ap.credits] == ["— AP"]
    assert [AFP[a:b] for a, b in detect(AFP).credits] == ["Writing by Olu Adebayo"]
    assert detect("Police arrested a man. (AFP)").agency == "Agence France-Presse"


def test_dateline_year_rules():
    wire = detect("BEIRUT, Feb 20 (AFP) - Text.")
    today = dt.date(2024, 3, 1)
    assert wire.date_for("", today=today) == (dt.date(2024, 2, 20), "nearest past date")
    assert wire.date_for("", today=dt.date(2024, 2, 10)) == (dt.date(2023, 2, 20), "nearest past date")
    assert wire.date_for("the 2019 vote", today=today) == (dt.date(2019, 2, 20), "year written in the text")
    assert wire.date_for("", reference=dt.date(2022, 5, 1)) == (dt.date(2022, 2, 20), "publication date")
    assert detect(MULTI).date_for(MULTI) == (dt.date(2021, 6, 2), None)


def test_reuters_article_dateline_and_credits_are_not_coded():
    result = extract(REUTERS)
    assert (result.dateline, result.dateline_place, result.dateline_country, result.agency) == (
        "MANILA, March 12 (Reuters)", "MANILA", "PHL", "Reuters")
    assert result.dateline_date is not None and result.dateline_date.endswith("-03-12")
    assert result.published == result.dateline_date
    assert any("taken from the dateline" in w for w in result.warnings)
    # the dateline place, the agency and credited journalists are no actors, sources, targets or speakers
    for name in ("Manila", "MANILA", "Reuters", "Maria Santos", "Karl Brenner", "Peter Graff", "Berlin"):
        assert name not in _actor_names(result)
        assert name not in _names(result, "source") | _names(result, "target")
        assert all(q.speaker is None or q.speaker.name != name for q in result.quotes)
    end = len("MANILA, March 12 (Reuters) - ")
    assert all(q.start_char >= end for q in result.quotes)
    assert all(e.start_char >= end - 1 and "Reuters" not in e.evidence for e in result.events)
    assert not any(c.start_char >= REUTERS.index("(Reporting") for c in result.counts)
    assert all(ent.end_char <= REUTERS.index("(Reporting") and ent.start_char >= end for ent in result.entities)
    # the dateline's date anchors the relative dates: 'on Tuesday' before March 12
    published = dt.date.fromisoformat(result.published)
    killed = next(e for e in result.events if e.cameo_root in ("18", "19", "20"))
    assert killed.source.name == "Rebel fighters" and killed.source.country == "PHL"
    assert killed.date_text == "Tuesday" and dt.date.fromisoformat(killed.date).weekday() == 1
    assert 0 <= (published - dt.date.fromisoformat(killed.date)).days < 7


def test_ap_article_agency_is_not_an_actor():
    result = extract(AP, published="2024-04-12")
    assert (result.dateline_place, result.agency, result.published, result.dateline_date) == (
        "TBILISI, Georgia", "Associated Press", "2024-04-12", None)
    assert "Associated Press" not in _actor_names(result) and "AP" not in _actor_names(result)
    assert not {"Tbilisi", "TBILISI", "AP"} & (_names(result, "source") | _names(result, "target"))
    arrest = next(e for e in result.events if e.cameo.startswith("173"))
    assert arrest.source.code == "GEOCOP" and arrest.date == "2024-04-12"  # on Friday, the publication day


def test_afp_plain_and_multi_place_articles():
    afp = extract(AFP)
    assert afp.agency == "Agence France-Presse" and afp.published.endswith("-01-03")
    assert "Olu Adebayo" not in _actor_names(afp) and "Nairobi" not in _actor_names(afp)
    plain = extract(PLAIN, published="2023-05-02")
    assert plain.agency is None and plain.dateline_place == "ADDIS ABABA, Ethiopia"
    assert "Lena Fischer" not in _actor_names(plain)
    accuse = next(e for e in plain.events if e.cameo_root == "11")
    assert (accuse.source.code, accuse.target.code) == ("ETHGOV", "ERI")
    assert not {"Addis Ababa", "ADDIS ABABA"} & (_names(plain, "source") | _names(plain, "target"))
    multi = extract(MULTI)
    assert multi.dateline_date == "2021-06-02" and multi.published == "2021-06-02"
    assert not any("taken from the dateline" in w and "year" in w for w in multi.warnings)
    condemn = next(e for e in multi.events if e.cameo_root == "11")
    assert condemn.source.code == "PERGOV" and condemn.target.code == "ECU" and condemn.date == "2021-06-01"
    assert not {"Lima", "LIMA", "Quito", "QUITO"} & (_names(multi, "source") | _names(multi, "target"))


def test_given_published_date_wins_over_the_dateline():
    result = extract(NO_AGENCY, published="2022-11-03")
    assert result.published == "2022-11-03" and result.dateline_date == "2022-11-01"
    assert not any("dateline" in w for w in result.warnings)
    assert "Hanoi" not in _actor_names(result)


def test_store_keeps_dateline_columns():
    from dyad import store

    con = store.connect()
    result = extract(REUTERS, article_id="wire-1")
    store.write_results(con, [result])
    row = con.execute("SELECT dateline_place, dateline_country, agency, CAST(dateline_date AS VARCHAR) "
                      "FROM articles").fetchone()
    assert row == ("MANILA", "PHL", "Reuters", result.dateline_date)
    assert store.read_result(con, "wire-1") == result


def test_agency_file_is_validated(tmp_path):
    assert {"Reuters", "Associated Press", "Agence France-Presse", "Xinhua"} <= {a.name for a in agencies()}
    bad = tmp_path / "agencies.tsv"
    bad.write_text("name\taliases\tcountry\nReuters\t\tGB\nWire One\tReuters\t\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        agencies(bad)
    assert any(":2: country" in p for p in info.value.problems)
    assert any(":3: aliases" in p for p in info.value.problems)
