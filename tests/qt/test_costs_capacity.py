"""Honest defaults on the Costs page: the default usage is what this computer can serve, a usage beyond it is said
above the totals it cannot reach (not only in a tooltip), and a hardware cost of 0 says it counts the computer as
already owned. The real core defaults run, at a CPU laptop's speed: 2 tok/s generating (× 10 reading the prompt, as
the test profile has a GPU)."""

from __future__ import annotations

import functools
from types import SimpleNamespace

import pytest

from advisor.core.costs import default_inputs
from advisor.qt.pages.costs import CostsPage
from tests.qt import fakes
from tests.qt.helpers import make_page, state_with_profile, wait_idle

pytestmark = pytest.mark.gui


def _slow(_profile):
    return SimpleNamespace(tokens_per_second=2.0, fit=None, tier="7B", quant="Q4_K_M")


def _page(qtbot, settings):
    defaults = functools.partial(default_inputs, speed_estimator=_slow)
    state = state_with_profile()
    page = make_page(
        qtbot, CostsPage, state=state, settings=settings, services=fakes.services(default_cost_inputs=defaults)
    )
    page.initializePage()
    qtbot.waitUntil(lambda: state.costs is not None, timeout=10000)
    wait_idle(qtbot)
    return page, state


def test_the_default_usage_is_what_this_computer_generates_in_a_working_day(qtbot, settings):
    page, state = _page(qtbot, settings)
    # 8 h × 30 days at 0.275 s a token (half output at 2 tok/s, half prompt at 20 tok/s) = 3.14 M, shown as 3.1 M
    assert state.costs.inputs.tokens_per_month == 3_100_000 and page.spins["tokens_per_month"].value() == 3.1
    assert state.costs.capacity_ok is True
    assert not page.capacity_warning.isVisibleTo(page)
    assert (
        "what this computer can handle in 8\u00a0h a day, generating 2.0 tok/s "
        "and reading the input part (the prompts) faster"
    ) in page.spins["tokens_per_month"].toolTip()


def test_a_usage_beyond_the_machine_is_warned_and_no_saving_is_claimed(qtbot, settings):
    page, state = _page(qtbot, settings)
    page.spins["tokens_per_month"].setValue(10)  # 10 M × 0.275 s = 763.9 h a month: 25.5 h a day
    qtbot.waitUntil(lambda: state.costs.inputs.tokens_per_month == 10e6, timeout=3000)
    wait_idle(qtbot)
    assert page.capacity_warning.isVisibleTo(page)
    warning = page.capacity_warning.text()
    assert "need 25.5 hours of generation a day, but it is on 8 hours a day" in warning
    assert "not achievable" in page.local_month.text()
    assert "not reachable on this computer" in page.verdict.text() and "saves" not in page.verdict.text()


def test_a_hardware_cost_of_zero_says_it_counts_the_computer_as_owned(qtbot, settings):
    page, state = _page(qtbot, settings)
    hint = "Counted as already owned (0). Enter what it cost to count buying it."
    assert page.hardware_hint.isVisibleTo(page) and page.hardware_hint.text() == hint
    assert "saves" in page.verdict.text() and "no hardware cost counted" in page.verdict.text()
    page.spins["hardware_cost"].setValue(900)
    qtbot.waitUntil(lambda: state.costs.inputs.hardware_cost == 900, timeout=3000)
    wait_idle(qtbot)
    assert not page.hardware_hint.isVisibleTo(page)
