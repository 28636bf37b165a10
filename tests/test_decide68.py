"""The topic decision for a vague ask keeps what the situation says (decide68).

A note's own form lent the decision a strong need the family never had: the home visit a note
is headed with ("Vermerk Hausbesuch 02.12."), a quotation's verb ("Er sagt nur: „Ich brauch
Luft“"), a fact the caller left untold ("Alter nicht gesagt"). And some situations had no word:
a young adult with neither school nor work, the other parent gone, a family that wants to take
in a foster child, a family just moved here. The sentences are written for these tests, none is
taken from a labelled set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Notiz Hausbesuch 14.03. | Mieter (40), Tochter 9 | Mietschulden seit Januar |"
         " Mieter wirkt erschöpft | was kann man anbieten?", "but_finanzen"),
        ("Eine Mutter, Kinder 2 und 5, wirkt völlig erschöpft. Sie sagt nur: „Ich will einfach mal"
         " schlafen.“ Wohnt in Kamen. Was kann ich ihr empfehlen?", "alleinerziehende_entlastung"),
        ("Telefonnotiz: Mutter, neu nach Unna gezogen, Name nicht gesagt, fragt was es gibt",
         "familienbuero_lotsen"),
        ("Tochter der Mieterin, 19, keine Ausbildung, keine Arbeit, sitzt nur zuhause. Bergkamen."
         " Ideen?", "schule_beruf"),
        ("Vater mit Sohn (6) in Selm, seit die Frau weg ist kommt er nicht klar. Was gibt es?",
         "alleinerziehende_entlastung"),
        ("Wir möchten gern ein Kind in Pflege nehmen, wohnen in Werne. Wo fragen wir?",
         "hilfen_zur_erziehung"),
    ],
)
def test_the_situation_decides_the_vague_ask(catalogue: Catalogue, text: str, topic: str) -> None:
    """What the situation tells is among the first needs; no speech concern, no visit leads."""
    request = understand(text, catalogue)
    assert topic in request.topics[:3]
    assert "sprachfoerderung" not in request.topics


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Sohn (3) sagt nur: Mama, Auto, nein. Kamen. Logopädie?", "sprachfoerderung"),
        ("Kind 4 sagt kaum etwas, nur einzelne Wörter. Unna.", "sprachfoerderung"),
        ("Hausbesuch nach der Geburt, gibt es das in Lünen?", "fruehe_hilfen"),
        ("Alleinerziehende Mutter in Unna sucht einen OGS-Platz für ihren Sohn (7).",
         "ogs_ganztag"),
    ],
)
def test_look_alikes_keep_their_need(catalogue: Catalogue, text: str, topic: str) -> None:
    """A child's own few words, a visit asked for, a place asked by name keep their reading."""
    request = understand(text, catalogue)
    assert request.topics[0] == topic
