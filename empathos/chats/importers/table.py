"""Chats as tables: CSV with a header row, or JSON Lines (one object per line).

Columns (CSV) or keys (JSONL) are matched case-insensitively; the first name found wins:

    timestamp   timestamp, datetime, date, time
    sender      sender, author, from, name
    text        text, message, body, content

Timestamps are ISO 8601 ("2023-12-31T21:05", "2023-12-31 21:05:33", with an offset or "Z"
the wall time is kept as written) or Unix epoch seconds, read as this computer's local
time. CSV fields are separated by ",", ";" or tabs, whichever the header has most of;
quoted fields may span lines, and a row's line number is the line it starts on. Blank
lines hold nothing and are not reported.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime
from itertools import islice
from pathlib import Path

from empathos.chats.importers._source import Source, deliver
from empathos.core.lookback.messages import ChatMessage, Skipped
from empathos.errors import InputError

ALIASES: dict[str, tuple[str, ...]] = {
    "timestamp": ("timestamp", "datetime", "date", "time"),
    "sender": ("sender", "author", "from", "name"),
    "text": ("text", "message", "body", "content"),
}
_EPOCH = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_DELIMITERS = ",;\t"
_JSONL_HEAD_LINES = 1_000  # where to look for a first record to check the keys of

MISSING_TIMESTAMP = "missing timestamp"
UNREADABLE_TIMESTAMP = "unreadable timestamp"
MISSING_SENDER = "missing sender"
EMPTY = "empty message"
NOT_JSON = "not valid JSON"
NOT_AN_OBJECT = "not a JSON object"


def parse_timestamp(value: object) -> datetime | None:
    """A naive wall-clock time from ISO 8601 text or epoch seconds; None if neither."""
    if isinstance(value, str):
        value = value.strip()
        if not _EPOCH.fullmatch(value):
            try:
                return datetime.fromisoformat(value).replace(tzinfo=None)
            except ValueError:
                return None
        value = float(value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return datetime.fromtimestamp(value)
    except (OverflowError, OSError, ValueError):
        return None


def find_columns(names: Iterable[str]) -> dict[str, str | None]:
    """For each role, the first of `names` (as given) that is one of its aliases."""
    by_alias = {name.strip().lower(): name for name in names}
    return {
        role: next((by_alias[alias] for alias in aliases if alias in by_alias), None)
        for role, aliases in ALIASES.items()
    }


def _require_columns(names: list[str], where: str) -> dict[str, str]:
    found = find_columns(names)
    missing = [role for role, name in found.items() if name is None]
    if missing:
        wanted = "; ".join(f"{role} (or {', '.join(ALIASES[role][1:])})" for role in missing)
        raise InputError(
            f"{where} lacks {wanted}. Found: {', '.join(map(repr, names)) or 'nothing'}."
            " Rename the columns to timestamp, sender and text."
        )
    return {role: name for role, name in found.items() if name is not None}


def _as_text(value: object) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def _message(fields: Mapping[str, object], line: int, raw: str) -> ChatMessage | Skipped:
    timestamp = fields.get("timestamp")
    if timestamp is None or timestamp == "":
        return Skipped(line, MISSING_TIMESTAMP, raw)
    sent_at = parse_timestamp(timestamp)
    if sent_at is None:
        return Skipped(line, UNREADABLE_TIMESTAMP, raw)
    sender = _as_text(fields.get("sender"))
    if not sender:
        return Skipped(line, MISSING_SENDER, raw)
    text = _as_text(fields.get("text"))
    if not text:
        return Skipped(line, EMPTY, raw)
    return ChatMessage(sent_at, sender, text, line)


class CsvExport:
    """A CSV table with a header row; the header is checked when opened."""

    format = "csv"

    def __init__(self, source: Source) -> None:
        self.source = source
        self.path: Path = source.path
        header_line = next((line for line in source.lines() if line.strip()), "")
        self._delimiter = max(_DELIMITERS, key=header_line.count)
        header = next(csv.reader([header_line], delimiter=self._delimiter))
        columns = _require_columns(header, f"{source.label}: the CSV header")
        self._indexes = {role: header.index(name) for role, name in columns.items()}

    def messages(self, skip: Callable[[Skipped], None]) -> Iterator[ChatMessage]:
        return deliver(self._rows(), skip)

    def _rows(self) -> Iterator[ChatMessage | Skipped]:
        reader = csv.reader(self.source.lines(), delimiter=self._delimiter)
        header_seen = False
        start = 1
        while True:
            try:
                row = next(reader, None)
            except csv.Error as exc:
                raise InputError(f"{self.source.label}, line {start}: {exc}.") from None
            if row is None:
                return
            line, start = start, reader.line_num + 1
            if not any(field.strip() for field in row):
                continue
            if not header_seen:
                header_seen = True
                continue
            fields = {role: row[i] for role, i in self._indexes.items() if i < len(row)}
            yield _message(fields, line, self._delimiter.join(row))


class JsonlExport:
    """JSON Lines, one message object per line; the first object's keys are checked."""

    format = "jsonl"

    def __init__(self, source: Source) -> None:
        self.source = source
        self.path: Path = source.path
        records = map(_record, islice(source.lines(), _JSONL_HEAD_LINES))
        first = next((record for record in records if isinstance(record, dict)), {})
        _require_columns(list(first), f"{source.label}: the first record")

    def messages(self, skip: Callable[[Skipped], None]) -> Iterator[ChatMessage]:
        return deliver(self._lines(), skip)

    def _lines(self) -> Iterator[ChatMessage | Skipped]:
        for number, line in enumerate(self.source.lines(), start=1):
            raw = line.strip()
            if not raw:
                continue
            record = _record(raw)
            if isinstance(record, str):
                yield Skipped(number, record, raw)
                continue
            keys = find_columns(record)
            fields = {role: record[key] for role, key in keys.items() if key is not None}
            yield _message(fields, number, raw)


def _record(line: str) -> dict[str, object] | str:
    """The JSON object on a line, or why there is none."""
    try:
        record = json.loads(line)
    except (ValueError, RecursionError):  # JSONDecodeError is a ValueError
        return NOT_JSON
    return record if isinstance(record, dict) else NOT_AN_OBJECT
