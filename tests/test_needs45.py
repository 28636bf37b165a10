"""Needs told in professional or family words the vocabulary missed (needs45).

Four readings, one table each, with look-alikes that must not change: wetting, ADHD's medicines
and the child psychiatrist by name (`topic_lexicon.toml`; a medicine is a weak word: told beside
another need, "Oma holt Methylphenidat für den Enkel", it only tells the story); a small child's
feed after "trinkt" is no one's drinking (`topic_parts`, `[owners] feeds`); a small child who gags
on food does no violence (`safety.toml` `idioms`); two compounds of one head are no typo of each
other (`topic_words._other_compound`). The sentences are written for these tests, none is taken
from a labelled set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand


@pytest.mark.parametrize(
    ("text", "need"),
    [
        # told as a family tells it, wetting is a matter for counselling; by its name, a doctor's
        ("Meine Tochter (7) nässt nachts noch ein und mag nicht bei Freundinnen schlafen. Unna",
         "erziehungsberatung"),
        ("Sohn 6 pinkelt jede Nacht ein, was tun? Bergkamen", "erziehungsberatung"),
        ("Junge 8, Enuresis, Eltern ratlos, gibt es Beratung in Kamen?", "kindergesundheit"),
        ("Der Kinderarzt will Medikinet geben, Sohn 9, Eltern möchten erst was anderes. Selm",
         "psychische_gesundheit"),
        ("Tochter 12 braucht einen Kinderpsychiater, Wartezeit ewig. Lünen",
         "psychische_gesundheit"),
    ],
)
def test_a_named_condition_or_medicine_names_its_need(catalogue: Catalogue, text: str,
                                                      need: str) -> None:  # fmt: skip
    assert need in understand(text, catalogue).topics


def test_a_medicine_named_beside_another_need_only_tells_the_story(catalogue: Catalogue) -> None:
    topics = understand("Oma holt Methylphenidat für den Enkel (9), beide Eltern trinken. "
                        "Beratung für Großeltern in Kamen?", catalogue).topics
    assert topics[:1] != ("psychische_gesundheit",)


@pytest.mark.parametrize(
    "text",
    [
        "Tochter 2 trinkt nur Flasche, isst nichts Festes, gibt es eine Fütterberatung in Werne?",
        "Kind (1) trinkt kaum noch Milch und nimmt nicht zu. Unna",
    ],
)
def test_a_small_childs_feed_is_no_parents_addiction(catalogue: Catalogue, text: str) -> None:
    topics = understand(text, catalogue).topics
    assert "belastete_eltern" not in topics
    assert "schreibaby_schlaf" in topics


@pytest.mark.parametrize(
    "text",
    [
        "Vater trinkt eine Flasche Wein am Abend, Kinder 6 und 9, Unna",
        "Mama trinkt, Sohn 4, Kamen",
    ],
)
def test_a_parents_drinking_stays_the_familys_burden(catalogue: Catalogue, text: str) -> None:
    assert "belastete_eltern" in understand(text, catalogue).topics


def test_gagging_on_food_is_no_violence(catalogue: Catalogue) -> None:
    topics = understand("Kind 2 würgt bei allem außer Brei, Fütterberatung in Kamen?",
                        catalogue).topics
    assert topics[:1] == ("schreibaby_schlaf",)
    assert "gewaltpraevention" not in topics


def test_a_child_who_chokes_another_stays_aggression(catalogue: Catalogue) -> None:
    topics = understand("Sohn 5 würgt andere Kinder in der Kita, Kamen", catalogue).topics
    assert "gewaltpraevention" in topics


@pytest.mark.parametrize(
    ("text", "wrong", "kept"),
    [
        ("Sohn 2 verweigert feste Nahrung, gibt es eine Essberatung in Schwerte?",
         "erziehungsberatung", None),
        ("Eheberatung in Unna für die Eltern von Tochter 5", None, "erziehungsberatung"),
        ("Hausaufgabenhlife für Sohn 9 in Kamen", None, "lernfoerderung"),
    ],
)
def test_two_compounds_of_one_head_are_no_typo(
        catalogue: Catalogue, text: str, wrong: str | None, kept: str | None) -> None:  # fmt: skip
    topics = understand(text, catalogue).topics
    if wrong:
        assert wrong not in topics
    if kept:
        assert kept in topics
