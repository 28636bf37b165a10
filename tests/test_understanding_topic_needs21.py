"""The need a professional asks for leads over the condition the story tells (issue 8, session
21, needs21), one class per table, with sentences written for these tests (none from a labelled
set).

Classes: a child's condition told (a squint, a hearing aid, diabetes, an F-code) and another
help asked for — the asked help is the first main need; money asked for, or help asked after
the family cannot pay, is the money need; English names of a kind of service (respite, a
self-help group, alcohol counselling, an integration helper) and a war's traces; counselling
"für die ganze Familie" or "Elternberatung" is family counselling. And what must not move: a
question for what to do, or an asked word that only describes, leaves the order to the evidence.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand


def _main(catalogue: Catalogue, text: str) -> tuple[str, ...]:
    return understand(text, catalogue).main_topics


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Mädchen 8, Brille seit Ostern, trägt sie nicht mehr, weil sie ausgelacht wird. "
         "Gibt es eine Mobbingberatung in Bönen?", "gewaltpraevention"),
        ("Junge 10 mit Asthma, Eltern streiten nur noch und trennen sich. Suchen "
         "Erziehungsberatung in Werne.", "erziehungsberatung"),
        ("11yo with epilepsy, new school in September. Is there an integration helper "
         "for her in Kamen?", "inklusion_behinderung"),
        ("15yo boy with asthma drinks at parties every weekend. The parents want drug "
         "counselling for teens in Unna.", "medien_sucht"),
    ],
)
def test_the_asked_help_leads_over_the_condition_told(catalogue: Catalogue, text: str,
                                                      need: str) -> None:  # fmt: skip
    assert _main(catalogue, text)[:1] == (need,)


def test_counselling_for_the_whole_family_is_family_counselling(catalogue: Catalogue) -> None:
    """"für die ganze Familie" says whom, like "für die Familie": a main need beside the
    diagnosis, though it does not lead it."""
    text = "Pat. 12, F41.1, die Familie ist zerstritten. Beratung für die ganze Familie in Lünen?"
    assert "erziehungsberatung" in _main(catalogue, text)


@pytest.mark.parametrize(
    "text",
    [
        "Junge 9 braucht Einlagen, die Kasse zahlt nur einen Teil, die Mutter kann den Rest "
        "nicht bezahlen. Gibt es Hilfe? Unna",
        "Tochter 15, Zahnspange, Eigenanteil 500 Euro. Gibt es einen Topf dafür? Kamen",
        "Sohn 6 hat seine Brille verloren, die Familie kann keine neue zahlen. Any fund "
        "that helps? Bergkamen",
    ],
)
def test_money_asked_for_is_the_need(catalogue: Catalogue, text: str) -> None:
    assert _main(catalogue, text)[:1] == ("but_finanzen",)


def test_a_question_for_what_to_do_is_no_money_need(catalogue: Catalogue) -> None:
    """Told that money is short, asked how to go on: the money is why, not what is asked."""
    text = ("Baby 9 Monate wirkt sehr dünn, die Mutter sagt, sie hat kein Geld für Brei. Wie "
            "gehe ich vor? Schwerte")
    assert _main(catalogue, text)[:1] != ("but_finanzen",)


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Dad of a 3-year-old with a heart condition is worn out. Any respite for him in "
         "Holzwickede?", "alleinerziehende_entlastung"),
        ("Is there a self-help group for parents of children with a rare disease in Unna?",
         "inklusion_behinderung"),
        ("Boy, 12, has nightmares and is jumpy since they fled the war. Who offers help in "
         "Werne?", "psychische_gesundheit"),
        ("16yo girl started drinking heavily, mum wants alcohol counselling for her in Lünen",
         "medien_sucht"),
    ],
)
def test_english_names_of_a_service_name_its_need(catalogue: Catalogue, text: str,
                                                 need: str) -> None:  # fmt: skip
    assert need in _main(catalogue, text)


def test_a_doctor_who_found_nothing_is_no_search_for_a_doctor(catalogue: Catalogue) -> None:
    """The examination tells who looked; the teasing told after it is the need."""
    text = ("Mädchen 10, oft Übelkeit morgens, der Kinderarzt hat nichts gefunden. Sie wird in "
            "der Pause ausgelacht und im Klassenchat beleidigt. Schwerte")
    main = _main(catalogue, text)
    assert "gewaltpraevention" in main and "kindergesundheit" not in main


def test_an_asked_word_that_only_describes_does_not_lead(catalogue: Catalogue) -> None:
    """"Antrag" in the question tells the paperwork; the diagnosis still leads."""
    text = ("Autismus festgestellt, Junge 4, Eltern brauchen jemanden für den Antrag und die "
            "nächsten Schritte. Fröndenberg")
    assert _main(catalogue, text)[:1] != ("but_finanzen",)
