"""The `empathos` app itself: version, help, and the lazily imported eval command."""

from __future__ import annotations

import sys
import types
from typing import Any

import pytest
from typer.testing import CliRunner

from empathos import __version__
from empathos.cli.main import app

runner = CliRunner()


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"empathos {__version__}\n"


def test_help_lists_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "analyze" in result.stdout and "eval" in result.stdout


def test_no_arguments_shows_help() -> None:
    result = runner.invoke(app, [])
    assert "analyze" in result.output


def test_cli_import_stays_light() -> None:
    # `empathos --help` must not pay for onnxruntime or the training code.
    import subprocess

    code = (
        "import sys, empathos.cli.main; "
        "heavy = [m for m in ('onnxruntime', 'torch', 'empathos.engine', 'rich.progress') "
        "if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


@pytest.fixture
def fake_evaluate(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []
    module = types.ModuleType("empathos.training.evaluate")
    module.main = lambda **kwargs: calls.append(kwargs)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "empathos.training.evaluate", module)
    return calls


def test_eval_defaults(fake_evaluate: list[dict[str, Any]]) -> None:
    result = runner.invoke(app, ["eval"])
    assert result.exit_code == 0, result.output
    assert fake_evaluate == [{"corpus": None, "json_out": False, "limit": None}]


def test_eval_options(fake_evaluate: list[dict[str, Any]]) -> None:
    result = runner.invoke(app, ["eval", "--corpus", "epitome", "--json", "--limit", "50"])
    assert result.exit_code == 0, result.output
    assert fake_evaluate == [{"corpus": "epitome", "json_out": True, "limit": 50}]


def test_eval_rejects_unknown_corpus(fake_evaluate: list[dict[str, Any]]) -> None:
    result = runner.invoke(app, ["eval", "--corpus", "reddit"])
    assert result.exit_code == 2
    assert fake_evaluate == []


class _TrainExtraMissing:
    """A meta path finder for which the training code fails as it would without torch."""

    def find_spec(self, name: str, *args: object) -> None:
        if name == "empathos.training.evaluate":
            raise ModuleNotFoundError("No module named 'torch'", name="torch")


def test_eval_missing_extra_gives_install_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "empathos.training.evaluate", raising=False)
    monkeypatch.setattr(sys, "meta_path", [_TrainExtraMissing(), *sys.meta_path])
    result = runner.invoke(app, ["eval"])
    assert result.exit_code == 2
    assert "pip install -e '.[train]'" in result.stderr and "torch" in result.stderr
    assert "Traceback" not in result.output
