"""A help named by its own word is the asked need (named72).

"Jugendtreff", "OGS", "musikalische Früherziehung", "Logopädie", "Huckepack": the asker names the
help by the word the catalogue's offers are called. Where no such offer serves the child's age
and place, that missing help is the honest gap — the examples' guess of a neighbouring need
(counselling for separated parents, youth welfare for a young offender) must not fill it.
Look-alikes keep their offers: the named help is held here, or the need is read from a
situation, or the help word belongs to another person's past. Sentences are our own
(tests/data/named72), none taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.catalogue.index import Catalogue
from bot.understanding import understand

GAPS = [
    # an offer's kind word: a youth club, the OGS, early music, speech therapy, a swimming course
    "Mutter alleinerziehend, arbeitet viel, Sohn 15 hängt nach der Schule nur rum. Gibt es in "
    "Unna-Uelzen einen Jugendtreff für ihn?",
    "Junge 13 aus Bork wird in der Klasse gemobbt und ist oft traurig. Gibt's in Bork ein "
    "Jugendzentrum, wo er Anschluss findet?",
    "Eltern getrennt, die Kleine (4) lebt bei der Mama in Werne. Die Mama hätte sie gern in einer "
    "musikalischen Früherziehung angemeldet – gibt's sowas?",
    "Familie aus Rumänien neu in Unna-Massen, Tochter 7. Sie möchten sie in den offenen Ganztag "
    "geben, wo geht das?",
    "Syrische Familie in Bönen, Sohn 10 stottert stark. Wo bekommt er Logopädie?",
    "Kind 5, Mutter spricht nur Russisch, wohnt in Schwerte. Sie sucht einen Schwimmkurs für ihn.",
    # a help noun the vocabulary reads only weakly, named bare: still the help asked
    "Die Oma erzählt, die Enkelin (16) ist viel allein. Ob es in Kamen-Rottum einen Treff gibt, "
    "wo sie Gleichaltrige trifft?",
]

ANSWERED = [
    # the named help is held here
    ("Eltern getrennt, Sohn 14 in Methler sucht einen Jugendtreff für nachmittags.",
     {"KAM-025", "KAM-026", "KAM-048"}),
    ("Alleinerziehende Mama, Junge 13 in Selm, sitzt nur vor der Konsole. Gibt es ein "
     "Jugendzentrum?", {"SEL-012"}),
    # read from a situation: no help named, the reading stays open
    ("Vater trinkt seit Monaten, die Tochter (9) in Lünen ist ganz still geworden. Was können wir "
     "ihr anbieten?", {"KRS-015", "LUE-010"}),
    # a help word of the mother's own past beside the help asked now
    ("Die Mutter war als Kind selbst in Bereitschaftspflege; jetzt sucht sie mit ihrem Baby "
     "(3 Mon.) in Unna eine Krabbelgruppe.", {"UNA-009", "UNA-010", "UNA-011", "UNA-030",
                                               "UNA-036"}),
]


@pytest.mark.parametrize("text", GAPS)
def test_a_help_named_by_its_word_keeps_its_gap(assistant: Assistant, text: str) -> None:
    answer, _session = assistant.respond(text)
    assert answer.is_gap, [hit.offer.id for hit in answer.offers]
    assert not answer.offers


@pytest.mark.parametrize(("text", "relevant"), ANSWERED)
def test_look_alikes_keep_their_offers(assistant: Assistant, text: str,
                                       relevant: set[str]) -> None:
    answer, _session = assistant.respond(text)
    shown = [hit.offer.id for hit in answer.offers][:3]
    assert relevant & set(shown), shown


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Gibt es in Uelzen einen Jugendtreff?", ("offene_jugendarbeit",)),
        ("Der Junge (7) soll nach den Ferien in die OGS, Werne.", ("ogs_ganztag",)),
        # an offer's own name, which no vocabulary lists
        ("Sohn 14, Vater spielsüchtig. Gibt es Huckepack auch für ihn in Lünen-Nord?",
         ("belastete_eltern",)),
    ],
)
def test_the_offers_own_words_name_the_help(catalogue: Catalogue, text: str,
                                            named: tuple[str, ...]) -> None:
    assert understand(text, catalogue).named_topics == named


def test_a_situation_names_no_help(catalogue: Catalogue) -> None:
    request = understand("Vater trinkt seit Monaten, die Tochter (9) in Lünen ist ganz still "
                         "geworden.", catalogue)
    assert request.named_topics == ()
