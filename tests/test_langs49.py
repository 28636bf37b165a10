"""A family's language told versus an offer's language asked (langs49).

A language asked is a wish for the offer: "mit ukr. oder russ. Sprache" (clipped names joined by
"oder", or right before "Sprache"/"Sprachmittlung"), "would be great if the counsellor speaks
English" (the offer's own person in a wishing sentence). A language told is the family's or the
interpreter's: an interpreter who comes along with the family ("Mutter mit Sprachmittlerin
(Arabisch)", "Termin mit Dolmetscher (Tigrinya)") bridges the language noted beside him, and one
told as arranged ("Sprachmittlerin für Russisch ist organisiert") is asked of nobody. Read through
the assistant: the languages it understood, and that no shown offer is held in another language
when one is asked.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant

CASES = [
    # asked: clipped names joined by a conjunction or before a word of language
    ("Neuaufnahme | Mila, geb. 2024 | aus Charkiw, seit 2 Mon. in Unna | spricht noch nicht | "
     "Frühförderung bitte mit ukr. oder russ. Sprache", ("uk", "ru")),
    ("Kitaplatz für Junge 3 J. in Kamen-Methler gesucht, Einrichtung mit russ. oder poln. Sprache "
     "wäre ideal", ("ru", "pl")),
    ("Mutter sucht für Tochter (7) einen OGS-Platz in Holzwickede, gern mit ukr. Sprachmittlung "
     "beim Aufnahmegespräch", ("uk",)),
    # asked: the offer's person said to speak it in a sentence that wishes
    ("Boy, 9, suspected ADHD, family lives in Schwerte. Would be great if the counsellor speaks "
     "English.", ("en",)),
    # told: an interpreter who comes along, or is arranged
    ("TN 09:15 – Vater mit Dolmetscher (Farsi) – Tochter 6 J., Asthma, neu in Kl. 1, braucht "
     "Hilfe beim Inhalieren – Schulbegleitung? Kamen", ()),
    ("Termin mit Dolmetscher (Tigrinya) am Do. – Tochter 3 J., spricht kaum, Sprachentwicklung? "
     "Werne", ()),
    ("Sprachmittlerin für Russisch ist organisiert. Junge 14, Stress in der Klasse, "
     "Schulsozialarbeit in Lünen-Süd?", ()),
    ("Baby 3 Mon. in Unna-Massen, Mutter sucht eine Babygruppe. Eine Dolmetscherin (Russisch) "
     "bringt sie selbst mit.", ()),
    # look-alikes: a language asked while an interpreter comes along or came before
    ("Mutter kommt mit Dolmetscherin, aber die Beratung selbst sollte auf Arabisch sein – Sohn "
     "10, Erziehungsberatung, Unna", ("ar",)),
    ("Mit Sprachmittlerin (Persisch) waren sie schon beim ASD; jetzt suchen sie eine "
     "persischsprachige Hebamme, 30. SSW, Kamen", ("fa",)),
    ("Schichtbuch: Sohn 4 J., spricht nur Dari, noch kein Kitaplatz. Mutter fragt nach "
     "Eingewöhnung, gern mit Dari-Sprachmittlung. Unna-Massen", ("fa",)),
    # look-alikes: a note with the offer's person in it tells, a unit clip stays a unit
    ("Hebamme spricht Türkisch, Baby 3 Monate, Bergkamen, Stillgruppe gesucht", ()),
    ("Kind 14 Mon. oder älter, Krabbelgruppe in Selm", ()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_language_told_or_asked(assistant: Assistant, text: str,
                                expected: tuple[str, ...]) -> None:
    answer, _session = assistant.respond(text)
    assert tuple(answer.request.languages) == expected
    for hit in answer.offers:  # shown as fitting: held in a language asked
        assert not expected or set(expected) & set(hit.offer.languages), hit.offer


PLACES = [
    # a district of the town moved to, told later as where the family stays
    ("Мария, 22, бременна в 7. месец, mit Mann von Ruse nach Unna gezogen, wohnen bei Cousin in "
     "Kessebüren. Schwangerschaftsberatung?", "unna-kessebueren"),
    ("Jugendlicher sechzehn Komma nach dem Umzug von Selm nach Werne pennt er im Keller vonne "
     "Wohnanlage in Evenkamp Punkt", "werne-evenkamp"),
    ("Familie ist nach Bergkamen gezogen und schläft vorerst bei Freunden in Rünthe, Tochter 6 "
     "braucht OGS", "bergkamen-ruenthe"),
    # a landmark of the centre where the family lives
    ("Der kleine Bruder braucht einen Kindergartenplatz, die sind umgezogen, wohnen jetzt direkt "
     "am Bahnhof Unna", "unna-mitte"),
    ("Sohn 8 braucht OGS, die wohnen am Marktplatz in Werne", "werne-mitte"),
    # a district that is a word, after a preposition of the family's language
    ("una pregunta: grupo para madres nuevas en Massen? muchas mamis de la Unterkunft",
     "unna-massen"),
    ("Szukam przedszkola w Massen, córka 4 lata", "unna-massen"),
    # look-alikes: a way through the station, a word that is a district, a name
    ("Sind am Bahnhof Kamen umgestiegen, wohnen aber in Methler – Kind 4, Sprachförderung",
     "kamen-methler"),
    ("Kita am Bahnhof Unna gesucht, Kind 3", "unna"),
    ("Spielzeug gibt es in Massen, aber Kind (3) spielt nicht mit anderen, Unna-Königsborn",
     "unna-koenigsborn"),
    ("Frau Wessel vom Jugendamt meint, Sohn 11 braucht Lernförderung, Familie wohnt in Bönen",
     "boenen"),
]


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_place_by_move_landmark_or_language(assistant: Assistant, text: str,
                                            expected: str) -> None:
    answer, _session = assistant.respond(text)
    assert answer.request.place == expected


def test_sibling_with_spoken_article_keeps_the_place(assistant: Assistant) -> None:
    """ "Die hat noch 'n Kleinen …": spoken German clips the article with an apostrophe; the turn
    is another child of the same family, whose place was answered before."""
    _answer, session = assistant.respond(
        "Moin, 'ne Familie is aus der Unterkunft inne eigene Wohnung gezogen, die Mama is "
        "schwanger und kennt hier keine Hebamme.")
    _answer, session = assistant.respond("Werne, in Evenkamp", session)
    answer, _session = assistant.respond(
        "Die hat noch 'n Kleinen, zwei Jahre, für den sucht se 'ne Spielgruppe", session)
    assert answer.request.place == "werne-evenkamp"
    assert answer.request.age is not None and (answer.request.age.low, answer.request.age.high) \
        == (24, 35)
