"""Classes of needs that were read as a neighbouring topic (holdout4): grief, a young mother's
exhaustion, a family out of money, a toddler's defiance, whether a child is ready for school, and
children left alone. Each class is held by sentences of its own, in words none of the sets used.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand


def _topics(catalogue: Catalogue, text: str) -> tuple[str, ...]:
    return understand(text, catalogue).topics


def _first(catalogue: Catalogue, text: str) -> str | None:
    topics = _topics(catalogue, text)
    return topics[0] if topics else None


@pytest.mark.parametrize(
    "text",
    [
        "Unser Sohn (9) hat im Frühjahr seinen Papa verloren und lacht seitdem nicht mehr. Kamen",
        "Mädchen 12, die Mutter ist an Krebs gestorben, sie ist wie erstarrt und versteinert. Unna",
        "Kinder 6 und 10, der Opa ist tödlich verunglückt, beide sind seitdem sehr still. Lünen",
        "Nach einem Todesfall in der Familie ist unser Junge (8) verschlossen. Wer hilft in Werne?",
        "our boy (11) lost his mum last winter and is grieving badly, any help in Schwerte?",
    ],
)
def test_a_death_in_the_family_is_a_need_of_the_childs_mind(catalogue: Catalogue,
                                                           text: str) -> None:  # fmt: skip
    assert _first(catalogue, text) == "psychische_gesundheit"


def test_a_lost_home_is_no_grief(catalogue: Catalogue) -> None:
    # "verloren" alone is a hint; losing a flat and needing money is the money matter
    text = "Familie (Kinder 4, 7) hat die Wohnung verloren, Hilfe mit Geld? Unna"
    topics = _topics(catalogue, text)
    assert topics[0] == "but_finanzen"
    assert "psychische_gesundheit" not in topics


@pytest.mark.parametrize(
    "text",
    [
        "Mama mit Baby (4 Wochen) heult den ganzen Tag und kriegt nichts auf die Reihe. Kamen",
        "Säugling 2 Monate, die Mutter ist ausgebrannt und kommt zu nix, kein Partner da. Unna",
        "Baby 6 Wochen, Mutter erschöpft, kaum Schlaf, keine Hilfe von niemandem. Selm",
    ],
)
def test_a_young_mothers_exhaustion_is_fruehe_hilfen(catalogue: Catalogue, text: str) -> None:
    assert "fruehe_hilfen" in _topics(catalogue, text)


def test_help_in_the_household_in_any_word_order(catalogue: Catalogue) -> None:
    text = "Vater mit Zwillingen (1) allein, braucht Hilfe im Haushalt. Werne"
    assert _first(catalogue, text) == "alleinerziehende_entlastung"


@pytest.mark.parametrize(
    "text",
    [
        "Mutter mit Kindern 3 und 6, Konto leer, kann die Zuzahlung für die Brille nicht. Kamen",
        "Familie (Kind 5) ist pleite, die Rechnungen stapeln sich. Wer hilft in Lünen?",
        "Vater mit Sohn 8, finanziell am Ende, Kühlschrank leer. Hilfe mit Geld in Unna?",
        "Mum with a baby (5 months) has no money left to pay the bills. Bergkamen",
    ],
)
def test_a_family_out_of_money_is_the_money_matter(catalogue: Catalogue, text: str) -> None:
    assert "but_finanzen" in _topics(catalogue, text)[:2]


@pytest.mark.parametrize(
    "text",
    [
        "Tochter (2) ist extrem trotzig und bockt bei allem. Gibt es einen Elternkurs in Unna?",
        "Eltern kommen mit dem Trotz ihres Zweijährigen nicht klar. Kurs in Kamen?",
        "Sohn 3 wirft sich auf den Boden, sobald er etwas nicht darf. Elternabend in Lünen?",
        "our 2 year old has meltdowns every day, any parenting course in Werne?",
    ],
)
def test_a_toddlers_defiance_is_a_parenting_course(catalogue: Catalogue, text: str) -> None:
    assert _first(catalogue, text) == "elternkurse"


def test_trotz_as_a_preposition_is_no_defiance(catalogue: Catalogue) -> None:
    text = "Sohn 9 hat trotz Nachhilfe schlechte Noten in Mathe. Kamen"
    assert "elternkurse" not in _topics(catalogue, text)


@pytest.mark.parametrize(
    "text",
    [
        "Junge (5) soll im Sommer in die Schule, ist aber noch sehr verspielt. Beratung in Selm?",
        "Tochter 6 ist ein Kann-Kind, die Eltern wissen nicht ob schon einschulen. Unna",
        "Kind 5, die Erzieherin meint es ist noch nicht so weit für die Schule. Wer berät, Kamen?",
        "Our son (5) should start school next summer, but is he ready? Advice in Lünen",
    ],
)
def test_whether_a_child_is_ready_for_school(catalogue: Catalogue, text: str) -> None:
    assert _first(catalogue, text) == "uebergang_kita_schule"


def test_a_kita_place_for_a_four_year_old_is_no_school_start(catalogue: Catalogue) -> None:
    topics = _topics(catalogue, "Kitaplatz gesucht für ein Kind vier Jahre in Bönen")
    assert topics == ("kita_betreuung",)


@pytest.mark.parametrize(
    "text",
    [
        "Nachbarn sagen, die Kinder (4 und 6) sind nachts oft allein, niemand macht auf. Kamen",
        "Ein Kleinkind (2) bleibt tagsüber unbeaufsichtigt in der Wohnung. Wen informieren? Unna",
        "Kinder 5 und 8 werden abends allein gelassen, wen sollen wir einschalten? Lünen",
    ],
)
def test_children_left_alone_are_child_protection(catalogue: Catalogue, text: str) -> None:
    assert _first(catalogue, text) == "kinderschutz"
