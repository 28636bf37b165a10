"""The chat page in a real headless Chromium (Debian's), driven by Playwright, on a phone's screen.

A professional logs in with an invite code, asks, gets compact offers, asks "und in Unna?", opens
details, reports an offer and asks for offers near her location. The screenshot of that page is
README's picture of the web channel.
"""

from __future__ import annotations

import asyncio
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiohttp import web

from bot.assistant import Assistant
from bot.reports import open_reports
from bot.state import StateStore
from bot.web.app import make_app
from tests.web.conftest import invite, web_settings

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists()
                                         else None)  # fmt: skip
SCREENSHOT = Path(__file__).resolve().parents[1] / "screenshots" / "web.png"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary"),
]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """The real application on a free port, in its own thread and event loop."""
    settings = web_settings(tmp_path / "state.db")
    assistant = Assistant(settings)
    loop = asyncio.new_event_loop()
    runner = web.AppRunner(make_app(settings, assistant))
    loop.run_until_complete(runner.setup())
    site = web.TCPSite(runner, "127.0.0.1", 0)
    loop.run_until_complete(site.start())
    port = runner.addresses[0][1]
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}", tmp_path / "state.db"
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.run_until_complete(runner.cleanup())
        loop.close()
        assistant.close()


def test_a_professional_uses_the_chat_on_a_phone(server: tuple[str, Path]) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    base, state = server
    (code,) = invite(state)
    problems: list[str] = []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(
            viewport={"width": 390, "height": 844}, device_scale_factor=1, locale="de-DE",
            geolocation={"latitude": 51.5905, "longitude": 7.6624}, permissions=["geolocation"],
        )  # fmt: skip
        page = context.new_page()
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.on("request", lambda r: None if r.url.startswith(base) or r.url.startswith("data:")
                else problems.append("external: " + r.url))  # fmt: skip
        page.goto(base + "/")

        page.get_by_label("Zugangscode").fill(code)
        page.keyboard.press("Enter")
        question = page.get_by_label("Ihre Frage")
        question.wait_for()
        assert page.evaluate("document.activeElement.id") == "text"  # keyboard users can type

        question.fill("Angebote für eine 3-Jährige in Kamen-Methler, Sprachförderung")
        question.press("Enter")
        first = page.locator(".answer").nth(0)
        first.locator(".offer").first.wait_for()
        assert "Methler" in first.locator(".understood").inner_text()
        assert first.locator(".offer").count() <= 5

        question.fill("und in Unna?")
        question.press("Enter")
        second = page.locator(".answer").nth(1)
        second.locator(".offer").first.wait_for()
        assert "Unna" in second.locator(".understood").inner_text()
        assert "Sprach" in second.locator(".understood").inner_text()  # the need carried over

        second.get_by_role("button", name="Ort ändern").click()  # refine the place by button
        second.get_by_role("button", name="Kamen", exact=True).click()
        third = page.locator(".answer").nth(2)
        third.locator(".understood").wait_for()
        assert "Kamen" in third.locator(".understood").inner_text()
        assert page.evaluate("document.activeElement.classList.contains('answer')")

        offer = second.locator(".offer").first
        reported = offer.get_attribute("data-offer")
        offer.get_by_role("button", name="Details").click()
        panel = offer.locator(".details")
        panel.locator("dl").wait_for()
        assert offer.get_by_role("button", name="Details ausblenden").get_attribute(
            "aria-expanded") == "true"  # fmt: skip
        assert "Träger" in panel.inner_text()

        offer.get_by_role("button", name="Angaben veraltet melden").click()
        offer.get_by_role("button", name="Gemeldet").wait_for()
        # (a locator assertion: the page's CSP forbids the eval behind wait_for_function)
        sync_api.expect(page.locator("#status")).to_contain_text("Redaktion")

        page.get_by_role("button", name="Standort verwenden").click()
        page.locator(".answer").nth(3).locator(".offer").first.wait_for()
        assert "km" in page.locator(".answer").nth(3).inner_text()

        unnamed = page.evaluate("""() => [
            ...[...document.querySelectorAll('button')].filter(b => !b.textContent.trim())
               .map(b => b.outerHTML),
            ...[...document.querySelectorAll('input, textarea')]
               .filter(i => i.type !== 'hidden' && i.labels.length === 0).map(i => i.outerHTML),
        ]""")  # fmt: skip
        assert unnamed == [], "every button and field needs a name a screen reader can say"
        overflow = page.evaluate("document.documentElement.scrollWidth - innerWidth")
        assert overflow <= 0, "the page scrolls sideways on a 390 px phone"
        page.set_viewport_size({"width": 360, "height": 740})
        assert page.evaluate("document.documentElement.scrollWidth - innerWidth") <= 0

        page.set_viewport_size({"width": 390, "height": 844})
        page.locator(".msg.user").nth(1).evaluate("e => e.scrollIntoView({block: 'start'})")
        SCREENSHOT.parent.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOT))
        browser.close()
    assert problems == []
    store = StateStore(state)
    try:
        assert [r["offer_id"] for r in open_reports(store)] == [reported]  # in the curators' queue
    finally:
        store.close()
