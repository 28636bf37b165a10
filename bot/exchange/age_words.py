"""The words planners use for ages without digits: number words, life stages, school stages.

Kept apart from the reader (ages.py) because it is vocabulary, not grammar: a planner's wording
that is missing here is added as one entry. Ranges are inclusive months of the child's age, on
the catalogue conventions (../shared/catalogue/README.md): a school year k is the age k+5 … k+6
(so "1.–4. Klasse" is 72–131, like "6 bis 10 Jahre"), a Kita child is 3 until school (36–71).
"""

from __future__ import annotations

from bot.vocabulary.units import AGE_MAX

# Number words, folded. "ein/eine/einem…" only count right before a unit ("ab einem Jahr").
NUMBER_WORDS: dict[str, float] = {
    "null": 0, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fuenf": 5, "sechs": 6,
    "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwoelf": 12, "dreizehn": 13,
    "vierzehn": 14, "fuenfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18,
    "neunzehn": 19, "zwanzig": 20, "einundzwanzig": 21, "zweiundzwanzig": 22,
    "dreiundzwanzig": 23, "vierundzwanzig": 24, "fuenfundzwanzig": 25,
    "sechsundzwanzig": 26, "siebenundzwanzig": 27, "anderthalb": 1.5, "eineinhalb": 1.5,
    "zweieinhalb": 2.5, "dreieinhalb": 3.5, "viereinhalb": 4.5, "fuenfeinhalb": 5.5,
    "halb": 0.5,
}  # fmt: skip
ARTICLE_NUMBERS = {"ein": 1, "eine": 1, "einem": 1, "einen": 1, "einer": 1, "eines": 1}
ORDINAL_WORDS = {
    "ersten": 1, "erste": 1, "erstes": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3,
    "vierten": 4, "vierte": 4, "fuenften": 5, "fuenfte": 5, "sechsten": 6, "sechste": 6,
    "siebten": 7, "siebte": 7, "achten": 8, "achte": 8, "neunten": 9, "neunte": 9,
    "zehnten": 10, "zehnte": 10,
}  # fmt: skip

# Stage words as folded word stems (a word counts when it starts with the stem), longest first
# at use; the values agree with the request side (bot/data/lexicon.toml). Group words that name no
# age ("Kinder", "Familien", "Eltern") are absent: "Familien" or "Väter mit ihren Kindern" are
# open. "Kinder" beside "Jugendliche" means children below them (SGB VIII: Kind < 14,
# Jugendlicher 14–17): "Kinder und Jugendliche" is 0–17.
STAGES: dict[str, tuple[int, int]] = {
    "neugeboren": (0, 2),
    "saeugling": (0, 11),
    "baby": (0, 11),
    "babies": (0, 11),
    "krabbel": (6, 23),
    "kleinkind": (12, 35),
    "krippe": (0, 35),
    "krippenkind": (0, 35),
    "krippenalter": (0, 35),
    "kindergarten": (36, 77),
    "kitakind": (36, 77),
    "kitaalter": (36, 77),
    "elementar": (36, 71),
    "vorschul": (60, 77),
    "schulanfaeng": (72, 95),
    "erstklaessl": (72, 95),
    "einschulung": (60, 83),
    "grundschul": (72, 131),
    "grundschuel": (72, 131),
    "primarstufe": (72, 131),
    "hort": (72, 167),
    "schulkind": (72, 215),
    "ogs": (72, 131),
    "schulalter": (72, 215),
    "schueler": (72, 215),
    "unterstufe": (120, 155),
    "mittelstufe": (120, 191),
    "sekundarstufeeins": (120, 191),
    "sekundarstufezwei": (192, 227),
    "oberstufe": (192, 227),
    "teenager": (156, 215),
    "jugendlich": (168, 215),
    "postpartal": (0, 11),
    "wochenbett": (0, 2),
    "teenie": (156, 215),
    "pubertaet": (144, 191),
    "heranwachsend": (168, 251),
    "azubi": (192, 251),
    "auszubildend": (192, 251),
    "jungeerwachsen": (216, AGE_MAX),
    "jungevolljaehrig": (216, 263),
    "careleaver": (204, 263),
}

# Texts that put the age elsewhere: refused, the planner writes the age into the cell.
ELSEWHERE = (
    r"\bsiehe\b", r"\bs\.\s*(?:o|u|beschreibung)\b", r"\bnach absprache\b", r"\bauf anfrage\b",
    r"\bvariier", r"\bje nach\b", r"\bnach vereinbarung\b", r"\btb[ad]\b",
    r"\bwird (?:noch )?(?:bekannt ?gegeben|festgelegt)\b", r"^folgt$",
)  # fmt: skip
CHILDREN_WORD = "kinder"
YOUTH = "jugendlich"

# Words that start like a stage but name none ("Babysitterkurs" is for teenagers).
NOT_STAGES = ("babysitt", "krippenspiel", "hortensie", "elementarschaden")

# General words that count only when no more precise stage is named ("Schüler der Sek II").
WEAK_STAGES = {"schueler", "schulkind", "schulalter"}

# Words that say the offer starts in pregnancy (−9 months).
PREGNANCY = (
    "schwanger", "werdend", "ssw", "praenatal", "vorgeburtlich", "geburtsvorbereitung",
    "ungeboren", "erwartend", "pregnan",
)  # fmt: skip

# Explicitly open: the planner says every age is welcome.
OPEN_PHRASES = (
    "alle altersgruppen", "alle altersstufen", "alle alter", "jedes alter", "jeden alters",
    "ohne altersgrenze", "ohne altersbegrenzung", "ohne altersbeschraenkung", "altersunabhaengig",
    "keine altersgrenze", "keine altersbegrenzung", "alle generationen", "generationsuebergreifend",
    "jung und alt", "von klein bis gross", "egal wie alt",
)  # fmt: skip
