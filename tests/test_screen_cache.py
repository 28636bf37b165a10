"""The foreign screens' disk cache: a later process reads what an earlier one read, the same.

A core process that replaces a dead one, the bot after a restart and every web worker warm the
foreign rules' screens before their first user; with the cache that costs a file read instead of
about ten seconds of CPU. What is read back must be exactly what the process would have read
itself, and a cache that is missing, broken, switched off or unwritable must cost time only.
"""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path

import pytest

from bot.understanding import screen_cache
from bot.understanding.foreign_rules import vocabulary
from bot.understanding.foreign_vocabulary import DIGIT, Vocabulary
from bot.understanding.gate import needed_strings_in

TEXTS = ("kızım 5 yaşında, kita in kamen", "dziecko 2 lata, coś po polsku? unna",
         "mi hija tiene tres años y habla solo español", "baby 4 months old in kamen")  # fmt: skip


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LOTSE_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _some_keys() -> list[str]:
    keys = sorted(vocabulary().rules)
    return sorted({DIGIT, "und", *keys[::60]} & set(keys))


def _small(keys: list[str]) -> Vocabulary:
    """The shipped rules of a few keys, no screen read yet."""
    shipped = vocabulary()
    return Vocabulary({k: shipped.rules[k] for k in keys}, shipped.numbers, shipped.languages)


def _analyses(keys: list[str]) -> dict[str, screen_cache.Analysis]:
    vocab = _small(keys)
    return {vocab.entry(key): screen_cache.Analysis(vocab.opening(key), vocab.source(key),
                                                    needed_strings_in(vocab.source(key)))
            for key in keys}  # fmt: skip


def test_what_is_read_back_is_what_a_process_reads_itself(cache_dir: Path) -> None:
    keys = _some_keys()
    written = _analyses(keys)
    screen_cache.save(written)
    assert screen_cache.load() == written
    cached, computed = _small(keys), _small(keys)
    cached.analyse_all()  # every key from the file
    for key in keys:
        assert cached.opening(key) == computed.opening(key)
        assert cached.screen(key).needed == computed.screen(key).needed
        for text in TEXTS:
            for at in range(len(text)):
                found = cached.screen(key).match(text, at)
                expected = computed.screen(key).match(text, at)
                assert (found and found.span()) == (expected and expected.span()), (key, text, at)


def test_a_warm_process_writes_the_cache_and_the_next_reads_every_key_from_it(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = _some_keys()
    small = _small(keys)
    small.analyse_all()
    [file] = cache_dir.glob("screens-*.json")
    assert not list(cache_dir.glob(".screens-*"))  # no temporary file is left behind
    assert set(json.loads(file.read_text(encoding="utf-8"))) == {small.entry(k) for k in keys}

    def no_reading(source: str, flags: int = 0) -> object:
        raise AssertionError("a screen was read again although the cache holds it")

    monkeypatch.setattr("bot.understanding.foreign_vocabulary.needed_strings_in", no_reading)
    monkeypatch.setattr("bot.understanding.foreign_vocabulary.openings", no_reading)
    again = _small(keys)
    again.analyse_all()
    assert {k: again.screen(k).source for k in keys} == {k: small.screen(k).source for k in keys}
    assert again.openings == small.openings


def test_a_broken_cache_file_costs_only_the_reading(
    cache_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    file = screen_cache.path()
    assert file is not None
    file.parent.mkdir(parents=True)
    for broken in ("{not json", '{"und": [1, 2]}', '["a list"]'):
        file.write_text(broken, encoding="utf-8")
        with caplog.at_level(logging.WARNING):
            assert screen_cache.load() == {}
    assert "screen cache unreadable" in caplog.text
    _small(["und"]).analyse_all()  # read again and written anew
    assert set(screen_cache.load()) == {_small(["und"]).entry("und")}


def test_switched_off_or_unwritable_the_cache_keeps_nothing_and_fails_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    analyses = _analyses(["und"])
    monkeypatch.setenv("LOTSE_CACHE_DIR", "off")
    screen_cache.save(analyses)
    assert screen_cache.path() is None and screen_cache.load() == {}
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("LOTSE_CACHE_DIR", str(blocked / "cache"))  # below a file: no directory
    screen_cache.save(analyses)
    assert screen_cache.load() == {}


def test_the_file_belongs_to_one_version_of_the_reading_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rules change with nearly every commit and only change their own entries; the code that
    reads them (the module and what it imports, the everyday words) decides the file."""
    package = tmp_path / "bot"
    files = {"understanding/foreign_vocabulary.py": "from bot.understanding.gate import x\n",
             "understanding/gate.py": "from bot.text import fold\nx = 1\n",
             "understanding/__init__.py": "from bot.understanding import other\n",
             "understanding/other.py": "", "text.py": "", "__init__.py": "",
             "data/common_words.txt": "", "data/frequent_words.txt": "",
             "data/foreign.toml": "[tr]\n"}  # fmt: skip
    for name, text in files.items():
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(screen_cache, "PACKAGE", package)
    digests = []
    for name, text in (("", ""), ("__pycache__/x.pyc", "\0"), ("data/foreign.toml", "[tr]\nx=1\n"),
                       ("understanding/other.py", "y = 2\n"), ("text.py", "z = 3\n"),
                       ("data/common_words.txt", "und\n")):  # fmt: skip
        if name:
            (package / name).parent.mkdir(parents=True, exist_ok=True)
            (package / name).write_text(text, encoding="utf-8")
        screen_cache.code_digest.cache_clear()
        digests.append(screen_cache.code_digest())
    screen_cache.code_digest.cache_clear()
    unchanged, compiled, rules, unrelated, imported, words = digests
    assert unchanged == compiled == rules == unrelated
    assert len({unrelated, imported, words}) == 3


def test_an_edited_rule_is_read_again_and_the_others_come_from_the_file(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = _some_keys()
    _small(keys).analyse_all()
    edited = next(k for k in keys if len(vocabulary().rules[k]) > 1)
    shipped = vocabulary()
    rules = {k: shipped.rules[k][1:] if k == edited else shipped.rules[k] for k in keys}
    read: list[str] = []

    def counting(source: str, flags: int = 0) -> tuple[frozenset[str], ...]:
        read.append(source)
        return needed_strings_in(source, flags)

    monkeypatch.setattr("bot.understanding.foreign_vocabulary.needed_strings_in", counting)
    changed = Vocabulary(rules, shipped.numbers, shipped.languages)
    changed.analyse_all()
    assert read == [changed.source(edited)]
    again = Vocabulary(rules, shipped.numbers, shipped.languages)
    again.analyse_all()  # the edited key's new entry was written beside the old ones
    assert read == [changed.source(edited)]


def test_files_of_old_versions_are_removed_after_a_week(cache_dir: Path) -> None:
    cache_dir.mkdir()
    old, recent = cache_dir / "screens-old.json", cache_dir / "screens-recent.json"
    for file in (old, recent):
        file.write_text("{}", encoding="utf-8")
    week_ago = time.time() - screen_cache.STALE_SECONDS - 60
    os.utime(old, (week_ago, week_ago))
    screen_cache.save(_analyses(["und"]))
    assert not old.exists() and recent.exists()


def test_keys_read_on_several_forked_processes_equal_keys_read_in_one(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The test session reads a fresh clone's screens on every core: the file it writes must be
    the one a single process would have written."""
    monkeypatch.setattr("bot.understanding.foreign_vocabulary._CHUNK", 4)
    keys = _some_keys()[:12]  # three chunks: the pool really runs
    _small(keys).analyse_all(workers=2)
    assert screen_cache.load() == _analyses(keys)
    assert screen_cache.written()
