"""Signs of medical neglect, of images used against a child and of a marriage pressed on a young
person put child protection first (stop 40, neglect59).

A child's body failing beside care let go ("untergewichtig, Karies, Vorsorgen verpasst"), naked
images sent to or asked of a young person, and a family pressing a minor into a marriage are
told without a danger word; the look-alikes — a chronic illness well cared for, prevention in a
Kita or a class, an adult's arranged marriage, a check-up caught up — stay no sign.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from bot.text import fold
from bot.understanding.safety import Signs
from bot.understanding.safety_health import health_signs
from tests.protection import check_protection

DANGER = [
    "Ich bin Bufdi in einer Kita in Unna. Ein Junge (4) ist sehr dünn, die Zähne sind schwarz und "
    "faulen, und die Eltern waren seit zwei Jahren bei keiner Vorsorge. Was kann ich tun?",
    "Tagesmutter in Kamen: das Kleine (14 Monate) hat eine Wunde am Bein, die seit Wochen eitert, "
    "die Mutter geht nicht zum Arzt. Wohin wende ich mich?",
    "Säugling 4 Monate, zum zweiten Mal stationär wegen Gedeihstörung, Eltern kommen kaum zu "
    "Besuch. Wohnort Werne.",
    "Kind 6 J., untergewichtig, Impfstatus lückenhaft, Mutter erscheint nicht zu Terminen. Selm.",
    "Meine Schülerin (11) sagt, ein Mann aus dem Chat will Nacktbilder von ihr. Fröndenberg.",
    "Bin Jugendleiterin in Unna. Ein Mädchen aus meiner Gruppe (12) schickt Nacktbilder an einen "
    "Erwachsenen, den sie aus dem Chat kennt.",
    "Die Verlobte ist erst 15, die Familie drängt zur Heirat. Hilfe in Kamen?",
    "Nachbar in Schwerte: der Junge von nebenan, 17, sagt, die Eltern drängen ihn zu einer Nikah.",
]

NO_SIGN = [
    "Unser Sohn (7) hat Diabetes Typ 1, wir kommen gut zurecht und sind regelmäßig beim "
    "Kinderarzt. Gibt es eine Selbsthilfegruppe für Eltern in Unna?",
    "Wir möchten in unserer Kita in Kamen eine Karies-Prophylaxe mit dem Zahnarzt anbieten.",
    "Ich bin Klassenlehrer einer 8. Klasse in Lünen und suche einen Workshop zum Thema Sexting und "
    "Nacktbilder für die Klasse.",
    "Ich bin 24 und meine Eltern möchten, dass ich eine arrangierte Ehe eingehe. Beratung in Unna?",
    "Wir haben die U7 unseres Sohnes (2) verpasst und holen sie jetzt nächste Woche nach. Gibt es "
    "in Schwerte einen Kinderarzt?",
    "Meine Tochter (6) hat Karies, beim Zahnarzt war sie noch nie. Gibt es einen Zahnarztdienst "
    "für Kinder in Selm?",
    "Mein Sohn (5) ist nicht untergewichtig, aber sehr wählerisch beim Essen. Ernährungsberatung "
    "in Bergkamen?",
]


@pytest.mark.parametrize("text", DANGER)
def test_health_images_marriage_put_protection_first(catalogue: Catalogue, text: str) -> None:
    check_protection(text, catalogue, sign=True)


@pytest.mark.parametrize("text", NO_SIGN)
def test_look_alikes_are_no_sign(catalogue: Catalogue, text: str) -> None:
    check_protection(text, catalogue, sign=False)


def test_a_young_adult_is_no_case() -> None:
    folded = fold("Die Familie drängt zur Heirat, sie hat Angst.")
    assert health_signs(Signs(), folded, AgeRange(240, 251)).names == ()
    assert health_signs(Signs(), folded, None).names == ("marriage_pressed",)


def test_another_sign_is_kept() -> None:
    read = Signs(("bruises",))
    assert health_signs(read, fold("untergewichtig, Vorsorgen verpasst"), None) is read
