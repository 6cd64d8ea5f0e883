"""The Qt binding must not leak or drop references: PySide6 6.12.0 dropped one reference to None on every call that
returns nothing, and on Python 3.11 the app then died with "Fatal Python error: none_dealloc" after a long session
(pyproject.toml excludes that release there)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

pytestmark = pytest.mark.gui


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12: its count never moves")
def test_calls_that_return_nothing_keep_the_reference_count_of_none(qapp):
    label, obj = QLabel(), QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
        obj.setObjectName("x")
    assert sys.getrefcount(None) - before > -100, "this PySide6 release drops references to None: pin another one"
