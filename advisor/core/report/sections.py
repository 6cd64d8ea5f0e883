"""What a report says, section by section, built from the Assessment's JSON form.

Working from the JSON form (not the dataclasses) means a saved `report.json` renders exactly like a fresh
assessment, and a field another module adds later never breaks a report.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from advisor.core.jsonio import finite_number
from advisor.core.messages.after_load import AGAINST_RECOMMENDATION
from advisor.core.messages.figures import figure
from advisor.core.messages.ranges import end_decimals
from advisor.core.messages.sizing import memory_short
from advisor.core.report.document import (
    OS_NAMES,
    Block,
    Bullets,
    Cell,
    Command,
    Document,
    Heading,
    KeyValues,
    Link,
    Paragraph,
    Table,
    Wording,
)
from advisor.core.types import nothing_fits

DASH = "—"
_REPO_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,95}/[A-Za-z0-9][A-Za-z0-9._-]{0,95}$")
_URL = re.compile(r"^https?://[^\s<>\"'`]+$")
_VENDOR_NAMES = {"nvidia": "NVIDIA", "amd": "AMD", "intel": "Intel", "apple": "Apple"}  # the same in every language
_UNKNOWN = {"", "unknown", "none", "?"}
_ORIGIN_WORDS = {  # costs.ownership.HardwareOrigin
    "detected": "this machine (detected)",
    "saved_detection": "a saved detection of a computer (a detect --json file)",
    "file": "a hardware file (what-if)",
    "what_if": "what-if hardware chosen in the app (not this computer)",
}
_BANDWIDTH_WORDS = {
    "measured": "measured",
    "estimated": "estimated",
    "table": "from the chip's specifications",
    "file": "given in the hardware file",
    "ram_spec": "from the memory's type and speed",
    "cpu_family": "from the processor's family",
}
_PART_WORDS = {  # PartProblem.part
    "hardware": "Hardware",
    "recommendation": "Recommendation",
    "local_models": "Models already in LM Studio",
    "models": "Model search",
    "server": "Server check",
    "benchmark": "Benchmark",
    "after_load": "Checked after load",
    "costs": "Cost comparison",
    "data_sources": "Data sources",
}
_BENCH_SOURCE_WORDS = {  # servers.types.Benchmark.source
    "llama.cpp_timings": "llama.cpp's own timings",
    "lmstudio_stats": "LM Studio's own statistics",
    "client_usage": "timed here, tokens counted by the server",
    "client_count": "timed and counted here",
}


# --------------------------------------------------------------------------- figures


def _m(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _seq(value: Any) -> Sequence[Any]:
    return value if isinstance(value, list | tuple) else ()


def _num(value: Any) -> float | None:
    """A finite number from a saved report's JSON, else None (a hand-edited 10**400 overflowed float(): the render
    crashed; inf and nan read as nothing)."""
    return finite_number(value)


def _text(value: Any) -> str:
    if value is None or value == "":
        return DASH
    return str(value)


class _Words:
    """Shortcuts over a Wording for the figures (written the language's way) and the codes that need words."""

    def __init__(self, wording: Wording) -> None:
        self.w = wording
        self.t = wording.t

    def fixed(self, value: Any, unit: str = "", kind: str = "speed") -> str:
        """A figure with as many decimals as its kind needs (figures.KINDS), then its unit."""
        n = _num(value)
        if n is None:
            return DASH
        return figure(n, kind, self.w.number) + (f" {unit}" if unit else "")

    def money(self, value: Any, currency: str, kind: str = "money") -> str:
        """An amount (or a price per kWh or per million tokens) with its currency's decimals, as the CLI and the app
        write it (`figures.decimals`): 4,35 EUR, 0,435 EUR, 23.539 COP."""
        n = _num(value)
        if n is None:
            return DASH
        return figure(n, kind, self.w.number, currency) + (f" {currency}" if currency else "")

    def bytes(self, value: Any) -> str:
        n = _num(value)
        if n is None:
            return DASH
        if abs(n) < 2**30:
            return f"{self.w.number(n / 2**20, 0)} MiB"
        return f"{self.w.number(n / 2**30, 1)} GiB"

    def yes_no(self, value: Any) -> str:
        if value is None:
            return DASH
        return self.t("yes") if value else self.t("no")

    def budget_lines(self, budget: Mapping[str, Any]) -> list[str]:
        if self.w.budget_lines is not None:
            return self.w.budget_lines(budget)
        from advisor.core.messages.report import budget_lines

        return budget_lines(self._english(), budget)

    def lacks_quant(self, quant: str, model: str, shown: str, offline: bool) -> str:
        if self.w.lacks_quant is not None:
            return self.w.lacks_quant(quant, model, shown, offline)
        from advisor.core.messages import catalog

        return catalog.lacks_recommended_quant(self._english(), quant, model, shown, offline=offline)

    def prompt_line(
        self,
        speed: float | None,
        span: Sequence[float] | None,
        context: int | None,
        fill: Sequence[float] | None = None,
        full: float | None = None,
        point: float | None = None,
    ) -> str:
        if self.w.prompt_line is not None:
            return self.w.prompt_line(speed, span, context, fill, full, point)
        from advisor.core.messages.sizing import prompt_line

        return prompt_line(self._english(), speed, span, context, fill, full, point, report=True)

    def _english(self) -> Any:
        """English words with this wording's figures (`Wording.number`), for the lines a wording does not give."""
        from advisor.core.messages.language import NumberStyle
        from advisor.core.messages.speaker import Speaker

        number = self.w.number

        class Figures(NumberStyle):
            def number(self, value: float, decimals: int = 1) -> str:
                return number(value, decimals)

        return Speaker("en", Figures())

    def fit(self, value: Any, tight: Any = False) -> str:
        """A fit level with its tight flag, as every table and line of the CLI and the app writes it."""
        if not value:
            return DASH
        words = self.w.fit(str(value))
        return self.w.tight(words) if tight is True else words

    def code(self, words: Mapping[str, str], value: Any) -> str:
        """A code the core stores (a source, a method) in words; an unknown one as it is."""
        return self.t(words[value]) if value in words else _text(value)

    def speed(self, value: Any) -> str:
        return self.fixed(value, self.t("tokens/s"))

    def date(self, value: Any) -> str:
        """An ISO date (or moment) written the language's way: "5 de diciembre de 2026"."""
        return self.w.date(str(value)) if value not in (None, "") else DASH

    def known(self, *values: Any) -> str:
        """Values a probe may not have found ("unknown", "" or None) joined by spaces; "unknown" in words when
        none was found."""
        found = [str(v) for v in values if v is not None and str(v).strip().lower() not in _UNKNOWN]
        return " ".join(found) if found else self.t("unknown")

    def vendor(self, value: Any) -> str:
        """A GPU vendor code ("nvidia") as the company writes its name."""
        if value in _VENDOR_NAMES:
            return _VENDOR_NAMES[value]
        return self.t("other") if value == "other" else _text(value)

    def rate(self, value: Any) -> str:
        """tokens/s as a bare figure, for table columns whose header carries the unit."""
        return self.fixed(value)

    def speed_with_range(self, point: Any, span: Any) -> str:
        """ "13.3 tokens/s (7.6–17 tokens/s)": the estimate and where about 80 % of real runs fall."""
        shown = self.speed(point)
        bounds = self.speed_range(span)
        return shown if shown == DASH or bounds == DASH else f"{shown} ({bounds})"

    def speed_range(self, value: Any) -> str:
        pair = _seq(value)
        if len(pair) != 2 or _num(pair[0]) is None or _num(pair[1]) is None:
            return DASH
        low, high = (float(_num(x) or 0.0) for x in pair)
        ends = (self.w.number(x, end_decimals(x)) for x in (low, high))
        return "–".join(ends) + " " + self.t("tokens/s")


def _repo_link(repo_id: Any) -> Cell:
    text = _text(repo_id)
    if isinstance(repo_id, str) and _REPO_ID.match(repo_id) and ".." not in repo_id:
        return Link(text, f"https://huggingface.co/{repo_id}")
    return text


# --------------------------------------------------------------------------- sections


def _summary(data: Mapping[str, Any], w: _Words) -> list[Block]:
    t = w.t
    rows: list[tuple[str, Cell]] = []
    rec = data.get("recommendation")
    if isinstance(rec, Mapping):
        if rec.get("tier") and rec.get("model"):  # the model named, as the Recommendation page names it
            what = t(
                "{model} ({tier} class) at {quant}",
                model=rec["model"],
                tier=rec["tier"],
                quant=_text(rec.get("quant")),
            )
            what += f" — {w.fit(rec.get('fit'), rec.get('tight'))}, {w.speed(rec.get('tokens_per_second'))}"
        elif rec.get("tier"):
            what = t("{tier} models at {quant}", tier=rec["tier"], quant=_text(rec.get("quant")))
            what += f" — {w.fit(rec.get('fit'), rec.get('tight'))}, {w.speed(rec.get('tokens_per_second'))}"
        elif nothing_fits(_m(row).get("fit") for row in _seq(rec.get("tiers"))):  # memory ran out, not speed
            what = t("no size class fits this machine's memory at this context")
        else:
            what = t("no size class runs at a usable speed on this machine")
        rows.append((t("Recommended"), what))
    server = data.get("server")
    if isinstance(server, Mapping):
        problem = _m(server.get("problem"))
        if problem:
            sentence = w.w.problem(str(problem.get("code")), _problem_values(problem))[0]
            # its own sentence after a full stop: "problem: Nothing is listening" read wrong in Spanish, where a
            # colon is followed by a small letter ("problema: Nada escucha")
            state = t("not working. {sentence}", sentence=sentence)
        elif server.get("reachable"):
            state = t("{kind}, working", kind=w.w.server_kind(_text(server.get("kind"))))
        else:
            state = t("not reachable")
        rows.append((t("Server"), f"{_text(server.get('url'))}: {state}"))
    bench = data.get("benchmark")
    if isinstance(bench, Mapping):
        rows.append((t("Measured speed"), _measured_speed(bench, rec if isinstance(rec, Mapping) else {}, w)))
    costs = data.get("costs")
    if isinstance(costs, Mapping):
        cur = _text(costs.get("currency"))
        local, api = _m(costs.get("local")), _m(costs.get("api"))
        model, api_model = _costed_model(costs), api.get("model")
        amounts = {"local": w.money(local.get("total_per_month"), cur), "api": w.money(api.get("total_per_month"), cur)}
        # which local model and which API: `cost --server-url` costs the model the server runs, the report the
        # recommended one (said, so two figures for one machine are not taken for a contradiction)
        said = (
            t(
                "local {local} ({model}), API {api} ({api_model})",
                model=model,
                api_model=w.w.api_name(str(api_model)),
                **amounts,
            )
            if model and isinstance(api_model, str) and api_model
            else t("local {local}, API {api}", **amounts)
        )
        rows.append((t("Cost per month"), said))
    return [Heading(t("Summary")), KeyValues(tuple(rows))] if rows else []


def _costed_model(costs: Mapping[str, Any]) -> str | None:
    """The local model a cost comparison prices: the one its generation speed is of (the recommendation's or the
    benchmarked one's), where its origin names it."""
    origins = _seq(_m(costs.get("inputs")).get("origins"))
    speed = next((_m(o) for o in origins if _m(o).get("input") == "tokens_per_second"), {})
    model = _m(speed.get("values")).get("model")
    return model if isinstance(model, str) and model.strip() else None


def _measured_speed(bench: Mapping[str, Any], rec: Mapping[str, Any], w: _Words) -> str:
    """The benchmark's speed with the model it measured, and whether that is another model than the one
    recommended (whose speed and cost the lines around it give)."""
    from advisor.core.costs.defaults import measures_model

    speed, model = w.speed(bench.get("tokens_per_second")), bench.get("model")
    if not isinstance(model, str) or not model or speed == DASH:
        return speed
    recommended = rec.get("model") if rec.get("tier") else None
    if isinstance(recommended, str) and not measures_model(model, recommended, rec.get("quant")):
        return w.t("{speed} with {model}, another model than the recommended one", speed=speed, model=model)
    return w.t("{speed} with {model}", speed=speed, model=model)


def _hardware(data: Mapping[str, Any], w: _Words) -> list[Block]:
    t = w.t
    hw = _m(data.get("hardware"))
    ram, cpu, os_, lms = _m(hw.get("ram")), _m(hw.get("cpu")), _m(hw.get("os")), _m(hw.get("lmstudio"))
    origin = data.get("hardware_origin")
    blocks: list[Block] = [Heading(t("Hardware"))]
    if origin in _ORIGIN_WORDS:
        blocks.append(Paragraph(t("Source: {origin}", origin=t(_ORIGIN_WORDS[origin])), note=True))
    assumed = _cpu_assumed(data, w)
    physical = _text(cpu.get("physical_cores")) if cpu.get("physical_cores") else assumed.get("cores", DASH)
    cores = f"{physical} / {_text(cpu.get('logical_cores'))}"
    rows: list[tuple[str, Cell]] = [
        (
            t("Memory (RAM)"),
            t(
                "{total} total, {available} available",
                total=w.bytes(ram.get("total_bytes")),
                available=w.bytes(ram.get("available_bytes")),
            ),
        ),
        (
            t("Memory bandwidth"),
            w.fixed(ram.get("bandwidth_gbps"), "GB/s", "gbps")
            + (f" ({w.code(_BANDWIDTH_WORDS, ram['bandwidth_source'])})" if ram.get("bandwidth_source") else ""),
        ),
        (t("Processor"), _processor(cpu, w)),
        (t("Cores (physical / logical)"), cores),
        (t("Instruction sets"), ", ".join(map(str, _seq(cpu.get("flags")))) or assumed.get("isa", DASH)),
        (t("Operating system"), w.known(OS_NAMES.get(str(os_.get("system")), os_.get("system")), os_.get("release"))),
    ]
    blocks.append(KeyValues(tuple(rows)))
    gpus = [_m(g) for g in _seq(hw.get("gpus"))]
    if gpus:
        blocks.append(
            Table(
                (t("GPU"), t("Vendor"), t("VRAM total"), t("VRAM free"), t("Bandwidth"), t("Power"), t("Driver")),
                tuple(
                    (
                        w.w.hardware_name(_text(g.get("name")))
                        + (f" ({t('unified memory')})" if g.get("unified_memory") else ""),
                        w.vendor(g.get("vendor")),
                        w.bytes(g.get("vram_total_bytes")),
                        w.bytes(g.get("vram_free_bytes")),
                        w.fixed(g.get("bandwidth_gbps"), "GB/s", "gpu_gbps"),
                        w.fixed(g.get("power_limit_watts"), "W", "watts")
                        if g.get("power_limit_watts") is not None
                        else w.fixed(g.get("board_power_watts"), "W", "watts")
                        + (f" ({t('board')})" if g.get("board_power_watts") else ""),
                        _text(g.get("driver")),
                    )
                    for g in gpus
                ),
                numeric=(2, 3, 4, 5),
            )
        )
    else:
        blocks.append(Paragraph(t("No GPU found: models run on the processor.")))
    if lms:
        blocks.append(
            KeyValues(
                (
                    (t("LM Studio models folder"), _text(lms.get("models_dir"))),
                    (t("Models already downloaded"), w.fixed(len(_seq(lms.get("models"))), kind="count")),
                    (t("Free disk space there"), w.bytes(lms.get("disk_free_bytes"))),
                )
            )
        )
    return blocks


def _cpu_assumed(data: Mapping[str, Any], w: _Words) -> dict[str, str]:
    """The processor's cores and instructions where the hardware did not give them, as the recommendation read them
    (`advisor.core.sizing.machine.cpu_assumptions`: from the name, the family, or a typical one; its "Assumed"
    list says how): the same figures `detect` and `recommend` show, marked assumed."""
    rec = _m(data.get("recommendation"))
    shown: dict[str, str] = {}
    for a in (_m(x) for x in _seq(rec.get("assumptions"))):
        values = _m(a.get("values"))
        if a.get("code") == "assume_cpu_cores" and _num(values.get("cores")) is not None:
            cores = w.fixed(values["cores"], kind="count")
            shown["cores"] = w.t("{value} (assumed)", value=cores)
        elif a.get("code") == "assume_cpu_isa" and values.get("isa"):
            shown["isa"] = w.t("{value} (assumed)", value=str(values["isa"]).upper())
    return shown


def _processor(cpu: Mapping[str, Any], w: _Words) -> str:
    """The processor's name and architecture, without the "unknown" a probe writes for what it could not read."""
    arch = cpu.get("arch")
    known_arch = arch is not None and str(arch).strip().lower() not in _UNKNOWN
    return w.known(cpu.get("brand")) + (f" ({arch})" if known_arch else "")


def _recommendation(data: Mapping[str, Any], w: _Words) -> list[Block]:
    rec = data.get("recommendation")
    if not isinstance(rec, Mapping):
        return []
    t = w.t
    blocks: list[Block] = [Heading(t("Recommendation"))]
    reasons = [_m(r) for r in _seq(rec.get("reasons"))]
    # how to load it in the placement its speed assumes, where the defaults would place it otherwise (a report saved
    # before `load` was kept: its mixture of experts' "moe_placement" reason says the same)
    load = _m(rec.get("load"))
    placed = next((_m(r.get("values")) for r in reasons if r.get("code") == "moe_placement"), None)
    if not load and placed:
        load = {"code": "load_experts_in_ram", "values": placed}
    # the context too, where it is not the default; a placement this version does not know is shown as it is below
    known = not load or w.w.how_to_load(load, None) is not None
    # nothing recommended: no model to load at any context
    worded = w.w.how_to_load(load or None, rec.get("context") if rec.get("tier") else None) if known else None
    how: tuple[tuple[str, Cell], ...] = ()
    if worded is not None:  # llama.cpp's flags on a line of their own, never broken at a hyphen
        how = ((t("How to load it"), Command(*worded)),)
    elif load:  # a code this version does not know (a report saved by a later one): shown as it is
        how = ((t("How to load it"), w.w.reason(str(load.get("code")), _m(load.get("values")))),)
    blocks.append(
        KeyValues(
            (
                (t("Size class"), _text(rec.get("tier"))),
                (t("Model"), _text(rec.get("model"))),
                (t("Quantisation"), _text(rec.get("quant"))),
                (t("Fit"), w.fit(rec.get("fit"), rec.get("tight"))),
                (
                    t("Expected speed"),
                    w.speed_with_range(rec.get("tokens_per_second"), rec.get("tokens_per_second_range")),
                ),
                *how,
                *_prompt_row(rec, w),
                (t("Context length"), w.fixed(rec.get("context"), t("tokens"), "count")),
                (t("Usable speed threshold"), w.speed(rec.get("min_tokens_per_second"))),
            )
        )
    )
    budget = _m(rec.get("budget"))
    if budget:
        # what open programs hold is measured on a detected machine only: a described one has no such row
        held = (
            ((t("Held by open programs"), w.bytes(budget.get("other_programs_bytes"))),)
            if budget.get("source") == "detected"
            else ()
        )
        blocks.append(
            KeyValues(
                (
                    (t("Memory in all"), w.bytes(budget.get("total_bytes"))),
                    (t("Kept for the system"), w.bytes(budget.get("system_reserve_bytes"))),
                    *held,
                    (t("Usable for the model"), w.bytes(budget.get("usable_bytes"))),
                )
            )
        )
        # the graphics card's share, the line the CLI and the Recommendation page show under the memory line
        blocks.extend(Paragraph(line) for line in w.budget_lines(budget)[1:])
    tiers = [_m(x) for x in _seq(rec.get("tiers"))]
    if tiers:
        blocks.append(
            Table(
                (
                    t("Class"),
                    t("Model"),
                    t("Runs here"),
                    t("Best quant"),
                    t("Fit"),
                    t("tokens/s"),
                    t("Needs"),
                    t("Available"),
                ),
                tuple(
                    (
                        _text(x.get("tier")),
                        _text(x.get("model")),
                        _runs(x, w),
                        _text(x.get("best_quant")),
                        w.fit(x.get("fit"), x.get("tight")),
                        w.rate(x.get("tokens_per_second")),
                        w.bytes(x.get("needs_bytes")),
                        # with the memory it is (VRAM, VRAM+RAM, RAM), as the CLI's and the app's tables say it
                        " ".join(filter(None, (w.bytes(x.get("available_bytes")), memory_short(x.get("memory"))))),
                    )
                    for x in tiers
                ),
                numeric=(5, 6, 7),
            )
        )
    if reasons:
        blocks.append(Paragraph(t("Why:")))
        blocks.append(Bullets(tuple(w.w.reason(str(r.get("code")), _m(r.get("values"))) for r in reasons)))
    calibrated = _m(rec.get("calibration"))
    if calibrated and _num(calibrated.get("factor")) is not None:  # the user's benchmark corrected the speeds above
        blocks.append(
            Paragraph(
                t(
                    "Calibrated by your benchmark of {model} on {date} (GPU speeds ×{factor})."
                    if calibrated.get("where") == "gpu"
                    else "Calibrated by your benchmark of {model} on {date} (processor speeds ×{factor}).",
                    model=_text(calibrated.get("model")),
                    date=w.w.date(_text(calibrated.get("date"))),
                    factor=w.w.number(_num(calibrated.get("factor")) or 0.0, 2),
                )
            )
        )
    assumed = [_m(r) for r in _seq(rec.get("assumptions"))]
    if assumed:
        blocks.append(Paragraph(t("Assumed about this computer:")))
        blocks.append(Bullets(tuple(w.w.reason(str(r.get("code")), _m(r.get("values"))) for r in assumed)))
    return blocks


def _pair(values: Sequence[Any]) -> tuple[float, float] | None:
    """Two numbers from a saved report's list, else None (a hand-edited report may hold anything)."""
    if len(values) != 2 or not all(_num(x) is not None for x in values):
        return None
    return float(values[0]), float(values[1])


def _prompt_row(rec: Mapping[str, Any], w: _Words) -> tuple[tuple[str, Cell], ...]:
    """Prompt processing and how long a long document waits before the answer starts, as `llm-advisor recommend`
    and the Recommendation page say it (none in a report saved before the recommendation had a prompt speed)."""
    span = _seq(rec.get("prompt_tokens_per_second_range"))
    fill = _seq(rec.get("context_fill_seconds_range"))  # a long context: a prompt filling it (none in older reports)
    context = _num(rec.get("context"))
    line = w.prompt_line(
        _num(rec.get("prompt_tokens_per_second")),
        _pair(span),
        int(context) if context else None,
        _pair(fill),
        _num(rec.get("full_context_tokens_per_second")),  # its answer with the context full (none in older reports)
        _num(rec.get("tokens_per_second")),  # the headline it is slower than
    )
    return ((w.t("Prompt processing"), line),) if line else ()


def _runs(tier: Mapping[str, Any], w: _Words) -> str:
    """The class runs at a good quant, only at the low quant the verdict names, or not: never "no" for a pick."""
    runs = tier.get("runs")
    if runs == "low_quant":
        return w.t("only at a low quant")
    if runs in ("yes", "no"):
        return w.yes_no(runs == "yes")
    return w.yes_no(tier.get("fits"))


def _local_model_row(item: Mapping[str, Any], w: _Words, models_dir: str | None) -> tuple[Cell, ...]:
    model = _m(item.get("model") or item.get("file"))
    est = _m(item.get("estimate")) or item
    path = _text(model.get("path") or item.get("path"))
    if models_dir and path.startswith(models_dir.rstrip("/\\")) and len(path) > len(models_dir) + 1:
        path = path[len(models_dir.rstrip("/\\")) + 1 :]  # as LM Studio lists it: publisher/repo/file
    size = model.get("size_bytes", item.get("size_bytes"))
    layers = f"{_text(est.get('gpu_layers'))} / {_text(est.get('total_layers'))}" if "gpu_layers" in est else DASH
    fit = w.fit(est.get("fit")) if est.get("fit") else w.w.reason(str(item["error"]), {}) if item.get("error") else DASH
    fit = _placed(w, fit, est)
    return (path, w.bytes(size), fit, layers, w.rate(est.get("tokens_per_second")))


def _placed(w: _Words, fit: str, est: Mapping[str, Any]) -> str:
    """A fit with the placement its speed assumes, briefly, in the words of the CLI's list and the app's table
    (`sizing.placement_short`: experts in RAM, a split by layers, the processor beside slower integrated graphics)."""
    placed = w.w.placement(est)
    return f"{fit} · {placed}" if placed else fit


def _local_models(data: Mapping[str, Any], w: _Words) -> list[Block]:
    items = [_m(x) for x in _seq(data.get("local_models"))]
    if not items:
        return []
    t = w.t
    return [
        Heading(t("Models already in LM Studio")),
        Table(
            (t("File"), t("Size"), t("Fit"), t("GPU layers"), t("tokens/s")),
            tuple(
                _local_model_row(x, w, _m(_m(data.get("hardware")).get("lmstudio")).get("models_dir")) for x in items
            ),
            numeric=(1, 4),
        ),
    ]


def _candidates(data: Mapping[str, Any], w: _Words) -> list[Block]:
    items = [_m(x) for x in _seq(data.get("candidates"))]
    source = data.get("catalog_source")
    if not items and source is None:
        return []
    t = w.t
    blocks: list[Block] = [Heading(t("Models that run here"))]
    if source == "offline":
        blocks.append(
            Paragraph(
                t("From the bundled offline snapshot of {date}.", date=w.date(data.get("catalog_retrieved_at"))),
                note=True,
            )
        )
    elif source:
        blocks.append(
            Paragraph(t("From the Hugging Face Hub, {date}.", date=w.date(data.get("catalog_retrieved_at"))), note=True)
        )
    trouble = [_m(p) for p in _seq(data.get("catalog_problems"))]
    if trouble:
        blocks.append(
            Bullets(
                tuple(
                    w.w.catalog_problem(str(p.get("code")), {"repo_id": p.get("repo_id"), **_m(p.get("values"))})
                    for p in trouble
                )
            )
        )
    rows: list[tuple[Cell, ...]] = []
    for c in items:
        files = [_m(f) for f in _seq(c.get("files"))] or [{}]
        for n, f in enumerate(files):
            rows.append(
                (
                    _repo_link(c.get("repo_id")) if n == 0 else "",  # the repository once, above its files
                    _text(f.get("quant")),
                    _text(f.get("path")),
                    w.bytes(f.get("size_bytes")),
                    _placed(w, w.fit(f.get("fit"), f.get("tight")), f),
                    w.rate(f.get("tokens_per_second")),
                    _text(c.get("license")) if n == 0 else "",
                )
            )
    if rows:
        blocks.append(
            Table(
                (t("Repository"), t("Quant"), t("File"), t("Size"), t("Fit"), t("tokens/s"), t("Licence")),
                tuple(rows),
                numeric=(3, 5),
            )
        )
        blocks.extend(_lacking_quant(data, items, w))
    else:
        blocks.append(Paragraph(t("No model of the recommended class was found.")))
    return blocks


def _lacking_quant(data: Mapping[str, Any], items: Sequence[Mapping[str, Any]], w: _Words) -> list[Block]:
    """Under the table, why a repo of the recommended model lists another quant than the recommendation's, as
    `llm-advisor models` says under it (newcomer round: the report costed Q5_K_M, listed no Q5_K_M file, and said
    nothing)."""
    from advisor.core.catalog.ranking import repo_lacks_quant

    rec = _m(data.get("recommendation"))
    model, quant = rec.get("model"), rec.get("quant")
    if not isinstance(model, str) or not isinstance(quant, str):
        return []
    notes: list[Block] = []
    for c in items:
        quants = [q if isinstance(q := _m(f).get("quant"), str) else None for f in _seq(c.get("files"))]
        if repo_lacks_quant(str(c.get("repo_id") or ""), quants, model, quant):
            shown = quants[0] or "?"
            text = w.lacks_quant(quant, model, shown, data.get("catalog_source") == "offline")
            notes.append(Paragraph(f"{_text(c.get('repo_id'))}: {text}", note=True))
    return notes


def _problem_values(problem: Mapping[str, Any]) -> Mapping[str, object]:
    return _m(problem.get("values")) or {k: v for k, v in problem.items() if k not in {"code", "message", "advice"}}


def _server(data: Mapping[str, Any], w: _Words) -> list[Block]:
    server, bench = data.get("server"), data.get("benchmark")
    if not isinstance(server, Mapping) and not isinstance(bench, Mapping):
        return []
    t = w.t
    blocks: list[Block] = [Heading(t("Local server"))]
    if isinstance(server, Mapping):
        rows: list[tuple[str, Cell]] = [
            (t("Address"), _text(server.get("url"))),
            (t("Reachable"), w.yes_no(server.get("reachable"))),
            (t("Server"), w.w.server_kind(_text(server.get("kind"))) if server.get("kind") else DASH),
        ]
        problem = _m(server.get("problem"))
        if problem:
            sentence, advice = w.w.problem(str(problem.get("code")), _problem_values(problem))
            rows.append((t("Problem"), sentence))
            if advice:
                rows.append((t("What to do"), advice))
        blocks.append(KeyValues(tuple(rows)))
        models = [_m(x) for x in _seq(server.get("models"))]
        if models:
            blocks.append(
                Table(
                    (t("Model on the server"), t("Loaded")),
                    tuple((_text(x.get("id")), w.yes_no(x.get("loaded"))) for x in models),
                )
            )
    if isinstance(bench, Mapping):
        blocks.append(Heading(t("Benchmark"), 3))
        blocks.append(
            KeyValues(
                (
                    (t("Model"), _text(bench.get("model"))),
                    (t("Generation speed"), w.speed(bench.get("tokens_per_second"))),
                    (t("Prompt processing"), _prompt_speed(bench, w)),
                    (t("Time to first token"), w.fixed(bench.get("ttft_ms"), "ms", "ms")),
                    (t("Tokens generated"), w.fixed(bench.get("completion_tokens"), kind="count")),
                    (t("Figures from"), _figures_from(bench, w)),
                    *_energy_rows(bench, w),
                )
            )
        )
    return blocks


_USED_SOURCE_WORDS = {  # servers.after_load.AfterLoad.used_source
    "process": "the server's process and its children",
    "ollama_ps": "Ollama's own figures",
}


def _sum(*values: Any) -> float | None:
    first = _num(values[0]) if values else None
    return None if first is None else first + sum(_num(v) or 0 for v in values[1:])


def _after_load(data: Mapping[str, Any], w: _Words) -> list[Block]:
    """What the server's loaded model really uses and how fast it runs, against the estimate, and why they differ
    (absent from reports made before the check existed, or when it was not done)."""
    a = data.get("after_load")
    if not isinstance(a, Mapping):
        return []
    t = w.t
    path, name = a.get("model_path"), a.get("model")
    ollama = a.get("kind") == "ollama"  # Ollama's files are blobs named by their hash: its name says more
    shown = str(path).replace("\\", "/").rsplit("/", 1)[-1] if path and not ollama else _text(name)
    quant = a.get("quant") or a.get("server_quant")
    rows: list[tuple[str, Cell]] = [
        (t("Model loaded"), f"{shown} ({quant})" if quant else shown),
        (t("Context on the server"), w.fixed(a.get("context"), kind="count")),
        (t("Predicted memory"), w.bytes(_sum(a.get("predicted_ram_bytes"), a.get("predicted_vram_bytes")))),
        (t("Memory in use"), w.bytes(_sum(a.get("used_ram_bytes"), a.get("used_vram_bytes")))),
        (t("Memory measured from"), w.code(_USED_SOURCE_WORDS, a.get("used_source") or "process")),
        (t("Predicted speed"), w.speed(a.get("predicted_tokens_per_second"))),
        (t("Measured speed"), w.speed(a.get("measured_tokens_per_second"))),
    ]
    started = [str(f) for f in _seq(a.get("started_with")) if isinstance(f, str) and f]
    if started:  # llama-server's flags the prediction took into account (absent from older reports)
        rows.append((t("As started"), ", ".join(started)))
    blocks: list[Block] = [Heading(t("Checked after load"), 3), KeyValues(tuple(rows))]
    explanations = [_m(r) for r in _seq(a.get("explanations"))]
    for heading, part in (
        (t("Why they differ"), [r for r in explanations if r.get("code") not in AGAINST_RECOMMENDATION]),
        (t("Against the recommendation"), [r for r in explanations if r.get("code") in AGAINST_RECOMMENDATION]),
    ):
        if part:
            blocks.append(Paragraph(heading))
            blocks.append(Bullets(tuple(w.w.after_load(str(r.get("code")), _m(r.get("values"))) for r in part)))
    notes = [str(n) for n in _seq(a.get("notes"))]
    flagged = [_m(r) for r in _seq(a.get("command_line"))]  # what of llama-server's command line was not used
    if notes or flagged:
        assumed = _num(a.get("assumed_context"))
        values = {"context": int(assumed) if assumed else 4096, "model": _text(a.get("measured_model"))}
        blocks.append(Paragraph(t("Not measured")))
        said = [w.w.after_load(n, values) for n in notes]
        said += [w.w.after_load(str(r.get("code")), _m(r.get("values"))) for r in flagged]
        blocks.append(Bullets(tuple(said)))
    return blocks


def _prompt_speed(bench: Mapping[str, Any], w: _Words) -> str:
    """Prompt processing, and why runs were left out of it (or why there is none) when the server took the prompt
    from its cache: the sentence `llm-advisor server --bench` prints."""
    cached, runs = _num(bench.get("prompt_cached_runs")), _num(bench.get("runs"))
    if not cached or runs is None:
        return w.speed(bench.get("prompt_tokens_per_second"))
    return w.w.prompt_speed(_num(bench.get("prompt_tokens_per_second")), int(cached), int(runs))


def _figures_from(bench: Mapping[str, Any], w: _Words) -> str:
    """Where the benchmark's figures came from, and which of the server's own were not used as implausible (the
    client's count or clock stood in): what `llm-advisor server --bench` says on its Benchmark line."""
    source = w.code(_BENCH_SOURCE_WORDS, bench.get("source"))
    odd = w.w.implausible([str(f) for f in _seq(bench.get("implausible")) if isinstance(f, str)])
    return f"{source}; {odd}" if odd else source


def _energy_rows(bench: Mapping[str, Any], w: _Words) -> tuple[tuple[str, Cell], ...]:
    """Joules per token and average power, where the benchmark could read an energy counter."""
    if _num(bench.get("joules_per_token")) is None:
        return ()
    meters = f" ({bench['energy_source']})" if bench.get("energy_source") else ""
    return (
        (w.t("Energy per token"), w.fixed(bench.get("joules_per_token"), "J", "joules") + meters),
        (w.t("Average power while generating"), w.fixed(bench.get("power_watts"), "W", "watts")),
    )


def _saving(w: _Words, costs: Mapping[str, Any]) -> str:
    """The month's verdict in `cost`'s words ("Saving with local: 19,662 CLP a month"): the report gave only the
    break-even, which for owned hardware is "at once" and says nothing of how much (newcomer round)."""
    saving = _num(costs.get("savings_per_month"))
    kind = _m(costs.get("break_even")).get("kind")
    if w.w.saving is None or saving is None or not isinstance(kind, str):
        return DASH
    return w.w.saving(kind, saving, w.money(abs(saving), _text(costs.get("currency")))) or DASH


def _costs(data: Mapping[str, Any], w: _Words) -> list[Block]:
    costs = data.get("costs")
    if not isinstance(costs, Mapping):
        return []
    t = w.t
    cur = _text(costs.get("currency"))
    local, api = _m(costs.get("local")), _m(costs.get("api"))
    blocks: list[Block] = [
        Heading(t("Costs")),
        Table(
            ("", t("Local"), t("API") + (f" ({w.w.api_name(str(api['model']))})" if api.get("model") else "")),
            (
                (t("Per month"), w.money(local.get("total_per_month"), cur), w.money(api.get("total_per_month"), cur)),
                (
                    t("Per million tokens"),
                    w.money(local.get("cost_per_million_tokens"), cur, "price_per_million"),
                    w.money(api.get("cost_per_million_tokens"), cur, "price_per_million"),
                ),
                (t("Electricity per month"), w.money(local.get("electricity_per_month"), cur), DASH),
                (t("Hardware amortisation per month"), w.money(local.get("amortisation_per_month"), cur), DASH),
            ),
            numeric=(1, 2),
        ),
    ]
    per_token = f"{w.money(api.get('price_input_per_million'), cur, 'price_per_million')} / " + w.money(
        api.get("price_output_per_million"), cur, "price_per_million"
    )
    fee = _num(api.get("fixed_per_month"))
    flat = bool(fee) and not (_num(api.get("price_input_per_million")) or _num(api.get("price_output_per_million")))
    rows: list[tuple[str, Cell]] = [
        # a subscription's price is its fee: "0.00 / 0.00 per million" read as a free API (code review)
        (t("API price"), w.w.flat_fee(w.money(fee, cur)))
        if flat and w.w.flat_fee is not None
        else (t("API price (input / output per million)"), per_token),
        (t("API price date"), w.date(api.get("price_date"))),
        (t("Energy per million tokens"), w.fixed(local.get("energy_wh_per_million_tokens"), "Wh", "watt_hours")),
        (t("Generation hours per month"), w.fixed(local.get("generation_hours_per_month"), "h", "hours")),
        (t("Break-even"), _break_even(w, costs)),
        (t("Verdict"), _saving(w, costs)),
        (t("Enough hours to generate it"), w.yes_no(costs.get("capacity_ok"))),
    ]
    blocks.append(KeyValues(tuple(rows)))
    assumptions = [  # the comparison's currency goes along, for the money figures among the values
        w.w.assumption(str(a.get("code")), {"currency": cur, **_m(a.get("values"))})
        if isinstance(a, Mapping)
        else str(a)
        for a in _seq(costs.get("assumptions"))
    ]
    if assumptions:
        blocks.append(Paragraph(t("Assumptions:")))
        blocks.append(Bullets(tuple(assumptions)))
    return blocks


def _link(url: Any) -> Cell:
    """A data source's address as a link (its host as the text); an address that is not plain http(s) as no link:
    a saved report.json is untrusted."""
    if not isinstance(url, str) or not _URL.match(url):
        return DASH
    host = url.split("://", 1)[1].split("/", 1)[0]
    return Link(host.removeprefix("www."), url)


def _sources(data: Mapping[str, Any], w: _Words) -> list[Block]:
    """One row per dataset: its name in the report's language, its publisher, the date of its figures and where
    it is published (`advisor.core.datasources.DataSource`; a version-1 report's `source` is its publisher)."""
    items = [_m(x) for x in _seq(data.get("data_sources"))]
    if not items:
        return []
    t = w.t
    return [
        Heading(t("Data sources")),
        Table(
            (t("Data"), t("Publisher"), t("Date"), t("Link")),
            tuple(
                (
                    w.w.dataset(str(x.get("name"))) if x.get("name") else DASH,
                    w.w.publisher(str(x.get("name") or ""), _text(x.get("publisher") or x.get("source"))),
                    w.date(x.get("date")),
                    _link(x.get("url")),
                )
                for x in items
            ),
        ),
    ]


def _problems(data: Mapping[str, Any], w: _Words) -> list[Block]:
    items = [_m(x) for x in _seq(data.get("problems"))]
    if not items:
        return []
    t = w.t
    words = {"unavailable": t("not available in this installation"), "failed": t("could not be produced")}
    return [
        Heading(t("Missing parts")),
        Bullets(
            tuple(
                t(
                    "{part}: {state}",
                    part=w.code(_PART_WORDS, x.get("part")),
                    state=words.get(str(x.get("code")), _text(x.get("code"))),
                )
                + (f" ({x['detail']})" if x.get("detail") else "")
                for x in items
            )
        ),
    ]


def build_document(data: Mapping[str, Any], wording: Wording) -> Document:
    """The report's content from `to_jsonable(assessment)` (or a saved report.json)."""
    w = _Words(wording)
    t = wording.t
    meta = t(
        "Created {created} by Local LLM Advisor {version}",
        created=w.date(data.get("created_at")),
        version=_text(data.get("app_version")),
    )
    blocks: list[Block] = [Paragraph(meta, note=True)]
    for section in (
        _summary,
        _hardware,
        _recommendation,
        _local_models,
        _candidates,
        _server,
        _after_load,
        _costs,
        _sources,
        _problems,
    ):
        blocks.extend(section(data, w))
    if not data.get("identifiers_included"):
        blocks.append(
            Paragraph(
                t(
                    "Host name and serial numbers are left out of this report; folders in your home are shown "
                    "from ~, without your user name."
                ),
                note=True,
            )
        )
    return Document(t("Local LLM Advisor report"), tuple(blocks))


def _break_even(w: _Words, costs: Mapping[str, Any]) -> str:
    """The core's verdict (`BreakEven`: at once, months, past the lifetime, never) in the report's language."""
    from advisor.core.costs.model import BreakEven

    verdict = BreakEven.from_json(costs)
    if verdict is None:
        return DASH
    return w.w.break_even(verdict.kind, verdict.months, verdict.lifetime_years)
