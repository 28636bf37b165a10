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


def test_every_table_is_declared_once_and_user_columns_are_covered(tmp_path) -> None:
    """A fresh store holds exactly the declared tables, whatever modules were imported, and every
    column that can name a user is one `/meine_daten` and `/loeschen` read."""
    import subprocess
    import sys

    from bot.storage import TABLES

    path = tmp_path / "state.db"
    # a fresh interpreter that imports nothing but the store: no table may depend on imports
    code = "import sys; from bot.state import StateStore; StateStore(sys.argv[1]).close()"
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)
    from bot.state import StateStore

    store = StateStore(path)
    names = {r[0] for r in store.db.execute(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")}
    assert names == {t.name for t in TABLES}
    for table in TABLES:
        personal = {c for c in table.columns if c == "user" or c.endswith("_by")}
        assert personal <= set(table.user_columns), table.name
    store.close()


def test_deleting_covers_telegram_tables_without_importing_the_channel(
    assistant: Assistant, settings: Settings
) -> None:
    with assistant.store.write() as db:
        db["telegram_users"].insert({"user": "u9", "admitted": 1})
        db["telegram_invites"].insert({"code": "ABC", "created_by": "admin", "used_by": "u9"})
    data = user_data(assistant.store, "u9")
    assert len(data["telegram_users"]) == 1 and len(data["telegram_invites"]) == 1
    assert delete_user_data(assistant.store, "u9") == 2
    assert all(rows == [] for rows in user_data(assistant.store, "u9").values())
