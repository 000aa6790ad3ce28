"""What importers hand to the look-back core: messages, and what was skipped and why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

MessageKind = Literal["text", "media", "deleted"]


@dataclass(frozen=True, slots=True)
class ChatMessage:
    """One message by one person, multi-line messages already joined with newlines.

    `sent_at` is the wall-clock time the export shows (naive: exports rarely say the zone).
    `line` is where the message starts in the source: a 1-based line number for text
    formats, a 1-based message index for JSON exports.
    """

    sent_at: datetime
    sender: str
    text: str
    line: int
    kind: MessageKind = "text"
    edited: bool = False


@dataclass(frozen=True, slots=True)
class Skipped:
    """A source line or record left out of the analysis, and why (shown to the user)."""

    line: int
    reason: str
    text: str = ""
