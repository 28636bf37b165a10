"""/datenschutz text and the data-subject rights over the gap log."""

from __future__ import annotations

from bot.assistant import Assistant
from bot.gaps.log import all_gaps
from bot.i18n import use_locale
from bot.privacy import pseudonymise
from bot.privacy.subject import delete_user_data, describe_storage, user_data
from bot.settings import Settings


def test_describe_storage_says_what_why_how_long_and_rights_in_german():
    with use_locale("de"):
        text = describe_storage(retention_days=180)
    for words in ("Was gespeichert wird", "Warum", "180 Tagen", "/meine_daten", "/loeschen",
                  "Pseudonym"):  # fmt: skip
        assert words in text
    assert len(text) < 3500


def test_deleting_a_user_keeps_the_gap_counts(assistant: Assistant, settings: Settings):
    user = pseudonymise(42, settings.secret)
    assistant.respond("Sprachförderung auf Tigrinya in Werne, 4 Jahre", channel="telegram",
                      user=user)  # fmt: skip
    assert len(user_data(assistant.store, user)["gaps"]) == 1
    assert delete_user_data(assistant.store, user) >= 1
    assert user_data(assistant.store, user)["gaps"] == []
    entries = all_gaps(assistant.store)
    assert len(entries) == 1 and entries[0].user is None and entries[0].query is None
    assert entries[0].topics == ("sprachfoerderung",)
