"""How professionals mention languages: the offer's language, an interpreter, a parent's only
language, the child's own German (session 30, `tests/data/langs30/`).

A parent who speaks only one language takes part in counselling, a parents' group or a home visit
in it; a child's Kita place or club is not held in the parent's language; the child's own
language is what its German help starts from, no wish. An interpreter asked for speaks the
family's language, and asking for one is language mediation, not language support.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand
from bot.understanding.foreign import germanise

LANGUAGES = [
    # the language the offer is held in, clipped as forms clip it
    ("Fam. aus der Ukraine, KM spricht nur ukr./russ., Sohn 5 sehr aggressiv in der Kita. "
     "Erziehungsberatung in Unna?", ("uk", "ru")),
    ("Babycafé mit arab. sprechender Mitarbeiterin in Lünen-Süd? Baby 4 Mon.", ("ar",)),
    ("Stillcafé mit türk. Begleitung in Lünen? Baby 2 Mon.", ("tr",)),
    ("Mutter (poln.) sucht Erziehungsberatung auf poln., Sohn 7, Kamen", ("pl",)),
    ("vater spricht nur arabisch komma sohn zwölf komma gibts schulsozialarbeit mit arabisch "
     "in lünen brambauer", ("ar",)),
    ("Elterncafé o. Krabbeltreff mit ukrainischer Sprache für sie + Baby? Unna-Massen", ("uk",)),
    # a parent's only language where the parent takes part in the help
    ("Mutter spricht nur Arabisch, Baby 3 Mon. schreit stundenlang. Schreiambulanz in Kamen?",
     ("ar",)),
    ("Mutter kann nur Russisch, Neugeborenes, wünscht Willkommensbesuch, Unna-Königsborn",
     ("ru",)),
    ("Eltern sprechen nur Türkisch, Tochter 14 schwänzt. Schulsozialarbeit in Kamen?", ("tr",)),
    ("Mum only speaks Tigrinya, baby 5 weeks, is there a Familienhebamme? Selm", ("ti",)),
    ("Kinderarzt gesucht, die Familie spricht nur Lingala, Kind 2, Unna", ("ln",)),
    ("Майката говори само български, бебе 4 месеца. Babybesuch in Lünen?", ("bg",)),
    ("Syn 2 lata, mama mówi tylko po polsku. Spielgruppe w Methler?", ("pl",)),
    # … and an explicit wish says which of two ("nur Ukrainisch und Russisch … auf Ukrainisch")
    ("Mama spricht nur Ukrainisch und Russisch. Sie braucht Erziehungsberatung auf Ukrainisch, "
     "Sohn 10, Unna", ("uk",)),
    # an interpreter asked for speaks the family's language
    ("Übersetzer Türkisch für Förderplangespräch gesucht, Kind 6, Schwerte", ("tr",)),
    ("Eltern arab., Aufnahmegespräch Kita nächste Woche, Kind 1 J., Weddinghofen – "
     "Sprachmittler?", ("ar",)),
    # no wish: the child's own language, a Kita place, a waived language, a clip of a unit,
    # an interpreter the writer is herself or one only wished along ("mit Dolmetscher")
    ("ukrainischer Junge 8 spricht nur Ukrainisch, braucht Deutschförderung, Schwerte", ()),
    ("Die Eltern verstehen nur Serbisch. Tochter 5 braucht einen Kitaplatz in Unna", ()),
    ("Kita-Platz f. Mädchen 4 J., Fam. ukr., Mutter spricht nur ukr., Unna-Mitte", ()),
    ("Baby 14 Mon. schläft schlecht, Kamen", ()),
    ("Ich übersetze selbst ins Türkische, brauche nur den Kontakt zur Frühförderung. Kind 2, "
     "Bönen", ()),
    ("Somalische Mutter, Sohn 4, Verdacht auf Autismus. Diagnostik mit Dolmetscher? Lünen", ()),
    ("KM aus Eritrea, 35. SSW, spricht nur Tigrinya, kaum Engl. Hebamme in ihrer Sprache?",
     ("ti",)),
]


@pytest.mark.parametrize(("text", "languages"), LANGUAGES)
def test_the_language_an_offer_must_be_held_in(
    catalogue: Catalogue, text: str, languages: tuple[str, ...]
) -> None:
    assert understand(text, catalogue).languages == languages


MEDIATION = [
    "Der Vater spricht nur Rumänisch, bräuchte Sprachmittlung fürs Elterngespräch. Tageskind 2 J., "
    "Kamen-Heeren.",
    "gibts wen der russisch spricht und beim elterngespräch hilft? junge 12, selm",
    "Sprachmittlung Polnisch für Hilfeplangespräch, Jugendlicher 15, Unna",
]


@pytest.mark.parametrize("text", MEDIATION)
def test_an_interpreter_asked_for_is_language_mediation(catalogue: Catalogue, text: str) -> None:
    request = understand(text, catalogue)
    assert "migration_integration" in request.main_topics
    assert "sprachfoerderung" not in request.topics


SPANS = [
    # a span told after its unit in the families' languages is no age
    ("Mwana mibu 7, bayaki awa mibu 2 eleki. Hausaufgabenhilfe in Unna?", (84, 95)),
    ("Keçik 5 salî ye, 2 sal li Almanyayê, kaum Deutsch. Sprachförderung in Lünen?", (60, 71)),
    ("Kurê wê 3 salî ye, 4 meh li Kamenê ne. Sprachförderung in Kamen?", (36, 47)),
    ("Córka 5 lat, od 3 miesięcy w Niemczech. Sprachförderung w Werne?", (60, 71)),
    ("Syn 4 lata, przyjechaliśmy 2 lata temu. Kita w Unna?", (48, 59)),
    ("Oğlum 6 yaşında, 3 yıl önce geldik. Unna", (72, 83)),
]


@pytest.mark.parametrize(("text", "months"), SPANS)
def test_a_span_told_after_its_unit_is_no_age(
    catalogue: Catalogue, text: str, months: tuple[int, int]
) -> None:
    age = understand(text, catalogue).age
    assert age is not None and (age.low, age.high) == months


def test_a_span_marker_elsewhere_is_left_alone() -> None:
    # "li" is a marker only right after a span the rules wrote: "li Kamenê" alone stays
    assert "seit" not in germanise("Kurê wê li Kamenê dijî")
    assert "vor 2 Jahren" in germanise("mibu 2 eleki")


def test_low_german_doear_is_no_romanian_only() -> None:
    assert "durch" not in germanise("Mama vorbește doar românește")
    assert "durch" in germanise("He schlöppt döär")
