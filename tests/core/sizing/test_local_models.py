from __future__ import annotations

import shutil

from advisor.core.sizing import estimate_local_models
from advisor.core.types import FitLevel, ModelFile
from tests.core.gguf.files import Q8_0, llama_like, write_gguf
from tests.core.sizing.profiles import machine
from tests.support.gguf_factory import write_llama_gguf


def test_lm_studio_models_are_estimated_from_their_headers(tmp_path):
    pub = tmp_path / "models" / "lmstudio-community" / "Tiny-GGUF"
    pub.mkdir(parents=True)
    good = write_llama_gguf(pub / "tiny-Q8_0.gguf", n_embd=256, n_head=4, n_layer=2, tensor_type="Q8_0")
    (pub / "broken.gguf").write_bytes(good.read_bytes()[:200])
    shutil.copy(good, pub / "mmproj-tiny-f16.gguf")  # a vision projector is not a model
    parts = [pub / f"big-Q8_0-0000{i}-of-00002.gguf" for i in (1, 2)]
    md, tensors = llama_like(n_layer=4, n_embd=128, n_head=4, n_kv=2, n_ff=256, n_vocab=64, qtype=Q8_0)
    first_half = {k: v for k, v in tensors.items() if not k.startswith(("blk.2.", "blk.3.", "output"))}
    md |= {"split.no": 0, "split.count": 2, "split.tensors.count": len(tensors)}
    write_gguf(parts[0], "llama", md, first_half, vocab=64)
    parts[1].write_bytes(bytes(300_000))  # the second part: more tensor data
    files = [good, pub / "broken.gguf", pub / "mmproj-tiny-f16.gguf", *parts, pub / "deleted.gguf"]
    models = tuple(ModelFile(str(p), p.stat().st_size if p.exists() else 1) for p in files)

    result = estimate_local_models(machine(16, models=models), context=2048)

    by_name = {r.model.path.rsplit("/", 1)[1]: r for r in result}
    assert set(by_name) == {"tiny-Q8_0.gguf", "broken.gguf", "big-Q8_0-00001-of-00002.gguf", "deleted.gguf"}
    tiny = by_name["tiny-Q8_0.gguf"]
    assert tiny.error is None and tiny.spec.quant == "Q8_0" and tiny.spec.file_size_bytes == good.stat().st_size
    assert tiny.estimate.fit == FitLevel.CPU_ONLY and tiny.estimate.context == 2048
    assert by_name["broken.gguf"].error == "not_gguf" and by_name["broken.gguf"].estimate is None
    assert by_name["deleted.gguf"].error == "not_found"
    split = by_name["big-Q8_0-00001-of-00002.gguf"]
    # a split model: its size is the sum of the parts, its parameters come from the shape (all 4 layers)
    assert split.spec.file_size_bytes == sum(p.stat().st_size for p in parts)
    per_layer = 128 * 128 * 2 + 2 * 64 * 128 + 3 * 128 * 256
    assert split.spec.parameters == 2 * 64 * 128 + 4 * per_layer


def test_no_lm_studio_means_no_local_models():
    assert estimate_local_models(machine(16)) == []


def test_a_split_model_with_a_part_missing_is_not_sized_by_the_parts_present(tmp_path):
    # LM Studio still downloading part 2 of 2: part 1 alone must not pass for the whole model
    first = tmp_path / "big-Q8_0-00001-of-00002.gguf"
    md, tensors = llama_like(n_layer=4, n_embd=128, n_head=4, n_kv=2, n_ff=256, n_vocab=64, qtype=Q8_0)
    half = {k: v for k, v in tensors.items() if not k.startswith(("blk.2.", "blk.3.", "output"))}
    write_gguf(
        first, "llama", md | {"split.no": 0, "split.count": 2, "split.tensors.count": len(tensors)}, half, vocab=64
    )
    [result] = estimate_local_models(machine(16, models=(ModelFile(str(first), first.stat().st_size),)))
    assert result.spec.file_size_bytes is None  # unknown: the weights come from the parameter count instead
    assert result.estimate.memory.weights_bytes > first.stat().st_size
