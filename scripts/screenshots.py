"""Render every wizard page in English and Spanish into docs/screenshots/ (PNG), offscreen, with realistic fake
data (a 32 GiB desktop with an RTX 4070 12 GiB; see tests/qt/fakes.py). Used for the README.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

NAMES = ("welcome", "hardware", "recommendation", "models", "server", "costs", "summary")
SIZE = (1000, 720)
# the country each language's screenshots are set in (the Welcome page's region, the Costs page's country, the
# currency and the way numbers are written): the one a Spanish or an English system locale would give
REGIONS = {"es": "ES", "en": "US"}
DOWNLOADED_SHARE = 0.35  # the download in progress on the Models page: this much of the selected file so far
DOWNLOAD_RATE = 48_200_000  # bytes/s


def pump(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def wait_for(app: QApplication, condition, timeout_s: float = 10.0) -> None:
    end = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for the page to settle")
        pump(app, 0.02)


def render(app: QApplication, language: str, out: Path, settings_dir: str) -> list[Path]:
    from advisor.qt import i18n, tasks
    from advisor.qt.services import Services
    from advisor.qt.wizard import AdvisorWizard, PageId
    from tests.qt import fakes

    i18n.install_language(language, REGIONS[language])  # as if the system's locale were es_ES / en_US
    settings = QSettings(str(Path(settings_dir) / f"{language}.ini"), QSettings.Format.IniFormat)
    # the real sizing engine (offline, pure math) so the Recommendation page shows the real verdict: its budget
    # line, what it assumed and the model it names; the real catalogue from its bundled snapshot, so the Models page
    # lists that class's repos; the real cost defaults (bundled electricity, exchange-rate and genai-prices tables:
    # offline) for the country above; the rest keeps the fakes (no network, no server), whose local models and
    # after-load prediction are sized by the same engine (tests/qt/fakes.py)
    real = Services()

    def offline_search(**kwargs):
        return real.search(**{**kwargs, "offline": True})

    services = dataclasses.replace(
        fakes.services(),
        recommend=real.recommend,
        tier_estimate=real.tier_estimate,
        search=offline_search,
        default_cost_inputs=real.default_cost_inputs,
    )
    wizard = AdvisorWizard(settings, services=services, language=language)
    wizard.resize(*SIZE)
    wizard.show()
    wizard.start_background_work()
    wait_for(app, lambda: wizard.state.profile is not None and not tasks.active())
    written = []
    for page_id, name in zip(PageId, NAMES, strict=True):
        if page_id != PageId.WELCOME:
            wizard.next()
        page = wizard.currentPage()
        pump(app, 0.1)
        wait_for(app, lambda: not tasks.active())
        if page_id == PageId.SERVER:  # show a finished benchmark and a streamed reply
            page.bench.run()
            wait_for(app, lambda: not tasks.active())
            page.chat.system.setText(
                "Responde en español, en una frase." if language == "es" else "Answer in one sentence."
            )
            page.chat.prompt.setPlainText(
                "¿Por qué ejecutar un modelo en local?" if language == "es" else "Why run a model locally?"
            )
            page.chat.send()
            wait_for(app, lambda: not tasks.active())
        if page_id == PageId.MODELS:  # a download of the selected file in progress: the bar, rate, time left, Cancel
            total = page.file_combo.currentData().size_bytes
            done = int(total * DOWNLOADED_SHARE)
            page._set_downloading(True)
            page._download_progress((done, total, DOWNLOAD_RATE, (total - done) / DOWNLOAD_RATE))
        pump(app, 0.2)
        path = out / f"{language}-{name}.png"
        wizard.grab().save(str(path))
        written.append(path)
    wizard.close()
    wizard.deleteLater()
    pump(app, 0.1)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory() as tmp:
        # no calibration, cache or settings of the person running it: the same pictures on every machine
        os.environ["LLM_ADVISOR_CONFIG_DIR"] = str(Path(tmp) / "config")
        os.environ["LLM_ADVISOR_CACHE_DIR"] = str(Path(tmp) / "cache")
        for language in ("en", "es"):
            for path in render(app, language, args.out, tmp):
                print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
