"""Is a number with a unit an age or a span of time? "Baby 7 Wochen" is an age, "seit 7 Wochen",
"6 Wochen Klinik" and "soll ein Jahr zurückgestellt werden" are spans.

`age_mentions._Reader` inherits these judgements; they read only the text around one number, so
they live apart from the reader that walks all numbers.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

from bot.understanding import age_patterns as ap
from bot.understanding.age_lasting import lasting
from bot.understanding.age_patterns import words_before
from bot.understanding.age_school import school_years
from bot.vocabulary.lexicon import AgeVocabulary

# a span right before these words is a delay, not an age: "soll ein Jahr zurückgestellt werden",
# "2 Jahre verzögert", "ein Jahr später"
_DELAY = re.compile(r"\s*(?:zurueck\w*|spaeter|frueher|laenger|verspaetet|verzoegert|eher\b)")
# a span right before these words is how long a state has lasted, not an age: "ist erst 3 Jahre in
# Deutschland", "2 Jahre hier", "5 Jahre verheiratet"
# ("od 3 miesięcy w Niemczech", "2 sal li Almanya": a preposition of another language before the
# country's name, rewritten to "deutschland", says the same)
_STATE = re.compile(r"\s*(?:(?:schon\s+|erst\s+)?(?:hier|in\s+(?:deutschland|germany|dtl|de|d)\b"
                    r"|[a-z]{1,3}\s+(?:deutschland|germany)\b"
                    r"|im\s+land|in\s+this\s+country|verheiratet|geschieden|getrennt|arbeitslos"
                    r"|in\s+haft)\b)")
# who opens a clause of its own: a pronoun or an article ("und die sitzt", "und er ist in Haft")
_NEW_SUBJECT = r"(?:die|der|das|sie|se|er|es|ich|wir|ihr|the|she|he|they|i|we)\b"
_STAY = re.compile(r"\s*(?:klinik\w*|krankenhaus|reha\w*|kur\b|psychiatrie|kjp\b|station\w*"
                   r"|hospital|clinic|krank\w*|stationaer\w*)")  # fmt: skip
# a stay told before its length in brackets or after a comma: "Mutter in der Psychiatrie (3
# Wochen)", "Vater in Reha, 2 Monate" (not a child's ward: "Kinderklinik (3 Wochen)", "Neo")
_STAYED = re.compile(r"(?<![a-z])(?:klinik\w*|krankenhaus|reha\w*|kur|psychiatrie|kjp"
                     r"|stationaer|haft|entzug|therapie)\s*[(,:]\s*$")
# how a span of time is rounded ("vor gut einem Jahr", "seit mehr als 2 Jahren"); only before a
# word of time ("vor", "seit") do they make a span, "knapp 3 Jahre" alone stays an age
_ROUGHLY = frozenset({"gut", "guten", "gute", "knapp", "fast", "mehr", "als", "ueber", "schon",
                      "bald", "rund", "about", "almost", "over", "than", "more", "nearly"})
# the age told as today's: "heute 5 Mon.", and as a report marks it over an earlier one ("U6 mit
# 11 Mon., aktuell 14 LM")
_TODAY = frozenset({"heute", "today", "aktuell", "derzeit", "currently"})
# a span before these words is time missed or spent there: "verpasst 6 Wochen Schule"
_MISSED = re.compile(r"(?:schule|unterricht|schulzeit|school|kita|kindergarten|training)$")
_CONTRACTED = re.compile(r"\b(he|she|it|they|we|you)\s*['’]\s*(?:s|re)\b")
_YEARS_OLD = re.compile(r"(\d{1,2})\s*-?\s*jaehrig")  # "10–14-Jährige": the older end's number
OLDER_YEARS = 3  # children named this many years old or more are past infancy
# years named with a unit, a child's from 3 to 17 ("ein Junge, 10 Jahre"): days or months told
# alone beside them are how long something lasted ("Fastenzeit (43 Tage)", "neu in Deutschland,
# 3 Monate"), not a baby's age
_CHILD_YEARS = re.compile(r"(?<![\d.,;])(\d{1,2})\s*(?:jahre|jahr|j\b|years|year|yrs)")
_SPAN_WORDS = re.compile(r"\s*(?:im|in|bei|zu|zur|zum|auf|mit|ohne|lang|weg|krank|da|dort|zeit"
                         r"|nicht|nie|keine?n?)\b")  # fmt: skip


_SETTINGS = Path(__file__).resolve().parent.parent / "data" / "age_settings.toml"


@cache
def _under_three_settings() -> frozenset[str]:
    """Places of care that take children under three too ("Kita"), from the data file."""
    return frozenset(tomllib.loads(_SETTINGS.read_text(encoding="utf-8"))["under_three"])


def child_word(word: str, vocab: AgeVocabulary) -> bool:
    """Tell whether a word names a child, also inflected ("Tageskinds", "Kindes", "Pflegekind")."""
    stems = (word, word[:-1], word[:-2]) if word.endswith("es") else (word, word[:-1])
    if any(stem.endswith(vocab.child_nouns) for stem in stems):  # one C call per stem
        return True
    # a plural umlauts its stem ("Söhne", "Töchter", "Brüder"): the singular is the child noun
    plain = _UMLAUT_PLURAL.sub(lambda m: m.group()[0], word) if "e" in word else word
    return plain != word and any(s.endswith(vocab.child_nouns) for s in (plain, plain[:-1],
                                                                         plain[:-2]))


# the last umlaut of a folded word, the one a plural puts on the stem ("soehne" → "sohne")
_UMLAUT_PLURAL = re.compile(r"(?:ae|oe|ue)(?=[^aeiou]+(?:e|er|ern|en)?$)")


# a span per period is how often, never how old: "Tagesmutter 3 Tage pro Woche", "Kita 5 Tage
# die Woche", "2 Monate im Jahr bei der Oma", "3 days a week"
_FREQUENCY = re.compile(r"\s*(?:pro|je|per|/|die|in\s+der|im|a|an?\s+the)\s*"
                        r"(?:woche|wo|monat|mon|jahr|week|wk|month|year)\b")  # fmt: skip
# two numbers of one unit joined into a range: a frequency ("alle 2 Jahre") never is one
_RANGE = re.compile(r"\d{1,2}\s*(?:-|–|bis|to)\s*\d")


class SpanJudge:
    """Judgements of one number with a unit in a normalised text."""

    text: str
    vocab: AgeVocabulary
    expecting: bool

    def person_kind(self, noun: str, young: bool) -> str | None:  # pragma: no cover - overridden
        raise NotImplementedError

    def duration(self, start: int, end: int) -> bool:
        """Tell whether a number with a unit is a time span or someone else's age."""
        if _FREQUENCY.match(self.text, end):
            return True  # "3 Tage pro Woche": how often
        vocab = self.vocab
        before = words_before(self.text, start, 2)  # hedges skipped: "Säugling (ca. 6 Monate)"
        ahead = ap.HEDGE.sub(" ", self.text[max(0, start - 48) : start])  # "(ca. 9 Monate)"
        clause = re.split(r"[,;:!?]|\.\s|\b(?:fuer|bei|mit|for)\b", ahead)[-1]
        recent = re.findall(r"[a-z]+", clause)[-4:]  # "Wartezeit", also in "KJP-Wartezeit"
        waiting = any(word.endswith(cue) for word in recent for cue in vocab.waiting_words)
        # "Wartezeit bei uns 5 Mon.": the waiting word may stand before "bei" or "für", no
        # other number between ("Warteliste 1 Jahr … für 2jährigen" is the child's age)
        # (time54) a word that dates the span or rounds it stands aside: "Wartezeit
        # Frühförderung für Schwerte aktuell 7 Monate" waits as "… für Schwerte 7 Monate" does
        tail = [w for w in re.findall(r"[a-z]+", re.split(r"[,;:!?\d]|\.\s", ahead)[-1])
                if w not in _TODAY and w not in ap.APPROXIMATE]
        waiting = waiting or any(word.endswith(cue) for word in tail[-4:-1]
                                 for cue in vocab.waiting_words)  # fmt: skip
        word = before[-1] if before else ""
        person = re.match(r"\s*([a-z]+)", self.text[end : end + 30])
        if "jaehrig" in self.text[start:end] and person and (
                child_word(person.group(1), vocab) or person.group(1) in vocab.role_nouns):
            return False  # "liegt vor 15-jährige Schülerin": a person's age, however led in
        # "beim Termin Tochter (10 Jahre)", "im Termin hatte der Sohn 5 Jahre blaue Flecken": a
        # child noun right before the number makes it the child's age, whatever waiting came before
        own = bool(word) and child_word(word, vocab) and not re.search(
            r"[,:;]\s*$", self.text[max(0, start - 4) : start])
        if _checked_at(self.text, start):
            return False  # "U10-Termin (8 J.)": the child's age at its check-up, no waiting
        if word and re.search(r"[,:;(]\s*$", self.text[max(0, start - 4) : start]):
            word = ""  # "liegt vor: 15-jährige Schülerin", "Eltern (14-jähriger schwänzt)"
        if word in ("von", "of") and len(before) == 2 and child_word(before[0], vocab):
            return False  # "ein Säugling von 6 Wochen", "a baby of 8 months": its age
        if word in _ROUGHLY:  # "vor gut einem Jahr", "seit knapp 2 Jahren": still a span
            word = next((w for w in reversed(words_before(self.text, start, 4))
                         if w not in _ROUGHLY), word)
        if word in ("alle", "all") and _RANGE.match(self.text, start, end):
            return False  # "Kl. 10, alle 16–17 J.": all of them that old; "alle 2 Jahre" repeats
        if word == "an" and re.search(r"tagen\b", self.text[start:end]):
            return True  # "An zwei Tagen hatte sie Striemen": on which days, not how old
        if (_DELAY.match(self.text[end : end + 20]) and "jaehrig" not in self.text[start:end]
                and not (word and child_word(word, vocab))):
            # "ein Jahr zurückgestellt"; but "Kind 6 Jahre zurückgestellt", and a person's
            # "-jährig" is never a delay ("zwanzigjähriger früher im Heim")
            return True
        if (_STATE.match(self.text[end : end + 30]) and "jaehrig" not in self.text[start:end]
                and not (word and child_word(word, vocab))):
            return True  # "Familie ist erst 2 Jahre in Deutschland"; but "Sohn 3 Jahre hier"
        if self.sentenced(start, end):
            return True  # "5 J. Freiheitsstrafe", "Urteil: 4 Jahre und 6 Monate"
        named = bool(word) and (child_word(word, vocab) or word in vocab.role_nouns)
        if "jaehrig" not in self.text[start:end] and lasting(self.text, start, end, named):
            return True  # "wohnt erst 2 Jahre bei …", "nur 1 Jahr zur Schule gegangen ist"
        # "junger Mann 18 Jahre": the young adult asked about, not a span after an adult noun
        young = word in vocab.young_adult_nouns and len(before) == 2 and before[0].startswith(
            ("jung", "young"))
        # "dx in 15 y/o girl": "alt"/"old" after the unit makes it an age, whatever word led in
        aged = bool(re.search(r"(?:alt|old)\s*$", self.text[start:end]))
        return (word in vocab.not_age_before and not aged) or (
            word in vocab.adult_nouns and not young) or (
            waiting and not own)

    def sentenced(self, start: int, end: int) -> bool:
        """Tell whether a span is a sentence or a term served: a sentence word follows within
        three words of its clause ("2 Jahre auf Bewährung"), with no person named between
        ("Kind 4 Jahre Vater in Haft" is the child's age), or leads the clause ("Urteil: 4
        Jahre und 6 Monate")."""
        vocab = self.vocab
        before = words_before(self.text, start, 1)
        if before and (child_word(before[-1], vocab) or before[-1] in vocab.role_nouns) and (
                not re.search(r"\d[\s,;]*$", self.text[max(0, start - 8) : start])):
            # "Jugendlicher 16 Jahre, Bewährungshelfer sagt …": his age (but the noun's own
            # number stands between in "Tochter 4, 6 Wochen Elternzeit des Vaters")
            return False
        after = re.sub(r"^\s*(?:und|and)\s+\d+\s*\w+", " ", self.text[end : end + 60])
        # "die sind getz 5 Monate und die sitzt nur zu Hause": a clause with a subject of its
        # own after "und" tells of somebody else, the months stay the twins' age
        clause = re.split(r"[,;!?()]|\.\s|\b(?:und|and|aber|but)\s+(?=" + _NEW_SUBJECT + r")",
                          after)[0]
        person = "jaehrig" in self.text[start:end]  # "14-Jähriger sitzt …": the person does it
        for word in re.findall(r"[a-z]+", clause)[:3]:
            if person and word in vocab.sentence_verbs:
                break
            if _sentence_word(word, vocab.sentence_words):
                return True  # before the person test: "prison" ends like "son"
            if word in vocab.adult_nouns or child_word(word, vocab):
                break
        clause = re.split(r"[,;!?()]|\.\s", self.text[max(0, start - 40) : start])[-1]
        clause = re.sub(r"\d+\s*[a-z.]+\s+(?:und|and)\s*$", " ", clause)  # "4 Jahre und 6 Monate"
        lead = [w for w in re.findall(r"[a-z]+", clause) if w not in ("zu", "to", "auf", "for")]
        return bool(lead) and _sentence_word(lead[-1], vocab.sentence_words)  # "sentenced to 4 J."

    def baby_context(self, start: int, end: int) -> bool:
        """Tell whether months, weeks or days are an age ("Baby 7 Wochen"), not a span."""
        after = self.text[end : end + 20]
        if self.expecting or re.match(r"[\s-]*(?:alt|jung|old)", after):
            return True
        vocab = self.vocab
        before = self.text[max(0, start - 40) : start]
        # "they're 5 weeks now", "she's 3 months": the English contraction is the copula "is"
        words = [w for w in re.findall(r"[a-z0-9]+", _CONTRACTED.sub(r"\1 is", before))
                 if w not in ap.APPROXIMATE][-4:]
        if words[-1:] in (["von"], ["of"]):
            words = words[:-1]  # "ein Säugling von 6 Wochen": the noun before "von" counts
        if any((child_word(word, vocab) and vocab.stages.get(word, (0, 0))[0] < 36
                and not self.older_group(word)) or vocab.stages.get(word, (0, 99))[1] < 24
               for word in words[-1:]):  # fmt: skip  # also "Frühchen 6 Wochen auf der Neo"
            return True  # "Baby 4 Wo. in Flierich", "meines Tageskinds 20 Mon."
        if _STAY.match(after) or _STAYED.search(before):
            return False  # "6 Wochen Klinik", "Mutter in der Psychiatrie (3 Wochen)": a stay
        if words[-1:] in (["mit"], ["with"]) and not _SPAN_WORDS.match(after) and not re.match(
                r"\s*[a-z]*(?:zeit|ung|pause|verspaet)", after) and not re.search(
                r"\d\s*(?:-|–|bis)|\b(?:dann|eher|erst|spaeter|so|ab)\s+mit\s*$",
                self.text[max(0, start - 20) : end]):  # fmt: skip
            # "krabbelt mit 14 Monaten noch nicht": at that age; but "Babymassage, dann eher so
            # mit 2–3 Monaten" is an age to come
            return True
        following = re.match(r"\s*([a-z]+)", after)
        if following and (_MISSED.match(following.group(1)) or (
                following.group(1) not in vocab.stages and self.span_noun(following.group(1)))):
            return False  # "verpasst sechs Wochen Schule", "drei Wochen Erholung mit Kind"
        if words and self.span_noun(words[-1]):
            return False  # "Ferienbetreuung Sommer (3 Wo.)", "Wohnungsverweisung, 10 Tage"
        if words and self.person_kind(words[-1], False) == "role" and not self.older_stage():
            return True  # "Late Talker 26 Monate": the person asked about
        if _SPAN_WORDS.match(after):
            return False  # "war 3 Wochen im Krankenhaus": a span of time
        if words[-1:] == ["are"] and re.match(r"\s*(?:now|jetzt)\b", after):
            return True  # "they're 5 weeks now", but "they are 3 months behind with the rent"
        if words and (words[-1] in ap.NOW or words[-1] in ("ist", "is", "sind", "wird")
                      or words[-1] in _TODAY):  # "geb. 32. SSW, heute 5 Mon.": the age now
            return True
        for word in words:
            older = vocab.stages.get(word, (0, 0))[0] >= 36  # "Jugendliche, 2 Wochen": a span
            if (word in vocab.role_nouns and not older) or word.startswith("baby"):
                return True
            if word in vocab.stages and vocab.stages[word][1] < 36:  # Säugling, not OGS
                return True
            if child_word(word, vocab) and not older and not self.older_group(word):
                return True
        ends = re.match(r"\s*(?:$|[,;:!?)]|\.(?!\d)|und\b|and\b)", after)
        alone = bool(ends) and bool(re.search(r"(?:^|[,;:(!?]|\.\s)\s*$", before))
        # months beside a Kita stay a small child's age: "inne Kita gekommen, elf Monate,"
        months = bool(re.search(r"\d\s*-?\s*mon", self.text[start:end]))
        if alone or self.older_stage(months):
            # "Ferien für Grundschulkinder, 3 Wochen"
            return alone and not self.older_stage(months)
        # punctuation lost ("gleiche Windel wie morgens 22 Monate wen anrufen"): months after no
        # word of time ("seit", "für", "vor") in a text about a small child are its age
        timed = words and words[-1] in ap.SPAN_BEFORE
        waiting = re.match(r"\s*(?:warte|zeit|frist|dauer|lang|her|spaeter|frueher|gewartet"
                           r"|gedauert)", after)  # "4 Monate gewartet": how long they waited
        if not before.strip() and not waiting and len(re.findall(r"\d+", self.text)) == 1:
            return True  # the message opens with its only number, as with a subject: "6mo reflux"
        small = any(child_word(w, vocab) and not w.endswith(ap.PLURAL_CHILDREN)
                    for w in re.findall(r"[a-z]+", self.text))  # one child, not "24 Kinder"
        return small and not timed and not waiting

    def child_years(self, text: str) -> bool:
        """Tell whether the text names a child of 3 to 17 years with a unit ("Junge, 10 Jahre"),
        not a span ("seit 3 Jahren") nor an adult's age ("Mutter 25 Jahre")."""
        vocab = self.vocab
        for m in _CHILD_YEARS.finditer(text):
            if not OLDER_YEARS <= int(m.group(1)) < 18:
                continue
            before = words_before(text, m.start(), 1)
            word = before[0] if before else ""
            if word in vocab.not_age_before or word in vocab.adult_nouns or word in _ROUGHLY:
                continue
            if not lasting(text, m.start(), m.end(), False):
                return True
        return False

    def span_noun(self, word: str) -> bool:
        """Tell whether a noun names a time or a measure that lasts ("Sommer", "Reha",
        "Wohnungsverweisung"): weeks or days right after it say how long, not how old."""
        if child_word(word, self.vocab) or word in self.vocab.stages or "entbind" in word:
            return False  # "nach der Entbindung (2 Wochen)": the time since the birth
        return word in self.vocab.span_nouns or (len(word) > 5 and word.endswith(("ung", "ungen")))

    def older_group(self, word: str) -> bool:
        """Tell a group of children past infancy ("Zeltlager für 10–14-Jährige, 40 Kids, 5
        Tage"): days or weeks after it are the camp's, not a baby's age."""
        return word.endswith(ap.PLURAL_CHILDREN) and _older_years(self.text)

    def older_stage(self, months: bool = False) -> bool:
        """Tell whether the text names children past infancy ("Grundschulkinder", "Jugendliche").

        With `months`, a place of care that takes children under three as well ("Kita") names
        no older child: a Kita's youngest are counted in months."""
        stages = self.vocab.stages
        text = ap.OWN_WORKPLACE.sub(" ", self.text)  # "Ich arbeite … in der Kita." names no child
        if _older_years(text):
            return True  # "Zeltlager für 10–14-Jährige, 5 Tage": the days are the camp's
        if any(year.low >= 36 for year in school_years(text, self.vocab)):
            return True  # "Jg. 8 … Klassenfahrt (5 Tage, 340 €)": a pupil's trip, not a baby
        if self.child_years(text):
            return True  # "Fastenzeit (43 Tage) … ein Junge, 10 Jahre": the fast's days
        settings = _under_three_settings() if months else frozenset()
        return any(stages[word][0] >= 36 for word in re.findall(r"[a-z]+", text)
                   if word in stages and word not in settings)  # fmt: skip


def _checked_at(text: str, start: int) -> bool:
    """Tell whether a number stands in the bracket right after a paediatric check-up's name
    ("U10-Termin (8 J.)", "bei der U9 (5 J.)"): the age the child has at that visit."""
    window = text[max(0, start - 40) : start]
    return any(not window[m.end() :].strip(" (") and "(" in window[m.end() :]
               for m in ap.CHECK_UP.finditer(window))


def _sentence_word(word: str, words: tuple[str, ...]) -> bool:
    """Tell whether a word is a sentence word, also by a stem entry ("bewaehrung*")."""
    return any(word.startswith(w[:-1]) if w.endswith("*") else word == w for w in words)


def _older_years(text: str) -> bool:
    """Tell whether the text names children by years past infancy ("10–14-Jährige")."""
    return any(int(n) >= OLDER_YEARS for n in _YEARS_OLD.findall(text))
