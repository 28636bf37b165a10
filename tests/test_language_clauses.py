"""A dash between words ends a clause for a language's negation or report verb.

"Eltern verstehen die Schulanmeldung nicht – Dolmetscher Kurmancî für den Termin?" asks for a
Kurmancî interpreter: the parents' not understanding belongs to its own clause, and must neither
waive the language ("muss nicht auf Türkisch sein") nor report it as what they speak.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        ("Eltern verstehen die Schulanmeldung nicht – Dolmetscher Kurmancî für den Termin im "
         "Januar? Selm, Kind 5", ("ku",)),
        ("KV will Beratung zum Umgang, Deutsch reicht dafür nicht — auf Polnisch möglich? Lünen, "
         "Tochter 2", ("pl",)),
        ("Mutter versteht nichts - Beratung auf Arabisch? Kamen, Sohn 4", ("ar",)),
        # look-alikes: a negation in the language's own clause still waives it
        ("Erziehungsberatung in Kamen, Sohn 4, muss nicht auf Türkisch sein", ()),
        ("Elternkurs in Unna für Kind 3, Englisch nicht nötig", ()),
        # a hyphen inside a word is no clause end
        ("Kurmancî-Dolmetscher gesucht, Selm, Kind 5", ("ku",)),
    ],
)
def test_a_dash_ends_the_clause_of_a_negation(catalogue: Catalogue, text: str,
                                              languages: tuple[str, ...]) -> None:  # fmt: skip
    assert tuple(understand(text, catalogue).languages) == languages
