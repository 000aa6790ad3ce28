"""Chat export importers: an export file in, `ChatMessage`s out, every left-out line reported.

`open_chat(path)` detects the format from the content (the extension is only a hint for
CSV), checks what can be checked up front, and returns a `ChatExport` whose `messages(skip)`
streams the file again on each call. Formats: see `SUPPORTED`, and each module's docstring.

Text is UTF-8 (with or without a BOM), or UTF-16/UTF-32 with a BOM; `encoding` overrides.

Why our own parsers: chat-miner 0.6 (MIT), the maintained library the issue suggests,
reads a whole export into a list, configures the root logger at import, joins a
multi-line message with spaces, drops system lines silently (no line numbers), and
pulls in polars, pandas, matplotlib and wordcloud; whatstk is GPL. These readers are
small, stream, and report every line they leave out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol

from empathos.chats.importers import table, whatsapp
from empathos.chats.importers._source import SNIFF_CHARS, open_source
from empathos.chats.importers.telegram import TelegramExport
from empathos.core.lookback.messages import ChatMessage, Skipped
from empathos.errors import InputError

__all__ = ["SUPPORTED", "ChatExport", "open_chat"]

SUPPORTED = (
    "WhatsApp (.txt or .zip, Android and iOS), Telegram Desktop (result.json),"
    " CSV or JSONL with timestamp, sender, text"
)
_FIELD_SEPARATOR = re.compile("[,;\t]")


class ChatExport(Protocol):
    """An opened export. `format` is one of "whatsapp-android", "whatsapp-ios",
    "telegram-json", "csv", "jsonl"; `path` is the file given (the zip for a zipped chat).
    """

    @property
    def format(self) -> str: ...

    @property
    def path(self) -> Path: ...

    def messages(self, skip: Callable[[Skipped], None]) -> Iterator[ChatMessage]:
        """Reads the source from the start, yielding messages in file order and calling
        `skip` for every non-blank line or record left out. May raise InputError mid-way
        (bytes not valid in the encoding, a CSV field over the csv module's size limit)."""
        ...


def open_chat(
    path: Path,
    encoding: str | None = None,
    *,
    dayfirst: bool | None = None,
    chat: str | None = None,
) -> ChatExport:
    """Opens a chat export, detecting its format from its first characters.

    `dayfirst` overrides WhatsApp's inferred date order; `chat` picks one chat by name from
    a Telegram export of all chats. Both are ignored by the other formats.

    Raises InputError for a missing, empty or unrecognized file, a zip without a chat, a
    CSV or JSONL without the needed columns, or a Telegram export of all chats without
    `chat`.
    """
    source = open_source(path, encoding)
    head = source.head()
    if not head.strip():
        raise InputError(f"{source.label} is empty: there are no messages in it.")
    lines = head.split("\n")
    if len(head) == SNIFF_CHARS:
        lines.pop()  # cut short by the sniffing limit
    layout = whatsapp.sniff_layout(lines)
    if layout is not None:
        return whatsapp.WhatsAppExport(source, layout, dayfirst)
    first = next((line.strip() for line in lines if line.strip()), "")
    if head.lstrip().startswith("{"):
        if _is_jsonl_record(first):
            return table.JsonlExport(source)
        return TelegramExport(source, chat)
    if _looks_like_csv(first, source.path):
        return table.CsvExport(source)
    raise InputError(
        f"{source.label} is not a chat export empathos can read. Supported: {SUPPORTED}."
    )


def _is_jsonl_record(line: str) -> bool:
    """Whether the line is a whole JSON object, and not a one-line Telegram export."""
    try:
        record = json.loads(line)
    except ValueError:
        return False
    return isinstance(record, dict) and "messages" not in record and "chats" not in record


def _looks_like_csv(first_line: str, path: Path) -> bool:
    """A .csv file, or a first line naming at least two of the columns."""
    if path.suffix.lower() in (".csv", ".tsv"):
        return True
    found = table.find_columns(
        name.strip().strip('"') for name in _FIELD_SEPARATOR.split(first_line)
    )
    return sum(name is not None for name in found.values()) >= 2
