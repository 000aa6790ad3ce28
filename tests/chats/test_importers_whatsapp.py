"""WhatsApp exports: both layouts, both clocks, date order, placeholders, lines left out."""

from __future__ import annotations

import tracemalloc
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Any

import pytest

from empathos.chats.importers import open_chat
from empathos.core.lookback.messages import ChatMessage, Skipped

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "chats"
LRM, NNBSP = "\u200e", "\u202f"


def read(path: Path, **options: Any) -> tuple[list[ChatMessage], list[Skipped]]:
    skipped: list[Skipped] = []
    messages = list(open_chat(path, **options).messages(skipped.append))
    return messages, skipped


def read_text(tmp_path: Path, text: str, **options: Any) -> tuple[list[ChatMessage], list[Skipped]]:
    path = tmp_path / "chat.txt"
    path.write_text(text, encoding="utf-8")
    return read(path, **options)


def test_android_24h_day_first() -> None:
    messages, skipped = read(FIXTURES / "whatsapp_android_24h_dayfirst.txt")

    at = datetime
    assert messages == [
        ChatMessage(at(2023, 12, 31, 21, 5), "Linda", "Are you still at work?", 3),
        ChatMessage(at(2023, 12, 31, 21, 6), "Josh", "Yes, sorry. Long day", 4),
        ChatMessage(
            at(2023, 12, 31, 21, 7),
            "Linda",
            "I miss you.\nI made soup, it's waiting for you.\n\nDrive safe ❤️",
            5,
        ),
        ChatMessage(at(2023, 12, 31, 21, 9), "Josh", "", 9, "media"),
        ChatMessage(at(2023, 12, 31, 21, 10), "Linda", "", 10, "deleted"),
        ChatMessage(at(2023, 12, 31, 21, 11), "Josh", "On my way now", 11, edited=True),
        ChatMessage(at(2024, 1, 1, 0, 1), "Josh", "Happy new year! Time: midnight", 14),
        ChatMessage(at(2024, 1, 1, 0, 2), "Linda", "", 15, "deleted"),
    ]
    assert [(s.line, s.reason) for s in skipped] == [
        (1, "text before the first message"),
        (2, "system message"),
        (12, "invalid date or time"),
        (13, "invalid date or time"),  # the rest of the message whose date is invalid
        (16, "system message"),
    ]
    assert skipped[0].text == "Chat with Josh, exported 01/01/2024"
    assert skipped[2].text == "31/02/2023, 21:12 - Linda: see you soon"


def test_android_12h_month_first() -> None:
    messages, skipped = read(FIXTURES / "whatsapp_android_12h_monthfirst.txt")

    assert [(m.sent_at, m.sender, m.text, m.line, m.kind) for m in messages] == [
        (
            datetime(2023, 12, 30, 23, 58),
            "Sam",
            "Can we talk tomorrow? I felt ignored at dinner.",
            2,
            "text",
        ),
        (
            datetime(2023, 12, 31, 0, 15),  # 12:15 AM
            "Alex",
            "I'm sorry. I didn't notice. Yes, let's talk.",
            3,
            "text",
        ),
        (datetime(2023, 12, 31, 12, 30), "Sam", "Thanks for listening earlier 🙏", 4, "text"),
        # A file shared with its caption on the line below: media, the caption kept.
        (datetime(2024, 1, 2, 7, 5), "Alex", "Sunrise from the balcony", 5, "media"),
        (datetime(2024, 1, 2, 7, 6), "Sam", "Wow", 7, "text"),
    ]
    assert [(s.line, s.reason) for s in skipped] == [(1, "system message")]


def test_ios_24h_with_marks_attachments_and_other_languages() -> None:
    messages, skipped = read(FIXTURES / "whatsapp_ios_24h_dayfirst.txt")

    at = datetime
    assert messages == [
        ChatMessage(
            at(2024, 2, 14, 8, 1, 15), "Linda", "¡Feliz día de San Valentín, cariño! 💕", 2
        ),
        ChatMessage(at(2024, 2, 14, 8, 2), "Josh", "", 3, "media"),
        ChatMessage(
            at(2024, 2, 14, 8, 3, 30), "Josh", "Schöne Grüße aus München, ich vermisse dich 😘", 4
        ),
        ChatMessage(at(2024, 2, 14, 8, 4), "Linda", "我也想你。今晚见。", 5),
        ChatMessage(at(2024, 2, 14, 8, 5), "Linda", "", 6, "media"),
        ChatMessage(at(2024, 2, 14, 8, 6), "Josh", "", 7, "deleted"),
        ChatMessage(
            at(2024, 2, 14, 8, 7), "Linda", "Ich freue mich auf heute Abend", 8, edited=True
        ),
        ChatMessage(at(2024, 2, 14, 8, 9, 45), "Josh", "Bis später!\nHasta luego 👋", 10),
    ]
    # iOS notices carry a name, then U+200E: the encryption notice, a missed call.
    assert [(s.line, s.reason) for s in skipped] == [(1, "system message"), (9, "system message")]


def test_ios_12h_with_narrow_no_break_space_reads_ambiguous_dates_month_first() -> None:
    messages, skipped = read(FIXTURES / "whatsapp_ios_12h.txt")

    assert [(m.sent_at, m.sender, m.kind) for m in messages] == [
        (datetime(2024, 1, 5, 21, 6, 10), "Sam", "text"),
        (datetime(2024, 1, 5, 21, 40, 2), "Alex", "text"),
        (datetime(2024, 1, 5, 21, 41), "Alex", "media"),  # sticker omitted
        (datetime(2024, 1, 6, 0, 0), "Sam", "text"),  # 12:00:00 AM
    ]
    assert messages[-1].text == "Goodnight 🌙"
    assert [(s.line, s.reason) for s in skipped] == [(1, "system message")]


def test_group_chat_yields_every_sender_and_skips_group_notices() -> None:
    messages, skipped = read(FIXTURES / "whatsapp_group.txt")

    assert [(m.sender, m.text, m.line) for m in messages] == [
        ("Linda", "Who's bringing the tent?", 4),
        ("Josh", "Me!", 5),
        ("Maria", "I can bring food: pasta and salad", 6),  # "~ " of an unsaved contact dropped
    ]
    assert messages[0].sent_at == datetime(2024, 3, 3, 18, 2)  # dots, two-digit year
    # Lines 1 and 3 quote a subject with ": " in it, and are still notices.
    assert [(s.line, s.reason) for s in skipped] == [(n, "system message") for n in (1, 2, 3, 7)]


def test_one_person_chat() -> None:
    messages, skipped = read(FIXTURES / "whatsapp_one_person.txt")

    assert {m.sender for m in messages} == {"Linda"}
    # 05/06 is ambiguous and the clock has no AM/PM: day first.
    assert [m.sent_at for m in messages] == [
        datetime(2023, 6, 5, 7, 30),
        datetime(2023, 6, 5, 12, 10),
        datetime(2023, 6, 5, 19, 45),
    ]
    assert skipped == []


@pytest.mark.parametrize(
    ("line", "options", "sent_at"),
    [
        ("05/06/2023, 07:30 - Linda: hi", {}, datetime(2023, 6, 5, 7, 30)),
        ("05/06/23, 7:30 PM - Linda: hi", {}, datetime(2023, 5, 6, 19, 30)),
        ("05.06.23, 7:30 PM - Linda: hi", {}, datetime(2023, 6, 5, 19, 30)),  # dots: not US
        ("05/06/2023, 07:30 - Linda: hi", {"dayfirst": False}, datetime(2023, 5, 6, 7, 30)),
        ("05/06/23, 7:30 PM - Linda: hi", {"dayfirst": True}, datetime(2023, 6, 5, 19, 30)),
        ("2023-12-31, 21:05 - Linda: hi", {}, datetime(2023, 12, 31, 21, 5)),
        ("2023/12/31 21:05 - Linda: hi", {"dayfirst": True}, datetime(2023, 12, 31, 21, 5)),
        ("31/12/23, 9:05 p. m. - Linda: hi", {}, datetime(2023, 12, 31, 21, 5)),
        ("31/12/2023 21:05 - Linda: hi", {}, datetime(2023, 12, 31, 21, 5)),
        ("[05/06/2023, 07:30:09] Linda: hi", {}, datetime(2023, 6, 5, 7, 30, 9)),
        (f"[05/06/23, 7:30:09{NNBSP}am] Linda: hi", {}, datetime(2023, 5, 6, 7, 30, 9)),
        (f"{LRM}[31.12.23, 21:05:00] Linda: hi", {}, datetime(2023, 12, 31, 21, 5)),
    ],
)
def test_timestamps_and_date_order(
    tmp_path: Path, line: str, options: dict[str, Any], sent_at: datetime
) -> None:
    messages, skipped = read_text(tmp_path, line + "\n", **options)

    assert [(m.sent_at, m.sender, m.text) for m in messages] == [(sent_at, "Linda", "hi")]
    assert skipped == []


def test_one_date_past_12_settles_the_order_for_the_whole_file(tmp_path: Path) -> None:
    # 24-hour and ambiguous at first, which alone would read day first.
    lines = ["01/02/24, 09:00 - Sam: first", "01/13/24, 09:00 - Alex: later"]

    messages, _ = read_text(tmp_path, "\n".join(lines) + "\n")

    assert [m.sent_at.date().isoformat() for m in messages] == ["2024-01-02", "2024-01-13"]


def test_bad_dates_and_times_are_skipped_not_raised(tmp_path: Path) -> None:
    text = (
        "12/31/23, 9:05 PM - Sam: fine\n"
        "12/31/23, 13:05 PM - Sam: no such hour\n"
        "02/30/23, 9:05 PM - Sam: no such day\n"
        "12/31/123, 9:05 PM - Sam: a three-digit year\n"
    )

    messages, skipped = read_text(tmp_path, text)

    assert [m.text for m in messages] == ["fine"]
    assert [(s.line, s.reason) for s in skipped] == [
        (2, "invalid date or time"),
        (3, "invalid date or time"),
        (4, "invalid date or time"),
    ]


def test_edge_cases_of_names_and_texts(tmp_path: Path) -> None:
    text = (
        "31/12/2023, 21:05 - \u202a+49 151 2345678\u202c: who is this?\n"
        "31/12/2023, 21:06 - Linda: \n"
        "31/12/2023, 21:07 - Linda: This message was deleted\n"
        "it was not\n"
        f"31/12/2023, 21:08 - Josh: first line\nsecond line {LRM}<This message was edited>\n"
        "31/12/2023, 21:09 - Josh: document.pdf • 3 pages document omitted\n"
    )

    messages, skipped = read_text(tmp_path, text)

    assert [(m.sender, m.text, m.kind, m.edited) for m in messages] == [
        ("+49 151 2345678", "who is this?", "text", False),
        # A placeholder is the whole message: with more lines it is typed text.
        ("Linda", "This message was deleted\nit was not", "text", False),
        ("Josh", "first line\nsecond line", "text", True),
        ("Josh", "", "media", False),
    ]
    assert [(s.line, s.reason) for s in skipped] == [(2, "empty message")]


def test_messages_can_be_read_twice_with_the_same_result() -> None:
    export = open_chat(FIXTURES / "whatsapp_android_24h_dayfirst.txt")
    first: list[Skipped] = []
    second: list[Skipped] = []

    assert list(export.messages(first.append)) == list(export.messages(second.append))
    assert first == second
    assert len(first) == 5


def test_a_long_chat_streams_in_flat_memory(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    with path.open("w", encoding="utf-8") as out:
        for i in range(100_000):  # 200k lines, about 8 MB
            sender = ("Linda", "Josh")[i % 2]
            out.write(f"31/12/2023, 21:{i % 60:02d} - {sender}: message {i}\nsecond line {i}\n")
    export = open_chat(path)
    skipped: list[Skipped] = []

    # Traced for the first 10,000 messages only: tracing all of them takes seconds.
    tracemalloc.start()
    try:
        messages = export.messages(skipped.append)
        first = next(messages)
        _, peak_at_first = tracemalloc.get_traced_memory()
        traced = 1 + sum(1 for _ in islice(messages, 9_999))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    count = traced + sum(1 for _ in messages)

    assert first == ChatMessage(
        datetime(2023, 12, 31, 21, 0), "Linda", "message 0\nsecond line 0", 1
    )
    assert count == 100_000
    assert skipped == []
    # Reading the file whole would take well over 8 MB, keeping 10,000 messages over 2 MB.
    assert peak_at_first < 200_000
    assert peak < 200_000
