"""A system set to "Español (Latinoamérica)" (es_419, offered by macOS and Windows) writes numbers 1,450.5, as the
command line reads the same setting; it names no country, so the costs keep their stated default (hostile review
"hostile5", F4: the app dropped the region and wrote Spain's 0,182)."""

from __future__ import annotations

import pytest

from advisor.qt import i18n
from tests.qt.helpers import costs_page_with_real_defaults

pytestmark = pytest.mark.gui


def test_the_system_region_419_is_read_and_written_as_latin_america(monkeypatch):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "es_419.UTF-8")
    assert i18n.system_region() == "419"
    assert i18n.region_locale("es", "419").toString(1450.5, "f", 1) == "1,450.5"


def test_the_costs_page_in_latin_american_spanish_writes_a_decimal_point(qtbot, settings, region):
    region("es", "419")
    page, _state = costs_page_with_real_defaults(qtbot, settings)
    assert not page.error.isVisible()
    price = page.spins["electricity_price_per_kwh"].text()
    assert "." in price and "," not in price.split()[0]  # 0.182 USD, not 0,182
