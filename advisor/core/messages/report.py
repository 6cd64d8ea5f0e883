"""The report in words: its English labels (from advisor/core/report/sections.py, marked here for pyside6-lupdate),
the names of the datasets it rests on, dates written the language's way, and `report_wording(say)`, which gives the
report composer every sentence in one language.

The report is built from the Assessment's JSON form and speaks through `Wording.translate(english)` (context
"Report"); a test fails when sections.py uses a label that is missing here: add it, run lupdate, translate it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

from advisor.core.messages import after_load, catalog, costs, servers, sizing
from advisor.core.messages.dates import long_date
from advisor.core.messages.speaker import Speaker
from advisor.core.messages.translations import QT_TRANSLATE_NOOP, Msg
from advisor.core.report.document import Wording

# what a report keeps of this machine's identity (the Summary page says it too): redact.py drops the host name and
# serial numbers, and shortens the home folder to ~ (a folder under it is still shown, without the user's name)
PRIVACY_NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "Host name and serial numbers are left out of this report; folders in your home are shown from ~, "
    "without your user name.",
)

REPORT_LABELS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Report", "Created {created} by Local LLM Advisor {version}"),
    QT_TRANSLATE_NOOP("Report", "Publisher"),
    QT_TRANSLATE_NOOP("Report", "Link"),
    QT_TRANSLATE_NOOP("Report", "unknown"),
    QT_TRANSLATE_NOOP("Report", "other"),
    QT_TRANSLATE_NOOP("Report", "Model search"),
    QT_TRANSLATE_NOOP("Report", "Server check"),
    QT_TRANSLATE_NOOP("Report", "Cost comparison"),
    QT_TRANSLATE_NOOP("Report", "{part}: {state}"),
    QT_TRANSLATE_NOOP("Report", "API"),
    QT_TRANSLATE_NOOP("Report", "API price (input / output per million)"),
    QT_TRANSLATE_NOOP("Report", "API price date"),
    QT_TRANSLATE_NOOP("Report", "Address"),
    QT_TRANSLATE_NOOP("Report", "Assumptions:"),
    QT_TRANSLATE_NOOP("Report", "Available"),
    QT_TRANSLATE_NOOP("Report", "Average power while generating"),
    QT_TRANSLATE_NOOP("Report", "Bandwidth"),
    QT_TRANSLATE_NOOP("Report", "Benchmark"),
    QT_TRANSLATE_NOOP("Report", "Best quant"),
    QT_TRANSLATE_NOOP("Report", "Break-even"),
    QT_TRANSLATE_NOOP("Report", "Class"),
    QT_TRANSLATE_NOOP("Report", "Context length"),
    QT_TRANSLATE_NOOP("Report", "Cores (physical / logical)"),
    QT_TRANSLATE_NOOP("Report", "Cost per month"),
    QT_TRANSLATE_NOOP("Report", "Costs"),
    QT_TRANSLATE_NOOP("Report", "Data"),
    QT_TRANSLATE_NOOP("Report", "Data sources"),
    QT_TRANSLATE_NOOP("Report", "Date"),
    QT_TRANSLATE_NOOP("Report", "Source: {origin}"),
    QT_TRANSLATE_NOOP("Report", "Driver"),
    QT_TRANSLATE_NOOP("Report", "Electricity per month"),
    QT_TRANSLATE_NOOP("Report", "Energy per million tokens"),
    QT_TRANSLATE_NOOP("Report", "Energy per token"),
    QT_TRANSLATE_NOOP("Report", "Enough hours to generate it"),
    QT_TRANSLATE_NOOP("Report", "Expected speed"),
    QT_TRANSLATE_NOOP("Report", "Figures from"),
    QT_TRANSLATE_NOOP("Report", "File"),
    QT_TRANSLATE_NOOP("Report", "Fit"),
    QT_TRANSLATE_NOOP("Report", "Free disk space there"),
    QT_TRANSLATE_NOOP("Report", "From the Hugging Face Hub, {date}."),
    QT_TRANSLATE_NOOP("Report", "From the bundled offline snapshot of {date}."),
    QT_TRANSLATE_NOOP("Report", "GPU"),
    QT_TRANSLATE_NOOP("Report", "GPU layers"),
    QT_TRANSLATE_NOOP("Report", "Generation hours per month"),
    QT_TRANSLATE_NOOP("Report", "Generation speed"),
    QT_TRANSLATE_NOOP("Report", "Hardware"),
    QT_TRANSLATE_NOOP("Report", "Hardware amortisation per month"),
    PRIVACY_NOTE,
    QT_TRANSLATE_NOOP("Report", "How to load it"),
    QT_TRANSLATE_NOOP("Report", "Instruction sets"),
    QT_TRANSLATE_NOOP("Report", "LM Studio models folder"),
    QT_TRANSLATE_NOOP("Report", "LM Studio's own statistics"),
    QT_TRANSLATE_NOOP("Report", "Licence"),
    QT_TRANSLATE_NOOP("Report", "Loaded"),
    QT_TRANSLATE_NOOP("Report", "Local"),
    QT_TRANSLATE_NOOP("Report", "Local LLM Advisor report"),
    QT_TRANSLATE_NOOP("Report", "Local server"),
    QT_TRANSLATE_NOOP("Report", "Measured speed"),
    QT_TRANSLATE_NOOP("Report", "Checked after load"),
    QT_TRANSLATE_NOOP("Report", "Model loaded"),
    QT_TRANSLATE_NOOP("Report", "Context on the server"),
    QT_TRANSLATE_NOOP("Report", "Predicted memory"),
    QT_TRANSLATE_NOOP("Report", "Memory in use"),
    QT_TRANSLATE_NOOP("Report", "Memory measured from"),
    QT_TRANSLATE_NOOP("Report", "As started"),
    QT_TRANSLATE_NOOP("Report", "the server's process and its children"),
    QT_TRANSLATE_NOOP("Report", "Ollama's own figures"),
    QT_TRANSLATE_NOOP("Report", "Predicted speed"),
    QT_TRANSLATE_NOOP("Report", "Why they differ"),
    QT_TRANSLATE_NOOP("Report", "Against the recommendation"),
    QT_TRANSLATE_NOOP("Report", "Not measured"),
    QT_TRANSLATE_NOOP("Report", "Memory (RAM)"),
    QT_TRANSLATE_NOOP("Report", "Memory bandwidth"),
    QT_TRANSLATE_NOOP("Report", "Missing parts"),
    QT_TRANSLATE_NOOP("Report", "Model"),
    QT_TRANSLATE_NOOP("Report", "API price"),
    QT_TRANSLATE_NOOP("Report", "Verdict"),
    QT_TRANSLATE_NOOP("Report", "Model on the server"),
    QT_TRANSLATE_NOOP("Report", "Models already downloaded"),
    QT_TRANSLATE_NOOP("Report", "Models already in LM Studio"),
    QT_TRANSLATE_NOOP("Report", "Models that run here"),
    QT_TRANSLATE_NOOP("Report", "Needs"),
    QT_TRANSLATE_NOOP("Report", "No GPU found: models run on the processor."),
    QT_TRANSLATE_NOOP("Report", "No model of the recommended class was found."),
    QT_TRANSLATE_NOOP("Report", "Operating system"),
    QT_TRANSLATE_NOOP("Report", "Per million tokens"),
    QT_TRANSLATE_NOOP("Report", "Per month"),
    QT_TRANSLATE_NOOP("Report", "Power"),
    QT_TRANSLATE_NOOP("Report", "Problem"),
    QT_TRANSLATE_NOOP("Report", "Processor"),
    QT_TRANSLATE_NOOP("Report", "Prompt processing"),
    QT_TRANSLATE_NOOP("Report", "Quant"),
    QT_TRANSLATE_NOOP("Report", "Quantisation"),
    QT_TRANSLATE_NOOP("Report", "Reachable"),
    QT_TRANSLATE_NOOP("Report", "Recommendation"),
    QT_TRANSLATE_NOOP("Report", "Recommended"),
    QT_TRANSLATE_NOOP("Report", "Repository"),
    QT_TRANSLATE_NOOP("Report", "Runs here"),
    QT_TRANSLATE_NOOP("Report", "given in the hardware file"),
    QT_TRANSLATE_NOOP("Report", "from the memory's type and speed"),
    QT_TRANSLATE_NOOP("Report", "from the processor's family"),
    QT_TRANSLATE_NOOP("Report", "{value} (assumed)"),  # a processor's cores or instructions the recommendation assumed
    QT_TRANSLATE_NOOP("Report", "Memory in all"),
    QT_TRANSLATE_NOOP("Report", "Kept for the system"),
    QT_TRANSLATE_NOOP("Report", "Held by open programs"),
    QT_TRANSLATE_NOOP("Report", "Usable for the model"),
    QT_TRANSLATE_NOOP("Report", "only at a low quant"),
    QT_TRANSLATE_NOOP("Report", "Assumed about this computer:"),
    QT_TRANSLATE_NOOP("Report", "Calibrated by your benchmark of {model} on {date} (GPU speeds ×{factor})."),
    QT_TRANSLATE_NOOP("Report", "Calibrated by your benchmark of {model} on {date} (processor speeds ×{factor})."),
    QT_TRANSLATE_NOOP("Report", "Server"),
    QT_TRANSLATE_NOOP("Report", "Size"),
    QT_TRANSLATE_NOOP("Report", "Size class"),
    QT_TRANSLATE_NOOP("Report", "Summary"),
    QT_TRANSLATE_NOOP("Report", "Time to first token"),
    QT_TRANSLATE_NOOP("Report", "Tokens generated"),
    QT_TRANSLATE_NOOP("Report", "Usable speed threshold"),
    QT_TRANSLATE_NOOP("Report", "VRAM free"),
    QT_TRANSLATE_NOOP("Report", "VRAM total"),
    QT_TRANSLATE_NOOP("Report", "Vendor"),
    QT_TRANSLATE_NOOP("Report", "What to do"),
    QT_TRANSLATE_NOOP("Report", "Why:"),
    QT_TRANSLATE_NOOP("Report", "a hardware file (what-if)"),
    QT_TRANSLATE_NOOP("Report", "a saved detection of a computer (a detect --json file)"),
    QT_TRANSLATE_NOOP("Report", "what-if hardware chosen in the app (not this computer)"),
    QT_TRANSLATE_NOOP("Report", "board"),
    QT_TRANSLATE_NOOP("Report", "could not be produced"),
    QT_TRANSLATE_NOOP("Report", "estimated"),
    QT_TRANSLATE_NOOP("Report", "from the chip's specifications"),
    QT_TRANSLATE_NOOP("Report", "llama.cpp's own timings"),
    QT_TRANSLATE_NOOP("Report", "local {local}, API {api}"),
    QT_TRANSLATE_NOOP("Report", "local {local} ({model}), API {api} ({api_model})"),
    QT_TRANSLATE_NOOP("Report", "measured"),
    QT_TRANSLATE_NOOP("Report", "no"),
    QT_TRANSLATE_NOOP("Report", "no size class runs at a usable speed on this machine"),
    QT_TRANSLATE_NOOP("Report", "no size class fits this machine's memory at this context"),
    QT_TRANSLATE_NOOP("Report", "not available in this installation"),
    QT_TRANSLATE_NOOP("Report", "not reachable"),
    QT_TRANSLATE_NOOP("Report", "not working. {sentence}"),
    QT_TRANSLATE_NOOP("Report", "this machine (detected)"),
    QT_TRANSLATE_NOOP("Report", "timed and counted here"),
    QT_TRANSLATE_NOOP("Report", "timed here, tokens counted by the server"),
    QT_TRANSLATE_NOOP("Report", "tokens"),
    QT_TRANSLATE_NOOP("Report", "tokens/s"),
    QT_TRANSLATE_NOOP("Report", "unified memory"),
    QT_TRANSLATE_NOOP("Report", "yes"),
    QT_TRANSLATE_NOOP("Report", "{kind}, working"),
    QT_TRANSLATE_NOOP("Report", "{tier} models at {quant}"),
    QT_TRANSLATE_NOOP("Report", "{model} ({tier} class) at {quant}"),
    QT_TRANSLATE_NOOP("Report", "{speed} with {model}"),
    QT_TRANSLATE_NOOP("Report", "{speed} with {model}, another model than the recommended one"),
    QT_TRANSLATE_NOOP("Report", "{total} total, {available} available"),
)


# The datasets a report rests on (`advisor.core.datasources.DataSource.name`), as a person reads them.
DATASETS: dict[str, Msg] = {
    "gpu_table": QT_TRANSLATE_NOOP("Report", "GPU specifications"),
    "cpu_families": QT_TRANSLATE_NOOP("Report", "Memory of each processor family"),
    "model_catalogue": QT_TRANSLATE_NOOP("Report", "Model catalogue"),
    "api_prices": QT_TRANSLATE_NOOP("Report", "API model prices"),  # a row label, not the Cli's "API prices"
    "electricity_prices": QT_TRANSLATE_NOOP("Report", "Electricity prices"),
    "exchange_rates": QT_TRANSLATE_NOOP("Report", "Exchange rates"),
    "cost_presets": QT_TRANSLATE_NOOP("Report", "Cost scenarios (presets)"),
}


def dataset_name(say: Speaker, name: str) -> str:
    """A dataset's name ("gpu_table" → "GPU specifications"); an unknown one as it is."""
    msg = DATASETS.get(name)
    return say.t(msg) if msg else name


# Who published each dataset (`DataSource.publisher`, as the bundled table writes it in English): the catalogue's
# sentence with the publishers' own names put in, so that only the names stay as published. A publisher line none
# of these writes (a table updated since, a report from another version) is shown as written.
DATASET_PUBLISHERS: dict[str, tuple[tuple[Msg, Mapping[str, str]], ...]] = {
    "gpu_table": (
        (
            QT_TRANSLATE_NOOP("Report", "{database} GPU Database; {maker} ({chips})"),
            {"database": "TechPowerUp", "maker": "Apple", "chips": "Apple Silicon"},
        ),
    ),
    "cpu_families": (
        (
            QT_TRANSLATE_NOOP("Report", "{makers} and {last} product specifications"),
            {"makers": "AMD, Intel, Raspberry Pi Ltd, Qualcomm", "last": "NVIDIA"},
        ),
    ),
    "electricity_prices": (
        (
            QT_TRANSLATE_NOOP("Report", "{publishers} and national regulators (each row names its own)"),
            {"publishers": "Eurostat, Ofgem, EIA"},
        ),
    ),
    "exchange_rates": (
        (
            QT_TRANSLATE_NOOP("Report", "European Central Bank ({ecb}); national sources for {national}"),
            {"ecb": "EUR, GBP, MXN, BRL", "national": "ARS, COP, CLP, PEN"},
        ),
    ),
}
_API_PRICES = re.compile(r"genai-prices (?P<version>\S+) \((?P<origin>bundled|online)\)")
API_PRICES_ORIGINS: dict[str, Msg] = {  # `PriceData.origin`
    "bundled": QT_TRANSLATE_NOOP("Report", "genai-prices {version} (bundled)"),
    "online": QT_TRANSLATE_NOOP("Report", "genai-prices {version} (refreshed online)"),
}
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_PRESETS = re.compile(
    rf"The (?P<month>{'|'.join(_MONTH_NAMES)}) (?P<year>\d{{4}}) tutorial's figures "
    r"\(project reference notes on costs\)"
)
PRESETS_PUBLISHER = QT_TRANSLATE_NOOP("Report", "The {tutorial} tutorial's figures (project reference notes on costs)")


def dataset_publisher(say: Speaker, name: str, publisher: str) -> str:
    """Who published the dataset `name`, in `say`'s language: the catalogue's words around the publishers' names
    (`DATASET_PUBLISHERS`, the API prices' package and version, the presets' tutorial and its month); `publisher`
    as written when the catalogue does not word it so."""
    if name == "api_prices" and (found := _API_PRICES.fullmatch(publisher)):
        return say.t(API_PRICES_ORIGINS[found["origin"]], version=found["version"])
    if name == "cost_presets" and (found := _PRESETS.fullmatch(publisher)):
        month = f"{found['year']}-{_MONTH_NAMES.index(found['month']) + 1:02d}"
        return say.t(PRESETS_PUBLISHER, tutorial=long_date(say, month))
    english = Speaker("en")
    for msg, values in DATASET_PUBLISHERS.get(name, ()):
        if english.t(msg, **values) == publisher:
            return say.t(msg, **values)
    return publisher


def budget_lines(say: Speaker, budget: Mapping[str, Any]) -> list[str]:
    """A recommendation's memory budget (`MemoryBudget` in its JSON form, as a report holds it) in the lines
    `llm-advisor recommend` and the Recommendation page show; none for a budget this version cannot read."""
    from advisor.core.types import MemoryBudget

    def size(key: str) -> int:
        value = budget.get(key)
        return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0

    if not isinstance(budget.get("total_bytes"), int | float):
        return []
    kind = budget.get("gpu_kind")
    return sizing.budget_lines(
        say,
        MemoryBudget(
            total_bytes=size("total_bytes"),
            system_reserve_bytes=size("system_reserve_bytes"),
            other_programs_bytes=size("other_programs_bytes"),
            usable_bytes=size("usable_bytes"),
            comfortable_bytes=size("comfortable_bytes"),
            source=str(budget.get("source") or "typical"),
            gpu_bytes=size("gpu_bytes"),
            gpu_kind=kind if isinstance(kind, str) else None,
        ),
    )


def report_wording(say: Speaker, surface: servers.Surface = "cli") -> Wording:
    """Every sentence of a report in `say`'s language, the same the CLI and the app say for the same code."""

    def reason(code: str, values: Mapping[str, Any]) -> str:
        if code in sizing.LOCAL_MODEL_ERRORS:
            return sizing.local_model_error(say, code)
        try:
            return sizing.reason(say, code, values)
        except (KeyError, TypeError, ValueError):  # a saved report from another version: show the code
            return sizing.unknown_code(code)

    def problem(code: str, values: Mapping[str, Any]) -> tuple[str, str]:
        try:
            return servers.problem(say, code, values, surface)
        except (KeyError, TypeError, ValueError):
            return sizing.unknown_code(code), ""

    def assumption(code: str, values: Mapping[str, Any]) -> str:
        return costs.assumption(say, code, values, surface)

    def catalog_problem(code: str, values: Mapping[str, Any]) -> str:
        repo = values.get("repo_id")
        rest = {k: v for k, v in values.items() if k != "repo_id"}
        return catalog.problem(say, code, repo if isinstance(repo, str) else None, rest)

    return Wording(
        translate=lambda english: say.translate("Report", english),
        reason=reason,
        problem=problem,
        assumption=assumption,
        server_kind=lambda kind: servers.kind_name(say, kind),
        catalog_problem=catalog_problem,
        number=say.number,
        fit=lambda code: sizing.fit(say, code),
        tight=lambda fit_words: sizing.with_tight(say, fit_words, True),
        placement=lambda file: sizing.placement_short(say, file),
        break_even=lambda kind, months, years: costs.break_even(say, kind, months, years),
        dataset=lambda name: dataset_name(say, name),
        publisher=lambda name, text: dataset_publisher(say, name, text),
        date=lambda text: long_date(say, text),
        hardware_name=say.hardware_name,
        after_load=lambda code, values: after_load.reason(say, code, values),
        prompt_speed=lambda speed, cached, runs: servers.prompt_speed(say, speed, cached, runs),
        implausible=lambda fields: servers.implausible_note(say, fields),
        how_to_load=functools.partial(sizing.how_to_load, say),
        budget_lines=lambda budget: budget_lines(say, budget),
        prompt_line=functools.partial(sizing.prompt_line, say, report=True),
        lacks_quant=lambda quant, model, shown, offline: catalog.lacks_recommended_quant(
            say, quant, model, shown, offline=offline
        ),
        api_name=lambda label: costs.api_label(say, label),
        flat_fee=lambda amount: say.t(costs.FLAT_FEE, amount=amount),
        saving=lambda kind, per_month, amount: costs.saving(say, kind, per_month, amount, surface),
    )
