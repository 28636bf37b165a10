"""Read an iCalendar file (.ics) as records: a family-education calendar's export.

Event calendars (WordPress "The Events Calendar", church and Familienbildung sites) publish
their courses as iCal. Each VEVENT becomes one record in the nested shape the JSON reader
takes (`records.py`): SUMMARY the offer's title, DESCRIPTION, LOCATION the address (a trailing
country dropped), CATEGORIES the topics, ORGANIZER its name (`CN`) and e-mail, GEO the point,
DTSTART the date. Folded lines (RFC 5545: a continuation starts with a space) are joined and
escaped characters (`\\,`, `\\n`) read back.
"""

from __future__ import annotations

import re
from pathlib import Path

_COUNTRY = re.compile(r"(?i),\s*(deutschland|germany|de)\s*$")
_UNESCAPE = re.compile(r"\\([\\,;nN])")


class IcalError(ValueError):
    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


def _text(value: str) -> str:
    return _UNESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value).strip()


def _split(value: str, separator: str) -> list[str]:
    parts = (_text(part) for part in re.split(rf"(?<!\\){re.escape(separator)}", value))
    return [part for part in parts if part]


def _lines(text: str) -> list[tuple[int, str]]:
    """Unfold the content lines, each with the number of its first physical line."""
    lines: list[tuple[int, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line[:1] in (" ", "\t") and lines:
            lines[-1] = (lines[-1][0], lines[-1][1] + line[1:])
        elif line.strip():
            lines.append((number, line))
    return lines


def _params(head: str) -> tuple[str, dict[str, str]]:
    name, *rest = re.split(r';(?=(?:[^"]*"[^"]*")*[^"]*$)', head)
    params = {}
    for item in rest:
        key, _sep, value = item.partition("=")
        params[key.upper()] = value.strip('"')
    return name.upper(), params


def _date(value: str) -> str:
    match = re.match(r"(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2}))?", value)
    if not match:
        return value
    year, month, day, hour, minute = match.groups()
    return f"{year}-{month}-{day}" + (f" {hour}:{minute}" if hour else "")


def read_ical(path: Path) -> list[dict[str, object]]:
    """Return the calendar's events as records; IcalError when the file is no calendar."""
    text = Path(path).read_bytes().decode("utf-8-sig", errors="strict")
    lines = _lines(text)
    if not lines or lines[0][1].strip().upper() != "BEGIN:VCALENDAR":
        raise IcalError("no BEGIN:VCALENDAR line", 1)
    events: list[dict[str, object]] = []
    event: dict[str, object] | None = None
    for _number, line in lines:
        head, _sep, value = line.partition(":")
        name, params = _params(head)
        if name == "BEGIN" and value.strip().upper() == "VEVENT":
            event = {}
        elif name == "END" and value.strip().upper() == "VEVENT" and event is not None:
            events.append(event)
            event = None
        elif event is not None:
            _property(event, name, params, value)
    return events


def _property(event: dict[str, object], name: str, params: dict[str, str], value: str) -> None:
    if name == "SUMMARY":
        event["title"] = _text(value)
    elif name == "DESCRIPTION":
        event["description"] = _text(value)
    elif name == "LOCATION":
        event["address"] = _COUNTRY.sub("", _text(value))
    elif name == "CATEGORIES":
        event.setdefault("categories", [])
        event["categories"] += _split(value, ",")  # type: ignore[operator]
    elif name == "ORGANIZER":
        mail = value[7:] if value.lower().startswith("mailto:") else ""
        event["organizer"] = {"name": params.get("CN", ""), "email": mail}
    elif name == "GEO" and ";" in value:
        lat, lon = value.split(";", 1)
        event["geo"] = {"lat": lat.strip(), "lon": lon.strip()}
    elif name == "URL":
        event["url"] = value.strip()
    elif name == "UID":
        event["id"] = value.strip()
    elif name == "DTSTART":
        event["startdate"] = _date(value.strip())
    elif name == "LAST-MODIFIED":
        event["last updated"] = _date(value.strip())[:10]
