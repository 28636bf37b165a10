"""End to end: personal data planted in requests is nowhere in the state database, the log or
the exports."""

from __future__ import annotations

import logging
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from bot.assistant import Assistant
from bot.gaps.export import write_csv, write_xlsx
from bot.gaps.report import write_report
from bot.gaps.view import build_view
from bot.privacy import pseudonymise
from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
# Requests the shipped catalogue cannot answer (language, age, unclear), with personal data.
REQUESTS = (
    "Kind Leon Brinkhoff (geb. 03.05.2021), Tel. 0171 2345678, leon.mama@web.de – "
    "Sprachförderung auf Tigrinya in Werne, 4 Jahre",
    "Familie Kowalski in Selm, Tochter Zofia 3 J., braucht Schreiambulanz auf Polnisch, "
    "@zofia_mama",
    "Oksana Shevchenko fragt: Jugendtreff auf Ukrainisch in Bönen für Taras, 15, "
    "taras.s@gmx.de, Kamener Straße 14",
    "Hallo, Herr Haddad 0152 23456789 weiß nicht weiter, bitte melden",
)
PLANTED = ("Leon", "Brinkhoff", "03.05.2021", "2345678", "leon.mama", "Kowalski", "Zofia",
           "zofia_mama", "Oksana", "Shevchenko", "Taras", "taras.s", "Kamener Straße",
           "Haddad", "23456789")  # fmt: skip
USER_ID = 987654321


def _leaks(data: bytes) -> list[str]:
    return [p for p in PLANTED if p.encode() in data]


@pytest.fixture
def answered(settings: Settings, caplog: pytest.LogCaptureFixture) -> Assistant:
    caplog.set_level(logging.DEBUG)
    assistant = Assistant(settings)
    user = pseudonymise(USER_ID, settings.secret)
    for text in REQUESTS:
        answer, _session = assistant.respond(text, channel="telegram", user=user)
        assert answer.is_gap, (
            text
        )  # every request must reach the gap log for this test to mean something
    yield assistant
    assistant.close()


def test_state_database_holds_no_planted_data(answered: Assistant, settings: Settings):
    answered.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    files = [p for p in settings.state.parent.iterdir() if p.name.startswith(settings.state.name)]
    raw = b"".join(p.read_bytes() for p in files)
    assert b"Sprachf" in raw  # the need is there …
    assert _leaks(raw) == []  # … the family is not
    assert str(USER_ID).encode() not in raw


def test_log_holds_no_planted_data(answered: Assistant, caplog: pytest.LogCaptureFixture):
    assert _leaks(caplog.text.encode()) == []


def test_exports_hold_no_planted_data(answered: Assistant, tmp_path: Path):
    view = build_view(answered.store, answered.catalogue)
    assert len(view.entries) == len(REQUESTS)
    out = tmp_path / "out"
    paths = [write_report(view, out), *write_csv(view, out), write_xlsx(view, out)]
    for path in paths:
        data = path.read_bytes()
        if path.suffix == ".xlsx":  # a zip: look inside every part
            with zipfile.ZipFile(path) as book:
                data = b"".join(book.read(name) for name in book.namelist())
        assert _leaks(data) == [], path.name


def test_ask_logs_no_message_text_at_info(tmp_path: Path):
    """The rule: no code logs what a user wrote at INFO (checked on `python -m bot ask`)."""
    query = "Sprachförderung auf Tigrinya für Kind Zeichenkette-XQZ in Werne, 4 Jahre"
    script = (
        "import logging, sys; logging.basicConfig(level=logging.INFO, stream=sys.stderr); "
        "from bot.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, "ask", "--json", "--state", str(tmp_path / "s.db"), query],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "XQZ" in result.stdout  # the JSON answer repeats it to the asker …
    assert "XQZ" not in result.stderr and "Tigrinya für" not in result.stderr  # … the log never


def test_log_filter_redacts_what_slips_through(caplog: pytest.LogCaptureFixture):
    from bot.privacy.logfilter import RedactingFilter

    record = logging.LogRecord("x", logging.INFO, __file__, 1, "query %s", ("Frau Yilmaz, "
                               "Tel. 0171 2345678",), None)  # fmt: skip
    assert RedactingFilter().filter(record)
    assert record.getMessage() == "query Frau [Name], Tel. [Telefon]"
