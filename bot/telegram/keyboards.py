"""Inline keyboards and the compact callback_data they carry.

Telegram caps callback_data at `InlineKeyboardButtonLimit.MAX_CALLBACK_DATA` (64 bytes) and PTB
does not check it, so a button carries only an action letter, a short session id and one small
argument (a phase number, a place key, an offer id); the search itself waits in SQLite.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import InlineKeyboardButtonLimit, InlineQueryLimit

from bot.i18n import _
from bot.models import AgeRange, Answer, Prompt

if TYPE_CHECKING:
    from bot.catalogue import Catalogue

MAX_CALLBACK = int(InlineKeyboardButtonLimit.MAX_CALLBACK_DATA)

# Life phases offered when the age is missing: (label, low, high) in months.
AGE_BUTTONS: tuple[tuple[str, int, int], ...] = (
    ("Schwangerschaft", -9, -1),
    ("0–1 J.", 0, 11),
    ("1–3 J.", 12, 35),
    ("3–6 J.", 36, 71),
    ("6–10 J.", 72, 119),
    ("10–16 J.", 120, 191),
    ("16–21 J.", 192, 263),
)
DETAILS_PER_ROW = 5
ROLES = ("kita", "schule", "arztpraxis", "sozialarbeit", "jugendamt", "sonstiges")

# Action letters of callback_data.
AGE, PLACE, MUNICIPALITY, MORE, NOT_HELPFUL, NEARBY, DETAILS, REPORT = "apPmxndr"
ROLE, HOME, LANGUAGE, DELETE = "RHLD"


@dataclass(frozen=True, slots=True)
class Callback:
    action: str
    key: str = ""
    arg: str = ""


def data(action: str, key: str = "", arg: str = "") -> str:
    """Build callback_data and refuse anything Telegram would reject."""
    text = ":".join(part for part in (action, key, arg) if part)
    if not 1 <= len(text.encode()) <= MAX_CALLBACK:
        raise ValueError(f"callback_data of {len(text.encode())} bytes: {text!r}")
    return text


def parse(raw: str | None) -> Callback:
    parts = (raw or "").split(":", 2)
    return Callback(*parts) if parts and parts[0] else Callback("")


@lru_cache(maxsize=4096)
def offer_button(label: str, action: str, offer_id: str) -> InlineKeyboardButton:
    """A button about one offer ("ℹ️ 3" → its card), the same for every answer that lists it.

    PTB builds a button attribute by attribute through its frozen-object guard, a good part of
    an answer's cost; buttons are immutable, so the ones that carry no session are built once
    (those that do — more, nearby, not helpful, refinements — are new with every answer).
    """
    return InlineKeyboardButton(label, callback_data=data(action, offer_id))


def role_label(role: str) -> str:
    labels = {
        "kita": _("Kita"),
        "schule": _("School"),
        "arztpraxis": _("Medical practice"),
        "sozialarbeit": _("Social work"),
        "jugendamt": _("Youth welfare office"),
        "sonstiges": _("Other"),
    }
    return labels.get(role, role)


def age_range(index: str) -> AgeRange | None:
    if not index.isdigit() or int(index) >= len(AGE_BUTTONS):
        return None
    _label, low, high = AGE_BUTTONS[int(index)]
    return AgeRange(low, high)


def _rows(buttons: list[InlineKeyboardButton], width: int) -> list[list[InlineKeyboardButton]]:
    return [buttons[i : i + width] for i in range(0, len(buttons), width)]


def age_rows(session_id: str) -> list[list[InlineKeyboardButton]]:
    label = {0: _("Pregnancy")}
    buttons = [
        InlineKeyboardButton(label.get(i, text), callback_data=data(AGE, session_id, str(i)))
        for i, (text, _lo, _hi) in enumerate(AGE_BUTTONS)
    ]
    return _rows(buttons, 4)


def place_rows(
    session_id: str,
    keys: list[str],
    catalogue: Catalogue,
    action: str = PLACE,
) -> list[list[InlineKeyboardButton]]:
    buttons = [
        InlineKeyboardButton(catalogue.place_name(k), callback_data=data(action, session_id, k))
        for k in keys
    ]
    return _rows(buttons, 3)


def municipality_keys(catalogue: Catalogue) -> list[str]:
    return sorted((p.key for p in catalogue.gazetteer.municipalities), key=catalogue.place_name)


def district_keys(catalogue: Catalogue, municipality: str) -> list[str]:
    places = catalogue.gazetteer.districts_of(municipality)
    return [p.key for p in sorted(places, key=lambda p: p.name)]


def share_query(text: str) -> str:
    """The inline query a "share" button pre-fills (Telegram allows 256 characters)."""
    return text.split(" | ")[-1][: int(InlineQueryLimit.MAX_QUERY_LENGTH)]


def answer_keyboard(
    answer: Answer, session_id: str, catalogue: Catalogue, districts_of: str | None = None
) -> InlineKeyboardMarkup | None:
    """Buttons under an answer: refine, per-offer details, more, nearby, share.

    Reporting an offer as outdated is a button under its full card (`offer_keyboard`). A short
    reply to thanks or unreadable text has none: the list it would belong to is the one above,
    whose buttons still work.
    """
    if answer.details is not None:
        return offer_keyboard(answer.details.offer.id)
    if answer.prompt == Prompt.ABOUT_OFFERS:  # "ist das kostenlos?": the cards it spoke of
        return _about_keyboard(answer)
    if answer.prompt is not None:
        return None
    rows: list[list[InlineKeyboardButton]] = []
    question = answer.question
    if question is not None and question.kind == "age":
        rows += age_rows(session_id)
    elif question is not None and question.kind == "place_ambiguous":
        rows += place_rows(session_id, list(question.candidates), catalogue)
    elif question is not None and question.kind == "place":
        rows += place_rows(session_id, municipality_keys(catalogue), catalogue, MUNICIPALITY)
    if districts_of:
        rows += place_rows(session_id, district_keys(catalogue, districts_of), catalogue)
    details = [offer_button(f"ℹ️ {number}", DETAILS, hit.offer.id)
               for number, hit in answer.numbered()]  # fmt: skip
    rows += _rows(details, DETAILS_PER_ROW)
    if answer.page.has_more:
        rows.append([InlineKeyboardButton(_("more ▶"), callback_data=data(MORE, session_id))])
    bottom = [InlineKeyboardButton(_("📍 nearby"), callback_data=data(NEARBY, session_id))]
    if answer.request.text:
        bottom.append(
            InlineKeyboardButton(_("↗️ Share"), switch_inline_query=share_query(answer.request.text))
        )
    rows.append(bottom)
    rows.append(
        [InlineKeyboardButton(_("👎 Not helpful"), callback_data=data(NOT_HELPFUL, session_id))]
    )
    return InlineKeyboardMarkup(rows)


def _about_keyboard(answer: Answer) -> InlineKeyboardMarkup | None:
    """Details buttons for the offers a question about the list was answered for."""
    assert answer.about is not None
    number = answer.about[1]
    if number is not None:
        hit = answer.listed(number)
        shown = [(number, hit)] if hit is not None else []
    else:
        shown = answer.numbered()
    details = [offer_button(f"ℹ️ {n}", DETAILS, hit.offer.id) for n, hit in shown]
    return InlineKeyboardMarkup(_rows(details, DETAILS_PER_ROW)) if details else None


def offer_keyboard(offer_id: str) -> InlineKeyboardMarkup:
    """Buttons under a single offer: pass it on, or report it."""
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(_("↗️ Share"), switch_inline_query=offer_id)],
            [offer_button(_("⚠️ Report outdated/wrong details"), REPORT, offer_id)],
        ]
    )


def role_keyboard() -> InlineKeyboardMarkup:
    buttons = [InlineKeyboardButton(role_label(r), callback_data=data(ROLE, r)) for r in ROLES]
    return InlineKeyboardMarkup(_rows(buttons, 2))


def home_keyboard(catalogue: Catalogue, municipality: str | None = None) -> InlineKeyboardMarkup:
    """Pick a default place: the municipalities first, then a district of the chosen one."""
    if municipality is None:
        keys = municipality_keys(catalogue)
        rows = [
            [
                InlineKeyboardButton(catalogue.place_name(k), callback_data=data(HOME, k))
                for k in keys[i : i + 3]
            ]
            for i in range(0, len(keys), 3)
        ]
        rows.append([InlineKeyboardButton(_("No default place"), callback_data=data(HOME, "-"))])
        return InlineKeyboardMarkup(rows)
    keys = district_keys(catalogue, municipality)
    rows = [
        [
            InlineKeyboardButton(
                _("All of {place}").format(place=catalogue.place_name(municipality)),
                callback_data=data(HOME, municipality, "="),
            )
        ]
    ]
    rows += [
        [
            InlineKeyboardButton(catalogue.place_name(k), callback_data=data(HOME, k, "="))
            for k in keys[i : i + 3]
        ]
        for i in range(0, len(keys), 3)
    ]
    return InlineKeyboardMarkup(rows)


def language_keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Deutsch", callback_data=data(LANGUAGE, "de")),
                InlineKeyboardButton("English", callback_data=data(LANGUAGE, "en")),
            ]
        ]
    )


def delete_keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    _("Yes, delete everything"), callback_data=data(DELETE, "yes")
                ),
                InlineKeyboardButton(_("No, keep"), callback_data=data(DELETE, "no")),
            ]
        ]
    )
