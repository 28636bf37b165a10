"""Read an XML export (Kita-Navigator, Familienportal, a CMS) as the nested data JSON gives.

Portals that export XML shape it like their database, as JSON exports are shaped: one element
per offer (`<einrichtung id="…">`) with nested address and contact elements, attributes and
elements mixed (`<geo lat="…" lon="…"/>`, `<traeger art="frei">Name</traeger>`) and repeated
elements for lists (`<angebotsform>U3</angebotsform><angebotsform>Ü3</angebotsform>`). Turned
into dicts and lists, the JSON reader (`records.py`) finds the records and names the columns by
their paths, so XML needs no header words of its own.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

TEXT = "text"  # the text of an element that also has attributes: a generic leaf (headers.py)


def _local(tag: str) -> str:
    """A tag or attribute without its namespace (`{urn:…}einrichtung` → `einrichtung`)."""
    return tag.rsplit("}", 1)[-1]


def _value(element: ElementTree.Element) -> object:
    """An element as JSON would hold it: text, a dict of its parts, or a list of its items."""
    children = list(element)
    attributes = {_local(k): v.strip() for k, v in element.attrib.items() if v.strip()}
    text = (element.text or "").strip()
    if not children and not attributes:
        return text or None
    value: dict[str, object] = dict(attributes)
    tags = [_local(child.tag) for child in children]
    if len(children) > 1 and len(set(tags)) == 1:
        # a container of records or of repeated values (`<einrichtungen>`, `<schwerpunkte>`)
        items = [_value(child) for child in children]
        if not attributes:
            return items
        value[tags[0]] = items
        return value
    for tag, child in zip(tags, children, strict=True):
        inner = _value(child)
        if tags.count(tag) > 1:
            existing = value.setdefault(tag, [])
            if isinstance(existing, list):
                existing.append(inner)
        else:
            value.setdefault(tag, inner)
    if text and not children:
        value[TEXT] = text
    return value


class XmlError(ValueError):
    """A file that is no well-formed XML; `line` is where the parser gave up."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


def read_xml(path: Path) -> object:
    """The document's root as nested dicts and lists; raises XmlError when it is no XML."""
    try:
        root = ElementTree.parse(Path(path)).getroot()
    except ElementTree.ParseError as error:
        raise XmlError(str(error), error.position[0]) from error
    return {_local(root.tag): _value(root)}
