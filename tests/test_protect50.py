"""Protect50: signs of danger told inside a conflict — custody, complaints, refusals.

A child shown pornography is sexually abused however the report puts it: a mediator's reported
speech ("der Vater zeige der Tochter pornografische Inhalte"), the words of a file ("sexuelle
Videos vorgespielt"), a slang noun ("Sexfilme"). The custody fight, the lawyer or the complaint
around it change nothing: child protection comes first. A professional who asks for §8a advice
beside a lawyer's threat gets the protection offers in the first places. Look-alikes stay as
they were: pupils watching pornography on a phone (media and sexual education), sex education in
class, and a parent's anger, complaint or lawyer with no sign at all.
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.understanding.safety import PROTECTION_TOPICS, emergency_numbers

SEXUAL_EXPOSURE = [
    "Sehr geehrte Damen und Herren, laut Mutter zeige der Vater dem neunjährigen Sohn bei "
    "Umgängen pornografische Inhalte. Die Mediation ruht. Ich suche eine Fachstelle für den "
    "Jungen. Werne.",
    "Schulsozialarbeit Unna: Schülerin (12) sagt, ihr Stiefvater habe ihr sexuelle Videos "
    "vorgespielt. Mutter ist wütend auf die Schule. Ich brauche eine Kinderschutzfachkraft.",
    "Jugendtreff Bönen: Junge 13 erzählt, der neue Freund der Mutter zeigt ihm Sexfilme und "
    "sagt, er soll nichts verraten. Die Mutter hat uns schon mit Anwalt gedroht. Wer berät mich?",
    "Im Trennungsverfahren schildert die Mutter, dass der Vater dem sechsjährigen Sohn beim "
    "Wochenendumgang Pornos auf dem Tablet zeigt. Welche Beratungsstelle hilft? Lünen",
]

# a professional asks for protection advice beside a conflict: protection fills the first places
ADVICE_ASKED = [
    "Kinderarztpraxis Schwerte: 4-Jähriger mit Striemen am Rücken, Eltern streiten um das "
    "Sorgerecht und haben einen Anwalt. Brauche §8a-Beratung durch eine InsoFa.",
    "OGS Holzwickede, Junge 8 J. kommt nach dem Umgang beim Vater mit blauen Flecken zurück, "
    "Mutter hat sich beim Jugendamt beschwert. Welche InsoFa kann ich anrufen?",
]

# (no sign of danger: no alarm, the asked help among the first three)
LOOKALIKES = [
    (
        "Medienkompetenz-Projekt gesucht: Schüler der 7. Klasse schauen sich in der Pause "
        "Pornos auf dem Schulhof-Handy an. Schule in Bergkamen, Kinder 12-13.",
        {"medien_sucht", "sexualpaedagogik"},
    ),
    (
        "Vater (9-jähriger Sohn, Lünen) ist sehr wütend, weil die Schule eine Förderschule "
        "vorschlägt. Er hat einen Anwalt eingeschaltet und will ein unabhängiges Gutachten.",
        {"inklusion_behinderung"},
    ),
    (
        "Getrennte Eltern, Sohn 11, Holzwickede: ständiger Streit um die Umgangszeiten, Vater "
        "droht mit Anwalt. Gibt es Beratung für Trennungsfamilien?",
        {"erziehungsberatung"},
    ),
    (
        "Mutter in Unna ist sauer auf das Jugendamt, weil die Familienhilfe ihr nicht passt. "
        "Sie will eine andere ambulante Hilfe für ihre Kinder (5 und 8).",
        {"hilfen_zur_erziehung"},
    ),
]

# no sign and no offer to show: sex education in class names no danger
NO_ALARM = [
    "Wir suchen für die 4. Klasse (9-10 J.) in Schwerte jemanden für Aufklärung im Unterricht, "
    "Körper, Pubertät.",
    "Kita Lünen: Ein Junge (5) zeigt sexuelles Verhalten im Spiel, wir möchten ein Elternabend "
    "zur kindlichen Sexualität anbieten.",
]


@pytest.mark.parametrize("text", SEXUAL_EXPOSURE)
def test_sexual_exposure_is_a_sign_in_any_phrasing(assistant: Assistant, text: str) -> None:
    answer, _session = assistant.respond(text)
    assert answer.request.child_protection
    assert answer.request.topics[0] == "kinderschutz"
    assert answer.emergency == emergency_numbers()
    assert "kinderschutz" in answer.offers[0].offer.topics


@pytest.mark.parametrize("text", ADVICE_ASKED)
def test_protection_advice_fills_the_first_places(assistant: Assistant, text: str) -> None:
    answer, _session = assistant.respond(text)
    assert answer.request.child_protection
    assert all(set(hit.offer.topics) & set(PROTECTION_TOPICS) for hit in answer.offers[:3])


@pytest.mark.parametrize(("text", "asked"), LOOKALIKES)
def test_conflict_alone_raises_no_alarm(assistant: Assistant, text: str, asked: set[str]) -> None:
    answer, _session = assistant.respond(text)
    assert not answer.request.child_protection
    assert answer.emergency == ()
    assert any(asked & set(hit.offer.topics) for hit in answer.offers[:3])


@pytest.mark.parametrize("text", NO_ALARM)
def test_sex_education_raises_no_alarm(assistant: Assistant, text: str) -> None:
    answer, _session = assistant.respond(text)
    assert not answer.request.child_protection
    assert answer.emergency == ()
