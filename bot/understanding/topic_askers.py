"""A parent who asks about a young person's illness or addiction is the one asking, not the ill one.

Whose an illness or addiction is, topic finding reads from the person named last before the word
("Mutter depressiv", "Vater trinkt": the family's burden, `belastete_eltern`). But a parent is
named right before the word just as often as the one who asks for help with the young person's
own trouble: "Marvin, 13, zockt nur noch. Die Mutter fragt, ob es was gegen Spielsucht gibt", "die
Mutter sucht Hilfe wegen Cannabis", "Mutter möchte Beratung wegen der Depression der Tochter".
There the addiction is the boy's, the depression the girl's — the young person's own help
(`medien_sucht`, `psychische_gesundheit`), not a group for children of addicted parents.

So a parent who is the subject of a verb of asking (`[asking_parent] verbs`), with a word that
leads to what is asked about (`leads`: "ob", "nach", "wegen", "gegen") between the verb and the
illness word, does not own the word; the person named before the parent still may. Not where a
pronoun or possessive between them says the parent speaks of herself ("Mutter fragt nach Hilfe
wegen ihrer Depression", "ob sie mit ihrer Sucht …": `own`).
"""

from __future__ import annotations

from functools import cache

from bot.text import fold
from bot.vocabulary.lexicon import topic_lexicon


@cache
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = topic_lexicon().get("asking_parent", {})
    return tuple(frozenset(fold(w) for w in data.get(key, ()))  # type: ignore[return-value]
                 for key in ("verbs", "leads", "own"))


def asks_about(words: list[str], parent: int, at: int) -> bool:
    """Whether the parent named at `parent` asks about the word at `at` for someone else: a verb
    of asking after the parent, then a lead to what is asked, and no word of her own between."""
    verbs, leads, own = _lists()
    between = words[parent + 1 : at]
    asked = next((i for i, w in enumerate(between) if w in verbs), None)
    if asked is None:
        return False
    rest = between[asked + 1 :]
    return any(w in leads for w in rest) and not any(w in own for w in rest)
