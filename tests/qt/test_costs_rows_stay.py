"""The Costs page's fields stay where they are when the country changes: the electricity price's source line under
the country is one to three lines long by country (Eurostat's sentence for Spain, a national regulator's for
Mexico, "not in the table" for a country without one), and the fields below it moved by a line or two each time —
a newcomer comparing countries lost the field they were looking at. The real core defaults, at the window's smallest
size (940×680)."""

from __future__ import annotations

import pytest

from tests.qt.helpers import costs_page_with_real_defaults, wait_idle

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_fields_below_the_country_do_not_move_between_countries(qtbot, settings, region, language):
    region(language, "ES")
    page, state = costs_page_with_real_defaults(qtbot, settings)
    page.resize(940, 680)
    page.show()
    qtbot.waitExposed(page)
    wait_idle(qtbot)
    below = page.currency  # the first field under the source line
    tops = {}
    lines = {}
    for index in range(page.country.count()):  # every country of the bundled table
        country = page.country.itemData(index)
        if not country:
            continue
        page.country.setCurrentIndex(index)
        page.country.activated.emit(index)
        qtbot.waitUntil(lambda: state.costs is not None, timeout=5000)
        wait_idle(qtbot)
        tops[country] = below.mapTo(page, below.rect().topLeft()).y()
        lines[country] = page.country_source.text().count("\n") + 1
    assert len(tops) >= 10
    assert len(set(tops.values())) == 1, " ".join(f"{c}={y}" for c, y in sorted(tops.items()))
