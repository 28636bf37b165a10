"""The web channel over HTTP: access, sessions, admin area, same-origin rule, headers, assets."""

from __future__ import annotations

import re
import sqlite3
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.web.conftest import ADMIN_CODE, invite

pytestmark = pytest.mark.asyncio

REQUEST = "Angebote für eine 3-Jährige in Kamen-Methler, Sprachförderung"
PLANNING = ("/planung", "/planung/bericht", "/planung/luecken.xlsx",
            "/planung/csv/luecken-eintraege.csv")  # fmt: skip


async def login(client, code: str) -> None:  # type: ignore[no-untyped-def]
    response = await client.post("/api/login", json={"code": code})
    assert response.status == 200, await response.text()


async def test_no_answer_without_a_session_in_invite_mode(make_client) -> None:
    client = await make_client()
    response = await client.post("/api/messages", json={"text": REQUEST})
    assert response.status == 401
    data = await response.json()
    assert data["login"] is True and "offers" not in data
    for path in ("/api/offers/KAM-050",):
        assert (await client.get(path)).status == 401
    assert (await client.post("/api/nearby", json={"lat": 51.6, "lon": 7.66})).status == 401
    assert (await (await client.get("/api/session")).json())["admitted"] is False


async def test_an_invite_code_opens_one_session_once(make_client, tmp_path: Path) -> None:
    client = await make_client()
    (code,) = invite(tmp_path / "state.db")
    assert (await client.post("/api/login", json={"code": "WRONG123"})).status == 403
    await login(client, code.lower())  # typed in lower case from paper
    response = await client.post("/api/messages", json={"text": REQUEST})
    assert response.status == 200
    data = await response.json()
    # the chat --json format: to_json() plus conversation and question
    assert {"query", "understood", "offers", "alternatives", "gap", "gap_reason", "missing",
            "question", "conversation"} <= set(data)  # fmt: skip
    assert data["understood"]["place"] == "kamen-methler" and data["offers"]
    assert [o["id"] for o in data["view"]["offers"]] == [o["id"] for o in data["offers"]][:5]
    follow = await (await client.post("/api/messages", json={"text": "und in Unna?"})).json()
    assert follow["understood"]["place"] == "unna"
    assert follow["understood"]["topics"] == data["understood"]["topics"]  # the same conversation

    other = await make_client()  # another browser: the used code opens nothing
    assert (await other.post("/api/login", json={"code": code})).status == 403


async def test_sessions_are_pseudonymous(make_client, tmp_path: Path) -> None:
    client = await make_client()
    (code,) = invite(tmp_path / "state.db")
    await login(client, code)
    await client.post("/api/messages", json={"text": REQUEST + ", Tel. 0171 2345678"},
                      headers={"User-Agent": "Mozilla/5.0 secret-agent"})  # fmt: skip
    token = next(c.value for c in client.session.cookie_jar if c.key == "lotse_session")
    dump = "\n".join(sqlite3.connect(tmp_path / "state.db").iterdump())
    assert token not in dump
    assert "secret-agent" not in dump and "127.0.0.1" not in dump
    assert "2345678" not in dump  # the request kept in the session is redacted


async def test_admin_pages_are_refused_to_non_admins(make_client, tmp_path: Path) -> None:
    client = await make_client()
    for path in PLANNING:
        assert (await client.get(path)).status == 403, path
    (code,) = invite(tmp_path / "state.db")
    await login(client, code)
    for path in PLANNING:
        response = await client.get(path)
        assert response.status == 403, path
        assert "luecken" not in (await response.text()).lower()
    await login(client, ADMIN_CODE)
    for path in PLANNING:
        assert (await client.get(path)).status == 200, path


async def test_reports_and_not_helpful_reach_the_planners(make_client) -> None:
    client = await make_client()
    await login(client, ADMIN_CODE)
    await client.post("/api/messages", json={"text": REQUEST})
    reported = await (await client.post("/api/offers/KAM-050/report", json={})).json()
    assert reported["new"] is True
    again = await (await client.post("/api/offers/KAM-050/report", json={})).json()
    assert again["new"] is False  # one report per session and offer
    assert (await client.post("/api/not-helpful", json={})).status == 200
    page = await (await client.get("/planung")).text()
    assert re.search(r'<table id="reports">.*KAM-050', page, re.S)
    entries = await (await client.get("/planung/csv/luecken-eintraege.csv")).text()
    assert "not_helpful" in entries or "nicht hilfreich" in entries.lower()


async def test_cross_origin_posts_are_refused(make_client, tmp_path: Path) -> None:
    client = await make_client()
    (code, second) = invite(tmp_path / "state.db", 2)
    evil = {"Origin": "https://evil.example"}
    assert (await client.post("/api/login", json={"code": code}, headers=evil)).status == 403
    await login(client, second)
    for headers in (evil, {"Origin": "null"}, {"Sec-Fetch-Site": "cross-site"}):
        response = await client.post("/api/messages", json={"text": REQUEST}, headers=headers)
        assert response.status == 403, headers
    own = f"http://{client.server.host}:{client.server.port}"
    response = await client.post("/api/messages", json={"text": REQUEST}, headers={"Origin": own})
    assert response.status == 200


async def test_csp_and_cookie_flags(make_client, tmp_path: Path) -> None:
    client = await make_client()
    csp = (await client.get("/")).headers["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["script-src"] == "'self'" and "unsafe" not in csp
    assert directives["frame-ancestors"] == "'none'"
    (plain, tls) = invite(tmp_path / "state.db", 2)
    cookie = (await client.post("/api/login", json={"code": plain})).headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Secure" not in cookie
    behind_proxy = await client.post("/api/login", json={"code": tls},
                                     headers={"X-Forwarded-Proto": "https"})  # fmt: skip
    assert "Secure" in behind_proxy.headers["Set-Cookie"]
    forced = await make_client(web_secure_cookie="yes", web_codes=frozenset({"kita-team"}))
    cookie = (await forced.post("/api/login", json={"code": "kita-team"})).headers["Set-Cookie"]
    assert "Secure" in cookie and "HttpOnly" in cookie


async def test_rate_limit_answers_friendly(make_client) -> None:
    client = await make_client(messages_per_minute=3, access="open")
    for _ in range(3):
        assert (await client.post("/api/messages", json={"text": REQUEST})).status == 200
    response = await client.post("/api/messages", json={"text": REQUEST})
    assert response.status == 429 and response.headers["Retry-After"] == "60"
    assert "Minute" in (await response.json())["error"]


async def test_open_mode_needs_no_login_and_keeps_the_conversation(make_client) -> None:
    client = await make_client(access="open")
    first = await client.post("/api/messages", json={"text": REQUEST})
    assert first.status == 200 and "lotse_session" in first.headers["Set-Cookie"]
    follow = await (await client.post("/api/messages", json={"text": "und in Unna?"})).json()
    assert follow["understood"]["place"] == "unna"
    assert follow["understood"]["age_months"] == [36, 47]


async def test_allowlist_mode_takes_fixed_codes_not_invites(make_client, tmp_path: Path) -> None:
    client = await make_client(access="allowlist", web_codes=frozenset({"kita-team-2026"}))
    (code,) = invite(tmp_path / "state.db")
    assert (await client.post("/api/login", json={"code": code})).status == 403
    await login(client, "kita-team-2026")
    assert (await client.post("/api/messages", json={"text": REQUEST})).status == 200


async def test_english_page_and_answers(make_client) -> None:
    client = await make_client(access="open")
    page = await (await client.get("/?lang=en")).text()
    assert '<html lang="en">' in page and "Use my location" in page
    german = await (await client.get("/")).text()
    assert '<html lang="de">' in german and "Standort verwenden" in german
    data = await (await client.post("/api/messages", json={"text": REQUEST, "lang": "en"})).json()
    assert data["view"]["understood"].startswith("Understood")


class Assets(HTMLParser):
    """Collect every URL a page loads or links to, and inline scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.inline_scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("src", "href", "action", "poster", "data"):
            if values.get(name):
                self.urls.append(str(values[name]))
        if tag == "script" and not values.get("src"):
            self.inline_scripts += 1
        if any(name.startswith("on") for name in values):
            self.inline_scripts += 1  # an event handler attribute is inline script too


ABSOLUTE = re.compile(r"""(?:https?:)?//[^\s"'()<>]+""")
DATA_URI = re.compile(r"""data:[^\s"')]+""")  # embedded images are not loaded from anywhere
NAMESPACES = {"www.w3.org"}  # xmlns identifiers, never fetched


def external(urls: list[str], own: str) -> list[str]:
    hosts = []
    for url in urls:
        host = urlsplit(url if "//" in url else "").netloc
        if host and host != own and host not in NAMESPACES:
            hosts.append(url)
    return hosts


async def test_no_external_asset_in_any_page(make_client) -> None:
    client = await make_client()
    await login(client, ADMIN_CODE)
    own = f"{client.server.host}:{client.server.port}"
    await client.post("/api/messages", json={"text": REQUEST})
    pages = ["/", "/?lang=en", "/planung", "/planung/bericht"]
    assets = set()
    for path in pages:
        html = await (await client.get(path)).text()
        parser = Assets()
        parser.feed(html)
        assert external(parser.urls, own) == [], path
        assert external(ABSOLUTE.findall(DATA_URI.sub("", html)), own) == [], path
        if path != "/planung/bericht":  # the report carries its own check script, blocked by CSP
            assert parser.inline_scripts == 0, path
        assets.update(u for u in parser.urls if u.startswith("/static/") or u.startswith("/man"))
    assert {"/static/app.js", "/static/app.css", "/static/icon.svg"} <= assets
    manifest = await (await client.get("/manifest.webmanifest")).json()
    assets.update(icon["src"] for icon in manifest["icons"])
    for path in sorted(assets):
        response = await client.get(path)
        assert response.status == 200, path
        if not path.endswith(".png"):
            text = await response.text()
            assert external(ABSOLUTE.findall(text), own) == [], path
            assert "@import" not in text and "url(http" not in text, path
    report_csp = (await client.get("/planung/bericht")).headers["Content-Security-Policy"]
    assert "script-src 'none'" in report_csp


async def test_details_by_number_and_thanks_as_in_the_console(make_client) -> None:
    client = await make_client(access="open")
    first = await (await client.post("/api/messages", json={"text": REQUEST})).json()
    card = await (await client.post("/api/messages", json={"text": "d 2"})).json()
    assert card["details"]["id"] == first["view"]["offers"][1]["id"]
    assert card["view"]["details"]["id"] == card["details"]["id"]
    assert any(f["value"] for f in card["view"]["details"]["fields"])
    thanks = await (await client.post("/api/messages", json={"text": "danke!"})).json()
    assert thanks["prompt"] and thanks["view"]["prompt"] and not thanks["view"]["offers"]


async def test_login_attempts_are_limited_per_client_behind_the_proxy(make_client) -> None:
    client = await make_client()
    attacker = {"X-Forwarded-For": "203.0.113.9"}
    spoofing = {"X-Forwarded-For": "198.51.100.1, 203.0.113.9"}  # the proxy appended the truth
    for _ in range(10):
        assert (await client.post("/api/login", json={"code": "XXXXXXXX"},
                                  headers=attacker)).status == 403  # fmt: skip
    for headers in (attacker, spoofing):
        response = await client.post("/api/login", json={"code": ADMIN_CODE}, headers=headers)
        assert response.status == 429
    colleague = {"X-Forwarded-For": "203.0.113.10"}
    assert (await client.post("/api/login", json={"code": ADMIN_CODE},
                              headers=colleague)).status == 200  # fmt: skip


async def test_the_page_can_be_added_to_the_home_screen(make_client) -> None:
    import io

    from PIL import Image

    client = await make_client()
    page = await (await client.get("/")).text()
    assert '<link rel="manifest" href="/manifest.webmanifest?lang=de">' in page
    response = await client.get("/manifest.webmanifest?lang=de")
    assert response.content_type == "application/manifest+json"
    manifest = await response.json()
    assert manifest["display"] == "standalone" and manifest["start_url"].startswith("/")
    sizes = set()
    for icon in manifest["icons"]:
        body = await (await client.get(icon["src"])).read()
        if icon["type"] == "image/png":
            width, height = Image.open(io.BytesIO(body)).size
            assert icon["sizes"] == f"{width}x{height}"
            sizes.add(width)
    assert {192, 512} <= sizes
