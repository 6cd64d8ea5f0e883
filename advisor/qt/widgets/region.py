"""A country picker, each country named in the app's language: the app's region (Welcome page) and the country of
the cost comparison (Costs page) use it.

Names come from the message catalogue for the countries of the electricity table (`costs.country_name`), from Qt's
CLDR data for the Spanish-speaking ones (`nativeTerritoryName` of es_MX is "México"), else Qt's English name.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from advisor.qt import i18n

# The regions offered for number formats: the Spanish-speaking countries (Qt has a Spanish locale for each) and the
# countries of the electricity table; the system's own region is added when it is none of these.
SPANISH_SPEAKING = (
    "AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "ES", "GQ", "GT", "HN", "MX",
    "NI", "PA", "PE", "PR", "PY", "SV", "US", "UY", "VE",
)  # fmt: skip


def region_name(code: str) -> str:
    """The country `code` ('MX') in the app's language: 'México' in Spanish, 'Mexico' in English."""
    from advisor.core.messages import costs
    from advisor.qt import wording

    if code.upper() in costs.COUNTRIES:
        return costs.country_name(wording.say(), code)
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    if i18n.current_language() == "es":
        spanish = QLocale(QLocale.Language.Spanish, territory)
        if spanish.territory() == territory and spanish.language() == QLocale.Language.Spanish:
            name = spanish.nativeTerritoryName()
            return name[:1].upper() + name[1:]
    return QLocale.territoryToString(territory)


def _sort_key(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", name.casefold()) if not unicodedata.combining(c))


class RegionBox(QComboBox):
    """Countries by name (data: the ISO code), sorted in the app's language and renamed when it changes.

    `chosen(code)` is emitted only for a choice the user makes, never for `set_region`."""

    chosen = Signal(str)

    def __init__(self, codes: Iterable[str], region: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._codes = tuple(dict.fromkeys(c.upper() for c in codes))
        self._region = region.upper()
        self.label = QLabel(parent)  # the form label; its words are the owner's
        self.label.setBuddy(self)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._fill()
        self.activated.connect(self._activated)

    def region(self) -> str:
        return self._region

    def set_region(self, code: str) -> None:
        """Show `code` as chosen (added to the list when it is not there), without emitting `chosen`."""
        self._region = code.upper()
        self._fill()

    def _fill(self) -> None:
        codes = self._codes if not self._region or self._region in self._codes else (*self._codes, self._region)
        named = sorted(((region_name(code), code) for code in codes), key=lambda pair: _sort_key(pair[0]))
        self.blockSignals(True)
        self.clear()
        for name, code in named:
            self.addItem(name, code)
        self.setCurrentIndex(self.findData(self._region) if self._region else -1)
        self.blockSignals(False)

    def _activated(self, index: int) -> None:
        code = str(self.itemData(index) or "")
        if code and code != self._region:
            self._region = code
            self.chosen.emit(code)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()  # the names, and their order, are the language's
        super().changeEvent(event)
