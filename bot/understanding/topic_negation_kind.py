"""A noun's negation is no verb's: "will nicht bleiben" has no "keine Bleibe".

The phrase matcher reads "keine" as "nicht" (`normalise` `[same]`: "kann sich keine fünf Minuten
konzentrieren" is "kann sich nicht konzentrieren"), and stems join "Bleibe" and "bleiben". Both
are right alone; together they read "Freund zieht ein, will aber nicht bleiben" as "keine Bleibe",
a young person without a roof. German negates a noun with "kein" and a verb with "nicht": a
phrase of the vocabulary written with "kein" ("keine Bleibe", "kein Dach über dem Kopf", "keine
Freunde") names a thing that is missing, and a request's "nicht" before a word of the same stem
negates a doing, not that thing. So such a phrase is found only where the request writes "kein"
as well, or writes the phrase's other words as they stand ("hat nicht Geld" is colloquial for
"kein Geld"; "nicht bleiben" is no "Bleibe"). The other way round stays open: a phrase with
"nicht" is met by "keine" ("schläft nicht" / "schläft keine Nacht durch").
"""

from __future__ import annotations

from collections.abc import Iterable

NOUN_NEGATION = "kein"  # "kein", "keine", "keinen", "keinem", "keiner", "keines"


def negation_kind_agrees(phrase: Iterable[str], written: Iterable[str]) -> bool:
    """Whether the words `written` in a request may stand for `phrase`: a phrase that negates a
    noun ("keine bleibe") needs a noun's negation among them, not a verb's "nicht"."""
    phrase, written = tuple(phrase), tuple(written)
    if not any(w.startswith(NOUN_NEGATION) for w in phrase):
        return True
    if any(w.startswith(NOUN_NEGATION) for w in written):
        return True
    # "hat nicht Geld" is colloquial for "kein Geld": the noun is written as the phrase has it
    nouns = [w for w in phrase if not w.startswith(NOUN_NEGATION)]
    return all(w in written for w in nouns)


__all__ = ["negation_kind_agrees"]
