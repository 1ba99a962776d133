"""dyad.web in a real browser: Debian's Chromium driven by Playwright, against uvicorn on 127.0.0.1.

Needs ``/usr/bin/chromium`` (``apt-get install chromium``) and the ``playwright`` package (no browser
download: the system Chromium is launched by path). Screenshots go to ``test-artifacts/``.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]

if not CHROMIUM.is_file() or not os.access(CHROMIUM, os.X_OK):
    pytest.skip(f"{CHROMIUM} is missing: apt-get install chromium", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")

from test_web_api import SEED_ID, build_web_db  # noqa: E402  (tests/ is on sys.path under pytest)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The app under uvicorn in a background thread, on a free loopback port."""
    import uvicorn

    from dyad.web import create_app

    db = build_web_db(tmp_path_factory)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning",
                                        lifespan="off"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    yield tab
    context.close()
    assert errors == [], f"errors in the page: {errors}"


def _shot(tab, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / name), full_page=True)


def test_browser_article_page(server, page):
    page.goto(f"{server}/article/{SEED_ID}")
    verb = page.locator('#article-text mark.event-verb[data-cameo^="16"]').first
    sync_api.expect(verb).to_be_visible()
    assert page.locator("#article-text mark.event-verb").count() >= 1
    erdogan = page.locator('#article-text mark.quote[data-speaker*="Erdogan"]')
    sync_api.expect(erdogan.first).to_be_visible()
    quote = erdogan.filter(has_text="Our patience with this government has run out")
    sync_api.expect(quote.first).to_be_visible()
    assert (quote.first.get_attribute("title") or "").startswith("direct quotation")
    # click: the details panel shows the coded event
    verb.click()
    card = page.locator("#details-body .card-event").first
    sync_api.expect(card).to_be_visible()
    sync_api.expect(card.locator("h3")).to_contain_text("Event 16")
    sync_api.expect(page.locator("#article-text .active").first).to_be_visible()
    page.locator("#details-body").scroll_into_view_if_needed()
    page.evaluate("window.scrollTo(0, 0)")
    _shot(page, "article.png")
    # a speaker link leads to the speaker's actor
    link = page.locator('#article-text a.speaker[data-speaker*="Erdogan"]').first
    href = link.get_attribute("href")
    assert href and href.startswith("#actor-")
    sync_api.expect(page.locator(href)).to_contain_text("Erdogan")


def test_browser_paste_page(server, page):
    page.goto(f"{server}/paste")
    text = ('Turkey recalled its ambassador from Israel on Friday. "We will not stay silent," '
            'President Recep Tayyip Erdogan said. <b>not bold</b>')
    page.fill("#paste-text", text)
    page.fill("#paste-published", "2023-11-04")
    page.click("#paste-submit")
    sync_api.expect(page.locator("#paste-result")).to_be_visible(timeout=60_000)
    sync_api.expect(page.locator("#article-text mark").first).to_be_visible()
    assert page.locator("#article-text mark.entity").count() >= 2
    assert page.locator("#article-text").inner_text().replace("\n", " ").strip() == text
    assert page.locator("#article-text b").count() == 0  # pasted markup stays text
    sync_api.expect(page.locator("#paste-status")).to_contain_text("entities")
    if page.locator("#article-text mark.event-verb").count():
        page.locator("#article-text mark.event-verb").first.click()
        sync_api.expect(page.locator("#details-body .card").first).to_be_visible()
    _shot(page, "paste.png")


def test_browser_dashboard(server, page):
    page.goto(f"{server}/dashboard?source=ISR&target=TUR&freq=day")
    points = page.locator("#chart circle.point")
    sync_api.expect(points.first).to_be_visible()
    assert points.count() >= 1
    assert page.locator("#chart rect.bar").count() >= 1
    points.first.click()
    rows = page.locator("#event-table tr.event-row")
    sync_api.expect(rows.first).to_be_visible()
    link = rows.first.locator("a.event-link")
    assert link.get_attribute("href").startswith("/article/")
    sync_api.expect(page.locator("#event-list-title")).to_contain_text("ISR → TUR")
    _shot(page, "dashboard.png")
    # the list links to the article page, at the event's row
    link.click()
    page.wait_for_url("**/article/**")
    sync_api.expect(page.locator("#article-text mark.event-verb").first).to_be_visible()
