"""Danger, crisis and health told as a situation: the grammar that says what a scene means (situ39).

A professional writes what she saw: a room shut from outside, a reflexive verb ("machen sich
allein fertig"), where someone sleeps ("im Auto"), a parent's habit and the wish to stop, an
adult's intoxication the children had to watch. Each table holds one mechanism; the sentences are
written for these tests, none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand


@pytest.mark.parametrize(
    "text",
    [
        "Beim Hausbesuch in Kamen war das Zimmer des Jungen (7) von außen abgeschlossen.",
        "Die Tür vom Kinderzimmer wird nachts von aussen verriegelt, Mädchen 4, Unna",
        "Im Zimmer der Kleinen (5) stand ein Eimer als Klo. Lünen",
        "Junge 8 muss nachts in einen Eimer machen, die Tür ist zu. Werne",
    ],
)
def test_a_child_shut_in_or_kept_from_the_toilet_is_child_protection(
        catalogue: Catalogue, text: str) -> None:  # fmt: skip
    """No verb of locking in is needed: "von außen abgeschlossen" and a bucket as a toilet tell
    who shuts whom in, and child protection comes first."""
    request = understand(text, catalogue)
    assert request.child_protection
    assert request.topics[0] == "kinderschutz"


@pytest.mark.parametrize(
    "text",
    [
        "Wir haben die Kita-Tür von außen abgeschlossen, als alle weg waren. Kamen",
        "Die Schule ist in den Ferien abgeschlossen, Sohn 9 langweilt sich. Unna",
    ],
)
def test_a_locked_place_without_a_child_shut_in_is_no_sign(catalogue: Catalogue,
                                                           text: str) -> None:  # fmt: skip
    """The staff locking their own Kita, or a school closed for the holidays, is no case."""
    assert not understand(text, catalogue).child_protection


@pytest.mark.parametrize(
    ("text", "reflexive"),
    [
        ("Die Geschwister (9) machen sich morgens allein fertig, Mama schläft noch. Bönen", True),
        ("Der Junge (10) muss sich jeden Morgen selbst fertig machen. Unna", True),
        ("Die anderen Jungs machen ihn in der Pause fertig, Sohn 10, Unna", False),
        ("In der Klasse machen sie sich gegenseitig fertig, Schüler 10, Kamen", False),
    ],
)
def test_getting_oneself_ready_is_no_bullying(catalogue: Catalogue, text: str,
                                              reflexive: bool) -> None:  # fmt: skip
    """"macht sich fertig" is getting ready; "macht ihn fertig" and "machen sich gegenseitig
    fertig" are bullying."""
    topics = understand(text, catalogue).topics
    assert ("gewaltpraevention" not in topics) is reflexive


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Mutter und Tochter (12) schlafen seit einer Woche im Auto. Bergkamen",
         "hilfen_zur_erziehung"),
        ("Die Familie pennt mit den Kindern (3 und 6) bei Verwandten auf der Couch. Kamen",
         "hilfen_zur_erziehung"),
        ("Sie ist 19 und schläft seit dem Streit bei Freunden. Unna", "junge_volljaehrige"),
    ],
)
def test_sleeping_somewhere_is_being_without_a_home(catalogue: Catalogue, text: str,
                                                    need: str) -> None:  # fmt: skip
    """Where someone sleeps tells a home lost, not a sleep problem: the youth office for a family
    or a minor, help for young adults for a person of age."""
    topics = understand(text, catalogue).topics
    assert need in topics
    assert "schreibaby_schlaf" not in topics


def test_how_a_baby_sleeps_stays_a_sleep_problem(catalogue: Catalogue) -> None:
    """A baby who sleeps badly in its own bed is still a sleep matter."""
    assert "schreibaby_schlaf" in understand(
        "Baby (4 Monate) schläft nur auf dem Arm ein, schreit sonst stundenlang. Unna",
        catalogue).topics


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Die Mutter raucht in der Wohnung, Tochter 2 hustet viel. Sie will aufhören. Unna",
         "medien_sucht"),
        ("Papa qualmt auf dem Balkon neben dem Baby (8 Monate), sucht Hilfe zum Rauchstopp. Kamen",
         "medien_sucht"),
        ("Die Mutter raucht in der Wohnung, Tochter 2 hustet viel. Unna", "kindergesundheit"),
    ],
)
def test_a_parents_wish_to_quit_asks_for_help_to_quit(catalogue: Catalogue, text: str,
                                                      need: str) -> None:  # fmt: skip
    """A parent's smoking beside a child tells of the child's health; the wish to stop asks for
    help to quit."""
    assert understand(text, catalogue).topics[0] == need


@pytest.mark.parametrize(
    "text",
    [
        "Vater mit Alkoholproblem, die Söhne (8 und 11) halten zu Hause alles zusammen. Selm",
        "Der Mann mit Alkoholvergiftung wurde vor den Kindern (9 und 12) reanimiert. Unna",
    ],
)
def test_an_adults_addiction_is_the_childrens_burden(catalogue: Catalogue, text: str) -> None:
    """A parent's or carer's drinking is the children's burden (children of addicted parents),
    not prevention for the children."""
    topics = understand(text, catalogue).topics
    assert topics[0] == "belastete_eltern"


def test_a_disabled_parent_asking_for_assistance_keeps_inclusion(catalogue: Catalogue) -> None:
    """A parent "mit Lernbehinderung" asks for help as a disabled parent: "mit" joins only an
    addiction to its holder."""
    text = "Vater selbst mit Körperbehinderung, Baby 6 Monate, sucht Elternassistenz. Unna"
    assert "inklusion_behinderung" in understand(text, catalogue).topics
