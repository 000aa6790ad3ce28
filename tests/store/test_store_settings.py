"""Settings are data: each one's environment variable, default and help, read in one place."""

from __future__ import annotations

from pathlib import Path

import pytest

from empathos import settings
from empathos.errors import InputError


def test_settings_are_documented() -> None:
    names = [s.name for s in settings.SETTINGS]
    assert names == ["data_dir", "database_url", "encoder_threads"]
    for setting in settings.SETTINGS:
        assert setting.env and setting.help.endswith(".")


def test_data_dir_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMPATHOS_DATA_DIR", str(tmp_path / "mine"))
    assert settings.data_dir() == tmp_path / "mine"
    assert not (tmp_path / "mine").exists()  # reading a setting creates nothing


def test_data_dir_follows_xdg_then_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EMPATHOS_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert settings.data_dir() == tmp_path / "xdg" / "empathos"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert settings.data_dir() == tmp_path / "home" / ".local" / "share" / "empathos"


def test_database_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMPATHOS_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("DATABASE_URL", "  ")  # blank counts as unset
    assert settings.database_url() == f"sqlite:///{tmp_path / 'empathos.db'}"
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg://u:p@db/empathos")
    assert settings.database_url() == "postgresql+psycopg://u:p@db/empathos"


def test_encoder_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EMPATHOS_ENCODER_THREADS", raising=False)
    assert settings.encoder_threads() is None  # the encoder picks: cores, at most 4
    monkeypatch.setenv("EMPATHOS_ENCODER_THREADS", " 1 ")
    assert settings.encoder_threads() == 1
    for bad in ("0", "-2", "two", "1.5"):
        monkeypatch.setenv("EMPATHOS_ENCODER_THREADS", bad)
        with pytest.raises(InputError, match="EMPATHOS_ENCODER_THREADS must be a whole number"):
            settings.encoder_threads()
