"""Many reports → totals, distributions, rankings, year over year, anomalies, progress."""

from nianbao.analytics.anomalies import Flag, find_anomalies
from nianbao.analytics.dataset import Dataset, Entry
from nianbao.analytics.progress import Progress, SiteStatus, progress
from nianbao.analytics.totals import FieldSummary, summarise

__all__ = [
    "Dataset",
    "Entry",
    "FieldSummary",
    "Flag",
    "Progress",
    "SiteStatus",
    "find_anomalies",
    "progress",
    "summarise",
]
