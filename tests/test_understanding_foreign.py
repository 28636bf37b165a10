"""Code-mixed requests: foreign ages, language wishes, needs and greetings are read as German."""

from __future__ import annotations

import re
import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.catalogue import Catalogue
from bot.dialogue.phrases import bare_age
from bot.matching import match
from bot.models import AgeRange, GapReason
from bot.text import fold
from bot.understanding import understand
from bot.understanding.foreign import DATA, fold_foreign, germanise
from bot.vocabulary.lexicon import age_vocabulary, topic_lexicon


@pytest.mark.parametrize(
    ("text", "german"),
    [
        # Turkish: "N yaşında", "N yaşındaki", "N aylık", the month of a pregnancy, school years
        ("oğlum 9 yaşında", "Sohn 9 Jahre"),
        ("yedi yaşındaki kızı", "7 jährige Tochter"),
        ("bebeğim 5 aylık", "Baby 5 Monate alt"),  # "aylık" is "… months old"
        ("hamile, 7. ayında", "schwanger, 7. Monat"),
        ("kızı 3. sınıfta", "Tochter 3. Klasse"),
        ("çocuklar 4 ve 12", "Kinder 4 und 12"),
        # Polish: "N lat/lata/roku", "N miesięcy/miesiące", "miesiąc" as the month of a pregnancy
        ("syn ma 12 lat", "Sohn ma 12 Jahre"),
        ("córka, dwa lata", "Tochter, 2 Jahre"),
        ("niemowlę 4 miesiące", "Baby 4 Monate"),
        ("w ciąży, 6 miesiąc", "schwanger, 6. Monat"),
        ("półtora roku", "1,5 Jahre"),
        ("dzieci 3 i 8 lat", "Kinder 3 und 8 Jahre"),
        # Russian and Ukrainian
        ("сын 11 лет", "Sohn 11 Jahre"),
        ("дочка 2 года", "Tochter 2 Jahre"),
        ("дитина 6 років", "Kind 6 Jahre"),
        ("донька 9 місяців", "Tochter 9 Monate"),
        # Arabic, with Arabic-Indic and Persian digits
        ("بنتي عمرها ٥ سنوات", "Tochter 5 Jahre"),
        ("ابني عمره ۸", "Sohn 8 Jahre"),
        ("طفل ٣ أشهر", "Kind 3 Monate"),
        ("رضيع عمره شهرين", "Baby 2 Monate"),
        # Arabic writes "and", "with", "for" and the article onto the next word
        ("وبنتي عمرها خمس سنوات", "و Tochter 5 Jahre"),
        ("بالمدرسة", "بال Schule"),
        ("للأطفال", "لل Kinder"),
        # Persian, Romanian, Bulgarian, Kurmanji
        ("دخترم ۸ ماهه", "Tochter 8 Monate"),
        ("پسرم ۵ سالشه", "Sohn 5 Jahre"),
        ("fiica mea 3 ani", "Tochter 3 Jahre"),
        ("детето 4 години", "Kind 4 Jahre"),
        ("zarok 2 salî", "Kind 2 Jahre"),
        # language wishes written in the other language
        ("ktoś po rosyjsku", "ktoś auf Russisch"),
        ("Arapça konuşan biri", "auf Arabisch biri"),
        ("Kürtçe olsun", "auf Kurdisch"),
        ("يتكلم كردي بس", "spricht nur Kurdisch"),
        ("بالفارسي", "auf Persisch"),
        ("консультация по-украински", "консультация auf Ukrainisch"),
        ("на русском", "auf Russisch"),
        ("англійською мовою", "auf Englisch"),
        ("به فارسی", "auf Persisch"),
        ("grădiniță în română", "Kita auf Rumänisch"),
        ("bi kurdî", "auf Kurdisch"),
        # the family's lack of German is a need, not a wish for the offer
        ("mama nie mówi po niemiecku", "mama spricht kein Deutsch"),
        ("anne Almanca bilmiyor", "anne spricht kein Deutsch"),
        ("ما بيحكي ألماني", "spricht kein Deutsch"),
        # need words
        ("szukam przedszkola", "Kita"),
        ("anaokulu lazım", "Kita lazım"),
        ("okulda sorun", "Schule Probleme"),
        ("pediatra mówi logopeda", "Kinderarzt mówi Logopädie"),
        # where a family comes from
        ("rodzina z Ukrainy", "Familie aus der Ukraine"),
        ("Suriye'den geldiler", "Syrien geldiler"),
        # greetings and forms of address are dropped, suffixes after an apostrophe too
        ("Merhaba hocam, Werne'de kreş", "Werne Kita"),
        ("Witam, Kita w Selm", "Kita w Selm"),
        ("مرحبا، روضة", "Kita"),
    ],
)
def test_foreign_fragments_become_german(text: str, german: str) -> None:
    assert germanise(text).strip() == german


@pytest.mark.parametrize(
    ("text", "age", "languages"),
    [
        ("Kızım 4 yaşında, Kita in Unna, Türkçe konuşan", AgeRange(48, 59), ("tr",)),
        ("dziecko 7 lat, Nachhilfe Kamen, najlepiej po polsku", AgeRange(84, 95), ()),
        ("ابني عمره ١٠ سنوات، Sport in Werne", AgeRange(120, 131), ()),
        ("Schwangere im 7 miesiąc, Hebamme Lünen", AgeRange(-9, -1), ()),
        ("сын 5 лет, Kita Selm, по-русски", AgeRange(60, 71), ("ru",)),
    ],
)
def test_code_mixed_requests_are_understood(
    catalogue: Catalogue, text: str, age: AgeRange, languages: tuple[str, ...]
) -> None:
    request = understand(text, catalogue)
    assert request.age == age
    assert set(languages) <= set(request.languages)
    assert request.text == text  # the original is what is shown and redacted


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("сыну 6 лет, Sprachförderung в Унна?", "unna"),
        ("донька 4 роки, Kita у Люнен", "luenen"),
        ("Фрёнденберг, дети 3 и 5 лет", "froendenberg"),
        ("ясли, Хольцвиккеде", "holzwickede"),
    ],
)
def test_place_names_in_cyrillic_are_found(catalogue: Catalogue, text: str, place: str) -> None:
    assert understand(text, catalogue).place == place


@pytest.mark.parametrize(
    "text",
    [
        "Kreş lazım Bergkamen, oğlum 2 yaşında, Kürtçe konuşan",
        "طفلي عمره ٤ سنوات روضة في بيرغكامن باللغة الكردية",
    ],
)
def test_a_wish_for_a_language_no_offer_is_held_in_is_an_honest_gap(
    catalogue: Catalogue, text: str
) -> None:
    request = understand(text, catalogue)
    assert request.place == "bergkamen"
    assert request.languages == ("ku",)
    answer = match(request, catalogue)
    assert answer.gap is GapReason.LANGUAGE
    assert not answer.offers


def _lexicon_terms() -> dict[str, str]:
    terms: dict[str, str] = {}
    lexicon = topic_lexicon()
    for section in ("strong", "weak"):
        for topic, phrases in lexicon[section].items():
            terms.update((p, topic) for p in phrases if isinstance(p, str))
    return terms


def _german_words() -> list[str]:
    words = set(_lexicon_terms())
    words.update(age_vocabulary().numbers)
    words.update(age_vocabulary().child_nouns)
    return sorted(words)


def test_no_lexicon_word_is_rewritten_into_something_else(catalogue: Catalogue) -> None:
    """A foreign word that is also German would change requests written in German; the few
    foreign words of the German lexicons ("anne bebek", "kızım") may be rewritten, to a word
    with the same role."""
    terms = _lexicon_terms()
    nouns = set(age_vocabulary().child_nouns)
    lost = [w for w in terms if germanise(w) != w and terms[w] not in topics(catalogue, w)]
    lost += [w for w in nouns if germanise(w) != w and fold(germanise(w)) not in nouns]
    lost += [w for w in age_vocabulary().numbers if germanise(w) != w]
    places = [p.name for p in catalogue.gazetteer.places.values()]
    lost += [p for p in places if germanise(p) != p]
    assert lost == []


def topics(catalogue: Catalogue, text: str) -> tuple[str, ...]:
    return understand(text, catalogue).topics


def test_vocabulary_is_well_formed() -> None:
    """Every wildcard has a stem of three letters, the index key the rules are found by."""
    with DATA.open("rb") as handle:
        data = tomllib.load(handle)
    for section in data.values():
        for table in ("words", "wishes", "units"):
            for word in section.get(table, {}):
                for stem in re.findall(r"(\w+)\*", fold_foreign(word)):
                    assert len(stem) >= 3, word


def _english_words() -> set[str]:
    """Words of the English rules: the German lexicons know some English ("crying", "sleep"), and
    two of them side by side are an English phrase ("crying baby"), rightly rewritten."""
    with DATA.open("rb") as handle:
        english = tomllib.load(handle)["en"]
    phrases = [key for table in english.values() if isinstance(table, dict) for key in table]
    return {word for phrase in phrases for word in re.findall(r"\w+", fold_foreign(phrase))}


_ENGLISH = _english_words()
_PLAIN = [w for w in _german_words()  # not "anne bebek" (Turkish), not "crying" (English)
          if germanise(w) == w and not set(re.findall(r"\w+", fold_foreign(w))) & _ENGLISH]
_GERMAN = st.lists(st.sampled_from([*_PLAIN, "Kind", "3", "Jahre", ",", "in", "Kamen"]),
                   max_size=12).map(" ".join)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(_GERMAN)
def test_german_text_passes_unchanged(text: str) -> None:
    assert germanise(text) == text


_ALPHABET = st.characters(codec="utf-8", categories=("L", "N", "P", "Z", "S", "M"))


@settings(max_examples=300, deadline=None)
@given(
    st.text(_ALPHABET, max_size=80)
    | st.text("3 ٧۸ yaşında lat po polsku عمره سنوات и лет',.-", max_size=60)
)
def test_never_crashes(text: str) -> None:
    out = germanise(text)
    assert not re.search("[\u0660-\u0669\u06f0-\u06f9]", out)  # every digit is an ASCII digit


@pytest.mark.parametrize(
    ("answer", "age"),
    [
        ("два года", AgeRange(24, 35)),
        ("beş yaşında", AgeRange(60, 71)),
        ("٧ سنوات", AgeRange(84, 95)),
    ],
)
def test_a_foreign_answer_to_the_age_question_is_an_age(answer: str, age: AgeRange) -> None:
    assert bare_age(answer) == age


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("uczennica 13 w Kamen, potrzebuje pomocy w nauce", (156, 167)),
        ("uczeń 9, Unna, szukamy pomocy w lekcjach", (108, 119)),
        ("ученик 12, Unna, нужна помощь с учёбой", (144, 155)),
        ("учениця 15, Lünen, потрібна консультація", (180, 191)),
    ],
)  # fmt: skip
def test_a_pupil_named_before_the_number_gives_the_age(catalogue: Catalogue, text: str,
                                                        age: tuple[int, int]) -> None:  # fmt: skip
    """A pupil noun is a role noun in every language: the number after it is the child's age."""
    found = understand(text, catalogue).age
    assert found is not None and (found.low, found.high) == age
