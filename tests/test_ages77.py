"""Ages77: whose number it is when several are told — what a user relies on: the age of the
child the need is about, not an older sibling's in an aside, not a week of birth read as a
pregnancy, and a unit set between emphasis stars still read as that unit."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.text import unemphasised

PREGNANT = (-99, -1)  # any range of the unborn child

CASES = [
    # a preterm shorthand "FG" right after a baby's age in weeks: the week of its birth
    ("KV (22) sagt bei Entlassung: 'Die Mutter ist nach der Geburt abgehauen.' Pat. 3 Wo., "
     "FG 34+2, lebt mit KV bei dessen Mutter in Frömern. Wer kann zuhause unterstützen?", (0, 0)),
    ("Pat. 5 Wo., FG 35+1, Mutter psychisch instabil. Nachsorge in Kamen?", (1, 1)),
    # an emphasised unit is still the unit
    ("sorry, baby ist schon 5 *mo*, nicht wo", (5, 5)),
    ("korrektur: der kleine ist 4 *mon*, nicht jahre – krabbelgruppe in unna?", (4, 4)),
    # an older sibling listed in an aside about the mother; the need is the baby's
    ("mama (zweites kind, die große ist 3) hat *heftige* wochenbettdepression, baby 6 wo. "
     "beratung für sie + irgendwer, der sich ums baby mitkümmert? brambauer", (1, 1)),
    # look-alikes that must not change
    ("Schwangere, 34+2 SSW, sucht Hebamme in Unna", PREGNANT),
    ("ki 2 j., fg 29. ssw, sucht hebamme für die geburt", PREGNANT),
    ("die große (3) braucht Kita-Platz, baby 6 wo.", (36, 47)),
    ("der Kleine (6) nässt wieder ein, die Große 9", (72, 83)),
    ("jM 17, will nicht mehr zur Schule, sucht selbst Beratung zu Ausbildung. Lünen", (204, 215)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_age_of_the_child_asked_about(assistant: Assistant, text: str,
                                      expected: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    age = answer.request.age
    assert age is not None
    if expected == PREGNANT:
        assert age.high < 0
    else:
        assert (age.low, age.high) == expected


def test_a_birth_mark_star_is_kept() -> None:
    # "* 2019" and "*2019" are birth marks, and a date alone between stars stays one
    for text in ("kind * 2019", "geb. *2019, bruder *2021", "mia *2019*"):
        assert unemphasised(text) == text
    assert unemphasised("5 *mo*, nicht wo") == "5  mo , nicht wo"
