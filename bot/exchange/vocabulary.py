"""Turn the place and topic words of a planner's list into gazetteer and taxonomy keys.

A cell is one name (or a short list), not a sentence, so matching is stricter than in
understanding: key, official name, alias, postcode, then one forgiven typo. A name that several
places share ("Mitte", "Stockum") is decided by the offer's own municipality; otherwise it is
reported, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.catalogue.gazetteer import Gazetteer
from bot.models import Place, Topic
from bot.text import fold, fold_plain

FUZZY_PLACE = 88  # rapidfuzz ratio: "Bergkammen", "Lunen", "Fröndenberg Ruhr"
FUZZY_TOPIC = 86
_PLACE_PREFIX = re.compile(
    r"^(?:stadt|gemeinde|hansestadt|kreisstadt|stadtteil|ortsteil|"
    r"ot|st)\s+"
)
_WHOLE_KREIS = {
    "kreisweit",
    "ganzer kreis",
    "gesamter kreis",
    "alle kommunen",
    "kreisgebiet",
    "ganzer kreis unna",
    "gesamtes kreisgebiet",
    "kreis",
}


# "alle Kommunen des Rhein-Sieg-Kreises", "ganzer Kreis", "das gesamte Kreisgebiet"
_WHOLE = re.compile(
    r"^(?:alle (?:kommunen|staedte und gemeinden|staedte|gemeinden|orte)|"
    r"(?:der |das |die )?(?:ganze[rsn]?|gesamte[rsn]?) kreis\w*)\b"
)


def _forms(text: str) -> set[str]:
    """Return the comparison forms of a name: umlauts spelled out and dropped."""
    forms = set()
    for variant in (fold(text), fold_plain(text)):
        words = re.findall(r"[a-z0-9]+", variant)
        if words:
            forms.add(" ".join(words))
    return forms


@dataclass(frozen=True, slots=True)
class Resolved:
    key: str | None
    candidates: tuple[str, ...] = ()  # several places fit and the context did not decide
    fuzzy: bool = False  # found by forgiving a typo: worth a note in the report


class PlaceResolver:
    """Names, aliases and postcodes of one gazetteer, compiled once per import."""

    def __init__(self, places: Iterable[Place]) -> None:
        self.gazetteer = Gazetteer(places)
        self.tiers: list[dict[str, set[str]]] = [{}, {}, {}]  # key, name, alias
        for place in self.gazetteer.places.values():
            for tier, names in enumerate(
                (
                    [place.key, place.key.replace("-", " ")],
                    [place.name, place.name.split("(")[0]],
                    [*place.aliases, *(a.split("(")[0] for a in place.aliases)],
                )
            ):
                for name in names:
                    for form in _forms(name):
                        self.tiers[tier].setdefault(form, set()).add(place.key)
        self.postcodes: dict[str, set[str]] = {}
        for place in self.gazetteer.municipalities:
            for code in place.postcodes:
                self.postcodes.setdefault(code, set()).add(place.key)
        self.kreis = next(
            (p.key for p in self.gazetteer.places.values() if p.kind == "kreis"), None
        )
        self._choices = sorted({form for tier in self.tiers for form in tier if len(form) >= 4})

    def resolve(
        self, text: str, context: str | None = None, prefer: str | None = None
    ) -> Resolved:
        """Return the place a cell names; `context` is the offer's municipality, if known.

        `prefer` is the kind the column names ("district" for Stadtteil): where a district has
        its town's name (Hamburg's Stadtteil Eimsbüttel in the Bezirk Eimsbüttel), it decides.
        """
        forms = _forms(str(text))
        if not forms:
            return Resolved(None)
        if self.kreis and (forms & _WHOLE_KREIS or any(_WHOLE.match(f) for f in forms)):
            return Resolved(self.kreis)
        forms |= {_PLACE_PREFIX.sub("", f) for f in forms}
        for tier in self.tiers:
            keys = set().union(*(tier.get(f, set()) for f in forms))
            if keys:
                return self._decide(keys, context, prefer)
        postcode = re.search(r"\b(\d{5})\b", str(text))
        if postcode and postcode[1] in self.postcodes:
            rest = re.sub(r"\b\d{5}\b", " ", str(text)).strip(" ,")
            if rest:
                named = self.resolve(rest, context)
                if named.key:
                    return named
            return self._decide(self.postcodes[postcode[1]], context)
        best = max(forms, key=len)
        found = process.extractOne(best, self._choices, scorer=fuzz.ratio, score_cutoff=FUZZY_PLACE)
        if found:
            keys = set().union(*(tier.get(found[0], set()) for tier in self.tiers))
            decided = self._decide(keys, context)
            return Resolved(decided.key, decided.candidates, fuzzy=True)
        return Resolved(None)

    def _decide(self, keys: set[str], context: str | None, prefer: str | None = None) -> Resolved:
        if len(keys) == 1:
            return Resolved(next(iter(keys)))
        gazetteer = self.gazetteer
        if prefer:
            kind = {k for k in keys if gazetteer[k].kind == prefer}
            if context:
                kind = {k for k in kind if gazetteer.municipality_of(k) == context} or kind
            if len(kind) == 1:
                return Resolved(next(iter(kind)))
        if context:
            inside = {k for k in keys if k == context or gazetteer.municipality_of(k) == context}
            if len(inside) == 1:
                return Resolved(next(iter(inside)))
        # a town named together with its own districts means the town
        leaves = {k for k in keys if not any(k in gazetteer.ancestors(o) for o in keys if o != k)}
        tops = keys - leaves
        if len(tops) == 1 and all(next(iter(tops)) in gazetteer.ancestors(k) for k in leaves):
            return Resolved(next(iter(tops)))
        return Resolved(None, tuple(sorted(keys)))


class TopicResolver:
    """Keys, labels and synonyms of the taxonomy, so planners can write words they know."""

    def __init__(self, topics: Iterable[Topic]) -> None:
        self.terms: dict[str, set[str]] = {}
        for topic in topics:
            names = [
                topic.key,
                topic.key.replace("_", " "),
                topic.label_de,
                topic.label_en,
                *topic.synonyms,
            ]
            for name in names:
                for form in _forms(name):
                    self.terms.setdefault(form, set()).add(topic.key)
        self._choices = sorted(t for t in self.terms if len(t) >= 4)

    def _one(self, part: str) -> tuple[set[str], bool]:
        forms = _forms(part)
        keys = set().union(*(self.terms.get(f, set()) for f in forms)) if forms else set()
        if keys or not forms:
            return keys, False
        found = process.extractOne(
            max(forms, key=len), self._choices, scorer=fuzz.ratio, score_cutoff=FUZZY_TOPIC
        )
        return (set(self.terms[found[0]]), True) if found else (set(), False)

    def resolve(self, cell: str) -> tuple[tuple[str, ...], list[str], list[str]]:
        """Return (topic keys, words that named no topic, words matched by forgiving a typo)."""
        keys: list[str] = []
        unknown: list[str] = []
        fuzzy: list[str] = []
        for part in re.split(r"[;\n|]", str(cell)):
            part = part.strip()
            if not part:
                continue
            found, forgiven = self._one(part)
            pieces = [(part, found, forgiven)]
            if not found:  # "Sprachförderung, Frühe Hilfen" / "Kita und OGS"
                pieces = [
                    (p.strip(), *self._one(p))
                    for p in re.split(r",|/| und | & |\+", part)
                    if p.strip()
                ]
            for text, piece_keys, piece_fuzzy in pieces:
                if not piece_keys:
                    unknown.append(text)
                    continue
                if piece_fuzzy:
                    fuzzy.append(text)
                keys.extend(k for k in sorted(piece_keys) if k not in keys)
        return tuple(keys), unknown, fuzzy
