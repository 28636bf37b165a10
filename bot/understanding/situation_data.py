"""The words of `bot/data/situations.toml`, read once for the situation readers."""

from __future__ import annotations

import tomllib
from functools import cache
from typing import Any

from bot.vocabulary.lexicon import DATA


@cache
def situations() -> dict[str, Any]:
    """`situations.toml`, read once."""
    with (DATA / "situations.toml").open("rb") as handle:
        return tomllib.load(handle)
