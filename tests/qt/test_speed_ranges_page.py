"""The Recommendation page shows the speed and the wait before an answer as the ranges the core computed."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from advisor.core.hardware.profile_io import load_profile
from advisor.qt.pages.recommendation import RecommendationPage
from advisor.qt.services import Services
from advisor.qt.state import WizardState
from tests.qt import fakes
from tests.qt.helpers import make_page

MACHINES = Path(__file__).resolve().parents[1] / "data" / "machines"


def test_recommendation_page_shows_the_speed_and_the_wait_as_ranges(qtbot):
    state = WizardState()
    state.set_profile(load_profile(MACHINES / "laptop-i5-1135g7-8gb.json"), detected=False)
    real = Services()
    services = dataclasses.replace(fakes.services(), recommend=real.recommend, tier_estimate=real.tier_estimate)
    page = make_page(qtbot, RecommendationPage, services=services, state=state)
    page.initializePage()
    qtbot.waitUntil(page.isComplete, timeout=10000)
    rec = state.recommendation
    low, high = rec.tokens_per_second_range
    assert low < rec.tokens_per_second < high
    assert page.speed.text().startswith("~") and "tokens/s (" in page.speed.text() and "–" in page.speed.text()
    wait = next(line for line in page.budget.text().splitlines() if "the answer starts after about" in line)
    assert "–" in wait


def test_recommendation_page_says_the_whole_context_wait_as_the_cli_does(qtbot, capsys, tmp_path):
    """At 32K, the wait for a prompt that fills the context, in the CLI's sentence (newcomer round: a Mac user
    reading long documents was told only the 2,000-word wait)."""
    import json
    import re

    from advisor.cli.main import main

    m2 = {"ram": {"total_bytes": 16 * 2**30}, "gpus": [{"name": "Apple M2 (8-core GPU)"}]}
    hardware = tmp_path / "m2.json"
    hardware.write_text(json.dumps(m2))
    assert main(["recommend", "--hardware", str(hardware), "--context", "32K", "--lang", "en"]) == 0
    filled = "With a text that fills the whole context (32,768 tokens, about 24,300 words), after about "
    cli = capsys.readouterr().out
    said = re.match(r"[\d.]+–[\d.]+ (?:s|min)\.", cli.split(filled)[1]).group(0)
    state = WizardState()
    state.set_profile(load_profile(m2), detected=False)
    state.context = 32768
    real = Services()
    services = dataclasses.replace(fakes.services(), recommend=real.recommend, tier_estimate=real.tier_estimate)
    page = make_page(qtbot, RecommendationPage, services=services, state=state)
    page.initializePage()
    qtbot.waitUntil(page.isComplete, timeout=10000)
    # the app groups numbers as the system's locale does (none in the tests' C locale): the same sentence
    assert filled.replace(",", "") + said in page.budget.text().replace(",", "")
    # and how fast its answer then comes, as the CLI says it (newcomer round: nothing said a full 32K is slower)
    full = re.search(r"Its answer then comes at about [\d.]+ tokens/s, slower than in a short chat", cli)
    assert full is not None and full.group(0) in page.budget.text()
