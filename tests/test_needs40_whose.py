"""Whose need: the parent's own help beside the child's (issue 8, needs40).

Professionals often ask for the parent's own help and name the child only as context ("Mama will
Deutsch lernen, hat aber ein Baby"), or the other way round. Grammar says whose a need is: an
intensifier after the parent ("hat selbst ein Alkoholproblem"), the one a help is for ("für sich",
"für sie selbst"), the subject of a wish to learn. Each table holds one mechanism; the sentences
are written for these tests, none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand


@pytest.mark.parametrize(
    "text",
    [
        "Mama aus dem Irak will Deutsch lernen, ihr Baby ist 6 Monate. Gibt es einen Kurs in Unna?",
        "Eine Mutter, Tochter 3 J. bei uns in der Kita, möchte selbst Deutsch lernen. Lünen",
        "Der Vater eines Erstklässlers möchte selbst einen Deutschkurs machen. Bergkamen",
        "Mutter von Zwillingen (2) will einen Sprachkurs machen, wer betreut solange? Kamen",
    ],
)
def test_a_parent_who_wants_to_learn_german_asks_for_migration_help(
        catalogue: Catalogue, text: str) -> None:  # fmt: skip
    """The parent's German course is an integration course, not the child's language support."""
    request = understand(text, catalogue)
    assert "migration_integration" in request.main_topics
    assert "sprachfoerderung" not in request.topics


@pytest.mark.parametrize(
    "text",
    [
        "Mutter möchte Sprachförderung für ihren Sohn (4), Kamen",
        "Die Eltern möchten Logopädie für die Tochter, 3 Jahre, Unna",
        "Kind 3 spricht kaum, die Mutter selbst spricht gut Deutsch. Sprachförderung in Unna?",
        "Eltern wollen, dass ihr Sohn (4) besser Deutsch lernt. Bergkamen",
    ],
)
def test_language_support_asked_for_the_child_stays_the_childs(
        catalogue: Catalogue, text: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert request.main_topics[:1] == ("sprachfoerderung",)


@pytest.mark.parametrize(
    "text",
    [
        "Die Mutter eines Schülers (13) hat selbst ein Alkoholproblem und sucht für sich eine "
        "Suchtberatung. Unna",
        "Vater von zwei Kindern (5 und 8) möchte für sich eine Suchtberatung. Kamen",
        "Schülerin 15, der Vater trinkt. Die Mutter fragt, ob es für sie selbst eine Beratung "
        "gibt. Lünen",
        "Mother of a 9-month-old says she herself can't cope with her anxiety. Help in Werne?",
    ],
)
def test_a_parents_own_illness_or_addiction_is_the_familys_burden(
        catalogue: Catalogue, text: str) -> None:  # fmt: skip
    """Addiction counselling or mental-health help for the parent herself is help for families
    with an ill or addicted parent; the child's own prevention and therapy are not asked, not
    even as a guess from similar requests."""
    request = understand(text, catalogue)
    assert "belastete_eltern" in request.topics
    asked = (*request.topics, *request.suggested_topics)
    assert "medien_sucht" not in asked and "psychische_gesundheit" not in asked


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Sohn (15) kifft, die Mutter sucht Suchtberatung für ihn. Unna", "medien_sucht"),
        ("Tochter 16 hat Panikattacken, die Eltern wollen eine Therapie für sie. Lünen",
         "psychische_gesundheit"),
        ("15jährige mit 2 Promille aufgegriffen, Eltern wollen jetzt Hilfe wegen Alkohol. Werne",
         "medien_sucht"),
        ("Kundin, 19, will selbst eine Therapie wegen ihrer Depression. Kamen",
         "psychische_gesundheit"),
        ("17-jährige Patientin mit Magersucht, will selbst Hilfe. Anlaufstelle in Unna?",
         "psychische_gesundheit"),
        ("Sechzehnjähriger kifft täglich, Eltern verzweifelt, er selbst will aufhören. "
         "Suchtberatung in Lünen?", "medien_sucht"),
    ],
)
def test_a_young_persons_own_need_told_by_a_parent_stays_theirs(
        catalogue: Catalogue, text: str, topic: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert topic in request.main_topics
    assert "belastete_eltern" not in request.main_topics


@pytest.mark.parametrize(
    ("text", "topic", "not_topic"),
    [
        ("eine mama, selber erst 16, baby 4 wochen, sie will die schule fertig machen. lünen",
         "schule_beruf", "gewaltpraevention"),
        ("Vater hat seinen Job verloren, Kinder 3 und 7, das Geld reicht nicht. Unna",
         "but_finanzen", "psychische_gesundheit"),
    ],
)
def test_a_parents_own_situation_names_its_own_need(
        catalogue: Catalogue, text: str, topic: str, not_topic: str) -> None:  # fmt: skip
    """Finishing school is no bullying ("fertig machen"), a lost job is no grief ("verloren")."""
    request = understand(text, catalogue)
    assert topic in request.topics
    assert not_topic not in request.topics


def test_a_boy_who_uses_himself_beside_addicted_parents_keeps_his_own_need(
        catalogue: Catalogue) -> None:  # fmt: skip
    """"kifft selbst" after the boy's clause is his own use, beside the parents' burden."""
    request = understand("KV trinkt, KM depr. Sohn 15 schwänzt, kifft selbst. Hilfe f. Sohn? "
                         "Wethmar", catalogue)
    assert {"medien_sucht", "belastete_eltern"} <= set(request.topics)


@pytest.mark.parametrize(
    "text",
    [
        "Elternabend zu Handy und Medien für Eltern von Achtjährigen in Selm?",
        "Eltern eines 5-Jährigen wollen wissen, wie viel Tablet okay ist. Medienberatung für "
        "Kita-Eltern in Lünen?",
    ],
)
def test_an_evening_for_parents_about_media_is_about_the_childrens_media(
        catalogue: Catalogue, text: str) -> None:  # fmt: skip
    """"für Eltern" names the audience of a parents' evening, not the parents' own addiction."""
    request = understand(text, catalogue)
    assert "medien_sucht" in request.topics
    assert "belastete_eltern" not in request.topics


def test_a_mothers_sadness_is_her_burden_a_childs_its_own(catalogue: Catalogue) -> None:
    mother = understand("Mama sehr müde und traurig seit der Geburt, Baby 2 Monate. Kamen",
                        catalogue)
    child = understand("Tochter 9 ist seit der Trennung sehr traurig, Mutter fragt nach Hilfe. "
                       "Unna", catalogue)
    assert "belastete_eltern" in mother.main_topics
    assert "belastete_eltern" not in child.topics
    assert "erziehungsberatung" in child.topics
