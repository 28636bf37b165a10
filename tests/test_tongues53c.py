"""Maltese, Javanese and Bashkir ages and languages in a German message (tongues53c).

Kita heads, childminders and school social workers write "tifla ta' erba' snin", "it-tarbija
għandha sitt ġimgħat", "tewmin ta' għaxar xhur", "bocah lanang umure rong taun", "umure setaun
setengah", "ун ике йәш" or "сабый алты айлыҡ", and ask "bil-Malti", "nganggo basa Jawa" or
"башҡортса". Without the `[mt]`, `[jv]` and `[ba]` sections of `bot/data/foreign.toml` these ages
and wishes were lost. Maltese counts two with a dual of the noun ("sentejn", "xahrejn"), Javanese
puts linking forms before its unit ("patang taun"), Bashkir builds on Tatar's section
(`builds_on`) and its own letters fold to the ones a Russian keyboard types. A stay in Germany
("ilhom sentejn il-Ġermanja", "Германияла өс йыл") is no age, a mother's "sbatax-il sena" or
"pitulas taun" no child's, and what a family speaks is no wish. New sentences, read through the
whole assistant.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.understanding.foreign import germanise

_AGES = [
    # Maltese: short number forms, plural and singular units, duals, "u nofs", the article
    ("It-tifel għandu tliet snin u ma jitkellimx. Logopädie in Unna?", (36, 47)),
    ("tifla ta hmistax il sena, Schulsozialarbeit Kamen", (180, 191)),
    ("Tarbija ta' tmien xhur, Krabbelgruppe Bönen", (8, 8)),
    ("Binti għandha xahrejn, Babymassage Selm", (2, 2)),
    ("Ibni għandu erba' snin u nofs, Kita Werne", (54, 54)),
    ("It-tarbija għandha ġimagħtejn, Hebamme Lünen", (0, 0)),
    ("L-omm hija tqila, Hebamme Schwerte", (-9, -1)),
    # Javanese: linking forms, teens in "-las", "se-" one, a half after the unit, krama
    ("Bocah wadon umure pitung taun, Nachhilfe Kamen", (84, 95)),
    ("anakku lanang nembelas taun, Ausbildung Unna", (192, 203)),
    ("Bayine umur sesasi, Hebamme Bönen", (1, 1)),
    ("Bocah lanang rong taun setengah, Kita Lünen", (30, 30)),
    ("Putra kula yuswanipun gangsal taun, Kita Selm", (60, 71)),
    ("Ibune lagi meteng, Hebamme Werne", (-9, -1)),
    # Bashkir: Tatar's numbers with its own, "йәш" and "айлыҡ", "ярым", a Russian keyboard
    ("Улым ун өс йәштә, Schulsozialarbeit Bergkamen", (156, 167)),
    ("Ҡыҙым һигеҙ йәшлек, OGS Unna", (96, 107)),
    ("Сабый биш айлыҡ, Krabbelgruppe Kamen", (5, 5)),
    ("Малай ике ярым йәштә, Kita Selm", (30, 30)),
    ("кызым ете йэш, Schwimmkurs Werne", (84, 95)),
    ("Бәпескә өс аҙна, Hebamme Lünen", (0, 0)),
]


@pytest.mark.parametrize(("text", "age"), _AGES)
def test_the_childs_age_is_read(assistant: Assistant, text: str, age: tuple[int, int]) -> None:
    request = assistant.respond(text)[0].request
    assert request.age is not None and (request.age.low, request.age.high) == age


_LOOKALIKES = [
    # a stay in Germany or a time past beside the child's German age
    ("Ilhom tliet snin il-Ġermanja. Sohn 9 Jahre, Nachhilfe Unna", (108, 119)),
    ("Ilna sentejn fil-Ġermanja, it-tifla għandha 6 Jahre, OGS Kamen", (72, 83)),
    ("Wis limang taun ing Jerman. Tochter 11 Jahre, Mädchentreff Bergkamen", (132, 143)),
    ("Германияла ике йыл йәшәйбеҙ. Малай 10 Jahre, Nachhilfe Selm", (120, 131)),
    # a parent's age beside the baby's
    ("L-omm għandha tmintax-il sena u t-tarbija għandha ħames xhur. Frühe Hilfen Unna", (5, 5)),
    ("Ibune umur wolulas taun, bayine telung sasi. Frühe Hilfen Kamen", (3, 3)),
    ("Әсәһенә ун һигеҙ йәш, бәпескә дүрт ай. Frühe Hilfen Lünen", (4, 4)),
]


@pytest.mark.parametrize(("text", "age"), _LOOKALIKES)
def test_a_stay_or_a_parents_age_keeps_the_childs(
    assistant: Assistant, text: str, age: tuple[int, int]
) -> None:
    request = assistant.respond(text)[0].request
    assert request.age is not None and (request.age.low, request.age.high) == age


def test_german_words_are_no_maltese_javanese_or_bashkir() -> None:
    text = "Die Mutter sagt, das Kind sei seit 3 Wochen krank; Termin am 5. Mai in Unna."
    assert germanise(text) == text


_LANGUAGES = [
    ("Erziehungsberatung bil-Malti? Tifel ta' seba' snin, Kamen", ("mt",)),
    ("Grupp tal-ġenituri bl-Ingliż? It-tifla għandha sentejn, Lünen", ("en",)),
    ("Elternkurs nganggo basa Jawa? Anakku umur wolung taun, Unna", ("jv",)),
    ("Golek Hebamme sing iso basa Jawa, ibune meteng, Selm", ("jv",)),
    ("Логопед башҡортса бармы? Улым дүрт йәш, Werne", ("ba",)),
    ("Erziehungsberatung башҡорт телендә, ҡыҙым туғыҙ йәштә, Unna", ("ba",)),
    ("Sprachmittler, der Javanisch oder wenigstens Indonesisch kann? Kind 3 Jahre, Kamen",
     ("jv", "id")),
    # a report of what the family speaks asks for nothing
    ("Il-ġenituri jitkellmu biss bil-Malti. Tifel ta' ħames snin, Kita Unna", ()),
    ("Wong tuwane ngomong basa Jawa. Bocah umur patang taun, Kita Kamen", ()),
    ("Ата-әсәһе башҡортса һәм урыҫса һөйләшә. Малай өс йәштә, Kita Bönen", ()),
]


@pytest.mark.parametrize(("text", "languages"), _LANGUAGES)
def test_an_asked_language_is_a_wish(assistant: Assistant, text: str,
                                     languages: tuple[str, ...]) -> None:
    assert assistant.respond(text)[0].request.languages == languages
