"""WhatsApp chat exports: the .txt, or the .txt inside the export .zip.

Both layouts, with 12- or 24-hour clocks and "/", "." or "-" between the date parts:

    Android   31/12/2023, 21:05 - Linda: text        12/31/23, 9:05 PM - Josh: text
    iOS       [31/12/2023, 21:05:33] Linda: text     [12/31/23, 9:05:33 PM] Josh: text

Day or month first is read from the whole file: the first date with a part over 12 settles
it (first part over 12: day first; second part over 12: month first). A file without such a
date is month first when its first timestamp has AM/PM and "/" between the date parts (the
US layout), day first otherwise. Years written first (2023-12-31) are always year, month,
day. `dayfirst=True/False` overrides the inference.

Lines without a timestamp continue the message above (joined with "\\n"). Lines with no
"Name: " after the timestamp are system lines (on iOS also "Name: " followed by U+200E, the
mark WhatsApp puts before its own notices) and are skipped. Media placeholders become
kind "media" (text: the caption on the lines below, if any), "This message was deleted"
kind "deleted", and a trailing "<This message was edited>" sets `edited`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from empathos.chats.importers._source import Source, deliver
from empathos.core.lookback.messages import ChatMessage, MessageKind, Skipped

Layout = Literal["android", "ios"]

# Direction marks WhatsApp wraps around names, numbers and its own notices.
_MARKS = "".join(map(chr, [0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]))
_BLANKS_AND_MARKS = " \t\u00a0\u202f" + _MARKS
_DATE = r"(?P<a>[0-9]{1,4})(?P<sep>[./-])(?P<b>[0-9]{1,2})(?P=sep)(?P<c>[0-9]{1,4})\.?"
_TIME = r"(?P<hour>[0-9]{1,2})[:.](?P<minute>[0-9]{2})(?:[:.](?P<second>[0-9]{2}))?"
_AMPM = r"(?:\s*(?P<ampm>[AaPp]\.?\s?[Mm]\.?))?"  # "PM", "pm", "p. m."; \s covers U+202F
_HEADERS: dict[Layout, re.Pattern[str]] = {
    "android": re.compile(rf"[{_MARKS}]*{_DATE},?\s{_TIME}{_AMPM}\s[-\u2013]\s(?P<rest>.*)"),
    "ios": re.compile(rf"[{_MARKS}]*\[{_DATE},?\s{_TIME}{_AMPM}\]\s?(?P<rest>.*)"),
}
_MEDIA = re.compile(
    r"<Media omitted>|<attached: [^>]*>|.* \(file attached\)"
    r"|(?:image|video|audio|sticker|GIF|Contact card) omitted|.*document omitted",
    re.IGNORECASE,
)
_DELETED = re.compile(r"(?:This message was deleted|You deleted this message)\.?")
# Every placeholder ends in one of these: a cheap test that spares most messages the regexes.
_PLACEHOLDER_ENDINGS = ("omitted", ">", ")", "deleted", "deleted.", "message", "message.")
_EDITED = re.compile(r"[\s\u200e]*<This message was edited>\Z")
_EDITED_SUFFIX = "<This message was edited>"

BEFORE_FIRST = "text before the first message"
SYSTEM = "system message"
INVALID_DATE = "invalid date or time"
EMPTY = "empty message"


def sniff_layout(lines: Iterable[str]) -> Layout | None:
    """The layout of the first line that has a WhatsApp timestamp, if any does."""
    for line in lines:
        for layout, header in _HEADERS.items():
            if header.match(line):
                return layout
    return None


def infer_dayfirst(lines: Iterable[str], layout: Layout) -> bool:
    """Day first or month first, by the rule in the module docstring; stops once settled."""
    header = _HEADERS[layout]
    first: re.Match[str] | None = None
    for line in lines:
        match = header.match(line)
        if match is None or len(match["a"]) == 4:
            continue
        first = first or match
        if int(match["a"]) > 12:
            return True
        if int(match["b"]) > 12:
            return False
    return not (first is not None and first["ampm"] and first["sep"] == "/")


class WhatsAppExport:
    """A WhatsApp export; `messages` streams it, one line at a time, on every call."""

    def __init__(self, source: Source, layout: Layout, dayfirst: bool | None = None) -> None:
        self.source = source
        self.path: Path = source.path
        self.format = f"whatsapp-{layout}"
        self._header = _HEADERS[layout]
        # iOS writes its notices as "Chat name: \u200eMessages and calls are ...".
        self._marked_text_is_system = layout == "ios"
        self.dayfirst = infer_dayfirst(source.lines(), layout) if dayfirst is None else dayfirst

    def messages(self, skip: Callable[[Skipped], None]) -> Iterator[ChatMessage]:
        return deliver(self._entries(), skip)

    def _entries(self) -> Iterator[ChatMessage | Skipped]:
        draft: _Draft | None = None
        # Why lines without a timestamp are skipped while no message is open.
        orphan_reason = BEFORE_FIRST
        for number, line in enumerate(self.source.lines(), start=1):
            line = line.removesuffix("\n")
            match = self._header.match(line)
            if match is None:
                if draft is not None:
                    draft.lines.append(line)
                elif line.strip():
                    yield Skipped(number, orphan_reason, line)
                continue
            if draft is not None:
                yield draft.finish()
                draft = None
            sent_at = self._sent_at(match)
            sender, text = self._sender_and_text(match["rest"])
            if sent_at is None:
                orphan_reason = INVALID_DATE
            elif sender is None:
                orphan_reason = SYSTEM
            else:
                draft = _Draft(number, sent_at, sender, [text])
                continue
            yield Skipped(number, orphan_reason, line)
        if draft is not None:
            yield draft.finish()

    def _sent_at(self, match: re.Match[str]) -> datetime | None:
        a, b, c, hour_text, minute, second, ampm = match.group(
            "a", "b", "c", "hour", "minute", "second", "ampm"
        )
        if len(a) == 4:
            year, month, day = a, b, c
        elif self.dayfirst:
            day, month, year = a, b, c
        else:
            month, day, year = a, b, c
        if len(year) not in (2, 4):
            return None
        hour = int(hour_text)
        if ampm:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if ampm[0] in "Pp" else 0)
        try:
            return datetime(
                int(year) + (2000 if len(year) == 2 else 0),
                int(month),
                int(day),
                hour,
                int(minute),
                int(second or 0),
            )
        except ValueError:
            return None

    def _sender_and_text(self, rest: str) -> tuple[str | None, str]:
        """Splits "Name: text" on its first ": "; no sender means a system line."""
        name, colon, text = rest.partition(": ")
        # A quote in the "name" is a system line quoting a group subject that has ": " in it.
        if not colon or '"' in name or "\u201c" in name:
            return None, rest
        sender = name.strip(_BLANKS_AND_MARKS).removeprefix("~").strip(_BLANKS_AND_MARKS)
        if not sender:
            return None, rest
        if (
            self._marked_text_is_system
            and text.startswith("\u200e")
            and _placeholder_kind(text.strip(_BLANKS_AND_MARKS)) is None
        ):
            return None, rest
        return sender, text


def _placeholder_kind(shown: str) -> MessageKind | None:
    """The kind of message a WhatsApp placeholder stands for; None for typed text."""
    if not shown.endswith(_PLACEHOLDER_ENDINGS):
        return None
    if _MEDIA.fullmatch(shown):
        return "media"
    if _DELETED.fullmatch(shown):
        return "deleted"
    return None


@dataclass(slots=True)
class _Draft:
    """A message whose continuation lines may still follow."""

    line: int
    sent_at: datetime
    sender: str
    lines: list[str]

    def finish(self) -> ChatMessage | Skipped:
        text = "\n".join(self.lines).rstrip()
        edited = text.endswith(_EDITED_SUFFIX)  # the cheap test before the regex
        if edited:
            text = _EDITED.sub("", text)
        first, _, caption = text.partition("\n")
        kind = _placeholder_kind(first.strip(_BLANKS_AND_MARKS))
        if kind == "media":
            text = caption  # Android puts a shared file's caption on the lines below
        elif kind == "deleted" and not caption:
            text = ""
        elif text.strip():
            kind = "text"  # a "deleted" placeholder with more lines below was typed
        else:
            return Skipped(self.line, EMPTY, text)
        return ChatMessage(self.sent_at, self.sender, text, self.line, kind, edited)
