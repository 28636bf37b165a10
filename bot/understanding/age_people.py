"""Whose age a number after a person noun is: the child's, a role's, another person's, an adult's.

Kept apart from `age_mentions` (which finds the mentions) so that each file has one job: here
the judgements of the words around a number that name a person — a parent before a bracket, a
sibling after an age adjective, a partner, a difference in age, a role noun, a thing that only
ends like a child noun ("Oberschenkel").
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.privacy.redact import first_names
from bot.understanding import age_patterns as ap
from bot.understanding.age_spans import SpanJudge, child_word
from bot.vocabulary.units import MONTHS_PER_YEAR

ADULT = 18 * MONTHS_PER_YEAR

# a partner named by age: "sie ist mit nem 22-jährigen zusammen", "geht mit einem 19-Jährigen"
_PARTNER_BEFORE = re.compile(r"\bmit\s+(?:nem|nen|n|einem|einen|ner|einer|dem|der|ihrem|seinem"
                            r"|seiner|ihrer)\s+$")  # fmt: skip
_PARTNER_AFTER = re.compile(r"\s*(?:zusammen|befreundet|liiert|verlobt|verheiratet|in\s+einer"
                           r"\s+beziehung|ausgeht|aus\b|rum|rummacht|schlaeft|geht\b)")  # fmt: skip
# a difference of ages names nobody's age: "10 Jahre älter", "älter um 10 Jahre", "ten years
# older than her", "starszy o 10 lat" (rewritten to "älter um 10 Jahre")
_COMPARATIVE = r"(?:aelter\w*|juenger\w*|older|younger)"
_DIFFERENCE_BEFORE = re.compile(rf"\b{_COMPARATIVE}\s+(?:um|by|als)?\s*$")
_DIFFERENCE_AFTER = re.compile(rf"\s*(?:alt\w*\s+)?{_COMPARATIVE}\b")
# a particle that puts a number as someone's age ("erst 16", "gerade einmal 15", "schon 9")
_PARTICLES = ("erst", "gerade", "schon", "bereits", "inzwischen", "mittlerweile", "jetzt", "knapp",
              "fast", "noch", "just", "only", "already")
# a copula that closes a subordinate clause after the number: "dass die Braut erst 16 ist,"
_FINAL_COPULA = re.compile(r"\s*(?:ist|sind|war|waren|wird|is)\b\s*(?:$|[,;:!?)]|\.(?!\d)|und\b"
                           r"|aber\b|oder\b)")
# pronouns and articles that end like a person noun ("-er", "-in") but name no one
_FUNCTION_WORDS = frozenset({"meiner", "deiner", "seiner", "ihrer", "unserer", "eurer", "einer",
                             "keiner", "jeder", "dieser", "jener", "welcher", "aller", "anderer",
                             "der"})
# words that lead from a parent to someone else ("Mutter mit Baby (3 Mon.)", "Vater von Tim (8)"),
# also "von" fused with its article as people say it: "Der Papa vom Ben (2)", "Mama vonm Tim (5)"
_LINKS = frozenset({"mit", "von", "vom", "vonm", "und", "des", "der", "ihrem", "ihres", "ihrer",
                    "seinem", "seines", "seiner", "with", "of", "and", "hat", "has",
                    "eines", "einer", "eine", "einem"})  # "Mutter eines Angeklagten (15)"


# words that make a parent the one who tells ("laut Mutter", "nach Angaben der Oma", "according
# to mum"), not the one whose age is told
_REPORTED = frozenset({"laut", "lt", "angaben", "aussage", "according", "zufolge", "meint",
                       "sagt", "sagte"})


class PersonJudge(SpanJudge):
    """Judgements of the person a number belongs to, in one normalised text."""

    def parent_before(self, start: int, word: str = "") -> bool:
        """Tell whether an age in brackets describes a parent named just before: "beide Eltern
        minderjährig (15 und 16)", "Mutter sehr jung (16)", "Mutter Anna (16)" (but "Mama mit
        Zwillingen (3)", nor a name told apart from the parent: "der Eltern weint Mila (4)")."""
        clause = re.split(r"[,;.:!?]", self.text[max(0, start - 40) : start])[-1]
        lead = re.findall(r"[a-z]+", clause)[-3:]
        for i, noun in enumerate(lead):
            if noun in self.vocab.adult_nouns:
                rest = lead[i + 1 :]
                if rest and word in first_names():
                    return False
                return not any(w in _LINKS or child_word(w, self.vocab) for w in rest)
        return False

    def friend(self, noun: str, low: int, start: int) -> bool:
        """Tell whether a word that names a partner or a friend ("Freundin", "Freund") names a
        friend: with a minor's age it is a young person's friend ("meine freundin (14) hat
        erzählt …", as a teenager writes), whom the request is about when no child of its own is
        named — never a parent's partner, who would be an adult."""
        vocab = self.vocab
        return (low < ADULT and noun in vocab.adult_nouns and noun in vocab.other_person_nouns
                and not self.parents_partner(noun, start))

    def parents_partner(self, noun: str, start: int) -> bool:
        """Tell whether "ihr Freund" follows a parent in its sentence ("Mutter (16) und ihr
        Freund (17)"): the parent's partner, however young."""
        sentence = re.split(r"[.!?;]\s", self.text[max(0, start - 80) : start])[-1]
        words = re.findall(r"[a-z]+", sentence)
        if not words or words[-1] != noun or len(words) < 2 or not words[-2].startswith(
                ("ihr", "sein", "her", "his")):  # fmt: skip
            return False
        return any(w in self.vocab.adult_nouns and w not in self.vocab.other_person_nouns
                   for w in words[:-2])

    def someone_else(self, end: int) -> bool:
        """Tell whether an age adjective belongs to another person ("12-jährigen Bruder")."""
        after = re.match(r"\s*([a-z]+)", self.text[end : end + 30])
        return bool(after) and after.group(1) in self.vocab.other_person_nouns

    def parent_after(self, end: int) -> bool:
        """Tell whether an age adjective belongs to one parent ("17-jährige Mutter mit Baby"):
        its ending agrees with the noun ("mit 6-Jährigem Eltern streiten" lost a full stop)."""
        after = re.match(r"\s*([a-z]+)", self.text[end : end + 30])
        noun = after.group(1) if after else ""
        return (noun in self.vocab.adult_nouns and self.vocab.genders.get(noun) in ("m", "f")
                and not re.search(r"(?:em|es)$", self.text[max(0, end - 3) : end]))

    def partner(self, start: int, end: int) -> bool:
        """Tell whether an age adjective names a partner ("sie ist mit nem 22-jährigen
        zusammen"): a partner's age is never the child's, whatever the number."""
        return bool(_PARTNER_BEFORE.search(self.text[max(0, start - 20) : start])
                    and _PARTNER_AFTER.match(self.text, end))

    def parent_copula(self, before: str) -> bool:
        """Tell whether a number follows a parent and a copula ("die Mutter ist übrigens
        selbst erst 18", "Papa ist 16"): the parent's age, no candidate for the child's."""
        clause = re.split(r"[,;:!?(]|\.\s", before)[-1]
        words = re.findall(r"[a-z]+", clause)
        return any(word in self.vocab.adult_nouns and words[i + 1] in ap.COPULA
                   # "laut Mutter ist er erst 15", "nach Angaben der Oma ist die Kleine 4": the
                   # parent tells the child's age, the subject stands after the copula
                   and not (i and words[i - 1] in _REPORTED) and not (i > 1 and words[i - 2]
                                                                      in _REPORTED)
                   and words[i + 2 : i + 3] not in (["er"], ["sie"], ["es"], ["he"], ["she"],
                                                    ["der"], ["die"], ["das"])
                   for i, word in enumerate(words[:-1]))  # fmt: skip

    def difference(self, start: int, end: int) -> bool:
        """Tell whether years are a difference between two people ("ihr Freund ist 10 Jahre
        älter"): a partner's or sibling's distance in age is no one's age."""
        return bool(_DIFFERENCE_BEFORE.search(self.text[max(0, start - 20) : start])
                    or _DIFFERENCE_AFTER.match(self.text, end))

    def no_person(self, noun: str) -> bool:
        """Tell whether a word ending like a child noun names a thing ("Oberschenkel" is no
        "Enkel", "Saison" no "son"): a number after it is no age. The thing's word must be longer
        than the child noun it ends in: "Geschwisterkinder 8 und 12" stay children."""
        return _thing_word(noun, self.vocab.child_nouns, self.vocab.not_person_words)

    def class_list(self, noun: str, end: int) -> bool:
        """Tell whether numbers after children start a list of classes ("Geschwister 1 und 3
        Klasse"); after one child the first number stays its age ("Mädchen 8 und 3. Klasse")."""
        plural = noun.endswith(("geschwister", "kinder", "kindern", "kids", "children", "jungs"))
        return plural and bool(ap.CLASS_LIST.match(self.text, end))  # "Mädchen" may be one

    def person_kind(self, noun: str, young: bool) -> str | None:
        """Return whose age follows a noun: role, other, adult — or None for no person."""
        vocab = self.vocab
        if young and noun in vocab.young_adult_nouns:
            return "role"
        if noun in vocab.adult_nouns:
            return "adult"
        if noun in vocab.other_person_nouns:
            return "other"
        roles = vocab.role_nouns
        if noun in roles or any(noun.endswith(r) for r in roles if len(r) > 4):
            return "role"  # also compounds: "Azubi-Abbrecherin", "Careleaverin"
        if noun in vocab.not_person_words or noun in vocab.stages or noun in vocab.pregnancy or len(
                noun) < 5:  # "schwanger, 7. Monat": the pregnancy's month
            return None
        if any(noun.endswith(w) for w in vocab.not_person_words if len(w) >= 5):
            return None  # "Hausnummer 14"
        if noun in _FUNCTION_WORDS:
            return None  # "ein Schüler aus meiner 5 (12 J.)": the writer's class, no person
        if noun.endswith(("erin", "innen", "in", "er", "ler", "ling", "and", "ent")):
            return "role"  # Seiteneinsteigerin, Ausbildungsabbrecher, Konfirmand, Klient
        return None

    def abbreviated_role(self, noun: str) -> bool:
        """Tell whether a word written with a dot ends in a role's short form ("assjgl" of
        "ASS-Jgl.", "umfpat"): in a file note the part before it says which young person."""
        return any(noun.endswith(r) and len(noun) > len(r) for r in self.vocab.role_nouns
                   if 3 <= len(r) <= 4)

    def clause_copula(self, start: int, end: int) -> bool:
        """Tell whether a number is someone's age by a copula of its clause further away than
        two words or closing it: "die Braut aus Bergkamen laut Pass erst 16 ist", "der
        Bräutigam ist nach seinem Ausweis gerade einmal 17". A particle before the number
        ("erst", "gerade einmal", "schon") must say that it is an age; a parent's clause stays
        the parent's ("die Mutter ist laut Akte erst 17")."""
        clause = re.split(r"[,;:!?(]|\.\s", self.text[max(0, start - 80) : start])[-1]
        words = re.findall(r"[a-z]+", clause)
        if words[-2:] in (["gerade", "einmal"], ["gerade", "mal"]):
            words = words[:-1]
        if not words or words[-1] not in _PARTICLES:
            return False
        if any(word in self.vocab.adult_nouns for word in words):
            return False
        return bool(_FINAL_COPULA.match(self.text, end)) or any(w in ap.COPULA for w in words)


@lru_cache(maxsize=8192)
def _thing_word(noun: str, child_nouns: tuple[str, ...], things: frozenset[str]) -> bool:
    """`PersonJudge.no_person` by the word alone: it is asked for every noun before a number of
    every request, and tries two hundred endings (words recur: kept)."""
    tail = max((len(w) for w in child_nouns if noun.endswith(w)), default=0)
    return any(noun.endswith(w) for w in things if len(w) > max(tail, 4))
