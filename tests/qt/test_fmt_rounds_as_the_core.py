"""The app writes every figure as the command line and the report do. App review: the API's price per million tokens
read 107.72 MXN on the Costs page and 107.73 MXN from `cost` (the exact value is 107.725; QLocale rounds the binary
value, 107.72499…, down)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from advisor.core.messages.language import number_style
from advisor.qt import fmt

pytestmark = pytest.mark.gui

HALVES = [107.725, 2.675, 1.005, 0.125, 0.145, 4.35, 10.05, 1234.5, 99.995, -2.675, 0.0]


@pytest.mark.parametrize("locale", ["es_MX", "es_ES", "en_US"])
def test_the_apps_numbers_are_the_command_lines(qapp, locale):
    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        core = number_style(locale, locale[:2])
        for value in HALVES:
            for decimals in (0, 1, 2, 3):
                assert fmt.number(value, decimals) == core.number(value, decimals), (value, decimals)
        assert fmt.money(107.725, "MXN") == f"107{core.decimal}73 MXN"
        for value in (float("nan"), float("inf"), -float("inf")):  # no number: a dash, as the command line writes it
            assert fmt.number(value, 2) == core.number(value, 2) == "—"
    finally:
        QLocale.setDefault(before)
