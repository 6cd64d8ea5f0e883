"""llama.cpp's own dry run (`llama-fit-params`) beside the advisor's estimate, in words: the problems, the two
figures side by side, the per-device table and the arguments llama.cpp would choose.

The command line and the app render these with their `Speaker`; `advisor.core.sizing.llama_fit` decides.
"""

from __future__ import annotations

from typing import Any

from advisor.core.messages.sizing import ALL_LAYERS_ON_GPU, LAYERS_ON_GPU
from advisor.core.messages.speaker import Speaker
from advisor.core.messages.translations import QT_TRANSLATE_NOOP, Msg

PROBLEMS: dict[str, Msg] = {  # `FitProblem` values
    "not_installed": QT_TRANSLATE_NOOP(
        "FitParams",
        "llama.cpp's llama-fit-params was not found, so there is nothing to compare with (install llama.cpp, or "
        "set LLAMA_FIT_PARAMS to the program).",
    ),
    "not_a_file": QT_TRANSLATE_NOOP("FitParams", "The model file cannot be read: {detail}."),
    "cannot_start": QT_TRANSLATE_NOOP("FitParams", "llama-fit-params could not be started: {detail}."),
    "timed_out": QT_TRANSLATE_NOOP(
        "FitParams", "llama-fit-params gave no answer within {timeout_s} s and was stopped."
    ),
    "too_much_output": QT_TRANSLATE_NOOP("FitParams", "llama-fit-params printed far more than a plan and was stopped."),
    "cancelled": QT_TRANSLATE_NOOP("FitParams", "The comparison with llama.cpp was cancelled."),
    "not_a_model": QT_TRANSLATE_NOOP("FitParams", "llama.cpp could not load this file as a model."),
    "cannot_fit": QT_TRANSLATE_NOOP(
        "FitParams", "llama.cpp found no setting that fits this model in this computer's free memory."
    ),
    "crashed": QT_TRANSLATE_NOOP("FitParams", "llama-fit-params crashed (exit code {exit_code})."),
    "failed": QT_TRANSLATE_NOOP("FitParams", "llama-fit-params stopped with exit code {exit_code}."),
    "unparseable": QT_TRANSLATE_NOOP(
        "FitParams", "llama-fit-params answered, but not in a form this version of the advisor understands."
    ),
}
NOT_INSTALLED_AT = QT_TRANSLATE_NOOP(  # not_installed, when the person named the program's path
    "FitParams", "No llama-fit-params program at {detail}, so there is nothing to compare with."
)
SAID = QT_TRANSLATE_NOOP("FitParams", "llama.cpp said: {detail}")
SIDE_BY_SIDE = QT_TRANSLATE_NOOP("FitParams", "advisor {advisor} · llama.cpp {llama}")
ABOVE = QT_TRANSLATE_NOOP("FitParams", "the advisor's figure is {difference} ({percent} %) above llama.cpp's")
BELOW = QT_TRANSLATE_NOOP("FitParams", "the advisor's figure is {difference} ({percent} %) below llama.cpp's")
SAME = QT_TRANSLATE_NOOP("FitParams", "the same figure")
PARTS = QT_TRANSLATE_NOOP(
    "FitParams",
    "weights {advisor_weights} / {llama_model} · KV cache {advisor_kv} / {llama_context} · "
    "compute {advisor_compute} / {llama_compute} (advisor / llama.cpp)",
)
RUNTIME = QT_TRANSLATE_NOOP(
    "FitParams",
    "Not in llama.cpp's table: the advisor's {runtime_bytes} for the program itself and the GPU driver.",
)
RUNTIME_CPU = QT_TRANSLATE_NOOP(
    "FitParams", "Not in llama.cpp's table: the advisor's {runtime_bytes} for the program itself."
)
DEVICE = QT_TRANSLATE_NOOP(
    "FitParams", "{device}: model {model_bytes} · context {context_bytes} · compute {compute_bytes}"
)
PLAN = QT_TRANSLATE_NOOP(
    "FitParams", "llama.cpp would start it with -c {context} -ngl {gpu_layers}; the advisor puts {advisor_layers}."
)
PLAN_CPU = QT_TRANSLATE_NOOP(
    "FitParams", "llama.cpp would start it with -c {context} and finds no graphics card to use, as the advisor."
)
NO_TABLE = QT_TRANSLATE_NOOP("FitParams", "llama-fit-params chose its arguments but printed no memory table.")
FULL_BATCH_LOGITS = QT_TRANSLATE_NOOP(
    "FitParams",
    "llama.cpp's compute figure includes the logits of a whole {batch}-token batch ({logits_bytes}); llama-server "
    "does not allocate them for a chat, so the advisor leaves them out.",
)
MODEL_ALONE = QT_TRANSLATE_NOOP(
    "FitParams",
    "Compared for the model alone: llama-fit-params loads neither a draft model nor a vision projector.",
)
SEPARATE_SLOTS = QT_TRANSLATE_NOOP(
    "FitParams",
    "Compared as {slots} separate caches, one per slot: llama-fit-params cannot share one cache between slots "
    "as llama-server does (-kvu, and its automatic -np).",
)
REAL_MACHINE = QT_TRANSLATE_NOOP(
    "FitParams", "llama.cpp plans for this computer's real devices, not for a described machine."
)


def _gib(say: Speaker, n_bytes: int | None) -> str:
    """Two decimals: the two figures are usually close."""
    return say.gib(n_bytes, 2)


def problem(say: Speaker, code: str, *, detail: str = "", exit_code: int | None = None, seconds: float = 0) -> str:
    """The sentence for a `FitProblem` code, with what llama.cpp said when it said something."""
    msg = PROBLEMS.get(code, PROBLEMS["failed"])
    if code == "not_installed" and detail:  # the path the person gave: name it
        msg = NOT_INSTALLED_AT
    text = say.t(msg, detail=detail or "?", exit_code=exit_code, timeout_s=round(seconds))
    if detail and code in ("not_a_model", "cannot_fit", "crashed", "failed", "unparseable"):
        text += " " + say.t(SAID, detail=detail)
    return text


def headline(say: Speaker, comparison: Any) -> str:
    """'advisor 1.23 GiB · llama.cpp 1.20 GiB', or the problem when llama.cpp gave no figure."""
    run = comparison.run
    if comparison.llama_bytes is None:
        if run.problem is not None:
            return problem(
                say,
                str(run.problem),
                detail=run.detail,
                exit_code=run.exit_code,
                seconds=run.elapsed_s,
            )
        return say.t(NO_TABLE)
    return say.t(SIDE_BY_SIDE, advisor=_gib(say, comparison.advisor_bytes), llama=_gib(say, comparison.llama_bytes))


def difference(say: Speaker, comparison: Any) -> str | None:
    diff, ratio = comparison.difference_bytes, comparison.difference_ratio
    if diff is None:
        return None
    if ratio is None or _gib(say, comparison.advisor_bytes) == _gib(say, comparison.llama_bytes):
        return say.t(SAME)  # only when the two figures shown are the same
    msg = ABOVE if diff > 0 else BELOW
    return say.t(msg, difference=_gib(say, abs(diff)), percent=say.number(abs(ratio) * 100, 1))


def detail_lines(say: Speaker, comparison: Any, *, what_if: bool = False) -> list[str]:
    """The lines under the headline: difference, per part, per device, llama.cpp's arguments, notes; for a described
    machine (`what_if`), first that llama.cpp planned for this one, and no difference between the two plans."""
    lines: list[str] = []
    plan = comparison.run.plan
    # a described machine beside llama.cpp's plan for this one: said first, and no difference in percent between
    # two machines' plans (newcomer round: an RTX 4060 Ti's plan against this GPU-less computer's was "24.4 % above")
    if what_if and plan is not None:
        lines.append(say.t(REAL_MACHINE))
    diff = None if what_if else difference(say, comparison)
    if diff:
        lines.append(diff)
    if plan is not None and plan.devices:
        lines.append(
            say.t(
                PARTS,
                advisor_weights=_gib(say, comparison.advisor_weights_bytes),
                llama_model=_gib(say, plan.model_bytes),
                advisor_kv=_gib(say, comparison.advisor_kv_cache_bytes),
                llama_context=_gib(say, plan.context_bytes),
                advisor_compute=_gib(say, comparison.advisor_compute_bytes),
                llama_compute=_gib(say, plan.compute_bytes),
            )
        )
        if len(plan.devices) > 1:
            lines += [
                say.t(
                    DEVICE,
                    device=d.name,
                    model_bytes=d.model_bytes,
                    context_bytes=d.context_bytes,
                    compute_bytes=d.compute_bytes,
                )
                for d in plan.devices
            ]
    no_gpu = plan is not None and not any(d.total_bytes is not None for d in plan.devices)
    if no_gpu and plan is not None and plan.context is not None and comparison.advisor_gpu_layers == 0:
        lines.append(say.t(PLAN_CPU, context=str(plan.context)))  # "-ngl -1" means nothing without a card
    elif plan is not None and plan.context is not None and plan.gpu_layers is not None:
        lines.append(
            say.t(
                PLAN,
                context=str(plan.context),  # an argument, not a figure: never grouped
                gpu_layers=str(plan.gpu_layers),
                advisor_layers=say.t(
                    ALL_LAYERS_ON_GPU
                    if (comparison.advisor_gpu_layers or 0) >= (comparison.total_layers or 1)  # not "48 of 48"
                    else LAYERS_ON_GPU,
                    gpu_layers=comparison.advisor_gpu_layers,
                    total_layers=comparison.total_layers,
                ),
            )
        )
    logits = getattr(comparison, "full_batch_logits_bytes", 0)
    if (
        plan is not None
        and plan.devices
        and logits
        and plan.compute_bytes - comparison.advisor_compute_bytes > logits / 2
    ):
        lines.append(say.t(FULL_BATCH_LOGITS, batch=comparison.full_batch_tokens, logits_bytes=logits))
    if comparison.llama_bytes is not None and comparison.advisor_runtime_bytes:
        runtime = RUNTIME if comparison.advisor_gpu_layers else RUNTIME_CPU
        lines.append(say.t(runtime, runtime_bytes=comparison.advisor_runtime_bytes))
    if getattr(comparison, "model_alone", False):
        lines.append(say.t(MODEL_ALONE))
    if getattr(comparison, "separate_slots", 0):
        lines.append(say.t(SEPARATE_SLOTS, slots=comparison.separate_slots))
    return lines
