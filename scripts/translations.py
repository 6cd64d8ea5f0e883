"""Refresh the translation files from the code: pyside6-lupdate over every file that holds messages, then
pyside6-lrelease. Run it after adding or changing a message; translate the new entries in Qt Linguist
(`pyside6-linguist resources/translations/advisor_es.ts`), then run it again to compile.

    python scripts/translations.py           # update the .ts files and compile the .qm files
    python scripts/translations.py --list    # print the source files lupdate reads
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOLS = Path(sys.executable).parent
TRANSLATIONS = ROOT / "resources" / "translations"


def sources() -> list[str]:
    """The files whose `translate("Context", ...)`, `QT_TRANSLATE_NOOP(...)` and `self.tr(...)` calls are messages:
    the core (its catalogue, and the few errors worded where they are raised), the command line and the app (pdf.py
    only draws)."""
    files = [
        *sorted((ROOT / "advisor" / "core").rglob("*.py")),
        *sorted((ROOT / "advisor" / "cli").glob("*.py")),
        *(p for p in sorted((ROOT / "advisor" / "qt").rglob("*.py")) if p.name != "pdf.py"),
    ]
    return [str(p.relative_to(ROOT)) for p in files]


def _tool(name: str) -> str:
    path = TOOLS / name
    return str(path) if path.exists() else name


def main(argv: list[str]) -> int:
    if "--list" in argv:
        print("\n".join(sources()))
        return 0
    files = sources()
    subprocess.run(
        [_tool("pyside6-lupdate"), "-no-obsolete", *files, "-ts", str(TRANSLATIONS / "advisor_es.ts")],
        check=True,
        cwd=ROOT,
    )
    # English needs only the plural forms (the source text is English)
    subprocess.run(
        [_tool("pyside6-lupdate"), "-no-obsolete", "-pluralonly", *files, "-ts", str(TRANSLATIONS / "advisor_en.ts")],
        check=True,
        cwd=ROOT,
    )
    for language in ("es", "en"):
        subprocess.run(
            [
                _tool("pyside6-lrelease"),
                str(TRANSLATIONS / f"advisor_{language}.ts"),
                "-qm",
                str(TRANSLATIONS / f"advisor_{language}.qm"),
            ],
            check=True,
            cwd=ROOT,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
