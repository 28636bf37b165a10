"""Help the professional asks for herself or her team is about its subject, not its setting.

A Kita team's § 8a consultation, a debrief after an Inobhutnahme, a training for the OGS team or
the midwives, flyers for the practice, counselling for the childminder herself: the help is
about what it names (child protection, language support, Frühe Hilfen), and the setting the team
works in (Kita, OGS, Verein, Ferienfreizeit) is context as a need. The staff — "unsere
Auszubildende", "5 Hebammen", "MA: 16", "(9 Betreuerinnen)" — name no child and no child's age
(`age_setting.workplace_free`, `topic_setting.team_positions`, the staff counts of
`numbers.py`); the workplace itself still gives the ages of the children it serves, as dev2
labels "Schutzkonzept für OGS-Team" (72–131). Look-alikes: a child or a span told beside them
keeps its age, a word that names children ("Kita-Kinder", "Säuglinge") keeps theirs, and without
a word of such help the setting is what is asked.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from bot.understanding import understand

NO_AGE = [
    # staff counted, a trainee, a service's name: no child is told
    "QZ März, Frage 2: Wir sind 5 Hebammen und möchten als Team eine Schulung zu Frühen Hilfen "
    "und Kinderschutz. Läuft so etwas über das Netzwerk Frühe Hilfen im Kreis Unna?",
    "Hallo, eine Frage in eigener Sache: unsere Auszubildende (2. Lehrjahr) soll lernen, "
    "Anhaltspunkte für Kindeswohlgefährdung zu erkennen. Bietet der Kreis Schulungen für "
    "Praxisteams an? P.S. Praxis in Holzwickede, 6 Mitarbeiterinnen.",
    "Ferienspiele-Team (14 Ehrenamtliche) sucht eine Fortbildung zum Schutzkonzept, Fröndenberg",
    "Unsere 2 Azubis (MFA, 1. Lehrjahr) sollen Frühe Hilfen kennenlernen – gibt es eine "
    "Einführung für Praxispersonal? Bergkamen-Rünthe",
    "QZ März, Frage 8: Flyer! Wir brauchen 100 Stück zu Babylotsen und Hebammenzentrale für die "
    "Praxis in Overberge.",
]

AGES = [
    # the team's workplace: the ages of the children it serves, whatever the staff counts
    ("Schulung zum Thema Trennung/Scheidung für das OGS-Team (9 Betreuerinnen) in Selm-Bork",
     (72, 131)),
    ("Wir brauchen eine Fortbildung zu Kinderschutz für unser OGS-Team (12 Kräfte), Selm",
     (72, 131)),
    ("Nachbesprechung nach der Inobhutnahme gewünscht, Kita in Lünen-Nord, 14 Mitarbeitende",
     (36, 77)),
    ("Brauchen dringend 8a-Beratung, Tel. 02303 99 4567, Kita Bönen", (36, 77)),
    # a span told, a word that names children, a setting without help for the team
    ("Kinderschutz-Schulung für Teamer*innen vor der Ferienfreizeit, Kinder 9–12", (108, 155)),
    ("Fortbildungen für Fachkräfte zur Mehrsprachigkeit bei Kita-Kindern, Kreis Unna", (36, 77)),
    ("Flyer zu den Frühen Hilfen für Eltern von Säuglingen, Praxis in Kamen-Mitte", (0, 11)),
    ("Kind aus unserer Kita spricht kaum, gibt es Sprachförderung in Kamen?", (36, 77)),
    ("Kind 5 Betreuerin sagt es spricht kaum, Unna", (60, 71)),
    ("Team (12 Kolleginnen) sorgt sich um ein Mädchen, 4 Jahre, blaue Flecken. Wir brauchen "
     "eine insoweit erfahrene Fachkraft. Kita in Brambauer.", (48, 59)),
]

LEADS = [
    # the help's subject leads the setting the team works in
    ("Kinderschutz-Schulung für Teamer*innen vor der Ferienfreizeit, Kinder 9–12",
     "kinderschutz"),
    ("Ich bin Jugendtrainerin im Schwimmverein Unna und brauche Infos wie wir ein Schutzkonzept "
     "erstellen. Unsere Gruppen sind 6-10 J.", "kinderschutz"),
    ("Einrichtung: Kita Wirbelwind | Ort: 44534 Lünen | Anliegen: Teamfortbildung "
     "'Mehrsprachigkeit im Kita-Alltag' | MA: 16", "sprachfoerderung"),
    ("bin Tagesmutter in Holzwickede und weiß nicht mehr, wie ich mit dem Vater von einem "
     "Tageskind umgehen soll, der ständig rumschreit. Wer berät mich da?", "erziehungsberatung"),
    # look-alikes: the setting as the help's own subject, a setting sought, no help for the team
    ("Tgb.: Eingewöhnung Nr. 3 klappt nicht, das Kind (11 Mon.) weint 5 Std. am Stück. Ich "
     "brauche die Fachberatung Kindertagespflege in Schwerte.", "kita_betreuung"),
    ("Ferienfreizeit für Kinder 9–12 in den Sommerferien, Werne?", "freizeit_sport_kultur"),
]


@pytest.mark.parametrize("text", NO_AGE)
def test_help_for_the_team_names_no_childs_age(catalogue: Catalogue, text: str) -> None:
    request = understand(text, catalogue)
    assert request.age is None
    assert not request.age_uncertain


@pytest.mark.parametrize(("text", "age"), AGES)
def test_a_child_or_span_told_keeps_its_age(catalogue: Catalogue, text: str,
                                            age: tuple[int, int]) -> None:
    assert understand(text, catalogue).age == AgeRange(*age)


@pytest.mark.parametrize(("text", "topic"), LEADS)
def test_the_helps_subject_leads_its_setting(catalogue: Catalogue, text: str,
                                             topic: str) -> None:
    assert understand(text, catalogue).main_topics[0] == topic


def test_the_setting_is_no_need_beside_the_subject(catalogue: Catalogue) -> None:
    """"Mehrsprachigkeit im Kita-Alltag": language support, not a Kita place beside it; a
    Familienzentrum the team seeks contact to stays what it asks for."""
    request = understand("Kita-Team Kamen: Fortbildung Mehrsprachigkeit im Kita-Alltag",
                         catalogue)
    assert request.topics == ("sprachfoerderung",)
    sought = understand("Unser Sportverein (Abteilung Kinderturnen 3–6) sucht Kontakt zu einem "
                        "Familienzentrum in Bergkamen für Flyer", catalogue)
    assert sought.main_topics[0] == "familienzentrum"
