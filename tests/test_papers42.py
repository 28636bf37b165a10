"""Help in the family's language with papers, offices or a parent's own German (session 36,
papers42): such a wish asks for migration services and the interpreter pool beside the matter
(`main_need_affairs`), so the only offers held in the language come up; an ordinary offer wished
in a language, a waived interpreter, an application for a benefit or a child who is to learn
German ask for none, and stay a gap where no such offer is held in the language."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand
from bot.understanding.main_need_affairs import affairs_in_language
from bot.understanding.normalise import words_of

MIGRATION = "migration_integration"

AFFAIRS = [
    # papers, forms, letters from offices
    ("Kundin bekommt Briefe vom Jobcenter und versteht nix. Gibt es jemand, der mit ihr die "
     "Papiere durchgeht, auf rumänisch? 2 Kinder, 4 und 9, Rünthe", "ro"),
    ("mama kann nur russisch, muss wegen kita platz was ausfüllen. gibts hilfe beim ausfüllen "
     "auf russisch? kind 2, fröndenberg", "ru"),
    ("Familie aus dem Irak, Kind 6 Monate, keine Versichertenkarte. Wer hilft ihnen mit "
     "Krankenkasse und Papieren, am besten auf Kurdisch? Kamen", "ku"),
    ("Die Oma spricht nur Griechisch und hat einen Brief von der Krankenkasse. Enkel 5. "
     "Gibt es Hilfe? Kamen", "el"),
    ("Familie hat Brief von Familienkasse, Kindergeld gestoppt. Brauchen jemand der hilft mit "
     "Papiere, am besten bulgarisch sprechen. Wohnen in Lünen.", "bg"),
    # going to an office, interpreting, explaining
    ("Mutter (Kinder 1 und 3) muss zur Ausländerbehörde, spricht Arabisch. Wer kann sie "
     "begleiten und dolmetschen? Bönen", "ar"),
    ("Für das Elterngespräch brauche ich jemanden, der Polnisch übersetzt. Schüler 8. Klasse, "
     "Schwerte-Ergste", "pl"),
    ("Beratung für das Mädchen (8), gern mit einer Sprachmittlerin für Kurdisch. Lünen-Gahmen",
     "ku"),
    # the parent's own German
    ("Mama von unserem Krippenkind (2) will selber Deutsch lernen, wo auch jemand Arabisch "
     "spricht? Kamen-Methler", "ar"),
    ("Vater aus der Ukraine, Tochter 10, will einen Deutschkurs machen. Beratung auf "
     "Ukrainisch? Holzwickede", "uk"),
]


@pytest.mark.parametrize(("text", "code"), AFFAIRS)
def test_help_with_affairs_in_a_language_asks_for_migration_services(
        catalogue: Catalogue, text: str, code: str) -> None:
    request = understand(text, catalogue)
    assert MIGRATION in request.main_topics
    assert code in request.languages


NOT_AFFAIRS = [
    # an ordinary offer wished in the family's language
    "Die Mutter von Yusuf (4) spricht nur Arabisch und fragt nach einem Elternkurs auf "
    "Arabisch. Kamen-Mitte.",
    "Mama spricht Persisch, Baby schreit ständig (7 Wochen). Schreiambulanz auf Persisch? Kamen",
    "Schwangere, 30. SSW, sucht einen Geburtsvorbereitungskurs auf Albanisch in Brambauer.",
    # a waived interpreter: the offer itself is to be held in the language
    "Beratung zu Umgang und Sorgerecht für ihre Tochter (6) auf Kurmancî, direkt in ihrer "
    "Sprache und nicht über Dolmetscher. Bergkamen",
    "Beratung für Mutter und Kinder (5 und 9), die auf Arabisch stattfinden kann, also nicht "
    "nur mit Dolmetscher? Unna",
    # translation or talks as the way another help is given
    "Tochter elf mit Beinprothese, suchen Sportverein auf Ukrainisch oder mit Übersetzung in "
    "Lünen",
    "Fam. bulgarisch, Kd 3;5, Sprachentw. verzögert. Förderung mit Elterngesprächen auf "
    "Bulgarisch nötig, Lünen-Süd",
    # an application for a benefit, or how a service works, is that service's own advice
    "Hilfe beim Antrag fürs Bildungspaket auf Bulgarisch, Tochter 3, Lünen",
    "Vater spricht nur Bulgarisch. Gibt's jemanden, der ihm den Kinderzuschlag auf Bulgarisch "
    "erklärt? Bergkamen",
    # a language wished for a named help is that help's; the letter told beside it is why
    "kind 4, autismus-diagnose, eltern brauchen beratung auf arabisch, die verstehen den "
    "arztbrief nicht. kamen",
    # someone from the youth office is its own help
    "Räumung nächste Woche, Familie aus Rumänien, ich bräuchte jemanden vom Jugendamt der "
    "rumänisch spricht. Königsborn",
    # a child who is to learn German needs language support
    "Kind 3 spricht zuhause nur Arabisch, soll Deutsch lernen, Sprachförderung auf Arabisch? "
    "Unna",
    # papers without any language other than German
    "Familie hat Brief von der Familienkasse bekommen, Kindergeld gestoppt, wer hilft? Lünen",
]


@pytest.mark.parametrize("text", NOT_AFFAIRS)
def test_no_affairs_in_a_language(text: str) -> None:
    assert not affairs_in_language(words_of(text))


def test_an_ordinary_offer_in_a_language_stays_a_language_gap(catalogue: Catalogue) -> None:
    request = understand("Die Mutter von Yusuf (4) spricht nur Arabisch und fragt nach einem "
                         "Elternkurs auf Arabisch. Kamen-Mitte.", catalogue)
    assert MIGRATION not in request.main_topics
    assert request.languages == ("ar",)
