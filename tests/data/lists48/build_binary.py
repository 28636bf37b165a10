"""Writes the binary lists of this set (kept so their content can be reviewed as text).

    python tests/data/lists48/build_binary.py

* ``angebote-stadt-leverkusen-bom-ansi.csv``: a `;` CSV that starts with a UTF-8 byte order
  mark but whose text is Windows-1252 (umlauts, `–`, `€` as single bytes), as a tool writes it
  that adds the mark to a file Excel saved as "CSV (Trennzeichen-getrennt)".
* ``traeger-angebote-rhein-kreis-neuss.xlsx``: one row per Träger, its several offers in one
  cell separated by line breaks (wrapped text), a title row above the header.
"""

# ruff: noqa: E501  (rows of invented offers, kept one per line so they read as a table)
from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment

HERE = Path(__file__).parent

LEVERKUSEN = [
    "Familienangebote der Stadt Leverkusen;;;;;;;;;",
    "Stand: 03/2026;;;;;;;;;",
    "Angebot;Träger;Themen;Alter;Stadtteil;Straße;PLZ;Ort;Telefon;E-Mail",
    "Spielgruppe „Rheindorfer Gänseblümchen“;Elterninitiative-Beispiel Rheindorf e.V.;Spielgruppe, Eltern-Kind-Gruppe;1–3 J.;Rheindorf;Königsberger Platz 2;51371;Leverkusen;0000 950201;gaensebluemchen@example.org",
    "Schulsozialarbeit Opladen – Hilfe bei Mobbing;Jugendhilfe-Beispiel Leverkusen;Schulsozialarbeit, Mobbing;10–18 J.;Opladen;Düsseldorfer Straße 45;51379;Leverkusen;0000 950202;schulsozial@example.org",
    "Frühförderstelle Schlebusch;Frühförderung-Beispiel gGmbH;Frühförderung, Entwicklungsverzögerung;0–6 J.;Schlebusch;Bergische Landstraße 12;51375;Leverkusen;0000 950203;fruehfoerderung@example.org",
    "Erziehungsberatung Wiesdorf;Beratungsstelle-Beispiel für Eltern, Kinder und Jugendliche;Erziehungsberatung;0–21 J.;Wiesdorf;Friedrich-Ebert-Platz 3;51373;Leverkusen;0000 950204;eb-wiesdorf@example.org",
    "Jugendbüro Hitdorf;Jugendwerk-Beispiel Hitdorf;Offene Jugendarbeit;12–21 J.;Hitdorf;Hitdorfer Straße 100;51371;Leverkusen;0000 950205;jugendbuero@example.org",
    "Familienbüro Manfort – Kosten: 0 €;Stadt-Beispiel Familienbüro;Familienbüro, Beratung zu Leistungen;alle;Manfort;Kalkstraße 5;51377;Leverkusen;0000 950206;familienbuero@example.org",
]

NEUSS_HEADER = ["Träger", "Angebote", "Zielgruppe", "Straße", "PLZ", "Ort", "Telefon", "E-Mail", "Ansprechpartnerin"]
NEUSS_ROWS = [
    ["Caritas-Beispielverband Neuss", "Erziehungsberatung\nTrennungs- und Scheidungsberatung\nSchwangerschaftsberatung", "Familien, Schwangere", "Rheinstraße 20", "41460", "Neuss", "0000 960101", "beratung-neuss@example.org", "Frau A. Beispiel"],
    ["AWO-Beispiel Grevenbroich", "Hausaufgabenhilfe\nFerienspiele\nOffene Ganztagsschule Südstadt", "Kinder 6-12 J.", "Lindenstraße 8", "41515", "Grevenbroich", "0000 960102", "awo-gv@example.org", "Herr B. Beispiel"],
    ["Familienzentrum-Beispiel Dormagen", "Babymassage\nPEKiP\nEltern-Café", "Eltern mit Babys 0-1 J.", "Kölner Straße 90", "41539", "Dormagen", "0000 960103", "fz-dormagen@example.org", "Frau C. Beispiel"],
    ["Suchthilfe-Beispiel Kaarst", "Suchtberatung für Jugendliche\nGruppe für Kinder aus suchtbelasteten Familien", "Jugendliche, Kinder 8-14 J.", "Neusser Straße 11", "41564", "Kaarst", "0000 960104", "sucht-kaarst@example.org", "Herr D. Beispiel"],
    ["Jugendwerk-Beispiel Meerbusch e.V.", "Jugendtreff Osterath\nStreetwork", "Jugendliche ab 12", "Hochstraße 5", "40670", "Meerbusch", "0000 960105", "jugend-meerbusch@example.org", "Frau E. Beispiel"],
]


def write_leverkusen() -> None:
    """A UTF-8 byte order mark in front of Windows-1252 text, CRLF."""
    body = ("\r\n".join(LEVERKUSEN) + "\r\n").encode("cp1252")
    (HERE / "angebote-stadt-leverkusen-bom-ansi.csv").write_bytes(b"\xef\xbb\xbf" + body)


def write_neuss() -> None:
    """One row per Träger; the offers of a Träger in one wrapped cell, one per line."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Träger und Angebote"
    sheet.append(["Träger und ihre Angebote im Rhein-Kreis Neuss (Stand: 03/2026)"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(NEUSS_HEADER))
    sheet.append(NEUSS_HEADER)
    for row in NEUSS_ROWS:
        sheet.append(row)
        sheet.cell(row=sheet.max_row, column=2).alignment = Alignment(wrap_text=True)
    book.save(HERE / "traeger-angebote-rhein-kreis-neuss.xlsx")


if __name__ == "__main__":
    write_leverkusen()
    write_neuss()
