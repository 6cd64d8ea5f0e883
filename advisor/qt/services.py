"""The core functions the pages call, bundled so tests (and the screenshot script) can swap in fakes.

Each default imports its core module on first call — on a worker thread, after the window is on screen — so
start-up never pays for psutil, huggingface_hub, openai or genai-prices.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


def _lazy(module: str, name: str) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(module), name)(*args, **kwargs)

    call.__name__ = name
    call.__qualname__ = f"{module}.{name}"
    return call


def tier_estimate(
    profile: Any, tier: str, quant: str | None, *, context: int, model: str | None = None, n_cpu_moe: int = 0
) -> Any:
    """The estimate of the model the verdict chose for a class (what the Recommendation page's bar shows): the
    same core estimate the recommendation was made of, in its placement (`n_cpu_moe`: the layers whose routed
    experts it keeps in RAM), so the bar, the label and the table agree."""
    from advisor.core.sizing.estimate import estimate
    from advisor.core.sizing.tiers import reference_at, tier_by_name

    found = tier_by_name(tier)
    spec = next((s for s in found.references if s.name == model), found.reference)
    return estimate(reference_at(spec, quant or "Q4_K_M"), profile, context=context, n_cpu_moe=n_cpu_moe)


@dataclass(frozen=True)
class Services:
    # hardware
    detect: Callable[..., Any] = field(default_factory=lambda: _lazy("advisor.core.hardware", "detect"))
    what_if: Callable[..., Any] = field(default_factory=lambda: _lazy("advisor.core.hardware.profile_io", "what_if"))
    all_gpus: Callable[..., Any] = field(default_factory=lambda: _lazy("advisor.core.hardware.gpu_table", "all_gpus"))
    gpu_table_source: Callable[..., Any] = field(
        default_factory=lambda: _lazy("advisor.core.hardware.gpu_table", "table_source")
    )
    open_energy_meter: Callable[..., Any] = field(
        default_factory=lambda: _lazy("advisor.core.hardware.power", "open_energy_meter")
    )
    # sizing
    recommend: Callable[..., Any] = field(default_factory=lambda: _lazy("advisor.core.sizing", "recommend"))
    tier_estimate: Callable[..., Any] = tier_estimate
    estimate_local_models: Callable[..., Any] = field(
        default_factory=lambda: _lazy("advisor.core.sizing", "estimate_local_models")
    )
    # the user's benchmark correcting this machine's speed estimates
    calibrate: Callable[..., Any] = field(default_factory=lambda: _lazy("advisor.core.sizing.calibration", "calibrate"))
    reset_calibration: Callable[..., Any] = field(
        default_factory=lambda: _lazy("advisor.core.sizing.calibration", "reset")
    )
    # the saved calibration file as read (a `Loaded`: why it is ignored, when it is)
    saved_calibration: Callable[..., Any] = field(
        default_factory=lambda: _lazy("advisor.core.sizing.calibration", "saved")
    )
    # catalogue
    search: Callable[..., Any] = field(default_factory=lambda: _lazy("advisor.core.catalog", "search"))
    download: Callable[..., Any] = field(default_factory=lambda: _lazy("advisor.core.catalog", "download"))
    lmstudio_deep_link: Callable[..., Any] = field(
        default_factory=lambda: _lazy("advisor.core.catalog", "lmstudio_deep_link")
    )
    verify_models: Callable[..., Any] = field(default_factory=lambda: _lazy("advisor.core.catalog", "verify_models"))
    # servers
    check_server: Callable[..., Any] = field(default_factory=lambda: _lazy("advisor.core.servers", "check"))
    after_load: Callable[..., Any] = field(
        default_factory=lambda: _lazy("advisor.core.servers.after_load", "after_load")
    )
    discover_servers: Callable[..., Any] = field(default_factory=lambda: _lazy("advisor.core.servers", "discover"))
    benchmark: Callable[..., Any] = field(default_factory=lambda: _lazy("advisor.core.servers", "benchmark"))
    stream_chat: Callable[..., Any] = field(default_factory=lambda: _lazy("advisor.core.servers", "stream_chat"))
    # costs
    default_cost_inputs: Callable[..., Any] = field(
        default_factory=lambda: _lazy("advisor.core.costs", "default_inputs")
    )
    compare_costs: Callable[..., Any] = field(default_factory=lambda: _lazy("advisor.core.costs", "compare"))
    cumulative_series: Callable[..., Any] = field(
        default_factory=lambda: _lazy("advisor.core.costs", "cumulative_series")
    )
    list_api_models: Callable[..., Any] = field(
        default_factory=lambda: _lazy("advisor.core.costs.prices", "list_api_models")
    )
    # report
    assemble_assessment: Callable[..., Any] = field(
        default_factory=lambda: _lazy("advisor.core.report", "assemble_assessment")
    )
    render_report: Callable[..., Any] = field(default_factory=lambda: _lazy("advisor.core.report", "render"))
    write_pdf: Callable[..., Any] = field(default_factory=lambda: _lazy("advisor.qt.pdf", "write_pdf"))
