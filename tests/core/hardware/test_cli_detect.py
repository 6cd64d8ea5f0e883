"""`llm-advisor detect` through the real entry point: text, --json, --hardware files good and bad."""

from __future__ import annotations

import json

import pytest

from advisor.cli.main import main

GIB = 2**30


def test_detect_prints_readable_text(capsys):
    assert main(["detect"]) == 0
    out = capsys.readouterr().out
    for label in ("RAM", "CPU", "GPU", "OS", "LM Studio"):
        assert any(line.startswith(label) for line in out.splitlines()), label
    assert "GiB total" in out and "Probes" not in out


def test_detect_debug_shows_probe_timings(capsys):
    assert main(["--debug", "detect"]) == 0
    out = capsys.readouterr().out
    assert "Probes" in out and "cpuinfo" in out and " s " in out


def test_detect_json_is_schema_versioned(capsys):
    assert main(["detect", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema_version"] == 1 and data["ram"]["total_bytes"] > 0 and isinstance(data["gpus"], list)


def test_detect_reads_a_minimal_hardware_file(tmp_path, capsys):
    path = tmp_path / "gaming-pc.json"
    path.write_text(
        json.dumps(
            {
                "ram": {"total_bytes": 32 * GIB},
                "gpus": [{"name": "AMD Radeon RX 7900 XTX", "vram_total_bytes": 24 * GIB}],
            }
        )
    )
    assert main(["detect", "--hardware", str(path), "--json"]) == 0
    gpu = json.loads(capsys.readouterr().out)["gpus"][0]
    assert (gpu["vendor"], gpu["bandwidth_gbps"]) == ("amd", 960.0)
    assert main(["detect", "--hardware", str(path)]) == 0
    assert "AMD Radeon RX 7900 XTX · 24.0 GiB VRAM · 960 GB/s" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("cpu", "line"),
    [
        ({"brand": "Intel Core i5-1135G7"}, "CPU        Intel Core i5-1135G7 · 4 cores (assumed)\n"),
        ({"brand": "Intel Core i5-1135G7", "physical_cores": 4}, "CPU        Intel Core i5-1135G7 · 4 cores\n"),
        (
            {"brand": "Apple M2", "arch": "arm64", "physical_cores": 8, "logical_cores": 8},
            "CPU        Apple M2 · arm64 · 8 cores / 8 threads · neon\n",  # an Apple chip's instructions are known
        ),
        # threads alone are never shown as cores: half of them assumed, as the Assumed line says
        (
            {"brand": "Intel Core i7-12700H", "logical_cores": 20},
            "Intel Core i7-12700H · 10 cores (assumed) / 20 threads",
        ),
    ],
)
def test_a_processor_described_by_hand_is_shown_with_what_is_known_or_assumed(tmp_path, capsys, cpu, line):
    """A newcomer's hand-written file named only the processor and read "unknown · ? cores / ? threads" above the
    assumption "4 processor cores, usual for Tiger Lake": the line now says what the estimate takes."""
    path = tmp_path / "laptop.json"
    path.write_text(json.dumps({"ram": {"total_bytes": 16 * GIB}, "cpu": cpu, "gpus": []}), encoding="utf-8")
    assert main(["detect", "--hardware", str(path), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert line in out and "?" not in out and "unknown ·" not in out


@pytest.mark.parametrize(
    ("content", "field"),
    [
        ('{"ram": {}, "gpus": []}', "ram.total_bytes: missing"),
        ('{"ram": {"total_bytes": "lots"}, "gpus": []}', "ram.total_bytes: must be a positive integer"),
        ('{"ram": {"total_bytes": 1', "not valid JSON"),
        (
            '{"ram": {"total_bytes": 17179869184}, "gpus": [{"name": "RTX 4090", "vram_total_bytes": -24}]}',
            "gpus[0].vram_total_bytes: must be a positive integer",
        ),
    ],
)
def test_a_malformed_hardware_file_is_one_line_and_exit_2(tmp_path, capsys, content, field):
    path = tmp_path / "machine.json"
    path.write_text(content)
    assert main(["detect", "--hardware", str(path)]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and field in lines[0] and str(path) in lines[0]
    assert "Traceback" not in captured.err and captured.out == ""
