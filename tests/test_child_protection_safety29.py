"""Child protection raised where there is no threat, round 29: a child's own outburst and a young
person's coming out are no signs; the blows and fears beside them still are.

A blow whose doer is an adult only guessed from another clause ("trotzt extrem, haut Mama,
beißt"; "Der Mittlere, der 6-jährige, haut seitdem … andere Kinder" after "Papa sitzt in der
JVA") is read like a blow by nobody named: a sign only with the words of home near it and none of
a child's own aggression or of peers (`safety_anchors._adult_in_clause`).

A child who "schlägt in der Schule um sich" flings blows at nobody: an outburst, a matter of
violence prevention or counselling, not a blow anyone suffered (`lashing_out` in `[agency]` of
`bot/data/safety.toml`); an adult named as the one who lashes out stays a sign. A teenager who
does not dare to come out at home ("traut sich zu Hause nicht, sich zu outen", "raus damit")
has news to tell, not a home to fear: sexual education, not child protection. Each row is written
for this table; `tests/data/safety29/` holds the class set measured before the change.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from tests.protection import check_protection

SIGNS: list[tuple[str, bool]] = [
    # an adult who lashes out at home, or a blow beside the outburst
    ("Der Stiefvater schlägt wild um sich, wenn er trinkt, die Kinder (5 und 7) verstecken sich. "
     "Kamen", True),
    ("Der Vater schlägt um sich und hat den Jungen (8) getroffen. Kamen", True),
    # an adult named in the blow's own clause, however far before the verb, and a bite by one
    ("Papa hat ihn auf dem Spielplatz geschlagen. Junge 6, Kamen", True),
    ("Der Freund der Mutter hat den Jungen (4) gebissen und geschlagen. Kamen", True),
    ("Papa schlägt und beißt die Mama, die Kinder (3 und 5) schauen zu. Unna", True),
    ("Ich habe gesehen, wie der Nachbar seine Frau angeschrien und gegen die Tür geschubst hat, "
     "die Kinder (2 und 4) standen dabei. Bönen", True),
    ("Junge 10 schlägt in der Schule um sich, seit er zu Hause vom Stiefvater verprügelt wird. "
     "Bergkamen", True),
    # fear of home, fear of a carer, thrown out after coming out
    ("Junge 9 traut sich nicht nach Hause, weil der Vater ihn schlägt. Unna", True),
    ("Mädchen 10 will nicht nach Hause, hat Angst vor dem Stiefvater. Kamen", True),
    ("Jugendliche (16) wurde nach ihrem Outing von den Eltern geschlagen und rausgeworfen. Unna",
     True),
]

CONTROLS: list[tuple[str, bool]] = [
    # a child's own outburst, in any word order, dictated too
    ("Junge 11, Eltern in Trennung, er ist wütend und schlägt in der Schule um sich. Kamen", False),
    ("anfrage aus kamen methler ein junge von elf jahren komma eltern in trennung komma er ist "
     "wütend und schlägt in der schule um sich", False),
    ("Mein Sohn (7) haut um sich, wenn er beim Spielen verliert. Unna", False),
    ("Tochter 4 tritt in der Kita wild um sich, die Erzieherinnen wissen nicht weiter. Lünen",
     False),
    # a small child's blows in a row of its own outbursts, the adult named only in another clause
    ("Familie mit Kind 3, trotzt extrem, haut Mama, beißt. Kurs in Lünen?", False),
    ("Mutter von drei Kindern, der Papa sitzt seit März in der JVA. Der Mittlere, der "
     "6-jährige, haut seitdem in der Schule andere Kinder. Bergkamen", False),
    # not daring to come out at home
    ("schülerin 15 ist queer und traut sich zu hause nicht raus damit, sucht eine gruppe. werne",
     False),
    ("Schüler 15 traut sich nicht, sich zu Hause zu outen, Eltern sehr religiös. Gruppe für "
     "queere Jugendliche in Werne?", False),
    ("Mädchen 16 hat Angst vor dem Coming-out zu Hause. Gibt es eine Beratung in Unna?", False),
]


@pytest.mark.parametrize(("text", "sign"), SIGNS + CONTROLS)
def test_outbursts_and_coming_out(text: str, sign: bool, catalogue: Catalogue) -> None:
    check_protection(text, catalogue, sign)


def test_coming_out_keeps_its_need(catalogue: Catalogue) -> None:
    """The queer teenager's request keeps sexual education first, no protection offers above it."""
    request, _answer = check_protection(
        "Schüler 15 traut sich nicht, sich zu Hause zu outen. Gruppe für queere Jugendliche in "
        "Lünen?", catalogue, False)
    assert request.topics[0] == "sexualpaedagogik"
