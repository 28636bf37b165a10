"""A count of children keeps its list of ages when the brackets or commas were lost (nopunct52).

Sentences of nopunct52's own (the measured rewrites are in `tests/data/nopunct52/`): a count of
children followed, a few words on, by as many bare numbers ("3 Ki 1 4 7 J") or by two rising
numbers that span them ("5 Ki 2 12", "4 Kindern zw 1 und 12") is read as the bracket held it:
all the children's ages, not one of them; so is a run of first names each followed by a bare
number ("Ben 9 u Mia 7", "Jonas 8 Lea 4") (`unmarked_lists`).

A number right before a plural noun of people ("mit 3 Enkeln", "4 Ki KM") counts them and is no
age, with or without commas (`age_unpunctuated`).

Look-alikes keep their reading: numbers that are hours, a duration, or a count's own date.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

AGES = [
    # (request, age range in months)
    ("Oma mit 3 Enkelkindern aus Syrien 4 6 und 9 sucht Hausaufgabenhilfe in Kamen", (48, 119)),
    ("Oma mit 3 Enkelkindern aus Syrien 4 6 und 9 sucht einen Sportverein in Kamen", (48, 119)),
    ("Vermerk KM alleinerz 3 Ki 2 5 8 J überfordert Familienpaten gesucht in Unna", (24, 107)),
    ("Familie mit 6 Kindern zw 2 und 14 braucht Entlastung in Selm Vater krank", (24, 179)),
    ("Whg zu klein 4 Ki 1 10 Mutter alleinerz sucht Beratung in Bergkamen", (12, 131)),
    ("we need a swim course for my 2 sons 6 and 9 in Lünen", (72, 119)),
    # a run of first names each with a bare number: the children of one list
    ("Pflegemutter Kinder Tom 5 u Lina 8 suchen Trauergruppe in Werne", (60, 107)),
    ("Eltern von Paula 4 und Noah 9 trennen sich Beratung in Kamen gesucht", (48, 119)),
]

LOOK_ALIKES = [
    # (request, age range in months or None): the numbers are no list of the children's ages
    ("Mutter von 2 Kindern Termin 14 30 Uhr Sohn 5 braucht Logopädie in Kamen", (60, 71)),
    ("Tochter 7 mit 2 Geschwistern seit 3 Jahren hier sucht Schwimmkurs in Unna", (84, 95)),
    ("Termin mit Anna 14 Uhr Sohn 5 braucht Logopädie in Kamen", (60, 71)),
    # a number right before a plural noun of people counts them: no age in a comma-free text
    ("Großmutter in Kamen mit 3 Enkeln überfordert sucht Erziehungsberatung für alle", None),
    ("Fam Unna 4 Ki KM alleinerz sucht Austausch mit anderen Müttern Treff o ä", None),
]


@pytest.mark.parametrize(("text", "months"), AGES + LOOK_ALIKES)
def test_count_of_children_keeps_its_list(assistant: Assistant, text: str,
                                          months: tuple[int, int] | None) -> None:  # fmt: skip
    answer, _session = assistant.respond(text)
    age = answer.request.age
    if months is None:
        assert age is None
    else:
        assert age is not None and (age.low, age.high) == months
