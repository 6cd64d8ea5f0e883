"""The report: an Assessment of a known machine (a --hardware file, not this one) exported as JSON, Markdown
and HTML with the real figures, hostile names escaped, identifiers left out unless asked, written atomically."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from advisor.core.costs import compare, default_inputs
from advisor.core.hardware.profile_io import load_profile
from advisor.core.jsonio import to_jsonable
from advisor.core.messages import Speaker
from advisor.core.messages.report import report_wording
from advisor.core.report import (
    REPORT_SCHEMA_VERSION,
    Scrubber,
    assemble_assessment,
    build_assessment,
    render,
    write_atomic,
)
from advisor.core.servers.problems import ProblemCode
from advisor.core.servers.types import Benchmark, Problem, ServerKind, ServerModel, ServerStatus

G = 2**30
HOME_MODEL = (
    "/home/maria/.lmstudio/models/lmstudio-community/Meta-Llama-3.1-8B-Instruct-GGUF/"
    "Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf"
)
# What `detect --json` writes, for a gaming PC that is not this machine; its owner and host name are identifiers.
HARDWARE = {
    "schema_version": 1,
    "ram": {"total_bytes": 32 * G, "available_bytes": 24 * G},
    "cpu": {
        "brand": "AMD Ryzen 7 7800X3D 8-Core Processor",
        "arch": "x86_64",
        "physical_cores": 8,
        "logical_cores": 16,
        "flags": ["avx2", "fma"],
    },
    "gpus": [{"name": "NVIDIA GeForce RTX 4070", "vram_total_bytes": 12 * G, "vram_free_bytes": 11 * G}],
    "os": {"system": "Linux", "release": "6.8.0"},
    "lmstudio": {
        "home": "/home/maria/.lmstudio",
        "models_dir": "/home/maria/.lmstudio/models",
        "models": [{"path": HOME_MODEL, "size_bytes": 4920734016}],
        "disk_free_bytes": 200 * G,
    },
    "probes": [{"name": "gpu.nvml", "ok": True, "seconds": 0.05, "detail": "maria-laptop: driver 550.54"}],
}
SCRUB = Scrubber(home="/home/maria", hostnames=("maria-laptop",))
HOSTILE_REPO = "evil/<script>alert(1)</script>"
HOSTILE_FILE = "x|y](javascript:alert(1)) **bold** <img src=x onerror=alert(2)>.gguf"


def _write_hardware(tmp_path: Path, data: dict = HARDWARE) -> Path:
    path = tmp_path / "gaming-pc.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture
def profile(tmp_path):
    return load_profile(_write_hardware(tmp_path))


@pytest.fixture
def recommendation(profile):
    from advisor.core.sizing import recommend

    return recommend(profile, context=4096)


@pytest.fixture
def costs(profile):
    return compare(default_inputs(profile, country="ES"))


def _server() -> ServerStatus:
    bench = Benchmark(
        model="qwen2.5-7b-instruct",
        ttft_ms=182.0,
        tokens_per_second=47.3,
        prompt_tokens_per_second=812.5,
        completion_tokens=128,
        source="lmstudio_stats",
        runs=3,
    )
    return ServerStatus(
        url="http://localhost:1234/v1",
        reachable=True,
        kind=ServerKind.LMSTUDIO,
        version="0.3.5",
        models=(ServerModel("qwen2.5-7b-instruct", loaded=True),),
        problem=None,
        benchmark=bench,
    )


def _candidates():
    from advisor.core.catalog.types import Candidate, QuantFile
    from advisor.core.types import FitLevel

    good = Candidate(
        "bartowski/Meta-Llama-3.1-8B-Instruct-GGUF",
        "bartowski",
        123456,
        321,
        "llama3.1",
        False,
        "2024-09-01T00:00:00Z",
        "llama",
        8.03e9,
        131072,
        (
            QuantFile(
                "Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf",
                ("Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf",),
                "Q4_K_M",
                4920734016,
                fit=FitLevel.FULL_GPU,
                tokens_per_second=61.4,
            ),
        ),
    )
    evil = Candidate(
        HOSTILE_REPO,
        "evil",
        1,
        0,
        "<b>mit</b>",
        False,
        None,
        "llama",
        8e9,
        8192,
        (QuantFile(HOSTILE_FILE, (HOSTILE_FILE,), "Q4_K_M", 5 * G, fit=FitLevel.FULL_GPU, tokens_per_second=40.0),),
    )
    return (good, evil)


@pytest.fixture
def assessment(profile, recommendation, costs):
    return assemble_assessment(
        profile,
        recommendation=recommendation,
        candidates=_candidates(),
        server=_server(),
        costs=costs,
        hardware_origin="file",
        scrubber=SCRUB,
    )


# --------------------------------------------------------------------------- JSON


def test_json_is_schema_versioned_and_round_trips(assessment):
    text = render(assessment, "json")
    data = json.loads(text)
    assert data["schema_version"] == REPORT_SCHEMA_VERSION
    assert data == json.loads(json.dumps(to_jsonable(assessment)))
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", data["created_at"])
    # A saved report renders exactly like the fresh assessment (what `--format md` of a saved file would show).
    assert render(data, "md") == render(assessment, "md")
    assert render(data, "html") == render(assessment, "html")


def test_json_keeps_the_names_the_other_commands_use(assessment):
    data = json.loads(render(assessment, "json"))
    assert data["hardware"]["gpus"][0]["vram_total_bytes"] == 12 * G
    assert {"tier", "quant", "fit", "tokens_per_second", "tiers", "reasons"} <= data["recommendation"].keys()
    assert data["candidates"][0]["files"][0]["size_bytes"] == 4920734016
    assert data["server"]["kind"] == "lmstudio" and data["benchmark"]["tokens_per_second"] == 47.3
    assert data["costs"]["local"]["total_per_month"] == pytest.approx(assessment.costs.local.total_per_month)


def test_a_report_from_a_newer_schema_is_refused_with_a_clear_error(assessment):
    data = json.loads(render(assessment, "json"))
    data["schema_version"] = REPORT_SCHEMA_VERSION + 1
    with pytest.raises(ValueError, match="schema_version"):
        render(data, "md")


# --------------------------------------------------------------------------- figures


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_text_formats_show_the_known_machines_real_figures(assessment, recommendation, costs, fmt):
    text = render(assessment, fmt)
    assert "NVIDIA GeForce RTX 4070" in text
    assert "32.0 GiB total, 24.0 GiB available" in text
    assert "12.0 GiB" in text and "11.0 GiB" in text  # VRAM total and free
    assert "504 GB/s" in text  # the RTX 4070's bandwidth from the bundled GPU table
    assert f"{recommendation.model} ({recommendation.tier} class) at {recommendation.quant}" in text
    assert f"{recommendation.tokens_per_second:.1f} tokens/s" in text
    low, high = recommendation.tokens_per_second_range
    ends = "–".join(f"{x:.{1 if x < 10 else 0}f}" for x in (low, high))  # as the CLI and the app write them
    assert f"{recommendation.tokens_per_second:.1f} tokens/s ({ends} tokens/s)" in text  # its range
    for tier in recommendation.tiers:
        assert tier.tier in text
    assert "47.3 tokens/s" in text and "182 ms" in text  # the benchmark
    assert f"{costs.local.total_per_month:,.2f} {costs.currency}" in text
    assert f"{costs.api.total_per_month:,.2f} {costs.currency}" in text
    assert "4.6 GiB" in text and "61.4" in text  # the chosen model's size and speed
    assert "December 2025" in text  # the GPU table's date (2025-12), written out
    from advisor.core.messages import ENGLISH
    from advisor.core.messages.dates import long_date

    assert long_date(ENGLISH, str(costs.api.price_date)) in text


def test_data_sources_name_every_bundled_dataset_with_its_date(assessment, costs):
    """Each dataset a figure rests on appears once, as advisor.core.datasources states it (publisher, URL, date)."""
    from advisor.core.datasources import DataSource, table_source

    sources = {s.name: s for s in assessment.data_sources}
    assert all(isinstance(s, DataSource) for s in assessment.data_sources)
    assert sources["gpu_table"] == table_source("gpu_table")  # the RTX 4070's bandwidth and board power
    assert sources["gpu_table"].date == "2025-12" and "TechPowerUp" in sources["gpu_table"].publisher
    assert sources["cpu_families"] == table_source("cpu_families")  # the RAM speed of this Ryzen's family
    assert sources["electricity_prices"] == table_source("electricity_prices")  # the Spanish row
    assert sources["exchange_rates"] == table_source("exchange_rates")
    assert sources["api_prices"].date == costs.api.price_date and "genai-prices" in sources["api_prices"].publisher
    assert sources["api_prices"].url == "https://github.com/pydantic/genai-prices"
    assert len(sources) == len(assessment.data_sources)  # one row per dataset
    assert all(s.publisher and s.date for s in assessment.data_sources)


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_data_sources_table_names_publisher_date_and_link(assessment, fmt):
    text = render(assessment, fmt)
    md = render(assessment, "md")
    section = md[md.index("## Data sources") :]
    assert "| Data | Publisher | Date | Link |" in section
    assert "| GPU specifications | TechPowerUp GPU Database; Apple (Apple Silicon) | December 2025 |" in section
    assert "[techpowerup.com](https://www.techpowerup.com/gpu-specs/)" in section
    assert "[ecb.europa.eu](https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml)" in section
    assert "Memory of each processor family" in text and "Electricity prices" in text
    if fmt == "html":
        assert '<a href="https://www.techpowerup.com/gpu-specs/">techpowerup.com</a>' in text


def test_a_saved_report_of_the_first_schema_still_renders_its_data_sources(assessment):
    """report.json files written before the data sources became {name, publisher, url, date} keep rendering."""
    data = json.loads(render(assessment, "json"))
    data["schema_version"] = 1
    data["data_sources"] = [
        {"name": "gpu_table", "source": "TechPowerUp GPU database", "date": "2025-12"},
        {"name": "api_prices", "source": "genai-prices 0.2.5", "date": "2026-12-01"},
        {"name": "someday_table", "source": "javascript:alert(1)", "date": None, "url": "javascript:alert(1)"},
    ]
    md = render(data, "md")
    assert "| GPU specifications | TechPowerUp GPU database | December 2025 | — |" in md
    assert "| API model prices | genai-prices 0.2.5 | 1 December 2026 | — |" in md
    assert "| someday_table | javascript:alert(1) | — | — |" in md  # an unknown name as it is; no link
    assert 'href="javascript' not in render(data, "html")


def test_dates_are_written_out_in_english_by_default(assessment):
    from dataclasses import replace

    md = render(replace(assessment, created_at="2026-12-05T21:13:04Z"), "md")
    assert "*Created 5 December 2026, 21:13 UTC by Local LLM Advisor " in md
    assert re.search(r"\*\*API price date:\*\* \d{1,2} [A-Z][a-z]+ 20\d\d", md)
    assert "2026-12-05T21:13:04Z" not in md


def test_the_offline_catalogue_is_labelled_with_its_date(profile, recommendation):
    from advisor.core.catalog import search

    found = search(profile=profile, tier=recommendation.tier, offline=True, limit=3)
    a = assemble_assessment(profile, recommendation=recommendation, search=found, scrubber=SCRUB)
    md = render(a, "md")
    from advisor.core.messages import ENGLISH
    from advisor.core.messages.dates import long_date

    assert found.source == "offline" and f"offline snapshot of {long_date(ENGLISH, found.retrieved_at)}." in md
    assert {"model_catalogue"} <= {s.name for s in a.data_sources}
    for c in found.candidates:
        assert c.repo_id in md.replace("\\", "")


def test_server_problem_is_worded_by_the_front_end(profile):
    down = ServerStatus(
        url="http://127.0.0.1:9/v1",
        reachable=False,
        kind=None,
        version=None,
        models=(),
        problem=Problem(ProblemCode.CONNECTION_REFUSED, {"url": "http://127.0.0.1:9/v1"}),
    )
    a = assemble_assessment(profile, server=down, scrubber=SCRUB)
    from advisor.core.report import Wording

    words = Wording(problem=lambda code, v: (f"nothing listens at {v['url']}", "start the server"))
    md = render(a, "md", wording=words)
    assert "nothing listens at http://127.0.0.1:9/v1" in md and "start the server" in md
    # the summary's server row: the sentence after a full stop, never after a colon in either language
    for lang, said in (("en", "not working. Nothing"), ("es", "no funciona. Nada")):
        summary = render(a, "md", wording=report_wording(Speaker(lang)))
        row = next(line for line in summary.splitlines() if "http://127.0.0.1:9/v1:" in line)
        assert f"http://127.0.0.1:9/v1: {said}" in row, row
    assert "connection_refused" in render(a, "md")  # without words, the code itself


# --------------------------------------------------------------------------- escaping


def test_hostile_model_names_cannot_inject_html(assessment):
    html = render(assessment, "html")
    assert "<script>" not in html and "<img" not in html and "<b>mit" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "javascript:" not in re.findall(r'href="([^"]*)"', html)[0]
    assert all(h.startswith("https://") for h in re.findall(r'href="([^"]*)"', html))  # the Hub, the data
    assert not [h for h in re.findall(r'href="([^"]*)"', html) if "evil" in h]
    assert "<script" not in html.lower().replace("&lt;script", "")


def test_hostile_model_names_cannot_break_markdown(assessment):
    md = render(assessment, "md")
    assert "<script>" not in md and "<img" not in md
    # every table row keeps its column count: an unescaped | in a name would add a cell
    for table in re.findall(r"(?:^\|.*\|$\n?)+", md, flags=re.MULTILINE):
        rows = table.strip().splitlines()
        counts = {len(re.findall(r"(?<!\\)\|", row)) for row in rows}
        assert len(counts) == 1, rows
    assert "](javascript:" not in md.replace("\\]", "")  # the only links: the Hub's, and the data's publishers
    links = re.findall(r"(?<!\\)\]\(([^)]*)\)", md)
    assert links[0] == "https://huggingface.co/bartowski/Meta-Llama-3.1-8B-Instruct-GGUF"
    assert all(link.startswith("https://") for link in links)
    assert not [link for link in links if "huggingface.co/evil" in link]
    assert "**bold**" not in md


def test_a_quoted_command_is_code_in_markdown_and_html_and_stays_inert():
    """Newcomer round: the Markdown report said "\\`ollama serve\\`", the backticks shown as written; a command the
    advice quotes is a code span (Markdown) or <code> (HTML, hence the PDF), and a hostile one stays text."""
    from advisor.core.report.document import Document, Paragraph, Table
    from advisor.core.report.to_html import to_html
    from advisor.core.report.to_markdown import to_markdown

    said = "Start Ollama (the app, or `ollama serve`). Or run `llm-advisor server --discover`."
    doc = Document(
        title="t",
        blocks=(Paragraph(said), Table(("model", "x"), (("`a|b` <b>x</b> `<script>`", "1"),), ())),
    )
    md = to_markdown(doc)
    assert "or `ollama serve`). Or run `llm-advisor server --discover`." in md and "\\`" not in md
    assert "| `a\\|b` &lt;b&gt;x&lt;/b&gt; `<script>` | 1 |" in md  # a code span shows its text as written
    html = to_html(doc)
    assert "or <code>ollama serve</code>). Or run <code>llm-advisor server --discover</code>." in html
    assert "<code>&lt;script&gt;</code>" in html and "<script>" not in html and "<b>" not in html


# --------------------------------------------------------------------------- privacy


@pytest.mark.parametrize("fmt", ["json", "md", "html"])
def test_identifiers_stay_out_by_default(assessment, fmt):
    text = render(assessment, fmt)
    assert "/home/maria" not in text and "maria-laptop" not in text
    assert "~/.lmstudio/models" in text
    assert not assessment.identifiers_included


@pytest.mark.parametrize("fmt", ["json", "md", "html"])
def test_identifiers_stay_when_the_user_asks(profile, fmt):
    a = assemble_assessment(profile, include_identifiers=True, scrubber=SCRUB)
    text = render(a, fmt)
    assert "/home/maria/.lmstudio/models" in text
    if fmt == "json":
        assert "maria-laptop" in text  # the probe detail
    # and a report built with them can still be exported without them
    assert "/home/maria" not in render(a, fmt, include_identifiers=False)


def test_paths_from_other_systems_and_serials_are_redacted(tmp_path):
    from advisor.core.report import scrub

    data = {
        "models_dir": "C:\\Users\\María\\.lmstudio\\models",
        "mac_home": "/Users/jo/.lmstudio",
        "gpu": {"serial": "0324518041234", "uuid": "GPU-8d1f", "name": "RTX"},
        "api_key": "sk-secret",
    }
    clean = scrub(data, scrubber=Scrubber(home=None, hostnames=()))
    assert clean == {"models_dir": "~\\.lmstudio\\models", "mac_home": "~/.lmstudio", "gpu": {"name": "RTX"}}
    kept = scrub(data, include_identifiers=True, scrubber=Scrubber(home=None, hostnames=()))
    assert "api_key" not in kept and kept["gpu"]["serial"] == "0324518041234"  # secrets go even then


# --------------------------------------------------------------------------- failure tolerance


def test_a_part_that_fails_is_recorded_and_the_rest_is_reported(profile, costs):
    def broken(*args, **kwargs):
        raise RuntimeError("sizing table corrupt")

    a = build_assessment(
        profile,
        recommend=broken,
        estimate_local_models=broken,
        default_cost_inputs=lambda p, **k: default_inputs(p, country="ES"),
        scrubber=SCRUB,
    )
    assert a.recommendation is None and a.costs is not None
    assert [(p.part, p.code) for p in a.problems] == [("recommendation", "failed"), ("local_models", "failed")]
    assert "sizing table corrupt" in a.problems[0].detail
    md = render(a, "md")
    assert "## Costs" in md and "## Missing parts" in md and "- Recommendation: could not be produced" in md


def test_build_asks_each_module_with_the_machine_and_context(profile):
    calls = {}

    def fake_search(**kwargs):
        calls["search"] = kwargs
        raise TimeoutError("hub timed out")

    a = build_assessment(
        profile,
        context=8192,
        search=fake_search,
        offline=True,
        scrubber=SCRUB,
        default_cost_inputs=lambda p, **k: default_inputs(p, country="ES"),
    )
    assert a.recommendation is not None and a.recommendation.context == 8192
    assert calls["search"]["tier"] == a.recommendation.tier and calls["search"]["offline"] is True
    assert ("models", "failed") in [(p.part, p.code) for p in a.problems]
    assert a.local_models  # the GGUF already in LM Studio, estimated on this machine


def test_no_server_url_means_no_server_part(profile):
    a = build_assessment(
        profile,
        include_models=False,
        scrubber=SCRUB,
        check_server=lambda url: pytest.fail("checked a server nobody asked for"),
    )
    assert a.server is None and a.benchmark is None


# --------------------------------------------------------------------------- writing


def test_write_atomic_never_replaces_without_permission(tmp_path):
    target = tmp_path / "report.md"
    write_atomic(target, "first")
    with pytest.raises(FileExistsError):
        write_atomic(target, "second")
    assert target.read_text() == "first"
    write_atomic(target, "second", overwrite=True)
    assert target.read_text() == "second"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.md"]


def test_write_atomic_leaves_nothing_behind_when_the_write_fails(tmp_path, monkeypatch):
    target = tmp_path / "report.html"
    target.write_text("old report")

    def fail(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("advisor.core.files.os.replace", fail)
    with pytest.raises(OSError, match="No space"):
        write_atomic(target, "new report", overwrite=True)
    assert target.read_text() == "old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]


def test_write_atomic_into_a_missing_folder_is_an_error(tmp_path):
    with pytest.raises(OSError):
        write_atomic(tmp_path / "nope" / "report.md", "x")
    assert list(tmp_path.iterdir()) == []


def test_models_already_in_lm_studio_are_estimated_from_their_real_files(tmp_path):
    from tests.support.gguf_factory import write_llama_gguf

    models = tmp_path / "lmstudio" / "models"
    (models / "me" / "tiny-GGUF").mkdir(parents=True)
    gguf_path = write_llama_gguf(models / "me" / "tiny-GGUF" / "tiny-llama-f32.gguf")
    hardware = {
        **HARDWARE,
        "lmstudio": {
            "home": str(tmp_path / "lmstudio"),
            "models_dir": str(models),
            "models": [{"path": str(gguf_path), "size_bytes": gguf_path.stat().st_size}],
            "disk_free_bytes": 200 * G,
        },
    }
    profile = load_profile(_write_hardware(tmp_path, hardware))
    a = build_assessment(
        profile,
        include_models=False,
        scrubber=SCRUB,
        default_cost_inputs=lambda p, **k: default_inputs(p, country="ES"),
    )
    (local,) = a.local_models
    assert local.estimate is not None
    row = next(line for line in render(a, "md").splitlines() if "tiny-llama-f32.gguf" in line)
    assert row.startswith("| me/tiny-GGUF/tiny-llama-f32.gguf |")  # as LM Studio lists it, under its folder
    assert "Full GPU" in row and f"{local.estimate.tokens_per_second:,.1f}" in row


def test_when_the_hub_cannot_be_reached_the_report_says_so_and_uses_the_snapshot(profile, tmp_path):
    import socket

    from advisor.cli.report import report_words
    from advisor.core.catalog import search

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{s.getsockname()[1]}"

    def unreachable_hub(**kwargs):
        return search(**kwargs, endpoint=closed, cache_dir=str(tmp_path / "cache"), timeout_s=2)

    a = build_assessment(
        profile,
        search=unreachable_hub,
        scrubber=SCRUB,
        default_cost_inputs=lambda p, **k: default_inputs(p, country="ES"),
    )
    assert a.catalog_source == "offline" and a.candidates
    assert [p.code for p in a.catalog_problems] == ["offline"]
    md = render(a, "md", wording=report_words())
    assert "offline snapshot of" in md and "Hugging Face cannot be reached" in md


def test_every_figure_in_the_report_is_written_by_the_wordings_number_formatter(assessment):
    """A Spanish report once showed "1,450.0 tokens/s": figures must come from `Wording.number`, not from f-strings."""
    from advisor.core.report import Wording

    calls: list[tuple[float, int]] = []

    def marked(value: float, decimals: int) -> str:
        calls.append((value, decimals))
        return "#N#"

    text = render(assessment, "md", wording=Wording(number=marked))
    units = r"tokens/s|GB/s|GiB|MiB|W|J|Wh|ms|h|EUR|months|tokens"
    figures = re.findall(rf"(\S+) (?:{units})\b", text)
    assert figures and calls
    unmarked = [f for f in figures if re.match(r"[\d.,]+$", f)]  # "(1 EUR = ..." in a source's text is not one
    assert unmarked == []
    assert "812.5" not in text and "47.3" not in text  # the benchmark's speeds went through it too


def test_english_report_keeps_english_separators(assessment):
    """The CLI (`llm-advisor report`) stays English: 812.5 and 1,234.5, a point for decimals."""
    from dataclasses import replace

    server = replace(_server(), benchmark=replace(_server().benchmark, prompt_tokens_per_second=1450.0))
    text = render(replace(assessment, server=server, benchmark=server.benchmark), "md")
    assert "1,450.0 tokens/s" in text
