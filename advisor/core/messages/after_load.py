"""Checked after load, in words: predicted against used memory and speed, what was not measured, and why a large
gap happened. The CLI (`server --after-load`), the Local server page and the report all speak through here.

Each function takes plain figures (not the dataclass), so the report, which works from a saved JSON, says the same.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import PurePath
from typing import Any

from advisor.core.messages import servers
from advisor.core.messages.speaker import Speaker
from advisor.core.messages.translations import QT_TRANSLATE_NOOP, Msg

LABELS = {
    "memory": QT_TRANSLATE_NOOP("AfterLoad", "Memory"),
    "speed": QT_TRANSLATE_NOOP("AfterLoad", "Speed"),
    "model": QT_TRANSLATE_NOOP("AfterLoad", "Model loaded"),
    "why": QT_TRANSLATE_NOOP("AfterLoad", "Why they differ"),
    "recommendation": QT_TRANSLATE_NOOP("AfterLoad", "Against the recommendation"),
    "not_measured": QT_TRANSLATE_NOOP("AfterLoad", "Not measured"),
    "started": QT_TRANSLATE_NOOP("AfterLoad", "As started"),
    "slots": QT_TRANSLATE_NOOP("AfterLoad", "Slots"),
}
MEMORY = QT_TRANSLATE_NOOP("AfterLoad", "predicted {predicted} · using {used}")
MEMORY_OLLAMA = QT_TRANSLATE_NOOP("AfterLoad", "predicted {predicted} · Ollama reports {used}")
MEMORY_PREDICTED = QT_TRANSLATE_NOOP("AfterLoad", "predicted {predicted} · use not measured")
MEMORY_USED = QT_TRANSLATE_NOOP("AfterLoad", "using {used} · no prediction")
SPLIT = QT_TRANSLATE_NOOP("AfterLoad", "{ram} of RAM + {vram} on the graphics card")
PROCESS = QT_TRANSLATE_NOOP("AfterLoad", "process {pid}")
SPEED = QT_TRANSLATE_NOOP("AfterLoad", "predicted {predicted} · measured {measured}")
SPEED_PREDICTED = QT_TRANSLATE_NOOP("AfterLoad", "predicted {predicted} · run the benchmark to measure it")
MODEL = QT_TRANSLATE_NOOP("AfterLoad", "{file} ({quant}) at {context} tokens of context")
MODEL_NO_QUANT = QT_TRANSLATE_NOOP("AfterLoad", "{file} at {context} tokens of context")
# the llama-server flags the prediction took into account (AfterLoad.started_with), listed as given
STARTED = QT_TRANSLATE_NOOP("AfterLoad", "{flags} (in the prediction)")
# llama-server's slots (AfterLoad.slots, kv_unified), when more than one: how the prediction counted them
SLOTS_SHARED = QT_TRANSLATE_NOOP("AfterLoad", "{slots} parallel requests sharing one KV cache (in the prediction)")
SLOTS_SPLIT = QT_TRANSLATE_NOOP(
    "AfterLoad", "{slots} parallel requests, each with a KV cache of its own for {context} tokens (in the prediction)"
)

NOTES: dict[str, Msg] = {  # AfterLoad.notes beyond servers.AFTER_LOAD_NOTES (which keeps the first five)
    "no_model_loaded": QT_TRANSLATE_NOOP(
        "AfterLoad", "The server holds no model in memory now: load one and check again."
    ),
    "file_not_found": QT_TRANSLATE_NOOP(
        "AfterLoad", "The server names its model, but its file is not in that program's models folder here."
    ),
    "context_unknown": QT_TRANSLATE_NOOP(
        "AfterLoad", "The server does not say its context: the prediction is for {context} tokens."
    ),
    "bench_other_model": QT_TRANSLATE_NOOP(
        "AfterLoad",
        "The last benchmark measured {model}, not the model loaded now: benchmark this one to compare its speed.",
    ),
}
# what of a llama-server's command line could not be used (AfterLoad.command_line: servers.command_line's codes)
COMMAND_LINE: dict[str, Msg] = {
    "command_line_unreadable/access_denied": QT_TRANSLATE_NOOP(
        "AfterLoad",
        "The server's command line cannot be read (another user's process): the prediction assumes llama-server's "
        "defaults for the KV cache, projector and layers.",
    ),
    "command_line_unreadable": QT_TRANSLATE_NOOP(
        "AfterLoad",
        "The server's command line could not be read in time: the prediction assumes llama-server's defaults for "
        "the KV cache, projector and layers.",
    ),
    "command_line_too_long": QT_TRANSLATE_NOOP(
        "AfterLoad",
        "The server's command line has {words} words, more than any llama-server needs: its flags are not used "
        "and the prediction assumes the defaults.",
    ),
    "flag_without_value": QT_TRANSLATE_NOOP(
        "AfterLoad", "{flag} at the end of the command line has no value: left out of the prediction."
    ),
    "flag_bad_value": QT_TRANSLATE_NOOP(
        "AfterLoad", "{flag} {value}: not a value llama-server accepts for it: left out of the prediction."
    ),
    "flag_file_unreadable": QT_TRANSLATE_NOOP(
        "AfterLoad", "{flag} {file}: the file cannot be read here: left out of the prediction."
    ),
    "command_line_other_model": QT_TRANSLATE_NOOP(
        "AfterLoad",
        "The process's command line names {file}, not the model the server reports: its flags are not used.",
    ),
}
# the explanations said under "Against the recommendation" (servers.after_load.AGAINST_RECOMMENDATION; the messages
# import no decision code)
AGAINST_RECOMMENDATION = frozenset({"context_differs", "quant_differs"})
EXPLANATIONS: dict[str, Msg] = {  # AfterLoad.explanations: Reason(code, values)
    "context_differs": QT_TRANSLATE_NOOP(
        "AfterLoad",
        "The server runs with {server_context} tokens of context; the recommendation assumed {assumed_context}. "
        "The prediction here is for the server's context.",
    ),
    "quant_differs": QT_TRANSLATE_NOOP(
        "AfterLoad",
        "The file is {file_quant}; for its size class ({tier}) the recommendation here is {expected_quant}, which "
        "needs a different amount of memory and runs at another speed.",
    ),
    "partly_on_cpu": QT_TRANSLATE_NOOP(
        "AfterLoad",
        "Only {used_vram_bytes} is on the graphics card where {predicted_vram_bytes} was predicted: part of the "
        "model runs on the processor, which is slower.",
    ),
    "other_gpu_memory": QT_TRANSLATE_NOOP(
        "AfterLoad",
        "Other programs hold {other_vram_bytes} of graphics memory, so the model did not fit beside them: close "
        "them and load the model again.",
    ),
    "app_counted": QT_TRANSLATE_NOOP(
        "AfterLoad", "The memory of {server}'s own application is counted together with the model's."
    ),
    "image_not_seen": QT_TRANSLATE_NOOP(
        "AfterLoad",
        "The prediction counts {image_bytes} for the vision projector's first image; llama-server takes that "
        "memory when it encodes one, so before the first image it is not in use.",
    ),
    "context_checkpoints": QT_TRANSLATE_NOOP(
        "AfterLoad",
        "After a prompt llama-server keeps context checkpoints in system RAM, not counted in the prediction: up to "
        "{checkpoints} here, {each_bytes} each ({most_bytes} at most). The {gap_bytes} above the prediction is "
        "within that; --ctx-checkpoints N keeps fewer.",
    ),
    "memory_gap_unexplained": QT_TRANSLATE_NOOP(
        "AfterLoad",
        "The server uses {used_bytes} where {predicted_bytes} was predicted, and nothing seen here explains it "
        "(its settings, such as the batch size or a quantized KV cache, may differ).",
    ),
    "speed_gap_unexplained": QT_TRANSLATE_NOOP(
        "AfterLoad",
        "It generates {measured} where {predicted} was predicted, with the model where it was expected: another "
        "program may be using the processor, the graphics card or the memory, or the server runs with other "
        "settings.",
    ),
}


def _file_name(path: str | None, model: str | None) -> str:
    if path:
        return PurePath(path.replace("\\", "/")).name
    return model or "?"


def memory(say: Speaker, predicted_bytes: int | None, used_bytes: int | None, source: str = "process") -> str:
    """'predicted 5.0 GiB · using 4.8 GiB' (or Ollama's own figure); '' when neither is known."""
    if predicted_bytes is None and used_bytes is None:
        return ""
    if used_bytes is None:
        return say.t(MEMORY_PREDICTED, predicted=say.gib(predicted_bytes))
    if predicted_bytes is None:
        return say.t(MEMORY_USED, used=say.gib(used_bytes))
    template = MEMORY_OLLAMA if source == "ollama_ps" else MEMORY
    return say.t(template, predicted=say.gib(predicted_bytes), used=say.gib(used_bytes))


def split(say: Speaker, ram_bytes: int | None, vram_bytes: int | None, pid: int | None = None) -> str:
    """'(process 1234: 0.4 GiB of RAM + 4.4 GiB on the graphics card)': where the memory in use is."""
    parts = []
    if pid is not None:
        parts.append(say.t(PROCESS, pid=str(pid)))
    if ram_bytes is not None and vram_bytes:
        parts.append(say.t(SPLIT, ram=say.gib(ram_bytes), vram=say.gib(vram_bytes)))
    return f"({': '.join(parts)})" if parts else ""


def speed(say: Speaker, predicted: float | None, measured: float | None) -> str:
    """'predicted 42.0 tokens/s · measured 39.0 tokens/s'; '' without a prediction."""
    if predicted is None:
        return ""
    if measured is None:
        return say.t(SPEED_PREDICTED, predicted=say.speed(predicted))
    return say.t(SPEED, predicted=say.speed(predicted), measured=say.speed(measured))


def model(say: Speaker, path: str | None, name: str | None, quant: str | None, context: int | None) -> str:
    """'Llama-3.1-8B-Q4_K_M.gguf (Q4_K_M) at 4,096 tokens of context'."""
    template = MODEL if quant else MODEL_NO_QUANT
    return say.t(template, file=_file_name(path, name), quant=quant or "", context=context)


def note(say: Speaker, code: str, values: Mapping[str, Any] | None = None) -> str:
    """What could not be measured (AfterLoad.notes)."""
    msg = NOTES.get(code)
    if msg is not None:
        return say.t(msg, **dict(values or {}))
    return servers.after_load_note(say, code)


def command_line(say: Speaker, code: str, values: Mapping[str, Any]) -> str | None:
    """What of a llama-server's command line could not be used (AfterLoad.command_line); None: not such a code."""
    key = f"{code}/{values.get('reason')}" if code == "command_line_unreadable" else code
    msg = COMMAND_LINE.get(key) or COMMAND_LINE.get(code)
    if msg is None:
        return None
    shown = {"flag": "?", "value": "?", "file": "?", "words": "?", **dict(values)}
    return say.t(msg, **shown)


def started(say: Speaker, flags: Any) -> str:
    """'-ctk q8_0, -ctv q8_0, --mmproj mmproj-F16.gguf (in the prediction)'; '' when none was taken."""
    shown = [str(f) for f in (flags or ()) if isinstance(f, str) and f]
    return say.t(STARTED, flags=", ".join(shown)) if shown else ""


def slots(say: Speaker, count: Any, unified: Any, context: Any) -> str:
    """'4 parallel requests sharing one KV cache: …': how the prediction counted llama-server's slots; '' for one
    (or none said)."""
    if not isinstance(count, int) or isinstance(count, bool) or count <= 1:
        return ""
    if unified is False:
        return say.t(SLOTS_SPLIT, slots=count, context=context if isinstance(context, int) else "?")
    return say.t(SLOTS_SHARED, slots=count)


def reason(say: Speaker, code: str, values: Mapping[str, Any]) -> str:
    """Why the figures differ (AfterLoad.explanations), a command-line note or a missing-data note: the report words
    all three here."""
    flagged = command_line(say, code, values)
    if flagged is not None:
        return flagged
    msg = EXPLANATIONS.get(code)
    if msg is None:
        return note(say, code, values)
    shown = dict(values)
    if code == "speed_gap_unexplained":
        shown["measured"] = say.speed(_float(values.get("measured_tokens_per_second")))
        shown["predicted"] = say.speed(_float(values.get("predicted_tokens_per_second")))
    if code == "app_counted":
        shown["server"] = servers.kind_name(say, values.get("kind") or "lmstudio")
    return say.t(msg, **shown)


def _float(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def rows(say: Speaker, a: Any) -> list[tuple[str, str]]:
    """(label, text) rows for an AfterLoad (the CLI and the app): memory, speed, model; then notes and reasons
    come from `remarks`."""
    out: list[tuple[str, str]] = []
    mem = memory(say, a.predicted_bytes, a.used_bytes, a.used_source)
    if mem:
        pid = a.pid if a.used_source == "process" else None  # Ollama's figures are its own, not a process's
        where = split(say, a.used_ram_bytes, a.used_vram_bytes, pid)
        out.append((say.t(LABELS["memory"]), f"{mem} {where}".strip()))
    fast = speed(say, a.predicted_tokens_per_second, a.measured_tokens_per_second)
    if fast:
        out.append((say.t(LABELS["speed"]), fast))
    if a.model_path or a.model:
        context = a.context or a.assumed_context
        path = None if a.kind == "ollama" and a.model else a.model_path  # Ollama's blobs are named by their hash
        out.append((say.t(LABELS["model"]), model(say, path, a.model, a.quant or a.server_quant, context)))
    flags = started(say, getattr(a, "started_with", ()))
    if flags:
        out.append((say.t(LABELS["started"]), flags))
    shared = slots(say, getattr(a, "slots", None), getattr(a, "kv_unified", None), a.context)
    if shared:
        out.append((say.t(LABELS["slots"]), shared))
    return out


def why(say: Speaker, a: Any) -> list[str]:
    """Why the figures differ (AfterLoad.explanations but those `against_recommendation` holds), one sentence each."""
    return [reason(say, r.code, r.values) for r in a.explanations if r.code not in AGAINST_RECOMMENDATION]


def against_recommendation(say: Speaker, a: Any) -> list[str]:
    """Where the server's model or context is not what the recommendation gives (never a cause of a gap: the
    prediction is for what the server really runs), one sentence each."""
    return [reason(say, r.code, r.values) for r in a.explanations if r.code in AGAINST_RECOMMENDATION]


def note_values(a: Any) -> dict[str, Any]:
    """The values the notes name: the context the prediction assumed, the model a benchmark measured."""
    return {"context": a.assumed_context or 4096, "model": a.measured_model or "?"}


def missing(say: Speaker, a: Any) -> list[str]:
    """What could not be measured or known (AfterLoad.notes), then what of the server's command line could not be
    used (AfterLoad.command_line), one sentence each."""
    flags = [reason(say, r.code, r.values) for r in getattr(a, "command_line", ())]
    return [note(say, code, note_values(a)) for code in a.notes] + flags


def labelled_rows(say: Speaker, a: Any) -> list[tuple[str, str | list[str]]]:
    """`rows`, then "Why they differ", "Against the recommendation" and "Not measured" as lists (empty ones are
    left out by the front ends)."""
    out: list[tuple[str, str | list[str]]] = list(rows(say, a))
    out.append((say.t(LABELS["why"]), why(say, a)))
    out.append((say.t(LABELS["recommendation"]), against_recommendation(say, a)))
    out.append((say.t(LABELS["not_measured"]), missing(say, a)))
    return out


# the compute buffer a run on the processor has not used yet (servers.after_load.COMPUTE_NOT_TOUCHED)
EXPLANATIONS["compute_not_touched"] = QT_TRANSLATE_NOOP(
    "AfterLoad",
    "The prediction counts llama-server's whole compute buffer, {compute_bytes}, which grows with -ub and, with "
    "-fa off, with the context; in system RAM only the part the prompts so far have reached is in use, so long "
    "prompts bring the use up to it.",
)


# a KV cache llama-server refuses to start with (servers.command_line.REFUSED): different K and V types on a latent
# (MLA) cache, or a quantized V cache with flash attention off (src/llama-context.cpp)
COMMAND_LINE["command_line_refused"] = QT_TRANSLATE_NOOP(
    "AfterLoad",
    "{flags}: llama-server does not start this model with that KV cache (different K and V types on a latent "
    "cache, or a quantized V cache with flash attention off), so no prediction is made for it.",
)


# the loaded model's header was not read within the check's own time (servers.after_load.MODEL_TIMEOUT)
NOTES["model_timeout"] = QT_TRANSLATE_NOOP(
    "AfterLoad",
    "The model file it names could not be read within the check's time limit: check again, or allow more time.",
)
# a KV cache of more tokens than the sizing handles (servers.command_line.CACHE_TOO_LARGE): -c and -np together
COMMAND_LINE["kv_cache_too_large"] = QT_TRANSLATE_NOOP(
    "AfterLoad",
    "The server's KV cache holds {context} tokens in all ({slots} slots), more than the {most} tokens the advisor "
    "can size, so no prediction is made for it.",
)
