"""The assistant's door for channels: what Telegram, the console and the web rely on."""

from __future__ import annotations

from bot.assistant import Assistant
from bot.gaps.log import all_gaps
from bot.reports import DOUBTFUL_AFTER, open_reports


def test_search_finds_offers_without_recording_a_gap(assistant: Assistant) -> None:
    hits = assistant.search("Sprachförderung auf Tigrinya in Werne, 4 Jahre")
    assert all_gaps(assistant.store) == []
    assert assistant.search("KAM-040")[0].offer.id == "KAM-040"
    assert all(hit.offer.id for hit in hits)


def test_resolve_place_names_a_district_and_admits_words_it_does_not_know(
    assistant: Assistant,
) -> None:
    choice = assistant.resolve_place("Methler")
    assert (choice.key, choice.name) == ("kamen-methler", "Methler")
    assert assistant.resolve_place("Xyzabc").key is None


def test_nearby_lists_the_closest_offers_and_refuses_positions_outside_the_kreis(
    assistant: Assistant,
) -> None:
    nearby = assistant.nearby(51.58, 7.6, count=3)
    assert nearby is not None and nearby.place == "kamen-methler"
    distances = [km for _hit, km in nearby.hits]
    assert len(distances) == 3 and distances == sorted(distances)
    assert assistant.nearby(52.52, 13.40) is None  # Berlin


def test_reports_count_once_per_user_and_make_an_offer_doubtful(assistant: Assistant) -> None:
    assert assistant.report("KAM-040", "u1") is True
    assert assistant.report("KAM-040", "u1") is False
    assert len(open_reports(assistant.store)) == 1
    for n in range(2, DOUBTFUL_AFTER + 1):
        assistant.report("KAM-040", f"u{n}")
    hit = assistant.offer("KAM-040")
    assert hit is not None and hit.doubtful
    assert assistant.search("KAM-040")[0].doubtful
    assert not assistant.offer("KAM-049").doubtful  # type: ignore[union-attr]
    assert assistant.offer("NOPE-1") is None


def test_user_data_and_deletion_go_through_the_assistant(assistant: Assistant) -> None:
    user = assistant.pseudonym(42)
    assistant.respond("Sprachförderung auf Tigrinya in Werne, 4 Jahre", channel="web", user=user)
    assistant.report("KAM-040", user)
    data = assistant.user_data(user)
    assert len(data["gaps"]) == 1 and len(data["offer_reports"]) == 1
    assert assistant.delete_user_data(user) >= 2
    assert all(rows == [] for rows in assistant.user_data(user).values())


def test_the_gap_report_is_read_through_the_assistant_by_scope(assistant: Assistant) -> None:
    import io

    from openpyxl import load_workbook

    from bot.assistant import Scope

    assistant.respond("Sprachförderung auf Tigrinya in Werne, 4 Jahre", channel="web", user="u")
    kamen = Scope(municipality="kamen")
    assert "1" in assistant.gap_summary() and assistant.gap_summary() != assistant.gap_summary(
        kamen
    )
    assert assistant.gap_heatmap().startswith(b"\x89PNG")
    book = load_workbook(io.BytesIO(assistant.gap_workbook()))
    assert len(list(book.worksheets[0].iter_rows())) == 2  # header and the one entry
    assert "<html" in assistant.gap_report_html().lower()
    assert any(name.endswith(".csv") for name in assistant.gap_csv(kamen))
    assert assistant.open_reports() == []
