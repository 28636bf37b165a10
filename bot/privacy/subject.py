"""Data-subject rights: show a user everything stored about them, or delete it.

Every area that stores rows per (pseudonymised) user registers its table here, so that
`/meine_daten` and `/loeschen` cover all of them without knowing each area.
"""

from __future__ import annotations

from dataclasses import dataclass

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
    with store.write() as db:
        for table, column in _tables:
            if not db[table].exists():
                continue
            if table == "gaps":  # the evidence stays, only the link to the user goes
                cursor = db.execute(f"update gaps set [user] = null, query = null where [{column}] = ?",
                                    (user,))  # fmt: skip
            else:
                cursor = db.execute(f"delete from [{table}] where [{column}] = ?", (user,))
            deleted += cursor.rowcount
    return deleted


register_user_table("gaps", "user")
register_user_table("offer_reports", "user")
