"""The need of a situation told as a scene or a form, not a keyword (needs44).

Four mechanisms, one table each, with look-alikes that must not change: the interpreter who writes
(her language is no wish, her job no migration need: `writer_interpreter`), the disability
support that still goes by "Integration" (`topic_lexicon.toml`), a form's asked field against its
history fields (`topic_form`), a pregnant young woman thrown out (the sign is hers, not the
unborn child's: `situation_signs`), and a child whose carer is suddenly gone ("Wer nimmt das Kind
heute Nacht auf?"). The sentences are written for these tests, none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.catalogue import Catalogue
from bot.understanding import understand


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Kind 4 hat seit Wochen Fieberschübe, die Eltern haben keinen Kinderarzt. Dolmetscherin "
         "Arabisch bin ich, Deutsch reicht also. Kamen", "kindergesundheit"),
        ("Als Sprachmittler für Tigrinya begleite ich einen Vater, sein Sohn (9) wird in der "
         "Klasse gemobbt. Gibt es was in Unna?", "gewaltpraevention"),
        ("Ich dolmetsche für eine Familie (ich spreche Dari mit ihnen), die Tochter (7) braucht "
         "Nachhilfe in Mathe. Lünen", "lernfoerderung"),
    ],
)
def test_the_interpreter_who_writes_asks_for_no_language_and_no_migration_advice(
        catalogue: Catalogue, text: str, need: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert request.languages == ()
    assert request.topics[:1] == (need,)
    assert "migration_integration" not in request.topics


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Wir suchen einen Dolmetscher für Tigrinya für das Elterngespräch, Kind 6, Unna", "ti"),
        ("Gibt es eine Erziehungsberatung auf Arabisch für die Eltern eines 6-Jährigen in "
         "Bergkamen?", "ar"),
    ],
)
def test_an_interpreter_or_a_language_asked_for_stays_a_wish(
        catalogue: Catalogue, text: str, code: str) -> None:  # fmt: skip
    assert code in understand(text, catalogue).languages


@pytest.mark.parametrize(
    "text",
    [
        "Integrationskraft für die Grundschule gesucht, Kind 6 mit Förderbedarf, Werne",
        "Für den Kita-Platz unserer Tochter (4) brauchen wir eine I-Kraft. Unna",
        "Junge 5, Verdacht auf Autismus. Bis die Integrationshilfe beginnt, brauchen die Eltern "
        "Beratung. Schwerte",
        "Der Integrationshelfer ist krank, Schüler 10 mit Lernbehinderung sitzt zu Hause. Selm",
    ],
)
def test_disability_support_called_integration_is_no_migration(
        catalogue: Catalogue, text: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert request.topics[:1] == ("inklusion_behinderung",)
    assert "migration_integration" not in request.topics


@pytest.mark.parametrize(
    "text",
    [
        "Integrationskurs für die Mutter gesucht, Familie aus Syrien, Kinder 3 und 7, Kamen",
        "Neue Familie aus Afghanistan, Sohn 10. Gibt es Integrationshilfe auf Dari in Selm?",
    ],
)
def test_integration_of_a_newly_arrived_family_stays_migration(
        catalogue: Catalogue, text: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert "migration_integration" in request.topics
    assert "inklusion_behinderung" not in request.topics


@pytest.mark.parametrize(
    ("text", "need", "history"),
    [
        ("Name: K. | Alter: 3 | frühere Hilfen: Frühförderung bis 2024 | Anliegen: Eltern suchen "
         "eine Eltern-Kind-Gruppe | Ort: Kamen-Methler", "eltern_kind_gruppen", "fruehfoerderung"),
        ("Familie: bekannt seit 2020 (SPFH) | Kinder: Tom 9, Mia 4 | Anliegen: Mia braucht ab "
         "Sommer einen Kita-Platz | Wohnort: Unna", "kita_betreuung", "hilfen_zur_erziehung"),
    ],
)
def test_a_forms_asked_field_names_the_need_not_its_history(
        catalogue: Catalogue, text: str, need: str, history: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert request.topics[:1] == (need,)
    assert history not in request.topics


def test_a_form_without_an_asked_field_keeps_every_field(catalogue: Catalogue) -> None:
    request = understand("Kind: 5 | Diagnose: Autismus | Wohnort: Kamen", catalogue)
    assert "inklusion_behinderung" in request.topics


@pytest.mark.parametrize(
    "text",
    [
        "Junge Frau 19, schwanger in der 20. Woche, die Eltern haben sie heute rausgeschmissen. "
        "Wer hilft in Kamen?",
        "Notiz 13:15: junge Frau 18, schwanger 5. Monat, von den Eltern rausgeschmissen. Unna",
    ],
)
def test_a_pregnant_young_woman_thrown_out_asks_for_pregnancy_help(
        catalogue: Catalogue, text: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert not request.child_protection
    assert request.topics[:1] == ("schwangerschaft_geburt",)


@pytest.mark.parametrize(
    "text",
    [
        "Mädchen 13, die Mutter hat sie heute rausgeworfen, Bergkamen",
        "16 und schwanger, mein Vater hat mich rausgeworfen, ich schlafe bei meiner Tante in Unna.",
        "Jugendliche 17 schwanger, Eltern haben sie rausgeworfen. Mutter-Kind-Einrichtung? Werne",
        "eine minderjährige Schwangere, von den Eltern rausgeworfen, sucht Hilfe in Kamen",
    ],
)
def test_a_child_thrown_out_stays_child_protection(catalogue: Catalogue, text: str) -> None:
    """A pregnant minor thrown out is herself a child who has lost her home."""
    request = understand(text, catalogue)
    assert request.child_protection


@pytest.mark.parametrize(
    "text",
    [
        "Die Mutter liegt nach einem Unfall im Krankenhaus, das Kind (6) ist bei uns auf der "
        "Wache. Wer nimmt das Kind heute Nacht auf? Unna",
        "Vater auf der Intensivstation, die Söhne (4 und 7) sind bei einer Nachbarin. Wer versorgt "
        "die Kinder ab morgen? Kamen",
    ],
)
def test_a_child_whose_carer_is_suddenly_gone_is_taken_in(
        catalogue: Catalogue, text: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert "hilfen_zur_erziehung" in request.topics[:2]


def test_a_house_that_takes_children_in_asks_for_no_care(catalogue: Catalogue) -> None:
    request = understand("Ab August nehmen wir zwei Kinder aus Syrien auf (3 und 4 J.). "
                         "Gibt es ein Elternangebot auf Arabisch in Selm?", catalogue)
    assert "hilfen_zur_erziehung" not in request.topics


def test_the_assistant_answers_the_interpreter_with_the_childs_need(
        assistant: Assistant) -> None:  # fmt: skip
    answer, _ = assistant.respond(
        "Kind 5 hat neu Diabetes, Eltern verstehen das Insulin nicht. Dolmetscher Farsi bin ich, "
        "also Deutsch ist ok. Wohnort Kamen")
    assert answer.request.languages == ()
    assert answer.offers
    assert "kindergesundheit" in answer.offers[0].offer.topics
