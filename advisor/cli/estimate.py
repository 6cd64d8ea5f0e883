"""`llm-advisor estimate`: memory, fit, GPU layers and speed of one model on this (or a described) machine."""

from __future__ import annotations

import argparse
import dataclasses
import os
from pathlib import Path
from typing import Any

from advisor.cli.common import (
    EXIT_PROBLEM,
    CliError,
    ParameterCount,
    add_json_option,
    bounded_text,
    emit,
    gib,
    hf_file_name,
    hf_repo_id,
    int_in_range,
    parameter_count,
    parse_size,
    path_text,
)
from advisor.cli.hardware_option import add_hardware_option, profile_from_args
from advisor.cli.sizing_words import assumption_text, budget_lines, prompt_text
from advisor.core.types import Estimate, FitLevel, ModelSpec

HELP = "estimate memory, fit (GPU / partial / CPU / too large) and tokens/s of a model on this machine"
KV_TYPES = ("f16", "q8_0", "q4_0")
MAX_PARAMETERS = 1e14  # 100 T: the largest published models are ~2 T
MIN_BITS_PER_WEIGHT = 1.5  # IQ1_S (1.56 bpw) is the smallest GGUF quant

FIT_WORDS = {
    FitLevel.FULL_GPU: "full GPU offload",
    FitLevel.PARTIAL_OFFLOAD: "partial GPU offload",
    FitLevel.CPU_ONLY: "runs on the CPU (fits in RAM)",
    FitLevel.TOO_LARGE: "too large for this machine",
}
NOTE_WORDS = {
    "embedding_in_host_ram": "the token-embedding matrix stays in system RAM (it does not need VRAM)",
    "shape_from_reference": "layers, heads and vocabulary not given: borrowed from the nearest well-known model",
    "weights_from_bits_per_weight": "no file size given: weights = parameters × the quant's bits per weight",
    "ram_bandwidth_assumed": "RAM bandwidth not measured nor given: derived (see Assumed below)",
    "gpu_bandwidth_assumed": "GPU bandwidth unknown: assumed 250 GB/s",
    "vram_free_unknown": "free VRAM unknown: total VRAM minus an allowance for the desktop was used",
    "unified_memory": "Apple unified memory: the GPU may use only about 2/3–3/4 of RAM",
    "multi_gpu": "layers are split across the GPUs, with a safety margin on each",
    "context_above_training": "the context is longer than the model was trained for",
    "sliding_window": "sliding-window layers cache only their window, not the whole context",
    "mla_latent_cache": "the KV cache holds a compressed latent (MLA)",
    "recurrent_state": "recurrent layers keep a fixed state instead of a per-token KV cache",
    "moe_active_parameters": "mixture of experts: speed from the active experts, memory from all of them",
    "quantised_kv_cache": "quantised KV cache: less memory, slightly lower quality",
    "low_quant": "below Q4_K_M: noticeably lower quality",
    "weights_exceed_ram": "it would page weights from disk: unusably slow",
    "shared_gpu_memory": "an integrated GPU shares system RAM: it reads the model at the memory's speed",
    "shared_gpu_slower": "the integrated GPU would decode slower than the CPU here: the model runs on the CPU",
    "tight_memory": "tight: it leaves the system less RAM than it needs for comfortable use (close other programs)",
    "vision_projector": "a vision projector is counted (image input): on the GPU with the model, else in RAM",
}


MAX_CONTEXT_TOKENS = 1 << 24  # the sizing engine's MAX_CONTEXT (16M); a test keeps them equal
_context = int_in_range(1, MAX_CONTEXT_TOKENS, unit=" tokens")


def context_tokens(text: str) -> int:
    """--context for estimate, recommend, models and report: 1 to 16M tokens (what the sizing engine accepts)."""
    return _context(text)


# Ranges of the shape options: advisor.core.gguf.info's bounds for a sane GGUF header (a test keeps them equal)
SHAPE_RANGES = {
    "--layers": (10_000, "layers"), "--embedding": (2**20, "embedding width"),
    "--heads": (2**16, "attention heads"), "--kv-heads": (2**16, "KV heads (GQA)"),
    "--head-dim": (2**16, "size of one head"), "--vocab": (2**24, "vocabulary size"),
    "--experts": (4096, "experts (MoE)"), "--active-experts": (4096, "experts used per token (MoE)"),
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--gguf", metavar="PATH", type=path_text, help="a local GGUF file (only its header is read)")
    source.add_argument("--hf", metavar="OWNER/REPO", type=hf_repo_id,
                        help="a Hugging Face repo (with --file); fetches the header only")
    source.add_argument("--params", metavar="N", type=parameter_count,
                        help="parameter count: 8B, 7.6B, 500M or 8e9 (a bare number under a million is billions)")
    parser.add_argument("--file", metavar="NAME", type=hf_file_name, help="the GGUF file in the --hf repo")
    parser.add_argument("--quant", metavar="Q", type=bounded_text(64, "a quant name"),
                        help="quant preset: Q4_K_M, Q8_0, F16, ... (default Q4_K_M)")
    parser.add_argument("--file-size", metavar="SIZE", type=parse_size, help="real file size: bytes or 4.58GiB")
    for flag, (high, what) in SHAPE_RANGES.items():
        parser.add_argument(flag, metavar="N", type=int_in_range(1, high), help=f"{what} (1 to {high:,})")
    parser.add_argument("--context", metavar="N", type=context_tokens, default=4096, help="context length (4096)")
    parser.add_argument("--kv-type", choices=KV_TYPES, default="f16", help="KV cache type (f16)")
    parser.add_argument("--mmproj", metavar="PATH", type=path_text,
                        help="a vision projector (mmproj GGUF) loaded beside the model for image input: its size "
                             "is added where llama.cpp puts it")
    add_json_option(parser)
    add_hardware_option(parser)


def hf_info(repo: str, filename: str):
    """The remote header of a Hub file (HF_ENDPOINT and a saved token respected); problems → exit 1."""
    from huggingface_hub import get_token, hf_hub_url

    from advisor.core.gguf import GgufError, GgufFetchError, read_remote_gguf

    if repo.count("/") != 1 or not all(repo.split("/")):
        raise CliError(f"--hf {repo!r}: expected OWNER/REPO")
    url = hf_hub_url(repo, filename, endpoint=os.environ.get("HF_ENDPOINT") or None)
    token = get_token()
    headers = {"Authorization": f"Bearer {token}"} if token else None
    try:
        return read_remote_gguf(url, headers=headers)
    except GgufFetchError as exc:
        if exc.status == 404:
            raise CliError(f"{repo}/{filename}: not found on the Hub (check the repo and file name)",
                           EXIT_PROBLEM) from exc
        if exc.status in (401, 403):
            raise CliError(f"{repo}/{filename}: access denied (gated or private repo; log in with "
                           "`hf auth login` and accept its terms)", EXIT_PROBLEM) from exc
        raise CliError(f"{repo}/{filename}: {exc}", EXIT_PROBLEM) from exc
    except GgufError as exc:
        raise CliError(f"{repo}/{filename}: not a readable GGUF file: {exc}", EXIT_PROBLEM) from exc


def spec_from_args(args: argparse.Namespace) -> ModelSpec:
    from advisor.core.gguf import GgufError, read_gguf, spec_from_gguf

    if args.gguf:
        from advisor.core.gguf.info import split_parts

        parts = split_parts(Path(args.gguf))
        if parts and parts[0].name != Path(args.gguf).name:  # a later part has no architecture facts
            raise CliError(f"--gguf {args.gguf}: a later part of a split model; give its first part, {parts[0].name}")
        try:
            spec = spec_from_gguf(read_gguf(args.gguf))
        except FileNotFoundError:
            raise CliError(f"--gguf {args.gguf}: no such file") from None
        except GgufError as exc:
            raise CliError(f"--gguf {args.gguf}: not a readable GGUF file: {exc}") from exc
        except OSError as exc:
            raise CliError(f"--gguf {args.gguf}: cannot read: {exc.strerror or exc}") from exc
    elif args.hf:
        if not args.file:
            raise CliError("--hf needs --file NAME (the GGUF file in the repo)")
        spec = spec_from_gguf(hf_info(args.hf, args.file))
    else:
        spec = ModelSpec(parameters=float(round(args.params)), quant="Q4_K_M")
    if args.file and not args.hf:
        raise CliError("--file goes with --hf OWNER/REPO")
    overrides: dict[str, Any] = {
        "quant": args.quant, "file_size_bytes": args.file_size, "layers": args.layers, "embedding": args.embedding,
        "heads": args.heads, "kv_heads": args.kv_heads, "head_dim": args.head_dim, "vocab": args.vocab,
        "experts": args.experts, "active_experts": args.active_experts,
    }
    overrides = {k: v for k, v in overrides.items() if v is not None}
    if args.quant and spec.quant and spec.file_size_bytes and args.file_size is None:
        from advisor.core.sizing.quants import normalize_quant

        if normalize_quant(args.quant) != normalize_quant(spec.quant):
            # the same model at another quant: the file's own size and embedding bytes no longer apply
            overrides |= {"file_size_bytes": None, "token_embedding_bytes": None}
    if (args.experts is None) != (args.active_experts is None) and not (spec.experts and spec.active_experts):
        raise CliError("--experts and --active-experts go together")
    if args.experts and args.active_experts and args.active_experts > args.experts:
        raise CliError("--active-experts cannot exceed --experts")
    if spec.parameters > MAX_PARAMETERS:
        raise CliError(f"--params {spec.parameters:g}: more than {MAX_PARAMETERS:g} parameters is not a real model")
    if args.file_size is not None and args.file_size < spec.parameters * MIN_BITS_PER_WEIGHT / 8:
        # '--file-size 4.58' (no unit) is 5 bytes: the weights would vanish and the speed be absurd
        raise CliError(f"--file-size {args.file_size} bytes is too small for {spec.parameters / 1e9:.2f}B parameters "
                       f"(even at {MIN_BITS_PER_WEIGHT} bits per weight it needs "
                       f"{gib(spec.parameters * MIN_BITS_PER_WEIGHT / 8)}); give a unit, e.g. 4.58GiB")
    spec = dataclasses.replace(spec, **overrides)
    if (args.heads or args.kv_heads) and spec.heads and spec.kv_heads and spec.kv_heads > spec.heads:
        raise CliError(f"--kv-heads {spec.kv_heads} cannot exceed --heads {spec.heads} (KV heads are shared by "
                       "groups of attention heads)")
    return spec


def run(args: argparse.Namespace) -> int:
    from advisor.core.sizing import estimate
    from advisor.core.sizing.quants import is_known_quant

    if args.quant and not is_known_quant(args.quant):
        raise CliError(f"--quant {args.quant!r}: unknown quant (try Q4_K_M, Q5_K_M, Q6_K, Q8_0, F16)")
    spec = spec_from_args(args)
    if args.mmproj:
        spec = dataclasses.replace(spec, projector_bytes=_projector_size(args.mmproj))
    profile = profile_from_args(args)
    try:
        est = estimate(spec, profile, context=args.context, kv_type=args.kv_type)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    data = {**_jsonable(est), "model": _jsonable(spec), "kv_type": args.kv_type}
    emit(args, data, lambda: render_text(spec, est, kv_type=args.kv_type, params=args.params))
    return 0


def _projector_size(path: str) -> int:
    from advisor.core.files import require_regular_file

    try:
        require_regular_file(Path(path))
        return Path(path).stat().st_size
    except FileNotFoundError:
        raise CliError(f"--mmproj {path}: no such file") from None
    except (OSError, ValueError) as exc:
        raise CliError(f"--mmproj {path}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None


def _jsonable(value: Any) -> Any:
    from advisor.core.jsonio import to_jsonable

    return to_jsonable(value)


def fit_text(est: Estimate) -> str:
    words = FIT_WORDS[est.fit] + (", tight" if est.tight else "")
    if est.fit == FitLevel.FULL_GPU:
        return f"{words} ({est.gpu_layers}/{est.total_layers} layers)"
    if est.fit == FitLevel.PARTIAL_OFFLOAD:
        return f"{words}: {est.gpu_layers} of {est.total_layers} layers on the GPU (-ngl {est.gpu_layers})"
    return words


def speed_text(est: Estimate) -> str:
    if est.tokens_per_second is None:
        return "—"
    text = f"~{est.tokens_per_second:g} tokens/s"
    if est.tokens_per_second_range:
        low, high = est.tokens_per_second_range
        text += f" ({low:g}–{high:g}, full to empty context)"
    return text


def render_text(spec: ModelSpec, est: Estimate, *, kv_type: str, params: ParameterCount | None = None) -> str:
    m = est.memory
    name = f"{spec.name} · " if spec.name else ""
    shape = f"{est.total_layers} layers" + (f" · {spec.kv_heads} KV heads" if spec.kv_heads else "")
    lines = [
        f"Model    {name}{params.described() if params else f'{spec.parameters / 1e9:.2f}B parameters'}"
        f" · {est.quant or '?'} · {shape}",
        f"Context  {est.context} tokens, {kv_type} KV cache",
        f"Fit      {fit_text(est)}",
        f"Memory   {gib(m.total_bytes)} in all: weights {gib(m.weights_bytes)} · KV cache {gib(m.kv_cache_bytes)}"
        f" · compute {gib(m.compute_bytes)} · runtime {gib(m.overhead_bytes)}",
    ]
    if m.vram_bytes:
        lines.append(f"         on the GPU {gib(m.vram_bytes)} · in system RAM {gib(m.ram_bytes)}")
    lines.append(f"Speed    {speed_text(est)}")
    prompt = prompt_text(est.prompt_tokens_per_second)
    if prompt:
        lines.append(f"Prompt   {prompt}")
    for i, text in enumerate(budget_lines(est.budget)):
        lines.append(("Machine  " if i == 0 else "         ") + text)
    for i, note in enumerate(est.notes):
        lines.append(("Notes    " if i == 0 else "         ") + "- " + NOTE_WORDS.get(note, note))
    for i, a in enumerate(est.assumptions):
        lines.append(("Assumed  " if i == 0 else "         ") + "- " + assumption_text(a))
    return "\n".join(lines)
