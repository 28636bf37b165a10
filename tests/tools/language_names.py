"""Regenerate `bot/data/language_names.tsv` from Babel's locale data.

    python tests/tools/language_names.py

Run it after changing `[names]` in `bot/data/language_frames.toml` or upgrading Babel;
`tests/test_understanding_languages.py` fails while the file and Babel disagree.
"""

from __future__ import annotations

from bot.understanding.language_names import TABLE, generate, render

if __name__ == "__main__":
    TABLE.write_text(render(generate()), "utf-8")
    print(f"wrote {TABLE}")
