"""The real CLI against servers that trickle, never end, flood, inflate and loop: every command ends within its
stated deadline (plus start-up), stays under the memory cap, exits 1 with the documented message for a problem
(0 where a budget ended a stream and the result says so), and never shows a traceback."""

from __future__ import annotations

import json

import pytest

from tests.hostile.scenarios import MARGIN_S, RSS_CAP_BYTES, SCENARIOS, Scenario, expand, run_scenario

pytestmark = pytest.mark.hostile


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.id for s in SCENARIOS])
def test_every_command_ends_in_time_within_memory_with_the_documented_message(scenario: Scenario):
    run, servers = run_scenario(scenario)
    assert not run.killed, f"still running {run.wall_s:.1f} s after start: {run.output[-2000:]}"
    assert "Traceback" not in run.output, run.output
    assert run.returncode == scenario.returncode, run.output
    assert run.wall_s <= scenario.budget_s + MARGIN_S, f"{run.wall_s:.2f} s for a {scenario.budget_s} s budget"
    assert run.peak_rss_bytes < RSS_CAP_BYTES, f"peak RSS {run.peak_rss_mib:.0f} MiB"
    for text in expand(scenario.expect, servers):
        assert text in run.output, f"{text!r} not in:\n{run.output}"
    for text in expand(scenario.absent, servers):
        assert text not in run.output, f"{text!r} in:\n{run.output}"


def test_a_redirect_loop_is_not_followed():
    run, servers = run_scenario(next(s for s in SCENARIOS if s.id == "redirect_loop"))
    assert run.returncode == 1
    assert servers[0].requests.count("GET /v1/models") == 1  # asked once, the Location never followed


@pytest.mark.parametrize(
    ("scenario_id", "code", "values"),
    [
        ("huge_body", "response_too_large", {"what": "model_list", "limit_bytes": 4 * 1024 * 1024}),
        ("gzip_bomb", "response_too_large", {"what": "model_list", "limit_bytes": 4 * 1024 * 1024}),
        ("20k_model_list", "response_too_large", {"what": "model_list", "limit_count": 10_000, "count": 20_000}),
        ("trickle_headers", "timeout", {"timeout_s": 1.5}),
    ],
)
def test_the_json_output_carries_the_problem_code_and_its_values(scenario_id, code, values):
    base = next(s for s in SCENARIOS if s.id == scenario_id)
    scenario = Scenario(base.id, base.servers, (*base.argv, "--json"), base.budget_s, 1, ())
    run, _ = run_scenario(scenario)
    assert run.returncode == 1, run.output
    problem = json.loads(run.stdout)["problem"]
    assert problem["code"] == code and problem["message"] and problem["advice"]
    assert values.items() <= problem["values"].items()
