"""The need read from the situation told (issue 8, stop 36, topics42).

Writers tell a child's need by a scene, a body or a setting: a child with stomach ache every
school morning whom the doctor finds healthy (its distress is the need, not the school
transition), a child others will not let play (bullying), sport "am Nachmittag" (leisure, not
afternoon care), and the Krippe, the Hort or the preschool year beside the help asked (where the
child is, not what it needs). Sentences written for these tests (none from a labelled set).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand

MIND = "psychische_gesundheit"
VIOLENCE = "gewaltpraevention"
LEISURE = "freizeit_sport_kultur"
AFTER_SCHOOL = "ogs_ganztag"
COUNSEL = "erziehungsberatung"
EARLY = "fruehfoerderung"
CHILDCARE = "kita_betreuung"
TRANSITION = "uebergang_kita_schule"
PREGNANCY = "schwangerschaft_geburt"


def _lead(catalogue: Catalogue, text: str) -> str:
    request = understand(text, catalogue)
    return (request.main_topics or request.topics)[0]


@pytest.mark.parametrize(
    ("text", "need"),
    [
        # the body tells the distress: a doctor's clearance, or school and a recurring time
        ("Mein Sohn, 8, hat seit dem Schulwechsel dauernd Kopfschmerzen, der Kinderarzt findet "
         "nichts. Beratung in Kamen?", MIND),
        ("Tochter 7 übergibt sich jeden Morgen vor der Schule. Wer hilft in Unna?", MIND),
        ("Junge 10, Bauchweh montags, organisch nichts. Werne", MIND),
        ("seit der einschulung jeden morgen bauchweh, sohn 6, will nicht in die schule, "
         "körperlich nix gefunden. bönen", MIND),
        # a sign alone stays what it is
        ("Mädchen 16 mit Bauchschmerzen in der Notaufnahme, stellt sich heraus: schwanger. "
         "Beratung in Lünen?", PREGNANCY),
    ],
)
def test_distress_told_by_the_body_is_mental_health(catalogue: Catalogue, text: str,
                                                    need: str) -> None:  # fmt: skip
    assert _lead(catalogue, text) == need


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Meine Schülerin (9) darf in der Pause nie mitspielen, die anderen lachen sie aus. "
         "Selm", VIOLENCE),
        ("Junge 11 wird beim Sport immer als letzter gewählt und die machen sich lustig über "
         "ihn. Bergkamen", VIOLENCE),
        # the child's own withdrawal is no bullying
        ("Junge 9 spielt nicht mit, zieht sich zurück, ist sehr traurig. Kamen", MIND),
    ],
)
def test_exclusion_told_as_a_scene_is_bullying(catalogue: Catalogue, text: str,
                                               need: str) -> None:  # fmt: skip
    assert _lead(catalogue, text) == need


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Gibt es für meine Tochter (8) am Nachmittag was mit Tanzen? Fröndenberg", LEISURE),
        ("nach der schule irgendwas mit handball für nen 10jährigen in kamen?", LEISURE),
        # alone, the afternoon is the care of the afternoon
        ("Mutter arbeitet bis 16 Uhr, Sohn 7 braucht nachmittags was. Unna", AFTER_SCHOOL),
    ],
)
def test_a_time_of_day_beside_an_activity_says_when(catalogue: Catalogue, text: str,
                                                    need: str) -> None:  # fmt: skip
    assert _lead(catalogue, text) == need


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Krippenkind 16 Monate, weint bei jedem Abschied lange. Gibt es Beratung für die "
         "Eltern in Lünen?", COUNSEL),
        ("Vorschulkind, 6, hält den Stift in der Faust und kann nicht schneiden, die Kita rät "
         "zu Ergotherapie. Holzwickede", EARLY),
        # the house asked for is the need
        ("Baby 11 Monate, Krippe gesucht in Werne", CHILDCARE),
        ("Hortplatz für 7-Jährigen in Selm?", AFTER_SCHOOL),
        ("Vorschulkind 5, Eltern fragen, wie sie es auf die Schule vorbereiten. Bönen",
         TRANSITION),
    ],
)
def test_a_setting_beside_the_need_follows_it(catalogue: Catalogue, text: str,
                                              need: str) -> None:  # fmt: skip
    assert _lead(catalogue, text) == need


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Schülerin 9, kann sich nicht konzentrieren, Verdacht auf ADHS, Eltern möchten eine "
         "Abklärung. Wohin in Bergkamen?", MIND),
        ("Konzentrationsprobleme, V.a. ADHS, Testung gewünscht, Junge 8, Schwerte", MIND),
    ],
)
def test_a_suspected_condition_is_what_the_assessment_is_about(catalogue: Catalogue, text: str,
                                                                need: str) -> None:  # fmt: skip
    assert _lead(catalogue, text) == need
