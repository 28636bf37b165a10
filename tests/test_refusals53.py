"""Somebody's "nein" is no lesson in saying no.

"Nein sagen" names what schools and Kitas teach to prevent abuse and what a child who cannot
refuse lacks; the same two words the other way round ("die Kasse sagt nein", "der Vermieter sagt
nein") are an institution's refusal and raise no topic of their own. `nein` is one of the
`[window] ordered` words of `topic_lexicon.toml`: its phrases match only in their order. The
sentences are written for these tests, none is taken from a labelled set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand

PREVENTION = {"kinderschutz", "gewaltpraevention"}


@pytest.mark.parametrize(
    "text",
    [
        "Kasse sagt nein zur Kur, Mutter mit drei Kindern in Unna, die Jüngste ist 4",
        "Vermieter sagt nein, Familie mit Kind 6 muss raus, was gibt es in Kamen?",
        "Das Amt sagt leider nein zum Zuschuss für die Klassenfahrt, Sohn 11, Bergkamen",
    ],
)
def test_a_refusal_raises_no_prevention_topic(catalogue: Catalogue, text: str) -> None:
    assert not PREVENTION & set(understand(text, catalogue).topics)


@pytest.mark.parametrize(
    "text",
    [
        "Kita sucht ein Projekt zum Nein sagen für die Vorschulkinder in Kamen",
        "Mädchen 12 kann nicht nein sagen und lässt sich alles gefallen, Lünen",
        "Junge 8 soll lernen, nein zu sagen, gibt es einen Kurs in Selm?",
    ],
)
def test_learning_to_say_no_stays_prevention(catalogue: Catalogue, text: str) -> None:
    assert PREVENTION & set(understand(text, catalogue).topics)
