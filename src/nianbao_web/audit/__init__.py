"""Append-only revision history (hash-chained) and the workflow transition log."""
