"""The wizard fits a 1366×768 laptop screen on the Recommendation page: with a what-if GPU that every size class
fits (the longest class table, every reason) the page scrolls instead of making the window taller than the screen,
and Back/Next stay on screen."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from advisor.core.hardware.profile_io import load_profile
from advisor.core.sizing.recommend import recommend
from advisor.qt.pages.recommendation import RecommendationPage
from advisor.qt.state import WizardState
from advisor.qt.wizard import AdvisorWizard, PageId
from tests.qt import fakes
from tests.qt.helpers import make_page, wait_idle

pytestmark = pytest.mark.gui

GIB = 1024**3
SCREEN_HEIGHT = 768
TITLE_BAR = 40  # the desktop's title bar above the window


def test_the_recommendation_page_fits_a_laptop_screen_with_every_class(qtbot, settings):
    wizard = AdvisorWizard(settings, services=fakes.services(recommend=recommend), language="en")
    qtbot.addWidget(wizard)
    font = wizard.font()  # the size of text on a laptop scaled to 125 %, as the review's screenshots had it
    font.setPointSizeF(font.pointSizeF() * 1.25)
    wizard.setFont(font)
    wizard.show()
    base = fakes.profile()
    big = dataclasses.replace(
        base.gpus[0], name="NVIDIA GeForce RTX 4090", vram_total_bytes=24 * GIB, vram_free_bytes=24 * GIB
    )
    wizard.state.set_profile(dataclasses.replace(base, gpus=(big,)), detected=False, what_if=True)
    wizard.setCurrentId(PageId.RECOMMENDATION)
    page = wizard.page(PageId.RECOMMENDATION)
    qtbot.waitUntil(lambda: page.isComplete() and page.tiers.rowCount() > 0, timeout=10000)
    wait_idle(qtbot)
    rows = page.tiers.rowCount()
    assert rows >= 5  # every size class is a row

    assert page.minimumSizeHint().height() < 700
    qtbot.waitUntil(lambda: wizard.minimumSize().height() >= page.minimumSizeHint().height(), timeout=3000)
    assert wizard.minimumSize().height() + TITLE_BAR <= SCREEN_HEIGHT
    assert wizard.minimumSize().width() <= 1366
    wizard.resize(wizard.width(), SCREEN_HEIGHT - TITLE_BAR)
    qtbot.waitUntil(lambda: wizard.height() <= SCREEN_HEIGHT - TITLE_BAR, timeout=3000)
    # the whole class table is inside the scrolled content (its last row not cut), and Next is inside the window
    last = page.tiers.rowViewportPosition(rows - 1) + page.tiers.rowHeight(rows - 1)
    assert last <= page.tiers.viewport().height()
    next_button = wizard.button(wizard.WizardButton.NextButton)
    bottom = next_button.mapTo(wizard, next_button.rect().bottomLeft()).y()
    assert next_button.isVisible() and bottom <= wizard.height()


def test_on_a_16_gib_m2_the_40b_row_says_its_low_quant_only_as_the_reason_does(qtbot):
    state = WizardState()
    m2 = Path(__file__).resolve().parents[1] / "data" / "machines" / "apple-m2-16gb.json"
    state.set_profile(load_profile(m2), detected=False, what_if=True)
    page = make_page(qtbot, RecommendationPage, state=state, services=fakes.services(recommend=recommend))
    page.initializePage()
    qtbot.waitUntil(lambda: page.isComplete() and page.tiers.rowCount() == 5, timeout=10000)
    wait_idle(qtbot)
    row = next(r for r in range(page.tiers.rowCount()) if page.tiers.item(r, 0).text().startswith("40B"))
    # the class's best low quant (Mistral-Small-24B at IQ4_XS; review round 6: it said Qwen2.5-32B's Q2_K)
    assert page.tiers.item(row, 1).text() == "IQ4_XS only"
    assert page.tiers.item(row, 2).text() != "Too large"
    assert "The next size up (40B) runs usably only at IQ4_XS" in page.reasons.text()
