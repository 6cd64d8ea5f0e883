"""Fuzz the GGUF reader: any bytes give either a GgufInfo or a GgufError, never another exception or a hang."""

from __future__ import annotations

import struct
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor.core.gguf import GgufError, spec_from_gguf
from advisor.core.gguf.info import info_from_header
from advisor.core.gguf.reader import BytesSource, parse_header
from tests.core.gguf.files import F16, llama_like, write_gguf


@pytest.fixture(scope="module")
def seed_file(tmp_path_factory) -> bytes:
    md, tensors = llama_like(n_layer=2, n_embd=32, n_head=4, n_kv=2, n_ff=64, n_vocab=40)
    md |= {
        "expert_count": 4,
        "expert_used_count": 2,
        "attention.sliding_window": 64,
        "attention.sliding_window_pattern": [True, False],
    }
    path = write_gguf(tmp_path_factory.mktemp("fuzz") / "seed.gguf", "llama", md, tensors, vocab=40)
    data = Path(path).read_bytes()
    assert data[:4] == b"GGUF"
    return data


def _parse(data: bytes) -> None:
    try:
        header = parse_header(BytesSource(data))
        info = info_from_header(header, len(data))
        spec = spec_from_gguf(info)
    except GgufError:
        return
    # what passes the checks is sane: no negative or absurd number reaches the sizing engine
    for value in (
        spec.layers,
        spec.embedding,
        spec.heads,
        spec.kv_heads,
        spec.head_dim,
        spec.vocab,
        spec.experts,
        spec.feed_forward,
        spec.context_train,
    ):
        assert value is None or 0 <= value < 2**33
    assert 0 < spec.parameters <= 1e14


# a per-example deadline: a header the reader loops on for long is a failure, not a slow test
_fuzz = settings(
    max_examples=200,
    deadline=timedelta(milliseconds=1000),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@_fuzz
@given(st.binary(max_size=512))
def test_random_bytes(data):
    _parse(data)


@_fuzz
@given(st.binary(max_size=256))
def test_random_bytes_after_a_valid_preamble(tail):
    _parse(b"GGUF" + struct.pack("<IQQ", 3, 2, 3) + tail)


@_fuzz
@given(data=st.data())
def test_mutated_real_files(seed_file, data):
    buf = bytearray(seed_file)
    for _ in range(data.draw(st.integers(1, 8))):
        pos = data.draw(st.integers(0, len(buf) - 1))
        kind = data.draw(st.sampled_from(["byte", "u64", "i32", "cut"]))
        if kind == "byte":
            buf[pos] = data.draw(st.integers(0, 255))
        elif kind == "u64" and pos + 8 <= len(buf):  # lengths and counts are u64: make one huge or odd
            huge = [0, 1, 2**31, 2**40, 2**63 - 1, 2**64 - 1, len(buf), 5_000_000, 20_000_000]
            buf[pos : pos + 8] = struct.pack("<Q", data.draw(st.sampled_from(huge)))
        elif kind == "i32" and pos + 4 <= len(buf):  # hyper-parameters are u32/i32: make one negative or zero
            buf[pos : pos + 4] = struct.pack("<i", data.draw(st.sampled_from([-1, 0, -(2**31), 2**31 - 1])))
        elif kind == "cut":
            del buf[pos:]
            break
    _parse(bytes(buf))


def test_a_seed_file_parses(seed_file):
    info = info_from_header(parse_header(BytesSource(seed_file)), len(seed_file))
    assert info.layers == 2 and info.experts == 4 and info.sliding_window_layers == 1
    assert F16.name in {t.type_name for t in info.tensors}
