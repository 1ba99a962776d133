"""No silent clock: without a publication date, relative dates stay unresolved (text kept, date empty, a
warning), while full dates with a year still resolve. Invented text."""

from __future__ import annotations

import datetime as dt

from dyad import extract
from dyad.temporal import NO_PUBLISHED_WARNING, needs_anchor, resolve

TEXT = ("Chilean police arrested two Bolivian smugglers last week near the border.\n\n"
        "On Tuesday Bolivia's foreign minister condemned Chile for the arrests.\n\n"
        "The two countries signed a border treaty on 12 March 2019.\n")


def test_resolve_without_published_never_reads_the_clock():
    for expression in ("Tuesday", "last week", "March 12", "yesterday", "a few days back", "March 2023"):
        assert resolve(expression, None) is None, expression
        assert needs_anchor(expression), expression
    assert resolve("12 March 2023", None) == dt.date(2023, 3, 12)
    assert resolve("Tuesday, March 12, 2013", None) == dt.date(2013, 3, 12)
    assert not needs_anchor("two weeks") and not needs_anchor("12 March 2023")
    assert resolve("Tuesday", dt.date(2023, 11, 1)) == dt.date(2023, 10, 31)


def test_extract_without_published_keeps_date_text_and_warns():
    result = extract(TEXT)
    assert result.published is None
    assert NO_PUBLISHED_WARNING in result.warnings
    relative = [d for d in result.dates if d.text in ("last week", "Tuesday", "On Tuesday")]
    assert relative and all(d.date is None for d in relative)
    assert any(d.date == "2019-03-12" for d in result.dates)
    dated = [e for e in result.events if e.date_text]
    assert dated and all(e.date is None for e in dated if "2019" not in e.date_text)
    assert all(e.date is None or e.date == "2019-03-12" for e in result.events)


def test_extract_with_published_resolves_and_does_not_warn():
    result = extract(TEXT, published="2023-11-01")
    assert NO_PUBLISHED_WARNING not in result.warnings
    arrest = next(e for e in result.events if e.cameo.startswith("173"))
    assert arrest.date == "2023-10-25" and arrest.date_text == "last week"


def test_cli_prints_warnings_on_stderr(tmp_path):
    from typer.testing import CliRunner

    from dyad.cli import app

    path = tmp_path / "chile.txt"
    path.write_text(TEXT, encoding="utf-8")
    run = CliRunner().invoke(app, ["extract", str(path), "--format", "csv"])
    assert run.exit_code == 0
    stderr = run.stderr if hasattr(run, "stderr") else run.output
    assert f"warning: chile: {NO_PUBLISHED_WARNING}" in stderr
