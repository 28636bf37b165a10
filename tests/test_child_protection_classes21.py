"""Child protection by class, round 21: signs in the words of police, bailiffs, registrars and
health workers, and the stories that share their words.

Domestic violence witnessed by children, told in police shorthand ("HG-Einsatz") or dictated
without commas ("wie der Vater sie angeschrien und getreten hat"); a girl under 18 married off or
a minor bride; a home without power or heat that the children suffer, children sleeping in their
coats; an injured child whose carer answers for it, an explanation the writer puts in quotes.
The look-alikes: a police call-out for noise, an electricity cut or a bill alone (a matter of
financial help), a young adult couple's wedding, a shy child whose mother speaks for him, bruises
from football — and a child already in foster or emergency care, whose placement's cause is
history and whose need now is another. Each row is written for this table (none is taken from
an evaluation set).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.text import fold
from bot.understanding.agency import Agent, violent_acts
from bot.understanding.safety_text import tokens
from tests.protection import check_protection

# (text, is a sign)
CLASSES: list[tuple[str, bool]] = [
    # domestic violence witnessed by children: police shorthand, a bailiff's dictation
    ("opferschutz: hg-lage gestern in bönen, km mit platzwunde, kinder 5 und 8 waren im "
     "zimmer nebenan. was gibt es für die kinder?", True),
    ("Einsatz wegen HG in Kamen-Methler, Sohn (6) hat sich im Bad eingeschlossen. Wer hilft?",
     True),
    ("bei der pfändung in werne gesehen wie der vater die mutter angeschrien und getreten hat "
     "die tochter so sechs stand daneben was mach ich jetzt", True),
    ("Polizei: Einsatz wegen Ruhestörung in Unna, Jugendliche (16) haben im Park gefeiert. "
     "Jugendtreff in der Nähe?", False),
    ("Eltern streiten sich in der Trennung laut vor der Tochter (8), ohne Gewalt. Beratung in "
     "Lünen?", False),
    # a girl under 18 married off, a minor bride
    ("Standesamt Selm: die Braut (16) hat beim Termin kein Wort gesagt, der Bräutigam ist 31. "
     "Wohin mit unserer Sorge?", True),
    ("Her uncle plans to marry her off to a man in Pakistan this summer, she is 14 and lives "
     "in Werne. Who can help?", True),
    ("Ein Paar (20 und 22) aus Kamen heiratet im Juni und erwartet ein Baby. "
     "Schwangerschaftsberatung?", False),
    ("My dad wants to marry her next year, my stepmum-to-be. I'm 15 and need someone to talk "
     "to in Unna.", False),
    # a home without power or heat that the children suffer; children sleeping in coats
    ("Hausbesuch in Holzwickede: seit zehn Tagen keine Heizung, es ist eiskalt, die Kinder "
     "(1 und 3) liegen unter drei Decken. Wen rufe ich an?", True),
    ("Die Kleinen (2 und 4) schlafen in ihren Winterjacken, die Wohnung in Fröndenberg ist "
     "seit Wochen unbeheizt.", True),
    ("Familie in Schwerte, Strom seit 3 Tagen abgestellt, Kinder 4 und 7. Härtefallfonds?",
     False),
    ("Heizung seit zwei Tagen kaputt, der Vermieter repariert sie morgen, Baby (5 Monate). "
     "Krabbelgruppe in Bergkamen?", False),
    # an injured child whose carer answers for it; an explanation put in quotes
    ("Praxis in Kamen: Mädchen (3) mit Prellung an der Wange, die Mutter antwortet auf jede "
     "Frage für sie. Wohin?", True),
    ("Junge 6 hat einen Bluterguss am Hals, er sei 'gestolpert'. OGS in Unna", True),
    ("Mein Sohn (8) ist sehr schüchtern, beim Arzt spreche immer ich für ihn. Gruppe für "
     "schüchterne Kinder in Werne?", False),
    ("Tochter (9) hat vom Fußball oft blaue Flecken, die Mutter erklärt alles dem Trainer. "
     "Mädchenteam in Selm?", False),
    # a child already in foster or emergency care: the cause of the placement is history
    ("Pflegesohn (6), seit einem Jahr in unserer Pflegefamilie in Lünen nach Misshandlung, "
     "braucht Ergotherapie.", False),
    ("Baby (4 Wochen) in Bereitschaftspflege in Unna, KM heroinabhängig, trinkt schlecht. "
     "Hebamme gesucht.", False),
    ("Wohngruppe in Selm: Mädchen (12) nach Vernachlässigung seit Sommer bei uns, sucht einen "
     "Sportverein.", False),
    # ... but a placement still to come, or an act in the foster family, is a case
    ("Bereitschaftspflege gesucht für Säugling (3 Wochen), KM heroinabhängig, Kreis Unna", True),
    ("Pflegekind (7) erzählt, dass der Pflegevater es schlägt. Kamen", True),
]


@pytest.mark.parametrize(("text", "sign"), CLASSES)
def test_class(text: str, sign: bool, catalogue: Catalogue) -> None:
    check_protection(text, catalogue, sign)


@pytest.mark.parametrize(("text", "agent"), [
    # an "und" after a participle, before a participle and its auxiliary: one subject
    ("wie der mann seine frau angebrüllt und gegen die wand geschubst hat die kinder",
     Agent.ADULT),
    # two clauses, each with its own subject
    ("das kind hat den ball geholt und geschubst hat es die schwester", Agent.CHILD),
])
def test_participles_share_the_subject(text: str, agent: Agent) -> None:
    acts = violent_acts(tokens(fold(text)))
    assert [a.agent for a in acts] == [agent]


def test_a_quoted_word_is_a_doubted_claim() -> None:
    words = tokens("brille 'runtergefallen', geht's gut?")
    assert words[:3] == ["brille", "angeblich", "runtergefallen"]
    assert "angeblich" not in words[3:]  # an apostrophe inside a word is no quote
