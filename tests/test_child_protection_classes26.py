"""Child protection by class, round 26: signs told indirectly, by bystanders, friends and
neighbours, in the languages families and helpers mix in — and ordinary worries with the same
words, which must raise no alarm.

A stepfather who comes into a girl's room at night and asks for silence, burn marks and a child
who will not go home, small children alone for hours on a bench with "anne yok" ("mother is not
there"), a neighbour who hits her children, a man who sends a teenager pictures: the foreign words
are rewritten into the German words of `safety.toml` (`foreign.toml`), so the German rules decide.
Fear of the dark, a child alone for two hours after school until a parent is back from work, a
burn from the stove, a shy child who plays alone, a secret about bad marks are no case. Each row is
written for this table (none is taken from an evaluation set); `tests/data/safety26/tune.jsonl`
holds the tuned half of the class set that led here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.catalogue import Catalogue
from bot.text import fold
from bot.understanding import understand
from bot.understanding.agency_alone import alone_children
from bot.understanding.safety_ages import JOINED, alone_words
from bot.understanding.safety_text import tokens
from tests.protection import check_protection

TUNED = Path(__file__).parent / "data" / "safety26" / "tune.jsonl"
# no section for Urdu or Hindi in Latin letters yet: their sign words wait for the lead

# (text, is a sign)
SIGNS: list[tuple[str, bool]] = [
    # a man at night in the child's room, the night told last; a secret; pictures
    ("Una alumna de 12 años dice que su padrastro entra en su cuarto por la noche. Selm", True),
    ("Fata de 12 ani spune că iubitul mamei intră în camera ei noaptea. Kamen", True),
    ("Момиче на 12 години казва, че пастрокът влиза в стаята ѝ нощем. Bergkamen", True),
    ("Kızın üvey babası geceleri odasına giriyor, kız 13 yaşında, kimseye söyleme demiş. Lünen",
     True),
    ("Dziewczynka 13 lat, dorosły mężczyzna przysyła jej zdjęcia i prosi, żeby nikomu nie "
     "mówiła. Unna", True),
    ("my friend is 14 and some older guy keeps sending her pics and says dont tell anyone. Lünen",
     True),
    ("Mädchen 12, der Freund der Mutter lässt sie in seinem Bett schlafen. Selm", True),
    ("my friend is 12 and her mums boyfriend makes her sleep in his bed. Selm", True),
    ("Mädchen 15 bekommt von einem 25-Jährigen auf Instagram Bilder geschickt. Werne", True),
    # burns and marks, and a child who will not go home
    ("Öğrencim 10 yaşında, kolunda yanık izleri var, eve gitmek istemiyor. Unna", True),
    ("У девочки 9 лет следы ожогов на руках, боится идти домой. Lünen", True),
    ("Menino de 9 anos tem marcas de queimadura de cigarro nos braços. Kamen", True),
    ("a 10 year old girl has burn marks on her hands. Bergkamen", True),
    ("Хлопчик 8 років, вітчим його б'є, боїться йти додому. Schwerte", True),
    # hitting told by a neighbour, in idiom or slang
    ("A minha vizinha bate nos filhos todos os dias, eles têm 4 e 7 anos. Unna", True),
    ("Nachbarskind, vielleicht 5, kriegt jeden Abend vom Vatta wat hinter die Löffel. Kamen",
     True),
    ("the kid next door (5) gets smacked around by his dad every evening. Schwerte", True),
    ("Junge 8 kriegt zuhause oft Haue, sagt er. Kamen", True),
    ("Mädchen 7 kriegt vom Papa öfter eine gescheuert. Unna", True),
    ("boy 9 says he gets a hiding from his mum when he's naughty. Unna", True),
    ("girl 8 gets the belt at home. Lünen", True),
    # small children alone, without food, a parent not there
    ("Kinder 3 und 5 Jahre, den ganzen Tag allein zuhause, Unna", True),
    ("zwei Kleine, vielleicht 3 und 5, seit 2 Stunden allein auf der Bank. Lünen", True),
    ("Junge 6 sitzt seit Mittag im Park ohne Jacke, sagt nur Mama weg. Unna", True),
    ("Copiii vecinilor, 3 și 5 ani, stau singuri acasă toată ziua, nu au ce mânca. Unna", True),
    ("الولاد 3 و 5 سنين لوحدهم بالبيت، ما في أكل. Unna", True),
    ("Мальчик 6 лет часто один дома до ночи, дома нечего есть. Unna", True),
    ("Die Kinder der Nachbarin (2 und 4) sind den ganzen Tag allein zuhause. Unna", True),
    ("Os filhos da vizinha, 2 e 4 anos, ficam sozinhos em casa o dia todo. Unna", True),
    ("Chłopiec 6 lat, mama zostawia go samego w domu na całą noc. Werne", True),
    ("Отчим приходит ночью в её комнату, девочке 13. Lünen", True),
    ("Menina de 11 anos diz que o tio mexe nela e que é segredo. Lünen", True),
    ("Niña de 9 años dice que su tío la toca y que es un secreto. Kamen", True),
    ("بنت عمرها 13، رجل كبير بيبعتلها صور على الانستغرام. Unna", True),
    ("Djevojčica 12 godina kaže da očuh noću ulazi u njenu sobu i da nikome ne kaže. Kamen", True),
    ("Djali 6 vjeç është shpesh vetëm në shtëpi, i uritur. Unna", True),
    ("Garçon de 8 ans avec des bleus et des brûlures, ne veut pas rentrer à la maison. Selm",
     True),
    ("Bambina di 10 anni, il patrigno entra nella sua stanza di notte. Kamen", True),
]

CONTROLS: list[tuple[str, bool]] = [
    ("kids 9 and 11 are alone for 2 hours after school until I get home from work. OGS in Lünen?",
     False),
    ("Junge 7 sitzt in der Pause immer allein auf der Bank, hat keine Freunde. Werne", False),
    ("my son (10) is bullied at school and says he doesn't want to tell anyone. Kamen", False),
    ("my daughter 8 has burn marks from a kitchen accident last year. Unna", False),
    ("Unser Sohn (3) hat sich an der Herdplatte verbrannt, Erste-Hilfe-Kurs in Kamen?", False),
    ("Meine Tochter (6) schläft noch im Bett bei uns, wie gewöhnen wir ihr das ab? Lünen", False),
    ("Mein Mann lässt die Kinder (3 und 5) in seinem Bett schlafen, ist das ok? Unna", False),
    ("ابني عمره 5 سنين، بيخاف ينام لوحده بالليل. Kamen", False),
    ("Oğlum 9 yaşında, okuldan sonra 2 saat evde yalnız kalıyor, OGS var mı Bergkamen'de?",
     False),
    ("O meu filho de 6 anos tem medo do escuro e não quer dormir sozinho. Unna", False),
    ("Сын 8 лет обжёг руку о плиту, теперь боится кухни. Lünen", False),
    ("Mein Sohn 11 hat Geheimnisse vor mir und redet nicht mehr mit mir. Unna", False),
    ("Mon fils de 6 ans a peur la nuit et ne veut pas dormir seul. Kamen", False),
    ("Schreib dir das hinter die Löffel, sagt der Trainer zum Sohn (10). Kurs in Selm?", False),
    ("unsere Mannschaft kriegt jedes Spiel Prügel, Sohn 12 ist frustriert. Kamen", False),
    ("my son 9 got his yellow belt in karate, other clubs in Unna?", False),
    ("Kind 5 hat eine U-Untersuchung verpasst, Kinderarzt in Lünen?", False),
    ("Syn 9 lat, spadł z roweru i ma siniaki, teraz boi się jeździć. Klub sportowy w Lünen?",
     False),
]


@pytest.mark.parametrize(("text", "sign"), SIGNS + CONTROLS)
def test_class(text: str, sign: bool, catalogue: Catalogue) -> None:
    check_protection(text, catalogue, sign)


@pytest.mark.parametrize(("text", "joined"), [
    ("kinder 3 und 5 jahre, den ganzen tag allein", True),
    ("junge 6, oft allein bis nachts", True),
    # no child before the ages, or no ages: the comma stays
    ("mutter 35, oft allein", False),
    ("die kinder der nachbarin sind oft allein", True),
    ("die mutter der kinder ist oft allein", False),
    ("junge, oft allein", False),
])
def test_a_childs_ages_and_owner_do_not_part_it_from_allein(text: str, joined: bool) -> None:
    words = tokens(fold(text))
    assert (JOINED in alone_words(words)) is joined
    assert bool(alone_children(alone_words(words))) is joined


def _tuned() -> list[object]:
    rows = [json.loads(line) for line in TUNED.read_text(encoding="utf-8").splitlines() if line]
    return [pytest.param(row, id=row["id"]) for row in rows]


@pytest.mark.parametrize("row", _tuned())
def test_the_tuned_half_of_the_class_set(row: dict[str, object], catalogue: Catalogue) -> None:
    """Child protection comes first exactly where the label asks for it, at the right age."""
    request = understand(str(row["q"]), catalogue)
    topics = row["topics"]
    assert isinstance(topics, list)
    assert request.child_protection is ("kinderschutz" in topics)
    if request.child_protection:
        assert request.topics[0] == "kinderschutz"
        assert request.age is not None
        assert [request.age.low, request.age.high] == row["age"]
    assert request.place == row["place"]
