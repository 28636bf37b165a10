"""Phone-sized answers: a short list (name, for whom, where), the full card only when asked."""

from __future__ import annotations

from bot.catalogue import Catalogue
from bot.dialogue import Session, respond
from bot.models import PAGE_SIZE
from bot.render.text import render_answer, render_compact
from bot.render.words import age_text
from bot.telegram import keyboards as kb
from bot.telegram.render import MAX_TEXT, answer_html


def offer_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line[:1].isdigit() and ". " in line]


def test_the_console_shows_one_line_per_offer(catalogue: Catalogue) -> None:
    answer, _ = respond("Erziehungsberatung im Kreis Unna, Kind 6", catalogue)
    text = render_compact(answer, catalogue)
    lines = offer_lines(text)
    assert len(lines) == PAGE_SIZE
    for number, (line, hit) in enumerate(zip(lines, answer.page_offers, strict=True), start=1):
        offer = hit.offer
        place = catalogue.place_name(offer.district or offer.municipality)
        for_whom = age_text(offer.age_min, offer.age_max)
        assert line == f"{number}. {offer.name} · {for_whom} · {place}"
    assert "Telefon" not in text and "Träger" not in text
    assert "„d 1“" in text and "„mehr“" in text
    assert len(text.splitlines()) < 20  # fits a phone's screen, unlike five full cards
    assert len(render_answer(answer, catalogue).splitlines()) > 3 * len(text.splitlines())


def test_alternatives_stay_marked_in_the_short_list(catalogue: Catalogue) -> None:
    answer, _ = respond("Sprachförderung 3 J Unna", catalogue)
    assert answer.alternatives
    text = render_compact(answer, catalogue)
    alternatives = text.split("Nächste Alternativen (sie passen nicht ganz):")[1]
    assert all(f"{n}. " in alternatives for n, _h in answer.numbered()[len(answer.offers):])
    notes = ("→ außerhalb des gefragten Orts", "→ für ein anderes Alter")
    assert any(note in alternatives for note in notes)


def test_details_show_the_full_card_and_keep_an_alternative_marked(catalogue: Catalogue) -> None:
    first, session = respond("Sprachförderung 3 J Unna", catalogue)
    card, _ = respond("d 1", catalogue, session)
    text = render_compact(card, catalogue)
    assert first.offers[0].offer.name in text and "Telefon:" in text and "Träger:" in text
    last = first.numbered()[-1][0]
    alternative, _ = respond(f"d {last}", catalogue, session)
    assert alternative.details is not None and alternative.details.why is not None
    assert "Nur eine Alternative:" in render_compact(alternative, catalogue)


def test_telegram_shows_a_short_list_with_a_details_button_per_offer(catalogue: Catalogue) -> None:
    answer, _ = respond("Erziehungsberatung im Kreis Unna, Kind 6", catalogue)
    html = answer_html(answer, catalogue)
    assert len(html) <= MAX_TEXT and "Telefon" not in html
    for number, _hit in answer.numbered():
        assert f"<b>{number}.</b> " in html
    markup = kb.answer_keyboard(answer, "S" * 11, catalogue)
    buttons = [b for row in markup.inline_keyboard for b in row]
    details = [b.callback_data for b in buttons if str(b.callback_data).startswith("d:")]
    assert details == [f"d:{hit.offer.id}" for _n, hit in answer.numbered()]
    assert all(len(str(b.callback_data).encode()) <= kb.MAX_CALLBACK for b in buttons
               if b.callback_data)  # fmt: skip
    assert any(str(b.callback_data).startswith("m:") for b in buttons)  # more


def test_telegram_details_are_the_full_card_with_the_report_button(catalogue: Catalogue) -> None:
    first, session = respond("Erziehungsberatung im Kreis Unna, Kind 6", catalogue)
    card, _ = respond("d 3", catalogue, session)
    html = answer_html(card, catalogue)
    assert first.offers[2].offer.name.split(" ")[0] in html and "Telefon" in html
    markup = kb.answer_keyboard(card, "S" * 11, catalogue)
    data = [b.callback_data for row in markup.inline_keyboard for b in row]
    assert f"r:{first.offers[2].offer.id}" in data


def test_the_carried_notice_and_prompt_reach_telegram(catalogue: Catalogue) -> None:
    _, session = respond("Sprachförderung 3 J in Unna", catalogue, Session(default_place="kamen"))
    answer, session = respond("Elternkurs für eine 4-Jährige", catalogue, session)
    assert "Ort aus Ihren Einstellungen übernommen: Kamen." in answer_html(answer, catalogue)
    unreadable, _ = respond("???", catalogue, session)
    html = answer_html(unreadable, catalogue)
    assert "nicht lesen" in html and "Verstanden" not in html


def test_emergency_numbers_and_unknown_words_are_said_first() -> None:
    from types import SimpleNamespace

    from bot.render.words import count_text, emergency_lines, unexplained_text

    number = SimpleNamespace(number="110", label=lambda locale: "Polizei")
    request = SimpleNamespace(unexplained=("Kinderhospiz",), need_unexplained=True)
    answer = SimpleNamespace(emergency=(number,), request=request, offers=(1, 2, 3),
                             page=SimpleNamespace(size=5, start=0))  # fmt: skip
    assert emergency_lines(answer) == ["Polizei: 110"]  # type: ignore[arg-type]
    assert unexplained_text(answer) == "Zu „Kinderhospiz“ kenne ich kein Angebot."  # type: ignore[arg-type]
    assert "allgemeine Angebote" in count_text(answer)  # type: ignore[arg-type]


def test_the_understood_age_is_said_as_professionals_write_it() -> None:
    """26 months is "2;2 Jahre", never "2,16667 Jahre"; whole and half years stay as they are."""
    from bot.i18n import use_locale
    from bot.models import AgeRange
    from bot.render.words import asked_age

    with use_locale("de"):
        said = {months: asked_age(AgeRange(months, months)) for months in (8, 24, 26, 30, 41)}
    assert said == {8: "8 Monate", 24: "2 Jahre", 26: "2;2 Jahre", 30: "2,5 Jahre",
                    41: "3;5 Jahre"}  # fmt: skip
