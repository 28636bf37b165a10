"""Among several children named with their ages, the one a request points at by rank or noun:
"die Große 12 und der Mittlere 7. Um den Mittleren geht es", "Kita-Platz für die Große +
Tagesmutter für den Kleinen", "für den Sechsjährigen", "Ganztag für die beiden Großen".

Kept apart from the choice among mentions in `bot.understanding.age`: this reads only the words
that point at one child of a list.
"""

from __future__ import annotations

import re

from bot.understanding.age_danger_all import children_hit
from bot.understanding.age_family import family_asked
from bot.understanding.age_family_help import household_asked
from bot.understanding.age_group import danger_to_group
from bot.understanding.age_mentions import Mention
from bot.understanding.age_reference import pointed_again, told_again
from bot.understanding.age_siblings import ALONE_WITH
from bot.understanding.gate import gated
from bot.understanding.topic_form import told_field_at
from bot.vocabulary.lexicon import age_vocabulary

_ELDER = (r"(?:grosse|grossen|grosser|aeltere|aelteren|aelterer|aelteste|aeltesten|aeltester"
          r"|groesste|groessten|groesster|older|oldest|elder|eldest|big(?=\s+one\b))")  # fmt: skip
_YOUNGER = (r"(?:kleine|kleinen|kleiner|juengere|juengeren|juengerer|juengste|juengsten|juengster"
            r"|kleinste|kleinsten|kleinster|younger|youngest|little(?=\s+one\b))")  # fmt: skip
_MIDDLE = r"(?:mittlere|mittleren|mittlerer|mittleres|middle)"
_FOCUS = re.compile(rf"\b(?:der|die|den|dem|de|the)\s+(?:(?P<e>{_ELDER})|(?P<y>{_YOUNGER})"
                    rf"|(?P<m>{_MIDDLE}))\b"
                    r"|(?:(?:\b(?:fuer|for|um|wegen|about)|\bf\.)\s+(?:den|die|das|dem|the|ihren|ihre|seinen"
                    r"|seine|her|his)|\b(?:ums|fuers))\s+(?P<n>[a-z]+)")  # fmt: skip


# a rank alone, as a word ("Jüngste", "Große"): the noun a stage in brackets may follow
RANK = re.compile(rf"(?:{_ELDER}|{_YOUNGER}|{_MIDDLE})")
# a need told right after a rank ("die Jüngste (U3) braucht einen Platz")
# (also after its age told by a copula: "der Kleine is vier und braucht Sprachförderung")
_NEEDS_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:(?:ist|is)\s+\d{1,2}(?:,5)?\s*(?:jahre?\s+)?"
                          r"(?:alt\s+)?(?:und|un)\s+)?(?:braucht|benoetigt|sucht|soll|needs)\b")
_FOR = ("fuer", "for", "um", "wegen", "about", "f.")  # a note's "f. die Jüngste": für ("ums")
# "um" points at whom a request is about only after "es geht": "es geht um die Schwester"
_ABOUT = re.compile(r"\b(?:geht|gehts|ging|handelt\s+sich)\b(?:\s+[a-z]+){0,2}\s*$")

_BOTH = re.compile(r"\b(?:mit|fuer|for|with)\s+(?:den\s+|die\s+)?(?:beiden|beide|both|allen)\b"
                   rf"(?!\s+(?:{_ELDER}|{_YOUNGER}))"
                   # every child the list named: "für alle drei", "all three kids", "für die Kinder"
                   r"|\b(?:alle|allen|aller|all)\s+(?:(?:the|of\s+the|my|our)\s+)?(?:[2-6]|zwei|drei|vier|fuenf"
                   r"|two|three|four|five|kinder\w*|kids|children)\b"
                   r"|\b(?:fuer|for)\s+(?:die|meine|unsere|the|my|our)\s+(?:kinder|kids|children)\b"
                   # a need for children of a kind, in the plural: "Gruppe für Trennungskinder"
                   # (not of a stage: "für die Schulkinder" are some of them)
                   r"|\b(?:fuer|for)\s+(?:die\s+)?(?!(?:schul|grundschul|vorschul|kita|klein"
                   r"|krippen|kindergarten|hort|ogs|u3|ue3)kinder)[a-z]{4,}kinder\b"
                   # both heading a sentence as its subject: "Beide nässen nachts ein"
                   r"|(?:^|[.!?;]\s+)(?:beide|both)\s+(?!eltern|elternteile|parents)[a-z]+"
                   # a plural pronoun heading the need after the list: "die brauchen Geld"
                   r"|(?:^|[.!?;]\s+)(?:die|se)\s+(?:brauchen|benoetigen)\b"
                   # (ages52) the same dictated without stops, the verb second as in a main
                   # clause: "… geht nicht zur schule die brauchen allgemein hilfe"
                   r"|(?<!\bfuer)(?<!\ban)(?<!\bmit)(?<!\bvon)(?<!\bbei)(?<!\bzu)(?<!\bum)"
                   r"(?<!\bauf)\s(?:die|se)\s+(?:brauchen|benoetigen)\s+(?:allgemein|alle|einfach"
                   r"|dringend|wirklich|unbedingt|hilfe|unterstuetzung|beratung)\b")
_BOTH = gated(_BOTH)  # the words a match needs are rare: a substring test skips most scans
# "für die beiden Großen", "the two older ones", "die drei älteren", "the older two": the
# eldest (or youngest) few of more children
_COUNTS = {"beiden": 2, "zwei": 2, "2": 2, "two": 2, "drei": 3, "3": 3, "three": 3, "vier": 4,
           "4": 4, "four": 4}
_COUNT = "|".join(_COUNTS)
_PAIR = re.compile(rf"\b(?:die|den|the|ihre|seine|her|his)\s+(?:(?P<c>{_COUNT})\s+"
                   rf"(?:(?P<e>{_ELDER})|{_YOUNGER})|(?:(?P<e2>{_ELDER})|{_YOUNGER})\s+"
                   rf"(?P<c2>{_COUNT}))\b")
AIMED = re.compile(r"\b(?:(?:fuer|for|um|wegen|about)\s+)?(?:den|die|das|dem|der|the|ihren|ihre"
                    r"|seinen|seine)\s+(\d{1,2}(?:,5)?)\s*-?\s*(?:jaehrig\w*|year|jahre\s+alt\b)")


def every_child_asked(text: str) -> bool:
    """Tell whether help is asked for every child told ("für beide", "all three kids")."""
    return bool(_BOTH.search(text))


def _stem(word: str) -> str:
    """Return a rank or noun without its inflection ("Mittleren", "mittlere" → "mittler")."""
    return re.sub(r"(?:en|er|es|e|n|r|s)$", "", word)


def focus(text: str, chosen: list[Mention]) -> list[Mention]:
    """Among several children, keep the one the request is about ("der Große", "für den Sohn")."""
    if len({(h.low, h.high) for h in chosen}) < 2 or _BOTH.search(text) or ALONE_WITH.search(
            text) or children_hit(text) or household_asked(text):  # "… die Kleine (5)": all
        return chosen  # "ein Treff, wo sie mit beiden hin kann", "allein mit dem großen Bruder"
    # (and household help, "Kinder psychisch kranker Eltern": every child, `age_family_help`)
    pair = _PAIR.search(text)
    count = pair and _COUNTS[pair.group("c") or pair.group("c2")]
    if pair and len(chosen) > count:  # "Ganztag für die beiden Großen": the two eldest
        elder = bool(pair.group("e") or pair.group("e2"))
        ranked = sorted(chosen, key=lambda h: (h.low, h.high), reverse=elder)
        return ranked[:count]
    for m in AIMED.finditer(text):  # "für den Sechsjährigen": the child of that age
        if told_field_at(text, m.start()):
            continue  # "bisher: Kita-Platz für die 3-Jährige abgelehnt": the past, no pointer
        months = round(float(m.group(1).replace(",", ".")) * 12)
        aimed = [h for h in chosen if h.low <= months <= h.high]
        if aimed and len(aimed) < len(chosen):
            return aimed
    if again := (_named_again_for(text, chosen) or pointed_again(text, chosen)
                 or told_again(chosen)):
        return again  # "für Junge 4", "Vorlesestunde für die Zwillinge", "one twin is vaping"
    stages = age_vocabulary().stages
    # "die Große 12 und der Mittlere 7. Um den Mittleren geht es": a rank named with its number
    # lists the children; a rank without one points at the child meant, and goes first
    pointers = sorted(_FOCUS.finditer(text),
                      key=lambda m: bool(re.match(r"\s*[(,:]?\s*\d", text[m.end() : m.end() + 6])))
    # "Kita-Platz für die Große + Tagesmutter für den Kleinen", "die Brille für die Mittlere und
    # die Zahnspange der Großen": each child with a need of its own counts; a need goes before a
    # rank a story names ("Die Große geht schon zur Schule, für den Kleinen suchen wir eine Kita")
    needs = [m for m in pointers if _need_of(text, m)]
    if danger_to_group(text, chosen) and not any(m.group(0).startswith(_FOR)
                                              or _NEEDS_AFTER.match(text, m.end()) for m in needs):
        return chosen  # "2 Geschwister, 4 u 6 … hatte der Große blaue Flecken": the group
    aimed = [hit for m in needs if (hit := _pointed(m, chosen, stages))]
    if aimed:
        return [h for h in chosen if any(h in hit for hit in aimed)]
    if _both_ends(text, pointers) or family_asked(text):
        return chosen  # "Der Älteste ist ständig weg, die Kleinen kommen zu kurz": the family
    for m in pointers:
        if _LISTED.match(text, m.end()):
            continue  # "der Mittlere 9 und der Kleine 5": ranks listing the children
        hit = _pointed(m, chosen, stages)
        if hit:
            return hit
    return _by_noun(text, chosen, stages) or chosen


# a child of the list named again with its noun and its years after "für" ("3 Kinder: Mädchen 7,
# Junge 4, Junge 1. Sie sucht für Junge 4 eine Kita"; "kur 4 sal … für kur 4 sal" in Kurmancî)
_FOR_AGAIN = re.compile(r"\b(?:fuer|for)\s+(?:(?:den|die|das|dem|the|ihren|ihre|seinen|seine|her"
                        r"|his)\s+)?([a-z]+)\s*\(?\s*(\d{1,2})\b(?!\s*(?:mon|month|woche|week|tag|day))")


def _named_again_for(text: str, chosen: list[Mention]) -> list[Mention] | None:
    """Return the listed child whose noun and years a need names again ("für Junge 4 J."), or
    None: the repeated pair says which child of the list is meant, not a new one."""
    nouns = age_vocabulary().child_nouns
    for m in _FOR_AGAIN.finditer(text):
        listed = re.search(rf"\b{m.group(1)}\s*\(?\s*{m.group(2)}\b", text[: m.start()])
        if not (m.group(1).endswith(nouns) or listed):
            continue  # "kur 4 sal … für kur 4 sal": the same pair told twice names the child
        months = int(m.group(2)) * 12
        aimed = [h for h in chosen
                 if h.low <= months <= h.high and not h.start <= m.start(2) < h.end]
        if aimed and len(aimed) < len(chosen):
            return aimed
    return None


# a rank with its number and nothing told of it: an item of a list ("der Mittlere 9 und der
# Kleine 5."), not "der Kleine (6) nässt wieder ein" nor "der Kleine (4): Vorsorge"
# (a relative clause after the comma tells of that child: "dem Großen, fünfzehn, der kifft")
# (a bracket closing right after the number ends an aside that lists the rank: "Mama (zweites
# Kind, die Große ist 3) hat …")
_UNIT = r"(?:\s*(?:j\b\.?|jahre?n?\b|years?\b|mon\b\.?|monate?n?\b|months?\b))?"
_LISTED = re.compile(rf"\s*(?:ist|is)\s+\d{{1,2}}{_UNIT}\s*\)|\s*(?:ist\s+|is\s+)?[(,]?\s*\d{{1,2}}"
                     rf"{_UNIT}\s*\)?\s*(?:,(?!\s*(?:der|die|who)\s+(?!{RANK.pattern})[a-z]+\b(?!\s*[(,:]?\s*\d))"
                     r"|;|\.|\bund\b|\band\b|\bsowie\b|$)")


def _both_ends(text: str, pointers: list[re.Match[str]]) -> bool:
    """Tell whether a story points at the eldest and at the youngest alike ("Der Älteste ist
    ständig weg, die Kleinen kommen zu kurz"): a family's trouble, not one child's. Ranks listed
    with their numbers ("die Große 12, der Kleine 3") point at nobody."""
    told = [m for m in pointers if not re.match(r"\s*[(,:]?\s*\d", text[m.end() : m.end() + 6])]
    return any(m.group("e") for m in told) and any(m.group("y") for m in told)


# a child named again by its noun or stage with an article, no number after it: "der Bruder
# braucht Leseförderung", "das Baby schreit", "der Teenager kifft"
_NAMED_AGAIN = re.compile(r"\b(?:der|die|das|den|dem|the)\s+([a-z]+)\b"
                          r"(?!\s*[(,:]?\s*(?:(?:ist|is|war|wird)\s+)?\d)")
_NARROW_STAGE = 72  # a stage this wide or wider ("Kind") points at nobody among several


def _by_noun(text: str, chosen: list[Mention],
             stages: dict[str, tuple[int, int]]) -> list[Mention] | None:
    """Among several children listed with their ages ("Kinder: 9 Monate, 3 Jahre, 7 Jahre",
    "4 Kindern (1, 2, 6, 14)", "Zwillinge 2 J. und ein Bruder 7 J."), return the one a later
    sentence names again by its noun or its stage ("das Baby schreit", "der Teenager kifft",
    "der Bruder braucht …"), or None: the need is that child's, never silently the last number."""
    for m in _NAMED_AGAIN.finditer(text):
        word = m.group(1)
        named = [h for h in chosen if h.noun and _stem(h.noun) == _stem(word)
                 and not (h.start <= m.start(1) < h.end)]
        if not named:
            nouns = age_vocabulary().child_nouns  # a person's stage, not a setting's ("Kita")
            stage = stages.get(word) if word.endswith(nouns) else None
            if stage and stage[1] - stage[0] < _NARROW_STAGE:
                named = [h for h in chosen if h.low <= stage[1] and stage[0] <= h.high]
        if named and len(named) < len(chosen):
            return named
    return None


def aimed_by_need(text: str, chosen: list[Mention]) -> list[Mention] | None:
    """Return the children a need is pointed at ("Beratung für den Großen", "es geht um die
    Schwester", "für den Sechsjährigen"; every one of them when needs point at several), or
    None: a story's rank ("Die Große geht schon zur Schule") or a list ("die Große 12") points at
    nobody here."""
    if len({(h.low, h.high) for h in chosen}) < 2 or _BOTH.search(text):
        return None
    for m in AIMED.finditer(text):
        if m.group(0).startswith(_FOR):
            months = round(float(m.group(1).replace(",", ".")) * 12)
            aimed = [h for h in chosen if h.low <= months <= h.high]
            if aimed and len(aimed) < len(chosen):
                return aimed
    stages = age_vocabulary().stages
    # "Für die Große suchen wir einen Kitaplatz, fürs Baby eine Krabbelgruppe": each child a
    # need is pointed at is asked about, not only the first one named
    hits: list[Mention] = []
    for m in _FOCUS.finditer(text):
        if not m.group(0).startswith(_FOR):
            continue
        if m.group(0).startswith("um") and not _ABOUT.search(text, 0, m.start()):
            continue  # "kümmert sich um den kleinen Bruder": what she does, not whom it is for
        hits += [h for h in _pointed(m, chosen, stages) or [] if h not in hits]
    return hits or None


def _pointed(m: re.Match[str], chosen: list[Mention],
             stages: dict[str, tuple[int, int]]) -> list[Mention] | None:
    """Return the children a rank or noun points at ("der Große", "für das Baby"), or None."""
    rank = _stem(m.group("e") or m.group("y") or m.group("m") or m.group("n") or "")
    named = [h for h in chosen if rank and _stem(h.noun) == rank]
    if named and len(named) < len(chosen):
        return named  # "der Mittlere 6 … um den Mittleren": the child named by that rank
    if re.search(r"\b(?:die|ihre|seine|unsere|meine|eure)\s+\w+en$", m.group(0)):
        return _ranked_plural(m, chosen)  # "die Großen brauchen Nachhilfe": more than one
    if m.group("m") or re.fullmatch(_MIDDLE, m.group("n") or ""):
        ranked = sorted(chosen, key=lambda h: h.low)  # "um den Mittleren geht es"
        return [ranked[len(ranked) // 2]] if len(ranked) >= 3 else None
    noun = m.group("n") or ""
    stage = stages.get(noun)  # "für das Baby": the youngest; "für die Jugendliche": the eldest
    if m.group("e") or re.fullmatch(_ELDER, noun) or (stage and stage[0] >= 144):
        return [max(chosen, key=lambda h: h.high)]
    if m.group("y") or re.fullmatch(_YOUNGER, noun) or (stage and stage[1] < 36):
        return [min(chosen, key=lambda h: h.low)]
    return None


_PLURAL_FROM = 3  # "die Großen" of three children or more are all but the youngest


def _ranked_plural(m: re.Match[str], chosen: list[Mention]) -> list[Mention] | None:
    """Return the children a rank in the plural points at among three or more ("OGS für die
    Großen (…) + Tagespflege für die Kleine": all but the youngest), or None where it could be
    every one of them."""
    ages = sorted({(h.low, h.high) for h in chosen})
    if len(ages) < _PLURAL_FROM:
        return None
    if m.group("e") or re.fullmatch(_ELDER, m.group("n") or ""):
        return [h for h in chosen if (h.low, h.high) != ages[0]]
    if m.group("y") or re.fullmatch(_YOUNGER, m.group("n") or ""):
        return [h for h in chosen if (h.low, h.high) != ages[-1]]
    return None


# a rank after these is what a need is for ("für die Große", "die Zahnspange der Großen"); after
# a clause's start or a conjunction it is a story's subject ("Die Große geht schon zur Schule")
_NEED_BEFORE = re.compile(r"\b(?:fuer|for|um|wegen|von|of)\s+$|\b(?!(?:und|oder|aber|doch|denn"
                          r"|and|or|but|dass|weil|wenn)\b)[a-z]{4,}\s+$")


# a rank whose need verb is left out, said once for two children (gapping): "die Große braucht
# n Kitaplatz, die Kleine ne Tagesmutter", "Der Große braucht eine Schule, die Kleine einen
# Platz" — the rank, then at once the object's indefinite article
_GAPPED = re.compile(r"\s*(?:\([^)]*\)\s*)?,?\s*(?:ein|eine|einen|n|ne|nen|a|an)\s+[a-z]{3,}")
_NEED_VERB = re.compile(r"\b(?:braucht|benoetigt|sucht|needs)\b")


def _need_of(text: str, m: re.Match[str]) -> bool:
    """Tell whether a rank pointer names whom a need is for, not a child a story is about."""
    if m.group(0).startswith(_FOR) or _NEEDS_AFTER.match(text, m.end()):
        return True  # "für den Kleinen", "die Jüngste (U3) braucht einen Betreuungsplatz"
    if _GAPPED.match(text, m.end()) and _NEED_VERB.search(text, 0, m.start()):
        return True  # "…, die Kleine ne Tagesmutter": the need verb said before, for her too
    if re.match(r"\s*[(,:]?\s*\d", text[m.end() : m.end() + 6]):
        return False  # "die Große 12": a list of the children
    before = text[max(0, m.start() - 20) : m.start()]
    return bool(_NEED_BEFORE.search(before)) and (
        m.group(0).startswith("der ") or bool(re.search(r"(?:fuer|for|um|wegen)\s+$", before)))
