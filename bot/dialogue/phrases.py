"""The short phrases of a conversation: "mehr", "details 2", a bare "17", "danke", "Neue Anfrage".

They only mean something inside a conversation (a bare "17" is an age only after "Wie alt ist das
Kind?"), so they are read here and not by the understanding of a request.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from bot.dialogue.connectives import in_german, new_case_in_german, opening_in_german
from bot.models import AgeRange
from bot.text import fold
from bot.understanding.age import understand_age_answer
from bot.understanding.age_reply_words import foreign_number_reply
from bot.understanding.dictation import undictate
from bot.understanding.foreign import germanise
from bot.vocabulary.lexicon import _load as load_toml
from bot.vocabulary.lexicon import common_words, frequent_words

_MORE = re.compile(r"^\s*(?:mehr|weiter|more|next|naechste|nächste)\b\W*$", re.I)
# A follow-up, or a preference or correction of the open case: "und in Unna?", "lieber in
# Unna", "eher was in der Kita", "nicht Logopädie, sondern …", "rather in English".
FOLLOW_UP = re.compile(
    # "+ sucht Krabbelgr. in Derne": the plus of notes is "und"
    r"^\s*(?:\+\s*(?=[^\W\d])|und|and|aber|oder|was ist mit|wie ist es mit|what about|how about|"
    r"auch|jetzt|"
    r"eher|lieber|besser|rather|preferably|instead|stattdessen|"
    r"nicht\s+(?:\w+\s+){0,2}\w+\s*,?\s*(?:sondern|eher|lieber))\b",
    re.I,
)
# "details 2", "d 2", "mehr zu 2", "info 2", "2", "die 1 bitte", "zeig mir die dritte", "the
# second one please": the full card of offer 2 of the last list. A word naming the card
# ("details", "d", "nr") makes it explicit; an article or "bitte" alone could be an age.
_CARD_WORD = (r"(?:details?|d|info|infos|karte|mehr\s+(?:zu|zum|ueber)|zu|zur|zum|nr\.?|nummer|"
              r"number|no\.?|#)")
_ORDINAL_WORDS = ("erst", "zweit", "dritt", "viert", "fuenft", "sechst", "siebt", "acht", "neunt",
                  "zehnt")  # fmt: skip
_ORDINAL_EN = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
               "ninth", "tenth")  # fmt: skip
_DETAILS = re.compile(
    rf"^\s*(?:(?:zeig\w*|show)\s+(?:mir\s+|me\s+)?)?(?P<card>{_CARD_WORD}\s*)?"
    rf"(?:(?:die|das|der|den|the)\s+)?(?:(?P<n>\d{{1,2}})|(?P<de>{'|'.join(_ORDINAL_WORDS)})"
    rf"(?:e|er|es|en)|(?P<en>{'|'.join(_ORDINAL_EN)}))\b(?:\s*(?:one|angebot))?"
    rf"(?:\s*(?:bitte|please|mal|pls|plz|anzeigen|zeigen))?\s*[.!?]?\s*$"
)
# A message that says the conversation is about someone else: "Nächster Fall:", "andere
# Klientin:", "new family:", "Fall 2:", "ok danke. anderer Fall: …" — a new case even without a
# need of its own. The marker must open the message (after thanks and fillers such as "ok", "noch
# eine Frage zu"), so that "Kind 4 schlägt ein anderes Kind" inside a request is no marker.
_NEW = (r"(?:neu|naechst|ander|weiter|zweit|dritt|viert|new|another|next|different|other|second|"
        r"third)(?:e|er|es|en|em)?")
# Who or what a new case is about. A child noun after a possessive or definite article ("ihr
# anderes Kind", "das zweite Kind") is a sibling in the same family, not a new case.
_CASE_NOUN = (r"(?:anfrage|suche|search|fall|faelle|familie|klient\w*|kund\w*|patient\w*|meldung|"
              r"anruf\w*|caller|call|anfragend\w*|ratsuchend\w*|gespraech|beratungsfall|"
              r"zuweisung|ueberweisung|auftrag|vorgang|referral|enquiry|inquiry|"
              r"mandant\w*|teilnehmer\w*|bewohner\w*|schule|case|family|families|request|"
              r"client|one|mutter|vater|eltern|frau|mann|person|mum|mom|mother|"
              r"father|dad|parents?|woman|man)")
CHILD_NOUN = (r"(?:kind|junge|jungen|maedchen|schueler\w*|jugendlich\w*|baby|saeugling|tochter|"
               r"sohn|child|kid|boy|girl|pupil|student|teen\w*)")
# "zweites Kind", "ein weiteres Kind" are more often a sibling: only "neu", "nächst", "ander".
_NEW_CHILD = r"(?:neu|naechst|ander|new|next|another|different|other)(?:e|er|es|en|em)?"
_NEW_CASE_HEAD = re.compile(
    rf"^(?:(?:(?:ein|eine|einen|a|an)\s+)?(?:{_NEW}\s+{_CASE_NOUN}|{_NEW_CHILD}\s+{CHILD_NOUN})\b"
    rf"|noch\s+(?:ein|eine|einen)\s+(?:{_CASE_NOUN}|fall)\b"
    rf"|noch\s+(?:eine|einer|einen|ein)\s*:"
    rf"|(?:fall|case|familie|family)\s+(?:nr\s*)?\d+\b|\d+\s+(?:fall|case)\b"
    rf"|(?:naechste[rs]?|next(?:\s+one)?)\s*:)"
)
# Words before the marker: thanks, fillers, "noch eine (zweite) Frage zu einer", "one more …".
_LEAD = frozenset((
    "ok", "okay", "danke", "dankeschoen", "vielen", "dank", "thanks", "thank", "you", "thx",
    "super", "prima", "gut", "so", "also", "und", "and", "jetzt", "now", "dann", "then", "noch",
    "hallo", "hi", "sorry", "passt", "perfekt", "klar", "alles", "hier", "here", "ist", "is",
    "kommt", "zu", "zur", "zum", "ueber", "about", "for", "fuer", "bei", "eine", "einer", "einem",
    "frage", "question", "ich", "i", "hab", "habe", "have", "got", "mal", "gleich", "direkt", "ne",
    "nen", "n", "da", "wir", "haben", "hatte", "haette", "zweite", "weitere", "second", "more",
    "one",
))  # fmt: skip
_WORD = re.compile(r"\w+|:")  # a colon closes a marker: "Nächste: …"
# Words of assent: "ok 👍", "alles klar, super" end a turn, they do not ask for anything.
_COURTESY = frozenset((
    "danke", "dankeschoen", "vielen", "dank", "thanks", "thank", "you", "thx", "ok", "okay",
    "super", "prima", "toll", "gut", "alles", "klar", "perfekt", "merci", "tschuess", "bye",
    "passt", "top", "spitze", "klasse", "great", "cool", "lieben", "herzlichen", "besten", "dir",
    "ihnen", "euch", "so", "sehr", "much", "a", "lot", "ja", "yes", "gerne", "das", "hilft",
    "helps", "that", "mir", "weiter", "erstmal", "schon", "mal", "many", "tausend", "lg", "vg",
    "gruss", "gruesse", "cheers", "schoen", "nice", "wissen", "zu", "verstanden", "notiert",
    "understood", "got", "it", "noted", "k", "kk", "oki", "okey", "jo", "yep", "yup", "genau",
    "wunderbar", "mache", "machen", "ich", "wir", "dann", "fine", "alright", "perfect",
    "einverstanden", "agreed",
    # wishes that close a talk ("das hilft uns sehr weiter, schönes Wochenende!", "have a nice
    # day"): courtesy, never a request nobody understood
    "uns", "us", "schoenen", "schoenes", "schoene", "guten", "tag", "abend", "wochenende",
    "feierabend", "noch", "bis", "bald", "have", "day", "weekend", "hilfreich", "helpful",
))  # fmt: skip
# Thanks in the languages families and professionals mix in (folded): one of them in a short
# message that asks nothing is thanks, whatever else it says ("Danke, das hilft sehr 🙏").
_THANKS = re.compile(
    r"^(?:danke\w*|dank|thanks?|thx|ty|merci|tesekk\w*|sagol|sag|dzieki|dziekuje\w*|grazie|"
    r"gracias|obrigad\w*|shukran|mersi|спасибо|спасиб\w*|дякую|дякуємо|شكرا|شكراً|ممنون|"
    r"mamnun|mulțumesc|multumesc|blagodaria|благодаря|faleminderit|hvala|谢谢|spas|supas|"
    r"tashakor|tashakkur|mahadsanid|ευχαριστω|shukriya|bedankt|asante|takk|tack)$"
)
MAX_THANKS_WORDS = 12
SHORT_FOLLOW_UP_WORDS = 6
# A bare number answering "Wie alt ist das Kind?" is years up to this age (the Präventionskette).
MAX_BARE_YEARS = 21
BARE_ANSWER_WORDS = 5  # "sie ist 15" unasked, as a correction
ANSWER_WORDS = 8  # "sie ist 8, wir sind in Fröndenberg" answering the age question


# A correction opens with what says the last answer was wrong ("nein, eher Ergotherapie",
# "Korrektur: Bönen", "sorry, meinte Unna", "stimmt nicht, sie ist 3"): the same case, changed.
# Files abbreviate it and add a word ("Korr.: Ki. ist 9", "kleine Korrektur", "Berichtigt:",
# "Fehler meinerseits"); "korrekt" is assent, not "korr.".
_CORRECTION = re.compile(
    r"^\W*(?:nein|nee|noe|nope|correction|falsch|wrong|stimmt\s+nicht|"
    r"(?:(?:eine?|kleine|kurze)\s+)?(?:korr(?:ektur|igendum)?|berichtig\w*|richtigstellung)|"
    r"(?:ich\s+(?:muss\s+)?)?korrigier\w*|(?:mein\s+)?fehler(?:\s+meinerseits)?|quatsch|"
    r"sorry|entschuldigung|verzeihung|pardon|oops|ups|doch|ich\s+meinte|meinte|i\s+meant|"
    r"verschrieben|vertippt|actually)\b"
)
# Fillers that may open a follow-up: "ach so, und in Unna?", "ok, lieber Kamen", "hm, eher …".
_FILLER = re.compile(r"^\W*(?:(?:ach\s+so|ach|oh|ah|aeh\w*|hm+|also|ok|okay|ja|gut|naja|well|"
                     r"so)\W+)+")  # fmt: skip


def without_correction(text: str) -> str | None:
    """The folded message after the words opening a correction, or None when none opens it.

    "nein sorry, sie ist 3;2, hab die akte verwechselt" → "sie ist 3;2, hab die akte verwechselt":
    what is left shows which fact is corrected and what only explains the mistake.
    """
    rest, found = fold(text), False
    # "anteeksi, väärin – …", "кечиресиз — …": a foreign opening read as the German word
    while (opening := _CORRECTION.match(read := opening_in_german(_FILLER.sub("", rest)))):
        rest, found = read[opening.end():].lstrip(" ,;:.!-–—"), True
    return rest if found else None


# Thanks before the follow-up proper ("Super! Und gibt es …?"): the follow-up opens after it.
_THANKS_HEAD = re.compile(r"^\W*([^.!,;:?]+)[.!,;:]+\s*")


def follows_up(text: str) -> bool:
    """Tell a follow-up or a correction of the open case by how it opens ("И …" as "und …")."""
    rest = _FILLER.sub("", in_german(fold(text)))
    while (head := _THANKS_HEAD.match(rest)) and only_courtesy(head.group(1)):
        rest = _FILLER.sub("", rest[head.end():])
    return bool(FOLLOW_UP.match(rest) or _CORRECTION.match(rest))


def is_more(text: str) -> bool:
    return bool(_MORE.match(text or ""))


def details_number(text: str) -> int | None:
    """Return N for "details N", "d N", "mehr zu N", "die N bitte", "die dritte", else None."""
    found = _DETAILS.match(fold(text or ""))
    if not found:
        return None
    if found.group("n"):
        return int(found.group("n"))
    if found.group("de"):
        return _ORDINAL_WORDS.index(found.group("de")) + 1
    return _ORDINAL_EN.index(found.group("en")) + 1


def names_card(text: str) -> bool:
    """Tell "d 4", "Nr. 4" from a bare "4" or "die 4", which may answer the age question."""
    found = _DETAILS.match(fold(text or ""))
    return bool(found and (found.group("card") or not found.group("n")))


def bare_age(text: str, max_words: int = BARE_ANSWER_WORDS) -> AgeRange | None:
    """Read an answer to "Wie alt ist das Kind?": "3 Jahre", but also a bare "17", "sie ist 15".

    Only called while the age question is open (or for a short correction): then one small number
    in a short message is the child's age in years, which it would not be in a fresh request ("17"
    could be anything). The reading itself is the ages module's `understand_age_answer`, so that
    a unit in any form ("she's 20 months", "anderthalb", "im 2. Lebensjahr") means the same in an
    answer as in a request; here only the conversation's limits apply: a short message, and a
    bare number no older than the Präventionskette reaches.
    """
    # "два года", "beş yaşında", and dictated "drei einhalb", "zwo", as answers too
    germanised = undictate(germanise(text))
    if len(re.findall(r"[a-z]+", fold(germanised))) > max_words:
        return None
    # "on bir": a family language's number word alone, too short to tell the language by
    age = understand_age_answer(germanised) or foreign_number_reply(text)
    if age is None or age.high > (MAX_BARE_YEARS + 1) * 12 - 1:
        return None
    return age


def age_past_list(text: str, number: int, listed: int) -> bool:
    """Tell a bare number no card of the last list could carry: an age told after the answer.

    "15" sent after a complete request with two offers shown opens no card; a short message that
    reads as an age adds the child's age or corrects it ("Jg. 9" read as 14, then "15"). Within
    the list ("2" after five offers) the number still opens that card.
    """
    return number > listed and bare_age(text) is not None


def starts_new_case(text: str) -> bool:
    """Tell a message that opens with a marker of a new case ("Nächster Fall:", "new family:"),
    in the family's language too ("ny familj:", `connectives.new_case_in_german`)."""
    words = _WORD.findall(new_case_in_german(fold(text)))
    for start, word in enumerate(words[:8]):
        rest = " ".join(words[start:])
        if _NEW_CASE_HEAD.match(rest) and not _possessed(words, start):
            return True
        if word not in _LEAD:
            return False
    return False


def _possessed(words: list[str], start: int) -> bool:
    """"ihr anderes Kind", "the other child": a sibling, when a child noun follows the marker."""
    if start == 0 or not re.match(CHILD_NOUN, " ".join(words[start + 1 : start + 2])):
        return False
    return words[start - 1] in _POSSESSIVE


_POSSESSIVE = frozenset((
    "das", "die", "der", "den", "dem", "des", "ihr", "ihre", "ihres", "ihrem", "ihren", "sein",
    "seine", "seinem", "seinen", "deren", "dessen", "unser", "unsere", "the", "her", "his",
    "their", "our",
))  # fmt: skip


# A follow-up about a child of another age without saying which: "und für ältere?", "und für
# den Bruder?", "what about younger ones?". The age of the case no longer holds: ask it.
_OTHER_CHILD = re.compile(
    r"\b(?:aelter\w*|juenger\w*|groesser\w*|kleiner\w*|grosse|grossen|kleine|kleinen|\w*bruder|"
    r"\w*schwester|zwilling\w*|twins?|"
    r"kleinste\w*|juengste\w*|groesste\w*|aelteste\w*|eldest|oldest|youngest|little|"
    r"brueder\w*|schwester\w*|geschwister\w*|older|younger|bigger|smaller|brothers?|sisters?|"
    r"siblings?)\b"
)


# "die Kleine", "der Große", "die Jüngste", "the little one" of children already named together
# ("Kinder 2 und 5"): the youngest or the oldest of them, not a child of unknown age.
_YOUNGEST = re.compile(r"\b(?:kleine|kleinen|kleinste\w*|juengste\w*|little|youngest)\b")
_OLDEST = re.compile(r"\b(?:grosse|grossen|groesste\w*|aelteste\w*|eldest|oldest|big)\b")


def named_end(text: str) -> str | None:
    """Return "youngest" or "oldest" for "die Kleine" or "die Große", else None."""
    folded = fold(text)
    if _YOUNGEST.search(folded):
        return "youngest"
    if _OLDEST.search(folded):
        return "oldest"
    return None


def without_other_child(text: str) -> str:
    """The message without the words that name the other child ("younger ones", "Schwester")."""
    return _OTHER_CHILD.sub(" ", fold(text))


_TWIN = re.compile(r"\b(?:zwilling\w*|twins?)\b")


def twin(text: str) -> bool:
    """Tell "und der Zwillingsbruder?": another child of the same age as the one spoken of."""
    return bool(_TWIN.search(fold(text)))


def asks_other_child(text: str) -> bool:
    """Tell "und für ältere?" or "und für die Schwester?": another child, its age not given."""
    return bool(_OTHER_CHILD.search(fold(text))) and len(fold(text).split()) <= ANSWER_WORDS


# Clause ends: a full stop but in an ordinal ("3. Klasse"), ";" but in years;months ("2;10"), " – "
_CLAUSE_END = re.compile(
    r"[,:!?()]|(?<!\d);|;(?!\d)|\s[–—]\s|\s(?:und|and|aber|but|weil|because)\s"
    r"|\.(?!\s*(?:klasse|lebens\w*|ssw|schwangerschafts\w*|woche\w*|monat\w*|schul\w*|"
    r"jahrgang\w*|stufe|geburtstag|semester)\b)",
    re.I,
)


def first_clause(text: str) -> str:
    """The message up to its first comma, full stop or "und": "Kind ist 4" of "Kind ist 4, …"."""
    return _CLAUSE_END.split(text.strip(), maxsplit=1)[0].strip()


# "weiß ich nicht", "keine Ahnung", "unbekannt", "egal", "not sure": the asker cannot say.
_NOT_KNOWN = re.compile(
    r"\b(?:weiss\w*|wei|keine?|ahnung|unbekannt|unklar|egal|leider|nicht|no|idea|not|sure|"
    r"unknown|know|dont|don|t|k|a|ka|n|weis|genau|ich|i|grad|gerade|noch|bisher)\b"
)
_NOT_KNOWN_CORE = re.compile(
    r"\b(?:weiss\s+(?:\w+\s+){0,2}nicht|weis\s+nicht|keine\s+ahnung|unbekannt|unklar|egal|"
    r"not\s+sure|unknown|don\s*t\s+know|no\s+idea|k\s*a)\b"
)


def not_known(text: str) -> bool:
    """Tell "weiß ich nicht", "keine Ahnung", "egal", "not sure" — and nothing else — apart."""
    folded = fold(text)
    if not _NOT_KNOWN_CORE.search(" ".join(re.findall(r"\w+", folded))):
        return False
    return not _NOT_KNOWN.sub(" ", " ".join(re.findall(r"\w+", folded))).strip()


# Short words that make a line German or English text rather than noise ("asdfgh qwertz").
_FUNCTION_WORDS = frozenset((
    "und", "die", "der", "das", "den", "dem", "ist", "sind", "es", "was", "wie", "wo", "sie",
    "er", "ich", "wir", "ihr", "fuer", "mit", "auf", "in", "im", "am", "an", "zu", "von", "bei",
    "nur", "auch", "noch", "gibt", "kann", "ja", "nein", "the", "is", "are", "there", "and",
    "what", "for", "with", "can", "any", "do", "does", "she", "he", "they", "we",
))  # fmt: skip


# "was anderes für Babys?", "sonst noch was?", "anything else?": any kind that fits the child.
_SOMETHING_ELSE = re.compile(
    r"\b(?:(?:was|etwas|irgendwas|nichts|noch)\s+(?:\w+\s+)?anderes|sonst\s+(?:noch\s+)?"
    r"(?:was|etwas|irgendwas)|andere\s+angebote|alternativ\w*|something\s+else|anything\s+"
    r"else|other\s+(?:offers|options))\b"
)


def asks_something_else(text: str) -> bool:
    """Tell "gibt's auch was anderes?": the particular kind asked for may give way."""
    return bool(_SOMETHING_ELSE.search(fold(text)))


def readable(text: str) -> bool:
    """Tell words of German or English ("gibt es was am Wochenende?") from noise or a script.

    Such a line was read, only not understood: the reply says how to change the search
    instead of "could not read that".
    """
    words = re.findall(r"[a-z]+", fold(text))
    known = common_words() | frequent_words()
    return any(w in _FUNCTION_WORDS or (len(w) >= 4 and w in known) for w in words)


def only_courtesy(text: str) -> bool:
    """Tell a message made of words of assent and thanks only ("ok, notiert", "alles klar").

    Such a message is thanks even where a word of it resembles a need: the asker closes the
    turn. A number ("ok 5") may be an answer, so it never is.
    """
    words = re.findall(r"\w+", fold(text))
    return bool(words) and all(w in _COURTESY and not w.isdigit() for w in words)


def is_courtesy(text: str) -> bool:
    """Tell thanks, assent or a lone emoji from text that could not be read.

    Only asked when nothing of a request was understood: "danke, und in Unna?" never gets here.
    """
    words = re.findall(r"\w+", fold(text))
    if not words:  # an emoji is a reply ("👍"); bare punctuation ("...", "-") or nothing is none
        return "?" not in text and any(unicodedata.category(c) == "So" for c in text)
    content = [w for w in words if not w.isdigit()]
    if not content:
        return False  # "44137": a number is no thanks
    if all(w in _COURTESY for w in content):
        return True
    return (len(words) <= MAX_THANKS_WORDS and "?" not in text
            and (any(_THANKS.match(w) for w in words)
                 or _foreign_thanks().search(fold(text)) is not None))  # fmt: skip


@cache
def _foreign_thanks() -> re.Pattern[str]:
    """Thanks of the other languages the foreign rules read (`foreign_turns.toml [thanks]`), at
    a word's start: "Kiitos 👍", "Na gode sosai", "ขอบคุณค่ะ" (a polite ending glued on)."""
    words = sorted({fold(w) for w in load_toml("foreign_turns.toml")["thanks"]["words"]},
                   key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})")
