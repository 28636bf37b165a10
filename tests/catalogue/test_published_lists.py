"""Lists in the shapes other Jugendämter publish start a catalogue with one command.

The files in tests/data/lists/ were written for testing in the shape of published directories
(see its SOURCE.md): a Familienwegweiser export without a topic column, an Excel CSV in
Windows-1252 with title lines, a planner's workbook with merged group headers, a family
portal's own categories, ArcGIS GeoJSON, a JSON API, an HSDS package. Each is imported as a
newcomer would (`catalogue import LIST --catalogue NEW.db`, no gazetteer of their own yet), and
the tests assert what a planner relies on: rows kept, ages, places, topics and answers.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.catalogue import Catalogue
from bot.cli import main
from tests.catalogue.conftest import ROOT
from tests.catalogue.conftest import run_cli as _run

LISTS = ROOT / "tests" / "data" / "lists"
WHOLE = {  # file -> rows, every one of them importable
    "familienwegweiser-kreis-guetersloh.csv": 15,
    "angebote-kreis-soest-cp1252.csv": 16,
    "familienzentren-muenster.geojson": 12,
    "kitas-bielefeld.json": 11,
    "familienbildung-kreis-lippe.csv": 14,
    # its "Mediensprechstunde" (Kategorie "Beratung", Unterkategorie "Medien") was refused
    # until the category words of bot/data/category_words.toml read "Medien" (lists3)
    "familienportal-kreis-borken.xlsx": 10,
}
WITH_A_BAD_ROW = {  # file -> (rows kept with --skip-invalid, the refused cell's value)
    "fruehe-hilfen-kreis-coesfeld.xlsx": (11, "siehe Kursprogramm"),
}


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> dict[str, Path]:
    """Every list imported once into its own new catalogue, as a newcomer types it."""
    folder = tmp_path_factory.mktemp("lists")
    made: dict[str, Path] = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LOTSE_LOCALE", "de")
        patch.setenv("LOTSE_STATE", str(folder / "state.db"))
        for name in [*WHOLE, *WITH_A_BAD_ROW]:
            made[name] = folder / f"{name}.db"
            extra = ["--skip-invalid"] if name in WITH_A_BAD_ROW else []
            assert main(["catalogue", "import", str(LISTS / name), *extra,
                         "--catalogue", str(made[name])]) == 0, name  # fmt: skip
        made["hsds"] = folder / "wesel.db"
        assert main(["catalogue", "import", str(LISTS / "hsds-kreis-wesel"), "--places",
                     str(LISTS / "hsds-kreis-wesel-places.csv"),
                     "--catalogue", str(made["hsds"])]) == 0  # fmt: skip
    return made


def _offers(path: Path) -> dict[str, object]:
    return {o.name.split(" – ")[0]: o for o in Catalogue.load(path).offers}


def test_every_row_of_the_published_shapes_is_kept(imported: dict[str, Path]) -> None:
    for name, rows in WHOLE.items():
        offers = Catalogue.load(imported[name]).offers
        assert len(offers) == rows, name
        assert all(o.topics for o in offers), name
    for name, (kept, _value) in WITH_A_BAD_ROW.items():
        assert len(Catalogue.load(imported[name]).offers) == kept, name
    assert len(Catalogue.load(imported["hsds"]).offers) == 7  # the inactive service is skipped


def test_a_row_that_cannot_be_read_refuses_the_list_by_default(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("LOTSE_LOCALE", "de")
    monkeypatch.setenv("LOTSE_STATE", str(tmp_path / "state.db"))
    for name, (_kept, value) in WITH_A_BAD_ROW.items():
        target = tmp_path / f"{name}.db"
        code, out, err = _run(capsys, "catalogue", "import", str(LISTS / name),
                              "--catalogue", str(target))  # fmt: skip
        assert code == 1 and not target.exists()
        assert f"Wert „{value}“" in out + err and "Zeile" in out + err


def test_a_malformed_list_leaves_the_imported_catalogue_untouched(
    imported: dict[str, Path], tmp_path: Path, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("LOTSE_LOCALE", "de")
    monkeypatch.setenv("LOTSE_STATE", str(tmp_path / "state.db"))
    target = imported["angebote-kreis-soest-cp1252.csv"]
    before = target.read_bytes()
    broken = tmp_path / "neu.csv"
    broken.write_text("Titel des Angebots;Anbieter;Themenbereich\nBabytreff;AWO;Frühe Hilfen\n",
                      encoding="utf-8")  # fmt: skip
    code, out, err = _run(capsys, "catalogue", "import", str(broken), "--catalogue", str(target))
    assert code == 1
    assert "Spalte „Ort/Kommune“" in out + err and "nicht verändert" in out + err
    assert target.read_bytes() == before


@pytest.mark.parametrize(
    ("name", "offer", "ages"),
    [
        ("familienwegweiser-kreis-guetersloh.csv", "Familienhebamme", (-9, 23)),  # "SS - 1 Jahr"
        ("familienwegweiser-kreis-guetersloh.csv", "PEKiP-Kurs", (0, 11)),  # im 1. Lebensjahr
        ("familienwegweiser-kreis-guetersloh.csv", "Bewerbungstraining", (180, 311)),
        ("familienwegweiser-kreis-guetersloh.csv", "Suchtprävention an Schulen", (144, None)),
        ("angebote-kreis-soest-cp1252.csv", "Spielgruppe „Kleine Strolche“", (0, 47)),
        ("angebote-kreis-soest-cp1252.csv", "Hausaufgabenhilfe im Jugendtreff", (72, None)),
        ("angebote-kreis-soest-cp1252.csv", "U3-Betreuung Kindertagespflege", (0, 35)),
        ("angebote-kreis-soest-cp1252.csv", "Sprachförderung im Kindergarten", (36, 71)),
        ("angebote-kreis-soest-cp1252.csv", "Babytreff im Familienzentrum Sonnenblume", (-9, 11)),
        ("angebote-kreis-soest-cp1252.csv", "Familiencafé", (None, None)),  # "für alle"
        ("fruehe-hilfen-kreis-coesfeld.xlsx", "Familienhebamme", (-9, 23)),  # von "SS" bis 1
        ("fruehe-hilfen-kreis-coesfeld.xlsx", "Beratung für Schwangere", (-9, -1)),
        ("fruehe-hilfen-kreis-coesfeld.xlsx", "Babymassage-Kurs", (3, 23)),  # 0,25 bis 1
        ("familienportal-kreis-borken.xlsx", "Jugendtreff Check-In", (144, None)),  # 12 bis 99
        ("familienportal-kreis-borken.xlsx", "Krabbelgruppe Mäusenest", (0, 47)),
        ("kitas-bielefeld.json", "Kita Sonnenhügel", (36, 71)),  # 3 Jahre bis Schuleintritt
        ("kitas-bielefeld.json", "Kita Heepen Kleine Füße", (4, 47)),  # 4 Monate bis 3 Jahre
        ("familienbildung-kreis-lippe.csv", "Anti-Mobbing-Training", (120, 155)),  # Klassen 5–7
        ("familienbildung-kreis-lippe.csv", "Opstapje", (18, 47)),
        ("hsds", "Eltern-Kind-Kurs „Spielen und Bewegen“", (12, 47)),  # eligibility text
        ("hsds", "Familienhebammen", (-9, 23)),  # maximum_age 1 + "Schwangere und …"
    ],
)
def test_ages_are_read_as_the_conventions_say(
    imported: dict[str, Path], name: str, offer: str, ages: tuple[int | None, int | None]
) -> None:
    found = _offers(imported[name])[offer]
    assert (found.age_min, found.age_max) == ages  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("name", "offer", "topic"),
    [
        ("familienwegweiser-kreis-guetersloh.csv", "PEKiP-Kurs", "eltern_kind_gruppen"),
        ("familienwegweiser-kreis-guetersloh.csv", "Offene Ganztagsschule", "ogs_ganztag"),
        ("angebote-kreis-soest-cp1252.csv", "Offene Tür Mädchentreff", "offene_jugendarbeit"),
        ("angebote-kreis-soest-cp1252.csv", "Trennungs- und Scheidungsberatung",
         "erziehungsberatung"),  # category "Beratung": the name decides
        ("familienportal-kreis-borken.xlsx", "Ferienfreizeit Ameland", "freizeit_sport_kultur"),
        ("familienportal-kreis-borken.xlsx", "Sprachkurs mit Kinderbetreuung", "sprachfoerderung"),
        ("familienbildung-kreis-lippe.csv", "Griffbereit", "migration_integration"),
        ("familienbildung-kreis-lippe.csv", "Mädchenzentrum Lilith", "offene_jugendarbeit"),
        ("familienzentren-muenster.geojson", "Familienzentrum Wolbeck", "familienzentrum"),
        ("kitas-bielefeld.json", "Ev. Kita Jöllenbeck", "inklusion_behinderung"),
        ("hsds", "Migrationsberatung für Familien", "migration_integration"),  # "Zuwanderung"
    ],
)
def test_the_lists_own_topic_words_land_on_the_taxonomy(
    imported: dict[str, Path], name: str, offer: str, topic: str
) -> None:
    assert topic in _offers(imported[name])[offer].topics  # type: ignore[attr-defined]


def test_the_facility_beside_its_traeger_stays_in_the_name(imported: dict[str, Path]) -> None:
    offers = Catalogue.load(imported["familienwegweiser-kreis-guetersloh.csv"]).offers
    cafe = next(o for o in offers if o.name.startswith("Elterncafé"))
    assert cafe.name == "Elterncafé mit Hebammensprechstunde – Familienzentrum Sonnenschein"
    assert cafe.provider == "Ev. Kirchengemeinde Gütersloh"


def test_the_places_come_from_the_list(imported: dict[str, Path]) -> None:
    soest = Catalogue.load(imported["angebote-kreis-soest-cp1252.csv"])
    region = soest.gazetteer["kreis-soest"]
    assert region.kind == "kreis" and soest.gazetteer["soest"].kind == "municipality"
    visit = next(o for o in soest.offers if o.name.startswith("Willkommensbesuch"))
    assert soest.gazetteer.serves(visit.service_area, "lippstadt")  # "Kreis Soest": everyone
    assert soest.gazetteer["ampen"].parent == "soest"
    bielefeld = Catalogue.load(imported["kitas-bielefeld.json"])
    assert bielefeld.gazetteer["sieker"].parent == "mitte"
    assert "Bielefeld-Mitte" in bielefeld.gazetteer["mitte"].aliases
    muenster = Catalogue.load(imported["familienzentren-muenster.geojson"])
    assert muenster.gazetteer["berg-fidel"].parent == muenster.gazetteer["wolbeck"].parent
    wesel = Catalogue.load(imported["hsds"])
    counselling = next(o for o in wesel.offers if o.name.startswith("Erziehungsberatung"))
    assert set(counselling.service_area) == {"moers", "neukirchen-vluyn"}


@pytest.mark.parametrize(
    ("name", "request_text", "place", "expected"),
    [
        ("angebote-kreis-soest-cp1252.csv", "Willkommensbesuch nach der Geburt in Lippstadt",
         "lippstadt", "Willkommensbesuch für Neugeborene"),
        ("familienwegweiser-kreis-guetersloh.csv",
         "Ich bin schwanger und suche eine Familienhebamme in Gütersloh", "guetersloh",
         "Familienhebamme – Netzwerk Frühe Hilfen"),
        ("familienbildung-kreis-lippe.csv", "Babymassage in Detmold, Baby 3 Monate", "detmold",
         "Babymassage"),
        ("familienbildung-kreis-lippe.csv", "Mobbing in der Schule, Sohn 11, Horn-Bad Meinberg",
         "horn-bad-meinberg", "Anti-Mobbing-Training"),
        ("kitas-bielefeld.json", "Kita in Bielefeld-Mitte für Sohn 4", "mitte",
         "Kita Regenbogen"),
        ("familienzentren-muenster.geojson", "Familienzentrum in Münster-Hiltrup", "hiltrup",
         "Familienzentrum Hiltrup-Ost"),
    ],
)
def test_ask_answers_from_the_imported_list(
    imported: dict[str, Path], capsys, name: str, request_text: str, place: str, expected: str
) -> None:
    code, out, _err = _run(capsys, "ask", "--json", "--no-log", "--catalogue",
                           str(imported[name]), request_text)  # fmt: skip
    assert code == 0
    answer = json.loads(out)
    assert answer["understood"]["place"] == place
    catalogue = Catalogue.load(imported[name])
    by_id = {o.id: o for o in catalogue.offers}
    shown = [by_id[o["id"] if isinstance(o, dict) else o] for o in answer["offers"]]
    assert expected in [o.name for o in shown]


def test_a_foreign_category_is_read_from_its_own_words_only(imported: dict[str, Path]) -> None:
    """"Geld und Recht" must not become Lernförderung by mending "Recht" into "rechnen"."""
    debt = _offers(imported["hsds"])["Schuldner- und Insolvenzberatung"]
    assert "but_finanzen" in debt.topics and "lernfoerderung" not in debt.topics  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("category", "name", "topics"),
    [
        # a field category keeps its topic, the name adds the help (field_categories.py)
        ("Integration", "Elterncafé international",
         {"migration_integration", "eltern_kind_gruppen", "fruehe_hilfen"}),
        ("Freizeit und Ferien", "Ameland 2026", {"freizeit_sport_kultur"}),
        ("Beratung", "Erziehungsberatung Nord", {"erziehungsberatung"}),  # broad: the name
        ("Eltern und Kind", "Krabbelgruppe Zwergenland", {"eltern_kind_gruppen"}),
        ("Geld und Recht", "Kurs 17", set()),  # nothing names a topic: refused by the reader
    ],
)
def test_category_words_then_the_name(category: str, name: str, topics: set[str]) -> None:
    from bot.exchange.offer_topics import OfferTopics
    from bot.exchange.sources import read_topics

    reader = OfferTopics(read_topics(ROOT / "bot" / "data" / "catalogue" / "topics.csv", []))
    assert set(reader.read(category, "", name, "", "").topics) == topics


@pytest.mark.parametrize(
    ("header", "cells"),
    [
        ("Angebot;Träger;Anschrift", ["Kahlertstraße 12, 33330 Gütersloh",
                                      "Holter Str. 2, 33758 Schloß Holte-Stukenbrock"]),
        ("Angebot;Träger;PLZ Ort", ["33330 Gütersloh", "33758 Schloß Holte-Stukenbrock"]),
        ("Angebot;Träger;PLZ/Ort", ["33330 Gütersloh", "33758 Schloß Holte-Stukenbrock"]),
    ],
)
def test_the_town_is_read_from_an_address_or_a_plz_ort_cell(
    tmp_path: Path, capsys, monkeypatch, header: str, cells: list[str]
) -> None:
    monkeypatch.setenv("LOTSE_LOCALE", "de")
    monkeypatch.setenv("LOTSE_STATE", str(tmp_path / "state.db"))
    listing = tmp_path / "liste.csv"
    listing.write_text(f"{header}\nElterncafé;AWO;{cells[0]}\nKrabbelgruppe;Kirche;{cells[1]}\n",
                       encoding="utf-8")  # fmt: skip
    target = tmp_path / "neu.db"
    code, _out, err = _run(capsys, "catalogue", "import", str(listing), "--catalogue", str(target))
    assert code == 0, err
    catalogue = Catalogue.load(target)
    towns = {o.name: o.municipality for o in catalogue.offers}
    assert towns == {"Elterncafé": "guetersloh", "Krabbelgruppe": "schloss-holte-stukenbrock"}
    assert "33330" in catalogue.gazetteer["guetersloh"].postcodes


def test_an_address_in_the_kreis_unna_finds_its_town_in_the_shipped_gazetteer(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("LOTSE_LOCALE", "de")
    monkeypatch.setenv("LOTSE_STATE", str(tmp_path / "state.db"))
    listing = tmp_path / "liste.csv"
    listing.write_text("Angebot;Träger;Themen;Anschrift\n"
                       "Babytreff;AWO;Frühe Hilfen;Markt 1, 59174 Kamen\n",
                       encoding="utf-8")  # fmt: skip
    target = tmp_path / "unna.db"
    code, _out, err = _run(capsys, "catalogue", "import", str(listing), "--catalogue", str(target))
    assert code == 0, err
    catalogue = Catalogue.load(target)
    assert [o.municipality for o in catalogue.offers] == ["kamen"]
    assert "kreis-unna" in catalogue.gazetteer.places  # the shipped gazetteer, not a derived one
