"""Needs that were not understood at all (issue 8, session 22, vocab22): each class of everyday
words a writer uses instead of the service's name, with sentences written for these tests (none
from a labelled set).

Classes: substances in street words — the young person's own use, a parent's use the family's
burden; an adult the writer serves (Pat., Klientin, Betreute, my client) who is a parent; help for
a parent as such ("Beratung für Mütter", "als Papa beraten lassen"); a newcomer's school
registration; a parent's cancer, with the child's own help beside the family's burden; compounds
whose head names the need (Darmkrebs) or does not (Klinikaufenthalt).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand


def _main(catalogue: Catalogue, text: str) -> tuple[str, ...]:
    request = understand(text, catalogue)
    return request.main_topics or request.topics


@pytest.mark.parametrize(
    ("text", "need"),
    [
        # drugs by their street names, taken by the young person
        ("Junge 16 ist jedes Wochenende auf Speed, die Eltern sind ratlos. Unna", "medien_sucht"),
        ("Tochter 17 nimmt Tilidin aus dem Schrank der Oma. Beratung in Kamen?", "medien_sucht"),
        ("jugendlicher 15 kokst am wochenende, wer hilft in lünen?", "medien_sucht"),
        ("Mädchen 14 raucht Haschisch in der Pause. Holzwickede", "medien_sucht"),
        ("einer (16) ist voll auf pillen, wo gibts beratung in werne", "medien_sucht"),
        # drinking as people say it
        ("Schüler 15 kommt mit ner Fahne zum Unterricht. Wohin in Schwerte?", "medien_sucht"),
        ("Sohn 16 war auf der Party sternhagelvoll, vorher vorgeglüht. Bergkamen", "medien_sucht"),
        ("Azubi 17 riecht morgens nach Alkohol. Hilfe in Selm?", "medien_sucht"),
        ("our 16-year-old keeps getting drunk at weekends, any help in Unna?", "medien_sucht"),
    ],
)
def test_a_young_persons_substance_in_street_words_is_prevention(catalogue: Catalogue, text: str,
                                                                 need: str) -> None:  # fmt: skip
    assert _main(catalogue, text)[0] == need


@pytest.mark.parametrize(
    "text",
    [
        "Vater kommt jeden Abend mit einer Fahne nach Hause, Tochter 10 hat Angst. Unna",
        "Mutter kokst, die Kinder 9 und 12 sind viel allein. Gruppe in Kamen?",
        "Papa ist oft stockbesoffen, Sohn 11 schämt sich. Gibt es was für ihn in Werne?",
    ],
)
def test_a_parents_substance_is_the_familys_burden(catalogue: Catalogue, text: str) -> None:
    main = _main(catalogue, text)
    assert "belastete_eltern" in main and "medien_sucht" not in main


def test_the_pill_is_still_contraception(catalogue: Catalogue) -> None:
    text = "Mädchen 15 fragt nach der Pille und ob sie mit ihrem Freund schlafen soll. Unna"
    assert "medien_sucht" not in understand(text, catalogue).topics


@pytest.mark.parametrize(
    "text",
    [
        "Pat. F33.1, zwei Söhne (7 und 10). Gibt es für die Jungs etwas? Kamen",
        "Klientin mit Psychose, Tochter 9 lebt bei ihr. Braucht das Kind etwas? Unna",
        "Betreuter mit bipolarer Störung, sein Sohn (11) kümmert sich um alles. Werne",
        "My client has schizophrenia, her son is 10. Anything for children like him in Lünen?",
    ],
)
def test_an_adult_the_writer_serves_is_a_parent_where_children_are_named(
        catalogue: Catalogue, text: str) -> None:  # fmt: skip
    assert _main(catalogue, text)[0] == "belastete_eltern"


def test_a_patient_with_a_childs_age_is_the_child(catalogue: Catalogue) -> None:
    # no child of hers is named, and her own age is a child's: her depression is her own
    text = "Patientin, 15, depressiv seit dem Sommer, sucht Therapieplatz in Unna"
    assert _main(catalogue, text)[0] == "psychische_gesundheit"


@pytest.mark.parametrize(
    "text",
    [
        "Eine Mutter fragt, wo sie sich als Mutter beraten lassen kann. Sohn 8, Lünen",
        "Ein Vater möchte sich einfach mal als Papa beraten lassen, Tochter 6, Unna",
        "Beratung für Mütter in Kamen? Kinder 5 und 9",
        "Where can a dad get advice about raising his kids? Boy 8, Werne",
    ],
)
def test_counselling_for_a_parent_as_such_is_family_counselling(catalogue: Catalogue,
                                                                text: str) -> None:  # fmt: skip
    assert _main(catalogue, text)[0] == "erziehungsberatung"


def test_a_course_for_mothers_stays_a_parenting_course(catalogue: Catalogue) -> None:
    assert _main(catalogue, "Kurs für Mütter in Kamen? Kind 4")[0] == "elternkurse"


@pytest.mark.parametrize(
    "text",
    [
        "Familie neu eingereist, Sohn 9 braucht einen Schulplatz. Schulanmeldung? Unna",
        "Mutter erst seit zwei Wochen in Deutschland, Tochter 11 muss zur Schulanmeldung. Kamen",
        "newly arrived family, girl 12, how do we get her enrolled in a school in Bergkamen?",
        "Kinder 8 und 10 leben mit der Mutter in der Erstaufnahme in Bönen, Schulanmeldung offen.",
    ],
)
def test_a_newcomers_school_registration_is_migration_advice(catalogue: Catalogue,
                                                             text: str) -> None:  # fmt: skip
    assert _main(catalogue, text)[0] == "migration_integration"


def test_a_school_start_of_a_child_born_here_stays_the_transition(catalogue: Catalogue) -> None:
    text = "Sohn 6, in Deutschland geboren, Einschulung im Sommer, Eltern unsicher. Kamen"
    assert _main(catalogue, text)[0] == "uebergang_kita_schule"


@pytest.mark.parametrize(
    "text",
    [
        "Mama hat Darmkrebs, Sohn 9 weint viel. Wer kann mit ihm reden? Unna",
        "Vater in der Chemotherapie, Tochter 12 zieht sich zurück. Hilfe für sie in Kamen?",
        "Mum has leukaemia, her boy is 10 and very quiet. Someone he can talk to in Lünen?",
    ],
)
def test_a_child_living_with_a_parents_cancer_gets_its_own_help(catalogue: Catalogue,
                                                                text: str) -> None:  # fmt: skip
    main = _main(catalogue, text)
    assert {"psychische_gesundheit", "erziehungsberatung"} <= set(main)
    assert "belastete_eltern" in main  # the family's burden stays beside it


def test_a_group_for_children_of_ill_parents_is_the_burdens_own_kind(catalogue: Catalogue) -> None:
    text = "Mutter hat Brustkrebs, Tochter 10. Eine Gruppe für Kinder krebskranker Eltern? Unna"
    assert _main(catalogue, text) == ("belastete_eltern",)


def test_a_stay_in_a_clinic_is_no_residence_status(catalogue: Catalogue) -> None:
    text = "Mutter nach Klinikaufenthalt erschöpft, Kind 5, wer entlastet sie? Kamen"
    assert "migration_integration" not in understand(text, catalogue).topics
