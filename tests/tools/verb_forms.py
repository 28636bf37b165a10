"""Regenerate `bot/data/verb_forms.tsv` from simplemma's German dictionary (run by hand).

    pip install simplemma && python tests/tools/verb_forms.py > bot/data/verb_forms.tsv

The table holds, for the lemmas of the verbs and adjectives the topic vocabulary uses, every form
whose stem (`normalise.stem`) differs from its lemma's: strong verbs ("isst" → essen, "half" →
helfen). simplemma is not a dependency of the project: loading its dictionary costs ~100 MB and
seconds in every process, while the vocabulary needs a few thousand forms. Present participles are
left out (a "werdende Mutter" is not "Mutter geworden"), and so are articles, pronouns,
auxiliaries and forms spelt like a noun.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

from simplemma.strategies.dictionaries.dictionary_factory import (  # type: ignore[import-not-found]
    _load_dictionary_from_disk,
)

from bot.text import fold
from bot.understanding.normalise import suffix_stem as stem
from bot.vocabulary.lexicon import toml_strings, topic_lexicon

# articles, pronouns and auxiliaries: their forms tell nothing and collide with each other
FUNCTION_WORDS = frozenset({
    "der", "ein", "kein", "sein", "haben", "werden", "er", "sie", "es", "ihr", "ich", "du", "wir",
    "man", "jeder", "alle", "mein", "dein", "unser", "euer", "dieser", "jener", "welcher",
    "niemand", "jemand", "selbst", "solcher", "mancher", "derselbe",
})
HEADER = """\
# Forms of the verbs and adjectives of the topic vocabulary whose stem differs from their lemma's
# (strong verbs: "isst" → essen, "spricht" → sprechen, "half" → helfen), folded, form<TAB>lemma.
# Generated from simplemma's German dictionary by tests/tools/verb_forms.py, restricted to
# lemmas of words in topic_lexicon.toml and topics.csv; simplemma is no dependency."""


def main(topics_csv: Path) -> None:
    forward: dict[str, str] = {}
    forms: dict[str, set[str]] = defaultdict(set)
    dictionary = _load_dictionary_from_disk("de")
    nouns = {fold(k.decode()) for k in dictionary if k[:1].isupper()}
    for key, value in dictionary.items():
        form, lemma = key.decode(), value.decode()
        if not (form.islower() and lemma.islower()) or fold(form) in nouns:
            continue  # verbs and adjectives, and no form a noun is also spelt ("Bett", "Haut")
        form, lemma = fold(form), fold(lemma)
        if re.fullmatch(r"[a-z]+", form) and re.fullmatch(r"[a-z]+", lemma):
            forward[form] = lemma
            forms[lemma].add(form)
    vocabulary = {w for t in toml_strings(topic_lexicon()) for w in re.findall(r"[a-z]+", fold(t))}
    with topics_csv.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            vocabulary |= set(re.findall(r"[a-z]+", fold(row["synonyms_de"])))
    lemmas = {forward[w] for w in vocabulary if w in forward} - FUNCTION_WORDS
    pairs = {form: lemma for lemma in lemmas for form in forms[lemma] | {lemma}
             if stem(form) != stem(lemma) and len(form) >= 3
             and not re.search(r"end(e|em|en|er|es)?$", form)}  # fmt: skip
    print(HEADER)
    for form, lemma in sorted(pairs.items()):
        print(f"{form}\t{lemma}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/catalogue/topics.csv"))
