"""CSV and JSON Lines tables: column aliases, timestamps, rows left out."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from empathos.chats.importers import open_chat
from empathos.chats.importers.table import parse_timestamp
from empathos.core.lookback.messages import ChatMessage, Skipped
from empathos.errors import InputError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "chats"


def read(path: Path) -> tuple[list[ChatMessage], list[Skipped]]:
    skipped: list[Skipped] = []
    messages = list(open_chat(path).messages(skipped.append))
    return messages, skipped


def test_csv_with_aliases_a_multi_line_field_and_bad_rows() -> None:
    messages, skipped = read(FIXTURES / "table_aliases.csv")

    at = datetime
    assert messages == [
        ChatMessage(at(2024, 4, 1, 8, 0), "Linda", "Morning! Coffee?", 2),
        ChatMessage(at(2024, 4, 1, 8, 5), "Josh", "Yes please.\nTwo sugars, thanks ☕", 3),
        ChatMessage(at(2024, 4, 1, 8, 10), "Linda", 'She said "sure"', 5),  # +02:00 dropped
        ChatMessage(datetime.fromtimestamp(1711958700), "Josh", "Epoch time works too", 9),
        ChatMessage(at(2024, 4, 1, 8, 30), "Linda", "Done", 11),  # a short row is fine
    ]
    assert skipped == [
        Skipped(6, "unreadable timestamp", "yesterday,Josh,when?,"),
        Skipped(7, "missing sender", "2024-04-01T08:20:00Z,,no sender,"),
        Skipped(8, "empty message", "2024-04-01T08:25:00,Linda,,"),
        Skipped(12, "missing timestamp", ",Josh,no time given,"),
    ]


def test_csv_separated_by_semicolons(tmp_path: Path) -> None:
    path = tmp_path / "chat.csv"
    path.write_text(
        "\ufeffTimestamp;Sender;Text\n2024-04-01 08:00;Sam;Hallo, wie geht's?\n", encoding="utf-8"
    )

    messages, _ = read(path)

    assert messages == [ChatMessage(datetime(2024, 4, 1, 8, 0), "Sam", "Hallo, wie geht's?", 2)]


def test_csv_header_without_the_columns_names_what_it_found(tmp_path: Path) -> None:
    path = tmp_path / "chat.csv"
    path.write_text("when,who,what\n2024-04-01 08:00,Sam,hi\n", encoding="utf-8")

    with pytest.raises(InputError) as error:
        open_chat(path)

    message = str(error.value)
    assert "chat.csv: the CSV header lacks timestamp (or datetime, date, time)" in message
    assert "sender (or author, from, name)" in message
    assert "text (or message, body, content)" in message
    assert "Found: 'when', 'who', 'what'" in message


def test_csv_header_missing_one_column(tmp_path: Path) -> None:
    path = tmp_path / "chat.csv"
    path.write_text("date,author,reactions\n", encoding="utf-8")

    with pytest.raises(InputError, match=r"lacks text \(or message, body, content\)\. Found"):
        open_chat(path)


def test_csv_field_over_the_csv_module_limit_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "chat.csv"
    path.write_text(
        f'timestamp,sender,text\n2024-04-01 08:00,Sam,"{"x" * 200_000}\n', encoding="utf-8"
    )
    export = open_chat(path)

    with pytest.raises(InputError, match=r"chat\.csv, line 2: field larger than field limit"):
        list(export.messages(lambda _: None))


def test_jsonl_with_aliases_and_bad_lines() -> None:
    messages, skipped = read(FIXTURES / "table.jsonl")

    assert messages == [
        ChatMessage(datetime(2024, 5, 1, 20, 0), "Sam", "Are we still on for Friday?", 1),
        ChatMessage(datetime(2024, 5, 1, 20, 3, 0, 250_000), "Alex", "Yes! Can't wait", 2),
        ChatMessage(datetime.fromtimestamp(1714594200), "Sam", "Perfect 😊", 6),
    ]
    assert [(s.line, s.reason) for s in skipped] == [
        (3, "not valid JSON"),
        (4, "not a JSON object"),
        (7, "empty message"),
        (8, "unreadable timestamp"),
    ]
    assert skipped[1].text == "[1, 2, 3]"


def test_jsonl_without_the_keys_names_what_it_found(tmp_path: Path) -> None:
    path = tmp_path / "chat.jsonl"
    path.write_text('{"when": "2024-05-01", "who": "Sam", "text": "hi"}\n', encoding="utf-8")

    with pytest.raises(InputError, match=r"first record lacks timestamp .* Found: 'when', 'who'"):
        open_chat(path)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-05-01T20:00:00", datetime(2024, 5, 1, 20, 0)),
        ("2024-05-01 20:00", datetime(2024, 5, 1, 20, 0)),
        (" 2024-05-01T20:00:05.5 ", datetime(2024, 5, 1, 20, 0, 5, 500_000)),
        ("2024-05-01T20:00:00Z", datetime(2024, 5, 1, 20, 0)),
        ("2024-05-01T20:00:00-07:00", datetime(2024, 5, 1, 20, 0)),
        (1714594200, datetime.fromtimestamp(1714594200)),
        (1714594200.5, datetime.fromtimestamp(1714594200.5)),
        ("1714594200", datetime.fromtimestamp(1714594200)),
        ("01/05/2024 20:00", None),
        ("yesterday", None),
        ("", None),
        (True, None),
        (None, None),
        (10**20, None),
    ],
)
def test_parse_timestamp(value: object, expected: datetime | None) -> None:
    assert parse_timestamp(value) == expected


def test_messages_can_be_read_twice_with_the_same_result() -> None:
    for name in ("table_aliases.csv", "table.jsonl"):
        export = open_chat(FIXTURES / name)
        first: list[Skipped] = []
        second: list[Skipped] = []

        assert list(export.messages(first.append)) == list(export.messages(second.append))
        assert first == second
