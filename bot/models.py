"""The data every layer speaks: places, topics, offers, understood requests and answers.

Plain frozen dataclasses so that the core stays pure and every channel can render them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from bot.vocabulary.units import AGE_MIN, PREGNANCY

# Life phases of the Präventionskette as inclusive month ranges (pregnancy is -9 … -1).
PHASES: tuple[tuple[str, int, int], ...] = (
    ("P0", *PREGNANCY),
    ("P1", 0, 35),
    ("P2", 36, 71),
    ("P3", 72, 119),
    ("P4", 120, 191),
    ("P5", 192, 263),
)
PHASE_LABELS: dict[str, str] = {
    "P0": "Schwangerschaft",
    "P1": "0–3",
    "P2": "3–6",
    "P3": "6–10",
    "P4": "10–16",
    "P5": "16–21",
}


@dataclass(frozen=True, slots=True)
class AgeRange:
    """A child's age as an inclusive range in months; pregnancy is negative."""

    low: int
    high: int

    def overlaps(self, low: int | None, high: int | None) -> bool:
        """Tell whether an offer's (possibly open) range overlaps this one."""
        return (low is None or low <= self.high) and (high is None or self.low <= high)

    def phases(self) -> tuple[str, ...]:
        return phases_for(self.low, self.high)

    def as_list(self) -> list[int]:
        return [self.low, self.high]


def phases_for(low: int | None, high: int | None) -> tuple[str, ...]:
    """Return every life phase a (possibly open) month range touches."""
    lo = AGE_MIN if low is None else low
    hi = 263 if high is None else high
    return tuple(key for key, p_lo, p_hi in PHASES if lo <= p_hi and p_lo <= hi)


# the place of a family at home outside the Kreis (`understanding.place_outside`): a key no
# offer's service area names, so no offer serves it and the request is a `not_here` gap
OUTSIDE = "outside"


@dataclass(frozen=True, slots=True)
class Place:
    key: str
    name: str
    kind: str  # kreis | municipality | district
    parent: str | None
    postcodes: tuple[str, ...]
    aliases: tuple[str, ...]
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class Topic:
    key: str
    label_de: str
    label_en: str
    phases: tuple[str, ...]
    synonyms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Offer:
    id: str
    name: str
    provider: str
    description: str
    topics: tuple[str, ...]
    audience: tuple[str, ...]
    age_min: int | None
    age_max: int | None
    municipality: str
    district: str | None
    service_area: tuple[str, ...]
    address: str
    lat: float | None
    lon: float | None
    phone: str
    email: str
    website: str
    cost: str
    languages: tuple[str, ...]
    schedule: str
    access: str
    last_checked: str


@dataclass(frozen=True, slots=True)
class Emergency:
    """A number to call at once (bot/data/safety.toml); labels in German and English."""

    label_de: str
    label_en: str
    number: str

    def label(self, locale: str) -> str:
        return self.label_en if locale == "en" else self.label_de


class Missing(StrEnum):
    AGE = "age"
    PLACE = "place"
    TOPIC = "topic"


class GapReason(StrEnum):
    NO_OFFER = "no_offer"
    NOT_HERE = "not_here"
    AGE = "age"
    LANGUAGE = "language"
    UNCLEAR = "unclear"
    NOT_HELPFUL = "not_helpful"


@dataclass(frozen=True, slots=True)
class Request:
    """What a professional asked for, as far as it was understood."""

    text: str
    age: AgeRange | None = None
    place: str | None = None
    topics: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    # Place words that named several places and could not be resolved.
    place_candidates: tuple[str, ...] = ()
    # Words that carried the need, used for text similarity when ranking.
    keywords: tuple[str, ...] = ()
    # No need was named: the topics are the general offers of the child's life phase.
    general: bool = False
    # Numbers that could be the child's age when the text does not settle which one it is
    # ("Schülerin 18 … Bruder (13)"): then `age` stays None and the assistant asks back.
    age_candidates: tuple[AgeRange, ...] = ()
    age_uncertain: bool = False
    # Signs of a threat to a child's welfare were found: child protection comes first, and a
    # renderer shows `Answer.emergency` (bot/data/safety.toml) before any offer.
    child_protection: bool = False
    # Content words nothing explains (no lexicon, topic, place or offer text), as typed: a renderer
    # says „Zu „Kinderhospiz“ kenne ich kein Angebot“ (msgid "I know no offer for „{word}“.").
    unexplained: tuple[str, ...] = ()
    # An unexplained word carries the need ("Kinderhospiz"): nothing named a need, so no offer is
    # fitting; the general ones of the life phase are marked alternatives (gap `unclear`).
    need_unexplained: bool = False
    # The need names a particular kind of offer ("Babyschwimmen"): a fitting offer's own text must
    # name it too (folded stems); others for the same topic are marked alternatives.
    required_words: tuple[str, ...] = ()
    # The needs asked for; `topics` may add what only describes the family. A fitting offer
    # meets one of these; offers for the others alone are marked alternatives. Empty: any topic.
    main_topics: tuple[str, ...] = ()
    # The main needs asked for by the name of a kind of help ("Nachhilfe", "Krabbelgruppe"), when
    # the story names others: where none of them has a fitting offer, the request is a gap and
    # offers for the story's needs are alternatives (`main_need_asked`). Empty: no such split.
    asked_topics: tuple[str, ...] = ()
    # A need the labelled examples point to that no rule found (`topic_model`): it joins the main
    # needs only where theirs have fitting offers, so a guess never hides a gap.
    suggested_topics: tuple[str, ...] = ()
    # The main needs named by a kind of help asked for ("Elternkurs", "Schlafberatung"), however
    # many there are (`main_need_asked.helps_asked`): where they have no fitting offer, that
    # help is missing here, and the examples' guess of a neighbour does not stand in for it.
    named_topics: tuple[str, ...] = ()

    def with_suggestion(self) -> Request:
        """This request with its suggested needs joined to the main ones, after the first."""
        main = tuple(dict.fromkeys((*self.topics[:1], *self.suggested_topics, *self.main_topics)))
        return replace(self, topics=tuple(dict.fromkeys((*main, *self.topics))), main_topics=main)

    @property
    def missing(self) -> tuple[Missing, ...]:
        gaps: list[Missing] = []
        if self.age is None:
            gaps.append(Missing.AGE)
        if self.place is None:
            gaps.append(Missing.PLACE)
        if not self.topics:
            gaps.append(Missing.TOPIC)
        return tuple(gaps)


class AlternativeWhy(StrEnum):
    OUTSIDE = "outside"  # fits age and need, but is held for families elsewhere
    AGE = "age"  # fits place and need, for a neighbouring age
    LANGUAGE = "language"  # fits everything but the asked language
    NEED = "need"  # fits age and place, but meets only a related need, not the one asked for
    # fits age and place, but meets only what the request tells about the family (its debts, a
    # diagnosis named beside the help asked for), not a need it asks for (`Request.main_topics`)
    CONTEXT = "context"


@dataclass(frozen=True, slots=True)
class Hit:
    offer: Offer
    score: float
    # Where the offer stands relative to the asked place: district, municipality, kreis, elsewhere.
    locality: str = "kreis"
    why: AlternativeWhy | None = None
    distance_km: float | None = None
    doubtful: bool = False
    # No place is known and the offer serves only part of the Kreis: an example whose place the
    # user must check, never called fitting (`bot.unplaced`).
    place_unchecked: bool = False


@dataclass(frozen=True, slots=True)
class Question:
    """A follow-up the assistant asks because age or place is missing or ambiguous."""

    kind: str  # "age" | "place" | "place_ambiguous" | "topic"
    # place keys for "place_ambiguous"; for "age" the disagreeing readings as month ranges
    # ("156-167"), which a channel may offer as buttons
    candidates: tuple[str, ...] = ()


class Prompt(StrEnum):
    """A reply that is neither offers nor a question about the request."""

    UNREADABLE = "unreadable"  # nothing in the message could be read: say how to ask
    THANKS = "thanks"  # "danke 👍": acknowledge, keep the case open
    UNKNOWN_NUMBER = "unknown_number"  # "details 9" when no offer 9 was shown
    NOTHING_YET = "nothing_yet"  # "mehr" or "details 2" before any request
    # "weiß ich nicht" answering the age or place question: the list stands, ask no more
    NOT_KNOWN = "not_known"
    # words that were read but change nothing ("gibt es was am Wochenende?"): say what can
    NOT_UNDERSTOOD = "not_understood"
    # a question about the offers shown ("ist das kostenlos?"): that field of each (`Answer.about`)
    ABOUT_OFFERS = "about_offers"
    # a place answering "Wo wohnt die Familie?" that is none of the Kreis ("Hamm"): ask again
    UNKNOWN_PLACE = "unknown_place"
    # "Neuer Fall" and nothing else: the conversation starts afresh, ask for the new family
    NEW_CASE = "new_case"
    # No catalogue could be loaded (missing or broken file): say so, ask to try again soon.
    CATALOGUE_UNAVAILABLE = "catalogue_unavailable"


# Offers shown per message; "mehr" shows the next ones (the one place this number lives).
PAGE_SIZE = 5


@dataclass(frozen=True, slots=True)
class Page:
    """Which slice of an answer's ranked offers a message shows."""

    number: int = 0
    size: int = PAGE_SIZE
    total: int = 0

    @property
    def start(self) -> int:
        return self.number * self.size

    @property
    def has_more(self) -> bool:
        return self.total > self.start + self.size


class CarriedFrom(StrEnum):
    PREVIOUS = "previous"  # the request before this one in the conversation
    DEFAULT = "default"  # the user's default place


@dataclass(frozen=True, slots=True)
class Carried:
    """A part of the request the user did not write in this message (said in the answer)."""

    what: Missing  # age or place (or topic)
    source: CarriedFrom


@dataclass(frozen=True, slots=True)
class Answer:
    request: Request
    # Every fitting offer, best first; `page` says which of them this message shows.
    offers: tuple[Hit, ...] = ()
    alternatives: tuple[Hit, ...] = ()
    gap: GapReason | None = None
    question: Question | None = None
    # Numbers to show before any offer when a child may be in danger (`request.child_protection`).
    emergency: tuple[Emergency, ...] = ()
    page: Page = field(default_factory=Page)
    carried: tuple[Carried, ...] = ()
    # The one offer the user asked to see in full ("details 2"), else None.
    details: Hit | None = None
    # The gap was written to the gap log (not with --no-log): only then may a channel say so.
    recorded: bool = False
    # A reply without offers or question (thanks, unreadable input), else None.
    prompt: Prompt | None = None
    # How many offers fit in all; `offers` keeps only the best (matching's cap), so a headline
    # says the real count instead of the cap ("312 passende Angebote", not "50").
    fitting: int = 0
    # With Prompt.ABOUT_OFFERS: the card field asked about ("cost", "schedule", "access",
    # "address", "contact") and the offer's number in the list, or None for every offer shown.
    about: tuple[str, int | None] | None = None

    @property
    def is_gap(self) -> bool:
        return self.gap is not None

    @property
    def page_offers(self) -> tuple[Hit, ...]:
        """The offers of this message's page."""
        start = self.page.start
        return self.offers[start : start + self.page.size]

    def numbered(self) -> list[tuple[int, Hit]]:
        """The hits a message shows with their numbers: this page's offers, then alternatives.

        Text, buttons and "details N" all use it, so that number 3 always means card 3: offers
        keep their rank, alternatives follow the last offer and come with the first page only.
        """
        start = self.page.start
        shown = [(start + i + 1, hit) for i, hit in enumerate(self.page_offers)]
        if self.page.number == 0:
            first = len(self.offers) + 1
            shown += [(first + i, hit) for i, hit in enumerate(self.alternatives)]
        return shown

    def listed(self, number: int) -> Hit | None:
        """Offer `number` of the whole ranking, the alternatives numbered after the last offer."""
        if 1 <= number <= len(self.offers):
            return self.offers[number - 1]
        if 1 <= number - len(self.offers) <= len(self.alternatives):
            return self.alternatives[number - len(self.offers) - 1]
        return None

    def to_json(self) -> dict[str, object]:
        """Return the batch format of ../shared/eval/README.md."""
        request = self.request
        return {
            "query": request.text,
            "understood": {
                "age_months": request.age.as_list() if request.age else None,
                "place": request.place,
                "topics": list(request.topics),
                "languages": list(request.languages),
            },
            "offers": [{"id": h.offer.id, "score": round(h.score, 4)}
                       | ({"place_unchecked": True} if h.place_unchecked else {})
                       for h in self.offers],
            "alternatives": [
                {"id": h.offer.id, "why": str(h.why or AlternativeWhy.OUTSIDE)}
                for h in self.alternatives
            ],
            "gap": self.is_gap,
            "child_protection": request.child_protection,
            "unexplained": list(request.unexplained),
            "emergency": [  # shown first when a child may be in danger
                {"label_de": e.label_de, "label_en": e.label_en, "number": e.number}
                for e in self.emergency
            ],
            "gap_reason": str(self.gap) if self.gap else None,
            "missing": [str(m) for m in request.missing],
            "question": (
                {"kind": self.question.kind, "candidates": list(self.question.candidates)}
                if self.question
                else None
            ),
        }
