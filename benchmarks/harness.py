"""Timing helpers shared by the benchmark modules."""

from __future__ import annotations

import resource
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass


@dataclass
class Result:
    name: str
    value: float
    unit: str
    target: float | None = None
    """The issue's target for this figure (higher is better unless lower_is_better)."""
    baseline_name: str | None = None
    baseline: float | None = None
    lower_is_better: bool = False

    @property
    def meets_target(self) -> bool:
        if self.target is None:
            return True
        return self.value <= self.target if self.lower_is_better else self.value >= self.target

    def line(self) -> str:
        text = f"{self.name:<48} {self.value:>12,.1f} {self.unit}"
        if self.target is not None:
            mark = "ok" if self.meets_target else "BELOW TARGET"
            # `:g` keeps a target such as 1.5 readable; `,.0f` would print it as 2.
            target = f"{self.target:,.0f}" if self.target >= 100 else f"{self.target:g}"
            text += f"   target {target} ({self.value / self.target:.2f}x, {mark})"
        if self.baseline:
            text += f"   vs {self.baseline_name}: {self.value / self.baseline:.2f}x"
        return text

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def best_rate(
    items: int,
    work: Callable[[], object],
    repeat: int = 5,
    clock: Callable[[], float] = time.perf_counter,
) -> float:
    """Items per second of the fastest of `repeat` runs of `work`, timed by `clock`."""
    best = float("inf")
    for _ in range(repeat):
        start = clock()
        work()
        best = min(best, clock() - start)
    return items / best


def cpu_rate(items: int, work: Callable[[], object], repeat: int = 3) -> float:
    """Items per CPU-second of this process (best of `repeat`): the per-core figure the
    targets are set in, which other work on a shared machine does not halve as it does
    wall-clock rates."""
    return best_rate(items, work, repeat, clock=time.process_time)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
