"""Checked after load for LM Studio and Ollama, against fakes that speak their documented replies (LM Studio's
/api/v0/models and /api/v1/models, Ollama's /api/ps and its manifest/blob folder), and NVML's per-process lists
through a fake pynvml module: which model is loaded, where its file is, what it uses, and why a gap happened."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from advisor.core.hardware.profile_io import load_profile
from advisor.core.servers import after_load as al
from tests.support.fake_http import FakeServer, json_reply
from tests.support.lmstudio_emulator import LmStudioEmulator, model_entry

GiB = 2**30
GPU_PC = {
    "ram": {"total_bytes": 32 * GiB, "available_bytes": 24 * GiB, "bandwidth_gbps": 60},
    "gpus": [{"name": "NVIDIA GeForce RTX 4070", "vram_total_bytes": 12 * GiB, "vram_free_bytes": 11 * GiB}],
}
DIGEST = "a" * 64

# a Recommendation as the core gives it: the 13B class at Q6_K, each class with the quant it runs at here
ADVICE = SimpleNamespace(
    tier="13B",
    quant="Q6_K",
    tiers=(SimpleNamespace(tier="3B", best_quant="Q4_K_M"), SimpleNamespace(tier="13B", best_quant="Q6_K")),
)


def _ps(**model: object) -> dict[str, object]:
    """Ollama's documented `GET /api/ps` reply (context_length: newer versions)."""
    item = {
        "name": "tiny:latest",
        "model": "tiny:latest",
        "size": 900 * 2**20,
        "digest": "2ae6f6dd7a3dd734790bbbf58b8909a606e0e7e97e94b7604e0aa7ae4490e6d8",
        "details": {
            "parent_model": "",
            "format": "gguf",
            "family": "llama",
            "families": ["llama"],
            "parameter_size": "0.1M",
            "quantization_level": "F32",
        },
        "expires_at": "2026-06-04T14:38:31.83753-07:00",
        "size_vram": 900 * 2**20,
        "context_length": 2048,
    }
    return {"models": [{**item, **model}]}


def _ollama_store(root: Path, gguf: Path, name: str = "tiny", tag: str = "latest") -> Path:
    """Ollama's models folder: manifests/registry.ollama.ai/library/<name>/<tag> naming the model layer's blob."""
    manifest = root / "manifests" / "registry.ollama.ai" / "library" / name / tag
    manifest.parent.mkdir(parents=True)
    layers = [
        {"mediaType": "application/vnd.ollama.image.model", "digest": f"sha256:{DIGEST}", "size": gguf.stat().st_size},
        {"mediaType": "application/vnd.ollama.image.template", "digest": "sha256:" + "b" * 64, "size": 10},
    ]
    manifest.write_text(json.dumps({"schemaVersion": 2, "layers": layers}), encoding="utf-8")
    (root / "blobs").mkdir()
    shutil.copyfile(gguf, root / "blobs" / f"sha256-{DIGEST}")
    return root / "blobs" / f"sha256-{DIGEST}"


def _ollama(ps: dict[str, object]) -> FakeServer:
    return FakeServer(
        {
            "GET /": (200, "Ollama is running", "text/plain; charset=utf-8"),
            "GET /api/version": json_reply({"version": "0.12.3"}),
            "GET /api/ps": json_reply(ps),
        }
    )


def test_ollama_reports_its_own_memory_and_its_blob_is_the_file_sized(tiny_gguf, tmp_path):
    blob = _ollama_store(tmp_path / "ollama", tiny_gguf)
    with _ollama(_ps(size_vram=0)) as server:  # all of it on the processor, though the card has room
        loaded = al.after_load(
            server.base_url + "/v1",
            load_profile(GPU_PC),
            kind="ollama",
            pid_of=lambda _port: None,
            gpu_memory=lambda: {4242: 3 * GiB},  # another program's 3 GiB on the card
            ollama_dirs=lambda: [tmp_path / "missing", tmp_path / "ollama"],
        )
    assert loaded.kind == "ollama" and loaded.model == "tiny:latest" and loaded.model_path == str(blob)
    assert loaded.used_source == al.FROM_OLLAMA and loaded.used_bytes == 900 * 2**20 and loaded.used_vram_bytes == 0
    assert loaded.context == 2048 and loaded.server_quant == "F32" and loaded.quant == "F32"
    assert loaded.predicted_vram_bytes and loaded.predicted_tokens_per_second
    codes = [r.code for r in loaded.explanations]
    assert al.PARTLY_ON_CPU in codes and al.OTHER_GPU_MEMORY in codes
    assert al.CONTEXT_DIFFERS in codes  # 2,048 on the server, 4,096 assumed
    assert loaded.notes == ()  # Ollama's own figures: no process needed


def test_ollama_as_a_system_service_is_not_blamed_on_other_programs(tiny_gguf, tmp_path):
    """Its runner belongs to the `ollama` user (no pid here): the graphics memory NVML lists includes Ollama's own
    size_vram, which must not be said as "other programs hold it"."""
    _ollama_store(tmp_path / "ollama", tiny_gguf)
    runner_vram = 700 * 2**20
    with _ollama(_ps(size_vram=runner_vram)) as server:
        loaded = al.after_load(
            server.base_url + "/v1",
            load_profile(GPU_PC),
            kind="ollama",
            pid_of=lambda _port: None,
            gpu_memory=lambda: {999: runner_vram},  # the service's runner, the only process on the card
            ollama_dirs=lambda: [tmp_path / "ollama"],
        )
    assert loaded.used_vram_bytes == runner_vram and loaded.other_vram_bytes == 0
    assert al.OTHER_GPU_MEMORY not in [r.code for r in loaded.explanations]


def test_ollama_without_its_manifest_or_model_says_so(tmp_path):
    with _ollama(_ps(context_length=None)) as server:
        lost = al.after_load(
            server.base_url, load_profile(GPU_PC), pid_of=lambda _p: None, gpu_memory=lambda: None,
            ollama_dirs=lambda: [tmp_path],
        )  # fmt: skip
    assert lost.kind == "ollama" and al.FILE_NOT_FOUND in lost.notes and lost.predicted_bytes is None
    assert lost.used_bytes == 900 * 2**20  # what Ollama reports is still said
    with _ollama({"models": []}) as server:
        idle = al.after_load(server.base_url, load_profile(GPU_PC), pid_of=lambda _p: None, gpu_memory=lambda: None)
    assert al.NO_MODEL_LOADED in idle.notes and idle.used_bytes is None


def test_a_damaged_ollama_manifest_is_skipped_never_a_crash_or_a_hang(tiny_gguf, tmp_path):
    """Hostile files in Ollama's folder: a layer that is not an object, a manifest that is a FIFO (reading it would
    block), one over the size cap. Each is skipped (no file found); the intact one is still read."""
    import os

    blob = _ollama_store(tmp_path, tiny_gguf)
    manifest = tmp_path / "manifests" / "registry.ollama.ai" / "library" / "tiny" / "latest"
    good = manifest.read_text("utf-8")
    manifest.write_text(json.dumps({"layers": ["oops", 3, None, *json.loads(good)["layers"]]}), encoding="utf-8")
    assert al.find_ollama_file("tiny", [tmp_path]) == str(blob)  # the odd entries are passed over
    manifest.write_text(json.dumps({"layers": ["oops"]}), encoding="utf-8")
    assert al.find_ollama_file("tiny", [tmp_path]) is None
    manifest.write_bytes(b" " * (al.MAX_MANIFEST_BYTES + 1) + good.encode())
    assert al.find_ollama_file("tiny", [tmp_path]) is None
    manifest.unlink()
    os.mkfifo(manifest)
    assert al.find_ollama_file("tiny", [tmp_path]) is None  # returns at once: a FIFO is not opened


def test_lmstudio_names_a_model_whose_file_is_found_in_its_folder(tiny_gguf, tmp_path):
    folder = tmp_path / "models" / "lmstudio-community" / "Tiny-Llama-GGUF"
    folder.mkdir(parents=True)
    wanted = folder / "Tiny-Llama-F32.gguf"
    shutil.copyfile(tiny_gguf, wanted)
    (folder / "mmproj-Tiny-Llama-F32.gguf").write_bytes(b"GGUF")  # a vision projector is never the model
    (folder / "Tiny-Llama-Q8_0.gguf").write_bytes(b"GGUF")  # the same model in another quant
    profile = load_profile(
        {
            **GPU_PC,
            "lmstudio": {
                "home": str(tmp_path),
                "models_dir": str(tmp_path / "models"),
                "models": [{"path": str(p), "size_bytes": p.stat().st_size} for p in sorted(folder.iterdir())],
            },
        }
    )
    entry = {**model_entry("tiny-llama", loaded=True, quant="F32", arch="llama"), "loaded_context_length": 8192}
    with LmStudioEmulator([entry]) as lms:
        loaded = al.after_load(
            lms.base_url + "/v1", profile, kind="lmstudio", recommendation=ADVICE, gpu_memory=lambda: {}
        )
    assert loaded.kind == "lmstudio" and loaded.model == "tiny-llama" and loaded.model_path == str(wanted)
    assert loaded.context == 8192 and loaded.pid is not None and loaded.used_ram_bytes  # the emulator is ours
    assert loaded.used_vram_bytes == 0 and loaded.predicted_ram_bytes is not None
    reasons = {r.code: r.values for r in loaded.explanations}
    # the tiny file is set against the advice for its own class (3B: Q4_K_M), not the recommended 13B's Q6_K
    assert reasons[al.QUANT_DIFFERS] == {"file_quant": "F32", "expected_quant": "Q4_K_M", "tier": "3B"}
    assert reasons[al.CONTEXT_DIFFERS] == {"server_context": 8192, "assumed_context": 4096}


def test_lmstudio_without_the_loaded_context_or_the_file_says_what_is_missing():
    with LmStudioEmulator() as lms:  # documented v0 reply: no loaded_context_length, no file in a folder here
        loaded = al.after_load(lms.base_url + "/v1", load_profile(GPU_PC), gpu_memory=lambda: None)
    assert loaded.kind == "lmstudio" and loaded.model == "qwen2.5-7b-instruct"
    assert al.FILE_NOT_FOUND in loaded.notes and al.NO_GPU_COUNTER in loaded.notes
    v1 = {  # LM Studio 0.4's documented /api/v1/models
        "models": [
            {"type": "embedding", "key": "nomic", "loaded_instances": [{"id": "nomic", "config": {}}]},
            {
                "type": "llm",
                "key": "gemma-3-270m-it-qat",
                "quantization": {"name": "Q4_0", "bits_per_weight": 4},
                "loaded_instances": [{"id": "gemma-3-270m-it-qat", "config": {"context_length": 4096}}],
                "max_context_length": 32768,
            },
        ]
    }
    assert al.from_lmstudio_v1(v1) == al.Loaded("lmstudio", model="gemma-3-270m-it-qat", context=4096, quant="Q4_0")


class _FakeNvml:
    """pynvml's API: two boards; a process listed as compute and graphics, one NVML cannot size (None)."""

    def __init__(self) -> None:
        self.shut = False
        self.boards = {
            0: {"compute": [(100, 4 * GiB), (200, None)], "graphics": [(100, 4 * GiB), (300, GiB)]},
            1: {"compute": [(100, GiB)], "graphics": []},
        }

    def nvmlInit(self) -> None:
        pass

    def nvmlShutdown(self) -> None:
        self.shut = True

    def nvmlDeviceGetCount(self) -> int:
        return len(self.boards)

    def nvmlDeviceGetHandleByIndex(self, i: int) -> int:
        return i

    def _procs(self, kind: str, handle: int) -> list[SimpleNamespace]:
        return [SimpleNamespace(pid=p, usedGpuMemory=m) for p, m in self.boards[handle][kind]]

    def nvmlDeviceGetComputeRunningProcesses(self, handle: int) -> list[SimpleNamespace]:
        return self._procs("compute", handle)

    def nvmlDeviceGetGraphicsRunningProcesses(self, handle: int) -> list[SimpleNamespace]:
        return self._procs("graphics", handle)


def test_nvml_per_process_memory_counts_each_process_once_per_board():
    nvml = _FakeNvml()
    assert al.nvml_process_memory(nvml) == {100: 5 * GiB, 300: GiB}
    assert nvml.shut

    class NoDriver(_FakeNvml):
        def nvmlInit(self) -> None:
            raise RuntimeError("NVML Shared Library Not Found")

    assert al.nvml_process_memory(NoDriver()) is None


@pytest.mark.parametrize(
    ("measured", "gap", "unexplained"),
    [(40.0, al.CLOSE, False), (20.0, al.LESS, True), (None, None, False)],
)
def test_measured_speed_is_set_against_the_prediction(measured, gap, unexplained):
    base = al.AfterLoad(
        1, 4 * GiB, 0, "/m/x.gguf", 4096, 4 * GiB, 0, predicted_tokens_per_second=42.0, assumed_context=4096
    )
    checked = al.with_measured_speed(base, measured)
    assert checked.speed_gap == gap and checked.memory_gap == al.CLOSE
    assert (al.SPEED_GAP_UNEXPLAINED in [r.code for r in checked.explanations]) is unexplained
    on_cpu = al.with_measured_speed(
        base.__class__(**{**base.__dict__, "used_vram_bytes": 0, "predicted_vram_bytes": GiB}), 20.0
    )
    assert [r.code for r in on_cpu.explanations] == [al.PARTLY_ON_CPU]  # the slowness is explained by it


def test_the_cli_says_what_ollama_reports_beside_the_prediction(tiny_gguf, tmp_path, monkeypatch, capsys):
    from advisor.cli.main import main

    _ollama_store(tmp_path / "ollama", tiny_gguf)
    monkeypatch.setenv("OLLAMA_MODELS", str(tmp_path / "ollama"))
    hw = tmp_path / "pc.json"
    hw.write_text(json.dumps(GPU_PC), encoding="utf-8")
    models = {"object": "list", "data": [{"id": "tiny:latest", "object": "model", "owned_by": "library"}]}
    with _ollama(_ps()) as server:
        server.routes["GET /v1/models"] = json_reply(models)
        server.routes["POST /v1/chat/completions"] = json_reply(  # the check's one-token probe, as Ollama answers
            {
                "id": "chatcmpl-1",
                "object": "chat.completion",
                "model": "tiny:latest",
                "system_fingerprint": "fp_ollama",
                "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hi"}, "finish_reason": "length"}],
                "usage": {"prompt_tokens": 5, "completion_tokens": 1, "total_tokens": 6},
            }
        )
        assert main(["server", "--url", server.base_url + "/v1", "--after-load", "--hardware", str(hw)]) == 0
    out = capsys.readouterr().out
    assert "Ollama" in out
    memory = next(x for x in out.splitlines() if x.startswith("Memory"))
    assert " · Ollama reports 900 MiB" in memory and "predicted " in memory and "process" not in memory
    assert "tiny:latest (F32) at 2,048 tokens of context" in out  # Ollama's name, not the blob's hash


@pytest.mark.parametrize(
    ("benchmarked", "model", "path", "same"),
    [
        ("qwen2.5-7b-instruct", "qwen2.5-7b-instruct", None, True),
        ("qwen2.5-7b-instruct", "qwen2.5-7b-instruct@q4_k_m", None, True),  # LM Studio's key with its variant
        ("meta-llama-3.1-8b-instruct", None, "/m/lmstudio-community/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf", True),
        ("llama3.2:3b", "llama3.2:3b", None, True),
        ("qwen2.5-14b-instruct", "meta-llama-3.1-8b-instruct", "/m/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf", False),
        ("", "qwen2.5-7b-instruct", None, False),
        ("gemma3", "gemma3:latest", None, True),  # Ollama's default tag
        ("lmstudio-community/qwen2.5-7b-instruct", "qwen2.5-7b-instruct", None, True),
        # one name inside another is another model: Ollama's "gemma3" is the 4B, "gemma3:27b" the 27B
        ("gemma3", "gemma3:27b", None, False),
        ("phi3", "phi3.5:latest", None, False),
        ("q", "qwen3:8b", None, False),
        ("qwen2.5:7b", "qwen2.5:7b-instruct-q8_0", None, False),
        ("llama-3.1-8b", None, "/m/llama-3.1-8b-abc.gguf", True),
        ("llama-3", None, "/m/llama-31-8b-Q4_K_M.gguf", False),
    ],
)
def test_a_benchmark_is_matched_to_the_loaded_model_by_name_or_file(benchmarked, model, path, same):
    assert al.same_model(benchmarked, model, path) is same


def test_a_benchmark_of_another_model_is_said_and_not_set_against_the_loaded_ones_prediction():
    base = al.AfterLoad(
        1, 4 * GiB, 0, "/m/Qwen2.5-7B-Instruct-Q4_K_M.gguf", 4096, 4 * GiB, 0,
        kind="lmstudio", model="qwen2.5-7b-instruct", predicted_tokens_per_second=42.0,
    )  # fmt: skip
    other = al.with_measured_speed(base, 20.0, "meta-llama-3.1-8b-instruct")
    assert other.measured_tokens_per_second is None and other.speed_gap is None
    assert other.notes == (al.BENCH_OTHER_MODEL,) and other.measured_model == "meta-llama-3.1-8b-instruct"
    assert al.SPEED_GAP_UNEXPLAINED not in [r.code for r in other.explanations]  # no false "slower than predicted"
    same = al.with_measured_speed(other, 40.0, "qwen2.5-7b-instruct")  # then a benchmark of the loaded model
    assert same.measured_tokens_per_second == 40.0 and same.speed_gap == al.CLOSE and same.notes == ()
    # llama-server serves the one model it was started with: whatever name a benchmark gave, it measured that one
    single = al.with_measured_speed(dataclasses.replace(base, kind="llama.cpp"), 40.0, "default")
    assert single.measured_tokens_per_second == 40.0


def test_the_advised_quant_is_the_loaded_models_own_class():
    assert al.advised_quant(ADVICE, 14.8e9) == ("13B", "Q6_K")
    assert al.advised_quant(ADVICE, 1.2e9) == ("3B", "Q4_K_M")
    assert al.advised_quant(ADVICE, 8.0e9) == ("7B", None)  # a class the recommendation does not run here
    assert al.advised_quant(None, 8.0e9) == (None, None)


def test_the_words_keep_the_recommendation_apart_from_the_reasons_for_a_gap():
    from advisor.core.messages import after_load as words
    from advisor.core.messages.speaker import Speaker

    assert words.AGAINST_RECOMMENDATION == al.AGAINST_RECOMMENDATION
    a = al.explain(
        al.AfterLoad(
            1, 4 * GiB, 0, "/m/x.gguf", 8192, 4 * GiB, 0,
            quant="Q4_K_M", expected_quant="Q6_K", expected_tier="7B", assumed_context=4096,
        )
    )  # fmt: skip
    say = Speaker("en")
    assert words.why(say, a) == []  # memory agrees: nothing to explain
    assert words.against_recommendation(say, a) == [
        "The server runs with 8,192 tokens of context; the recommendation assumed 4,096. The prediction here is for "
        "the server's context.",
        "The file is Q4_K_M; for its size class (7B) the recommendation here is Q6_K, which needs a different "
        "amount of memory and runs at another speed.",
    ]


def test_a_remote_servers_benchmark_speed_is_still_said_though_its_process_cannot_be_seen():
    remote = al.after_load("http://192.0.2.5:8080", None, measured_tokens_per_second=30.0, measured_model="m")
    assert remote.notes == (al.NOT_LOCAL,) and remote.measured_tokens_per_second == 30.0


def test_an_ollama_folder_naming_a_user_who_is_not_here_is_taken_as_written(monkeypatch):
    """Code review: OLLAMA_MODELS="~nosuchuser/models" made pathlib raise RuntimeError in the after-load check."""
    from pathlib import Path

    from advisor.core.servers.after_load import ollama_model_dirs

    monkeypatch.setenv("OLLAMA_MODELS", "~no-such-user-here-4711/models")
    assert ollama_model_dirs()[0] == Path("~no-such-user-here-4711/models")
