"""Readers: the only modules that parse untrusted input files."""
