"""At the app's default window size (940×680) every text is shown whole, in Spanish (the longer language) and in
English: a word-wrapped label is as tall as its lines need, where it is not in a column that scrolls it is not cut
by the box it stands in, a list's line wraps inside the list instead of running off its edge, and a table row is
as tall as its longest cell (a long repository name on the Models page).

The Costs page is walked through every country of the electricity table: each source sentence (its reliability and
date last, what a user checks) is whole, and changing the country never makes the window grow."""

from __future__ import annotations

import dataclasses
import functools

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QListView, QScrollArea, QTableView, QWidget

from advisor.core.costs import default_inputs
from advisor.core.costs.electricity import bundled_table
from advisor.core.types import FitLevel
from advisor.qt.wizard import AdvisorWizard, PageId
from tests.qt import fakes
from tests.qt.helpers import wait_idle

pytestmark = pytest.mark.gui

DEFAULT_SIZE = QSize(940, 680)  # AdvisorWizard's size the first time (no saved geometry)
REGIONS = {"es": "ES", "en": "US"}


def _wizard(qtbot, settings, region, language: str, **services) -> AdvisorWizard:
    region(language, REGIONS[language])
    wizard = AdvisorWizard(settings, services=fakes.services(**services), language=language)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.start_background_work()
    qtbot.waitUntil(lambda: wizard.state.profile is not None, timeout=5000)
    wait_idle(qtbot)
    assert wizard.size() == DEFAULT_SIZE
    return wizard


def _go_to(qtbot, wizard: AdvisorWizard, page_id: PageId) -> None:
    while wizard.currentId() != page_id:
        qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=5000)
        wizard.next()
        qtbot.waitUntil(lambda: not wizard.currentPage().has_running_tasks(), timeout=5000)
        wait_idle(qtbot)
        qtbot.wait(50)  # the layouts take the page's words in (posted layout requests)


def _scroller(widget: QWidget) -> QScrollArea | None:
    """The scroll area `widget` is in, if any: what does not fit there is scrolled to, not cut."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def _seen(widget: QWidget, window: QWidget) -> QRect:
    """The part of `widget` its ancestors leave visible, in the window's coordinates."""
    seen = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        seen = seen.intersected(QRect(parent.mapTo(window, parent.rect().topLeft()), parent.size()))
        parent = parent.parentWidget()
    return seen.intersected(window.rect())


def _cut_texts(wizard: AdvisorWizard) -> list[str]:
    """Every text on the current page that is not shown whole."""
    page, cut = wizard.currentPage(), []
    for label in page.findChildren(QLabel):
        if not label.isVisible() or not label.text().strip():
            continue
        if label.wordWrap() and label.height() < label.heightForWidth(label.width()):
            cut.append(f"{label.text()[:60]!r}: {label.height()} px of {label.heightForWidth(label.width())}")
        elif _scroller(label) is None and _seen(label, wizard).size() != label.size():
            cut.append(f"{label.text()[:60]!r}: cut by its box")
    for view in page.findChildren(QListView):
        if view.isVisible() and view.horizontalScrollBar().isVisible():
            cut.append(f"{view.accessibleName()}: scrolls sideways")
    for table in page.findChildren(QTableView):
        model = table.model()
        if not table.isVisible() or model is None:
            continue
        for row in range(model.rowCount()):
            if table.rowHeight(row) < table.sizeHintForRow(row):  # a wrapped cell's last line cut
                cells = [str(model.index(row, col).data() or "") for col in range(model.columnCount())]
                cut.append(f"{table.accessibleName()} row {' | '.join(cells)[:60]!r}: cut")
    return cut


def _real_cost_defaults():
    """The real defaults: the bundled electricity table and its sentences (no sizing estimate: nothing slow runs)."""
    return functools.partial(default_inputs, speed_estimator=lambda _profile: None)


LONG_REPO = "bartowski/Mistral-Small-24B-Instruct-2501-GGUF"  # in the bundled list; three lines in the Model column


def _with_a_long_name(**options):
    """The fake Hub's models, the first under a long real repository name, its files placed as a mixture of experts
    is on a 12 GB card (the widest fit column: "GPU parcial · expertos de 23 capas en la RAM")."""
    found = fakes.search(**options)
    first = found.candidates[0]
    moe = tuple(
        dataclasses.replace(f, fit=FitLevel.PARTIAL_OFFLOAD, n_cpu_moe=23, total_layers=48) for f in first.files
    )
    first = dataclasses.replace(first, repo_id=LONG_REPO, files=moe)
    return dataclasses.replace(found, candidates=(first, *found.candidates[1:]))


@pytest.mark.parametrize("language", ["es", "en"])
def test_every_page_shows_its_texts_whole_at_the_default_size(qtbot, settings, region, language):
    # a first run: no server started yet (none found either), the region's real electricity price and its source
    wizard = _wizard(
        qtbot,
        settings,
        region,
        language,
        check_server=fakes.server_refused,
        discover_servers=lambda **_: [],
        default_cost_inputs=_real_cost_defaults(),
        search=_with_a_long_name,
    )
    for page_id in PageId:
        _go_to(qtbot, wizard, page_id)
        assert _cut_texts(wizard) == [], page_id.name
        if page_id == PageId.MODELS:
            assert LONG_REPO in [wizard.currentPage().proxy.index(r, 0).data() for r in range(3)]  # checked above


@pytest.mark.parametrize("language", ["es", "en"])
def test_every_countrys_electricity_source_is_shown_whole_and_the_window_never_grows(qtbot, settings, region, language):
    wizard = _wizard(qtbot, settings, region, language, default_cost_inputs=_real_cost_defaults())
    _go_to(qtbot, wizard, PageId.COSTS)
    page = wizard.currentPage()
    source = page.country_source
    scroller = _scroller(source)
    viewport = scroller.viewport() if scroller is not None else page
    for code in bundled_table().countries:
        page.country.setCurrentIndex(page.country.findData(code))
        page.country.activated.emit(page.country.currentIndex())
        qtbot.waitUntil(lambda c=code: page.state.costs.inputs.origin("country").values["country"] == c, timeout=5000)
        wait_idle(qtbot)
        qtbot.wait(50)  # the layouts take the new words in (posted layout requests)
        text = source.text()
        assert "table of" in text or "tabla del" in text, code  # the sentence ends with its date
        assert source.height() >= source.heightForWidth(source.width()), f"{code}: {text}"
        # whole without scrolling: the column has room for the longest source at the default size
        shown = QRect(source.mapTo(viewport, source.rect().topLeft()), source.size())
        assert viewport.rect().contains(shown), f"{code}: {text}"
        assert _cut_texts(wizard) == [], code
        assert wizard.size() == DEFAULT_SIZE, code


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_empty_server_list_says_so_whole_inside_its_box(qtbot, settings, region, language):
    wizard = _wizard(
        qtbot, settings, region, language, check_server=fakes.server_refused, discover_servers=lambda **_: []
    )
    _go_to(qtbot, wizard, PageId.SERVER)
    found = wizard.currentPage().check.found
    assert found.count() == 1
    item = found.item(0)
    none_found = {"es": "No hay ningún servidor local en los puertos habituales.", "en": "No local server found"}
    assert item.text().startswith(none_found[language])
    assert not found.horizontalScrollBar().isVisible()
    shown = found.visualItemRect(item)
    assert found.viewport().rect().contains(shown)  # the whole line, wrapped, inside the box
    needed = found.fontMetrics().boundingRect(QRect(0, 0, shown.width(), 10_000), Qt.TextFlag.TextWordWrap, item.text())
    assert needed.height() <= shown.height()
