from __future__ import annotations

import pytest

from advisor.core.catalog.filenames import group_files, incomplete_splits, joined_name, parse_quant


@pytest.mark.parametrize(
    ("name", "quant"),
    [
        ("Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf", "Q4_K_M"),  # lmstudio-community
        ("Qwen_Qwen3-8B-Q4_K_L.gguf", "Q4_K_L"),  # bartowski, owner_ prefix
        ("Qwen_Qwen3-8B-IQ4_XS.gguf", "IQ4_XS"),
        ("Qwen3-8B-UD-Q4_K_XL.gguf", "UD-Q4_K_XL"),  # unsloth dynamic
        ("Qwen3-8B-UD-IQ1_S.gguf", "UD-IQ1_S"),
        ("llama-2-7b-chat.Q4_K_M.gguf", "Q4_K_M"),  # TheBloke
        ("qwen2.5-7b-instruct-q4_k_m-00001-of-00002.gguf", "Q4_K_M"),  # Qwen, lower case, split
        ("Model.i1-Q4_K_M.gguf", "Q4_K_M"),  # mradermacher imatrix
        ("Llama-3.3-70B-Instruct-Q8_0/Llama-3.3-70B-Instruct-Q8_0-00001-of-00002.gguf", "Q8_0"),
        ("gemma-3-4b-it-q4_0.gguf", "Q4_0"),
        ("gpt-oss-20b-MXFP4.gguf", "MXFP4"),
        ("Qwen3-30B-A3B-Q4_0_4_4.gguf", "Q4_0_4_4"),
        ("BitNet-b1.58-2B-TQ1_0.gguf", "TQ1_0"),
        ("Qwen2.5-3B-Instruct-fp16.gguf", "F16"),
        ("Qwen3-8B-BF16.gguf", "BF16"),
        ("Meta-Llama-3.1-8B-Instruct-f32.gguf", "F32"),
        # a trailing F16 after an integer quant (16-bit embeddings/output): the integer quant is the file's type
        ("Phi-3-mini-4k-instruct-Q8_0-F16.gguf", "Q8_0"),
        ("Qwen_Qwen3-8B-Q6_K_L-bf16.gguf", "Q6_K_L"),
        # quant only in the folder name
        ("UD-Q4_K_XL/Kimi-K2-Instruct-00001-of-00013.gguf", "UD-Q4_K_XL"),
        # no quant, or lookalikes inside words
        ("Llama-3.1-8B-Odd-Names.gguf", None),
        ("ggml-model.gguf", None),
        ("AQ4_K_M.gguf", None),
    ],
)
def test_quant_is_read_from_the_names_publishers_use(name, quant):
    assert parse_quant(name) == quant


def test_split_parts_are_summed_into_one_model_per_quant():
    files = group_files(
        [
            ("README.md", 4432),
            ("mmproj-model-f16.gguf", 851_251_104),  # a vision projector, not a model
            ("Model-Q4_K_M.gguf", 4_920_739_232, "a" * 64),
            ("Model-Q8_0/Model-Q8_0-00002-of-00002.gguf", 3_000, "c" * 64),  # out of order on purpose
            ("Model-Q8_0/Model-Q8_0-00001-of-00002.gguf", 5_000, "b" * 64),
            ("model.Q6_K.gguf-split-a", 700),
            ("model.Q6_K.gguf-split-b", 300),
            ("model.F16.gguf.part1of2", 900),
            ("model.F16.gguf.part2of2", 100),
        ]
    )
    by_quant = {f.quant: f for f in files}
    assert set(by_quant) == {"Q4_K_M", "Q8_0", "Q6_K", "F16"}
    q8 = by_quant["Q8_0"]
    assert q8.size_bytes == 8_000
    assert q8.parts == ("Model-Q8_0/Model-Q8_0-00001-of-00002.gguf", "Model-Q8_0/Model-Q8_0-00002-of-00002.gguf")
    assert q8.path == q8.parts[0] and q8.sha256 is None and not q8.needs_join
    assert by_quant["Q4_K_M"].sha256 == "a" * 64 and by_quant["Q4_K_M"].parts == ("Model-Q4_K_M.gguf",)
    assert by_quant["Q6_K"].size_bytes == 1_000 and by_quant["Q6_K"].needs_join
    assert joined_name(by_quant["Q6_K"]) == "model.Q6_K.gguf"
    assert joined_name(by_quant["F16"]) == "model.F16.gguf" and by_quant["F16"].size_bytes == 1_000
    assert [f.size_bytes for f in files] == sorted(f.size_bytes for f in files)


def test_a_split_model_with_a_missing_part_is_left_out_and_named():
    entries = [("big-Q4_K_M-00001-of-00003.gguf", 10), ("big-Q4_K_M-00003-of-00003.gguf", 10), ("small-Q4_K_M.gguf", 5)]
    assert [f.path for f in group_files(entries)] == ["small-Q4_K_M.gguf"]
    assert incomplete_splits(entries) == ["big-Q4_K_M.gguf"]
