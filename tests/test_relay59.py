"""A relayed or forwarded message is read for the family inside it (relay59).

Shelter handovers, answering-machine notes and forwarded mails carry a young person's facts in a
bracket after the name ("Lea (14, Zi. 3)", "Mateo (9, 3. Klasse, Zi. 4)", "(Frau L., Paul 6,
Dellwig)", "(Defne 4)"), call a young adult "junger Mann (19)", and quote the caller's own words
(„ich bin in der 14. Woche …“). The room number is no second child, the name's number is the
child's age, the young adult's number is the age asked about, and "junge Frau" before a quoted
pregnancy is no boy beside it. Look-alikes: a room number beside a real age, "der Junge … in der
3. Woche in der Kita", a young mother with her baby.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from tests.relevance import assert_age_read_and_offers_fit

CASES = [
    ("ÜB 05.12. ND: Lea (14, Zi. 3) hat nachts erzählt, Stiefvater sei „zudringlich“. "
     "Herkunft Selm-Bork.", (168, 179)),
    ("Übergabe: Mateo (9, 3. Klasse, Zi. 4) spricht v.a. Spanisch. Nach Rückführung braucht er "
     "Hausaufgabenhilfe. Fam. Kamen-Mitte.", (108, 119)),
    ("Übergabe 19:00: Jan (13, Zi. 1, Bett 2) hat heute in der Schule wieder zugeschlagen. "
     "Anti-Gewalt-Training in Kamen?", (156, 167)),
    ("kurze Frage von Mama Defne (Defne 4): Kind spielt nur allein, kein Blickkontakt. Wo "
     "Autismus-Diagnostik? Kamen-Methler.", (48, 59)),
    ("WG: Nachtrag zu meiner Mail von gestern (Frau L., Paul 6, Dellwig): Sie fragt, ob es auch "
     "für sie selbst was gibt, sie ist jetzt allein mit dem Jungen, vielleicht ne Kur?",
     (72, 83)),
    ("Kollege M. (JGH) fragt: junger Mann (19), Ausbildung abgebrochen, seit 4 Wo. wohnungslos. "
     "Braucht Wohnhilfe + Beratung. Lünen.", (228, 239)),
    ("Nachricht AB Mi 06:55 – junge Frau, nach eigener Aussage 17: „ich bin in der 14. Woche, "
     "meine Mutter weiß es nicht, wo kann ich hin?“ Hat Königsborn erwähnt.", (-9, -1)),
    # look-alikes
    ("Der Junge ist 5 und in der 3. Woche in der Kita, weint jeden Morgen beim Abschied. "
     "Gibt es Beratung in Kamen?", (60, 71)),
    ("Junge Mutter (19) mit Baby 4 Monate sucht eine Krabbelgruppe in Lünen.", (4, 4)),
    ("Kind 3 Jahre, der Termin war in Zi. 12 beim Gesundheitsamt in Unna, jetzt suchen wir "
     "Frühförderung.", (36, 47)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_relayed_family_is_read(assistant: Assistant, text: str,
                                    expected: tuple[int, int]) -> None:
    answer, _session = assistant.respond(text)
    assert_age_read_and_offers_fit(answer, expected)


def test_a_bracket_word_that_is_no_name_owns_no_age() -> None:
    """"(Klasse 3)", "(Raum 2)": a label with a number, not a child named with an age."""
    from bot.understanding.age_relay import _bracket_names

    assert _bracket_names("kurs (klasse 3) fuer eltern") == []
    assert _bracket_names("anfrage (paul 6, dellwig)") == [(14, 15)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Forwarded from a colleague in Südkamen: 'We're separating, the kids (4 and 7) keep asking "
     "questions. Is there counselling? English would help, my husband doesn't speak German.'",
     ("en",)),
    ("Familie aus Syrien, Sohn 6, Schulanmeldung in Unna. Arabisch würde sehr helfen.", ("ar",)),
    # look-alike: a school subject that would help is no language of the offer
    ("Kind 9, Nachhilfe in Englisch würde helfen, Unna.", ()),
])
def test_a_language_that_would_help_is_wished(assistant: Assistant, text: str,
                                              expected: tuple[str, ...]) -> None:
    """The quoted family's "English would help" asks the help to be held in English."""
    answer, _session = assistant.respond(text)
    assert tuple(answer.request.languages) == expected
