"""dyad.ingest: every input yields exactly one Article or one ExtractionError."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from dyad.ingest import IngestError, article_id_for, normalize_date, read_articles, text_sha1, truncate_text
from dyad.records import Article, ExtractionError

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ARTICLE = Path(__file__).resolve().parents[1] / "examples" / "lake-accord-talks.txt"  # + .json sidecar
NEWS_DEV = SHARED / "news-dev"


@pytest.fixture(scope="module")
def paragraphs(news_text) -> list[str]:
    return [p for p in news_text.split("\n\n") if p.strip()]


def split(records):
    records = list(records)
    return ([r for r in records if isinstance(r, Article)], [r for r in records if isinstance(r, ExtractionError)],
            records)


def only_error(records) -> ExtractionError:
    records = list(records)
    assert len(records) == 1 and isinstance(records[0], ExtractionError), records
    assert records[0].stage == "ingest"
    return records[0]


def test_ingest_txt_file_reads_article(news_text):
    [article] = list(read_articles(ARTICLE))
    assert article.id == "lake-accord-talks"
    assert article.text == news_text
    assert article.origin == str(ARTICLE)
    assert (article.published, article.source) == ("2024-06-17", "Dyad examples")  # from its .json sidecar


def test_ingest_txt_default_published(tmp_path, paragraphs):
    path = tmp_path / "cohen.txt"
    path.write_text(paragraphs[0], encoding="utf-8")
    [article] = list(read_articles(path, default_published="2023-10-28T08:00:00Z"))
    assert article.published == "2023-10-28"


def test_ingest_jsonl_fields_ids_and_origin(tmp_path, paragraphs):
    path = tmp_path / "batch.jsonl"
    lines = [
        {"id": "toi-1", "text": paragraphs[0], "published": "2023-10-28", "url": "https://example.org/1",
         "source": "The Times of Israel"},
        {"text": paragraphs[1], "published": "2023-10-28T14:05:00+03:00"},
        {"id": 17, "text": paragraphs[2]},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines[:2]) + "\n\n" + json.dumps(lines[2]) + "\n",
                    encoding="utf-8")
    articles, errors, _ = split(read_articles(path))
    assert errors == []
    assert [a.id for a in articles] == ["toi-1", article_id_for(paragraphs[1]), "17"]
    assert articles[1].id == "sha1:" + text_sha1(paragraphs[1])[:16]
    assert [a.origin for a in articles] == [f"{path}:1", f"{path}:2", f"{path}:4"]
    assert articles[0].source == "The Times of Israel" and articles[0].url == "https://example.org/1"
    assert articles[1].published == "2023-10-28"


def test_ingest_jsonl_bad_lines_one_error_each(tmp_path, paragraphs):
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "ok", "text": paragraphs[0]}).encode()
    rows = [
        good,
        b'{"id": "broken", "text": "Cohen posted on X',                                  # E001
        json.dumps({"id": "blank", "text": "   "}).encode(),                             # E002
        json.dumps({"id": "none"}).encode(),                                             # E002
        json.dumps({"id": "feb30", "text": paragraphs[1], "published": "2023-02-30"}).encode(),  # E003
        json.dumps({"id": "words", "text": paragraphs[1], "published": "Oct 28, 2023"}).encode(),  # E003
        b'{"id": "latin", "text": "Erdo\xf0an"}',                                        # E004 (JSON is UTF-8)
        b"[1, 2, 3]",                                                                      # E001
    ]
    path.write_bytes(b"\n".join(rows) + b"\n")
    articles, errors, records = split(read_articles(path))
    assert len(records) == len(rows)
    assert [a.id for a in articles] == ["ok"]
    assert [(e.article_id, e.code) for e in errors] == [
        (f"{path}:2", "E001"), ("blank", "E002"), ("none", "E002"), ("feb30", "E003"), ("words", "E003"),
        (f"{path}:7", "E004"), (f"{path}:8", "E001")]
    assert all(e.message.startswith(f"[{e.code}]") and e.source.startswith(f"{path}:") for e in errors)


def test_ingest_json_object(tmp_path, paragraphs):
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"text": paragraphs[3], "published": "2023-10-28", "source": "ANI"}),
                    encoding="utf-8")
    [article] = list(read_articles(path))
    assert (article.id, article.text, article.published, article.source) == ("one", paragraphs[3], "2023-10-28",
                                                                             "ANI")


@pytest.mark.parametrize("content, code", [
    (b'{"text": ', "E001"),
    (b'{"title": "no text here"}', "E002"),
    (b'{"text": ""}', "E002"),
    (b'{"text": "x", "published": "2023-13-01"}', "E003"),
])
def test_ingest_json_errors(tmp_path, content, code):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    error = only_error(read_articles(path))
    assert (error.code, error.article_id, error.source) == (code, "bad", str(path))


def test_ingest_html_strips_script_and_reads_metadata(tmp_path, paragraphs):
    html = f"""<!doctype html><html><head><title>Israel recalls diplomats from Turkey</title>
<meta property="article:published_time" content="2023-10-28T10:00:00Z">
<meta property="og:site_name" content="Example News">
<script>var tracking = "SCRIPT-SECRET";</script><style>p {{ color: red }}</style></head>
<body><nav>Home | World | Sport</nav><article><h1>Israel recalls diplomats from Turkey</h1>
<p>{paragraphs[0]}</p><script>document.write("SCRIPT-SECRET")</script><p>{paragraphs[3]}</p>
<p>{paragraphs[4]}</p></article><footer>Copyright</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    [article] = list(read_articles(path))
    assert isinstance(article, Article)
    assert "SCRIPT-SECRET" not in article.text and "color: red" not in article.text
    assert article.text.startswith("Israel recalls diplomats from Turkey\n\n")
    assert paragraphs[0] in article.text and paragraphs[3] in article.text
    assert article.published == "2023-10-28"
    assert article.source == "Example News"
    assert article.id == "page"


def test_ingest_html_without_text_is_an_error(tmp_path):
    path = tmp_path / "empty.htm"
    path.write_text("<html><body><script>var x = 1;</script></body></html>", encoding="utf-8")
    assert only_error(read_articles(path)).code == "E002"


def test_ingest_encodings(tmp_path, paragraphs):
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + paragraphs[5].encode("utf-8"))
    [article] = list(read_articles(bom))
    assert article.text == paragraphs[5]  # the BOM is dropped

    latin = tmp_path / "latin.txt"
    latin.write_bytes("Turkey's President Recep Tayyip Erdo\u011fan".replace("\u011f", "g").encode("utf-8")
                      + " \u2014 caf\xe9".encode("cp1252"))
    [article] = list(read_articles(latin))
    assert article.text.endswith("\u2014 caf\xe9")


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",       # binary: NUL bytes
    bytes(range(1, 9)) * 50,                                # binary: control bytes
    b"Erdogan said \x81\x8d\x8f\x90 nothing",               # neither UTF-8 nor cp1252
])
def test_ingest_undecodable_bytes(tmp_path, data):
    path = tmp_path / "blob.txt"
    path.write_bytes(data)
    error = only_error(read_articles(path))
    assert (error.code, error.article_id) == ("E004", "blob")


def test_ingest_empty_txt(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n ", encoding="utf-8")
    assert only_error(read_articles(path)).code == "E002"


def test_ingest_directory_recursive_sorted_counts(tmp_path, paragraphs):
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a.txt").write_text(paragraphs[0], encoding="utf-8")
    (tmp_path / "b" / "c" / "d.txt").write_text(paragraphs[1], encoding="utf-8")
    (tmp_path / "b" / "e.jsonl").write_text(
        json.dumps({"id": "j1", "text": paragraphs[2]}) + "\nnot json\n", encoding="utf-8")
    (tmp_path / "b" / "f.json").write_text(json.dumps({"text": paragraphs[3]}), encoding="utf-8")
    (tmp_path / "b" / "g.bin").write_bytes(b"\x00\x01")          # not an input
    (tmp_path / ".hidden" / "h.txt").write_text("skip me", encoding="utf-8")
    (tmp_path / "z.txt").write_bytes(b"\x00\x00")                # E004
    articles, errors, records = split(read_articles(tmp_path))
    assert len(records) == 6
    assert [a.id for a in articles] == ["a", "b/c/d", "j1", "b/f"]
    assert [e.code for e in errors] == ["E001", "E004"]
    assert errors[1].article_id == "z"


def test_ingest_news_dev_sidecar_metadata():
    if not NEWS_DEV.is_dir():
        pytest.skip("../shared/news-dev (evaluation data) is not beside the repository")
    skipped = []
    articles, errors, _ = split(read_articles(NEWS_DEV, on_skip=lambda path, why: skipped.append((path.name, why))))
    texts = sorted(NEWS_DEV.glob("*.txt"))
    assert errors == [] and len(articles) == len(texts) >= 12
    assert {(t.with_suffix(".json").name, f"metadata of {t.name}") for t in texts} <= set(skipped)
    castro = articles[0]
    assert castro.id == "01-castro-recovering"
    assert castro.published == "2006-08-06"
    assert castro.url.startswith("https://en.wikinews.org/")
    assert castro.text == (NEWS_DEV / "01-castro-recovering.txt").read_text(encoding="utf-8")


def test_ingest_stdin_jsonl(monkeypatch, paragraphs):
    data = (json.dumps({"id": "s1", "text": paragraphs[0]}) + "\n" + "{oops\n"
            + json.dumps({"text": paragraphs[1]}) + "\n").encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    articles, errors, records = split(read_articles("-"))
    assert len(records) == 3
    assert [a.origin for a in articles] == ["-:1", "-:3"]
    assert [(e.code, e.article_id) for e in errors] == [("E001", "-:2")]


def test_ingest_stdin_plain_text(monkeypatch, news_text):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(news_text.encode()), encoding="utf-8"))
    [article] = list(read_articles("-"))
    assert article.text == news_text
    assert article.id == article_id_for(news_text)
    assert article.origin == "-"


def test_ingest_missing_or_unsupported_source(tmp_path):
    with pytest.raises(IngestError, match="no such file"):
        read_articles(tmp_path / "nope.txt")
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    with pytest.raises(IngestError, match=r"x.pdf: unsupported file type '.pdf'; Dyad reads .txt.*without a suffix"):
        read_articles(tmp_path / "x.pdf")
    with pytest.raises(ValueError):
        read_articles(ARTICLE, default_published="28/10/2023")


@pytest.mark.parametrize("value, expected", [
    ("2023-10-28", "2023-10-28"), ("2023-10-28T23:30:00Z", "2023-10-28"), ("2023-10-28 08:00", "2023-10-28"),
    (None, None), ("", None),
])
def test_ingest_normalize_date(value, expected):
    assert normalize_date(value) == expected


@pytest.mark.parametrize("value", ["2023-02-30", "2023-10", "28 October 2023", "20231028", 20231028])
def test_ingest_normalize_date_rejects(value):
    with pytest.raises(ValueError):
        normalize_date(value)


def test_ingest_truncate_text_at_paragraph(news_text):
    text, cut = truncate_text(news_text, len(news_text))
    assert (text, cut) == (news_text, False)
    cap = len(news_text) // 2 + 200
    text, cut = truncate_text(news_text, cap)
    assert cut and len(text) <= cap and news_text.startswith(text)
    assert news_text[len(text):].startswith("\n\n")


def test_ingest_truncate_text_at_sentence_or_hard():
    text = "Cohen posted on X. Erdogan cancelled his visit. " * 3
    cut_text, cut = truncate_text(text, 60)
    assert cut and cut_text == "Cohen posted on X. Erdogan cancelled his visit."
    assert truncate_text("x" * 100, 10) == ("x" * 10, True)


def test_ingest_max_chars_caps_articles(tmp_path, news_text):
    path = tmp_path / "long.txt"
    path.write_text(news_text, encoding="utf-8")
    [article] = list(read_articles(path, max_chars=500))
    assert len(article.text) <= 500 and news_text.startswith(article.text)


WIRE = "Ruritania recalled its ambassador from Freedonia on Monday, the foreign ministry said."


def test_ingest_file_without_suffix_is_plain_text_at_top_level_and_in_a_directory(tmp_path):
    (tmp_path / "wire").mkdir()
    (tmp_path / "wire" / "0001").write_text(WIRE, encoding="utf-8")
    [top] = read_articles(tmp_path / "wire" / "0001", default_published="2023-03-06")
    assert isinstance(top, Article) and top.id == "0001" and top.text == WIRE and top.published == "2023-03-06"
    skipped = []
    [inside] = read_articles(tmp_path, on_skip=lambda path, why: skipped.append(path))
    assert isinstance(inside, Article) and inside.id == "wire/0001" and inside.text == WIRE
    assert skipped == []


def test_ingest_directory_reports_each_skipped_entry_with_its_reason(tmp_path):
    (tmp_path / "a.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"published": "2023-03-06"}), encoding="utf-8")  # a's sidecar
    (tmp_path / "b.json").write_text(json.dumps({"text": WIRE}), encoding="utf-8")               # an article
    (tmp_path / "notes.md").write_text("# notes", encoding="utf-8")
    (tmp_path / "scan.PDF").write_bytes(b"%PDF-1.4")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main", encoding="utf-8")
    skipped = []
    articles, errors, _ = split(read_articles(tmp_path, on_skip=lambda path, why: skipped.append((path, why))))
    assert [a.id for a in articles] == ["a", "b"] and errors == []
    assert articles[0].published == "2023-03-06"
    assert sorted(skipped) == sorted([
        (tmp_path / ".DS_Store", "hidden file"),
        (tmp_path / ".git", "hidden folder"),
        (tmp_path / "a.json", "metadata of a.txt"),
        (tmp_path / "notes.md", "unsupported file type '.md'"),
        (tmp_path / "scan.PDF", "unsupported file type '.PDF'"),
    ])


def test_ingest_directory_skips_are_logged_by_default(tmp_path, caplog):
    (tmp_path / "a.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "slides.pptx").write_bytes(b"PK")
    with caplog.at_level("INFO", logger="dyad.ingest"):
        records = read_articles(tmp_path)   # the directory is listed on the call, before any article is read
        assert [r.getMessage() for r in caplog.records] == [
            f"skipped: {tmp_path / 'slides.pptx'} (unsupported file type '.pptx')"]
    assert [a.id for a in records] == ["a"]


def test_ingest_txt_named_alone_reads_its_metadata_sidecar_as_in_a_directory(tmp_path):
    (tmp_path / "story.txt").write_text("Chile recalled its ambassador from Peru on Monday.", encoding="utf-8")
    (tmp_path / "story.json").write_text(json.dumps({"published": "2024-01-08", "source": "Example Wire"}),
                                         encoding="utf-8")
    [alone] = read_articles(tmp_path / "story.txt")
    [inside] = read_articles(tmp_path)
    assert (alone.published, alone.source) == (inside.published, inside.source) == ("2024-01-08", "Example Wire")
    assert read_articles(tmp_path / "story.txt", default_published="2020-01-01").__next__().published == "2024-01-08"
