"""Child protection as professionals really write it: new phrasings of every class of sign.

Each row is a sentence written for this table (none is taken from an evaluation set), whether it
is a sign of a threat to a child's welfare, and the child's age in years where the message names
it: a sign must never cost the age. The classes: violence against a mother *and* her children told
by a third person, threats, sexual exploitation and grooming in everyday words, neglect in
dialect and chat spellings, a young person who cannot go home, named procedures, injuries, genital
cutting and forced marriage, fear of a carer. The negatives share the words but are no case: a
child's fear of a separation, a family threatened by deportation, a teenager's career, a young
adult, training, a need taken back.
"""

from __future__ import annotations

import re

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.text import fold
from bot.understanding import understand
from bot.understanding.safety import protection_signs
from tests.protection import check_protection

# (text, is a sign, age in years named in the message or None)
PHRASINGS: list[tuple[str, bool, int | None]] = [
    # violence against the mother and the children, told by someone else
    ("Eine Kursteilnehmerin sagt, dass ihr Freund sie und ihre Tochter (4) schlägt, Kamen", True,
     4),
    ("Nachbarin berichtet, dass der Vater die Mutter und die Kinder verprügelt, Bergkamen", True,
     None),
    ("Mutter erzählt, dass ihr Ex sie und den Sohn bedroht, Sohn 9, Unna", True, 9),
    ("A mum told me her partner hits her and the kids, girl 5, Lünen", True, 5),
    ("Klientin berichtet, dass ihr Mann sie und das Baby (8 Monate) würgt, Selm", True, None),
    # threats
    ("Vater hat gedroht, die Kinder umzubringen, Kind 6, Kamen", True, 6),
    ("Der Ex bedroht die Mutter mit dem Messer, Junge 7 war dabei, Unna", True, 7),
    # sexual exploitation and grooming in everyday words
    ("mädchen 15 trifft sich für geld mit älteren männern, lünen", True, 15),
    ("Schülerin 14 kriegt Geschenke und Drogen von älteren Typen, Unna", True, 14),
    ("die kleine geht anschaffen glaub ich, ist 13, kamen", True, None),
    ("Junge 12 chattet auf Discord mit einem erwachsenen Mann, der Fotos will, Schwerte", True, 12),
    ("Tochter 11 schreibt auf Insta mit einem fremden Typen, der sie treffen will, Werne", True,
     11),
    # neglect, in dialect and chat spellings
    ("dat kind is 6 und läuft abends alleine draußen rum, eltern kümmern sich nich. kamen", True,
     None),
    ("Mädchen 8 kriegt zuhause nix zu essen, Bergkamen", True, 8),
    ("der lütte kommt seit tagen ungewaschen in die kita, 4 jahre, unna", True, 4),
    ("niemand kümmert sich um das Baby, Mutter liegt nur im Bett, Lünen", True, None),
    ("Eltern lassen den Kleinen (3) den ganzen Tag alleine, Selm", True, 3),
    # a young person who cannot go home
    ("Schüler 14 pennt seit Tagen draußen, traut sich nicht heim, Unna", True, 14),
    ("Mädchen 15 schläft seit zwei Wochen bei Freunden, zuhause eskaliert alles, Kamen", True, 15),
    ("Junge 16 wurde von den Eltern rausgeworfen, Selm", True, 16),
    ("Sohn 13 hat Angst vor dem Stiefvater, Holzwickede", True, 13),
    # named procedures
    ("Verfahren nach § 1666 BGB läuft, Kind 5, wer berät die Kita? Werne", True, 5),
    ("Kind (8) wurde gestern in Obhut genommen, Beratung für die Mutter in Lünen", True, 8),
    ("Gefährdungsmitteilung ans Jugendamt nötig? Kind 3, Bönen", True, 3),
    ("Kindeswohl gefährdet? Junge 7, Fröndenberg", True, 7),
    # injuries
    ("Kita-Kind (3) hat wieder blaue Flecke an den Armen, Kamen", True, 3),
    ("Würgemale am Hals bei Mädchen 12, Bergkamen", True, 12),
    # genital cutting, forced marriage, loverboys
    ("Tochter 7 soll in den Ferien im Herkunftsland beschnitten werden, Unna", True, 7),
    ("Schülerin 16 muss nach den Ferien ihren Cousin heiraten, Lünen", True, 16),
    ("Mädchen 14, Verdacht auf Loverboy-Masche, Unna", True, 14),
    # fear of a carer
    ("Kind 5 hat Angst vor dem Papa, wenn er getrunken hat, Selm", True, 5),
    # threats to kill, confinement, starving, an older boyfriend, extortion, injuries, squalor
    ("Junge 9 erzählt, der Stiefvater sagt, er bringt ihn um, Kamen", True, 9),
    ("Mädchen 13 sagt, ihr Vater will sie totschlagen, Unna", True, 13),
    ("Jugendliche 14 wird von den Eltern im Zimmer eingesperrt, Werne", True, 14),
    ("Kind 6 muss zuhause hungern, Bönen", True, 6),
    ("Schülerin 14 hat einen erwachsenen Freund, der ihr ein Handy geschenkt hat, Lünen", True, 14),
    ("Junge 13 wird von einem Typen aus dem Chat erpresst, Bergkamen", True, 13),
    ("Kind 4 kommt mit einem blauen Auge in die Kita, Kamen", True, 4),
    ("Kind 3 kommt im Winter ohne Jacke und hungrig in die Kita, Selm", True, 3),
    ("Kinder 1 und 3 leben in einer vermüllten Wohnung, Lünen", True, None),
    ("Säugling 2 Monate, Mutter hat ein Alkoholproblem, Hausbesuch in Unna", True, None),
    # the same words, no case
    ("Kind 6 hat Angst vor der Trennung der Eltern, Kamen", False, 6),
    ("Familie von Abschiebung bedroht, Kind 4 braucht einen Kita-Platz, Unna", False, 4),
    ("Schüler 10. Klasse, Eltern kümmern sich nicht um die Bewerbungen, Berufsberatung Kamen",
     False, None),
    ("Junger Mann, 19, von den Eltern rausgeworfen, sucht eine Wohnung, Lünen", False, 19),
    ("Jugendlicher 17 fliegt aus der Ausbildung raus, Bergkamen", False, 17),
    ("Fortbildung zu Loverboys und Cybergrooming für unser Team, Unna", False, None),
    ("Jugendlicher 16 arbeitet für Geld mit älteren Typen auf dem Bau, Ausbildung gesucht, Selm",
     False, 16),
    ("Baby 2 Monate schläft nur draußen im Kinderwagen, Unna", False, None),
    ("Kind 5 schläft seit Wochen schlecht, Unna", False, 5),
    ("Kein Verdacht auf Vernachlässigung, Kind 3 braucht Logopädie, Kamen", False, 3),
    ("Mutter trinkt nicht mehr, seit zwei Jahren trocken, Baby 6 Monate, Krabbelgruppe in Selm",
     False, None),
    ("Workshop zu Nacktbildern und Sexting für Klasse 8, Schwerte", False, None),
    ("Kind 7 bekommt in der OGS kein Mittagessen, weil der BuT-Antrag fehlt, Kamen", False, 7),
    ("Kind 4 will nichts essen, Mutter verzweifelt, Unna", False, 4),
    ("Mutter will wieder heiraten, Sohn 8 ist eifersüchtig, Beratung in Kamen", False, 8),
    ("Kind 6 hat Angst vor Hunden, Unna", False, 6),
    ("Jugendlicher 15 übernachtet am Wochenende bei Freunden, Eltern wollen Medienregeln, Werne",
     False, 15),
    ("Fortbildung zu § 1666 BGB und § 8a für Kita-Leitungen, Kamen", False, None),
    ("Kind 5 spielt gern draußen, Papa kümmert sich liebevoll, Kita in Werne", False, 5),
    ("Papa bringt das Kind um 8 in die Kita, Mama holt es ab, Kind 4, Unna", False, 4),
    ("Jugendliche 15 hat gesagt, sie will sich umbringen, Krisendienst Lünen?", False, 15),
    ("Kind 7 hat sich nach dem Streit im Zimmer eingeschlossen, Eltern ratlos, Kamen", False, 7),
    ("Mädchen 15 hungert sich runter, Verdacht auf Magersucht, Unna", False, 15),
    ("Kind 6 hat blaue Augen und braucht eine Brille, Sehtest in Kamen?", False, 6),
    ("Vater trinkt, Sohn 11 zieht sich zurück, Gruppe für Kinder aus Suchtfamilien in Unna?",
     False, 11),
]


@pytest.mark.parametrize(("text", "sign", "years"), PHRASINGS)
def test_a_sign_puts_child_protection_first_and_keeps_the_age(
    catalogue: Catalogue, text: str, sign: bool, years: int | None
) -> None:
    request, answer = check_protection(text, catalogue, sign)
    if sign:  # protection first; a help the request asks keeps place 3 beside it (asked76)
        first = 2 if request.main_topics else 3
        assert answer.offers and all("kinderschutz" in h.offer.topics
                                     for h in answer.offers[:first])
    if years is not None:
        assert request.age is not None and request.age.low == years * 12


@pytest.mark.parametrize(("text", "sign", "years"), PHRASINGS)
def test_a_sign_is_read_when_dictated_without_punctuation(catalogue: Catalogue, text: str,
                                                           sign: bool, years: int | None
                                                           ) -> None:  # fmt: skip
    dictated = re.sub(r"[,.;:!?()]", " ", text).lower()
    assert understand(dictated, catalogue).child_protection is sign


def test_exploitation_also_asks_for_sexual_education(catalogue: Catalogue) -> None:
    request = understand("mädchen 15 trifft sich für geld mit älteren männern, lünen", catalogue)
    assert request.topics[:3] == ("kinderschutz", "hilfen_zur_erziehung", "sexualpaedagogik")


def test_a_young_adult_is_no_child_protection_case() -> None:
    from bot.models import AgeRange

    folded = fold("pennt seit 3 wochen bei kumpels, zuhause rausgeflogen")
    assert protection_signs(folded)
    assert protection_signs(folded, AgeRange(12 * 17, 12 * 17 + 11))
    assert not protection_signs(folded, AgeRange(12 * 19, 12 * 19 + 11))


def test_a_carers_drinking_is_a_sign_with_a_baby_only() -> None:
    from bot.models import AgeRange

    folded = fold("Hausbesuch, Mutter trinkt, Flaschen überall")
    assert protection_signs(folded, AgeRange(5, 5))
    assert not protection_signs(folded, AgeRange(48, 59))
    assert not protection_signs(folded)  # help for a family with an addiction, not protection


def test_violence_against_mother_and_children_ranks_the_local_asd_first(catalogue: Catalogue
                                                                        ) -> None:  # fmt: skip
    text = "Eine Teilnehmerin erzählt, dass ihr Mann sie und die Kinder (3 und 7) schlägt. Kamen"
    answer = match(understand(text, catalogue), catalogue)
    assert answer.emergency and answer.request.topics[0] == "kinderschutz"
    assert "elternkurse" not in answer.request.topics  # the children are hit; they hit no one
    top = [hit.offer for hit in answer.offers[:3]]
    assert all("kinderschutz" in offer.topics for offer in top)
    assert any("Allgemeiner Sozialer Dienst" in offer.name for offer in top)
