"""The child's legal and family status is context, not the need (`topic_status`).

Professionals name where and under whose care a child lives ("Pflegekind", "Wohngruppe",
"Mündel", "Inobhutnahme", "Duldung") before they ask; the answer reads the ask. A status word's
topic gives way to another need named, and the examples' guess does not bring it back; it stays
when the status is all the request tells or what it asks for ("Pflegefamilie werden", "Beratung
für Pflegeeltern"). A sign of danger is no status word: protection asked for a danger stays.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.models import Answer

STATUS = ("hilfen_zur_erziehung", "kinderschutz", "erziehungsberatung", "migration_integration")


def _answer(assistant: Assistant, text: str) -> Answer:
    answer, _session = assistant.respond(text)
    return answer


@pytest.mark.parametrize(("text", "wanted"), [
    ("Unser Pflegekind (5) ist seit März bei uns in Bereitschaftspflege und spricht noch sehr "
     "undeutlich. Gibt es Sprachförderung in Kamen-Methler?", "sprachfoerderung"),
    ("Mündel 9 J., lebt im Kinderheim in Unna-Königsborn, braucht dringend Nachhilfe in "
     "Deutsch.", "lernfoerderung"),
    ("Wir haben einen 7-Jährigen nach Inobhutnahme (§ 42) aufgenommen. Er braucht Betreuung nach "
     "der Schule – gibt es OGS in Selm?", "ogs_ganztag"),
    ("Enkel 2 J. lebt bei uns Großeltern in Verwandtenpflege. Wir suchen eine Krabbelgruppe oder "
     "Eltern-Kind-Gruppe in Fröndenberg.", "eltern_kind_gruppen"),
    ("Pflegekind vermisst die Geschwister (leben in anderer Pflegefamilie), weint oft im "
     "Unterricht, Klasse 3, Lünen-Süd. Gibt es Schulsozialarbeit?", "schulsozialarbeit"),
])
def test_status_beside_a_need_is_context(assistant: Assistant, text: str, wanted: str) -> None:
    topics = _answer(assistant, text).request.topics
    assert topics[0] == wanted
    assert "hilfen_zur_erziehung" not in topics
    assert "kinderschutz" not in topics


def test_status_does_not_fill_an_honest_gap(assistant: Assistant) -> None:
    answer = _answer(assistant, "Mädchen 2 J., kam nach Inobhutnahme in eine "
                     "Bereitschaftspflegefamilie in Lünen-Brambauer, wacht jede Nacht schreiend "
                     "auf. Schlafberatung?")
    assert answer.request.topics == ("schreibaby_schlaf",)
    assert answer.gap is not None
    assert not answer.offers


def test_residence_status_is_context(assistant: Assistant) -> None:
    topics = _answer(assistant, "Familie mit Duldung, Kinder 6 und 9, die Eltern können "
                     "Schulsachen und die Klassenfahrt nicht bezahlen. Bildung und Teilhabe in "
                     "Bergkamen?").request.topics
    assert topics == ("but_finanzen",)


@pytest.mark.parametrize(("text", "kept"), [
    # the status is all there is
    ("Wir möchten Pflegefamilie werden. Wer berät uns dazu im Kreis Unna?",
     "hilfen_zur_erziehung"),
    # the status names whom the help is for
    ("Wir sind Pflegeeltern eines 6-Jährigen in Lünen und suchen eine Gruppe oder Beratung für "
     "Pflegefamilien.", "hilfen_zur_erziehung"),
    # the family asks for the help itself
    ("Tante hat ihren Neffen (10) aufgenommen, die Eltern sind in Haft. Sie will jetzt Hilfe zur "
     "Erziehung als Verwandtenpflege beantragen – wer berät in Bergkamen?", "hilfen_zur_erziehung"),
    ("Familie in der GU in Schwerte, Duldung, Sohn 8. Sie brauchen Beratung zum Asylverfahren "
     "und zum Aufenthalt.", "migration_integration"),
    # a sign of danger is no status: protection stays
    ("Baby 2 Monate in Bereitschaftspflege, die leibliche Mutter hat das Kind beim begleiteten "
     "Umgang geschüttelt. Kinderschutzambulanz in Lünen?", "kinderschutz"),
])
def test_status_asked_or_alone_stays(assistant: Assistant, text: str, kept: str) -> None:
    answer = _answer(assistant, text)
    assert answer.request.topics[0] == kept
    assert answer.offers


def test_status_words_are_not_a_need_of_their_own() -> None:
    from bot.understanding.topic_status import _data

    assert {"pflegekind", "inobhutnahme", "duldung", "wohngruppe"} <= _data().terms
    assert not set(STATUS) & _data().terms  # topics are never status words
