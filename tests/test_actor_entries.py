"""Checks on the packaged named-actor dictionary ``dyad/data/actors.jsonl``."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

from dyad.codebooks import read_actor_entries
from tests.coded import actor_codes

ACTORS = Path(__file__).resolve().parents[1] / "dyad" / "data" / "actors.jsonl"


@pytest.fixture(scope="module")
def entries():
    return read_actor_entries(ACTORS)


def _by_name(entries, name):
    matches = [e for e in entries if e.name == name]
    assert len(matches) == 1, f"expected one entry named {name!r}, found {len(matches)}"
    return matches[0]


def test_file_loads(entries):
    assert len(entries) > 300


def test_kinds(entries):
    bad = [(e.origin, e.kind) for e in entries if e.kind not in ("organisation", "group", "person")]
    assert not bad, bad


def test_countries_are_iso3(entries):
    def valid(code):
        return not code or pycountry.countries.get(alpha_3=code) is not None

    bad = []
    for e in entries:
        if not valid(e.country):
            bad.append((e.origin, "country", e.country))
        for role in e.roles:
            if not valid(role[1]):
                bad.append((e.origin, "role country", role[1]))
    assert not bad, bad


def test_role_dates_are_iso_and_ordered(entries):
    bad = []
    for e in entries:
        for role, _country, _sector, start, end in e.roles:
            for value in (start, end):
                if value and not (len(value) in (4, 7, 10) and value[:4].isdigit()):
                    bad.append((e.origin, role, value))
            if start and end and start > end:
                bad.append((e.origin, role, start, end))
    assert not bad, bad


def test_no_alias_shared_across_codes(entries):
    codes = defaultdict(set)
    where = defaultdict(list)
    for e in entries:
        for alias in {e.name, *e.aliases}:
            key = alias.strip().lower()
            codes[key].add(e.code)
            where[key].append(f"{e.name} ({e.code})")
    collisions = {key: where[key] for key, found in codes.items() if len(found) > 1}
    assert not collisions, "aliases shared by entries with different codes:\n" + "\n".join(
        f"  {key!r}: {', '.join(names)}" for key, names in sorted(collisions.items()))


def test_erdogan_roles(entries):
    erdogan = _by_name(entries, "Recep Tayyip Erdogan")
    assert erdogan.role_on("2023-11-01")[:3] == ("president", "TUR", "GOV")
    assert erdogan.role_on("2010-01-01")[:3] == ("prime minister", "TUR", "GOV")


def test_guterres_role(entries):
    guterres = _by_name(entries, "António Guterres")
    assert guterres.code == "IGOUNO"
    assert guterres.role_on("2023-11-01")[0] == "secretary-general"
    assert guterres.role_on("2010-01-01")[0] == "high commissioner for refugees"


def test_media_sector(entries):
    bad = [e.name for e in entries if e.code.endswith("MED") and e.sector != "MED"]
    bad += [e.name for e in entries if e.sector == "MED" and not e.code.endswith("MED")]
    assert not bad, bad


def test_igo_codes(entries):
    bad = [e.name for e in entries if e.kind != "person" and e.sector == "IGO" and not e.code.startswith("IGO")]
    bad += [e.name for e in entries if e.code.startswith("IGO") and e.sector != "IGO"]
    assert not bad, bad


def test_persons_have_roles(entries):
    bad = [e.name for e in entries if e.kind == "person" and not e.roles]
    assert not bad, bad


def test_names_unique(entries):
    seen = defaultdict(list)
    for e in entries:
        seen[e.name].append(e.origin)
    dupes = {name: where for name, where in seen.items() if len(where) > 1}
    assert not dupes, dupes


def test_the_armed_forces_are_the_states_military_not_unidentified_gunmen():
    from dyad import extract
    result = extract("Ecuador declared a state of emergency on Monday. The president ordered the armed forces to "
                     "patrol the port city.", published="2024-06-01")
    assert {a.name: a.code for a in result.actors}["armed forces"] == "ECUMIL"


@pytest.mark.parametrize("text, code", [
    ("South Sudan's army shelled villages along the Ugandan frontier.", "SSDMIL"),
    ("North Korea's army fired two missiles into the sea.", "PRKMIL"),
])
def test_a_state_name_running_into_an_entry_is_that_state(text, code):
    # "Sudan's army" is listed for Sudan; the longer state name before it owns the army
    codes = actor_codes(text)
    assert code in codes.values()
    assert "SDNMIL" not in codes.values()
