"""The README stays true: its quick start runs scripts that exist, its commands exist."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from empathos.cli.main import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.M | re.S)
    assert match, f"README has no '## {title}' section"
    return match.group(1)


def _code_lines(text: str) -> list[str]:
    blocks = re.findall(r"^```[a-z]*\n(.*?)^```", text, re.M | re.S)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip()]


def test_quick_start_is_two_commands_on_existing_scripts() -> None:
    commands = _code_lines(_section("Quick start"))
    assert commands == ["bash scripts/demo.sh", "bash scripts/test.sh"]
    for command in commands:
        assert (ROOT / command.split()[1]).is_file(), command


def test_readme_commands_exist_in_help() -> None:
    used = {line.split()[1] for line in _code_lines(README) if re.match(r"empathos [a-z]", line)}
    assert used, "README shows no empathos command"
    help_text = CliRunner().invoke(app, ["--help"], terminal_width=200).stdout
    listed = set(re.findall(r"^│ ([a-z][a-z-]*) ", help_text, re.M))
    assert used <= listed, f"in README but not in `empathos --help`: {sorted(used - listed)}"


def test_readme_options_exist_in_help() -> None:
    for command in ("analyze", "eval"):
        help_text = CliRunner().invoke(app, [command, "--help"], terminal_width=200).stdout
        lines = [line for line in _code_lines(README) if line.startswith(f"empathos {command}")]
        for option in re.findall(r"(--[a-z][a-z-]*)", "\n".join(lines)):
            assert option in help_text, f"`empathos {command}` has no {option}"
