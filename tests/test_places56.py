"""The place the help is asked for is the family's (stop 40, places56).

The user relies on offers near the family. Lay and relayed writing names other places too: a
guess or hearsay of where an offer might be ("gibts glaub ich nur in Unna", "in Lünen war das
mal", "da fahren alle hin") is not the family's town; a town's centre in words ("in der
Innenstadt", "Kamener Innenstadt", "Zentrum von Lünen") is its central district; a family name
after a closing formula ("Viele Grüße, Anna Stockum", "B. Schulze-Wessel") is no district. The
look-alikes keep their reading: the later place the family's ("wohnen jetzt aber in Bönen"), a
real district beside a signature, an institution called "Zentrum".
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.understanding.letter import family_text


@pytest.mark.parametrize(("text", "place"), [
    # a guess or hearsay of an offer's seat
    ("gibts in bönen sowas wie ein babycafé? baby 5 monate. das gibts glaub ich nur in kamen?",
     "boenen"),
    ("Ich helfe in der Kleiderkammer in Selm, eine Mutter mit Sohn (3) sucht Sprachförderung. "
     "Die gehen glaube ich alle nach Lünen dafür.", "selm"),
    ("Neu als Tagesmutter in Holzwickede: Kind 2 spricht kaum. In Unna war das mal so eine "
     "Sprachgruppe, gibt es so etwas hier?", "holzwickede"),
    ("Ich trainiere Kinder in Werne, ein Mädchen (8) ist ganz verstört. Beratung gibts angeblich "
     "nur in Lünen, oder?", "werne"),
    # a town's centre in words
    ("wir wohnen in der bergkamener innenstadt, tochter 4, suchen sprachförderung",
     "bergkamen-mitte"),
    ("Kita im Zentrum von Lünen, ein Vater fragt nach Hilfe für das Mittagessen, Kind 5",
     "luenen-mitte"),
    ("gibts in werne was gegen mobbing? ein 13-jähriger aus dem jugendtreff in der innenstadt",
     "werne-mitte"),
    # a family name after a closing formula
    ("Wir suchen für unsere Tochter (2) eine Spielgruppe in Unna. Liebe Grüße, Maria Massen",
     "unna"),
    ("Gibt es eine Trauergruppe für einen Jungen (10), dessen Vater gestorben ist? "
     "Mit stillem Gruß, H. Dellwig-Krause", None),
    ("Mein Sohn (5) braucht Ergotherapie, wir wohnen in Kamen. Gruß Thomas Heeren", "kamen"),
    # look-alikes: the later place is the family's, a real district, an institution
    ("früher haben wir in unna gewohnt, da gab es einen babytreff. wohnen jetzt aber in kamen, "
     "sohn 1, gibts das hier auch?", "kamen"),
    ("Die Beratungsstelle in Unna ist voll. Die Familie (Kind 9) wohnt eigentlich in "
     "Bergkamen-Rünthe, gibt es dort Erziehungsberatung?", "bergkamen-ruenthe"),
    ("Wir wohnen in Werne-Stockum, Sohn 2, gibt es eine Spielgruppe? Gruß, M. Becker",
     "werne-stockum"),
    ("Sozialpädiatrisches Zentrum in Unna, Kind 4 mit Entwicklungsverzögerung, Frühförderung?",
     "unna"),
    ("kinder- und jugendpsychiatrisches zentrum in unna, tochter 15 isst kaum, wohin?", "unna"),
])  # fmt: skip
def test_the_familys_place_is_read(assistant: Assistant, text: str, place: str | None) -> None:
    answer, _session = assistant.respond(text)
    assert answer.request.place == place


@pytest.mark.parametrize(("text", "kept", "cut"), [
    ("Ich suche eine Krabbelgruppe für meinen Sohn (6 Monate) in Werne. Viele Grüße, Anna Stockum",
     "Werne", "Stockum"),
    ("Gibt es eine Trauergruppe für Kinder? Mit traurigem Gruß, B. Schulze-Wessel", "Trauergruppe",
     "Wessel"),
    ("Hallo, unser Sohn (3) spricht kaum, gibt es Hilfe? Grüße aus Methler, Anna", "", ""),
])  # fmt: skip
def test_a_signoff_name_is_no_text_of_the_family(text: str, kept: str, cut: str) -> None:
    family = family_text(text)
    assert kept in family
    if cut:
        assert cut not in family
