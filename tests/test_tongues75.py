"""Tongues75: an age told in the family's language inside a German sentence.

Helpers write the German frame and keep the family's word for the age: "Tochter ist አስራ ሁለት,
Sohn ስምንት", "sie ist ሰባት", "Kind ist šest", "Baby од месец дана" (a baby of one month). The
number word counts where a German one would (after a child noun, or a child or "er"/"sie" and a
copula); a unit alone after a child noun is one of it. Numbers of the same languages that are no
age — a time, a house number, money, a count of children, a parent's age — stay as they were.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.understanding.foreign_bare import read_bare

AGES = [
    # held-out requests written by other people (holdout35 part b)
    ("Mama will Beratung auf Amharisch, Mann schreit mit Kinder. Tochter ist አስራ ሁለት, Sohn "
     "ስምንት. Bergkamen Weddinghofen.", (96, 155)),
    ("Mama will Schwimmkurs für Tochter, sie ist ሰባት, kann gar nicht schwimmen. Schwerte",
     (84, 95)),
    ("Мајка, беба од месец дана, живе у Kamen. Familienbüro auf Serbisch?", (1, 1)),
    # the class in other languages and frames
    ("ihr Sohn ist yedi, hockt nur am Handy. Unna-Königsborn", (84, 95)),
    ("Tochter ist четыре, spricht kaum Deutsch. Lünen-Brambauer", (48, 59)),
    ("Sohn ist ثمانية, er haut in der OGS andere Kinder. Bergkamen-Oberaden", (96, 107)),
    ("Sohn ist አምስት, redet kaum. Fröndenberg, Sprachförderung?", (60, 71)),
    ("Kind ist šest, Schulanmeldung steht an. Kamen-Mitte", (72, 83)),
    ("Oma erzählt: „малышу месяц, мама болеет“ – wer hilft zu Hause? Werne.", (1, 1)),
    ("Mutter sagt: „ابني عمره شهر“, sie ist allein, Familienhebamme in Unna-Mitte.", (1, 1)),
]

UNCHANGED = [
    # a time, money, a house number, a count of children, a parent's age: no child's age
    ("Vater ruft an: „Dolazim u šest sati“. Sohn 10 J., ADHS-Verdacht, Kamen", (120, 131)),
    ("Ona plaća pet evra dnevno za ručak, Sohn 8 J. – BuT-Antrag in Lünen", (96, 107)),
    ("Mama sagt: „Živimo na broju sedam“, Tochter 4 J., Sprachförderung, Schwerte.", (48, 59)),
    ("Mutter ist dvadeset, Baby 4 Monate, Kamen-Mitte – Frühe Hilfen?", (4, 4)),
]


@pytest.mark.parametrize(("text", "age"), AGES + UNCHANGED)
def test_age_in_the_family_language(assistant: Assistant, text: str,
                                    age: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    request = answer.request
    assert request.age is not None and (request.age.low, request.age.high) == age


def test_count_of_children_is_no_age(assistant: Assistant) -> None:
    answer, _session = assistant.respond("Familie mit četvoro dece, wohnt in Werne, sucht ein "
                                         "Familienzentrum in der Nähe.")
    assert answer.request.age is None


@pytest.mark.parametrize(("text", "read"), [
    ("Tochter ist አስራ ሁለት, Sohn ስምንት.", "Tochter ist 12, Sohn 8."),
    ("Baby од месец дана, Kamen", "Baby од 1 Monat, Kamen"),
    # German words that a language also uses as a number stay words
    ("Kind sei ruhig.", "Kind sei ruhig."),
    ("Sohn ist on.", "Sohn ist on."),
    # a unit alone away from a child noun is a span: "ne spava od mesec dana"
    ("Mutter ne spava od mesec dana.", "Mutter ne spava od mesec dana."),
    # a number word not closing the clause is no age ("ist šest sati …")
    ("Termin ist šest sati.", "Termin ist šest sati."),
])
def test_read_bare(text: str, read: str) -> None:
    assert read_bare(text) == read
