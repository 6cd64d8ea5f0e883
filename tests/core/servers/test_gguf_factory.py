"""The generated GGUF files the suite (and the sizing benchmarks) rely on: valid, deterministic, to size."""

from __future__ import annotations

import hashlib

import gguf
import numpy as np
import pytest

from tests.support.gguf_factory import write_llama_gguf


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_same_seed_writes_the_same_bytes_and_another_seed_does_not(tmp_path):
    a = write_llama_gguf(tmp_path / "a.gguf", seed=1)
    b = write_llama_gguf(tmp_path / "b.gguf", seed=1)
    c = write_llama_gguf(tmp_path / "c.gguf", seed=2)
    assert _sha(a) == _sha(b) != _sha(c)


@pytest.mark.parametrize(
    ("tensor_type", "ggml_type"),
    [
        ("F32", gguf.GGMLQuantizationType.F32),
        ("F16", gguf.GGMLQuantizationType.F16),
        ("Q8_0", gguf.GGMLQuantizationType.Q8_0),
    ],
)
def test_weights_have_the_requested_type_and_norms_stay_f32(tmp_path, tensor_type, ggml_type):
    path = write_llama_gguf(
        tmp_path / "m.gguf", n_embd=64, n_head=4, n_head_kv=2, n_layer=3, n_ff=96, tensor_type=tensor_type
    )
    reader = gguf.GGUFReader(path)
    tensors = {t.name: t for t in reader.tensors}
    assert len(tensors) == 2 + 9 * 3 + 1
    assert tensors["blk.0.attn_q.weight"].tensor_type == ggml_type
    assert tensors["blk.0.attn_norm.weight"].tensor_type == gguf.GGMLQuantizationType.F32
    assert [int(x) for x in tensors["blk.2.attn_k.weight"].shape] == [64, 32]  # ggml order: (in, out); 2 kv heads
    assert [int(x) for x in tensors["blk.1.ffn_down.weight"].shape] == [96, 64]
    field = reader.fields["llama.attention.head_count_kv"]
    assert int(field.parts[field.data[0]][0]) == 2


def test_a_32000_token_vocabulary_pads_with_word_pieces(tmp_path):
    path = write_llama_gguf(tmp_path / "v.gguf", n_vocab=32000)
    reader = gguf.GGUFReader(path)
    tokens = reader.fields["tokenizer.ggml.tokens"]
    names = [bytes(tokens.parts[i]).decode() for i in tokens.data]
    assert len(names) == 32000 and names[:3] == ["<unk>", "<s>", "</s>"] and names[3] == "<0x00>"
    assert names[-1].startswith("▁word") and len(set(names)) == 32000
    embd = next(t for t in reader.tensors if t.name == "token_embd.weight")
    assert [int(x) for x in embd.shape] == [128, 32000]


def test_control_and_byte_tokens_are_blocked_in_the_output_layer(tmp_path):
    path = write_llama_gguf(tmp_path / "m.gguf")
    reader = gguf.GGUFReader(path)
    out = np.asarray(next(t for t in reader.tensors if t.name == "output.weight").data)  # (n_vocab, n_embd)
    types = reader.fields["tokenizer.ggml.token_type"]
    token_types = np.array([int(types.parts[i][0]) for i in types.data])
    const = out[:, -1]
    assert (const[token_types != gguf.TokenType.NORMAL] < -10).all()
    assert (const[token_types == gguf.TokenType.NORMAL] == 0).all()


def test_a_vocabulary_smaller_than_the_base_is_refused(tmp_path):
    with pytest.raises(ValueError, match="n_vocab"):
        write_llama_gguf(tmp_path / "m.gguf", n_vocab=10)
