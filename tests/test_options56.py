"""The writer does not know which help fits: options, hedges and what the family does not want.

Stop 56's class (`tests/data/options56/`): a help the asked one must not be ("Hilfe, die nicht
gleich das Jugendamt ist") is refused and the examples' guess does not bring it back; a condition
posed as a question of its own ("Autismus? ADHS?") is the matter, not context; a weak person
noun's female form names its help ("Lesepatin"); a body complaint without a finding is the
child's mind ("Psychosomatik?"); a family with no paediatrician yet is no missed check-up; and
touching told by where it must not happen is a sign. The sentences are written for these tests,
none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand
from bot.understanding.term_forms import female_forms

YOUTH_OFFICE = "hilfen_zur_erziehung"


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Vater allein mit den Kindern (2 und 4), Job, Haushalt, er schafft es nicht mehr. "
         "Er will kein Jugendamt. Gibt es Hilfe, die nicht gleich das Jugendamt ist? Unna",
         "alleinerziehende_entlastung"),
        ("Seit die Mutter ausgezogen ist, schafft der Vater das mit den Kindern (3 und 6) "
         "nicht mehr, Kita, Haushalt. Gibt es was, das nicht das Jugendamt ist? Kamen",
         "erziehungsberatung"),
    ],
)
def test_a_help_the_asked_one_must_not_be_is_refused(catalogue: Catalogue, text: str,
                                                     need: str) -> None:
    request = understand(text, catalogue)
    assert need in request.main_topics
    assert YOUTH_OFFICE not in request.topics
    assert YOUTH_OFFICE not in request.suggested_topics


def test_a_help_not_had_straight_away_is_no_refusal(catalogue: Catalogue) -> None:
    request = understand("Die Familie hat nicht gleich eine Beratung bekommen, Kind 8 weint "
                         "viel seit der Trennung, Unna", catalogue)
    assert "erziehungsberatung" in request.topics


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("Autismus? ADHS? Oder einfach ein eigener Junge? Er ist 5, reiht Autos auf, kaum "
         "Blickkontakt, Wutanfälle bei jedem Wechsel. Wo fängt man an? Oberaden",
         "inklusion_behinderung"),
        ("Autismus? Oder nur schüchtern? Mädchen 4 spricht in der Kita kein Wort. Lünen",
         "inklusion_behinderung"),
    ],
)
def test_a_condition_posed_as_the_question_is_the_matter(catalogue: Catalogue, text: str,
                                                         condition: str) -> None:
    assert condition in understand(text, catalogue).main_topics


def test_a_condition_told_beside_a_help_asked_stays_context(catalogue: Catalogue) -> None:
    request = understand("Junge 13, Autist, will in den Jugendtreff. Gibt es einen in "
                         "Lünen-Brambauer?", catalogue)
    assert "inklusion_behinderung" not in request.main_topics


@pytest.mark.parametrize(
    ("term", "forms"),
    [
        (("lesepaten",), (("lesepatin",), ("lesepatinnen",))),
        (("kinderpsychologe",), (("kinderpsychologin",), ("kinderpsychologinnen",))),
        (("care", "leaver"), (("care", "leaverin"), ("care", "leaverinnen"))),
        (("kita",), ()),
    ],
)
def test_female_forms_of_person_nouns(term: tuple[str, ...],
                                      forms: tuple[tuple[str, ...], ...]) -> None:
    assert female_forms(term) == forms


def test_a_lesepatin_beside_a_diagnosis_is_asked(catalogue: Catalogue) -> None:
    request = understand("Lesepatin ja – oder erst LRS-Diagnostik? Mädchen 7, Holzwickede",
                         catalogue)
    assert {"sprachfoerderung", "lernfoerderung"} <= set(request.main_topics)


def test_psychosomatic_complaints_are_the_childs_mind(catalogue: Catalogue) -> None:
    request = understand("Pat. 10 J., Bauchweh ohne Befund, Mutter fragt: Psychosomatik? "
                         "Wer macht das in Kamen?", catalogue)
    assert "psychische_gesundheit" in request.topics
    assert "belastete_eltern" not in request.topics


@pytest.mark.parametrize(
    ("text", "protection"),
    [
        ("Baby 5 Wo., Gewicht unter Geburtsgewicht, Mutter 18, kein Kinderarzt. Wer ist "
         "zuständig? Bergkamen", False),
        ("Baby 5 Wo., Gewicht unter Geburtsgewicht, keine Vorsorgen gemacht, Mutter nicht "
         "erreichbar. Bergkamen", True),
        ("Mädchen 6 erzählt, dass der Onkel sie kitzelt, wo man nicht darf. Was tun? Selm", True),
        ("Junge 5 darf in der Kita nicht mehr kitzeln, wo er will, Eltern fragen nach "
         "Elternkurs. Unna", False),
    ],
)
def test_signs_of_danger_in_an_unsure_writers_words(catalogue: Catalogue, text: str,
                                                    protection: bool) -> None:
    assert understand(text, catalogue).child_protection is protection


@pytest.mark.parametrize(
    ("text", "role", "kept"),
    [
        ("Hallo, ich bin Lesepatin an einer Grundschule in Lünen. Ein Junge (8) erzählt, der "
         "Papa schlägt ihn mit dem Gürtel. Wen rufe ich an?", "sprachfoerderung", False),
        ("Elterncafé Südkamen: Mama fragt nach Babyschwimmen, Kind 7 Mon.",
         "eltern_kind_gruppen", True),
    ],
)
def test_a_role_the_writer_says_she_is_names_no_need(catalogue: Catalogue, text: str,
                                                     role: str, kept: bool) -> None:
    assert (role in understand(text, catalogue).topics) is kept


@pytest.mark.parametrize(
    "text",
    [
        "Mutter nach OP im Krankenhaus. Die Kleinste (1) hat keinen Betreuungsplatz, der Älteste "
        "(10) sitzt allein an den Hausaufgaben, die Noten werden schlechter. Tagespflege? "
        "Nachhilfe? Selm",
        "Vater im Schichtdienst. Die Jüngste (2) findet keinen Betreuungsplatz, der Große (12) "
        "macht die Hausaufgaben allein, Noten schlecht. Was zuerst – Tagespflege? Nachhilfe? "
        "Fröndenberg",
    ],
)
def test_helps_listed_as_questions_are_all_asked(catalogue: Catalogue, text: str) -> None:
    """A writer who lists the helps as questions one after the other asks for each of them:
    none is set apart as the one asked by name (where it is missing, the others still answer)."""
    request = understand(text, catalogue)
    assert {"kita_betreuung", "lernfoerderung"} <= set(request.main_topics)
    assert not request.asked_topics
