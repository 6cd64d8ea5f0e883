"""Spanish is complete: every message (core catalogue, CLI, app) has a Spanish translation with the same placeholders,
the committed .ts files match the sources, and the compiled .qm files match the .ts files."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import advisor
from advisor.core.resources import resource_path

pytestmark = pytest.mark.gui

QT_DIR = Path(advisor.__file__).parent / "qt"
TRANSLATIONS = resource_path("translations")
PLACEHOLDER = re.compile(r"%n|%\d+|\{[a-z_]+\}")
TOOLS = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = TOOLS / name if (TOOLS / name).exists() else shutil.which(name)
    assert found, f"{name} not found next to {sys.executable} (it ships with PySide6)"
    return str(found)


def _sources() -> list[str]:
    """What scripts/translations.py gives lupdate: the core catalogue, the CLI and the app."""
    root = Path(advisor.__file__).parent.parent
    spec = importlib.util.spec_from_file_location("translations_script", root / "scripts" / "translations.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    return [str(root / name) for name in script.sources()]


def _messages(ts: Path) -> list[tuple[str, str, list[str]]]:
    """(context, source, translations) for each message of a .ts file."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = (
                [f.text or "" for f in translation.iter("numerusform")]
                if message.get("numerus") == "yes"
                else [translation.text or ""]
            )
            out.append((name, message.findtext("source"), forms))
    return out


def test_every_string_has_a_spanish_translation_with_the_same_placeholders():
    problems = []
    messages = _messages(TRANSLATIONS / "advisor_es.ts")
    assert len(messages) > 200
    for context, source, forms in messages:
        if not all(f.strip() for f in forms):
            problems.append(f"{context}: no Spanish for {source!r}")
            continue
        wanted = sorted(PLACEHOLDER.findall(source))
        for form in forms:
            got = sorted(PLACEHOLDER.findall(form))
            if got != wanted and not (len(forms) > 1 and got == [p for p in wanted if p != "%n"]):
                problems.append(f"{context}: placeholders {wanted} in {source!r} but {got} in {form!r}")
        if re.search(r"&\w", source) and forms[0].count("&") != 1:
            problems.append(f"{context}: the shortcut (&) of {source!r} is missing in {forms[0]!r}")
    assert problems == []


def test_plural_strings_have_two_spanish_and_two_english_forms():
    spanish = {(c, s): f for c, s, f in _messages(TRANSLATIONS / "advisor_es.ts") if "%n" in s}
    english = {(c, s): f for c, s, f in _messages(TRANSLATIONS / "advisor_en.ts")}
    assert spanish and set(spanish) == set(english)
    for key, forms in spanish.items():
        assert len(forms) == 2 and forms[0] != forms[1], key
        assert len(english[key]) == 2 and "(s)" not in english[key][1], key


def test_committed_ts_files_hold_exactly_the_strings_in_the_code(tmp_path):
    """Fails when a tr() string was added or changed without running pyside6-lupdate (see docs/readme/gui.md)."""
    fresh = tmp_path / "advisor_es.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), "-no-obsolete", *_sources(), "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    in_code = {(c, s) for c, s, _ in _messages(fresh)}
    committed = {(c, s) for c, s, _ in _messages(TRANSLATIONS / "advisor_es.ts")}
    assert sorted(in_code - committed) == [], "strings in the code but not in advisor_es.ts"
    assert sorted(committed - in_code) == [], "strings in advisor_es.ts no longer in the code"


@pytest.mark.parametrize("language", ["es", "en"])
def test_compiled_qm_matches_its_ts(tmp_path, language):
    qm = tmp_path / f"advisor_{language}.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TRANSLATIONS / f"advisor_{language}.ts"), "-qm", str(qm)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    assert qm.read_bytes() == (TRANSLATIONS / f"advisor_{language}.qm").read_bytes(), "run pyside6-lrelease"


def _report_labels_in_core() -> set[str]:
    """Every English label the core report passes to `Wording.t` (string constants and the *_WORDS tables)."""
    import ast

    import advisor.core.report.sections as sections

    tree = ast.parse(Path(sections.__file__).read_text(encoding="utf-8"))
    labels = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name == "t" and isinstance(node.args[0].value, str):
                labels.add(node.args[0].value)
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Dict)
            and getattr(node.targets[0], "id", "").endswith("_WORDS")
        ):
            labels.update(v.value for v in node.value.values if isinstance(v, ast.Constant))
    return labels


def test_every_report_label_can_be_translated():
    """The report is worded in core; its labels are listed in advisor/core/messages/report.py for lupdate."""
    from advisor.core.messages.report import REPORT_LABELS

    in_core = _report_labels_in_core()
    assert len(in_core) > 50
    assert sorted(in_core - set(REPORT_LABELS)) == [], "add these to advisor/core/messages/report.py"
    spanish = {s: f[0] for c, s, f in _messages(TRANSLATIONS / "advisor_es.ts") if c == "Report"}
    assert sorted(in_core - set(spanish)) == []


def test_no_translated_string_hides_inside_an_f_string():
    """pyside6-lupdate does not look inside f-string expressions: a tr() there would never be translated."""
    import ast

    hidden = []
    for path in _sources():
        for node in ast.walk(ast.parse(Path(path).read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for call in ast.walk(node):
                    if isinstance(call, ast.Call) and getattr(call.func, "attr", getattr(call.func, "id", "")) in (
                        "tr",
                        "translate",
                    ):
                        hidden.append(f"{Path(path).name}:{call.lineno}")
    assert hidden == []
