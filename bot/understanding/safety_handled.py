"""A danger already handled or past, another help asked: no alarm now.

Police, Ordnungsamt and ASD reports tell an incident, then what was done, then what they ask:
"- 2 Mädchen, 15 u. 16 J., stark alkoholisiert - an Eltern übergeben - Frage: Jugendtreff in
Schwerte?" or "Sachverhalt: Kinder allein in der Wohnung …; Meldung an JA ist raus | Anliegen:
ambulante Familienhilfe". The protection step is done; the help asked is another, and the alarm
would push it down. So is an incident of last year before a question for the holidays.

The report's structure decides, not its sign words (data: `bot/data/safety_handled.toml`):

- the request falls into parts at bullets, bars, semicolons, line and sentence ends;
- a part tells a step taken (a participle of `done` with whom it names: "Eltern informiert",
  "Meldung an JA ist raus"), or a part tells the incident as past ("letztes Jahr", "vor zwei
  Jahren");
- a later part asks for a help (a field "Frage:"/"Anliegen:" or a question) that is not
  protection itself ("melden", "Was tun?" — `protection_asked` of `safety_history.toml`);
- nothing in the incident is told as going on ("seit Jahren", "immer wieder", "will nicht
  heim"), and no adult's violent act is told in the present.

Then the incident and its step are set aside and the rest is read again: a sign told there
stays. A danger told now is never dropped. Child protection then stays among the topics, after
the help asked (`safety_history.protection_after`).

Apart from that, an adult alone *with* the children ("Mutter morgens allein mit allen") is no
child alone: such an "allein" is set aside before the signs are read again.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from bot.models import AgeRange
from bot.understanding.main_need_positions import request_words
from bot.understanding.safety import PROTECTION_TOPICS, Signs, read_signs
from bot.understanding.safety_history import _act_now, _history
from bot.understanding.safety_text import blanked, matches, tokens
from bot.vocabulary.lexicon import _load

_PARTS = re.compile(r"[•|;\n]|\s[-–]\s|(?<=[a-z0-9)])[.!?](?=\s)")


@dataclass(frozen=True, slots=True)
class _Handled:
    done: frozenset[str]
    done_whom: frozenset[str]
    asked_fields: frozenset[str]
    past_pairs: frozenset[tuple[str, str]]
    past_words: frozenset[str]
    ago: frozenset[str]
    ago_units: frozenset[str]
    ongoing_pairs: frozenset[tuple[str, str]]
    ongoing_words: frozenset[str]
    alone: frozenset[str]
    alone_company: frozenset[str]
    adults: frozenset[str]
    adult_reach: int
    whom_reach: int
    aftercare: frozenset[str]


@cache
def _handled() -> _Handled:
    d = _load("safety_handled.toml")
    pairs = lambda key: frozenset((a, b) for a, b in d[key])  # noqa: E731
    return _Handled(
        frozenset(d["done"]), frozenset(d["done_whom"]), frozenset(d["asked_fields"]),
        pairs("past_pairs"), frozenset(d["past_words"]), frozenset(d["ago"]),
        frozenset(d["ago_units"]), pairs("ongoing_pairs"), frozenset(d["ongoing_words"]),
        frozenset(d["alone"]), frozenset(d["alone_company"]), frozenset(d["adults"]),
        int(d["adult_reach"]), int(d["whom_reach"]), frozenset(d["aftercare"]),
    )  # fmt: skip


def _has_pair(words: list[str], pairs: frozenset[tuple[str, str]]) -> bool:
    return any(pair in pairs for pair in pairwise(words))


def _step_taken(words: list[str], h: _Handled) -> bool:
    """Whether a part tells a step taken, whom it names just before it in its clause: "Eltern
    informiert", "Meldung an JA ist raus" (not "zum Platz gebracht, und die Mutter")."""
    for i, w in enumerate(words):
        if w not in h.done:
            continue
        for before in reversed(words[max(0, i - h.whom_reach) : i]):
            if not before.isalnum():
                break
            if before in h.done_whom:
                return True
    return False


def _past(words: list[str], h: _Handled) -> bool:
    """Whether a part dates its incident in the past: "letztes Jahr", "vor zwei Jahren"."""
    return bool(h.past_words & set(words)) or _has_pair(words, h.past_pairs) or any(
        w in h.ago and h.ago_units & set(words[i + 1 : i + 3]) for i, w in enumerate(words))


def _asks_other(words: list[str], question: bool, h: _Handled) -> bool:
    """Whether a stretch asks for a help (a field, a word of asking or a question) that is not
    protection itself."""
    if not words or not (question or (h.asked_fields | request_words()) & set(words)):
        return False
    asked = _history().protection_asked
    return not any(matches(w, asked) or w in h.aftercare for w in words)


def _ongoing(words: list[str], h: _Handled) -> bool:
    return bool(h.ongoing_words & set(words)) or _has_pair(words, h.ongoing_pairs)


def _incident(folded: str) -> tuple[list[str], bool]:
    """Whether a first stretch of the request tells an incident handled or past with another
    help asked after it, and the parts of the request without that stretch (the step's own
    part keeps the words after the step: a cleaned "Frage:" may run on in it)."""
    h = _handled()
    parts = [p for p in _PARTS.split(folded) if p and p.strip()]
    split = [tokens(p) for p in parts]
    for at, words in enumerate(split):
        taken = _step_taken(words, h)
        if not (taken or _past(words, h)):
            continue
        tail = words[max(i for i, w in enumerate(words) if w in h.done) + 1 :] if taken else []
        later = [(tail, parts[at].rstrip().endswith("?"))] + [
            (split[j], parts[j].rstrip().endswith("?")) for j in range(at + 1, len(parts))]
        if not any(_asks_other(ws, question, h) for ws, question in later):
            continue
        told = split[: at + 1] if taken else [words]
        flat = [w for ws in told for w in ws]
        if _ongoing(flat, h) or _act_now(flat, _history()):
            return parts, False  # a danger told as going on stays
        rest = [" ".join(tail), *parts[at + 1 :]] if taken else parts[:at] + parts[at + 1 :]
        return rest, True
    return parts, False


def _alone_with(words: list[str], h: _Handled) -> set[int]:
    """Positions of "allein" said of an adult with company: "Mutter morgens allein mit allen"."""
    return {
        i for i, w in enumerate(words[:-1])
        if w in h.alone and words[i + 1] in h.alone_company
        and h.adults & set(words[max(0, i - h.adult_reach) : i])
    }  # fmt: skip


def handled_signs(read: Signs, folded: str, age: AgeRange | None,
                  topics: tuple[str, ...] = ()) -> tuple[Signs, bool]:  # fmt: skip
    """`read` without its signs when they belong to an incident handled or past and another
    help is asked (see the module's docstring), and whether the incident was such; `topics`
    are the needs the request names (child protection among them is then put after)."""
    h = _handled()
    if read.names and h.alone & set(tokens(folded)):
        words = tokens(folded)
        company = _alone_with(words, h)
        if company and not read_signs(blanked(words, company), age).names:
            read = dataclasses.replace(read, names=())
    if not read.names and PROTECTION_TOPICS[0] not in topics:
        return read, False
    rest, handled = _incident(folded)
    if not handled:
        return read, False
    if read.names and read_signs(" . ".join(rest), age).names:
        return read, False  # a sign told outside the incident stays
    return dataclasses.replace(read, names=()), True
