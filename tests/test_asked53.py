"""A help told as a wish or plan for the child is the help asked (asked53).

"Kind soll in die Kita" beside a heavy story (a mother in psychiatry, a father in prison, a move)
asks for the Kita though no word asks: the modal or wish verb's subject is the child or the family
and a help follows it (`bot/understanding/wished.py`). Look-alikes keep their reading: another
person's advice, the writer's own plan, a wish about the manner only, a message that asks
elsewhere. Sentences are our own, none taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand
from bot.understanding.normalise import words_of

WISHED = [
    ("Notiz: Vater (41) aus Werne, Mutter seit Januar in Haft, zwei Kinder 2 und 4 J. Der Kleine "
     "soll ab Sommer in eine Kita.", "kita_betreuung"),
    ("Familie ist gerade aus Syrien nach Bergkamen gezogen, Mutter schwer krank im Krankenhaus. "
     "Tochter 3 Jahre soll in den Kindergarten.", "kita_betreuung"),
    ("Oma hat die Enkel (6 J.) seit der Trennung bei sich in Unna-Massen, der Vater trinkt. Der "
     "Junge soll nach den Ferien in die OGS.", "ogs_ganztag"),
    ("Tel.-Notiz: Vater (35) aus Fröndenberg, Mutter in der Psychiatrie, Tochter 14 Monate. Kind "
     "soll zur Tagespflege.", "kita_betreuung"),
]

# sentences that wish or plan a help, and look-alikes that do not
SENTENCES = [
    ("Kind soll in die Kita.", True),
    ("Die Mutter wünscht einen Willkommensbesuch.", True),
    ("Enkel soll Nachhilfe bekommen.", True),
    ("the girl should go to kindergarten", True),
    ("We would like a parent-child group for our son.", True),
    ("Die Erzieherin sagt, wir sollen zur Beratung.", False),
    ("Die Mutter wünscht sich jemanden, der Türkisch spricht.", False),
    ("Als Familienzentrum möchten wir unser Angebot für Väter ausbauen.", False),
    ("Ich möchte mich erkundigen.", False),
    ("Wir sollen laut Jobcenter in einen Sprachkurs.", False),
]


@pytest.mark.parametrize(("text", "need"), WISHED)
def test_the_wished_help_leads_the_story(catalogue: Catalogue, text: str, need: str) -> None:
    request = understand(text, catalogue)
    assert need in request.main_topics or request.topics[:1] == (need,), request.topics


@pytest.mark.parametrize(("sentence", "wished"), SENTENCES)
def test_a_wish_sentence_asks_beside_a_told_one(sentence: str, wished: bool) -> None:
    words = words_of("KM stationär in der Psychiatrie. " + sentence)
    assert any(words.asked) is wished


def test_a_wish_counts_only_where_nothing_else_asks() -> None:
    words = words_of("Das Kind soll in die Schule kommen. Gibt es Beratung zur Einschulung?")
    asked = [w for w, a in zip(words.folded, words.asked, strict=True) if a]
    assert "soll" not in asked and "einschulung" in asked


def test_the_wishing_sentence_asks_whole() -> None:
    """As a question does: what the sentence tells beside the wish weighs with it (dev2 h061,
    "19-jährige Pat. mit geistiger Behinderung, Eltern wünschen Beratung zu Verhütung …", is
    answered by the disability services too), while a sentence that only tells stays told."""
    words = words_of("Kid is 6, diagnosed ADHD last year, parents want a parent training. Unna.")
    asked = [w for w, a in zip(words.folded, words.asked, strict=True) if a]
    assert asked[-5:] == ["parents", "want", "a", "parent", "training"] and "unna" not in asked
    assert asked[0] == "kid"
