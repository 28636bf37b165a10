"""Builds tests/data/young37/requests.jsonl and checks keys and gaps with score.Rules."""
import json, sys
from pathlib import Path
sys.path.insert(0, '/work/shared/eval')
import score
C = Path('/work/shared/catalogue')
places = score.load_places(C / 'places.csv'); offers = score.load_offers(C / 'offers.csv')
rules = score.Rules(places, offers)
topics = {l.split(',')[0] for l in open(C / 'topics.csv')}
Y = lambda n: [12*n, 12*n+11]
P = [-9, -1]
R = []
def r(q, age, place, tps, persona, tags, langs=None, gap=False):
    R.append(dict(q=q, age=age, place=place, topics=tps, languages=langs, persona=persona, tags=tags, _gap=gap))

# Klassenlehrer Gesamtschule, Mails/kurz
r("Mein Schüler Kevin (15, Klasse 9) ist seit Freitag zu Hause rausgeflogen, der Vater hat ihm die Tasche vor die Tür gestellt. Er pennt bei einem Kumpel in Methler. Wer ist jetzt zuständig?",
  Y(15), 'kamen-methler', ['hilfen_zur_erziehung'], 'klassenlehrer_gesamtschule', ['alias', 'school-year', 'thrown-out'])
r("Schülerin aus der 10b, 16 Jahre, ihre kleine Schwester (6) wird zu Hause wohl geschlagen und sie selbst traut sich nicht mehr heim. Wir sind in Bönen.",
  Y(16), 'boenen', ['kinderschutz'], 'klassenlehrer_gesamtschule', ['sibling-mention', 'child-protection', 'school-year'])
r("Guten Tag, ein Schüler (17) hat nach dem Tod seiner Mutter komplett abgeschaltet, schläft im Unterricht, sagt, alles sei sinnlos. Gibt es in Unna psychologische Hilfe für Jugendliche?",
  Y(17), 'unna', ['psychische_gesundheit'], 'klassenlehrer_gesamtschule', ['mail'])
r("Zwei Jungs aus meiner Zehn, beide 16, kiffen in der Pause, einer dealt wohl auch. Suchtprävention oder Beratung für die zwei? Schule in Bergkamen-Mitte.",
  Y(16), 'bergkamen-mitte', ['medien_sucht'], 'klassenlehrer_gesamtschule', ['several-children', 'school-year'])
r("Schülerin 14 wird in einer WhatsApp-Gruppe fertiggemacht, Fotos von ihr gehen rum. Eltern (beide Mitte 40) wollen Anzeige. Gibt es in Fröndenberg Hilfe gegen Cybermobbing?",
  Y(14), 'froendenberg', ['gewaltpraevention', 'medien_sucht'], 'klassenlehrer_gesamtschule', ['parent-age', 'numbers-not-age'])
# Schulsozialarbeiterin, Stichpunkte
r("Schülerin, 16, heute bei mir: schwanger (ca. 10. Woche), will anonym beraten werden, Eltern wissen nix. Wohnt Holzwickede.",
  P, 'holzwickede', ['schwangerschaft_geburt'], 'schulsozialarbeiterin_stichpunkte', ['pregnancy', 'parent-age'])
r("Jg. 8, Junge 13, seit 6 Wochen nicht mehr in der Schule, zockt nachts, Mutter kommt nicht an ihn ran. Selm.",
  Y(13), 'selm', ['schulsozialarbeit', 'medien_sucht'], 'schulsozialarbeiterin_stichpunkte', ['numbers-not-age', 'school-year'])
r("Mädchen 15 erzählt von 22-jährigem \"Freund\", der sie abholt und ihr Geschenke macht. Mache mir Sorgen. Beratung in Werne?",
  Y(15), 'werne', ['kinderschutz'], 'schulsozialarbeiterin_stichpunkte', ['parent-age', 'child-protection'])
r("Schüler 16, Abschluss wackelt, null Plan was danach. Berufsorientierung außerhalb der Schule? Lünen-Süd",
  Y(16), 'luenen-sued', ['schule_beruf'], 'schulsozialarbeiterin_stichpunkte', ['alias'])
r("Junge 14, queer, Coming-out läuft schlecht zu Hause, Vater redet nicht mehr mit ihm. Gibts eine Gruppe oder Beratung in Kamen?",
  Y(14), 'kamen', ['sexualpaedagogik', 'erziehungsberatung'], 'schulsozialarbeiterin_stichpunkte', [])
# Jobcenter U25, Aktenkürzel
r("U25-Kunde, 20 J., HSA nicht geschafft, möchte Abschluss nachholen und danach Ausbildung. Wohnort Massen.",
  Y(20), 'unna-massen', ['schule_beruf'], 'jobcenter_u25_kuerzel', ['abbrev', 'young-adult', 'alias'])
r("Kd. 19, wohnungslos seit 3 Wo., schläft bei wechselnden Bekannten, Schulden b. Handyanbieter. Bergkamen. Hilfe für junge Erwachsene?",
  Y(19), 'bergkamen', ['junge_volljaehrige'], 'jobcenter_u25_kuerzel', ['abbrev', 'young-adult', 'numbers-not-age'], gap=True)
r("Kundin 19, alleinerz., Sohn 8 Mon., will Teilzeitausbildung beginnen, braucht dafür Betreuung für den Kleinen. Lünen",
  [8, 8], 'luenen', ['kita_betreuung'], 'jobcenter_u25_kuerzel', ['abbrev', 'parent-age', 'months'])
r("Kd. 18, seit 2024 in D, aus Afghanistan, spricht Dari, sucht Ausbildungsplatz. Beratung, gern auf Dari/Farsi? Unna",
  Y(18), 'unna', ['schule_beruf', 'migration_integration'], 'jobcenter_u25_kuerzel', ['abbrev', 'young-adult', 'numbers-not-age', 'language'], langs=['fa'])
r("Kunde 21, Ausbildung abgebrochen, trinkt wohl, kommt zu keinem Termin. Suchtberatung für junge Leute in Schwerte?",
  Y(21), 'schwerte', ['medien_sucht'], 'jobcenter_u25_kuerzel', ['young-adult'])
# Jugendhaus-Mitarbeiter, locker
r("hey, hab hier nen 17jährigen im jugendhaus, mutter hat ihn gestern rausgeschmissen, er will nich ins heim. was geht in lünen?",
  Y(17), 'luenen', ['hilfen_zur_erziehung', 'junge_volljaehrige'], 'jugendhaus_locker', ['lowercase', 'thrown-out'])
r("bei uns im treff hängt ne 15-jährige rum, trinkt jeden abend, ihre eltern sind beide alkis. gibts was für kinder von suchtkranken eltern in unna?",
  Y(15), 'unna', ['belastete_eltern'], 'jugendhaus_locker', ['lowercase'], gap=True)
r("wir suchen für nen 16jährigen aus heeren was zum abhängen nachmittags, der is sonst nur auf der straße. jugendtreff?",
  Y(16), 'kamen-heeren-werve', ['offene_jugendarbeit'], 'jugendhaus_locker', ['lowercase', 'alias'])
r("zwei brüder, 13 und 17, prügeln sich dauernd mit anderen im viertel, anti-aggressions-training in brambauer?",
  [156, 215], 'luenen-brambauer', ['gewaltpraevention'], 'jugendhaus_locker', ['lowercase', 'several-children', 'alias'])
r("kumpel von unseren jungs ist 19, raus aus der jugendhilfe, jetzt eigene wohnung in fröndenberg und total überfordert mit post und geld. gibts da wen?",
  Y(19), 'froendenberg', ['junge_volljaehrige'], 'jugendhaus_locker', ['lowercase', 'young-adult', 'gap'], gap=True)
# Kinder- und Jugendärztin
r("17-jährige Patientin mit Magersucht, will selbst Hilfe. Jugendpsychiatrische Anlaufstelle im Kreis Unna?",
  Y(17), 'kreis-unna', ['psychische_gesundheit'], 'jugendaerztin', [])
r("Pat. 15 J., Typ-1-Diabetes, schwänzt die Insulingaben, Mutter (38) verzweifelt. Suche Beratung für Familie in Kamen.",
  Y(15), 'kamen', ['erziehungsberatung'], 'jugendaerztin', ['abbrev', 'parent-age'])
r("Jugendliche, 16, fragt nach der Pille, möchte vorher eine Beratung ohne Mutter. Gibt es das in Lünen?",
  Y(16), 'luenen', ['sexualpaedagogik'], 'jugendaerztin', [])
r("18-Jähriger mit ADHS, Transition aus der Kinder- und Jugendpsychiatrie, findet keinen Therapeuten. Gibt es in Bergkamen etwas für junge Erwachsene?",
  Y(18), 'bergkamen', ['psychische_gesundheit'], 'jugendaerztin', ['young-adult', 'gap'], gap=True)
r("Junge Mutter, selbst 17, Baby 3 Wochen, wirkt erschöpft und allein. Familienhebamme in Werne?",
  [0, 0], 'werne', ['fruehe_hilfen'], 'jugendaerztin', ['parent-age', 'weeks'])
# Polizei, Jugendkontaktbeamter
r("Jugendlicher 14 J., dritte Anzeige wegen Körperverletzung an der Bushaltestelle, wohnt Brambauer. Gibt es ein Gewaltpräventionsprojekt für ihn?",
  Y(14), 'luenen-brambauer', ['gewaltpraevention'], 'polizei_jugendkontaktbeamter', ['alias'])
r("Einsatz 02:10: 16-Jährige stark alkoholisiert (1,9 Promille) aufgegriffen, Eltern nicht erreichbar, kleiner Bruder 8 allein zu Hause. Königsborn. Wer kümmert sich?",
  Y(16), 'unna-koenigsborn', ['kinderschutz', 'medien_sucht'], 'polizei_jugendkontaktbeamter', ['numbers-not-age', 'sibling-mention', 'alias'])
r("Heranwachsender, 20, mehrfach wegen Drogenbesitz aufgefallen, Verfahren läuft. Hat selbst nach Hilfe gefragt. Holzwickede.",
  Y(20), 'holzwickede', ['medien_sucht'], 'polizei_jugendkontaktbeamter', ['young-adult'])
r("Zwei 15-jährige Mädchen seit gestern abgängig, heute in Dortmund aufgefunden, wollen nicht zurück zur Mutter nach Rünthe. Jugendamt Bergkamen?",
  Y(15), 'bergkamen-ruenthe', ['hilfen_zur_erziehung'], 'polizei_jugendkontaktbeamter', ['alias'])
# Jugendgerichtshilfe
r("JGH: Mandant 17, Urteil 40 Sozialstunden, wohnt bei Oma in Oberaden. Wo kann er die im Jugendtreff ableisten?",
  Y(17), 'bergkamen-oberaden', ['offene_jugendarbeit'], 'jugendgerichtshilfe', ['abbrev', 'numbers-not-age', 'alias'])
r("JGH Kamen, Klient 19 J., Bewährungsauflage: Schuldnerberatung. Der junge Mann hat 4.000 € Schulden. Gibt es was für junge Volljährige in Kamen?",
  Y(19), 'kamen', ['junge_volljaehrige'], 'jugendgerichtshilfe', ['abbrev', 'young-adult', 'numbers-not-age', 'gap'], gap=True)
r("Jugendlicher 16, Täter-Opfer-Ausgleich abgeschlossen, jetzt braucht er einen Ausbildungsplatz. Mutter 34, Vater unbekannt. Selm.",
  Y(16), 'selm', ['schule_beruf'], 'jugendgerichtshilfe', ['parent-age'])
# Wohngruppe / Heim
r("Bei uns in der Wohngruppe ist ein Junge gerade 18 geworden, das Jugendamt will die Hilfe beenden. Er zieht allein nach Selm. Gibt es dort Nachbetreuung für Care Leaver?",
  Y(18), 'selm', ['junge_volljaehrige'], 'wohngruppe_erzieher', ['young-adult', 'gap'], gap=True)
r("Care Leaverin, 20, wohnt seit einem Jahr allein in Unna, sucht Anschluss an andere, die auch aus dem Heim kommen.",
  Y(20), 'unna', ['junge_volljaehrige'], 'wohngruppe_erzieher', ['young-adult'])
r("Unser Bewohner ist 16 und Vater geworden, das Baby ist 2 Monate alt und lebt bei der Mutter (15) in Kamen. Gibt es Hilfe für so junge Eltern?",
  [2, 2], 'kamen', ['fruehe_hilfen'], 'wohngruppe_erzieher', ['parent-age', 'months'])
# Jugendmigrationsdienst / Berufskolleg
r("Berufskolleg, Internationale Förderklasse: Schüler 17 aus Syrien, allein eingereist, lebt in einer Jugendhilfeeinrichtung in Werne. Sucht Ausbildung, Beratung gern auf Arabisch.",
  Y(17), 'werne', ['schule_beruf', 'migration_integration'], 'berufskolleg_ifk', ['language'], langs=['ar'])
r("Berufskolleg Unna: Schülerin 18 fehlt ständig, sagt, sie muss sich um ihre kranke Mutter und die Geschwister (4 und 9) kümmern. Wer kann die Familie entlasten?",
  Y(18), 'unna', ['belastete_eltern', 'hilfen_zur_erziehung'], 'berufskolleg_ifk', ['young-adult', 'sibling-mention'], gap=True)

out = Path('/work/wt/young37/tests/data/young37/requests.jsonl')
bad = 0
with out.open('w') as f:
    for i, x in enumerate(R, 1):
        x = dict(id=f'young37-{i:03d}', **x)
        g = x.pop('_gap')
        assert x['place'] is None or x['place'] in places, x['place']
        assert all(t in topics for t in x['topics']), x['topics']
        rel = rules.relevant_ids(x) if True else None
        isgap = x['age'] is not None and x['place'] is not None and not rel
        if isgap != g:
            bad += 1; print('MISMATCH', x['id'], 'gap' if isgap else sorted(rel)[:5], x['q'][:70])
        if isgap and 'gap' not in x['tags']: x['tags'].append('gap')
        f.write(json.dumps(x, ensure_ascii=False) + '\n')
print(len(R), 'requests;', bad, 'mismatches')
