"""Needs on sentences nobody tuned on (issue 8): compounds with a generic head are understood by
their first part, the catalogue's own offer texts are evidence when no vocabulary word fits, whole
classes of need words (addiction, offences, violence at home) are known, and a need of another
life phase yields only when its word also names one of this child's."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.understanding import indexes, understand
from bot.understanding.normalise import is_generic, modifier
from bot.understanding.offer_words import OfferWords


@pytest.mark.parametrize(
    ("word", "first"),
    [
        ("aggressionsproblemen", "aggression"),  # inflected head, Fugen-s
        ("traumaambulanz", "trauma"),
        ("tanzgruppe", "tanz"),
        ("sportangebote", "sport"),
        ("entzugsklinik", "entzug"),
        ("schlafprobleme", "schlaf"),
    ],
)
def test_a_generic_head_leaves_the_first_part(word: str, first: str) -> None:
    assert modifier(word) == first


@pytest.mark.parametrize("word", ["kinderhospiz", "seepferdchen", "babyschwimmen", "gruppe"])
def test_a_compound_without_a_generic_head_is_not_split(word: str) -> None:
    assert modifier(word) is None


def test_generic_words_in_any_inflection() -> None:
    assert all(map(is_generic, ["gruppen", "angebote", "ambulanz", "probleme", "kurse"]))
    assert not is_generic("hospiz")


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Junge 14 mit Aggressionsproblemen, gibt es eine Gruppe in Kamen?", "gewaltpraevention"),
        ("Mädchen 12 mit Gewaltproblemen – gibt es ein Training? Unna", "gewaltpraevention"),
        ("Kind 8 nach Unfall, Traumaambulanz im Kreis Unna?", "psychische_gesundheit"),
        ("Traumaberatung für Jungen 10 nach Brand, Lünen", "psychische_gesundheit"),
        ("Welche Sportangebote gibt es für einen Achtjährigen in Bönen?", "freizeit_sport_kultur"),
        ("Suche Mobbingberatung für Tochter 11 in Bergkamen", "gewaltpraevention"),
    ],
)
def test_a_compound_with_a_generic_head_is_understood_and_no_gap(
    catalogue: Catalogue, text: str, topic: str
) -> None:
    request = understand(text, catalogue)
    assert request.topics[0] == topic
    assert not request.need_unexplained
    assert not any(w.lower().startswith(("aggress", "trauma", "sport", "mobbing"))
                   for w in request.unexplained)  # fmt: skip


def test_a_generic_head_never_hides_an_unknown_need(catalogue: Catalogue) -> None:
    # the first part is what was asked for: unknown there, the request stays an honest gap
    request = understand("Gebärdensprachkurs für Eltern, Kind 5, Kamen", catalogue)
    assert request.need_unexplained
    assert match(request, catalogue).gap is not None
    request = understand("Kinderhospizgruppe für Geschwister, Kind 6, Unna", catalogue)
    assert request.need_unexplained


def test_offer_words_count_the_topics_of_the_offers_using_a_word() -> None:
    words = OfferWords([("Tanzgruppe für Mädchen", ("freizeit",)),
                        ("Tanzen und Theater im Jugendtreff", ("freizeit", "jugend")),
                        ("Elterncafé im Familienzentrum", ("familie",))])  # fmt: skip
    assert [e.topic for e in words.evidence("tanz", 4)] == ["freizeit", "jugend"]
    assert words.evidence("elterncafe")[0].topic == "familie"
    assert words.evidence("theater")[0].share == 1.0
    assert words.evidence("zirkus") == ()


def test_offer_words_meet_umlauts_and_ignore_stop_words() -> None:
    words = OfferWords([("Nachsorge für Wöchnerinnen", ("geburt",))], stop=["nachsorge"])
    assert words.evidence("woechnerin")[0].topic == "geburt"
    assert words.evidence("nachsorge") == ()


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("tanzgruppe für meine tochter sechs jahre in kamen", "freizeit_sport_kultur"),
        ("Tanzkurs für Tochter 9 in Lünen?", "freizeit_sport_kultur"),
        ("Kletterkurs für Sohn 10 in Lünen?", "freizeit_sport_kultur"),
        ("Wo kann ein Mädchen 12 in Unna klettern?", "freizeit_sport_kultur"),
    ],
)
def test_words_of_the_offers_name_a_need_no_vocabulary_lists(
    catalogue: Catalogue, text: str, topic: str
) -> None:
    request = understand(text, catalogue)
    assert topic in request.topics[:2]
    assert not request.general and not request.need_unexplained


def test_a_mother_after_birth_is_a_pregnancy_and_birth_need(catalogue: Catalogue) -> None:
    for text in ("Wöchnerin im Krankenhaus, Baby 1 Woche, wer begleitet sie? Kamen",
                 "Mutter hat gestern entbunden, Kind 1 Tag, keine Hebamme gefunden, Unna"):
        assert "schwangerschaft_geburt" in understand(text, catalogue).topics, text


def test_everyday_words_in_offer_texts_are_no_evidence(catalogue: Catalogue) -> None:
    offer_words = indexes(catalogue).topics.offer_words
    assert offer_words is not None
    for word in ("direkt", "maedchen", "kleinkinder", "unna"):
        assert offer_words.evidence(word) == ()
    assert understand("Hemmerde: gibt es da irgendwas für Kleinkinder?", catalogue).general


@pytest.mark.parametrize(
    "text",
    [
        "Tochter 16 konsumiert Crystal, braucht einen Entzug, Werne",
        "Sohn 17 verzockt sein Geld mit Sportwetten, Bergkamen",
        "Tochter 16 nimmt Ecstasy am Wochenende, Beratung in Unna?",
        "Sohn 17 kokst, braucht Entgiftung, Kamen",
        "Jugendlicher 15 mit Sucht, wohin in Lünen?",
    ],
)
def test_substances_gambling_and_withdrawal_are_an_addiction_need(
    catalogue: Catalogue, text: str
) -> None:
    request = understand(text, catalogue)
    assert "medien_sucht" in request.main_topics
    assert not request.need_unexplained


def test_sucht_as_a_verb_is_no_need(catalogue: Catalogue) -> None:
    request = understand("Familie sucht Krabbelgruppe für Baby 8 Monate in Werne", catalogue)
    assert "medien_sucht" not in request.topics


def test_a_parents_withdrawal_is_the_parents_need(catalogue: Catalogue) -> None:
    request = understand("Mutter ist im Entzug, Kind 6, wer hilft dem Kind? Unna", catalogue)
    assert request.topics[0] == "belastete_eltern"


@pytest.mark.parametrize(
    "text",
    [
        "Gibt es in Unna einen Täter-Opfer-Ausgleich für einen 15-Jährigen?",
        "Sohn 15 straffällig geworden, gibt es Diversion oder Sozialtraining? Kamen",
        "Jugendgerichtshilfe für Jungen 16 in Unna",
    ],
)
def test_offence_words_name_violence_prevention(catalogue: Catalogue, text: str) -> None:
    assert "gewaltpraevention" in understand(text, catalogue).topics[:2]


@pytest.mark.parametrize(
    "text",
    [
        "Vater nach Wohnungsverweisung weg, Mutter mit Baby 5 Monate allein, Lünen",
        "Stalking durch Ex-Partner, Familie mit Kind 2, Kamen",
        "Mutter hat Gewaltschutz beantragt, Kinder 4 und 7, Unna",
        "Opferhilfe für Mutter und Kind 9 nach Angriff, Werne",
    ],
)
def test_violence_between_adults_names_child_protection(catalogue: Catalogue, text: str) -> None:
    assert "kinderschutz" in understand(text, catalogue).topics


def test_a_need_word_shared_with_this_phase_wins_over_another_phase(catalogue: Catalogue) -> None:
    for text in ("Eltern mit Schulden, Kinder 4 und 8, suchen Schuldnerberatung in Werne",
                 "Familie mit Kindern 2 und 5 hat Schulden, Schuldnerberatung in Kamen?"):
        request = understand(text, catalogue)
        assert request.topics[0] == "but_finanzen", text
        assert match(request, catalogue).gap is None


def test_a_need_of_another_phase_alone_stays_an_honest_gap(catalogue: Catalogue) -> None:
    request = understand("Schlafberatung für Kind 5 J., wacht nachts ständig auf, Eltern "
                         "erschöpft. Unna", catalogue)  # fmt: skip
    assert request.topics[0] == "schreibaby_schlaf"
    assert match(request, catalogue).gap is not None


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Musikangebot für Grundschulkinder im Ganztag, Unna", "freizeit_sport_kultur"),
        ("Schwimmangebote für Kinder aus der OGS in Kamen?", "freizeit_sport_kultur"),
        ("Entlastungsangebote für Alleinerziehende mit Kind 4 in Lünen",
         "alleinerziehende_entlastung"),
    ],
)
def test_a_need_made_the_subject_of_an_offer_is_named_directly(
    catalogue: Catalogue, text: str, topic: str
) -> None:
    assert topic in understand(text, catalogue).main_topics


@pytest.mark.parametrize(
    "text",
    [
        "sohn zwölf sitzt jede nacht am computer, eltern kommen nicht mehr an ihn ran, kamen",
        "Junge 14 hängt nur noch am PC, Eltern verzweifelt, Unna",
        "Tochter 10 will nur Laptop und Bildschirm, wer berät? Werne",
    ],
)
def test_screens_are_a_media_need(catalogue: Catalogue, text: str) -> None:
    assert "medien_sucht" in understand(text, catalogue).topics


@pytest.mark.parametrize(
    "text",
    ["Boy aged 8 with dyslexia, any help in Kamen?",
     "suspected dyscalculia, girl 9, Unna – tutoring?"],
)
def test_english_learning_difficulties_are_a_learning_need(catalogue: Catalogue, text: str) -> None:
    assert understand(text, catalogue).topics[0] == "lernfoerderung"


def test_offer_words_count_without_an_age(catalogue: Catalogue) -> None:
    request = understand("Kletterkurs in Lünen gesucht", catalogue)
    assert request.topics[:1] == ("freizeit_sport_kultur",)


@pytest.mark.parametrize(
    "text",
    [
        "Kind 4 Jahre, schlägt und beißt, Mutter weiß nicht mehr weiter. Elternkurs in Lünen?",
        "Sohn 3 haut, tritt und spuckt, Eltern hilflos, Kamen",
        "Tochter 5 hat Wutanfälle und schlägt, Mama am Ende, Unna",
    ],
)
def test_a_child_who_hits_and_bites_is_no_sign_of_violence_at_home(
    catalogue: Catalogue, text: str
) -> None:
    assert not understand(text, catalogue).child_protection


@pytest.mark.parametrize(
    "text",
    ["Papa schlägt Mama, Kind 6 hat Angst, Unna", "Kind 6 erzählt, Papa haut ihn, Kamen",
     "Vater schlägt den Sohn 8, was tun? Werne"],
)
def test_violence_against_the_child_still_comes_first(catalogue: Catalogue, text: str) -> None:
    assert understand(text, catalogue).child_protection
