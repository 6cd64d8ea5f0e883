"""How a llama-server was started: the flags of its command line (and its `LLAMA_ARG_*` environment) that change
what it uses, read as llama.cpp's common/arg.cpp reads them, for the check after load (after_load.py).

`/props` says the model file, the context of one slot and the number of slots; it does not say the KV cache's
type, a vision projector, a draft model, where the layers and the routed experts went, or whether the slots share
one KV cache. Those come from here. The rules are arg.cpp's (`common_params_parse_ex`):

* each word is looked up whole: `--ctx-size=4096` is not a flag to llama.cpp (it refuses to start), so it is none
  here either; in a word starting with `--`, `_` is read as `-` (`--cache_type_k`);
* the environment applies first (`LLAMA_ARG_CACHE_TYPE_K=q8_0`), the command line over it; a flag given twice
  counts with its last value;
* `-fa` takes `on|off|auto` (also `enabled`, `1`, `-1`...); before mid-2025 it was a switch (`-fa` alone meant
  on), so `-fa` followed by another flag is read as on;
* `-np` without `-kvu` gives each slot its own KV cache of `n_ctx / np` cells (tools/server/server.cpp: only the
  automatic `-np` turns the unified cache on), so the cache holds `np` × the slot's context `/props` reports;
  the automatic `-np` (the default) is 4 slots sharing one cache of that context, whose sliding-window layers keep
  4 windows (memory.KvLayout);
* a draft model (`-md`) gets a context built from the main model's settings (its context, slots, `-ub`, `-b`,
  `-fa`, ...: common/speculative.cpp `common_base_params_to_speculative`) with its own `-ctkd`/`-ctvd` (f16 unless
  given, never `-ctk`'s), `-ngld` and `-devd` (`none`: no GPU);
* a switch with a negative form is also turned off by `LLAMA_ARG_NO_<name>` (`LLAMA_ARG_NO_KV_OFFLOAD`);
  `--swa-full` and `-nkvo` change where and how much KV cache there is.

Nothing is executed or opened here but what is asked for: the words are only parsed (paths are not checked: the
caller reads the files it needs). A hostile command line (huge, odd bytes, a flag without its value, a negative
number, a value llama.cpp refuses) gives a problem code, never an exception.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import PurePath
from typing import Any

from advisor.core.sizing.memory import CTX_CHECKPOINTS, N_BATCH, N_UBATCH, Batching, DraftSettings, KvLayout
from advisor.core.sizing.reasons import REMARK_CONTEXT_CHECKPOINTS
from advisor.core.types import Reason

MAX_WORDS = 4096  # a real llama-server command line has a few dozen words
MAX_WORD_CHARS = 4096  # a path, a chat template inline is longer: such a word is skipped, not parsed
MAX_SHOWN_CHARS = 80  # a value as shown to people

# the KV cache types llama-server accepts (common/arg.cpp `kv_cache_types`)
KV_CACHE_TYPES = ("f32", "f16", "bf16", "q8_0", "q4_0", "q4_1", "iq4_nl", "q5_0", "q5_1")
AUTO_SLOTS = 4  # llama-server's `-np` auto: 4 slots sharing one KV cache (tools/server/server.cpp)
MOST_SLOTS = 256  # llama.cpp refuses more sequences than LLAMA_MAX_SEQ (src/llama-cparams.h, llama-context.cpp)
_TRUTHY = ("on", "enabled", "true", "1")
_FALSEY = ("off", "disabled", "false", "0")
_AUTOY = ("auto", "-1")

# what could not be used (LaunchFlags.problems: Reason(code, values))
UNREADABLE = "command_line_unreadable"  # {reason}: the OS would not show it (another user's process), or it ended
TOO_LONG = "command_line_too_long"  # {words}: more words than any real server: none of its flags is used
WITHOUT_VALUE = "flag_without_value"  # {flag}: the last word is a flag that needs a value
BAD_VALUE = "flag_bad_value"  # {flag, value}: a value llama-server does not accept for that flag
FILE_UNREADABLE = "flag_file_unreadable"  # {flag, file}: the file it names cannot be read here
OTHER_MODEL = "command_line_other_model"  # {file}: its -m names another file than /props: flags not used
# {flags}: a KV cache llama-server refuses to start with (estimate.check_kv_types): no prediction for it
REFUSED = "command_line_refused"
# {context, slots, most}: a KV cache of more tokens in all than the sizing handles (sizing.estimate.MAX_CONTEXT)
CACHE_TOO_LARGE = "kv_cache_too_large"

# the value each flag takes: (kind, field); kinds: "int", "text", "fa", "ngl", "on" (a switch), "off" (its negation)
_FLAGS: dict[str, tuple[str, str]] = {}
for _names, _spec in (
    (("-m", "--model"), ("text", "model")),
    (("-c", "--ctx-size"), ("int", "ctx_size")),
    (("-ctk", "--cache-type-k"), ("text", "cache_type_k")),
    (("-ctv", "--cache-type-v"), ("text", "cache_type_v")),
    (("-fa", "--flash-attn"), ("fa", "flash_attn")),
    (("-ub", "--ubatch-size"), ("int", "ubatch_size")),
    (("-b", "--batch-size"), ("int", "batch_size")),
    (("-mm", "--mmproj"), ("text", "mmproj")),
    (("--mmproj-auto",), ("on", "mmproj_auto")),
    (("--no-mmproj", "--no-mmproj-auto"), ("off", "mmproj_auto")),
    (("--mmproj-offload",), ("on", "mmproj_offload")),
    (("--no-mmproj-offload",), ("off", "mmproj_offload")),
    (("-ngl", "--gpu-layers", "--n-gpu-layers"), ("ngl", "gpu_layers")),
    (("-ncmoe", "--n-cpu-moe"), ("int", "n_cpu_moe")),
    (("-cmoe", "--cpu-moe"), ("on", "cpu_moe")),
    (("--spec-draft-model", "-md", "--model-draft"), ("text", "draft")),
    (("--spec-draft-type-k", "-ctkd", "--cache-type-k-draft"), ("text", "cache_type_k_draft")),
    (("--spec-draft-type-v", "-ctvd", "--cache-type-v-draft"), ("text", "cache_type_v_draft")),
    (("--spec-draft-ngl", "-ngld", "--gpu-layers-draft", "--n-gpu-layers-draft"), ("ngl", "gpu_layers_draft")),
    (("--spec-draft-device", "-devd", "--device-draft"), ("text", "device_draft")),
    (("-np", "--parallel"), ("int", "parallel")),
    (("-kvu", "--kv-unified"), ("on", "kv_unified")),
    (("--kv-unified-per-slot",), ("int", "kv_unified_per_slot")),
    (("-no-kvu", "--no-kv-unified"), ("off", "kv_unified")),
    (("-ctxcp", "--ctx-checkpoints", "--swa-checkpoints"), ("int", "ctx_checkpoints")),
    (("--swa-full",), ("on", "swa_full")),
    (("-kvo", "--kv-offload"), ("on", "kv_offload")),
    (("-nkvo", "--no-kv-offload"), ("off", "kv_offload")),
):
    for _name in _names:
        _FLAGS[_name] = _spec

# the environment variables arg.cpp reads for them (`set_env`), applied before the command line
_ENV: dict[str, tuple[str, str]] = {
    "LLAMA_ARG_MODEL": ("text", "model"),
    "LLAMA_ARG_CTX_SIZE": ("int", "ctx_size"),
    "LLAMA_ARG_CACHE_TYPE_K": ("text", "cache_type_k"),
    "LLAMA_ARG_CACHE_TYPE_V": ("text", "cache_type_v"),
    "LLAMA_ARG_FLASH_ATTN": ("fa", "flash_attn"),
    "LLAMA_ARG_UBATCH": ("int", "ubatch_size"),
    "LLAMA_ARG_BATCH": ("int", "batch_size"),
    "LLAMA_ARG_MMPROJ": ("text", "mmproj"),
    "LLAMA_ARG_MMPROJ_AUTO": ("bool", "mmproj_auto"),
    "LLAMA_ARG_MMPROJ_OFFLOAD": ("bool", "mmproj_offload"),
    "LLAMA_ARG_N_GPU_LAYERS": ("ngl", "gpu_layers"),
    "LLAMA_ARG_N_CPU_MOE": ("int", "n_cpu_moe"),
    "LLAMA_ARG_CPU_MOE": ("switch", "cpu_moe"),
    "LLAMA_ARG_SPEC_DRAFT_MODEL": ("text", "draft"),
    "LLAMA_ARG_MODEL_DRAFT": ("text", "draft"),  # its name before the --spec-draft-* options
    "LLAMA_ARG_SPEC_DRAFT_CACHE_TYPE_K": ("text", "cache_type_k_draft"),
    "LLAMA_ARG_SPEC_DRAFT_CACHE_TYPE_V": ("text", "cache_type_v_draft"),
    "LLAMA_ARG_N_GPU_LAYERS_DRAFT": ("ngl", "gpu_layers_draft"),
    "LLAMA_ARG_N_PARALLEL": ("int", "parallel"),
    "LLAMA_ARG_KV_UNIFIED": ("bool", "kv_unified"),
    "LLAMA_ARG_KV_UNIFIED_PER_SLOT": ("int", "kv_unified_per_slot"),
    "LLAMA_ARG_CTX_CHECKPOINTS": ("int", "ctx_checkpoints"),
    "LLAMA_ARG_SWA_FULL": ("switch", "swa_full"),
    "LLAMA_ARG_KV_OFFLOAD": ("bool", "kv_offload"),
}
# a flag with a negative form is also turned off by `LLAMA_ARG_NO_<name>` set to anything, which wins over the
# positive variable (arg.cpp `get_value_from_env`): LLAMA_ARG_NO_KV_OFFLOAD=1 is -nkvo
_ENV_NEGATED = {
    key.replace("LLAMA_ARG_", "LLAMA_ARG_NO_", 1): name for key, (kind, name) in _ENV.items() if kind == "bool"
}

# the smallest value llama-server accepts for each number (-np -1 is "auto"; -ngl's words are in _ngl)
_HIGHEST = 1 << 30
# (--kv-unified-per-slot takes any number: 0 or less leaves it unset)
_LOWEST = {"ctx_size": 0, "n_cpu_moe": 0, "parallel": -1, "ctx_checkpoints": 0, "ubatch_size": 0, "batch_size": 1}
_LOWEST["kv_unified_per_slot"] = -_HIGHEST


@dataclass(frozen=True)
class LaunchFlags:
    """What a llama-server's command line says about memory and speed (None: not given, the default holds), each
    with the words it was given as (`shown`: "-ctk q8_0"), and what could not be used (`problems`)."""

    model: str | None = None
    ctx_size: int | None = None
    cache_type_k: str | None = None
    cache_type_v: str | None = None
    flash_attn: str | None = None  # "on", "off", "auto"
    ubatch_size: int | None = None  # -ub (0: as -b)
    batch_size: int | None = None  # -b
    mmproj: str | None = None
    mmproj_auto: bool | None = None  # False: --no-mmproj
    mmproj_offload: bool | None = None  # False: --no-mmproj-offload
    gpu_layers: int | None = None  # -1 auto, -2 all, else a number of layers
    n_cpu_moe: int | None = None
    cpu_moe: bool | None = None
    draft: str | None = None
    cache_type_k_draft: str | None = None  # -ctkd: the draft's own cache types (f16 unless given, never -ctk's)
    cache_type_v_draft: str | None = None  # -ctvd
    gpu_layers_draft: int | None = None  # -ngld: -1 auto, -2 all, else a number of layers (0: in RAM)
    device_draft: str | None = None  # -devd: its devices ("none": in RAM)
    parallel: int | None = None  # -1 auto (4 slots sharing one cache)
    kv_unified: bool | None = None
    kv_unified_per_slot: int | None = None  # --kv-unified-per-slot N: one slot's most (0 or less: unset)
    ctx_checkpoints: int | None = None
    swa_full: bool | None = None  # --swa-full: sliding-window layers keep the whole context
    kv_offload: bool | None = None  # False: -nkvo, the KV cache in host RAM
    shown: Mapping[str, str] = field(default_factory=dict)  # field → the words as given ("-ctk q8_0")
    problems: tuple[Reason, ...] = ()

    def slots(self) -> int | None:
        """The number of server slots (None: not said; -np auto is 4)."""
        if self.parallel is None:
            return None
        return 4 if self.parallel < 0 else self.parallel

    def batching(self) -> Batching:
        """`-ub`, `-b` and `-fa` as llama.cpp reads them: `-ub 0` is `-b`'s size (llama_context: `n_ubatch =
        min(n_batch, n_ubatch or n_batch)`); `-fa auto` is taken as on (CPU, CUDA and Metal have it)."""
        batch = self.batch_size or N_BATCH
        ubatch = N_UBATCH if self.ubatch_size is None else self.ubatch_size or batch
        return Batching(ubatch=ubatch, batch=batch, flash_attn=self.flash_attn != "off")

    def draft_settings(self) -> DraftSettings:
        """The draft model's own flags (memory.DraftSettings): `-ctkd`, `-ctvd` (f16 unless given), and whether its
        layers go to the GPU: `-ngld` (auto and all: every layer), `-devd none` (no device: none)."""
        layers = self.gpu_layers_draft
        if self.device_draft == "none":
            layers = 0
        elif layers is not None and layers < 0:
            layers = None
        return DraftSettings(
            type_k=self.cache_type_k_draft or "f16", type_v=self.cache_type_v_draft or "f16", gpu_layers=layers
        )

    def kv_layout(self, slots: int | None = None) -> KvLayout:
        """The KV cache's layout: the slots (`-np`; else `slots`, /props `total_slots`; else llama-server's
        automatic 4) and whether they share one cache — always with the automatic `-np` (server.cpp turns
        `-kvu` on whatever was asked), else only with `-kvu`. With no `-np` read, /props's 4 is taken for the
        automatic one (an explicit `-np 4` the command line does not show would have a cache per slot)."""
        n = self.slots() or slots or AUTO_SLOTS
        if self.parallel is not None:
            unified = self.parallel < 0 or bool(self.kv_unified)
        else:
            unified = n == AUTO_SLOTS or bool(self.kv_unified)
        return KvLayout(
            slots=max(1, n),
            unified=unified,
            swa_full=bool(self.swa_full),
            offload=self.kv_offload is not False,
            batching=self.batching(),
        )


def shown_text(text: str, limit: int = MAX_SHOWN_CHARS) -> str:
    """A word from a command line as it can be shown: undecodable bytes (psutil's surrogate escapes) and control
    characters as "?", cut short."""
    clean = "".join(ch if ch.isprintable() and not 0xD800 <= ord(ch) <= 0xDFFF else "?" for ch in text)
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"


def _shown_value(name: str, value: str) -> str:
    """A file is shown by its name (its folder says nothing and may hold the user's name)."""
    if name in ("model", "mmproj", "draft"):
        value = PurePath(value.replace("\\", "/")).name or value
    return shown_text(value)


_STOI = re.compile(r"[ \t\n\v\f\r]*([+-]?[0-9]+)")
_INT_RANGE = (-(1 << 31), (1 << 31) - 1)


def _number(text: str) -> int | None:
    """A number as llama.cpp reads one (`std::stoi`): leading white space, a sign, the digits up to the first other
    character ("4096abc" is 4096); None where it throws (no digits, beyond a 32-bit int)."""
    found = _STOI.match(text)
    if found is None or len(found.group(1).lstrip("+-").lstrip("0")) > 10:
        return None
    n = int(found.group(1))
    return n if _INT_RANGE[0] <= n <= _INT_RANGE[1] else None


def _value(kind: str, name: str, text: str) -> tuple[Any, bool]:
    """(the value, whether llama-server accepts it) for a flag's word or an environment value, compared exactly as
    arg.cpp does: `is_truthy` is "on", "enabled", "true" or "1" and nothing else ("ON" is not), a KV cache type is
    ggml's lower-case name, -ngl's words are "auto" and "all"."""
    if kind == "text":
        if name in ("cache_type_k", "cache_type_v", "cache_type_k_draft", "cache_type_v_draft"):
            return text, text in KV_CACHE_TYPES
        return text, bool(text.strip()) and "\x00" not in text
    if kind == "fa":
        fa = "on" if text in _TRUTHY else "off" if text in _FALSEY else "auto" if text in _AUTOY else None
        return fa, fa is not None
    if kind == "ngl":
        if text in ("auto", "all"):
            return (-1 if text == "auto" else -2), True
        n = _number(text)
        return n, n is not None and -2 <= n < _HIGHEST
    if kind == "bool":
        return text in _TRUTHY, text in _TRUTHY or text in _FALSEY
    if kind == "switch":  # a switch's variable: applied when truthy, else ignored (arg.cpp: `handler_void`)
        return text in _TRUTHY, True
    n = _number(text)
    highest = MOST_SLOTS + 1 if name == "parallel" else _HIGHEST
    ok = n is not None and _LOWEST.get(name, 0) <= n < highest and not (name == "parallel" and n == 0)
    return n, ok


def parse(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> LaunchFlags:
    """The flags of a llama-server command line (`argv[0]` is the program) and of its environment. Never raises."""
    words = [w if isinstance(w, str) else "" for w in list(argv)[: MAX_WORDS + 1]]
    if len(words) > MAX_WORDS:
        return LaunchFlags(problems=(Reason(TOO_LONG, {"words": len(argv)}),))
    values: dict[str, Any] = {}
    shown: dict[str, str] = {}
    problems: list[Reason] = []

    def bad(flag: str, text: str) -> None:
        problems.append(Reason(BAD_VALUE, {"flag": shown_text(flag), "value": shown_text(text)}))

    for key, (kind, name) in _ENV.items():
        raw = (environ or {}).get(key)
        if not isinstance(raw, str) or len(raw) > MAX_WORD_CHARS:
            continue
        if isinstance((environ or {}).get(key.replace("LLAMA_ARG_", "LLAMA_ARG_NO_", 1)), str) and kind == "bool":
            continue  # its LLAMA_ARG_NO_ variable wins, and this one is not even read (arg.cpp get_value_from_env)
        value, ok = _value(kind, name, raw)
        if not ok:
            bad(key, raw)
        elif kind != "switch" or value:
            values[name] = value
            shown[name] = f"{key}={_shown_value(name, raw)}"
    for key, name in _ENV_NEGATED.items():
        raw = (environ or {}).get(key)
        if isinstance(raw, str) and len(raw) <= MAX_WORD_CHARS:
            values[name] = False
            shown[name] = f"{key}={shown_text(raw)}"

    i = 1
    while i < len(words):
        word = words[i]
        i += 1
        if len(word) > MAX_WORD_CHARS:
            continue
        flag = word.replace("_", "-") if word.startswith("--") else word
        known = _FLAGS.get(flag)
        if known is None:
            continue  # another flag (its value, if any, is a word no flag of ours matches)
        kind, name = known
        if kind in ("on", "off"):
            values[name] = kind == "on"
            shown[name] = word
            continue
        following = words[i] if i < len(words) else None
        if kind == "fa" and (following is None or (following.startswith("-") and following not in _AUTOY)):
            values[name], shown[name] = "on", word  # the switch of older builds
            continue
        if following is None:
            problems.append(Reason(WITHOUT_VALUE, {"flag": shown_text(word)}))
            break
        i += 1
        if len(following) > MAX_WORD_CHARS:
            bad(word, following)
            continue
        value, ok = _value(kind, name, following)
        if not ok:
            bad(word, following)
            continue
        values[name] = value
        shown[name] = f"{word} {_shown_value(name, following)}"
    return replace(LaunchFlags(**values), shown=shown, problems=tuple(problems))


def read_process(pid: int, *, with_environment: bool = True) -> LaunchFlags:
    """The flags of the running process `pid` (psutil: its command line and, where the OS shows it to this user,
    its `LLAMA_ARG_*` environment); a process that is gone or not this user's is a problem code, never raised."""
    import psutil

    try:
        proc = psutil.Process(pid)
        argv = proc.cmdline()
    except psutil.AccessDenied:
        return LaunchFlags(problems=(Reason(UNREADABLE, {"reason": "access_denied"}),))
    except (psutil.Error, OSError):
        return LaunchFlags(problems=(Reason(UNREADABLE, {"reason": "gone"}),))
    environ: dict[str, str] = {}
    if with_environment:
        try:
            # only llama.cpp's own settings
            environ = {k: v for k, v in proc.environ().items() if k in _ENV or k in _ENV_NEGATED}
        except (psutil.Error, OSError):
            environ = {}  # not shown to this user: the command line alone
    return parse(argv, environ)


def process_folder(pid: int) -> str | None:
    """The working folder of `pid` (relative paths on its command line start there); None when not shown."""
    import psutil

    try:
        return str(psutil.Process(pid).cwd())
    except (psutil.Error, OSError):
        return None


# ---------------------------------------------------------------------------------------------- the prediction

# the order the flags taken into account are said in
_SAID = (
    "cache_type_k",
    "cache_type_v",
    "flash_attn",
    "ubatch_size",
    "batch_size",
    "mmproj",
    "draft",
    "cache_type_k_draft",
    "cache_type_v_draft",
    "gpu_layers_draft",
    "device_draft",
    "gpu_layers",
    "n_cpu_moe",
    "cpu_moe",
    "ctx_size",
    "kv_unified_per_slot",
    "parallel",
    "kv_unified",
    "swa_full",
    "kv_offload",
)
ALL_EXPERTS = 10_000  # --cpu-moe: every layer's routed experts in RAM (as `estimate --cpu-moe`)


@dataclass(frozen=True)
class AsStarted:
    """The estimate for the server as it was started: its figures, and the flags that changed it."""

    ram_bytes: int
    vram_bytes: int
    tokens_per_second: float | None
    tokens_per_second_range: tuple[float, float] | None
    gpu_layers: int
    total_layers: int
    used: tuple[str, ...] = ()  # the flags taken into account, as given ("-ctk q8_0", "--mmproj mmproj-F16.gguf")
    problems: tuple[Reason, ...] = ()
    image_bytes: int = 0  # what the projector's first image adds (its compute buffer, the image in RAM): counted
    slots: int = 1  # the server's slots, counted in the prediction
    kv_unified: bool = False  # whether they share one KV cache (else each has its own, of /props's context)
    checkpoint_bytes: int = 0  # one context checkpoint (0: the model needs none), not in the prediction
    checkpoints: int = 0  # the most a slot keeps (--ctx-checkpoints)
    # of the prediction, the compute buffer in system RAM (every layer on the CPU): reserved whole, but in RAM only
    # the part the prompts so far reached is resident (the attention scores over the cells in use)
    compute_ram_bytes: int = 0


def started_cells(
    flags: LaunchFlags, slot_context: int, context_train: int | None, kv_layout: KvLayout
) -> tuple[int, tuple[str, ...]]:
    """(the whole KV cache's context as llama-server sized it, the flags that said it). /props `n_ctx` is one
    slot's limit, `min(n_ctx_seq, --kv-unified-per-slot, n_ctx_train)` (server-context.cpp `n_ctx_slot`), not the
    cache: `-c N` (N > 0) is the cache's whatever the trained context (llama-context.cpp: padded to 256, split between
    the streams); without `-c`, `--kv-unified-per-slot N` sizes it `-np × N` (server.cpp); `-c 0` (or none) is the
    trained context in each stream (common/fit.cpp `n_ctx = n_ctx_train × n_streams`), which /props shows unless
    --kv-unified-per-slot caps it below. Else /props's context in each stream."""
    per_slot = flags.kv_unified_per_slot or 0
    if flags.ctx_size is not None and flags.ctx_size > 0:
        return flags.ctx_size, ("ctx_size",)
    if per_slot > 0 and flags.ctx_size is None:
        return kv_layout.slots * per_slot, ("kv_unified_per_slot",)
    if per_slot > 0 and context_train:  # -c 0 given: the pool is the trained context, /props the per-slot cap
        return context_train * kv_layout.streams, ("ctx_size", "kv_unified_per_slot")
    return slot_context * kv_layout.streams, ()


def _resolve(path: str, folder: str | None) -> str:
    p = PurePath(path)
    return str(PurePath(folder) / p) if folder and not p.is_absolute() else path


def _time_left(deadline: Any) -> float | None:
    return None if deadline is None else float(deadline.remaining())


def _projector(path: str, *, flash_attention: bool, deadline: Any) -> tuple[int, int | None, int | None]:
    """(file size, compute bytes, host bytes) of a projector: its size, and what one image adds by its header (None:
    the default's), as `llm-advisor estimate --mmproj` counts it. Raises OSError or ValueError."""
    import os

    from advisor.core.files import require_regular_file
    from advisor.core.gguf import GgufError, read_gguf
    from advisor.core.sizing.projector import projector_compute_bytes, projector_host_bytes, projector_shape

    require_regular_file(path)
    size = os.stat(path).st_size
    left = _time_left(deadline)
    if left is not None and left <= 0:
        raise TimeoutError("no time left to read the projector's header")
    try:
        shape = projector_shape(read_gguf(path, time_limit_s=left).metadata)
    except GgufError:
        shape = None
    if shape is None:
        return size, (None if flash_attention else projector_compute_bytes(None, flash_attention=False)), None
    return size, projector_compute_bytes(shape, flash_attention=flash_attention), projector_host_bytes(shape)


def _draft(path: str, deadline: Any) -> Any:
    from advisor.core.gguf import read_gguf, spec_from_gguf

    left = _time_left(deadline)
    if left is not None and left <= 0:
        raise TimeoutError("no time left to read the draft model's header")
    return spec_from_gguf(read_gguf(path, time_limit_s=left))


def as_started(
    spec: Any,
    profile: Any,
    *,
    context: int,
    flags: LaunchFlags | None,
    model_path: str | None = None,
    folder: str | None = None,
    slots: int | None = None,
    multimodal: bool | None = None,
    deadline: Any = None,
) -> AsStarted:
    """The estimate for `spec` at `context` (one slot's, as /props says) on `profile`, with what `flags` change:
    the KV cache's types, `-fa off` (the text model's attention scores, a projector's buffer), the micro-batch
    (`-ub`, `-b`), a projector, a draft model (in a context with the model's settings, and its own `-ctkd`, `-ctvd`,
    `-ngld`, `-devd none`), `-ngl`, `--n-cpu-moe`, and
    `-np` without a unified cache (a cache per slot). `slots` (/props `total_slots`) multiplies a recurrent model's
    state. Relative paths start in the process's `folder`. Raises ValueError as `estimate` does."""
    from advisor.core.sizing import estimate_on
    from advisor.core.sizing.errors import SizingError
    from advisor.core.sizing.estimate import check_kv_types
    from advisor.core.sizing.machine import machine_from_profile

    flags = flags or LaunchFlags()
    problems = list(flags.problems)
    if (
        flags.model
        and model_path
        and PurePath(flags.model.replace("\\", "/")).name != PurePath(model_path.replace("\\", "/")).name
    ):
        # another model than /props names (a router's own command line, or a restarted server): not this one's
        problems.append(Reason(OTHER_MODEL, {"file": _shown_value("model", flags.model)}))
        flags = LaunchFlags()
    used: set[str] = set()
    image = 0
    machine = machine_from_profile(profile)
    k, v = flags.cache_type_k or "f16", flags.cache_type_v or "f16"
    used.update(name for name, t in (("cache_type_k", k), ("cache_type_v", v)) if t != "f16")

    if flags.mmproj and flags.mmproj_auto is not False and multimodal is not False:
        fa = flags.flash_attn != "off"
        try:
            size, compute, host = _projector(_resolve(flags.mmproj, folder), flash_attention=fa, deadline=deadline)
        except (OSError, ValueError) as exc:
            problems.append(_unreadable(flags, "mmproj", exc))
        else:
            spec = replace(spec, projector_bytes=size, projector_compute_bytes=compute, projector_host_bytes=host)
            image = (compute or _default_compute()) + (host or _default_host())
            used.update(("mmproj", "flash_attn"))  # -fa said only where given: it sizes the projector's buffer
    draft = None
    draft_settings = flags.draft_settings()
    if flags.draft:
        try:
            draft = _draft(_resolve(flags.draft, folder), deadline)
        except (OSError, ValueError) as exc:  # GgufError is a ValueError
            problems.append(_unreadable(flags, "draft", exc))
        else:
            used.add("draft")
            # its own cache types, and its layers kept off the GPU (-ngld 0, -devd none) or split (-ngld N)
            used.update(
                name
                for name in ("cache_type_k_draft", "cache_type_v_draft")
                if (getattr(flags, name) or "f16") != "f16"
            )
            n = draft_settings.gpu_layers  # None: every layer on the GPU, as without these flags
            if machine.gpus and n is not None:
                if flags.device_draft == "none":
                    used.add("device_draft")
                elif n <= (draft.layers or n):  # -ngld above its layers: every layer, as auto
                    used.add("gpu_layers_draft")
    n_cpu_moe = 0
    if spec.experts and machine.gpus and (flags.cpu_moe or flags.n_cpu_moe):
        n_cpu_moe = ALL_EXPERTS if flags.cpu_moe else int(flags.n_cpu_moe or 0)
        used.add("cpu_moe" if flags.cpu_moe else "n_cpu_moe")
    # the slots (one recurrent state and, sharing one cache, one sliding window each; else a cache each),
    # --swa-full, -nkvo and the V half's own type: the KV cache as llama-server lays it out (memory.KvLayout)
    kv_layout = replace(flags.kv_layout(slots), type_v=v if v != k else None, batching=flags.batching())
    try:
        check_kv_types(spec, k, kv_layout)
    except SizingError as exc:  # llama-server does not start so: no prediction for a start that cannot be
        raise Refused(_refused_reason(flags)) from exc
    # -fa off (the text model's attention scores, and a projector's), -ub and -b where they change the micro-batch
    if not kv_layout.batching.flash_attn:
        used.add("flash_attn")
    if kv_layout.batching.micro_batch != Batching().micro_batch:
        used.update(name for name in ("ubatch_size", "batch_size") if getattr(flags, name) is not None)
    if kv_layout.slots > 1:
        used.update(("parallel", "kv_unified"))
    if kv_layout.swa_full and spec.sliding_window:
        used.add("swa_full")
    if not kv_layout.offload and machine.gpus:
        used.add("kv_offload")
    # the whole cache's context as the server sized it (-c, --kv-unified-per-slot), else /props's slot context in
    # each stream
    cells, sized_by = started_cells(flags, context, spec.context_train, kv_layout)
    if cells != context * kv_layout.streams:
        used.update(sized_by)
    refused = too_large(cells, kv_layout.slots)
    if refused is not None:  # a real (if unusual) server the sizing does not handle: said as such, no prediction
        raise Refused(refused)
    # -ngl N below what the GPUs hold: llama.cpp's count, the last N - 1 repeating layers and the output layer on the
    # GPUs (estimate_on's `ngl`); every layer is the layers + 1, the output being one
    sized = functools.partial(
        estimate_on,
        spec,
        machine,
        context=cells,
        kv_type=k,
        kv_layout=kv_layout,
        draft=draft,
        n_cpu_moe=n_cpu_moe,
        draft_settings=draft_settings,
    )
    ngl = None
    if machine.gpus and flags.gpu_layers is not None and flags.gpu_layers >= 0:
        layout = sized()
        held = layout.total_layers + 1 if layout.gpu_layers >= layout.total_layers else layout.gpu_layers
        if flags.gpu_layers < held:
            ngl = flags.gpu_layers
            used.add("gpu_layers")
    est = sized(ngl=ngl)
    each = next((r.values.get("each_bytes") for r in est.remarks if r.code == REMARK_CONTEXT_CHECKPOINTS), 0)
    return AsStarted(
        ram_bytes=est.memory.ram_bytes,
        vram_bytes=est.memory.vram_bytes,
        tokens_per_second=est.tokens_per_second,
        tokens_per_second_range=est.tokens_per_second_range,
        gpu_layers=est.gpu_layers,
        total_layers=est.total_layers,
        used=tuple(flags.shown[name] for name in _SAID if name in used and name in flags.shown),
        problems=tuple(problems),
        image_bytes=image,
        slots=kv_layout.slots,
        kv_unified=kv_layout.unified,
        checkpoint_bytes=each if isinstance(each, int) else 0,
        checkpoints=CTX_CHECKPOINTS if flags.ctx_checkpoints is None else flags.ctx_checkpoints,
        compute_ram_bytes=est.memory.compute_bytes if est.gpu_layers == 0 else 0,
    )


def too_large(cells: int, slots: int) -> Reason | None:
    """CACHE_TOO_LARGE when a KV cache of `cells` tokens in all is more than the sizing handles, else None."""
    from advisor.core.sizing.estimate import MAX_CONTEXT

    if cells <= MAX_CONTEXT:
        return None
    return Reason(CACHE_TOO_LARGE, {"context": cells, "slots": slots, "most": MAX_CONTEXT})


class Refused(ValueError):
    """`as_started` for flags whose KV cache llama-server refuses to start with (sizing.estimate.check_kv_types):
    `reason` is the problem to say (REFUSED, with the flags as given)."""

    def __init__(self, reason: Reason) -> None:
        self.reason = reason
        super().__init__(reason.code)


def _refused_reason(flags: LaunchFlags) -> Reason:
    said = [flags.shown[name] for name in ("cache_type_k", "cache_type_v", "flash_attn") if name in flags.shown]
    return Reason(REFUSED, {"flags": shown_text(" ".join(said) or "-ctk/-ctv", limit=2 * MAX_SHOWN_CHARS)})


def _default_compute() -> int:
    from advisor.core.sizing.projector import projector_compute_bytes

    return projector_compute_bytes()


def _default_host() -> int:
    from advisor.core.sizing.projector import projector_host_bytes

    return projector_host_bytes()


def _unreadable(flags: LaunchFlags, name: str, exc: BaseException) -> Reason:
    flag = flags.shown.get(name, name).split(" ", 1)[0].split("=", 1)[0]
    file = _shown_value(name, str(getattr(flags, name) or ""))
    reason = (
        "timeout"
        if isinstance(exc, TimeoutError)
        else "missing"
        if isinstance(exc, FileNotFoundError)
        else "unreadable"
    )
    return Reason(FILE_UNREADABLE, {"flag": flag, "file": file, "reason": reason})
