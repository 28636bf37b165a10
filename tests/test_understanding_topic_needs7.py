"""Needs told in everyday words (issue 8, session 17, needs7): each class of description a
family or a professional uses instead of the service's name, with sentences written for these
tests (none from a labelled set).

Classes: a child's weight and diet; tics; a child who cannot stand up for itself; whom a
teenager loves; pictures passed round (bullying and media alike); registering at school; a young
person who comes home drunk (own use) against a drunk carer (child protection); moving out of
the group home at 18+; "an wen … wenden" and "blickt … nicht durch" across their clause; leaving
school; how a toddler talks; breastfeeding as feeding; whose tears — the mother's or the baby's.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.understanding import understand


def _topics(catalogue: Catalogue, text: str) -> tuple[str, ...]:
    return understand(text, catalogue).topics


@pytest.mark.parametrize(
    ("text", "need"),
    [
        # weight and what a child eats and drinks
        ("Sohn 9 ist viel zu dick, trinkt literweise Limo und isst jeden Tag Pommes. Kamen",
         "kindergesundheit"),
        ("Mädchen 7 ist ziemlich pummelig und nascht den ganzen Tag, Eltern wollen was tun. Unna",
         "kindergesundheit"),
        # tics and compulsions
        ("Junge 10 räuspert sich ständig und blinzelt, seit Wochen immer schlimmer. Lünen",
         "psychische_gesundheit"),
        ("Tochter 13 hat Zwangsgedanken und wäscht sich ständig die Hände. Werne",
         "psychische_gesundheit"),
        # a child who cannot stand up for itself
        ("Sohn 8 lässt sich in der Pause alles gefallen, soll lernen sich zu wehren. Selm",
         "gewaltpraevention"),
        # whom a teenager loves
        ("Mädchen 15 hat erzählt, dass sie auf Mädchen steht. Wer berät da in Bergkamen?",
         "sexualpaedagogik"),
        # registering a child at its first school
        ("Vater fragt, wo er seine Tochter (5) an der Grundschule anmelden muss. Bönen",
         "uebergang_kita_schule"),
        # leaving school
        ("Für unsere Abschlussklassen ohne Perspektive suchen wir Unterstützung, Jg. 10, Schwerte",
         "schule_beruf"),
        # a young person's own drinking
        ("Sohn 15 kam am Samstag völlig betrunken von einer Party heim. Unna", "medien_sucht"),
        # moving out of the group home
        ("Er ist 18 und soll im Sommer aus der Wohngruppe ausziehen, ganz allein. Lünen",
         "junge_volljaehrige"),
        # whom to turn to after a move, across the clause
        ("Familie mit Baby (2 Monate) neu in Kamen, weiß nicht, an wen sie sich mit Fragen rund "
         "ums Kind wenden kann.", "familienbuero_lotsen"),
        ("Familie mit Kindern (1 und 4) ist hergezogen und blickt bei den Formularen nicht "
         "durch. Selm", "familienbuero_lotsen"),
        # how a toddler talks
        ("Kind 3, kennt kaum Wörter, keine Zweiwortsätze, Eltern wollen ihn zum Sprechen "
         "bringen. Holzwickede", "sprachfoerderung"),
        # breastfeeding is a baby's feeding
        ("Baby 3 Wochen, Mutter sucht eine Stillgruppe in Unna", "schreibaby_schlaf"),
        # a baby's first movements
        ("Baby 5 Monate dreht sich noch nicht, hält den Kopf kaum. Unna", "fruehfoerderung"),
        # hearing at school age
        ("Kind 8 hört schlecht, versteht im Unterricht nur die Hälfte. Selm", "kindergesundheit"),
        # strangers online who want pictures
        ("Sohn 12 wird im Netz von Fremden angeschrieben, die Fotos wollen. Kamen", "kinderschutz"),
        # a parent's cancer
        ("Mutter von drei Kindern (1, 3, 6) hat Brustkrebs, die Kinder verstehen nicht was los "
         "ist. Lünen", "belastete_eltern"),
        # no roof of one's own
        ("Junger Mann 20 fliegt bei den Eltern raus und hat keine Bleibe. Unna",
         "junge_volljaehrige"),
        # holed up, talking to nobody: withdrawal, not speech
        ("Sohn 13 will nur noch in seiner Bude hocken und mit keinem reden. Kamen",
         "psychische_gesundheit"),
        # someone for a few hours
        ("Zwillinge 2 Jahre, Mutter braucht dringend mal jemanden, der stundenweise auf die "
         "Kinder aufpasst. Werne", "alleinerziehende_entlastung"),
        # balance and falling
        ("Steppke 4 kann nicht auf einem Bein hüpfen und fällt dauernd hin. Unna",
         "fruehfoerderung"),
        # the short word for speech therapy
        ("Sohn 7 braucht Logo, Rezept ist da. Werne", "sprachfoerderung"),
        # dropping out and working instead
        ("Junge 15 hat die Schule geschmissen und jobbt schwarz. Unna", "schule_beruf"),
        # a girl's first period
        ("Mädchen 11 hat ihre erste Regel bekommen und schämt sich. Unna", "sexualpaedagogik"),
        # a child on its way, without the word "schwanger"
        ("Paar erwartet Zwillinge und hat Angst vor der Zeit danach. Lünen",
         "schwangerschaft_geburt"),
        # settling in at the Kita
        ("Kind 3 kann sich nicht von der Mama trennen, Eingewöhnung klappt nicht. Schwerte",
         "kita_betreuung"),
        # a child alone in the corner
        ("Kind 5 spielt nie mit anderen Kindern, sitzt immer in der Ecke. Selm",
         "psychische_gesundheit"),
        # books at home, "vorlesen" split by its verb bracket
        ("Kind 4 hat noch nie ein Buch angeschaut, Eltern lesen nicht vor. Unna",
         "sprachfoerderung"),
        # "klarkommen" split by its verb bracket, a teenager who does as he likes
        ("Mutter kommt mit ihrem Sohn (15) nicht mehr klar, er macht was er will. Werne",
         "erziehungsberatung"),
        ("Tochter 15 geht nachts heimlich weg und kommt morgens wieder. Bergkamen",
         "erziehungsberatung"),
        # offices at 20
        ("Junge Frau 20 hat Stress mit dem Amt und Rechnungen stapeln sich. Unna",
         "junge_volljaehrige"),
        # an adjective of attention trouble
        ("Kind 7 ist hyperaktiv. Bönen", "psychische_gesundheit"),
        # the mother weeps: early help at home
        ("Neugeborenes 2 Wochen, Mama weint den ganzen Tag und schafft nichts. Werne",
         "fruehe_hilfen"),
    ],
)
def test_an_everyday_description_names_its_need(catalogue: Catalogue, text: str,
                                                need: str) -> None:  # fmt: skip
    assert need in _topics(catalogue, text)[:2]


@pytest.mark.parametrize(
    ("text", "first", "not_wanted"),
    [
        # a drunk carer stays a sign for child protection
        ("Mutter kommt abends betrunken heim, Kinder 3 und 5 allein. Lünen", "kinderschutz",
         "medien_sucht"),
        # the baby weeps, the mother only tells it
        ("Mutter sagt, ihr Baby (3 Monate) weint stundenlang. Kamen", "schreibaby_schlaf",
         "fruehe_hilfen"),
        # a nine-year-old who weeps is no mother's exhaustion
        ("Mädchen 9 weint jeden Morgen vor der Schule, Mutter ratlos. Unna", None,
         "fruehe_hilfen"),
        # a Kita child's mother who weeps asks for other help than a baby's
        ("Tochter 4, die Mutter weint bei jedem Abholen in der Kita. Unna", None,
         "fruehe_hilfen"),
        # a bridging offer until a Kita place is free names the Kita, no mental health
        ("Kein Kitaplatz für unseren Sohn (2), gibt es ein Überbrückungsangebot? Bergkamen",
         "kita_betreuung", "psychische_gesundheit"),
        # weaning to go back to work asks for childcare, not feeding advice
        ("Mutter will mit 10 Monaten abstillen und sucht eine Tagesmutter in Kamen",
         "kita_betreuung", None),
        # a "Kann-Kind" is one in this order only: "… ums Kind wenden kann" is none
        ("Mutter mit Baby, 4 Monate, weiß nicht, an wen sie sich mit dem Kind wenden kann. Unna",
         "familienbuero_lotsen", "uebergang_kita_schule"),
        # a medical check and pills are no typos of sex education or media
        ("Junge 12, ADHS, Medis abgesetzt, Kinderarzt rät zur Abklärung. Unna",
         "psychische_gesundheit", "sexualpaedagogik"),
    ],
)
def test_whose_words_decide_the_need(catalogue: Catalogue, text: str, first: str | None,
                                     not_wanted: str | None) -> None:  # fmt: skip
    topics = _topics(catalogue, text)
    if first:
        assert topics[0] == first
    if not_wanted:
        assert not_wanted not in topics


def test_every_word_an_owners_rule_reads_is_found(catalogue: Catalogue) -> None:
    """A word of a `[[cooccurrence]]` rule that no topic lists never reaches the rule ("Mutter
    ist bipolar" named no need at all); only verbs ignored as such, generic service words, which
    name no need of their own, and English words the foreign rewrite turns into German may be
    missing."""
    from bot.understanding import indexes
    from bot.understanding.foreign import germanise
    from bot.vocabulary.lexicon import topic_lexicon

    index = indexes(catalogue).topics
    generic = set(topic_lexicon()["generic"]["words"])
    dead = {w for rule in index.cooccurrence for w in rule.words
            if w not in index.ignore and w not in generic and germanise(w) == w
            and not index.find(w, None).credits}
    assert dead == set()


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Mutter ist bipolar, Sohn 11. Lünen", "belastete_eltern"),
        # an inflected form of the rule's word ("eine bipolare Störung", "psychotische Phase")
        ("Der Vater hat eine bipolare Störung, Tochter 9 macht sich Sorgen. Werne",
         "belastete_eltern"),
        ("Mama hatte eine psychotische Phase, Sohn 8 ist verstört. Selm", "belastete_eltern"),
        ("Sohn 15 ist manisch, der Psychiater rät zur Klinik. Unna", "psychische_gesundheit"),
        ("Vater nimmt Heroin, Kinder 4 und 7. Kamen", "belastete_eltern"),
        ("Junge 17 spritzt Heroin. Unna", "medien_sucht"),
    ],
)
def test_an_illness_is_read_by_whose_it_is(catalogue: Catalogue, text: str, need: str) -> None:
    assert _topics(catalogue, text)[0] == need
