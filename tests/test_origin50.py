"""Where a family comes from is told, not asked: migration help must not close the gap of the help
asked beside a move from abroad, an adoption from abroad or a relocation.

Own sentences, none taken from an evaluation set. A move or an origin told beside another help
asked leaves migration help out of the main needs, so that where the asked help is not held (in
the wished language) the answer is an honest gap, not the migration service in that language.
Where the asking words name arrival help ("Hilfe beim Ankommen", "newly arrived families"),
migration stays a main need.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.dialogue import respond
from bot.understanding import understand

MIGRATION = "migration_integration"


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Moved here from Lagos last year, living in Kamen-Methler. My son is 4 and needs a Kita "
         "place. Any Kita with English-speaking staff?", "kita_betreuung"),
        ("Hi, a colleague from Poland moved to Kamen-Derne in October, daughter 7 needs care after "
         "school (OGS?). Ideally with Polish-speaking staff.", "ogs_ganztag"),
        ("Ein Adoptivkind (Junge, 2 Jahre, aus Äthiopien) ist letzte Woche bei Familie K. in "
         "Fröndenberg angekommen. Die Eltern suchen eine Spiel- oder Eltern-Kind-Gruppe.",
         "eltern_kind_gruppen"),
        ("We just moved from Dublin to Werne, our son is 2. Is there a toddler group in English?",
         "eltern_kind_gruppen"),
    ],
)  # fmt: skip
def test_a_move_told_beside_an_asked_help_is_the_story(catalogue: Catalogue, text: str,
                                                       need: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert need in request.main_topics
    assert MIGRATION not in request.main_topics
    answer, _ = respond(text, catalogue)
    assert all(MIGRATION not in hit.offer.topics or need in hit.offer.topics
               for hit in answer.offers)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Wir sind neu in Deutschland, aus Syrien, wohnen in Bergkamen mit zwei Kindern (3 und 7). "
        "Wer hilft uns beim Ankommen?",
        "Just moved from Dublin to Werne, our son is 2. Any support for newly arrived families "
        "and a toddler group?",
        "Familie aus Moldawien, ganz neu in Kamen, Kinder 4 und 7, wer hilft beim Ankommen?",
    ],
)
def test_arrival_help_asked_stays_a_need(catalogue: Catalogue, text: str) -> None:
    assert MIGRATION in understand(text, catalogue).main_topics
