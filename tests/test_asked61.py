"""The help a request asks for leads its needs; what the story only tells comes after (asked61).

A story first (an incident, a diagnosis, the family's money), then one help asked in a question,
a form field ("Frage:", "Bedarf:") or an imperative: the first understood need is the asked one
(`bot/understanding/asked_first.py`). Look-alikes keep their reading: a request that asks for no
help of its own, danger told now, a question that names the told need itself. Sentences are our
own, none taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand

ASKED = [
    ("Die Großeltern haben die Vormundschaft für den Enkel (14), der Vater ist gestorben. Er "
     "soll in ein Jugendzentrum in Werne, hängt nur am Handy.", "offene_jugendarbeit"),
    ("Sohn 15 wurde mit Cannabis in der Schule erwischt, Schule hat die Eltern informiert. "
     "Bedarf: Suchtberatung für Jugendliche in Schwerte.", "medien_sucht"),
    ("Die Mutter hat Brustkrebs und ist in Chemo, der Junge ist 5. Wir suchen für ihn einen "
     "Kita-Platz mit längeren Öffnungszeiten in Lünen.", "kita_betreuung"),
]

LOOK_ALIKES = [
    ("Sohn 14 kifft jeden Tag und schwänzt die Schule. Wir brauchen Hilfe. Wohnort Kamen.",
     "medien_sucht"),
    ("Baby 3 Monate schreit jede Nacht stundenlang. Gibt es in Lünen eine Schreiambulanz?",
     "schreibaby_schlaf"),
    ("Kind 4 Jahre wird zuhause mit dem Gürtel geschlagen, sagt die Erzieherin, Striemen am "
     "Rücken. Was tun in Unna?", "kinderschutz"),
]


@pytest.mark.parametrize(("text", "need"), ASKED + LOOK_ALIKES)
def test_the_asked_help_is_the_first_need(catalogue: Catalogue, text: str, need: str) -> None:
    request = understand(text, catalogue)
    assert request.topics[:1] == (need,), request.topics
