"""Find the place a request is about, as a gazetteer key.

Names, aliases and postcodes are matched on folded tokens, longest phrase first, with typos
forgiven for longer words. Words that name several places ("Mitte", "Stockum", "Westick") are
resolved by the rest of the message or the user's default place; several districts of one town
("Altlünen") collapse to the town; a district beats the town it lies in. The gazetteer's names are
compiled once in `place_vocabulary`; this module reads a message against them.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left
from dataclasses import dataclass, replace
from itertools import accumulate

from bot.catalogue.gazetteer import Gazetteer
from bot.models import OUTSIDE
from bot.understanding import place_words as _names
from bot.understanding.place_alternatives import first_alternative
from bot.understanding.place_centre import town_centre
from bot.understanding.place_choice import (
    asked_not_only,
    destination,
    either_town,
    home,
    not_travelled,
    preferred,
    widened,
)
from bot.understanding.place_choice import beside_town as _beside_town
from bot.understanding.place_choice import collapse as _collapse
from bot.understanding.place_choice import most_specific as _most_specific
from bot.understanding.place_choice import needs_context as _needs_context
from bot.understanding.place_landmarks import at_centre
from bot.understanding.place_outside import (
    asks_here,
    elsewhere,
    moves_out,
    names_outside,
    outside_home,
)
from bot.understanding.place_roles import all_aside, by_role
from bot.understanding.place_senses import ordinary_sense
from bot.understanding.place_unsure import set_aside
from bot.understanding.place_vocabulary import COMPOUND_TAIL, PlaceVocabulary
from bot.understanding.place_words import (
    digits_of,
    folded_word,
    plain_word,
    turned_down,
)
from bot.understanding.place_writer import writers_aside

MAX_PHRASE = 5
_POSTCODE = re.compile(r"\b(\d{5})\b")
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß0-9]+")
# what ends a clause: punctuation, a dash, a pictograph ("kids 🐶 massen"), a bullet or bar ("•"),
_BREAK = re.compile(r"[,.;:!?()\[\]/|•·\n–—\u2190-\u21ff\u2600-\u27bf\U0001f000-\U0001faff]"
                    r"|\s-\s|[-=]+>|\s>\s")  # an arrow: "umzug dortmund → geisecke" (no Dortmund-…)
_CUT = re.compile(r"[,;!?]|\.\s")  # between two words, no one name goes on past it
_CLAUSE_MARK = re.compile(r"[.!?\n,;:]")  # where a clause without capitals ends


@dataclass(frozen=True, slots=True)
class PlaceResult:
    place: str | None
    candidates: tuple[str, ...] = ()  # when ambiguous: the places the words could mean


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int  # token index
    end: int
    keys: frozenset[str]
    weak: bool
    capitalised: bool
    guessed: bool = False  # read from a misspelling, not the name as written
    turned_down: bool = False  # "nicht in Methler", "Flierich ist zu weit"
    small: bool = False  # a verb's form written small among capitals ("Mütter kamen zahlreich")


class PlaceIndex(PlaceVocabulary):
    """Find the place names of a message with the tables `PlaceVocabulary` built."""

    def _split_names(self, words: list[str], raw: list[str], breaks: list[bool],
                     found: list[_Mention], taken: list[bool]) -> None:
        """Find a place name dictated or typed as two words ("Holz wickede", "Berg kamen",
        "Königs Born", "Fröhnden Berg"): the two words joined are a name, exactly or with one
        slip. A slip counts only where one half is no ordinary word and neither half is a name
        already, so that two everyday words never make a town and "Lünen bitte" stays Lünen
        rather than a slip of "Lünen-Mitte"; a pair that is itself a name stays that name."""
        # each word once: a half of three letters or more, all letters (the pair joined is all
        # letters exactly when both halves are; a shorter half is skipped whatever it is)
        half = [len(word) >= 3 and word.isalpha() for word in words]
        for i in range(len(words) - 1):
            if not (half[i] and half[i + 1]) or taken[i] or taken[i + 1] or breaks[i + 1]:
                continue
            first, second = words[i], words[i + 1]
            if (first, second) in self.phrases:
                continue
            joined = first + second
            keys = self.phrases.get((joined,)) if len(joined) >= 8 else None
            # "Lünen bitte" stays Lünen; "Lünenn Nord" is one slip from "Lünen Nord" (two
            # everyday words, the most common pair, are ruled out first: the cheapest test)
            if not keys and len(joined) >= 9 and not (
                    first in self._everyday and second in self._everyday) and not (
                    ((first,) in self.phrases and first not in self.weak)
                    or ((second,) in self.phrases and second not in self.weak)):
                keys = self._fuzzy(joined, plain_word(raw[i] + raw[i + 1]))
            if keys:
                found.append(_Mention(i, i + 2, keys, False, True))
                taken[i] = taken[i + 1] = True

    def mentions(self, text: str, uncased: bool = False) -> list[_Mention]:
        """Return the place names of a text; `uncased`: the writer typed no capital at all."""
        spans = list(_WORD.finditer(text))
        raw = [m.group() for m in spans]
        words = [folded_word(w) for w in raw]
        gaps = _gaps(text, spans)
        breaks = _breaks(gaps)
        # "2 Jahre alt, Bönen" is no "Alt-Bönen"
        cut = [gap != " " and bool(_CUT.search(gap)) for gap in gaps]

        def placed(start: int, end: int, loose: bool = False) -> bool:
            """Tell whether the words around a span say that it names a place."""
            before = words[start - 1] if start > 0 else ""
            after = words[end] if end < len(words) else ""
            after_context = before in self.context or (loose and before in self.loose) or (
                len(before) > COMPOUND_TAIL and before.endswith(self.context_tails))
            # "59427 Massen": a postcode before a name says "place"
            after_context = after_context or (before.isdigit() and len(before) == 5)
            after_context = after_context or after in self.postpositions
            linked = after in self.links and self._of_town(words, start, end)
            after_context = after_context or linked  # "in der Mitte von Werne"
            # unpunctuated, a place is tagged on at the end ("… nicht zahlen können massen")
            after_context |= (end == len(words) and not any(breaks[1:end])
                              and not _as_verb(words, start, self))
            return after_context or (breaks[start] and (breaks[end] or after in self.closing))

        def lowercase(i: int) -> bool:
            """Tell whether word i stands in a clause without capitals: there a missing capital
            proves nothing ("Moin! kita platz holzen ab 1 jahr?", "Guten Tag, kita holzen"), nor
            in a message typed all in lower case whose rewriting added some ("3 klasse kamen")."""
            if uncased:
                return True
            if not clauses:  # once per message, and only when asked: the marks and capitals
                clauses.append([m.start() for m in _CLAUSE_MARK.finditer(text)])
                clauses.append(list(accumulate(map(str.isupper, text), initial=0)))
            marks, capitals = clauses  # capitals[k]: capital letters before position k
            before = bisect_left(marks, spans[i].start())
            start = marks[before - 1] + 1 if before else 0
            after = bisect_left(marks, spans[i].end())
            end = marks[after] if after < len(marks) else len(text)
            return capitals[end] == capitals[start]

        clauses: list[list[int]] = []

        found: list[_Mention] = []
        taken = [False] * len(words)
        self._split_names(words, raw, breaks, found, taken)
        # a name is looked up only where one of its first words stands: found once, not per size
        starts = [i for i, word in enumerate(words) if word in self._heads]
        for size in range(MAX_PHRASE, 0, -1):
            for start in starts:
                if start + size > len(words):
                    break  # the positions rise: no phrase of this size fits any more
                if any(taken[start : start + size]):
                    continue
                phrase = tuple(words[start : start + size])
                keys = self.phrases.get(phrase)
                if not keys or any(cut[start + 1 : start + size]):
                    continue
                if size == 1 and not placed(start, start + 1) and ordinary_sense(
                        words, breaks, start, self.articles):
                    taken[start] = True  # "Kamen gestern zu mir", "Heil angekommen"
                    continue
                ordinary = size == 1 and (phrase[0] in self.ordinary or phrase[0] in self.stop)
                capitalised = raw[start][:1].isupper()
                weak = size == 1 and phrase[0] in self.weak
                small = False
                if ordinary and not weak and not capitalised:
                    # a name that is also a lowercase word ("die Kinder kamen gestern") counts
                    # where it stands at a clause's edge, as a professional tags the place
                    weak = True
                    capitalised = breaks[start] or breaks[start + size] or (
                        phrase[0] not in self.stop and not _as_verb(words, start, self)
                        and lowercase(start))
                    small = not capitalised and not lowercase(start)
                elif ordinary:  # "Mitte", "Kreis", "Massen": a capital letter proves nothing
                    capitalised = False
                if weak and placed(start, start + size, loose=True):
                    capitalised = True
                if size == 1 and phrase[0] in self.acronyms and not raw[start].isupper():
                    continue
                if weak and size == 1 and phrase[0] in self.own_names and lowercase(start):
                    capitalised = True  # "kita platz holzen ab 1 jahr?"
                found.append(_Mention(start, start + size, keys, weak, capitalised, small=small))
                for i in range(start, start + size):
                    taken[i] = True
        i = 0
        while i < len(words):
            # a dictated postcode starts with a number: no look-up for a word that is none
            end = self._postcode(words, i, taken, breaks) if not taken[i] and digits_of(
                words[i]) else i
            if end > i:
                code = "".join(digits_of(w) for w in words[i:end])
                found.append(_Mention(i, end, self.postcodes[code], False, True))
                i = end
                continue
            i += 1
        # the words a mention covers, once: the names and postcodes above mark no `taken` for
        # every word, and a mention added below covers its own word only, never a later one
        covered = {j for m in found for j in range(m.start, m.end)}
        for i, word in enumerate(words):
            if taken[i] or i in covered:
                continue
            if word.isdigit() and (code_keys := self._postcode_near(words, i)):
                found.append(_Mention(i, i + 1, code_keys, False, True))
                continue
            capitalised = raw[i][:1].isupper()
            if not word.isalpha():
                continue
            if word in self.ordinary or word in self.stop:
                continue  # a real German word is no typo ("im Rahmen" is not Gahmen)
            plain = plain_word(raw[i])
            keys = self.phrases.get((plain,)) if plain != word and len(plain) >= 4 else None
            exact = keys
            keys = keys or self._fuzzy(word, plain)  # "Ünna": an umlaut too many
            guessed = bool(keys) and not exact
            if guessed and i > 0 and words[i - 1] in self.articles:
                continue  # "an den Oberamen": a noun after an article is no misspelt town
            keys = keys or self._abbreviation(word)
            if not keys:  # the context, read once for the two tests below, and only if needed
                here = placed(i, i + 1)
                if _names.clipped(text, spans[i].end(), raw[i], capitalised and here):
                    # "aus Frö.", "FRÖ-Langschede", "in Wern"
                    keys = self._clipped_town(word) or self._clipped_town(plain)
                if not keys and (capitalised or here or lowercase(i)):
                    keys = self._inflected(word)  # also "königsbornban" typed lower
            if not keys and i > 0 and words[i - 1] in self.at and not breaks[i]:
                keys = guessed = self._fuzzy_short(word)  # "in Wrene", "in gamen"
            elif not keys and i > 0 and not breaks[i] and (towns := self.phrases.get(
                    (words[i - 1],))) and (near := self._fuzzy_short(word)) and all(
                    self.gazetteer.municipality_of(k) in towns for k in near):
                keys = guessed = near  # dictated "Lünen Gamen": a district after its own town
            if keys:
                found.append(_Mention(i, i + 1, keys, False, capitalised, bool(guessed)))
        found = [m for m in found if not _names.names_a_person(words, breaks, m.start, m.end)
                 and not elsewhere(words, breaks, m.start, m.end)]
        found = [replace(m, turned_down=True) if turned_down(words, breaks, m.start, m.end) else m
                 for m in found]
        return sorted(found, key=lambda m: m.start)


def _gaps(text: str, spans: list[re.Match[str]]) -> list[str]:
    """The text between each word and the one before it ("" before the first)."""
    return [""] + [text[spans[i - 1].end() : spans[i].start()] for i in range(1, len(spans))]


def _breaks(gaps: list[str]) -> list[bool]:
    """breaks[i]: a clause break before word i, [len] the end ("…, westick" alone is a place).
    Most gaps are one space: neither pattern can match there, and no scan is started."""
    return [True] + [gap != " " and bool(_BREAK.search(gap)) for gap in gaps[1:]] + [True]


def _home_outside(text: str, mentions: list[_Mention]) -> bool:
    """Tell whether the family's home is outside the Kreis although places of the Kreis are
    named: it moves to a town outside ("zieht … von Kamen nach Dortmund-Scharnhorst"), or it
    lives there and every place of the Kreis is someone's workplace, the child's school, a former
    home or a relative's ("wohnt in Iserlohn, ist bei uns in der Praxis in Schwerte"), and no
    question asks for offers "here" (`asks_here`). The
    offers of those places would otherwise be shown as fitting a family no offer serves."""
    if not names_outside(text):
        return False  # most requests: no town outside named
    return moves_out(text) or (outside_home(text) is not None and not asks_here(text)
                               and all_aside(text, mentions))


def _unsure(words: list[str], mentions: list[_Mention], index: PlaceIndex) -> tuple[str, ...]:
    """Return the district a name that is also an ordinary word may mean, when nothing else
    names a place: "liebeskummer massen nach der entlassung", "Massen Geschwister 6 und 9".

    Its context did not prove it a place, but no other place is named either: the assistant asks
    ("Massen?") and until then calls fitting only offers that serve that place, which fit both
    readings (a request without a place fits every offer). A word used as the verb it also is
    ("sie kamen aus Syrien") is no such name, nor a word for the Kreis ("kreis", "un").
    """
    found = set()
    for m in mentions:
        if not m.weak or m.capitalised or m.turned_down or m.end - m.start != 1:
            continue
        if len(m.keys) != 1 or m.small:
            continue  # a verb written small where the writer uses capitals is the verb
        if words[m.start] not in index.weak and _as_verb(words, m.start, index):
            continue  # a town that is also a verb; the weak names ("massen") are no verbs
        key = next(iter(m.keys))
        if index.gazetteer[key].kind != "kreis":
            found.add(key)
    return tuple(found) if len(found) == 1 else ()


def _as_verb(words: list[str], at: int, index: PlaceIndex) -> bool:
    """Tell whether the word at `at` stands as a verb would ("sie kamen", "kamen zu uns")."""
    before = words[at - 1] if at > 0 else ""
    after = words[at + 1] if at + 1 < len(words) else ""
    return before in index.verb_before or after in index.verb_after


_place_indexes: weakref.WeakKeyDictionary[Gazetteer, PlaceIndex] = weakref.WeakKeyDictionary()


def place_index(gazetteer: Gazetteer) -> PlaceIndex:
    """Return a gazetteer's index, built once and dropped with the gazetteer (hot reload)."""
    found = _place_indexes.get(gazetteer)
    if found is None:
        found = _place_indexes[gazetteer] = PlaceIndex(gazetteer)
    return found


def resolve_place(
    text: str, gazetteer: Gazetteer, default: str | None = None, index: PlaceIndex | None = None,
    uncased: bool = False,
) -> PlaceResult:
    """Return the place the text names, or the candidates when it stays ambiguous; `uncased`
    says the writer typed no capital (the text may be a rewriting that added some)."""
    index = index or place_index(gazetteer)
    spans = list(_WORD.finditer(text))
    words = [folded_word(m.group()) for m in spans]  # as `mentions` counts them
    # the writer's office, the child's school, a corrected place: not where the family is
    mentions = every = _beside_town(index.mentions(text, uncased), gazetteer)
    mentions = writers_aside(text, mentions, gazetteer)  # "eine Oma aus X, die zu uns nach Y …"
    mentions = by_role(text, set_aside(words, mentions), gazetteer)
    # where clauses end, read only where two places may compete (most requests name one)
    breaks = _breaks(_gaps(text, spans)) if len(mentions) > 1 else []
    if breaks:
        mentions = not_travelled(words, mentions, breaks)
    mentions = preferred(mentions, gazetteer)
    if mentions and _home_outside(text, mentions):
        return PlaceResult(OUTSIDE)  # "zieht von Kamen nach Dortmund", "wohnt in Iserlohn"
    strong = [m for m in mentions if not m.weak]
    weak = [m for m in mentions if m.weak and m.capitalised]
    resolved: list[str] = []
    ambiguous: list[frozenset[str]] = []
    for mention in strong:
        key = _collapse(mention.keys, gazetteer) if len(mention.keys) > 1 else None
        if len(mention.keys) == 1:
            resolved.append(next(iter(mention.keys)))
        elif key and not _needs_context(mention.keys, gazetteer):
            resolved.append(key)
        else:
            ambiguous.append(mention.keys)
    if any(gazetteer[k].kind == "district" for k in resolved):
        weak = []  # a district is named: generic words ("Innenstadt") must not move it
    # weak words naming one place first ("Kamener"), so that they give context to the others
    weak_keys = sorted((m.keys for m in weak), key=len)
    context = {gazetteer.municipality_of(k) for k in resolved} - {None}
    if not context and default:
        context = {gazetteer.municipality_of(default) or default}
    if ambiguous:  # "westick bei kamen" typed small: the town, a weak word, still tells which
        context |= {gazetteer.municipality_of(k) for keys in weak_keys if len(keys) == 1
                    for k in keys} - {None}
    for keys in ambiguous + weak_keys:
        if len(keys) == 1 and keys not in ambiguous:
            context |= {gazetteer.municipality_of(next(iter(keys)))} - {None}
        inside = [k for k in keys if gazetteer.municipality_of(k) in context or k in context]
        if len(inside) == 1:
            resolved.append(inside[0])
        elif keys in ambiguous:
            collapsed = _collapse(keys, gazetteer)
            if collapsed:
                resolved.append(collapsed)
            elif not resolved:
                return PlaceResult(None, tuple(sorted(keys)))
        elif len(keys) == 1 and not resolved:
            resolved.append(next(iter(keys)))
        elif len(keys) > 1 and not resolved:
            return PlaceResult(None, tuple(sorted(keys)))
    if not resolved and (centre := town_centre(words, every, None, gazetteer)):
        return PlaceResult(centre)  # "aus der kamener innenstadt"
    if not resolved:  # no place of the Kreis: a home outside it, or none
        home_outside = OUTSIDE if moves_out(text) else outside_home(text)
        return PlaceResult(home_outside, () if default else _unsure(words, mentions, index))
    if town := either_town(words, mentions, resolved, gazetteer):
        return PlaceResult(town)  # "in Heil oder Weddinghofen": anywhere in Bergkamen
    if breaks and (town := widened(words, breaks, mentions, resolved, gazetteer)):
        return PlaceResult(town)  # "in Heeren oder sonst irgendwo in Kamen"
    if asked := asked_not_only(words, mentions, resolved):
        return PlaceResult(asked)  # "auch hier in Opherdicke oder nur in Holzwickede-Mitte?"
    # a move: where the family will live
    target = destination(text, words, strong + weak, resolved, gazetteer)
    resolved = home(words, mentions, resolved, gazetteer)  # not the practice's, not the old one
    # "Holzwickede oder Unna egal": the town named first, the other only its fallback
    first = None if target else first_alternative(words, mentions, resolved, gazetteer)
    chosen = target or first or _most_specific(resolved, gazetteer)
    # "wohnen jetzt direkt am Bahnhof Unna", "aus dem Treff in der Innenstadt": its centre
    return PlaceResult(chosen and (at_centre(words, mentions, chosen, gazetteer)
                                   or town_centre(words, every, chosen, gazetteer) or chosen))

