"""The words of an answer, shared by every channel: card fields, questions, gap explanations.

Channels differ in markup (console text, Telegram HTML) but say the same things; keeping the
sentences here keeps the channels consistent and their translations in one place.
"""

from __future__ import annotations

import datetime as dt

from babel import Locale
from babel.dates import format_date

from bot.catalogue import Catalogue
from bot.i18n import _, current_locale, ngettext
from bot.models import (
    AgeRange,
    AlternativeWhy,
    Answer,
    CarriedFrom,
    GapReason,
    Hit,
    Missing,
    Offer,
    Prompt,
)
from bot.render.place_open import open_place_heading, place_mark

ACCESS = {
    "offen": lambda: _("just come"),
    "anmeldung": lambda: _("sign up first"),
    "ueberweisung": lambda: _("referral needed"),
}
# A line of a short list shows at most this much of an offer's name (a list must fit a phone).
MAX_NAME = 90


def age_text(low: int | None, high: int | None) -> str:
    """Say an age range the way professionals do: "3–6 Jahre", "0–11 Monate", "Schwangerschaft"."""
    if low is None and high is None:
        return _("all ages")
    if high is not None and high < 0:
        return _("pregnancy")
    lo = 0 if low is None or low < 0 else low
    prefix = _("pregnancy and ") if low is not None and low < 0 else ""
    if high is None:
        return prefix + _("from {years} years").format(years=lo // 12)
    if high < 24:
        return prefix + _("{low}–{high} months").format(low=lo, high=high)
    if lo == high:
        return prefix + ngettext("{n} month", "{n} months", lo).format(n=lo)
    low_years, high_years = lo // 12, high // 12  # 72–131 months is "6–10 Jahre"
    if low_years == high_years or high % 12 != 11 or lo % 12 != 0:
        return prefix + _("{low}–{high} months").format(low=lo, high=high)
    return prefix + _("{low}–{high} years").format(low=low_years, high=high_years)


def asked_age(age: AgeRange | None) -> str:
    if age is None:
        return _("any age")
    if age.high < 0:
        return _("pregnancy")
    if age.low == age.high:
        if age.low < 24:
            return ngettext("{n} month", "{n} months", age.low).format(n=age.low)
        years, months = divmod(age.low, 12)
        if months % 6:  # 26 months is "2;2 Jahre" as paediatricians write it, not "2,16667"
            return _("{years};{months} years").format(years=years, months=months)
        return _("{years} years").format(years=f"{age.low / 12:g}".replace(".", ","))
    if age.high - age.low == 11 and age.low % 12 == 0 and age.low >= 12:
        return ngettext("{n} year", "{n} years", age.low // 12).format(n=age.low // 12)
    return age_text(age.low, age.high)


def languages_text(codes: tuple[str, ...]) -> str:
    """Name languages in the reader's language ("Türkisch", not "Türkçe"), from Babel's CLDR."""
    names = Locale.parse(current_locale()).languages
    return ", ".join(names.get(code, code) for code in codes)


def cost_text(cost: str) -> str:
    return (
        _("free of charge") if cost.strip().lower() in ("kostenlos", "0", "0 €", "frei") else cost
    )


def checked_text(offer: Offer) -> str:
    try:
        day = dt.date.fromisoformat(offer.last_checked)
    except ValueError:
        return _("unknown")
    return format_date(day, format="medium", locale=current_locale())


def card_fields(offer: Offer, catalogue: Catalogue) -> list[tuple[str, str]]:
    """Return the labelled lines of an offer card; an empty value is shown as unknown."""
    place = catalogue.place_name(offer.district or offer.municipality)
    unknown = _("unknown")
    fields = [
        (_("Provider"), offer.provider or unknown),
        (_("For"), age_text(offer.age_min, offer.age_max)),
        (_("Where"), f"{offer.address} ({place})" if offer.address else place or unknown),
        (_("When"), offer.schedule or unknown),
        (_("Cost"), cost_text(offer.cost) if offer.cost else unknown),
        (_("Languages"), languages_text(offer.languages) or unknown),
        (_("Access"), ACCESS[offer.access]() if offer.access in ACCESS else unknown),
        (_("Phone"), offer.phone or unknown),
        (_("E-mail"), offer.email or unknown),
        (_("Web"), offer.website or unknown),
        (_("Checked"), checked_text(offer)),
    ]
    return fields


def alternative_note(hit: Hit, catalogue: Catalogue) -> str:
    """Say plainly why an alternative is not a full answer."""
    offer = hit.offer
    if hit.why == AlternativeWhy.AGE:
        return _("for another age: {age}").format(age=age_text(offer.age_min, offer.age_max))
    if hit.why == "need":  # AlternativeWhy.NEED: the same topic, not the particular offer asked
        return _("meets a related need, not exactly the one asked for")
    if hit.why == AlternativeWhy.CONTEXT:  # meets what the request tells, not what it asks for
        return _("fits the family's situation, not the need asked for")
    if hit.why == AlternativeWhy.LANGUAGE:
        return _("not in the asked language (held in {languages})").format(
            languages=languages_text(offer.languages))  # fmt: skip
    where = catalogue.place_name(offer.district or offer.municipality)
    if hit.distance_km is not None:
        return _("outside the asked place: in {place}, about {km} km away").format(
            place=where, km=f"{hit.distance_km:.0f}")  # fmt: skip
    return _("outside the asked place: in {place}").format(place=where)


def gap_text(answer: Answer, catalogue: Catalogue) -> str:
    """Say honestly why nothing fits."""
    request = answer.request
    place = catalogue.place_name(request.place) if request.place else _("the Kreis Unna")
    asked = request.main_topics or request.topics  # what is missing is the need asked for
    topics = ", ".join(catalogue.topic_label(t, current_locale()) for t in asked[:3])
    if request.required_words:  # the particular kind asked for is what is missing, not its topic
        topics = ", ".join(w[:1].upper() + w[1:] for w in request.required_words)
    reasons = {
        GapReason.NO_OFFER: _("There is no offer for {topics} in the catalogue yet."),
        GapReason.NOT_HERE: _("There is no offer for {topics} that serves {place}."),
        GapReason.AGE: _("There is no offer for {topics} in {place} for {age}."),
        GapReason.LANGUAGE: _("There is no offer for {topics} in {place} in {languages}."),
        GapReason.UNCLEAR: _("I could not tell what kind of help you are looking for."),
        GapReason.NOT_HELPFUL: _("Thank you: the request was noted as not helpful."),
    }
    return reasons[answer.gap or GapReason.UNCLEAR].format(
        topics=topics or _("this need"),
        place=place,
        age=asked_age(request.age),
        languages=languages_text(request.languages),
    )


def understood_text(answer: Answer, catalogue: Catalogue) -> str:
    """Repeat what was understood, so the asker can correct it."""
    request = answer.request
    parts = []
    if getattr(request, "need_unexplained", False):
        pass  # a need nobody understood is never repeated as understood (the general topics)
    elif request.topics:
        parts.append(
            ", ".join(catalogue.topic_label(t, current_locale()) for t in request.topics[:3])
        )
    parts.append(asked_age(request.age) if request.age else _("age unknown"))
    parts.append(catalogue.place_name(request.place) if request.place else _("place unknown"))
    if request.languages:
        parts.append(languages_text(request.languages))
    return " · ".join(parts)


def question_text(answer: Answer, catalogue: Catalogue) -> str | None:
    question = answer.question
    if question is None:
        return None
    if question.kind == "age":
        return _("How old is the child? (e.g. \u201e3 Jahre\u201c, \u201e8 Monate\u201c, "
                 "\u201e5. Klasse\u201c, \u201eschwanger\u201c)")  # fmt: skip
    if question.kind == "place":
        return _("Where does the family live? (town or district, e.g. \u201eKamen-Methler\u201c)")
    if question.kind == "place_ambiguous" and len(question.candidates) == 1:
        # a name that is also an ordinary word ("massen"): asked, not assumed
        name = catalogue.place_name(question.candidates[0])
        return _("Does the family live in {name}? If not, where? (town or district)").format(
            name=name)
    if question.kind == "place_ambiguous":
        names = ", ".join(catalogue.place_name(k) for k in question.candidates)
        return _("Which place do you mean: {names}?").format(names=names)
    return _("What kind of help are you looking for? (e.g. \u201eSprachförderung\u201c, "
             "\u201eElternkurs\u201c, \u201eSchreibaby\u201c)")  # fmt: skip



def _short(name: str) -> str:
    """A name cut to what a line of a short list can hold."""
    return name if len(name) <= MAX_NAME else name[: MAX_NAME - 1] + "…"


def summary(hit: Hit, catalogue: Catalogue) -> tuple[str, str, str]:
    """The one line of a short list: the offer's name, for whom (age) and where."""
    offer = hit.offer
    where = catalogue.place_name(offer.district or offer.municipality) or _("unknown")
    return _short(offer.name), age_text(offer.age_min, offer.age_max), place_mark(hit, where)


def count_text(answer: Answer) -> str:
    """The headline over a list: how many offers fit, and which of them this page shows."""
    total = len(answer.offers)
    page = answer.page
    if getattr(answer.request, "need_unexplained", False):  # general offers, not fitting ones
        return ngettext("{count} general offer for this age (none for the need as named):",
                        "{count} general offers for this age (none for the need as named):",
                        total).format(count=total)  # fmt: skip
    open_place = open_place_heading(answer)
    if open_place is not None:  # the place is open: only the Kreis-wide offers are called fitting
        return open_place
    if total <= page.size:
        return ngettext("{count} fitting offer:", "{count} fitting offers, best first:",
                        total).format(count=total)  # fmt: skip
    last = min(total, page.start + page.size)
    fitting = getattr(answer, "fitting", 0)
    if fitting > total:  # only the best are kept: say the real count, and how many can be paged
        return _("{count} fitting offers; the best {kept} first ({first}–{last}):").format(
            count=fitting, kept=total, first=page.start + 1, last=last)  # fmt: skip
    return _("{count} fitting offers, best first ({first}–{last}):").format(
        count=total, first=page.start + 1, last=last)  # fmt: skip


def no_more_text(answer: Answer) -> str:
    """Said when "mehr" goes past the last offer kept; more may fit than were kept."""
    fitting = getattr(answer, "fitting", 0)
    if fitting > len(answer.offers):
        return _("These were the best {kept} of {count} fitting offers. To see others, narrow "
                 "the request down (place, age or need).").format(
            kept=len(answer.offers), count=fitting)  # fmt: skip
    return _("No more offers for this request.")


def carried_text(answer: Answer, catalogue: Catalogue) -> str | None:
    """Say what the answer took from elsewhere than this message (another child's place?)."""
    request = answer.request
    notes = []
    for carried in answer.carried:
        if carried.what == Missing.PLACE and request.place:
            place = catalogue.place_name(request.place)
            if carried.source == CarriedFrom.DEFAULT:
                notes.append(_("Place taken from your settings: {place}.").format(place=place))
            else:
                notes.append(_("Place taken from the previous request: {place}.").format(
                    place=place))  # fmt: skip
        elif carried.what == Missing.TOPIC and request.topics:
            notes.append(_("Need taken from the previous request: {topics}.").format(
                topics=", ".join(catalogue.topic_label(t, current_locale())
                                 for t in request.topics[:3])))  # fmt: skip
        elif carried.what == Missing.AGE and request.age:
            notes.append(_("Age taken from the previous request: {age}.").format(
                age=asked_age(request.age)))  # fmt: skip
    if not notes:
        return None
    if any(c.source == CarriedFrom.PREVIOUS and c.what != Missing.TOPIC for c in answer.carried):
        notes.append(_("If this is about another child, please give its age and place."))
    return " ".join(notes)


def catalogue_unavailable_text() -> str:
    """Said instead of offers while no catalogue is loaded; the request is not stored anywhere."""
    return _("The directory of offers is not available at the moment. Please send your request "
             "again in a few minutes; we are working on it.")  # fmt: skip


def prompt_text(answer: Answer) -> str | None:
    """The reply to a message that asked for no search: thanks, unreadable text, a wrong number."""
    prompt = answer.prompt
    if prompt is None:
        return None
    if prompt == Prompt.THANKS:
        return _("You are welcome! Ask any time for another offer or another family.")
    if prompt == Prompt.UNKNOWN_NUMBER:
        return _("There is no offer with this number in the last list.")
    if prompt == Prompt.CATALOGUE_UNAVAILABLE:
        return catalogue_unavailable_text()
    if prompt == Prompt.NOT_UNDERSTOOD:
        return _("I did not understand what to change. You can write e.g. \u201eund in "
                 "Unna?\u201c, \u201eund für 6-Jährige?\u201c, \u201eauf Türkisch?\u201c "
                 "or name another need; \u201emehr\u201c shows more offers.")  # fmt: skip
    if prompt == Prompt.ABOUT_OFFERS and answer.about is not None:
        return about_text(answer)
    if prompt == Prompt.NEW_CASE:
        return _("Gladly, a new case: nothing of the last one is kept. Please describe the child "
                 "and the need, e.g. \u201e4 Jahre, Unna, Sprachförderung\u201c.")  # fmt: skip
    if prompt == Prompt.UNKNOWN_PLACE:
        return _("I do not know this place in the Kreis Unna. Please name a town or district of "
                 "the Kreis or its postcode, e.g. \u201eKamen-Methler\u201c or "
                 "\u201e59174\u201c.")  # fmt: skip
    if prompt == Prompt.NOT_KNOWN:
        return _("No problem: the list above stands. If you find out, just write it (e.g. "
                 "\u201e4 Jahre\u201c or \u201eUnna\u201c) and I will narrow it down.")  # fmt: skip
    if prompt == Prompt.NOTHING_YET:
        return _("Please describe the child and the need first, e.g. \u201e4 Jahre, Unna, "
                 "Sprachförderung\u201c.")  # fmt: skip
    return _("Sorry, I could not read that. Please describe the child and the need in a "
             "few words, e.g. \u201e4 Jahre, Unna, Sprachförderung\u201c, or write "
             "\u201emehr\u201c for more offers.")  # fmt: skip


def _about_headings() -> dict[str, str]:
    return {
        "cost": _("What the offers shown cost:"),
        "schedule": _("When the offers shown take place:"),
        "access": _("How to get a place in the offers shown:"),
        "address": _("Where the offers shown are:"),
        "contact": _("How to reach the offers shown:"),
    }


def field_value(offer: Offer, field: str) -> str:
    """One field of an offer card as a line's value ("kostenlos", "Mo–Fr 9–12", a phone)."""
    unknown = _("unknown")
    if field == "cost":
        return cost_text(offer.cost) if offer.cost else unknown
    if field == "schedule":
        return offer.schedule or unknown
    if field == "access":
        return ACCESS[offer.access]() if offer.access in ACCESS else unknown
    if field == "address":
        return offer.address or unknown
    return " · ".join(v for v in (offer.phone, offer.email, offer.website) if v) or unknown


def about_text(answer: Answer) -> str:
    """Answer "ist das kostenlos?" or "wann ist die 2?" from the cards of the list shown."""
    assert answer.about is not None
    field, number = answer.about
    if number is not None:
        hit = answer.listed(number)
        shown = [(number, hit)] if hit is not None else []
    else:
        shown = answer.numbered()
    lines = [f"{n}. {_short(hit.offer.name)}: {field_value(hit.offer, field)}" for n, hit in shown]
    first = shown[0][0] if shown else 1
    hint = _("Details: \u201ed {n}\u201c").format(n=first)
    if number is not None:
        return "\n".join([*lines, hint])
    return "\n".join([_about_headings()[field], *lines, hint])


# Until the needs work lands on main, Answer.emergency, Request.unexplained and
# Request.need_unexplained may be absent: read them with a default.
def emergency_lines(answer: Answer) -> list[str]:
    """The numbers to call at once when a child may be in danger (shown before any offer)."""
    locale = current_locale()
    return [f"{e.label(locale)}: {e.number}" for e in getattr(answer, "emergency", ())]


def emergency_heading() -> str:
    return _("If a child is in danger right now, call at once:")


def unexplained_text(answer: Answer) -> str | None:
    """Name the words nothing explains, so the asker knows what was not understood."""
    words = getattr(answer.request, "unexplained", ())
    if not words:
        return None
    return " ".join(_("I know no offer for \u201e{word}\u201c.").format(word=w) for w in words[:3])
