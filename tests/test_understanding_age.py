"""The child's age, as professionals write it, becomes a month range."""

from __future__ import annotations

import pytest

from bot.text import fold
from bot.understanding.age import parse_age


def age(text: str) -> tuple[int, int] | None:
    found = parse_age(fold(text))
    return (found.low, found.high) if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kind 3 J. spricht kaum", (36, 47)),
        ("3j methler sprache", (36, 47)),
        ("Angebote für eine 3-Jährige in Kamen", (36, 47)),
        ("Dreijährige mit Sprachverzögerung", (36, 47)),
        ("die Zweieinhalbjährige schläft schlecht", (30, 30)),
        ("Der Kleine is zweieinhalb", (30, 30)),
        ("Kind 2,5 Jahre, kein Kitaplatz", (30, 30)),
        ("Spielgruppe für 1 1/2-Jährige", (18, 18)),
        ("Kind 2 J. 3 Mon., läuft unsicher", (27, 27)),
        ("Baby 7 Wochen, schreit viel", (1, 1)),
        ("Säugling, 6 Monate, verweigert die Flasche", (6, 6)),
        ("10 Monate altes Baby", (10, 10)),
        ("Kinder 9 u. 11", (108, 143)),
        ("Familie mit 3 Kindern (2, 5, 9)", (24, 119)),
        ("Jugendliche 13–16 in Bergkamen", (156, 203)),
        ("für 12-14jährige", (144, 179)),
        ("Junge, zehn, Vater trinkt", (120, 131)),
        ("Kind knapp 2, läuft noch nicht", (18, 23)),  # the last half-year before
        ("Schüler 10. Klasse", (180, 191)),
        ("Kind 5. Klasse", (120, 131)),
        ("Erstklässler ab August", (72, 83)),
        ("Zweitklässlerin aus Frömern", (84, 95)),
        ("Klasse 3/4", (96, 119)),
        ("Vorschulkind, Schulfähigkeit fraglich", (60, 77)),
        ("Kita-Kind, Verdacht auf Autismus", (36, 77)),
        ("Grundschüler, Eltern trennen sich", (72, 131)),
        ("Teenie, Handysucht", (156, 215)),
        ("Hilfe für eine Jugendliche, die sich ritzt", (168, 215)),
        ("Familienzentrum mit U3-Betreuung", (0, 35)),
        ("Babyschwimmen in Rünthe?", (0, 11)),
        ("Kleinkinder in Hemmerde", (12, 35)),
        ("Care leaver support, 18 y/o", (216, 227)),
        ("a 4-year-old with tantrums", (48, 59)),
        ("His daughter is 2", (24, 35)),
        ("Toddler, two and a half", (30, 30)),
    ],
)
def test_ages_as_people_write_them(text: str, expected: tuple[int, int]) -> None:
    assert age(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("im 7. Monat schwanger", (-9, -1)),
        # a week number narrows the pregnancy only to at least half of it (see _pregnancy_range)
        ("Patientin 30. SSW, Erstgebärende", (-6, -1)),
        ("Schwangere 24. SSW", (-8, -1)),
        ("Schwanger in der 12. SSW", (-9, -1)),
        ("ET in 6 Wochen, Nachsorgehebamme gesucht", (-5, -1)),
        ("16-jährige schwanger, will das Kind behalten", (-9, -1)),
        ("Teenie-Mama, 16, Baby kommt im März", (-9, -1)),
        ("Schwangerschaftskonfliktberatung in Werne?", (-9, -1)),
    ],
)
def test_pregnancy_is_about_the_unborn_child(text: str, expected: tuple[int, int]) -> None:
    assert age(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kind 2. Klasse, Mama arbeitet bis 16 Uhr", (84, 95)),
        ("Schulverweigerer, 13, seit Wochen zuhause, Termin in drei Wochen", (156, 167)),
        ("16-jähriger, Warteliste (ca. 9 Monate)", (192, 203)),
        ("Mutter (22) überfordert, Baby 6 Wochen", (1, 1)),
        ("Frühchen (32. SSW geboren), jetzt 8 Monate", (8, 8)),
        ("Schülerin, 20, ca. 4000 € Schulden", (240, 251)),
        ("zwei Kinder (6 und 8), Mutter vor drei Monaten verstorben", (72, 107)),
        ("Kind 2 J. und Neugeborenem", (0, 35)),
    ],
)
def test_durations_and_adults_are_no_child_age(text: str, expected: tuple[int, int]) -> None:
    assert age(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Familienzentrum in Methler?", "Familie mit 4 Kindern, Strom abgestellt", "BuT 15 Euro Verein",
     "Mutter-Kind-Kur, 3 Kinder", "Elterncafé in Heeren", ""],
)  # fmt: skip
def test_no_age_when_none_is_named(text: str) -> None:
    assert age(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kind 3 J. wird vom 12-jährigen Bruder abgeholt", (36, 47)),
        ("Jugendliche 15 hat einen 22-jährigen Freund", (180, 191)),
        ("Westhofen, Lena (16), Wartezeit Psychotherapeut 9 Monate", (192, 203)),
        ("Gruppe 14- bis 17-Jähriger am Bahnhof", (168, 215)),
    ],
)
def test_other_peoples_ages_and_waiting_times(text: str, expected: tuple[int, int]) -> None:
    assert age(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hat jemand ne lesepatin für meine 2b?", (84, 95)),
        ("Beratung nach §8a, Kind", None),
        ("Familie mit 5 Kindern zwischen 1 und 12", (12, 155)),
        ("Wöchnerin 20 Jahre, Baby 10 Tage", (0, 0)),
        ("Kinder im Grundschulalter", (72, 131)),
        ("Elternstart fürs erste Lebensjahr", (0, 11)),
        ("Schülerin 16, KJP-Wartezeit 8 Monate", (192, 203)),
        ("Frühchen 28. SSW, jetzt korrigiert 6 Monate", (6, 9)),  # (body58) corrected → since birth
    ],
)
def test_class_letters_life_years_and_parents_beside_babies(
    text: str, expected: tuple[int, int] | None
) -> None:
    assert age(text) == expected


# English school years: "6th graders", "9th grade", "year 7" are school years like "6. Klasse".
# A level's number is no age: in "Pflegegrad 4, 12 J." only the 12 carries the unit, and the 4
# belongs to the care level, so it must not stretch the child's range to four years. A birth
# some months ago names the baby's age even with the babies named between ("Geburt der
# Zwillinge (vor 3 Mon.)"), while a move months ago says nothing about any age.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("half my 6th graders are on tiktok till 2am", (132, 143)),
        ("a workshop with my 9th graders in Kamen", (168, 179)),
        ("kids in 3rd and 4th grade", (96, 119)),
        ("year 7 pupils need a media workshop", (144, 155)),
        ("Eltern eines schwerbehinderten Kindes (Pflegegrad 4, 12 J.)", (144, 155)),
        ("Sohn, GdB 50, 12 J., braucht Schulbegleitung", (144, 155)),
        ("Kind (Stufe 2, 7 J.) mit Förderbedarf", (84, 95)),
        ("Kinder 4, 12 J.", (48, 155)),
        ("Vater seit der Geburt der Zwillinge (vor 3 Mon.) arbeitslos", (3, 3)),
        ("seit der Geburt meiner Tochter vor 5 Wochen weine ich viel", (1, 1)),
        ("Geburt des Babys vor 2 Monaten, Mutter erschöpft", (2, 2)),
        ("vor 3 Monaten umgezogen, Kind 4 J.", (48, 59)),
    ],
)
def test_grades_levels_and_births(text: str, expected: tuple[int, int]) -> None:
    assert age(text) == expected


# A pregnancy mentioned beside the born child the request is about: a further child on the way
# and a group or place for small children sought ("Krabbelgruppe", "Kitaplatz") make the toddler
# the subject, so pregnancy offers would be unsuitable. Without such a setting, or when a
# midwife is sought, the request stays about the unborn child.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mama 19, 2. Kind unterwegs (ca 30. SSW), der Große ist 14 Mon. Sie sucht ne "
         "Krabbelgruppe", (14, 14)),
        ("wieder schwanger, Tochter 2 Jahre, suchen Kitaplatz", (24, 35)),
        ("Sohn 18 Monate, Mama erneut schwanger (12. SSW), Spielgruppe in Unna?", (18, 18)),
        ("Frau K. erwartet ihr drittes Kind, 34. SSW, die beiden Großen (4 und 7) sind viel "
         "allein. Familienhebamme?", (-5, -1)),
        ("3. Kind unterwegs, Familienhebamme", (-9, -1)),
        ("schwanger, 2. Kind, Krabbelgruppe für später gesucht", (-9, -1)),
    ],
)
def test_pregnancy_beside_a_born_child(text: str, expected: tuple[int, int]) -> None:
    assert age(text) == expected


# English speakers write the copula contracted: "she's seven", "he's 11". A contraction is the
# same "is" as in "she is seven", so the number is the child's age and need not be asked back;
# "it's 3 o'clock" stays a time and names no child.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One of my pupils, she's seven, barely speaks any German", (84, 95)),
        ("a boy in my class (he's 11) has been bullied online", (132, 143)),
        ("my neighbour's kid, he’s 4, cries at night", (48, 59)),
        ("it's 3 o'clock and nobody picked him up", None),
    ],
)
def test_english_contracted_copula(text: str, expected: tuple[int, int] | None) -> None:
    assert age(text) == expected


# Weeks or months followed by a stay ("6 Wochen Klinik", "3 Monate Reha", "krankgeschrieben")
# are how long something lasted, not a baby's age; a teenager's years named before stay her
# age. A falling pair after a comma ("16, 6 Wochen") is two things, not a range of weeks.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Schülerin 16, F32.1, 6 Wochen Klinik, jetzt Wiedereingliederung", (192, 203)),
        ("Schülerin 16, 6 Wochen Klinik, jetzt Wiedereingliederung", (192, 203)),
        ("Junge 15, 3 Wochen krankgeschrieben", (180, 191)),
        ("Mädchen 12, nach 8 Wochen Psychiatrie zurück in der Schule", (144, 155)),
        ("Zwillinge 3, 5 Monate", (3, 5)),
        ("Baby 6 Wochen, Klinik sagt Reflux", (1, 1)),
    ],
)
def test_a_stay_is_no_age(text: str, expected: tuple[int, int]) -> None:
    assert age(text) == expected


# The writers' own team names no child: "Wir als OGS-Team wollen eine Fortbildung" asks for
# training for adults, so the OGS age must not exclude offers. Children the team asks about
# are still read ("für unsere Kitakinder"), and parents speaking as parents are no team.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wir als OGS-Team wollen eine Fortbildung zum Schutzkonzept machen", None),
        ("Ich als Kita-Leitung suche eine Fortbildung zu Kinderschutz", None),
        ("wir als Kita-Team suchen Sprachförderung für unsere Kitakinder", (36, 77)),
        ("Wir als Eltern suchen eine OGS für unseren Sohn.", (72, 131)),
    ],
)
def test_own_team_names_no_child(text: str, expected: tuple[int, int] | None) -> None:
    assert age(text) == expected
