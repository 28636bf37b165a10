"""Swedish, Gujarati and Malay ages and languages in a German message (tongues50c).

Social workers and interpreters write "flickan är åtta år", "bebisen 6 veckor", "12-åring",
"દીકરી ૪ વર્ષ", "બાળક ૨ મહિનાનું", "budak tujuh tahun", and
ask "på svenska?", "nur auf ગુજરાતી", "dalam bahasa Melayu". Without the `[sv]`, `[gu]` and `[ms]`
sections of `bot/data/foreign.toml` these ages were lost and the languages no wish. Malay shares
Indonesian's numbers and units (`[id]`, with "lapan"); Gujarati digits are read by
`foreign_scripts.ascii_digits`. The sentences are new ones, read through the whole assistant.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

_AGES = [
    # Swedish: the unit after its number, "är" (is) only with its mark, "-åring" glued on
    ("hej, flickan är åtta år och läser dåligt. Lernförderung in Unna?", (96, 107)),
    ("bebisen 6 veckor, skriker mycket, Schreibaby-Beratung Kamen", (1, 1)),
    ("12-åring spelar hela nätterna, Medienberatung in Werne", (144, 155)),
    ("sonen nio månader, Frühförderung in Selm?", (9, 9)),
    ("tvillingarna, två år, Kitaplatz in Bönen gesucht", (24, 35)),
    ("två barn, 4 och 8 år, Mutter alleinerziehend in Lünen", (48, 107)),
    ("Gravid i femte månaden, ingen barnmorska. Hebamme in Unna?", (-9, -1)),
    # Gujarati: native digits and number words before the unit, its genitive endings
    ("દીકરી ૪ વર્ષ, spricht wenig. Sprachförderung in Kamen", (48, 59)),
    ("બાળક ૨ મહિનાનું, Mutter erschöpft. Frühe Hilfen Unna", (2, 2)),
    ("દીકરો આઠ વર્ષ, Wutanfälle. Erziehungsberatung Lünen", (96, 107)),
    ("મારી બહેન ગર્ભવતી, sucht Hebamme in Werne", (-9, -1)),
    # Malay: Indonesian's numbers and units, "lapan", "mengandung", "budak"
    ("budak lelaki lapan tahun, susah membaca. Lernförderung Bergkamen", (96, 107)),
    ("Ibu mengandung enam bulan, perlu bidan. Hebamme in Selm", (-9, -1)),
    ("bayi 3 minggu, tak tidur malam. Schreibaby-Beratung Unna", (0, 0)),
]


@pytest.mark.parametrize(("text", "age"), _AGES)
def test_the_childs_age_is_read(assistant: Assistant, text: str, age: tuple[int, int]) -> None:
    request = assistant.respond(text)[0].request
    assert request.age is not None and (request.age.low, request.age.high) == age


_LANGUAGES = [
    ("pojken 7 år, finns det Erziehungsberatung på svenska i Kamen?", ("sv",)),
    ("dottern 3 år, Kita in Unna, helst svenska", ("sv",)),
    ("svensk familj, engelska funkar. Babykurs in Lünen, bebisen 3 månader", ("en",)),
    ("Kind ૫ વર્ષ, Beratung nur auf ગુજરાતી in Kamen", ("gu",)),
    ("Eltern brauchen ગુજરાતી Dolmetscherin, Kinder ૬ und ૯, Lünen", ("gu",)),
    ("Anak tujuh tahun, Erziehungsberatung dalam bahasa Melayu, Unna", ("ms",)),
    ("bayi 2 bulan, bahasa Inggeris pun ok, Hebamme in Kamen", ("en",)),
]


@pytest.mark.parametrize(("text", "languages"), _LANGUAGES)
def test_an_asked_language_is_a_wish(assistant: Assistant, text: str,
                                     languages: tuple[str, ...]) -> None:
    assert assistant.respond(text)[0].request.languages == languages


@pytest.mark.parametrize("text", [
    # a stay's length, a time past: no child's age
    "Familjen bodde i Malmö i tre år, pappa arbetslös. BuT-Anträge in Kamen?",
    "Vi flyttade hit för två år sedan, Vater arbeitslos. BuT-Beratung Lünen",
    "Keluarga tinggal di Jerman selama lima tahun, ayah menganggur. BuT-Beratung Lünen",
])
def test_no_childs_age_where_none_is_told(assistant: Assistant, text: str) -> None:
    assert assistant.respond(text)[0].request.age is None


@pytest.mark.parametrize(("text", "age"), [
    ("Mamman är 33 år, barnet 7 månader, Eltern-Kind-Gruppe in Kamen", (7, 7)),
    ("પિતા ૪૨ વર્ષ, દીકરો ૫ વર્ષ, Kita in Selm", (60, 71)),
])
def test_a_parents_age_is_not_the_childs(assistant: Assistant, text: str,
                                         age: tuple[int, int]) -> None:
    request = assistant.respond(text)[0].request
    assert (request.age.low, request.age.high) == age


@pytest.mark.parametrize("text", [
    "mamma har ingen bil, bebis 2 veckor, Hebamme in Kamen",
    "familj utan bil i Hengsen, barnet 4 år, Kita gesucht",
])
def test_a_swedish_car_is_no_beating(assistant: Assistant, text: str) -> None:
    request = assistant.respond(text)[0].request
    assert not request.child_protection and "kinderschutz" not in request.topics


def test_a_report_of_swedish_only_asks_for_nothing(assistant: Assistant) -> None:
    request = assistant.respond("Familie aus Schweden, Kind 4 Jahre, Kita in Werne")[0].request
    assert request.languages == ()


@pytest.mark.parametrize(("text", "place"), [
    # "i" (in) before a capitalised place is "in": "Massen" alone is also German "lots of"
    ("hej! familj i Massen, barnet fyra år, behöver Sprachförderung", "unna-massen"),
    ("flicka 6 år, OGS-plats i Massen? mamma arbetar till 16:30", "unna-massen"),
])
def test_swedish_i_before_a_place_is_in(assistant: Assistant, text: str, place: str) -> None:
    answer = assistant.respond(text)[0]
    assert answer.request.place == place
    assert answer.question is None or answer.question.kind != "place_ambiguous"


def test_an_i_that_means_and_joins_no_place(assistant: Assistant) -> None:
    """Croatian "i" (and) between two ages or before a lower-case word is no "in"."""
    request = assistant.respond("dvoje djece 7 i 11, tražimo OGS i Nachhilfe in Kamen")[0].request
    assert request.place == "kamen"
    assert (request.age.low, request.age.high) == (84, 143)


def test_swedish_gaming_and_a_child_alone_name_their_needs(assistant: Assistant) -> None:
    """"zockar" (games) is media use, "ensam hemma" a child left alone at home."""
    gaming = assistant.respond("pojken 11 år zockar till 2 uhr nachts, föräldrarna vill ha råd. "
                               "Langschede")[0].request
    assert gaming.topics[0] == "medien_sucht"
    alone = assistant.respond("barnet fem år ofta ensam hemma på kvällarna, Uelzen")[0].request
    assert "kinderschutz" in alone.topics
