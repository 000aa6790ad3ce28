"""Every scenario can be completed well and badly with the real engine (shipped models).

The good path is the scenario's own model answers, in order; the bad path the same
three blocking replies for everyone. Both must end the way a couples therapist would
expect, for a few seeds (the seed changes the partner's lines, so the engine reads
each reply against different words).
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from empathos.cli.main import app
from empathos.practice import load_library, pipeline_analyze, run_replies
from empathos.practice.session import Analyze
from empathos.practice.types import Scenario

pytestmark = pytest.mark.models

LIBRARY = load_library()
SEEDS = (0, 1, 2)
BAD = ["You should just stop worrying about it.", "Calm down, it's not a big deal.", "Whatever."]
LOW = 15  # "low felt-heard": below where the hardest scenario starts plus a little


@pytest.fixture(scope="module")
def engine() -> Analyze:
    from empathos.engine import default_pipeline

    return pipeline_analyze(default_pipeline())


@pytest.mark.parametrize("scenario", LIBRARY.scenarios, ids=lambda s: s.id)
def test_model_answers_reach_heard(scenario: Scenario, engine: Analyze) -> None:
    for seed in SEEDS:
        result = run_replies(
            scenario, list(scenario.model_answers), engine, common=LIBRARY.common, seed=seed
        )
        assert result.outcome == "heard", (seed, result.felt_heard)
        assert result.debrief["worked"]  # the words that showed empathy are quoted


@pytest.mark.parametrize("scenario", LIBRARY.scenarios, ids=lambda s: s.id)
def test_blocking_replies_end_badly(scenario: Scenario, engine: Analyze) -> None:
    for seed in SEEDS:
        result = run_replies(scenario, BAD, engine, common=LIBRARY.common, seed=seed)
        assert result.outcome == "gave_up" or result.felt_heard[-1] <= LOW, result.felt_heard
        # Advice blocks too, unless the partner's words asked for it ("how do I say no?").
        assert "minimizing" in {b["kind"] for b in result.debrief["blocked"]}
        assert result.debrief["alternative"]["suggestion"]


def test_cli_answers_with_the_real_engine() -> None:
    scenario = LIBRARY.scenarios[0]
    answers = "\n".join(scenario.model_answers) + "\n"
    result = CliRunner().invoke(
        app, ["practice", scenario.id, "--answers", "-", "--json"], input=answers
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["outcome"] == "heard"
    assert data["turns"][0]["analysis"]["reply"]["mechanisms"]
