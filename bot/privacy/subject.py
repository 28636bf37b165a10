"""Data-subject rights: show a user everything stored about them, or delete it.

Which tables hold rows about a user, in which columns, and what deleting does to them is declared
once in `bot.storage`; these functions only read that declaration, so `/meine_daten` and
`/loeschen` cover every table without knowing any of them.
"""

from __future__ import annotations

from bot.i18n import _
from bot.state import StateStore
from bot.storage import TABLES, Erase, Table


def user_tables() -> list[Table]:
    """The declared tables that hold rows about a user."""
    return [table for table in TABLES if table.user_columns]


def _about(table: Table) -> str:
    return " or ".join(f"[{column}] = :user" for column in table.user_columns)


def user_data(store: StateStore, user: str) -> dict[str, list[dict[str, object]]]:
    """Return every stored row about a user, table by table."""
    data: dict[str, list[dict[str, object]]] = {}
    for table in user_tables():
        if store.db[table.name].exists():
            sql = f"select * from [{table.name}] where {_about(table)}"
            data[table.name] = list(store.db.query(sql, {"user": user}))
    return data


def delete_user_data(store: StateStore, user: str) -> int:
    """Delete every stored row about a user; unlinked tables keep their rows without the user."""
    deleted = 0
    with store.durable_write() as db:  # never 'deleted' from a memory copy only
        db.execute("PRAGMA secure_delete = ON")  # overwrite the freed bytes, leave no copy
        for table in user_tables():
            if not db[table.name].exists():
                continue
            if table.erase is Erase.UNLINK:  # the evidence stays, only the link to the user goes
                cleared = ", ".join(f"[{c}] = null" for c in (*table.user_columns, *table.unlink))
                sql = f"update [{table.name}] set {cleared} where {_about(table)}"
            else:
                sql = f"delete from [{table.name}] where {_about(table)}"
            deleted += db.execute(sql, {"user": user}).rowcount
    return deleted


def describe_storage(retention_days: int = 365) -> str:
    """The /datenschutz text: what is stored and why, for how long, and the user's rights."""
    paragraphs = [
        _("Privacy in the Präventionslotse"),
        _(
            "What is stored: when the assistant finds no fitting offer (or you mark an "
            "answer as not helpful), it keeps the request for the youth-welfare planning "
            "of the Kreis Unna: the understood age, place, topics and languages, the "
            "reason, and the text with names, birth dates, phone numbers, e-mail and "
            "street addresses, accounts and links removed."
        ),
        _(
            "Why: these requests show where families are left without an offer. The "
            "planning counts them by life phase, district and topic and reports them to "
            "the youth welfare committee. Nobody is contacted because of a request."
        ),
        _(
            "Who you are: your Telegram account is stored only as a keyed pseudonym that "
            "cannot be turned back into your id. Your name, phone number and messages are "
            "never logged."
        ),
        _(
            "How long: request texts are deleted after {days} days; the counts (without "
            "text and without you) stay as planning evidence."
        ).format(days=retention_days),
        _(
            "Your rights: /meine_daten shows everything stored about you, /loeschen "
            "deletes it. Please write no names or contact details of families; the "
            "assistant does not need them."
        ),
    ]
    return "\n\n".join(paragraphs)

