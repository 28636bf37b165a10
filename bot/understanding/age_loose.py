"""Numbers no unit, noun or bracket explains: read by their clause alone.

A number in a clause of its own ("16, Realschule"), after a copula ("ist jetzt 18", "laut Pass
erst 16 ist"), after a cue ("ab 3", "für 11 bis 15", "unter 3"), as a group's ages ("unsere
Kindergruppe 5–7") or unexplained ("jetzt 4 1/2 extrem ängstlich"). Kept apart from
`age_mentions`, whose reader reads the explained mentions first and then calls this one, so that
each file has one job: this one decides what a bare number is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.privacy.redact import first_names
from bot.understanding import age_patterns as ap
from bot.understanding import age_values as av
from bot.understanding.age_group_span import counted, group_led, in_cell
from bot.understanding.age_pairs import PairJudge
from bot.understanding.age_time import birthday_to_come
from bot.understanding.age_units import unknown_unit
from bot.understanding.age_values import hedged_pair, number_value, open_range, years_range
from bot.understanding.numbers import plain_numbers

if TYPE_CHECKING:
    from bot.understanding.age_mentions import Mention

# a copula right before a number: "…, ist 19. Lünen." ends a sentence at the stop, unless a noun
# an ordinal takes follows ("ist 3. Kind der Familie", "ist 2. Wahl")
# (ages52) also a clause headed by the word for today ("…, now 7. Parents …") and two particles
# ("ist aber schon 5. Frühförderung?"): the stop after the age ends the sentence
_COPULA_BEFORE = re.compile(r"(?:\b(?:ist|is|wird|war|sei|wurde)\s+|(?:^|[,;:(]|\s[-–])\s*(?:jetzt"
                            r"|inzwischen|mittlerweile|heute|now|today)\s+)(?:(?:jetzt|erst|schon"
                            r"|gerade|knapp|fast|inzwischen|mittlerweile|now|just|only|aber|doch|ja"
                            r"|eben|halt|already)\s+){0,2}$")
_ORDINAL_NEXT = re.compile(r"\.\s*(?:[-/]|kind|klass|klaess|kl\b|mal\b|lebens|ssw|woche|monat|stock"
                           r"|etage|og\b|platz|tag\b|geburtstag|jahr|semester|lehrjahr|schuljahr"
                           r"|ausbildungsjahr|wahl|versuch|ehe\b|generation|stelle|rang|runde)")

# the copula after the number, its subject a pronoun: "elf is der", "14 ist sie" (spoken order)
# plural for twins or a group: "15 sind die", "neun sind sie beide", "14 san de alle" — the
# pronoun ends the clause or a particle follows it, or "die" would be an article ("12 sind die
# Kosten")
_INVERTED = re.compile(r"\s*,?\s*(?:(?:ist|is|sei|war)\s+(?:der|die|er|sie|es|he|she)\b"
                       r"|(?:sind|san|sin|waren|are|were)\s+(?:die|sie|se|de|they)\b"
                       r"(?=\s*(?:$|[,;:!?)]|\.(?!\d)|-\s|(?:alle|beide|jetzt|schon|erst|ja|doch"
                       r"|aber|wohl|halt|inzwischen|mittlerweile|und|all|both|now)\b)))")
# between two ages of one child the writer is unsure of: "4 oder schon 5", "8 bzw. 9",
# "16, 17," (the second closes its clause, see `LooseReader.alternative`)
_EITHER = re.compile(r"\s*(?:,|/|oder|bzw\.?|beziehungsweise|or)\s*(?:(?:schon|eher|auch|doch"
                     r"|vielleicht|evtl\.?|eventuell|sogar|maybe|already)\s+)?$")
_EITHER_KINDS = ("child", "role", "loose")
# the writers counting themselves: "Wir sind 5 Hebammen", "wir sind zu sechst", "wir sind
# insgesamt 12" — but "wir sind 15 und suchen nen Treff" is young people telling their age
_WE_ARE = re.compile(r"\b(?:wir\s+sind|we\s+are|we['’]re)\s+(?P<total>(?:zu|insgesamt|about"
                     r"|ca\.?|etwa)\s+)?$")
_WE_COUNTED = re.compile(r"\s+(?!(?:und|oder|u|jahre?|j|alt|years?|old|and|or)\b)[a-z]{3,}")
_ARTICLE = re.compile(r"\b(?:die|der|den|das|dem|the)\s+$")  # before a count of things
# a count of a group's members: "Zwei aus meiner Gruppe", "drei aus der 7b", "4 von unseren Jungs"
_PARTITIVE = re.compile(
    r"\s+(?:aus|von)\s+(?:meiner|meinen|meinem|unserer|unseren|unserem|eurer|euren|ihrer|ihren"
    r"|seiner|seinen|der|den|dem)\s+(?:[a-z]+\s+)?(?:\w*gruppe|\w*gruppen|\w*klasse|\w*klassen"
    r"|mannschaft|team|kurs|jungs|maedels|maedchen|kindern|schuelern|schuelerinnen|jugendlichen"
    r"|teilnehmern|teilnehmerinnen|\d{1,2}[a-z])\b")

# a hedge before a number rounds an age as "ca." does: "vielleicht drei und fünf",
# "schätzungsweise vier und sechs" (the words of `age_patterns.APPROXIMATE`)
_HEDGED = "|".join(sorted(ap.APPROXIMATE))
# particles that weigh an age without changing it: "(schon 19)", "erst 12", "gerade 11", "just 9"
# a closing formula or thanks right after a bare number ends its clause: "… ferien? 8 und 10 LG"
_CLOSING = r"danke|vielen|thx|thanks|lg|vg|mfg|gruss|gruesse|viele"

_PARTICLES = "schon|erst|gerade|grad|gerad|noch|bereits|already|only|just"
# hedges right before a number: "knapp", "nicht ganz", "um und bei", "so um die", "ca.", "etwa"
_HEDGE_BEFORE = re.compile(rf"(?:\b(?:{ap.ALMOST}|{ap.ROUNDING}|{_HEDGED})\.?\s+)+$")

# "selbst 11", "selber erst 9": the age of the one told of, beside others counted
_SELF = re.compile(r"(?:^|[,;:(]|\s[-–]\s)\s*(?:selbst|selber)\s+(?:(?:erst|schon|gerade|grad"
                   r"|knapp|fast)\s+)?$")
# "mit N" as the age at which a child does or does not do something: "wenn ein Kind mit 2 noch
# nicht läuft", "mit 3 spricht er kaum", "mit 4 immer noch Windeln": a particle or a verb follows
# the number; "mit 2 Kindern", "mit 3 Geschwistern", "mit 12 Leuten" count people instead
_AT = re.compile(r"(?:^|[\s,;:(])mit\s+$")
_AT_AGE_AFTER = re.compile(
    r"\s+(?:noch|immer|schon|nicht|nie|kaum|erst|bereits|gar|keine?n?|spricht|sprach|redet|redete"
    r"|laeuft|lief|krabbelt|sitzt|sagt|sagte|kann|konnte|hat|hatte|ist|war|isst|ass|schlaeft"
    r"|geht|ging|macht|machte|traegt|braucht|will|wollte|sollte|soll|muss|musste|faengt|fing"
    r"|beginnt|begann|liest|schreibt|zaehlt|versteht|bekommt|bekam|kam|kommt|wurde|naesst|beisst"
    r"|trinkt|zeigt|spielt|hatte|schreit|stottert|lispelt|nuckelt|still\w*)\b")
# the grown-up whose past "mit N" tells ("Mutter war mit 16 schon schwanger", "ich hab mit 3 …")
_AT_GROWN = re.compile(r"\b(?:ich|wir|mutter|mama|vater|papa|eltern|km|kv|oma|opa|frau|mann"
                       r"|sie\s+selbst|er\s+selbst)\b[^,;.!?]*$")


# after a first name and its number: a word of the sentence, not a unit, time, count or amount
_AFTER_NAME = re.compile(r"\s+(?!(?:uhr|euro|eur|prozent|mal|x|kinder\w*|geschwister\w*|leute"
                         r"|personen|stunden?|std|minuten?|min|km|kg|cm|m)\b)[a-z]{2,}")


def _named_age(before: str, after: str) -> bool:
    """Tell whether the number follows a first name, as in "Jana 14 aus …", and a word of the
    sentence follows it: the name's age, its commas left out."""
    words = re.findall(r"[a-z]+", before[-24:])
    return bool(words) and before.endswith(words[-1] + " ") and (
        words[-1] in first_names()) and bool(_AFTER_NAME.match(after))


class LooseReader(PairJudge):
    """The reading of bare numbers; `age_mentions`'s reader calls it last."""

    def alternative(self, start: int, value: float) -> Mention | None:
        """Return the age in years a bare number right after it offers an alternative to:
        "Mädchen ist 4 oder schon 5", "Sohn 8 bzw. 9", "Tochter 16, 17, genau weiß ich es
        nicht". Only the next year or the one after (a comma, the next year alone) is an
        either-or of one child's age; anything further is another number."""
        joiner = _EITHER.search(self.text, max(0, start - 30), start)
        if not joiner:
            return None
        for hit in self.hits:
            if hit.end == joiner.start() and hit.kind in _EITHER_KINDS and (
                    hit.high - hit.low == 11 and hit.low % 12 == 0):  # fmt: skip
                step = value - hit.low / 12
                comma = not re.search(r"[a-z/]", joiner.group(0))
                if step == 1 or (step == 2 and not comma):
                    return hit
        return None

    def loose(self) -> None:
        """Numbers nothing above explains: a clause of their own, after a copula, or unexplained."""
        text = self.text
        for start, end, value in plain_numbers(text):
            before, after = text[max(0, start - 40) : start], text[end : end + 30]
            rising = ap.RISING.match(after)
            if not self.free(start, end) or years_range(value) is None or value < 0 or (
                    value == 0 and not rising):
                continue  # 0 or beyond the catalogue's oldest (27): nobody's child age; but a
                # group's span may start at birth: "alle Kinder der Unterkunft, von 0 bis 16"
            if not rising and counted(after) and not self.parent_copula(before):
                continue  # "20 Spielerinnen", "max 14 TN", "40 Plätze", "2 Gr.": a count
            if (we := _WE_ARE.search(before)) and (we["total"] or _WE_COUNTED.match(after)):
                continue  # "Wir sind 5 Hebammen": how many the writers are, nobody's age
            if self.parent_copula(before):
                self.add(start, end, *(years_range(value) or (0, 0)), "adult")
                continue
            if re.match(r"\.\s*(?:[-/]|[a-z])", after) and not ap.SENTENCE_START.match(after) and (
                    not _COPULA_BEFORE.search(before) or _ORDINAL_NEXT.match(after)):
                # "3. Kind", "5.-Klässler", "3./4. Klasse": an ordinal; but after a copula the
                # stop ends the sentence, typed without capitals: "…, ist 19. lünen."
                continue
            if alternative := self.alternative(start, value):
                # "ist 4 oder schon 5", "sechzehn, siebzehn": the writer is unsure between two
                # ages of one child, and the offers must fit either
                self.add(start, end, *(years_range(value) or (0, 0)), alternative.kind,
                         alternative.noun)  # fmt: skip
                continue
            # "ist um und bei 7", ", nicht ganz elf,", "so um die 6 rum": the hedge rounds the
            # age and says nothing of its clause, which is read as if it were not there
            hedge = _HEDGE_BEFORE.search(before)
            plain = before[: hedge.start()] if hedge else before
            # "she's 7", "he's 11": the English contraction is the copula "is"
            words = re.findall(r"[a-z]+", re.sub(r"\b(he|she)['’]s\b", r"\1 is", plain))[-3:]
            if _ARTICLE.search(before) and re.match(r"\s+(?!und\b|and\b|oder\b)[a-z]{3,}", after):
                continue  # "die 5 Stockwerke laufen", "the 3 others": a count of things
            if _PARTITIVE.match(after) and not _named_age(before, after):
                continue  # "Zwei aus meiner Gruppe, beide 15": a count of its members
            # "(m, 18 seit 02.01., SYR)": the age with the day it was reached closes it too
            ends = re.match(r"\s*(?:$|[,;:!?)/]|\.(?!\d)|-\s|(?:und|u\.|oder|&)\s|"
                            r"seit\s+\d{1,2}\.\d{1,2}\.|"
                            r"(?:aus|mit|in|im|wohnt|lebt|hat|will|sucht|holt|geht|m|w|rum|herum|"
                            r"fuer|for|bei|zum|zur|wegen|jahre|geworden|alt|"
                            r"\w*schule|gymnasium|gesamtschule|kita|kiga|kindergarten|ogs|"
                            r"berufskolleg|ausbildung|"
                            rf"{_CLOSING})\b)",  # closing
                            after)  # fmt: skip
            # "(alle 15)", "(beide 16)" after a group of pupils: all of them that old; "(schon
            # 19, tanzt aber noch mit)", "(erst 12)": a particle weighs the age, it is still one;
            # "dritte Klasse, also neun, …", "sprich 14": the age a school year was said for
            head = re.search(r"(?:^|[,;:!?(]|\.\s|\s[-–]\s)\s*(?:(?:jetzt|inzwischen|mittlerweile"
                             r"|now|aktuell|alle|beide|all|both|jeweils|each|also|sprich"
                             r"|d\.\s?h\.|das\s+heisst)\s+)?"
                             rf"(?:(?:{_PARTICLES})\s+(?:mal\s+)?)?"
                             r"(?:[a-z]\.?\s+)?$", plain)  # fmt: skip
            # "Jana 14 aus meiner Gruppe", "Lotte 11 muss abends …": typed without the commas of
            # "Jana, 14, …", a child's first name still heads the number's clause
            named = not head and _named_age(plain, after)
            head, ends = head or named, ends or named
            # "ist 15", "ist jetzt 18", "wird im Mai 4": a copula up to two words before
            copula = any(word in ap.COPULA for word in words) and not any(
                word in self.vocab.adult_nouns for word in words)
            copula = copula or self.clause_copula(start, end)  # "laut Pass erst 16 ist"
            copula = copula or bool(_INVERTED.match(after))  # "der Enkel …, 11 is der, will …"
            copula = copula or birthday_to_come(before, after)  # "wird nächstes Jahr im Mai 16"
            turned = bool(re.match(r"\s*(?:alt\s+)?geworden", after))
            cue = re.search(r"(?<!\d\s)\b(?:ab|fuer|for|von|zwischen|aged|ages|alter|unter"
                            r"|ueber|over|under|so|etwa|ca\.?|circa|ungefaehr|about|around|anfang|mitte"
                            r"|meist|meistens|mostly|ueberwiegend"  # "Kinder meist 3-10"
                            rf"|um die|rund|{_HEDGED}"
                            r"|(?:girl|boy|child|kid|son|daughter|teen|patient|woman|man)\s+of"
                            r"|ende|early|mid|late)\s*$",
                            before)  # fmt: skip
            if (cue or copula or head) and self.dictated_list(start, end, value):
                continue  # "die sind so ungefähr zwei vier und sieben": one age each
            ranged = re.match(rf"\s*(?:-|–|bis|to|und)\s*({ap.NUM})\b", after) or (
                hedged_pair(cue.group(0), after, value) if cue else None)
            # "mit 2 Kindern unter 3 null Netzwerk": after a group the bound needs no clause end
            ends = ends or re.search(r"\b(?:kinder|kindern|kids|children|jugendliche\w*|maedchen"
                                     r"|jungs)\s+(?:unter|ueber|ab|under|over)\s*$", before)
            single = cue and cue.group(0).strip() not in ("von", "zwischen")  # "Team von 12"
            # "Jungs in WG, 13-16,"; "16 bis 17 sind die": the inverted copula closes it too
            bare = ranged and head and (re.match(rf"\s*(?:$|[,;:!?)]|\.(?!\d)|(?:{_CLOSING})\b)",
                                                 after[ranged.end() :])
                                        or _INVERTED.match(after, ranged.end()))  # fmt: skip
            # "unsere Kindergruppe 5–7", "Abteilung Kinderturnen 3–6": a group's ages
            # "Konfis 12–14, 2 Gr.", "Jugendtreff Horstmar 10–13", a planning row's "| 4–6 |"
            bare = bare or (ranged and rising and number_value(ranged.group(1)) > value and (
                ap.GROUP.search(before) or group_led(before)
                or in_cell(before, after[ranged.end() :])))
            if cue and words[-1:] and words[-1] in ("unter", "ueber", "ab", "under", "over") and (
                    words[-2:-1] and words[-2] in self.vocab.adult_nouns):  # fmt: skip
                self.add(start, end, *(years_range(value) or (0, 0)), "adult")
                continue  # "junge Mütter unter 21 mit Babys": the mothers' bound
            if cue and ((ends and single) or ranged):  # "ab 3", "für 11 bis 15", "unter 3"
                if cue.group(0).strip() in ("unter", "under"):
                    self.add(start, end, 0, int(value * 12) - 1, "loose")
                elif cue.group(0).strip() in ("ueber", "over") or (
                        cue.group(0).strip() == "ab" and ap.GROUP_FROM.search(before)):
                    self.add(start, end, *open_range(value), "loose")  # "für Kinder ab 10": open
                elif ranged and (span := years_range(value, number_value(ranged.group(1)))):
                    self.add(start, end + ranged.end(), *span, "loose")
                else:
                    self.add(start, end, *av.turned(before, after, value), "loose")
            elif bare and (span := years_range(value, number_value(ranged.group(1)))):
                self.add(start, end + ranged.end(), *span, "loose")  # "Jungs in WG, 13-16,"
            elif ((head or copula or turned or self.expecting) and ends and (
                    self.expecting or copula or turned or re.search(r"[a-z]", text))) or (
                    copula and words[-1:] != ["nr"] and not unknown_unit(after)):
                # "wird im Mai 18 Hilfeplan endet"; a bare "17" only answers our question
                low, high = av.turned(before, after, value)
                self.add(start, end, low, high, "loose")
            elif copula and unknown_unit(after) and value <= 21:  # a unit nobody reads: ask
                self.add(start, end, *(years_range(value) or (0, 0)), "unread_unit")
            elif _SELF.search(before) and ends and value <= 21 and not any(
                    w in self.vocab.adult_nouns for w in ap.words_before(text, start, 6)):
                # "Junge mit 3 Geschwistern, selbst 11, …": the child's own age, set apart from
                # the others told of; "die Mutter, selbst erst 17" stays the mother's
                self.add(start, end, *(years_range(value) or (0, 0)), "loose")
            elif _AT.search(before) and value == int(value) and value <= 18 and (
                    _AT_AGE_AFTER.match(after) and not _AT_GROWN.search(before)):
                # "mit 3 spricht er kaum": the age at which the development is told, read only
                # where no other age is told ("mit 14 schon …, jetzt 15": fifteen)
                self.add(start, end, *(years_range(value) or (0, 0)), "at_age")
            elif (value * 2 == int(value * 2) and value <= 21 and words[-1:] != ["nr"]
                  and not ap.RATE.match(after)  # "3-4 joints am tag": a count, no age
                  and not ap.PEOPLE_COUNT.match(after)):  # "5 oder 6 Jungs": a count
                # a half is as unexplained as a whole: "jetzt 4 1/2 extrem ängstlich"
                self.add(start, end, *(years_range(value) or (0, 0)), "unexplained")
