"""An offer filed only under an audience or a field of work is also what its name says.

Published lists often file an offer by whom it is for or by the field it belongs to
("Integration", "Frühe Hilfen", "Familienbildung", "Zugewanderte Familien") while its name says
what it is: "Spielgruppe für geflüchtete Familien", "Hebammensprechstunde", "Elternkurs
Pubertät". A family asks for the help ("sucht eine Spielgruppe", "sucht eine Hebamme"), so
such a row also gets the topics its name gives, read by the request reader's topic lexicon.

Never where the list itself names a help (a second category "Sprachförderung"), and never for
the taxonomy's own keys and labels: our export and template write "Frühe Hilfen (0–3)" or
"Migration & Integration", and a list in those words has chosen its topics (an export imported
again keeps every offer's topics exactly). The field words are data
(`bot/data/field_categories.toml`).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path

from bot.models import Topic
from bot.text import fold

FIELD_WORDS = Path(__file__).resolve().parent.parent / "data" / "field_categories.toml"
_CELL = re.compile(r"[;\n|]")
_PIECE = re.compile(r",|/| und | & |\+")


def _folded(text: str) -> str:
    """Compare form of a category word: folded, '&' as 'und', single spaces."""
    return " ".join(fold(text).replace("&", " und ").split())


class FieldCategories:
    """The field and audience words of the lists, and the taxonomy's own words, compiled once."""

    def __init__(self, topics: Iterable[Topic]) -> None:
        data = tomllib.loads(FIELD_WORDS.read_text(encoding="utf-8"))
        self.words = {_folded(w) for section in data.values() for w in section.get("words", ())}
        self.own = {
            _folded(name)
            for topic in topics
            for name in (topic.key, topic.label_de, topic.label_en)
            if name
        }

    def only_fields(self, cells: Iterable[str], names_topic: Callable[[str], bool]) -> bool:
        """True if the category cells file the row by audience or field words alone.

        A part in the taxonomy's own words, or one that names a topic without being a field
        word, says which help the list means; parts that name nothing ("Beratung") are neutral.
        """
        field = False
        for cell in cells:
            for part in (p.strip() for p in _CELL.split(str(cell or ""))):
                if not part:
                    continue
                if _folded(part) in self.own:
                    return False
                if _folded(part) in self.words:
                    field = True
                    continue
                for piece in (p.strip() for p in _PIECE.split(part)):
                    if not piece:
                        continue
                    if _folded(piece) in self.own:
                        return False
                    if _folded(piece) in self.words:
                        field = True
                    elif names_topic(piece):
                        return False
        return field
