"""`dyad extract` in-process with Typer's CliRunner: formats, inputs, bad input."""

import json
import re

from typer.testing import CliRunner

from dyad.cli import app

runner = CliRunner()
TEXT = "Last week, Israel recalled its ambassador from Turkey, officials said."


def test_cli_extract_json_of_article(news_text, tmp_path):
    path = tmp_path / "lake.txt"
    path.write_text(news_text, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--published", "2024-06-17", "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["article_id"] == "lake" and doc["published"] == "2024-06-17"
    assert any(e["cameo"] == "046" and e["source"]["country"] == "KEN" and e["target"]["country"] == "UGA"
               for e in doc["events"])  # Kenya and Uganda resumed talks


def test_cli_extract_stdin_and_table():
    result = runner.invoke(app, ["extract", "-", "--published", "2023-11-01", "--format", "table"], input=TEXT)
    assert result.exit_code == 0, result.output
    assert "Events" in result.stdout and "Reduce" in result.stdout


def test_cli_extract_jsonl_batch_keeps_going_on_bad_lines(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join([
        json.dumps({"id": "a", "text": TEXT, "published": "2023-11-01"}),
        "{not json",
        json.dumps({"id": "b", "text": "   "}),
        json.dumps({"id": "c", "text": TEXT, "published": "2023-02-30"}),
        json.dumps({"id": "d", "text": "Egypt accused Israel of violating the ceasefire.", "published": "2009-01-18"}),
    ]) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(corpus), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    ids = [json.loads(line)["article_id"] for line in result.stdout.splitlines()]
    assert ids == ["a", "d"]
    assert result.stderr.count("error:") == 3


def test_cli_extract_directory(tmp_path):
    (tmp_path / "one.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "two.txt").write_bytes(b"\x00\x01\x02binary\xff\xfe")
    result = runner.invoke(app, ["extract", str(tmp_path), "--published", "2023-11-01", "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["article_id"] == "one"
    assert "two" in result.stderr


def test_cli_extract_missing_file_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2


# --- output for people: tables at 80 columns, CSV keys, skipped files, error messages ----------------------

LONG_NAMES = (
    "The Democratic Republic of the Congo expelled the ambassador of Saint Vincent and the Grenadines on "
    "Thursday, the foreign ministry said.\n\n"
    '"We will not tolerate interference in our internal affairs by anyone, least of all by a government that '
    'has ignored every one of our letters," Foreign Minister Christophe Lutundula told reporters.\n\n'
    "Bosnia and Herzegovina condemned the expulsion. Rebels killed at least 1,250 civilians in North Kivu "
    "last year, according to the United Nations.\n"
)


def table_cells(output: str) -> dict[str, list[list[str]]]:
    """Rich's boxed tables by the first word of their title ("Events — a (2)"): the body rows as lists of
    cell texts, a cell's wrapped lines joined by spaces (the header row left out)."""
    tables, title, rows, current = {}, None, [], None
    for line in output.splitlines():
        if line.startswith("│"):
            parts = [p.strip() for p in line.strip().strip("│").split("│")]
            current = [[] for _ in parts] if current is None else current
            for cell, part in zip(current, parts):
                if part:
                    cell.append(part)
        elif line.startswith(("├", "└")) and current is not None:
            rows.append([" ".join(cell) for cell in current])
            current = None
            if line.startswith("└"):
                tables[title.split()[0]] = rows[1:]
        elif not line.startswith("┌"):
            title, rows = line.strip(), []
    return tables


def flat(text: str) -> str:
    return " ".join(text.replace("│", " ").replace("╭", " ").replace("╰", " ").split())


def test_cli_extract_table_is_readable_at_80_columns(tmp_path):
    path = tmp_path / "congo.txt"
    path.write_text(LONG_NAMES, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--published", "2023-03-04", "--format", "table"],
                           env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "…" not in result.stdout and "..." not in result.stdout
    tables = table_cells(result.stdout)
    assert set(tables) == {"Events", "Quotations", "Counts"}
    events = tables["Events"]
    assert events and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", row[2]) for row in events)   # dates whole
    who = [row[0] for row in events]
    assert any("Saint Vincent and the Grenadines (VCT)" in w for w in who), who
    assert any(w.startswith("Bosnia and Herzegovina (BIH) →") for w in who), who
    assert any(row[1].startswith("111 Criticize or denounce “condemned”") for row in events)
    assert [(who.split(" (")[0], how.split(" (")[0], text) for who, how, text in tables["Quotations"]
            if who.startswith("Christophe")] == [
        ("Christophe Lutundula", "told", "We will not tolerate interference in our internal affairs by anyone, "
         "least of all by a government that has ignored every one of our letters")]
    assert ["kill", "at least 1,250", "civilians", "killed at least 1,250 civilians"] in tables["Counts"]


def test_cli_extract_csv_rows_carry_article_id_and_article_qualified_actor_ids(tmp_path):
    import csv
    import io

    (tmp_path / "one.txt").write_text(LONG_NAMES, encoding="utf-8")
    (tmp_path / "two.txt").write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "--published", "2023-03-04", "--format", "csv"])
    assert result.exit_code == 0, result.output
    reader = csv.DictReader(io.StringIO(result.stdout))
    rows = list(reader)
    assert reader.fieldnames[0] == "article_id"
    assert {row["article_id"] for row in rows} == {"one", "two"}
    for row in rows:
        assert row["source_actor_id"].startswith(row["article_id"] + "#A")
        assert row["target_actor_id"] == "" or row["target_actor_id"].startswith(row["article_id"] + "#A")
    ids = {aid: {r["source_actor_id"] for r in rows if r["article_id"] == aid} for aid in ("one", "two")}
    assert ids["one"] and ids["two"] and not ids["one"] & ids["two"]
    # the JSON keeps the article-local id beside article_id
    doc = json.loads(runner.invoke(app, ["extract", str(tmp_path / "two.txt"), "--format", "json"]).stdout)
    assert doc["events"][0]["source"]["actor_id"].startswith("A")


def test_cli_extract_directory_says_which_files_it_skipped_and_why(tmp_path):
    (tmp_path / "one.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "one.json").write_text(json.dumps({"published": "2023-11-01"}), encoding="utf-8")
    (tmp_path / "notes.md").write_text("# to do", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "wire").mkdir()
    (tmp_path / "wire" / "0001").write_text(TEXT, encoding="utf-8")   # no suffix: plain text, as at top level
    result = runner.invoke(app, ["extract", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(d["article_id"], d["published"]) for d in docs] == [("one", "2023-11-01"), ("wire/0001", None)]
    assert sorted(line for line in result.stderr.splitlines() if line.startswith("skipped:")) == [
        f"skipped: {tmp_path / '.hidden.txt'} (hidden file)",
        f"skipped: {tmp_path / 'notes.md'} (unsupported file type '.md')",
        f"skipped: {tmp_path / 'one.json'} (metadata of one.txt)",
    ]
    top = runner.invoke(app, ["extract", str(tmp_path / "wire" / "0001"), "--format", "jsonl"])
    assert top.exit_code == 0 and json.loads(top.stdout)["article_id"] == "0001"
    md = runner.invoke(app, ["extract", str(tmp_path / "notes.md")])
    assert md.exit_code == 2
    assert "Invalid value for 'SOURCE': " in flat(md.stderr) and "unsupported file type '.md'" in flat(md.stderr)


def test_cli_ingest_directory_says_which_files_it_skipped(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "one.txt").write_text(TEXT, encoding="utf-8")
    (corpus / "scan.pdf").write_bytes(b"%PDF-1.4")
    result = runner.invoke(app, ["ingest", str(corpus), "--db", str(tmp_path / "d.duckdb"), "--processes", "1",
                                 "--published", "2023-11-01"])
    assert result.exit_code == 0, result.output
    assert f"skipped: {corpus / 'scan.pdf'} (unsupported file type '.pdf')" in result.stderr.splitlines()
    assert "1 articles (1 new" in result.stderr


def test_cli_errors_name_the_argument_or_option_at_fault(tmp_path):
    missing = runner.invoke(app, ["extract", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2
    assert f"Invalid value for 'SOURCE': {tmp_path / 'nope.txt'}: no such file or directory" in flat(missing.stderr)
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    bad_day = runner.invoke(app, ["extract", str(path), "--published", "2023-02-30"])
    assert bad_day.exit_code == 2
    assert ("Invalid value for '--published': '2023-02-30' is not a valid ISO date (day is out of range for "
            "month)") in flat(bad_day.stderr)
    assert "SOURCE" not in bad_day.stderr.split("Usage")[-1].split("Try")[-1]
    db = str(tmp_path / "d.duckdb")
    corpus_missing = runner.invoke(app, ["ingest", str(tmp_path / "nope"), "--db", db])
    assert corpus_missing.exit_code == 2
    assert "Invalid value for 'CORPUS': " in flat(corpus_missing.stderr)
    not_iso = runner.invoke(app, ["ingest", str(path), "--db", db, "--published", "yesterday"])
    assert not_iso.exit_code == 2
    assert "Invalid value for '--published': 'yesterday' is not a valid ISO date" in flat(not_iso.stderr)
    assert not (tmp_path / "d.duckdb").exists()


def test_cli_evaluate_plover_json_on_a_made_up_gold_file(tmp_path):
    """`dyad evaluate plover --json` prints the report as JSON (a made-up record in the gold file's shape)."""
    gold = [{"id": "r1", "text": "Chile recalled its ambassador from Peru on Monday.", "date": "2024-01-08",
             "event": "SANCTION", "source": "CHL", "target": "PER"}]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "plover", str(path), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["records"] == 1 and report["totals"]["category"]["total"] == 1
