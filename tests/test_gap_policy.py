"""When an answer is a gap (issue 8, classes 2 and 4): no offer meets the main need at this age,
place and language. Each class has sentences of its own, none taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.models import GapReason
from bot.understanding import understand
from bot.understanding.main_need_cost import cost_told
from bot.understanding.main_need_positions import request_words, where_positions
from bot.understanding.normalise import words_of

# --- a main need met only outside the age, the place or the language is a gap -----------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # the need is offered, but not at this age
        ("Schlafberatung für einen Dreijährigen, der jede Nacht aufwacht? Unna", GapReason.AGE),
        ("PEKiP für unsere Tochter, 15 Monate, in Bönen?", GapReason.AGE),
        ("Medienberatung für Eltern eines 6-Jährigen, der nur noch zockt. Unna", GapReason.AGE),
        # the need is offered, but not in this town
        ("Nachhilfe in Deutsch für Fünftklässler in Werne gesucht", GapReason.NOT_HERE),
        ("Offener Ganztag für Erstklässlerin (6) in Werne?", GapReason.NOT_HERE),
        ("Jugendtreff in Schwerte für 15-Jährige?", GapReason.NOT_HERE),
        # the need is offered, but not in this language
        ("Elternkurs auf Russisch für Eltern eines Siebenjährigen in Kamen", GapReason.LANGUAGE),
        ("Erziehungsberatung auf Arabisch, Sohn 10, Werne", GapReason.LANGUAGE),
    ],
)  # fmt: skip
def test_a_need_met_only_elsewhere_is_a_gap_with_its_reason(catalogue: Catalogue, text: str,
                                                            reason: GapReason) -> None:  # fmt: skip
    answer = match(understand(text, catalogue), catalogue)
    assert answer.offers == ()  # nothing is called "passend"
    assert answer.gap == reason
    assert answer.alternatives, "the nearest offers are shown, marked as alternatives"


# --- who the family is describes it; it asks for nothing --------------------------------------


@pytest.mark.parametrize(
    ("text", "asked", "described"),
    [
        ("Alleinerziehende Mutter, Sohn 9, sucht Hausaufgabenhilfe in Werne", "lernfoerderung",
         "alleinerziehende_entlastung"),
        ("Alleinerziehender Vater (38), Tochter 13, arbeitet Vollzeit. Jugendtreff in Unna-Lünern?",
         "offene_jugendarbeit", "alleinerziehende_entlastung"),
        ("Alleinerziehende Mama, Tochter 8, braucht Nachhilfe in Werne, Mama arbeitet Vollzeit",
         "lernfoerderung", "alleinerziehende_entlastung"),
        ("Pflegefamilie, Pflegesohn 9, sucht Lerntherapie in Schwerte", "lernfoerderung",
         "hilfen_zur_erziehung"),
    ],
)  # fmt: skip
def test_who_the_family_is_is_no_main_need_beside_an_asked_one(
        catalogue: Catalogue, text: str, asked: str, described: str) -> None:  # fmt: skip
    request = understand(text, catalogue)
    assert asked in request.main_topics
    assert described not in request.main_topics


def test_who_the_family_is_named_alone_still_names_the_need(catalogue: Catalogue) -> None:
    request = understand("Angebote für Alleinerziehende mit Kind 4 in Kamen?", catalogue)
    assert "alleinerziehende_entlastung" in request.main_topics


# --- where the child lives, inside the asked help's phrase ------------------------------------


@pytest.mark.parametrize(
    ("text", "where", "asked"),
    [
        ("Sexualpädagogischer Workshop für Mädchen in der Wohngruppe", {"wohngruppe"},
         {"maedchen"}),
        ("Gruppe für Kinder aus dem Frauenhaus", {"frauenhaus"}, {"kinder"}),
        ("Sexualpädagogisches Angebot für Mädchen in Wohngruppe", {"wohngruppe"}, {"maedchen"}),
        ("Beratung für Jugendliche im Heim", {"heim"}, {"jugendliche"}),
    ],
)  # fmt: skip
def test_the_words_after_a_scope_word_tell_where(text: str, where: set[str], asked: set[str]
                                                 ) -> None:  # fmt: skip
    words = words_of(text)
    found = {words.folded[i] for i in where_positions(words)}
    assert where <= found
    assert not asked & found


def test_where_the_child_lives_is_no_main_need(catalogue: Catalogue) -> None:
    request = understand("Sexualpädagogischer Workshop für Mädchen in der Wohngruppe, 14-16, "
                         "Werne", catalogue)  # fmt: skip
    assert request.main_topics == ("sexualpaedagogik",)
    assert match(request, catalogue).gap == GapReason.NOT_HERE


# --- what the asked slot names is the need, however common its word --------------------------


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Vater depressiv, Tochter 14 Mon., Mutter arbeitet Schicht. Entlastung? Lünen",
         "alleinerziehende_entlastung"),
        ("Mama psychisch krank, Sohn 20 Monate, Papa allein. Entlastung gesucht, Lünen-Süd",
         "alleinerziehende_entlastung"),
        ("Mutter depressiv, Kind 16 Mon., Vater auf Montage. Entlastung? Lünen-Horstmar",
         "alleinerziehende_entlastung"),
    ],
)  # fmt: skip
def test_a_common_word_asked_for_stays_the_need(catalogue: Catalogue, text: str, asked: str
                                                ) -> None:  # fmt: skip
    request = understand(text, catalogue)
    answer = match(request, catalogue)
    assert asked in request.main_topics
    assert not answer.is_gap
    assert any(asked in hit.offer.topics for hit in answer.offers[:3])


# --- a first contact that guides on asks for help with the story ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Familie seit kurzem aus Eritrea in Bönen, Kinder 7 und 10, brauchen Orientierung",
        "Familie seit 2 Monaten aus Eritrea in Bönen, Kinder 7 und 10, brauchen Orientierung",
        "Neu aus Syrien zugezogen, Kinder 8 und 11, Bönen. Wer macht Erstberatung?",
    ],
)
def test_a_guide_asked_for_alone_brings_the_story_s_offers(catalogue: Catalogue, text: str
                                                           ) -> None:  # fmt: skip
    request = understand(text, catalogue)
    answer = match(request, catalogue)
    assert "migration_integration" in request.main_topics
    assert not answer.is_gap
    assert any("migration_integration" in hit.offer.topics for hit in answer.offers[:3])


# --- an asking word after a number is its unit -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Baby 10 Wo. weint abends stundenlang. Gibt es Hilfe in Lünen?", "weint"),
        ("Säugling 3 Wo. trinkt schlecht. Stillberatung in Unna?", "trinkt"),
    ],
)
def test_an_asking_word_after_a_number_is_a_unit(text: str, told: str) -> None:
    words = words_of(text)
    flags = dict(zip(words.folded, words.asked, strict=True))
    assert flags[told] is False  # the sentence with "10 Wo." only tells


# --- one list of asking verbs ------------------------------------------------------------------


@pytest.mark.parametrize(("verb", "asks"), [("möchte", True), ("fragt nach", True),
                                             ("will", False)])
def test_child_protection_reads_the_one_list_of_asking_verbs(catalogue: Catalogue, verb: str,
                                                             asks: bool) -> None:  # fmt: skip
    """A help asked beside a sign of danger stays a main need ("Mutter möchte
    Erziehungsberatung"); "will" asks for nothing ("will nicht mehr allein aus dem Haus")."""
    assert {"suchen", "braucht", "moechte", "gesucht"} <= request_words()
    request = understand(f"Kind 6 erzählt, dass Papa die Mama schlägt. Mutter {verb} "
                         "Erziehungsberatung, Kamen", catalogue)  # fmt: skip
    assert request.child_protection and request.topics[0] == "kinderschutz"
    assert ("erziehungsberatung" in request.main_topics) is asks


# --- a family that cannot pay asks for what pays, beside the help it names --------------------


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Kind 9 mit Dyskalkulie, Eltern können keine Lerntherapie zahlen. Werne", True),
        ("Sohn 10, Eltern zahlen den Vereinsbeitrag nicht mehr. Fußball in Selm?", True),
        ("Mutter hat wenig Geld, Tochter 7 möchte schwimmen lernen. Bönen", True),
        ("Parents can't afford tutoring for their 8 year old, Schwerte", True),
        ("Nachhilfe für Kind 9 in Werne, Eltern würden auch selbst zahlen", False),
        ("Kostenloser Sportkurs für Kinder 6-10 in Werne?", False),  # a wish, no sign of need
    ],
)  # fmt: skip
def test_what_the_family_cannot_pay_is_told(text: str, told: bool) -> None:
    assert (cost_told(words_of(text)) is not None) is told


def test_a_help_the_family_cannot_pay_brings_what_pays(catalogue: Catalogue) -> None:
    request = understand("Kind 9 mit Dyskalkulie, Eltern können keine Lerntherapie zahlen. "
                         "Werne", catalogue)  # fmt: skip
    answer = match(request, catalogue)
    assert request.main_topics[0] == "lernfoerderung" and "but_finanzen" in request.main_topics
    assert not answer.is_gap  # no Lernförderung in Werne, but BuT pays one
    assert any("but_finanzen" in hit.offer.topics for hit in answer.offers[:3])


# --- a burden asked about without a kind of help: what it implies follows it ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Säugling 7 Wo., Vater schwer depressiv, wer unterstützt die Familie? Bergkamen",
        "Baby 5 Wo. Die Mutter ist psychisch krank, wer kann die Familie begleiten? Kamen",
    ],
)
def test_a_baby_s_family_burden_asked_about_brings_early_help(catalogue: Catalogue, text: str
                                                              ) -> None:  # fmt: skip
    request = understand(text, catalogue)
    answer = match(request, catalogue)
    assert "fruehe_hilfen" in request.main_topics
    assert not answer.is_gap


def test_a_kind_of_help_asked_for_keeps_the_implied_topic_context(catalogue: Catalogue) -> None:
    request = understand("Patenschaft für Kinder psychisch kranker Eltern gesucht, Säugling "
                         "5 Mon., Kamen", catalogue)  # fmt: skip
    assert "fruehe_hilfen" not in request.main_topics


# --- "der Kleine" is a child: its own hitting is no sign of danger ----------------------------


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Der Kleine (4) beißt und tritt, Mama weiß nicht weiter. Lünen", False),
        ("Die Kleine (3) haut ständig in der Kita. Unna", False),
        ("Papa schlägt die Kleine (3). Unna", True),
    ],
)
def test_the_little_one_is_a_child(catalogue: Catalogue, text: str, sign: bool) -> None:
    assert understand(text, catalogue).child_protection is sign


# --- an illness before a parent noun is the parent's burden ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sie ist mit einer alkoholkranken Mutter aufgewachsen, jetzt 16. Gruppe in Kamen?",
        "Sohn 10, drogenabhängiger Vater, Hilfe in Kamen?",
    ],
)
def test_an_illness_before_a_parent_is_the_parent_s(catalogue: Catalogue, text: str) -> None:
    request = understand(text, catalogue)
    assert "belastete_eltern" in request.main_topics
    assert "medien_sucht" not in request.main_topics
