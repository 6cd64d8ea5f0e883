"""A model found in the catalogue is sized as the same file read from disk, and only chat models are offered.

The catalogue builds its ModelSpec from the Hub's header read (HTTP Range, `shapes.read_shapes`) or from the
bundled snapshot's shape; a local file from `spec_from_gguf`. Both must carry the facts that change memory and
speed (Gemma 4 E-models' per-layer embedding table kept in host RAM and not read per token, their two head sizes,
their shared KV layers), or a Gemma 4 E4B from `llm-advisor models` is sized as a dense 8B model.
"""

from __future__ import annotations

import dataclasses
import inspect
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import gguf
import numpy as np
import pytest

from advisor.cli.main import main
from advisor.core.catalog import query as catalog_query
from advisor.core.catalog import search
from advisor.core.catalog.cache import HubCache
from advisor.core.catalog.shapes import clean_shape, read_shapes, spec_for, with_architecture_rules
from advisor.core.catalog.snapshot import load_snapshot
from advisor.core.gguf.info import read_gguf, spec_from_gguf
from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import catalog as catalog_words
from advisor.core.messages.speaker import Speaker
from advisor.core.sizing import estimate
from advisor.core.types import HardwareProfile, ModelSpec
from tests.support.fake_hub import FakeHub

GIB = 2**30
CPU_32GB = load_profile(
    {
        "ram": {"total_bytes": 32 * GIB, "bandwidth_gbps": 60},
        "cpu": {"brand": "AMD Ryzen 7 7840U", "arch": "x86_64", "physical_cores": 8, "logical_cores": 16},
        "gpus": [],
    }
)
RTX_4060 = load_profile(
    {"ram": {"total_bytes": 32 * GIB}, "gpus": [{"name": "NVIDIA GeForce RTX 4060", "vram_total_bytes": 8 * GIB}]}
)

# Gemma 4 E4B's shape (42 layers of 2560, 8 heads over 2 KV heads, 262,144 tokens, 256 per-layer input values per
# layer and token, sliding layers of head size 256 beside full ones of 512, the last 18 layers sharing KV)
E4B = {
    "n_embd": 2560,
    "n_layer": 42,
    "n_head": 8,
    "n_head_kv": 2,
    "head_dim_full": 512,
    "head_dim_swa": 256,
    "n_ff": 10240,
    "n_vocab": 262144,
    "per_layer": 256,
    "shared_kv_layers": 18,
    "sliding_window": 512,
}
SWA = [(i + 1) % 6 != 0 for i in range(E4B["n_layer"])]  # five sliding layers to one full; layer 23 the last cached
Q = gguf.GGMLQuantizationType


def _e4b_tensors() -> list[tuple[str, tuple[int, ...]]]:
    """The tensor table in ggml order (ne0 first), as src/models/gemma4.cpp creates it for an E-model."""
    e, n, pl, v = E4B["n_embd"], E4B["n_layer"], E4B["per_layer"], E4B["n_vocab"]
    t = [
        ("token_embd.weight", (e, v)),
        ("per_layer_token_embd.weight", (pl * n, v)),
        ("per_layer_model_proj.weight", (e, pl * n)),
        ("per_layer_proj_norm.weight", (pl,)),
        ("output_norm.weight", (e,)),
        ("rope_freqs.weight", (E4B["head_dim_full"] // 2,)),
    ]
    for i in range(n):
        b, hd = f"blk.{i}.", E4B["head_dim_swa"] if SWA[i] else E4B["head_dim_full"]
        t += [
            (b + "attn_norm.weight", (e,)),
            (b + "attn_q.weight", (e, E4B["n_head"] * hd)),
            (b + "attn_q_norm.weight", (hd,)),
            (b + "attn_output.weight", (E4B["n_head"] * hd, e)),
            (b + "post_attention_norm.weight", (e,)),
            (b + "ffn_norm.weight", (e,)),
            (b + "ffn_gate.weight", (e, E4B["n_ff"])),
            (b + "ffn_up.weight", (e, E4B["n_ff"])),
            (b + "ffn_down.weight", (E4B["n_ff"], e)),
            (b + "post_ffw_norm.weight", (e,)),
            (b + "inp_gate.weight", (e, pl)),
            (b + "proj.weight", (pl, e)),
            (b + "post_norm.weight", (e,)),
        ]
        if i < n - E4B["shared_kv_layers"]:  # a shared layer has no K and V of its own
            t += [
                (b + "attn_k.weight", (e, E4B["n_head_kv"] * hd)),
                (b + "attn_v.weight", (e, E4B["n_head_kv"] * hd)),
                (b + "attn_k_norm.weight", (hd,)),
            ]
    return t


def write_e4b_gguf(path: Path, *, mixed: bool) -> Path:
    """An E4B-shaped GGUF: the real header (metadata as convert_hf_to_gguf writes a Gemma 4, the full tensor table)
    and a sparse hole where the tensor data would be (so the file has its real size and takes no disk).

    `mixed`: a Q4_K_M-style mix (layers Q4_K, token embedding Q6_K, per-layer table Q5_K), whose table bytes no
    estimate from the shape would give exactly; else F16 throughout."""
    arch = "gemma4"
    w = gguf.GGUFWriter(path, arch)
    w.add_name("gemma-4-E4B-it")
    w.add_file_type(int(gguf.LlamaFileType.MOSTLY_Q4_K_M if mixed else gguf.LlamaFileType.MOSTLY_F16))
    md: dict[str, Any] = {
        "context_length": 131072,
        "embedding_length": E4B["n_embd"],
        "block_count": E4B["n_layer"],
        "feed_forward_length": E4B["n_ff"],
        "vocab_size": E4B["n_vocab"],
        "attention.head_count": E4B["n_head"],
        "attention.head_count_kv": E4B["n_head_kv"],
        "attention.key_length": E4B["head_dim_full"],
        "attention.value_length": E4B["head_dim_full"],
        "attention.key_length_swa": E4B["head_dim_swa"],
        "attention.value_length_swa": E4B["head_dim_swa"],
        "attention.sliding_window": E4B["sliding_window"],
        "attention.sliding_window_pattern": SWA,
        "attention.shared_kv_layers": E4B["shared_kv_layers"],
        "embedding_length_per_layer_input": E4B["per_layer"],
    }
    for key, value in md.items():
        full = f"{arch}.{key}"
        if isinstance(value, list):
            w.add_array(full, value)
        else:
            w.add_uint32(full, value)
    data = 0
    for name, ne in _e4b_tensors():
        qtype = Q.F32 if len(ne) == 1 else Q.F16
        if mixed and len(ne) > 1:
            qtype = {"token_embd.weight": Q.Q6_K, "per_layer_token_embd.weight": Q.Q5_K}.get(name, Q.Q4_K)
        byte_shape = gguf.quant_shape_to_byte_shape(tuple(reversed(ne)), qtype)
        nbytes = int(np.prod(byte_shape))
        w.add_tensor_info(name, byte_shape, np.dtype(np.uint8), nbytes, raw_dtype=qtype)
        data += -(-nbytes // 32) * 32
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_ti_data_to_file()
    w.close()
    with path.open("r+b") as fh:
        fh.truncate(-(-path.stat().st_size // 32) * 32 + data)  # the data starts at the next 32-byte boundary
    return path


def _header_bytes(path: Path) -> bytes:
    info = read_gguf(path)
    with path.open("rb") as fh:
        return fh.read(info.header_bytes)


def _sized(spec: ModelSpec, profile: HardwareProfile) -> tuple[Any, ...]:
    est = estimate(spec, profile, context=4096)
    return est.fit, est.memory.total_bytes, est.tokens_per_second


def _as_dense(spec: ModelSpec) -> ModelSpec:
    """What the catalogue made of an E-model before: no per-layer table, one head size, every layer cached."""
    return dataclasses.replace(
        spec,
        per_layer_input_width=None,
        per_layer_embedding_bytes=None,
        kv_full_cell_elements=None,
        kv_swa_cell_elements=None,
        attention_layers=None,
        token_embedding_bytes=None,
    )


@pytest.fixture(scope="module")
def e4b_q4(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_e4b_gguf(tmp_path_factory.mktemp("e4b") / "gemma-4-E4B-it-Q4_K_M.gguf", mixed=True)


@pytest.fixture(scope="module")
def e4b_f16(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_e4b_gguf(tmp_path_factory.mktemp("e4b") / "gemma-4-E4B-it-F16.gguf", mixed=False)


def _found(result: Any, path: str) -> Any:
    [candidate] = result.candidates
    return candidate, next(f for f in candidate.files if f.path == path)


# ------------------------------------------------------------------ the Hub: the header read by Range


def test_a_gemma4_e4b_found_on_the_hub_is_sized_as_the_same_file_read_from_disk(e4b_q4, hf_home, cache_dir):
    local = spec_from_gguf(read_gguf(e4b_q4))
    assert local.per_layer_input_width == 256 and local.per_layer_embedding_bytes and local.attention_layers == 24
    repo = {
        "id": "someone/gemma-4-E4B-it-GGUF",
        "sha": "4e4b" * 10,
        "tags": ["gguf", "text-generation"],
        "downloads": 10,
        "gguf": {"total": local.parameters, "architecture": "gemma4", "context_length": 131072},
        "files": [],
    }
    with FakeHub(repos=[repo]) as hub:
        hub.add_file(repo["id"], e4b_q4.name, _header_bytes(e4b_q4), size=e4b_q4.stat().st_size)
        found = {
            name: search(profile=p, text="gemma-4", include_all=True, endpoint=hub.url, cache_dir=cache_dir)
            for name, p in (("cpu", CPU_32GB), ("gpu", RTX_4060))
        }
        assert hub.cdn.bytes_served < 2**20  # the header only
    for name, profile in (("cpu", CPU_32GB), ("gpu", RTX_4060)):
        candidate, q4 = _found(found[name], e4b_q4.name)
        assert candidate.shape_source == "gguf_header" and not q4.shape_borrowed
        assert (q4.fit, q4.needs_bytes, q4.tokens_per_second) == _sized(local, profile), name
        # sized as before, its 1.9 GB per-layer table would count as weights read for every token
        assert q4.tokens_per_second > 1.2 * _sized(_as_dense(local), profile)[2], name


def test_the_header_cache_of_an_older_version_is_read_again_for_the_new_facts(e4b_q4, hf_home, cache_dir):
    """A header cached before these facts existed (keyed by commit only) would size the E4B as dense forever."""
    local = spec_from_gguf(read_gguf(e4b_q4))
    repo = {
        "id": "someone/gemma-4-E4B-it-GGUF",
        "sha": "4e4b" * 10,
        "tags": ["gguf"],
        "gguf": {"total": local.parameters, "architecture": "gemma4"},
        "files": [],
    }
    with FakeHub(repos=[repo]) as hub:
        hub.add_file(repo["id"], e4b_q4.name, _header_bytes(e4b_q4), size=e4b_q4.stat().st_size)
        old_key = f"{hub.url}|{repo['id']}|{repo['sha']}"
        old = {"shape": {"architecture": "gemma4", "layers": 42, "embedding": 2560, "heads": 8, "kv_heads": 2}}
        HubCache(cache_dir).put("shape", old_key, {**old, "path": e4b_q4.name})
        result = search(profile=CPU_32GB, text="gemma-4", include_all=True, endpoint=hub.url, cache_dir=cache_dir)
        assert hub.count("GET", "/resolve/") == 1
    _, q4 = _found(result, e4b_q4.name)
    assert (q4.fit, q4.needs_bytes, q4.tokens_per_second) == _sized(local, CPU_32GB)


# ------------------------------------------------------------------ the bundled snapshot: the config's facts


def _snapshot_with(repo: dict[str, Any]) -> dict[str, Any]:
    return {**load_snapshot(), "repos": [repo]}


def test_a_gemma4_e4b_snapshot_entry_is_sized_as_its_file_read_from_disk(e4b_f16, monkeypatch):
    """The snapshot gives config.json's facts (two head sizes, shared KV layers, which layers slide, the per-layer
    width); info.py's rules derive the rest, as for a header. F16 throughout, so the table bytes the engine
    estimates from the shape are the file's own."""
    local = spec_from_gguf(read_gguf(e4b_f16))
    entry = {
        "id": "someone/gemma-4-E4B-it-GGUF",
        "author": "someone",
        "downloads": 10,
        "likes": 1,
        "architecture": "gemma4",
        "parameters": local.parameters,
        "context_length": 131072,
        "files": [{"path": e4b_f16.name, "size": e4b_f16.stat().st_size}],
        "shape": {
            "architecture": "gemma4",
            "layers": 42,
            "embedding": 2560,
            "heads": 8,
            "kv_heads": 2,
            "head_dim": 512,
            "vocab": 262144,
            "feed_forward": 10240,
            "context_train": 131072,
            "tied_embeddings": True,
            "sliding_window": 512,
            "key_length_swa": 256,
            "shared_kv_layers": 18,
            "sliding_window_pattern": SWA,
            "per_layer_input_width": 256,
        },
    }
    monkeypatch.setattr(catalog_query, "load_snapshot", lambda: _snapshot_with(entry))
    for profile in (CPU_32GB, RTX_4060):
        result = search(profile=profile, text="gemma-4", include_all=True, offline=True)
        candidate, f16 = _found(result, e4b_f16.name)
        assert candidate.shape_source == "snapshot" and not f16.shape_borrowed
        assert (f16.fit, f16.needs_bytes, f16.tokens_per_second) == _sized(local, profile)


def test_a_snapshot_entry_without_the_new_facts_still_loads_and_gets_what_its_architecture_implies(monkeypatch):
    """Older snapshots name no cached layers or cell widths: a Gemma 3n entry still caches only its first 20 layers
    (llama.cpp's rule for the architecture) and holds its per-layer table in RAM, and every bundled entry loads
    with the numbers it gives unchanged (the sliding layers it states agree with llama.cpp's own patterns)."""
    shape = {
        "architecture": "gemma3n",
        "layers": 35,
        "embedding": 2048,
        "heads": 8,
        "kv_heads": 2,
        "head_dim": 256,
        "vocab": 262144,
        "feed_forward": 16384,
        "tied_embeddings": True,
        "sliding_window": 512,
    }
    derived = with_architecture_rules(clean_shape(shape))
    assert derived == {**shape, "attention_layers": 20, "sliding_window_layers": 16}
    for repo in load_snapshot()["repos"]:
        given = clean_shape(repo["shape"])
        full = with_architecture_rules(given)
        assert {k: full[k] for k in given} == given, repo["id"]
        assert full.get("attention_layers") == given["layers"], repo["id"]
    # a damaged entry (numbers info.py refuses) is kept as given
    assert with_architecture_rules({"architecture": "llama", "heads": 8, "kv_heads": 16}) == {
        "architecture": "llama",
        "heads": 8,
        "kv_heads": 16,
    }


# ------------------------------------------------------------------ only chat models are offered

CHAT = {
    "id": "someone/Llama-3.2-3B-Instruct-GGUF",
    "sha": "1" * 40,
    "downloads": 50,
    "pipeline_tag": "text-generation",
    "tags": ["gguf", "llama", "text-generation"],
    "gguf": {"total": 3.21e9, "architecture": "llama", "context_length": 131072},
    "files": [{"path": "Llama-3.2-3B-Instruct-Q4_K_M.gguf", "size": 2019377696}],
}
NOMIC = {  # the listing says it: pipeline tag, sentence-transformers, the nomic-bert architecture
    "id": "nomic-ai/nomic-embed-text-v1.5-GGUF",
    "sha": "2" * 40,
    "downloads": 40,
    "pipeline_tag": "sentence-similarity",
    "tags": ["gguf", "sentence-transformers", "nomic-bert", "sentence-similarity"],
    "gguf": {"total": 136_731_648, "architecture": "nomic-bert", "context_length": 2048},
    "files": [{"path": "nomic-embed-text-v1.5.Q8_0.gguf", "size": 146_146_432}],
}
DREAM = {  # a diffusion model tagged for text generation: its architecture says it
    "id": "someone/Dream-v0-Instruct-7B-GGUF",
    "sha": "3" * 40,
    "downloads": 30,
    "pipeline_tag": "text-generation",
    "tags": ["gguf", "text-generation"],
    "gguf": {"total": 7.6e9, "architecture": "dream", "context_length": 131072},
    "files": [{"path": "Dream-v0-Instruct-7B-Q4_K_M.gguf", "size": 4_683_073_184}],
}
EMBEDDING_GEMMA = {  # the listing says nothing (no gguf metadata, no tags): only its header's architecture
    "id": "someone/embeddinggemma-300m-GGUF",
    "sha": "4" * 40,
    "downloads": 20,
    "tags": ["gguf"],
    "files": [
        {
            "path": "embeddinggemma-300M-Q8_0.gguf",
            "size": 328_576_832,
            "header": {
                "arch": "gemma-embedding",
                "vocab": 262144,
                "tied": True,
                "kv": {
                    "block_count": 24,
                    "embedding_length": 768,
                    "attention.head_count": 3,
                    "attention.head_count_kv": 1,
                    "attention.key_length": 256,
                    "feed_forward_length": 1152,
                    "context_length": 2048,
                },
            },
        }
    ],
}
NOT_CHAT = [NOMIC, DREAM, EMBEDDING_GEMMA]


@pytest.fixture
def hub(hf_home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeHub]:
    """A fake Hub with one chat model and three that are not, as the library's default endpoint (for the CLI)."""
    import huggingface_hub.constants as c

    with FakeHub(repos=[CHAT, *NOT_CHAT]) as fake:
        monkeypatch.setenv("HF_ENDPOINT", fake.url)
        monkeypatch.setattr(c, "ENDPOINT", fake.url)
        yield fake


def test_embedding_and_diffusion_models_are_not_offered_in_a_listing(hub, cache_dir):
    result = search(profile=CPU_32GB, include_all=True, cache_dir=cache_dir)
    assert [c.repo_id for c in result.candidates] == [CHAT["id"]]
    assert result.errors == ()  # browsing says nothing about what it leaves out
    listing = next(p for m, p in hub.requests if p.startswith("/api/models?"))
    assert "expand=pipeline_tag" in listing
    # the ones the listing marks cost no tree and no header read
    assert not any(NOMIC["id"] in p or DREAM["id"] in p for _, p in hub.requests if not p.startswith("/api/models?"))


def test_a_search_by_name_for_one_says_why_it_is_not_listed(hub, cache_dir):
    say = Speaker("en")
    for text, repo, words in (
        ("nomic-embed", NOMIC, "is an embedding model"),
        ("dream", DREAM, "is a text diffusion model"),
        ("embeddinggemma", EMBEDDING_GEMMA, "is an embedding model"),
    ):
        result = search(profile=CPU_32GB, text=text, include_all=True, cache_dir=cache_dir)
        assert result.candidates == (), text
        [problem] = result.errors
        assert (problem.code, problem.repo_id) == ("not_chat_model", repo["id"])
        sentence = catalog_words.problem(say, problem.code, problem.repo_id, problem.values)
        assert sentence.startswith(repo["id"]) and words in sentence and "not listed" in sentence


def test_a_listing_cached_by_an_earlier_version_is_asked_again(hub, cache_dir):
    """A listing cached before the summaries carried the pipeline tag would offer an embedding model for chat
    until it expired: a fresh search asks the Hub again instead of trusting it."""
    search(profile=CPU_32GB, include_all=True, cache_dir=cache_dir)
    [cached] = (Path(cache_dir) / "listing").iterdir()
    record = json.loads(cached.read_text(encoding="utf-8"))
    for summary in record["value"]:
        summary.pop("pipeline_tag"), summary.pop("tags")
        summary["architecture"] = None  # nothing else in it says what the repo is
    cached.write_text(json.dumps(record), encoding="utf-8")
    asked = sum(1 for _, p in hub.requests if p.startswith("/api/models?"))
    result = search(profile=CPU_32GB, include_all=True, cache_dir=cache_dir)
    assert sum(1 for _, p in hub.requests if p.startswith("/api/models?")) == asked + 1
    assert [c.repo_id for c in result.candidates] == [CHAT["id"]]
    # a current cached listing is used as it is
    search(profile=CPU_32GB, include_all=True, cache_dir=cache_dir)
    assert sum(1 for _, p in hub.requests if p.startswith("/api/models?")) == asked + 1


def test_a_search_that_finds_several_says_so_in_one_line(hub, cache_dir):
    """Searching "embed" finds two embedding repos: one line names the first and counts the other, in both
    languages, and keeps every repo for the JSON."""
    result = search(profile=CPU_32GB, text="embed", include_all=True, cache_dir=cache_dir)
    assert result.candidates == ()
    [problem] = result.errors
    assert problem.code == "not_chat_model" and set(problem.values["repos"]) == {NOMIC["id"], EMBEDDING_GEMMA["id"]}
    first, other = problem.repo_id, ({NOMIC["id"], EMBEDDING_GEMMA["id"]} - {problem.repo_id}).pop()
    sentence = catalog_words.problem(Speaker("en"), problem.code, problem.repo_id, problem.values)
    assert sentence == (
        f"{first} and 1 more are embedding models: they turn text into numbers for search and do not chat, so they "
        "are not listed."
    )
    assert other not in sentence
    spanish = catalog_words.problem(Speaker("es"), problem.code, problem.repo_id, problem.values)
    assert spanish.startswith(f"{first} y 1 más son modelos de embeddings")


def test_the_cli_says_it_too(hub, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    hw = tmp_path / "machine.json"
    hw.write_text(json.dumps({"ram": {"total_bytes": 32 * GIB}, "gpus": []}), encoding="utf-8")
    main(["models", "--hardware", str(hw), "--search", "nomic-embed", "--lang", "en"])
    out, err = capsys.readouterr()
    assert "nomic-embed-text-v1.5.Q8_0.gguf" not in out
    assert f"{NOMIC['id']} is an embedding model" in err
    # the search matched a model, just not one that chats: the answer says so, not "No model matches"
    assert "No chat model matches 'nomic-embed'." in out and "No model matches" not in out


# ------------------------------------------------------------------ every architecture: the header read carries it all


# the writers' required options, each way they can be given
_WRITER_OPTIONS: dict[str, list[dict[str, Any]]] = {"write_deepseek2_gguf": [{"mla": True}, {"mla": False}]}


def _factory_writers() -> list[Any]:
    from tests.support import gguf_factory

    skip = {"write_arch_gguf", "write_llama_gguf"}
    names = sorted(n for n in dir(gguf_factory) if n.startswith("write_") and n.endswith("_gguf") and n not in skip)
    return [
        pytest.param(name, options, id=name + "".join(f"-{k}={v}" for k, v in options.items()))
        for name in names
        for options in _WRITER_OPTIONS.get(name, [{}])
    ]


@pytest.mark.parametrize(("writer", "options"), _factory_writers())
def test_a_header_read_from_the_hub_gives_the_spec_a_local_read_gives(writer, options, tmp_path):
    """For every architecture the test factory writes (MoE, MLA, hybrids, Gemma 3n/4, DeepSeek-V4...): the header
    read by the catalogue, fresh and from its disk cache, gives its file the same ModelSpec as `spec_from_gguf`
    (the listing's id instead of the file's name aside), and its other quants every architecture fact of it."""
    from tests.support import gguf_factory

    write = getattr(gguf_factory, writer)
    required = [
        p.name
        for p in inspect.signature(write).parameters.values()
        if p.kind is p.KEYWORD_ONLY and p.default is p.empty and p.name not in options
    ]
    assert not required, f"{writer} needs {required}: add them to _WRITER_OPTIONS"  # a new writer is covered too
    path = write(tmp_path / "model-Q8_0.gguf", **options)
    info = read_gguf(path)
    local = spec_from_gguf(info)
    summary = {"id": "someone/model-GGUF", "parameters": local.parameters}
    cache = HubCache(str(tmp_path / "cache"))

    def read(*_args: Any, **_kwargs: Any) -> Any:
        return info

    jobs = [(summary["id"], "5" * 40, path.name)]
    for attempt in ("fresh", "cached"):
        shapes = read_shapes(jobs, base="http://127.0.0.1:9", token=None, cache=cache, reader=read)
        shape = shapes[summary["id"]]
        same = spec_for(summary, shape, local.quant, path.stat().st_size, path.name)
        assert dataclasses.replace(same, name=local.name) == local, attempt
        other = spec_for(summary, shape, "Q4_K_M", 1, "model-Q4_K_M.gguf")
        for field in (f.name for f in dataclasses.fields(ModelSpec)):
            if field not in ("quant", "file_size_bytes", "name", *_FILE_FIELDS):
                assert getattr(other, field) == getattr(local, field), (attempt, field)


_FILE_FIELDS = ("token_embedding_bytes", "per_layer_embedding_bytes", "expert_layer_bytes")
