"""The family's place when a message names more than one (stop 39, places52).

The user relies on the offers fitting where the family lives: of a district offered beside its
own town ("Hengsen oder Holzwickede?") the district; of a client introduced with her home and the
writer's place where they meet ("eine Oma aus Werne-Mitte, die zu uns nach Bönen … kommt") the
client's home; a district that is also a word ("Massen", "Warmen") when it stands alone as a
bullet; and in a follow-up that names the town of the family's district, the district. The
look-alikes keep their reading: two districts of one town, the town named first or "selbst", a
parent's own "zu uns nach", a move, and "Massen" used as a word.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.catalogue import Catalogue
from tests.test_conversation_turn_forms import talk


@pytest.mark.parametrize(("text", "place"), [
    # a district offered beside its own town: the district
    ("Berufsorientierung in Hengsen oder Holzwickede? Tochter 16", "holzwickede-hengsen"),
    ("Nachhilfe in Osterbönen oder Bönen? Junge 12", "boenen-osterboenen"),
    ("Elternkurs in Oberaden oder Bergkamen? Kind 4 J.", "bergkamen-oberaden"),
    ("Lünern bzw. Unna – Schwimmkurs für Kind 10", "unna-luenern"),
    # a client's home beside the writer's place
    ("Eine Oma aus Werne-Mitte, die dienstags zu uns nach Bönen in den Seniorentreff kommt, "
     "fragt nach einer Gesprächsgruppe für Großeltern", "werne-mitte"),
    ("Eine Oma aus Bönen, die montags zu uns nach Kamen ins Familienzentrum kommt, sucht OGS "
     "für ihren Enkel (6)", "boenen"),
    # a district that is also a word, alone as a bullet
    ("• Massen • бабушка + внук 5 лет • Kita-Einstieg gesucht", "unna-massen"),
    ("• Warmen • Papa allein mit Sohn 2 • Krabbelgruppe?", "froendenberg-warmen"),
    # look-alikes
    ("Kita-Platz mit Integrationskraft für Kind 4, in Selm oder Bork", "selm"),
    ("Kind 5, Sport gesucht. In Opherdicke oder Holzwickede selbst?", "holzwickede"),
    ("Krabbelgruppe in Heil oder Weddinghofen, Kind 1", "bergkamen"),
    ("Die Oma aus Werne kommt oft zu uns nach Kamen, unser Sohn (4) braucht Sprachförderung",
     "kamen"),
    ("Wir haben in Kamen gewohnt und sind jetzt nach Bergkamen gezogen. Kind 2, Krabbelgruppe?",
     "bergkamen"),
    ("Mein Sohn (6) hat Massen an Hausaufgaben, wir wohnen in Kamen, Hausaufgabenhilfe?", "kamen"),
])  # fmt: skip
def test_the_familys_place_is_read(assistant: Assistant, text: str, place: str) -> None:
    answer, _session = assistant.respond(text)
    assert answer.request.place == place


@pytest.mark.parametrize(("first", "later", "place"), [
    ("Mutter aus Südkamen, Sohn 14 Monate, sucht Kindertagespflege",
     "Sie fragt außerdem, ob es in Kamen einen Treff für Alleinerziehende gibt.",
     "kamen-suedkamen"),
    ("Wohnort Unna-Massen, Tochter 7 Monate, Mutter sucht eine Krabbelgruppe",
     "Gibt es in Unna auch eine Stillberatung?", "unna-massen"),
    # look-alikes: the whole town asked for, another town
    ("Familie in Methler, Sohn 3 spricht kaum, Sprachförderung",
     "Gibt es in ganz Kamen auch eine Erziehungsberatung?", "kamen"),
    ("Familie in Methler, Sohn 3 spricht kaum, Sprachförderung",
     "Korrektur: die sind letzte Woche nach Bergkamen gezogen", "bergkamen"),
])  # fmt: skip
def test_a_follow_up_naming_the_town_keeps_the_district(
    catalogue: Catalogue, first: str, later: str, place: str
) -> None:
    before, after = talk(catalogue, first, later)
    assert after.request.place == place
    if place == before.request.place:  # the same family: its child stays too
        assert after.request.age == before.request.age
