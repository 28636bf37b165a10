"""A young child left alone, said without "gelassen", and a particular help asked beside a sign.

Sentences written for this table (none from an evaluation set). Who is alone decides: a young
child alone at home, at night or all day is a sign; a mother alone, a single father, a teenager
alone in the afternoon, a child who plays or sleeps alone or will not sleep alone are none.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.understanding import understand

ALONE: list[tuple[str, bool]] = [
    ("Baby liegt den ganzen Tag allein im Zimmer, Kamen", True),
    ("Geschwister 3 und 5 oft allein zuhause, Unna", True),
    ("die Kleine (2) war nachts allein in der Wohnung, Lünen", True),
    ("Mutter lässt die Kinder stundenlang unbeaufsichtigt, Selm", True),
    ("niemand holt den 4-Jährigen ab, er sitzt abends noch vor der Kita, Werne", True),
    ("Kinder 4 und 6 sind abends oft allein, Mama arbeitet in der Nacht, Kamen", True),
    ("Säugling 3 Monate wird stundenlang ohne Aufsicht gelassen, Unna", True),
    ("Mädchen 5 sitzt nachts alleine im Auto vor der Spielhalle, Lünen", True),
    ("Junge (7) oft bis spät abends allein draußen unterwegs, Selm", True),
    ("der kleine ist 3 und tagsüber meistens allein daheim, bergkamen", True),
    ("Kind 2, Eltern gehen abends weg, die Kleine bleibt alleine zuhause, Werne", True),
    ("Zwillinge 4 wieder allein in der Wohnung angetroffen, Unna", True),
    ("Kind 6 wurde nicht abgeholt, saß bis 19 Uhr in der Kita, Kamen", True),
    ("Eltern vergessen regelmäßig, den Sohn (5) aus der Kita abzuholen, Lünen", True),
    # the same words, no case
    ("Mutter ist oft allein zuhause, Kind 4, Kamen", False),
    ("Vater allein erziehend, Sohn 6, Unna", False),
    ("alleinerziehend, Tochter 3, Kita-Platz gesucht, Lünen", False),
    ("Mutter allein mit drei Kindern, Unterstützung in Bergkamen", False),
    ("Jugendlicher 16 ist nachmittags allein zuhause, Werne", False),
    ("Kind 5 spielt gern allein, Kamen", False),
    ("Kind 4 will nicht allein schlafen, Unna", False),
    ("Kind 7 fühlt sich allein, Freunde gesucht, Selm", False),
    ("Oma allein zuhause mit dem Enkel 3, sucht Krabbelgruppe, Unna", False),
    ("Mutter ist abends oft allein, Kind 2 schläft dann, Elterncafé gesucht, Kamen", False),
    ("Jugendliche 15 ist nach der Schule allein zuhause und zockt, Medienberatung Selm", False),
    ("Schüler 13 bleibt nachmittags allein zuhause, OGS gesucht? Lünen", False),
    ("Kind 9 darf schon allein zur Schule gehen, Kamen", False),
    ("Kind 4 kann nicht allein einschlafen, Schlafberatung Unna", False),
    ("Kind 6 spielt in der Pause oft allein, Sozialkompetenztraining Werne", False),
    ("Wer holt das Kind (5) ab, wenn ich Spätschicht habe? Betreuung in Kamen", False),
    ("Vater alleinerziehend, Kinder 3 und 5, sucht Hilfe im Alltag, Unna", False),
    ("Mama fühlt sich mit dem Baby oft allein, Wochenbettdepression? Lünen", False),
    ("Kind 3 wird nicht mehr vom Vater abgeholt, sondern von der Oma, Trennung, Kamen", False),
    ("Frau ist nachts allein mit dem Säugling, Partner auf Montage, Familienhebamme Selm", False),
    ("Kind 8 geht allein zum Training, Sportverein Kamen", False),
    ("Mutter ist mit dem Kind (2) nachts oft allein, Partner auf Montage, Unna", False),
    ("Mama ist mit ihren Kindern 3 und 5 abends allein zuhause, braucht Entlastung, Kamen", False),
    ("Kind 10 kommt nach der Schule allein nach Hause, OGS gesucht, Kamen", False),
    ("Kind 9 ist nach der Schule allein zuhause, Betreuung gesucht, Unna", False),
    ("Schlüsselkind 8, nachmittags allein zuhause, Hort in Lünen?", False),
    ("Kind 3 schläft allein im eigenen Zimmer, Schlafberatung Selm", False),
    ("familie neu hier, baby 8 monate, mama allein zuhause, kennt niemand, gruppe? Kamen", False),
    ("Baby 4 Monate, Mutter tagsüber allein zu Hause, sucht Kontakt zu anderen, Unna", False),
]


@pytest.mark.parametrize("text", [text for text, sign in ALONE if not sign])
def test_a_grown_up_alone_is_no_need_for_child_protection(catalogue: Catalogue, text: str) -> None:
    """The words "allein zuhause" credit no protection topic of their own: who is alone decides."""
    assert "kinderschutz" not in understand(text, catalogue).main_topics


@pytest.mark.parametrize(("text", "sign"), ALONE)
def test_a_young_child_alone_is_a_sign_a_mother_or_teenager_alone_is_none(
    catalogue: Catalogue, text: str, sign: bool
) -> None:
    request = understand(text, catalogue)
    assert request.child_protection is sign
    if sign:
        answer = match(request, catalogue)
        assert answer.emergency and request.topics[0] == "kinderschutz"
        assert "kinderschutz" in answer.offers[0].offer.topics


@pytest.mark.parametrize(("text", "sign"), ALONE)
def test_who_is_alone_is_read_when_dictated(catalogue: Catalogue, text: str, sign: bool) -> None:
    dictated = text.replace(",", " ").replace("(", "").replace(")", "").lower()
    assert understand(dictated, catalogue).child_protection is sign


# (text, a topic of the help asked besides protection)
ASKED: list[tuple[str, str]] = [
    ("Verfahren nach § 1666 BGB läuft, Kind 5, wir suchen Erziehungsberatung für die Mutter, "
     "Kamen", "erziehungsberatung"),
    ("Kindeswohlgefährdung gemeldet, Kind 4, jetzt brauchen wir Erziehungsberatung, Unna",
     "erziehungsberatung"),
    ("Papa trinkt, die Kinder (6 und 9) sind abends oft allein, gibt es Gruppen für Kinder aus "
     "Suchtfamilien? Lünen", "belastete_eltern"),
    ("§ 8a-Verfahren läuft, Kind 3, Mutter sucht Logopädie für den Kleinen, Kamen",
     "sprachfoerderung"),
]


@pytest.mark.parametrize(("text", "topic"), ASKED)
def test_protection_first_and_the_asked_help_in_the_first_three(
    catalogue: Catalogue, text: str, topic: str
) -> None:
    answer = match(understand(text, catalogue), catalogue)
    top = [hit.offer.topics for hit in answer.offers[:3]]
    assert answer.emergency and answer.request.topics[0] == "kinderschutz"
    assert "kinderschutz" in top[0] and "kinderschutz" in top[1]
    assert any(topic in topics for topics in top)


def test_help_named_only_by_the_sign_asks_for_nothing_else(catalogue: Catalogue) -> None:
    text = "Häusliche Gewalt, Mutter mit zwei Kindern (1 und 3) braucht Hilfe in Kamen"
    answer = match(understand(text, catalogue), catalogue)
    assert all("kinderschutz" in hit.offer.topics for hit in answer.offers[:3])


# the carers gone, or a peer's violence: who is gone and who acts decide (sentences of this table)
GONE_OR_PEERS: list[tuple[str, bool]] = [
    ("Säugling schreit seit Stunden, die Eltern sind weg, Kamen", True),
    ("Kind 6, der Vater schubst ihn rum, Kamen", True),
    ("der Sohn (11) ist ständig weg, die Mutter sagt, sie braucht Hilfe zuhause, Schwerte", False),
    ("Mutter alleine mit Neugeborenem und zwei Kleinkindern, Vater ist weg, Fröndenberg", False),
    ("Spieler (10) wird in der Kabine fertig gemacht, die schubsen ihn rum, Bergkamen", False),
    ("E-Jugend, Junge 9 wird im Training von den Mitspielern geschubst, Unna", False),
]


@pytest.mark.parametrize(("text", "sign"), GONE_OR_PEERS)
def test_who_is_gone_and_who_acts_decide(catalogue: Catalogue, text: str, sign: bool) -> None:
    assert understand(text, catalogue).child_protection is sign
