"""The link between a Site row and the form fields that describe it (`site_fields.yaml`)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from nianbao_web.orgs.models import Site


@cache
def site_fields() -> dict[str, str]:
    """Form key → Site attribute."""
    text = (Path(__file__).with_name("site_fields.yaml")).read_text(encoding="utf-8")
    return {str(k): str(v) for k, v in yaml.safe_load(text).items()}


def key_of(attribute: str) -> str:
    """The last form key filled from `attribute` (e.g. `code` → the 标识码 field)."""
    return [key for key, attr in site_fields().items() if attr == attribute][-1]


def values_of(site: Site) -> dict[str, Any]:
    return {key: getattr(site, attr) for key, attr in site_fields().items()}


def attributes_from(values: dict[str, Any]) -> dict[str, str]:
    return {attr: str(values[key]) for key, attr in site_fields().items() if key in values}
