"""Needs told as situations, and words of the story that are no need (issue 8, session 31).

Professionals tell what they see more often than they name a help: a teenager who came out, a
family that cannot read the school's letters, a time of day beside the relief asked for. Each
test holds a mechanism that explains a class of sentences; the sentences are written for these
tests, none is taken from a labelled set.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.understanding import understand
from bot.understanding.main_need_positions import help_objects
from bot.understanding.normalise import words_of


@pytest.mark.parametrize(
    "text",
    [
        "Gibt es in Kamen eine Gruppe für schwule Jugendliche? Er ist 15.",
        "Mädchen 14 hat erzählt, dass sie lesbische Gefühle hat, wo kann sie hin? Unna",
        "Jugendlicher (16), bisexuelle Orientierung, sucht Austausch. Lünen",
        "Treffpunkt für queere Teens in Lünen? sie ist 16",
    ],
)
def test_an_inflected_term_is_no_typo_of_another_word(catalogue: Catalogue, text: str) -> None:
    """"schwule" inflects "schwul" (sexual education), it is no slip for "Schule"."""
    request = understand(text, catalogue)
    assert request.main_topics[:1] == ("sexualpaedagogik",)


def test_a_rare_need_missing_here_is_an_honest_gap(catalogue: Catalogue) -> None:
    """No group for gay teenagers in Selm: a general youth club is no answer to it."""
    text = "gibts in selm irgendwas für schwule jungs? einer aus unserer gruppe, 16"
    request = replace(understand(text, catalogue), suggested_topics=("offene_jugendarbeit",))
    answer = match(request, catalogue)
    assert answer.gap is not None and not answer.offers


@pytest.mark.parametrize(
    ("text", "whom"),
    [
        ("gibt es was für schwule Jungs?", "schwule"),
        ("Haben Sie irgendwas für junge Väter?", "junge"),
        ("anything for young carers in Unna?", "young"),
    ],
)
def test_an_unnamed_offer_asks_for_whom_it_is(text: str, whom: str) -> None:
    """"was für …", "anything for …": a pronoun stands for the offer, what follows is for whom."""
    words = words_of(text)
    assert words.folded.index(whom) in help_objects(words)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Zwei Schwestern (12, 15) suchen ein Mädchenfußballangebot, Bergkamen.",
         "freizeit_sport_kultur"),
        ("Kind 7 sucht eine Kinderzirkusgruppe in Unna", "freizeit_sport_kultur"),
    ],
)
def test_a_modifier_ending_in_a_term_names_the_need(catalogue: Catalogue, text: str,
                                                   topic: str) -> None:  # fmt: skip
    """"Mädchen-Fußball-Gruppe": the modifier is itself a known word and a term."""
    assert topic in understand(text, catalogue).main_topics


@pytest.mark.parametrize(
    "text",
    [
        "Sohn (8) hat ADHS. Die Mutter fragt, wo sie am Nachmittag Entlastung findet. Kamen",
        "Tochter 6 mit Down-Syndrom, die Eltern suchen im Alltag Unterstützung. Werne",
    ],
)
def test_a_time_phrase_before_a_help_names_no_help(catalogue: Catalogue, text: str) -> None:
    """"am Nachmittag Entlastung": the time is when, not a kind of help asked for by name."""
    request = understand(text, catalogue)
    assert "ogs_ganztag" not in request.asked_topics
    assert "ogs_ganztag" not in request.named_topics


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Für ein Kind (9) mit Dyskalkulie wünschen die Eltern eine Förderung in Fröndenberg.",
         "lernfoerderung"),
        ("Sohn 13 mit Legasthenie braucht dringend Förderung, Bönen", "lernfoerderung"),
    ],
)
def test_a_need_named_apart_from_its_help_is_the_help_named(catalogue: Catalogue, text: str,
                                                            named: str) -> None:  # fmt: skip
    """"Dyskalkulie … eine Förderung" is a Dyskalkulie-Förderung written apart: where none is
    held, that is the gap, and the examples' neighbour does not fill it."""
    request = understand(text, catalogue)
    assert named in request.named_topics
    answer = match(replace(request, suggested_topics=("inklusion_behinderung",)), catalogue)
    assert answer.gap is not None and not answer.offers


def test_two_helps_side_by_side_are_no_help_named_apart(catalogue: Catalogue) -> None:
    """"einen Elternabend oder eine Beratung": the need word before "oder" belongs to no
    "Beratung"; the guess may still meet the worry told."""
    text = ("Der Vater sorgt sich, dass seine Tochter (11) im Netz Fremden Fotos schickt. Gibt es "
            "in Werne einen Elternabend oder eine Beratung dazu?")
    assert "elternkurse" not in understand(text, catalogue).named_topics


@pytest.mark.parametrize(
    "text",
    [
        "Die Eltern sprechen nur Arabisch, der Sohn (5) wird im Sommer eingeschult. Wer erklärt "
        "ihnen die Einschulung auf Arabisch? Lünen",
        "Familie aus Rumänien möchte die Tochter (7) an der Grundschule anmelden, gibt es "
        "Beratung auf Rumänisch? Selm",
    ],
)
def test_the_way_into_school_in_a_language_is_mediation(catalogue: Catalogue, text: str) -> None:
    """Finding the way into school in one's language is the help of language mediation, beside
    the matter: the interpreters' pool is a fitting answer."""
    request = understand(text, catalogue)
    assert "migration_integration" in request.main_topics
    answer = match(request, catalogue)
    assert any("migration_integration" in hit.offer.topics for hit in answer.offers[:3])


def test_a_matter_in_a_language_without_school_entry_stays_the_matter(
        catalogue: Catalogue) -> None:  # fmt: skip
    """"Stillberatung auf Arabisch" asks for breastfeeding advice in Arabic, no interpreter."""
    text = "Baby 3 Wochen, die Mutter möchte eine Stillberatung auf Arabisch. Unna"
    assert "migration_integration" not in understand(text, catalogue).main_topics


@pytest.mark.parametrize(
    ("text", "protection"),
    [
        ("Nachbarin hört seit Tagen ein Kleinkind weinen, den Vater sieht man gar nicht mehr. "
         "Bönen", True),
        ("Unser Baby (2 Monate) weint seit Tagen viel, die Hebamme meint Koliken. Bönen", False),
    ],
)
def test_days_of_crying_with_the_carer_unseen_is_a_case(catalogue: Catalogue, text: str,
                                                        protection: bool) -> None:  # fmt: skip
    """Days of a child crying and a carer nobody sees any more: two signs of neglect, child
    protection first; a baby's colic alone is a matter of sleep and crying."""
    request = understand(text, catalogue)
    assert request.child_protection is protection
    if protection:
        assert request.topics[0] == "kinderschutz"


@pytest.mark.parametrize(
    "text",
    [
        "Wo bekommen zwei Grundschulkinder (7, 9) in Kamen Mittagessen, wenn die Mutter das nicht "
        "bezahlen kann?",
        "Familie in Unna hat kein Geld fürs Schulessen der Tochter (8). Wer hilft?",
    ],
)
def test_lunch_the_family_cannot_pay_is_the_money_matter(catalogue: Catalogue, text: str) -> None:
    """Lunch is what the money pays for (BuT), not a wish for after-school care."""
    request = understand(text, catalogue)
    assert request.main_topics[:1] == ("but_finanzen",)
    assert "ogs_ganztag" not in request.main_topics


def test_an_after_school_place_with_lunch_stays_the_care_asked(catalogue: Catalogue) -> None:
    text = "OGS-Platz mit Mittagessen gesucht, die Eltern können das nicht zahlen. Kind 7, Unna"
    assert "ogs_ganztag" in understand(text, catalogue).main_topics


@pytest.mark.parametrize(
    ("text", "protection"),
    [
        # the holidays while the parents work are care, as the hours after school are
        ("In den Herbstferien sind die Geschwister (7 und 9) allein zuhause, weil beide Eltern "
         "arbeiten. Gibt es Ferienbetreuung in Bönen?", False),
        # what a child does by himself beside a parent's illness is a young carer's burden
        ("Der Vater liegt nach einer OP lange im Krankenhaus, die Tochter (10) macht zuhause "
         "vieles allein. Gruppe für solche Kinder in Unna?", False),
        # a power cut with an empty fridge is the money matter
        ("Strom seit Montag abgestellt, Kühlschrank leer, Kinder 3 und 6. Wer hilft mit Geld in "
         "Selm?", False),
        # … but a young child left alone for days, or cold children in the cut, stay a case
        ("Die Kleine (3) ist seit Freitag allein zuhause, die Mutter ist weg. Kamen", True),
        ("Heizung abgestellt, die Kinder (1 und 4) frieren in der Wohnung. Lünen", True),
    ],
)
def test_context_words_are_no_sign_of_danger(catalogue: Catalogue, text: str,
                                            protection: bool) -> None:  # fmt: skip
    assert understand(text, catalogue).child_protection is protection
