"""Needs by mechanism: stems, colloquial spellings, phrases within a window, words not understood,
context that is no need, and honest gaps for a particular kind of offer that is not there."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.models import AlternativeWhy, GapReason
from bot.understanding import understand
from bot.understanding.normalise import stem, within_window, words_of


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Baby 4 Monate schläft nachts nicht, Unna", "schreibaby_schlaf"),  # words in between
        ("Baby 5 Monate schläft einfach nie, Kamen", "schreibaby_schlaf"),
        ("Kind 3 spricht fast garnix, Kamen", "sprachfoerderung"),  # colloquial
        ("Kind 3 spricht fast nix, Kamen", "sprachfoerderung"),
        ("Kind 4 isst nix mehr, Unna", "psychische_gesundheit"),
        ("Suche Krabbelgruppen für Baby 9 Monate in Werne", "eltern_kind_gruppen"),  # inflection
        ("Mutter mit depressiven Verstimmungen, Kind 5, Lünen", "belastete_eltern"),
        ("Junge 12 wird in der Schule gemobbt", "gewaltpraevention"),
        ("Hausaufgabenhlife für Grundschulkind, Kamen", "lernfoerderung"),  # typo beats a part
    ],
)
def test_needs_are_found_in_other_forms(catalogue: Catalogue, text: str, topic: str) -> None:
    assert topic in understand(text, catalogue).topics


def test_sleeping_is_no_typo_of_hitting(catalogue: Catalogue) -> None:
    request = understand("Baby 4 Monate schläft nachts nicht, Unna", catalogue)
    assert "kinderschutz" not in request.topics
    assert not request.child_protection


@pytest.mark.parametrize(
    ("text", "not_topic"),
    [
        ("Familie aus Syrien, Kind 4, Kinderarzt bittet um Autismus-Diagnostik, Kamen",
         "migration_integration"),
        ("Gibt es in Derne ein Familienzentrum? Mutter mit Kind (3) hat kein Auto",
         "eltern_kind_gruppen"),  # "Mutter mit Kind" is no Mutter-Kind-Gruppe
        ("Fröndenberg – Vater in Haft, Kinder 5 und 10, Mutter jetzt alleine",
         "eltern_kind_gruppen"),
        ("Junge Mutter 21 sucht Hilfe in Unna", "schwangerschaft_geburt"),
        ("Ein Vater fragt nach musikalischer Früherziehung für seine 5-jährige in Fröndenberg",
         "alleinerziehende_entlastung"),
    ],
)  # fmt: skip
def test_context_words_do_not_become_needs(catalogue: Catalogue, text: str, not_topic: str
                                           ) -> None:  # fmt: skip
    assert not_topic not in understand(text, catalogue).topics


def test_origin_does_not_crowd_out_the_asked_diagnostics(catalogue: Catalogue) -> None:
    answer = match(understand("Familie aus Syrien, Kind 4, Kinderarzt bittet um "
                              "Autismus-Diagnostik, Kamen", catalogue), catalogue)  # fmt: skip
    assert answer.request.topics[0] == "inklusion_behinderung"
    assert all("inklusion_behinderung" in h.offer.topics or "fruehfoerderung" in h.offer.topics
               for h in answer.offers[:3])  # fmt: skip


def test_stems_meet_across_inflections() -> None:
    assert stem("schlaeft") == stem("schlafen")
    assert stem("nichts") == stem("nicht")
    assert stem("krabbelgruppen") == stem("krabbelgruppe")
    assert stem("haut") == "haut"  # short words keep their letters


def test_phrase_words_within_a_window_in_any_order() -> None:
    stems = words_of("schläft seit drei Wochen nicht").stems
    phrase = (stem("schlaeft"), stem("nicht"))
    assert within_window(stems, phrase, range(len(stems)), slack=2) is None  # too far apart
    stems = words_of("nachts schläft er nicht").stems
    assert within_window(stems, phrase, range(len(stems)), slack=2) == (1, 3)


def test_colloquial_spellings_are_expanded() -> None:
    words = words_of("spricht garnix")
    assert words.folded == ("spricht", "gar", "nicht")
    assert words.raw == ("spricht", "garnix", "garnix")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Kinderhospiz für todkrankes Kind (5) in Unna", "Kinderhospiz"),
        ("Gebärdensprachkurs für hörende Geschwister (8) in Kamen", "Gebärdensprachkurs"),
        ("Tiergestützte Stunden mit Alpakas für Kind 7, Werne", "Alpakas"),
    ],
)
def test_words_nothing_explains_are_named(catalogue: Catalogue, text: str, word: str) -> None:
    request = understand(text, catalogue)
    assert word in request.unexplained
    assert word in match(request, catalogue).to_json()["unexplained"]


@pytest.mark.parametrize(
    "text",
    [
        "Kita-Platz für Kind 2 in Werne, Mutter arbeitet Vollzeit",
        "Sehr geehrte Damen und Herren, gibt es eine Erziehungsberatung in Kamen? Mit "
        "freundlichen Grüßen",
        "Hausaufgabenhlife für Grundschulkind, Kamen",  # a typo is understood, not unexplained
        "Baby 4 Monate schläft nachts nicht, Unna",
    ],
)
def test_ordinary_words_and_typos_are_not_named(catalogue: Catalogue, text: str) -> None:
    assert understand(text, catalogue).unexplained == ()


def test_an_unexplained_need_is_not_dressed_as_understood(catalogue: Catalogue) -> None:
    request = understand("Kinderhospiz für todkrankes Kind (5) in Unna", catalogue)
    assert request.need_unexplained
    answer = match(request, catalogue)
    assert answer.offers == () and answer.gap is GapReason.UNCLEAR  # an honest gap
    assert answer.alternatives and all(h.why is AlternativeWhy.NEED for h in answer.alternatives)
    named = understand("Kita-Platz für Kind 2 in Werne", catalogue)
    assert not named.need_unexplained


def test_baby_swimming_where_there_is_none_is_an_honest_gap(catalogue: Catalogue) -> None:
    answer = match(understand("Babyschwimmen in Selm, Baby 6 Monate", catalogue), catalogue)
    assert answer.offers == ()
    # Selm has leisure offers for older children and Unna has baby swimming: both are true reasons
    assert answer.gap in (GapReason.NOT_HERE, GapReason.AGE)
    assert any("schwimm" in h.offer.name.lower() for h in answer.alternatives)
    assert all(h.why is not None for h in answer.alternatives)


@pytest.mark.parametrize("text", [
    "Seepferdchen für 5jährige in Selm",
    "Schwimmkurs für Kind 8 in Selm",
])
def test_a_particular_activity_is_met_by_its_own_topic(text: str, catalogue: Catalogue) -> None:
    """A sports or leisure offer for this age and place meets a swimming wish, even unnamed."""
    answer = match(understand(text, catalogue), catalogue)
    assert answer.offers and not answer.is_gap
    assert all("freizeit_sport_kultur" in h.offer.topics or "schwimm" in h.offer.description.lower()
               for h in answer.offers)


def test_baby_swimming_where_it_exists_is_fitting(catalogue: Catalogue) -> None:
    answer = match(understand("Babyschwimmen in Unna, Baby 6 Monate", catalogue), catalogue)
    assert answer.offers and not answer.is_gap
    assert all("schwimm" in h.offer.name.lower() for h in answer.offers)


def test_a_related_need_is_marked_as_such(catalogue: Catalogue) -> None:
    answer = match(understand("Reittherapie für Kind 7 in Kamen", catalogue), catalogue)
    if answer.offers:  # the catalogue may hold it; then it must name it
        assert all("reit" in (h.offer.name + h.offer.description).lower() for h in answer.offers)
    else:
        assert answer.is_gap
        assert all(h.why in (AlternativeWhy.OUTSIDE, AlternativeWhy.AGE, AlternativeWhy.NEED,
                             AlternativeWhy.LANGUAGE) for h in answer.alternatives)  # fmt: skip


def test_the_sentence_that_asks_leads(catalogue: Catalogue) -> None:
    request = understand("Schüler 19, Ausbildungsvorbereitung, schläft seit dem Rauswurf im Auto. "
                         "Notschlafstelle oder Hilfe für junge Erwachsene in Kamen?", catalogue)
    assert request.topics[0] == "junge_volljaehrige"
    assert "schreibaby_schlaf" not in request.topics  # sleeping in a car is no crying baby


def test_a_need_of_another_life_phase_yields(catalogue: Catalogue) -> None:
    request = understand("Kind 8 J., Eltern trennen sich, weint viel in der OGS. Kamen", catalogue)
    assert "schreibaby_schlaf" not in request.topics
    alone = understand("Kind 3 J. mit Fütterstörung, Fütterambulanz in Lünen?", catalogue)
    assert alone.topics[0] == "schreibaby_schlaf"  # alone it stays: an honest gap at three


def test_offers_called_fitting_meet_the_main_need(catalogue: Catalogue) -> None:
    import json
    from pathlib import Path

    rows = Path(__file__).parent / "data" / "dev.jsonl"
    restricted = 0
    for line in rows.read_text("utf-8").splitlines():
        answer = match(understand(json.loads(line)["q"], catalogue), catalogue)
        main = set(answer.request.main_topics)
        if main:
            restricted += 1
            assert all(main & set(hit.offer.topics) for hit in answer.offers), answer.request.text
    assert restricted > 100


def test_who_the_family_is_does_not_crowd_out_what_it_needs(catalogue: Catalogue) -> None:
    request = understand("Erstklässler ab August, beide Eltern Vollzeit, Betreuung bis 16 Uhr "
                         "nötig. Wohnort Lünen-Niederaden", catalogue)  # fmt: skip
    assert request.topics[0] == "ogs_ganztag"
    assert request.main_topics == ("ogs_ganztag",)


def test_a_phrase_never_spans_a_comma(catalogue: Catalogue) -> None:
    request = understand("Sprachkursangebot für Mutter, Kind 3, Unna", catalogue)
    assert "eltern_kind_gruppen" not in request.topics
    assert "eltern_kind_gruppen" in understand("Eltern-Kind-Gruppe in Unna, Baby 8 Monate",
                                               catalogue).topics  # fmt: skip


def test_a_compound_changed_by_an_unknown_word_is_an_honest_gap(catalogue: Catalogue) -> None:
    answer = match(understand("Gebärdensprachkurs für hörende Geschwister (8) in Kamen",
                              catalogue), catalogue)  # fmt: skip
    assert answer.offers == () and answer.is_gap
    assert "Gebärdensprachkurs" in answer.request.unexplained
    known = match(understand("Elternkursangebot in Kamen, Kind 4", catalogue), catalogue)
    assert known.offers and not known.request.unexplained


def test_ordinary_words_are_no_typos_of_needs(catalogue: Catalogue) -> None:
    request = understand("Tagesmutter für Baby 8 Monate in Villigst, bitte um Rückmeldung",
                         catalogue)  # fmt: skip
    assert request.topics == ("kita_betreuung",)  # "Rückmeldung" is no "Rückbildung"


@pytest.mark.parametrize(
    ("text", "code"),
    [("Sprachförderung auf Tamil? Kind 3, Kamen", "ta"),
     ("Beratung auf Amharisch für Mutter mit Baby, Unna", "am"),
     ("Elterncafé auf Chinesisch in Lünen?", "zh"),
     ("Hebamme, die Ungarisch spricht, Bergkamen", "hu")],
)  # fmt: skip
def test_more_languages_an_offer_can_be_asked_in(catalogue: Catalogue, text: str, code: str
                                                 ) -> None:  # fmt: skip
    assert code in understand(text, catalogue).languages


@pytest.mark.parametrize(
    ("text", "topic"),
    [("Begleiteter Umgnag: Vater will Kind (5) sehen, Holzwickede", "erziehungsberatung"),
     ("Kind 3 sprciht kaum, Kamen", "sprachfoerderung")],
)  # fmt: skip
def test_a_typo_inside_a_phrase_is_mended(catalogue: Catalogue, text: str, topic: str) -> None:
    assert understand(text, catalogue).topics[0] == topic


def test_a_profession_is_no_typo_of_a_need(catalogue: Catalogue) -> None:
    request = understand("Ich bin Schulleiterin in Oberaden, ein Schüler (8) weint häufig, "
                         "seit sich die Eltern trennen. Beratungsstelle?", catalogue)  # fmt: skip
    assert "uebergang_kita_schule" not in request.topics


def test_a_need_not_understood_is_never_repeated_as_understood(catalogue: Catalogue) -> None:
    from bot.render.words import understood_text

    answer = match(understand("Kinderhospiz für todkrankes Kind (5) in Unna", catalogue), catalogue)
    said = understood_text(answer, catalogue)
    assert "Familienzentrum" not in said and "Unna" in said
