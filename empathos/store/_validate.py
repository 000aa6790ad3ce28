"""Checks on what callers hand the store: each message names the field and what it accepts."""

from __future__ import annotations

import json
import math
import secrets
from datetime import UTC, date, datetime
from typing import Any

from empathos.errors import InputError

# No 0/O or 1/I: codes are read out loud and typed on phones. 10 of 32 symbols is
# 50 bits, far beyond guessing at the few tries a minute the web app allows.
INVITE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
INVITE_LENGTH = 10


def ident(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(f"'{name}' must be an integer id, got {type(value).__name__}")
    return value


def text(name: str, value: object, max_chars: int | None = None) -> str:
    if not isinstance(value, str):
        raise InputError(f"'{name}' must be a string, got {type(value).__name__}")
    value = value.strip()
    if not value:
        raise InputError(f"'{name}' is empty: give some text")
    if max_chars is not None and len(value) > max_chars:
        raise InputError(f"'{name}' is {len(value):,} characters; the limit is {max_chars:,}")
    return value


def optional_text(name: str, value: object) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return text(name, value)


def email(value: str | None) -> str | None:
    if value is None:
        return None
    address = text("email", value, max_chars=320).lower()
    local, _, domain = address.partition("@")
    if not local or "." not in domain or " " in address:
        raise InputError(f"'email' must look like name@example.org, got {value!r}")
    return address


def choice(name: str, value: object, options: tuple[str, ...]) -> str:
    if value not in options:
        raise InputError(f"'{name}' must be one of {', '.join(options)}; got {value!r}")
    assert isinstance(value, str)
    return value


def in_scale(name: str, value: object, scale: range) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value not in scale:
        raise InputError(
            f"'{name}' must be a whole number from {scale.start} to {scale.stop - 1}; "
            f"got {value!r}"
        )
    return value


def fraction(name: str, value: object) -> float:
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or not 0 <= value <= 1
    ):
        raise InputError(
            f"'{name}' must be a number from 0 to 1 (divide a 0-100 score by 100); got {value!r}"
        )
    return float(value)


def aware(name: str, value: object) -> datetime:
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise InputError(
            f"'{name}' must be a timezone-aware datetime, e.g. datetime.now(UTC); got {value!r}"
        )
    return value.astimezone(UTC)


def day(name: str, value: object) -> date:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise InputError(f"'{name}' must be a date, e.g. date(2026, 3, 1); got {value!r}")
    return value


def limit(value: int | None) -> int | None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise InputError(f"'limit' must be a positive whole number or None; got {value!r}")
    return value


def json_object(name: str, value: object) -> dict[str, Any]:
    """A JSON object, copied so later changes to the caller's dict change nothing here."""
    if not isinstance(value, dict):
        raise InputError(f"'{name}' must be a dict (a JSON object), got {type(value).__name__}")
    try:
        copied: dict[str, Any] = json.loads(json.dumps(value, allow_nan=False))
    except (TypeError, ValueError) as exc:
        raise InputError(f"'{name}' must hold JSON values only: {exc}") from None
    return copied


def invite_code(value: object) -> str:
    if not isinstance(value, str):
        raise InputError(f"'invite_code' must be a string, got {type(value).__name__}")
    code = "".join(ch for ch in value.upper() if ch not in " -")
    if len(code) != INVITE_LENGTH or any(ch not in INVITE_ALPHABET for ch in code):
        raise InputError(
            f"{value!r} is not an invite code: they look like ABCDE-FGH23 "
            f"({INVITE_LENGTH} letters and digits)"
        )
    return f"{code[:5]}-{code[5:]}"


def new_invite_code() -> str:
    code = "".join(secrets.choice(INVITE_ALPHABET) for _ in range(INVITE_LENGTH))
    return f"{code[:5]}-{code[5:]}"
