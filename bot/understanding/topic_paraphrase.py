"""A compound said as a phrase: "Kurs für Eltern" is an Elternkurs, "Gruppe für Väter" a
Vätergruppe, "Angebot für Mutter und Kind" a Mutter-Kind-Angebot, "wer unterstützt die Familie"
asks for Familienhilfe.

German names a kind of help by a compound (what it is for, then what it is) or by the head noun
and "für" with what it is for, or by the verb of helping and its object. The vocabulary lists the
compounds; this reads the phrase as the compound it paraphrases, for every head noun that only
says "a kind of help" (`[generic]`) and every verb of helping (`[paraphrase] verbs`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from bot.understanding.normalise import generic_stems, stem

FOR = frozenset({"fuer", "for"})
AND = frozenset({"und", "and"})
# a preposition starts no compound: "Hilfe nach Trennung" is no Nachhilfe, "Hilfe bei …" no
# Beihilfe; what the help is for follows it ("Beratung nach Trennung": Trennungsberatung)
PREPOSITIONS = frozenset({"nach", "bei", "mit", "von", "vom", "seit", "wegen", "zu", "zur", "zum",
                          "in", "im", "an", "am", "auf", "aus", "um", "ueber", "after", "with"})
REACH = 3  # words after "für" that may name what the help is for ("für Mutter und Kind")
MIN_HEAD = 4
LINKS = ("", "n", "s", "en", "es")  # "Eltern-kurs", "Familie-n-hilfe", "Erziehung-s-beratung"


def paraphrased(words: list[str], clause: tuple[int, ...], determiners: frozenset[str],
                verbs: dict[str, tuple[str, ...]], term_of: Callable[[str], str | None],
                known: Callable[[str], bool]) -> Iterator[tuple[int, str]]:  # fmt: skip
    """Yield (position, term) for every "<help noun> für <what>" or "<helping verb> <whom>" whose
    compound is a term. A help noun with a first part of its own is read only when that part is
    known ("Sprachangebot für Mutter und Kind"): a "Gebärdensprachkurs für Eltern" is no
    Elternkurs."""
    for i, word in enumerate(words[:-1]):
        heads = verbs.get(stem(word), ())
        start = i + 1
        if not heads and i + 2 < len(words) and words[i + 1] in FOR:
            head = _generic_head(word)
            if head and (head == word or known(word[: len(word) - len(head)])):
                heads, start = (head,), i + 2
        if not heads:
            continue
        what = _object(words, clause, determiners, i, start)
        term = _compound(what, words, heads, term_of)
        if term:
            yield what[0], term
        elif start == i + 1 and (role := _role(words, clause, determiners, i)):
            term = _compound(role, words, heads, term_of)  # "sich als Mutter beraten lassen"
            if term:
                yield role[0], term


AS = frozenset({"als"})
ROLE_REACH = 4  # "sich als Mutter einfach mal beraten lassen": "als" this far before the verb


def _role(words: list[str], clause: tuple[int, ...], determiners: frozenset[str],
          at: int) -> list[int]:  # fmt: skip
    """The positions of what someone is helped as, before a verb of helping ("als Mutter
    beraten lassen" is a Familienberatung): the words between "als" and the verb."""
    for j in range(at - 1, max(-1, at - ROLE_REACH - 1), -1):
        if clause[j] != clause[at]:
            return []
        if words[j] in AS:
            return [k for k in range(j + 1, at) if words[k] not in determiners]
    return []


def _object(words: list[str], clause: tuple[int, ...], determiners: frozenset[str], at: int,
            start: int) -> list[int]:  # fmt: skip
    """The positions of the words after a help noun or verb that say what the help is for."""
    what: list[int] = []
    for j in range(start, min(len(words), start + REACH + 1)):
        if clause[j] != clause[at]:
            break
        if words[j] in AND or (not what and (words[j] in determiners or words[j] in PREPOSITIONS)):
            continue
        what.append(j)
    return what


def _compound(what: list[int], words: list[str], heads: tuple[str, ...],
              term_of: Callable[[str], str | None]) -> str | None:  # fmt: skip
    """The longest reading of the words before a head (or alone, two or more) that is a term."""
    parts = [words[j] for j in what]
    for size in range(len(parts), 0, -1):
        joined = "".join(parts[:size])
        for head in heads:
            for link in LINKS:
                term = term_of(joined + link + head)
                if term:
                    return term
        if size > 1 and (term := term_of(joined)):
            return term
    return None


def _generic_head(word: str) -> str | None:
    """The generic noun a word is or ends with ("Kurs", "Sprachangebot" → "angebot")."""
    generic = generic_stems()
    for cut in range(0, len(word) - MIN_HEAD + 1):
        if stem(word[cut:]) in generic:
            return word[cut:]
    return None
