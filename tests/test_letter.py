"""A mail's or a form's parts: the writer's signature and sender fields are not the family.

Professionals sign their mails with their office, room, hours, phone and town, and web forms
carry the sender's fields. The assistant must read the family's age, place and need from the
rest: the office's town is no home (it asks where the family lives), its service is no need, a
class the writer leads is no age.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand
from bot.understanding.letter import family_text

SIGNED = ("Gibt es in Holzwickede einen Treff für Alleinerziehende? Tochter 2 Jahre.\n"
          "Freundliche Grüße\nJana Westermann\nSchwangerschaftsberatung Unna\nTel. 02303 27 4410")


@pytest.mark.parametrize(("text", "kept", "cut"), [
    # a closing formula and the signature block after it, also with its line breaks lost
    (SIGNED, "Holzwickede", "Schwangerschaftsberatung"),
    (SIGNED.replace("\n", " "), "Tochter 2 Jahre", "Westermann"),
    # a short message signs too
    ("hast du was für ne 16jährige schwangere in kamen-methler? LG Anna", "methler", "Anna"),
    ("Baby 3 Monate, Selm-Bork. Danke und Gruß, Petra (Familienbüro Kamen)", "Bork", "Kamen"),
    # a greeting from the writer's town is the writer's
    ("Enkel (4) sucht Spielgruppe. Liebe Grüße aus Bergkamen, Ute (Tagesmutter)", "Enkel",
     "Bergkamen"),
    # a form's sender fields, also where its line breaks were lost
    ("Alter: 14 | Wohnort: 59425 Unna | Absender: Praxis Dr. Grewe, Kamen", "59425 Unna",
     "Grewe"),
    ("Name der Einrichtung: Kita Sonnenblume Alter des Kindes: 5 Jahre Wohnort: Heil",
     "Alter des Kindes: 5", "Sonnenblume"),
    # a signature without a closing formula: the last part with a phone and the lines before it
    ("Anliegen: Sprachförderung für Lena (4) in Afferde. | Birgit Hollenhorst, Leitung Kita "
     "Zechenkinder, Unna-Königsborn, Tel. 02303 99 2816", "Afferde", "Königsborn"),
    ("Junge 5 aus Uelzen spricht kaum Deutsch.\nDr. Petra Lindner\nGesundheitsamt Kreis Unna\n"
     "Tel. 02303 27-0", "Uelzen", "Lindner"),
])
def test_the_writers_parts_are_cut(text: str, kept: str, cut: str) -> None:
    family = family_text(text)
    assert kept in family
    assert cut not in family


@pytest.mark.parametrize("text", [
    # a postscript after the signature is the message again
    "Viele Grüße\nJana\nPS: die Familie wohnt in Bönen",
    # a tail that tells the case is no signature: "LG" is the Landgericht here
    "Verhandlung war am Montag. LG Dortmund hat entschieden, das Kind bleibt in Bönen",
    # the family's words after a closing formula: the case goes on
    "Spielgruppe gesucht. LG, Kind 4 Jahre, Bönen",
    # "Raum" before a town is the area, not a room; "erreichbar" and "Handy" are the family's
    "Care Leaver, 19, zieht aus der Wohngruppe aus. Raum Bönen.",
    "Mädchen 8 fehlt oft. Eltern schwer erreichbar, Grundschule in Bönen",
    "Wohnort Bönen. Junge 12 verbringt zu viel Zeit am Handy.",
    # a phone number the family is reached at, in a sentence of the case
    "Kind 4 in Kamen. Die Mutter wohnt in Bönen, Tel. 0171 2345678",
    # a parent signs as the family: the greeting's town is their home
    "Mein Sohn ist 4 und sucht Freunde. Liebe Grüße aus Bönen, Familie Yilmaz",
    # a forwarded mail below the forwarder's signature
    "Gruß Heike\n---------- Weitergeleitete Nachricht ----------\nmein Sohn ist 11, wir sind "
    "in Bönen",
])
def test_the_family_is_kept(text: str) -> None:
    assert "Bönen" in family_text(text)


def test_a_message_that_is_only_a_closing_is_read_as_it_is() -> None:
    assert family_text("Viele Grüße") == "Viele Grüße"


@pytest.mark.parametrize(("text", "age", "place", "not_topic"), [
    # the office's service is no need and no pregnancy
    ("Hallo zusammen, ich berate eine alleinerziehende Mutter (Tochter 2 Jahre), die sich "
     "isoliert fühlt. Gibt es in Holzwickede einen Treff? Freundliche Grüße, Jana Westermann, "
     "Schwangerschaftsberatung Unna, Tel. 02303 27 4410", (24, 35), "holzwickede",
     "schwangerschaft_geburt"),
    # the office's town is no home: the assistant asks where the family lives
    ("Wir suchen eine Krabbelgruppe für eine Mutter mit ihrem 9 Monate alten Sohn. Herzliche "
     "Grüße, Miriam Schöttler, Familienhebamme, Gesundheitsamt Kreis Unna, Fröndenberg",
     (9, 9), None, None),
    # the town in the body wins over the office's
    ("Meine Kundin, 23, hat eine Tochter von 4 Jahren und braucht einen Kita-Platz in Bönen. "
     "Mit freundlichen Grüßen i. A. Kerstin Lohmann Jobcenter Kreis Unna – Standort Kamen "
     "Zimmer 2.17 Tel. 02307 9240-217", (48, 59), "boenen", None),
    # a class the writer leads is no age
    ("Ein Kind hat öfter blaue Flecken. Die Familie wohnt in Unna-Königsborn. Mit "
     "freundlichen Grüßen, Frank Wiesner, Klassenlehrer 3b, Grundschule Königsborn", None,
     "unna-koenigsborn", None),
    # a form's place field with the district after the town, the sender's office signing below
    ("Kontaktformular – Alter des Kindes: Dreijährige | Wohnort: 59425 Unna, Alte Heide | "
     "Anliegen: Die Eltern suchen eine Gruppe. | Birgit Hollenhorst, Leitung Kita "
     "Zechenkinder, Unna-Königsborn, Tel. 02303 99 2816", (36, 47), "unna-alte-heide", None),
    ("Kind: 3 J. – Wohnort: Heil (Bergkamen) – gesucht: Kita-Platz. Gruß, Thorsten Brinkhoff – "
     "ASD Bergkamen, Bezirk 3 – Tel. 02307 99 3318", (36, 47), "bergkamen-heil", None),
])
def test_understanding_reads_the_family_not_the_office(
        catalogue: Catalogue, text: str, age: tuple[int, int] | None, place: str | None,
        not_topic: str | None) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert (request.age and (request.age.low, request.age.high)) == age or (
        age is None and request.age is None)
    assert request.place == place
    if not_topic:
        assert not_topic not in request.topics
