"""Datasette metadata for planners: German column labels, facets and ready-made questions.

Generated from the actual files, so that a facet or query never names a column or table a
database lacks (an older catalogue.db has no `phases` column; a fresh state.db no reports). The
state database is opened for the gap log only: other tables hold per-user data, so they are
closed and free SQL on that database is off.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.models import PHASES

OFFER_COLUMNS = {
    "id": "Kennung des Angebots",
    "name": "Name des Angebots",
    "provider": "Träger",
    "description": "Beschreibung",
    "topics": "Themen (Schlüssel der Taxonomie)",
    "audience": "Zielgruppe",
    "age_min_months": "Alter von, in Monaten (−9 = Schwangerschaft)",
    "age_max_months": "Alter bis, in Monaten (einschließlich)",
    "municipality": "Kommune",
    "district": "Stadtteil",
    "service_area": "Einzugsgebiet (Orte, deren Familien es nutzen)",
    "address": "Adresse",
    "lat": "Breitengrad",
    "lon": "Längengrad",
    "phone": "Telefon",
    "email": "E-Mail",
    "website": "Webseite",
    "cost": "Kosten",
    "languages": "Sprachen (ISO)",
    "schedule": "Zeiten",
    "access": "Zugang (offen, anmeldung, ueberweisung)",
    "last_checked": "Stand: zuletzt geprüft am",
    "phases": "Lebensphasen (P0 Schwangerschaft, P1 0–3, P2 3–6, P3 6–10, P4 10–16, P5 16–21)",
}
PLACE_COLUMNS = {
    "key": "Schlüssel",
    "name": "Name",
    "kind": "Art (kreis, municipality, district)",
    "parent": "gehört zu",
    "postcodes": "Postleitzahlen",
    "aliases": "andere Schreibweisen",
    "lat": "Breitengrad",
    "lon": "Längengrad",
}
TOPIC_COLUMNS = {
    "key": "Schlüssel",
    "label_de": "Thema",
    "label_en": "Thema (englisch)",
    "phases": "Lebensphasen",
    "synonyms_de": "Stichworte, die erkannt werden",
}
GAP_COLUMNS = {
    "created_at": "Zeitpunkt (UTC)",
    "channel": "Kanal",
    "user": "Nutzer (pseudonym)",
    "reason": "Grund (no_offer, not_here, age, language, unclear, not_helpful)",
    "query": "Anfrage (personenbezogene Angaben entfernt)",
    "age_min": "Alter von (Monate)",
    "age_max": "Alter bis (Monate)",
    "phases": "Lebensphasen",
    "place": "Ort",
    "municipality": "Kommune",
    "district": "Stadtteil",
    "topics": "Themen",
    "languages": "gewünschte Sprachen",
}
REPORT_COLUMNS = {
    "created_at": "gemeldet am",
    "offer_id": "Angebot",
    "user": "Nutzer (pseudonym)",
    "note": "Hinweis",
    "status": "Status (open, confirmed, fixed)",
    "resolved_at": "erledigt am",
}

_PHASE_VALUES = ", ".join(f"('{k}', {lo}, {hi})" for k, lo, hi in PHASES)
_OVERLAP = (
    "(o.age_min_months is null or o.age_min_months <= p.hi) and "
    "(o.age_max_months is null or o.age_max_months >= p.lo)"
)
CATALOGUE_QUERIES = {
    "angebote_je_kommune_und_thema": {
        "title": "Angebote je Kommune und Thema",
        "sql": "select m.name as Kommune, t.label_de as Thema, count(*) as Angebote\n"
        "from offers o join places m on m.key = o.municipality, json_each(o.topics) j\n"
        "join topics t on t.key = j.value group by 1, 2 order by 1, 2",
    },
    "angebote_je_lebensphase_und_kommune": {
        "title": "Angebote je Lebensphase und Kommune",
        "sql": f"with p(phase, lo, hi) as (values {_PHASE_VALUES})\n"
        "select m.name as Kommune, p.phase as Lebensphase, count(*) as Angebote\n"
        f"from offers o join places m on m.key = o.municipality join p on {_OVERLAP}\n"
        "group by 1, 2 order by 1, 2",
    },
    "veraltete_angebote": {
        "title": "Angebote, seit mehr als 12 Monaten nicht geprüft",
        "sql": "select id, name, provider, municipality, last_checked from offers\n"
        "where coalesce(last_checked, '') = '' or last_checked < date('now', '-12 months')\n"
        "order by last_checked",
    },
    "unvollstaendige_angebote": {
        "title": "Angebote ohne Thema, Alter oder Einzugsgebiet",
        "sql": "select id, name, provider, topics, age_min_months, age_max_months, service_area\n"
        "from offers where coalesce(topics, '[]') = '[]' or coalesce(service_area, '[]')"
        " = '[]'\n   or (age_min_months is null and age_max_months is null)",
    },
}
GAP_QUERIES = {
    "luecken_nach_lebensphase_und_kommune": {
        "title": "Lücken nach Lebensphase und Kommune",
        "sql": "select coalesce(g.municipality, '(ohne Ort)') as Kommune, p.value as "
        "Lebensphase, count(*) as Luecken\nfrom gaps g, json_each(g.phases) p\n"
        "group by 1, 2 order by 3 desc",
    },
    "luecken_nach_grund": {
        "title": "Lücken nach Grund",
        "sql": "select reason as Grund, count(*) as Luecken from gaps group by 1 order by 2 desc",
    },
    "luecken_nach_thema_und_kommune": {
        "title": "Lücken nach Thema und Kommune",
        "sql": "select coalesce(g.municipality, '(ohne Ort)') as Kommune, t.value as Thema, "
        "count(*) as Luecken\nfrom gaps g, json_each(g.topics) t group by 1, 2 "
        "order by 3 desc",
    },
}
REPORT_QUERY = {
    "title": "Offene Meldungen je Angebot",
    "sql": "select offer_id as Angebot, count(*) as Meldungen, count(distinct user) as Nutzer,\n"
    "min(created_at) as erste, max(created_at) as letzte from offer_reports\n"
    "where status = 'open' group by 1 order by 3 desc, 2 desc",
}


def _columns(path: Path) -> dict[str, set[str]]:
    """Return the tables of a database with their columns (read-only)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("select name from sqlite_master where type='table'")]
        return {t: {r[1] for r in conn.execute(f'pragma table_info("{t}")')} for t in tables}
    finally:
        conn.close()


def _facets(available: set[str], wanted: list[str | dict[str, str]]) -> list[str | dict[str, str]]:
    def column(facet: str | dict[str, str]) -> str:
        return facet if isinstance(facet, str) else next(iter(facet.values()))

    return [f for f in wanted if column(f) in available]


def database_name(path: Path) -> str:
    """Datasette names a database after its file stem."""
    return Path(path).stem


def build_metadata(catalogue: Path, state: Path | None = None) -> dict[str, object]:
    """Return Datasette metadata for the catalogue and (optionally) the state database."""
    tables = _columns(Path(catalogue))
    offers = tables.get("offers", set())
    databases: dict[str, object] = {
        database_name(catalogue): {
            "title": "Katalog der Präventionsangebote",
            "description": "Angebote, Orte und Themen, wie sie der Präventionslotse verwendet.",
            "tables": {
                "offers": {
                    "title": "Angebote",
                    "label_column": "name",
                    "sort": "id",
                    "columns": {k: v for k, v in OFFER_COLUMNS.items() if k in offers},
                    "facets": _facets(
                        offers,
                        [
                            "municipality",
                            "district",
                            {"array": "topics"},
                            {"array": "phases"},
                            "access",
                            {"array": "languages"},
                        ],
                    ),
                },
                "places": {
                    "title": "Orte",
                    "label_column": "name",
                    "columns": PLACE_COLUMNS,
                    "facets": ["kind", "parent"],
                },
                "topics": {"title": "Themen", "label_column": "label_de", "columns": TOPIC_COLUMNS},
                "meta": {"hidden": True},
            },
            "queries": CATALOGUE_QUERIES,
        },
    }
    if state is not None and Path(state).exists():
        state_tables = _columns(Path(state))
        closed = {
            t: {"allow": False}
            for t in state_tables
            if t not in ("gaps", "offer_reports") and not t.startswith("sqlite_")
        }
        gap_tables: dict[str, object] = dict(closed)
        queries: dict[str, object] = {}
        if "gaps" in state_tables:
            gap_tables["gaps"] = {
                "title": "Lücken (unbeantwortete Anfragen)",
                "sort_desc": "created_at",
                "columns": {k: v for k, v in GAP_COLUMNS.items() if k in state_tables["gaps"]},
                "facets": _facets(
                    state_tables["gaps"],
                    [
                        "reason",
                        "municipality",
                        "district",
                        {"array": "phases"},
                        {"array": "topics"},
                        "channel",
                    ],
                ),
            }
            queries.update(GAP_QUERIES)
        if "offer_reports" in state_tables:
            gap_tables["offer_reports"] = {
                "title": "Meldungen: Angaben veraltet/falsch",
                "columns": REPORT_COLUMNS,
                "facets": ["status", "offer_id"],
            }
            queries["offene_meldungen"] = REPORT_QUERY
        databases[database_name(state)] = {
            "title": "Lückenlog",
            "allow_sql": False,
            "tables": gap_tables,
            "queries": queries,
            "description": "Anfragen, auf die der Präventionslotse kein passendes Angebot fand.",
        }
    return {
        "title": "Präventionslotse – Katalog und Lücken",
        "description": "Für die Jugendhilfeplanung: Angebote durchsuchen, Lücken auswerten.",
        "databases": databases,
    }
