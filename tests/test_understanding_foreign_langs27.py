"""Languages families in NRW write that no section read before session 27: Swahili, Twi, Yoruba,
Igbo and Nigerian Pidgin, Hindi and Punjabi in their scripts, Bengali, Malayalam, Tamil in its
script, Sorani Kurdish, Armenian, Azerbaijani, Romani, Amharic, Tagalog — the child's age (also
with the unit before its number, "miaka 4", "mfe 3"), a pregnancy, and a wish for an offer held in
the language ("kwa Kiswahili", "हिंदी में", "বাংলায়", "հայերենով", "بە کوردی"); and language codes
typed in lower case ("auf tr", "Sprache: bn oder en")."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.understanding import understand
from bot.understanding.language_codes import spell_out_codes

PREGNANT = (-9, -1)


@pytest.mark.parametrize(
    ("text", "age", "place"),
    [
        # Swahili, Twi, Yoruba, Igbo: the unit before its number, also a number word
        ("mtoto wetu ana miaka mitano, Schwerte", (60, 71), "schwerte"),
        ("mtoto wa miezi 7 analia usiku, Kamen Methler", (7, 7), "kamen-methler"),
        ("Mke wangu ni mjamzito, wiki 30. Bergkamen", PREGNANT, "bergkamen"),
        ("Me babaa adi mfe 16, Unna", (192, 203), "unna"),
        ("me yere ayem, abosome 6. We dey Kamen.", PREGNANT, "kamen"),
        ("omo mi obinrin je omo odun meji, Fröndenberg", (24, 35), "froendenberg"),
        ("Ọmọ mi jẹ́ ọmọ ọdún márùn-ún, Werne Stockum", (60, 71), "werne-stockum"),
        ("Nwunye m dị ime, ọnwa asaa. Unna", PREGNANT, "unna"),
        ("my pikin na 4 years, e no dey talk well. Bergkamen", (48, 59), "bergkamen"),
        # Hindi, Punjabi, Bengali, Malayalam, Tamil in their scripts and in Latin letters
        ("मेरा बेटा 3 साल का है, Kamen", (36, 47), "kamen"),
        ("आठ महीने की बच्ची, Schwerte Ergste", (8, 8), "schwerte-ergste"),
        ("मेरी पत्नी गर्भवती है, 5वां महीना। Unna Massen", PREGNANT, "unna-massen"),
        ("ਧੀ 2 ਸਾਲ ਦੀ, Unna", (24, 35), "unna"),
        ("আমার ছেলের বয়স ৫ বছর, Bergkamen Oberaden", (60, 71), "bergkamen-oberaden"),
        ("tin bochorer meye, Fröndenberg Langschede", (36, 47), "froendenberg-langschede"),
        ("എന്റെ മകന് 4 വയസ്സ്, Unna", (48, 59), "unna"),
        ("randu vayassu ulla kunju, Schwerte Villigst", (24, 35), "schwerte-villigst"),
        ("என் மகனுக்கு 7 வயது, Werne", (84, 95), "werne"),
        # Sorani in Arabic script ("مانگی حەوت": the month named before its number)
        ("کوڕەکەم ٦ ساڵە، Kamen-Mitte", (72, 83), "kamen-mitte"),
        ("ژنەکەم دووگیانە، مانگی حەوتە. Lünen", PREGNANT, "luenen"),
        ("kichekem 11 saley, Unna", (132, 143), "unna"),
        # Armenian, Azerbaijani, Romani, Amharic, Tagalog, Greek
        ("Տղաս 5 տարեկան է, Holzwickede", (60, 71), "holzwickede"),
        ("erexas 1 tarekan e, Kamen Südkamen", (12, 23), "kamen-suedkamen"),
        ("Qızım 7 aylıqdır, çox ağlayır. Unna Lünern", (7, 7), "unna-luenern"),
        ("mo čhavo si 6 beršengo, Unna Königsborn", (72, 83), "unna-koenigsborn"),
        ("mo chavo 11 bers, Kamen", (132, 143), "kamen"),
        ("ሴት ልጄ 12 ዓመቷ ነው፣ Kamen", (144, 155), "kamen"),
        ("Ang anak ko ay 5 taong gulang, Unna", (60, 71), "unna"),
        ("έγκυος στον 6ο μήνα, Kamen", PREGNANT, "kamen"),
    ],
)  # fmt: skip
def test_the_age_is_read_in_the_family_s_language(
    catalogue: Catalogue, text: str, age: tuple[int, int], place: str
) -> None:
    request = understand(text, catalogue)
    assert request.age is not None
    if age == PREGNANT:  # a pregnancy: the week or month may narrow it
        assert age[0] <= request.age.low and request.age.high == -1
    else:
        assert (request.age.low, request.age.high) == age
    assert request.place == place


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        ("Erziehungsberatung kwa Kiswahili? Schwerte", ("sw",)),
        ("Hebamme a ɔka Twi? Kamen", ("tw",)),
        ("obi a ɔte Twi ase? Unna", ("tw",)),
        ("Suchtberatung ní èdè Yorùbá tàbí English, Unna", ("en", "yo")),
        ("Geburtsvorbereitungskurs, n'asụsụ Igbo ma ọ bụ English", ("en", "ig")),
        ("Hebamme चाहिए, हिंदी में बात करने वाली हो तो अच्छा", ("hi",)),
        ("Tagesmutter, ਪੰਜਾਬੀ ਬੋਲਣ ਵਾਲੀ ਹੋਵੇ ਤਾਂ ਵਧੀਆ", ("pa",)),
        ("বাংলায় কথা বলতে পারে এমন Hebamme?", ("bn",)),
        ("Berufsberatung Bangla te hole bhalo", ("bn",)),
        ("മലയാളം സംസാരിക്കുന്ന Hebamme ഉണ്ടോ?", ("ml",)),
        ("Psychotherapie, malayalathil samsarikkunna aal", ("ml",)),
        ("Kita இடம், தமிழில் பேசுபவர் இருந்தால் நல்லது", ("ta",)),
        ("Krabbelgruppe لە Lünen؟ بە کوردی باشترە", ("ku",)),
        ("Schwangerschaftsberatung Unna, հայերենով հնարավո՞ր է", ("hy",)),
        ("Trennungsberatung hayeren lezvov, Werne", ("hy",)),
        ("Azərbaycan dilində danışan Hebamme var?", ("az",)),
        ("Familienhebamme Schwerte azərbaycanca", ("az",)),
        ("Hebamme Lünen, kaj vakerel romanes?", ("rom",)),
        ("Hebamme በአማርኛ Unna?", ("am",)),
        ("Hebamme sa Schwerte. Pwede ba sa Tagalog o English?", ("en", "tl")),
        # a code in lower case after a frame word
        ("Elterncafé in Unna, Sprache: bn oder en", ("bn", "en")),
        ("Erziehungsberatung auf tr in Kamen", ("tr",)),
        ("Beratung in ar für die Familie", ("ar",)),
    ],
)  # fmt: skip
def test_a_wish_in_the_family_s_language_is_read(
    catalogue: Catalogue, text: str, languages: tuple[str, ...]
) -> None:
    assert tuple(sorted(understand(text, catalogue).languages)) == languages


@pytest.mark.parametrize(
    "text",
    [
        "Gespräch in es, Kind 4",  # "es" is a German word, no Spanish
        "Kamen/en Kita 3 J",  # a code not framed
        "wir sind am Montag in Unna",
        "Gespräch in uk",  # "uk" may be the United Kingdom
    ],
)
def test_a_lower_case_word_is_no_language_code(text: str) -> None:
    assert spell_out_codes(text) == text


@pytest.mark.parametrize(
    ("text", "gap"),
    [
        # no offer is held in Bengali: an honest language gap, not a midwife in German
        ("আমার স্ত্রী গর্ভবতী, বাংলায় কথা বলতে পারে এমন Hebamme? Kamen", True),
        # a Kurdish crawling group exists in Brambauer: the Sorani wish finds it
        ("منداڵێکی ٢ ساڵان، Krabbelgruppe لە Lünen-Brambauer؟ بە کوردی باشترە", False),
    ],
)
def test_a_wish_decides_the_gap(catalogue: Catalogue, text: str, gap: bool) -> None:
    answer = match(understand(text, catalogue), catalogue)
    assert (answer.gap is not None) == gap


@pytest.mark.parametrize(
    ("text", "topic", "not_topic"),
    [
        # Turkish "kız" (girl) with its dotless ı is a girl, no Kinderzuschlag ("KiZ")
        ("Kız 14 yaşında, okulda sorun var, Unna", "schulsozialarbeit", "but_finanzen"),
        ("KiZ beantragen, Kind 5, Kamen", "but_finanzen", None),
        # Hungarian "bába" (midwife) with its á is no Turkish "baba" (father)
        ("bába kell, terhes vagyok 20. hét, Kamen", "schwangerschaft_geburt", None),
    ],
)
def test_marks_tell_two_languages_words_apart(
    catalogue: Catalogue, text: str, topic: str, not_topic: str | None
) -> None:
    topics = understand(text, catalogue).topics
    assert topic in topics
    assert not_topic not in topics


def test_hungarian_midwife_is_no_father() -> None:
    from bot.understanding.foreign import germanise

    assert germanise("bába kell") == "Hebamme kell"
    assert germanise("anne baba") == "anne Vater"  # Turkish, no marks: still the father


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        # the language judged good for the family is wished for
        ("Freizeitangebote + Deutsch, Gahmen, Kinder 10 u 12. Arabisch wäre gut", ("ar",)),
        ("Farsi would be great, child 4, Kamen", ("fa",)),
        # a Vietnamese verb after the language in German word order
        ("Lotsin die tiếng Việt nói? Lünen, Baby 2 Monate", ("vi",)),
        # the language of the people the request is about describes them: no wish
        ("Zwei ukrainischsprachige Jugendliche (15 und 16) suchen einen Jugendtreff in Kamen.", ()),
        ("The family is Arabic-speaking but the girl (10) needs help with maths in Kamen.", ()),
        ("Мы русскоязычная семья, сыну 9, ищем футбольный клуб в Bergkamen.", ()),
        # … while the staff's or the client's language still is one
        ("russischsprachige Familie sucht russischsprachige Hebamme, Kamen", ("ru",)),
        ("arabischsprachige Klientin sucht Hebamme Unna", ("ar",)),
    ],
)  # fmt: skip
def test_who_speaks_the_language_decides_the_wish(
    catalogue: Catalogue, text: str, languages: tuple[str, ...]
) -> None:
    assert tuple(sorted(understand(text, catalogue).languages)) == languages


@pytest.mark.parametrize(
    ("text", "age", "languages"),
    [
        # a mark no letter composes with (Yoruba ẹ with an acute) does not hide the word
        ("Omo mi odun mẹ́rin, Logopädie Lünen?", (48, 59), ()),
        # Pidgin "na" before an age is "is"
        ("my pikin na 13, dem dey bully am for school. Holzwickede", (156, 167), ()),
        # a second language after "or" in the family's language
        ("Mvulana wa miaka 15, kifft. Ushauri kwa Kiswahili au Kiingereza? Unna", (180, 191),
         ("en", "sw")),
        # "… for English-speaking parents" asks for the group in English
        ("Is there a playgroup for English-speaking parents with toddlers (18 mo) in Unna?",
         (18, 18), ("en",)),
        # … but German with an interpreter being fine too waives it
        ("son 11 gets bullied at school, Holzwickede. Farsi would be ideal but German with an"
         " interpreter is ok too.", (132, 143), ()),
    ],
)
def test_more_ways_families_write(
    catalogue: Catalogue, text: str, age: tuple[int, int], languages: tuple[str, ...]
) -> None:
    request = understand(text, catalogue)
    assert request.age is not None and (request.age.low, request.age.high) == age
    assert tuple(sorted(request.languages)) == languages
