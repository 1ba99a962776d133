"""dyad.web: the JSON API, the pages' HTML, escaping of untrusted text, the body-size limit, `dyad serve`.

The database is coded by the real pipeline from texts shipped in the repository: three invented Israel ->
Turkey dispatches on different days (tests/data/web-israel-turkey.jsonl) and the example articles of
examples/ that carry a date, plus one hand-built article whose text is an XSS attempt (so its offsets are
known exactly).
"""

from __future__ import annotations

import asyncio
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from dyad.records import Actor, ActorRef, Article, ArticleResult, Entity, Event, Mention, Quotation  # noqa: E402
from dyad.web import create_app  # noqa: E402
from dyad.web.app import BodySizeLimit, Span, annotate, spans  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DISPATCHES = REPO / "tests" / "data" / "web-israel-turkey.jsonl"  # three Israel -> Turkey articles, invented
SEED_ID = "web-israel-recalls-envoy"  # 2023-11-01: recalls (161), suspends (163); a direct quotation of Erdogan
ACCUSES_ID = "web-israel-accuses-turkey"  # 2023-11-20: accuses (112), criticises (111)
TALKS_ID = "web-israel-turkey-talks"  # 2024-03-05: talks (040), praise (051)
DISPATCH_IDS = (SEED_ID, ACCUSES_ID, TALKS_ID)
EXAMPLES = REPO / "examples"
EXAMPLE_IDS = ("aid-pledge", "brief-1", "brief-2", "brief-3", "lake-accord-talks")  # all from 2024
OTHER_IDS = (ACCUSES_ID, TALKS_ID, *EXAMPLE_IDS)
N_ARTICLES = len(DISPATCH_IDS) + len(EXAMPLE_IDS) + 1  # + the XSS article

XSS_ID = 'xss-"><svg onload=alert(1)>'
XSS_TEXT = ('Officials wrote <script>alert(1)</script> on the site. Then Israel attacked '
            '<img src=x onerror=alert(1)> in Gaza. "It is <b>over</b> & done," the minister said.')

_BUILT: dict[str, Path] = {}


def dispatch_text(article_id: str) -> str:
    """The text of one article of tests/data/web-israel-turkey.jsonl, as shipped."""
    rows = [json.loads(line) for line in DISPATCHES.read_text(encoding="utf-8").splitlines() if line.strip()]
    return next(r["text"] for r in rows if r["id"] == article_id)


def xss_article() -> tuple[Article, ArticleResult]:
    """An article whose text carries markup, coded by hand so that every kind of mark covers some of it."""
    t = XSS_TEXT
    at = lambda s: (t.index(s), t.index(s) + len(s))  # noqa: E731
    isr, img, said, quote = at("Israel"), at("<img src=x onerror=alert(1)>"), at("said"), at('"It is <b>over</b> & done,"')
    minister = at("the minister")
    israel = ActorRef(actor_id="A1", name="Israel", code="ISR", country="ISR", start_char=isr[0], end_char=isr[1])
    target = ActorRef(actor_id="A2", name="<img src=x onerror=alert(1)>", code="PSE", country="PSE",
                      start_char=img[0], end_char=img[1])
    event = Event(id="Exss", source=israel, target=target, verb="attacked", verb_start=t.index("attacked"),
                  verb_end=t.index("attacked") + 8, cameo="190", cameo_root="19", cameo_name="Use conventional force",
                  goldstein=-10.0, quad_class=4, evidence="Then Israel attacked <img src=x onerror=alert(1)> in Gaza.",
                  start_char=t.index("Then"), end_char=t.index("Gaza.") + 5, confidence=0.9)
    speaker = ActorRef(actor_id="A3", name="minister <script>alert(1)</script>", code="ISRGOV", country="ISR",
                       start_char=minister[0], end_char=minister[1])
    q = Quotation(id="Qxss", speaker=speaker, cue="said", text="It is <b>over</b> & done,", kind="direct",
                  start_char=quote[0], end_char=said[1], sentence=t[quote[0]:])
    script = at("<script>alert(1)</script>")
    result = ArticleResult(
        article_id=XSS_ID, published="2023-11-02", text_sha1="0" * 40,
        entities=[Entity(text=t[script[0]:script[1]], label="ORG", start_char=script[0], end_char=script[1]),
                  Entity(text="Israel", label="GPE", start_char=isr[0], end_char=isr[1], actor_id="A1", country="ISR")],
        actors=[Actor(id="A1", name="Israel", kind="country", code="ISR", country="ISR",
                      mentions=[Mention(text="Israel", start_char=isr[0], end_char=isr[1])]),
                Actor(id="A3", name="minister <script>alert(1)</script>", kind="person", code="ISRGOV")],
        quotes=[q], events=[event])
    return Article(id=XSS_ID, text=t, published="2023-11-02", url="javascript:alert(1)"), result


def build_web_db(tmp_path_factory) -> Path:
    """The test database (built once per session, shared with tests/test_web_browser.py)."""
    if "db" in _BUILT:
        return _BUILT["db"]
    from dyad.ingest import read_articles
    from dyad.pipeline import extract_many
    from dyad.store import connect, write_results

    articles = list(read_articles(DISPATCHES))
    articles += [a for a in read_articles(EXAMPLES) if a.id in EXAMPLE_IDS]
    assert [a.id for a in articles] == [*DISPATCH_IDS, *sorted(EXAMPLE_IDS)]
    path = tmp_path_factory.mktemp("web") / "web.duckdb"
    con = connect(path)
    try:
        stats = write_results(con, [*extract_many(articles), xss_article()])
    finally:
        con.close()
    assert stats.inserted == N_ARTICLES and stats.errors == 0
    _BUILT["db"] = path
    return path


@pytest.fixture(scope="session")
def web_db(tmp_path_factory) -> Path:
    return build_web_db(tmp_path_factory)


@pytest.fixture(scope="session")
def client(web_db) -> TestClient:
    return TestClient(create_app(web_db))


def quoted(article_id: str) -> str:
    from urllib.parse import quote

    return quote(article_id, safe="")


# ---------------------------------------------------------------------------------------------- JSON

def test_web_openapi_lists_routes(client):
    schema = client.get("/openapi.json").json()
    paths = schema["paths"]
    assert {"/extract", "/articles", "/articles/{article_id}", "/events", "/dyads"} <= set(paths)
    assert "post" in paths["/extract"] and "get" in paths["/dyads"]
    components = schema["components"]["schemas"]
    assert {"ArticleResult", "ExtractRequest", "ArticlePage", "StoredArticle", "EventList", "EventRow",
            "DyadSeries"} <= set(components)
    assert "cameo_root" in components["EventRow"]["properties"]
    assert {p["name"] for p in paths["/events"]["get"]["parameters"]} >= {"source", "target", "root", "from", "to"}


def test_web_articles_paginated(client):
    page = client.get("/articles", params={"limit": 2}).json()
    assert page["total"] == N_ARTICLES and page["limit"] == 2 and len(page["articles"]) == 2
    assert "text" not in page["articles"][0]
    every = list(page["articles"])
    for offset in range(2, N_ARTICLES + 2, 2):
        more = client.get("/articles", params={"limit": 2, "offset": offset}).json()["articles"]
        assert len(more) == min(2, max(0, N_ARTICLES - offset))
        every += more
    ids = [a["article_id"] for a in every]
    assert len(ids) == len(set(ids)) == N_ARTICLES
    assert set(ids) == {*DISPATCH_IDS, *EXAMPLE_IDS, XSS_ID}
    published = [a["published"] for a in every]
    assert published == sorted(published, reverse=True)
    assert ids[-3:] == [ACCUSES_ID, XSS_ID, SEED_ID]  # 2023-11-20, 2023-11-02, 2023-11-01: the oldest


def test_web_article_by_id(client):
    doc = client.get(f"/articles/{SEED_ID}").json()
    assert doc["text"] == dispatch_text(SEED_ID)
    result = ArticleResult.model_validate(doc["result"])
    assert result.article_id == SEED_ID and result.published == "2023-11-01"
    assert len(result.events) >= 1
    assert any(e.cameo_root == "16" and e.source.country == "ISR" for e in result.events)


def test_web_article_missing_404(client):
    r = client.get("/articles/no-such-article")
    assert r.status_code == 404 and "no-such-article" in r.json()["detail"]
    assert client.get("/article/no-such-article").status_code == 404


def test_web_events_filters(client):
    every = client.get("/events").json()
    assert every["count"] == len(every["events"]) >= 1
    isr = client.get("/events", params={"source": "ISR", "root": "16"}).json()["events"]
    assert isr and all(e["cameo_root"] == "16" for e in isr)
    assert all(e["source_code"].startswith("ISR") or e["source_country"] == "ISR" for e in isr)
    assert sorted((e["article_id"], e["cameo"], e["target_code"], e["day"]) for e in isr) == [
        (SEED_ID, "161", "TUR", "2023-11-01"), (SEED_ID, "161", "TUR", "2023-11-01"),
        (SEED_ID, "163", "TUR", "2023-11-01")]  # recalls, recalled, suspended: nothing from the other articles
    window = client.get("/events", params={"from": "2023-11-01", "to": "2023-11-30"}).json()["events"]
    assert window and all("2023-11-01" <= e["day"] <= "2023-11-30" for e in window)
    assert {e["article_id"] for e in window} == {SEED_ID, ACCUSES_ID, XSS_ID}  # not the talks nor the 2024 examples
    assert len(window) < every["count"]
    assert {e["article_id"] for e in client.get("/events", params={"from": "2024-03-05", "to": "2024-03-05"}).json()[
        "events"]} == {TALKS_ID}
    assert client.get("/events", params={"limit": 1}).json()["count"] == 1


def test_web_dyads_series(client):
    for freq in ("day", "week", "month"):
        r = client.get("/dyads", params={"source": "isr", "target": "TUR", "freq": freq})
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["source"] == "ISR" and body["freq"] == freq and body["rows"]
        for row in body["rows"]:
            assert row["events"] == row["quad1"] + row["quad2"] + row["quad3"] + row["quad4"]
            assert row["period"] <= row["period_end"]
    mentions = {"count": "mentions"}
    days = client.get("/dyads", params={"source": "ISR", "target": "TUR", **mentions}).json()["rows"]
    happened = [e for e in client.get("/events", params={"source": "ISR", "target": "TUR"}).json()["events"]
                if not e["negated"] and not e["hypothetical"]]
    assert sum(r["events"] for r in days) == len(happened)
    # by default each happening counts once: the events' clusters
    clustered = client.get("/dyads", params={"source": "ISR", "target": "TUR"}).json()
    assert clustered["count"] == "clusters"
    assert sum(r["events"] for r in clustered["rows"]) == len({e["cluster_id"] for e in happened}) < len(happened)
    one = happened[0]["cluster_id"]
    members = client.get("/events", params={"cluster": one}).json()["events"]
    assert members and {e["cluster_id"] for e in members} == {one}
    assert {e["article_id"] for e in happened} == set(DISPATCH_IDS)
    # one row a day with events: the recall (material conflict), the accusations (verbal conflict), the talks
    # (the meeting's aim, 'to discuss ...', is the same meeting with the same officials, not a second event)
    assert [(r["period"], r["events"], r["quad1"], r["quad3"], r["quad4"]) for r in days] == [
        ("2023-11-01", 3, 0, 0, 3), ("2023-11-20", 3, 0, 3, 0), ("2024-03-05", 3, 3, 0, 0)]
    week = client.get("/dyads", params={"source": "ISR", "target": "TUR", "freq": "week", **mentions}).json()["rows"]
    assert [(r["period"], r["period_end"], r["events"]) for r in week] == [
        ("2023-10-30", "2023-11-05", 3), ("2023-11-20", "2023-11-26", 3), ("2024-03-04", "2024-03-10", 3)]
    month = client.get("/dyads", params={"source": "ISR", "target": "TUR", "freq": "month", **mentions}).json()["rows"]
    assert all(r["period"].endswith("-01") for r in month)
    assert [(r["period"], r["period_end"], r["events"]) for r in month] == [
        ("2023-11-01", "2023-11-30", 6), ("2024-03-01", "2024-03-31", 3)]
    window = client.get("/dyads", params={"source": "ISR", "target": "TUR", "from": "2023-11-15"}).json()["rows"]
    assert [r["period"] for r in window] == ["2023-11-20", "2024-03-05"]


@pytest.mark.parametrize("url, params, where", [
    ("/dyads", {"source": "ISR", "target": "TUR", "freq": "year"}, "freq"),
    ("/dyads", {"target": "TUR"}, "source"),
    ("/dyads", {"source": "ISR", "target": "T U R"}, "target"),
    ("/dyads", {"source": "ISR", "target": "TUR", "from": "2023-11-31"}, "from"),
    ("/events", {"from": "yesterday"}, "from"),
    ("/events", {"from": "2023-11-02", "to": "2023-11-01"}, "to"),
    ("/events", {"root": "21"}, "root"),
    ("/events", {"source": "<script>"}, "source"),
    ("/events", {"limit": "0"}, "limit"),
    ("/articles", {"limit": "many"}, "limit"),
    ("/articles", {"offset": "-1"}, "offset"),
])
def test_web_invalid_params_422(client, url, params, where):
    r = client.get(url, params=params)
    assert r.status_code == 422, r.text
    body = r.json()
    assert any(e["loc"][-1] == where for e in body["detail"])
    assert body["message"].startswith(where + ":")


def test_web_extract_matches_cli_json(client):
    from dyad.pipeline import extract

    text = "Turkey recalled its ambassador from Israel on Friday, the foreign ministry said."
    r = client.post("/extract", json={"text": text, "published": "2023-11-04", "id": "paste-1"})
    assert r.status_code == 200, r.text
    assert r.json() == extract(text, published="2023-11-04", article_id="paste-1").model_dump(mode="json")
    assert r.json()["article_id"] == "paste-1"


@pytest.mark.parametrize("body, where", [
    ({"text": "   "}, "text"),
    ({"text": "Israel recalled its envoy.", "published": "2023-02-31"}, "published"),
    ({"published": "2023-11-01"}, "text"),
    ({"text": "x", "unknown": 1}, "unknown"),
])
def test_web_extract_bad_input_422(client, body, where):
    r = client.post("/extract", json=body)
    assert r.status_code == 422, r.text
    assert any(where in e["loc"] for e in r.json()["detail"])


# ------------------------------------------------------------------------------------ body size limit

def test_web_extract_body_over_limit_413(client):
    r = client.post("/extract", content=b"x" * (50 * 1024 * 1024), headers={"Content-Type": "application/json"})
    assert r.status_code == 413
    assert "limit" in r.json()["detail"]


def test_web_body_limit_configurable(web_db):
    small = TestClient(create_app(web_db, max_body_bytes=100))
    r = small.post("/extract", json={"text": "Israel recalled its ambassador. " * 10})
    assert r.status_code == 413
    assert small.post("/extract", json={"text": "   "}).status_code == 422  # under the cap: reaches the route


def _asgi_call(app, headers, chunks):
    """Run one POST through an ASGI app; returns (status, number of receive() calls)."""
    sent, calls = [], {"n": 0}
    body = iter(chunks)

    async def receive():
        calls["n"] += 1
        chunk = next(body, None)
        if chunk is None:
            return {"type": "http.disconnect"}
        return {"type": "http.request", "body": chunk, "more_body": True}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/extract", "headers": headers, "query_string": b"",
             "http_version": "1.1", "scheme": "http", "server": ("test", 80), "client": ("test", 1), "root_path": ""}
    asyncio.run(app(scope, receive, send))
    start = next(m for m in sent if m["type"] == "http.response.start")
    return start["status"], calls["n"]


async def _never(scope, receive, send):  # pragma: no cover - must not be reached
    raise AssertionError("the application was called for an oversized body")


def test_web_body_limit_refuses_on_content_length_without_reading():
    mb = 1024 * 1024
    chunks = (b"x" * mb for _ in range(50))
    status, reads = _asgi_call(BodySizeLimit(_never, 5 * mb), [(b"content-length", str(50 * mb).encode())], chunks)
    assert status == 413 and reads == 0


def test_web_body_limit_counts_streamed_bytes():
    mb = 1024 * 1024
    chunks = (b"x" * mb for _ in range(50))  # chunked upload: no Content-Length
    status, reads = _asgi_call(BodySizeLimit(_never, 5 * mb), [(b"transfer-encoding", b"chunked")], chunks)
    assert status == 413 and reads == 6  # stopped just past the cap, not after 50 MB


# --------------------------------------------------------------------------------------------- pages

class _Marks(HTMLParser):
    """Collects the text inside <article id="article-text"> and the attributes of its marks."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.text: list[str] = []
        self.marks: list[dict] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.depth:
            self.depth += 1
            self.marks.append({"tag": tag, **attrs})
        elif tag == "article" and attrs.get("id") == "article-text":
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)


def parse_article(html: str) -> _Marks:
    parser = _Marks()
    parser.feed(html)
    return parser


def test_web_article_page_marks(client):
    r = client.get(f"/article/{SEED_ID}")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    page = parse_article(r.text)
    assert "".join(page.text) == dispatch_text(SEED_ID)  # marks add no text and lose none
    classes = [m.get("class", "") for m in page.marks]
    assert any(m["tag"] == "mark" and "event-verb" in m.get("class", "") and m.get("data-cameo", "").startswith("16")
               for m in page.marks)
    assert any("event-source" in c for c in classes) and any("entity" in c.split() for c in classes)
    assert any(m.get("class") == "quote" and "Erdogan" in m.get("data-speaker", "") for m in page.marks)
    assert any(m["tag"] == "a" and m.get("class") == "speaker" and m.get("href", "").startswith("#actor-")
               for m in page.marks)
    assert all(m.get("title") for m in page.marks)
    embedded = re.search(r'<script type="application/json" id="article-data">(.*?)</script>', r.text, re.S)
    assert json.loads(embedded.group(1)) == client.get(f"/articles/{SEED_ID}").json()["result"]
    assert 'id="events"' in r.text and re.search(r'<tr id="event-[^"]+" data-event=', r.text)


def test_web_article_text_is_escaped(client):
    html = client.get(f"/article/{quoted(XSS_ID)}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;b&gt;over&lt;/b&gt; &amp; done" in html
    assert "<script>alert" not in html and "<img src" not in html and "<b>over" not in html
    assert "<svg onload" not in html
    assert 'href="javascript:' not in html  # a non-http url is shown as text, never linked
    page = parse_article(html)
    assert "".join(page.text) == XSS_TEXT
    assert [m["tag"] for m in page.marks if m["tag"] not in ("mark", "a")] == []
    assert any(m.get("data-speaker") == "minister <script>alert(1)</script>" for m in page.marks)
    embedded = re.search(r'<script type="application/json" id="article-data">(.*?)</script>', html, re.S).group(1)
    assert "<" not in embedded and json.loads(embedded)["events"][0]["target"]["name"] == "<img src=x onerror=alert(1)>"
    index = client.get("/").text
    assert "xss-&#34;&gt;&lt;svg onload=alert(1)&gt;" in index and "<svg onload" not in index
    assert f'href="/article/{quoted(XSS_ID)}"' in index


def test_web_index_lists_articles(client):
    html = client.get("/").text
    for name in (*DISPATCH_IDS, *EXAMPLE_IDS):
        assert f'href="/article/{name}"' in html


@pytest.mark.parametrize("url, marker", [
    ("/paste", 'id="paste-form"'), ("/dashboard?source=ISR&target=TUR&freq=day", 'id="chart"'),
    ("/static/annotate.js", "textContent"), ("/static/dashboard.js", "/dyads?"), ("/static/style.css", "mark.quote"),
])
def test_web_pages_and_static(client, url, marker):
    r = client.get(url)
    assert r.status_code == 200 and marker in r.text


def test_web_dashboard_escapes_its_inputs(client):
    html = client.get("/dashboard", params={"source": '"><script>alert(1)</script>', "target": "TUR"}).text
    assert "<script>alert(1)" not in html and "&#34;&gt;&lt;script&gt;" in html


# ---------------------------------------------------------------------------------------- annotate()

def test_web_annotate_nests_crossing_spans():
    text = "a <b> c"
    html = annotate(text, [Span(0, 5, "quote", {"data-x": '"q"'}, "t<"), Span(2, 7, "entity"),
                           Span(3, 4, "event-verb quad-1"), Span(5, 99, "count")])
    # the quote stays one element; the entity, which crosses the quote's end, is split there
    assert str(html) == ('<mark class="quote" title="t&lt;" data-x="&#34;q&#34;">a <mark class="entity" title="">&lt;'
                         '<mark class="event-verb quad-1" title="">b</mark>&gt;</mark></mark>'
                         '<mark class="entity" title=""> c</mark>')


def test_web_spans_cover_all_record_kinds():
    _, result = xss_article()
    kinds = {s.kind.split()[0] for s in spans(result)}
    assert kinds == {"entity", "quote", "speaker", "event-verb", "event-source", "event-target"}


# ------------------------------------------------------------------------------------------------ CLI

def test_web_serve_cli(monkeypatch, web_db):
    import uvicorn
    from typer.testing import CliRunner

    from dyad.cli import app

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda application, **kw: seen.update(app=application, **kw))
    result = CliRunner().invoke(app, ["serve", "--db", str(web_db), "--port", "8123", "--max-body-mb", "1"])
    assert result.exit_code == 0, result.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8123
    assert seen["app"].state.max_body_bytes == 1024 * 1024
    assert CliRunner().invoke(app, ["serve", "--help"]).exit_code == 0
