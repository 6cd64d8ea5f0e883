"""`llm-advisor estimate`: memory, fit, GPU layers and speed of one model on this (or a described) machine."""

from __future__ import annotations

import argparse
import dataclasses
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advisor.cli import llama_compare, speech
from advisor.cli.calibration import calibrated_line
from advisor.cli.common import (
    CONTEXT_SUFFIX,
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
    shown,
    worded,
)
from advisor.cli.hardware_option import add_hardware_option, profile_from_args
from advisor.cli.speech import QT_TRANSLATE_NOOP, help_text
from advisor.core.messages import ranges
from advisor.core.servers.command_line import AUTO_SLOTS, KV_CACHE_TYPES
from advisor.core.sizing import reasons
from advisor.core.sizing.memory import N_BATCH, N_UBATCH, Batching, DraftSettings, KvLayout
from advisor.core.types import Estimate, FitLevel, ModelSpec

if TYPE_CHECKING:
    from advisor.core.catalog.snapshot import BundledFile, BundledModel

HELP = QT_TRANSLATE_NOOP(
    "Cli", "estimate memory, fit (GPU / partial / CPU / too large) and tokens/s of a model on this machine"
)
KV_TYPES = KV_CACHE_TYPES  # every type llama-server accepts for -ctk / -ctv
MAX_SLOTS = 1024
MAX_PARAMETERS = 1e14  # 100 T: the largest published models are ~2 T
MIN_BITS_PER_WEIGHT = 1.5  # IQ1_S (1.56 bpw) is the smallest GGUF quant

FIT_WORDS = {  # the fit in a sentence ("partial GPU offload: 20 of 33 layers on the GPU")
    FitLevel.FULL_GPU: QT_TRANSLATE_NOOP("Cli", "full GPU offload"),
    FitLevel.PARTIAL_OFFLOAD: QT_TRANSLATE_NOOP("Cli", "partial GPU offload"),
    FitLevel.CPU_ONLY: QT_TRANSLATE_NOOP("Cli", "runs on the CPU (fits in RAM)"),
    FitLevel.TOO_LARGE: QT_TRANSLATE_NOOP("Cli", "too large for this machine"),
}


MAX_CONTEXT_TOKENS = 1 << 24  # the sizing engine's MAX_CONTEXT (16M); a test keeps them equal
_context = int_in_range(1, MAX_CONTEXT_TOKENS, unit=" tokens", scale=CONTEXT_SUFFIX)


_slots = int_in_range(1, MAX_SLOTS)


def parallel_slots(text: str) -> int:
    """--parallel: 1 to 1,024 slots, or `auto` / -1 (llama-server's default: -1 is returned)."""
    if text.strip().lower() in ("auto", "-1"):
        return -1
    return _slots(text)


def kv_layout_from_args(args: argparse.Namespace) -> KvLayout:
    """The KV cache as `--parallel`, `--kv-unified`, `--swa-full`, `--no-kv-offload`, `-ctv` lay it out (llama-server's
    rules: the automatic -np is 4 slots sharing one cache), with -ub, -b and -fa."""
    parallel = getattr(args, "parallel", 1)
    auto = parallel < 0
    k, v = kv_types(args)
    return KvLayout(
        slots=AUTO_SLOTS if auto else parallel,
        unified=auto or bool(getattr(args, "kv_unified", False)),
        swa_full=bool(getattr(args, "swa_full", False)),
        offload=not getattr(args, "no_kv_offload", False),
        type_v=v if v != k else None,
        batching=batching_from_args(args),
    )


MAX_DRAFT_LAYERS = 10_000
_draft_layers = int_in_range(0, MAX_DRAFT_LAYERS, suffixes=False)
_DRAFT_DEVICES_HINT = QT_TRANSLATE_NOOP("Cli", "none, or names such as CUDA0 or Vulkan0")
draft_devices = bounded_text(256, "text", hint=_DRAFT_DEVICES_HINT)


def draft_gpu_layers(text: str) -> int:
    """-ngld as llama-server reads it: `auto` (-1), `all` (-2) or a number of layers (0: the draft in RAM)."""
    if text in ("auto", "all"):
        return -1 if text == "auto" else -2
    try:
        return _draft_layers(text)
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(
            speech.say().t(
                QT_TRANSLATE_NOOP(
                    "Cli", "{value} is not accepted; accepted: auto, all or a whole number from 0 to {most}"
                ),
                value=repr(text[:40]),
                most=MAX_DRAFT_LAYERS,
            )
        ) from None


def draft_settings_from_args(args: argparse.Namespace) -> DraftSettings:
    """The draft model's own flags as llama-server reads them (memory.DraftSettings): -ctkd and -ctvd (f16 unless
    given, not --kv-type's), -ngld (auto, all: every layer on the GPU; 0: in RAM) and -devd none (in RAM)."""
    layers = getattr(args, "gpu_layers_draft", None)
    if getattr(args, "device_draft", None) == "none":
        layers = 0
    elif layers is not None and layers < 0:
        layers = None
    return DraftSettings(
        type_k=getattr(args, "cache_type_k_draft", None) or "f16",
        type_v=getattr(args, "cache_type_v_draft", None) or "f16",
        gpu_layers=layers,
    )


def kv_types(args: argparse.Namespace) -> tuple[str, str]:
    """(K, V): -ctk and -ctv where given, else --kv-type for both halves."""
    both = getattr(args, "kv_type", "f16")
    return getattr(args, "cache_type_k", None) or both, getattr(args, "cache_type_v", None) or both


def context_tokens(text: str) -> int:
    """--context for estimate, recommend, models and report: 1 to 16M tokens (what the sizing engine accepts)."""
    return _context(text)


_started_context = int_in_range(0, MAX_CONTEXT_TOKENS, unit=" tokens", scale=CONTEXT_SUFFIX)


def started_context_tokens(text: str) -> int:
    """estimate's --context: as context_tokens, or 0 for llama-server's -c 0 (the model's trained context)."""
    return _started_context(text)


# Ranges of the shape options: advisor.core.gguf.info's bounds for a sane GGUF header (a test keeps them equal)
SHAPE_RANGES = {
    "--layers": (512, QT_TRANSLATE_NOOP("Cli", "layers (1 to {most})")),  # llama.cpp's LLAMA_MAX_LAYERS
    "--embedding": (2**20, QT_TRANSLATE_NOOP("Cli", "embedding width (1 to {most})")),
    "--heads": (2**16, QT_TRANSLATE_NOOP("Cli", "attention heads (1 to {most})")),
    "--kv-heads": (2**16, QT_TRANSLATE_NOOP("Cli", "KV heads (GQA) (1 to {most})")),
    "--head-dim": (2**16, QT_TRANSLATE_NOOP("Cli", "size of one head (1 to {most})")),
    "--vocab": (2**24, QT_TRANSLATE_NOOP("Cli", "vocabulary size (1 to {most})")),
    "--experts": (4096, QT_TRANSLATE_NOOP("Cli", "experts (MoE) (1 to {most})")),
    "--active-experts": (4096, QT_TRANSLATE_NOOP("Cli", "experts used per token (MoE) (1 to {most})")),
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--gguf",
        "-m",  # llama-server's name for the model file
        metavar="PATH",
        type=path_text,
        help=QT_TRANSLATE_NOOP("Cli", "a local GGUF file (only its header is read)"),
    )
    source.add_argument(
        "--hf",
        metavar="OWNER/REPO",
        type=hf_repo_id,
        help=QT_TRANSLATE_NOOP("Cli", "a Hugging Face repo (with --file); fetches the header only"),
    )
    source.add_argument(
        "--params",
        metavar="N",
        type=parameter_count,
        help=QT_TRANSLATE_NOOP(
            "Cli", "parameter count: 8B, 7.6B, 500M or 8e9 (a bare number under a million is billions)"
        ),
    )
    source.add_argument(
        "--model",
        metavar="NAME",
        type=bounded_text(100, "a model name"),
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "a model `recommend` names (Qwen3-30B-A3B, Llama-3.1-8B, gpt-oss-20b, ...), sized as it sizes it: its "
            "published file at --quant and its own architecture",
        ),
    )
    parser.add_argument(
        "--file", metavar="NAME", type=hf_file_name, help=QT_TRANSLATE_NOOP("Cli", "the GGUF file in the --hf repo")
    )
    parser.add_argument(
        "--quant",
        metavar="Q",
        type=bounded_text(64, "a quant name"),
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "quant preset: Q4_K_M, Q8_0, F16, ... (default Q4_K_M; with --model, the one recommend gives that model "
            "here)",
        ),
    )
    parser.add_argument(
        "--file-size",
        metavar="SIZE",
        type=parse_size,
        help=QT_TRANSLATE_NOOP("Cli", "real file size: bytes or 4.58GiB"),
    )
    for flag, (high, what) in SHAPE_RANGES.items():
        parser.add_argument(flag, metavar="N", type=int_in_range(1, high), help=help_text(what, most=high))
    parser.add_argument(
        "--context",
        "-c",  # llama-server's own: a pasted `-c 8192` means the same here
        metavar="N",
        type=started_context_tokens,
        default=4096,
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "context length (4096, the advisor's default; 0, as llama-server's own -c 0: the model's trained "
            "context, for each --parallel slot without --kv-unified); with --parallel N and no --kv-unified, a "
            "number is split between the slots as llama-server -c splits it",
        ),
    )
    parser.add_argument(
        "--kv-type",
        choices=KV_TYPES,
        type=str.lower,  # Q8_0 as LM Studio writes it: llama.cpp's q8_0
        metavar="TYPE",
        default="f16",
        help=QT_TRANSLATE_NOOP(
            "Cli", "KV cache type of both halves, K and V: f32, f16, bf16, q8_0, q4_0, q4_1, iq4_nl, q5_0, q5_1 (f16)"
        ),
    )
    # llama.cpp's own names for each half, so that a llama-server command line's flags can be copied as they are
    parser.add_argument(
        "--cache-type-k",
        "-ctk",
        choices=KV_TYPES,
        type=str.lower,  # Q8_0 as LM Studio writes it: llama.cpp's q8_0
        metavar="TYPE",
        help=QT_TRANSLATE_NOOP("Cli", "as llama-server -ctk: the K half's type (default: --kv-type)"),
    )
    parser.add_argument(
        "--cache-type-v",
        "-ctv",
        choices=KV_TYPES,
        type=str.lower,  # Q8_0 as LM Studio writes it: llama.cpp's q8_0
        metavar="TYPE",
        help=QT_TRANSLATE_NOOP("Cli", "as llama-server -ctv: the V half's type (default: --kv-type)"),
    )
    parser.add_argument(
        "--parallel",
        "-np",
        metavar="N",
        type=parallel_slots,
        default=1,
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "as llama-server -np: the requests served at once, each with its own slot (1, the advisor's default; "
            "auto: llama-server's own default, 4 slots sharing one KV cache). Each slot keeps its own recurrent "
            "state and sliding window; without --kv-unified each gets the context divided by N",
        ),
    )
    parser.add_argument(
        "--kv-unified",
        "-kvu",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli", "as llama-server -kvu: the --parallel slots share one KV cache of the whole context"
        ),
    )
    parser.add_argument(
        "--swa-full",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli", "as llama-server --swa-full: sliding-window layers keep the whole context, like the others"
        ),
    )
    parser.add_argument(
        "--no-kv-offload",
        "-nkvo",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "as llama-server -nkvo: the KV cache stays in system RAM and the attention runs on the processor "
            "(less graphics memory, slower generation)",
        ),
    )
    parser.add_argument(
        "--mmproj",
        "-mm",
        metavar="PATH",
        type=path_text,
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "a vision projector (mmproj GGUF) loaded beside the model for image input: its size "
            "is added where llama.cpp puts it",
        ),
    )
    parser.add_argument(
        "--flash-attn",
        "-fa",
        choices=("on", "off", "auto"),
        default="auto",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "as llama-server -fa (auto is taken as on, as on CPUs, CUDA and Metal): with off the compute buffer "
            "also holds the attention scores (context × micro-batch × heads, f32), and a --mmproj projector's its "
            "attention matrix (patches² × heads)",
        ),
    )
    parser.add_argument(
        "--ubatch-size",
        "-ub",
        metavar="N",
        type=int_in_range(1, MAX_CONTEXT_TOKENS, scale=CONTEXT_SUFFIX),
        default=N_UBATCH,
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "as llama-server -ub: the tokens one step of prompt processing takes (512); the compute buffer, and "
            "a sliding-window model's KV cache, grow with it",
        ),
    )
    parser.add_argument(
        "--batch-size",
        "-b",
        metavar="N",
        type=int_in_range(1, MAX_CONTEXT_TOKENS, scale=CONTEXT_SUFFIX),
        default=N_BATCH,
        help=QT_TRANSLATE_NOOP("Cli", "as llama-server -b (2048): caps --ubatch-size"),
    )
    llama_compare.add_arguments(parser)
    parser.add_argument(
        "--draft",
        "-md",
        "--spec-draft-model",
        "--model-draft",
        metavar="PATH",
        type=path_text,
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "a draft model (GGUF) for speculative decoding, as llama-server -md: its weights, KV cache and "
            "compute buffer are added, its context built as llama-server builds it, with the model's context, "
            "--parallel, -ub, -b and -fa",
        ),
    )
    parser.add_argument(
        "--cache-type-k-draft",
        "-ctkd",
        "--spec-draft-type-k",
        choices=KV_TYPES,
        type=str.lower,  # Q8_0 as LM Studio writes it: llama.cpp's q8_0
        metavar="TYPE",
        help=QT_TRANSLATE_NOOP(
            "Cli", "as llama-server -ctkd: the draft model's K cache type (f16; -ctk and --kv-type do not apply)"
        ),
    )
    parser.add_argument(
        "--cache-type-v-draft",
        "-ctvd",
        "--spec-draft-type-v",
        choices=KV_TYPES,
        type=str.lower,  # Q8_0 as LM Studio writes it: llama.cpp's q8_0
        metavar="TYPE",
        help=QT_TRANSLATE_NOOP("Cli", "as llama-server -ctvd: the draft model's V cache type (f16)"),
    )
    parser.add_argument(
        "--gpu-layers-draft",
        "-ngld",
        "--spec-draft-ngl",
        "--n-gpu-layers-draft",
        metavar="N",
        type=draft_gpu_layers,
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "as llama-server -ngld: the draft model's layers on the graphics card (auto, all or N; 0 keeps it in "
            "system RAM)",
        ),
    )
    parser.add_argument(
        "--device-draft",
        "-devd",
        "--spec-draft-device",
        metavar="DEVICES",
        type=draft_devices,
        help=QT_TRANSLATE_NOOP("Cli", "as llama-server -devd: the draft model's devices (none keeps it in system RAM)"),
    )
    moe = parser.add_mutually_exclusive_group()
    moe.add_argument(
        "--n-cpu-moe",
        "-ncmoe",
        metavar="N",
        type=int_in_range(0, 10_000),
        default=None,
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "keep the routed experts of the first N layers in system RAM, the rest on the GPU "
            "(llama.cpp's --n-cpu-moe); 0 splits the model by layers. Default: the faster of the two (the experts "
            "in RAM also within 3 %% of the split's speed, as llama-server's --fit lays a mixture out), as the "
            "recommendation places it",
        ),
    )
    moe.add_argument(
        "--cpu-moe",
        "-cmoe",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "keep every routed expert in system RAM (--n-cpu-moe all)"),
    )
    add_json_option(parser)
    add_hardware_option(parser)


def hf_info(repo: str, filename: str):
    """The remote header of a Hub file (HF_ENDPOINT and a saved token respected); problems → exit 1."""
    from huggingface_hub import get_token, hf_hub_url

    from advisor.core.catalog.shapes import HEADER_DEADLINE_S
    from advisor.core.gguf import GgufError, GgufFetchError, read_remote_gguf

    say = speech.say()
    if repo.count("/") != 1 or not all(repo.split("/")):
        raise CliError(f"--hf {repo!r}: " + say.t(QT_TRANSLATE_NOOP("Cli", "expected OWNER/REPO")))
    url = hf_hub_url(repo, filename, endpoint=os.environ.get("HF_ENDPOINT") or None)
    token = get_token()
    headers = {"Authorization": f"Bearer {token}"} if token else None
    try:
        return read_remote_gguf(url, headers=headers, deadline_s=HEADER_DEADLINE_S)  # a total limit, as `models`
    except GgufFetchError as exc:
        if exc.status == 404:
            raise CliError(
                f"{repo}/{filename}: "
                + say.t(QT_TRANSLATE_NOOP("Cli", "not found on the Hub (check the repo and file name)")),
                EXIT_PROBLEM,
            ) from exc
        if exc.status in (401, 403):
            raise CliError(
                f"{repo}/{filename}: "
                + say.t(
                    QT_TRANSLATE_NOOP(
                        "Cli", "access denied (gated or private repo; log in with `hf auth login` and accept its terms)"
                    )
                ),
                EXIT_PROBLEM,
            ) from exc
        from advisor.core.catalog.snapshot import stands_in_for_hub

        if stands_in_for_hub(exc.status):  # no answer: the bundled snapshot may know the file (hf_spec)
            raise HubUnreachable(f"{repo}/{filename}: {worded(exc)}", worded(exc)) from exc
        raise CliError(f"{repo}/{filename}: {worded(exc)}", EXIT_PROBLEM) from exc
    except GgufError as exc:
        raise CliError(f"{repo}/{filename}: {unreadable_gguf(exc)}", EXIT_PROBLEM) from exc


class HubUnreachable(CliError):
    """The Hub gave no answer for a file's header (no connection, a timeout, a 5xx or 429): `why`, in words."""

    def __init__(self, message: str, why: str) -> None:
        super().__init__(message, EXIT_PROBLEM)
        self.why = why


_FROM_SNAPSHOT = QT_TRANSLATE_NOOP(
    "Cli",
    "{file}: {why}. These figures use the offline snapshot of {date} ({source}): the file size, quant and "
    "parameters listed there, not the file's own header",
)
_OFFLINE_NEXT_STEP = QT_TRANSLATE_NOOP(
    "Cli",
    "Without a connection, give the model's facts from its model page: --params N --quant {quant} --file-size SIZE "
    "(e.g. --params 8B --file-size 4.6GiB); or --gguf PATH for a file you have downloaded. `llm-advisor models "
    "--offline` lists the files the bundled snapshot knows",
)


@dataclasses.dataclass(frozen=True)
class OfflineSource:
    """Where a --hf estimate's model facts came from when the Hub could not be reached: the bundled snapshot."""

    retrieved_at: str
    source: str
    hub_error: str  # why the Hub could not be read, in the run's language

    def sentence(self, repo: str, filename: str) -> str:
        from advisor.core.messages import catalog
        from advisor.core.messages.dates import long_date

        say = speech.say()
        return say.t(
            _FROM_SNAPSHOT,
            file=f"{repo}/{filename}",
            why=self.hub_error,
            date=long_date(say, self.retrieved_at),
            source=catalog.snapshot_source(say, self.source),
        )


def hf_spec(repo: str, filename: str) -> tuple[ModelSpec, OfflineSource | None]:
    """The ModelSpec of a Hub file from its remote header; when the Hub cannot be reached, from the bundled
    snapshot (as `models` falls back to it), with where it came from; else the error and what to do instead."""
    from advisor.core.catalog.filenames import parse_quant
    from advisor.core.catalog.snapshot import snapshot_model
    from advisor.core.gguf import spec_from_gguf

    try:
        return spec_from_gguf(hf_info(repo, filename)), None
    except HubUnreachable as exc:
        known = snapshot_model(repo, filename)
        if known is None:
            step = speech.say().t(_OFFLINE_NEXT_STEP, quant=parse_quant(filename) or "Q4_K_M")
            raise CliError(f"{exc}. {step}.", EXIT_PROBLEM) from exc
        return known.spec, OfflineSource(known.retrieved_at, known.source, exc.why)


_NO_FILE = QT_TRANSLATE_NOOP("HardwareFile", "file not found")  # the words --hardware uses for the same thing
_CANNOT_READ = QT_TRANSLATE_NOOP("HardwareFile", "cannot read the file: {reason}")
_NOT_GGUF = QT_TRANSLATE_NOOP(
    "Cli", "not a GGUF file (it does not start with the GGUF signature: is it another kind of file?)"
)
_BAD_GGUF = QT_TRANSLATE_NOOP("Cli", "not a readable GGUF file (the reader says: {detail})")


def unreadable_gguf(exc: BaseException) -> str:
    """Why a model file given on the command line cannot be used, in the run's language: missing, not a GGUF at
    all, a damaged GGUF (the reader's own technical detail quoted), or unreadable."""
    from advisor.core.gguf import GgufError
    from advisor.core.gguf.reader import NotGgufError

    say = speech.say()
    if isinstance(exc, FileNotFoundError):
        return say.t(_NO_FILE)
    if isinstance(exc, NotGgufError):
        return say.t(_NOT_GGUF)
    if isinstance(exc, GgufError) and exc.msg is not None:  # the catalogue's words (llama.cpp refuses the file)
        return say.t(exc.msg, **exc.values)
    if isinstance(exc, GgufError):
        return say.t(_BAD_GGUF, detail=str(exc))
    from advisor.core.files import cannot_read

    return say.t(cannot_read(exc) or _CANNOT_READ, reason=getattr(exc, "strerror", None) or exc)


def named_model(
    name: str,
    quant: str | None,
    file_size_bytes: int | None = None,
    bundled: BundledModel | None = None,
    listed: BundledFile | None = None,
) -> ModelSpec:
    """`--model NAME` at `quant` (Q4_K_M unless given), sized as `recommend` sizes it (`tiers.model_at`), or as the
    bundled list's file the Models list shows at that quant where the table has no size for it (`listed`,
    `snapshot.listed_file_for`), else the bundled list's model of that name (`bundled`, `snapshot.bundled_model`);
    a name neither knows is refused with the names it does, the list's names nearest it and the options for any
    other model."""
    from advisor.core.catalog.snapshot import bundled_names_like
    from advisor.core.sizing.quants import MIN_GOOD_QUANT
    from advisor.core.sizing.tiers import model_at, model_by_name, named_models

    spec = model_by_name(name)
    if spec is None and bundled is not None:
        if file_size_bytes:  # a file of one's own: its size, at the quant typed
            return dataclasses.replace(bundled.spec, file_size_bytes=file_size_bytes)
        return bundled.spec
    if spec is None:
        say = speech.say()
        refused = say.t(
            QT_TRANSLATE_NOOP(
                "Cli",
                "not a model the advisor knows by name; it knows {names}, and the models of its bundled list "
                "(`llm-advisor models --offline --search NAME` finds them)",
            ),
            names=", ".join(s.name or "" for s in named_models()),
        )
        like = bundled_names_like(name)
        if like:
            refused = say.t(
                QT_TRANSLATE_NOOP("Cli", "{what}; did you mean: {names}?"), what=refused, names=", ".join(like)
            )
        step = say.t(
            QT_TRANSLATE_NOOP("Cli", "For any other model: --gguf PATH, --hf OWNER/REPO --file NAME, or --params N")
        )
        raise CliError(f"--model {shown(name)}: {refused}{' ' if like else '. '}{step}")
    if file_size_bytes is None and listed is not None and quant is not None:
        # unsloth's UD-Q4_K_XL, bartowski's IQ2_M: the bundled list's file, as the Models list sizes it and names it
        return dataclasses.replace(model_at(spec, quant, file_size_bytes=listed.size_bytes), quant=listed.quant)
    return model_at(spec, quant or MIN_GOOD_QUANT, file_size_bytes=file_size_bytes)


def spec_from_args(
    args: argparse.Namespace,
    model_quant: str | None = None,
    bundled: BundledModel | None = None,
    listed: BundledFile | None = None,
) -> tuple[ModelSpec, OfflineSource | None]:
    """The model to size, from --gguf, --hf (or, offline, the bundled snapshot: said with the second value),
    --model (at --quant, else `model_quant`, else Q4_K_M; a model of the bundled list: `bundled`) or --params, with
    the flags that override its facts."""
    from advisor.core.gguf import GgufError, read_gguf, spec_from_gguf

    say = speech.say()
    offline: OfflineSource | None = None

    if args.gguf:
        from advisor.core.gguf.info import split_parts

        parts = split_parts(Path(args.gguf))
        if parts and parts[0].name != Path(args.gguf).name:  # a later part has no architecture facts
            raise CliError(
                f"--gguf {args.gguf}: "
                + say.t(
                    QT_TRANSLATE_NOOP("Cli", "a later part of a split model; give its first part, {first}"),
                    first=parts[0].name,
                )
            )
        try:
            spec = spec_from_gguf(read_gguf(args.gguf))
        except (GgufError, OSError) as exc:
            raise CliError(f"--gguf {args.gguf}: {unreadable_gguf(exc)}") from None
    elif args.hf:
        if not args.file:
            raise CliError(say.t(QT_TRANSLATE_NOOP("Cli", "--hf needs --file NAME (the GGUF file in the repo)")))
        spec, offline = hf_spec(args.hf, args.file)
    elif args.model:
        spec = named_model(args.model, args.quant or model_quant, args.file_size, bundled, listed)
    else:
        spec = ModelSpec(parameters=float(round(args.params)), quant="Q4_K_M")
    if args.file and not args.hf:
        raise CliError(say.t(QT_TRANSLATE_NOOP("Cli", "--file goes with --hf OWNER/REPO")))
    overrides: dict[str, Any] = {
        "quant": args.quant,
        "file_size_bytes": args.file_size,
        "layers": args.layers,
        "embedding": args.embedding,
        "heads": args.heads,
        "kv_heads": args.kv_heads,
        "head_dim": args.head_dim,
        "vocab": args.vocab,
        "experts": args.experts,
        "active_experts": args.active_experts,
    }
    overrides = {k: v for k, v in overrides.items() if v is not None}
    if args.model:  # sized at its quant already: gpt-oss-20b's MXFP4 is its Q8_0 file, not MXFP4 over it
        overrides.pop("quant", None)
    elif args.quant and spec.quant and spec.file_size_bytes and args.file_size is None:
        from advisor.core.sizing.quants import normalize_quant

        if normalize_quant(args.quant) != normalize_quant(spec.quant):
            # the same model at another quant: the file's own size and embedding bytes no longer apply
            overrides |= {"file_size_bytes": None, "token_embedding_bytes": None}
    if (args.experts is None) != (args.active_experts is None) and not (spec.experts and spec.active_experts):
        raise CliError(say.t(QT_TRANSLATE_NOOP("Cli", "--experts and --active-experts go together")))
    if args.experts and args.active_experts and args.active_experts > args.experts:
        raise CliError(say.t(QT_TRANSLATE_NOOP("Cli", "--active-experts cannot exceed --experts")))
    if spec.parameters > MAX_PARAMETERS:
        raise CliError(
            f"--params {spec.parameters:g}: "
            + say.t(
                QT_TRANSLATE_NOOP("Cli", "more than {maximum} parameters is not a real model"),
                maximum=f"{MAX_PARAMETERS:g}",
            )
        )
    if args.file_size is not None and args.file_size < spec.parameters * MIN_BITS_PER_WEIGHT / 8:
        # '--file-size 4.58' (no unit) is 5 bytes: the weights would vanish and the speed be absurd
        raise CliError(
            say.t(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "--file-size {size} bytes is too small for {billions}B parameters (even at {bits} bits per "
                    "weight it needs {needed}); give a unit, e.g. 4.58GiB",
                ),
                size=args.file_size,
                billions=say.number(spec.parameters / 1e9, 2),
                bits=say.plain(MIN_BITS_PER_WEIGHT),
                needed=gib(spec.parameters * MIN_BITS_PER_WEIGHT / 8),
            )
        )
    spec = dataclasses.replace(spec, **overrides)
    if (args.heads or args.kv_heads) and spec.heads and spec.kv_heads and spec.kv_heads > spec.heads:
        raise CliError(
            say.t(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "--kv-heads {kv_heads} cannot exceed --heads {heads} (KV heads are shared by groups of "
                    "attention heads)",
                ),
                kv_heads=spec.kv_heads,
                heads=spec.heads,
            )
        )
    return spec, offline


def _split_quant_off(args: argparse.Namespace) -> None:
    """`--model` with its quant in its name, where what is left is a model the advisor knows and the quant one it
    sizes: the name without it, and the quant as --quant (a --quant that says another is refused: which one was
    meant?). Any other name is left as typed, for the refusal to quote it (code review: "NVFP4: unknown quant" of a
    --quant no one typed; a name the person never wrote quoted back)."""
    from advisor.core.catalog.filenames import without_quant
    from advisor.core.catalog.snapshot import bundled_model
    from advisor.core.sizing.quants import is_known_quant, normalize_quant
    from advisor.core.sizing.tiers import model_by_name

    name, tagged = without_quant(args.model)
    if tagged is None or name == args.model or not is_known_quant(tagged):
        return
    if model_by_name(name) is None and bundled_model(name, tagged) is None:
        return
    if args.quant and normalize_quant(args.quant) != normalize_quant(tagged):
        raise CliError(
            speech.say().t(
                QT_TRANSLATE_NOOP("Cli", "--model {model} names the quant {tagged} and --quant says {quant}: give one"),
                model=shown(args.model),
                tagged=tagged,
                quant=args.quant,
            )
        )
    args.model, args.quant = name, args.quant or tagged


def run(args: argparse.Namespace) -> int:
    from advisor.core.catalog.snapshot import bundled_model, bundled_model_remarks, listed_file_for, variant_remarks
    from advisor.core.sizing import estimate, reasons
    from advisor.core.sizing.estimate import named_quant_remarks, started_context
    from advisor.core.sizing.quants import MIN_GOOD_QUANT, is_known_quant, normalize_quant
    from advisor.core.sizing.reasons import REMARK_PUBLISHED_FILE
    from advisor.core.sizing.recommend import recommended_quant
    from advisor.core.sizing.tiers import model_by_name

    if args.model:  # a file's name or Ollama's tag with its quant in it (Qwen3-8B-Q4_K_M.gguf)
        _split_quant_off(args)
    if args.quant and not is_known_quant(args.quant):
        raise CliError(
            f"--quant {args.quant!r}: "
            + speech.say().t(QT_TRANSLATE_NOOP("Cli", "unknown quant (try Q4_K_M, Q5_K_M, Q6_K, Q8_0, F16)"))
        )
    compare_llama = llama_compare.wanted(args)
    profile = None
    kv_layout = kv_layout_from_args(args)
    model_quant = None
    known = model_by_name(args.model) if args.model else None
    named = known if not args.quant and not args.file_size else None
    # a model recommend never names, of the bundled list (gemma-3-12b): sized as the Models list sizes its file
    bundled = bundled_model(args.model, args.quant or MIN_GOOD_QUANT) if args.model and known is None else None
    # a quant of a named model the table has no size for: the list's file of it, as the Models list sizes it
    listed = listed_file_for(known, args.quant) if known is not None and not args.file_size else None
    if named is not None:
        # the quant recommend gives that model here, as recommend's row says it (not Q4_K_M beside its Q6_K), at the
        # context sized (-c 0: its trained one)
        profile = profile_from_args(args)
        try:
            context = started_context(args.context, named, kv_layout)
        except ValueError as exc:
            raise CliError(worded(exc)) from exc
        model_quant = recommended_quant(profile, args.model, context=context)
    asked_quant = args.quant or model_quant  # the quant --model sizes (None: the default, MIN_GOOD_QUANT)
    spec, offline = spec_from_args(args, model_quant, bundled, listed)
    if args.mmproj:
        compute, host = _projector_image(args.mmproj, flash_attention=args.flash_attn != "off")
        spec = dataclasses.replace(
            spec,
            projector_bytes=_projector_size(args.mmproj),
            projector_compute_bytes=compute,
            projector_host_bytes=host,
        )
    draft = _draft_spec(args.draft) if args.draft else None
    n_cpu_moe = 10_000 if args.cpu_moe else args.n_cpu_moe
    if n_cpu_moe and not (spec.experts and spec.experts > 1):
        # a dense model has no routed experts to keep in RAM: the flag was dropped unsaid, and `--params 30.5B
        # --cpu-moe` (Qwen3-30B-A3B's size, its counts not given) was sized as a dense 30B at 3.6 tokens/s
        raise CliError(
            speech.say().t(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "{flag} keeps a mixture of experts' routed experts in system RAM, and this model is dense: for "
                    "a mixture, give its counts (Qwen3-30B-A3B: --experts 128 --active-experts 8)",
                ),
                flag="--cpu-moe" if args.cpu_moe else "--n-cpu-moe",
            )
        )
    profile = profile or profile_from_args(args)
    kv_type, kv_type_v = kv_types(args)
    shown_kv = kv_type if kv_type == kv_type_v else f"{kv_type} (K) + {kv_type_v} (V)"
    try:
        context = started_context(args.context, spec, kv_layout)  # -c 0: the trained context, for each stream
        est = estimate(
            spec,
            profile,
            context=context,
            kv_type=kv_type,
            kv_layout=kv_layout,
            draft=draft,
            n_cpu_moe=n_cpu_moe,
            draft_settings=draft_settings_from_args(args),
        )
    except ValueError as exc:  # what the engine refuses, in the run's language
        raise CliError(worded(exc)) from exc
    if bundled is not None and not args.file_size:  # which file of the list, or that it has none of that quant
        est = dataclasses.replace(est, remarks=(*est.remarks, *bundled_model_remarks(bundled, args.quant)))
    elif args.model and not args.file_size:  # gpt-oss-20b's Q4_0 is its published Q4_K_M file: said so
        est = dataclasses.replace(est, remarks=(*est.remarks, *named_quant_remarks(spec, asked_quant)))
    if model_quant is not None and normalize_quant(model_quant) != MIN_GOOD_QUANT:  # the default it replaced: said
        said_quant = reasons.remark(reasons.REMARK_QUANT_AS_RECOMMENDED, model=spec.name, quant=model_quant)
        est = dataclasses.replace(est, remarks=(*est.remarks, said_quant))
    if not (
        args.file_size
        or args.gguf
        or args.hf
        or bundled is not None
        or any(r.code == REMARK_PUBLISHED_FILE for r in est.remarks)
    ):
        # a variant label without its file: which file, or which preset, it was sized as
        said = variant_remarks(args.quant, listed)
        est = dataclasses.replace(est, remarks=(*est.remarks, *said))
    trained = (spec.context_train or 0, kv_layout.streams) if args.context == 0 else None
    data = {
        **_jsonable(est),
        "model": _jsonable(spec),
        "kv_type": args.kv_type,
        # the KV cache as sized: each half's type and llama-server's slots and flags (memory.KvLayout)
        "cache_type_k": kv_type,
        "cache_type_v": kv_type_v,
        "parallel": kv_layout.slots,
        "kv_unified": kv_layout.unified,
        "swa_full": kv_layout.swa_full,
        "kv_offload": kv_layout.offload,
    }
    first = ""  # where the model's facts came from, when not from the file itself
    if bundled is not None:
        data["model_source"] = {
            "source": "bundled_list",
            "repo": bundled.repo_id,
            "file": None if args.file_size else bundled.path,  # one's own file sized, not the list's
            "retrieved_at": bundled.retrieved_at,
        }
    if offline is not None:
        data["model_source"] = {
            "source": "offline",
            "retrieved_at": offline.retrieved_at,
            "snapshot_source": offline.source,
            "hub_error": offline.hub_error,
        }
        first = offline.sentence(args.hf, args.file) + ".\n\n"

    def text() -> str:
        return first + render_text(
            spec, est, kv_type=shown_kv, params=args.params, trained=trained, kv_types=(kv_type, kv_type_v)
        )

    if not compare_llama:
        emit(args, data, text)
        return 0
    if n_cpu_moe is None:  # the placement chosen for the model: llama-fit-params is given the same
        n_cpu_moe = est.n_cpu_moe
    alone = est  # llama-fit-params loads neither a draft model nor a projector: compare the model alone
    # nor has it -kvu: slots that share one cache in llama-server are compared as separate caches on both sides
    fit_layout = dataclasses.replace(kv_layout, unified=False) if kv_layout.unified else kv_layout
    separate_slots = kv_layout.slots if kv_layout.unified and kv_layout.slots > 1 else 0
    if draft is not None or args.mmproj or fit_layout is not kv_layout:
        plain = dataclasses.replace(spec, projector_bytes=None)
        alone = estimate(plain, profile, context=context, kv_type=kv_type, kv_layout=fit_layout, n_cpu_moe=n_cpu_moe)
    # never fails the command: a problem is a line in the output
    llama = llama_compare.compare(
        args,
        alone,
        spec,
        n_cpu_moe=n_cpu_moe,
        model_alone=draft is not None or bool(args.mmproj),
        kv_layout=fit_layout,
        separate_slots=separate_slots,
    )
    data["llama_cpp"] = _jsonable(llama)
    what_if = args.hardware is not None
    emit(
        args,
        data,
        lambda: text() + "\n" + llama_compare.render_text(llama, what_if=what_if),
    )
    return 0


def batching_from_args(args: argparse.Namespace) -> Batching:
    """-ub, -b and -fa as llama-server takes them (`auto`: on)."""
    return Batching(
        ubatch=getattr(args, "ubatch_size", N_UBATCH),
        batch=getattr(args, "batch_size", N_BATCH),
        flash_attn=getattr(args, "flash_attn", "auto") != "off",
    )


def _draft_spec(path: str) -> ModelSpec:
    from advisor.core.gguf import GgufError, read_gguf, spec_from_gguf

    try:
        return spec_from_gguf(read_gguf(path))
    except (GgufError, OSError) as exc:
        raise CliError(f"--draft {path}: {unreadable_gguf(exc)}") from None


def _projector_size(path: str) -> int:
    from advisor.core.files import require_regular_file

    try:
        require_regular_file(Path(path))
        return Path(path).stat().st_size
    except (OSError, ValueError) as exc:
        raise CliError(f"--mmproj {path}: {unreadable_gguf(exc)}") from None


def _projector_image(path: str, *, flash_attention: bool = True) -> tuple[int | None, int | None]:
    """What the projector adds for one image (device, host RAM), from its header (None: the default's), with
    llama-server's flash attention or without it (`-fa off`: the attention matrix too)."""
    from advisor.core.gguf import GgufError, read_gguf
    from advisor.core.sizing.projector import projector_compute_bytes, projector_host_bytes, projector_shape

    try:
        shape = projector_shape(read_gguf(path).metadata)
    except (GgufError, OSError):
        shape = None
    if shape is None:
        return None if flash_attention else projector_compute_bytes(None, flash_attention=False), None
    return projector_compute_bytes(shape, flash_attention=flash_attention), projector_host_bytes(shape)


def _jsonable(value: Any) -> Any:
    from advisor.core.jsonio import to_jsonable

    return to_jsonable(value)


def fit_text(est: Estimate) -> str:
    """'partial GPU offload, tight: 20 of 33 layers on the GPU (-ngl 20)': the fit, and llama.cpp's flags for the
    placement it assumes where the defaults would place it otherwise (`load_placement`, the recommendation's)."""
    from advisor.core.messages import sizing
    from advisor.core.sizing.estimate import load_placement

    say = speech.say()
    words = sizing.with_tight(say, say.t(FIT_WORDS[est.fit]), est.tight)
    load = load_placement(est)
    flags = f" ({sizing.load_flags(load)})" if load is not None else ""
    if est.fit == FitLevel.FULL_GPU:
        return f"{words} ({est.gpu_layers}/{est.total_layers})"
    if est.fit == FitLevel.PARTIAL_OFFLOAD:
        every = est.n_cpu_moe and est.gpu_layers >= est.total_layers  # "48 of 48 layers" read as a contradiction
        layers = say.t(
            sizing.ALL_LAYERS_ON_GPU if every else sizing.LAYERS_ON_GPU,
            gpu_layers=est.gpu_layers,
            total_layers=est.total_layers,
        )
        if est.n_cpu_moe:
            layers += ", " + sizing.placed_short(say, est.n_cpu_moe, est.total_layers)
        return f"{words}: {layers}{flags}"
    return f"{words}{flags}"


def speed_text(est: Estimate) -> str:
    """'~12 tokens/s (9–15)': the range runs from a full context to an empty one and holds about 80 % of real runs."""
    return ranges.speed(speech.say(), est.tokens_per_second, est.tokens_per_second_range)


def render_text(
    spec: ModelSpec,
    est: Estimate,
    *,
    kv_type: str,
    params: ParameterCount | None = None,
    trained: tuple[int, int] | None = None,
    kv_types: tuple[str, str] | None = None,
) -> str:
    """The estimate as labelled lines; `trained` (the trained context, the streams) says that `--context 0` asked
    for the model's trained context, as llama-server's -c 0; `kv_types` (K, V) the cache types to load it with."""
    from advisor.core.messages import sizing
    from advisor.core.sizing.estimate import load_placement

    say = speech.say()
    m = est.memory
    name = f"{spec.name} · " if spec.name else ""
    count = (
        params.described()
        if params
        else say.t(QT_TRANSLATE_NOOP("Cli", "{billions}B parameters"), billions=say.number(spec.parameters / 1e9, 2))
    )
    shape = say.t(QT_TRANSLATE_NOOP("Cli", "{layers} layers"), layers=est.total_layers)
    if spec.kv_heads:
        shape += " · " + say.t(QT_TRANSLATE_NOOP("Cli", "{kv_heads} KV heads"), kv_heads=spec.kv_heads)
    memory = say.t(
        QT_TRANSLATE_NOOP(
            "Cli", "{total} in all: weights {weights} · KV cache {kv} · compute {compute} · runtime {runtime}"
        ),
        total=say.gib(m.total_bytes),
        weights=say.gib(m.weights_bytes),
        kv=say.gib(m.kv_cache_bytes),
        compute=say.gib(m.compute_bytes),
        runtime=say.gib(m.overhead_bytes),
    )
    split: tuple[str, ...] = ()
    if m.vram_bytes:
        where = QT_TRANSLATE_NOOP("Cli", "on the GPU {vram} · in system RAM {ram}")
        kind = est.budget.gpu_kind if est.budget is not None else None
        if est.fit == FitLevel.TOO_LARGE and kind == "unified":
            where = QT_TRANSLATE_NOOP("Cli", "on a Mac with room for it: {vram} for its GPU · {ram} beside it")
        elif est.fit == FitLevel.TOO_LARGE and kind == "shared":  # an integrated GPU or APU: more memory, not a card
            where = QT_TRANSLATE_NOOP(
                "Cli", "on a computer with more memory: {vram} for its integrated GPU · {ram} beside it"
            )
        elif est.fit == FitLevel.TOO_LARGE:  # the layout a GPU large enough would hold, not this one's
            where = QT_TRANSLATE_NOOP("Cli", "on a GPU with room for it: {vram} on it · {ram} in system RAM")
        split = (say.t(where, vram=say.gib(m.vram_bytes), ram=say.gib(m.ram_bytes)),)
    # a chat holds its slot's share where llama-server's slots split the cache (-np 4: 1,024 of 4,096 tokens): the
    # wait for a document is that share's, and a longer --context is shared out again (code review)
    slot = next((r.values.get("slot_context") for r in est.remarks if r.code == reasons.REMARK_SLOTS_SPLIT), None)
    chat_context = slot if isinstance(slot, int) else est.context
    prompt = sizing.prompt_wait(say, est.prompt_tokens_per_second, chat_context)
    context_line = say.t(
        QT_TRANSLATE_NOOP("Cli", "{context} tokens, {kv_type} KV cache"), context=est.context, kv_type=kv_type
    )
    if trained is not None and trained[1] > 1:  # -c 0 with a cache per slot: the trained context each
        context_line = say.t(
            QT_TRANSLATE_NOOP(
                "Cli",
                "{context} tokens (0: the model's trained context, {context_train} tokens, for each of {slots} "
                "slots, as llama-server -c 0), {kv_type} KV cache",
            ),
            context=est.context,
            context_train=trained[0],
            slots=trained[1],
            kv_type=kv_type,
        )
    elif trained is not None:
        context_line = say.t(
            QT_TRANSLATE_NOOP(
                "Cli", "{context} tokens (0: the model's trained context, as llama-server -c 0), {kv_type} KV cache"
            ),
            context=est.context,
            kv_type=kv_type,
        )
    rows: list[tuple[str, str | tuple[str, ...] | list[str]]] = [
        (say.t(QT_TRANSLATE_NOOP("Cli", "Model")), f"{name}{count} · {est.quant or '?'} · {shape}"),
        (say.t(QT_TRANSLATE_NOOP("Cli", "Context")), context_line),
        (say.t(QT_TRANSLATE_NOOP("Cli", "Fit")), fit_text(est)),
        (
            say.t(QT_TRANSLATE_NOOP("Cli", "How to load it")),
            sizing.how_to_load(
                say, load_placement(est), est.context, runs=est.fit != FitLevel.TOO_LARGE, kv_types=kv_types
            )
            or "",
        ),
        (say.t(QT_TRANSLATE_NOOP("Cli", "Memory")), (memory, *split)),
        (say.t(QT_TRANSLATE_NOOP("Cli", "Speed")), speed_text(est)),
        (say.t(QT_TRANSLATE_NOOP("Cli", "Calibration")), calibrated_line(est.calibration)),
        (
            say.t(QT_TRANSLATE_NOOP("Cli", "Prompt processing")),
            prompt_line(
                est.prompt_tokens_per_second,
                est.prompt_tokens_per_second_range,
                chat_context,
                est.context_fill_seconds_range,
                longer=slot is None,
                full=est.full_context_tokens_per_second,
                point=est.tokens_per_second,
            )
            if prompt
            else "",
        ),
        (say.t(QT_TRANSLATE_NOOP("Cli", "Machine")), tuple(sizing.budget_lines(say, est.budget))),
        (
            say.t(QT_TRANSLATE_NOOP("Cli", "Notes")),
            sizing.notes(say, est.notes, est.assumptions) + [sizing.remark(say, r.code, r.values) for r in est.remarks],
        ),
        (
            say.t(QT_TRANSLATE_NOOP("Cli", "Assumed")),
            [sizing.assumption(say, a.code, a.values, fields=True) for a in est.assumptions],
        ),
    ]
    return "\n".join(speech.labelled(rows))


def prompt_line(
    prompt_tokens_per_second: float | None,
    span: tuple[float, float] | None = None,
    context: int | None = None,
    fill: tuple[float, float] | None = None,
    *,
    longer: bool = True,
    full: float | None = None,
    point: float | None = None,
) -> str:
    """'~1,234 tokens/s (740–1,900). A 2,000-word document waits about 1.1–2.7 s before the answer starts.', and
    at a short context how to size for a longer text ('--context 16384 holds about 12,100 words'; `longer` False:
    not said): the report's line (`sizing.prompt_line`) in the run's language."""
    from advisor.core.messages import sizing

    return sizing.prompt_line(speech.say(), prompt_tokens_per_second, span, context, fill, full, point, longer=longer)
