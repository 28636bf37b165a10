"""The building blocks of age mentions: units, separators, and the words around a number.

`age_mentions` composes them into its patterns; they are kept here so that the reader stays one
file of logic.
"""

from __future__ import annotations

import re
from functools import cache

from bot.understanding.gate import gated
from bot.vocabulary.lexicon import age_vocabulary

NUM = r"\d{1,2}(?:[,.]5(?![\d.]))?"
YEAR_UNIT = (
    r"(?:jaehrig\w*|jaehr\b\.?|j\b\.?|jahre?n?\b|jr\b\.?|lj\b\.?|y\s*/\s*o\b|years?[- ]?old"
    r"|years?\b|yrs?\b"
    r"|yos?\b|yas\w*"  # Turkish "3 yaşında"; other languages: `bot.understanding.foreign`
    r"|ans\b|anos\b|anni\b|jaar\b|lat\b|let\b|godin\w*)"  # "a 10 ans", "tiene 4 años", "ma 5 lat"
)
MONTH_UNIT = (r"(?:monate?n?\b|monatig\w*|mon\b\.?|mo\b\.?|months?\b|mths?\b|lebensmonat\w*"
              r"|lm\b\.?"  # "aktuell 14 LM": a developmental report's Lebensmonate
              r"|aylik\w*)")
# "Wo." is weeks, but not before a where-question's pronoun or verb ("zehn wo die", "11 wo kriegen")
WEEK_UNIT = (r"(?:wochen?\b|woechig\w*|wo\b(?!\s+(?:die|der|das|man|sie|er|es|ich|wir|ihr|du"
             r"|ein\w*|kann|gibt|gibts|bekomm\w*|finde\w*|krieg\w*|koenn\w*|hilft|helfen|melde\w*"
             r"|wende\w*|soll\w*|muss\w*|hin|geht|gehen)\b)\.?|weeks?\b|wks?\b|lebenswoch\w*)")
DAY_UNIT = r"(?:tage?n?\b|taegig\w*|days?\b)"  # "8-wöchige", "zehntägiger": -ig adjectives
# between two ages: German (also spoken "un"), English, Turkish "ve", "+" ("Kinder 3+7")
# (a comma before two digits is a decimal one: "Kind 10, 1,40 m" names no child of 1 or 40)
SEP = r"\s*-?\s*(?:,(?!\d\d)|und|un\b|u\.|u\b|&|and|ve\b|\+|/|-/|-|–|bis|oder)\s*"
# what may not follow a number after a noun: then it is a class, a time, an amount or a count
# ("Schüler 8a": a class letter, no age)
# ("Junge 14 Kl. 8b": a class with its own number leaves the number before it an age, but an
# ordinal's is the class: "Mädchen 1. Klasse 6 Jahre")
NOT_AFTER = (r"(?!\s*\.\s*(?:klasse|kl\b))"
             r"(?!\s*\.?\s*-?\s*klaessler)"  # "ist 1.klaesslerin" (Erstklässlerin): a class
             r"(?!\d)(?![a-f]\b)(?!\s*\.?\s*(?:(?:klasse|kl\b)(?!\.?\s*\d)|sinif|ssw|uhr"
              r"|euro|eur\b|%|prozent"
              r"|kinder(?:\w*(?:er|ern|en|e|n|s))?\b"
              # "3 solche Kinder": a count under ten with an adjective (not "Klientin 17 kleine …")
              r"|(?<![1-9]\d)(?<![1-9]\d\s)(?!andere)[a-z]+e\s+kinder(?:\w*(?:er|ern|en|e|n|s))?\b"
              r"|(?:[a-z]+e[nr]?\s+)?geschwister(?!kind\b)"  # "2 jüngere Geschwister": a count
              # (groups53) a group's members, places or groups counted: "Mädchen, 15–16, 20
              # Spielerinnen", "Jugendliche 14-17, 12 TN": the count ends no span of ages
              r"|(?:spieler\w*|tn|teilnehm\w*|plaetze|personen|leute|gruppen|gr\b|betreuer\w*"
              r"|teamer\w*)\b"
              r"|\d(?!\d?\s*\.?\s*(?:klasse|kl\b)|\d?[a-f]\b)|stunde|std|minute|mal\b|monate|wochen|jahre"
              r"|jaehrig|\.\s*\d|[,.]\d|von\s+\d|"
              # "Geschwister (1. und 3. Klasse)": an ordinal in a list of school years
              r"\.\s*(?:und|u\.|oder|/|-|bis)\s*\d|"
              r"\.\s*(?:jahrg|schulj|jg|lj\b|lebens|stufe|og\b|stock|etage|kind|geschw|lehrj|ausbildungsj"
              r"|semest|monat\b|woche\b)"
              r"|\s*/\s*7))")  # fmt: skip
# ("sei" as reported: "ihre Tochter sei 13 und habe so viele Fragen")
COPULA = frozenset({"ist", "wird", "war", "is", "turns", "turned", "wurde", "sind", "are", "sei"})
NOW = frozenset({"jetzt", "inzwischen", "mittlerweile", "now", "aged", "age", "korrigiert",
                  "erst", "gerade", "bald", "schon", "knapp", "fast", "ca", "circa",
                  "etwa"})  # fmt: skip
# words before a number of months or weeks that make it a span of time, not an age
SPAN_BEFORE = frozenset({"seit", "fuer", "for", "vor", "nach", "in", "im", "ab", "alle", "jede",
                         "jeden", "ueber", "bis", "letzte", "letzten", "naechste", "naechsten",
                         "since", "ago", "during", "binnen", "innerhalb", "mehr", "als", "noch",
                         "schon", "erst", "die", "der", "den",
                         "diese", "diesen", "zwei", "paar", "von", "zu", "zum"})
APPROX = frozenset({"knapp", "fast", "almost", "nearly"})
# "just under N" ("knapp 13", "nicht ganz elf", "noch keine drei"): the year before N's last half
ALMOST = r"(?:knapp|fast|almost|nearly|(?:noch\s+)?nicht\s+ganz|noch\s+keine|not\s+quite)"
# a spoken rounding before a number, the number still the age: "um und bei sieben" (Ruhr and
# Westphalia), "so um die acht", "höchstens neun" (at most: the writer's best guess)
ROUNDING = r"(?:um\s+und\s+bei|(?:so\s+)?um\s+die|hoechstens|so)"
# a mother, father or both parents by the words of a family, not of a word like "Elternzeit" or
# "Mutter-Kind-Kur" ("eltern kind gruppe" once folded)
_PARENT = r"(?:vater|mutter|mama|papa|mami|papi|eltern)\b(?!\s+kind)"
# a parent as new as the child: "stolzer Papa", "frischgebackene Mutter" (not "alleinerziehende
# Mutter": single for that long, no birth)
_NEW_PARENT = rf"(?:(?:stolze[rn]?|frischgebackene[rn]?|frische[rn]?|junge[rn]?)\s+)?{_PARENT}"
# days, weeks or months: a time that short since becoming a parent is the newborn's age
_SHORT = r"\d{1,2}\s*\.?\s*(?:tage?n?|wochen?|wo|monate?n?|mon)\b\.?"
# "seit der Geburt vor 3 Monaten", "vor 6 Wochen entbunden": the time since a birth is an age
# (not since a stillbirth or miscarriage: "nach einer Totgeburt vor 2 Jahren" names no child)
BIRTH = re.compile(r"(?<!tot)(?<!fehl)(?<!stille )geburt\s+"
                   r"(?:(?:der|des|von|unserer|unseres|meiner|meines|ihrer|ihres)\s+)?"
                   r"(?:\w+\s+)?\(?\s*vor\s+\d"  # "seit der Geburt der Zwillinge (vor 3 Mon.)"
                   r"|\bvor\s+\d{1,2}\s*\w+\s+(?:geboren|entbunden|zur welt)"
                   r"|\bborn\s+\d{1,2}\s*\w+\s+ago"
                   # "hat vor drei Wochen ihr viertes Kind bekommen": a birth weeks ago
                   r"|\bvor\s+\d{1,2}\s*\w+\s+(?:\w+\s+){0,3}(?:kind|baby|sohn|tochter|zwillinge"
                   r"|maedchen|jungen)\s+(?:bekommen|gekriegt|geboren|zur welt gebracht)"
                   # "hat Zwillinge bekommen vor 3 Wochen": the same told the other way round
                   r"|\b(?:kind|baby|sohn|tochter|zwillinge|drillinge|maedchen|jungen)\s+"
                   r"(?:bekommen|gekriegt|geboren|entbunden)\s+vor\s+\d"
                   r"|\b(?:had|gave birth to)\s+(?:\w+\s+){0,3}(?:baby|child|son|daughter|twins)"
                   r"\s+\d{1,2}\s*\w+\s+ago"
                   # "KS vor 3 Wochen", "Entbindung war vor 5 Tagen": the time since the birth
                   r"|\b(?:ks|kaiserschnitt|sectio|entbindung|geburt)\s+(?:war\s+)?vor\s+\d"
                   # "nach 8 Monaten abstillen", "stillt seit 7 Monaten": as old as the nursing
                   r"|\b(?:nach|seit)\s+\d{1,2}\s*\w+\s+(?:ab|voll)?still"
                   r"|\bstill\w*\s+(?:\w+\s+)?seit\s+\d"
                   # "Mama 4 Wochen nach KS", "2 Monate nach der Geburt": as old as the time since
                   r"|\b\d{1,2}\s*(?:wochen?|wo|monate?n?|mon|tage?n?)\.?\s+nach\s+(?:der\s+|dem\s+)?"
                   r"(?:geburt|entbindung|ks\b|kaiserschnitt|sectio)"
                   # parenthood this new dates the newborn: "ist seit 3 Wochen Vater", "seit 9
                   # Tagen Mama,", "vor 10 Tagen Mama geworden", "wurde vor 2 Wochen Mutter"
                   rf"|\b(?:ist|bin|sind|seid)\s+(?:\w+\s+)?seit\s+{_SHORT}\s+{_NEW_PARENT}"
                   rf"|\bseit\s+{_SHORT}\s+{_NEW_PARENT}(?=\s*(?:[,.;:!?)]|$))"
                   # "Mama seit 5 Tagen, …" (not "Vater seit 2 Mon. allein": since then alone)
                   rf"|(?:^|[,.;:!?(]\s*){_PARENT}\s+seit\s+{_SHORT}(?<!\.)(?=\s*(?:[,;:!?)]|$))"
                   rf"|\bvor\s+{_SHORT}\s+(?:\w+\s+){{0,3}}?{_PARENT}\s+geworden\b"
                   rf"|\b(?:wurde|wurden)\s+(?:\w+\s+)?vor\s+{_SHORT}\s+(?:\w+\s+){{0,3}}?{_PARENT}"
                   # (time54) a life counted from its birth: "ist seit 11 Monaten auf der Welt",
                   # "erst 5 Wochen auf der Welt" — the span is the child's age, no waiting
                   rf"|\b{_SHORT}\s+(?:schon\s+|erst\s+|jetzt\s+)?auf\s+(?:der|dieser)\s+welt\b"
                   rf"|\b{_SHORT}\s+(?:in\s+the|on\s+this)\s+(?:world|earth)\b")
BIRTH = gated(BIRTH)  # a text without its words skips the scan


# a paediatric check-up ("zur U3 beim Kinderarzt", "bei der U3", "U3-Untersuchung"): the code of a
# visit, not "U3" (under three) as a Krippe writes it ("U3-Gruppe", "in der U3", "zwei U3 Kinder")
# ("von der U3- in die Ü3-Gruppe": a hanging hyphen leaves the compound to the group's word)
CHECK_UP = re.compile(r"\b(?:zur|zum|bei\s+der|beim|nach\s+der|vor\s+der|von\s+der|seit\s+der)"
                      r"\s+u\s?-?\d{1,2}\b(?!-\s|\s*-?\s*(?:gruppe|bereich|platz|plaetze|kind|kinder"
                      r"|betreuung|kita|krippe))"
                      r"|\bu\s?-?\d{1,2}\s*-?\s*(?:untersuchung|termin|vorsorge|beim\s+(?:kinder)?arzt"
                      r"|bei\s+(?:der|dem)\s+(?:kinder)?aerzt\w*)")  # fmt: skip

# one child of several, not said which ("für eins der Kinder (10 Mon. / 2 J.)", "einem der beiden"):
# their ages give no span, the assistant asks which child it is
ONE_OF = re.compile(r"\b(?:1|eins|eines|einem|einer|one)\s+(?:der|von\s+den|of\s+the|of\s+her"
                    r"|ihrer|seiner)\s+(?:beiden\s+|2\s+|two\s+)?(?:kinder|kindern|kids|children"
                    r"|geschwister)\b")  # fmt: skip

# the writer's own workplace names no child: "Ich arbeite seit 15 Jahren in der Kita.", "Wir als
# OGS-Team wollen eine Fortbildung"
OWN_WORKPLACE = re.compile(r"\bich\s+(?:arbeite\w*|bin|war)\b[^.!?;]*|\b(?:wir|ich)\s+als\s+"
                           r"[a-z-]*(?:team|leitung|kollegium|fachkr\w*|erzieher\w*|lehrer\w*"
                           r"|personal)\b")  # fmt: skip

# after children, "1 und 3 Klasse" is a list of classes ("Geschwister 1 und 3 Klasse"); after one
# child, "Mädchen 8 und 3. Klasse" is its age and its class
CLASS_LIST = re.compile(r"\s*(?:und|u\.|oder|/|-|–|bis)\s*\d{1,2}\s*\.?\s*(?:klasse|kl\b)")

# a plural of children right before the numbers: each number is one child's age
PLURAL_CHILDREN = ("kinder", "kindern", "kids", "children", "geschwister", "zwillinge", "jungs",
                   "enkel", "maedchen", "schueler", "drillinge", "soehne", "soehnen", "toechter",
                   "toechtern")
# plurals whose umlaut hides the singular child noun: "Söhne 9 und 11", "Töchter (4, 7)"
UMLAUT_PLURALS = ("soehne", "soehnen", "toechter", "toechtern")
# a child noun that folds into an abbreviation and so stays out of the shared vocabulary: Turkish
# "kız" (girl) is "kiz" folded, as "KiZ" (Kinderzuschlag) is; right before an age it is the girl
FOLDED_CHILD_NOUNS = ("kiz",)
# a baby's own age, not a time to come: "2 days old", "8 Wo alt", "6 Wochen alt"
BABY_AGE = re.compile(r"\d{1,2}\s*(?:wochen?|wo|monate?n?|mon|tage?n?|weeks?|months?|days?)\b"
                      r"\.?\s*-?\s*(?:alt|old)\b")  # fmt: skip
TWINS = re.compile(r"^(?:zwill|drilling|twin)")  # born together: one age for all
SEVERAL = re.compile(rf"\b(?:{'|'.join(PLURAL_CHILDREN)})\W*$")
# "Mädchen", "Schüler" are one child as often as several: "Mädchen 2 Jahre 6 Monate" is one girl
# of 2;6, "Zwei Mädchen (3 J. und 8 Mon.)" are several: a count or a plural article says so
SINGULAR_TOO = re.compile(r"\b(?:maedchen|schueler)\W*$")
PLURAL_MARK = re.compile(r"\b(?:\d{1,2}|zwei|drei|vier|fuenf|beide\w*|die|den|alle|unsere\w*"
                         r"|ihre\w*|meine\w*|seine\w*|mehrere|einige)\s+(?:[a-z]+\s+)?"
                         r"(?:maedchen|schueler)\W*$")


# twins are born together: "Zwillinge, 2 Jahre und 10 Monate" is one age of 2;10 for both
_BORN_TOGETHER = re.compile(r"\b(?:zwill|drilling|twin)\w*\W*$")


def several_before(before: str) -> bool:
    """Tell whether the numbers after `before` are several children's ages, one each."""
    return bool(SEVERAL.search(before)) and not _BORN_TOGETHER.search(before) and (
        not SINGULAR_TOO.search(before) or bool(PLURAL_MARK.search(before)))


# a hedge says nothing of what a number counts: "Baby ca. 3 Monate" an age, "seit ca. 3 M." a span
APPROXIMATE = frozenset({"ca", "circa", "zirka", "etwa", "ungefaehr", "rund", "about", "around",
                         "approx", "approximately", "roughly", "maybe", "perhaps", "probably",
                         "vielleicht", "schaetzungsweise", "geschaetzt",
                         # as typed in a hurry: "mädchen vllt 12", "Junge evtl. 9"
                         "vllt", "vlt", "evtl", "eventuell", "vermutlich", "wahrscheinlich",
                         # typed or spoken loosely: "ungefahr", Swabian/Bavarian "ogfähr"
                         "ungefahr", "ungefaer", "ungfaehr", "ogfaehr", "ugfaehr"})


# a cue before a number that rounds it ("so 14", "ca. 3", "um die 15")
HEDGES = frozenset({"so", "ca.", "um die"}) | APPROXIMATE
HEDGE = re.compile(rf"\b(?:{'|'.join(sorted(APPROXIMATE))})\b\.?")


def words_before(text: str, start: int, count: int = 1) -> list[str]:
    """The last `count` words before `start`, hedges ("ca.", "etwa") skipped."""
    words = [w for w in re.findall(r"[a-z]+", text[max(0, start - 60) : start])
             if w not in APPROXIMATE]  # fmt: skip
    return words[-count:]


# words whose number is their own, not a person's age ("aus Klasse 7", "in Gruppe 3")
OWNERS = ("klass", "jahrg", "jg", "stufe", "gruppe", "grade", "year", "kurs", "haus", "zimmer",
          "raum", "linie", "bus", "platz", "team", "mannschaft", "woche", "monat", "jahr")

# a group of children before "ab N" makes it an open range ("für Kinder ab 10", "Jugendliche ab 14")
GROUP_FROM = re.compile(r"\b(?:kinder|kindern|kids|children|jugendliche|jugendlichen|teens|teenager"
                        r"|schueler\w*|maedchen|jungs|jungen|angebote?|gruppen?)\b"
                        r"(?:\s+[a-z]+){0,4}\s+(?:so\s+|etwa\s+|ca\.?\s+)?ab\s*$")  # fmt: skip

# a group of children before "bis N Jahre": every age up to N ("Familien mit Kindern so bis sechs
# Jahre", "children up to 5 years"); a time after "bis" is no age ("bis 6 Wochen Wartezeit")
GROUP_UNTIL = re.compile(r"\b(?:kinder|kindern|kids|children|maedchen|jungs|jungen)"
                         r"(?:\s+(?:so|etwa|ca\.?|im\s+alter))?\s+(?:bis|up\s+to)\s*$")

# a group of children before "über N": an open range ("Kinder über 3")
GROUP_OVER = re.compile(r"\b(?:kinder|kindern|kids|children|jugendliche|jugendlichen|maedchen|jungs"
                        r"|jungen)\s+(?:ueber|over|older than|aelter als)\s*$")  # fmt: skip


# a count per time ("3-4 joints am tag", "2-3 mal die Woche", "5 dosen täglich"): how often or
# how much, never an age
RATE = re.compile(r"\s*(?:(?:-|–|bis|oder)\s*\d{1,2}\s*)?(?:[a-z]+\s+){0,2}?"
                  r"(?:(?:am|pro|die|jeden|jede|im|in\s+der|per|a|each)\s+"
                  r"(?:tag|woche|wochenende|monat|nacht|abend|day|week|night|month|weekend)\b"
                  r"|taeglich|woechentlich|daily|weekly|nightly)")  # fmt: skip
# a number or an either-or pair of numbers right before a plural noun of people counts them:
# "5 oder 6 Jungs aus meiner Mannschaft", "2-3 Familien", "zwei bis drei Mädels" (number words are
# digits by now) — the first number of the pair has no noun of its own and would read as an age
PEOPLE_COUNT = re.compile(r"\s*(?:(?:-|–|/|bis|oder|or|to)\s*\d{1,2}\s+)?"
                          r"(?:(?!(?:und|u|oder|die|der|den|das|dem|the|and|or|mit|von|aus|in|im"
                          r"|zu|fuer|for|with)\b)[a-z]+\s+)?"  # an adjective: "3 kleine Kinder"
                          r"(?:jungs|jungen|maedels|maedchen|kinder|kids|children|boys|girls"
                          r"|familien|families|leute|people|personen|teilnehmer\w*|schueler\w*"
                          r"|jugendliche\w*|muetter|vaeter|mamas|papas|geschwister\w*"
                          r"|eltern|parents|mothers|fathers|moms|mums|dads)\b")  # "~15 parents"
# a number right before children named by their age is how many there are ("zwei Elfjährige",
# "drei 14-jährige", "3 Sechsjährige"), not the first age of a range: unless a target group is
# named ("Ferien für 9 12-Jährige")
COUNTED = re.compile(r"\s*\d{1,2}\s*-?\s*jaehrig")  # number words are digits by now
TARGET_GROUP = re.compile(r"\b(?:fuer|for|zwischen|between|von|from|ab|alter|aged?)\s*$")


@cache
def people_nouns() -> tuple[str, ...]:
    """Child and role nouns long enough to end a compound ("Seiteneinsteigerin", "Pflegekind")."""
    vocab = age_vocabulary()
    return tuple(n for n in {*vocab.child_nouns, *vocab.role_nouns} if len(n) > 3)

# a further child on the way ("2. Kind unterwegs", "wieder schwanger") beside a born child who
# is taken to a group or a place for small children: the request is about the born child
FURTHER_CHILD = re.compile(r"\b(?:\d\.\s*|zweite\w*\s+|dritte\w*\s+|vierte\w*\s+)(?:kind|baby)\b"
                           r"|\b\d\s+(?:kind|baby)\s+(?:ist\s+)?unterwegs"  # "2 Kind unterwegs"
                           r"|\bgeschwisterchen\b|\b(?:wieder|erneut|nochmal)\s+schwanger"
                           r"|\bzum\s+(?:\d\.|\w+te[nm])\s+mal\s+schwanger"  # "zum 4. Mal"
                           # Frühe-Hilfen files: "ki 5 mo., fg 29. ssw" (Folgeschwangerschaft)
                           r"|\bfolgeschwangerschaft\b|\bfg\s+\d{1,2}\.?\s*(?:ssw|schwangerschaftsw)"
                           # a midwife's gravida/para with a birth before ("G2P1", "G3 P2"): a
                           # born child at home; and the "Geschwisterkind" such files name
                           r"|\bg\s?[2-9]\s?p\s?[1-9]\b|\bgeschwisterkind\b")
# the born children are the subject of the need: "Die Kinder brauchen dringend Kita bzw. Schule"
# (also counted and with their ages: "die beiden Großen (4 u. 6) müssen … versorgt sein")
CHILDREN_NEED = re.compile(r"\b(?:die|unsere|ihre|seine|meine|the|her|his)\s+(?:(?:beiden|zwei|drei"
                           r"|vier|two|three|\d)\s+)?(?:(?:grossen|aelteren|kleinen|older)\s+)?(?:kinder"
                           r"|kids|grossen|aelteren|kleinen|geschwister|children|ones)\s*(?:\([^()]{1,24}\)"
                           r"\s*)?(?:\w+\s+)?(?:brauch|braeucht|benoetig|such|woll|muess|need)\w*"
                           r"|\bwer\s+(?:nimmt|betreut|huetet)\s+(?:die|the)\s+(?:kinder|kids|kleinen)\b")
# care for the pregnancy or the birth: beside it, a Krabbelgruppe the born child attends is a
# detail of the story ("Tochter 2 in der Krabbelgruppe, sucht eine Hebamme")
PREGNANCY_CARE = re.compile(r"hebamme|geburtsvorbereit|schwanger\w*beratung|vorsorge|entbindung"
                            r"|geburtshilf|midwife|antenatal|wochenbett")
BORN_CHILD_SETTING = re.compile(
    r"(?:krabbelgruppe|spielgruppe|eltern[- ]?kind[- ]?gruppe|babygruppe|babytreff|elterncafe"
    r"|krabbeltreff|pekip|babyschwimmen)(?!\s+nach\s+der\s+geburt)|kinderturnen"  # the baby's
    r"|spielkreis|krippe|kitaplatz|kita[- ]platz|tagesmutter|tagespflege|playgroup|\bktp\b"
    # a Kita as what the message ends asking for: "…, Kita in Unna", "sucht eine Kita"
    r"|\bkita\b(?=(?:\s+(?:in|im|bei|am)\s+[a-z-]+)?\W*$)|such\w*\s+(?:\w+\s+)?kita\b"
    # the born children overwhelm her: "kommt mit den Großen nicht hinterher", "stundenweise"
    r"|hinterher|stundenweise|mit\s+den\s+(?:\w+\s+)?(?:grossen|aelteren|kindern)\b[^.!?]{0,30}?"
    r"\b(?:nicht|kaum)\b"
    # someone to take the born children off her hands: "der mal die Kinder nimmt"
    r"|\b(?:die|den|the)\s+(?:kinder|kindern|kleinen|grossen|zwillinge|zwillingen|kids|twins)"
    r"\s+(?:\w+\s+)?(?:nimmt|nehmen|abnimmt|abnehmen|betreut|betreuen|huetet|hueten|takes|take)\b"
    r"|\bauf\s+die\s+(?:kinder|kleinen|zwillinge)\s+(?:\w+\s+)?aufpass"
    # someone to look after them: "jemand, der sich (auf Dari) um die Kinder kümmert"
    r"|\bum\s+(?:die|den|ihre|seine)\s+(?:beiden\s+|zwei\s+|drei\s+)?(?:kinder|kleinen|grossen"
    r"|zwillinge|kids|geschwister)\b[^.!?]{0,30}?\bkuemmer\w*"
    # care asked verb first names the born child at home: "wer betreut den Kleinen?" (family52)
    r"|\b(?:betreut|betreuen|betreuung\s+(?:fuer|von))\s+(?:den|die|das|dem)\s+(?:kind|kinder"
    r"|kleinen|kleine|grossen|zwillinge|sohn|tochter)\b(?!\s+nach\s+der\s+geburt)")
# the writer's own charge, introduced as such: "wir haben ein U3-Kind, 14 Mon.", "bei uns in der
# Gruppe ist ein Junge (4)", "in meiner Klasse ist ein Mädchen": a Kita or school asks about the
# child it cares for, whatever else the family expects
WRITER_CHARGE = re.compile(
    r"\b(?:wir\s+haben|ich\s+habe|hab\s+ich|haben\s+wir)\s+(?:(?:hier|da|gerade|aktuell|jetzt|bei"
    r"\s+uns|in\s+(?:der|unserer|meiner)\s+\w+)\s+){0,2}(?:ein|eine|einen|nen|ne|n)\s+"
    r"(?:[a-z0-9]+[-\s]+)?(?P<noun>[a-z]+)\b"
    r"|\b(?:bei\s+uns|in\s+(?:unserer|meiner)\s+\w+)\s+(?:\w+\s+)?(?:ist|sind|haben\s+wir)\s+"
    r"(?:ein|eine|einen|nen|ne|n)\s+(?:[a-z0-9]+[-\s]+)?(?P<noun2>[a-z]+)\b")
# care only the pregnancy takes, which the writer's charge does not outweigh ("Familienhebamme"
# also visits a born baby, a plain "Hebamme" is the mother's)
PREGNANCY_ONLY_CARE = re.compile(r"(?<!familien)hebamme|geburtsvorbereit|schwanger\w*beratung"
                                 r"|entbindung|geburtshilf|midwife|antenatal")


def _child_nouns() -> str:
    """The child nouns as one alternation: the nouns `noun_numbers` reads a number after."""
    vocab = age_vocabulary()
    return "|".join(re.escape(n) for n in (*vocab.child_nouns, *UMLAUT_PLURALS,
                                           *FOLDED_CHILD_NOUNS))  # fmt: skip


@cache
def noun_word() -> re.Pattern[str]:
    """A whole word `noun_numbers` opens on: any letters, a child noun, "es"/"s" after it."""
    return re.compile(rf"[a-z]*(?:{_child_nouns()})(?:e?s)?")


@cache
def mention_patterns() -> dict[str, re.Pattern[str]]:
    """The regular expressions that find number mentions, compiled once per vocabulary."""
    nouns = _child_nouns()
    return {
        "years": re.compile(
            rf"(?<![a-z\d])(?P<a>{NUM})(?:(?:{SEP}|\s+)(?P<b>{NUM}))?\s*-?\s*{YEAR_UNIT}"
            r"(?:\s*alt\w*)?"),
        "months": re.compile(
            rf"(?<![a-z\d])(?P<a>{NUM})(?:(?:{SEP}|\s+)(?P<b>{NUM}))?\s*-?\s*(?:(?P<m>{MONTH_UNIT})|"
            rf"(?P<w>{WEEK_UNIT})|(?P<d>{DAY_UNIT}))"),
        "years_months": re.compile(
            # "12 Jahre und 2 Monate", also "12 Jahre alt und 2 Monate"
            rf"(?P<y>\d{{1,2}})\s*{YEAR_UNIT}\s*(?:alt\s*|old\s*)?(?:,|und|u\.|and)?\s*"
            rf"(?P<m>\d{{1,2}})\s*{MONTH_UNIT}"),
        "noun_numbers": re.compile(
            # an aside in brackets (a name, the sex, a gloss) may stand before the age, and the
            # noun may close one: "Sohn (Tim) 12", "Tochter (w) 15", "mein anipsios (neffe) 17"
            rf"(?P<noun>\b[a-z]*(?:{nouns}))(?:e?s)?\b\.?\s*"
            r"(?:\(\s*[a-z][a-z .]{0,20}\)\s*)?(?:\(|\)|,|:|-|–)?\s*"
            r"(?:[mwfd]\b\.?\s*[,/]?\s*)?"  # the sex as files note it: "Mdl. m 13", "Kd. w, 5", "d"
            # "ein Kind von 7", "a child of 7": the age after "von"/"of"
            # Kölsch "es" is "ist" ("dä Jung es fuffzehn"); Ruhr "vonne" is rewritten "von der",
            # which before 14 to 21 (no school class is numbered so) is "von": "Mädchen vonne 16"
            r"(?:(?P<cop>ist|is|es|wird|war|jetzt|now|aged?|zwischen|between|sind|are|turned|wurde"
            r"|von(?:\s+der(?=\s+(?:1[4-9]|2[01])\b))?|of)"
            r"\s+|mit\s+(?=\d{1,2}\s*(?:[,.;:!?)(]|$|jahr|j\b|\s(?:und|oder|pflegt|hat|ist|wird|kann"
            r"|geht|wohnt|lebt|sucht|braucht|kommt|spricht|will|muss"
            # a relative clause after the age: "hat nen Sohn mit 4, der sehr schwierig ist"
            r"|(?:der|die)\s+(?=(?:\w+\s+){1,3}(?:ist|war|hat)\b))\b)))?"
            r"(?:\d{1,2}\s?[a-f]\s+)?"  # "Schüler 8a 14": the class, then the age
            # "Girl, maybe 15", "Junge, vielleicht 12", "a girl of about 15": a hedge, still her age
            # "ein Junge so um die zehn", "ein kleines Kind so anderthalb": "so" hedges as well
            rf"(?:(?:{'|'.join(sorted(APPROXIMATE))}|{ROUNDING})\.?\s+){{0,2}}"
            rf"(?P<approx>{ALMOST}\s+)?"
            rf"(?P<nums>{NUM}(?:(?:{SEP}|\s+){NUM})*)(?P<unit>\s*-?\s*(?:{MONTH_UNIT}|{WEEK_UNIT}))?"
            + NOT_AFTER),
        # a short phrase between the noun and its age, as typed without commas: "Seiteneinsteiger
        # aus Rumänien 14 in Bergkamen", "Kind mit Behinderung 9 braucht …"
        "noun_phrase_number": re.compile(
            # "Junger Mann aus Guinea 19", "FZ 2 1/2", English "son with Down syndrome 5"
            r"(?P<young>\b(?:jung\w*|young)\s+)?"
            r"\b(?P<noun>[a-z]{2,})\s+(?:(?:aus|mit|von|ohne|in|im|bei|with|from)"
            r"(?:\s+(?:der|dem|den|die|einer|einem|meiner|meinem|unserer|unserem|unserer|our|the))?"
            # "aus der 10.", "aus meiner 5 (12 J.)": a grade
            r"\s+(?!(?:der|dem|den|die|einer|einem|meiner|meinem|unserer|unserem|seiner|ihrer)\b)"
            r"(?P<w>[a-z]{2,})"
            r"(?:\s+(?!(?:und|oder|and|or|ist|is)\b)(?P<w2>[a-z]{4,}))?"
            rf"|zuhause|daheim)\s+(?P<nums>{NUM}(?:\s*(?:-|–|bis|und|u\.)\s*\d{{1,2}})?)\b"
            r"(?!\s*(?:/|oder|,)\s*\d)" + NOT_AFTER),
        # a name or any word and the age in brackets, as professionals write it: "Luca (11)"
        "named": re.compile(
            # "(17, 1. Lehrjahr)": an ordinal after the age is a year of training, no second age
            r"\b(?P<word>[a-z]{3,})\.?\s*\(\s*(?P<nums>\d{1,2}(?:,5)?(?:\s*(?:,|und|un\b|u\.|&|/|\+|ve|and)"
            r"\s*\d{1,2}(?!\d|\s*\.\s*[a-z]))*)"
            # "Lotta (6, 1a)": a class mark after the age says where she goes, no second age
            r"\s*(?:j\.?|jahre)?(?:\s*,\s*\d{1,2}\s?[a-f](?![a-z]))?\s*\)"),
        "person": re.compile(
            r"(?P<young>\b(?:jung\w*|jg\.?|young)\s+)?\b(?P<noun>[a-z]{2,})(?P<dot>\.)?\s*"
            r"(?:[(,:]|-|–)?\s*"
            r"(?:[mwfd]\b\.?\s*[,/]?\s*)?"  # the sex as files note it: "Pat. w 16", "Jgl. m, 15"
            r"(?:(?:ist|is|war|jetzt|now|aged?|erst|schon|\d{1,2}\s?[a-f])\s+){0,2}"
            r"(?P<nums>\d{1,2}(?:\s*(?:-|–|bis|und|u\.|/)\s*\d{1,2})?)\b\s*\)?" + NOT_AFTER),
    }



# a group, course or club named right before a rising range: the ages of its children ("unsere
# Kindergruppe 5–7", "Abteilung Kinderturnen 3–6")
GROUP = re.compile(r"[a-z]{3,}(?:gruppe|gruppen|turnen|kurs|kurse|treff|club|klub|kreis|freizeit"
                   r"|camp|schwimmen|sport|tanz|chor|ag)\s*[(:]?\s*$")
RISING = re.compile(r"\s*(?:[-–]|bis\b)")


# a word that opens a new sentence or closes the message never follows an ordinal: "ist 17. LG",
# "ist 15. Die Mutter …", "ist 9. Wo gibt es …" end the number's clause
SENTENCE_START = re.compile(
    r"\.\s+(?:lg|mfg|vg|gruss|gruesse|viele|liebe|danke|vielen|thx|thanks|cheers|bitte|er|sie|es"
    r"|wir|ich|die|der|das|den|dem|ein|eine|seit|wo|was|wer|wie|gibt|gibts|kann|koennen|hat|haben"
    r"|is|he|she|we|the|any|thank|geht|ist|muss|soll|darf|will|weiss|mein|meine|und|aber|also"
    r"|wenn|weil|ob|hilfe|help|can|could|is|are|do|does|what|where|who|how"
    # the family and the time a next sentence turns to: "er ist 3. mama ustala, die kann nicht
    # mehr", "sie ist 5. leider …"
    r"|mama|papa|mutter|vater|eltern|oma|opa|familie|leider|jetzt|heute|zuhause|dann|nun|sonst"
    r"|momentan|aktuell|seitdem)\b")

