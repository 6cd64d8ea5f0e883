"""The Local server page's top panel: the address and key, the check and its diagnosis, what the server's process
really uses, and the servers found on this computer.

Its words keep the "ServerPage" translation context they had before the page was split (so the .ts files stay as
they are): every string goes through `translate("ServerPage", ...)`, never `self.tr()`.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advisor.core.urls import DEFAULT_SERVER_URL
from advisor.qt import fmt, wording
from advisor.qt.tasks import Cancelled
from advisor.qt.widgets.icons import icon

if TYPE_CHECKING:  # the server types load httpx: on a worker, when the page first checks
    from advisor.core.servers.after_load import AfterLoad
    from advisor.core.servers.types import ServerStatus
    from advisor.qt.pages.server import ServerPage

translate = QCoreApplication.translate  # pyside6-lupdate reads translate("ServerPage", "...") calls

CHECK, DISCOVER, AFTER_LOAD = "check server", "discover servers", "after load"  # the page's task names


def model_line(model: Any) -> str:
    """A server's model with the context it was loaded with (else its training context), as the CLI lists it:
    "qwen2.5-7b-instruct (context 2,048)"."""
    from advisor.core.costs.defaults import model_shown_name
    from advisor.core.messages.servers import model_context

    context, name = model_context(wording.say(), model), model_shown_name(str(model.id))  # a path: its file name
    return f"{name} ({context})" if context else name


class ServerCheck(QWidget):
    """Is the server at this address working? Writes `state.server` (and `state.server_url`); shows the diagnosis
    of whatever `state.server` holds."""

    def __init__(self, page: ServerPage) -> None:
        super().__init__(page)
        self._page = page
        self._bad_url: str | None = None
        self._discovered = False
        self._key: str | None = None  # the API key of the last check, for the after-load requests
        self._found: list[ServerStatus] | None = None  # the servers the list shows (None: not looked for yet)

        self.url = QLineEdit(page.state.server_url or DEFAULT_SERVER_URL, self)
        self.url_label = QLabel(self)
        self.url_label.setBuddy(self.url)
        self.api_key = QLineEdit(self)
        self.api_key.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.api_key.setMaximumWidth(180)
        self.api_key_label = QLabel(self)
        self.api_key_label.setBuddy(self.api_key)
        self.test_button = QPushButton(icon("plug"), "", self)
        url_row = QHBoxLayout()
        url_row.addWidget(self.url_label)
        url_row.addWidget(self.url, 1)
        url_row.addWidget(self.api_key_label)
        url_row.addWidget(self.api_key)
        url_row.addWidget(self.test_button)
        self.url_error = QLabel(self)  # an address that cannot be a server, said next to the field it is about
        self.url_error.setObjectName("urlError")
        self.url_error.setWordWrap(True)
        self.url_error.setStyleSheet("color: #8a1c1c")
        self.url_error.hide()
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(10)
        self.busy.hide()

        self.diagnosis = QLabel(self)
        self.diagnosis.setWordWrap(True)
        self.diagnosis.setTextFormat(Qt.TextFormat.RichText)
        self.diagnosis.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.after_load = QLabel(self)  # a local server's real memory use and speed against the estimate
        self.after_load.setObjectName("afterLoad")
        self.after_load.setWordWrap(True)
        self.after_load.setTextFormat(Qt.TextFormat.PlainText)  # file and model names come from the server
        self.after_load.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.after_load.hide()
        self.found_box = QGroupBox(self)
        self.found = QListWidget(self)
        self.found.setMaximumHeight(90)
        # an entry longer than the box wraps (the Spanish "none found" line is): never cut off behind a scroll bar
        self.found.setWordWrap(True)
        self.found.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.found.setResizeMode(QListWidget.ResizeMode.Adjust)
        QVBoxLayout(self.found_box).addWidget(self.found)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(url_row)
        layout.addWidget(self.url_error)
        layout.addWidget(self.busy)
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.diagnosis)
        left.addWidget(self.after_load)
        left.addStretch(1)
        top.addLayout(left, 3)
        top.addWidget(self.found_box, 2)
        layout.addLayout(top)

        self.test_button.clicked.connect(self.test_connection)
        self.url.returnPressed.connect(self.test_connection)
        self.url.textChanged.connect(self._url_changed)
        self.found.itemActivated.connect(self._use_found)
        self.found.itemClicked.connect(self._use_found)
        page.state.server_changed.connect(self.show_status)
        page.state.server_changed.connect(self._benchmark_changed)
        page.state.profile_changed.connect(self._profile_changed)
        self.retranslate()

    def initialize(self) -> None:
        """When the page is shown: look for servers once, and check the address unless it was checked already."""
        if not self._discovered:
            self.discover()
        if self._page.state.server is None and not self._page.runner.running(CHECK):
            self.test_connection()

    # ------------------------------------------------------------------ the API key
    def key(self) -> tuple[bool, str | None]:
        """(usable, the token trimmed or None when the field is blank). A token no HTTP header can carry (an 'ñ',
        a typographic dash) is refused here, inline, before it reaches the core."""
        text = self.api_key.text()
        if not text.strip():
            return True, None
        from advisor.core.servers.http import ApiKeyError, clean_api_key  # httpx/openai load on first use

        try:
            return True, clean_api_key(text)
        except ApiKeyError:
            self._page.error.show_error(
                translate(
                    "ServerPage",
                    "The API key has characters a server cannot receive (such as ñ, a typographic dash or "
                    "a line break). Copy it again from the server's settings.",
                ),
                None,
            )
            self.api_key.setFocus()
            self.api_key.selectAll()
            return False, None

    # ------------------------------------------------------------------ check
    def test_connection(self) -> None:
        page = self._page
        url = self.url.text().strip() or DEFAULT_SERVER_URL
        page.state.server_url = url
        self.url.setText(url)
        self._show_url_error(None)
        if page.settings is not None:
            page.settings.setValue("server/url", url)
        valid, key = self.key()
        if not valid:
            return
        self._key = key
        page.error.clear()
        self.busy.show()
        check = page.services.check_server
        page.runner.start(
            CHECK, lambda ctx: check(url, api_key=key), on_done=self._checked, on_failed=self._check_failed
        )

    def _url_changed(self, text: str) -> None:
        """What was shown belongs to the URL it was measured on: a new URL starts from "not tested"."""
        if text.strip() == (self._page.state.server_url or "") and self.url_error.isHidden():
            return
        if self._page.runner.running(CHECK):
            self._page.runner.cancel(CHECK)
            self.busy.hide()
        self._show_url_error(None)
        self._forget_server()

    def _forget_server(self, status: ServerStatus | None = None) -> None:
        """The old server's diagnosis, benchmark and models are not this one's (the other panels follow the state)."""
        self.after_load.clear()
        self.after_load.hide()
        state = self._page.state
        if state.server is not None or state.benchmark is not None or status is not None:
            state.reset_server(status)

    def _checked(self, status: ServerStatus) -> None:
        self.busy.hide()
        state = self._page.state
        if status.problem is not None:
            self._forget_server(status)
            self._rediscover()
            return
        if state.server is None or state.server.url != status.url:
            state.reset_server(status)
        else:
            state.set_server(status)
        self._check_after_load(self.url.text().strip() or status.url, status)

    def _check_failed(self, error: BaseException) -> None:
        self.busy.hide()
        if isinstance(error, Cancelled):
            return
        self._forget_server()
        self._rediscover()
        if isinstance(error, ValueError):  # the core's word for an address that cannot be a server
            self._show_url_error(self.url.text().strip())
            self.url.setFocus()
            self.url.selectAll()
            return
        self._page.show_error(translate("ServerPage", "Testing the server failed."), error, self.test_connection)

    def _show_url_error(self, url: str | None) -> None:
        self._bad_url = url
        if url is None:
            self.url_error.clear()
            self.url_error.hide()
            return
        self.url_error.setText(
            translate("ServerPage", "Not a valid URL: {url}. Write it like http://localhost:1234/v1").format(url=url)
        )
        self.url_error.show()

    def show_status(self) -> None:
        """The diagnosis of `state.server`, as rich text in which everything the server sent is escaped."""
        status = self._page.state.server
        if status is None:
            self.diagnosis.setText(translate("ServerPage", "Not tested yet."))
            return
        # model ids, its version, its error text: the label is rich text, and a server must not write into it
        esc = html.escape
        if status.problem is None:
            models = esc(", ".join(model_line(m) for m in status.models)) or "—"
            answered = (
                translate("ServerPage", "Answered in {ms} ms").format(ms=fmt.number(status.elapsed_ms, 0))
                if status.elapsed_ms is not None
                else ""
            )
            connected = translate("ServerPage", "Connected to {kind} {version}").format(
                kind=esc(wording.server_kind_name(status.kind)), version=esc(status.version or "")
            )
            self.diagnosis.setText(
                f"<b style='color:#1b5e20'>✔ {connected}</b><br>"
                + translate("ServerPage", "Models: {models}").format(models=models)
                + (f"<br>{esc(answered)}" if answered else "")
            )
            return
        what, advice = wording.server_problem(status.problem, servers_listed=self.servers_listed())
        kind = (
            translate("ServerPage", "Found {kind}.").format(kind=wording.server_kind_name(status.kind)) + " "
            if status.kind
            else ""
        )
        self.diagnosis.setText(f"<b style='color:#8a1c1c'>✖ {esc(what)}</b><br>{esc(kind)}{esc(advice)}")

    # ------------------------------------------------------------------ what the server really uses
    def _check_after_load(self, url: str, status: ServerStatus) -> None:
        """For a server on this machine: what its loaded model really uses and how fast it runs, against the
        estimate for that file (the recommendation's context and quant said where they differ)."""
        self.after_load.hide()
        state = self._page.state
        profile = state.detected or state.profile
        if profile is None or state.what_if_active:  # a what-if is not the machine the server runs on
            return
        bench, rec = state.benchmark, state.recommendation
        options = {
            "kind": status.kind,
            "api_key": self._key,
            "assumed_context": state.context,
            "recommendation": rec,
            "measured_tokens_per_second": getattr(bench, "tokens_per_second", None),
            "measured_model": getattr(bench, "model", None),
        }
        after_load = self._page.services.after_load

        def work(ctx: object) -> AfterLoad | None:
            from advisor.core.servers.http import normalize_url  # the address as typed, made a base URL

            return after_load(normalize_url(url), profile, **options)

        self._page.runner.start(AFTER_LOAD, work, on_done=self._after_loaded)

    def _profile_changed(self) -> None:
        """A calibration saved by a benchmark, or reset, (or the machine detected again) changes every estimate
        (the pages recompute on this signal): the prediction after load is worked out again, on a worker, so that
        it is the estimate the other pages now show."""
        state = self._page.state
        status = state.server
        if status is None or status.problem is not None or state.what_if_active:
            return
        if state.after_load is None and not self._page.runner.running(AFTER_LOAD):
            return  # not checked (a what-if was on when the server was): nothing shown to bring up to date
        self._check_after_load(self.url.text().strip() or status.url, status)

    def _after_loaded(self, loaded: AfterLoad | None) -> None:
        if self._page.state.server is None or loaded is None:
            return
        self._page.state.after_load = loaded  # the report includes it
        self.show_after_load()

    def _benchmark_changed(self) -> None:
        """A benchmark of this server ended: its speed goes beside the predicted one."""
        state = self._page.state
        loaded, bench = state.after_load, state.benchmark
        speed = getattr(bench, "tokens_per_second", None)
        if loaded is None or speed is None or speed == loaded.measured_tokens_per_second:
            return
        from advisor.core.servers.after_load import with_measured_speed  # loaded already by the check's worker

        state.after_load = with_measured_speed(loaded, speed, getattr(bench, "model", None))
        self.show_after_load()

    def show_after_load(self) -> None:
        """'Memory: predicted 5.0 GiB · using 4.8 GiB', the speed, the model, why they differ, what is missing."""
        from advisor.core.messages import after_load as words

        loaded = getattr(self._page.state, "after_load", None)
        if loaded is None or "not_local" in loaded.notes:
            self.after_load.clear()  # a remote server's process cannot be looked at: nothing to set side by side
            self.after_load.hide()
            return
        lines: list[str] = []
        for label, value in words.labelled_rows(wording.say(), loaded):
            if isinstance(value, str):
                lines.append(f"{label}: {value}")
            elif value:
                lines.append(f"{label}:")
                lines.extend(f"  • {item}" for item in value)
        self.after_load.setText("\n".join(lines))
        self.after_load.setVisible(bool(lines))

    # ------------------------------------------------------------------ servers found
    def discover(self) -> None:
        self._discovered = True
        discover = self._page.services.discover_servers
        self._page.runner.start(
            DISCOVER,
            lambda ctx: list(discover()),
            on_done=self._show_found,
            on_failed=lambda _e: self._show_found([]),
            if_running="keep",
        )

    def _rediscover(self) -> None:
        """After a failed check the list of servers found is looked at again: what it said may be out of date."""
        if self._page.runner.running(DISCOVER):
            return
        self._found = None
        self.found.clear()
        self.discover()

    def _show_found(self, servers: list[ServerStatus]) -> None:
        self._found = list(servers)
        self._list_found()
        self.show_status()  # the advice for a stopped server points to this list only when it holds one

    def _list_found(self) -> None:
        """The servers found, in the current language (listed again from the same servers on a language change)."""
        self.found.clear()
        servers = self._found
        if servers is None:
            return
        for s in servers:
            ready = translate("ServerPage", "ready") if s.problem is None else wording.server_problem(s.problem)[0]
            item = QListWidgetItem(f"{wording.server_kind_name(s.kind)} — {s.url} ({ready})")
            item.setData(Qt.ItemDataRole.UserRole, s.url)
            item.setToolTip(translate("ServerPage", "Click to use this server."))
            self.found.addItem(item)
        if not servers:
            item = QListWidgetItem(translate("ServerPage", "No local server found on the usual ports."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.found.addItem(item)

    def servers_listed(self) -> bool:
        """The list holds at least one server to click (not only the line saying there is none)."""
        return any(self.found.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.found.count()))

    def _use_found(self, item: QListWidgetItem) -> None:
        url = item.data(Qt.ItemDataRole.UserRole)
        if url:
            self.url.setText(url)
            self.test_connection()

    # ------------------------------------------------------------------ words
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.url_label.setText(translate("ServerPage", "Server &URL:"))
        self.url.setAccessibleName(translate("ServerPage", "Server URL"))
        self.url.setToolTip(
            translate(
                "ServerPage",
                "The base URL your code passes to the openai package; LM Studio's is http://localhost:1234/v1.",
            )
        )
        self.test_button.setText(translate("ServerPage", "&Test connection"))
        self.api_key_label.setText(translate("ServerPage", "API &key:"))
        self.api_key.setPlaceholderText(translate("ServerPage", "optional"))
        self.api_key.setAccessibleName(translate("ServerPage", "API key"))
        self.api_key.setToolTip(
            translate(
                "ServerPage",
                "Only if the server asks for one (LM Studio's authentication, vLLM --api-key). It is not saved.",
            )
        )
        self.found_box.setTitle(translate("ServerPage", "Servers found on this computer"))
        self.found.setAccessibleName(translate("ServerPage", "Servers found on this computer"))
        row = self.found.currentRow()
        self._list_found()
        if 0 <= row < self.found.count():  # the same servers listed again: the one picked stays picked
            self.found.setCurrentRow(row)
        self.show_status()
        self.show_after_load()
        if self._bad_url is not None:
            self._show_url_error(self._bad_url)
