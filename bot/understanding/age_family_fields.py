"""The children field of a form or a family's history: "Kinder: 3 (2, 6, 13)", "Kinder: 1 Tochter,
geb. 2022", "Kinder: Mia 11, Ben 6 | … | Anliegen: Ben soll …".

Forms written by Jobcenter, ASD and SPFH staff put the number of children first and their ages
after it; that first number counts the children, it is nobody's age. And when the field names each
child with its age, the rest of the message usually says which child the request is for by name:
that child's age is the one asked about, the siblings are the family's history.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.understanding.age_mentions import Mention
from bot.understanding.age_values import years_range
from bot.understanding.numbers import inside, not_age_spans

# "kinder: 3 (" / "kinder 2 (": the count, then the ages in brackets
_COUNT_BRACKET = re.compile(
    r"\s?\(\s*((?:\d{1,2}(?:[.,]\d)?\s*[a-z.]{0,6}\s*(?:[,;/]|und|u\.)?\s*)+)\)")
# "kinder: 1 tochter", "kinder: 2 soehne": a count of a child noun in the children field
_COUNT_NOUN = re.compile(r"\s*(?:tochter|toechter|sohn|soehne|kind|kinder|maedchen|jungen|jungs)\b")
_FIELD = re.compile(r"\b(?:kinder|kids|geschwister)\s*:?\s*$")
# a child's name before its age in the field: "mia 11", "ben 6", "emma 7 (1. klasse)", "emil (3)",
# "tom 5 j.", "jonas geb. 2016" (the birth year, read as an age elsewhere)
# (a bracket opened before the age closes right after it: "(4 kids)" counts, it names no age)
_NAMED = re.compile(r"\b([a-z][a-z\-]{1,14})\s+(?P<open>\(\s*)?(?:geb\.?\s*|\*\s*)?"
                    r"(?P<age>\d{1,2}|(?:19|20)\d\d)\b(?!\s*[.:]\d)"
                    r"(?:\s*(?:j\.?|jahre|mon\.?|monate)(?![a-z]))?(?P<close>\s*\))?")
_NOT_NAMES = frozenset({
    "und", "u", "sowie", "plus", "alter", "alt", "ca", "circa", "etwa", "je", "die", "der", "das",
    "kinder", "kind", "jahre", "jahren", "monate", "seit", "bis", "ab", "von", "mit", "zwillinge",
    "klasse", "geb", "jahrgang", "mutter", "vater", "kundin", "kunde", "familie",
})
# where a form or a case note says what is asked: the name after it is the child it is for
_ASK = re.compile(r"\b(?:anliegen|bedarf|gesucht|frage|anfrage|neu|aktuell|jetzt|grund|anlass)\b")
# "fuer beide", "alle kinder", "die kinder": the request is for the whole family
_ALL = re.compile(r"\b(?:beide\w*|alle\w*|geschwister\w*|die\s+kinder)\b")


def counts_dropped(text: str, found: list[Mention]) -> list[Mention]:
    """Drop the number that counts the children in a children field and keep the ages after it as
    the children's own ("Kinder: 2 (5, 8)": five and eight, not two; "Kinder: 1 Tochter, geb.
    2022": the daughter's birth year, not one year)."""
    kept: list[Mention] = []
    inside: list[tuple[int, int]] = []
    for hit in found:
        # a list after the noun ("Geschwister 4 und 6 (Kinderturnen)") counts nobody: only one
        # number right after it can be the count
        if not _FIELD.search(text[max(0, hit.start - 20) : hit.start]) or not re.fullmatch(
                r"\d{1,2}", text[hit.start : hit.end].strip()):
            kept.append(hit)
            continue
        bracket = _COUNT_BRACKET.match(text, hit.end)
        if bracket and len(re.findall(r"\d{1,2}(?:[.,]\d)?", bracket.group(1))) == hit.low // 12 \
                and hit.low // 12 >= 1:
            inside.append((bracket.start(), bracket.end()))
            continue
        # "Kinder: 2 (Alter nicht erfasst)", "Kinder: 1 Tochter": the count, whatever follows
        if _COUNT_NOUN.match(text, hit.end) or re.match(r"\s?\(\s*[a-z]", text[hit.end :]):
            continue
        kept.append(hit)
    if not inside:
        return kept
    return [replace(h, kind="child") if h.kind in ("loose", "unexplained")
            and any(s <= h.start < e for s, e in inside) else h for h in kept]


def named_child(text: str, found: list[Mention]) -> list[Mention]:
    """Keep the one child of a field of named children ("Kinder: Mia 11, Ben 6") whom the rest of
    the message names as the one the request is for ("Anliegen: Ben soll in die OGS"); all of them
    when it names none, or several, or asks for all of them."""
    field = re.search(r"\bkinder\b\s*:?\s*", text)
    if not field:
        return found
    names: dict[str, Mention] = {}
    end = field.end()
    for named in _NAMED.finditer(text, field.end()):
        gap = text[end : named.start()]
        if names and not re.fullmatch(r"\s*(?:,|;|und|u\.|&|\+)\s*", gap) and not re.fullmatch(
                r"\s*\([^()]{0,20}\)\s*(?:,|;|und|u\.|&|\+)\s*", gap):
            break
        if not names and gap.strip():
            break
        if named.group(1) in _NOT_NAMES or (named.group("open") and not named.group("close")):
            return found
        hit = next((h for h in found if h.start <= named.start("age") < h.end), None)
        years = years_range(int(named.group("age")))
        if hit is None and inside(not_age_spans(text), named.start("age"), named.end("age")):
            return found  # "5 Kinder in 3 Zimmern": a count of rooms, not a child named "in"
        if hit is None and years:  # "sophie 3." at a sentence's end, which nothing else read
            hit = Mention(named.start("age"), named.end("age"), *years, kind="loose")
            found = [*found, hit]
        if hit is None:
            return found
        names[named.group(1)] = hit
        end = named.end()
        tail = re.match(r"\s*\([^()]{0,20}\)", text[end:])
        end += tail.end() if tail else 0
    if len(names) < 2:
        return found
    rest = text[end:]
    ask = _ASK.search(rest)
    where = rest[ask.end() :] if ask else rest
    wanted = [n for n in names if re.search(rf"\b{re.escape(n)}\b", where)]
    if _ALL.search(where) or len(wanted) != 1:  # the field's children, each by its own age
        listed = {id(h) for h in names.values()}
        return [replace(h, kind="child") if id(h) in listed and h.kind in ("loose", "unexplained")
                else h for h in found]
    chosen = names[wanted[0]]
    others = {id(h) for h in names.values()} - {id(chosen)}
    return [replace(h, kind="child") if h is chosen else h for h in found if id(h) not in others]
