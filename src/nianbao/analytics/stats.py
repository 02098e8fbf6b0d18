"""Order statistics with one stated method, so hand-computed answers match."""

from __future__ import annotations

import math
from collections.abc import Sequence


def quantile(sorted_values: Sequence[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default, Excel's QUARTILE.INC)."""
    if not sorted_values:
        raise ValueError("quantile of an empty group")
    position = (len(sorted_values) - 1) * q
    low = math.floor(position)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (position - low)


def median(values: Sequence[float]) -> float:
    return quantile(sorted(values), 0.5)


def mad(values: Sequence[float], centre: float | None = None) -> float:
    """Median absolute deviation from the median (unscaled)."""
    centre = median(values) if centre is None else centre
    return median([abs(v - centre) for v in values])


def mean_abs_deviation(values: Sequence[float], centre: float) -> float:
    return sum(abs(v - centre) for v in values) / len(values)


def robust_z(value: float, centre: float, values: Sequence[float]) -> float | None:
    """How unusual `value` is among `values`, robustly; None when the spread is nil.

    The modified z-score of Iglewicz and Hoaglin, 0.6745·(x − median)/MAD. When
    more than half the values are equal the MAD is 0 (common for counts that are
    mostly zero); then the mean absolute deviation, scaled by 1.2533 to be
    comparable, stands in for it (as IBM SPSS does). All values equal: no score.
    """
    spread = mad(values, centre)
    mean_dev = mean_abs_deviation(values, centre) if spread == 0 else 0.0
    return spread_z(value, centre, spread, mean_dev)


def spread_z(value: float, centre: float, spread: float, mean_dev: float) -> float | None:
    """`robust_z` from a group's summary (its MAD and mean absolute deviation), for
    scoring many values against one group without keeping the group's values."""
    if spread > 0:
        return 0.6745 * (value - centre) / spread
    if mean_dev > 0:
        return (value - centre) / (1.2533 * mean_dev)
    return None
