"""Which form version serves which report year.

Each version is a pair of files in this folder, `<id>.form.yaml` and
`<id>.rules.yaml`. A version serves every year from its `serves_from_year`
until the next version starts; the oldest one also serves earlier years, so
any year has a form. Adding a form year is adding two data files.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from nianbao.errors import FormDefinitionError
from nianbao.forms.loader import load_form
from nianbao.forms.model import Form

FORMS_DIR = Path(__file__).parent


@cache
def forms() -> tuple[Form, ...]:
    """Every form version shipped, oldest first."""
    found = []
    for form_path in sorted(FORMS_DIR.glob("*.form.yaml")):
        rules_path = form_path.with_name(form_path.name.replace(".form.yaml", ".rules.yaml"))
        if not rules_path.exists():
            raise FormDefinitionError(f"{form_path}: no rules file {rules_path.name} beside it")
        found.append(load_form(form_path, rules_path))
    if not found:
        raise FormDefinitionError(f"no form definition (*.form.yaml) in {FORMS_DIR}")
    return tuple(sorted(found, key=lambda f: f.serves_from_year))


def form_for_year(year: int | None) -> Form:
    """The form version that serves report year `year` (the newest one for None)."""
    versions = forms()
    if year is None:
        return versions[-1]
    chosen = versions[0]
    for form in versions:
        if form.serves_from_year <= year:
            chosen = form
    return chosen


def default_form() -> Form:
    return form_for_year(None)
