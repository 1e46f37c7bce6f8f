"""Every dashboard page in a real browser (issue 13, "Done when"): headless Chromium, driven by
Playwright, against a real ``monitor serve`` on a loopback port over a database filled as ``make
demo`` fills it.

For each page, at a phone's viewport (390×844, a mobile browser that honours ``<meta
name=viewport>``) and a desktop's (1280×800):

* the page answers 200 and logs no console error or uncaught exception;
* no request leaves the server's origin (no CDN, no web font, no analytics: the issue's "every
  asset served from the package") — such requests are also aborted, so a page cannot hang on them;
* at 390 px nothing overflows sideways (``scrollWidth <= innerWidth``), and the page really is laid
  out at 390 px (a page without a viewport meta tag is laid out at 980 px and shrunk);
* text in Arabic, Hebrew or Persian is laid out right to left (computed ``direction: rtl``);
* a full-page screenshot ``<page>-phone.png`` / ``<page>-desktop.png`` lands in
  ``$MONITOR_SCREENSHOTS`` (default: the test's temporary directory).  ``docs/img/web/`` holds a
  reviewed set, made with ``MONITOR_SCREENSHOTS=docs/img/web``.

Why Playwright and not Chromium's ``--screenshot`` switch (as test_digest_chromium.py uses): these
checks need the page's console, its network requests and the DOM after layout, which only a
DevTools-protocol client sees; Playwright's Python package is such a client, maintained, typed and
synchronous, and it drives Debian's ``/usr/bin/chromium`` through ``executable_path`` — its own
browser downloads (``playwright install``) are never used.  Without Chromium (no root or no
apt-get to install it, see test_digest_chromium.py) or without Playwright, the tests skip, saying
why.  The pages themselves are tested on SQLite and PostgreSQL by tests/test_web_pages.py; the
browser adds what only a browser can see, so it runs on SQLite only.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit

import httpx
import pytest

# Chromium itself: found, or installed with apt-get where allowed (MONITOR_INSTALL_CHROMIUM=1).
from tests.test_digest_chromium import chromium as chromium

pytestmark = [pytest.mark.browser, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[1]
ENV_SHOTS = "MONITOR_SCREENSHOTS"
DAY = "2025-06-13"  # the sample feeds' busy day (seeds/feeds/)
SCOPE = "pair:IRN-ISR"


@dataclass(frozen=True)
class Page:
    name: str  # the screenshot's stem
    path: str  # the URL path with its query
    shows: str  # text the page must show (the demo's data, not an error page)


KREMLIN_EN = "Kremlin: Moscow will keep working to calm the Middle East"
KREMLIN_AR = "الكرملين: روسيا مستعدة للمساعدة في تهدئة الوضع في المنطقة"
# The demo's feeds are Arabic and English; the tests add a Hebrew and a Persian feed of one item each
# (our own wording, like seeds/feeds/), so that every right-to-left script of the monitor is on a page.
TITLE_HE = "הקרמלין מציע לתווך בין ישראל לאיראן"
TITLE_FA = "کرملین پیشنهاد میانجیگری میان ایران و اسرائیل را داد"
RTL_ITEMS = {
    "he": (TITLE_HE, "דובר הקרמלין אמר כי מטרת השיחות היא להפחית את ההסלמה."),
    "fa": (TITLE_FA, "سخنگوی کرملین گفت هدف این تماس‌ها کاهش تنش است."),
}
PAGES = (
    Page("overview", "/", "Iran – Israel"),
    Page("scope", f"/scope/{SCOPE}", "Iran – Israel"),
    Page("day", f"/scope/{SCOPE}/{DAY}", "Putin offers to mediate between Israel and Iran"),
    Page("articles", "/articles", KREMLIN_EN),
    Page("articles-search", "/articles?q=" + quote("Kremlin"), KREMLIN_EN),
    # "الكرملين" typed with a fatha on the kaf: the search folds diacritics (monitor/store/search.py)
    Page("articles-arabic", "/articles?q=" + quote("الكَرملين"), KREMLIN_AR),
    Page("claims", "/claims", "Kremlin"),
    Page("sources", "/sources", "sample-ar"),
)
VIEWPORTS = {"phone": (390, 844), "desktop": (1280, 800)}

# Is the first strongly directional character of an element's own text in a right-to-left script?
# (Hebrew U+0590–U+05FF, Arabic and Persian U+0600–U+06FF, U+0750–U+077F, U+08A0–U+08FF,
# presentation forms U+FB1D–U+FDFF and U+FE70–U+FEFF; Latin letters are the left-to-right ones.)
# For every element whose own text is right-to-left: that text, and (as short descriptions) those
# laid out left to right all the same.
RTL_CHECK = r"""
() => {
  const rtl = /[\u0590-\u05FF\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
  const strong = /[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0590-\u05FF\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
  const texts = [], wrong = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (['SCRIPT', 'STYLE', 'svg', 'title'].includes(el.tagName)) continue;
    let own = '';
    for (const n of el.childNodes) if (n.nodeType === Node.TEXT_NODE) own += n.textContent;
    const first = own.match(strong);
    if (!first || !rtl.test(first[0])) continue;
    const d = getComputedStyle(el).direction;
    texts.push(own.trim());
    if (d !== 'rtl') wrong.push(`<${el.tagName.toLowerCase()} class="${el.className}">${own.trim().slice(0, 40)}`);
  }
  return {texts, wrong};
}
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def add_rtl_items(url: str, folder: Path) -> None:
    """One Hebrew and one Persian source with one article each, polled over loopback like the demo's,
    and a source whose feed is gone (HTTP 404), for the sources page to show a failure."""
    from monitor.config import SourceSpec
    from monitor.core import Monitor
    from monitor.demo import demo_settings, sample_feeds

    feeds = folder / "feeds"
    feeds.mkdir()
    for lang, (title, summary) in RTL_ITEMS.items():
        (feeds / f"sample-{lang}.xml").write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>sample {lang}</title><link>https://example.org/monitor/{lang}</link>"
            f"<language>{lang}</language><item><title>{title}</title>"
            f"<link>https://example.org/monitor/{lang}/kremlin</link><guid>monitor-sample-{lang}-0001</guid>"
            f"<pubDate>Fri, 13 Jun 2025 12:00:00 +0000</pubDate><description>{summary}</description>"
            "</item></channel></rss>\n", encoding="utf-8")
    with Monitor(demo_settings(url)) as m, sample_feeds(feeds) as base:
        for lang, country in (("he", "ISR"), ("fa", "IRN")):
            m.add_source(SourceSpec(name=f"sample-{lang}", url=f"{base}/sample-{lang}.xml",
                                    publisher="Sample Desk", language=lang, country=country))
        m.add_source(SourceSpec(name="sample-gone", url=f"{base}/gone.xml", publisher="Sample Desk", language="en"))
        m.poll([f"sample-{lang}" for lang in RTL_ITEMS] + ["sample-gone"])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``monitor serve`` in a subprocess, as ``make serve`` starts it, on a freshly filled demo database."""
    from monitor.demo import fill

    folder = tmp_path_factory.mktemp("browser")
    url = f"sqlite:///{folder / 'demo.db'}"
    # In a thread of its own: polling runs an asyncio loop, and Playwright's synchronous API keeps
    # one running on this thread once the browser fixture is up.
    with ThreadPoolExecutor(1) as pool:
        pool.submit(fill, url).result()
        pool.submit(add_rtl_items, url, folder).result()
    port = _free_port()
    log = (folder / "serve.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "monitor.cli", "--db", url, "serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=REPO, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(f"monitor serve exited {proc.returncode}: {(folder / 'serve.log').read_text()[-2000:]}")
            try:
                httpx.get(base + "/", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    pytest.fail("monitor serve did not answer within 60 s")
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture(scope="module")
def browser(chromium: Path) -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Playwright is not installed (pip install -e '.[dev]')")
    with sync_playwright() as pw:
        # --no-sandbox: the tests run as root in CI, where Chromium's sandbox refuses to start.
        b = pw.chromium.launch(executable_path=str(chromium), args=["--no-sandbox", "--disable-dev-shm-usage"])
        yield b
        b.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = os.environ.get(ENV_SHOTS)
    folder = Path(where) if where else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def save_png(png: bytes, path: Path) -> None:
    """The screenshot as a 256-colour PNG: a page of flat colours and text looks the same and the
    file is about a third the size (docs/img/web/ is in the repository).  Pillow comes with
    matplotlib, a dependency of the digest."""
    from io import BytesIO

    from PIL import Image

    img = Image.open(BytesIO(png)).convert("RGB")
    img.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(path, optimize=True)


@dataclass
class Visit:
    status: int
    console: list[str]
    foreign: list[str]
    inner_width: int
    scroll_width: int
    rtl: dict[str, Any]
    text: str


def visit(browser: Any, base: str, page: Page, viewport: str, shot: Path) -> Visit:
    width, height = VIEWPORTS[viewport]
    phone = viewport == "phone"
    ctx = browser.new_context(viewport={"width": width, "height": height}, is_mobile=phone, has_touch=phone,
                              device_scale_factor=1, locale="en-GB", timezone_id="UTC")
    origin = urlsplit(base)
    foreign: list[str] = []

    def guard(route: Any) -> None:
        u = urlsplit(route.request.url)
        if u.scheme in ("data", "blob") or (u.scheme, u.netloc) == (origin.scheme, origin.netloc):
            route.continue_()
        else:
            foreign.append(route.request.url)
            route.abort()

    ctx.route("**/*", guard)
    try:
        tab = ctx.new_page()
        console: list[str] = []
        tab.on("console", lambda m: console.append(m.text) if m.type == "error" else None)
        tab.on("pageerror", lambda e: console.append(f"uncaught: {e}"))
        response = tab.goto(base + page.path, wait_until="networkidle")
        assert response is not None
        inner, scroll = tab.evaluate("[window.innerWidth, document.documentElement.scrollWidth]")
        rtl = tab.evaluate(RTL_CHECK)
        text = tab.inner_text("body")
        save_png(tab.screenshot(full_page=True), shot)
        return Visit(response.status, console, foreign, inner, scroll, rtl, text)
    finally:
        ctx.close()


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_page_in_browser(browser: Any, server: str, shots: Path, page: Page, viewport: str) -> None:
    shot = shots / f"{page.name}-{viewport}.png"
    v = visit(browser, server, page, viewport, shot)
    assert v.status == 200, f"{page.path}: HTTP {v.status}"
    assert page.shows in v.text, f"{page.path}: {page.shows!r} is not on the page"
    assert v.console == [], f"{page.path}: console errors {v.console}"
    assert v.foreign == [], f"{page.path}: requests left the origin {server}: {v.foreign}"
    if viewport == "phone":
        assert v.inner_width == 390, (f"{page.path}: laid out {v.inner_width} px wide on a 390 px phone "
                                      "(no <meta name=viewport content='width=device-width'>?)")
        assert v.scroll_width <= v.inner_width, f"{page.path}: {v.scroll_width} px wide at {v.inner_width} px"
    assert v.rtl["wrong"] == [], f"{page.path}: right-to-left text laid out left to right: {v.rtl['wrong']}"
    assert shot.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


@pytest.mark.parametrize("title", [KREMLIN_AR, TITLE_HE, TITLE_FA], ids=["ar", "he", "fa"])
def test_titles_are_right_to_left(browser: Any, server: str, tmp_path: Path, title: str) -> None:
    """An Arabic, a Hebrew and a Persian title on the articles page are each in an element laid out
    right to left (the check of every page above would also pass on a page with none at all)."""
    v = visit(browser, server, Page("articles", "/articles", title), "desktop", tmp_path / "shot.png")
    assert title in v.text
    assert any(title in t for t in v.rtl["texts"]), f"the title was not checked: {v.rtl['texts']}"
    assert v.rtl["wrong"] == []


def test_drill_down_by_clicking(browser: Any, server: str) -> None:
    """A person's path from the overview to the sentences: the scope's link, then a day's link."""
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    try:
        tab = ctx.new_page()
        tab.goto(server + "/")
        tab.get_by_role("link", name="Iran – Israel", exact=True).first.click()
        tab.wait_for_load_state()
        assert unquote(urlsplit(tab.url).path) == f"/scope/{SCOPE}"
        tab.get_by_role("link", name=DAY, exact=True).first.click()
        tab.wait_for_load_state()
        assert unquote(urlsplit(tab.url).path) == f"/scope/{SCOPE}/{DAY}"
        assert "Putin offers to mediate between Israel and Iran" in tab.inner_text("body")
    finally:
        ctx.close()
