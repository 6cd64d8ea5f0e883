"""The Recommendation page's "Memory" column counts one quantity in every row: on a 16 GB PC with an RTX 3060 the
40B row (split) and the 70B row (too large) both give the whole model against the part of the card its layers fill
and the RAM budget together, named as the CLI and the report name it, while the reason names what ran out (review
"newcomer3", finding 3: "70B — Too large — 30.9 GiB of 13.6 GiB", only the RAM part, under "40B — 21.4 GiB of
24.5 GiB")."""

from __future__ import annotations

from pathlib import Path

import pytest

from advisor.core.hardware.profile_io import load_profile
from advisor.core.sizing.recommend import recommend
from advisor.qt import fmt
from advisor.qt.pages.recommendation import RecommendationPage
from advisor.qt.state import WizardState
from tests.qt import fakes
from tests.qt.helpers import make_page, wait_idle

pytestmark = pytest.mark.gui

PC = Path(__file__).resolve().parents[1] / "data" / "machines" / "gaming-rtx3060-12gb-16gb.json"
NEEDS = 4  # the table's memory column


def test_the_40b_and_70b_rows_give_the_whole_need_against_vram_and_ram(qtbot):
    state = WizardState()
    state.set_profile(load_profile(PC), detected=False, what_if=True)
    page = make_page(qtbot, RecommendationPage, state=state, services=fakes.services(recommend=recommend))
    page.initializePage()
    qtbot.waitUntil(lambda: page.isComplete() and page.tiers.rowCount() == 5, timeout=10000)
    wait_idle(qtbot)
    rec = state.recommendation
    cells = {page.tiers.item(r, 0).text()[:3]: page.tiers.item(r, NEEDS).text() for r in range(5)}
    rows = {t.tier: t for t in rec.tiers}
    for tier in ("40B", "70B"):
        t = rows[tier]
        assert cells[tier] == f"{fmt.gib(t.needs_bytes)} of {fmt.gib(t.available_bytes)} VRAM+RAM"
    assert rows["70B"].needs_bytes > rows["40B"].needs_bytes  # the bigger model, all of it
    # the rows on the card alone say so
    assert cells["13B"].endswith(" VRAM") and "RAM" not in cells["13B"].removesuffix("VRAM")
    # the reason names what ran out: the RAM beside the card's part, not the column's figure
    seventy = rows["70B"]
    ram_part = fmt.gib(seventy.needs_bytes - seventy.gpu_bytes)
    assert (
        "with the graphics card full"
        f" ({fmt.gib(seventy.gpu_bytes)}: whole layers and their buffers), the rest needs {ram_part} of system RAM"
        in (page.reasons.text())
    )


def test_the_5060ti_pcs_70b_row_has_what_whole_layers_fill_and_needs_more_than_that(qtbot):
    # review "newcomer4", finding 1: "41.7 GiB of 41.9 GiB VRAM+RAM · Too large", the card's whole budget counted
    profile = load_profile(
        {
            "ram": {"total_bytes": 32 * 2**30},
            "cpu": {"brand": "AMD Ryzen 5 7600 6-Core Processor"},
            "gpus": [{"name": "NVIDIA GeForce RTX 5060 Ti 16 GB", "vram_total_bytes": 16 * 2**30}],
            "battery": False,
        }
    )
    state = WizardState()
    state.set_profile(profile, detected=False, what_if=True)
    page = make_page(qtbot, RecommendationPage, state=state, services=fakes.services(recommend=recommend))
    page.initializePage()
    qtbot.waitUntil(lambda: page.isComplete() and page.tiers.rowCount() == 5, timeout=10000)
    wait_idle(qtbot)
    rec = state.recommendation
    row = next(t for t in rec.tiers if t.tier == "70B")
    cell = next(page.tiers.item(r, NEEDS).text() for r in range(5) if page.tiers.item(r, 0).text().startswith("70B"))
    # the card's part its whole layers fill, not its whole budget, beside the RAM's
    assert row.gpu_bytes < rec.budget.gpu_bytes
    assert cell == f"{fmt.gib(row.needs_bytes)} of {fmt.gib(row.gpu_bytes + rec.budget.usable_bytes)} VRAM+RAM"
    needs, has = (float(x.split()[0].replace(",", "")) for x in cell.removesuffix(" VRAM+RAM").split(" of "))
    assert needs >= has  # "too large" beside a need that is not below what it has
