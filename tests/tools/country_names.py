"""Regenerate `bot/data/country_names.tsv` from Babel's locale data.

    python tests/tools/country_names.py

Run it after changing the aliases in `bot/vocabulary/country_names.py` or upgrading Babel;
`tests/test_understanding_origins.py` fails while the file and Babel disagree.
"""

from __future__ import annotations

from bot.vocabulary.country_names import TABLE, generate, render

if __name__ == "__main__":
    TABLE.write_text(render(generate()), "utf-8")
    print(f"wrote {TABLE}")
