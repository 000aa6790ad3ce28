"""Reads the authored daily lists shipped in `daily/` (the only file reading here)."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Callable
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TypeVar

from empathos.progress.daily import (
    Daily,
    DailyDataError,
    parse_presence,
    parse_questions,
    parse_together,
)

T = TypeVar("T")


def _read(file: Traversable, name: str) -> dict[str, Any]:
    try:
        return tomllib.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise DailyDataError(f"{name}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise DailyDataError(f"{name}: not valid TOML: {exc}") from None


def _load(folder: Traversable, file: str, parse: Callable[[dict[str, Any], str], T]) -> T:
    name = f"daily/{file}"
    return parse(_read(folder.joinpath(file), name), name)


def load_daily(folder: Path | None = None) -> Daily:
    """The check-in questions, the things to do together and the presence prompts;
    raises DailyDataError naming the file and entry of the first problem."""
    if folder is None:
        return _shipped()
    return _load_daily(folder)


@functools.lru_cache(maxsize=1)
def _shipped() -> Daily:
    return _load_daily(resources.files("empathos.progress").joinpath("daily"))


def _load_daily(folder: Traversable) -> Daily:
    return Daily(
        questions=_load(folder, "questions.toml", parse_questions),
        together=_load(folder, "together.toml", parse_together),
        presence=_load(folder, "presence.toml", parse_presence),
    )
