"""Whom of several children a request is for: the one the need points at, not the one the story
is about.

Hospital and bereavement services write "deren Tochter (6) nach einem Unfall noch lange bei uns
bleiben wird. Der große Bruder, 11, verstummt zusehends. Gibt es für ihn ein Gesprächsangebot?",
"plötzlicher Kindstod mit 4 Monaten. Zu Hause sind noch Zwillinge von 3 Jahren". Two signs tell
the child the help is for:

1. a pronoun the need is aimed with ("für ihn", "for her", "wer kann ihn begleiten", "für den
   Jungen") points back at the nearest person of its gender named before it (`[age.genders]` in
   lexicon.toml); when that person is one of the children named with an age, that child is meant;
2. a child a clause says died or lies in hospital (`deceased_words`, `hospital_words`) is the
   story's context when another child is named outside such clauses.

Kept apart from the choice among mentions in `bot.understanding.age`: this judges the mentions
by the story around them, after the mention reader classified each number on its own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from bot.understanding.age_mentions import Mention
from bot.understanding.age_settled import settled
from bot.vocabulary.lexicon import age_vocabulary

# whose numbers may name the child a need is for (a parent's, a teller's are no candidates)
_PEOPLE = ("child", "role", "other", "loose")
_WORD = re.compile(r"[a-z]+")
# a clause a death or a hospital stay is told in: commas, semicolons, sentence ends and dashes
_CLAUSE = re.compile(r"[,;!?]|\.(?!\d)|\s[-–—]\s")
_HELP = (r"(?:helfen|hilft|unterstuetz\w*|begleit\w*|berat\w*|auffangen|stabilisier\w*|stuetz\w*"
         r"|help|support|counsel\w*)")
# a pronoun a need is aimed with, and the genders it may point at ("ihm": a boy or a child)
_POINTERS = (
    (re.compile(rf"\b(?:fuer|for|with|um)\s+(?:ihn|him)\b|\b(?:ihn|ihm|him)\s+(?:\w+\s+){{0,2}}"
                rf"{_HELP}|\b{_HELP}\s+(?:\w+\s+)?(?:ihn|ihm|him)\b"), "m", True),
    (re.compile(r"\b(?:fuer|for|with|um)\s+(?:sie|her)\b(?!\s+(?:mutter|mum|mom|mother|eltern"
                rf"|parents|familie|family))|\b(?:sie|her)\s+(?:\w+\s+){{0,2}}{_HELP}|\bihr\s+{_HELP}"
                rf"|\b{_HELP}\s+(?:\w+\s+)?her\b"), "fp", True),
    (re.compile(r"\b(?:fuer|for|um|with)\s+(?:den|dem|the)\s+(?:jungen|jungs|boy|bruder|brother"
                r"|sohn|son)\b"), "m", False),
    (re.compile(r"\b(?:fuer|for|um|with)\s+(?:das|die|the)\s+(?:maedchen|girl|schwester|sister"
                r"|tochter|daughter)\b"), "f", False),
    # Turkish "onun için" ("for him/her"): a pronoun without gender, any one child told
    (re.compile(r"\bonun\s+icin\b"), "mfn", True),
)
_SENTENCE = re.compile(r"[!?;]|\.(?!\d)")
_ASKING = re.compile(r"\b(?:such\w*|brauch\w*|benoetig\w*|gibt\s+es|gibts|frag(?:en|t)\s+nach"
                     r"|wer\s+kann|wo\s+(?:gibt|finde)|bitte|need\w*|looking|is\s+there|are\s+there"
                     r"|any)\b")
_FAMILY = frozenset({"familie", "family", "eltern", "parents"})
# an article or pronoun right before an age adjective says its gender: "einen 10-Jährigen"
_ARTICLES = {"einen": "m", "den": "m", "seinen": "m", "ihren": "m", "eine": "f", "seine": "f",
             "ihre": "f"}  # fmt: skip


@cache
def _split_list(words: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """Split a word list once into whole words and stems ("*" entries): every clause asks."""
    stems = tuple(w[:-1] for w in words if w.endswith("*"))
    return frozenset(w for w in words if not w.endswith("*")), stems


def _listed(word: str, words: tuple[str, ...]) -> bool:
    """Tell whether a word is in a list whose entries may end in "*" (any ending)."""
    whole, stems = _split_list(words)
    return word in whole or word.startswith(stems)


@cache
def _entries(words: tuple[str, ...]) -> tuple[str, ...]:
    whole, stems = _split_list(words)
    return tuple(sorted(whole)) + stems


def _may_list(text: str, words: tuple[str, ...]) -> bool:
    """Whether a word of the text can be in the list: a listed word, or the stem it starts with,
    stands in the text. Most texts hold none (no death, no hospital), and then no clause needs
    its words read one by one."""
    return any(map(text.__contains__, _entries(words)))


@cache
def _gender_of(word: str) -> str:
    """Return a person noun's gender ("m", "f", "n", "p"), also inflected ("Bruders"), or ""."""
    genders = age_vocabulary().genders
    for stem in (word, word[:-1], word[:-2]):
        if stem in genders:
            return genders[stem]
    return ""


def _mention_gender(text: str, hit: Mention) -> tuple[str, int]:
    """Return the gender of the child a number names and where the word saying it starts: its
    noun, a gendered noun just before ("die kleine Schwester, 4") or after ("der 3-jährige
    Bruder"), or an article ("einen 10-Jährigen"); ("", start) when nothing says it."""
    if hit.noun and (gender := _gender_of(hit.noun)):
        noun = text.rfind(hit.noun, max(0, hit.start - 40), hit.start)
        return gender, noun if noun >= 0 else hit.start
    clause = max((m.end() for m in _CLAUSE.finditer(text, max(0, hit.start - 40), hit.start)),
                 default=max(0, hit.start - 40))
    before = list(_WORD.finditer(text, clause, hit.start))[-3:]
    for word in reversed(before):
        if gender := _gender_of(word.group(0)):
            return gender, word.start()
    after = re.compile(r"[\s-]*([a-z]+)").match(text, hit.end)
    if after and (gender := _gender_of(after.group(1))):
        return gender, after.start(1)
    for word in reversed(before):
        if word.group(0) in _ARTICLES:
            return _ARTICLES[word.group(0)], word.start()
    return "", hit.start


def _pointer(text: str, after: int) -> tuple[int, str, bool] | None:
    """Return the last pronoun or noun a need is aimed with after the children are named, the
    genders it may point at, and whether it is a pronoun."""
    found = [(m.start(), genders, pronoun) for pattern, genders, pronoun in _POINTERS
             for m in pattern.finditer(text, after) if _asked(text, m.start())]  # fmt: skip
    return max(found) if found else None


def _asked(text: str, at: int) -> bool:
    """Tell whether a pointer stands in the sentence that asks ("Gibt es für ihn …?", "für
    den Jungen suchen wir Hilfe"), not in the story ("weil Mama keine Betreuung für ihn hat.")."""
    start = max((m.end() for m in _SENTENCE.finditer(text, 0, at)), default=0)
    stop = _SENTENCE.search(text, at)
    sentence = text[start : stop.end() if stop else len(text)]
    return sentence.rstrip().endswith("?") or bool(_ASKING.search(sentence))


def _adult_before(text: str, at: int, genders: str) -> bool:
    """Tell whether a parent or the family of a pronoun's gender is named before it: "Mutter
    mit Sohn (4) und Tochter (2) … Entlastung für sie" may be for the mother."""
    vocab = age_vocabulary()
    # not the subject of the pronoun's own sentence: "Die Eltern fragen nach einem Platz für
    # sie" would say "für sich" if it were for the parents
    start = max((m.end() for m in _SENTENCE.finditer(text, 0, at)), default=0)
    return any((w in vocab.adult_nouns or w in _FAMILY) and (g := _gender_of(w)) and g in genders
               for w in _WORD.findall(text[:start]))  # fmt: skip


def _aimed(text: str, people: list[Mention]) -> list[Mention] | None:
    """Return the child a pronoun of the need points back at, or None when it points at no
    child named with an age (a parent, the family) or at none of its gender."""
    pointer = _pointer(text, min(h.end for h in people))
    if pointer is None:
        return None
    at, genders, pronoun = pointer
    if pronoun and _adult_before(text, at, genders):
        return None
    # where a person is named: its gender and the mentions naming it ("Kinder (2 und 5)": two)
    named: dict[int, tuple[str, list[Mention]]] = {}
    for hit in people:
        gender, where = _mention_gender(text, hit)
        if gender:
            named.setdefault(where, (gender, []))[1].append(hit)
    for word in _WORD.finditer(text, 0, at):
        gender = _gender_of(word.group(0))
        if gender and word.start() not in named:
            named[word.start()] = (gender, [])
    before = [where for where, (gender, _hits) in named.items() if where < at and gender in genders]
    return named[max(before)][1] or None if before else None


def _context(text: str, hit: Mention) -> str:
    """Return "deceased" or "hospital" when the clause of a mention tells that the child died or
    lies in hospital, else "". A clause naming an adult tells of the adult ("seit die Mutter
    gestorben ist")."""
    vocab = age_vocabulary()
    if not _may_list(text, vocab.deceased_words) and not _may_list(text, vocab.hospital_words):
        return ""
    starts = [m.end() for m in _CLAUSE.finditer(text, 0, hit.start)]
    stop = _CLAUSE.search(text, hit.end)
    words = _WORD.findall(text[starts[-1] if starts else 0 : stop.start() if stop else len(text)])
    if any(_listed(w, vocab.deceased_words) for w in words):
        return "" if any(w in vocab.adult_nouns for w in words) else "deceased"
    if any(w in _PAST for w in words) and _death_before(text, hit.start):
        return "deceased"  # "plötzlicher Kindstod, der Säugling war 4 Monate alt"
    return "hospital" if any(_listed(w, vocab.hospital_words) for w in words) else ""


_PAST = frozenset({"war", "wurde", "was"})  # a child's age told in the past tense


def _death_before(text: str, at: int) -> bool:
    """Tell whether the sentence before a mention tells of a child's death in a clause of its
    own ("plötzlicher Kindstod, der Säugling war 4 Monate alt"): an age told in the past tense
    right after it is the dead child's."""
    vocab = age_vocabulary()
    starts = [m.end() for m in _SENTENCE.finditer(text, 0, at)]
    words = _WORD.findall(text[starts[-1] if starts else 0 : at])
    return any(_listed(w, vocab.deceased_words) for w in words) and not any(
        w in vocab.adult_nouns for w in words)


def context_clauses(text: str, hospital: bool = False) -> list[tuple[int, int]]:
    """Return the clauses that tell of a child who died (with `hospital`, also of one in
    hospital): a life stage named there ("Geschwister eines verstorbenen Säuglings",
    "Neugeborenes seit Geburt auf der Neo") is no age of the child asked about."""
    vocab = age_vocabulary()
    if not _may_list(text, vocab.deceased_words) and not (
            hospital and _may_list(text, vocab.hospital_words)):  # fmt: skip
        return []
    spans, start = [], 0
    for stop in [*(m.start() for m in _CLAUSE.finditer(text)), len(text)]:
        words = _WORD.findall(text[start:stop])
        if any(_listed(w, vocab.deceased_words) for w in words):
            if not any(w in vocab.adult_nouns for w in words):
                spans.append((start, stop))
        elif hospital and any(_listed(w, vocab.hospital_words) for w in words):
            spans.append((start, stop))
        start = stop + 1
    return spans


_SENTENCE_END = re.compile(r"[!?;]|\.(?!\d)")


def _story_of(text: str, hit: Mention) -> bool:
    """Tell whether a brother or sister named with an age has a story of its own told after it
    ("die kleine Schwester, 4, weint jede Nacht"), not only a place in a list ("Bruder 11,
    Nachsorge?"): then the story turns to the sibling beside a child in hospital."""
    if hit.kind != "other":
        return False  # the sentence's end is only looked for after a brother or sister
    stop = _SENTENCE_END.search(text, hit.end)
    return len(_WORD.findall(text, hit.end, stop.start() if stop else len(
        text))) >= 2


def beside_sibling(text: str, found: list[Mention]) -> bool:
    """Tell whether a brother or sister is named with an age outside the clauses that tell of a
    hospital stay: then a life stage named in such a clause is the story's ("Neugeborenes
    Geschwisterchen seit Geburt auf der Neo, der 3-jährige Bruder ist eifersüchtig")."""
    told = context_clauses(text, hospital=True)
    return any(_story_of(text, h) and not any(a <= h.start < b for a, b in told) for h in found)


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """Return the text with the spans blanked out, its length kept."""
    for start, stop in spans:
        text = text[:start] + " " * (stop - start) + text[stop:]
    return text


def subject(text: str, found: list[Mention]) -> list[Mention]:
    """Return the mentions with the child the need is for chosen among several named with
    their ages: the one a pronoun points at, else all but those who died or lie in hospital.
    The chosen become the child's mentions; the others are set aside as kind "context"."""
    people = [h for h in found if h.kind in _PEOPLE]
    if len({(h.low, h.high) for h in people}) < 2:
        return found
    chosen = _aimed(text, people)
    if chosen is None:
        told = {id(h): _context(text, h) for h in people}
        kept = [h for h in people if not told[id(h)]]
        if not any(_story_of(text, h) for h in kept):  # in hospital: beside a brother or sister
            kept = [h for h in people if told[id(h)] != "deceased"]
        if not kept or len(kept) == len(people):
            kept = [h for h in people if not settled(text, h, people)]
            if not kept or len(kept) == len(people):
                return found
        chosen = kept
    return [h if h.kind not in _PEOPLE else
            replace(h, kind="child") if h in chosen else replace(h, kind="context")
            for h in found]  # fmt: skip
