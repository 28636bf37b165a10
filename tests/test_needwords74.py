"""Needwords74: a need told in the family's own language (Spanish, Italian, Russian, Ukrainian,
Turkish, Polish, Arabic) is rewritten into the German need words (`bot/data/foreign.toml`) and
read as that need — the parent's drinking, sadness, therapy, newly arrived, bullying, school
refusal, debts, screens; a request that holds the language but not the need keeps its reading."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.understanding.foreign import germanise


@pytest.mark.parametrize(("text", "topic"), [
    ("Mutter schreibt: \"mi marido bebe mucho cada noche, mi hija de 10 años tiene miedo\". "
     "Gibt es etwas für das Mädchen in Kamen?", "belastete_eltern"),
    ("Hola, una alumna de 9 años: «papá siempre está borracho». ¿Hay un grupo para niños de "
     "padres con problemas de alcohol en Fröndenberg?", "belastete_eltern"),
    ("Vater (spricht Spanisch): \"mi hijo de 14 años está muy triste, necesita un psicólogo\". "
     "Wohnort Unna", "psychische_gesundheit"),
    ("Familie aus Venezuela, \"acabamos de llegar a Alemania\", zwei Kinder 6 und 9, Bergkamen",
     "migration_integration"),
    ("Oma meldet: \"внук 16 лет курит травку каждый день\", wohnt in Selm", "medien_sucht"),
    ("Сын 10 лет весь день сидит в телефоне, Kamen", "medien_sucht"),
    ("Mutter: \"у нас большие долги\", Tochter 5 J., Holzwickede", "but_finanzen"),
    ("Schülerin 13: \"в классе меня обижают\". Schwerte", "gewaltpraevention"),
    ("Familie: \"nostro figlio di 8 anni è sempre triste e piange spesso\", Unna",
     "psychische_gesundheit"),
    ("Mamma: \"mio figlio di 15 anni non va più a scuola da settimane\". Werne",
     "schulsozialarbeit"),
    ("Papà: \"abbiamo molti debiti\", figlia 4 anni, Fröndenberg", "but_finanzen"),
    ("Baba: \"eşim çok içiyor, oğlum 12 yaşında ve çok üzgün\", Lünen", "belastete_eltern"),
    ("oğlum 10 yaşında, okulda sürekli zorbalık var, Kamen", "gewaltpraevention"),
    ("ابني عمره ٩ سنوات، يتعرض للتنمر في المدرسة. Lünen", "gewaltpraevention"),
])
def test_need_in_family_language(assistant: Assistant, text: str, topic: str) -> None:
    answer, _session = assistant.respond(text)
    assert topic in answer.request.topics


@pytest.mark.parametrize(("text", "topic"), [
    # look-alikes: the language without the need, the need negated, another person's trouble
    ("Mutter spricht nur Spanisch, Sohn 6 J. braucht Sprachförderung in Deutsch, Kamen",
     "sprachfoerderung"),
    ("Vater spricht Russisch, Tochter 10 hat keine Probleme mit dem Handy, sucht aber einen "
     "Sportverein in Unna", "freizeit_sport_kultur"),
    ("Familie (italienisch) ist seit 10 Jahren in Deutschland, Kind 3 J., sucht Kitaplatz in "
     "Bergkamen", "kita_betreuung"),
])
def test_language_without_the_need(assistant: Assistant, text: str, topic: str) -> None:
    answer, _session = assistant.respond(text)
    assert answer.request.topics[0] == topic


def test_german_text_is_untouched() -> None:
    text = "Der Vater trinkt, die Tochter ist traurig und geht nicht zur Schule."
    assert germanise(text) == text
