"""A CMS's HTML inside the values of an exported list, read as the page shows it.

Content systems (WordPress, Drupal, TYPO3, the CMS behind a Familienwegweiser) keep their
rich-text HTML when they export: `&#8211;` and `&nbsp;` in titles, `<p>`, `<br />`, `<ul>`
and `&amp;` in descriptions — in JSON values as in the cells of a CSV export. Entities are
resolved, tags dropped, a paragraph, list item or line break kept as a new line.
"""

from __future__ import annotations

import html
import re

_TAG = re.compile(r"<[a-zA-Z/!][^<>]*>")
_BREAK = re.compile(r"(?i)<br\s*/?>|</p\s*>|</li\s*>")
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")


def has_markup(text: str) -> bool:
    """Whether a text holds HTML tags or entities at all (a plain list is left as it is)."""
    return bool(_TAG.search(text) or _ENTITY.search(text))


def plain(text: str) -> str:
    """The text a reader of the page sees."""
    if _TAG.search(text):
        text = _TAG.sub("", _BREAK.sub("\n", text))
    if _ENTITY.search(text):
        text = html.unescape(text)
    return "\n".join(" ".join(line.split()) for line in text.strip().splitlines() if line.strip())


def plain_rows(candidates: list, text: str) -> list:
    """Every cell of a CSV's readings as plain text, when the file holds HTML at all."""
    if not has_markup(text):
        return candidates
    return [
        (name, [(line, [plain(c) if isinstance(c, str) else c for c in cells])
                for line, cells in rows])
        for name, rows in candidates
    ]  # fmt: skip
