"""SVG icons from resources/icons (vector, so they stay sharp at any screen scale)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from advisor.core.resources import resource_path


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))
