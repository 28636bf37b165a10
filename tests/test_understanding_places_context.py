"""Places as professionals really write them: the words around a name decide whether an
ordinary word is a place, postcodes come dictated, foreign languages inflect the town names."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.catalogue import Catalogue
from bot.understanding import understand
from bot.understanding.places import resolve_place

DIGIT_WORDS = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]


@pytest.mark.parametrize(
    "text",
    [
        "Guten Tag meine Herren, ein Junge (9) braucht Nachhilfe",
        "Liebe Damen und Herren vom Jugendamt, gibt es eine Spielgruppe?",
        "Herr Werner aus der Schulverwaltung fragt nach einer Elternberatung",
        "Massen an Wartelisten überall, Kind 4 braucht einen Kitaplatz",
        "Bis zur Mitte des Schuljahres braucht die Tochter eine Lernhilfe",
        "Der Kreis der Helfer ist erschöpft, Mutter braucht Entlastung",
        "Wir haben Herren und Damen im Elternkurs",
        "die kinder kamen gestern zu spät in die kita, beide 4",
        "Im Rahmen der Hilfen zur Erziehung, Kind 7",
        "Beratung in Herren- und Damenmode? Nein: Elternberatung, Kind 3",
        "Wir bekommen Massen Anfragen, Kind 4 braucht eine Kita",
    ],
)
def test_ordinary_words_near_a_place_name_are_no_places(catalogue: Catalogue, text: str) -> None:
    assert resolve_place(text, catalogue.gazetteer).place is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Großeltern wohnen in heil und helfen mit", "bergkamen-heil"),
        ("Hebammensprechstunde für Massen gesucht", "unna-massen"),
        ("Familie aus Massen, Säugling 2 Monate", "unna-massen"),
        ("hassel: mädchen 12 schwänzt", "selm-bork"),
        ("Beratung irgendwo im kreis?", "kreis-unna"),
        ("kommt aus der gegend um Kamen", "kamen"),
        ("kamen: kind 4 sucht kita", "kamen"),
        ("insofa für kitas kamen?? lg", "kamen"),
        ("kızım 16 kamen de ausbildung arıyor", "kamen"),
        # a misspelt district counts where the words around say "place"
        ("jugendtreff in hereen für zwölfjährige", "kamen-heeren-werve"),
        ("Kind 3, Krabbelgruppe in Rnüthe?", "bergkamen-ruenthe"),
        ("kita für den kleinen (2j). mehtler", "kamen-methler"),
        # a closing formula ends the clause as a full stop does; a colon opens a clause
        ("FamHeb anfragen – wer? Massen thx", "unna-massen"),
        ("Baby 7 Wochen, Familienhebamme gesucht, wohnen in Massen Vielen Dank", "unna-massen"),
        ("Hallo zusammen, kurze Frage: kita platz holzen ab 1 jahr? Danke!", "schwerte-holzen"),
        # English "… area" after a town written in lower case
        ("a group for the kids 8 and 11 kamen area", "kamen"),
    ],
)
def test_place_words_read_from_their_context(
    catalogue: Catalogue, text: str, expected: str
) -> None:
    assert resolve_place(text, catalogue.gazetteer).place == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Familie lebt in fünf neun vier zwei fünf, Sohn 7", "unna"),
        ("Postleitzahl fünf neun eins neun neun bitte Hausaufgabenhilfe", "boenen"),
        ("plz 59 192, Mädchen 14", "bergkamen"),
        ("wohnhaft vier vier fünf drei sechs", "luenen"),
    ],
)
def test_dictated_postcodes(catalogue: Catalogue, text: str, expected: str) -> None:
    assert resolve_place(text, catalogue.gazetteer).place == expected


def test_digits_that_are_no_known_postcode_name_no_place(catalogue: Catalogue) -> None:
    # five dictated digits that are nobody's postcode, and ages listed one after another
    assert resolve_place("plz eins zwei drei vier fünf", catalogue.gazetteer).place is None
    assert resolve_place("Kinder 5 9 und 4, Jugendtreff", catalogue.gazetteer).place is None
    assert resolve_place("Kinder: 5, 9, 1, 9, 2", catalogue.gazetteer).place is None


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_every_postcode_dictated_digit_by_digit(catalogue: Catalogue, data: st.DataObject) -> None:
    towns = [p for p in catalogue.gazetteer.places.values() if p.kind == "municipality"]
    town = data.draw(st.sampled_from(sorted(towns, key=lambda p: p.key)))
    code = data.draw(st.sampled_from(sorted(town.postcodes)))
    spoken = " ".join(DIGIT_WORDS[int(d)] for d in code)
    assert resolve_place(f"die Familie wohnt in {spoken}", catalogue.gazetteer).place == town.key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Córka 8 lat, szukamy pomocy w Unnie", "unna"),
        ("Rodzina mieszka w Kamenie, syn 5 lat", "kamen"),
        ("matka z Lünen szuka kursu", "luenen"),
        ("Oğlum 6 yaşında, Kamende kreş arıyoruz", "kamen"),
        ("Unnada bir danışma var mı, kızım 10", "unna"),
        ("Bergkamende aile danışmanlığı", "bergkamen"),
        ("Lünen'de oyun grubu, bebek 9 aylık", "luenen"),
        ("Új magyar család Königsbornban, két gyerek, Kita?", "unna-koenigsborn"),
        ("Kita in Lünenben, a kisfiú 3 éves", "luenen"),
        ("vaikas 4 metai, gyvename Unnoje, darželis", "unna"),
    ],
)
def test_foreign_case_endings_on_town_names(
    catalogue: Catalogue, text: str, expected: str
) -> None:
    assert understand(text, catalogue).place == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # all lower case: a missing capital proves nothing, so a district's own name counts
        ("krippe wessel ab 1 jahr? sohn jetzt 8 mon", "werne-wessel"),
        ("tagesmutter holzen gesucht kind 2", "schwerte-holzen"),
        ("spielgruppe altendorf für 3jährige", "froendenberg-altendorf"),
        ("Moin! tagesmutter in der nähe, wohnen holzen. LG", "schwerte-holzen"),  # its sentence
        # a postcode before a name that is also an ordinary word
        ("Wer ist für 59427 Massen zuständig?", "unna-massen"),
        ("Familie wohnt 59192 Heil, Kind 5", "bergkamen-heil"),
        # and a town that is also a verb, unless the words around make it the verb
        ("ferienbetreuung kamen sommer, kinder 6 und 8", "kamen"),
        ("unterhaltsvorschuss kamen vater zahlt nix", "kamen"),
        # a town after the institution in it
        ("der hängt nur am bahnhof kamen rum, ist 13", "kamen"),
        ("Schüler der Gesamtschule Kamen, 15, schwänzt", "kamen"),
        # the Kreis in English
        ("any parenting course in English in the district?", "kreis-unna"),
        ("playgroup anywhere in the Kreis for a toddler?", "kreis-unna"),
    ],
)
def test_place_names_in_lower_case_messages_and_after_institutions(
    catalogue: Catalogue, text: str, expected: str
) -> None:
    assert resolve_place(text, catalogue.gazetteer).place == expected


@pytest.mark.parametrize(
    "text",
    [
        "die eltern kamen gestern zu spät, kind 4",
        "sie kamen aus syrien, kind 6 braucht deutschkurs",
        "wir kamen nicht weiter mit dem jugendamt, sohn 12",
    ],
)
def test_the_verb_kamen_in_lower_case_is_no_place(catalogue: Catalogue, text: str) -> None:
    assert resolve_place(text, catalogue.gazetteer).place is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Familie wohnt noch in Overberge und zieht im Sommer nach Rünthe, Kita gesucht",
         "bergkamen-ruenthe"),
        ("Mutter mit Baby zieht von Methler nach Heeren-Werve, wer hilft dort?",
         "kamen-heeren-werve"),
        ("Umzug innerhalb von Lünen nach Brambauer, Sohn 4 braucht einen Platz",
         "luenen-brambauer"),
        ("Wir sind aus Heil nach Oberaden gezogen und suchen eine Krabbelgruppe",
         "bergkamen-oberaden"),
    ],
)
def test_a_move_names_its_destination(catalogue: Catalogue, text: str, expected: str) -> None:
    """A family that moves needs the offers where it will live: the place after "nach"."""
    assert resolve_place(text, catalogue.gazetteer).place == expected


def test_nach_without_a_move_is_no_destination(catalogue: Catalogue) -> None:
    text = "Beratung in Overberge, nach Rücksprache mit der Kita in Rünthe"
    assert resolve_place(text, catalogue.gazetteer).place == "bergkamen"  # two districts: the town


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer introducing themselves by a first name that is also a place
        ("hallo horst hier, 4-jähriger in Kamen braucht Sprachförderung", "kamen"),
        ("Hallo, Werner hier. Kind 4 braucht Sprachförderung in Kamen", "kamen"),
        ("Moin, ich bin Horst von der OGS in Selm, Kind 8 braucht Nachhilfe", "selm"),
        ("Kind 5 braucht Ergotherapie in Unna. LG Horst", "unna"),
        # a family name after a title, whatever town it sounds like
        ("Herr Massen aus Lünen sucht eine Spielgruppe für sein Kind (2)", "luenen"),
        ("Frau Heeren aus Bönen fragt nach einem Elternkurs", "boenen"),
        # the same words where they are places
        ("Kita in Horst gesucht, 3 Jahre", "werne-horst"),
        ("Familie wohnt in Heeren, Kind 3, Sprachförderung", "kamen-heeren-werve"),
        ("Wir sind aus Massen und suchen eine Kita für den Kleinen (2)", "unna-massen"),
    ],
)
def test_a_person_named_like_a_place_is_no_place(
    catalogue: Catalogue, text: str, expected: str
) -> None:
    assert resolve_place(text, catalogue.gazetteer).place == expected


def test_a_writer_named_like_a_place_leaves_the_place_to_be_asked(catalogue: Catalogue) -> None:
    assert resolve_place("hallo horst hier, suche sprachförderung für 4-jährigen",
                         catalogue.gazetteer).place is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # typed without punctuation, the place is tagged on at the very end
        ("hab 4 kids in der e-jugend 8-10 deren eltern das nicht zahlen können massen",
         "unna-massen"),
        ("säugling 7 mon eltern fragen nach babyschwimmen sinnvoll und wo massen", "unna-massen"),
        ("junge 8 braucht nachhilfe gibts da was heil", "bergkamen-heil"),
    ],
)
def test_an_unpunctuated_request_ends_with_its_place(
    catalogue: Catalogue, text: str, expected: str
) -> None:
    assert resolve_place(text, catalogue.gazetteer).place == expected


@pytest.mark.parametrize(
    "text",
    [
        "kind 5 braucht eine kita die familie ist wieder heil",
        "die zwillinge waren krank und sind jetzt wieder heil",
    ],
)
def test_an_adjective_at_the_end_is_no_place(catalogue: Catalogue, text: str) -> None:
    assert resolve_place(text, catalogue.gazetteer).place is None
