"""A payment only hoped for is no help already in place (issue 8, `[settled] unless`).

"BuT ist bewilligt" tells the money is settled: tutoring is the one need, and where none exists
the request is an honest gap. "am besten vom Amt bezahlt", "eventuell übernimmt das Jugendamt",
"ggf. vom Jobcenter übernommen" tell only what the family hopes for: the payment is still to come,
so what pays for help stays a need beside the tutoring and its offers are fitting answers where
the family cannot pay. Sentences are our own, none taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.understanding import understand

MONEY = "but_finanzen"

HOPED = [
    "Sohn 9, Rechenschwäche, Familie lebt von Bürgergeld. Nachhilfe in Selm, am besten vom Amt "
    "bezahlt?",
    "Tochter 10 braucht Nachhilfe in Deutsch, Selm. Die Eltern haben Bürgergeld, möglichst "
    "über das Bildungspaket bezahlt.",
    "Nachhilfe für einen Jungen (11) in Selm gesucht, Eltern haben kein Geld, eventuell wird "
    "das vom Jobcenter übernommen.",
    # a hedge beside a help wished free still asks what pays for it
    "Gibt es in Selm Nachhilfe für meinen Sohn (9), die nix kostet, vielleicht übers "
    "Bildungspaket?",
]

SETTLED = [
    "Sohn 9, Rechenschwäche, das Bildungspaket ist bewilligt. Nachhilfe in Selm?",
    "Tochter 10, die Lernförderung wird schon vom Amt bezahlt. Gibt es Nachhilfe in Selm?",
]


@pytest.mark.parametrize("text", HOPED)
def test_a_hoped_for_payment_stays_a_need(catalogue: Catalogue, text: str) -> None:
    """Tutoring has no offer in Selm, but the family cannot pay and hopes someone will: what
    pays for it is a need too, and its offers (BuT) are fitting, no gap."""
    request = understand(text, catalogue)
    assert MONEY in request.main_topics
    answer = match(request, catalogue)
    assert answer.gap is None
    assert any(MONEY in hit.offer.topics for hit in answer.offers[:3])


@pytest.mark.parametrize("text", SETTLED)
def test_a_settled_payment_is_context(catalogue: Catalogue, text: str) -> None:
    """The payment is in place: tutoring alone is asked for, and Selm has none — a gap."""
    request = understand(text, catalogue)
    assert MONEY not in request.main_topics
    answer = match(request, catalogue)
    assert answer.offers == ()
    assert answer.gap is not None


OUT_OF_PHASE_ASKED = [
    "Sohn 5 hängt jeden Tag stundenlang am Tablet. Die Eltern wünschen sich eine Beratung zum "
    "Thema Medien für so kleine Kinder in Lünen.",
    "Unsere Kleine (4) will nur noch Handy gucken, jeden Tag Theater. Gibt es in Unna eine "
    "Medienberatung für Eltern?",
]


@pytest.mark.parametrize("text", OUT_OF_PHASE_ASKED)
def test_a_need_told_and_asked_outside_the_life_phase_is_an_honest_gap(
        catalogue: Catalogue, text: str) -> None:  # fmt: skip
    """Media advice for a preschooler: the story tells it and the question asks it. The
    catalogue's media offers start at school age, so the request is a gap (the age is what is
    missing), and no leisure or parent-course offer is shown as fitting in its place."""
    request = understand(text, catalogue)
    assert request.main_topics[:1] == ("medien_sucht",)
    answer = match(request, catalogue)
    assert answer.offers == ()
    assert answer.gap is not None


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Boah, Zwillinge, zweieinhalb, Familie kriegt ne Wohnung in Derne und braucht zwei "
         "Kitaplätze ab August. Wo meld ich die an?", "kita_betreuung"),
        ("Mädchen 12 kommt jeden Tag ohne Frühstück und hat Hunger. Ist das was fürs Amt?",
         "kinderschutz"),
    ],
)
def test_one_word_outside_the_life_phase_asks_for_nothing(catalogue: Catalogue, text: str,
                                                         need: str) -> None:  # fmt: skip
    """A single word of another life phase in the question ("Wohnung", "Amt") does not take
    the place of the need the request tells."""
    assert understand(text, catalogue).main_topics[:1] == (need,)


@pytest.mark.parametrize(
    "text",
    [
        "Guten Tag, für eine Schülerin (10) mit Leseschwäche suchen wir eine außerschulische "
        "LRS-Förderung in Holzwickede, gegebenenfalls mit Kostenübernahme.",
        "Kennen Sie eine Lerntherapie bei Rechenschwäche in Fröndenberg für einen Jungen, 8, "
        "evtl. mit Zuschuss?",
    ],
)
def test_a_hedged_payment_beside_the_help_is_no_need(catalogue: Catalogue, text: str) -> None:
    """A payment hedged ("gegebenenfalls mit Kostenübernahme") wishes how the asked help be
    paid, and nothing says the family cannot pay. Learning therapy has no offer there: a gap,
    and the offices that pay are no "fitting" answer in its place."""
    request = understand(text, catalogue)
    assert MONEY not in request.main_topics
    answer = match(request, catalogue)
    assert answer.offers == ()
    assert answer.gap is not None
