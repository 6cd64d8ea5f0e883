"""A report as a list of neutral blocks (headings, key/value lists, tables), so Markdown and HTML say the same thing.

Cells hold plain text (escaped by each renderer, because model names and server replies are untrusted) or a `Link`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from advisor.core.messages.figures import NumberFormat, english_number


@dataclass(frozen=True)
class Link:
    text: str
    url: str  # only ever built by us from a validated id; still escaped by the renderers


@dataclass(frozen=True)
class Command:
    """A sentence, then a command line that must reach the reader as typed: llama.cpp's flags ("llama.cpp: -ngl 99
    --n-cpu-moe 26."), which a printed line broken after a hyphen ("--n-cpu-" / "moe 26") makes wrong to copy.
    HTML and PDF keep the command on a line of its own, unbroken; Markdown writes both as one sentence."""

    sentence: str
    command: str


Cell = str | Link | Command


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2


@dataclass(frozen=True)
class Paragraph:
    text: str
    note: bool = False  # a muted remark (data dates, "not checked")


@dataclass(frozen=True)
class KeyValues:
    rows: tuple[tuple[str, Cell], ...]


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    numeric: tuple[int, ...] = ()  # column indexes aligned right


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


Block = Heading | Paragraph | KeyValues | Table | Bullets


@dataclass(frozen=True)
class Document:
    title: str
    blocks: tuple[Block, ...]


def _identity(text: str) -> str:
    return text


def _english_fit(code: str) -> str:
    from advisor.core.messages import ENGLISH, sizing

    return sizing.fit(ENGLISH, code)


def _english_placement(file: Mapping[str, object]) -> str:
    from advisor.core.messages import ENGLISH, sizing

    return sizing.placement_short(ENGLISH, file)


def _english_tight(fit_words: str) -> str:
    from advisor.core.messages import ENGLISH, sizing

    return sizing.with_tight(ENGLISH, fit_words, True)


def _english_break_even(kind: str, months: float | None, lifetime_years: float | None) -> str:
    from advisor.core.messages import ENGLISH, costs

    return costs.break_even(ENGLISH, kind, months, lifetime_years)


def _publisher_as_written(_name: str, publisher: str) -> str:
    return publisher


def _english_dataset(name: str) -> str:
    from advisor.core.messages import ENGLISH
    from advisor.core.messages.report import dataset_name

    return dataset_name(ENGLISH, name)


def _english_date(text: str) -> str:
    from advisor.core.messages import ENGLISH
    from advisor.core.messages.dates import long_date

    return long_date(ENGLISH, text)


def _english_after_load(code: str, values: Mapping[str, object]) -> str:
    from advisor.core.messages import ENGLISH
    from advisor.core.messages.after_load import reason

    return reason(ENGLISH, code, values)


def _english_how_to_load(load: Mapping[str, object] | None, context: object = None) -> tuple[str, str] | None:
    from advisor.core.messages import ENGLISH, sizing

    return sizing.how_to_load(ENGLISH, load, context)


def _english_implausible(fields: Sequence[str]) -> str:
    from advisor.core.messages import ENGLISH
    from advisor.core.messages.servers import implausible_note

    return implausible_note(ENGLISH, fields)


def _english_prompt_speed(speed: float | None, cached: int, runs: int) -> str:
    from advisor.core.messages import ENGLISH
    from advisor.core.messages.servers import prompt_speed

    return prompt_speed(ENGLISH, speed, cached, runs)


def _code_with_values(code: str, values: Mapping[str, object]) -> str:
    if not values:
        return code
    return code + " (" + ", ".join(f"{k}={v}" for k, v in values.items()) + ")"


# platform.system()'s names as people know the systems (a Mac's "Darwin" is macOS): the report and `detect` say them
OS_NAMES = {"Darwin": "macOS"}


@dataclass(frozen=True)
class Wording:
    """How the report speaks: the front ends pass their own sentences (and Spanish) here.

    `translate` maps each English label (the key, gettext style, `{placeholders}` kept) to the shown text;
    `reason` words a sizing reason code with its values; `problem` words a server problem code and returns
    (sentence, advice); `assumption` words a cost assumption (a code with values, as `costs.compare` gives);
    `break_even` words the cost verdict (kind, months, lifetime); `fit` names a fit level ("full_gpu" → "Full GPU");
    `tight` adds the tight flag to a fit so named ("CPU only" → "CPU only, tight"); `placement` words the placement
    a listed file's fit assumes, briefly (its JSON form: "experts of 35 layers in RAM", "31 of 40 layers on the
    GPU"); `server_kind` names a server kind ("lmstudio" → "LM Studio"); `catalog_problem` words a catalogue
    problem (its values carry its `repo_id`);
    `number` writes a figure with a given number of decimals in the language's way (1,450.0 in English, 1450,0 in
    Spanish: the app passes one that uses QLocale); `dataset` names a dataset ("gpu_table" → "GPU
    specifications"); `publisher` words who published a dataset (its name, and the publisher line as the table
    writes it: "AMD, Intel, … product specifications" → "especificaciones de producto de AMD, Intel, …"); `date`
    writes an ISO date or moment the language's way ("2026-12-05T21:13:00Z" → "5 December 2026, 21:13 UTC");
    `after_load` words a check-after-load reason or
    note (a code with values: "partly_on_cpu" → "Only 1.0 GiB is on the graphics card…"); `prompt_speed` words a
    benchmark's prompt processing whose runs the server took from its prompt cache (speed or None, cached runs, runs);
    `implausible` says which of the server's own figures were not used as implausible ('' for none);
    `how_to_load` words how to load a model in its placement (a `load` in its JSON form, and the context it was
    sized for) as LM Studio's settings and llama.cpp's flags, two sentences (None: it loads as usual at LM Studio's
    default context); `budget_lines` words a recommendation's memory
    budget (its JSON form) as the CLI and the app do; `prompt_line`
    words the prompt processing of the recommended model and the wait a long document has (speed, range, context,
    the wait and the generation speed with the context full)
    (None: in English, with `number`'s figures). Defaults show codes and values as they are, and numbers, dataset
    names and dates in English.
    """

    translate: Callable[[str], str] = _identity
    reason: Callable[[str, Mapping[str, object]], str] = _code_with_values
    problem: Callable[[str, Mapping[str, object]], tuple[str, str]] = field(
        default=lambda code, values: (_code_with_values(code, values), "")
    )
    assumption: Callable[[str, Mapping[str, object]], str] = _code_with_values
    server_kind: Callable[[str], str] = _identity
    catalog_problem: Callable[[str, Mapping[str, object]], str] = _code_with_values
    number: NumberFormat = english_number
    fit: Callable[[str], str] = _english_fit
    tight: Callable[[str], str] = _english_tight
    placement: Callable[[Mapping[str, object]], str] = _english_placement
    break_even: Callable[[str, float | None, float | None], str] = _english_break_even
    dataset: Callable[[str], str] = _english_dataset
    publisher: Callable[[str, str], str] = _publisher_as_written
    date: Callable[[str], str] = _english_date
    # a hardware name with the advisor's own variant words in the language ("Apple M4 (10-core GPU)")
    hardware_name: Callable[[str], str] = _identity
    after_load: Callable[[str, Mapping[str, object]], str] = field(
        default=lambda code, values: _english_after_load(code, values)
    )
    prompt_speed: Callable[[float | None, int, int], str] = _english_prompt_speed
    implausible: Callable[[Sequence[str]], str] = _english_implausible
    how_to_load: Callable[[Mapping[str, object] | None, object], tuple[str, str] | None] = _english_how_to_load
    budget_lines: Callable[[Mapping[str, object]], list[str]] | None = None
    prompt_line: (
        Callable[
            [float | None, Sequence[float] | None, int | None, Sequence[float] | None, float | None, float | None], str
        ]
        | None
    ) = None
    # why a repo of the recommended model shows another quant (quant, model, shown, offline): `models`'s line under it
    lacks_quant: Callable[[str, str, str, bool], str] | None = None
    # the API compared, by its label: a model id as written, "a subscription" / "your own prices" for the labels of
    # a fee or prices typed without a name (costs.resolve), never the internal label
    api_name: Callable[[str], str] = _identity
    # an API's price: per million tokens, or a flat monthly fee (amounts already written with their currency)
    flat_fee: Callable[[str], str] | None = None
    # the month's verdict as `cost` prints it (break-even kind, saving per month, |saving| written): None, none
    saving: Callable[[str, float, str], str | None] | None = None

    def t(self, english: str, **values: object) -> str:
        text = self.translate(english)
        return text.format(**values) if values else text
