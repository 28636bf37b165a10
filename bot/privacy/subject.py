"""Data-subject rights: show a user everything stored about them, or delete it.

Every area that stores rows per (pseudonymised) user registers its table here, so that
`/meine_daten` and `/loeschen` cover all of them without knowing each area.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.i18n import _
from bot.state import StateStore

_tables: list[tuple[str, str]] = []


@dataclass(frozen=True, slots=True)
class UserTable:
    table: str
    column: str


def register_user_table(table: str, column: str = "user") -> None:
    """Declare that `table` holds rows about a user in `column` (a pseudonym)."""
    if (table, column) not in _tables:
        _tables.append((table, column))


def user_tables() -> list[UserTable]:
    return [UserTable(t, c) for t, c in _tables]


def user_data(store: StateStore, user: str) -> dict[str, list[dict[str, object]]]:
    """Return every stored row about a user, table by table."""
    data: dict[str, list[dict[str, object]]] = {}
    for table, column in _tables:
        if store.db[table].exists():
            rows = list(store.db.query(f"select * from [{table}] where [{column}] = ?", (user,)))
            data[table] = rows
    return data


def delete_user_data(store: StateStore, user: str) -> int:
    """Delete every stored row about a user; gap entries keep their counts without the user."""
    deleted = 0
    with store.durable_write() as db:  # never 'deleted' from a memory copy only
        db.execute("PRAGMA secure_delete = ON")  # overwrite the freed bytes, leave no copy
        for table, column in _tables:
            if not db[table].exists():
                continue
            if table == "gaps":  # the evidence stays, only the link to the user goes
                sql = f"update gaps set [user] = null, query = null where [{column}] = ?"
                cursor = db.execute(sql, (user,))
            else:
                cursor = db.execute(f"delete from [{table}] where [{column}] = ?", (user,))
            deleted += cursor.rowcount
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


register_user_table("gaps", "user")
register_user_table("offer_reports", "user")
