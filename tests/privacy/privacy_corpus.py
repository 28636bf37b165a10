"""A corpus of realistic requests with planted personal data, generated deterministically.

Each sample holds the text, the personal data planted in it (kind, value) and the words that must
survive redaction (need, age, place, postcode). Run `python tests/privacy/privacy_corpus.py` to
print recall per kind and every miss; `corpus.jsonl` beside this file is its written form, for
reading.

Name pools mix names that are in bot/data/first_names.txt with rare ones that are not, so that the
recall measures the context rules too, not only the list.
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

FIRST = [
    "Leon",
    "Mia",
    "Finn",
    "Emma",
    "Ben",
    "Hannah",
    "Elias",
    "Lina",
    "Noah",
    "Clara",
    "Jonas",
    "Ida",
    "Oskar",
    "Greta",
    "Mats",
    "Frieda",
    "Elif",
    "Yusuf",
    "Zeynep",
    "Emir",
    "Ayşe",
    "Mehmet",
    "Eymen",
    "Defne",
    "Berat",
    "Nehir",
    "Kerem",
    "Azra",
    "Ömer",
    "Büşra",
    "Mohammed",
    "Amira",
    "Omar",
    "Fatima",
    "Hamza",
    "Layla",
    "Yousef",
    "Noor",
    "Khaled",
    "Rania",
    "Ahmad",
    "Aya",
    "Zofia",
    "Jakub",
    "Zuzanna",
    "Szymon",
    "Wiktoria",
    "Kacper",
    "Małgorzata",
    "Paweł",
    "Oliwia",
    "Łukasz",
    "Taras",
    "Oksana",
    "Bohdan",
    "Olena",
    "Mykola",
    "Iryna",
    "Dmytro",
    "Yuliia",
    "Sofiia",
    "Maksym",
    "Berfin",
    "Rojin",
    "Hevin",
    "Tjark",
    "Ilvy",
    "Malea",
    "Jaromir",
    "Solomiya",
    "Tymofii",
    "Ritaj",
    "Shahed",
    "Ghazal",
    "Dobromir",
    "Nevin",
    "Rukiye",
    "Şevval",
    "Bartek",
    "Zoja",
    "Jumana",
    "Aylin",
    "Merve",
    "Lejla",
    "Ardit",
]
SURNAMES = [
    "Yilmaz",
    "Öztürk",
    "Kaya",
    "Demir",
    "Şahin",
    "Çelik",
    "Aydın",
    "Arslan",
    "Kowalski",
    "Nowak",
    "Wiśniewska",
    "Lewandowski",
    "Kamińska",
    "Shevchenko",
    "Kovalenko",
    "Bondarenko",
    "Melnyk",
    "Tkachenko",
    "Haddad",
    "Al-Hassan",
    "Khalil",
    "Mansour",
    "Darwish",
    "Schmidt",
    "Müller",
    "Schneider",
    "Hoffmann",
    "Becker",
    "Krasniqi",
    "Hodžić",
    "Popescu",
    "Brinkhoff",
    "Terhoeven",
    "Kalkreuth",
    "Uzunoğlu",
    "Karadeniz",
    "Zarębska",
    "Hnatiuk",
    "Al-Zoubi",
    "Wiedenbrück",
]
PLACES = (
    "Kamen-Methler", "Heeren", "Lünen-Brambauer", "Unna-Königsborn", "Bergkamen", "Selm",
    "Werne", "Schwerte", "Holzwickede", "Bönen", "Kamen", "Unna", "Lünen", "Fröndenberg",
)  # fmt: skip
TOWNS = ("59174 Kamen", "59423 Unna", "44532 Lünen", "59192 Bergkamen", "59368 Werne")
NEEDS = (
    "Sprachförderung", "Schreiambulanz", "Erziehungsberatung", "Elternkurs", "Psychotherapie",
    "Frühförderung", "Logopädie", "Hausaufgabenhilfe", "Schulsozialarbeit", "Familienhebamme",
    "Suchtberatung", "OGS-Platz", "Krabbelgruppe", "Schwimmkurs", "Schuldnerberatung",
)  # fmt: skip
AGES = ("3 J.", "Kind 4", "4 Jahre", "18 Monate", "5. Klasse", "7 Jahre", "2 J.", "11 Jahre")
PHONES = (
    "0171 2345678", "0171/2345678", "0171-2345678", "+49 171 2345678", "+49 (0)2307 123456",
    "02307/123456", "02307 12 34 56", "0049 2303 123456", "(02303) 123456", "0152 23456789",
    "0157-12345678", "02389 / 98765", "+491761234567", "0231 4567890",
)  # fmt: skip
DATES = ("03.05.2021", "3.5.21", "2021-05-03", "3. Mai 2021", "03/05/2021", "12.03.2019",
         "1. Februar 2020", "27.11.2018", "9.9.2022", "14. Okt. 2017")  # fmt: skip
STREETS = (
    "Hauptstraße 12", "Bahnhofstr. 5a", "Am Markt 3", "Unnaer Straße 14", "Kamener Str. 101",
    "Nordstraße 7", "Westicker Str. 22", "Hellweg 20", "Im Sundern 4", "Heerener Straße 88",
    "Gahmener Str. 3", "Ostring 15", "Kurt-Schumacher-Straße 2", "Lange Reihe 4",
    "Dortmunder Allee 9", "An der Kirche 1",
)  # fmt: skip
DOMAINS = ("web.de", "gmx.de", "t-online.de", "gmail.com", "outlook.de")

TEMPLATES = (
    "{first}, {age}, Vater trinkt, {place}. Wer kann helfen? Mutter erreichbar unter {phone}",
    "Kind {first} ({n}) aus {place} braucht {need}. Mutter: Frau {surname}, Tel. {phone}",
    "Familie {surname} in {place} ({street}) sucht {need} für Tochter {first}, geb. {dob}",
    "Hallo, ich bin Lehrerin in {place}. Schüler {first} {surname}, {age}, {need}? "
    "Kontakt: {email}",
    "{need} in {place} für {first} {surname} (geb. {dob}), Telefon {phone}",
    "Herr {surname} aus {place} fragt nach {need} für seinen Sohn ({age}). Erreichbar: {phone} "
    "oder {email}",
    "Mutter ({first} {surname}, {street}, {town}) sucht {need} für Baby, * {dob}",
    "Bitte an {handle} weiterleiten: {need} in {place} für {age}",
    "Siehe {link} – gibt es {need} in {place}? {first}, {age}",
    "Patientin {first} {surname}, {age}, {place}: {need}. Rückruf {phone}",
    "{first} ist {n} Jahre alt, wohnt {street} in {place} und braucht {need}",
    "Pflegekind {first} (geboren am {dob}) in {place}, {need} gesucht",
    "Fam. {surname}, {town}, Kinder {first} und {first2} ({n} und {n2}), {need}",
    "Meine Klientin Frau {surname} ({email}) sucht {need} in {place} für ihre Tochter, {age}",
    "Junge {first} {surname} ({n}), {place}, {need} dringend, Vater unter {phone}",
    "Wer kennt {need} in {place}? Es geht um {first} ({age}), Adresse {street}",
)


@dataclass
class Sample:
    text: str
    planted: list[tuple[str, str]] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)


def _email(rng: random.Random, first: str, surname: str) -> str:
    plain = re.sub(
        r"[^a-z]", "", first.lower().translate(str.maketrans("äöüşçğıłśżźćńę", "aousgcilszzcne"))
    )
    style = rng.randrange(3)
    family = re.sub(r"[^a-z]", "", surname.lower())
    local = (f"{plain}.{family}", f"mama{plain}{rng.randint(1, 99)}",
             f"{plain}_{rng.randint(1980, 2005)}")[style]  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def corpus(size: int = 240, seed: int = 2024) -> list[Sample]:
    rng = random.Random(seed)
    samples = []
    for index in range(size):
        template = TEMPLATES[index % len(TEMPLATES)]
        first, first2 = rng.sample(FIRST, 2)
        surname = rng.choice(SURNAMES)
        values = {
            "first": first, "first2": first2, "surname": surname, "age": rng.choice(AGES),
            "n": str(rng.randint(2, 12)), "n2": str(rng.randint(2, 12)),
            "place": rng.choice(PLACES), "need": rng.choice(NEEDS), "phone": rng.choice(PHONES),
            "dob": rng.choice(DATES), "street": rng.choice(STREETS), "town": rng.choice(TOWNS),
            "email": _email(rng, first, surname),
            "handle": "@" + rng.choice(("mama_", "fam_", "papa", "kita_")) + first.lower()[:4]
            + str(rng.randint(10, 99)),
            "link": rng.choice(("https://t.me/", "www.facebook.com/", "instagram.com/"))
            + surname.lower()[:5] + str(rng.randint(1, 9)),
        }  # fmt: skip
        text = template.format(**values)
        kinds = {"first": "name", "first2": "name", "surname": "name", "phone": "phone",
                 "dob": "date", "street": "address", "email": "email", "handle": "handle",
                 "link": "link"}  # fmt: skip
        planted = [
            (kind, values[slot]) for slot, kind in kinds.items() if f"{{{slot}}}" in template
        ]
        keep = [values[s] for s in ("age", "place", "need") if f"{{{s}}}" in template]
        if "{town}" in template:
            keep.append(values["town"])
        samples.append(Sample(text, planted, keep))
    return samples


def leaked(kind: str, value: str, redacted: str) -> bool:
    """Tell whether a planted value can still be read in the redacted text."""
    if kind == "name":
        return re.search(rf"(?<![\w-]){re.escape(value)}(?![\w-])", redacted) is not None
    if kind == "phone":
        digits = re.sub(r"\D", "", value)
        tail = digits[-5:]
        return any(tail in run for run in re.findall(r"\d+", redacted.replace(" ", "")))
    if kind == "address":
        street = re.sub(r"\s*\d+\s?[a-z]?$", "", value)
        return street in redacted or value in redacted
    if kind == "email":
        return value.split("@")[0] in redacted
    return value in redacted


def measure(
    redact, samples: list[Sample]
) -> tuple[dict[str, tuple[int, int]], list[str], list[str]]:  # type: ignore[no-untyped-def]
    """Return {kind: (found, planted)}, the misses and the destroyed keep-words."""
    totals: dict[str, list[int]] = {}
    misses: list[str] = []
    destroyed: list[str] = []
    for sample in samples:
        redacted = redact(sample.text)
        for kind, value in sample.planted:
            total = totals.setdefault(kind, [0, 0])
            total[1] += 1
            if leaked(kind, value, redacted):
                misses.append(f"{kind}: {value!r} in {redacted!r}")
            else:
                total[0] += 1
        destroyed += [f"{word!r} in {redacted!r}" for word in sample.keep if word not in redacted]
    return {k: (v[0], v[1]) for k, v in totals.items()}, misses, destroyed


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from bot.privacy import redact

    samples = corpus()
    with (Path(__file__).parent / "corpus.jsonl").open("w", encoding="utf-8") as handle:
        for sample in samples:
            handle.write(json.dumps(asdict(sample), ensure_ascii=False) + "\n")
    totals, misses, destroyed = measure(redact, samples)
    found = sum(f for f, _ in totals.values())
    planted = sum(p for _, p in totals.values())
    print(f"{len(samples)} requests, {planted} planted items, recall {found / planted:.3f}")
    for kind, (f, p) in sorted(totals.items()):
        print(f"  {kind:8s} {f:4d}/{p:<4d} {f / p:.3f}")
    print(f"missed ({len(misses)}):", *misses, sep="\n  ")
    print(f"need/age/place words destroyed ({len(destroyed)}):", *destroyed, sep="\n  ")
    totals, misses, destroyed = measure(redact, held_out())
    found = sum(f for f, _ in totals.values())
    planted = sum(p for _, p in totals.values())
    print(f"\nheld-out: {len(HELD_OUT)} requests, {planted} items, recall {found / planted:.3f}")
    for kind, (f, p) in sorted(totals.items()):
        print(f"  {kind:8s} {f:4d}/{p:<4d} {f / p:.3f}")
    print(f"missed ({len(misses)}):", *misses, sep="\n  ")
    print(f"need/age/place words destroyed ({len(destroyed)}):", *destroyed, sep="\n  ")
    return 0


# Written by hand after the rules were tuned on `corpus()`, and not tuned on: the honest figure.
HELD_OUT: tuple[tuple[str, tuple[tuple[str, str], ...], tuple[str, ...]], ...] = (
    (
        "kleiner Malik (5) aus Bönen, Sprachförderung? Oma kümmert sich, 0176 98765432",
        (("name", "Malik"), ("phone", "0176 98765432")),
        ("Bönen", "Sprachförderung"),
    ),
    (
        "Elternkurs Kamen gesucht – Eltern von Anouk, 6 J., melden sich unter anouk.mama@web.de",
        (("name", "Anouk"), ("email", "anouk.mama@web.de")),
        ("Elternkurs", "Kamen", "6 J."),
    ),
    (
        "Hr. Wojciechowski (Vater von Tamina) bittet um Rückruf 02303-254411, Thema Schulangst",
        (("name", "Wojciechowski"), ("name", "Tamina"), ("phone", "02303-254411")),
        ("Schulangst",),
    ),
    (
        "Kind der Familie Nguyen-Schulte, 3 Jahre, Kamen-Methler, braucht Frühförderung",
        (("name", "Nguyen-Schulte"),),
        ("3 Jahre", "Kamen-Methler", "Frühförderung"),
    ),
    (
        "Pia-Sophie, geb. am 4.7.2020, Heeren, Logopädie-Warteliste zu lang",
        (("name", "Pia-Sophie"), ("date", "4.7.2020")),
        ("Heeren",),
    ),
    (
        "Schreibaby in Selm: Mama Janina K., Lindenweg 7, Handy 0160 1234567",
        (("name", "Janina"), ("address", "Lindenweg 7"), ("phone", "0160 1234567")),
        ("Selm",),
    ),
    (
        "Ich betreue Dilan und Rojhat (Zwillinge, 4) in Lünen-Süd, Kita-Platz fehlt",
        (("name", "Dilan"), ("name", "Rojhat")),
        ("Lünen-Süd",),
    ),
    (
        "Frau Dr. Stachowiak-Brenner aus Werne fragt nach Erziehungsberatung auf Polnisch",
        (("name", "Stachowiak-Brenner"),),
        ("Werne", "Erziehungsberatung"),
    ),
    (
        "Vater heißt Abdulkarim, kommt aus Syrien, Kind 2, Unna – Babygruppe auf Arabisch?",
        (("name", "Abdulkarim"),),
        ("Kind 2", "Unna"),
    ),
    (
        "Melde mich für Luisa-Marie (*15.08.2019): Ergotherapie in Schwerte, Tel 02304/77889",
        (("name", "Luisa-Marie"), ("date", "15.08.2019"), ("phone", "02304/77889")),
        ("Schwerte",),
    ),
    (
        "Jugendliche Xenia T. (15) aus Holzwickede sucht Beratung bei Essstörung",
        (("name", "Xenia"),),
        ("Holzwickede", "(15)"),
    ),
    (
        "Instagram: @selin.beauty.2010 – Mobbing, 13 J., Bergkamen-Oberaden",
        (("handle", "@selin.beauty.2010"),),
        ("13 J.", "Bergkamen-Oberaden", "Mobbing"),
    ),
    (
        "Mutter Svetlana Horbunova bittet um Hebamme in Fröndenberg, ET 12.09.2026",
        (("name", "Svetlana"), ("name", "Horbunova"), ("date", "12.09.2026")),
        ("Fröndenberg",),
    ),
    (
        "Amadou (8) wohnt bei Tante in Kamen, Kirchstraße 3a, braucht Nachhilfe",
        (("name", "Amadou"), ("address", "Kirchstraße 3a")),
        ("Kamen", "Nachhilfe"),
    ),
    (
        "Bitte Rückruf an Familie Al-Masri: 015112345678, Thema Schwimmkurs Unna",
        (("name", "Al-Masri"), ("phone", "015112345678")),
        ("Schwimmkurs", "Unna"),
    ),
    (
        "Hannelore (Pflegeoma) sucht Freizeitangebot für Enkel Jannek, 10, Lünen",
        (("name", "Hannelore"), ("name", "Jannek")),
        ("Lünen",),
    ),
    (
        "www.kita-sonnenschein-kamen.de sagt kein Platz; Kind Emre-Can, 2, Kamen",
        (("name", "Emre-Can"),),
        ("Kamen",),
    ),
    (
        "Suche Erziehungsberatung, Eltern getrennt, Kinder Noel & Jolina, 5 und 7, Selm-Bork",
        (("name", "Noel"), ("name", "Jolina")),
        ("Erziehungsberatung", "Selm-Bork"),
    ),
    (
        "Mail an kontakt@familie-tomczak.de, Sohn Wiktor, 9, ADHS, Schwerte",
        (("email", "kontakt@familie-tomczak.de"), ("name", "Wiktor")),
        ("ADHS", "Schwerte"),
    ),
    (
        "Anfrage von Ljudmyla Petrenko, Massener Hellweg 44, 59427 Unna: Deutschkurs mit "
        "Kinderbetreuung",
        (("name", "Ljudmyla"), ("name", "Petrenko"), ("address", "Massener Hellweg 44")),
        ("59427 Unna", "Deutschkurs"),
    ),
)


def held_out() -> list[Sample]:
    return [
        Sample(text, [tuple(p) for p in planted], list(keep))  # type: ignore[misc]
        for text, planted, keep in HELD_OUT
    ]


if __name__ == "__main__":
    raise SystemExit(main())
