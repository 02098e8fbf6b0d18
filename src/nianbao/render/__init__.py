"""The official layout of the report and its outputs."""
