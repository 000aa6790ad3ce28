"""Schema errors name the file, the scenario and the field, so authors can fix them."""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path
from typing import Any

import pytest

from empathos.practice import PracticeDataError, load_curriculum, load_library
from empathos.practice.library import CURRICULUM_FILE
from empathos.practice.schema import parse_curriculum, parse_theme_file

GOOD = """
theme = "chores"

[[scenario]]
id = "chores-test"
title = "A test"
direction = "criticism"
situation = "Something happened."
partner = { name = "Maya", gender = "woman", pronouns = "she/her" }
opening = "You never help."
emotions = ["anger"]
need = "to_be_heard"
skills = ["validation"]
difficulty = 2
model_answers = ["One.", "Two.", "Three."]

[scenario.responses]
opening_up = ["a", "b", "c"]
guarded = ["d", "e"]
withdrawing = ["f", "g"]
escalating = ["h", "i"]
heard = ["j", "k"]
gave_up = ["l", "m"]
"""


def _raw() -> dict[str, Any]:
    return tomllib.loads(GOOD)


def _error(raw: dict[str, Any]) -> str:
    with pytest.raises(PracticeDataError) as error:
        parse_theme_file(raw, "scenarios/chores.toml")
    return str(error.value)


def test_the_good_example_parses() -> None:
    (scenario,) = parse_theme_file(_raw(), "scenarios/chores.toml")
    assert scenario.id == "chores-test" and scenario.you == "any"
    assert scenario.responses["opening_up"] == ("a", "b", "c")
    assert scenario.source == "scenarios/chores.toml"


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("need", "hug", "'need' must be one of to_be_heard, reassurance, a_plan, space"),
        ("difficulty", 4, "'difficulty' must be 1, 2 or 3"),
        ("difficulty", True, "'difficulty' must be 1, 2 or 3"),
        ("direction", "sideways", "'direction' must be one of support, criticism"),
        ("skills", ["hugging"], "'skills' has unknown ['hugging']"),
        ("emotions", ["meh"], "'emotions' has unknown ['meh']"),
        ("title", "", "'title' must be a non-empty string"),
        ("model_answers", ["One.", "Two."], "'model_answers' needs at least 3; got 2"),
        ("id", "Chores Test", "'id' must be lower-case words joined by '-'"),
        ("you", "robot", "'you' must be one of woman, man, nonbinary, any"),
    ],
)
def test_a_bad_field_is_named_with_file_and_scenario(field: str, value: Any, expected: str) -> None:
    raw = _raw()
    raw["scenario"][0][field] = value
    message = _error(raw)
    assert message.startswith("scenarios/chores.toml: scenario ")
    assert expected in message


def test_missing_and_unknown_fields() -> None:
    raw = _raw()
    del raw["scenario"][0]["opening"]
    assert "scenario 'chores-test': missing field(s) ['opening']" in _error(raw)
    raw = _raw()
    raw["scenario"][0]["openning"] = "typo"
    assert "unknown field(s) ['openning']" in _error(raw)


def test_response_states_are_checked() -> None:
    raw = _raw()
    del raw["scenario"][0]["responses"]["gave_up"]
    assert "scenario 'chores-test': responses: missing field(s) ['gave_up']" in _error(raw)
    raw = _raw()
    raw["scenario"][0]["responses"]["opening_up"] = ["a", "b"]
    assert "responses: 'opening_up' needs at least 3; got 2" in _error(raw)
    raw = _raw()
    raw["scenario"][0]["responses"]["guarded"] = ["d", "d"]
    assert "'guarded' repeats an item" in _error(raw)
    raw = _raw()
    raw["scenario"][0]["responses"]["guarded"] = ["a", "e"]
    assert "'a' is in both 'opening_up' and 'guarded'" in _error(raw)


def test_partner_is_checked() -> None:
    raw = _raw()
    raw["scenario"][0]["partner"] = {"name": "Maya", "gender": "woman", "pronouns": "her"}
    assert "partner: 'pronouns' must look like 'she/her'" in _error(raw)
    raw["scenario"][0]["partner"] = "Maya"
    assert "'partner' must be a table" in _error(raw)


def test_theme_is_checked() -> None:
    raw = _raw()
    raw["theme"] = "cooking"
    assert _error(raw).startswith("scenarios/chores.toml: 'theme' must be one of work, family")


def _folder(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "scenarios"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_folder_with_a_duplicate_id_fails(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a.toml": GOOD, "b.toml": GOOD})
    with pytest.raises(
        PracticeDataError, match=r"scenarios/b\.toml: scenario 'chores-test': the id"
    ):
        load_library(folder)


def test_a_folder_with_broken_toml_names_the_file(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a.toml": GOOD, "bad.toml": "theme = \n"})
    with pytest.raises(PracticeDataError, match=r"scenarios/bad\.toml: not valid TOML"):
        load_library(folder)


def test_a_scenario_line_may_not_be_a_shared_line(tmp_path: Path) -> None:
    common = "[common]\n" + "".join(
        f'{state} = ["{state} 1", "{state} 2", "{state} 3", "{state} 4", "{state} 5", "k"]\n'
        for state in ("opening_up", "guarded", "withdrawing", "escalating")
    )
    common = common.replace('"k"]', '"k0"]', 1)  # "k" stays shared by three open states
    with pytest.raises(PracticeDataError, match=r"'heard' has 'k', which is also a shared line"):
        load_library(_folder(tmp_path, {"a.toml": GOOD, "_common.toml": common}))


def test_an_empty_folder_fails(tmp_path: Path) -> None:
    with pytest.raises(PracticeDataError, match="no scenario files"):
        load_library(_folder(tmp_path, {}))


def test_a_folder_of_authored_scenarios_loads(tmp_path: Path) -> None:
    library = load_library(_folder(tmp_path, {"mine.toml": GOOD}))
    assert library.ids() == ["chores-test"] and library.common == {}


def test_curriculum_must_cover_every_id(tmp_path: Path) -> None:
    shipped = Path(__file__).resolve().parents[2] / "empathos/practice/curriculum"
    raw = tomllib.loads((shipped / CURRICULUM_FILE).read_text("utf-8"))
    broken = copy.deepcopy(raw)
    broken["entry"] = [e for e in raw["entry"] if e["id"] != "curiosity"]
    with pytest.raises(PracticeDataError, match=r"curriculum.toml: no entry for \['curiosity'\]"):
        parse_curriculum(broken, "curriculum.toml")
    broken = copy.deepcopy(raw)
    broken["entry"][0]["sounds_like"] = ["only one"]
    with pytest.raises(
        PracticeDataError, match="entry 'resonance': 'sounds_like' needs at least 2"
    ):
        parse_curriculum(broken, "curriculum.toml")
    path = tmp_path / "curriculum.toml"
    path.write_text((shipped / CURRICULUM_FILE).read_text("utf-8"), encoding="utf-8")
    assert load_curriculum(path) == load_curriculum()
