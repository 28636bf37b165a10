"""Danger told in care and disability settings: child protection first (stop 52, protect52).

The adults who drive, nurse, assist or treat a child (`[persons] staff` in safety.toml, "@staff"
in a sign's word list) are adults to every sign that names one: "der Fahrer vom Fahrdienst fasst
ihn an", "der Assistent … ein Geheimnis". A young person's adult "Freund" who gives money or
wants pictures is a sign at sixteen too; a grown man's game of doctors, touching a child is made
to do, a child tied to a bed or left for hours while it depends on care; and the care a sick
child depends on, not given, with the harm beside it (`care_withheld` in safety_health.toml). A
carer's own strain, a past abuse handled, prevention and sex education asked are no alarm.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.vocabulary.lexicon import _with_persons, safety_lexicon
from tests.protection import check_protection

DANGER = [
    # staff as the adult of touching, a secret, the bathroom, a locked door
    "Pferdewirtin: Mädchen 9, geistig behindert, sagt der Busfahrer fasst sie immer an. Unna",
    "Der Schulbegleiter hat mit meinem Sohn (7, Autismus) ein Geheimnis, er will es keinem "
    "sagen. Kamen",
    "Tochter 12 im Rollstuhl: der Pfleger kommt immer ins Bad, wenn sie duscht. Lünen",
    "Jugendlicher 15 in der Wohngruppe wird nachts von einem Mitarbeiter eingesperrt. Werne",
    # an adult friend who pays or wants pictures, at sixteen too
    "Schülerin 17 mit Lernbehinderung hat einen 'Freund' (29), der Nacktbilder will und ihr "
    "Guthaben schenkt. Bergkamen",
    "der therapeut schenkt dem jungen (12) handy und geld, er soll ihn allein treffen. selm",
    # a game of doctors with a grown man, touching a child is made to do
    "Kind 6 sagt im Förderunterricht: der Onkel spielt Doktor mit mir. Schwerte",
    "Mädchen 14 erzählt, der Fahrer hat sie gezwungen, ihn anzufassen. Bönen",
    # restraint, a dependent child left alone
    "Junge 8 mit Mehrfachbehinderung wird zu Hause am Bett festgebunden, stundenlang. Unna",
    "Mädchen 10 mit Pflegegrad 4 wird nachts allein gelassen, Mutter arbeitet. Holzwickede",
    # the care a sick child depends on, not given, with the harm beside it
    "Junge 9, Asthma, Eltern geben ihm das Spray nicht, dreimal Notaufnahme. Fröndenberg",
    "Baby 6 Monate mit Sonde, Sondennahrung wird vergessen, hat abgenommen. Lünen",
    "Mädchen 11, Typ-1-Diabetes, Mutter gibt kein Insulin, Kind kam unterzuckert. Kamen",
    "Kind 7 mit Epilepsie, Mutter gibt ihm Tabletten von anderen, damit er ruhig ist. Unna",
]

NO_ALARM = [
    # a carer's own strain, a care training asked
    "Pflegemutter schafft die Insulingabe beim Pflegekind (6) kaum, gibt es eine Schulung in "
    "Unna?",
    "Mein Sohn (12, Epilepsie) will seine Tabletten nicht mehr nehmen und hatte wieder einen "
    "Anfall. Beratung in Kamen?",
    # a staff person asked for or named as helper
    "Wir suchen einen Schulbegleiter für unseren Sohn (8, Autismus) in Bergkamen.",
    "Unser Fahrer vom Fahrdienst ist super, er bringt die Tochter (10) jeden Tag. Freizeit in "
    "Werne?",
    # prevention, sex education, a handled past
    "Präventionskurs gegen sexuellen Missbrauch für Jugendliche mit geistiger Behinderung in "
    "Lünen?",
    "Mädchen 15, leichte geistige Behinderung, hat einen Freund (16), Verhütung in Leichter "
    "Sprache in Unna?",
    "Die Tochter (14) wurde vor drei Jahren missbraucht, der Täter ist verurteilt, sie lebt "
    "sicher bei uns. Traumatherapie in Schwerte?",
    # children's own game of doctors, a posture aid in the wheelchair
    "In der Kita spielen die Kinder (4 und 5) Doktor untereinander, wie gehen wir damit um? Kamen",
    "Junge 6 ist im Rollstuhl mit einer Sitzschale fixiert, Physio in Unna gesucht",
]


@pytest.mark.parametrize("text", DANGER)
def test_danger_in_care_settings_puts_protection_first(catalogue: Catalogue, text: str) -> None:
    check_protection(text, catalogue, sign=True)


@pytest.mark.parametrize("text", NO_ALARM)
def test_carer_strain_prevention_and_history_raise_no_alarm(catalogue: Catalogue,
                                                            text: str) -> None:  # fmt: skip
    check_protection(text, catalogue, sign=False)


def test_the_assistants_name_is_no_prevention_work(catalogue: Catalogue) -> None:
    """"@Präventionslotse" addresses the assistant: the prevention word of its name does not
    turn a grooming told after it into a topic of work."""
    check_protection("@Präventionslotse Klientin 16 erzählt von einem 'Freund' (31), der Fotos "
                     "von ihr will und ihr Geld gibt. Unna", catalogue, sign=True)


def test_persons_are_written_out_in_every_word_list() -> None:
    persons = {"staff": ["fahrer", "pfleger"]}
    data = {"a": ["mann", "@staff"], "b": {"c": [["@staff"], ["x"]]}, "d": "@staff", "e": ["@x"]}
    assert _with_persons(data, persons) == {
        "a": ["mann", "fahrer", "pfleger"], "b": {"c": [["fahrer", "pfleger"], ["x"]]},
        "d": "@staff", "e": ["@x"]}
    adults = safety_lexicon()["agency"]["adults"]
    assert "busfahrer" in adults and not any(w.startswith("@") for w in adults)
