"""Checks of Dyad's hand-written country names (countries.tsv) and role words (roles.tsv).

The files are read directly, not through ``actor_dictionary()``, so these tests do not depend on actors.jsonl.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

DATA = Path(__file__).resolve().parent.parent / "dyad" / "data"


def _table(name: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header and numbered rows of a TSV file, skipping '#' comments and blank lines."""
    header: list[str] | None = None
    rows = []
    with open(DATA / name, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
            else:
                rows.append((number, cells))
    assert header is not None, f"{name}: no header"
    return header, rows


def _country_names() -> dict[str, set[str]]:
    """Lower-cased name -> the ISO-3 codes of every row that lists it."""
    _, rows = _table("countries.tsv")
    names: dict[str, set[str]] = defaultdict(set)
    for _, cells in rows:
        for name in cells[1].split("|"):
            if name.strip():
                names[name.strip().lower()].add(cells[0])
    return names


def test_countries_header_and_shape():
    header, rows = _table("countries.tsv")
    assert header == ["iso3", "names"]
    bad = [number for number, cells in rows if len(cells) != 2 or not cells[1].strip()]
    assert not bad, f"rows without exactly two cells and some names: lines {bad}"


def test_countries_iso3_are_pycountry_codes():
    _, rows = _table("countries.tsv")
    codes = [cells[0] for _, cells in rows]
    invalid = [c for c in codes if pycountry.countries.get(alpha_3=c) is None]
    assert not invalid, f"not pycountry alpha_3 codes: {invalid}"
    duplicates = sorted({c for c in codes if codes.count(c) > 1})
    assert not duplicates, f"iso3 in more than one row: {duplicates}"


def test_countries_cover_every_pycountry_code():
    _, rows = _table("countries.tsv")
    missing = sorted({c.alpha_3 for c in pycountry.countries} - {cells[0] for _, cells in rows})
    assert not missing, f"pycountry codes without a row: {missing}"


def test_no_name_in_two_rows():
    clashes = {name: sorted(codes) for name, codes in _country_names().items() if len(codes) > 1}
    assert not clashes, f"names listed for more than one country: {clashes}"


@pytest.mark.parametrize("name, iso3", [
    ("turkish", "TUR"), ("turkey", "TUR"), ("türkiye", "TUR"), ("israelis", "ISR"), ("israeli", "ISR"),
    ("british", "GBR"), ("britain", "GBR"), ("uk", "GBR"), ("u.s.", "USA"), ("american", "USA"),
    ("americans", "USA"), ("north korean", "PRK"), ("dprk", "PRK"), ("korean", "KOR"), ("south korean", "KOR"),
    ("palestinians", "PSE"), ("palestine", "PSE"), ("tokyo", "JPN"), ("burma", "MMR"), ("ivory coast", "CIV"),
    ("dominican", "DOM"), ("congolese", "COD"), ("drc", "COD"), ("congo-brazzaville", "COG"), ("guinean", "GIN"),
    ("sudanese", "SDN"), ("south sudanese", "SSD"), ("nigerien", "NER"), ("nigerian", "NGA"), ("czechia", "CZE"),
    ("holland", "NLD"), ("vatican", "VAT"), ("russia", "RUS"), ("moscow", "RUS"), ("laos", "LAO"),
])
def test_name_maps_to_country(name, iso3):
    assert _country_names().get(name) == {iso3}


def _roles() -> dict[str, tuple[str, str]]:
    header, rows = _table("roles.tsv")
    assert header == ["role", "sector", "person"]
    return {cells[0]: (cells[1], cells[2]) for _, cells in rows}


def test_roles_header_and_cells():
    header, rows = _table("roles.tsv")
    assert header == ["role", "sector", "person"]
    bad = [number for number, cells in rows
           if len(cells) != 3 or cells[2] not in ("yes", "no") or not cells[1].isupper() or len(cells[1]) != 3
           or cells[0] != cells[0].lower() or cells[0] != cells[0].strip() or not cells[0]]
    assert not bad, f"bad roles.tsv rows at lines {bad}"


def test_no_duplicate_roles():
    _, rows = _table("roles.tsv")
    roles = [cells[0] for _, cells in rows]
    assert not sorted({r for r in roles if roles.count(r) > 1})


@pytest.mark.parametrize("role, sector, person", [
    ("foreign minister", "GOV", "yes"), ("president", "GOV", "yes"), ("secretary-general", "GOV", "yes"),
    ("army", "MIL", "no"), ("troops", "MIL", "no"), ("police", "COP", "no"), ("protester", "OPP", "no"),
    ("rebel", "REB", "no"), ("refugee", "REF", "no"), ("journalist", "MED", "no"), ("judge", "JUD", "no"),
])
def test_role_entries(role, sector, person):
    assert _roles()[role] == (sector, person)


def test_country_converter_covers_names_outside_countries_tsv():
    """Names Dyad's own table lacks fall through to country_converter; it must load under the installed
    pandas (1.3.2 could not build its tables under pandas 3, which silently turned every fallback into a miss)."""
    from dyad import gazetteer

    assert "guinea bissau" not in _country_names()
    assert gazetteer.country_code("Guinea Bissau") == "GNB"
    assert gazetteer.country_code("Narnia Republic") is None
