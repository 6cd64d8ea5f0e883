"""Number fields that talk (Costs page): "-5", letters and out-of-range values are said next to the field instead
of vanishing, and "1.5" and "1,5" both mean one and a half, in Spanish as in English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from advisor.qt.widgets.checked_spin import parse_number
from tests.qt.test_pages import _costs_page


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.5", 1.5), ("1,5", 1.5), (" 2 ", 2.0), ("1.234,5", 1234.5), ("1,234.5", 1234.5), ("0.075", 0.075), (",5", 0.5)],
)
def test_both_decimal_signs_are_read(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.500", 1500), ("25,000", 25000), ("1.200", 1200), ("1.234.567", 1234567), ("1.5", 1.5), ("1,25", 1.25)],
)
def test_a_whole_number_field_reads_thousands_as_people_write_them(text, value):
    assert parse_number(text, whole=True) == pytest.approx(value)


@pytest.mark.parametrize("text", ["abc", "1e400", "nan", "inf", "", "--5", "5-"])
def test_what_is_not_a_plain_number_is_not_read(text):
    assert parse_number(text) is None


def _type(qtbot, spin, text: str) -> None:
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Tab)


def test_an_out_of_range_value_is_said_next_to_the_field_and_the_last_good_value_kept(qtbot, settings):
    page, _state = _costs_page(qtbot, settings)
    hours = page.spins["hours_per_day"]
    before = hours.value()
    _type(qtbot, hours, "-5")
    assert hours.value() == before  # never silently 5
    problem = page.field_problems["hours_per_day"]
    assert problem.isVisibleTo(page) and "between 0.5 and 24" in problem.text()
    _type(qtbot, hours, "30")
    assert hours.value() == before and "between 0.5 and 24" in problem.text()
    _type(qtbot, hours, "abc")
    assert hours.value() == before and "write a number" in problem.text()
    _type(qtbot, hours, "6.5")
    assert hours.value() == 6.5 and not problem.isVisibleTo(page)


def test_a_spanish_field_takes_a_decimal_point_too(qtbot, settings):
    from advisor.qt import i18n

    i18n.install_language("es")
    try:
        page, _state = _costs_page(qtbot, settings)
        hours = page.spins["hours_per_day"]
        _type(qtbot, hours, "1.5")
        assert hours.value() == 1.5  # not 15, not 1,00
        _type(qtbot, hours, "2,5")
        assert hours.value() == 2.5
        _type(qtbot, hours, "-1")
        assert "entre" in page.field_problems["hours_per_day"].text()
    finally:
        i18n.install_language("en")


def test_typing_a_currency_code_over_the_old_one_gives_that_code(qtbot, settings):
    """Select all, type EUR, leave the box: EUR everywhere (it used to read "USDUR", recomputed per keystroke)."""
    page, state = _costs_page(qtbot, settings)
    box = page.currency
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "usd")
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: state.costs is not None and state.costs.inputs.currency == "USD", timeout=5000)
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "EURO")  # a fourth letter is refused by the box
    assert box.currentText() == "EUR"
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: state.costs.inputs.currency == "EUR", timeout=5000)
    assert box.currentText() == "EUR" and page.api_month.text().endswith(" EUR")


def _what_if_page(qtbot):
    from advisor.qt.pages.hardware import HardwarePage
    from tests.qt.helpers import make_page, wait_idle

    page = make_page(qtbot, HardwarePage)
    page.detect()
    qtbot.waitUntil(lambda: page.gpu_combo.count() > 2, timeout=3000)
    wait_idle(qtbot)
    page.what_if_box.setChecked(True)
    return page


def test_the_what_if_ram_says_what_it_refused(qtbot):
    page = _what_if_page(qtbot)
    before = page.ram_spin.value()
    _type(qtbot, page.ram_spin, "-8")
    assert page.ram_spin.value() == before and page.ram_problem.isVisibleTo(page)
    assert "from 1 to 2048" in page.ram_problem.text()
    _type(qtbot, page.ram_spin, "32")
    assert page.ram_spin.value() == 32 and not page.ram_problem.isVisibleTo(page)


def test_a_typed_card_name_is_matched_or_its_closest_card_is_said(qtbot):
    page = _what_if_page(qtbot)
    box = page.gpu_combo
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "rtx4090")  # written as a driver or a person might: still the RTX 4090
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Tab)
    assert box.currentText().startswith("GeForce RTX 4090") and not page.gpu_note.isVisibleTo(page)
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "Acme Turbo 7")
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Tab)
    assert page.gpu_note.isVisibleTo(page) and "not in the table" in page.gpu_note.text()
