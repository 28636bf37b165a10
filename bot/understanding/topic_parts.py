"""The plain data of topic finding: what a match found, a word's credit, and the lexicon's rules.

Kept apart from `topics.py` so that the index there holds only the finding itself."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace

from bot.text import fold
from bot.understanding.language_reason import without_reasons
from bot.understanding.normalise import is_generic, stem
from bot.understanding.owner_pronoun import pronoun_parent
from bot.understanding.topic_askers import asks_about


@dataclass(frozen=True, slots=True)
class TopicMatch:
    topics: tuple[str, ...]
    # the folded words that carried the need, for text similarity in ranking
    evidence: tuple[str, ...]
    # no need was named: these are the general offers for the child's life phase
    general: bool = False
    # some word named a need directly (not only a description of the situation)
    strong: bool = False
    # positions of the words that carried a need, and compounds matched through a part only
    positions: frozenset[int] = frozenset()
    compounds: tuple[tuple[int, str], ...] = ()
    # the topics with most of the evidence: what was asked for, not what describes the family
    main: tuple[str, ...] = ()
    # every word's credit the topics were decided from (`bot.understanding.main_need` reads them)
    credits: tuple[Credit, ...] = ()


@dataclass(frozen=True, slots=True)
class Credit:
    position: int
    term: str
    topic: str
    weight: float
    strong: bool
    # a child's lasting condition told as who the child is ("Mädchen 12 im Rollstuhl"), which
    # gives way to a need named beside it (`bot.understanding.topic_portrait`)
    portrait: bool = False


@dataclass(frozen=True, slots=True)
class Implication:
    when: frozenset[str]
    phases: frozenset[str]
    add: str


@dataclass(frozen=True, slots=True)
class Rule:
    topic: str
    near: frozenset[str]
    words: frozenset[str]
    window: int
    any_order: bool = False
    keep: bool = False
    # whose the words are: a child named nearer than the trigger owns them ("Mutter sagt, Sohn 16
    # trinkt"), and then they count for `child_topic`; a trigger right after them in the genitive
    # owns them too ("Spielsucht des Vaters")
    children: frozenset[str] = frozenset()
    child_topic: str | None = None
    genitive: frozenset[str] = frozenset()
    # a child named nearer owns the words, which then keep their own reading (a baby or a
    # nine-year-old who weeps is no mother's exhaustion); `child_topic` is not credited
    child_keeps: bool = False
    # the rule holds only where its topic fits the child's known life phase (a mother's tears are
    # early help for a baby, not for a schoolchild's family)
    in_phase: bool = False
    # a grandparent tells of the grandchild's parent as "meine Tochter" ("Enkel (6) bei mir, weil
    # meine Tochter in der Entzugsklinik ist"): where a grandchild is named, these are parents
    grandchildren: frozenset[str] = frozenset()
    their_parents: frozenset[str] = frozenset()
    # words that take the rule back where they stand within its window: a parent who died of
    # the illness ("an Krebs gestorben") leaves grief, no parent's illness to live with
    unless: frozenset[str] = frozenset()
    # a possessive before the word says whose it is by its sex: "wegen seines Kiffens" after
    # "Die Mutter fragt …" is the son's, not hers (possessives, and the triggers they rule out)
    unlike: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()
    # a baby named nearer than any parent drinks milk ("Säugling, trinkt schlecht"): one of `babies`
    feeding: frozenset[str] = frozenset()
    babies: frozenset[str] = frozenset()
    # an adult the writer serves ("Pat.", "Klientin", "Betreute", "my client") is a parent where
    # the text names children of the family: their illness is then the family's burden
    adults: frozenset[str] = frozenset()
    offspring: frozenset[str] = frozenset()
    # the child's own help beside the parent's burden (a parent's cancer: counselling and
    # psychological help for the child), where every one of them fits the child's life phase —
    # unless the text asks for a kind the burden's own topic holds ("eine Gruppe für Kinder …")
    also: tuple[str, ...] = ()
    also_unless: frozenset[str] = frozenset()
    also_phases: frozenset[str] = frozenset()  # … for a child of these life phases (any: all)
    # how much the `also` help weighs: as much as the burden, or less where it only stands beside
    # the need ("Cybermobbing": violence prevention first, media prevention after it)
    also_weight: float = 2.5
    feeds: frozenset[str] = frozenset()  # a feed after a `feeding` verb ("nur Flasche")


def cooccurrence_rules(lexicon: dict) -> tuple[Rule, ...]:
    """Compile the lexicon's `[[cooccurrence]]` rules: words that name a need only near another
    word, and whose they are (a child's, a parent's, a grandchild's parent's)."""
    owners = lexicon.get("owners", {})
    substances = lexicon.get("substances", {})
    taken = substances.get("words", ())  # not the everyday `field` words ("Pille" is no "Pillen")
    return tuple(
        Rule(r["topic"], frozenset(w for n in r["near"] for w in (fold(n), stem(fold(n)))),
             frozenset(fold(w) for w in (*r["words"], *(taken if r.get("substances") else ()))),
             int(r["window"]),
             r.get("order") == "any", bool(r.get("keep")),
             # a rule may name more children ("Baby" weeps, "Mutter" weeps)
             frozenset(fold(w) for w in (*owners.get("children", ()), *r.get("children", ())))
             if r.get("child_topic") or r.get("child") == "keeps" else frozenset(),
             r.get("child_topic"), frozenset(fold(w) for w in owners.get("genitive", ())),
             r.get("child") == "keeps", bool(r.get("in_phase")),
             frozenset(fold(w) for w in owners.get("grandchildren", ())),
             frozenset(fold(w) for w in owners.get("their_parents", ())),
             frozenset(fold(w) for w in r.get("unless", ())),
             ((frozenset(owners.get("his", ())), frozenset(owners.get("female", ()))),
              (frozenset(owners.get("her", ())), frozenset(owners.get("male", ())))),
             frozenset(fold(w) for w in r.get("feeding", ())),
             frozenset(fold(w) for w in owners.get("babies", ()) if r.get("feeding")),
             frozenset(fold(w) for w in owners.get("adults", ()) if r.get("adults")),
             frozenset(fold(w) for w in owners.get("offspring", ()) if r.get("adults")),
             tuple(r.get("also", ())), frozenset(fold(w) for w in r.get("also_unless", ())),
             frozenset(r.get("also_phases", ())), float(r.get("also_weight", ALSO)),
             frozenset(fold(w) for w in owners.get("feeds", ()) if r.get("feeding")))
        for r in lexicon.get("cooccurrence", ())
    )  # fmt: skip


def sections(lexicon: dict) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The strong and the weak terms by topic: `[strong]`, `[weak]` and `[field]`, with the
    `[substances]` table's words added to its topic (its `field` words weak)."""
    strong = {t: list(terms) for t, terms in lexicon["strong"].items()}
    weak: dict[str, list[str]] = {}
    for section in ("weak", "field"):  # descriptions of a situation, and words of its field
        for topic, terms in lexicon.get(section, {}).items():
            weak.setdefault(topic, []).extend(terms)
    substances = lexicon.get("substances", {})
    if substances:
        strong.setdefault(substances["topic"], []).extend(substances.get("words", ()))
        weak.setdefault(substances["topic"], []).extend(substances.get("field", ()))
    return strong, weak


def implied_topics(rules: tuple[Implication, ...], topics: list[str], phases: set[str] | None,
                   known: Collection[str]) -> list[str]:  # fmt: skip
    """Return topics a found one implies for the child's phase (a baby's family burden)."""
    added: list[str] = []
    for rule in rules:
        fits = bool(phases and phases & rule.phases) and rule.add in known
        if fits and rule.add not in topics + added and any(t in rule.when for t in topics):
            added.append(rule.add)
    return added


def cooccurrences(rules: tuple[Rule, ...], words: list[str], credits: list[Credit],
                  fits: Callable[[str], bool] = lambda topic: True,
                  age_known: bool = True, phases: Collection[str] = ()) -> list[Credit]:
    """Credit words near a trigger to another topic ("Mutter … depressiv": the parent's), or to
    the child's own topic when the child is named nearer ("Jugendlicher 16 trinkt"). A child
    too young for its own topic (`fits`) cannot own the words: a baby's family drinks, not the
    baby ("Enkelin 11 Monate, die Tochter (19) trinkt")."""
    stems: list[str] = []
    seen: set[str] | None = None  # the words and their stems, gathered once for all rules
    # the credited terms, words and stems, gathered again only when a rule changes the credits:
    # a rule none of whose words is among them finds no position, as the scan below would
    told: tuple[set[str], set[str]] | None = None
    for rule in rules:
        if rule.in_phase and not (age_known and fits(rule.topic)):
            continue  # an unknown age (a follow-up about the same child) decides nothing
        stems = stems or [stem(w) for w in words]
        seen = {*words, *stems} if seen is None else seen
        # an inflected form counts as the word ("eine bipolare Störung" beside "bipolar")
        inflected = _stems_of(rule.words)
        if told is None:
            told = ({c.term for c in credits} | {words[c.position] for c in credits},
                    {stems[c.position] for c in credits})
        if rule.words.isdisjoint(told[0]) and inflected.isdisjoint(told[1]):
            continue
        told = None  # the rule may change the credits
        positions = sorted({c.position for c in credits
                            if c.term in rule.words or words[c.position] in rule.words
                            or stems[c.position] in inflected})
        if not positions:
            continue
        if rule.grandchildren & seen:  # the grandparent's own child is the parent
            rule = replace(rule, near=rule.near | rule.their_parents,
                           children=rule.children - rule.their_parents)
        if rule.adults and rule.offspring & seen:  # "Pat. F32.2, … Kind 8": a parent
            rule = replace(rule, near=rule.near | parents_served(rule.adults, words))
        theirs: list[int] = []
        childs: list[int] = []
        young = bool(phases) and set(phases) <= YOUNG_PHASES  # a parent asks for a teenager
        for position in positions:
            around = words[max(0, position - rule.window) : position + rule.window + 1]
            if rule.unless & set(around):
                continue
            after = words[position + 1 : position + 4]  # "trinkt nur noch Flasche", not "eine F."
            if words[position] in rule.feeding and rule.feeds & set(after) and not _A & set(after):
                continue  # a feed is no one's drinking
            owner = _owner(rule, words, stems, position, young)
            if owner == "baby":
                continue  # a baby's drinking is its feeding, no one's addiction
            if owner == "child" and rule.child_keeps:
                continue  # the child's own words keep their reading ("Sohn (2) weint")
            if owner == "child" and rule.child_topic and not fits(rule.child_topic):
                owner = "near"
            if owner == "near":
                theirs.append(position)
            elif owner == "child" and rule.child_topic:
                childs.append(position)
        if not rule.keep:  # the words meant the parent, not the child: take them back
            credits = [c for c in credits if c.position not in theirs]
        for position in theirs:
            credits.append(Credit(position, words[position], rule.topic, 2.5, True))
        if (theirs and rule.also and not rule.also_unless & seen
                and not (rule.also_phases and phases and not rule.also_phases & set(phases))):
            credits += [Credit(p, words[p], t, rule.also_weight, True)
                        for p in theirs for t in rule.also]
        if childs:  # the child's own: not the parent's topic, but the child's
            credits = [c for c in credits if not (c.position in childs and c.topic == rule.topic)]
            for position in childs:
                if not any(c.position == position and c.topic == rule.child_topic and c.strong
                           for c in credits):  # fmt: skip
                    credits.append(Credit(position, words[position], rule.child_topic, 1.0, True))
    return without_reasons(words, credits)


# a young person's life phases: a parent who asks about an illness asks for the teenager (a baby's
# mother who "sucht Hilfe wegen Depression" speaks of her own), `topic_askers`
YOUNG_PHASES = frozenset({"P4", "P5"})
ALSO = 2.5  # the child's own help weighs as much as the burden it lives with
CHILD_AGE = 17  # "Patientin, 15" is a child the writer treats, "Patientin 39" an adult


def parents_served(adults: frozenset[str], words: list[str]) -> frozenset[str]:
    """The adults served ("Klientin", "Pat.") who are no child by the age right after them."""
    return frozenset(w for i, w in enumerate(words) if w in adults and not (
        i + 1 < len(words) and words[i + 1].isdigit() and int(words[i + 1]) <= CHILD_AGE))


@functools.cache
@functools.cache
def _stems_of(words: frozenset[str]) -> frozenset[str]:
    return frozenset(stem(w) for w in words if " " not in w and len(w) >= MIN_INFLECTED)


MIN_INFLECTED = 6  # shorter words' stems are too common to stand for them ("sucht", "meth")


def _owner(rule: Rule, words: list[str], stems: list[str], at: int,
           young: bool = False) -> str | None:
    """Who the word at `at` is about: "near" (a trigger), "child", "baby" (who feeds), or None.

    A trigger in the genitive right after the word owns it ("Spielsucht des Vaters"), as does one
    it qualifies ("psychisch kranken Eltern"); else the person named last before it in the window
    (for a `young` person not a parent who only asks, `topic_askers`); in any order the next one."""
    near = rule.near  # spelt and stemmed (`TopicIndex` adds the stems)
    after = range(at + 1, min(len(words), at + 4))
    for i in after:
        if (words[i] in near or stems[i] in near) and words[i - 1] in rule.genitive:
            return "near"
    noun = at + 1 + bool(at + 2 < len(words) and _ADJECTIVE.search(words[at + 1]))  # its adverb
    if noun < len(words) and (words[noun] in near or stems[noun] in near) and (
            noun > at + 1 or _ADJECTIVE.search(words[at])):  # "psychisch kranken Eltern" too
        return "near"  # an adjective belongs to the noun it stands before: "alkoholkranke Mutter"
    ruled_out = _ruled_out(rule, words, at)
    for i in range(at - 1, max(-1, at - rule.window - 1), -1):
        if words[i] in _HE or (words[i] == "der" and words[i - 1] in _SAYS):  # "sagt der liegt"
            ruled_out |= rule.unlike[0][1] if rule.unlike else frozenset()
        if (words[i] in near or stems[i] in near) and words[i] not in ruled_out:
            if young and asks_about(words, i, at):  # "Mutter fragt, ob es was gegen Spielsucht …"
                continue
            return "near"
        if rule.unlike and pronoun_parent(  # "…, dass er spielt, Automaten": the father's
                words, i, lambda j: words[j] in near or stems[j] in near,
                lambda j: _is_child(words[j], rule.children), rule.unlike[1][1], rule.unlike[0][1]):
            return "near"
        if words[i] in rule.babies and words[at] in rule.feeding:
            return "baby"
        if rule.children and _is_child(words[i], rule.children) and not (
                set(words[max(0, i - 3) : i]) & _ATTRIBUTIVE) and not (
                words[i] in _BROOD and (words[i - 1] in near or stems[i - 1] in near)):
            if i >= 2 and words[i - 1] in rule.genitive and (
                    words[i - 2] in near or stems[i - 2] in near) and not (
                    _WITH & set(words[i + 1 : at])):  # "… eines Schülers mit Depression": his
                return "near"  # "der Vater meines Schülers trinkt": the child says whose father
            return "child"  # not "Mama von 2 Kita-Kindern …": a child named after a parent
    if rule.any_order and any(words[i] in near for i in range(at + 1, at + rule.window + 1)
                              if i < len(words)):  # fmt: skip
        return "near"
    return None


POSSESSIVE_REACH = 3  # "wegen seines täglichen Kiffens": adjectives between possessive and word


def _ruled_out(rule: Rule, words: list[str], at: int) -> frozenset[str]:
    """The triggers a possessive right before the word rules out by their sex ("seines Kiffens"
    is no mother's)."""
    for i in range(at - 1, max(-1, at - POSSESSIVE_REACH - 1), -1):
        for possessives, others in rule.unlike:
            if words[i] in possessives:
                return others
    return frozenset()


_ATTRIBUTIVE = frozenset({"von", "mit", "fuer", "zu", "of", "with", "for"})
# children listed right after a parent are that parent's ("Mutter (Kinder 1 und 4) liegt im Bett")
_BROOD = frozenset({"kinder", "kindern", "kids", "children", "soehne", "toechter"})
# a masculine subject pronoun: what follows is said of him, not of a woman named before it
# ("der" only after a verb of saying: elsewhere it is an article, "in der Psychiatrie")
_HE = frozenset({"er", "he"})
_SAYS = frozenset({"sagt", "sagte", "meint", "meinte", "erzaehlt", "erzaehlte", "glaubt",
                   "schreibt"})
_A = frozenset({"ein", "eine", "einen", "ne", "a"})  # "trinkt eine Flasche Wein" is no feed
_WITH = frozenset({"mit", "with"})  # a condition "mit" attaches to the noun right before it
# an inflected adjective by its suffix ("alkoholkranke", "drogenabhängiger", "depressiven"), not a
# plural noun before the next clause's person ("Tochter 17 nimmt Drogen, Vater macht sich Sorgen")
_ADJECTIVE = re.compile(r"(?:ig|isch|lich|krank|iv|haft|los)(?:e|en|er|es|em)$")


def _is_child(word: str, children: frozenset[str]) -> bool:
    return (word in children or _BY_AGE.search(word) is not None
            or any(c.endswith("*") and word.startswith(c[:-1]) for c in children))


# a child named by its age ("ein 14j", "der 15-Jährige", "Vierzehnjährige"): the one the request is
# about, so its words are its own ("14j kam sturzbetrunken an, Eltern nicht erreichbar")
_BY_AGE = re.compile(r"^(?:\d+j|\w*jaehrige[rnms]?)$")


def service_hours(credit: Credit, words: list[str]) -> bool:
    """Tell whether a closing time belongs to a service named right before it ("Sprechstunde
    bis 18 Uhr", "Praxis bis 19 Uhr"): that service's hours, no need of care until then."""
    term = credit.term.split()
    return (term[0] == "bis" and term[-1] == "uhr" and credit.position > 0
            and is_generic(words[credit.position - 1]))


_PARAGRAPH = re.compile(r"§+\s*$|§+(\d+)$")  # "§ 8a", "§35a" keep their own words


def paragraphs(raw: tuple[str, ...], words: list[str]) -> list[str]:
    """Join a section sign and its number into one word ("§ 41", "§41" → "paragraf41"): a
    section of the youth-welfare code names the help it grants (`paragraf41` is aftercare for a
    young adult), and a bare number next to it is no age and no need."""
    joined = list(words)
    for i, token in enumerate(raw[: len(words)]):
        if token[:1] != "§":  # every match starts with the sign: no pattern call per word
            continue
        sign = _PARAGRAPH.match(token)
        if not sign:
            continue
        if sign.group(1):
            joined[i] = "paragraf" + words[i]
        elif i + 1 < len(words) and words[i + 1].isdigit():
            joined[i], joined[i + 1] = "paragraf", "paragraf" + words[i + 1]
    return joined
