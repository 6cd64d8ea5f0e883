from __future__ import annotations

import struct
import time
from pathlib import Path

import pytest

from advisor.core.files import NotARegularFileError
from advisor.core.gguf import GgufError, read_gguf, spec_from_gguf
from tests.core.gguf.files import F16, Q8_0, llama_like
from tests.support.gguf_factory import write_llama_gguf
from tests.support.special_files import fifo, needs_fifo


def test_reads_the_shape_of_a_llama_file_that_llama_cpp_loads(tmp_path):
    path = write_llama_gguf(
        tmp_path / "m.gguf",
        n_embd=256,
        n_head=8,
        n_head_kv=2,
        n_layer=3,
        n_ff=512,
        n_vocab=1000,
        n_ctx_train=8192,
        tensor_type="Q8_0",
    )
    info = read_gguf(path)
    assert (info.architecture, info.layers, info.embedding, info.heads, info.kv_heads) == ("llama", 3, 256, 8, 2)
    assert (info.head_dim, info.context_length, info.feed_forward, info.vocab_size) == (32, 8192, 512, 1000)
    assert info.quant == "Q8_0"
    assert info.file_size_bytes == path.stat().st_size
    # every weight: 1000×256 embedding and output, 3 layers of q,k,v,o and the three FFN matrices, plus norms
    per_layer = 256 * 256 * 2 + 2 * 64 * 256 + 3 * 256 * 512 + 2 * 256
    assert info.parameter_count == 2 * 1000 * 256 + 3 * per_layer + 256
    # the header ends where the tensor data starts, and the tensors fill the file from there
    assert info.header_bytes + info.tensor_bytes == info.file_size_bytes
    embd = next(t for t in info.tensors if t.name == "token_embd.weight")
    assert embd.type_name == "Q8_0" and embd.n_bytes == 1000 * 256 // 32 * 34
    assert info.token_embedding_bytes == embd.n_bytes


def test_spec_carries_real_sizes_for_the_estimator(tmp_path):
    path = write_llama_gguf(tmp_path / "m.gguf", n_embd=128, n_head=4, n_head_kv=1, n_layer=2, tensor_type="F16")
    spec = spec_from_gguf(read_gguf(path))
    assert spec.file_size_bytes == path.stat().st_size
    assert spec.kv_heads == 1 and spec.head_dim == 32 and spec.layers == 2 and spec.attention_layers == 2
    assert spec.quant == "F16" and spec.tied_embeddings is False
    assert spec.active_parameters is None


def test_mixture_of_experts_counts_active_parameters(make_gguf):
    md, tensors = llama_like(n_layer=1, n_embd=64, n_ff=32)
    for name in ("ffn_gate", "ffn_up", "ffn_down"):
        del tensors[f"blk.0.{name}.weight"]
    tensors |= {
        "blk.0.ffn_gate_exps.weight": ((8, 32, 64), F16),
        "blk.0.ffn_up_exps.weight": ((8, 32, 64), F16),
        "blk.0.ffn_down_exps.weight": ((8, 64, 32), F16),
        "blk.0.ffn_gate_inp.weight": ((8, 64), F16),
    }
    md |= {"expert_count": 8, "expert_used_count": 2}
    info = read_gguf(make_gguf("moe.gguf", "llama", md, tensors))
    assert (info.experts, info.active_experts) == (8, 2)
    assert info.expert_parameter_count == 3 * 8 * 32 * 64
    spec = spec_from_gguf(info)
    # 6 of 8 experts idle per token
    assert spec.active_parameters == info.parameter_count - 6 * 3 * 32 * 64


def test_sliding_window_layers_follow_llama_cpp_patterns(make_gguf):
    md, tensors = llama_like(n_layer=12)
    md |= {"attention.sliding_window": 1024}
    info = read_gguf(make_gguf("g3.gguf", "gemma3", md, tensors))
    assert info.sliding_window == 1024
    assert info.sliding_window_layers == 10  # gemma3: every 6th layer keeps the full context

    md["attention.sliding_window_pattern"] = [True, False] * 6  # a per-layer flag array overrides the default
    info = read_gguf(make_gguf("g3b.gguf", "gemma3", md, tensors))
    assert info.sliding_window_layers == 6


def test_hybrid_models_cache_only_their_attention_layers(make_gguf):
    md, tensors = llama_like(n_layer=4)
    md["attention.head_count_kv"] = [0, 2, 0, 2]  # llama.cpp writes 0 for recurrent layers
    info = read_gguf(make_gguf("hybrid.gguf", "granitehybrid", md, tensors))
    assert info.kv_heads == 2 and info.attention_layers == 2


def test_key_length_overrides_embedding_over_heads(make_gguf):
    md, tensors = llama_like()
    md |= {"attention.key_length": 256, "attention.value_length": 256}
    info = read_gguf(make_gguf("g.gguf", "gemma2", md, tensors))
    assert info.head_dim == 256 and info.value_dim == 256


def test_tied_embeddings_are_recognised(make_gguf):
    md, tensors = llama_like(tied=True, qtype=Q8_0)
    info = read_gguf(make_gguf("tied.gguf", "llama", md, tensors, vocab=96))
    assert info.tied_embeddings and info.vocab_size == 96


def _truncations(path: Path) -> list[int]:
    size = path.stat().st_size
    return [0, 3, 4, 10, 23, 100, 1000, size // 2, size - 1]


def test_truncated_files_raise_a_clear_gguf_error(tmp_path):
    good = write_llama_gguf(tmp_path / "good.gguf", n_vocab=400)
    data = good.read_bytes()
    for n in _truncations(good):
        bad = tmp_path / f"cut{n}.gguf"
        bad.write_bytes(data[:n])
        with pytest.raises(GgufError):
            read_gguf(bad)


def test_other_files_are_not_gguf(tmp_path):
    p = tmp_path / "x.gguf"
    p.write_bytes(b"PK\x03\x04" + bytes(100))
    with pytest.raises(GgufError, match="not a GGUF"):
        read_gguf(p)
    p.write_bytes(b"GGUF" + struct.pack("<I", 1) + bytes(40))
    with pytest.raises(GgufError, match="version"):
        read_gguf(p)


@needs_fifo
def test_a_named_pipe_or_a_device_is_refused_before_it_is_opened(tmp_path):
    # opening a FIFO for reading blocked until someone wrote to it
    with fifo(tmp_path / "model.gguf") as pipe, pytest.raises(NotARegularFileError, match=r"\(a named pipe\)"):
        read_gguf(pipe)
    with pytest.raises(NotARegularFileError, match=r"not a regular file \(a device\)"):
        read_gguf("/dev/zero")  # endless bytes
    assert isinstance(NotARegularFileError(), OSError)  # callers that sort out unreadable files keep working


def test_huge_counts_in_the_file_do_not_allocate_or_hang(tmp_path):
    p = tmp_path / "liar.gguf"
    # claims 2^62 tensors and metadata entries; then a string that claims 2^60 bytes
    p.write_bytes(b"GGUF" + struct.pack("<IQQ", 3, 1 << 62, 5) + struct.pack("<Q", 1 << 60) + b"abc")
    started = time.monotonic()
    with pytest.raises(GgufError):
        read_gguf(p)
    p.write_bytes(
        b"GGUF" + struct.pack("<IQQ", 3, 0, 1) + struct.pack("<Q", 1) + b"k" + struct.pack("<IIQ", 9, 4, 1 << 40)
    )  # an array of 2^40 uint32 in a tiny file
    with pytest.raises(GgufError):
        read_gguf(p)
    assert time.monotonic() - started < 1.0


def test_tensor_table_pointing_past_the_end_is_truncation(tmp_path):
    good = write_llama_gguf(tmp_path / "good.gguf")
    info = read_gguf(good)
    (tmp_path / "short.gguf").write_bytes(good.read_bytes()[: info.header_bytes + 10])
    with pytest.raises(GgufError, match="truncated"):
        read_gguf(tmp_path / "short.gguf")


def test_big_endian_files_are_read(tmp_path):
    import gguf
    import numpy as np

    w = gguf.GGUFWriter(tmp_path / "be.gguf", "llama", endianess=gguf.GGUFEndian.BIG)
    w.add_block_count(1)
    w.add_embedding_length(64)
    w.add_head_count(4)
    w.add_tensor("token_embd.weight", np.zeros((96, 64), dtype=np.float32))
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    info = read_gguf(tmp_path / "be.gguf")
    assert (info.layers, info.embedding, info.heads, info.parameter_count) == (1, 64, 4, 96 * 64)


def test_swa_pattern_one_means_no_sliding_layers_as_in_llama_cpp(make_gguf):
    # llama.cpp switches SWA off for phi3 (set_swa_pattern(1)): every layer caches the whole context.
    md, tensors = llama_like(n_layer=4)
    md |= {"attention.sliding_window": 2047}
    assert read_gguf(make_gguf("phi3.gguf", "phi3", md, tensors)).sliding_window_layers == 0
    md["attention.sliding_window_pattern"] = 0  # pattern 0: every layer slides
    assert read_gguf(make_gguf("all_swa.gguf", "llama", md, tensors)).sliding_window_layers == 4
