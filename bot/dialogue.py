"""Dialogue: a conversation of several messages, for every channel alike.

"und in Unna?", "und für 6-Jährige?", "mehr", "details 2" or a bare "17" after the question "Wie
alt ist das Kind?" only make sense with what was asked before. A `Session` keeps the last request,
the question asked back, the page and the ranked offers of the last answer. It is plain data, so
that the Telegram channel can store it in the state database and buttons keep working after a
restart.

Paging keeps the ranked offer ids (with score and locality) in the session instead of matching
again: "mehr" then costs a dictionary lookup per offer, shows exactly the list the first page was
cut from, and stays stable while the catalogue is unchanged. Only when an id is gone (the catalogue
was replaced in between) is the request matched again.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields, replace
from typing import Any

from bot.catalogue import Catalogue
from bot.matching import match
from bot.models import (
    AgeRange,
    AlternativeWhy,
    Answer,
    Carried,
    CarriedFrom,
    GapReason,
    Hit,
    Missing,
    Page,
    Prompt,
    Question,
    Request,
)
from bot.text import fold
from bot.understanding import Context, understand
from bot.understanding.age import parse_age

_MORE = re.compile(r"^\s*(?:mehr|weiter|more|next|naechste|nächste)\b\W*$", re.I)
_FOLLOW_UP = re.compile(
    r"^\s*(?:und|and|aber|oder|was ist mit|wie ist es mit|what about|how about|auch|jetzt)\b", re.I
)
# "details 2", "d 2", "mehr zu 2", "info 2", "2": the full card of offer 2 of the last list.
_DETAILS = re.compile(
    r"^\s*(?:(?:details?|d|info|infos|karte|mehr\s+(?:zu|zum|über|ueber)|zu|nr\.?|nummer|#)"
    r"\s*)?(\d{1,2})\s*[.!?]?\s*$",
    re.I,
)
_NUMBER = re.compile(r"\d+(?:[.,]5)?")
_YEARS_SPAN = re.compile(r"^\D*?(\d{1,2})\s*(?:-|–|bis|to)\s*(\d{1,2})\D*$")
# A message that says the conversation is about someone else: "Neue Anfrage", "andere Familie",
# "Nächster Fall", "Neue Frage", "another family" — a new case even without a need of its own.
_NEW_CASE = re.compile(
    r"\b(?:neue[rs]?|andere[rs]?|naechste[rs]?|weitere[rs]?|new|another|next|different)\s+"
    r"(?:anfrage|fall|familie|frage|kind|klient\w*|kund\w*|patient\w*|schule|thema|case|family|"
    r"request|question|child)\b"
)
# Words of thanks and assent: "danke 👍" ends a turn, it does not ask for anything.
_COURTESY = frozenset((
    "danke", "dankeschoen", "vielen", "dank", "thanks", "thank", "you", "thx", "ok", "okay",
    "super", "prima", "toll", "gut", "alles", "klar", "perfekt", "merci", "tschuess", "bye",
))  # fmt: skip
SHORT_FOLLOW_UP_WORDS = 6
# A bare number answering "Wie alt ist das Kind?" is years up to this age (the Präventionskette).
MAX_BARE_YEARS = 21
BARE_ANSWER_WORDS = 5  # "sie ist 15" unasked, as a correction
ANSWER_WORDS = 8  # "sie ist 8, wir sind in Fröndenberg" answering the age question



@dataclass(frozen=True, slots=True)
class Session:
    """What a conversation remembers between two messages."""

    request: Request | None = None
    page: int = 0
    default_place: str | None = None
    # The last answer as ranked offer ids: (id, score, locality) and alternatives (id, why, km).
    ranked: tuple[tuple[str, float, str], ...] = ()
    alternatives: tuple[tuple[str, str, float | None], ...] = ()
    gap: str | None = None
    # What the assistant asked back last time (Question.kind and candidates), awaiting an answer.
    asked: str | None = None
    asked_candidates: tuple[str, ...] = ()

    def to_json(self) -> str:
        data = {
            "page": self.page,
            "default_place": self.default_place,
            "request": None if self.request is None else _request_data(self.request),
            "ranked": [list(r) for r in self.ranked],
            "alternatives": [list(a) for a in self.alternatives],
            "gap": self.gap,
            "asked": self.asked,
            "asked_candidates": list(self.asked_candidates),
        }
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str | None) -> Session:
        if not text:
            return cls()
        data = json.loads(text)
        raw = data.get("request")
        return cls(
            request=_request_from(raw) if raw else None,
            page=int(data.get("page", 0)),
            default_place=data.get("default_place"),
            ranked=tuple((str(i), float(s), str(loc)) for i, s, loc in data.get("ranked", ())),
            alternatives=tuple(
                (str(i), str(why), None if km is None else float(km))
                for i, why, km in data.get("alternatives", ())
            ),
            gap=data.get("gap"),
            asked=data.get("asked"),
            asked_candidates=tuple(data.get("asked_candidates", ())),
        )


def _request_data(request: Request) -> dict[str, Any]:
    """Every field of a Request as JSON data (new fields are kept without touching this)."""
    data: dict[str, Any] = {}
    for f in fields(Request):
        value = getattr(request, f.name)
        if isinstance(value, AgeRange):
            value = value.as_list()
        elif isinstance(value, tuple):
            value = list(value)
        data[f.name] = value
    return data


def _request_from(raw: dict[str, Any]) -> Request:
    known = {f.name for f in fields(Request)}
    values: dict[str, Any] = {}
    for name, value in raw.items():
        if name not in known:
            continue  # written by another version: ignore rather than fail
        if name == "age":
            value = AgeRange(*value) if value else None
        elif isinstance(value, list):
            value = tuple(value)
        values[name] = value
    return Request(**values)


def is_more(text: str) -> bool:
    return bool(_MORE.match(text or ""))


def details_number(text: str) -> int | None:
    """Return N for "details N", "d N", "mehr zu N" or a bare "N", else None."""
    found = _DETAILS.match(text or "")
    return int(found.group(1)) if found else None


def bare_age(text: str, max_words: int = BARE_ANSWER_WORDS) -> AgeRange | None:
    """Read an answer to "Wie alt ist das Kind?": "3 Jahre", but also a bare "17", "sie ist 15".

    Only called while the age question is open: then one small number in a short message is the
    child's age in years, which it would not be in a fresh request ("17" could be anything).
    """
    folded = fold(text)
    age = parse_age(folded)
    if age is not None:
        return age
    words = re.findall(r"[a-z]+", folded)
    if len(words) > max_words:
        return None
    span = _YEARS_SPAN.match(folded)  # "so 10-12", "10 bis 12"
    if span:
        low, high = sorted(int(n) for n in span.groups())
        return AgeRange(low * 12, high * 12 + 11) if high <= MAX_BARE_YEARS else None
    numbers = _NUMBER.findall(folded)
    if len(numbers) != 1:
        return None
    years = float(numbers[0].replace(",", "."))
    if years > MAX_BARE_YEARS:
        return None
    low = int(years * 12)
    return AgeRange(low, low + 11 if years.is_integer() else low)


def _courtesy(text: str) -> bool:
    """Tell thanks, assent or a lone emoji from text that could not be read."""
    words = re.findall(r"[a-z]+", fold(text))
    if words:
        return all(w in _COURTESY for w in words)
    return not re.search(r"[^\W\d_]", text) and not re.search(r"[?]", text)


def _nothing_understood(request: Request) -> bool:
    return not (request.age or request.place or request.topics or request.languages
                or request.place_candidates)  # fmt: skip


def respond(
    text: str, catalogue: Catalogue, session: Session | None = None
) -> tuple[Answer, Session]:
    """Answer one message of a conversation and return the updated session."""
    session = session or Session()
    previous = session.request
    if previous is not None:
        if is_more(text):
            return _page(session, catalogue, session.page + 1)
        number = details_number(text)
        if number is not None and not (session.asked == "age" and len(text.strip()) <= 2):
            return _details(session, catalogue, number), session
    elif is_more(text) or (details_number(text) is not None and not text.strip().isdigit()):
        # nothing to page or open yet (a bare number is understood below: it may be an age)
        return Answer(Request(text=text.strip()), prompt=Prompt.NOTHING_YET), session
    request = _understand(text, catalogue, session.default_place)
    if previous is not None and request.age is None and (
        session.asked == "age" or _nothing_understood(request)
    ):  # "17" after "Wie alt ist das Kind?", or "sie ist 15" correcting the age
        words = ANSWER_WORDS if session.asked == "age" else BARE_ANSWER_WORDS
        request = replace(request, age=bare_age(text, words))
    if previous is not None and _nothing_understood(request):
        # an emoji, a line in another script, "???": ask again, never replay the last search
        # (the answer carries the conversation's request: nothing of it changed)
        prompt = Prompt.THANKS if _courtesy(text) else Prompt.UNREADABLE
        return Answer(previous, prompt=prompt), session
    carried: list[Carried] = []
    if previous is not None and _continues(previous, request, text, session):
        request, carried = _merge(previous, request, text, session, catalogue)
    request, carried = _default_place(request, carried, session, catalogue)
    return _fresh(request, catalogue, session, tuple(carried))


def _understand(text: str, catalogue: Catalogue, default_place: str | None) -> Request:
    """Understand what this message itself says; the default place only settles ambiguity.

    The default place fills a missing place later (`_default_place`), so that the answer can
    say it was taken from the settings.
    """
    request = understand(text, catalogue)
    if request.place is None and request.place_candidates and default_place:
        settled = understand(text, catalogue, Context(default_place))
        if settled.place is not None:
            return settled
    return request


def _continues(previous: Request, new: Request, text: str, session: Session) -> bool:
    """Tell a follow-up or an answer to our question from a new case.

    A message that names its own need together with an age or a place is a new case: it must not
    inherit the previous family's place or age. "und …", an answer to the open question, and a
    short message without a need of its own continue the conversation.
    """
    if _NEW_CASE.search(fold(text)):
        return False
    if _FOLLOW_UP.match(text):
        return True
    own_need = _own_need(new)
    same_need = not new.topics or set(new.topics) <= set(previous.topics)
    if _answers(session.asked, new) and same_need and not (new.age and new.place):
        return True
    names_child = new.age is not None or new.place is not None or bool(new.place_candidates)
    if own_need:
        return not names_child
    if new.general and new.age is not None and (new.place or new.place_candidates):
        return len(fold(text).split()) <= SHORT_FOLLOW_UP_WORDS
    return True


def _own_need(request: Request) -> bool:
    """Tell whether a message names a need of its own (one we know, or words we do not)."""
    unexplained = getattr(request, "unexplained", ())
    return (bool(request.topics) and not request.general) or bool(unexplained)


def _answers(asked: str | None, new: Request) -> bool:
    """Tell whether a message supplies what the assistant asked for."""
    if asked == "age":
        return new.age is not None
    if asked in ("place", "place_ambiguous"):
        return new.place is not None or bool(new.place_candidates)
    if asked == "topic":
        return bool(new.topics)
    return False


def _merge(previous: Request, new: Request, text: str, session: Session, catalogue: Catalogue
           ) -> tuple[Request, list[Carried]]:  # fmt: skip
    """Fill what a follow-up leaves out from the request before it, and say what was carried."""
    own_need = bool(new.topics) and not new.general
    place = new.place
    candidates = new.place_candidates
    if place is not None and session.asked == "place_ambiguous":
        place = _pick_candidate(place, session.asked_candidates, catalogue) or place
    if place is None and not candidates:
        place, candidates = previous.place, previous.place_candidates
    merged = replace(
        new,
        text=f"{previous.text} | {new.text}",
        age=new.age or previous.age,
        place=place,
        place_candidates=() if place else candidates,
        topics=new.topics if own_need else previous.topics,
        languages=new.languages or previous.languages,
        keywords=new.keywords if own_need else previous.keywords,
        general=new.general if own_need else previous.general,
    )
    carried = []
    if not own_need and new.age is not None and new.place is not None and previous.topics:
        carried.append(Carried(Missing.TOPIC, CarriedFrom.PREVIOUS))  # reads like a new case
    # Announce what a message with a need of its own inherits: it may be about another child.
    if own_need and not _FOLLOW_UP.match(text) and not _answers(session.asked, new):
        if new.age is None and previous.age is not None:
            carried.append(Carried(Missing.AGE, CarriedFrom.PREVIOUS))
        if new.place is None and previous.place is not None:
            carried.append(Carried(Missing.PLACE, CarriedFrom.PREVIOUS))
    return merged, carried


def _pick_candidate(place: str, candidates: tuple[str, ...], catalogue: Catalogue) -> str | None:
    """"Werne" answering "Stockum (Werne) or Stockum (Lünen)?" picks Stockum (Werne)."""
    gazetteer = catalogue.gazetteer
    for key in candidates:
        if key == place or gazetteer.municipality_of(key) == place:
            return key
    return None


def _default_place(request: Request, carried: list[Carried], session: Session,
                   catalogue: Catalogue) -> tuple[Request, list[Carried]]:  # fmt: skip
    default = session.default_place
    if request.place or request.place_candidates or default not in catalogue.gazetteer:
        return request, carried
    return replace(request, place=default), [*carried, Carried(Missing.PLACE, CarriedFrom.DEFAULT)]


def _fresh(request: Request, catalogue: Catalogue, session: Session,
           carried: tuple[Carried, ...] = ()) -> tuple[Answer, Session]:  # fmt: skip
    """Match a request, remember the ranked answer, and return its first page."""
    answer = match(request, catalogue)
    question = answer.question
    session = replace(
        session,
        request=request,
        page=0,
        ranked=tuple((h.offer.id, h.score, h.locality) for h in answer.offers),
        alternatives=tuple(
            (h.offer.id, str(h.why or AlternativeWhy.OUTSIDE), h.distance_km)
            for h in answer.alternatives
        ),
        gap=str(answer.gap) if answer.gap else None,
        asked=question.kind if question else None,
        asked_candidates=question.candidates if question else (),
    )
    page = Page(0, total=len(answer.offers))
    return replace(answer, page=page, carried=carried), session


def _page(session: Session, catalogue: Catalogue, number: int) -> tuple[Answer, Session]:
    """Show page `number` of the remembered ranking, without matching again."""
    answer = _remembered(session, catalogue)
    if answer is None:  # the catalogue changed since: rank again, keep the page asked for
        assert session.request is not None
        answer, session = _fresh(session.request, catalogue, session)
    page = Page(number, total=len(answer.offers))
    return replace(answer, page=page), replace(session, page=number)


def _remembered(session: Session, catalogue: Catalogue) -> Answer | None:
    """Rebuild the last answer from the session, or None when an offer has left the catalogue."""
    if session.request is None:
        return None
    by_id = catalogue.by_id
    ids = [i for i, _score, _loc in session.ranked] + [i for i, _w, _km in session.alternatives]
    if any(i not in by_id for i in ids):
        return None
    offers = tuple(Hit(by_id[i], score, loc) for i, score, loc in session.ranked)
    alternatives = tuple(
        Hit(by_id[i], 0.0, "elsewhere" if why == AlternativeWhy.OUTSIDE else "",
            AlternativeWhy(why), km)
        for i, why, km in session.alternatives
    )  # fmt: skip
    question = Question(session.asked, session.asked_candidates) if session.asked else None
    gap = GapReason(session.gap) if session.gap else None
    return Answer(session.request, offers, alternatives, gap, question)


def _details(session: Session, catalogue: Catalogue, number: int) -> Answer:
    """The full card of offer `number` as shown in the last list."""
    answer = _remembered(session, catalogue)
    if answer is not None:
        if 1 <= number <= len(answer.offers):  # any offer of the ranking, not just this page
            return Answer(answer.request, details=answer.offers[number - 1])
        for shown, hit in answer.numbered():  # the alternatives after the last offer
            if shown == number:
                return Answer(answer.request, details=hit)
    assert session.request is not None
    return Answer(session.request, prompt=Prompt.UNKNOWN_NUMBER)


def refine(
    session: Session, catalogue: Catalogue, *, age: AgeRange | None = None,
    place: str | None = None,
) -> tuple[Answer, Session]:  # fmt: skip
    """Apply a button's choice (an age, a district) to the last request."""
    if session.request is None:
        raise ValueError("nothing to refine")
    request = session.request
    if age is not None:
        request = replace(request, age=age)
    if place is not None:
        request = replace(request, place=place, place_candidates=())
    return _fresh(request, catalogue, session)
