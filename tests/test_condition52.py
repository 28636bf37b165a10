"""The child's condition told as context is not the need (`topic_condition`, the reading of
`topic_status`).

"Junge 13, schwerhörig, will in den Jugendtreff", "Kind mit Down-Syndrom beißt, Eltern wollen
Elterntraining", "Typ-1-Diabetes, Ferienfreizeit?": the diagnosis, disability or illness is who
the child is; the need asked leads, and where it has no offer the request is an honest gap, not
inclusion counselling for every age in the whole Kreis. The condition stays where its own help
is asked (whom a help is for, a help it heads, its assessment, a help only it calls for), where
it is all the request tells, and a sign of danger is never context.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand

CONDITION = ("inklusion_behinderung", "fruehfoerderung", "kindergesundheit",
             "psychische_gesundheit")

CONTEXT = [
    ("Kind mit Down-Syndrom (4) beißt andere Kinder in der Kita, Eltern wünschen sich ein "
     "Elterntraining. Kamen-Methler", "elternkurse"),
    ("12-jährige mit Tetraspastik, Rolli, sucht Ferienprogramm in den Sommerferien, Raum Unna",
     "freizeit_sport_kultur"),
    ("Autist 17 sucht Praktikum / Berufsorientierung, weiß nicht was er nach der Schule machen "
     "soll. Kamen", "schule_beruf"),
    ("Tochter (8) ist Diabetikerin, Eltern streiten sich dauernd wegen Erziehung, möchten "
     "gemeinsam zur Familienberatung. Kamen-Heeren", "erziehungsberatung"),
    ("Sehbehinderter Junge, 11, langweilt sich nachmittags, will Kontakt zu Gleichaltrigen – "
     "Jugendzentrum in Lünen-Brambauer?", "offene_jugendarbeit"),
]


@pytest.mark.parametrize(("text", "need"), CONTEXT)
def test_a_condition_told_gives_way_to_the_need_asked(catalogue: Catalogue, text: str,
                                                      need: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert request.topics[0] == need
    assert not set(request.main_topics) & set(CONDITION)


@pytest.mark.parametrize(("text", "need"), [
    ("Junge 13, schwerhörig (trägt Hörgeräte), will gern in einen Jugendtreff, wohnt in "
     "Villigst. Gibts da was?", "offene_jugendarbeit"),
    ("Spina bifida, Junge 3 Jahre. Eltern neu zugezogen, suchen ein Familienzentrum in der Nähe. "
     "Bergkamen-Oberaden", "familienzentrum"),
])
def test_a_condition_does_not_fill_an_honest_gap(catalogue: Catalogue, text: str,
                                                 need: str) -> None:  # fmt: skip
    assert understand(text, catalogue).topics == (need,)


@pytest.mark.parametrize(("text", "kept"), [
    # whom the help is for
    ("Beratung für Eltern behinderter Kinder in Bergkamen? Tochter 7, geistige Behinderung",
     "inklusion_behinderung"),
    ("Eltern eines schwerhörigen Kindes (4) suchen Austausch mit anderen Eltern behinderter "
     "Kinder, Selbsthilfegruppe o.ä. Unna", "inklusion_behinderung"),
    ("Elternkurs für Eltern von nem Kind mit Down-Syndrom, die sind grad frisch inne Diagnose "
     "reingerutscht. Fröndenberg", "inklusion_behinderung"),
    # a help the condition heads, its own help, its assessment
    ("Mädchen 5, Autismus-Spektrum, Eltern suchen Autismustherapie in der Nähe von Kamen",
     "inklusion_behinderung"),
    ("Autist 8 J. braucht Schulbegleitung, wie beantragen? Unna", "inklusion_behinderung"),
    ("Familie mit Kind 5 J. (Cochlea-Implantat) sucht Gebärdensprachkurs für Eltern, Raum Kamen",
     "inklusion_behinderung"),
    ("Junge 8, extrem unruhig, Lehrerin vermutet ADHS – Eltern wollen eine Diagnostik. Wo geht "
     "das im Kreis Unna?", "psychische_gesundheit"),
    # a bare help asked has the condition for its object
    ("der Junge, 10, hat Autismus und redet kaum. Der Papa fragt nach Therapie oder Hilfe. "
     "Heeren", "inklusion_behinderung"),
    # the condition is all there is
    ("Kind 4, Down-Syndrom, Familie neu in Bönen – was gibt es hier?", "inklusion_behinderung"),
])
def test_the_condition_asked_or_alone_stays(catalogue: Catalogue, text: str, kept: str) -> None:
    assert kept in understand(text, catalogue).main_topics


def test_a_sign_of_danger_is_never_context(catalogue: Catalogue) -> None:
    request = understand("Kind mit Behinderung, 6 J., hat immer wieder blaue Flecken am Rücken, "
                         "Mutter wirkt überfordert. Kamen", catalogue)
    assert request.child_protection
    assert request.topics[0] == "kinderschutz"


def test_a_person_who_only_tells_names_no_need(catalogue: Catalogue) -> None:
    request = understand("Kind 4: seit 3 Monaten Tics (Kopfschütteln, Grunzen), Kinderärztin "
                         "sagt abwarten, Eltern sehr beunruhigt. Lünen, wer berät?", catalogue)
    assert "psychische_gesundheit" in request.topics
