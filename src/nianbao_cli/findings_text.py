"""Findings as a person reads them: grouped by section, in Chinese."""

from __future__ import annotations

from rich.markup import escape

from nianbao.forms.model import Form
from nianbao.rules import Finding
from nianbao_cli.output import stdout

SEVERITY = {"error": "[bold red]错误[/]", "warning": "[yellow]警告[/]"}


def section_of(finding: Finding, form: Form) -> str:
    for key in finding.fields:
        if key in form.by_key:
            return form.by_key[key].section
    return "文件"


def print_findings(source: str, findings: list[Finding], form: Form) -> None:
    errors = sum(f.severity == "error" for f in findings)
    warnings = len(findings) - errors
    head = f"[bold]{escape(source)}[/]"
    if not findings:
        stdout.print(f"{head}：[green]未发现问题[/]（表单版本 {form.id}）")
        return
    stdout.print(f"{head}：{errors} 个错误，{warnings} 个警告（表单版本 {form.id}）")
    order = {section.label: i for i, section in enumerate(form.sections)}
    groups: dict[str, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(section_of(finding, form), []).append(finding)
    for section in sorted(groups, key=lambda s: order.get(s, -1)):
        stdout.print(f"  【{escape(section)}】")
        for f in groups[section]:
            labels = "、".join(
                f"{form.by_key[k].display}({k})" if k in form.by_key else k for k in f.fields
            )
            stdout.print(f"    {SEVERITY[f.severity]} 〔{escape(f.clause)}〕 {escape(f.message)}")
            stdout.print(f"      修改：{escape(f.fix)}")
            if labels:
                stdout.print(f"      栏目：{escape(labels)}  规则：{f.rule}", style="dim")
