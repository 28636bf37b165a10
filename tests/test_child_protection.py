"""Signs of a threat to a child's welfare put child protection first, with emergency numbers."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.catalogue import Catalogue
from bot.matching import match
from bot.models import Answer
from bot.text import fold
from bot.understanding import understand
from bot.understanding.safety import emergency_numbers, protection_signs
from bot.vocabulary.lexicon import safety_lexicon

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
    "Kind 4 Jahre wird oft allein zu Hause gelassen, Unna",
    "Mutter lässt das Baby nachts allein, Kamen",
    "toddler (2) is often left alone at home, Bergkamen",
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
    "Kind 5 möchte nicht allein gelassen werden, Trennungsangst, Kamen",
    "Jugendlicher 17 zieht in eigene Wohnung, lässt sich allein nicht helfen, Unna",
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


# Who hits whom, and whether it is a case now: (text, is a sign). The child as agent is a matter
# of parenting advice or violence prevention; an adult as agent, violence between the parents the
# child witnesses, and a passive with the child hurt are child protection.
AGENCY = [
    # the child is the agent: no sign
    ("Kind 4 Jahre, schlägt und beißt andere Kinder und die Mutter. Erziehungsberatung in Kamen?",
     False),
    ("Junge (5) haut und tritt in der Kita, Eltern überfordert, Unna", False),
    ("Tochter 3 beißt ständig, Mutter verzweifelt, Selm", False),
    ("Mein Sohn (6) schubst seine kleine Schwester und schlägt sie, Werne", False),
    ("Mädchen 11 prügelt sich in der Schule, Bergkamen", False),
    ("Sohn 15 schlägt seine Mutter, Hilfe gesucht, Kamen", False),
    ("Kind (7) schlägt bei Wutanfällen um sich, Holzwickede", False),
    ("Junge 9 wird in der Schule von älteren Schülern verprügelt, Unna", False),
    ("Im Kindergarten beißt er andere Kinder, Junge 3, Fröndenberg", False),
    ("Kind 4 schlägt den Kopf gegen die Wand, Autismus-Verdacht, Schwerte", False),
    ("Junge 14 schlägt Mitschüler, Anti-Gewalt-Training in Lünen?", False),
    ("Kind 3 haut Mama und Papa, wenn es wütend ist, Elternkurs?", False),
    ("Mutter berichtet, dass der Sohn (12) sie schlägt, Holzwickede", False),
    ("Papa schlägt nicht, aber schreit viel, Kind 7, Unna", False),
    ("My 5 year old hits other kids at nursery, Unna", False),
    # the same words as another verb or a noun: no sign
    ("Baby 5 Monate würgt beim Trinken, Lünen", False),
    ("Jugendlicher (16) haut ständig von zu Hause ab, Eltern ratlos, Unna", False),
    ("Die Schule schlägt eine Diagnostik vor, Kind 8, Kamen", False),
    ("Problem tritt vor allem nachts auf, Baby 7 Monate, Selm", False),
    ("Kind (5) hat trockene Haut und Neurodermitis, Unna", False),
    ("Kind aus der 4a, Eltern bitten um Rat wegen Ängsten, Villigst", False),
    # an adult is the agent, or the child is hurt: a sign
    ("Mädchen 6 erzählt, dass der Papa sie haut, Kamen", True),
    ("Junge 7 sagt, Mama schlägt ihn mit dem Gürtel, Bergkamen", True),
    ("Kind 4 wird zu Hause geschlagen, Lünen", True),
    ("Mädchen (9) wurde vom Stiefvater verprügelt, Unna", True),
    ("Freund der Mutter schlägt das Kind, Baby 10 Monate, Selm", True),
    ("Zuhause schlägt der Vater das Kind, Kamen", True),
    ("Kind hat Angst vor Papa, der schlägt, Unna", True),
    ("Die Eltern schlagen das Kind, sagt die Nachbarin, Kamen", True),
    ("Kind (8) wird vom Onkel getreten, Schwerte", True),
    ("Papa hat das Kind geschlagen, Junge 5, Werne", True),
    ("Junge 10 erzählt, der neue Freund von Mama haut ihn, Selm", True),
    ("Er schlägt die Kinder, sagt die Mutter, Unna", True),
    ("Jugendliche 15, von Eltern geschlagen, will nicht mehr nach Hause", True),
    ("the boy (6) was beaten by his stepfather, Lünen", True),
    # violence between the parents, witnessed by the child: a sign
    ("Papa schlägt die Mama, Kinder (3 und 6) sind dabei, Kamen", True),
    ("Vater würgt die Mutter vor den Kindern, Werne", True),
    ("Zuhause schubst der Vater die Mutter, Sohn 8 hat Angst, Bönen", True),
    ("Kind 6 erzählt, dass die Mama vom Papa geschlagen wird, Holzwickede", True),
    ("Mutter mit Kind 2: der Partner prügelt, Unna", True),
    ("Dad hits mum in front of the kids, Kamen", True),
    ("Papa schlägt nicht nur die Mama, Kind 7, Unna", True),
    ("Häusliche Gewalt, Polizei war gestern da, Kinder 2 und 5, Unna", True),
    # negated, cleared, over, or a topic of training: no sign
    ("Keine Hinweise auf Kindeswohlgefährdung, Kind 5 braucht Frühförderung in Kamen", False),
    ("Es gibt keinerlei Anzeichen für eine Gefährdung des Kindeswohls, Logopädie für Kind 4 in "
     "Unna", False),
    ("Verdacht auf KWG hat sich nicht bestätigt, Kind 3, Elternkurs in Selm", False),
    ("KWG ausgeschlossen, Sprachförderung für Kind 4 in Bergkamen", False),
    ("keine häusliche Gewalt bekannt, Kind 3 braucht einen Kita-Platz in Unna", False),
    ("Fortbildung zum Schutzauftrag nach § 8a für unser Kita-Team, Kreis Unna", False),
    ("Kinderschutzkonzept für unsere Kita: wer berät uns? Werne", False),
    ("Projekt zu Gewaltprävention an der Grundschule, Klasse 3, Kamen", False),
    ("Elternabend zum Thema sexueller Missbrauch / Prävention, Kita Selm", False),
    ("Mutter war früher im Frauenhaus, jetzt stabil, Kita-Platz für Kind 3 in Kamen", False),
    ("Z.n. Kindeswohlgefährdung, jetzt in Pflegefamilie, Kind 2, Frühförderung in Unna", False),
    # ... but not when the suspicion stands, or the past comes back
    ("Kindeswohlgefährdung nicht ausgeschlossen, Kind 2, Lünen", True),
    ("Mutter war früher im Frauenhaus, Kind 4 erzählt wieder von Schlägen zuhause, Unna", True),
    ("Säugling mit Schütteltrauma, war auf Intensiv, jetzt stabil, Lünen", True),
]


@pytest.mark.parametrize(("text", "sign"), AGENCY)
def test_who_hits_whom_and_whether_it_is_a_case_now(catalogue: Catalogue, text: str, sign: bool
                                                    ) -> None:  # fmt: skip
    answer = _answer(catalogue, text)
    assert answer.request.child_protection is sign
    assert bool(answer.emergency) is sign
    if sign:
        assert answer.request.topics[0] == "kinderschutz"
        assert all("kinderschutz" in hit.offer.topics for hit in answer.offers[:3])


@pytest.mark.parametrize(("text", "sign"), AGENCY)
def test_who_hits_whom_without_punctuation_as_dictated(text: str, sign: bool) -> None:
    dictated = re.sub(r"[,.;:!?()]", "", text).lower()
    assert bool(protection_signs(fold(dictated))) is sign


ADULTS = ["Papa", "der Vater", "die Mutter", "Mama", "der Stiefvater", "der Freund der Mutter",
          "ihr Partner", "die Eltern"]  # fmt: skip
CHILDREN = ["das Kind", "der Junge", "das Mädchen", "ihr Sohn", "die Tochter"]
VERBS = ["schlägt", "haut", "tritt", "beißt", "schubst", "würgt", "prügelt"]


@given(adult=st.sampled_from(ADULTS), child=st.sampled_from(CHILDREN),
       verb=st.sampled_from(VERBS), told=st.booleans())  # fmt: skip
def test_the_agent_decides_whatever_the_words(adult: str, child: str, verb: str, told: bool
                                              ) -> None:  # fmt: skip
    def signs(text: str) -> tuple[str, ...]:
        return protection_signs(fold(text))

    frame = "Kita Kamen: Kind 5 erzählt, dass {} {} {}." if told else "{} {} {}, Kita Kamen."
    plural = {"schlägt": "schlagen", "haut": "hauen", "tritt": "treten", "beißt": "beißen",
              "schubst": "schubsen", "würgt": "würgen", "prügelt": "prügeln"}  # fmt: skip
    by_adult = verb if adult != "die Eltern" else plural[verb]
    if told:  # a "dass" clause puts the verb last
        assert signs(frame.format(adult, child, by_adult))
        assert signs(frame.format(adult, "die Mama" if "Mutter" not in adult else "den Papa",
                                  by_adult))  # fmt: skip
        assert not signs(frame.format(child, "andere Kinder", verb))
    else:
        assert signs(frame.format(adult, by_adult, child))
        assert not signs(frame.format(child.capitalize(), verb, "die Mutter"))
        assert not signs(f"{child.capitalize()} (4) {verb} ständig, Mutter ratlos, Kamen")


@given(st.text(max_size=200))
def test_any_text_gives_known_signs(text: str) -> None:
    names = {s["name"] for s in safety_lexicon()["signal"]}
    assert set(protection_signs(fold(text))) <= names
