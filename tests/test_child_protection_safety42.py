"""Rarer dangers told as situations, round 42: child protection first, with the emergency numbers.

A forced marriage is rarely named: the writer tells of a man chosen for a girl and her tears, a
one-way flight "zum Heiraten", a bride price being negotiated, a "künftiger Ehemann" abroad, or
an engagement she "will nicht". Honour-based control is told as a girl locked in because she
"hat die Ehre kaputt gemacht"; female genital mutilation as a cutting "unten" at a holiday feast;
grooming as gifts from "einem Bekannten aus dem Internet"; exploitation as a child who begs
while a man collects the money, carries drugs for older boys under threat, sells cigarettes for
the father or misses school to haul loads on a building site.

The near misses raise nothing: an adult sister's wedding, a parent's new marriage, an
engagement told with pride, a trip to a cousin's wedding, a boy's medical circumcision, a child
who begs for a phone, a teenager's holiday job, a cake sale for the school, a friend from class
met online, a dealer of sixteen whose parents want advice. Each row is written for this table;
`tests/data/safety42/` holds the class set measured before the change.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from tests.protection import check_protection

SIGNS: list[tuple[str, bool]] = [
    # a forced marriage told by the girl's fear or refusal, a bride price, a journey to marry
    ("Ihre Eltern haben schon einen Mann für sie ausgesucht, die Hochzeit ist im Juli, die "
     "Schülerin (15) hat die ganze Stunde geweint. Kamen", True),
    ("!!! schülerin 15 erzählt von verlobung im sommer in der türkei, will nicht. wohnt in "
     "unna. wer hilft SOFORT", True),
    ("Tochter 14 wird einem Mann aus dem Dorf versprochen, über das Brautgeld wird verhandelt. "
     "Bönen", True),
    ("Mädchen 13 soll nach den Ferien zu ihrem künftigen Ehemann nach Syrien. Lünen", True),
    ("Pat. 15 J.: die Familie bringt sie im August in den Irak zum Heiraten. Selm", True),
    # honour-based control
    ("Die Brüder sperren die 16-Jährige ein, weil sie die Ehre der Familie beschmutzt hat. "
     "Werne", True),
    # female genital mutilation planned on a holiday
    ("Kita-Kind (5) erzählt, in den Ferien bei Oma gibt es ein Fest, da schneidet man sie "
     "unten. Schwerte", True),
    ("Die Nichte (7) soll im Sommer in Guinea beschnitten werden. Unna", True),
    # grooming by someone known only from the internet
    ("Junge 12 hat von einem Bekannten aus dem Internet Guthaben und Skins bekommen, der will "
     "jetzt Fotos. Kamen", True),
    # exploitation: begging, drugs, selling, labour
    ("Am Bahnhof bettelt jeden Tag ein Junge (7), eine Frau sammelt das Geld ein. Lünen", True),
    ("Schüler 13 wird von Älteren als Kurier benutzt, sie bedrohen ihn. Bergkamen", True),
    ("Kinder 8 und 10 verkaufen bis nachts Feuerzeuge für den Onkel. Unna", True),
    ("Mädchen 12 fehlt, weil sie mit dem Vater in der Fabrik schuften muss. Fröndenberg", True),
]

CONTROLS: list[tuple[str, bool]] = [
    # weddings that are no danger
    ("Meine Schwester (24) heiratet im Sommer, die Tochter (6) hat Angst vor so vielen Gästen. "
     "Gibt es was in Unna?", False),
    ("Mädchen 14 hat Angst vor der Hochzeit ihres Vaters, sie weint. Erziehungsberatung Werne?",
     False),
    ("Schülerin 17 freut sich auf ihre Verlobung im Sommer, will nicht mehr zur Schule. "
     "Berufsberatung Unna", False),
    ("Die Tochter 15 will nicht zur Hochzeit ihrer Cousine mitfahren, Streit zu Hause, "
     "Erziehungsberatung Kamen", False),
    ("Familie fliegt zur Hochzeit der Cousine in die Türkei, Junge 7 braucht vorher Impfungen, "
     "Bergkamen", False),
    # a boy's circumcision
    ("Der Kleine (2) soll beschnitten werden, religiös, Mutter fragt nach Kinderarzt in Lünen",
     False),
    # begging, selling and work that are ordinary
    ("Mädchen 12 bettelt ständig um ein Handy, Eltern verzweifelt, Medienberatung Selm?",
     False),
    ("Kinder verkaufen Waffeln für den Förderverein beim Schulfest, Kinder 8-10, Kamen", False),
    ("Jugendlicher 16 verkauft am Wochenende für den Onkel Gemüse auf dem Markt, will eine "
     "Ausbildung. Werne", False),
    ("Vater arbeitet auf der Baustelle, Sohn 8 fehlt oft in der Schule, Schulsozialarbeit "
     "Bönen?", False),
    ("Sohn 16 dealt wohl an der Schule, Eltern suchen Beratung in Unna", False),
    # friends online and honours
    ("Schülerin 15 hat online einen Freund aus ihrer Klasse, sie schicken sich Fotos. "
     "Sexualpädagogik Unna?", False),
    ("Mädchen 13 hat für ihr Ehrenamt eine Urkunde bekommen und wird gemobbt. Kamen", False),
]


@pytest.mark.parametrize(("text", "sign"), SIGNS + CONTROLS)
def test_rarer_dangers_as_told_and_near_misses(text: str, sign: bool,
                                               catalogue: Catalogue) -> None:
    check_protection(text, catalogue, sign)


SITUATIONS: list[tuple[str, str]] = [
    # suicidal talk told without the word: the child's mental health leads, no emergency
    ("Schüler 14 hat in sein Heft geschrieben, dass es für alle besser wäre, wenn er nicht mehr "
     "da wäre. Werne", "psychische_gesundheit"),
    ("U25-Kunde, 17, sagt, er hat schon Tabletten gesammelt. Wohnt in Unna. Wohin sofort?",
     "psychische_gesundheit"),
    ("Mädchen 13 hat ihrer Freundin geschrieben, sie will sich etwas antun. Kamen",
     "psychische_gesundheit"),
    # a young carer: help for children of ill parents
    ("Schüler 12 schläft im Unterricht ein, er versorgt nachts die Mutter nach der Chemo. "
     "Unna", "belastete_eltern"),
    ("Die Tochter (11) pflegt den Papa nach dem Schlaganfall fast allein. Kamen",
     "belastete_eltern"),
]


@pytest.mark.parametrize(("text", "topic"), SITUATIONS)
def test_situations_name_their_need(text: str, topic: str, catalogue: Catalogue) -> None:
    """The situation leads the needs without raising child protection."""
    request, _answer = check_protection(text, catalogue, False)
    assert request.topics[0] == topic
