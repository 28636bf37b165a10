"""A language accepted is a language wished ("Türkisch ok", "Polnisch wäre auch ok", "notfalls
auf Englisch"), a hope is a wish ("would be great if some staff spoke English"), and an
interpreter at hand cancels a language someone only speaks — unless the writer deplores the
bridge; an explicit wish is never cancelled: what a user relies on, through understanding."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand

CASES = [
    # (request, topic that must be understood, languages)
    ("Erziehungsberatung in Kamen für meinen Sohn 10, er ist ständig wütend. Deutsch schwach, "
     "Türkisch ok.", "erziehungsberatung", ["tr"]),
    ("Notfalls auch auf Englisch – hauptsache jemand hilft uns. Unser Baby (7 Wochen) schreit "
     "stundenlang, wir sind in Holzwickede.", "schreibaby_schlaf", ["en"]),
    ("Elternkurs in Unna gesucht, Kind 5, viel Streit zuhause. Englisch wäre mir lieber.",
     "elternkurse", ["en"]),
    ("Would be great if someone there spoke English. Looking for a baby group in Schwerte, my son "
     "is 5 months old.", "eltern_kind_gruppen", ["en"]),
    # an interpreter at hand: the language spoken "only" is bridged
    ("Mein Mann spricht nur Russisch, ich übersetze für ihn. Wir suchen einen Kitaplatz für "
     "unsere Zwillinge (2) in Lünen.", "kita_betreuung", []),
    ("Mein Vater spricht nur Kurdisch, mit Dolmetscher geht das. Mein Bruder (15) kifft, wer "
     "berät Familien in Selm?", "medien_sucht", []),
    # … but an explicit wish stays, and a deplored bridge keeps the language
    ("gibts die schreiambulanz auch auf arabisch? baby 5 mon, familie aus bergkamen, vater "
     "übersetzt sonst", "schreibaby_schlaf", ["ar"]),
    ("eine Patientin aus Schwerte, 16. SSW, spricht nur Rumänisch; ihr Mann übersetzt, was ich "
     "für ungünstig halte. Gibt es eine Schwangerschaftsberatung?", "schwangerschaft_geburt",
     ["ro"]),
    # look-alikes: no wish
    ("Ich übersetze für meine Nachbarin, sie spricht Arabisch. Ihr Sohn ist 11 und in der Schule "
     "sehr auffällig – gibt es Schulsozialarbeit in Bergkamen?", "schulsozialarbeit", []),
    ("Unser Sohn (6) spricht zu Hause Türkisch und Deutsch, das geht gut. Wir suchen "
     "Frühförderung in Selm, er ist motorisch hinten dran.", "fruehfoerderung", []),
    ("Es wäre schön, wenn es eine Krabbelgruppe in der Nähe gäbe. Kind 10 Monate, Werne.",
     "eltern_kind_gruppen", []),
    ("Kind spricht Türkisch ok, Deutsch kaum, 4 Jahre, Sprachförderung in Kamen?", None, []),
    ("Mein Sohn spricht gut Englisch, das ist ok. Er ist 12 und zockt nächtelang, Unna.", None,
     []),
]


@pytest.mark.parametrize(("text", "topic", "languages"), CASES)
def test_language_wish(catalogue: Catalogue, text: str, topic: str | None,
                       languages: list[str]) -> None:
    request = understand(text, catalogue)
    if topic:
        assert topic in request.topics
    assert list(request.languages) == languages
