"""dyad.dictionaries.petrarch against PETRARCH2's own files (``../shared/petrarch2/``, skipped if absent).

Floors were measured on the files as shipped (counts in brackets) and sit a little below them.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from dyad.codebooks import ActorEntry, DictionaryError, RoleEntry, VerbPattern
from dyad.dictionaries import (
    GoldEvent,
    read_actors,
    read_agents,
    read_unit_tests,
    read_verbs,
    read_verbs_lexicon,
)


@pytest.fixture(scope="module")
def petrarch_dir() -> Path:
    path = Path(__file__).resolve().parents[1].parent / "shared" / "petrarch2"
    if not path.is_dir():
        pytest.skip("PETRARCH2 reference data not found at ../shared/petrarch2")
    return path


def _by_name(entries: list[ActorEntry], name: str) -> ActorEntry:
    return next(e for e in entries if e.name == name)


# --------------------------------------------------------------------------- actors


def test_read_actors_validate_known_entries(petrarch_dir):
    entries = read_actors(petrarch_dir / "PETR.Validate.actors.txt")
    assert len(entries) >= 120  # [128]
    arnor = _by_name(entries, "Arnor")
    assert (arnor.code, arnor.kind, arnor.origin) == ("ARN", "country", "PETR.Validate.actors.txt:45")
    assert _by_name(entries, "United States").aliases == ("Usa", "U.S.")
    assert _by_name(entries, "Hamas").code == "PSEREBHMS"
    assert _by_name(entries, "Hamas").kind == "group"
    assert _by_name(entries, "Palestinian").code == "PSE"  # written [pse]
    interpol = _by_name(entries, "International Criminal Police Organization")
    assert (interpol.aliases, interpol.code, interpol.sector) == (("Interpol",), "IGOCOPITP", "COPITP")


def test_read_actors_validate_date_restrictions(petrarch_dir):
    entries = read_actors(petrarch_dir / "PETR.Validate.actors.txt")
    gollum = _by_name(entries, "Gollum")
    assert gollum.kind == "person" and gollum.aliases == ("Smeagol", "Slinker", "Stinker")
    assert gollum.roles == (
        ("", "HOB", "", "", "1995-05-31"),  # [HOB < 950601]: before 1 June 1995
        ("", "HOB", "GOV", "1995-06-01", "1999-08-15"),
        ("", "HOB", "REB", "1999-08-17", ""),  # [HOBREB > 990816]: after 16 August 1999
    )
    assert gollum.role_on("1997-01-01")[1:3] == ("HOB", "GOV")
    sam = _by_name(entries, "Sam Gamgee")
    assert sam.code == "HOB"
    assert sam.role_on("2010-01-10")[1:3] == ("ORC", "HOB")  # listed first, so it overrides HOBMIL
    zimbabwe = _by_name(entries, "Zimbabwe")
    assert (zimbabwe.code, zimbabwe.kind) == ("ZBW", "country")
    assert zimbabwe.role_on("1970-01-01")[1] == "RHO" and zimbabwe.role_on("1990-01-01") is None


def test_read_actors_phoenix_countries_leader_and_speed(petrarch_dir):
    problems: list[str] = []
    start = time.perf_counter()
    entries = read_actors(petrarch_dir / "Phoenix.Countries.actors.txt", problems=problems)
    assert time.perf_counter() - start < 5
    assert len(entries) >= 18000  # [18352]
    obama = _by_name(entries, "Barack Obama")
    assert obama.kind == "person" and "President Obama" in obama.aliases
    assert ("", "USA", "GOV", "2009-01-21", "") in obama.roles
    assert obama.role_on("2012-06-01")[1:3] == ("USA", "GOV")
    afghanistan = _by_name(entries, "Afghanistan")
    assert (afghanistan.code, afghanistan.kind) == ("AFG", "country") and "Kabul" in afghanistan.aliases
    # code-less primary lines share the next entry's codes, as in PETRARCH
    josipovic = _by_name(entries, "Ivo Josipovic")
    assert josipovic.aliases == ("President Josipovic", "Josipovic") and josipovic.code == "HRV"
    # the file's own bad dates are reported, not guessed
    assert any(":18010: date restriction [GBRGOV >201005011]" in p for p in problems)
    assert len(problems) == 8
    with pytest.raises(DictionaryError):
        read_actors(petrarch_dir / "Phoenix.Countries.actors.txt")


@pytest.mark.parametrize("name, floor, expected_problems", [
    ("Phoenix.International.actors.txt", 7500, 2),  # [7838]
    ("Phoenix.MilNonState.actors.txt", 1000, 0),  # [1021]
])
def test_read_actors_phoenix_other_files(petrarch_dir, name, floor, expected_problems):
    problems: list[str] = []
    entries = read_actors(petrarch_dir / name, problems=problems)
    assert len(entries) >= floor
    assert len(problems) == expected_problems
    assert all(e.code and e.origin.startswith(name + ":") for e in entries)


def test_read_actors_international_multiple_codes_on_one_line(petrarch_dir):
    entries = read_actors(petrarch_dir / "Phoenix.International.actors.txt", problems=[])
    solana = _by_name(entries, "Javier Solana")
    assert [r[1] + r[2] for r in solana.roles] == ["IGOEUREEC", "IGOWSTNAT"]
    assert solana.roles[1][3:] == ("1995-12-05", "1999-10-06")


def test_read_actors_malformed_file_names_every_line(tmp_path):
    bad = tmp_path / "bad.actors.txt"
    bad.write_text("\tline before any actor [ABC]\nGOOD [ABC]\nDATED\n\t[ABC 20100231-20110101]\n"
                   "+ALIAS [XYZ]\nNOCODE_AT_ALL\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        read_actors(bad)
    problems = info.value.problems
    assert any(p.startswith(f"{bad}:1:") for p in problems)
    assert any(p.startswith(f"{bad}:4:") and "date restriction" in p for p in problems)
    assert any(p.startswith(f"{bad}:5:") for p in problems)
    assert any(p.startswith(f"{bad}:3:") and "no code" in p for p in problems)  # DATED + NOCODE_AT_ALL


# --------------------------------------------------------------------------- agents


def test_read_agents_validate(petrarch_dir):
    roles = read_agents(petrarch_dir / "PETR.Validate.agents.txt")
    assert len(roles) >= 160  # [165]
    assert roles["president"] == RoleEntry("president", "GOV", True)
    assert roles["presidents"] == RoleEntry("presidents", "GOV", False)  # generated plural
    assert roles["police"] == RoleEntry("police", "COP", False)  # {}: no plural
    assert "polices" not in roles
    assert roles["foreign minister"].sector == "GOVFRM"
    assert roles["attorneys general"].sector == "GOV"  # explicit plural
    assert roles["golden geese"].person is False
    assert roles["congressman"] == RoleEntry("congressman", "LEG", True)  # !PERSON! substitution
    assert roles["minister of silly walks"].person is True
    assert roles["human rights body"] == RoleEntry("human rights body", "NGO", False, prefix=True)  # [NGO~]


def test_read_agents_phoenix(petrarch_dir):
    problems: list[str] = []
    roles = read_agents(petrarch_dir / "Phoenix.agents.txt", problems=problems)
    assert len(roles) >= 5000  # [5112]
    assert problems == [f"{petrarch_dir / 'Phoenix.agents.txt'}:1927: expected 'PHRASE {{PLURALS}} [~CODE]': "
                        "'ISLAMIC_EXTREMIST'"]
    assert roles["foreign minister"].sector == "GOV"


def test_read_agents_malformed(tmp_path):
    bad = tmp_path / "bad.agents.txt"
    bad.write_text("POLICE {} [~COP]\nNO_CODE\nUNKNOWN_!SET! [~GOV]\nODD [GOV]\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        read_agents(bad)
    assert [p.split(": ")[0] for p in info.value.problems] == [f"{bad}:2", f"{bad}:3", f"{bad}:4"]


# --------------------------------------------------------------------------- verbs


def test_read_verbs_cameo(petrarch_dir):
    start = time.perf_counter()
    result = read_verbs(petrarch_dir / "CAMEO.2.0.txt")
    assert time.perf_counter() - start < 5
    assert len(result.patterns) >= 40000  # [41952]
    assert result.skipped["transformation"] == 8
    assert result.skipped["words before the verb"] == 312  # with "- % &AIRCRAFT *", "- &MILITARY * (TO +)"; "WILL" is kept
    assert VerbPattern("161", "recall", objects=frozenset({"ambassador"}), origin="CAMEO.2.0.txt:2853") \
        in result.patterns
    call_off = [p for p in result.patterns if p.verb == "call" and p.particle == "off" and not p.objects
                and not p.prep]
    assert [p.code for p in call_off] == ["160"]  # +CALL_OFF [160]
    # '- * (TO BORDER) [154]' under RUSH: a prepositional group
    assert any(p.verb == "rush" and p.prep == "to" and "border" in p.prep_objects and p.code == "154"
               for p in result.patterns)
    # '- * &FOOD [073]': the synset is expanded
    food = next(p for p in result.patterns if p.verb == "rush" and p.code == "073" and len(p.objects) > 5)
    assert "food" in food.objects


def test_read_verbs_validate(petrarch_dir):
    problems: list[str] = []
    result = read_verbs(petrarch_dir / "PETR.Validate.verbs.txt", problems=problems)
    assert len(result.patterns) >= 340  # [358]
    assert len(problems) == 1 and "- * DIPLXMATIC  [" in problems[0]  # a deliberate error in the file
    assert VerbPattern("064", "restore", objects=frozenset({"ties", "tie"}),
                       origin="PETR.Validate.verbs.txt:994") in result.patterns
    assert result.skipped["code not in CAMEO"] > 0  # WEIS codes such as [903], [075A]
    ban = [p for p in result.patterns if p.verb == "ban"]
    assert ban and ban[0].code == "191"
    # synset in an object slot: '- * &CURRENCY [903]' is dropped (not CAMEO) but '- * RUPEES [071]' kept
    assert any(p.verb == "contribute" and p.code == "071" and "rupee" in p.objects for p in result.patterns)


def test_read_verbs_lexicon(petrarch_dir):
    lexicon = read_verbs_lexicon(petrarch_dir / "CAMEO.2.0.txt")
    assert any(p.code == "161" and "ambassador" in p.objects for p in lexicon.for_lemma("recall"))


def test_read_verbs_malformed(tmp_path):
    bad = tmp_path / "bad.verbs.txt"
    bad.write_text("- * TIES [064]\n--- RESTORE [064] ---\nRESTORE\n- * TIES 064\n- NO STAR [010]\n",
                   encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        read_verbs(bad)
    assert [p.split(": ")[0] for p in info.value.problems] == [f"{bad}:1", f"{bad}:4", f"{bad}:5"]


# --------------------------------------------------------------------------- unit-test records


def test_read_unit_tests(petrarch_dir):
    records = read_unit_tests(petrarch_dir / "PETR.UnitTest.records.xml")
    # the README says 285; the file holds 284 <Sentence> elements ('<Sentences>' inflates a grep)
    assert len(records) == 284
    assert len({r.id for r in records}) == 282  # AGENTS-18 and AGENTS-19 each occur twice: key on origin
    categories = {r.category for r in records}
    assert {"DEMO", "ACTOR", "AGENT", "COMPOUND", "SYNSET", "ERROR", "COMPOUNDx"} <= categories
    demo = records[0]
    assert (demo.id, demo.date, demo.category) == ("DEMO-00", "1995-01-01", "DEMO")
    assert demo.events == (GoldEvent("ARN", "GON", "064"),)
    assert demo.text.startswith("Arnor is about to restore full diplomatic ties with Gondor almost five")
    assert demo.comments[1] == "minus the final subordinate clause"
    assert (demo.verbfile, demo.actorfile, demo.agentfile) == (
        "PETR.Validate.verbs.txt", "PETR.Validate.actors.txt", "PETR.Validate.agents.txt")
    by_id = {r.id: r for r in records}
    assert by_id["DEMO-02"].events == (GoldEvent("DAGGOV", "GON", "032"), GoldEvent("GON", "DAGGOV", "033"))
    assert by_id["AGENT-02"].events == (GoldEvent("NGOARN", "GON", "064"),)  # NGO~ agents prefix
    assert by_id["ERROR-01"].error == "dateline" and not by_id["ERROR-01"].events
    assert sum(r.noevents for r in records) == 19
    assert by_id["FINAL-RECORD"].noevents and dict(by_id["FINAL-RECORD"].config)["require_dyad"] == "true"


def test_read_verbs_reverse_codes_compounds_and_forms(tmp_path):
    path = tmp_path / "small.verbs.txt"
    path.write_text(
        "--- LEFT [032:033] ---\nLEFT\n\n"
        "--- AGREE [081] ---\nAGREE\n- % * [030:030]\n- * WITH % [031]\n- % * WITH %  [031]\n\n"
        "--- GRANT [070] ---\nGIVE {GAVE GIVEN}\n- * (BEFORE COURT)  [:173]\n\n"
        "--- EXCLUDE [172] ---\n+CORDON_OFF {+CORDONED_OFF}\n", encoding="utf-8")
    result = read_verbs(path)
    left = [p for p in result.patterns if p.verb == "left"]
    assert [(p.code, p.reverse_code) for p in left] == [("032", "033")]
    agree = {(p.code, p.reverse_code, p.compound, p.prep) for p in result.patterns if p.verb == "agree"}
    assert agree == {("081", "", "", ""), ("030", "030", "source", ""), ("031", "", "target", "with")}
    assert result.skipped["compound-actor marker % on both sides"] == 1
    # '[:173]': only the target's act on the subject ('appeared before the court': the court acts)
    assert [(p.code, p.target, p.prep) for p in result.patterns if p.verb == "give" and p.code == "173"] == [
        ("173", "reverse", "before")]
    assert result.forms == {"left": "left", "agree": "agree", "give": "give", "gave": "give", "given": "give",
                            "cordon": "cordon", "cordoned": "cordon"}  # '+CORDONED_OFF': the '+' word
    assert read_verbs_lexicon(path).forms["gave"] == "give"


def test_read_verbs_target_and_skip_markers_after_the_verb(tmp_path):
    path = tmp_path / "markers.verbs.txt"
    path.write_text(
        "--- CELEBRATE [181] ---\nCELEBRATE\n- * EID AT ^ WITH +  [043]\n- * IFTAR IN ^ +  [045]\n"
        "- + HOSTING * TABASKI  [042]\n- * FEAST $  [046]\n- + * GIFTS $  [071]\n\n"
        "--- EXPORT [061] ---\nEXPORT\n- * CARS (FROM ^) (TO +)  [061]\n\n"
        "--- WARN [160] ---\nWARN\n- * THEIR ^ ABOUT +  [162]\n", encoding="utf-8")
    result = read_verbs(path)
    found = {(p.verb, p.code, p.objects, p.prep) for p in result.patterns if p.objects}
    # '+' marks the preposition whose object is the target; a phrase with no condition ('at' anything,
    # 'from' anywhere) is dropped beside it; '^' is a skipped word
    assert ("celebrate", "043", frozenset({"eid"}), "with") in found
    assert ("celebrate", "045", frozenset({"iftar"}), "in") in found
    assert ("export", "061", frozenset({"car", "cars"}), "to") in found
    # 'their' and a skipped word: an object with no head condition
    assert any(p.verb == "warn" and p.code == "162" and not p.objects and p.prep == "about" for p in result.patterns)
    assert result.skipped["source/target/skip markers $ + ^ before the verb, $ after it"] == 2
    # '+ * ... $': the subject is the target, the actor after the verb the source
    assert any(p.verb == "celebrate" and p.code == "071" and p.target == "reverse" for p in result.patterns)
