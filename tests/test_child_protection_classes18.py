"""Child protection told as a story, by class: the signs a professional describes without naming
them, and the ordinary stories that share their words.

An injury explained away ("sagt, er ist gefallen"), a child who flinches or hides when a carer
comes, a marriage planned for a girl, a much older man with gifts or the morning-after pill, a
young child alone before a screen or unkempt and smelling — in German, Ruhrpott dialect, English
and Polish. The look-alikes are no case: a fall told as fact, a tic or a sensory sensitivity, an
aunt's or a mother's own wedding, an older brother, a child who speaks only at home, a family
without a flat. Each row is written for this table (none is taken from an evaluation set).
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from tests.protection import check_protection

# (text, is a sign)
CLASSES: list[tuple[str, bool]] = [
    # an injury and the fall someone says caused it
    ("Junge 6 hat Schrammen im Gesicht und eine Beule, die Mutter sagt, er sei vom Bett gefallen, "
     "Kamen", True),
    ("Tochter vom Nachbarn (9) hat wieder Prellungen am Arm, sacht, se is die Treppe runter "
     "gefallen. Unna", True),
    ("Girl, 8, came in with scratches on her neck, her stepdad says she fell off the swing. Selm",
     True),
    ("Dziewczynka 5 lat ma siniaki na rękach, mówi że spadła z łóżka. Lünen", True),
    ("Sohn 10 ist beim Skaten hingefallen und hat Schrammen am Knie, gibt es einen Skatekurs in "
     "Werne?", False),
    ("Junge 7 fällt ständig hin und hat immer blaue Flecken, die Ergotherapeutin sagt, die Motorik "
     "sei auffällig. Bönen", False),
    ("My daughter (6) fell off her bike and has a bruise on her knee, nothing serious - any "
     "cycling course in Unna?", False),
    # a child who flinches at a threat, or hides when a carer comes
    ("Kita: der Kleine (3) zuckt zusammen, sobald der Papa laut wird, Fröndenberg", True),
    ("dat mädchen (5) duckt sich weg, wenn einer die hand hebt, bei denen zuhause wird nur "
     "gebrüllt. kamen", True),
    ("Pupil (6) flinches whenever someone raises their voice and hides under the table when her "
     "father picks her up. Bergkamen", True),
    ("Tageskind (2) zittert, sobald der Freund der Mutter zur Tür reinkommt. Werne", True),
    ("Junge 8 hat Tics, zuckt oft mit den Augen und den Schultern, Beratung in Lünen?", False),
    ("Kind 4 mit Autismus zuckt bei lauten Geräuschen zusammen, Frühförderung in Selm?", False),
    ("Mädchen 3 ist schüchtern und versteckt sich hinter der Mama, wenn Fremde kommen. Kamen",
     False),
    ("Sohn 4 versteckt sich beim Abholen, wenn Papa kommt, weil er weiterspielen will. Unna",
     False),
    # a marriage planned for a girl
    ("Schülerin 14: die Familie hat ihre Verlobung mit einem Cousin schon arrangiert, sie soll "
     "nach der 9. Klasse heiraten. Unna", True),
    ("Our pupil (15) is scared: her parents have promised her in marriage to a man in Pakistan. "
     "Kamen", True),
    ("Chłopak 16 lat, rodzina chce go ożenić, ślub w wakacje, on nie chce. Schwerte", True),
    ("Die Tante heiratet im Sommer in der Türkei, die Tochter (7) fehlt dann eine Woche, wer "
     "berät zur Schulpflicht? Selm", False),
    ("Mutter plant ihre Hochzeit mit dem neuen Partner, Sohn 9 kommt damit nicht klar. "
     "Erziehungsberatung in Werne?", False),
    # a much older man with gifts, parties or the morning-after pill
    ("Schülerin 13 trifft sich mit einem viel älteren Typen, der ihr Kippen und ein neues Handy "
     "kauft. Lünen", True),
    ("Girl, 14, keeps getting picked up after school by a man in his 30s who buys her things. "
     "Holzwickede", True),
    ("Mädchen 15 kam mit einem deutlich älteren Mann in die Apotheke und wollte die Pille danach. "
     "Bergkamen", True),
    ("Dziewczyna 14 lat, jej chłopak jest dużo starszy, kupuje jej prezenty i zabiera na imprezy. "
     "Kamen", True),
    ("Mädchen 12 streitet ständig mit dem älteren Bruder (19), Familienberatung in Kamen?", False),
    ("Tochter 17 hat einen Freund (19), beide wollen zur Verhütung beraten werden. Unna", False),
    # a young child alone before a screen; an unkempt child who smells
    ("Mutter liegt seit Wochen depressiv im Bett, der Sohn (3) sitzt viel allein vorm Fernseher. "
     "Selm", True),
    ("Toddler (2) is alone in front of the TV all day while dad sleeps off the drink. Unna", True),
    ("Mädchen 7 kommt ungewaschen in die OGS und riecht stark, Mitschüler lachen schon. Werne",
     True),
    ("Junge 5 riecht nach Urin und ist ungepflegt, Mutter sagt, sie schafft es nicht. Kamen", True),
    ("Kind 4 kann sich gut allein beschäftigen und spielt gern vorm Haus, Kita in Unna gesucht",
     False),
    ("Junge 6 nässt wieder ein und riecht morgens, Beratung in Bönen?", False),
    # a carer who yells at a scared child; a girl married off; an adult met online
    ("Nachbarin: der Vater brüllt die Kleine (4) jeden Abend an, sie ist total verängstigt. Selm",
     True),
    ("The childminder says dad yells at the boy (3) constantly and he is terrified of him. Unna",
     True),
    ("Schülerin 15, der Onkel will sie nach dem Abschluss im Libanon verheiraten. Kamen", True),
    ("Tochter 13 hat sich online in einen 22-Jährigen verliebt und will ihn treffen. Werne", True),
    ("Sohn 14 hatte Streit mit einem 19-Jährigen aus dem Viertel, Gewaltprävention in Lünen?",
     False),
    ("Die Eltern sind seit zehn Jahren verheiratet und wollen einen Elternkurs machen, Sohn 5. "
     "Unna", False),
    # an injury left for weeks, a home in filth, a baby's feeds missed, a baby who does not gain
    ("Mädchen 4 hatte tagelang eine entzündete Wunde am Fuß, erst die Kita hat sie zum Arzt "
     "geschickt. Bönen", True),
    ("Hausbesuch: Kot und Essensreste überall in der Wohnung, Baby (7 Monate) im Laufstall. Kamen",
     True),
    ("Säugling 3 Monate, die Mutter vergisst die Flasche immer wieder, Baby trinkt kaum. Selm",
     True),
    ("Junge 9 sammelt gern Müll im Park mit seiner Klasse, Naturgruppe in Schwerte?", False),
    ("Baby 5 Monate hat gut zugenommen, Termin für die U5 beim Kinderarzt steht an. Unna", False),
    # police eviction of a violent partner, an injury in the genital area, pictures demanded,
    # a carer afraid to harm the baby, check-ups missed by a family that does not answer, a
    # carer losing his temper with a crying baby
    ("Nach der Wohnungsverweisung des Vaters gestern sind die Kinder (4 und 7) sehr unruhig. Unna",
     True),
    ("Tagesmutter sieht beim Wickeln eine Verletzung am Genital des Mädchens (2). Kamen", True),
    ("Junge 12 sagt, der Trainer gibt ihm nur Spielzeit, wenn er ihm Fotos schickt. Selm", True),
    ("Vater sagt, er hat Angst, dem Kleinen (5 Monate) etwas anzutun, wenn er nachts schreit. "
     "Werne", True),
    ("U8 verpasst, Kind 4, Eltern reagieren nicht auf Briefe und Anrufe. Bönen", True),
    ("Baby 3 Monate schreit viel, die Mutter wird dann laut und grob. Holzwickede", True),
    ("Sohn 5 hat nach der OP eine Wunde im Genitalbereich, Kinderarzt in Unna gesucht", False),
    ("Mutter hat Angst, dass die Impfung dem Baby (2 Monate) weh tut. Kinderarzt in Kamen?",
     False),
    ("U7 verpasst wegen Umzug, Termin beim Kinderarzt in Lünen gesucht, Kind 2", False),
    ("Baby 6 Wochen, die Mutter wird laut Hebamme morgen entlassen, Familienhebamme in Selm?",
     False),
    # selective mutism, a homeless family
    ("Mädchen 4 spricht in der Kita kein Wort, zu Hause aber ganz normal, Logopädie in Schwerte?",
     False),
    ("Familie mit Baby (2 Monate) ohne Wohnung, schläft seit Tagen bei Bekannten, "
     "Wohnungslosenhilfe in Lünen?", False),
]


@pytest.mark.parametrize(("text", "sign"), CLASSES)
def test_a_sign_by_class_puts_child_protection_first(
    catalogue: Catalogue, text: str, sign: bool
) -> None:
    check_protection(text, catalogue, sign)
