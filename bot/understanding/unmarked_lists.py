"""Give a count of children its list of ages back when the brackets or commas around it were lost.

Written, a family's children are counted and their ages listed in a bracket or between commas:
"3 Kinner aus der Ukraine (2, 5 und 8)", "3 Ki. (1, 4, 7 J.)", "5 Ki (2–12)", "Familie mit 4
Kindern zw. 1 und 12", "2 brothers, 7 and 10". Typed on a phone or dictated, the marks go and the
numbers run into the words around them ("3 Ki 1 4 7 J Wohnung vermüllt", "5 Ki 2 12 KM"), so the
age reader sees bare numbers beside a count and reads one of them, or none, as the age.

The count itself says which numbers are the list: as many bare numbers as children counted
("3 Ki 1 4 7", "2 brothers 7 and 10"), or two rising numbers that span them ("5 Ki 2 12", "4
Kindern zw 1 und 12": the youngest and the oldest). Such a list, a few words after the counted
noun at most, is written back into its bracket; any other run of numbers stays as typed. Works on
folded text (lower case, umlauts spelt out) whose number words are digits already
(`unmarked.restore_marks`).
"""

from __future__ import annotations

import re

from bot.understanding.gate import gated

# a plural noun that counts children (and its clipped forms: "Ki", "Kinner", "Enkeln")
_CHILDREN = (r"(?:kinder\w*|kinner\w*|ki|kids|children|soehne\w*|toechter\w*|geschwister\w*"
             r"|enkel\w*|jungs|brueder\w*|schwestern|brothers|sisters|sons|daughters)")  # fmt: skip
_AGE = r"\d{1,2}(?:,5)?"
_JOIN = r"(?:\s+(?:und|u|and|&|bis|-)\s+|\s+)"
# a unit the whole list shares ("1 4 7 J"); a later unit of another kind ("2 12 Monate" is not
# the same list, "3 4 Stunden" no age) leaves it alone
_YEARS = r"(?:\s+(?:j|jahre?n?|jaehrig\w*|years?|yrs?)\b)"
_LIST = re.compile(
    rf"(?<![\d,./:-])\b(?P<count>[2-9])\s+(?P<noun>{_CHILDREN})\b(?P<between>(?:\s+[a-z]+){{0,4}}?)"
    rf"\s+(?P<span>zw|zwischen|von|between|from)?\s*(?P<items>{_AGE}(?:{_JOIN}{_AGE})+)"
    rf"(?P<unit>{_YEARS})?"
    r"(?![\d,.:/]|\s*(?:-|bis|und|u|and)?\s*\d|\s*(?:monate?n?|mon|wochen?|wo|tage?n?|uhr|h|std"
    r"|stunden?|min|euro|€|%|kinder\w*|ki)\b)")  # fmt: skip
_ITEM = re.compile(_AGE)
# words between the counted noun and its list that would make the numbers something else: a
# date, a time, a count of their own
_NOT_BETWEEN = frozenset(("am", "ab", "bis", "seit", "um", "vom", "zum", "geb", "geboren", "mit",
                          "tel", "nr", "seit", "ca", "je", "alle", "davon"))
_LIST = gated(_LIST)


def _bracket(match: re.Match[str]) -> str:
    between = match.group("between")
    if set(between.split()) & _NOT_BETWEEN:
        return match.group()
    items = _ITEM.findall(match.group("items"))
    count = int(match.group("count"))
    values = [float(item.replace(",", ".")) for item in items]
    unit = " j" if match.group("unit") else ""
    joined = re.search(r"\s(?:und|u|and|&)\s", match.group("items")) is not None
    if len(items) == count and not match.group("span"):
        listed = ", ".join(items)
    elif len(items) == 2 and values[0] < values[1] and (
            match.group("span") or (count > 2 and not joined)):
        # the youngest and the oldest of more children: a span word ("zw 1 und 12") or the lost
        # dash ("5 Ki 2 12"); "3 Kinder 4 und 6" names two of the three, not their span
        listed = f"{items[0]}-{items[1]}"
    else:
        return match.group()
    # the clipped "Ki" spelt out: a count of children to the age reader, not an unknown word
    noun = "kinder" if match.group("noun") == "ki" else match.group("noun")
    return f"{match.group('count')} {noun}{between} ({listed}{unit})"


def bracket_lists(folded: str) -> str:
    """Return the folded text with each count of children's unmarked list of ages bracketed:
    "3 ki 1 4 7 j wohnung" → "3 ki (1, 4 und 7 j) wohnung"; other text comes back unchanged."""
    return _LIST.sub(_bracket, folded)


# a first name and its bare number ("ben 9", "lea 4 j"): no unit of another kind, no count after
_NAMED = re.compile(
    r"(?<![\w-])(?P<name>[a-z]{2,})\s(?P<n>\d{1,2}(?:,5)?)(?P<unit>\s(?:j|jahre?)\b)?"
    r"(?![\d,.:/]|\s*(?:uhr|h|euro|€|%|monate?n?|mon|wochen?|wo|tage?n?|kinder\w*|mal|x)\b)")
# what stands between two children of one list once its commas are gone
_BETWEEN_NAMES = frozenset(("", "und", "u", "and", "&"))


def bracket_names(folded: str, names: frozenset[str]) -> str:
    """Return the folded text with a run of two or more first names each followed by a bare
    number ("ben 9 u mia 7", "jonas 8 lea 4") written as the list it was: "ben (9), mia (7)".

    The run opens with a known first name; a later child of the run may be a name the list lacks
    ("lena 3 und kuba 7") when a joining word stands before it. Other text comes back unchanged."""
    if not any(map(str.isdigit, folded)):
        return folded
    pairs = list(_NAMED.finditer(folded))
    runs: list[list[re.Match[str]]] = []
    for pair in pairs:
        gap = folded[runs[-1][-1].end() : pair.start()].strip() if runs else None
        known = pair.group("name") in names
        if runs and gap in _BETWEEN_NAMES and (known or gap):
            runs[-1].append(pair)
        elif known:
            runs.append([pair])
    out, last = [], 0
    for run in (r for r in runs if len(r) >= 2):
        out.append(folded[last : run[0].start()])
        out.append(", ".join(f"{p.group('name')} ({p.group('n')}{p.group('unit') or ''})"
                             for p in run))
        last = run[-1].end()
    return "".join(out) + folded[last:] if out else folded
