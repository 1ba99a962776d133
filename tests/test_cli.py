"""`dyad extract` in-process with Typer's CliRunner: formats, inputs, bad input."""

import json

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
