"""What a catalogue is made of, and why one was refused.

`Sources` is the validated content that `store.write_catalogue` turns into a database; every
reader of the exchange pipeline (our CSVs, planners' lists, HSDS) produces one. They live here,
below both, so that the runtime catalogue never imports the pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.i18n import _
from bot.models import Offer, Place, Topic


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    row: int  # 1-based line number in the file, the header being line 1
    column: str
    value: str
    why: str
    # True when only this row is wrong: `import --skip-invalid` may leave the row out
    row_only: bool = field(default=False, compare=False)

    def __str__(self) -> str:
        return _("{file}, line {row}, column '{column}', value '{value}': {why}").format(
            file=self.file, row=self.row, column=self.column, value=self.value, why=self.why
        )


@dataclass
class Sources:
    places: list[Place] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    offers: list[Offer] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class CatalogueError(Exception):
    """A catalogue could not be imported; `problems` says why, row by row."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems[:50]))
