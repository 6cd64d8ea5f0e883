"""What the pages share: the hardware (detected, then edited by what-if), the recommendation, the chosen model,
the server and its benchmark, and the costs. Data flows one way: each page reads what earlier pages set and
listens for changes, so a what-if edit on the Hardware page reaches every later page."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from advisor.core.types import HardwareProfile, Recommendation
from advisor.core.urls import DEFAULT_SERVER_URL

if TYPE_CHECKING:  # sizing loads the GGUF reader; the app imports it on a worker, when it first computes
    from advisor.core.sizing.local import LocalModelEstimate

DEFAULT_CONTEXT = 4096
DEFAULT_MIN_SPEED = 5.0  # tok/s: the recommendation's slowest acceptable generation speed


class WizardState(QObject):
    profile_changed = Signal()
    recommendation_changed = Signal()
    model_changed = Signal()
    server_changed = Signal()
    costs_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.detected: HardwareProfile | None = None
        self.profile: HardwareProfile | None = None  # the detected one, or the what-if version of it
        self.what_if_active = False
        self.context = DEFAULT_CONTEXT
        self.min_tokens_per_second = DEFAULT_MIN_SPEED
        self.recommendation: Recommendation | None = None
        self.local_models: tuple[LocalModelEstimate, ...] = ()
        self.candidates: tuple[Any, ...] = ()  # what the Models page found
        # the machine, context and speed floor they were sized for: a report lists them only while these still hold
        self.candidates_for: tuple[Any, int, float] | None = None
        self.chosen: Any | None = None  # the candidate the user picked
        self.catalog_source: str | None = None
        self.catalog_retrieved_at: str | None = None
        self.server_url = DEFAULT_SERVER_URL
        self.server: Any | None = None
        self.benchmark: Any | None = None
        self.after_load: Any | None = None  # servers.after_load.AfterLoad: the last check of what the server uses
        self.cost_inputs: Any | None = None
        self.costs: Any | None = None

    def set_profile(self, profile: HardwareProfile, *, detected: bool, what_if: bool = False) -> None:
        if detected:
            self.detected = profile
        self.profile = profile
        self.what_if_active = what_if
        self.profile_changed.emit()

    def set_recommendation(
        self, recommendation: Recommendation | None, local_models: Iterable[LocalModelEstimate] = ()
    ) -> None:
        self.recommendation = recommendation
        self.local_models = tuple(local_models)
        self.recommendation_changed.emit()

    def set_candidates(
        self,
        candidates: tuple[Any, ...],
        source: str | None,
        retrieved_at: str | None,
        sized_for: tuple[Any, int, float] | None = None,
    ) -> None:
        """What the Models page found, and (`sized_for`) the profile, context and speed floor its search used."""
        self.candidates = tuple(candidates)
        self.candidates_for = sized_for
        self.catalog_source, self.catalog_retrieved_at = source, retrieved_at
        self.model_changed.emit()

    def candidates_hold(self) -> bool:
        """Whether the candidates were found for this machine, context and speed floor (code review: the report
        listed files sized for the previous machine or context while the Models page's new search ran, or failed)."""
        return self.candidates_for is not None and self.candidates_for == (
            self.profile,
            self.context,
            self.min_tokens_per_second,
        )

    def set_chosen(self, candidate: Any | None) -> None:
        self.chosen = candidate
        self.model_changed.emit()

    def set_server(self, status: Any | None = None, benchmark: Any | None = None) -> None:
        if status is not None:
            self.server = status
        if benchmark is not None:
            self.benchmark = benchmark
        self.server_changed.emit()

    def reset_server(self, status: Any | None = None) -> None:
        """A new URL or a failed check: the old diagnosis and the benchmark of the old server no longer hold."""
        self.server, self.benchmark, self.after_load = status, None, None
        self.server_changed.emit()

    def set_costs(self, inputs: Any | None, comparison: Any | None) -> None:
        self.cost_inputs, self.costs = inputs, comparison
        self.costs_changed.emit()
