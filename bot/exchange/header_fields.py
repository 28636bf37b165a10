"""Which header means which field: the words lists use for each column.

One entry per field: the header `catalogue export --xlsx` writes, then every header other
lists use for it — German planners' words, open-data keys (`traeger`, `plz`), Schema.org
properties (`addressLocality`, `suggestedMinAge`, `areaServed`) and English exports (`Target
group`, `Opening hours`). Headers are compared folded (case, umlauts, punctuation), see
`headers.py`.
"""

# fmt: off
FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "id": ("ID", (
        "id", "nr", "nummer", "angebots-id", "angebotsnummer", "angebotsnr", "kennung",
        "schlüssel", "key", "einrichtungsnummer", "einrichtungs-nr",
    )),
    "name": ("Angebot", (
        "angebot", "angebotsname", "name", "titel", "bezeichnung", "angebotsbezeichnung",
        "maßnahme", "projekt", "angebotstitel", "titel des angebots", "name des angebots",
        "veranstaltung", "kursname", "title", "offer", "offer name",
        # a course programme's "Kurs"; an Open Referral (HSDS) flat export's `service_name`
        "kurs", "kurstitel", "service name",
    )),
    "provider": ("Träger", (
        "träger", "trägerin", "anbieter", "anbieterin", "einrichtung", "organisation",
        "trägername", "anbieter/träger", "provider", "träger/einrichtung", "organization",
        "organizer", "veranstalter", "anbietername", "organisator", "operator",
        "organization name", "organisation name",
    )),
    "description": ("Beschreibung", (
        "beschreibung", "kurzbeschreibung", "inhalt", "inhalte", "angebotsbeschreibung",
        "description", "informationen", "info",
    )),
    "topics": ("Themen", (
        "themen", "thema", "themenfeld", "themenfelder", "handlungsfeld", "handlungsfelder",
        "kategorie", "kategorien", "schwerpunkt", "schwerpunkte", "themenbereich",
        "themenbereiche", "rubrik", "topics", "bereich", "angebotsbereich", "art", "category",
        "categories", "servicetype", "themengebiet", "sachgebiet", "taxonomy terms",
        "taxonomy", "taxonomy term",
    )),
    # more topic words beside the main one ("Kategorie" + "Unterkategorie"): read together
    "subtopics": ("Schlagworte", (
        "schlagworte", "schlagwörter", "stichworte", "unterkategorie", "unterkategorien",
        "unterthema", "unterthemen", "tags",
        "subcategory", "subcategories", "about", "zusatzangebote", "angebote", "weitere angebote",
        "angebotsschwerpunkte", "keywords", "schlüsselwörter",
    )),
    # the facility beside its Träger ("Einrichtung;Träger;Angebot"): part of the offer's name
    "facility": ("Einrichtung", (
        "einrichtungsname", "name der einrichtung", "standort",
        # a directory named by the kind of place it lists: the column names the place
        # (not "Kita" alone: `kita_id` is the id)
        "beratungsstelle", "name der beratungsstelle", "name der kita", "dienststelle",
        "name der stelle",
        # an HSDS flat export names the venue beside the service (`location_name`)
        "location name",
    )),
    "audience": ("Zielgruppe", (
        "zielgruppe", "zielgruppen", "für wen", "adressaten", "audience", "target group",
        "target groups", "audiencetype", "for whom",
    )),
    "age_min": ("Alter von", (
        "alter von", "alter ab", "ab alter", "mindestalter", "alter min", "age min",
        "age_min_months", "von alter", "age from", "minimum age", "min age", "suggestedminage",
    )),
    "age_max": ("Alter bis", (
        "alter bis", "bis alter", "höchstalter", "alter max", "age max", "age_max_months",
        "maximalalter", "age to", "maximum age", "max age", "suggestedmaxage",
    )),
    "age": ("Alter", (
        "alter", "aufnahmealter", "altersstufe", "altersstufen", "altersgruppe", "altersspanne",
        "altersbereich", "age", "age range", "age group", "typicalagerange", "altersangabe",
        "ages",
    )),
    "municipality": ("Ort/Kommune", (
        "ort/kommune", "kommune", "ort", "stadt", "gemeinde", "stadt/gemeinde", "municipality",
        "veranstaltungsort", "city", "town", "addresslocality", "locality",
    )),
    "district": ("Stadtteil", (
        "stadtteil", "ortsteil", "sozialraum", "quartier", "district", "neighbourhood",
        "neighborhood", "stadtviertel", "tabellenblatt", "suburb",
    )),
    # a level between town and district (Hamburg's Bezirke); alone it is read as the district
    "borough": ("Bezirk", (
        "bezirk", "stadtbezirk", "borough",
    )),
    "postcode": ("PLZ", (
        "plz", "postleitzahl", "postcode", "zip", "postalcode", "postal code", "post code",
        "zip code",
    )),
    "service_area": ("Einzugsgebiet", (
        "einzugsgebiet", "versorgungsgebiet", "zuständigkeit", "zuständigkeitsgebiet", "gebiet",
        "für familien aus", "service_area", "service area", "einsatzgebiet", "areaserved",
        "area served", "zuständig für", "einzugsbereich", "catchment area",
    )),
    "address": ("Adresse", (
        "adresse", "anschrift", "straße", "address", "postanschrift", "streetaddress", "street",
        "street address", "address 1", "address_1",
    )),
    "house_number": ("Hausnummer", (
        "hausnummer", "hausnr", "hnr", "housenumber", "house number",
    )),
    "house_suffix": ("Hausnummernzusatz", (
        "hausnummernzusatz", "hausnrzusatz", "hausnr_alpha",
    )),
    "lat": ("Breitengrad", (
        "breitengrad", "breite", "lat", "latitude", "geo breite",
    )),
    "lon": ("Längengrad", (
        "längengrad", "länge", "lon", "lng", "longitude", "geo länge",
    )),
    # a projected grid position (UTM/ETRS89, Gauß-Krüger), turned into degrees on reading
    "easting": ("Rechtswert", (
        "rechtswert", "utm ost", "utm_ost", "utm east", "easting", "ostwert", "x utm", "utm x",
        "x_etrs89", "etrs89 x", "utm rechtswert", "x koordinate", "x-koordinate", "gk rechtswert",
    )),
    "northing": ("Hochwert", (
        "hochwert", "utm nord", "utm_nord", "utm north", "northing", "nordwert", "y utm", "utm y",
        "y_etrs89", "etrs89 y", "utm hochwert", "y koordinate", "y-koordinate", "gk hochwert",
    )),
    # both coordinates in one cell ("50.94, 6.95"), as open-data portals publish them
    "point": ("Koordinaten", (
        "koordinaten", "geo_point_2d", "geopoint", "coordinates", "geokoordinaten", "lat/lon",
        "latlon",
    )),
    "phone": ("Telefon", (
        "telefon", "tel", "telefonnummer", "phone", "fon", "rufnummer", "telephone",
        "phone number",
    )),
    "email": ("E-Mail", (
        "e-mail", "email", "mail", "e-mail-adresse", "emailadresse",
    )),
    "website": ("Webseite", (
        "webseite", "website", "homepage", "internet", "internetseite", "url", "link", "web",
        "webadresse",
    )),
    "cost": ("Kosten", (
        "kosten", "gebühr", "gebühren", "teilnahmegebühr", "beitrag", "preis", "cost",
        "kostenbeitrag", "price", "fee", "fees", "costs", "entgelt", "fees description",
    )),
    "languages": ("Sprachen", (
        "sprachen", "sprache", "angebotssprachen", "languages", "availablelanguage", "language",
        "inlanguage",
    )),
    "schedule": ("Zeiten", (
        "zeiten", "öffnungszeiten", "termine", "termin", "sprechzeiten", "uhrzeit", "wann",
        "schedule", "zeit", "beginn", "kursbeginn", "opening hours", "openinghours", "times",
        "öffnungszeit", "startdate", "start date", "startdatum", "schedule description",
    )),
    # what the offer is, in the region's own words; mapped to ages and topics by services.csv
    "services": ("Leistungen", (
        "leistungen", "leistung", "leistungsname", "angebotsart", "angebotsform", "angebotstyp",
        "betreuungsart", "betreuungsform", "betreuungsangebot", "einrichtungsart",
        "einrichtungstyp", "art der einrichtung", "services",
    )),
    "access": ("Zugang", (
        "zugang", "zugangsweg", "zugangsart", "anmeldung", "access", "registration",
    )),
    # whether the offer still runs (`active`/`inactive` in an HSDS export): ended rows are left out
    "status": ("Status", (
        "status", "angebotsstatus", "aktiv", "active",
    )),
    "last_checked": ("Stand", (
        "stand", "aktualisiert", "letzte aktualisierung", "geprüft am", "zuletzt geprüft",
        "stand der angaben", "last_checked", "datum", "erfasst am", "erfasst", "geändert am",
        "änderungsdatum", "datemodified", "last updated", "updated", "aktualisiert am",
        "letzte prüfung", "letzte änderung", "zuletzt geändert", "prüfdatum", "geprüft",
        "last modified", "last_modified",
    )),
}
# fmt: on
