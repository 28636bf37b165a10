"""A sign-off typed or dictated without marks — closing formula, name, role, institution, town —
is the writer's: it adds no need, no pregnancy and no place to the family's; words after the
closing formula that tell of the family still count (sig53)."""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.models import Request
from bot.understanding.letter import family_text

CASES = [
    # (text, age months, place, a topic that must be read, topics that must not)
    ("hallo ich hab hier eine mama mit zwillingen 8 monate alt in unna massen sie ist total "
     "erschöpft die kinder schlafen nachts kaum gibt es da eine beratung mfg Sabine Kortmann "
     "Schwangerschaftsberatung Unna", (8, 8), "unna-massen", "fruehe_hilfen",
     ("schwangerschaft_geburt",)),
    ("ich habe eine familie mit einem kind 7 jahre in unna uelzen die keine OGS platz bekommen "
     "haben gibt es eine andere betreuung nach der schule Z povahoiu Olha Kovalenko "
     "Beratungsstelle für Schwangere und Familien Unna", (84, 95), "unna-uelzen", "ogs_ganztag",
     ("schwangerschaft_geburt",)),
    ("junge mutter 19 mit baby 3 monate in bergkamen weddinghofen sucht kontakt zu anderen "
     "müttern beste grüße Kerstin Ahlers Familienhebamme Schwangerschaftsberatung Lünen",
     (3, 3), "bergkamen-weddinghofen", "eltern_kind_gruppen", ("schwangerschaft_geburt",)),
]

SIGNED = [
    ("Vater alleinerziehend 2 Kinder in Lünen Brambauer sucht Entlastung Gruß Jörg Pawlak ASD "
     "Bergkamen", "Jörg Pawlak"),
    ("Eltern suchen Lernförderung für ihr Kind viele Grüße Frau Osterkamp Frühe Hilfen Lünen",
     "Osterkamp"),
    ("Eltern mit Baby aus Holzwickede suchen einen Babykurs Gruß Iris Möller Hebammenpraxis "
     "Schwerte", "Möller"),
    ("Pflegekind 5 Jahre in Bönen braucht Hilfe zur Erziehung Best Tobias Kranz "
     "Pflegekinderdienst Bergkamen", "Kranz"),
]

# look-alikes: what follows the closing formula tells of the family and stays
KEPT = [
    "Kita in Kamen Mitte für Kind 1 Jahr gesucht LG und danke sie ist übrigens schwanger",
    "Suche Babyschwimmen für meine Tochter 7 Monate Gruß Melanie PS wir wohnen in Werne Langern",
    "mein Sohn 3 Jahre spricht kaum Viele Grüße aus Unna Massen wo wir wohnen",
    "Kind 5 Jahre Familie braucht Beratung LG Saskia ach und die Mutter ist wieder schwanger",
    "LG Frau Osterkamp",  # only a greeting: nothing else to read
]


def _request(assistant: Assistant, text: str) -> Request:
    answer, _session = assistant.respond(text)
    return answer.request


@pytest.mark.parametrize(("text", "age", "place", "topic", "absent"), CASES)
def test_unmarked_signature_adds_nothing(assistant: Assistant, text: str, age: tuple[int, int],
                                         place: str, topic: str, absent: tuple[str, ...]) -> None:
    request = _request(assistant, text)
    assert request.age is not None and (request.age.low, request.age.high) == age
    assert request.place == place
    assert topic in request.topics
    assert not set(absent) & set(request.topics)


@pytest.mark.parametrize(("text", "signer"), SIGNED)
def test_unmarked_signature_is_cut(text: str, signer: str) -> None:
    assert signer not in family_text(text)


@pytest.mark.parametrize("text", KEPT)
def test_closing_that_tells_is_kept(text: str) -> None:
    assert family_text(text) == text


def test_pregnancy_after_the_closing_counts(assistant: Assistant) -> None:
    request = _request(assistant, KEPT[0])
    assert "schwangerschaft_geburt" in request.topics
