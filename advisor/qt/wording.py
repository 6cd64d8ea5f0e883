"""Codes from the core → sentences for people, in English and Spanish (core returns data, the UI words it)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from advisor.core.report.figures import COST_INPUT_KINDS
from advisor.qt import fmt

# a message value's name → the kind of figure it is (figures.KINDS), where one decimal would mislead
_VALUE_KINDS = {
    **COST_INPUT_KINDS,
    "table_price": "price_per_kwh",
    "per_month": "money",
    "hours_per_day_needed": "hours",
    "generation_hours_per_month": "hours",
    "powered_on_hours_per_month": "hours",
    "tokens_per_second": "speed",
    "min_tokens_per_second": "speed",
    "dense_tokens_per_second": "speed",
    "bandwidth_gbps": "gbps",
    "board_power_watts": "watts",
    "measured_watts": "watts",
    "unmetered_watts": "watts",
    "rest_of_system_watts": "watts",
}


def _values(values: Mapping[str, Any]) -> dict[str, str]:
    """Format the values a message needs: byte counts as GiB, floats with the locale's decimal sign and as many
    decimals as their kind needs (an exchange rate 0,8500, not 0,9)."""
    out: dict[str, str] = {}
    for key, value in values.items():
        if isinstance(value, bool) or value is None:
            out[key] = str(value) if value is not None else "—"
        elif isinstance(value, int) and key.endswith("_bytes"):
            out[key] = fmt.gib(value)
        elif isinstance(value, float):
            out[key] = fmt.figure(value, _VALUE_KINDS.get(key, ""))
        elif isinstance(value, int):
            out[key] = fmt.count(value)
        else:
            out[key] = str(value)
    return out


class _Default(dict):
    def __missing__(self, key: str) -> str:
        return "?"


def _fill(template: str, values: Mapping[str, Any]) -> str:
    return template.format_map(_Default(_values(values)))


def _reason_templates() -> dict[str, str]:
    return {
        "tier_chosen": QCoreApplication.translate(
            "Reasons", "A {tier} model ({model}) at {quant} needs {needs_bytes} and runs at about "
                       "{tokens_per_second} tokens per second here ({fit})."),
        "next_tier_needs_memory": QCoreApplication.translate(
            "Reasons", "The next size up ({tier} at {quant}) needs {needs_bytes}, but only "
                       "{available_bytes} of {memory} is free."),
        "next_tier_too_slow": QCoreApplication.translate(
            "Reasons", "The next size up ({tier} at {quant}) would fit but run at only "
                       "{tokens_per_second} tokens per second (below {min_tokens_per_second})."),
        "next_tier_low_quant_only": QCoreApplication.translate(
            "Reasons", "The next size up ({tier}) runs usably only at {quant}, below {min_good_quant}: "
                       "its answers would suffer."),
        "tight": QCoreApplication.translate(
            "Reasons", "Tight: the model takes {needs_bytes} of {total_bytes} and leaves the system less than it "
                       "needs for comfortable use. Close other programs (browser, games) before loading it, or "
                       "choose a lower quantisation."),
        "moe_chosen": QCoreApplication.translate(
            "Reasons", "{model} is a mixture of experts: {parameters} billion weights in memory but only "
                       "{active_parameters} billion read per token, so it runs like a small model. A dense {tier} "
                       "model such as {dense_model} would run at {dense_tokens_per_second} tokens per second."),
        "bigger_tight_split": QCoreApplication.translate(
            "Reasons", "A {tier} model ({model}) at {quant} would also run, but only with {gpu_layers} of "
                       "{total_layers} layers on the graphics card and too little memory left for the system "
                       "(about {tokens_per_second} tokens per second): possible, not advised."),
        "faster_choice": QCoreApplication.translate(
            "Reasons", "Faster choice: a {tier} model ({model}) at {quant} runs entirely on the graphics card at "
                       "about {tokens_per_second} tokens per second."),
        "largest_tier": QCoreApplication.translate("Reasons", "{tier} is the largest class we size."),
        "next_tier_context": QCoreApplication.translate(
            "Reasons", "No {tier} model we know is trained for {context} tokens of context (the longest: "
                       "{context_train})."),
        "shared_gpu_slower": QCoreApplication.translate(
            "Reasons", "The integrated graphics would generate more slowly than the processor beside it, so the "
                       "model runs on the processor."),
        "low_quant": QCoreApplication.translate(
            "Reasons", "Only a low quantisation ({quant}, below {min_good_quant}) fits for {tier}: "
                       "expect noticeably weaker answers."),
        "nothing_runs": QCoreApplication.translate(
            "Reasons", "Even a {tier} model at {quant} does not run usably: it needs {needs_bytes} of "
                       "{memory} ({available_bytes} free) or runs at {tokens_per_second} tokens per second."),
        "partial_offload": QCoreApplication.translate(
            "Reasons", "{gpu_layers} of {total_layers} layers fit on the graphics card; the rest runs "
                       "on the processor, which is slower."),
        "cpu_only": QCoreApplication.translate(
            "Reasons", "No usable graphics card: the model runs from system RAM on the processor."),
        "gpu_memory_in_use": QCoreApplication.translate(
            "Reasons", "The graphics card's memory is taken: only {vram_free_bytes} of {vram_total_bytes} is free, "
                       "not enough for one layer of a model, so the sizes are compared with system RAM. Close the "
                       "programs that hold graphics memory (games, another model) to use the card."),
        "not_found": QCoreApplication.translate("Reasons", "file not found"),
        "unreadable": QCoreApplication.translate("Reasons", "the file could not be read"),
        "not_gguf": QCoreApplication.translate("Reasons", "not a valid GGUF file"),
        "bandwidth_assumed": QCoreApplication.translate(
            "Reasons", "The memory speed of the {device} could not be measured; we assumed "
                       "{bandwidth_gbps} GB/s, so the speed is a rough guess."),
    }


def knows_reason(code: str) -> bool:
    return code in _reason_templates() or code.startswith("assume_")


def memory_name(kind: object) -> str:
    if kind == "vram":
        return QCoreApplication.translate("Reasons", "GPU memory")
    if kind == "vram_ram":
        return QCoreApplication.translate("Reasons", "GPU memory and system RAM together")
    return QCoreApplication.translate("Reasons", "system RAM")


def reason(r: Any) -> str:
    """A sizing `Reason(code, values)` in words."""
    from advisor.qt.widgets.fit import fit_text

    if r.code.startswith("assume_"):
        return assumption(r)
    template = _reason_templates().get(r.code)
    if r.code == "moe_chosen" and r.values.get("dense_tokens_per_second") is None:
        template = QCoreApplication.translate(
            "Reasons", "{model} is a mixture of experts: {parameters} billion weights in memory but only "
                       "{active_parameters} billion read per token, so it runs like a small model. A dense {tier} "
                       "model such as {dense_model} would not fit.")
    if template is None:  # a code added to the core after this wording: still readable, never blank
        return r.code.replace("_", " ")
    values = dict(r.values)
    for key in ("parameters", "active_parameters"):
        if isinstance(values.get(key), int | float):
            values[key] = fmt.number(float(values[key]) / 1e9, 1)
    if "memory" in values:
        values["memory"] = memory_name(values["memory"])
    if "fit" in values:
        values["fit"] = fit_text(values["fit"])
    if values.get("device") in ("ram", "cpu"):
        values["device"] = memory_name("ram")
    return _fill(template, values)


def assumption(a: Any) -> str:
    """A value the verdict had to assume (`Recommendation.assumptions`), and how to give the real one."""
    v = dict(a.values)
    code = a.code
    if code == "assume_system_reserve":
        template = QCoreApplication.translate(
            "Assumptions",
            "RAM free for the model: the usual reserve for the system ({reserve_bytes} of "
            "{total_bytes}) is taken off. This computer was described, not detected: detect it to use"
            " what is really free.")
    elif code == "assume_ram_bandwidth" and v.get("basis") == "typical":
        template = QCoreApplication.translate(
            "Assumptions",
            "Memory speed {bandwidth_gbps} GB/s, as on a typical computer with two channels of "
            "DDR4-3200. Give the memory type and speed, or the processor model, for a better "
            "estimate.")
    elif code == "assume_ram_bandwidth" and v.get("basis") == "cpu_family":
        template = QCoreApplication.translate(
            "Assumptions",
            "Memory speed {bandwidth_gbps} GB/s, from what this processor's family ships with "
            "({ram_type}-{speed_mts}, {channels} channels).")
    elif code == "assume_ram_bandwidth":
        template = QCoreApplication.translate(
            "Assumptions",
            "Memory speed {bandwidth_gbps} GB/s, from the memory's type and speed "
            "({ram_type}-{speed_mts}, {channels} channels; 75% of the peak).")
    elif code == "assume_cpu_cores" and v.get("basis") == "typical":
        template = QCoreApplication.translate(
            "Assumptions",
            "{cores} processor cores, as on a typical laptop or desktop.")
    elif code == "assume_cpu_cores" and v.get("basis") == "logical":
        template = QCoreApplication.translate(
            "Assumptions",
            "{cores} processor cores: half of the logical cores given.")
    elif code == "assume_cpu_cores":
        template = QCoreApplication.translate(
            "Assumptions",
            "{cores} processor cores, as usual for {basis}.")
    elif code == "assume_cpu_isa" and v.get("basis") == "typical":
        template = QCoreApplication.translate(
            "Assumptions",
            "The processor's instructions are unknown: {isa} is assumed.")
    elif code == "assume_cpu_isa":
        template = QCoreApplication.translate(
            "Assumptions",
            "Processor instructions: {isa}, as usual for {basis}.")
    elif code == "assume_gpu_bandwidth":
        template = QCoreApplication.translate(
            "Assumptions",
            "{gpu} is not in our table: a memory speed of {bandwidth_gbps} GB/s is assumed.")
    elif code == "assume_gpu_nearest":
        template = QCoreApplication.translate(
            "Assumptions",
            "{gpu} is not in our table: the figures of the nearest known card, {nearest} ({bandwidth_gbps} GB/s), "
            "are used.")
    elif code == "assume_vram_free":
        template = QCoreApplication.translate(
            "Assumptions",
            "The free graphics memory is unknown: the total less what a desktop uses is assumed.")
    else:
        return code.replace("_", " ")
    if "isa" in v:
        v["isa"] = str(v["isa"]).upper()
    if isinstance(v.get("channels"), int | float):
        v["channels"] = fmt.number(float(v["channels"]), 0 if float(v["channels"]).is_integer() else 1)
    if isinstance(v.get("speed_mts"), int):
        v["speed_mts"] = str(v["speed_mts"])  # a model number (DDR5-5600), never "5.600"
    return _fill(template, v)


def budget_lines(budget: Any) -> list[str]:
    """The one memory budget in words: total − reserve (− open programs) = what the model may use."""
    if budget is None:
        return []
    values = {"total": fmt.gib(budget.total_bytes), "reserve": fmt.gib(budget.system_reserve_bytes),
              "others": fmt.gib(budget.other_programs_bytes), "usable": fmt.gib(budget.usable_bytes),
              "gpu": fmt.gib(budget.gpu_bytes)}
    if budget.source == "detected" and budget.other_programs_bytes > 0:
        line = QCoreApplication.translate(
            "Budget",
            "{total} in all − {reserve} for the system − {others} held by open programs = {usable} "
            "for the model (closing them frees up to {others} more).")
    else:
        line = QCoreApplication.translate(
            "Budget",
            "{total} in all − {reserve} for the system = {usable} for the model.")
    lines = [line.format(**values)]
    kinds = {
        "dedicated": QCoreApplication.translate("Budget", "Graphics card: {gpu} free for the model."),
        "unified": QCoreApplication.translate("Budget", "Unified memory: the graphics may use up to {gpu} of it."),
        "shared": QCoreApplication.translate("Budget", "Integrated graphics: shares the system RAM, up to {gpu}."),
    }
    gpu = kinds.get(budget.gpu_kind)
    if gpu:
        lines.append(gpu.format(**values))
    return lines


def prompt_wait(prompt_tokens_per_second: float | None) -> str | None:
    """How long a 2,000-word document waits for the answer to start, from the prompt-processing rate."""
    from advisor.core.sizing.speed import DOCUMENT_WORDS, document_wait

    wait = document_wait(prompt_tokens_per_second)
    if wait is None:
        return None
    seconds = wait[1]
    if seconds < 60:
        wait = QCoreApplication.translate("Budget", "{seconds} s").format(seconds=fmt.number(seconds, 1))
    else:
        wait = QCoreApplication.translate("Budget", "{minutes} min").format(minutes=fmt.number(seconds / 60, 1))
    return QCoreApplication.translate(
        "Budget", "A {words}-word document waits about {wait} before the answer starts.").format(
        words=fmt.count(DOCUMENT_WORDS), wait=wait)


def server_kind_name(kind: Any) -> str:
    """A server kind code ("lmstudio", "llama.cpp", ...) as people know the program."""
    names = {"lmstudio": "LM Studio", "ollama": "Ollama", "llama.cpp": "llama.cpp (llama-server)",
             "llama-cpp-python": "llama-cpp-python", "vllm": "vLLM", "localai": "LocalAI", "koboldcpp": "KoboldCpp",
             "text-generation-webui": "text-generation-webui", "gpt4all": "GPT4All", "jan": "Jan",
             # it answers the OpenAI API, but which program it is could not be told
             "openai_compatible": QCoreApplication.translate("ServerKinds", "OpenAI-compatible server")}
    value = str(getattr(kind, "value", kind)) if kind else ""
    return names.get(value, value or "?")


def server_problem(problem: Any) -> tuple[str, str]:
    """(what is wrong, what to do) for a server `Problem(code, values)`."""
    code = str(getattr(problem.code, "value", problem.code))
    texts = {
        "connection_refused": (
            QCoreApplication.translate("ServerProblems", "Nothing answers at {url}: the server is not running."),
            QCoreApplication.translate(
                "ServerProblems", "In LM Studio open the Developer tab and press Start Server "
                                  "(or run `lms server start`). "
                                  "Check that the port in the URL matches the server's port."),
        ),
        "timeout": (
            QCoreApplication.translate("ServerProblems", "Something listens at {url} but did not answer in time."),
            QCoreApplication.translate(
                "ServerProblems", "The server may be busy loading or generating. Wait a moment and test again."),
        ),
        "wrong_path": (
            QCoreApplication.translate("ServerProblems", "A server answers, but not at this path."),
            QCoreApplication.translate(
                "ServerProblems", "Use {suggested_url} as the base URL "
                                  "(OpenAI-compatible servers expect /v1 at the end)."),
        ),
        "not_openai_compatible": (
            QCoreApplication.translate(
                "ServerProblems", "Something else answers on this port: it is not an OpenAI-compatible server."),
            QCoreApplication.translate(
                "ServerProblems", "Check the port: LM Studio uses 1234, Ollama 11434, llama.cpp 8080."),
        ),
        "auth_required": (
            QCoreApplication.translate("ServerProblems", "The server wants an API key (HTTP {status})."),
            QCoreApplication.translate(
                "ServerProblems", "Turn off authentication in the server settings, or give the key it expects."),
        ),
        "no_model_loaded": (
            QCoreApplication.translate("ServerProblems", "The server runs, but no model is loaded."),
            QCoreApplication.translate(
                "ServerProblems", "Load a model in LM Studio (or run `lms load <model>`), then test again."),
        ),
        "loading": (
            QCoreApplication.translate("ServerProblems", "The server is still loading a model."),
            QCoreApplication.translate("ServerProblems", "Wait until loading finishes, then test again."),
        ),
        "http_error": (
            QCoreApplication.translate("ServerProblems", "The server answered with an error (HTTP {status})."),
            QCoreApplication.translate(
                "ServerProblems", "Look at the server's log for the cause; restarting the server often helps."),
        ),
        "response_too_large": (
            QCoreApplication.translate(
                "ServerProblems", "{url} sent an answer too large to be a local LLM server's; it was not read to "
                                  "the end."),
            QCoreApplication.translate(
                "ServerProblems", "Check that the URL is your LLM server (LM Studio uses port 1234, Ollama 11434, "
                                  "llama.cpp 8080) and look at its log."),
        ),
    }
    if code == "timeout" and problem.values.get("step") in ("stream", "benchmark"):
        texts["timeout"] = (
            QCoreApplication.translate(
                "ServerProblems", "{url} did not finish its reply within {timeout_s} s."),
            QCoreApplication.translate(
                "ServerProblems", "The server may be loading a model, be far too slow for it, or be hung: wait and "
                                  "try again, restart it, or try a smaller model."),
        )
    if code == "http_error" and problem.values.get("reason") == "redirect":
        texts["http_error"] = (
            QCoreApplication.translate(
                "ServerProblems", "{url} answered with a redirect; a local server answers directly, so it is not "
                                  "followed."),
            QCoreApplication.translate(
                "ServerProblems", "Check the URL: use the server's own address and port (e.g. "
                                  "http://localhost:1234/v1)."),
        )
    what, advice = texts.get(code, (QCoreApplication.translate("ServerProblems", "Unexpected problem: {code}"), ""))
    values = {"code": code, **dict(problem.values)}
    return _fill(what, values), _fill(advice, values)


def catalog_problem(problem: Any) -> str:
    """A catalogue `CatalogProblem(code, repo_id, values)` in words."""
    texts = {
        "offline": QCoreApplication.translate(
            "CatalogProblems", "Hugging Face cannot be reached: showing the bundled list instead."),
        "timeout": QCoreApplication.translate("CatalogProblems", "Hugging Face did not answer in time."),
        "gated": QCoreApplication.translate(
            "CatalogProblems", "{repo} is gated: accept its licence on huggingface.co and log in to download it."),
        "unauthorized": QCoreApplication.translate(
            "CatalogProblems", "Hugging Face refused the request: check your access token."),
        "repo_not_found": QCoreApplication.translate("CatalogProblems", "{repo} does not exist (or is private)."),
        "file_not_found": QCoreApplication.translate("CatalogProblems", "That file is no longer in {repo}."),
        "rate_limited": QCoreApplication.translate(
            "CatalogProblems", "Hugging Face asks us to slow down: try again in a minute."),
        "server_error": QCoreApplication.translate("CatalogProblems", "Hugging Face had an error; try again later."),
        "http_error": QCoreApplication.translate("CatalogProblems", "Hugging Face answered with an error."),
        "no_gguf": QCoreApplication.translate("CatalogProblems", "{repo} has no GGUF files."),
        "odd_file_names": QCoreApplication.translate(
            "CatalogProblems", "Some files in {repo} have names we could not read a quant from."),
        "incomplete_split": QCoreApplication.translate("CatalogProblems", "A split model in {repo} is missing parts."),
        "disk_full": QCoreApplication.translate("CatalogProblems", "The disk is full: free some space and try again."),
        "checksum_mismatch": QCoreApplication.translate(
            "CatalogProblems", "The downloaded file is damaged (checksum mismatch): download it again."),
        "cancelled": QCoreApplication.translate("CatalogProblems", "Download cancelled."),
        "write_failed": QCoreApplication.translate(
            "CatalogProblems", "The file could not be written to the models folder."),
    }
    template = texts.get(problem.code, QCoreApplication.translate("CatalogProblems", "Problem: {code}"))
    return _fill(template, {"repo": problem.repo_id or "", "code": problem.code, **dict(problem.values)})


def cost_input(name: str) -> str:
    """A cost input's name as the Costs page shows it."""
    names = {
        "tokens_per_month": QCoreApplication.translate("CostWords", "Tokens per month"),
        "input_share": QCoreApplication.translate("CostWords", "Share of input tokens"),
        "api_model_id": QCoreApplication.translate("CostWords", "API model"),
        "currency": QCoreApplication.translate("CostWords", "Currency"),
        "country": QCoreApplication.translate("CostWords", "Country"),
        "usd_rate": QCoreApplication.translate("CostWords", "Exchange rate"),
        "electricity_price_per_kwh": QCoreApplication.translate("CostWords", "Electricity price"),
        "power_watts": QCoreApplication.translate("CostWords", "Power while generating"),
        "idle_watts": QCoreApplication.translate("CostWords", "Idle power"),
        "hours_per_day": QCoreApplication.translate("CostWords", "Hours on per day"),
        "days_per_month": QCoreApplication.translate("CostWords", "Days per month"),
        "tokens_per_second": QCoreApplication.translate("CostWords", "Generation speed"),
        "prompt_tokens_per_second": QCoreApplication.translate("CostWords", "Prompt speed"),
        "hardware_cost": QCoreApplication.translate("CostWords", "Hardware cost"),
        "resale_value": QCoreApplication.translate("CostWords", "Resale value"),
        "lifetime_years": QCoreApplication.translate("CostWords", "Lifetime"),
    }
    return names.get(name, name.replace("_", " "))


def cost_origin(code: str) -> str:
    """Where a cost input's value came from (an `InputOrigin.code`), in words."""
    origins = {
        "user": QCoreApplication.translate("CostWords", "you entered it"),
        "measured": QCoreApplication.translate("CostWords", "measured by the benchmark"),
        "country_table": QCoreApplication.translate("CostWords", "the country's average price"),
        "locale": QCoreApplication.translate("CostWords", "from the system's region"),
        "country_not_in_table": QCoreApplication.translate(
            "CostWords", "your region is not in the table: a default country is used"),
        "country_fallback": QCoreApplication.translate("CostWords", "a default country"),
        "country_currency": QCoreApplication.translate("CostWords", "the country's currency"),
        "exchange_table": QCoreApplication.translate("CostWords", "the bundled exchange rates"),
        "default_usage": QCoreApplication.translate("CostWords", "a typical developer's usage"),
        "default_working_day": QCoreApplication.translate("CostWords", "a working day"),
        "default_api_model": QCoreApplication.translate("CostWords", "the default API model"),
        "default_lifetime": QCoreApplication.translate("CostWords", "a typical lifetime"),
        "default": QCoreApplication.translate("CostWords", "default"),
        "preset": QCoreApplication.translate("CostWords", "from a preset"),
        "hardware_owned": QCoreApplication.translate("CostWords", "you already own the computer"),
        "gpu_board_power": QCoreApplication.translate("CostWords", "the graphics card's board power"),
        "cpu_only_estimate": QCoreApplication.translate("CostWords", "estimated for a computer without a GPU"),
        "apple_estimate": QCoreApplication.translate("CostWords", "estimated for Apple Silicon"),
        "no_profile_estimate": QCoreApplication.translate("CostWords", "a rough estimate"),
        "gpu_desktop_idle_estimate": QCoreApplication.translate("CostWords", "estimated for a desktop with a GPU"),
        "cpu_only_idle_estimate": QCoreApplication.translate("CostWords", "estimated for a computer without a GPU"),
        "apple_idle_estimate": QCoreApplication.translate("CostWords", "estimated for Apple Silicon"),
        "sizing_estimate": QCoreApplication.translate("CostWords", "the recommendation's estimate"),
        "no_estimate_fallback": QCoreApplication.translate("CostWords", "a cautious guess (no estimate)"),
        "from_generation_speed": QCoreApplication.translate("CostWords", "derived from the generation speed"),
    }
    return origins.get(code, code.replace("_", " "))


def cost_assumption(code: str, values: Mapping[str, Any]) -> str:
    """A cost comparison's assumption (`CostComparison.assumptions`: an input's origin, or a note) in words."""
    notes = {
        "api_price_converted": QCoreApplication.translate(
            "CostWords", "{model}: prices converted from {from} to {to} at {usd_rate} per US dollar"),
        "api_fixed_fee": QCoreApplication.translate("CostWords", "{model} also charges {per_month} a month"),
        "capacity_exceeded": QCoreApplication.translate(
            "CostWords", "Generating this needs {hours_per_day_needed} hours a day, more than the computer is on"),
    }
    currency = str(values.get("currency") or "")
    if code in notes:
        filled = dict(values)
        if isinstance(values.get("per_month"), int | float) and currency:
            filled["per_month"] = fmt.money(values["per_month"], currency)
        return _fill(notes[code], filled)
    name = str(values.get("input", ""))
    value = values.get("value")
    shown = "" if value is None or isinstance(value, bool) else _with_unit(name, value, currency)
    return f"{cost_input(name)}: {shown} ({cost_origin(code)})" if shown else f"{cost_input(name)}: {cost_origin(code)}"


def _with_unit(name: str, value: Any, currency: str) -> str:
    """A cost input's value as the Costs page means it: 0,140 EUR/kWh, 0,8500 EUR per US dollar, 350 W."""
    if not isinstance(value, int | float):
        return str(value)
    if name == "tokens_per_month":
        return fmt.count(round(value))
    kind = COST_INPUT_KINDS.get(name, "")
    shown = fmt.figure(value, kind)
    if kind in ("money", "price_per_million") and currency:
        return f"{shown} {currency}"
    if kind == "price_per_kwh" and currency:
        return f"{shown} {currency}/kWh"
    if kind == "rate" and currency:
        return QCoreApplication.translate("CostWords", "{rate} {currency} per US dollar").format(
            rate=shown, currency=currency)
    if kind == "years":
        if value == 1:
            return QCoreApplication.translate("CostWords", "{years} year").format(years=shown)
        return QCoreApplication.translate("CostWords", "{years} years").format(years=shown)
    units = {"watts": "W", "hours": "h", "speed": "tok/s"}
    return f"{shown} {units[kind]}" if kind in units else shown
