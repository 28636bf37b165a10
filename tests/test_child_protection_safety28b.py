"""Child protection for signs told as a scene, round 28: what a home visitor, a patrol or a group
home sees, not what it is called.

A nappy soaked and not changed for hours, a fridge with nothing in it, a carer who could not be
woken or did not react, bottles of drink about the flat, no grown-up with a small child: two
different kinds of these cues are neglect (`[cues]` in `bot/data/safety.toml`), whatever baby
word ("Windel", "Fläschchen") also invites early-help offers. A girl under sixteen found or
staying overnight at a grown man's place is a sign (`found_at_adults_place`); at her father's, a
friend's, or at sixteen and over it is none. A carer who drags someone by the hair or comes at
them with a knife is a sign a child tells (`hair_pulled`, `weapon_at_home`); combing, a bread
knife or a knife in a young person's bag is none. Each row is written for this table;
`tests/data/safety28b/` holds the class set measured before the change.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from tests.protection import check_protection

SIGNS: list[tuple[str, bool]] = [
    ("Hausbesuch in Werne: Junge 2, Windel durchgeweicht, die Mutter lag auf dem Sofa und war "
     "kaum wach zu kriegen.", True),
    ("Baby 5 Monate in Kamen, Windel seit Stunden nicht gewechselt, der Vater hat nicht reagiert, "
     "als wir klingelten.", True),
    ("Kleinkind (1) in Unna allein im Laufstall, Windel klatschnass, keine Erwachsenen in der "
     "Wohnung.", True),
    ("Mädchen 6 in Selm sagt, im Kühlschrank ist nie was, Papa schlief bei unserem Besuch auf "
     "der Couch.", True),
    ("Säugling in Bönen, überall leere Schnapsflaschen, dieselbe Windel wie gestern.", True),
    ("Polizei Lünen: die 13-Jährige wurde wieder in der Wohnung eines 31-Jährigen angetroffen.",
     True),
    ("Wohngruppe Kamen: Mädchen 14 übernachtet ständig bei einem erwachsenen Typen in Dortmund.",
     True),
    # violence a child witnesses, told as what happened
    ("Junge 5 in Unna erzählt, der Papa hat die Mama an den Haaren aus dem Bett gezogen.", True),
    ("Mädchen 9 in Kamen hat gesehen, wie der Stiefvater mit einem Messer auf die Mutter los "
     "ist.", True),
]

CONTROLS: list[tuple[str, bool]] = [
    # one cue alone, or baby words without a scene
    ("Hebamme in Kamen: Baby 2 Monate, Windel oft durch in der Nacht, Mutter sucht "
     "Stillberatung.", False),
    ("Vater in Unna, Tochter 8 Monate, sucht eine Krabbelgruppe, sie trägt noch Windeln.", False),
    ("Zwillinge 4 Monate in Selm, Mama ist erschöpft, Fläschchen rund um die Uhr, sucht "
     "Entlastung.", False),
    # at a relative's or a friend's, or a young woman of age
    ("Tochter 14 übernachtet am Wochenende bei ihrem Vater in Lünen, seit der Trennung Streit.",
     False),
    ("Mädchen 13 übernachtet oft bei ihrer Freundin, die Eltern dort sind nett. Bergkamen",
     False),
    # combing, a knife at the table or in a bag, locked out by oneself
    ("Tochter 6 in Selm weint, wenn die Mama ihr morgens die Haare kämmt und dabei zieht.", False),
    ("Papa schneidet mit dem Messer das Brot, Sohn 4 will helfen, Elternkurs in Lünen?", False),
    ("Mutter 22 mit Baby 2 Monate hat sich ausgesperrt, ist überfordert, Bönen", False),
    ("Junge Frau 19 wohnt bei ihrem 25-jährigen Freund in Schwerte, sucht Ausbildung.", False),
]


@pytest.mark.parametrize(("text", "sign"), SIGNS + CONTROLS)
def test_scene_signs(text: str, sign: bool, catalogue: Catalogue) -> None:
    check_protection(text, catalogue, sign)
