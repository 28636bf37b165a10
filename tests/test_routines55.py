"""A scene of a child's day at home beside another help asked (stop 55, routines55).

Hunger, dirt, the same clothes, a carer who drinks or sleeps in, told to say why a help is asked
("kommen ohne Frühstück … Gibt es ein Jugendzentrum mit Mittagstisch?"), are context: the asked
help comes first, and where the place holds none of it the request is an honest gap
(`safety_routine`). The alarm stays where the asker weighs a threat or asks about protection
("Muss ich das melden?", "§8a", "Vernachlässigung?"), where a sign is more than the everyday
scene (bruises, a drunk carer at the door), or where no particular help is asked ("An wen wende
ich mich?"). A time told with "um" is no care of siblings ("die zwei Geschwister kommen erst um
halb zehn"), and a toddler's toilet training or night bottle is child health.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand
from tests.protection import check_protection

# (request, the help asked, which leads the topics)
SCENE_HELP = [
    ("Familienhelferin in Bönen: alleinerziehende Mama, Sohn 4, Schichtdienst im Lager, der Kleine "
     "kommt morgens ständig zu spät und ohne Frühstück in die Kita, sie ist einfach durch. Gibt es "
     "in Bönen was zur Entlastung?", "alleinerziehende_entlastung"),
    ("Familienzentrum Selm: Jugendlicher 14 kommt nach der Schule in eine leere Wohnung, immer "
     "dieselben Klamotten, isst nur Chips. Gibt es einen Jugendtreff mit Mittagessen in Selm?",
     "offene_jugendarbeit"),
    ("Vater trinkt abends, Mutter allein mit dem Baby (4 Mon.) und dem Haushalt. Gibt es in Kamen "
     "eine Gruppe für Familien mit Sucht?", "belastete_eltern"),
    ("Kinder (12 und 14) machen sich morgens allein fertig, kommen ohne Frühstück und in "
     "ungewaschenen Sachen, die Eltern arbeiten Schicht. Gibt es ein Jugendzentrum in Unna?",
     "offene_jugendarbeit"),
]

# the alarm stays: a threat weighed or asked about, a sign beyond the scene, no help asked, a
# mother alone who drinks beside her baby
DANGER = [
    "Hausbesuch Bork, Kind 10 Monate, Mutter trinkt, Flaschen überall. Angebote für "
    "suchtbelastete Mütter?",
    "OGS Bergkamen: Mädchen 8 kommt seit Wochen ungewaschen, immer dieselbe Kleidung, riecht "
    "stark, Mama liegt morgens im Bett. Muss ich das dem Jugendamt melden?",
    "Kind (4) kam heute wieder ohne Frühstück, seit drei Wochen dieselbe ungewaschene Kleidung, "
    "Hämatome am Rücken. Kita in Unna-Massen. Gibt es einen Elternkurs?",
    "Kind 3 kommt ständig ungewaschen und hungrig in die Kita, Windel tagelang nicht gewechselt. "
    "An wen wende ich mich in Bergkamen?",
    "Junge 11 kommt seit 2 Wochen in denselben verdreckten Sachen und hungrig, sagt Papa ist "
    "nachts weg. Verdacht auf Vernachlässigung – gibt es Schulsozialarbeit in Bergkamen?",
]

# (request, topic it must name, topic it must not name)
WORDS = [
    ("dat is jetz dat zwölfte mal dat die zwei geschwister erst um halb zehn kommen die mutter "
     "is alleinerziehend hat holzwickede da irgendwat zur entlastung",
     "alleinerziehende_entlastung", "kinderschutz"),
    ("Tagespflege Methler: Junge 2 J., die Eltern wissen nicht, wie sie mit dem Töpfchen "
     "anfangen sollen. Gibt es Beratung?", "kindergesundheit", "fruehfoerderung"),
    ("Kind 18 Mon. bekommt nachts noch die Flasche, erste Karies. Wer hilft beim Abgewöhnen der "
     "Nachtflasche in Unna?", "kindergesundheit", "kinderschutz"),
]


@pytest.mark.parametrize(("text", "help_asked"), SCENE_HELP)
def test_scene_beside_a_help_asked_raises_no_alarm(catalogue: Catalogue, text: str,
                                                   help_asked: str) -> None:  # fmt: skip
    request, _answer = check_protection(text, catalogue, sign=False)
    assert request.topics[0] == help_asked


@pytest.mark.parametrize("text", DANGER)
def test_threat_weighed_or_beyond_the_scene_keeps_protection_first(catalogue: Catalogue,
                                                                   text: str) -> None:  # fmt: skip
    check_protection(text, catalogue, sign=True)


def test_body_neglect_keeps_protection_right_after_the_help(catalogue: Catalogue) -> None:
    request = understand("Mama psychisch krank, Kind 2 J. kommt oft ungepflegt und hungrig, "
                         "Familie wohnt in Methler. Gibt es ein KipkE-Angebot?", catalogue)
    assert not request.child_protection
    assert request.main_topics[:2] == ("belastete_eltern", "kinderschutz")


@pytest.mark.parametrize(("text", "named", "not_named"), WORDS)
def test_routine_words(catalogue: Catalogue, text: str, named: str, not_named: str) -> None:
    request = understand(text, catalogue)
    assert named in request.topics
    assert not_named not in request.topics
