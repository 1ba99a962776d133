"""The FastAPI application: JSON routes over the store and the coder, and the pages that use them.

JSON (documented by the OpenAPI schema at ``/openapi.json``, browsable at ``/docs``):

``POST /extract``          code one pasted article; the body is ``{text, published?, id?}`` and the answer is
                           the document ``dyad extract --format json`` prints (``ArticleResult``)
``GET /articles``          stored articles without their text, newest first, paginated (``limit``, ``offset``)
``GET /articles/{id}``     one stored article: its text and its ``ArticleResult``
``GET /events``            stored events, filtered by ``source``, ``target``, ``root``, ``from``, ``to``
``GET /dyads``             the time series of one dyad per ``day``, ``week`` or ``month``

Pages (HTML, Jinja2 with autoescaping): ``/`` (articles), ``/article/{id}`` (annotated text),
``/paste`` (code a text in the browser), ``/dashboard`` (one dyad over time).

Article text is untrusted. The annotated text is built here from character offsets: the spans of all
records are cut into non-overlapping segments, every piece of text goes through ``markupsafe.escape``
and the marks around it are built with ``Markup.format``, which escapes attribute values. Records go to
the browser as JSON inside ``<script type="application/json">`` via Jinja's ``tojson`` filter, which
escapes ``<``, ``>``, ``&`` and quotes; the pages' scripts put text into the DOM with ``textContent`` only.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Optional, Union
from urllib.parse import quote as url_quote

import jinja2
from fastapi import FastAPI, HTTPException, Path as PathParam, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from markupsafe import Markup, escape
from pydantic import BaseModel, ConfigDict, Field, create_model
from starlette.concurrency import run_in_threadpool

from dyad.records import ArticleResult, ExtractionError

DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024
HERE = Path(__file__).resolve().parent
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


# ------------------------------------------------------------------------------------ body size limit

class BodySizeLimit:
    """ASGI middleware that answers 413 to a request body over ``max_bytes``.

    A ``Content-Length`` over the cap is refused before a byte of the body is read. Otherwise the body
    is read here, counting bytes as they stream in (chunked uploads have no length), and refused as soon
    as the count passes the cap; a body within the cap is handed on to the application unchanged.
    """

    def __init__(self, app, max_bytes: int = DEFAULT_MAX_BODY_BYTES):
        self.app = app
        self.max_bytes = int(max_bytes)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = _content_length(scope)
        if length is not None and length > self.max_bytes:
            return await self._refuse(scope, receive, send, f"request body of {length} bytes is over the "
                                      f"limit of {self.max_bytes} bytes")
        if length == 0 or (length is None and not _has_body(scope)):
            return await self.app(scope, receive, send)
        chunks, total = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None  # the client went away; nothing to answer
            chunk = message.get("body", b"")
            total += len(chunk)
            if total > self.max_bytes:
                return await self._refuse(scope, receive, send, f"request body is over the limit of "
                                          f"{self.max_bytes} bytes")
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()  # after the body: wait for the disconnect, as the server would

        return await self.app(scope, replay, send)

    async def _refuse(self, scope, receive, send, message: str) -> None:
        response = JSONResponse({"detail": message}, status_code=413, headers={"Connection": "close"})
        await response(scope, receive, send)


def _content_length(scope) -> Optional[int]:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def _has_body(scope) -> bool:
    return any(name == b"transfer-encoding" for name, _ in scope.get("headers", [])) or \
        scope.get("method") in ("POST", "PUT", "PATCH")


# ---------------------------------------------------------------------------------------- API models

class ExtractRequest(BaseModel):
    """One article to code."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(..., description="Article text (plain text)")
    published: Optional[str] = Field(None, description="Publication date (ISO, YYYY-MM-DD); anchors relative "
                                     "dates such as 'last week'", examples=["2023-11-01"])
    id: Optional[str] = Field(None, description="Article id; default 'sha1:<text hash>'")


_PY = {"VARCHAR": str, "INTEGER": int, "BIGINT": int, "DOUBLE": float, "BOOLEAN": bool, "DATE": str,
       "TIMESTAMP": str, "VARCHAR[]": list[str]}


def _row_model(name: str, doc: str, columns: list[tuple[str, str]]) -> type[BaseModel]:
    """A response model for flat store rows, built from ``dyad.store.COLUMNS`` so it follows the schema."""
    fields: dict[str, Any] = {col: (Optional[_PY.get(kind, Any)], None) for col, kind in columns}
    model = create_model(name, __doc__=doc, **fields)
    return model


def _models():
    from dyad.store import COLUMNS

    summary = _row_model("ArticleSummary", "A stored article without its text (the `articles` table row).",
                         [c for c in COLUMNS["articles"] if c[0] != "text"])
    event = _row_model("EventRow", "A stored event: the flat `events` table row, with its article's "
                       "`published` date and `day` (event date, else publication date).",
                       COLUMNS["events"] + [("published", "DATE"), ("day", "DATE"), ("cluster_id", "VARCHAR")])
    return summary, event


ArticleSummary, EventRow = _models()


class ArticlePage(BaseModel):
    """One page of stored articles."""

    total: int = Field(..., description="Articles in the database")
    limit: int
    offset: int
    articles: list[ArticleSummary]  # type: ignore[valid-type]


class StoredArticle(BaseModel):
    """One stored article: its text and everything coded from it."""

    article_id: str
    published: Optional[str] = None
    url: Optional[str] = None
    source: Optional[str] = None
    origin: Optional[str] = Field(None, description="Where the article was read from")
    text: Optional[str] = Field(None, description="Article text; None when only the coding was stored")
    result: ArticleResult = Field(..., description="The coding, as `dyad extract --format json` prints it")
    errors: list[ExtractionError] = Field(default_factory=list, description="Problems met while coding it")


class EventList(BaseModel):
    """Stored events matching the filters, ordered by day, article and position."""

    count: int
    limit: int
    events: list[EventRow]  # type: ignore[valid-type]


class SeriesRow(BaseModel):
    """One period of a dyad series."""

    period: str = Field(..., description="ISO date of the period's first day")
    period_end: str = Field(..., description="ISO date of the period's last day")
    events: int
    quad1: int = Field(..., description="Verbal cooperation events")
    quad2: int = Field(..., description="Material cooperation events")
    quad3: int = Field(..., description="Verbal conflict events")
    quad4: int = Field(..., description="Material conflict events")
    goldstein_sum: Optional[float] = None
    goldstein_mean: Optional[float] = None


class DyadSeries(BaseModel):
    """Events from ``source`` to ``target`` per period (negated and hypothetical events left out)."""

    source: str
    target: str
    freq: Literal["day", "week", "month"]
    count: Literal["clusters", "mentions"] = Field("clusters", description="What `events` counts: event "
                                                  "clusters (one per happening) or every coded event")
    rows: list[SeriesRow]


# -------------------------------------------------------------------------------------- annotation

@dataclass
class Span:
    """A stretch of article text to mark: ``tag`` with ``classes`` and ``attrs`` around text[start:end]."""

    start: int
    end: int
    kind: str
    attrs: dict[str, str] = field(default_factory=dict)
    title: str = ""
    tag: str = "mark"


# Outer to inner when two spans have the same length (a longer span always encloses a shorter one).
_NESTING = {"quote": 0, "event-source": 1, "event-target": 2, "speaker": 3, "entity": 4, "date": 5, "count": 6,
            "event-verb": 7}
QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def _ref(r) -> str:
    return f"{r.name} [{r.code}]" if r is not None else "?"


def spans(result: ArticleResult) -> list[Span]:
    """The marks of one article: entities, quotations (and their speakers), events (verb, source and
    target mentions), counts and dates, each with a ``title`` and ``data-*`` attributes for the page."""
    out: list[Span] = []
    actors = {a.id: a for a in result.actors}
    for i, ent in enumerate(result.entities):
        actor = actors.get(ent.actor_id) if ent.actor_id else None
        title = f"{ent.label}: {ent.text}" + (f" → {actor.name} [{actor.code}]" if actor else "")
        out.append(Span(ent.start_char, ent.end_char, "entity", {"data-ref": f"entity:{i}", "data-label": ent.label,
                                                                 "data-actor": ent.actor_id or ""}, title))
    for q in result.quotes:
        who = _ref(q.speaker) if q.speaker else "unknown speaker"
        title = f"{q.kind} quotation · {who}" + (f" · {q.cue}" if q.cue else "") + \
            (f" · according to {q.according_to}" if q.according_to else "")
        out.append(Span(q.start_char, q.end_char, "quote", {
            "data-ref": f"quote:{q.id}", "data-quote": q.id, "data-kind": q.kind,
            "data-speaker": q.speaker.name if q.speaker else "",
            "data-speaker-code": q.speaker.code if q.speaker else ""}, title))
        if q.speaker is not None and q.speaker.end_char > q.speaker.start_char:
            href = f"#actor-{q.speaker.actor_id}" if q.speaker.actor_id else "#actors"
            out.append(Span(q.speaker.start_char, q.speaker.end_char, "speaker", {
                "href": href, "data-ref": f"quote:{q.id}", "data-speaker": q.speaker.name},
                f"speaker: {_ref(q.speaker)}", tag="a"))
    for e in result.events:
        flags = [f for f, on in (("negated", e.negated), ("hypothetical", e.hypothetical), ("implicit", e.implicit)) if on]
        title = (f"CAMEO {e.cameo} {e.cameo_name} · {_ref(e.source)} → {_ref(e.target)} · "
                 f"Goldstein {e.goldstein:+.1f}" + (f" · {e.date}" if e.date else "") +
                 (f" · {', '.join(flags)}" if flags else ""))
        out.append(Span(e.verb_start, e.verb_end, f"event-verb quad-{e.quad_class}", {
            "data-ref": f"event:{e.id}", "data-event": e.id, "data-cameo": e.cameo, "data-root": e.cameo_root,
            "data-quad": str(e.quad_class), "data-source": e.source.code, "data-target": e.target.code if e.target else "",
            "data-flags": " ".join(flags)}, title))
        for side, ref in (("source", e.source), ("target", e.target)):
            if ref is not None and ref.end_char > ref.start_char:
                out.append(Span(ref.start_char, ref.end_char, f"event-{side}", {
                    "data-ref": f"event:{e.id}", "data-event": e.id, "data-actor": ref.code},
                    f"{side} of {e.cameo} {e.cameo_name}: {_ref(ref)}"))
    for i, c in enumerate(result.counts):
        title = f"{c.kind}: " + " ".join(x for x in (c.qualifier, f"{c.number:,}", c.who) if x)
        out.append(Span(c.start_char, c.end_char, "count", {"data-ref": f"count:{i}", "data-kind": c.kind,
                                                            "data-number": str(c.number)}, title))
    for i, d in enumerate(result.dates):
        out.append(Span(d.start_char, d.end_char, "date", {"data-ref": f"date:{i}", "data-date": d.date or ""},
                        f"date: {d.text} → {d.date or 'unresolved'}"))
    return out


def _open(span: Span) -> Markup:
    attrs = Markup("").join(Markup(' {}="{}"').format(Markup(k), v) for k, v in span.attrs.items())
    return Markup('<{} class="{}" title="{}"{}>').format(Markup(span.tag), span.kind, span.title, attrs)


def annotate(text: str, marks: list[Span]) -> Markup:
    """The article text as HTML, every piece escaped, with ``marks`` wrapped around their characters.

    Spans may nest or cross: the text is cut at every span boundary into segments, and each segment is
    wrapped in the marks of all spans that cover it, longest outside. A mark stays open across segments
    while it covers them, so it is split only where another span crosses it. Spans outside the text are
    dropped.
    """
    n = len(text)
    marks = [s for s in marks if 0 <= s.start < s.end <= n]
    cuts = sorted({0, n, *(s.start for s in marks), *(s.end for s in marks)})
    order = sorted(marks, key=lambda s: (-(s.end - s.start), _NESTING.get(s.kind.split()[0], 9), s.start))
    out: list[Markup] = []
    stack: list[Span] = []
    for a, b in zip(cuts, cuts[1:]):
        wanted = [s for s in order if s.start <= a and b <= s.end]
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] is wanted[keep]:
            keep += 1
        for s in reversed(stack[keep:]):
            out.append(Markup(f"</{s.tag}>"))
        for s in wanted[keep:]:
            out.append(_open(s))
        stack = wanted
        out.append(escape(text[a:b]))
    for s in reversed(stack):
        out.append(Markup(f"</{s.tag}>"))
    return Markup("").join(out)


# ------------------------------------------------------------------------------------------ helpers

def _period_end(period: str, freq: str) -> str:
    start = dt.date.fromisoformat(period[:10])
    if freq == "week":
        return (start + dt.timedelta(days=6)).isoformat()
    if freq == "month":
        nxt = dt.date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        return (nxt - dt.timedelta(days=1)).isoformat()
    return start.isoformat()


def _bad_param(name: str, message: str) -> RequestValidationError:
    """A 422 in the shape of FastAPI's own validation errors."""
    return RequestValidationError([{"type": "value_error", "loc": ("query", name), "msg": message}])


def _check_actor(name: str, value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    value = value.strip()
    if not re.fullmatch(r"[A-Za-z0-9]{2,20}", value):
        raise _bad_param(name, f"{name} {value!r} is not an actor code: give a code prefix such as ISR or ISRGOV, "
                         "or an ISO-3 country (2 to 20 letters or digits)")
    return value.upper()


def _check_root(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    if not (value.strip().isdigit() and 1 <= int(value) <= 20):
        raise _bad_param("root", f"root {value!r} is not a CAMEO root code: give a number from 1 to 20 (e.g. 16)")
    return f"{int(value):02d}"


async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    """FastAPI's 422 body, plus one ``message`` line that says what was wrong where."""
    errors = jsonable_encoder(exc.errors())
    where = lambda e: ".".join(str(p) for p in e.get("loc", ())[1:]) or "body"  # noqa: E731
    message = "; ".join(f"{where(e)}: {e.get('msg', '')}" for e in errors)
    return JSONResponse({"detail": errors, "message": message}, status_code=422)


def _safe_url(url: Optional[str]) -> Optional[str]:
    """Only http(s) links are rendered; anything else (``javascript:``) is shown as text."""
    return url if url and url.lower().startswith(("http://", "https://")) else None




# ---------------------------------------------------------------------------------------- the app

def create_app(db_path: Union[str, os.PathLike], *, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES) -> FastAPI:
    """The Dyad web application over the DuckDB database at ``db_path`` (opened read-only per request,
    so ``dyad ingest`` can write between requests). Request bodies over ``max_body_bytes`` get 413."""
    from dyad.clusters import article_clusters
    from dyad.dedup import duplicates_of
    from dyad.store import StoreError, article as store_article, connect, read_articles, read_events, \
        read_result, row_counts

    db = Path(db_path)
    app = FastAPI(title="Dyad", version="1.0",
                  description="News event data: code articles into entities, quotations, CAMEO/PLOVER events "
                  "and counts; browse the stored corpus and dyad time series.")
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    env.filters["urlpart"] = lambda s: url_quote(str(s), safe="")
    env.globals["quads"] = QUADS
    app.state.db_path = db
    app.state.max_body_bytes = max_body_bytes

    def open_db():
        try:
            return connect(db, read_only=True)
        except StoreError as exc:
            raise HTTPException(status_code=503, detail=str(exc)) from None

    def page(name: str, status_code: int = 200, **context) -> HTMLResponse:
        html = env.get_template(name).render(**context)
        return HTMLResponse(html, status_code=status_code, headers={"Content-Security-Policy": CSP,
                                                                    "X-Content-Type-Options": "nosniff"})

    def check_range(date_from: Optional[dt.date], date_to: Optional[dt.date]) -> None:
        if date_from and date_to and date_from > date_to:
            raise _bad_param("to", f"'to' ({date_to}) is before 'from' ({date_from})")

    # ---------------------------------------------------------------------------------- JSON routes

    @app.post("/extract", response_model=ArticleResult, tags=["coding"],
              responses={413: {"description": "Request body over the size limit"},
                         422: {"description": "Text or date that cannot be coded"},
                         500: {"description": "A coding stage failed on this text ([E020], a bug to report)"},
                         503: {"description": "The spaCy model is not installed"}})
    async def extract_route(body: ExtractRequest) -> Any:
        """Code one article: entities, quotations, events and counts. The answer is the document that
        `dyad extract --format json` prints. Nothing is stored."""
        from dyad.nlp import ModelError
        from dyad.pipeline import CodingError, InputError, extract

        try:
            result = await run_in_threadpool(extract, body.text, published=body.published, article_id=body.id)
        except InputError as exc:
            raise RequestValidationError([{"type": "value_error", "loc": ("body", "text" if exc.code != "E003"
                                                                          else "published"), "msg": str(exc)}]) from None
        except ModelError as exc:
            raise HTTPException(status_code=503, detail=str(exc)) from None
        except CodingError as exc:  # a coder bug on valid input: say so, with the E020 code, not a bare 500
            raise HTTPException(status_code=500, detail=str(exc)) from None
        return result.model_dump(mode="json")

    @app.get("/articles", response_model=ArticlePage, tags=["store"])
    def articles_route(limit: int = Query(50, ge=1, le=500, description="Articles per page"),
                       offset: int = Query(0, ge=0, description="Articles to skip")) -> Any:
        """Stored articles without their text, newest first."""
        con = open_db()
        try:
            rows = read_articles(con, limit=limit, offset=offset)
            total = row_counts(con)["articles"]
        finally:
            con.close()
        return {"total": total, "limit": limit, "offset": offset, "articles": rows}

    def load_article(article_id: str) -> dict:
        con = open_db()
        try:
            row = store_article(con, article_id)
            result = read_result(con, article_id) if row is not None else None
        finally:
            con.close()
        if row is None or result is None:
            raise HTTPException(status_code=404, detail=f"no article {article_id!r} in the database")
        return {"article_id": row["article_id"], "published": row["published"], "url": row["url"],
                "source": row["source"], "origin": row["origin"], "text": row["text"], "result": result,
                "errors": [{k: r[k] for k in ("article_id", "stage", "code", "message", "source")}
                           for r in row["errors"]]}

    @app.get("/articles/{article_id:path}", response_model=StoredArticle, tags=["store"],
             responses={404: {"description": "No such article"}})
    def article_route(article_id: str = PathParam(..., description="Article id")) -> Any:
        """One stored article: its text and its coding."""
        return load_article(article_id)

    @app.get("/events", response_model=EventList, tags=["store"])
    def events_route(
        source: Optional[str] = Query(None, description="Source actor: code prefix (ISR, ISRGOV) or ISO-3 country",
                                      examples=["ISR"]),
        target: Optional[str] = Query(None, description="Target actor, as source", examples=["TUR"]),
        root: Optional[str] = Query(None, description="CAMEO root code, 1..20 ('4' = '04')", examples=["16"]),
        date_from: Optional[dt.date] = Query(None, alias="from", description="First day (ISO date), inclusive"),
        date_to: Optional[dt.date] = Query(None, alias="to", description="Last day (ISO date), inclusive"),
        article: Optional[str] = Query(None, description="Only this article's events"),
        cluster: Optional[str] = Query(None, description="Only this event cluster's events (its cluster_id)"),
        limit: int = Query(1000, ge=1, le=10000, description="At most this many events"),
    ) -> Any:
        """Stored events, negated and hypothetical ones included (see their flags). An event's day is its
        own date, else its article's publication date."""
        source, target, root = _check_actor("source", source), _check_actor("target", target), _check_root(root)
        check_range(date_from, date_to)
        con = open_db()
        try:
            rows = read_events(con, source=source, target=target, root=root,
                               date_from=date_from.isoformat() if date_from else None,
                               date_to=date_to.isoformat() if date_to else None, article_id=article, limit=limit,
                               cluster_id=cluster)
        finally:
            con.close()
        return {"count": len(rows), "limit": limit, "events": rows}

    @app.get("/dyads", response_model=DyadSeries, tags=["store"])
    def dyads_route(
        source: str = Query(..., description="Source actor: code prefix (ISR, ISRGOV) or ISO-3 country",
                            examples=["ISR"]),
        target: str = Query(..., description="Target actor: code prefix or ISO-3 country", examples=["TUR"]),
        freq: Literal["day", "week", "month"] = Query("day", description="Period length (weeks start Monday)"),
        date_from: Optional[dt.date] = Query(None, alias="from", description="First day (ISO date)"),
        date_to: Optional[dt.date] = Query(None, alias="to", description="Last day (ISO date)"),
        count: Literal["clusters", "mentions"] = Query("clusters", description="clusters: the reports of one "
                                                       "happening count once; mentions: every coded event"),
    ) -> Any:
        """Events from source to target per period: counts per quad class and Goldstein sum and mean."""
        from dyad.aggregate import dyad_series

        source, target = _check_actor("source", source), _check_actor("target", target)
        check_range(date_from, date_to)
        con = open_db()
        try:
            rows = dyad_series(con, source=source, target=target, freq=freq,
                               date_from=date_from.isoformat() if date_from else None,
                               date_to=date_to.isoformat() if date_to else None, count=count)
        finally:
            con.close()
        for row in rows:
            row["period_end"] = _period_end(row["period"], freq)
        return {"source": source, "target": target, "freq": freq, "count": count, "rows": rows}

    # ----------------------------------------------------------------------------------------- pages

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index_page(limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0)):
        try:
            data = articles_route(limit=limit, offset=offset)
        except HTTPException as exc:
            return page("index.html", status_code=exc.status_code, title="Articles", nav="articles",
                        error=exc.detail, total=0, limit=limit, offset=offset, articles=[])
        return page("index.html", title="Articles", nav="articles", error=None, **data)

    @app.get("/article/{article_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(article_id: str):
        try:
            data = load_article(article_id)
        except HTTPException as exc:
            if exc.status_code != 404:
                raise
            return page("missing.html", status_code=404, title="Not found", nav="", article_id=article_id)
        result: ArticleResult = data["result"]
        text = data["text"]
        con = open_db()
        try:
            clusters, duplicates = article_clusters(con, article_id), duplicates_of(con, article_id)
        finally:
            con.close()
        return page("article.html", title=article_id, nav="", article=data, result=result,
                    clusters=clusters, duplicates=duplicates,
                    annotated=annotate(text, spans(result)) if text else None, url=_safe_url(data["url"]),
                    result_json=result.model_dump(mode="json"))

    @app.get("/paste", response_class=HTMLResponse, include_in_schema=False)
    def paste_page():
        return page("paste.html", title="Code a text", nav="paste", max_body_bytes=max_body_bytes)

    @app.get("/dashboard", response_class=HTMLResponse, include_in_schema=False)
    def dashboard_page(source: str = "ISR", target: str = "TUR", freq: str = "day"):
        return page("dashboard.html", title="Dyad dashboard", nav="dashboard", source=source, target=target,
                    freq=freq if freq in ("day", "week", "month") else "day")

    return app
