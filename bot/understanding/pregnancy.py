"""Pregnancy in a request: the unborn child's age range, or none.

"schwanger", "30. SSW", "30+4", "ET Juli", "ET in 6 Wochen", "Kind kommt in 6 Wochen", "erwartet
ihr zweites Kind", "Pränataldiagnostik": the request is about the unborn child (−9…−1 months,
narrowed by the weeks left). A past birth's week ("Z.n. Frühgeburt 28. SSW", "Frühchen (34+2)")
a past pregnancy ("mit 15 schwanger geworden, jetzt Baby 3 Monate") and a lost one ("hat in der
21. SSW ihr Kind verloren", "nach dem Schwangerschaftsabbruch") are none.
`bot.understanding.age` asks here first.
"""

from __future__ import annotations

import math
import re
from functools import cache

from bot.models import AgeRange
from bot.understanding.age_births import past_birth_week
from bot.understanding.age_patterns import PREGNANCY_CARE
from bot.understanding.gate import gated
from bot.understanding.pregnancy_beside import (
    DENIED,
    FEARED,
    mothers_pregnancy_beside_child,
    possible_pregnancy,
)
from bot.understanding.pregnancy_ended import ending_elsewhere
from bot.understanding.pregnancy_weeks import (
    bare_week,
    coming_child_asked,
    pregnancy_care_asked,
    split_compounds,
    unranked,
)
from bot.understanding.quoted_speech import parents_named, unborn_sibling
from bot.vocabulary.lexicon import AgeVocabulary, age_vocabulary
from bot.vocabulary.units import PREGNANCY as PREGNANCY_MONTHS
from bot.vocabulary.units import WEEKS_PER_MONTH

PREGNANCY = AgeRange(*PREGNANCY_MONTHS)
# a week of pregnancy after these words is a past birth's ("Z.n. Frühgeburt 28. SSW")
_BORN = re.compile(r"fruehchen|fruehgebor|frueh geboren|zu frueh|preterm|premature|korrigiert"
                   r"|totgeburt|fehlgeburt|stillgeburt|sternenkind|\w*geburt\b|\bgeb\b|\bborn\b"
                   r"|\bz\.?\s?n\b|zustand nach|entbunden|zur welt|\bgeboren\b"
                   r"|\behem\w*|\bformer\b")  # "ehem. 29+1": the week of a past birth  # fmt: skip
# a pregnancy in the past: the request is about the child born since
# ("ist mit 17 ungeplant schwanger" is a pregnancy now: the copula says so)
_PAST_PREGNANCY = re.compile(r"\b(?:(?<!ist )(?<!is )(?<!bin )mit\s+\d{1,2}\s+|war\s+|wurde\s+"
                             r"|damals\s+|was\s+|got\s+)"
                             r"(?:\w+\s+)?(?:schwanger|pregnant)\w*(?:\s+geworden)?"
                             # "hat in der Schwangerschaft getrunken", "während der SS geraucht":
                             # the born child's history, told in a past tense or a participle
                             r"|\b(?:hat|hatte|haben|hatten|war|waren|wurde)\s+(?:\w+\s+){0,3}"
                             r"(?:in|waehrend)\s+der\s+(?:schwangerschaft|ss)\b"
                             r"|\b(?:in|waehrend)\s+der\s+(?:schwangerschaft|ss)\s+(?:\w+\s+){0,3}"
                             r"ge[a-z]{3,}(?:t|en)\b")  # fmt: skip
# a pregnancy told as the cause of something past, a participle on either side: "Ausbildung
# abgebrochen wg. Schwangerschaft", "wegen der Schwangerschaft gekündigt worden" — beside a born
# child's months or weeks ("junge Mutter, 19 J., Kind 8 Mon.") the pregnancy was that child's
_CAUSE = r"(?:wg\.?|wegen|aufgrund|due\s+to|because\s+of)\s+(?:der\s+|ihrer\s+|einer\s+|her\s+)?"
_PREGNANCY_NOUN = r"(?:schwangerschaft|ss|pregnancy)"
_CAUSED_PAST = re.compile(rf"\b[a-z]*ge[a-z]{{3,}}(?:t|en)\s+{_CAUSE}{_PREGNANCY_NOUN}\b"
                          rf"|\b{_CAUSE}{_PREGNANCY_NOUN}\s+(?:\w+\s+){{0,2}}ge[a-z]{{3,}}(?:t|en)\b")
_BABY_MONTHS = re.compile(r"\b\d{1,2}\s*(?:mon\w*|wo\b|wo\.|woche\w*|months?|weeks?)")
# a pregnancy that ended without a living child names no unborn child: its week ("hat in der 21.
# SSW ihr Kind verloren", "Sternenkind 22. SSW") and its words ("nach dem Schwangerschaftsabbruch",
# "Fehlgeburt") stay behind, while another pregnancy beside it ("jetzt wieder schwanger") counts
_LOST_AFTER = re.compile(r"[^,;.!?]{0,40}?\b(?:verloren|verlor|abgebrochen|abgetrieben"
                         r"|(?:tot|still)\s*geboren|gestorben|verstorben|lost|miscarried"
                         r"|stillborn|(?:einen|eine|ein|a)\s+(?:abbruch|fehlgeburt|totgeburt"
                         r"|abort|abgang|miscarriage|stillbirth))\b")  # fmt: skip
# a birth told right after its week: "kamen in der 31. SSW zur Welt", "in der 34. SSW entbunden",
# "in der 28. SSW geboren" (a past birth; "wird in der 38. SSW entbunden" is one to come)
_BORN_AFTER = re.compile(r"[^,;.!?]{0,40}?\b(?:(?:zur|auf\s+die)\s+welt\b"
                         r"(?!\s+(?:kommt|kommen|bringen))"
                         r"|geboren\b(?!\s+(?:wird|werden))|entbunden\b(?!\s+(?:wird|werden))"
                         r"|born\b)")  # fmt: skip
_WILL_BEAR = re.compile(r"\b(?:wird|werden|soll|sollen|will|geplant|plan\w*|geht|gehen|will be)\b")
# a wish, a plan or a fear between the week and the loss: "in der 10. SSW und will einen
# Abbruch", "hat Angst, das Kind zu verlieren" is a pregnancy that goes on
_NOT_YET = re.compile(r"\b(?:will|wollen|moechte\w*|ueberleg\w*|denk\w*|plan\w*|wuensch\w*|soll"
                      r"|erwaeg\w*|angst|sorge\w*|befuercht\w*|want\w*|consider\w*|afraid|fear"
                      r"|worried)\b")  # fmt: skip
# the words of a pregnancy that ended, which would otherwise say "pregnant"; an abortion only when
# it is told as past ("nach dem Schwangerschaftsabbruch"): one asked about is still to come
_ENDED = re.compile(r"schwangerschaftsverlust\w*|verlust\s+der\s+schwangerschaft"
                    r"|schwangerschaft\s+(?:\w+\s+){0,3}(?:verloren|lost)"
                    r"|(?:nach|seit)\s+(?:dem|der|einem|einer|ihrem|ihrer)\s+(?:\w+\s+)?"
                    r"(?:schwangerschafts(?:abbruch|unterbrechung)\w*|abbruch\s+der\s+schwangerschaft)"
                    r"|(?:hatte|hat)\s+(?:\w+\s+){0,4}(?:einen|eine)\s+schwangerschafts(?:abbruch"
                    r"|unterbrechung)\w*(?!\s+(?:geplant|vor\b|machen|vornehmen))"
                    r"|schwangerschaft\s+(?:\w+\s+){0,3}(?:abgebrochen|beendet)(?!\s+werden)"
                    r"|lost\s+(?:the|her|a)\s+pregnancy")
_MONTH_NAMES = (r"(?:januar|februar|maerz|april|mai|juni|juli|august|september|oktober"
                r"|november|dezember|jan|febr?|mrz|apr|jun|jul|aug|sept?|okt|nov|dez|january"
                r"|february|march|may|june|july|october|december)")  # fmt: skip

_SEASONS = r"(?:fruehjahr|fruehling|sommer|herbst|winter|spring|summer|autumn|fall)"
_EXPECTED = (rf"(?:{_MONTH_NAMES}|{_SEASONS}|(?:naechsten|kommenden|uebernaechsten|next)\s+"
             r"(?:monat|month|woche|week))")
# the time of a birth to come in a clause whose verb stands last: "(das Baby) erst im Oktober"
_LATE = (rf"(?:(?:erst|voraussichtlich|wohl|schon|ca\.?|etwa|dann)\s+)?"
         rf"(?:(?:im|in|anfang|mitte|ende|zum)\s+)?{_EXPECTED}\s+")
# the child of a pregnancy named as one to carry or bear: "unsicher, ob sie das Kind bekommen
# will" names no born child beside "in der 11. Woche"
_TO_BEAR = re.compile(r"\b(?:das|ein|ihr|the|this)\s+(?:kind|baby)\s+(?:zu\s+)?(?:bekommen"
                      r"|kriegen|austragen|behalten|keep)\b")
# before an expected birth: a past one ("seit der Geburt im April", "Entbindung war im Mai")
# "ET in KW 30", "ET in Kürze", "ET in ein paar Wochen": a due date without a number the due
# patterns read; a bare "et in" is no sign, since dialect writes "es" so ("gifft et in Kamen")
# "ET+8", "ET + 5": days past the due date, still pregnant (a ward's count before an induction)
_DUE_SOON = re.compile(r"\bet\s+in\s+(?:kw\b|k(?:ue|ü)rze\b|\d|ein\w*\s+paar\b|wenigen\b"
                       r"|\w+\s+(?:wochen?|monate?n?|tagen)\b)|\bet\s*\+\s*\d{1,2}\b")
# a week followed by the birth it ended in: "34+2 SSW geb.", "in 33+4 geboren"
_BORN_AT = re.compile(r"\s*(?:\.?\s*ssw\b\.?)?\s*(?:geb\b|geboren|entbunden)")
_PAST_BIRTH = re.compile(r"\b(?:seit|nach|since|after|bei|vor|war|was|wurde)\W+(?:\w+\W+){0,2}$")
# most requests tell no pregnancy and hold none of these patterns' words: they skip the scan
_BORN, _PAST_PREGNANCY, _LOST_AFTER, _NOT_YET, _ENDED, _TO_BEAR, _DUE_SOON, _BORN_AT = map(
    gated, (_BORN, _PAST_PREGNANCY, _LOST_AFTER, _NOT_YET, _ENDED, _TO_BEAR, _DUE_SOON, _BORN_AT))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """The week, due and expecting patterns, each behind a gate of the strings it needs: most
    requests tell no pregnancy and hold none of them (`gate`)."""
    return {key: gated(pattern) for key, pattern in _plain_patterns().items()}


def _plain_patterns() -> dict[str, re.Pattern[str]]:
    return {
        "ssw": re.compile(
            r"(?:(?<![+\d])(?P<a>\d{1,2})(?:\s*\+\s*[0-6])?\s*\.?\s*(?:ssw|schwangerschaftswoche)"
            # "ss 32 woche", "SS 32. Woche": the pregnancy's week as short hands write it
            r"|(?:ssw|\bss\b\.?(?=\s*\d{1,2}\s*\.?\s*wo(?:che)?\b))\s*(?P<b>\d{1,2}))"
            r"(?P<born>\W{0,3}\s*geboren|\s*geb\b)?"),
        "due_in": re.compile(
            r"(?:\bet\b|entbindungstermin|geburtstermin|errechneter termin|\bdue|\bentbindung"
            r"|(?:baby|kind|nachwuchs|zwillinge)\s+kommt(?:\s+(?!seit\b|schon\b|nicht\b|immer\b"
            r"|oft\b|jeden\b|nie\b)\w+)?|geburt(?=\s+in\b))"
            r"\s*(?:ist\s*)?(?:in|ca\.?)?\s*(?P<n>\d{1,2}(?:,5)?)\s*(?:(?P<w>wochen?\b|wo\b|weeks?)"
            r"|(?P<m>monate?n?\b|mon\b|months?))"),
        "due_date": re.compile(
            rf"(?:\bet\b|entbindungstermin|geburtstermin|errechneter termin|due date|\bdue)\W*"
            rf"(?:(?:ist|wäre|waere|is)\s+)?(?:am\s+|im\s+|in\s+|ca\.?\s*)?"  # "ET ist im Mai"
            rf"(?:(?:anfang|mitte|ende)\s+)?"
            rf"(?:{_MONTH_NAMES}\b|\d{{1,2}}\.\s*\d{{1,2}}\.|\d{{1,2}}\.\s*{_MONTH_NAMES}"
            rf"|(?:0?[1-9]|1[0-2])\s*[/.]\s*(?:20)?\d\d\b)"),  # "ET 03/27": month and year
        # a birth expected in a month or season: "Kind kommt im April", "Entbindung Mitte Mai",
        # "Geburt wird im Frühjahr erwartet", "due in June", "im Mai kommt das Baby"
        "due_month": re.compile(
            rf"\b(?:(?:baby|kind|nachwuchs|zwillinge|geschwisterchen|kleine)\s+kommt"
            rf"|(?:entbindung|niederkunft|geburtstermin|geburt)(?:\s+(?:ist|wird|soll|steht))?"
            rf"|(?:baby|child|twins)\s+(?:is\s+)?(?:due|expected|coming)|\bdue)"
            rf"(?:\s+(?:voraussichtlich|vorauss\.?|wohl|erst|schon|ca\.?|etwa|gegen|probably"
            rf"|around))?\s+(?:(?:im|in|anfang|mitte|ende|zum|early|mid|late|this|next)\s+)?"
            rf"{_EXPECTED}\b(?!\s+(?:in\s+(?:die|den|eine|einen)|zur(?!\s+welt)|zum|auf|nach|ins)\b)"
            rf"|\b(?:im|in|anfang|mitte|ende)\s+{_EXPECTED}\s+(?:\w+\s+)?kommt\s+"
            rf"(?:das|ihr|unser|sein|ein|dann|endlich)?\s*(?:\w+\s+)?(?:baby|kind|nachwuchs)\b"
            rf"|\bgeburt\s+(?:\w+\s+){{0,3}}{_EXPECTED}\s+(?:\w+\s+)?(?:erwartet|geplant"
            rf"|errechnet|angesetzt)"
            # "das Baby wird im Mai geboren", "will be born in June": a birth to come
            rf"|\b(?:wird|soll)\s+(?:\w+\s+){{0,2}}{_EXPECTED}\s+(?:\w+\s+)?geboren"
            rf"|\bwill\s+be\s+born\s+(?:\w+\s+){{0,2}}{_EXPECTED}"
            # a subordinate clause puts the verb last: "wenn das Baby erst im Oktober kommt",
            # "wenn es erst im Mai geboren wird"; the passive: "Zwillinge werden im Juni erwartet"
            rf"|\b(?:baby|kind|nachwuchs|zwillinge|drillinge)\s+{_LATE}(?:kommt|kommen)\b"
            rf"|\b(?:baby|kind|nachwuchs|zwillinge|drillinge|es)\s+{_LATE}"
            rf"(?:geboren\s+wird|geboren\s+werden|zur\s+welt\s+kommt)\b"
            rf"|\b(?:baby|kind|nachwuchs|zwillinge|drillinge)\s+(?:wird|werden)\s+(?:\w+\s+){{0,2}}"
            rf"{_EXPECTED}\s+erwartet\b"
            # "kriegt Baby im März", "bekommt im Mai ihr zweites Kind": as typed, no article
            rf"|\b(?:kriegt|bekommt|kriegen|bekommen)\s+(?:(?:ein|ihr|sein|\w+tes)\s+)?(?:baby|kind"
            rf"|zwillinge)\s+(?:(?:im|in|anfang|mitte|ende)\s+)?{_EXPECTED}\b"
            # the time before the babies: "kriegen im Februar Zwillinge", "kricht im Herbst ein
            # Geschwisterchen"
            rf"|\b(?:kriegt|kricht|bekommt|kriegen|bekommen)\s+(?:(?:im|in|anfang|mitte|ende)\s+)?"
            rf"{_EXPECTED}\s+(?:(?:noch\s+)?(?:ein|ihr|sein|\w+tes)\s+)?(?:baby|kind|zwillinge"
            rf"|drillinge|geschwisterchen|nachwuchs)\b"),
        "expecting": re.compile(
            r"\berwarte\w*\s+(?:(?!dass\b|von\b|vom\b)\w+\s+){0,4}(?:kind|baby|zwilling\w*"
            r"|nachwuchs)"  # "erwartet im Sommer ihr erstes Kind"
            r"|\b(?:kriegt|bekommt|kriegen|bekommen)\b(?:\s+(?!fuer\b|wegen\b|mit\b|vom\b|zum\b"
            r"|kein\w*\b)\w+){0,2}\s+(?:ein|ihr|sein|\w+tes|\d+\.)\s+(?:\w+tes\s+)?"
            r"(?:kind|baby|zwillinge|geschwisterchen)\b"
            # the noun left out: "kriegt im Februar dat nächste", "bekommt im Mai ihr drittes."
            r"|\b(?:kriegt|bekommt|kriegen|bekommen)\b(?:\s+(?!fuer\b|wegen\b|mit\b|vom\b|zum\b"
            r"|kein\w*\b)\w+){0,2}\s+(?:das|dat|ihr|ihre|sein)\s+(?:naechste|\w+tes)"
            r"(?=\s*(?:$|[.,;!?)]|und?\b|(?:im|in|anfang|mitte|ende)\s))"
            r"|\b(?:kind|baby|nachwuchs|geschwisterchen|zwillinge|drillinge)\s+(?:ist\s+|sind\s+)?"
            r"unterwegs"
            r"|\bexpecting\b|\bschwangerschaftswoche"),
        # "in der 28. Woche", "inne 22. woche" (Ruhr: "in der"), "in der 12 woche" (dot lost
        # as typed; a month keeps its dot: "im 3 monat" may be a child's)
        "week_of": re.compile(r"\b(?:in\s+d(?:er|e|a)|im|inne)\s+(\d{1,2})"
                              r"(?:\.\s*|\s+(?=woche|week))(?:(?P<w>woche|week)|monat)\b"
                              r"(?!\s+(?:der|des|im|vom|von|nach|seit)\b)"),
        "gestation": re.compile(r"(?<![\d.,])(?P<w>[1-4]\d)\s*\+\s*[0-6](?!\d)|(?<![\d.,])"
                                r"(?P<v>[1-4]?\d)\s*(?:weeks?|wochen|wo\b|w\b)(?!\s*(?:alt|old))"),
    }


# every age a text names in years: "ist erst 19 Jahre", "Schülerin (16)", "Mädel, 17"
_YEARS = re.compile(r"(?<![\d.])(\d{1,2})(?:\s*(?:jahre?n?\b|j\b|jaehrig)|\s*\)|(?=\s*,))")
MOTHER_YEARS = 13  # a girl named by a child noun at this age or older may be the one expecting
MIN_WEEK = 6  # a pregnancy is known from about this week; "in der 3. Woche Praktikum" is none


def _names_child(text: str, vocab: AgeVocabulary, week: int = 0) -> bool:
    """Tell whether a text names a born child ("Kind", "Baby", "Säugling", "Pflegesohn"); a
    child noun whose every age is a mother's ("Mädel … in der 30. Woche, ist erst 19 Jahre",
    "Schülerin (16) in der 20. Woche") names the girl expecting, not a child born."""
    ages = [int(n) for n in _YEARS.findall(text)]
    if week >= MIN_WEEK and ages and min(ages) >= MOTHER_YEARS:
        return False
    words = re.findall(r"[a-z]+", text)
    return any((word.endswith(vocab.child_nouns) or word in vocab.stages)
               and not (word in _YOUNG and i + 1 < len(words) and words[i + 1] in vocab.adult_nouns)
               for i, word in enumerate(words))  # "junge Frau": an adjective, no boy


_YOUNG = frozenset({"junge", "jungen", "junger", "junges"})  # before an adult noun: its adjective


def _birth_care_asked(text: str, weeks: int) -> bool:
    """Tell whether care for the coming birth is asked beside a week of pregnancy: "in der 34.
    Woche, der Große is drei, … keine Hebamme für nach der Geburt" is about the pregnancy, the
    sibling told beside it (`bot.understanding.age` still gives a born child's own need, "Kita
    für den Großen", to the born child)."""
    return weeks >= MIN_WEEK and bool(PREGNANCY_CARE.search(text) or _KEEP_OR_END.search(text)
                                      or coming_child_asked(text))


# the pregnancy's own counsel: "weiß nicht ob ich das Kind behalten will", "Abbruch", "Nachsorge"
_KEEP_OR_END = re.compile(r"\bbehalten\b|abbruch|abtreib|konfliktberatung|nachsorge|\bhebamm\b")


def _pregnancy_range(weeks_left: float) -> AgeRange:
    """Return the unborn child's range: the months left, widened to at least half a pregnancy.

    Professionals count weeks differently and pregnancy offers run the whole pregnancy, so a
    week number narrows the range only within reason (30. SSW → −6…−1, 12. SSW → −9…−1).
    """
    left = max(1, math.ceil(weeks_left / WEEKS_PER_MONTH))
    return AgeRange(-min(9, max(5, 2 * left)), -1)


@cache
def _pregnancy_words() -> re.Pattern[str]:
    signs = sorted(age_vocabulary().pregnancy, key=len, reverse=True)
    return gated(re.compile(rf"\b(?:{'|'.join(map(re.escape, signs))})"))


@cache
def _pregnancy_phrases() -> re.Pattern[str]:
    phrases = sorted(age_vocabulary().pregnancy_phrases, key=len, reverse=True)
    return gated(re.compile(rf"\b(?:{'|'.join(map(re.escape, phrases))})\b"))


def _words_say_pregnant(text: str, vocab: AgeVocabulary) -> bool:
    """Tell whether a word starts like a pregnancy word ("Schwangere", "Schwangerschaft")."""
    return bool(_pregnancy_words().search(text))


def pregnancy(text: str) -> AgeRange | None:
    """Return the unborn child's age range when a normalised text is about a pregnancy."""
    vocab = age_vocabulary()
    patterns = _patterns()
    # "hat Angst, schwanger zu sein", "Schwangerschaftstest negativ": no pregnancy; "Junge 13,
    # Mutter ist schwanger, er zieht sich zurück": the mother's, the need is the boy's
    text = split_compounds(text)  # "Zwillingsschwangerschaft": a pregnancy, its kind before it
    text = DENIED.sub(" ", FEARED.sub(" ", possible_pregnancy(text)))  # "nicht schwanger"
    if mothers_pregnancy_beside_child(text):
        return None

    def lost(m: re.Match[str]) -> bool:
        """Tell whether a week is a past birth's or a lost pregnancy's: "Frühchen (28. SSW)",
        "nach Totgeburt 32. SSW", "hat in der 21. SSW ihr Kind verloren"."""
        near = re.split(r"[,;]|\bjetzt\b", text[max(0, m.start() - 24) : m.start()])[-1]
        ended = _LOST_AFTER.match(text, m.end())  # "in der 21. SSW ihr Kind verloren"
        # "in der 34 SSW ihr Lebensgefährte ist verstorben": an adult died, not the pregnancy
        ended = ended and not _NOT_YET.search(ended.group(0)) and not any(
            w in vocab.adult_nouns for w in re.findall(r"[a-z]+", ended.group(0))
        ) and not ending_elsewhere(ended)  # "28 SSW Schule abgebrochen": the school's
        born = _BORN_AFTER.match(text, m.end())
        born = born and not _WILL_BEAR.search(near + " " + born.group(0))
        # "FG 34. SSW, jetzt 2 Mon.": a preterm shorthand or the age now tells a past birth
        return bool(m.groupdict().get("born") or _BORN.search(near) or ended or born
                    or past_birth_week(text, m.start(), m.end()))

    for m in patterns["ssw"].finditer(text):
        if lost(m):
            continue
        week = int(m.group("a") or m.group("b"))
        if 1 <= week <= 42:
            return _pregnancy_range(max(40 - week, 1))
    for m in patterns["gestation"].finditer(text):  # "Pat. 30+2", "pregnant, 28 weeks"
        if _BORN.search(text[max(0, m.start() - 24) : m.start()]) or _BORN_AT.match(
                text, m.end()) or past_birth_week(text, m.start(), m.end()):
            continue  # "Frühchen (34+2)", "Gemini 34+2 SSW geb.": the week of a birth
        week = int(m.group("w") or m.group("v"))
        before = text[max(0, m.start() - 16) : m.start()]  # "in about 4 weeks": a time ahead
        ahead = re.search(r"\b(?:in|seit|vor|since|for|ago)\s*(?:about|etwa|ca\.?)?\s*$", before)
        # a past birth's week ("born at 31 weeks") is no sign of a pregnancy now
        present = _PAST_PREGNANCY.sub(" ", patterns["ssw"].sub(
            lambda w: " " if lost(w) else w.group(0), text))
        if (m.group("w") or _words_say_pregnant(present, vocab)) and not ahead and 4 <= week <= 42:
            return _pregnancy_range(40 - week)
    for m in patterns["due_in"].finditer(text):
        if re.match(r"\s*(?:in|ins|zur|zum|auf|nach)\b", text[m.end() :]):
            continue  # "Kind kommt in 3 Wochen in die Kita": a move, not a birth
        value = float(m.group("n").replace(",", "."))
        weeks = value if m.group("w") else value * WEEKS_PER_MONTH
        if 0 < weeks <= 40:
            return _pregnancy_range(weeks)
    due = next((m for m in patterns["due_month"].finditer(text)
                if not _PAST_BIRTH.search(text[max(0, m.start() - 24) : m.start()])), None)
    # "in der 34. Schwangerschaftswoche entbunden": a past birth's week says no "expecting"
    weeks_now = patterns["ssw"].sub(lambda m: " " if lost(m) else m.group(0), text)
    if due or patterns["due_date"].search(text) or patterns["expecting"].search(weeks_now):
        return PREGNANCY
    week = next((m for m in patterns["week_of"].finditer(text)  # "Ratsuchende, 20, in der 8.
                 if not lost(m)), None)  # Woche": no child yet; "in der 10. Woche verloren": none
    if week is None and (bare := bare_week(text)) and not lost(bare):
        week = bare  # dictated bare: "frau k 32. woche erstes kind" (`pregnancy_weeks`)
    weeks = int(week.group(1)) * (1 if week.group("w") else 4) if week else 0
    if week and 1 <= int(week.group(1)) <= 42 and (not _names_child(
            unranked(_TO_BEAR.sub(" ", text)), vocab, weeks) or _birth_care_asked(text, weeks)):
        # "im 6. Monat" is the whole pregnancy, as "im 7. Monat schwanger" is
        return _pregnancy_range(40 - int(week.group(1))) if week.group("w") else PREGNANCY
    unborn = _PAST_PREGNANCY.sub(" ", weeks_now)  # "mit 15 schwanger geworden, jetzt Baby 3 Mon."
    unborn = _ENDED.sub(" ", unborn)  # "nach dem Schwangerschaftsabbruch geht es ihr schlecht"
    if _BABY_MONTHS.search(unborn) and _names_child(unborn, vocab):
        unborn = _CAUSED_PAST.sub(" ", unborn)  # "Kind 8 Mon. … abgebrochen wg. Schwangerschaft"
    if _words_say_pregnant(unborn, vocab):
        return PREGNANCY
    spoken = parents_named(unborn)  # a child's "sonst wird Papa böse" is no father to be
    if any(not _PARTICIPLE_BEFORE.search(spoken, 0, m.start())
           for m in _pregnancy_phrases().finditer(spoken)) or _DUE_SOON.search(unborn):
        return PREGNANCY
    return PREGNANCY if unborn_sibling(unborn) else None  # „mein Bruder kommt im Mai“


# "soll eingeschult werden eltern unsicher": a participle before "werden" makes it the passive's
# auxiliary, the clause ends there (the comma after it lost) — no parents to be
_PARTICIPLE_BEFORE = re.compile(r"\b(?:[a-z]*ge[a-z]+(?:t|en)|[a-z]+iert)\s+$")


__all__ = ["PREGNANCY", "pregnancy", "pregnancy_care_asked"]
