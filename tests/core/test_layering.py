"""Core never imports Qt, so it runs headless and from the CLI (docs/architecture.md, the dependency rules).

The import-linter contracts in pyproject.toml (`lint-imports`, run by scripts/test.sh) state the whole layering;
these two quick tests stay as a run-time check: no core source names Qt, and importing all of core and the CLI
parser loads no Qt module."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import advisor

CORE = Path(advisor.__file__).parent / "core"
QT_MODULES = ("PySide6", "shiboken6", "advisor.qt")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_no_core_module_imports_qt_anywhere_in_its_source():
    offenders = [
        f"{path.relative_to(CORE.parent)} imports {name}"
        for path in sorted(CORE.rglob("*.py"))
        for name in _imports(path)
        if name.split(".")[0] in QT_MODULES or name.startswith("advisor.qt")
    ]
    assert offenders == []


def test_importing_all_of_core_and_cli_loads_no_qt():
    code = (
        "import importlib, pkgutil, sys, advisor.core, advisor.cli.main as m\n"
        "for info in pkgutil.walk_packages(advisor.core.__path__, 'advisor.core.'):\n"
        "    importlib.import_module(info.name)\n"
        "m.build_parser()\n"
        "bad = sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6', 'advisor.qt')))\n"
        "print(bad); raise SystemExit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
