"""Telegram Desktop JSON exports: one chat, all chats, and what is left out."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from empathos.chats.importers import open_chat
from empathos.core.lookback.messages import ChatMessage, Skipped
from empathos.errors import InputError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "chats"


def read(path: Path, **options: Any) -> tuple[list[ChatMessage], list[Skipped]]:
    skipped: list[Skipped] = []
    messages = list(open_chat(path, **options).messages(skipped.append))
    return messages, skipped


def test_single_chat_with_entities_media_edits_and_service_messages() -> None:
    messages, skipped = read(FIXTURES / "telegram_single.json")

    at = datetime
    assert messages == [
        ChatMessage(at(2024, 3, 1, 9, 5, 12), "Sam", "Good morning! How did the interview go?", 2),
        ChatMessage(
            at(2024, 3, 1, 9, 20, 40), "Alex", "It went really well, thank you @sam", 3, edited=True
        ),
        ChatMessage(at(2024, 3, 1, 9, 22), "Alex", "", 4, "media"),  # a photo
        ChatMessage(at(2024, 3, 1, 9, 23), "Sam", "", 5, "media"),  # a voice message
        ChatMessage(at(2024, 3, 1, 9, 24), "Alex", "Our new office 🏢", 6),  # photo and caption
        ChatMessage(at(2024, 3, 1, 9, 27), "Sam", "Proud of you ❤️\nLet's celebrate tonight", 9),
    ]
    assert skipped == [
        Skipped(1, "service message", "phone_call"),
        Skipped(7, "unreadable timestamp", "not a date"),
        Skipped(8, "missing sender", "from a deleted account"),
    ]


def test_all_chats_export_needs_a_chat_name() -> None:
    path = FIXTURES / "telegram_all.json"

    with pytest.raises(InputError, match=r"all your Telegram chats.*--chat NAME.*Alex, Book club"):
        open_chat(path)
    with pytest.raises(InputError, match=r"no chat named 'Josh'\. Chats: Alex, Book club"):
        open_chat(path, chat="Josh")

    messages, skipped = read(path, chat="Alex")
    assert [(m.sent_at, m.sender, m.text, m.line) for m in messages] == [
        (datetime(2024, 3, 2, 18, 0), "Alex", "Dinner at 8?", 1),
        (datetime(2024, 3, 2, 18, 1, 30), "Sam", "Perfect, see you then", 2),
    ]
    assert skipped == []
    _, group_skipped = read(path, chat="Book club")
    assert group_skipped == [Skipped(1, "service message", "create_group")]


def test_broken_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    path.write_text('{\n "name": "Alex",\n "messages": [\n  {"id": 1,}\n ]\n}\n', encoding="utf-8")

    with pytest.raises(InputError, match=r"result\.json, line 4: not valid JSON"):
        open_chat(path)


def test_json_that_is_not_a_chat_says_how_to_export_one(tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    path.write_text('{\n "name": "Alex",\n "type": "personal_chat"\n}\n', encoding="utf-8")

    with pytest.raises(InputError, match=r"not a Telegram chat export.*Telegram Desktop"):
        open_chat(path)


def test_odd_records_are_skipped_with_their_index(tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    path.write_text(
        '{"name": "Alex", "messages": ['
        " 42,"
        ' {"type": "unsupported", "date": "2024-03-01T09:00:00"},'
        ' {"type": "message", "date": "2024-03-01T09:00:00", "from": "Sam", "text": ""},'
        ' {"type": "message", "date": 17, "from": "Sam", "text": "number as a date"},'
        ' {"type": "message", "date": "2024-03-01T09:05:00+02:00", "from": " Sam ",'
        '  "text": "wall time kept"}'
        "]}",
        encoding="utf-8",
    )

    messages, skipped = read(path)

    assert [(m.sent_at, m.sender, m.text, m.line) for m in messages] == [
        (datetime(2024, 3, 1, 9, 5), "Sam", "wall time kept", 5)
    ]
    assert [(s.line, s.reason) for s in skipped] == [
        (1, "not a message"),
        (2, "not a message"),
        (3, "empty message"),
        (4, "unreadable timestamp"),
    ]


def test_messages_can_be_read_twice_with_the_same_result() -> None:
    export = open_chat(FIXTURES / "telegram_single.json")
    first: list[Skipped] = []
    second: list[Skipped] = []

    assert list(export.messages(first.append)) == list(export.messages(second.append))
    assert first == second
