"""Opening an export: format by content, zips, encodings, and the errors people see."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from empathos.chats.importers import SUPPORTED, open_chat
from empathos.core.lookback.messages import ChatMessage, Skipped
from empathos.errors import InputError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "chats"


def read(path: Path, encoding: str | None = None) -> tuple[list[ChatMessage], list[Skipped]]:
    skipped: list[Skipped] = []
    messages = list(open_chat(path, encoding).messages(skipped.append))
    return messages, skipped


@pytest.mark.parametrize(
    ("name", "chat_format"),
    [
        ("whatsapp_android_24h_dayfirst.txt", "whatsapp-android"),
        ("whatsapp_android_12h_monthfirst.txt", "whatsapp-android"),
        ("whatsapp_group.txt", "whatsapp-android"),
        ("whatsapp_ios_24h_dayfirst.txt", "whatsapp-ios"),
        ("whatsapp_ios_12h.txt", "whatsapp-ios"),
        ("whatsapp_utf16.txt", "whatsapp-ios"),
        ("telegram_single.json", "telegram-json"),
        ("table_aliases.csv", "csv"),
        ("table.jsonl", "jsonl"),
    ],
)
def test_format_is_detected_by_content(tmp_path: Path, name: str, chat_format: str) -> None:
    renamed = tmp_path / "export.dat"  # the extension plays no part
    shutil.copyfile(FIXTURES / name, renamed)

    export = open_chat(renamed)

    assert export.format == chat_format
    assert export.path == renamed


def test_zip_export_reads_the_chat_and_ignores_the_media(tmp_path: Path) -> None:
    chat = FIXTURES / "whatsapp_ios_24h_dayfirst.txt"
    archive = tmp_path / "WhatsApp Chat - Josh.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zip_file:
        zip_file.writestr("00000012-PHOTO-2024-02-14-08-02-00.jpg", b"\xff\xd8\xff\xe0fake jpeg")
        zip_file.write(chat, "_chat.txt")

    export = open_chat(archive)

    assert (export.format, export.path) == ("whatsapp-ios", archive)
    assert read(archive) == read(chat)


def test_zip_finds_a_named_chat_beside_other_text_files(tmp_path: Path) -> None:
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zip_file:
        zip_file.write(FIXTURES / "whatsapp_utf16.txt", "Josh/WhatsApp Chat with Josh.txt")
        zip_file.writestr("__MACOSX/Josh/._WhatsApp Chat with Josh.txt", b"\x00\x05\x16\x07")
        zip_file.writestr("Josh/notes.txt", "shopping list")

    messages, _ = read(archive)

    assert [m.sender for m in messages] == ["Sam", "Alex", "Sam"]  # UTF-16 inside a zip


def test_zip_without_a_chat(tmp_path: Path) -> None:
    archive = tmp_path / "photos.zip"
    with zipfile.ZipFile(archive, "w") as zip_file:
        zip_file.writestr("IMG-20240214-WA0001.jpg", b"\xff\xd8fake")

    with pytest.raises(InputError, match=r"photos\.zip holds no chat \.txt file.*_chat\.txt"):
        open_chat(archive)


def test_zip_with_several_text_files(tmp_path: Path) -> None:
    archive = tmp_path / "notes.zip"
    with zipfile.ZipFile(archive, "w") as zip_file:
        zip_file.writestr("a.txt", "one")
        zip_file.writestr("b.txt", "two")

    with pytest.raises(InputError, match=r"several \.txt files \(a\.txt, b\.txt\): unzip it"):
        open_chat(archive)


def test_broken_zip(tmp_path: Path) -> None:
    path = tmp_path / "chat.zip"
    path.write_bytes(b"PK\x03\x04 and then nothing a zip needs")

    with pytest.raises(InputError, match=r"chat\.zip looks like a zip file but cannot be opened"):
        open_chat(path)


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\n  \n\t\n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "chat.txt"
    path.write_bytes(content)

    with pytest.raises(InputError, match=r"chat\.txt is empty: there are no messages in it"):
        open_chat(path)


def test_empty_fixture() -> None:
    with pytest.raises(InputError, match=r"empty\.txt is empty"):
        open_chat(FIXTURES / "empty.txt")


@pytest.mark.parametrize(
    "content",
    [
        "Dear diary, today Josh made soup.\nIt was good.\n",
        "[1, 2, 3]\n",
        "name\nLinda\n",  # one known column is not enough to call it a table
    ],
)
def test_unknown_format_lists_what_is_supported(tmp_path: Path, content: str) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(content, encoding="utf-8")

    with pytest.raises(InputError) as error:
        open_chat(path)

    assert str(error.value) == (
        f"{path} is not a chat export empathos can read. Supported: {SUPPORTED}."
    )


def test_csv_extension_with_an_unrecognized_header_reports_the_columns(tmp_path: Path) -> None:
    path = tmp_path / "chat.csv"
    path.write_text("name\nLinda\n", encoding="utf-8")

    with pytest.raises(InputError, match=r"lacks timestamp .* Found: 'name'\."):
        open_chat(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"gone\.txt: no such file"):
        open_chat(tmp_path / "gone.txt")


def test_bytes_not_in_the_encoding_name_the_line_and_the_fix() -> None:
    path = FIXTURES / "whatsapp_cp1252.txt"
    export = open_chat(path)  # the first lines decode fine

    with pytest.raises(InputError) as error:
        list(export.messages(lambda _: None))

    assert str(error.value) == (
        f"{path}, line 3: the bytes are not valid UTF-8 text. Pass the export's encoding"
        " with --encoding, for example --encoding cp1252."
    )


def test_encoding_argument_reads_cp1252() -> None:
    messages, _ = read(FIXTURES / "whatsapp_cp1252.txt", encoding="cp1252")

    assert [m.text for m in messages] == [
        "Frohe Weihnachten!",
        "Danke, Schatz",
        "Das Geschenk ist für dich \u2013 öffne es später",  # 0x96 in cp1252
    ]


def test_truncated_utf16_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_bytes((FIXTURES / "whatsapp_utf16.txt").read_bytes() + b"\x00")

    with pytest.raises(InputError, match=r"line 4: the bytes are not valid UTF-16 text"):
        read(path)


@pytest.mark.parametrize("encoding", [None, "utf-8", "UTF8"])
def test_utf8_bom_does_not_hide_the_first_message(tmp_path: Path, encoding: str | None) -> None:
    path = tmp_path / "chat.txt"
    path.write_bytes("31/12/2023, 21:05 - Linda: Hola 👋\n".encode("utf-8-sig"))

    messages, skipped = read(path, encoding)

    assert [(m.line, m.sender, m.text) for m in messages] == [(1, "Linda", "Hola 👋")]
    assert skipped == []


def test_unknown_encoding(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"Unknown encoding 'klingon'\. Use a name such as"):
        open_chat(FIXTURES / "whatsapp_group.txt", encoding="klingon")


def test_windows_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_bytes(b"31/12/2023, 21:05 - Linda: one\r\ntwo\r\n31/12/2023, 21:06 - Josh: ok\r\n")

    messages, _ = read(path)

    assert [m.text for m in messages] == ["one\ntwo", "ok"]
