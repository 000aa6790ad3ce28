"""What every reader shares: where an export's bytes come from (a file, or the chat inside
a zip), how they decode, and handing out what was read (`deliver`).

Nothing is read whole: lines are decoded incrementally through `io.TextIOWrapper`, also
inside a zip, so memory stays flat however long the chat is.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

from empathos.core.lookback.messages import ChatMessage, Skipped
from empathos.errors import InputError

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # a zip with entries, an empty zip
SNIFF_CHARS = 65_536  # enough for the first dozens of lines, even after a long preamble

# UTF-32 first: its little-endian BOM begins with UTF-16's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes the codec could not decode come through `surrogateescape` as U+DC80..U+DCFF,
# which valid text never contains: finding one names the line with the bad bytes.
_UNDECODABLE = re.compile("[\udc80-\udcff]")


@dataclass(frozen=True)
class Source:
    """An export file, or the chat `.txt` inside an export zip, with its text encoding."""

    path: Path
    encoding: str  # a Python codec name, BOM handling included ("utf-8-sig", "utf-16")
    member: str | None = None  # the chat file inside the zip at `path`

    @property
    def label(self) -> str:
        """How error messages name the source."""
        return str(self.path) if self.member is None else f"{self.path} ({self.member})"

    @contextmanager
    def open_binary(self) -> Iterator[IO[bytes]]:
        if self.member is None:
            with self.path.open("rb") as stream:
                yield stream
        else:
            with zipfile.ZipFile(self.path) as archive, archive.open(self.member) as stream:
                yield stream

    def head(self, chars: int = SNIFF_CHARS) -> str:
        """The first `chars` characters, for format detection; bad bytes are replaced."""
        with (
            self.open_binary() as raw,
            io.TextIOWrapper(raw, encoding=self.encoding, errors="replace") as text,
        ):
            return text.read(chars)

    def lines(self) -> Iterator[str]:
        """Decoded lines with their "\\n" (any line ending becomes "\\n"), read as consumed.

        Raises InputError naming the first line whose bytes are not valid in the encoding.
        """
        number = 0
        try:
            with (
                self.open_binary() as raw,
                io.TextIOWrapper(raw, encoding=self.encoding, errors="surrogateescape") as text,
            ):
                for number, line in enumerate(text, start=1):
                    if not line.isascii() and _UNDECODABLE.search(line):
                        raise self._not_decodable(number)
                    yield line
        except UnicodeDecodeError:  # codecs such as UTF-16 refuse to escape bad bytes
            raise self._not_decodable(number + 1) from None

    def _not_decodable(self, line: int) -> InputError:
        name = codecs.lookup(self.encoding).name.removesuffix("-sig").upper()
        return InputError(
            f"{self.label}, line {line}: the bytes are not valid {name} text. Pass the"
            " export's encoding with --encoding, for example --encoding cp1252."
        )


def open_source(path: Path, encoding: str | None) -> Source:
    """The source behind `path` (the chat inside a zip), its encoding from the BOM or the caller.

    Raises InputError when the file cannot be read, the zip holds no chat, or the encoding is
    unknown.
    """
    if not path.is_file():
        raise InputError(f"{path}: no such file. Pass the path of an exported chat.")
    try:
        with path.open("rb") as stream:
            start = stream.read(4)
    except OSError as exc:
        raise InputError(f"{path} cannot be read: {exc.strerror}.") from None
    member = _chat_in_zip(path) if start.startswith(ZIP_MAGIC) else None
    if member is not None:
        with zipfile.ZipFile(path) as archive, archive.open(member) as stream:
            start = stream.read(4)
    bom_encoding = next((name for bom, name in _BOMS if start.startswith(bom)), None)
    if encoding is None:
        return Source(path, bom_encoding or "utf-8", member)
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise InputError(
            f"Unknown encoding {encoding!r}. Use a name such as utf-8, utf-16 or cp1252."
        ) from None
    if codec == "utf-8" and bom_encoding == "utf-8-sig":
        return Source(path, "utf-8-sig", member)  # so the BOM does not start the first line
    return Source(path, encoding, member)


def _chat_in_zip(path: Path) -> str:
    """The chat `.txt` inside a WhatsApp export zip (media files beside it are ignored)."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = [
                info.filename
                for info in archive.infolist()
                if not info.is_dir() and _is_text_file(PurePosixPath(info.filename))
            ]
    except zipfile.BadZipFile as exc:
        raise InputError(f"{path} looks like a zip file but cannot be opened: {exc}.") from None
    chats = [name for name in names if _is_whatsapp_chat_name(PurePosixPath(name).name)]
    candidates = chats or names
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise InputError(
            f"{path} holds no chat .txt file: a WhatsApp export zip has _chat.txt or"
            ' "WhatsApp Chat with NAME.txt" beside the media. Export the chat again.'
        )
    raise InputError(
        f"{path} holds several .txt files ({', '.join(candidates)}): unzip it and pass the"
        " chat's .txt file."
    )


def _is_text_file(name: PurePosixPath) -> bool:
    # macOS zips add "__MACOSX/._name" resource forks that are not text.
    return (
        name.suffix.lower() == ".txt"
        and not name.name.startswith("._")
        and "__MACOSX" not in name.parts
    )


def _is_whatsapp_chat_name(name: str) -> bool:
    return name == "_chat.txt" or name.startswith("WhatsApp Chat")


def deliver(
    results: Iterable[ChatMessage | Skipped], skip: Callable[[Skipped], None]
) -> Iterator[ChatMessage]:
    """The messages among `results`, each Skipped handed to `skip` as it comes."""
    for result in results:
        if isinstance(result, Skipped):
            skip(result)
        else:
            yield result
