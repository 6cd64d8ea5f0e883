"""Files that are not models are never models: one name rule for the catalogue and LM Studio's folder, and the
header's own word where one is read."""

from __future__ import annotations

import time

import pytest

from advisor.core.catalog.filenames import group_files
from advisor.core.gguf import GgufFetchError, header_kind, non_model_kind, read_remote_gguf
from advisor.core.hardware.profile_io import load_profile
from advisor.core.sizing.local import _is_model_file, estimate_local_models
from tests.support.gguf_factory import write_llama_gguf

NOT_MODELS = {
    "llava-v1.5-7b-mmproj-model-f16.gguf": "projector",
    "mmproj-F16.gguf": "projector",
    "gemma-3-12b-it-mmproj-bf16.gguf": "projector",
    "Qwen_Qwen3-8B.imatrix": "imatrix",
    "imatrix.dat": "imatrix",
    "imatrix-Qwen3-8B.dat": "imatrix",
    "Qwen3-8B-imatrix.gguf": "imatrix",
    "ggml-adapter-model.gguf": "adapter",
    "Llama-3-8B-Instruct-LoRA-F16.gguf": "adapter",
    "adapter_model.gguf": "adapter",
}
MODELS = [
    "Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf",
    "llama-2-7b-chat.Q4_K_M.gguf",
    "Model-Q4_K_M-imatrix.gguf",  # a model quantised with an imatrix
    "Llama-3-8B-lora-merged-Q4_K_M.gguf",
    "Flora-7B-Q4_K_M.gguf",
    "Qwen2.5-0.5B-Instruct-draft-Q8_0.gguf",
]  # draft models are models unless their header says otherwise


@pytest.mark.parametrize(("name", "kind"), NOT_MODELS.items())
def test_files_that_are_not_models_are_named_as_such(name, kind):
    assert non_model_kind(name) == kind
    assert non_model_kind(f"Some-Folder/{name}") == kind


@pytest.mark.parametrize("name", MODELS)
def test_models_stay_models(name):
    assert non_model_kind(name) is None


def test_the_catalogue_and_lm_studios_folder_use_the_same_rule(tmp_path):
    names = [*NOT_MODELS, *MODELS]
    listed = {f.path for f in group_files((n, 1000) for n in names)}
    assert listed == {n for n in MODELS}
    local = {n for n in names if _is_model_file(tmp_path / n)}
    assert local == {n for n in MODELS}


def test_lm_studio_folder_skips_the_llava_projector(tmp_path):
    model = write_llama_gguf(tmp_path / "llava-v1.5-7b-Q8_0.gguf", n_embd=64, n_head=2, n_layer=1, n_ff=64)
    projector = write_llama_gguf(
        tmp_path / "llava-v1.5-7b-mmproj-model-f16.gguf", n_embd=64, n_head=2, n_layer=1, n_ff=64
    )
    profile = load_profile(
        {
            "ram": {"total_bytes": 16 * 2**30},
            "gpus": [],
            "lmstudio": {
                "home": str(tmp_path),
                "models_dir": str(tmp_path),
                "models": [
                    {"path": str(model), "size_bytes": model.stat().st_size},
                    {"path": str(projector), "size_bytes": projector.stat().st_size},
                ],
            },
        }
    )
    found = [e.model.path for e in estimate_local_models(profile)]
    assert found == [str(model)]


def test_the_header_says_what_a_file_is():
    assert header_kind({"general.type": "adapter", "general.architecture": "llama"}) == "adapter"
    assert header_kind({"general.type": "mmproj"}) == "projector"
    assert header_kind({"general.architecture": "clip"}) == "projector"
    assert header_kind({"general.type": "model", "general.architecture": "llama"}) is None
    assert header_kind({"general.architecture": "llama"}) is None


def test_a_remote_read_has_a_total_deadline(tmp_path):
    # a ~2.6 MB header (100k-token vocabulary): more than the first 1 MiB request
    path = write_llama_gguf(tmp_path / "m.gguf", n_embd=64, n_head=2, n_layer=1, n_ff=64, n_vocab=100_000)
    data = path.read_bytes()
    timeouts = []

    def slow(url, start, end, headers, timeout_s):  # each request answers, but takes 0.6 s
        timeouts.append(timeout_s)
        time.sleep(0.6)
        return data[start : end + 1], len(data)

    started = time.monotonic()
    with pytest.raises(GgufFetchError, match="longer than"):
        read_remote_gguf("https://example.invalid/m.gguf", fetch=slow, timeout_s=10, deadline_s=0.5)
    assert time.monotonic() - started < 1.1  # the second request is never sent
    assert timeouts == [pytest.approx(0.5, abs=0.05)]
