"""The report's "Checked after load" section: what the loaded model really uses and how fast it runs against the
estimate, and why they differ; the same from a saved report.json, absent from reports made before it existed, and
asked for by `report --server-url URL --after-load`."""

from __future__ import annotations

import json

import pytest

from advisor.cli.main import main
from advisor.core.costs import default_inputs
from advisor.core.hardware.profile_io import load_profile
from advisor.core.report import assemble_assessment, build_assessment, render
from advisor.core.servers.after_load import AfterLoad, explain
from tests.core.test_report import HARDWARE, SCRUB, _server

G = 2**30
MODEL = "/home/maria/.ollama/models/blobs/sha256-" + "a" * 64


def _checked() -> AfterLoad:
    """Ollama on the gaming PC: 2 GiB of its 5 GiB on the graphics card where all of it was predicted there."""
    return explain(
        AfterLoad(
            None,
            3 * G,
            2 * G,
            MODEL,
            8192,
            int(0.5 * G),
            int(4.4 * G),
            kind="ollama",
            model="llama3.1:8b",
            quant="Q4_K_M",
            server_quant="Q4_K_M",
            used_source="ollama_ps",
            assumed_context=4096,
            predicted_tokens_per_second=61.4,
            measured_tokens_per_second=14.2,
            other_vram_bytes=6 * G,
        )
    )


@pytest.fixture
def profile(tmp_path):
    path = tmp_path / "pc.json"
    path.write_text(json.dumps(HARDWARE), encoding="utf-8")
    return load_profile(path)


def test_the_report_sets_what_the_server_uses_against_the_estimate_and_says_why(profile):
    a = assemble_assessment(profile, server=_server(), after_load=_checked(), scrubber=SCRUB)
    text = render(a, "md")
    section = text[text.index("Checked after load") :]
    for row in (
        "**Model loaded:** llama3.1:8b (Q4_K_M)",  # Ollama's name: its file is a blob named by its hash
        "**Context on the server:** 8,192",
        "**Predicted memory:** 4.9 GiB",
        "**Memory in use:** 5.0 GiB",
        "**Memory measured from:** Ollama's own figures",
        "**Predicted speed:** 61.4 tokens/s",
        "**Measured speed:** 14.2 tokens/s",
    ):
        assert row in section, row
    assert "Only 2.0 GiB is on the graphics card where 4.4 GiB was predicted" in section
    assert "Other programs hold 6.0 GiB of graphics memory" in section
    assert "The server runs with 8,192 tokens of context; the recommendation assumed 4,096" in section
    assert "/home/maria" not in render(a, "json")  # the blob's path is in a user folder: an identifier
    saved = json.loads(render(a, "json"))
    assert saved["after_load"]["explanations"][0]["code"] == "context_differs"
    assert render(saved, "md") == text  # a saved report renders as it did


def test_a_report_without_the_check_has_no_such_section(profile):
    a = assemble_assessment(profile, server=_server(), scrubber=SCRUB)
    old = json.loads(render(a, "json"))
    del old["after_load"]  # as written before the check existed
    assert "Checked after load" not in render(old, "md") and "Checked after load" not in render(a, "html")


def test_build_checks_after_load_only_when_asked_with_what_the_advisor_assumed(profile):
    calls = {}

    def fake_after_load(url, prof, **kwargs):
        calls.update(kwargs, url=url)
        return _checked()

    common = {
        "server_url": "http://localhost:1234/v1",
        "include_models": False,
        "context": 8192,
        "scrubber": SCRUB,
        "check_server": lambda url: _server(),
        "default_cost_inputs": lambda p, **k: default_inputs(p, country="ES"),
    }
    a = build_assessment(profile, after_load=True, check_after_load=fake_after_load, **common)
    assert a.after_load is not None and calls["url"] == "http://localhost:1234/v1"
    assert calls["kind"] == "lmstudio" and calls["assumed_context"] == 8192
    assert calls["measured_tokens_per_second"] == 47.3  # the server's benchmark
    assert calls["recommendation"] == a.recommendation  # the quant is advised for the loaded model's own class
    assert calls["measured_model"] == "qwen2.5-7b-instruct"  # which model that benchmark measured
    skipped = build_assessment(profile, check_after_load=lambda *a, **k: pytest.fail("not asked"), **common)
    assert skipped.after_load is None

    def broken(*_a, **_k):
        raise OSError("psutil went away")

    failed = build_assessment(profile, after_load=True, check_after_load=broken, **common)
    assert ("after_load", "failed") in [(p.part, p.code) for p in failed.problems]


def test_the_cli_report_needs_a_server_for_after_load(capsys):
    assert main(["report", "--after-load", "--offline"]) != 0
    assert "--after-load needs --server-url" in capsys.readouterr().err
