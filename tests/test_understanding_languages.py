"""Language wishes: an offer held in a language is asked for in many ways, and a family's own
language, a nationality, a school subject or an interpreter alone is no such wish.

Each class is written here in new sentences (none taken from an evaluation set): inflected German
adjectives, "X-language", "Sprache: X", a bare note, speakers in Turkish and Kurmancî, forms
derived from Polish, Russian, Ukrainian and Arabic names, typos, the mother tongue.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from babel import Locale
from hypothesis import given
from hypothesis import strategies as st

from bot.catalogue import Catalogue
from bot.matching import match
from bot.models import GapReason
from bot.text import fold
from bot.understanding import understand
from bot.understanding.foreign import germanise
from bot.understanding.language_names import TABLE, generate, render
from bot.understanding.languages import parse_languages

WISHES = [
    # inflected adjectives before "Sprache"
    ("Elternkurs in türkischer Sprache, Kind 6, Lünen", ("tr",)),
    ("Beratung in polnischer oder russischer Sprache für eine Mutter, Kind 4", ("pl", "ru")),
    ("Gibt es eine Hebammensprechstunde in rumänischer Sprache in Kamen?", ("ro",)),
    # compounds, also coordinated and misspelt
    ("Vietnamesischsprachige Elterngruppe in Unna?", ("vi",)),
    ("türkisch- oder arabischsprachige Elterngruppe in Bergkamen", ("tr", "ar")),
    ("Russichsprachige Hebamme in Werne gesucht", ("ru",)),
    ("Erziehungsberatung auf Arabsich, Unna", ("ar",)),
    ("Beratung auf Tigrinja für eine Schwangere in Kamen", ("ti",)),
    # any ISO 639-1 language, not only a listed few
    ("Spielgruppe auf Lingala für ein Kind von 3 Jahren in Unna", ("ln",)),
    ("Is there any parenting support in Portuguese near Kamen?", ("pt",)),
    ("Krabbelgruppe auf Swahili in Selm?", ("sw",)),
    # English frames
    ("English-language parenting class for a dad with a 5-year-old in Werne?", ("en",)),
    ("Is there a Farsi-speaking counsellor in Bergkamen? Boy, 12", ("fa",)),
    ("Any baby group where Arabic is spoken, Selm?", ("ar",)),
    ("Turkish-speaking midwife in Bönen?", ("tr",)),
    ("a Polish midwife for a mum in Lünen, baby due in May", ("pl",)),
    # the language named as a note
    ("Teilnehmer aus Mali (Sprache: Bambara), Kind 2, sucht Krabbelgruppe", ("bm",)),
    ("Mutter aus Sri Lanka (Tamil), Baby 5 Monate, Hebamme gesucht in Unna", ("ta",)),
    ("Familie aus Äthiopien, Kind 4. Amharisch. Kita-Platz in Kamen?", ("am",)),
    # a speaker of the language, staff and offers of the language
    ("gibt es türkische Betreuerinnen im Jugendtreff Bönen?", ("tr",)),
    ("eine polnischsprachige Ansprechpartnerin für Pflegeeltern, Kind 7", ("pl",)),
    ("Kinderarzt gesucht, der Lingala spricht, Kind 2, Unna", ("ln",)),
    # the language before "only", as English notes it
    ("New in Selm, boy 5, French only. Any Kita that works for them?", ("fr",)),
    ("toddler group in Unna? the mum is Spanish only, daughter 18 months", ("es",)),
    ("Hausaufgabenhilfe mit jemandem, der Urdu spricht, Kamen", ("ur",)),
    ("russischsprechende Familienhebamme in Unna, Baby 3 Wochen", ("ru",)),
    ("eine arabische Muttersprachlerin als Familienpatin, Kinder 2 und 5, Lünen", ("ar",)),
    ("Any Arabic groups for mums with toddlers (2) in Kamen?", ("ar",)),
    ("Kann jemand Polnisch? Familie in Selm, Kind 4", ("pl",)),
    ("Hebamme mit Arabischkenntnissen in Bergkamen", ("ar",)),
    ("Beratung mit Sprachmittlerin für Farsi, Kind 6, Unna", ("fa",)),
    ("Beratung, am besten Türkisch, Kind 3, Kamen", ("tr",)),
    ("Sprachen: Arabisch, Kurdisch. Kind 5 in Kamen sucht Kita", ("ar", "ku")),
    ("ideally Turkish, a parenting course for a 6 year old in Lünen", ("tr",)),
    # Turkish and Kurmancî
    ("Kurmancî bilen bir Hebamme var mı, Kamen?", ("ku",)),
    ("Lünen'de Farsça konuşan psikolog?", ("fa",)),
    ("Erziehungsberatung, kurdî dizane, Bergkamen", ("ku",)),
    # Polish, Russian, Ukrainian and Arabic forms of any language
    ("Spielgruppe po wietnamsku w Unna?", ("vi",)),
    ("Логопед по-вьетнамски в Унна?", ("vi",)),
    ("консультація грузинською, дитина 5, Kamen", ("ka",)),
    ("استشارة بالفرنسية للأم في Unna", ("fr",)),
    # the mother tongue of a family the request names
    ("Jugendlicher, 15, spricht Kurmancî; Beratung in seiner Muttersprache? Bergkamen", ("ku",)),
    ("Mädchen 14, spricht Tigrinya, Hilfe in ihrer Sprache in Lünen?", ("ti",)),
    ("Familie spricht Tigrinya, herkunftssprachliche Beratung gesucht, Kind 5, Unna", ("ti",)),
    ("Şêwirmendî bi zimanê kurdî, zarok 6 salî, Bergkamen", ("ku",)),
]

NO_WISH = [
    # the family's own language
    "Kind 3 spricht zu Hause nur Polnisch, Sprachförderung in Kamen?",
    "Zweisprachig aufwachsendes Kind (Türkisch/Deutsch), 3 Jahre, Sprachförderung",
    "Kind 5, wächst mehrsprachig auf (Arabisch), Logopädie in Lünen?",
    "Our family speaks Hindi at home, playgroup for the little one (2) in Unna?",
    "Kinder sprechen Arabisch und wollen im Sportverein mitmachen, Holzwickede",
    # nationality and origin
    "Familie aus Polen, Kind 4, Kita-Platz in Unna",
    "polnische Familie, Kind 4, Kita-Platz in Unna",
    "in türkischen Familien ist das oft ein Tabu, Kind 9, Beratung in Kamen",
    "Kinder aus der Ukraine, 8 und 10, Schulplatz in Bergkamen",
    "Familie aus dem Kongo, lebt in Kamen, Kind 3, Kita?",
    # school subjects
    "Nachhilfe in Englisch für einen Siebtklässler in Selm",
    "Englischnachhilfe, Kind 12, Kamen",
    "Versetzung gefährdet (Latein), Schüler 14, Lernförderung in Unna",
    # a waived language
    "Elternkurs, kein Englisch nötig, Kind 5, Unna",
    "Counselling for a teen in Werne, English not required",
    "Parenting course for a 4-year-old, doesn't have to be in Turkish, Kamen",
    # an interpreter without a language, German, ordinary words
    "Mutter spricht Somali und etwas Englisch, Diagnostik mit Dolmetscher? Kind 4",
    "Deutschkurs für Mütter mit Kinderbetreuung in Kamen",
    "Beratung auf Deutsch bitte, Kind 6, Werne",
    "Sprache deutlich verzögert, Kind 2, Sprachförderung in Selm",
    "Kind 3 spricht kaum, Sprachförderung auf Station? Lünen",
    "Kind 4 spricht gerne Englisch mit Papa, Kita in Unna",
    "Mutter mit wenig Deutschkenntnissen, Kind 3, Kita in Kamen",
    "Vater hat gute Englischkenntnisse, Kind 8, Nachhilfe in Mathe",
    "Gebärdensprachdolmetscher für das Elterngespräch, Kind 6, Unna",
    # the family's language, reported beside a child's place: see tests/test_language_reports.py
    # (beside a help the parents take part in, a doctor's, it is a wish: test_langs30_languages)
    "Kitaplatz gesucht, die Familie spricht nur Lingala, Kind 2, Unna",
]


@pytest.mark.parametrize(("text", "languages"), WISHES)
def test_a_wish_for_an_offer_in_a_language_is_understood(
    catalogue: Catalogue, text: str, languages: tuple[str, ...]
) -> None:
    assert understand(text, catalogue).languages == languages


@pytest.mark.parametrize("text", NO_WISH)
def test_a_language_that_is_no_wish_for_the_offer_is_not_read_as_one(
    catalogue: Catalogue, text: str
) -> None:
    assert understand(text, catalogue).languages == ()


@pytest.mark.parametrize(
    "text",
    [
        "Erziehungsberatung in polnischer Sprache, Kind 8, Kamen",
        "Kurmancî bilen Erziehungsberatung, Kind 9, Bergkamen",
        "Any parenting support in Portuguese near Kamen? Child is 6",
    ],
)
def test_a_language_no_fitting_offer_is_held_in_is_a_gap_with_alternatives(
    catalogue: Catalogue, text: str
) -> None:
    request = understand(text, catalogue)
    answer = match(request, catalogue)
    assert answer.gap is GapReason.LANGUAGE and not answer.offers
    assert answer.alternatives  # offers that fit all but the language, clearly marked
    assert not request.unexplained  # the language's name is no unknown need


def test_offers_shown_for_a_language_are_held_in_it(catalogue: Catalogue) -> None:
    answer = match(understand("Elternkurs in türkischer Sprache, Lünen, Kind 6", catalogue),
                   catalogue)  # fmt: skip
    assert answer.offers and answer.gap is None
    assert all("tr" in hit.offer.languages for hit in answer.offers)


def test_the_name_table_is_what_babel_gives() -> None:
    """`language_names.tsv` is generated; it must not drift from Babel or `[names]`."""
    assert TABLE.read_text("utf-8") == render(generate())


LABELLED = ["dev.jsonl", "fresh/requests.jsonl", "holdout/requests.jsonl",
            "holdout2/requests.jsonl"]  # fmt: skip


@pytest.mark.parametrize("name", LABELLED)
def test_no_labelled_request_gains_a_language_it_does_not_ask_for(name: str) -> None:
    """Over every labelled request: no language the label lacks (a family's language, a
    nationality, a subject), and the asked ones found."""
    wrong, missed, asked = [], 0, 0
    for line in (Path(__file__).parent / "data" / name).read_text("utf-8").splitlines():
        label = json.loads(line)
        want = set(label.get("languages") or ())
        got = set(parse_languages(fold(germanise(label["q"]))))
        wrong += [(label["id"], sorted(got - want))] if got - want else []
        missed += len(want - got)
        asked += len(want)
    assert wrong == []
    assert missed <= 0.05 * asked


def test_every_language_with_a_german_adjective_name_is_understood_in_every_frame() -> None:
    """The mechanism, not a list: each ISO 639-1 language Babel names with a German adjective
    ("Aserbaidschanisch", "Lettisch", "Walisisch") is read in the common German frames."""
    names = {c: n for c, n in Locale("de").languages.items()
             if len(c) == 2 and c != "de" and n.endswith("isch") and n.isalpha()}  # fmt: skip
    frames = ["Elternkurs auf {N}, Kind 4", "Beratung in {n}er Sprache für eine Mutter",
              "{N}sprachige Hebamme gesucht",
              "Kinderarzt gesucht, der {N} spricht"]  # fmt: skip
    missed = [(code, frame) for code, name in names.items() for frame in frames
              if code not in parse_languages(fold(frame.replace("{N}", name)
                                                  .replace("{n}", name.lower())))]  # fmt: skip
    assert len(names) >= 90 and missed == []


@given(st.text(max_size=200))
def test_any_text_gives_known_codes_in_order_without_german(text: str) -> None:
    codes = parse_languages(fold(text))
    assert len(set(codes)) == len(codes) and "de" not in codes
    assert all(2 <= len(code) <= 3 and code.isalpha() for code in codes)
