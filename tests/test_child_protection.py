"""Signs of a threat to a child's welfare put child protection first, with emergency numbers."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.matching import match
from bot.models import Answer
from bot.understanding import understand
from bot.understanding.safety import emergency_numbers, protection_signs

SIGNS = [
    "kind (6) erzählt in der kita dass papa die mama schlägt. plz 59425. wohin?",
    "Mädchen 9 erzählt in der OGS, dass Papa Mama schlägt. Heeren",
    "Schülerin sagt, ihr Bruder (13) wird zuhause geschlagen. PLZ 58239",
    "Mädchen 7. Klasse erzählt von Schlägen zuhause, will heute nicht heim. Massen",
    "Mama mit Baby 2 Mon., Partner schlägt, sie will weg. Kreis Unna",
    "Junge 8 hat Angst nach Hause zu gehen, Kamen",
    "Kind (10) traut sich nicht nach Hause, Lünen",
    "Jugendliche 15 will nicht mehr nach Hause, Stiefvater gewalttätig, Unna",
    "Verdacht auf Kindeswohlgefährdung, Kind 3, Bergkamen",
    "V.a. KWG, Junge 4, Kamen",
    "§ 8a Fall in Selm, wer berät uns?",
    "8a-Beratung für unsere Kita in Werne",
    "InsoFa gesucht, Kind 5, Schwerte",
    "Verdacht auf sexuellen Missbrauch, Mädchen 6, Opherdicke",
    "Kind wurde vom Onkel missbraucht, 9 Jahre, Unna",
    "Übergriff in der Kita durch älteres Kind, Kamen",
    "Verdacht auf Vernachlässigung, Kind 2, Kamen-Rottum",
    "Baby 6 Wochen, Wohnung völlig vermüllt, Lünen",
    "kind 2j kommt oft ungepflegt und hungrig in die kita, methler",
    "OGS-Kind 7, nie Frühstück dabei, oft hungrig, Klamotten dreckig, Heeren",
    "Junge 4 hat blaue Flecken am Rücken, Kita Kamen",
    "V.a. Misshandlung, 2 J., Hämatome an Ohr und Rücken",
    "Kind 3 J. mit Verbrühung, Eltern machen widersprüchliche Angaben",
    "Säugling 3 Mon. mit V.a. Schütteltrauma, Hemmerde",
    "Mädchen 15 soll in den Ferien verheiratet werden, Kreis Unna",
    "Zwangsheirat droht, Schülerin 16, Bergkamen",
    "Mutter heute alkoholisiert in der Sprechstunde, 3 Kinder zu Hause, Lünen",
    "need a child protection consult, 3 yo with suspicious burns, Kreis Unna",
    "Dad hits the children, mum is scared, Kamen",
    "Gewalt zuhause zwischen den Eltern, Kind 5 erzählt davon, Holzwickede",
    "Häusliche Gewalt, Mutter mit zwei Kindern (1 und 3) braucht Hilfe in Kamen",
    "Schreibaby 7 Wochen, Papa sagt, er hätte ihn schon mal geschüttelt, Selm",
    "Kind (10) mit massiven Fehlzeiten, Eltern kooperieren nicht, § 8a-Verfahren läuft, Selm",
    "Junge, 4 J., kommt oft mit blauen Flecken und hungrig in die Kita, Kamen-Derne",
    "Schüler kommt seit Wochen ohne Frühstück und in dreckigen Klamotten, Bönen",
    "Schülerin (13) hat sich mir anvertraut, der Stiefvater fasst sie an. Unna",
    "Jugendliche 16, Loverboy-Verdacht, verschwindet nachts, Lünen",
    "Mutter ist mit den Kindern (9 und 11) ins Frauenhaus gegangen, Lünen-Nordberg",
    "Familie verweigert U-Untersuchungen, Kind 2 J., Werne. Muss ich das melden?",
]

NOT_SIGNS = [
    "Kind 7 schlägt andere Kinder in der Pause, Bergkamen",
    "Baby 4 Monate schläft nachts nicht, Unna",
    "Verdacht auf Legasthenie, Kind 8, Kamen",
    "kein Verdacht auf Kindeswohlgefährdung, nur Erziehungsfragen, Kind 4",
    "Projekt zur Gewaltprävention für 3. Klassen, Kreis Unna",
    "Anti-Gewalt-Training für Jungen 14, Lünen",
    "Kind 5 hat Heimweh in der Kita, Unna",
    "Kita-Platz für Kind 2 in Werne",
    "Jugendliche 16 kifft, Eltern ratlos, Selm",
    "Kinder schlagen sich ständig gegenseitig, Kamen",
    "Jugendliche (16) will nicht mehr zu Hause wohnen, Jugendwohngruppe in Fröndenberg?",
    "Kind 6 fasst sich ständig an den Kopf, Kopfschmerzen, Unna",
    "Eltern kooperieren nicht mit der Schule, Kind 9, Lernförderung in Selm?",
]


@pytest.mark.parametrize("text", SIGNS)
def test_a_sign_is_recognised(text: str) -> None:
    assert protection_signs(text.lower().replace("ä", "ae").replace("ö", "oe")
                            .replace("ü", "ue").replace("ß", "ss"))  # fmt: skip


@pytest.mark.parametrize("text", NOT_SIGNS)
def test_no_sign_where_there_is_none(catalogue: Catalogue, text: str) -> None:
    request = understand(text, catalogue)
    assert not request.child_protection
    assert not match(request, catalogue).emergency


def _answer(catalogue: Catalogue, text: str) -> Answer:
    return match(understand(text, catalogue), catalogue)


@pytest.mark.parametrize("text", SIGNS)
def test_child_protection_comes_first_with_emergency_numbers(catalogue: Catalogue, text: str
                                                             ) -> None:  # fmt: skip
    answer = _answer(catalogue, text)
    request = answer.request
    assert request.child_protection
    assert request.topics[0] == "kinderschutz"
    assert answer.emergency == emergency_numbers()
    assert any(e.number == "110" for e in answer.emergency)
    assert answer.offers, "the ASD, the hotline and the § 8a consultation serve the whole Kreis"
    assert all("kinderschutz" in hit.offer.topics for hit in answer.offers[:3])


def test_the_violence_case_of_the_issue_ranks_asd_hotline_and_8a_first(catalogue: Catalogue
                                                                       ) -> None:  # fmt: skip
    answer = _answer(catalogue, "kind (6) erzählt in der kita dass papa die mama schlägt. "
                                "plz 59425. wohin?")  # fmt: skip
    names = " ".join(hit.offer.name for hit in answer.offers[:4])
    assert "Allgemeiner Sozialer Dienst" in names
    assert "Kinderschutz" in names


def test_emergency_numbers_are_data_in_both_languages() -> None:
    numbers = emergency_numbers()
    assert {"110", "116 111"} <= {e.number for e in numbers}
    assert all(e.label("de") and e.label("en") and e.label("de") != e.label("en") for e in numbers)


def test_the_json_answer_carries_the_flag_and_the_numbers(catalogue: Catalogue) -> None:
    data = _answer(catalogue, "Verdacht auf sexuellen Missbrauch, Mädchen 6, Unna").to_json()
    assert data["child_protection"] is True
    assert data["emergency"][0]["number"] == "110"
    calm = _answer(catalogue, "Kita-Platz für Kind 2 in Werne").to_json()
    assert calm["child_protection"] is False and calm["emergency"] == []


def test_child_protection_stays_first_in_a_follow_up(catalogue: Catalogue) -> None:
    from bot.dialogue import respond

    _, session = respond("Verdacht auf Kindeswohlgefährdung, Kind 3, Bergkamen", catalogue)
    answer, _ = respond("und in Kamen?", catalogue, session)
    assert answer.request.child_protection and answer.emergency
    assert "kinderschutz" in answer.offers[0].offer.topics
