"""A help already in place is no main need beside the help asked for (issue 8, `[settled]` in
`main_need.toml`, `main_need_context.settled_clauses`).

Professionals tell what already runs in a family before they ask for something else: "BuT
läuft", "die Schulsozialarbeit kümmert sich schon um den Antrag", "ist beim Jugendamt
angebunden", "SPFH installiert", "laut Hilfeplan". Had those topics stayed main needs, their
offers (the BuT office, the ASD) would be shown as "passend" where the asked help (tutoring, a
swimming course, a parents' course) is missing, and the honest gap would be hidden. A child who
runs away, a question whether something runs, and a help plan still to be made say no such thing.
Sentences are our own, none taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.understanding import understand

IN_PLACE = [
    # a help's own verb of running, without a word of time
    ("Sohn 10, das BuT läuft, die Mutter sucht Nachhilfe in Holzwickede.",
     "lernfoerderung", "but_finanzen"),
    # money's common words beside a running application: the money is on its way
    ("Tochter 14, die Eltern haben kein Geld, der BuT-Antrag läuft schon beim Jobcenter. Gibt "
     "es Nachhilfe in Bönen?", "lernfoerderung", "but_finanzen"),
    # a service that already takes care of it
    ("Die Schulsozialarbeit kümmert sich schon um den BuT-Antrag. Sohn 11 braucht Nachhilfe in "
     "Holzwickede.", "lernfoerderung", "but_finanzen"),
    # a help in place told by its state
    ("Die Familie ist beim Jugendamt angebunden. Tochter 8 sucht einen Schwimmkurs in Schwerte.",
     "freizeit_sport_kultur", "hilfen_zur_erziehung"),
    ("Die SPFH ist seit März installiert. Sohn 6 sucht einen Schwimmkurs in Schwerte.",
     "freizeit_sport_kultur", "hilfen_zur_erziehung"),
    # a help plan exists only for a Hilfe zur Erziehung already granted
    ("Laut Hilfeplan: Elternkurs für den Vater, Sohn 9, Fröndenberg.",
     "elternkurse", "hilfen_zur_erziehung"),
]

OWN_CARE = [
    # the writer's own care is where the child is, not a need
    ("Ich betreue als Tagesmutter ein Mädchen (2), die Mutter sucht Sprachförderung in Kamen.",
     "sprachfoerderung", "kita_betreuung"),
]


@pytest.mark.parametrize(("text", "asked", "running"), IN_PLACE + OWN_CARE)
def test_a_help_in_place_is_no_main_need(catalogue: Catalogue, text: str, asked: str,
                                         running: str) -> None:  # fmt: skip
    """The asked help is the need; the help already running stays a topic, after it."""
    request = understand(text, catalogue)
    assert request.main_topics == (asked,)
    assert running in request.topics


@pytest.mark.parametrize(("text", "_asked", "_running"), IN_PLACE)
def test_the_missing_asked_help_is_an_honest_gap(catalogue: Catalogue, text: str, _asked: str,
                                                 _running: str) -> None:  # fmt: skip
    """None of these places holds the asked help for the child: the running help's offers are
    no "passend" answer, the request is a gap."""
    answer = match(understand(text, catalogue), catalogue)
    assert answer.offers == ()
    assert answer.gap is not None


@pytest.mark.parametrize(
    ("text", "need"),
    [
        # asked whether it runs: the money is the question
        ("Läuft die Nachhilfe über das BuT? Sohn 9, Kamen.", "but_finanzen"),
        # a help plan still to be made
        ("Hilfeplan soll erst noch erstellt werden, Sohn 9, Fröndenberg, Elternkurs gesucht.",
         "hilfen_zur_erziehung"),
        # a child who runs away, a help that does not come
        ("Tochter 15 läuft seit Wochen immer wieder weg, das Jugendamt kommt nicht. Jugendtreff "
         "in Kamen?", "hilfen_zur_erziehung"),
        # a school companion's own help running out is the matter
        ("Ich begleite einen Jungen (9) mit Autismus im Unterricht, die Begleitung läuft bald "
         "aus. Wer hilft beim Antrag in Unna?", "inklusion_behinderung"),
        # the Jugendamt only knows: a minor's housing is still granted as a Hilfe zur Erziehung
        ("Mädchen 17, Streit mit dem Stiefvater, Jugendamt informiert. Betreutes Wohnen in Kamen?",
         "hilfen_zur_erziehung"),
    ],
)
def test_a_help_not_in_place_stays_a_main_need(catalogue: Catalogue, text: str,
                                               need: str) -> None:  # fmt: skip
    assert need in understand(text, catalogue).main_topics


@pytest.mark.parametrize(
    "text",
    [
        "mutter fragt nach nachhilfe mathe für ihre tochter jg 8, familie hat bürgergeld. "
        "BuT-Lernförderung – wo beantragt man das in selm?",
        "Tochter 13, Familie hat Bürgergeld. BuT-Lernförderung, wo beantragt man das in Selm?",
    ],
)
def test_a_question_about_a_step_is_no_step_taken(catalogue: Catalogue, text: str) -> None:
    """"wo beantragt man das?" asks how to apply: the money is still the matter, so the places
    that take the application are the answer, not a gap."""
    answer = match(understand(text, catalogue), catalogue)
    assert answer.gap is None
    assert any("but_finanzen" in hit.offer.topics for hit in answer.offers)
