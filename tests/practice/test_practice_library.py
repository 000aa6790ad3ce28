"""The shipped scenarios and curriculum: they load, validate and cover what the issue asks."""

from __future__ import annotations

import tomllib
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest

from empathos.core.couple.risk import find_risk
from empathos.core.labels import EMOTIONS, SKILLS
from empathos.core.types import Signals
from empathos.errors import InputError
from empathos.practice import load_curriculum, load_library
from empathos.practice.library import training
from empathos.practice.schema import parse_theme_file
from empathos.practice.types import CURRICULUM_IDS, CURRICULUM_ONLY, NEEDS, STATES, THEMES

SCENARIOS_DIR = Path(str(resources.files("empathos.practice").joinpath("scenarios")))
THEME_FILES = sorted(p for p in SCENARIOS_DIR.glob("*.toml") if not p.name.startswith("_"))


@pytest.mark.parametrize("path", THEME_FILES, ids=lambda p: p.name)
def test_every_theme_file_validates(path: Path) -> None:
    scenarios = parse_theme_file(tomllib.loads(path.read_text("utf-8")), path.name)
    assert scenarios
    assert {s.theme for s in scenarios} == {path.stem}  # one file per theme, named after it


def test_at_least_forty_scenarios_with_unique_ids() -> None:
    ids = load_library().ids()
    assert len(ids) >= 40
    assert len(set(ids)) == len(ids)


def test_every_theme_is_covered_in_both_directions_where_it_matters() -> None:
    scenarios = load_library().scenarios
    themes = Counter(s.theme for s in scenarios)
    assert set(themes) == set(THEMES)
    assert min(themes.values()) >= 3
    directions = Counter(s.direction for s in scenarios)
    assert directions["criticism"] >= 10  # the user on the receiving end of criticism
    assert directions["support"] >= 20
    assert len({s.theme for s in scenarios if s.direction == "criticism"}) >= 8


def test_needs_difficulties_and_partners_vary() -> None:
    scenarios = load_library().scenarios
    assert Counter(s.need for s in scenarios).keys() == set(NEEDS)
    assert min(Counter(s.need for s in scenarios).values()) >= 5
    assert set(Counter(s.difficulty for s in scenarios)) == {1, 2, 3}
    assert {s.partner.gender for s in scenarios} == {"woman", "man", "nonbinary"}
    same_sex = [s for s in scenarios if s.you == s.partner.gender]
    assert len(same_sex) >= 8
    assert {s.partner.gender for s in same_sex} >= {"woman", "man"}
    assert len({s.partner.name for s in scenarios}) >= 35  # partners are people, not a template


def test_criticism_scenarios_include_the_classic() -> None:
    openings = [s.opening for s in load_library().scenarios if s.direction == "criticism"]
    assert any("never help" in o for o in openings)


def test_every_state_has_enough_distinct_variants() -> None:
    for scenario in load_library().scenarios:
        assert set(scenario.responses) == set(STATES), scenario.id
        for state, lines in scenario.responses.items():
            least = 3 if state == "opening_up" else 2
            assert len(lines) >= least, (scenario.id, state)
            assert len(set(lines)) == len(lines), (scenario.id, state)
        assert len(scenario.model_answers) >= 3, scenario.id


def test_shared_lines_cover_every_open_state() -> None:
    common = load_library().common
    assert set(common) == {"opening_up", "guarded", "withdrawing", "escalating"}
    assert all(len(lines) >= 6 for lines in common.values())


def test_scenario_skills_are_curriculum_ids() -> None:
    library = load_library()
    for scenario in library.scenarios:
        assert set(scenario.skills) <= set(CURRICULUM_IDS), scenario.id
    for skill in CURRICULUM_IDS:
        assert len(training(library, skill)) >= 2, f"{skill} is trained by fewer than 2"


def test_curriculum_has_every_component_and_skill() -> None:
    curriculum = load_curriculum()
    assert sorted(e.id for e in curriculum.entries) == sorted(CURRICULUM_IDS)
    kinds = [e.kind for e in curriculum.entries]
    assert kinds == sorted(kinds)  # the components of empathy first, then the skills
    components = {e.id for e in curriculum.entries if e.kind == "component"}
    assert components == {
        "resonance",
        "cognitive_empathy",
        "self_regulation",
        "self_other_boundary",
    }
    for entry in curriculum.entries:
        assert entry.engine_skill == (entry.id in SKILLS)
        assert entry.explanation and entry.why and entry.exercises
        assert len(entry.sounds_like) >= 2 and len(entry.not_like) >= 2
    assert set(CURRICULUM_ONLY) == {"self_other_boundary", "asking_needs"}
    assert curriculum.name("validation") == "Validation"
    assert curriculum.name("nope") == "nope"


def test_find_by_id_or_number() -> None:
    library = load_library()
    first = library.scenarios[0]
    assert library.find(first.id) is first
    assert library.find("1") is first
    assert library.find(f" {library.scenarios[4].id} ") is library.scenarios[4]


def test_unknown_scenario_names_close_ids() -> None:
    with pytest.raises(InputError, match="chores-never-help") as error:
        load_library().find("chores-nevr-help")
    assert "empathos practice --list" in str(error.value)
    with pytest.raises(InputError, match="no scenario '999'"):
        load_library().find("999")


def test_summary_has_the_listed_keys() -> None:
    summary = load_library().scenarios[0].summary()
    for key in ("id", "title", "skills", "partner_need", "opening", "theme", "difficulty"):
        assert key in summary
    assert summary["partner"]["name"]


def test_no_partner_line_carries_a_crisis_phrase() -> None:
    # Scenarios stay everyday: none of the engine's crisis phrases in anything the partner
    # says, nor in the model answers (the learned risk head is checked elsewhere).
    library = load_library()
    no_model = Signals(tuple(0.0 for _ in EMOTIONS))
    texts = [line for lines in library.common.values() for line in lines]
    for scenario in library.scenarios:
        texts += [scenario.opening, *scenario.model_answers]
        texts += [line for lines in scenario.responses.values() for line in lines]
    flagged = [text for text in texts if find_risk(text, no_model) is not None]
    assert flagged == []
