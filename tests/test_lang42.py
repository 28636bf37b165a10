"""The language asked for in forms, fragments and notes of who speaks what (session 36, lang42):
a form's field, a preference put as a fragment, a language spoken better than German, two
languages of one activity, an interpreter in a dictated compound — and a subject, an origin, a
child's home language or a waived interpreter, which ask for none."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand

WISHED = [
    # a form's field, its label ended by a colon, also when the lines were joined by spaces
    ("Alter: 11 Mon. | Wohnort: Kamen | Sprache: Bulgarisch | Anliegen: Impfberatung", ("bg",)),
    ("Kind: 7 Monate Ort: Methler Sprache der Familie: Arabisch Thema: Krabbelgruppe", ("ar",)),
    ("Anliegen: Erziehungsberatung | Kind: 9 J. | Sprache(n): Türkisch, Deutsch", ("tr",)),
    ("Alter Kind: 14; gewünschte Sprache: Russisch; Anliegen: Ritzen, Unna", ("ru",)),
    ("Familiensprache: Polnisch | Alter: 4 | Wohnort: Kamen | Anliegen: Elternkurs", ("pl",)),
    # a hedge beside the field does not make the form's language a mere note
    ("Alter: 3 | Wohnort: Selm | Sprache: Rumänisch | Beratung, gern mit Dolmetscher", ("ro",)),
    # a preference put as a fragment, also with the helper's infinitive after it
    ("Frühe Hilfen in Holzwickede, Baby 5 Wochen. Idealerweise türkisch", ("tr",)),
    ("Elternkurs in Schwerte für Sohn 4, wenn möglich Englisch", ("en",)),
    ("Brauchen jemand der hilft mit Papiere, am besten bulgarisch sprechen. Lünen", ("bg",)),
    ("Lernhilfe für Tochter 10 in Kamen, idealerweise Arabisch können", ("ar",)),
    # a client who speaks a language better than German must be talked with in it
    ("Klientin mit Baby 8 Mon. in Fröndenberg, spricht Englisch besser als Deutsch, "
     "sucht Kontakt zu anderen Müttern", ("en",)),
    ("Mutter versteht Arabisch viel besser als Deutsch, Erziehungsberatung für Sohn 6 in Unna?",
     ("ar",)),
    # a parent who speaks mainly one language, where the parent takes part in the help
    ("Vater spricht hauptsächlich Russisch, Sohn 14 kifft, Suchtberatung in Kamen?", ("ru",)),
    ("Vater versteht nur Polnisch, Sohn 15 kifft, Suchtberatung in Kamen?", ("pl",)),
    # two languages of one activity: German is no wish, the other is
    ("Vorlesen arabisch und deutsch für Kinder 4-6 in Holzwickede?", ("ar",)),
    ("Gibt es eine türkische Vorlesestunde für Kinder 5 in Bergkamen?", ("tr",)),
    # a group sought with other speakers of the language
    ("Mama möchte Elterncafé mit andere arabische Mamas, Baby 10 Monate, Schwerte", ("ar",)),
    ("Krabbelgruppe mit anderen polnischen Müttern in Werne? Baby 9 Monate", ("pl",)),
    # an interpreter as an adjective, the compound split as dictation writes it
    ("Kind drei Jahre Komma bitte Impfberatung Komma rumänische Sprach Mittlung wäre nötig "
     "Punkt Lünen", ("ro",)),
    ("Impf Sprechstunde im Kreis mit ukrainischer Sprach Mittlung Fragezeichen Kind 6 Unna",
     ("uk",)),
]


@pytest.mark.parametrize(("text", "languages"), WISHED)
def test_a_language_asked_for_in_forms_and_fragments(catalogue: Catalogue, text: str,
                                                     languages: tuple[str, ...]) -> None:
    assert understand(text, catalogue).languages == languages


NOT_WISHED = [
    # a school subject, an origin, a child's home language beside German help
    "Schüler 13 hat eine 5 in der Englisch-Note, sucht Nachhilfe in Unna-Massen",
    "Familie aus Rumänien, Sohn 8, sucht einen Platz in der OGS in Lünen-Brambauer",
    "Kind 4 spricht zuhause nur Türkisch, kaum Deutsch, Sprachförderung in Kamen?",
    "Junge 11 wählt Französisch als zweite Fremdsprache und kommt nicht mit, Lernhilfe Schwerte?",
    "Mädchen 5, zweisprachig russisch/deutsch aufgewachsen, stottert. Sprachförderung Unna?",
    # an interpreter waived asks for no language
    "Eltern sprechen Arabisch, Deutsch geht aber gut, kein Dolmetscher nötig. Sohn 7, Unna",
    "Mutter spricht Farsi, das Gespräch geht ohne Dolmetscher. Tochter 4, Kita in Kamen?",
    # "Muttersprache:" in a form notes the family's language: the Kita place needs none
    "Alter: 4 | Wohnort: Kamen | Muttersprache: Türkisch | Anliegen: Kitaplatz",
    # a language the child speaks better than German, beside German help for the child
    "Junge 6 spricht Russisch besser als Deutsch, Sprachförderung vor der Einschulung in Unna?",
    # a group described by who lives there, no group sought with them
    "Die Familie wohnt mit anderen syrischen Familien in Massen, Sohn 3 braucht einen Kitaplatz",
]


@pytest.mark.parametrize("text", NOT_WISHED)
def test_no_language_asked_for(catalogue: Catalogue, text: str) -> None:
    assert understand(text, catalogue).languages == ()
