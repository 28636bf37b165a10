"""A plain ask for counselling in a separation's story is separation counselling
(`main_need_separation`, `bot/data/separation.toml`).

Messages about separated parents, custody and contact tell the family's situation at length and
ask briefly ("… Gibt es in Kamen eine Beratung?", "Gesprächsangebote für sie?"); the plain word
then means the counselling service's Trennungs-, Scheidungs- and Umgangsberatung, before what
the story only tells. Contact asked for by its arrangement ("Umgangsregelung", "Anbahnung des
Umgangs") names it too. A Kita place, money or a sign of danger asked beside a separation stay
what they are.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.models import Answer

COUNSEL = "erziehungsberatung"


def _answer(assistant: Assistant, text: str) -> Answer:
    answer, _session = assistant.respond(text)
    return answer


@pytest.mark.parametrize("text", [
    # sole custody told, someone to talk to asked
    "Vater hat das alleinige Sorgerecht bekommen, die Tochter (10) soll ab nächster Woche bei "
    "ihm in Kamen wohnen und vermisst die Mama sehr. Gibt es Gesprächsangebote für sie?",
    # a parent in prison, contact to be prepared; "Entlassung" is no "Entlastung"
    "Az. 7 F 12/26. KV seit 3 J. in Haft (JVA), Entlassung 05/2027, möchte Kontakt zur Tochter "
    "(9 J.). Tochter lebt bei KM in Holzwickede. Bedarf: Anbahnung des Umgangs, Beratung für "
    "Kind und KM.",
    # contact asked for by its arrangement
    "Umgangsregelung für zwei Kinder (4 und 7), die Eltern kriegen es allein nicht hin. Lünen",
])
def test_separation_counselling_leads(assistant: Assistant, text: str) -> None:
    answer = _answer(assistant, text)
    assert answer.request.topics[0] == COUNSEL
    assert answer.offers
    assert COUNSEL in answer.offers[0].offer.topics


def test_plain_counselling_beside_a_course_is_asked_too(assistant: Assistant) -> None:
    topics = _answer(assistant, "patchwork seit dem sommer, jonas (5) streitet seitdem dauernd "
                     "mit den neuen geschwistern. elternkurs oder beratung für die neue familie "
                     "in werne?").request.topics
    assert topics[:2] == ("elternkurse", COUNSEL)


@pytest.mark.parametrize(("text", "wanted"), [
    # a separated mother asking for a Kita place: no counselling
    ("Mama ist getrennt und fängt wieder Vollzeit an, sucht einen Kitaplatz für die Kleine (2) "
     "in Kamen-Methler", ("kita_betreuung",)),
    # counselling about money after a separation is the money's
    ("Eltern getrennt, Vater zahlt keinen Unterhalt, Mutter mit Sohn (7) kommt finanziell nicht "
     "klar. Beratung zu Geld, Unterhaltsvorschuss usw. in Lünen?", ("but_finanzen",)),
])
def test_separation_told_beside_another_need(assistant: Assistant, text: str,
                                             wanted: tuple[str, ...]) -> None:  # fmt: skip
    assert _answer(assistant, text).request.topics == wanted


def test_a_named_help_keeps_its_own_counselling(assistant: Assistant) -> None:
    topics = _answer(assistant, "Kind 2 J., Impfungen unvollständig, KM und KV streiten, wer "
                     "zustimmen muss (gemeinsames Sorgerecht). Gibt es eine "
                     "Impfsprechstunde/Beratung in Bergkamen?").request.topics
    assert topics[0] == "kindergesundheit"


def test_danger_in_a_custody_dispute_is_protection_first(assistant: Assistant) -> None:
    answer = _answer(assistant, "Im Sorgerechtsstreit erzählt die 6-Jährige, dass der Freund der "
                     "Mutter sie schlägt, sie hat blaue Flecken am Rücken. Beratung in Bergkamen?")
    assert answer.request.child_protection
    assert answer.request.topics[0] == "kinderschutz"


def test_no_separation_no_counselling_added(assistant: Assistant) -> None:
    topics = _answer(assistant, "Eltern leben zusammen, alles gut, aber das Kind (8) hat Angst "
                     "vor der Schule und Bauchweh jeden Morgen. Kinderpsychologe in "
                     "Unna?").request.topics
    assert topics[0] == "psychische_gesundheit"
    assert COUNSEL not in topics
