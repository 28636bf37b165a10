"""Child protection by class, round 24: neglect told in everyday words, cues of two kinds.

Hunger, dirt or smell, a carer away or unable to get up, a child who screams for hours behind a
door, a small child exposed or alone at night, a child who looks after the family: one of them is
ordinary trouble, two different kinds are a threat to the child's welfare (`safety_cues`), in
German and mixed with Polish, Turkish, Russian, Italian or English. A baby with colic, a lunch
forgotten once, a smelly kit after training, a mother of twins alone at night, a parent asking
whether a child may stay alone in the evening are none. Each row is written for this table (none
is taken from an evaluation set).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from bot.text import fold
from bot.understanding.safety import _signals, read_signs
from bot.understanding.safety_anchors import negated
from bot.understanding.safety_cues import neglect_kinds
from bot.understanding.safety_text import tokens
from tests.protection import check_protection

# (text, is a sign)
CLASSES: list[tuple[str, bool]] = [
    # dirt and a carer nobody reaches
    ("Krippenkind, 16 Monate, kommt jeden Tag in der Windel vom Vortag, riecht streng, die "
     "Mutter ist seit einer Woche nicht erreichbar. Kamen", True),
    # distress nobody answers behind a closed door, and a smell
    ("Vermieter hier: in der Wohnung im 2. OG schreit seit Stunden ein Kleinkind, niemand macht "
     "die Tür auf, es stinkt im Flur. Bönen", True),
    # a child out late, calling for the mother
    ("Der Junge von gegenüber, vielleicht vier, sitzt nachts um elf draußen auf der Treppe und "
     "ruft nach der Mama. Unna", True),
    # hunger and a parent who cannot get up
    ("Mädchen (7) aus meiner Klasse fragt in der Pause andere Kinder nach Essen, sie sagt, Papa "
     "liegt den ganzen Tag im Bett. Lünen", True),
    # a child who looks after the siblings, a parent who cannot
    ("Schüler (11) kocht abends für seine drei Geschwister, weil die Mutter morgens nicht "
     "aufstehen kann. Werne", True),
    # exposed and nobody comes
    ("Toddler next door, about 2, in the garden in just a nappy at 9pm, crying, nobody comes "
     "out. Schwerte", True),
    # mixed languages
    ("Chłopiec 5 lat, od tygodnia bez jedzenia w przedszkolu, mama śpi cały dzień. Selm", True),
    ("Komşunun kızı 3 yaşında, saatlerce ağlıyor, kimse açmıyor. Kamen", True),
    ("Ребёнок 4 года плачет часами, мама пьёт. Bergkamen", True),
    ("Bambino di 6 anni sempre sporco, la mamma non si alza mai dal letto. Holzwickede", True),
    ("Chłopiec 6 lat, w listopadzie bez kurtki na dworze, mama nie otwiera. Unna", True),
    ("Im Hausflur sitzt ein kleiner Junge (ca. 4), ganz schmutzig, und sagt Mama schläft. "
     "Kamen-Methler", True),
    ("Baby schreit seit Stunden in der Wohnung nebenan, es riecht komisch aus der Wohnung. "
     "Holzwickede", True),
    # ordinary trouble
    ("Unser Baby (2 Mon.) schreit stundenlang, Papa ist nie da wegen Montage, ich bin am Ende. "
     "Hilfe in Kamen?", False),
    ("Mädchen (5) stottert stark, kriegt beim Mittagessen kaum einen Ton raus. Logopädie in "
     "Werne?", False),
    ("New mum, baby 3 weeks, cries a lot and sleeps badly, I think it's the baby blues. Help in "
     "Unna?", False),
    ("Papa trinkt abends sein Bier und die Kinder (3, 5) haben Hunger – Abendessen im "
     "Familienzentrum Unna?", False),
    ("Mama liegt nach der Geburt im Bett, Baby (1 Woche) ist hungrig und schreit. Hebamme in "
     "Kamen gesucht", False),
    ("Unser Sohn (6) kommt aus dem Wald immer total schmutzig und hungrig heim :) "
     "Pfadfinder in Selm?", False),
    ("Baby (6 Wochen) schreit abends stundenlang, Kinderärztin sagt Koliken. Schreiambulanz in "
     "Unna?", False),
    ("Sohn (7) hat heute zum ersten Mal sein Pausenbrot vergessen und kam hungrig heim. OGS "
     "Kamen Mittagessen?", False),
    ("Tochter (11) kommt vom Fußballtraining immer verdreckt und hungrig, Trikot stinkt. Zweiter "
     "Verein in Lünen?", False),
    ("Mama von Zwillingen (7 Monate) ist nachts allein, die Babys schreien abwechselnd. "
     "Entlastung in Selm?", False),
    ("Mein Sohn (9) soll abends allein zu Hause bleiben, wenn ich Spätschicht habe. Betreuung "
     "in Unna?", False),
    ("Ich liege nach einer OP zwei Wochen im Bett, die Kinder (3 und 6) brauchen jemanden. "
     "Familienpflege in Kamen?", False),
    ("Kind 4 weint jeden Morgen beim Abschied in der Kita, Mama ist dann bis 16 Uhr nicht da. "
     "Beratung in Fröndenberg?", False),
]


@pytest.mark.parametrize(("text", "sign"), CLASSES)
def test_class(text: str, sign: bool, catalogue: Catalogue) -> None:
    check_protection(text, catalogue, sign)


@pytest.mark.parametrize(("text", "kinds"), [
    ("windel vom vortag, riecht stark, mama nicht erreichbar", {"dirt", "carer_away"}),
    ("die mutter liegt seit tagen nur im bett, die kinder fragen nach was zu essen",
     {"carer_unable", "hunger"}),
    ("mieter verweigert den zutritt, drinnen schreit ein kind ununterbrochen",
     {"carer_away", "distress"}),
    ("kind steht abends um zehn auf dem balkon", {"unattended"}),
    ("kind ist nicht hungrig", set()),  # a negation takes the cue back
    ("baby schreit stundenlang, koliken", set()),  # ordinary in its sentence
    ("das baby trinkt schlecht, mama fragt", set()),  # the baby drinks, not the mother
    ("mama sagt das baby trinkt schlecht", set()),
])
def test_the_kinds_a_text_shows(text: str, kinds: set[str]) -> None:
    context = _signals()[1]
    assert set(neglect_kinds(tokens(fold(text)), lambda w, at: negated(w, at, context))) == kinds


@pytest.mark.parametrize(("text", "sign"), [
    # one kind alone is ordinary trouble
    ("kind kommt oft hungrig in die kita, bergkamen", None),
    ("die mama ist heute nicht erreichbar, kind hat fieber", None),
    # two kinds are a sign, when no older sign fires first
    ("kind kommt ohne frühstück, die mama ist nie erreichbar", "neglect_cues"),
])
def test_the_sign_a_phrase_shows(text: str, sign: str | None) -> None:
    names = read_signs(fold(text)).names
    assert (sign in names) if sign else not names


@pytest.mark.parametrize(("text", "years", "sign"), [
    # a young person of twelve may be alone at home: the family's burden, not a case
    ("mutter nimmt drogen, die tochter ist oft allein zuhause", 12, False),
    ("mutter nimmt drogen, die tochter ist oft allein zuhause", 6, True),
])
def test_the_childs_age_decides_being_alone(text: str, years: int, sign: bool) -> None:
    age = AgeRange(years * 12, years * 12 + 11)
    assert bool(read_signs(fold(text), age).names) is sign
