"""Where a family comes from is migration context, never the need asked beside it.

Own sentences, none taken from an evaluation set: every country by its German name (with the
article German uses), its English name and its German adjective before a person; look-alikes
that name no country; and what the understanding makes of an origin beside a need.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.catalogue import Catalogue
from bot.dialogue import respond
from bot.understanding import understand
from bot.understanding.normalise import words_of
from bot.understanding.origins import TOPIC, origins
from bot.vocabulary.country_names import TABLE, country_names, generate, render


def _found(text: str) -> list[str]:
    return [origin.codes for origin in origins(words_of(text).folded)]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Familie aus dem Irak, zwei Kinder", ["IQ"]),
        ("Mutter ist aus Eritrea geflohen", ["ER"]),
        ("der Vater kommt aus Moldawien", ["MD"]),
        ("Herkunftsland Somalia, Baby 3 Monate", ["SO"]),
        ("Herkunftsland: Jemen", ["YE"]),
        ("a family from Nigeria with a 4-year-old", ["NG"]),
        ("they came from the Philippines last year", ["PH"]),
        ("irakische Familie mit drei Kindern", ["IQ"]),
        ("syrischer Junge, 6 Jahre", ["SY"]),
        ("eine afghanische alleinerziehende Mutter", ["AF"]),
        ("Die Eltern stammen aus der Türkei", ["TR"]),
        ("Familie aus den USA", ["US"]),
        ("aus den Niederlanden zugezogen", ["NL"]),
        ("Familie aus Sri Lanka", ["LK"]),
        ("aus Saudi-Arabien", ["SA"]),
        ("aus dem Kongo geflüchtet", ["CD"]),
        ("Vater aus Ghana, Mutter aus Polen", ["GH", "PL"]),
        ("kosovarische Flüchtlingsfamilie", ["XK"]),
        ("rumänische Mama mit Baby", ["RO"]),
    ],
)  # fmt: skip
def test_an_origin_is_found_by_name_and_by_adjective(text: str, codes: list[str]) -> None:
    assert _found(text) == codes


@pytest.mark.parametrize(
    "text",
    [
        "Kind kommt aus der Kita immer völlig fertig",
        "seit sie aus dem Urlaub zurück sind",
        "Tochter fliegt fast aus der Schule",
        "Familie ist aus Dortmund nach Bergkamen gezogen",
        "kommt gerade aus dem Krankenhaus",
        "Familie Jordan aus Unna-Massen",
        "Pflegekind sucht Kontakt zur Herkunftsfamilie",
        "Erziehungsberatung auf Türkisch, die Mutter spricht nur Türkisch",
        "gibt es eine türkische Elterngruppe",
        "russischsprachige Beratung",
        "die Familie spricht zu Hause Ukrainisch",
        "Familie aus Deutschland",  # Germany is no origin
        "aus dem Kreis Unna",
        "from school every day",
    ],
)  # fmt: skip
def test_look_alikes_name_no_origin(text: str) -> None:
    assert _found(text) == []


@given(st.text(max_size=80))
def test_origins_lie_within_the_words(text: str) -> None:
    words = words_of(text).folded
    for origin in origins(words):
        assert 0 <= origin.start < origin.end <= len(words)


def test_every_country_is_named_in_german_and_english_with_its_adjective() -> None:
    names, adjectives = country_names()
    assert names[("irak",)] == names[("iraq",)] == "IQ"
    assert names[("tuerkei",)] == names[("turkey",)] == "TR"
    assert ("deutschland",) not in names and ("germany",) not in names
    assert {("syrische",), ("syrischer",), ("syrischen",)} <= adjectives.keys()
    assert not any("deutsch" in word for form in adjectives for word in form)
    assert len({codes for codes in names.values()}) > 240  # every country, not a hand list


def test_the_country_table_is_what_babel_gives() -> None:
    """`country_names.tsv` is generated (`python tests/tools/country_names.py`); it must not
    drift from Babel or the reviewed aliases."""
    assert TABLE.read_text("utf-8") == render(generate())


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Familie aus dem Irak, Sohn 9, kommt in Mathe nicht mit. Hausaufgabenhilfe in Lünen?",
         "lernfoerderung"),
        ("Die Mutter ist aus Eritrea geflohen und jetzt schwanger, sucht Hebamme in Kamen",
         "schwangerschaft_geburt"),
        ("Familie vor drei Jahren aus Albanien gekommen, Sohn 15 kifft. Suchtberatung Unna?",
         "medien_sucht"),
        ("Jugendlicher 17 aus Guinea, allein gekommen, wird 18 und braucht eine eigene Wohnung, "
         "Unna", "junge_volljaehrige"),
        ("syrisches Mädchen, 7, möchte schwimmen lernen, Verein in Bergkamen?",
         "freizeit_sport_kultur"),
        ("family from Ghana, our son is 4 and hardly talks, speech therapy in Kamen?",
         "sprachfoerderung"),
    ],
)  # fmt: skip
def test_an_origin_beside_an_asked_need_is_context(catalogue: Catalogue, text: str,
                                                   need: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert request.topics[0] == need
    assert TOPIC not in request.main_topics


@pytest.mark.parametrize(
    "text",
    [
        "Familie aus Moldawien, ganz neu in Kamen, Kinder 4 und 7, wer hilft beim Ankommen?",
        "Eine Familie aus dem Sudan ist gerade in Unna angekommen, Tochter 10",
        "just arrived from Eritrea with two kids, 3 and 6, Bergkamen",
        "afghanische Familie, neu zugezogen, Kind 5, Lünen",
    ],
)
def test_an_origin_with_a_sign_of_arrival_is_the_need(catalogue: Catalogue, text: str) -> None:
    assert understand(text, catalogue).topics[0] == TOPIC


def test_an_origin_alone_is_context_for_migration_help(catalogue: Catalogue) -> None:
    assert understand("Familie aus Eritrea, Kind 5, Unna", catalogue).topics[0] == TOPIC
    assert TOPIC not in understand("Kind 5 aus der Kita in Unna", catalogue).topics


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [
        ("Suche Logopädie für meinen Sohn, 4 Jahre, in Kamen", "die Familie kommt aus Eritrea"),
        ("Hebamme in Unna gesucht, Schwangere 20. Woche",
         "geht das auch auf Englisch? Sie ist aus Nigeria"),
        ("Krabbelgruppe in Lünen für Baby 9 Monate", "die Mutter ist alleinerziehend"),
    ],
)  # fmt: skip
def test_a_follow_up_telling_who_the_family_is_keeps_the_need(catalogue: Catalogue, first: str,
                                                              follow_up: str) -> None:  # fmt: skip
    asked, session = respond(first, catalogue)
    answer, _ = respond(follow_up, catalogue, session)
    assert answer.request.topics[0] == asked.request.topics[0]
    assert answer.request.age == asked.request.age
