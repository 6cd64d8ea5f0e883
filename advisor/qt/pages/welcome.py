"""Welcome: what the app will do, and the language (Español / English) — switching retranslates everything live."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout

from advisor.qt.pages.base import Page
from advisor.qt.widgets.icons import icon

# Language names are written in their own language, so nobody needs to read a foreign word to find theirs.
LANGUAGE_NAMES = (("es", "Español"), ("en", "English"))


class WelcomePage(Page):
    language_chosen = Signal(str)

    def __init__(self, *args, language: str = "en", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        font = self.intro.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.intro.setFont(font)
        self.picture = QLabel(self)
        self.picture.setPixmap(icon("app").pixmap(128, 128))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.steps = QLabel(self)
        self.steps.setWordWrap(True)
        self.privacy = QLabel(self)
        self.privacy.setWordWrap(True)
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.language_label, self.language)
        text = QVBoxLayout()
        text.addWidget(self.intro)
        text.addWidget(self.steps)
        text.addSpacing(12)
        text.addLayout(form)
        text.addSpacing(12)
        text.addWidget(self.privacy)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.picture)
        layout.addSpacing(16)
        layout.addLayout(text, 1)
        self.language.currentIndexChanged.connect(lambda _i: self.language_chosen.emit(self.language.currentData()))
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome"))
        self.setSubTitle(self.tr("Which language model can this computer run — and is it worth it?"))
        self.intro.setText(
            self.tr(
                "In about two minutes this assistant finds out what your computer can run and helps you get it working."
            )
        )
        self.steps.setText(
            self.tr(
                "<ol>"
                "<li>Detects your RAM, processor and graphics card.</li>"
                "<li>Recommends a model size and quantisation, with the speed to expect.</li>"
                "<li>Finds matching GGUF models on Hugging Face and downloads one.</li>"
                "<li>Tests your local server (LM Studio, Ollama, llama.cpp) and measures its speed.</li>"
                "<li>Compares the cost of running it yourself with paying for an API.</li>"
                "<li>Writes a report you can save or share.</li>"
                "</ol>"
            )
        )
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setToolTip(self.tr("The language of the whole app; it changes at once."))
        self.privacy.setText(
            self.tr(
                "Nothing leaves your computer except searches on Hugging Face and requests to the servers you test."
            )
        )
