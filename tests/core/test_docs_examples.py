"""The docs show what the commands print today, and the facts their prose quotes are the code's.

Every example between `<!-- example: llm-advisor ... -->` and `<!-- /example -->` in README.md, CONTRIBUTING.md and
docs/ is run again here (the real CLI, in English, offline, with an empty home folder) and compared with the doc;
every `<!-- fact: ... -->` is computed again from the code and resources/; every JSON description must name every
key of the command's JSON; every option the docs give a subcommand must exist. When a test fails, a doc has drifted:

    .venv/bin/python scripts/docs_examples.py        # rewrites the examples and facts; review the diff

(a JSON key or an option is prose: fix those by hand). Each distinct command runs once for the whole module.
"""

from __future__ import annotations

import difflib
import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIX = "the docs have drifted from the code: run `.venv/bin/python scripts/docs_examples.py` and review the diff"


def _load_generator():
    spec = importlib.util.spec_from_file_location("docs_examples", ROOT / "scripts" / "docs_examples.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


dx = _load_generator()
DOCS = dx.doc_paths()
BLOCKS = [block for path in DOCS for block in dx.blocks(path)]
EXAMPLES = [b for b in BLOCKS if b.kind == "example"]
JSON_DESCRIPTIONS = [b for b in BLOCKS if b.kind == "json-keys"]
WITH_FACTS = [p for p in DOCS if dx.facts_in(p)]


def _name(path: Path) -> str:
    return str(path.relative_to(ROOT))


def _skip_if_a_server_listens(block) -> None:
    busy = dx.busy_port(block.command)
    if busy is not None:
        pytest.skip(f"something listens on {busy}: `{block.command.text}` would not print what the docs show")


def test_the_docs_have_generated_examples_and_facts():
    """The markers are found (a typo in the marker syntax would silently check nothing)."""
    assert len(EXAMPLES) >= 15
    assert len(JSON_DESCRIPTIONS) >= 5
    assert sum(len(dx.facts_in(p)) for p in WITH_FACTS) >= 50
    assert {_name(p) for p in WITH_FACTS} >= {
        "README.md",
        "CONTRIBUTING.md",
        "docs/readme/catalog.md",
        "docs/readme/costs.md",
        "docs/readme/hardware.md",
        "docs/readme/server.md",
        "docs/readme/limits.md",
    }


@pytest.mark.parametrize("block", EXAMPLES, ids=lambda b: b.where)
def test_example_is_what_the_command_prints(block):
    _skip_if_a_server_listens(block)
    expected = dx.render_example(block.indent, block.command)
    if block.written != expected:
        diff = "".join(
            difflib.unified_diff(
                block.written.splitlines(True),
                expected.splitlines(True),
                f"{block.where} (the doc)",
                f"`{block.command.text}` (today)",
            )
        )
        pytest.fail(f"{block.where}: the example differs from what the command prints; {FIX}\n{diff}", pytrace=False)


@pytest.mark.parametrize("path", WITH_FACTS, ids=_name)
def test_facts_quoted_in_prose_are_the_codes(path):
    wrong = [
        f"{_name(path)}:{line}: {name} is {dx.fact_text(name, written)!r}, the doc says {written!r}"
        for line, name, written in dx.facts_in(path)
        if dx.fact_text(name, written) != written
    ]
    assert not wrong, f"{FIX}\n" + "\n".join(wrong)


@pytest.mark.parametrize("block", JSON_DESCRIPTIONS, ids=lambda b: b.where)
def test_json_description_names_every_key(block):
    _skip_if_a_server_listens(block)
    missing = dx.missing_json_keys(block.command, block.prose, deep=block.deep)
    assert not missing, (
        f"{block.where}: `{block.command.text}` prints keys the doc does not describe: "
        f"{', '.join(missing)} (describe them in the prose there)"
    )


@pytest.mark.parametrize("path", DOCS, ids=_name)
def test_options_and_files_the_docs_name_exist_and_no_fact_hides_in_code(path):
    problems = dx.unknown_options(path) + dx.missing_paths(path) + dx.facts_in_code(path)
    assert not problems, "\n".join(problems)


def test_hand_written_downloads_name_files_of_the_bundled_snapshot():
    """Examples that need the network stay hand-written: they must still name a repo and file the snapshot has."""
    snapshot = json.loads((ROOT / "resources" / "catalog_snapshot.json").read_text(encoding="utf-8"))
    files = {(repo["id"], f["path"]) for repo in snapshot["repos"] for f in repo["files"]}
    named = []
    for path in DOCS:
        for line, command in dx._commands_in(path.read_text(encoding="utf-8")):
            words = command.split()
            if len(words) >= 4 and words[1] == "download" and not words[2].isupper():
                named.append((f"{_name(path)}:{line}", words[2], words[3]))
    assert named
    assert [n for n in named if (n[1], n[2]) not in files] == []


def test_filters_behave_as_the_shell_tools_they_are_written_as():
    lines = ["# T", "a", "## Summary", "b", "## Hardware", "c", "## Data sources", "d"]
    assert dx.apply_filter(lines, ("head", "-n", "2")) == ["# T", "a"]
    assert dx.apply_filter(lines, ("tail", "-n", "1")) == ["d"]
    assert dx.apply_filter(lines, ("sed", "-n", "/^## Summary/,/^## Hardware/p")) == ["## Summary", "b", "## Hardware"]
    assert dx.apply_filter(lines, ("sed", "-n", "/^## Data/,$p")) == ["## Data sources", "d"]
    assert dx.apply_filter(lines, ("sed", "-n", "2,3p")) == ["a", "## Summary"]
    assert dx.apply_filter(lines, ("grep", "-v", "^#")) == ["a", "b", "c", "d"]
    with pytest.raises(dx.DocsError, match="head, tail, sed -n or grep"):
        dx.apply_filter(lines, ("awk", "1"))
    with pytest.raises(dx.DocsError, match="not 'bash'"):
        dx.parse_command("bash -c 'rm -rf /'")
    with pytest.raises(dx.DocsError, match="needs the network"):
        dx.parse_command("llm-advisor download a/b c.gguf")
