"""Every CAMEO code reaches a PLOVER category, or is a statement Dyad's supplement to the official table
(plover_supplement.tsv) records as deliberately without one, with its rationale."""

import pytest

from dyad.codebooks import DictionaryError, cameo_codebook, plover_for, plover_supplement, plover_table


def test_every_cameo_code_has_a_category_or_a_recorded_gap():
    gaps = plover_supplement()
    assert [c for c in cameo_codebook() if plover_for(c) is None and c not in gaps] == []
    assert all(plover_for(c) is None for c, m in gaps.items() if m is None)


def test_supplement_fills_gaps_and_the_official_table_wins():
    assert plover_for("019").category == "AGREE" and plover_for("0251").category == "REQUEST"
    assert plover_for("010") is None  # a statement is no PLOVER event
    assert plover_table()["057"].category == "SUPPORT"  # an official line is kept as published


def test_supplement_lines_are_checked(tmp_path):
    path = tmp_path / "s.tsv"
    path.write_text("code\tcategory\trationale\n019\tAGREED\tbecause\n016\tREJECT\t\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as error:
        plover_supplement(path)
    assert len(error.value.problems) == 2
