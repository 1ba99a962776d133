"""The Phoenix role and agent supplement (dyad/data/phoenix_roles.tsv, converted from PETRARCH2's
Phoenix.agents.txt by scripts/convert_phoenix_agents.py): merged under Dyad's own roles.tsv."""

from pathlib import Path

import pytest

from dyad import extract
from dyad.codebooks import PHOENIX_ROLES_FILE, RoleEntry, _tsv, actor_dictionary, data_path, phoenix_roles

SHARED = Path(__file__).resolve().parents[2] / "shared" / "petrarch2"


def _sources(text):
    return {(e.source.code, e.target.code if e.target else None) for e in extract(text, published="2024-02-01").events}


def test_the_supplement_validates_and_leaves_dyads_own_roles_alone():
    own = {"army": RoleEntry("army", "MIL", False), "deputy minister": RoleEntry("deputy minister", "GOV", False)}
    found = phoenix_roles(own, {"news agency": "outlet"})
    assert len(found) > 4000
    assert "army" not in found  # Dyad's own wins
    assert "news agency" not in found  # an anaphor Dyad resolves
    assert "deputy" not in found  # a word that only opens a longer role of Dyad's
    assert found["warplane"].sector == "MIL"
    assert {e.sector for e in found.values() if e.role in ("state media", "state television")} <= {"MED"}


def test_dyad_roles_win_in_the_merged_dictionary():
    roles = actor_dictionary().roles
    for _, row in _tsv(data_path("roles.tsv"), ("role", "sector", "person")):
        assert roles[row["role"].lower()].sector == row["sector"]


@pytest.mark.parametrize("text, pair", [
    ("Sudanese warplanes bombed a market in the town on Friday.", "SDNMIL"),
    ("Ugandan attack helicopters fired on rebel positions near the lake.", "UGAMIL"),
])
def test_agent_words_only_phoenix_lists_get_their_sector(text, pair):
    assert any(source == pair for source, _ in _sources(text)), _sources(text)


@pytest.mark.skipif(not (SHARED / "Phoenix.agents.txt").is_file(), reason="needs ../shared/petrarch2")
def test_the_committed_file_is_what_the_script_writes(tmp_path):
    import runpy
    script = Path(__file__).resolve().parents[1] / "scripts" / "convert_phoenix_agents.py"
    out = tmp_path / "roles.tsv"
    runpy.run_path(str(script), run_name="not_main")["main"]([str(SHARED), "--out", str(out)])
    assert out.read_text(encoding="utf-8") == data_path(PHOENIX_ROLES_FILE).read_text(encoding="utf-8")


def test_bodies_and_bands_are_no_one_person_and_offices_keep_their_head():
    roles = actor_dictionary().roles
    for body in ("mob", "gang", "battalion", "embassy", "central bank"):
        assert roles[body].person is False, body  # an 'it' or 'they', never a 'he'
    assert roles["minister for transport"].person is True
    assert roles["minister for transport"].sector == "GOV"  # a minister, not the press his portfolio names
