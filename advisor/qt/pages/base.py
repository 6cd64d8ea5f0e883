"""What every wizard page shares: services and state, live retranslation, inline errors, background tasks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QWizardPage

from advisor.core.messages.translations import Msg
from advisor.qt import tasks
from advisor.qt.services import Services
from advisor.qt.state import WizardState
from advisor.qt.widgets.error_banner import ErrorBanner


def describe_error(error: BaseException) -> str:
    """One line for a person: a core error that carries its catalogue message (`msg` and `values`: the sizing
    engine's SizingError, a hardware file's, a GGUF fetch's) in the app's language, as the CLI words it; else the
    message, or the exception's name when it has none (no traceback)."""
    msg, values = getattr(error, "msg", None), getattr(error, "values", None)
    if isinstance(msg, Msg) and isinstance(values, dict):
        from advisor.qt import wording

        return wording.say().t(msg, **values)
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _is_field(widget, page) -> bool:
    """A text field of `page` (a line edit, a spin box, an editable combo box, or the line edit inside one)."""
    while widget is not None and widget is not page:
        if isinstance(widget, (QLineEdit, QAbstractSpinBox)) or (isinstance(widget, QComboBox) and widget.isEditable()):
            return page.isAncestorOf(widget)
        widget = widget.parentWidget()
    return False


class Page(QWizardPage):
    """Subclasses build their widgets, then implement `retranslate()` (called now and on every language change)."""

    def __init__(self, state: WizardState, services: Services, settings: QSettings | None = None) -> None:
        super().__init__()
        self.state = state
        self.services = services
        self.settings = settings
        self.error = ErrorBanner(self)
        # the only way pages run slow calls: one slot per kind of work, the previous run replaced (or kept)
        self.runner = tasks.TaskRunner(self)

    def retranslate(self) -> None:  # pragma: no cover - every page overrides it
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a field applies that field (its own returnPressed / editingFinished already ran) and stops here:
        it never reaches the wizard's default button, so typing in a box never turns the page."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and _is_field(QApplication.focusWidget(), self):
            event.accept()
            return
        super().keyPressEvent(event)

    def has_running_tasks(self) -> bool:
        return self.runner.running()

    def show_error(self, what: str, error: BaseException, retry: Callable[[], None] | None) -> None:
        self.error.show_error(f"{what}\n{describe_error(error)}", retry)
