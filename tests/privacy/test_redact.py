"""Redaction: personal data goes, the need, the age and the place stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact

from .privacy_corpus import corpus, held_out, measure


def test_corpus_of_240_requests_loses_every_planted_item_and_keeps_the_need():
    samples = corpus()
    assert len(samples) >= 200
    totals, misses, destroyed = measure(redact, samples)
    assert sum(p for _f, p in totals.values()) >= 600
    assert misses == []
    assert destroyed == []


def test_held_out_requests_written_after_tuning_keep_a_high_recall():
    """Not tuned on: names that are in no list and stand without context may slip through."""
    totals, _misses, destroyed = measure(redact, held_out())
    found = sum(f for f, _p in totals.values())
    planted = sum(p for _f, p in totals.values())
    assert found / planted >= 0.9
    assert destroyed == []
    for kind in ("phone", "email", "date", "address", "handle"):
        assert totals[kind][0] == totals[kind][1], kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leon, 3, Vater trinkt", "[Name], 3, Vater trinkt"),
        ("Kind Leon braucht Hilfe", "Kind [Name] braucht Hilfe"),
        ("Frau Yilmaz aus Kamen", "Frau [Name] aus Kamen"),
        ("Familie Öztürk in Unna", "Familie [Name] in Unna"),
        ("Hallo, Herr Haddad fragt", "Hallo, Herr [Name] fragt"),
        ("geb. 03.05.2021 in Lünen", "[Datum] in Lünen"),
        # a month and year of birth, a birth year, an English birth (ages23: the age reader
        # derives the age from them, the gap log must not keep them)
        ("ein Kind (geb. 03/2021) aus Rünthe", "ein Kind ([Datum]) aus Rünthe"),
        ("Kind *05/2022, Kamen", "Kind [Datum], Kamen"),
        ("Jahrgang 2019, Junge", "[Datum], Junge"),
        ("child born in March 2024, Selm", "child [Datum], Selm"),
        ("DOB 12/05/2022", "[Datum]"),
        ("Rückruf 0171 2345678", "Rückruf [Telefon]"),
        ("Tel. 02307/123456", "Tel. [Telefon]"),
        ("+49 171 2345678 anrufen", "[Telefon] anrufen"),
        ("mail an leon.mama@web.de", "mail an [E-Mail]"),
        ("wohnt Hauptstraße 12, 59174 Kamen", "wohnt [Adresse], 59174 Kamen"),
        ("schreib @leon_mama oder https://t.me/leonmama", "schreib [Konto] oder [Link]"),
    ],
)
def test_redacts_personal_data(text: str, expected: str):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kind 4, 3 J., Sprachförderung in Kamen-Methler, PLZ 59174",
        "Heeren-Werve: Mutter Depression, Kind ADHS, 5. Klasse",
        "Kita-Kind 4 Jahre aus Lünen, Elternkurs auf Arabisch",
        "Schreiambulanz in Selm für Baby 4 Monate",
        "Jungen, 4 und 6, in Bönen; Treffen 14:00-16:00 für 0-3 Jahre",
        "Unna-Königsborn, Schülerin 17, Berufsorientierung nach dem Abi",
    ],
)
def test_keeps_need_age_and_place_words(text: str):
    assert redact(text) == text


def test_real_world_dev_requests_are_left_unchanged():
    """The 240 labelled dev requests carry no personal data: redaction must not touch them."""
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "data" / "dev.jsonl"
    queries = [json.loads(line)["q"] for line in path.read_text(encoding="utf-8").splitlines()]
    changed = [q for q in queries if redact(q) != q]
    assert changed == []
