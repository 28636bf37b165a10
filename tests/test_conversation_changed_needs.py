"""Follow-ups that change the need: added, given up in a language, moved to the parent (conv41).

The user relies on a need added in a follow-up joining the case's need, however the addendum
opens ("+ …", "ach ja und …, gibt es da …", Italian "e anche: …"); on a language given up in a
condition ("wenn es das nicht auf Arabisch gibt, ist auch Deutsch ok") being dropped, not kept
because it was named once more; and on a parent's own need finding offers for parents of a child
of this age instead of a gap.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.dialogue.given_up import without_given_up
from bot.text import fold
from tests.test_conversation_turn_forms import talk

CRYING = "Schreibaby 11 Wochen, KM völlig erschöpft, Selm"
ANXIOUS = "Mädchen, 8, Schwerte-Ost, seit Wochen Bauchweh vor der Schule, V.a. Angststörung"
TRAINEE = "Junge 18 sucht Ausbildung, wohnt Bergkamen"
ARABIC = "Mutter sucht Erziehungsberatung auf Arabisch, Sohn 7, Brambauer"
BULGARIAN = "Kind 3 J. hat oft Fieber, Familie sucht Kinderarzt der bulgarisch spricht, Lünen-Süd"


@pytest.mark.parametrize(("first", "added", "old", "new"), [
    (CRYING, "+ KV trinkt abends, KM traut sich nicht drüber zu reden",
     "schreibaby_schlaf", "belastete_eltern"),
    (ANXIOUS, "ach ja und sie hat eine LRS, gibt es da Förderung",
     "psychische_gesundheit", "lernfoerderung"),
    (TRAINEE, "e anche: er hat 1.200 € Schulden beim Versandhandel, wer hilft da?",
     "schule_beruf", "junge_volljaehrige"),
])
def test_a_need_added_joins_the_case_need(
    catalogue: Catalogue, first: str, added: str, old: str, new: str
) -> None:
    before, after = talk(catalogue, first, added)
    assert old in before.request.topics
    assert {old, new} <= set(after.request.topics)
    assert after.request.age == before.request.age
    assert after.request.place == before.request.place


@pytest.mark.parametrize(("first", "waiver"), [
    (ARABIC, "wenn es das nicht auf arabisch gibt ist auch deutsch ok"),
    (ARABIC, "falls Arabisch nicht geht, dann ist Deutsch auch ok"),
    (BULGARIAN, "ok wenn nicht gibt mit bulgarisch, dann egal welche Sprache, Hauptsache nah"),
])
def test_a_language_given_up_in_a_condition_is_dropped(
    catalogue: Catalogue, first: str, waiver: str
) -> None:
    before, after = talk(catalogue, first, waiver)
    assert before.request.languages
    assert after.request.languages == ()
    assert after.request.topics == before.request.topics
    assert after.offers  # the help exists in German: no gap


def test_a_language_preferred_after_german_stays(catalogue: Catalogue) -> None:
    _before, after = talk(catalogue, ARABIC, "Deutsch geht, aber lieber Arabisch")
    assert after.request.languages == ("ar",)


@pytest.mark.parametrize(("text", "wished", "rest"), [
    ("wenn es das nicht auf arabisch gibt ist auch deutsch ok", ("ar",), " ist auch deutsch ok"),
    ("falls polnisch nicht geht, dann deutsch", ("pl",), ", dann deutsch"),
    # a condition without a negation, or about a language not wished, is kept
    ("wenn es arabisch gibt, gern", ("ar",), "wenn es arabisch gibt, gern"),
    ("wenn nicht tuerkisch, dann deutsch", ("ar",), "wenn nicht tuerkisch, dann deutsch"),
])
def test_the_condition_cut_is_only_a_negated_wished_language(
    text: str, wished: tuple[str, ...], rest: str
) -> None:
    assert without_given_up(fold(text), wished) == rest


@pytest.mark.parametrize(("first", "parent_turn", "need"), [
    ("Schüler 9 in Kamen-Mitte, Eltern trennen sich gerade, er ist sehr traurig. Familienberatung?",
     "Die Mutter fragt, ob es für sie selbst was gibt, sie ist jetzt alleinerziehend und total "
     "überfordert", "alleinerziehende_entlastung"),
    ("junge 12 wird im klassenchat fertiggemacht, wer hilft, wohnt in Heeren",
     "die mutter fragt ob es für sie ne beratungsstelle gibt, sie is völlig durch",
     "erziehungsberatung"),
])
def test_a_parents_own_need_finds_offers_for_parents_at_the_childs_age(
    catalogue: Catalogue, first: str, parent_turn: str, need: str
) -> None:
    before, after = talk(catalogue, first, parent_turn)
    assert after.request.age == before.request.age
    assert need in after.request.main_topics
    assert after.offers and not after.gap
