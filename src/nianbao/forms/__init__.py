"""The form as data: form versions, their fields and their rules."""

from nianbao.forms.model import Choice, Condition, Field, FieldType, Form, Group, RuleSpec
from nianbao.forms.registry import default_form, form_for_year, forms

__all__ = [
    "Choice",
    "Condition",
    "Field",
    "FieldType",
    "Form",
    "Group",
    "RuleSpec",
    "default_form",
    "form_for_year",
    "forms",
]
