"""Every malformed header field is one clear GgufError before any loop or allocation: never a hang, a MemoryError,
or a negative figure downstream; `estimate --gguf` says so with exit 2."""

from __future__ import annotations

import struct
import time
from pathlib import Path

import pytest

from advisor.cli.main import main
from advisor.core.gguf import GgufError, read_gguf, spec_from_gguf
from advisor.core.gguf.reader import BytesSource, parse_header
from tests.core.gguf.mutate import field_offsets, mutated, patch, small_gguf


@pytest.fixture(scope="module")
def seed(tmp_path_factory) -> Path:
    return small_gguf(
        tmp_path_factory.mktemp("seed") / "seed.gguf",
        **{"attention.sliding_window": 16, "attention.sliding_window_pattern": [True, False]},
    )


def test_the_seed_reads_and_the_mutator_finds_its_fields(seed):
    info = read_gguf(seed)
    assert info.layers == 2 and info.heads == 4
    fields = field_offsets(seed.read_bytes())
    assert {
        "#tensors",
        "#kv",
        "llama.block_count",
        "llama.attention.sliding_window_pattern#len",
        "tensor:token_embd.weight#type",
    } <= set(fields)
    assert patch(seed.read_bytes(), "llama.block_count", 2) == seed.read_bytes()


CASES = [
    ("#tensors", 2**40, "tensor count"),
    ("#tensors", 900_000, "bytes"),  # under the cap, but the file cannot hold that many
    ("#kv", 2**40, "metadata entry count"),
    ("#kv", 2**64 - 1, "metadata entry count"),
    ("tokenizer.ggml.tokens#len", 2**40, "array item count"),
    ("tokenizer.ggml.tokens#len", 10_000_000, "bytes"),
    ("llama.attention.sliding_window_pattern#len", 2**62, "array item count"),
    ("llama.attention.sliding_window_pattern#len", 15_000_000, "bytes"),
    ("llama.block_count", 0, "block_count"),
    ("llama.block_count", -3, "block_count"),
    ("llama.block_count", 2**31, "block_count"),
    ("llama.embedding_length", 0, "embedding_length"),
    ("llama.embedding_length", -64, "embedding_length"),
    ("llama.attention.head_count", 0, "head_count"),
    ("llama.attention.head_count", -4, "head_count"),
    ("llama.attention.head_count", 5, "does not divide"),
    ("llama.attention.head_count_kv", -2, "head_count_kv"),
    ("llama.attention.head_count_kv", 8, "more than attention.head_count"),
    ("llama.feed_forward_length", 0, "feed_forward_length"),
    ("llama.feed_forward_length", -1, "feed_forward_length"),
    ("llama.context_length", -1, "context_length"),
    ("llama.attention.sliding_window", -16, "sliding_window"),
    ("tensor:token_embd.weight#type", 2**31, "unknown tensor type"),
    ("tensor:blk.0.attn_q.weight#type", 0xFFFFFFFF, "unknown tensor type"),
]


@pytest.mark.parametrize(("field", "value", "words"), CASES, ids=[f"{f}={v}" for f, v, _ in CASES])
def test_each_malformed_field_is_one_clear_error(seed, tmp_path, field, value, words):
    path = mutated(seed, tmp_path / "bad.gguf", field, value)
    started = time.monotonic()
    with pytest.raises(GgufError, match=words):
        spec_from_gguf(read_gguf(path))
    assert time.monotonic() - started < 2


@pytest.mark.parametrize("length", [2**63, 2**24 - 1, -1])
def test_a_string_longer_than_the_file_is_refused_before_reading(seed, tmp_path, length):
    data = bytearray(seed.read_bytes())
    value_at, vtype = field_offsets(bytes(data))["general.name"]
    assert vtype == 8  # a string value: its u64 length sits at value_at
    struct.pack_into("<Q", data, value_at, len(data) + 1 if length == -1 else length)
    path = tmp_path / "long-string.gguf"
    path.write_bytes(bytes(data))
    with pytest.raises(GgufError, match=r"string|bytes"):
        read_gguf(path)


def test_huge_counts_fail_on_the_in_memory_and_remote_sources_too(seed):
    data = patch(seed.read_bytes(), "#kv", 50_000)
    with pytest.raises(GgufError, match="bytes"):
        parse_header(BytesSource(data))


def test_a_header_past_the_time_limit_is_given_up_on(tmp_path):
    # 2 million empty strings in one array: legal, but a hostile amount of work for a header
    n = 2_000_000
    body = struct.pack("<Q", 7) + b"general" + struct.pack("<I", 9) + struct.pack("<IQ", 8, n) + b"\0" * 8 * n
    data = b"GGUF" + struct.pack("<IQQ", 3, 0, 1) + body
    with pytest.raises(GgufError, match="longer than"):
        parse_header(BytesSource(data), time_limit_s=0.01)


def test_estimate_cli_gives_exit_2_and_one_line_for_a_corrupt_file(seed, tmp_path, capsys):
    path = mutated(seed, tmp_path / "bad.gguf", "llama.block_count", -3)
    assert main(["estimate", "--gguf", str(path), "--hardware", str(_hardware(tmp_path))]) == 2
    err = capsys.readouterr().err.strip()
    assert "block_count" in err and "Traceback" not in err and len(err.splitlines()) == 1


def _hardware(tmp_path: Path) -> Path:
    hw = tmp_path / "hw.json"
    hw.write_text('{"ram": {"total_bytes": 34359738368}, "gpus": []}')
    return hw
