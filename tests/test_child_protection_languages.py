"""Child protection written in the family's language, and signs the German tables lacked.

A teacher who types "babası onu dövmüş" or a neighbour who writes "lasă copiii singuri" must get
the ASD and the emergency numbers first, as for the German sentence. The foreign words are
rewritten into safety.toml's German sign words (`foreign.toml`), so every German rule — who
does the act, negations, the past — applies unchanged. Besides: a carer on drugs with a baby, a
newborn in withdrawal, a young teenager with an adult "Freund", and an aside of ages in brackets
that must not part a child from "allein". Each row is written for this table; the negatives share
the words but are no case (a child hitting other children, an adult's own partner, an older
teenager, a carer on drugs with school children, a negated sign, a school class "8a" that is no
§ 8a, an animal's bite, an anti-violence course, "kommt nach Hause und isst nicht").
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from tests.protection import check_protection

# (text, is a sign)
ROWS: list[tuple[str, bool]] = [
    # Turkish
    ("Öğrencim 9 yaşında, annesi onu her akşam dövüyormuş, Bergkamen", True),
    ("Kızım 12, üvey babası ona vuruyor, Unna", True),
    ("Oğlan 6 yaşında, evde yalnız bırakıyorlar bütün gün, Kamen", True),
    # Polish
    ("Ojczym bije chłopca, 8 lat, Lünen", True),
    ("Dziewczynka 5 lat, często głodna i w brudnych ubraniach, Schwerte", True),
    # Arabic and Arabizi
    ("bent 3omra 6 sneen, abouha byedrabha kel yom, Werne", True),
    # Russian, Ukrainian
    ("Мальчику 7 лет, отчим его избивает, Kamen", True),
    ("Дівчинка 3 роки часто сама вдома до ночі, Selm", True),
    # Romanian, Bulgarian
    ("Băiatul de 4 ani este lăsat singur acasă noaptea, Unna", True),
    ("Mama lasă copiii singuri toată noaptea, fetițe de 3 și 5 ani, Kamen", True),
    ("Момчето на 6 години често е гладно и в мръсни дрехи, Lünen", True),
    # signs the German tables lacked
    ("Neugeborenes, Mutter im Substitutionsprogramm, Entlassung Freitag, Kamen", True),
    ("Baby 10 Tage mit Entzugszeichen auf der Neo, Unna", True),
    ("Schülerin 13 trifft sich nach der Schule mit ihrem 22-jährigen Freund, Werne", True),
    ("Mädchen 15 wird im Netz mit Fotos erpresst, Bönen", True),
    ("Nachbarn sagen, die Geschwister (etwa 4 und 6) sind abends oft allein, Holzwickede", True),
    ("Junge 7 hat Angst vor zuhause und weint beim Abholen, Fröndenberg", True),
    ("Meldung nach 8a vorbereitet, Mädchen 4, Kamen", True),
    # look-alikes: no case
    ("Schülerin 7c, 13, schwänzt Mathe, Lernförderung in Kamen", False),
    ("Junge (9b) 15 Jahre kifft, Suchtberatung in Unna", False),
    ("Mädchen 6 wurde vom Nachbarshund gebissen und hat jetzt Angst vor Hunden, Selm", False),
    ("Kind 5 wurde von einem Pony getreten, seitdem Albträume, Werne", False),
    ("Anti-Gewalt-Training für Kinder 10 bis 12 in Bergkamen", False),
    ("Tochter 3 kommt nach Hause und isst nicht, Ernährungsberatung in Lünen", False),
    ("Oğlum 10 yaşında, okulda diğer çocukları dövüyor, Kamen", False),
    ("Mama hat einen 38-jährigen Freund, Kinder 4 und 7 suchen einen Sportverein in Unna", False),
    ("Schülerin 17 mit 20-jährigem Freund fragt nach Verhütung, Werne", False),
    ("Vater im Methadonprogramm, Kinder 9 und 12, Gruppe für Kinder suchtkranker Eltern, Unna",
     False),
    ("Chłopiec 8 lat, żadnej przemocy w domu, szukamy klubu sportowego, Kamen", False),
]


@pytest.mark.parametrize(("text", "sign"), ROWS)
def test_a_sign_in_any_language_puts_child_protection_first(
    catalogue: Catalogue, text: str, sign: bool
) -> None:
    check_protection(text, catalogue, sign)
