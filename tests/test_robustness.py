"""Bad input never crashes the assistant: property-based tests over hostile and odd text.

Professionals paste anything: empty lines, whole e-mails, emoji, Arabic or Hebrew, control
characters from a PDF, search syntax. Whatever arrives, `understand` and `match` return an
answer, `ask` prints exactly one valid JSON line per input line and `chat` answers every line
and says goodbye. The age parser is checked against its documented arithmetic.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.catalogue import Catalogue
from bot.channels.batch import run_ask
from bot.channels.console import QUIT, run_chat
from bot.i18n import _
from bot.matching import match
from bot.settings import SHIPPED_CATALOGUE, Settings
from bot.text import fold
from bot.understanding import understand
from bot.understanding.age import parse_age

NASTY = (
    "", " ", "\t", "\x00", "a\x00b", "Kind\x00 3 Jahre", "\x1b[31mrot\x1b[0m", "\x7f\x08\x0c",
    "'; DROP TABLE offers; --", "Robert'); DROP TABLE gaps;--", '"a" OR "b"', "NEAR(x y)",
    "*", "%", "_", "\\", "a AND NOT b", "offers MATCH '*'", "{}", "[]", "null", '{"q": 1}',
    "Kind 99999999999999999999999999999 Jahre", "Baby 123456789012345678901234567890 Monate",
    "-5 Jahre", "Kind 0 Jahre", "Kind 3,5,5,5,5 Jahre", "12.5.2020 geboren", "1e308 Jahre",
    "طفل عمره ٣ سنوات في كامن يحتاج دعم لغوي", "ילד בן 5 בקמן צריך עזרה",
    "\u202eKamen\u202c Kita", "\u200b\u200c\u200d\ufeff", "👶🏽 Kita 🧒‍🦱 in Unna 🙏",
    "K̶i̶n̶d̶ 3̶", "İstanbul'dan gelen aile, çocuk 4 yaşında, Türkçe", "ﬁnanzielle Hilfe",
    "３ Jahre", "³ Jahre", "𝟑 Jahre alt", "Ⅻ. Klasse", "Kind ٣ Jahre", "ẞ" * 500,
    "Дитина 5 років, Лінен, українською", "孩子三岁 Kamen", "\u2028Zeile\u2029Absatz",
)
ODD_CATEGORIES = ["Cc", "Cf", "Co", "Cn", "Mn", "Me", "Nd", "Nl", "No", "Zl", "Zp", "Zs", "So",
                  "Sk", "Lo", "Lm", "Pd", "Ps", "Pe"]  # fmt: skip
ODD_CHARACTERS = st.characters(categories=ODD_CATEGORIES)
REPEATED = (*NASTY[:24], "x", "Kind 3 J. ")
SOME_TEXT = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=200),
    st.text(ODD_CHARACTERS, max_size=100),
    st.builds(
        lambda a, b: f"Kind 3 Jahre {a} Kamen {b}",
        st.sampled_from(NASTY),
        st.text(ODD_CHARACTERS, max_size=30),
    ),
    st.builds(
        lambda part, times: (part * times)[:10_000],
        st.sampled_from(REPEATED),
        st.integers(1000, 10_000),
    ),
    st.integers(min_value=-(10**40), max_value=10**40).map(lambda n: f"Kind {n} Jahre"),
)
# one input line for ask and chat: no line breaks inside
ONE_LINE = SOME_TEXT.map(lambda text: text.replace("\n", " ").replace("\r", " "))
MODEST = settings(max_examples=120, deadline=None,
                  suppress_health_check=[HealthCheck.too_slow])  # fmt: skip
# ask and chat open a whole assistant per example: fewer examples, several lines each
CHANNEL = settings(MODEST, max_examples=20)


class _Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def logged_errors() -> Iterator[list[logging.LogRecord]]:
    """Collect ERROR records of the bot (a swallowed exception is still a crash)."""
    handler = _Errors()
    logger = logging.getLogger("bot")
    logger.addHandler(handler)
    try:
        yield handler.records
    finally:
        logger.removeHandler(handler)


# The parser never goes beyond the catalogue's own upper bound of 323 months.
PARSER_LIMIT = 323


def no_log_settings(tmp: Path) -> Settings:
    return Settings(catalogue=SHIPPED_CATALOGUE, state=tmp / "state.db", secret="test")


@MODEST
@given(text=SOME_TEXT)
def test_understand_and_match_never_raise(catalogue: Catalogue, text: str) -> None:
    request = understand(text, catalogue)
    assert request.age is None or -9 <= request.age.low <= request.age.high <= PARSER_LIMIT
    assert request.place is None or request.place in catalogue.gazetteer
    answer = match(request, catalogue)
    json.dumps(answer.to_json(), ensure_ascii=False)
    for hit in answer.offers:  # as the answer understood it, a suggested need joined
        assert set(hit.offer.topics) & set(answer.request.topics)


@CHANNEL
@given(lines=st.lists(ONE_LINE, min_size=1, max_size=6))
def test_ask_prints_one_valid_json_line_per_input_line(tmp_path_factory, lines: list[str]) -> None:
    stdout = io.StringIO()
    args = argparse.Namespace(query=["-"], json=True, no_log=True)
    settings = no_log_settings(tmp_path_factory.mktemp("ask"))
    with logged_errors() as errors:
        code = run_ask(args, settings, stdin=io.StringIO("\n".join(lines) + "\n"), stdout=stdout)
    assert code == 0
    assert not errors, [r.getMessage() for r in errors]
    printed = stdout.getvalue().split("\n")
    assert printed[-1] == ""  # every answer ends its line
    answers = [json.loads(line) for line in printed[:-1]]
    assert len(answers) == len(lines)
    for answer in answers:
        assert set(answer) >= {"query", "understood", "offers", "gap", "missing", "question"}


def test_ask_through_the_command_line_reads_stdin(monkeypatch, tmp_path: Path) -> None:
    from bot.cli import main

    lines = ["'; DROP TABLE offers; --", "", "\x00", "Kind 3 Jahre Sprachförderung in Kamen"]
    monkeypatch.setenv("LOTSE_STATE", str(tmp_path / "state.db"))
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    stdout = io.StringIO()
    monkeypatch.setattr("sys.stdout", stdout)
    assert main(["ask", "--json", "--no-log", "-"]) == 0
    answers = [json.loads(line) for line in stdout.getvalue().splitlines()]
    assert len(answers) == len(lines)
    assert answers[-1]["offers"] and answers[-1]["understood"]["place"] == "kamen"


class _Writes(io.StringIO):
    """Remember every write: the chat writes each reply in one piece."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[str] = []

    def write(self, text: str) -> int:
        self.writes.append(text)
        return super().write(text)


@CHANNEL
@given(lines=st.lists(ONE_LINE, min_size=1, max_size=6))
def test_chat_answers_every_line_and_says_goodbye(tmp_path_factory, lines: list[str]) -> None:
    expected = 0
    for line in lines:
        text = line.strip()
        if text.lower() in QUIT:
            break
        expected += bool(text)
    stdout = _Writes()
    args = argparse.Namespace(place=None, no_log=False)
    settings = no_log_settings(tmp_path_factory.mktemp("chat"))
    with logged_errors() as errors:
        code = run_chat(args, settings, stdin=io.StringIO("\n".join(lines) + "\n"), stdout=stdout)
    assert code == 0
    assert not errors, [r.getMessage() for r in errors]
    sorry = _("Sorry, something went wrong with this message. Please try again in other words.")
    assert not any(sorry in write for write in stdout.writes)
    replies = stdout.writes[1:-1]
    assert len(replies) == expected
    assert all(reply.strip() for reply in replies)
    assert stdout.writes[-1] == _("Goodbye!") + "\n"


# --- the age parser's arithmetic -------------------------------------------------------------

YEAR_TEXTS = ("Kind {n} Jahre", "{n}-Jährige", "Sohn, {n}", "Tochter ({n})", "{n} Jahre alt",
              "Mein Schüler ist {n} J.")  # fmt: skip
NUMBER_WORDS = ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
                "zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn",
                "siebzehn")  # fmt: skip


def age_of(text: str) -> tuple[int, int] | None:
    found = parse_age(fold(text))
    return None if found is None else (found.low, found.high)


@settings(max_examples=150, deadline=None)
@given(n=st.integers(1, 17), template=st.sampled_from(YEAR_TEXTS))
def test_an_age_in_years_is_that_whole_year_in_months(n: int, template: str) -> None:
    assert age_of(template.format(n=n)) == (12 * n, 12 * n + 11)


@settings(max_examples=60, deadline=None)
@given(m=st.integers(0, 23))
def test_a_baby_in_months_is_that_month(m: int) -> None:
    assert age_of(f"Baby {m} Monate") == (m, m)


@settings(max_examples=60, deadline=None)
@given(k=st.integers(1, 13))
def test_a_school_year_is_the_year_children_usually_are_in_it(k: int) -> None:
    assert age_of(f"{k}. Klasse") == ((k + 5) * 12, (k + 5) * 12 + 11)


@settings(max_examples=60, deadline=None)
@given(n=st.integers(1, 17), ending=st.sampled_from(("jährig", "jährige", "jähriger", "jähriges")))
def test_number_words_count_like_digits(n: int, ending: str) -> None:
    word = NUMBER_WORDS[n - 1]
    assert age_of(f"{word}{ending} Kind".capitalize()) == (12 * n, 12 * n + 11)
    if n > 1:
        assert age_of(f"Kind, {word} Jahre alt") == (12 * n, 12 * n + 11)


@settings(max_examples=200, deadline=None)
@given(text=SOME_TEXT)
def test_parse_age_never_raises_and_stays_in_its_range(text: str) -> None:
    found = parse_age(fold(text))
    assert found is None or -9 <= found.low <= found.high <= PARSER_LIMIT


def test_parse_age_stays_within_the_catalogue_age_range() -> None:
    for text in ("27J", "Kind 27 Jahre", "Sohn, 27", "324 Monate"):
        found = parse_age(fold(text))
        assert found is None or found.high <= 323, text
