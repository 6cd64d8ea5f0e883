"""QApplication start-up. The wizard (advisor.qt.wizard) grows here page by page."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main(argv: Sequence[str]) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    window = QMainWindow()
    window.setWindowTitle("Local LLM Advisor")
    window.setCentralWidget(QLabel("Local LLM Advisor"))
    window.resize(900, 640)
    window.show()
    return app.exec()
