"""A request understood once stays understood when typed differently (`bot.understanding.cue_typos`,
the weak town in `bot.understanding.places`).

The small words that turn a reading around — a grant already given ("bewilligt"), a
child-protection check that found nothing ("geprüft, kein Anhalt"), a court's order told as the
reason ("auferlegt") — keep their meaning with one slip of the keyboard; and a town typed small
("westick bei kamen") still says which of two districts of the same name is meant. Look-alikes:
a grant still to come, a check still to do, an everyday word one slip from a cue word, "kamen"
as a verb. Sentences are our own, none taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.understanding.cue_typos import near, one_slip

SETTLED = [
    # (request, the first topic: the help asked, not the settled grant or check)
    ("BuT-Nachhilfe für unseren Sohn, 10 J., ist seit letzter Woche bewiligt. Wer bietet in "
     "Unna-Massen Lernförderung an?", "lernfoerderung"),
    ("Lernförderung übers Bildungspaket ist genehmitg, Tochter 9 J. Fehlt nur noch ein Anbieter "
     "in Bönen.", "lernfoerderung"),
    ("Schulbegleitung ist schon bewiligt, jetzt braucht der Junge (7 J.) einen OGS-Platz in Kamen.",
     "ogs_ganztag"),
    ("§ 8a gerpüft, kein Anhalt für KWG. Kind 5 J., Familie in Selm braucht Erziehungsberatung "
     "wegen Wutanfällen.", "erziehungsberatung"),
    ("Werdende Mutter 19 J., 25. SSW, §8a geprüft, kein Anahlt. Bitte Schwangerenberatung in "
     "Kamen.", "schwangerschaft_geburt"),
    ("Beschluss nach §1666 BGB: den Eltern wurde eine SPFH aufereglt. Kinder 4 und 7, "
     "Holzwickede. Wer ist zuständig?", "hilfen_zur_erziehung"),
]

STILL_OPEN = [
    # (request, a topic that must stay): the grant or the check is still the need
    ("BuT-Antrag ist gestellt aber noch nicht bewilligt. Sohn 8 J., Kamen. Wer hilft beim Antrag "
     "für Lernförderung und Klassenfahrt?", "but_finanzen"),
    ("§8a noch nicht geprüft, aber das Kind (6) hat blaue Flecken am Rücken. Schule in "
     "Unna-Königsborn. Wen rufen wir an?", "kinderschutz"),
]

PLACES = [
    # (request, place key or None for a question back)
    ("wir wohnen in westick bei kamen und suchen eine krabbelgruppe für unser baby (8 monate)",
     "kamen-methler"),
    ("westick bei fröndenberg: gibt es da eine spielgruppe für zweijährige?", "froendenberg-mitte"),
    ("methler bei kamen, tagesmutter für unsere 1-jährige gesucht", "kamen-methler"),
    # look-alikes: no town beside the district, or "kamen" as a verb
    ("westick, krabbelgruppe für baby 8 monate", None),
    ("die kinder kamen aus westick, kita für 3-jährige", None),
]


@pytest.mark.parametrize(("text", "topic"), SETTLED)
def test_a_settled_cue_with_a_typo_stays_settled(assistant: Assistant, text: str,
                                                 topic: str) -> None:  # fmt: skip
    answer, _session = assistant.respond(text)
    assert not answer.request.child_protection
    assert answer.request.topics[0] == topic


@pytest.mark.parametrize(("text", "topic"), STILL_OPEN)
def test_an_open_grant_or_check_keeps_its_topic(assistant: Assistant, text: str,
                                                topic: str) -> None:  # fmt: skip
    answer, _session = assistant.respond(text)
    assert topic in answer.request.topics


@pytest.mark.parametrize(("text", "place"), PLACES)
def test_a_town_typed_small_tells_the_district(assistant: Assistant, text: str,
                                               place: str | None) -> None:  # fmt: skip
    answer, _session = assistant.respond(text)
    assert answer.request.place == place


@pytest.mark.parametrize(("word", "target", "slip"), [
    ("bewillgit", "bewilligt", True),   # two letters swapped
    ("gepuerft", "geprueft", True),     # swapped across an umlaut ("gepürft")
    ("bewiligt", "bewilligt", True),    # a doubled letter typed once
    ("anordnungg", "anordnung", True),  # a letter typed twice
    ("vewilligt", "bewilligt", False),  # the first letter is kept
    ("bewilligt", "bewilligt", False),  # the word itself is no slip
    ("genehmigung", "genehmigt", False),  # two edits
])
def test_one_slip(word: str, target: str, slip: bool) -> None:
    assert one_slip(word, target) is slip


def test_an_everyday_word_is_no_slip() -> None:
    assert not near("erfolg", ["erfolgt"])  # "kein Erfolg" is no check done
    assert not near("hinweg", [], ["hinweis"])
