"""Pregnancy words that name no unborn child the request is about.

Two kinds of sentences say "schwanger" without asking about a pregnancy:

* a pregnancy feared, tested negative or prevented: "Schülerin 15 hat Angst, schwanger zu sein",
  "fürchtet eine Schwangerschaft", "Schwangerschaftstest negativ", "afraid she might be
  pregnant" — the girl is the one asked about, at her own age (sexual education, the morning-after
  pill), and no pregnancy offer fits her;
* a pregnancy denied: "nicht schwanger", "schwanger is se nich", "kein Baby unterwegs", "not
  pregnant" — the girl is asked about at her own age, or the child born since;
* the mother's pregnancy beside a born child whose own age is given: "Junge 13, Mutter ist im
  7. Monat schwanger, er zieht sich zurück", "Tochter (12) leidet, weil die Mutter schwanger
  ist" — the story's background, the need is the child's. Care for the pregnancy itself
  ("Hebamme", "Geburtsvorbereitung", "Schwangerenberatung") keeps it about the unborn child.

`bot.understanding.pregnancy` asks here before it reads any pregnancy sign.
"""

from __future__ import annotations

import re
from functools import cache

from bot.understanding.age_family_help import protection_asked
from bot.understanding.age_family_span import whole_family_asked
from bot.understanding.age_patterns import PREGNANCY_CARE
from bot.understanding.gate import gated
from bot.vocabulary.lexicon import age_vocabulary

# a pregnancy feared, suspected in a worry, tested negative or to be prevented
FEARED = re.compile(
    r"\b(?:angst|sorge\w*|panik|furcht)\b[^.;!?]{0,30}?\bschwanger\w*\s+(?:zu\s+)?(?:sein|werden"
    r"|geworden\s+zu\s+sein)\b"
    r"|\b(?:fuercht\w*|befuercht\w*)\s+(?:\w+\s+){0,3}(?:schwanger\w*|pregnan\w*)"
    r"|\bangst\s+(?:vor|vor\s+einer)\s+(?:\w+\s+)?schwangerschaft\b"
    r"|\bschwangerschaftstest\w*\s+(?:\w+\s+)?negativ\b|\bnegativ\w*\s+schwangerschaftstest\w*"
    r"|\bschwangerschafts?verhuet\w*|\b(?:ungewollte\w*\s+)?schwangerschaft\w*\s+(?:zu\s+)?"
    r"(?:verhuet|verhinder|vermeid)\w*"
    r"|\b(?:afraid|scared|worried|fear\w*)\s+(?:\w+\s+){0,3}(?:pregnan\w*)"
    r"|\bpregnancy\s+(?:scare|test\s+(?:was\s+|is\s+)?negative)")

# a pregnancy denied: "nicht schwanger", "doch nicht schwanger", "nicht mehr schwanger",
# "schwanger is se nich", "schwanger ist sie aber nicht", "kein Baby unterwegs", "keine
# Schwangerschaft", "not pregnant", "isn't pregnant", "no baby on the way": the one denied is asked
# about at her own age, or the child born since ("nicht mehr schwanger, das Baby ist 6 Wochen").
# Negations of every voice the rewriting leaves (`nich`, `net`, `nit`, `ned`, `koa`, `keen`); "nicht
# nur schwanger" says she is
_NOT = r"(?:nicht|nich|net|nit|ned|nech|not|never|nie|niemals|isnt|isn't|aint)"
# the family languages' negations the rewriting leaves before the German word ("nie jest
# schwanger", "nu e schwanger", "nije schwanger", "niet schwanger", "nuk eshte schwanger", "не
# беременна") and after it ("schwanger değil", "schwanger nist"), with their copulas
_NOT_FAMILY = r"(?:nie|nu|nije|niet|nuk|ne|не|nem|ei|mish|mush|mesh)"
_BE_FAMILY = r"(?:jest|e|este|eshte|je|is|ist|to|esta|est|ist|olan)"
_NOT_AFTER = (r"(?:degil|değil|nist|nein|no|nope|(?:nicht|nich|not)(?=\s*(?:$|[,.;:!?)]|aber\b"
              r"|but\b)))")  # "schwanger nicht versichert" is pregnant
_NONE = r"(?:kein|keine|keinen|keene|keen|koa|koane|koan|no|kee)"
DENIED = re.compile(
    rf"\b{_NOT}\s+(?!nur\b|only\b|bloss\b|allein\b|just\b)(?:(?:mehr|more|wirklich|really|mal"
    rf"|zwingend|unbedingt|zwangslaeufig|wieder|again|erneut)\s+)?(?:hoch)?(?:schwanger|pregnant)\b"
    rf"|\b(?:hoch)?schwanger\b\s*,?\s+(?:ist|is|isse|iss|bin|sei|war|wird|is'|es)\s+(?:(?!und\b|oder\b|dass\b|weil\b|wenn\b|ob\b|and\b|or\b|but\b)\w+\s+){{0,3}}?"
    rf"{_NOT}\b"
    rf"(?!\s+(?:nur|only|bloss|allein|mehr\s+lange)\b)"
    rf"|\b{_NONE}\s+(?:(?:weiteres|zweites|neues|drittes|another|second)\s+)?(?:baby|kind|kid|child"
    rf"|nachwuchs)\s+(?:mehr\s+)?(?:unterwegs|on\s+the\s+way|in\s+sicht)\b"
    rf"|\b{_NONE}\s+(?:(?:weitere|neue|bestehende|aktuelle|current)\s+)?(?:schwangerschaft|pregnancy)\b"
    # "Schwangerschaft ausgeschlossen", "eine Schwangerschaft wurde ärztlich ausgeschlossen"
    rf"|\b(?:schwangerschaft|pregnancy)\s+(?:\w+\s+){{0,2}}(?:ausgeschlossen|ruled\s+out)\b"
    rf"|\bausschluss\s+(?:einer\s+)?schwangerschaft\b"
    rf"|(?<!\w){_NOT_FAMILY}\s+(?:{_BE_FAMILY}\s+)?(?:hoch)?(?:schwanger|pregnant)\b"
    # "schwanger değil", "schwanger? nein.", "pregnant? no": denied right after the word
    rf"|\b(?:hoch)?(?:schwanger|pregnant)\s*(?:\?\s*)?{_NOT_AFTER}\b(?!\s+(?:nur|only|bloss)\b)")

# a pregnancy only thought possible ("Freundin evtl. schwanger?!", "falls seine Freundin schwanger
# sein könnte") told beside a wish about contraception or sexual education: the young person
# asking is the one the request is about, no unborn child (`possible_pregnancy`)
_POSSIBLE = gated(re.compile(
    r"\b(?:evtl|eventuell|vielleicht|viell|vllt|vlt|moeglicherweise|womoeglich|maybe|possibly"
    r"|might)\.?\s+(?:\w+\s+)?(?:schwanger|pregnant)\w*"
    r"|\b(?:schwanger|pregnant)\s+(?:sein|werden|be)\s+(?:koennte\w*|kann|koennten|could|might)\b"
    r"|\b(?:ob|falls|wenn|if|whether)\s+(?:\w+\s+){0,3}(?:schwanger|pregnant)\b"
    r"(?!\s+(?:ist|sind|is|wird|bleibt)\b)"))
_PREVENTION = gated(re.compile(
    r"\b(?:verhuet\w*|aufklaerung\w*|kondom\w*|pille\s+danach|sexualpaedagog\w*|sexualitaet"
    r"|contracepti\w*|condom\w*|morning.after|sex\s+education)"))

# the pregnancy told of an adult: "Mutter ist im 7. Monat schwanger", "Mama schwanger",
# "weil die Mutter schwanger ist", "pregnant mum", "schwangere Mutter"
_MOTHER = r"(?:mutter|mama|mami|mum|mom|mother|km|kindsmutter|kindesmutter|stiefmutter|mudder)"
_MOTHER_PREGNANT = re.compile(
    rf"\b{_MOTHER}\b(?!\s*\(?\s*1[0-7]\b)(?:[^,;.!?]|(?<=\d)\.){{0,30}}?\b(?:hoch)?(?:schwanger|pregnant)\b"
    rf"|\b(?:schwangere|pregnant)\s+{_MOTHER}\b")
# every request is screened for these and most tell no pregnancy: they skip the scan (`gate`)
FEARED, DENIED, _MOTHER_PREGNANT = gated(FEARED), gated(DENIED), gated(_MOTHER_PREGNANT)


@cache
def _child_aged() -> re.Pattern[str]:
    """A born child named with its age in years: "Junge 13", "Tochter (12)", "Kind 4 J.",
    "13-jähriger", "daughter 6"."""
    nouns = "|".join(sorted(map(re.escape, age_vocabulary().child_nouns), key=len, reverse=True))
    return re.compile(
        rf"[a-z]*(?:{nouns})\b\s*[,(]?\s*(?:ist\s+|is\s+)?(?:[1-9]|1[0-7])\b(?![.,]\d|\s*\.?\s*"
        rf"(?:mon|wo|tag|ssw|monat|week|day))"
        r"|\b(?:[1-9]|1[0-7])\s*-?\s*jaehrig\w*")


def possible_pregnancy(text: str) -> str:
    """The text with a pregnancy only thought possible taken out, when contraception or sexual
    education is what is asked ("Junge 16, Freundin evtl. schwanger, Aufklärung für Jungs?");
    a possible pregnancy alone ("vielleicht schwanger, wohin?") still asks pregnancy care."""
    if not _PREVENTION.search(text) or PREGNANCY_CARE.search(text):
        return text
    return _POSSIBLE.sub(" ", text)


def mothers_pregnancy_beside_child(text: str) -> bool:
    """Tell whether a normalised text's pregnancy is the mother's, told beside a born child of a
    given age whose need the request is about, with no care for the pregnancy asked."""
    if not _MOTHER_PREGNANT.search(text) or PREGNANCY_CARE.search(text):
        return False
    if whole_family_asked(text):  # "…, die Mutter ist schwanger. Was gibt es für die Familie?"
        return False
    if protection_asked(text):  # "Kindsmutter schwanger, … zwei Kinder 3 und 5 … §8a": all
        return False
    outside = _MOTHER_PREGNANT.sub(" ", text)
    return bool(_child_aged().search(outside))


__all__ = ["DENIED", "FEARED", "mothers_pregnancy_beside_child", "possible_pregnancy"]
