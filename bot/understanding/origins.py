"""Find where a family comes from: "Familie aus dem Irak", "aus Eritrea geflohen", "Herkunftsland
Somalia", "from Nigeria", "irakische Familie", "syrischer Junge".

An origin describes the family: it is context for migration and integration help, and a need asked
beside it comes first (`with_origins` credits it to `bot.understanding.topics` as a `[secondary]`
word — who the family is — with a weak word's weight; beside a sign that the family came,
"geflohen", it is strong but still secondary). Only a family that has just come ("neu hier", "gerade
angekommen", the `recent` words of the lexicon's migration `[[cooccurrence]]`) asks for migration
help by saying where it is from. Every country counts, by its German or English name after "aus",
"from" or "Herkunftsland" (an article may stand between: "aus dem Irak", "aus der Türkei", "aus den
USA"), or by its German adjective before a person ("irakische Familie", "syrischer Junge"). The
words come from Babel (`bot.vocabulary.country_names`); Germany is none.

A bare adjective is no origin: "auf Türkisch", "spricht Russisch" name a language
(`bot.understanding.languages`), and "türkische Elterngruppe" names an offer's language; only an
inflected adjective before a person or family is where someone comes from. Look-alikes ("aus der
Kita", "aus dem Urlaub", "aus Dortmund") name no country and are left alone.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache

from bot.text import fold
from bot.understanding.language_names import language_names
from bot.understanding.normalise import stem
from bot.understanding.topic_parts import Credit
from bot.vocabulary.country_names import country_names
from bot.vocabulary.lexicon import frequent_words, language_lexicon, topic_lexicon

TOPIC = "migration_integration"
TERM = "herkunft"  # the term an origin credits: a `[secondary]` word of `topic_lexicon.toml`
WEIGHT = 0.5  # as `[secondary]` words: context, never raised for standing in the asked sentence,
# also when the family came long ago ("vor zwei Jahren aus der Türkei gekommen", "geflohen")
NEW = "herkunftsland"  # the term of an origin of a family that has just come: a need named
ARRIVED = 1.2  # just come: a phrase's weight, below a need asked for ("…? ") that comes first
# words after which a country is where someone comes from
CUES = frozenset({
    "aus", "from", "herkunftsland", "herkunft", "heimatland", "nationalitaet",
    "staatsangehoerigkeit", "staatsbuergerschaft", "nationality",
})  # fmt: skip
ARTICLES = frozenset({"dem", "der", "den", "the"})
# an adjective of origin stands before a person or a family ("irakische Flüchtlingsfamilie"), not
# before a thing ("türkische Elterngruppe", "russische Untertitel")
PEOPLE = (
    "familie", "familien", "mutter", "muetter", "vater", "vaeter", "eltern", "elternteil", "mama",
    "papa", "kind", "kinder", "kindern", "sohn", "soehne", "tochter", "toechter", "junge", "jungen",
    "jungs", "maedchen", "baby", "babys", "frau", "frauen", "mann", "maenner", "jugendliche",
    "jugendlicher", "jugendlichen", "schueler", "schuelerin", "schuelerinnen", "geschwister",
    "zwillinge", "schwangere", "klientin", "klient", "klienten", "oma", "opa", "teenager",
    "fluechtling", "fluechtlinge", "gefluechtete", "gefluechteten", "herkunft", "wurzeln",
    "abstammung", "staatsangehoerigkeit", "nationalitaet", "alleinerziehende", "community",
)  # fmt: skip
# a family told of by the language it speaks ("Mama spricht nur Rumänisch", "Türkisch sprechend")
# is a family from where the language is spoken: beside a sign that it has just come ("neu in
# Bergkamen, seit 2 Monat keine Schule. Mama spricht nur rumänisch") it asks for migration help
# as a named country would. Told of alone it stays the language (`bot.understanding.languages`).
SPEAKING = frozenset({
    "spricht", "sprechen", "sprechend", "versteht", "verstehen", "redet", "reden", "kann",
    "koennen", "speaks", "speak", "speaking", "understands",
})  # fmt: skip
SPEAKING_REACH = 2  # words between the verb and the language ("spricht nur Rumänisch")
GERMAN = "de"
ATTRIBUTIVE = frozenset({"e", "en", "er", "es"})  # an adjective's endings before its person
BETWEEN = 1  # words an adjective may stand before its person ("syrische alleinerziehende Mutter")
LONGEST = 5  # words of the longest name ("St. Vincent und die Grenadinen" is longer: left out)


@dataclass(frozen=True, slots=True)
class Origin:
    start: int  # first word of the country's name or adjective
    end: int  # after its last word
    codes: str  # the countries it may name, "IQ" or "CD,CG"


@cache
def _tables() -> tuple[dict[tuple[str, ...], str], dict[tuple[str, ...], str], int]:
    names, adjectives = country_names()
    longest = max(map(len, [*names, *adjectives]), default=1)
    return names, adjectives, min(longest, LONGEST)


def _name_at(words: Sequence[str], at: int) -> tuple[int, str] | None:
    """The longest country name starting at `at`, as (end, codes); a dative plural counts
    ("aus den Niederlanden")."""
    names, _, longest = _tables()
    for size in range(min(longest, len(words) - at), 0, -1):
        phrase = tuple(words[at : at + size])
        codes = names.get(phrase)
        if codes is None and phrase[-1].endswith("n"):
            codes = names.get((*phrase[:-1], phrase[-1][:-1]))
        if codes is not None:
            return at + size, codes
    return None


def _adjective_at(words: Sequence[str], at: int) -> tuple[int, str] | None:
    """An adjective of origin starting at `at` before a person, as (end, codes)."""
    _, adjectives, _ = _tables()
    for size in (2, 1):  # "saudi arabische", "us amerikanische" before "arabische"
        phrase = tuple(words[at : at + size])
        codes = adjectives.get(phrase) if len(phrase) == size else None
        if codes is None:
            continue
        end = at + size
        if any(w.endswith(PEOPLE) for w in words[end : end + BETWEEN + 1]):
            return end, codes
    return None


def origins(words: Sequence[str]) -> list[Origin]:
    """Every place of origin in the folded words of a request, in order."""
    found: list[Origin] = []
    i = 0
    while i < len(words):
        hit = None
        if words[i] in CUES and i + 1 < len(words):
            at = i + 2 if words[i + 1] in ARTICLES and i + 2 < len(words) else i + 1
            hit = _name_at(words, at)
            if hit is None and at == i + 2:  # "aus Den Haag" would be a name after all
                at, hit = i + 1, _name_at(words, i + 1)
            if hit is not None:
                found.append(Origin(at, hit[0], hit[1]))
                i = hit[0]
                continue
        hit = _adjective_at(words, i)
        if hit is not None:
            found.append(Origin(i, hit[0], hit[1]))
            i = hit[0]
            continue
        i += 1
    return found


@cache
def _language_names() -> dict[str, str]:
    """Folded language names (Babel's and `languages.toml`'s) that are no everyday word."""
    names = dict(language_names()[0])
    names.update(language_lexicon()["codes"])
    ordinary = frequent_words()
    return {n: c for n, c in names.items() if c != GERMAN and n not in ordinary}


def spoken_origins(words: Sequence[str]) -> list[Origin]:
    """Languages the text says someone speaks ("spricht nur rumänisch", "Türkisch sprechend"), as
    origins without a country: they tell where the family is from only beside a sign of arrival."""
    names = _language_names()
    found: list[Origin] = []
    for i, word in enumerate(words):
        if word in names:
            around = words[max(0, i - SPEAKING_REACH - 1) : i + 2]
            if SPEAKING.intersection(around):
                found.append(Origin(i, i + 1, ""))
    return found


@cache
def _arrival() -> tuple[frozenset[str], frozenset[str], int]:
    """Words that tell a family came ("geflohen", "gekommen"), those of them that tell it has
    just come ("neu", "angekommen"), and how far from the origin they may stand: `near`,
    `recent` and `window` of the lexicon's migration `[[cooccurrence]]`."""
    for rule in topic_lexicon().get("cooccurrence", ()):
        if rule["topic"] == TOPIC:
            near = frozenset(w for n in rule["near"] for w in (fold(n), stem(fold(n))))
            recent = frozenset(w for n in rule.get("recent", ()) for w in (fold(n), stem(fold(n))))
            return near, recent, int(rule["window"])
    return frozenset(), frozenset(), 0


def _arrived(words: Sequence[str], origin: Origin) -> tuple[bool, bool]:
    """Whether a word near the origin tells the family came, and whether it has just come."""
    near, recent, window = _arrival()
    around = [*range(max(0, origin.start - window), origin.start),
              *range(origin.end, min(len(words), origin.end + window))]  # fmt: skip
    signs = {w for i in around for w in (words[i], stem(words[i]))}
    return bool(signs & near), bool(signs & recent)


def with_origins(words: Sequence[str], credits: list[Credit],
                 topics: Collection[str]) -> list[Credit]:  # fmt: skip
    """The credits with one for migration help per origin: weak where it only tells who the family
    is, strong beside a sign that it came ("aus Eritrea geflohen", "vor zwei Jahren aus der Türkei
    gekommen") — still a `[secondary]` word then, so a need asked for beside it comes first — and a
    need of its own when the family has just come ("neu hier", "gerade angekommen": migration help
    is named, after a need asked for). The cue's own credit yields to it ("Herkunftsland Somalia"
    counts once), and a country's words name no other need ("aus den Vereinigten Staaten" is no
    sports club)."""
    if TOPIC not in topics:
        return credits
    credits = described_arrivals(words, credits)
    found = origins(words)
    if not found:  # no country: a language spoken, beside a sign that the family has just come
        found = [o for o in spoken_origins(words) if _arrived(words, o)[1]][:1]
    if not found:
        return credits
    inside = {i for o in found for i in range(o.start, o.end)}
    cues = {i for o in found for i in range(o.start - 2, o.start) if i >= 0 and words[i] in CUES}
    kept = [c for c in credits if c.position not in inside and not (
        c.position in cues and c.topic == TOPIC)]  # fmt: skip
    near, _, window = _arrival()
    # a sign of arrival that names migration itself ("geflüchtet"): origin and sign are one story
    told = [c.position for c in kept if c.topic == TOPIC and c.strong
            and (words[c.position] in near or stem(words[c.position]) in near)]  # fmt: skip
    for origin in found:
        if any(origin.start - window <= p < origin.end + window for p in told):
            continue  # "aus dem Jemen geflüchtet" counts once
        came, just = _arrived(words, origin)
        kept.append(Credit(origin.start, NEW if just else TERM, TOPIC, ARRIVED if just else WEIGHT,
                           came or just))  # fmt: skip
    return kept


def described_arrivals(words: Sequence[str], credits: list[Credit]) -> list[Credit]:
    """The credits with an arrival told as a person's attribute ("Treffpunkte für geflüchtete
    Mütter mit Babys", "zugewanderte Eltern") weakened to who the family is, as an adjective of
    origin is ("syrische Mütter"): the meeting place asked for is the need, and migration help
    only where nothing else is asked. The noun ("Angebote für Geflüchtete") and the predicate
    ("sie sind geflüchtet") stay as strong as before."""
    attributive = _attributive_arrivals()
    weakened = []
    for c in credits:  # only a strong migration credit can be weakened: the others are not read
        if c.topic == TOPIC and c.strong:
            word = words[c.position] if c.position < len(words) else ""
            if word in attributive and any(
                    w.endswith(PEOPLE) for w in words[c.position + 1 : c.position + BETWEEN + 2]):
                c = Credit(c.position, TERM, TOPIC, WEIGHT, False)
        weakened.append(c)
    return weakened


@cache
def _attributive_arrivals() -> frozenset[str]:
    """Every sign of arrival with an adjective's ending ("geflüchtete"), built once: a word is
    looked up, not compared with each sign in turn."""
    near, _, _ = _arrival()
    return frozenset(n + ending for n in near for ending in ATTRIBUTIVE)
