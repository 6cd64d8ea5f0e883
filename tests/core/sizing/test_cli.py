"""`llm-advisor estimate` and `recommend` as a user runs them (in-process, real argument parsing)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from advisor.cli.main import main
from advisor.cli.recommend import reason_text
from advisor.core.sizing.reasons import REASON_KEYS
from advisor.core.types import Reason
from tests.core.gguf.files import llama_like, write_gguf
from tests.support.gguf_factory import write_llama_gguf
from tests.support.llama_server import free_port
from tests.support.range_http import RangeHttpServer
from tests.support.special_files import fifo, needs_fifo

GiB = 2**30


@pytest.fixture
def rtx3060(tmp_path) -> Path:
    """A hand-written --hardware file: a 32 GB PC with a 12 GB RTX 3060 (11.2 GiB free)."""
    path = tmp_path / "pc.json"
    path.write_text(
        json.dumps(
            {
                "ram": {"total_bytes": 32 * GiB, "available_bytes": 26 * GiB, "bandwidth_gbps": 50},
                "cpu": {"brand": "AMD Ryzen 5 5600", "arch": "x86_64", "physical_cores": 6, "logical_cores": 12},
                "gpus": [
                    {
                        "name": "NVIDIA GeForce RTX 3060",
                        "vram_total_bytes": 12 * GiB,
                        "vram_free_bytes": int(11.2 * GiB),
                        "bandwidth_gbps": 360,
                    }
                ],
            }
        )
    )
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_estimate_by_parameters_as_json(capsys, rtx3060):
    code, out, _ = run(
        capsys,
        "estimate",
        "--hardware",
        str(rtx3060),
        "--params",
        "8.03B",
        "--quant",
        "Q4_K_M",
        "--file-size",
        "4.58GiB",
        "--context",
        "8192",
        "--json",
    )
    data = json.loads(out)
    assert code == 0 and data["schema_version"] == 1
    assert data["fit"] == "full_gpu" and data["gpu_layers"] == data["total_layers"] == 32
    mem = data["memory"]
    assert mem["weights_bytes"] == round(4.58 * GiB) and mem["kv_cache_bytes"] == 1 * GiB
    assert (
        mem["total_bytes"]
        == mem["weights_bytes"] + mem["kv_cache_bytes"] + mem["compute_bytes"] + mem["overhead_bytes"]
    )
    low, high = data["tokens_per_second_range"]
    assert low < data["tokens_per_second"] < high
    assert "embedding_in_host_ram" in data["notes"]


def test_estimate_partial_offload_says_how_many_layers(capsys, rtx3060):
    code, out, _ = run(capsys, "estimate", "--hardware", str(rtx3060), "--params", "32.8e9", "--quant", "Q4_K_M")
    assert code == 0
    assert "partial GPU offload" in out and "-ngl" in out and "tokens/s" in out


def test_a_model_too_large_says_its_split_is_for_a_gpu_with_room_not_this_one(capsys, rtx3060, tmp_path):
    """'on the GPU 37.4 GiB' under 'too large' read as if this 12 GB card held it: the split is a larger GPU's."""
    code, out, _ = run(capsys, "estimate", "--hardware", str(rtx3060), "--params", "70B", "--lang", "en")
    data = json.loads(run(capsys, "estimate", "--hardware", str(rtx3060), "--params", "70B", "--json")[1])
    assert code == 0 and data["fit"] == "too_large" and data["memory"]["vram_bytes"] > 12 * GiB
    line = next(x for x in out.splitlines() if "in system RAM" in x).strip()
    assert line.startswith("on a GPU with room for it: ") and " on it · " in line and "on the GPU" not in out
    _, spanish, _ = run(capsys, "estimate", "--hardware", str(rtx3060), "--params", "70B", "--lang", "es")
    assert "en una GPU con memoria suficiente: " in spanish
    mac = tmp_path / "mac.json"
    mac.write_text(json.dumps({"ram": {"total_bytes": 16 * GiB}, "gpus": [{"name": "Apple M2", "vendor": "apple"}]}))
    _, out, _ = run(capsys, "estimate", "--hardware", str(mac), "--params", "70B", "--lang", "en")
    assert "too large" in out and "on a Mac with room for it: " in out and " for its GPU · " in out
    # an APU's graphics share the RAM too: more memory, not a graphics card, is what it would take
    apu = Path(__file__).resolve().parents[2] / "data" / "machines" / "laptop-phoenix-780m-32gb.json"
    _, out, _ = run(capsys, "estimate", "--hardware", str(apu), "--params", "405B", "--lang", "en")
    assert (
        "on a computer with more memory: " in out and " for its integrated GPU · " in out and "GPU with room" not in out
    )
    # a model that fits keeps the split of this machine
    _, out, _ = run(capsys, "estimate", "--hardware", str(rtx3060), "--params", "32.8e9", "--lang", "en")
    assert "partial GPU offload" in out and "on the GPU " in out and "with room for it" not in out


def test_estimate_architecture_flags_change_the_kv_cache(capsys, rtx3060):
    base = [
        "estimate",
        "--hardware",
        str(rtx3060),
        "--params",
        "8B",
        "--layers",
        "32",
        "--heads",
        "32",
        "--embedding",
        "4096",
        "--vocab",
        "128256",
        "--json",
    ]
    _, mha, _ = run(capsys, *base)
    _, gqa, _ = run(capsys, *base, "--kv-heads", "8", "--kv-type", "q8_0")
    assert json.loads(mha)["memory"]["kv_cache_bytes"] == 32 * 4096 * 2 * 4096 * 2  # 32 KV heads × 128, f16
    assert json.loads(gqa)["memory"]["kv_cache_bytes"] == 32 * 4096 * 2 * 1024 * 34 // 32


def test_estimate_reads_a_local_gguf(capsys, rtx3060, tmp_path):
    path = write_llama_gguf(tmp_path / "m.gguf", n_embd=256, n_head=4, n_head_kv=2, n_layer=3, tensor_type="F16")
    code, out, _ = run(capsys, "estimate", "--hardware", str(rtx3060), "--gguf", str(path), "--json")
    data = json.loads(out)
    assert code == 0 and data["total_layers"] == 3 and data["model"]["kv_heads"] == 2
    assert data["memory"]["weights_bytes"] == path.stat().st_size and data["quant"] == "F16"


def test_estimate_of_a_later_part_of_a_split_model_asks_for_the_first(capsys, rtx3060, tmp_path):
    # part 2 holds tensors but no architecture: it was estimated as a small model with a borrowed shape
    md, tensors = llama_like(n_layer=4)
    first_half = {k: v for k, v in tensors.items() if not k.startswith(("blk.2.", "blk.3.", "output"))}
    rest = {k: v for k, v in tensors.items() if k not in first_half}
    split = {"split.count": 2, "split.tensors.count": len(tensors)}
    write_gguf(tmp_path / "m-Q8_0-00001-of-00002.gguf", "llama", md | split | {"split.no": 0}, first_half)
    second = write_gguf(tmp_path / "m-Q8_0-00002-of-00002.gguf", "llama", split | {"split.no": 1}, rest)
    code, _, err = run(capsys, "estimate", "--hardware", str(rtx3060), "--gguf", str(second))
    assert code == 2 and "give its first part, m-Q8_0-00001-of-00002.gguf" in err


def test_estimate_of_a_gguf_at_another_quant_sizes_that_quant_not_the_file(capsys, rtx3060, tmp_path):
    # "this F16 file, but at Q4_K_M": the weights shrink to ~4.8/16 of F16, they do not stay the file's size
    path = write_llama_gguf(
        tmp_path / "m.gguf", n_embd=512, n_head=4, n_head_kv=2, n_layer=4, n_ff=1024, tensor_type="F16"
    )
    size = path.stat().st_size
    _, out, _ = run(capsys, "estimate", "--hardware", str(rtx3060), "--gguf", str(path), "--quant", "Q4_K_M", "--json")
    q4 = json.loads(out)
    assert q4["quant"] == "Q4_K_M" and q4["memory"]["weights_bytes"] < 0.4 * size
    _, out, _ = run(capsys, "estimate", "--hardware", str(rtx3060), "--gguf", str(path), "--quant", "f16", "--json")
    assert json.loads(out)["memory"]["weights_bytes"] == size  # its own quant: the real file size stays


def test_estimate_reads_a_hub_file_header_through_hf_endpoint(capsys, rtx3060, tmp_path, monkeypatch):
    repo_dir = tmp_path / "hub" / "someone" / "Tiny-GGUF" / "resolve" / "main"
    repo_dir.mkdir(parents=True)
    write_llama_gguf(repo_dir / "tiny-Q8_0.gguf", n_embd=256, n_head=4, n_layer=2, tensor_type="Q8_0")
    with RangeHttpServer(tmp_path / "hub") as hub:
        monkeypatch.setenv("HF_ENDPOINT", hub.url)
        monkeypatch.setenv("HF_TOKEN", "hf_test_token")
        code, out, _ = run(
            capsys,
            "estimate",
            "--hardware",
            str(rtx3060),
            "--hf",
            "someone/Tiny-GGUF",
            "--file",
            "tiny-Q8_0.gguf",
            "--json",
        )
        assert all(r.status == 206 for r in hub.requests)
        assert hub.requests[0].headers.get("Authorization") == "Bearer hf_test_token"
        code404, _, err404 = run(
            capsys, "estimate", "--hardware", str(rtx3060), "--hf", "someone/Tiny-GGUF", "--file", "missing.gguf"
        )
    assert code == 0 and json.loads(out)["quant"] == "Q8_0" and json.loads(out)["total_layers"] == 2
    assert code404 == 1 and "not found on the Hub" in err404 and len(err404.strip().splitlines()) == 1


def test_estimate_offline_hub_is_one_line_and_exit_1(capsys, rtx3060, monkeypatch):
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{free_port()}")
    code, _, err = run(capsys, "estimate", "--hardware", str(rtx3060), "--hf", "a/b", "--file", "x.gguf")
    assert code == 1 and "cannot reach" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ["--gguf", "/no/such/file.gguf"],
        ["--params", "8B", "--quant", "Q9_Z"],
        ["--params", "8B", "--experts", "8"],
        ["--hf", "someone/repo"],
        ["--params", "8B", "--file", "x.gguf"],
        ["--params", "8B", "--file-size", "4.58"],  # a size without its unit: 5 bytes, not 4.58 GiB
        ["--params", "8B", "--heads", "4", "--kv-heads", "8"],
    ],
)
def test_estimate_bad_input_is_one_line_and_exit_2(capsys, rtx3060, argv):
    code, _, err = run(capsys, "estimate", "--hardware", str(rtx3060), *argv)
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err


def test_estimate_corrupt_gguf_is_exit_2(capsys, rtx3060, tmp_path):
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"GGUF\x03\x00\x00\x00" + b"\xff" * 30)
    code, _, err = run(capsys, "estimate", "--hardware", str(rtx3060), "--gguf", str(bad))
    assert code == 2 and "not a readable GGUF" in err


def test_recommend_json_and_text(capsys, rtx3060):
    code, out, _ = run(capsys, "recommend", "--hardware", str(rtx3060), "--json")
    data = json.loads(out)
    # 40B through a mixture of experts (Qwen3-30B-A3B reads 3.3 B weights a token); 13B runs fully on the GPU
    assert code == 0 and data["tier"] == "40B" and data["model"] == "Qwen3-30B-A3B" and data["schema_version"] == 1
    assert [t["tier"] for t in data["tiers"]] == ["3B", "7B", "13B", "40B", "70B"]
    assert {"tier", "fits", "best_quant", "fit", "tokens_per_second", "needs_bytes", "model", "runs", "tight"} <= set(
        data["tiers"][0]
    )
    assert data["tiers"][2]["fit"] == "full_gpu" and data["tiers"][2]["runs"] == "yes"
    assert data["reasons"][0]["code"] == "tier_chosen" and data["local_models"] == []
    budget = data["budget"]  # the file says 26 GiB are free: the programs running hold the rest
    assert budget["source"] == "detected" and budget["usable_bytes"] == 26 * GiB - 512 * 2**20
    assert budget["usable_bytes"] + budget["other_programs_bytes"] + budget["system_reserve_bytes"] == 32 * GiB
    # the file states RAM, bandwidth, cores and the GPU's free memory; only the CPU's SIMD class comes from its name
    assert [(a["code"], a["values"]["basis"]) for a in data["assumptions"]] == [
        ("assume_cpu_isa", "AMD Ryzen 1000-5000 desktop (AM4)")
    ]
    code, text, _ = run(capsys, "recommend", "--hardware", str(rtx3060))
    assert code == 0 and "40B class (Qwen3-30B-A3B)" in text and "mixture of experts" in text
    assert "The next size up (70B at Q4_K_M) does not fit: with " in text  # the card's part, then the RAM that ran out
    assert (
        "whole layers and their buffers), the rest needs " in text
        and "of system RAM, but only 25.5 GiB is free." in text
    )
    assert (
        "Memory             32.0 GiB in all − at least 4.8 GiB for the system − 1.7 GiB held by open programs = "
        "25.5 GiB for the model (closing them frees up to 1.7 GiB more)."
    ) in text
    assert "Assumed            - Processor instructions" in text


def test_recommend_threshold_and_context_options(capsys, rtx3060):
    # at 60 tokens/s gpt-oss-20b (13B class, a mixture of experts) still runs split on the 12 GB card
    _, out, _ = run(capsys, "recommend", "--hardware", str(rtx3060), "--min-tps", "70", "--context", "16384", "--json")
    data = json.loads(out)
    assert data["min_tokens_per_second"] == 70 and data["context"] == 16384
    assert data["tier"] in ("3B", "7B")
    with pytest.raises(SystemExit) as exc:  # argparse rejects it: usage line + one error line
        main(["recommend", "--hardware", str(rtx3060), "--min-tps", "0"])
    assert exc.value.code == 2 and "--min-tps" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:  # was "unexpected error: ValueError" and exit 1
        main(["recommend", "--hardware", str(rtx3060), "--context", "100000000"])
    assert exc.value.code == 2 and "--context" in capsys.readouterr().err


def test_recommend_lists_lm_studio_models(capsys, tmp_path):
    model = write_llama_gguf(tmp_path / "tiny.gguf", n_embd=128, n_head=2, n_layer=2)
    hw = tmp_path / "hw.json"
    hw.write_text(
        json.dumps(
            {
                "ram": {"total_bytes": 16 * GiB, "available_bytes": 12 * GiB, "bandwidth_gbps": 40},
                "gpus": [],
                "lmstudio": {
                    "home": str(tmp_path),
                    "models_dir": str(tmp_path),
                    "models": [{"path": str(model), "size_bytes": model.stat().st_size}],
                },
            }
        )
    )
    code, out, _ = run(capsys, "recommend", "--hardware", str(hw))
    assert code == 0 and "In LM Studio (1 model" in out and "tiny.gguf" in out and "runs on the CPU" in out


def test_every_reason_code_has_english_words():
    for code, keys in REASON_KEYS.items():
        values = {k: 1 for k in keys} | {
            "tier": "7B",
            "fit": "cpu_only",
            "memory": "vram",
            "device": "ram",
            "basis": "typical",
            "ram_type": "DDR4",
            "isa": "avx2",
            "gpu": "X",
        }
        values = {k: v for k, v in values.items() if k in keys}
        text = reason_text(Reason(code, values))
        # what the user types or sets (a command, a cache type), not a code left unworded
        typed = text.replace("iogpu.wired_limit_mb", "").replace("q8_0", "").replace("Q8_0", "")
        assert text != code and "_" not in typed and len(text) > 10


def test_recommend_table_marks_a_class_recommended_only_at_a_low_quant(capsys, tmp_path):
    """A small 2-core laptop: only a quant below Q4_K_M is usable, and the table must not say the pick doesn't run."""
    hw = tmp_path / "laptop.json"
    hw.write_text(
        json.dumps(
            {
                "ram": {"total_bytes": 8 * GiB, "available_bytes": 6 * GiB, "bandwidth_gbps": 9},
                "cpu": {"brand": "Intel Core i3", "arch": "x86_64", "physical_cores": 2, "logical_cores": 2},
                "gpus": [],
            }
        )
    )
    _, out, _ = run(capsys, "recommend", "--hardware", str(hw), "--json")
    data = json.loads(out)
    picked = next(t for t in data["tiers"] if t["tier"] == data["tier"])
    assert data["tier"] is not None and not picked["fits"]  # the low-quant fallback this test is about
    _, text, _ = run(capsys, "recommend", "--hardware", str(hw))
    row = next(line for line in text.splitlines() if line.startswith(data["tier"] + " "))
    assert row.split()[1:3] == ["low", "q"] and data["quant"] in row


def test_recommend_on_a_gpu_whose_memory_is_taken_speaks_of_ram(capsys, tmp_path):
    """Another program holds the RTX 3060's 12 GiB: rows said "2.7 GiB / 0 MiB" and "0 MiB is free" before."""
    hw = tmp_path / "busy.json"
    hw.write_text(
        json.dumps(
            {
                "ram": {"total_bytes": 32 * GiB, "available_bytes": 26 * GiB, "bandwidth_gbps": 50},
                "cpu": {"brand": "AMD Ryzen 5 5600", "arch": "x86_64", "physical_cores": 6, "logical_cores": 12},
                "gpus": [
                    {
                        "name": "NVIDIA GeForce RTX 3060",
                        "vram_total_bytes": 12 * GiB,
                        "vram_free_bytes": 0,
                        "bandwidth_gbps": 360,
                    }
                ],
            }
        )
    )
    code, text, _ = run(capsys, "recommend", "--hardware", str(hw))
    assert code == 0 and "CPU" in text.splitlines()[0]
    rows = [line for line in text.splitlines() if line.split()[:1] in (["3B"], ["7B"], ["13B"], ["40B"], ["70B"])]
    assert len(rows) == 5 and all(row.endswith(" RAM") and "/ 0 MiB" not in row for row in rows)
    assert "of VRAM" not in text and "0 MiB is free" not in text
    assert "The graphics card's memory is taken: only 0 MiB of 12.0 GiB is free" in text
    _, out, _ = run(capsys, "recommend", "--hardware", str(hw), "--json")
    data = json.loads(out)
    assert {t["memory"] for t in data["tiers"]} == {"ram"}
    held = next(r for r in data["reasons"] if r["code"] == "gpu_memory_in_use")
    assert held["values"] == {"vram_free_bytes": 0, "vram_total_bytes": 12 * GiB}


@needs_fifo
def test_gguf_and_hardware_must_be_regular_files_one_line_exit_2(capsys, rtx3060, tmp_path):
    """A FIFO blocked the open forever; a device such as /dev/zero never ends."""
    with fifo(tmp_path / "model.gguf") as pipe:
        code, _, err = run(capsys, "estimate", "--hardware", str(rtx3060), "--gguf", str(pipe))
    assert code == 2 and err.count("\n") == 1 and "it is a named pipe, not a file" in err
    with fifo(tmp_path / "machine.json") as pipe:
        code, _, err = run(capsys, "recommend", "--hardware", str(pipe))
    assert code == 2 and err.count("\n") == 1 and "it is a named pipe, not a file" in err
    code, _, err = run(capsys, "estimate", "--hardware", str(rtx3060), "--gguf", "/dev/zero")
    assert code == 2 and err.count("\n") == 1 and "it is a device, not a file" in err


def test_a_note_an_assumption_says_in_full_is_not_said_twice(capsys, tmp_path):
    """Newcomer round: "free graphics memory unknown" was under Notes and again under Assumed (with the field to
    correct it); the assumption stays. The JSON keeps both codes."""
    import json

    hardware = tmp_path / "pc.json"
    hardware.write_text(
        json.dumps(
            {
                "ram": {"total_bytes": 16 * 2**30},
                "gpus": [{"name": "NVIDIA GeForce RTX 3060", "vram_total_bytes": 12 * 2**30}],
            }
        )
    )
    assert main(["estimate", "--hardware", str(hardware), "--params", "13B", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    notes, assumed = out.split("\nNotes", 1)[1].split("\nAssumed", 1)
    assert "gpus[].vram_free_bytes" in assumed and "free" not in notes.lower().replace("free for", "")
    assert main(["estimate", "--hardware", str(hardware), "--params", "13B", "--json"]) == 0
    said = json.loads(capsys.readouterr().out)
    assert "vram_free_unknown" in said["notes"] and any(a["code"] == "assume_vram_free" for a in said["assumptions"])


def test_gpt_oss_in_its_native_mxfp4_has_no_low_quality_note(capsys, tmp_path):
    """Newcomer round: gpt-oss in MXFP4, the format it is released in, was told "below Q4_K_M: noticeably lower
    quality" (4.25 bits per weight); an IQ3 file still is."""
    import json

    hardware = tmp_path / "pc.json"
    hardware.write_text(json.dumps({"ram": {"total_bytes": 128 * 2**30}, "gpus": []}))
    argv = ["estimate", "--hardware", str(hardware), "--params", "117B", "--experts", "128", "--active-experts", "4"]
    assert main([*argv, "--quant", "MXFP4", "--json"]) == 0
    assert "low_quant" not in json.loads(capsys.readouterr().out)["notes"]
    assert main([*argv, "--quant", "IQ3_M", "--json"]) == 0
    assert "low_quant" in json.loads(capsys.readouterr().out)["notes"]
    # final review: a dense model in MXFP4 (4.25 bits, below IQ4_XS) keeps the note; the format is native to gpt-oss
    assert main(["estimate", "--hardware", str(hardware), "--params", "8B", "--quant", "MXFP4", "--json"]) == 0
    assert "low_quant" in json.loads(capsys.readouterr().out)["notes"]


def test_an_intel_hd_graphics_not_in_the_table_is_taken_at_its_own_small_rate():
    """Newcomer round: an i5-7200U laptop's HD Graphics 620 was given an Iris Xe-class 2 TFLOPS, so its prompt read
    about 5x faster than it does (0.4 TFLOPS: 24 units near 1 GHz); a plain "AMD Radeon(TM) Graphics" keeps 2."""
    from advisor.core.hardware.profile_io import load_profile
    from advisor.core.sizing import estimate
    from advisor.core.sizing.tiers import LLAMA_3_2_3B

    def machine(gpu: str):
        return load_profile(
            {"ram": {"total_bytes": 8 * 2**30}, "cpu": {"brand": "Intel Core i5-7200U"}, "gpus": [{"name": gpu}]}
        )

    hd = machine("Intel HD Graphics 620")
    said = next(a for a in estimate(LLAMA_3_2_3B, hd).assumptions if a.code == "assume_gpu_tflops")
    assert said.values["tflops"] == 0.4 and said.values["basis"] == "intel_hd"
    radeon = machine("AMD Radeon(TM) Graphics")
    said = next(a for a in estimate(LLAMA_3_2_3B, radeon).assumptions if a.code == "assume_gpu_tflops")
    assert said.values["tflops"] == 2.0


def test_experts_in_ram_for_a_dense_model_is_refused_not_dropped(capsys):
    """`estimate --params 30.5B --cpu-moe` (Qwen3-30B-A3B's size, its expert counts not given) dropped the flag and
    sized a dense 30B at 3.6 tokens/s where `recommend` said 35 (newcomer round)."""
    for flag in (["--cpu-moe"], ["--n-cpu-moe", "10"]):
        code, _, err = run(capsys, "estimate", "--params", "30.5B", *flag)
        assert code == 2 and flag[0] in err and "--experts 128 --active-experts 8" in err
    code, out, _ = run(
        capsys, "estimate", "--params", "30.5B", "--experts", "128", "--active-experts", "8", "--cpu-moe"
    )
    assert code == 0 and "Mixture of experts" in out
    assert run(capsys, "estimate", "--params", "8B", "--n-cpu-moe", "0")[0] == 0  # 0: the split by layers


@pytest.mark.parametrize("command", ["recommend", "models", "cost"])
def test_c_is_the_context_everywhere_as_in_llama_server(capsys, command):
    """`-c 32768` worked in `estimate` only; `recommend -c 32768` was "unrecognized arguments" (newcomer round)."""
    machine = str(Path(__file__).parents[2] / "data" / "machines" / "apple-m2-16gb.json")
    extra = ["--hardware", machine, *(["--offline"] if command == "models" else [])]
    code, out, _ = run(capsys, command, "-c", "32768", "--json", *extra)
    assert code == 0 and out == run(capsys, command, "--context", "32768", "--json", *extra)[1]
    if command != "cost":  # its JSON says the costs, not the context they were sized at
        assert json.loads(out)["context"] == 32768
