"""The Recommendation page's "Memory" column counts one quantity in every row: on a 16 GB PC with an RTX 3060 the
40B row (split) and the 70B row (too large) both give the whole model against the card's and the RAM's budget
together, named as the CLI and the report name it, while the reason names what ran out (review "newcomer3",
finding 3: "70B — Too large — 30.9 GiB of 13.6 GiB", only the RAM part, under "40B — 21.4 GiB of 24.5 GiB")."""

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
    assert f"with {fmt.gib(seventy.gpu_bytes)} on the graphics card, the rest needs {ram_part} of system RAM" in (
        page.reasons.text()
    )
