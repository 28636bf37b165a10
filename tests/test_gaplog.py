"""The gap log: requests without a fitting offer become evidence, without personal data."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

from bot.assistant import Assistant
from bot.gaps.log import all_gaps, gap_counts
from bot.settings import Settings


def test_a_gap_is_recorded_with_phase_place_topic_and_reason(assistant: Assistant) -> None:
    answer, _ = assistant.respond("Krabbelgruppe auf Arabisch in Selm? Leon, Kind 15 Monate, "
                                  "Tel. 0171 2345678")  # fmt: skip
    assert answer.is_gap
    [entry] = all_gaps(assistant.store)
    assert entry.reason == "language"
    assert entry.phases == ("P1",) and entry.municipality == "selm"
    assert entry.topics[0] == "eltern_kind_gruppen" and entry.languages == ("ar",)
    assert "0171" not in (entry.query or "") and "Leon" not in (entry.query or "")
    assert gap_counts([entry])[("P1", "selm", "eltern_kind_gruppen")] == 1


def test_answered_requests_and_no_log_write_nothing(settings: Settings, state_path: Path) -> None:
    helper = Assistant(settings, log_gaps=False)
    helper.respond("Krabbelgruppe auf Arabisch in Selm? Kind 15 Monate")
    assert not state_path.exists()
    helper = Assistant(settings)
    helper.respond("Angebote für eine 3-Jährige in Kamen-Methler, Sprachförderung")
    assert all_gaps(helper.store) == []


def test_not_helpful_is_logged_even_when_offers_were_shown(assistant: Assistant) -> None:
    answer, session = assistant.respond("Kind 3 spricht kaum, Methler")
    assert answer.offers
    assistant.not_helpful(session, channel="test", user="u_abc")
    [entry] = all_gaps(assistant.store)
    assert entry.reason == "not_helpful" and entry.user == "u_abc"


def test_the_gap_log_lives_outside_the_catalogue(assistant: Assistant, settings: Settings) -> None:
    assistant.respond("Krabbelgruppe auf Arabisch in Selm? Kind 15 Monate")
    tables = {r[0] for r in sqlite3.connect(settings.catalogue).execute(
        "select name from sqlite_master where type='table'")}  # fmt: skip
    assert "gaps" not in tables


def test_threads_writing_at_once_lose_no_entry(assistant: Assistant) -> None:
    def ask() -> None:
        for _ in range(10):
            assistant.respond("Schreiambulanz in Selm, Baby 14 Monate", channel="thread")

    threads = [threading.Thread(target=ask) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(all_gaps(assistant.store)) == 60
    assert json.loads(assistant.store.db.execute("select topics from gaps").fetchone()[0])
