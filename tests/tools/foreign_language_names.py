"""Regenerate `bot/data/foreign_language_names.tsv` from Babel's locale data.

    python tests/tools/foreign_language_names.py

Run it after changing a section's `babel` or `babel_forms` in `bot/data/foreign.toml` or
upgrading Babel; `tests/test_understanding_dialects_and_wishes.py` fails while they disagree.
"""

from __future__ import annotations

from bot.understanding.foreign_names import TABLE, generate, render

if __name__ == "__main__":
    TABLE.write_text(render(generate()), "utf-8")
    print(f"wrote {TABLE}")
