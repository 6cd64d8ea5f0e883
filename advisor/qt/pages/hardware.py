"""Hardware: detection in the background, what was found, and a what-if editor that feeds every later page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from advisor.core.messages import sizing as sizing_words
from advisor.core.types import GpuInfo, GpuVendor, HardwareProfile
from advisor.qt import fmt, wording
from advisor.qt.pages.base import Page
from advisor.qt.widgets.checked_spin import CheckedSpinBox
from advisor.qt.widgets.icons import icon

GIB = 1024**3
_AS_DETECTED, _NO_GPU = "__detected__", "__none__"


def gpu_entry_to_info(entry: Any) -> GpuInfo:
    """A row of the bundled GPU table (or a GpuInfo already) → the GpuInfo the what-if profile carries."""
    if isinstance(entry, GpuInfo):
        return entry
    get = entry.get if isinstance(entry, dict) else lambda k, d=None: getattr(entry, k, d)
    vram = int(get("vram_bytes") or get("vram_total_bytes") or 0)
    vendor = get("vendor") or "other"
    return GpuInfo(
        name=str(get("name")),
        vendor=GpuVendor(vendor) if vendor in GpuVendor._value2member_map_ else GpuVendor.OTHER,
        vram_total_bytes=vram,
        vram_free_bytes=None,  # not known, as in profile_io.what_if: the engine takes off the desktop's allowance
        bandwidth_gbps=get("bandwidth_gbps"),
        board_power_watts=get("board_power_watts") or get("power_watts"),
        source="what-if",
    )


def _unknown_what_if_cpu(profile: HardwareProfile) -> bool:
    from advisor.core.hardware.profile_io import UNKNOWN_CPU  # loaded by then: the what-if made this profile

    return profile.cpu == UNKNOWN_CPU


class HardwarePage(Page):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._gpu_table: list[Any] | None = None

        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumHeight(14)
        self.busy_label = QLabel(self)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy_label)
        busy_row.addWidget(self.busy_bar, 1)

        self.found_box = QGroupBox(self)
        form = QFormLayout(self.found_box)
        self.ram_label, self.ram_value = QLabel(self), QLabel(self)
        self.cpu_label, self.cpu_value = QLabel(self), QLabel(self)
        self.gpu_label, self.gpu_value = QLabel(self), QLabel(self)
        self.lms_label, self.lms_value = QLabel(self), QLabel(self)
        self.disk_label, self.disk_value = QLabel(self), QLabel(self)
        for label, value in self._rows():
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
        self.detect_button = QPushButton(icon("refresh"), "", self)
        self.detect_button.clicked.connect(self.detect)

        self.what_if_box = QGroupBox(self)
        self.what_if_box.setCheckable(True)
        self.what_if_box.setChecked(False)
        wform = QFormLayout(self.what_if_box)
        wform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.ram_spin = CheckedSpinBox(self)
        self.ram_spin.setRange(1, 2048)
        self.ram_spin.setDecimals(1)  # what is typed (23.5 GiB) is what every page uses, to the tenth
        self.ram_spin.setSuffix(" GiB")
        self.ram_spin.setValue(16)
        self.gpu_combo = QComboBox(self)
        self.gpu_combo.setMinimumContentsLength(28)
        self.gpu_combo.setEditable(True)  # ~500 cards: type part of a name ("4090", "7900") to find one
        self.gpu_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.gpu_combo.completer()
        assert completer is not None  # an editable combo box has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.ram_spin_label, self.gpu_combo_label = QLabel(self), QLabel(self)
        self.ram_spin_label.setBuddy(self.ram_spin)
        self.gpu_combo_label.setBuddy(self.gpu_combo)
        self.ram_problem = QLabel(self)  # what the RAM field could not take, said beside it
        self.ram_problem.setStyleSheet("color: #b3261e")
        self.ram_problem.hide()
        self.gpu_note = QLabel(self)  # a typed card name: which table card it was taken as, or that none is close
        self.gpu_note.setWordWrap(True)
        self.gpu_note.hide()
        self._gpu_note_words: Callable[[], str] | None = None  # what the note says, said again on a new language
        wform.addRow(self.ram_spin_label, self.ram_spin)
        wform.addRow(self.ram_problem)
        wform.addRow(self.gpu_combo_label, self.gpu_combo)
        wform.addRow(self.gpu_note)
        self.what_if_note = QLabel(self)
        self.what_if_note.setWordWrap(True)
        wform.addRow(self.what_if_note)

        layout = QVBoxLayout(self)
        layout.addLayout(busy_row)
        layout.addWidget(self.error)
        layout.addWidget(self.found_box)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.detect_button)
        layout.addLayout(row)
        layout.addWidget(self.what_if_box)
        layout.addStretch(1)

        self.what_if_box.toggled.connect(self._what_if_toggled)
        self.ram_spin.valueChanged.connect(self._apply_what_if)
        self.ram_spin.problem.connect(self._ram_problem)
        self.gpu_combo.currentIndexChanged.connect(self._apply_what_if)
        line_edit = self.gpu_combo.lineEdit()
        assert line_edit is not None  # an editable combo box has one
        line_edit.editingFinished.connect(self._gpu_typed)
        self._set_busy(False)
        self.retranslate()

    def _rows(self):
        return [
            (self.ram_label, self.ram_value),
            (self.cpu_label, self.cpu_value),
            (self.gpu_label, self.gpu_value),
            (self.lms_label, self.lms_value),
            (self.disk_label, self.disk_value),
        ]

    # ------------------------------------------------------------------ detection
    def detect(self) -> None:
        if self.runner.running("detect"):  # a second click does not restart a detection under way
            return
        self.error.clear()
        self._set_busy(True)
        detect = self.services.detect
        self.runner.start("detect", lambda ctx: detect(), on_done=self._detected, on_failed=self._detect_failed)

    def _detected(self, profile: HardwareProfile) -> None:
        self._set_busy(False)
        self.state.set_profile(profile, detected=True)
        self._show_profile()
        if self.what_if_box.isChecked():
            self._apply_what_if()
        else:  # the editor starts from this machine
            self.ram_spin.blockSignals(True)
            self.ram_spin.setValue(round(profile.ram.total_bytes / GIB, 1))
            self.ram_spin.blockSignals(False)
        self.completeChanged.emit()
        if self._gpu_table is None:
            all_gpus = self.services.all_gpus
            self.runner.start(
                "gpu table", lambda ctx: list(all_gpus()), on_done=self._gpu_table_loaded, if_running="keep"
            )

    def _detect_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.show_error(self.tr("Detecting the hardware failed."), error, self.detect)
        self.completeChanged.emit()

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.detect_button.setEnabled(not busy)

    def isComplete(self) -> bool:
        return self.state.profile is not None

    # ------------------------------------------------------------------ what-if
    def _gpu_table_loaded(self, gpus: list[Any]) -> None:
        self._gpu_table = sorted(gpus, key=lambda g: (str(getattr(g, "vendor", "")), str(getattr(g, "name", g))))
        self._fill_gpu_combo()

    def _fill_gpu_combo(self) -> None:
        current = self.gpu_combo.currentData()
        self.gpu_combo.blockSignals(True)
        self.gpu_combo.clear()
        self.gpu_combo.addItem(self.tr("As detected"), _AS_DETECTED)
        self.gpu_combo.addItem(self.tr("No graphics card"), _NO_GPU)
        for i, entry in enumerate(self._gpu_table or []):
            gpu = gpu_entry_to_info(entry)
            memory = (
                self.tr("unified memory")
                if getattr(entry, "unified_memory", False)
                else fmt.gib(gpu.vram_total_bytes, 0)
            )
            self.gpu_combo.addItem(f"{wording.say().hardware_name(gpu.name)} — {memory}", i)
        index = self.gpu_combo.findData(current)
        self.gpu_combo.setCurrentIndex(index if index >= 0 else 0)
        self.gpu_combo.blockSignals(False)
        self._show_what_if_note()

    def _ram_problem(self, code: str) -> None:
        self.ram_problem.setVisible(bool(code))  # its one message: the range (set in retranslate)

    def _gpu_typed(self) -> None:
        """A typed name that is not a row: the table's card of that name, else its nearest sibling — said."""
        text = self.gpu_combo.currentText().strip()
        if not text or self.gpu_combo.findText(text) >= 0 or not self._gpu_table:
            self._say_gpu_note(None)
            return
        from advisor.core.hardware.gpu_table import GpuSpec, find_gpu, nearest_gpu
        from advisor.core.names import UnknownNameError

        suggestions: tuple[str, ...] = ()
        spec: GpuSpec | None
        try:
            spec, nearest = find_gpu(text), False
        except UnknownNameError as exc:
            spec, nearest, suggestions = nearest_gpu(text), True, exc.suggestions
        names = [getattr(g, "name", None) for g in self._gpu_table]
        if spec is None or spec.name not in names:
            listed = [name for name in suggestions if name in names]

            def none_close() -> str:
                note = self.tr(
                    "“{typed}” is not in the table of graphics cards, nor close to one: pick a card from the list."
                ).format(typed=text)
                if listed:
                    note += " " + self.tr("Did you mean: {names}?").format(names=", ".join(listed))
                return note

            self._say_gpu_note(none_close)
            self.gpu_combo.setCurrentIndex(max(0, self.gpu_combo.currentIndex()))
            return
        index = self.gpu_combo.findData(names.index(spec.name))
        card = spec.name
        if nearest:
            self._say_gpu_note(
                lambda: self.tr("“{typed}” is not in the table: the closest card, {card}, is used.").format(
                    typed=text, card=card
                )
            )
        else:
            self._say_gpu_note(None)
        self.gpu_combo.setCurrentIndex(index)

    def _say_gpu_note(self, words: Callable[[], str] | None) -> None:
        """The note under the GPU box (hidden for None); `words` is kept so that `retranslate` says it again."""
        self._gpu_note_words = words
        self.gpu_note.setText(words() if words is not None else "")
        self.gpu_note.setVisible(words is not None)

    def _what_if_toggled(self, on: bool) -> None:
        if on:
            if self.state.detected is not None:
                self.ram_spin.blockSignals(True)
                self.ram_spin.setValue(round(self.state.detected.ram.total_bytes / GIB, 1))
                self.ram_spin.blockSignals(False)
            self._apply_what_if()
        elif self.state.detected is not None:
            self.state.set_profile(self.state.detected, detected=False, what_if=False)
            self._show_profile()

    def selected_gpus(self) -> tuple[Any, ...] | None:
        """None keeps the detected GPUs; () means no GPU; else the chosen table row (what_if takes it as is)."""
        data = self.gpu_combo.currentData()
        if data in (None, _AS_DETECTED):
            return None
        if data == _NO_GPU:
            return ()
        assert self._gpu_table is not None  # a card's row is offered only once the table is loaded
        return (self._gpu_table[int(data)],)

    def _what_if_ram_bytes(self) -> int:
        """The RAM the what-if field shows, in bytes (rounded as it is shown)."""
        return round(round(self.ram_spin.value(), self.ram_spin.decimals()) * GIB)

    def _apply_what_if(self) -> None:
        base = self.state.detected
        if base is None or not self.what_if_box.isChecked():
            self._show_what_if_note()  # what the picked row would be given, before it is applied
            return
        ram = self._what_if_ram_bytes()
        gpus = self.selected_gpus()
        try:
            profile = self.services.what_if(base, ram_total_bytes=ram, gpus=gpus)
        except Exception as exc:  # a bad table row must not break the page
            self.show_error(self.tr("That hardware could not be applied."), exc, self._apply_what_if)
            return
        self.state.set_profile(profile, detected=False, what_if=True)
        self._show_profile()
        self._show_what_if_note()

    def _show_what_if_note(self) -> None:
        """What a card from the table is given (its free memory unknown): the desktop's share and the margin, with
        the picked card's own figures — the engine's budget, worded by the core catalogue."""
        if self._gpu_table is None:  # the table loads after the window shows, and the engine's words with it
            self.what_if_note.clear()
            return
        gpus = self.selected_gpus()
        entry = gpus[0] if gpus else None
        card: str | None = None
        total = 0
        if entry is not None and getattr(entry, "unified_memory", False):  # no card: a share of the RAM set here
            budget = self._what_if_budget()
            if budget is not None and budget.gpu_kind in ("unified", "shared"):
                name = gpu_entry_to_info(entry).name
                self.what_if_note.setText(sizing_words.what_if_shared(wording.say(), name, budget))
                return
        if entry is not None and not getattr(entry, "unified_memory", False):
            info = gpu_entry_to_info(entry)
            card, total = info.name, info.vram_total_bytes
        self.what_if_note.setText(sizing_words.what_if_vram(wording.say(), card, total or None))

    def _what_if_budget(self) -> Any:
        """The memory budget the engine gives the machine the what-if fields describe (the RAM and the chip picked),
        applied or not yet; None before anything is detected or when the row cannot be used."""
        base = self.state.detected
        if base is None:
            return None
        from advisor.core.sizing.machine import machine_from_profile

        ram = self._what_if_ram_bytes()
        try:
            profile = self.services.what_if(base, ram_total_bytes=ram, gpus=self.selected_gpus())
            return machine_from_profile(profile, calibrated=False).budget
        except Exception:  # the same row, applied, says what is wrong with it
            return None

    # ------------------------------------------------------------------ display
    def _show_profile(self) -> None:
        p = self.state.profile
        if p is None:
            for _label, value in self._rows():
                value.setText("—")
            return
        ram_words = (  # a described machine's free RAM is the usual reserve taken off, not what is free "now"
            self.tr("{total} total, {available} available after the system's usual reserve")
            if p.ram.available_source == "assumed"
            else self.tr("{total} total, {available} available now")
        )
        self.ram_value.setText(
            ram_words.format(total=fmt.gib(p.ram.total_bytes), available=fmt.gib(p.ram.available_bytes))
        )
        bandwidth = (  # a sentence of its own ("…right now.; memory bandwidth…": app review)
            " " + self.tr("Memory bandwidth: about {gbps} GB/s.").format(gbps=fmt.number(p.ram.bandwidth_gbps, 0))
            if p.ram.bandwidth_gbps
            else ""
        )
        self.ram_value.setToolTip(
            self.tr(
                "Models run from RAM when they do not fit on the graphics card. "
                "Available is what other programs leave free right now."
            )
            + bandwidth
        )
        cores = p.cpu.physical_cores  # never the threads (a file giving only logical_cores): no count then
        if self.state.what_if_active and _unknown_what_if_cpu(p):  # a card no Mac takes: another computer's CPU
            self.cpu_value.setText(self.tr("Not known for this what-if: a typical processor is assumed"))
        else:
            # a what-if integrated GPU's processor is named by its family ("AMD Ryzen 7040/8040 mobile"): in words
            brand = sizing_words.cpu_family(wording.say(), p.cpu.brand) if self.state.what_if_active else p.cpu.brand
            self.cpu_value.setText(
                self.tr("{brand} (%n core(s))", "", cores or 0).format(brand=brand) if cores else brand
            )
        simd = ", ".join(f for f in p.cpu.flags if f in ("avx2", "avx512f", "neon", "amx"))
        self.cpu_value.setToolTip(
            self.tr("The processor runs the layers that do not fit on the GPU.") + (f" SIMD: {simd}" if simd else "")
        )
        if p.gpus:
            lines = []
            say = wording.say()
            # an integrated GPU: what the recommendation says a model may use on it (detect's figure too)
            from advisor.core.sizing.machine import integrated_gpu_memory, integrated_gpus_unused  # heavy: on use

            shared, unused = integrated_gpu_memory(p), integrated_gpus_unused(p)
            for gpu, usable in zip(p.gpus, shared, strict=True):
                if usable is not None:
                    memory = sizing_words.integrated_gpu_memory(say, usable, unused=unused)
                    lines.append(f"{say.hardware_name(gpu.name)}: {memory}")
                elif gpu.unified_memory:
                    lines.append(
                        self.tr("{name}: unified memory shared with the CPU").format(name=say.hardware_name(gpu.name))
                    )
                elif gpu.vram_free_bytes is not None:
                    lines.append(
                        self.tr("{name}: {total} VRAM, {free} free").format(
                            name=say.hardware_name(gpu.name),
                            total=fmt.gib(gpu.vram_total_bytes),
                            free=fmt.gib(gpu.vram_free_bytes),
                        )
                    )
                else:
                    lines.append(
                        self.tr("{name}: {total} VRAM").format(
                            name=say.hardware_name(gpu.name), total=fmt.gib(gpu.vram_total_bytes)
                        )
                    )
            self.gpu_value.setText("\n".join(lines))
        else:
            self.gpu_value.setText(self.tr("No graphics card found: models will run on the processor."))
        from advisor.core.sizing.machine import integrated_gpu_memory  # heavy: on use

        shares_ram = bool(p.gpus) and all(
            gpu.unified_memory or usable is not None
            for gpu, usable in zip(p.gpus, integrated_gpu_memory(p), strict=True)
        )
        self.gpu_value.setToolTip(  # a Mac's or an integrated GPU has no VRAM of its own (app review)
            self.tr(
                "This graphics chip has no memory of its own: a model on it uses part of the system RAM, up to the "
                "share the system gives it."
            )
            if shares_ram
            else self.tr(
                "Video memory (VRAM) decides how much of a model runs on the graphics card. "
                "Free is what the desktop and other programs leave."
            )
        )
        lms = p.lmstudio
        if lms.models_dir:
            self.lms_value.setText(self.tr("{folder} (%n model(s))", "", len(lms.models)).format(folder=lms.models_dir))
        else:
            self.lms_value.setText(
                self.tr("Not found — install LM Studio from lmstudio.ai, or ignore this if you use another server.")
            )
        self.lms_value.setToolTip(self.tr("Where LM Studio keeps downloaded models; downloads from this app go there."))
        self.disk_value.setText(fmt.gib(lms.disk_free_bytes) if lms.disk_free_bytes is not None else "—")
        self.disk_value.setToolTip(
            self.tr("Free space on the disk that holds the models folder: a 7B model needs 4–6 GiB.")
        )
        self.found_box.setTitle(
            self.tr("What-if hardware (not this computer)") if self.state.what_if_active else self.tr("This computer")
        )

    def retranslate(self) -> None:
        self.setTitle(self.tr("Hardware"))
        self.setSubTitle(self.tr('What this computer has to run a model. Change it below to ask "what if".'))
        self.busy_label.setText(self.tr("Detecting your hardware…"))
        self.busy_bar.setAccessibleName(self.tr("Detecting your hardware"))
        self.ram_label.setText(self.tr("Memory (RAM):"))
        self.cpu_label.setText(self.tr("Processor:"))
        self.gpu_label.setText(self.tr("Graphics:"))
        self.lms_label.setText(self.tr("LM Studio folder:"))
        self.disk_label.setText(self.tr("Free disk:"))
        for label, value in self._rows():
            value.setAccessibleName(label.text().replace("&", "").rstrip(":"))
        self.detect_button.setText(self.tr("&Detect again"))
        self.detect_button.setToolTip(self.tr("Run the detection again, e.g. after closing programs that use the GPU."))
        self.what_if_box.setTitle(self.tr("&What if… (try other hardware)"))
        self.what_if_box.setToolTip(
            self.tr("Pretend this computer had other RAM or another graphics card; every later page uses it.")
        )
        self.ram_spin_label.setText(self.tr("R&AM:"))
        self.ram_spin.setAccessibleName(self.tr("RAM for what-if"))
        self.ram_spin.setToolTip(self.tr("Total system memory to assume."))
        self.ram_problem.setText(self.tr("Not taken: the RAM must be a number of GiB from 1 to 2048."))
        self.gpu_combo_label.setText(self.tr("&GPU:"))
        self.gpu_combo.setAccessibleName(self.tr("GPU for what-if"))
        self.gpu_combo.setToolTip(
            self.tr(
                "A GPU from the bundled table (graphics cards, Apple chips, integrated graphics: memory, bandwidth, "
                "power); type part of its name to find it."
            )
        )
        self._show_what_if_note()
        if self._gpu_note_words is not None:
            self._say_gpu_note(self._gpu_note_words)
        if self._gpu_table is not None:
            self._fill_gpu_combo()
        else:
            self.gpu_combo.clear()
            self.gpu_combo.addItem(self.tr("As detected"), _AS_DETECTED)
        self._show_profile()
