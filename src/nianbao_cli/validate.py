"""`nianbao validate FILE...`: every rule the instructions set, on each file."""

from __future__ import annotations

from pathlib import Path

import click

from nianbao.errors import InputError
from nianbao.loading import check_files
from nianbao_cli.findings_text import print_findings
from nianbao_cli.options import deadline_option, json_option, rule_settings
from nianbao_cli.output import emit_json, error_record, print_error, progress


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@json_option
@deadline_option
def validate(files: tuple[Path, ...], as_json: bool, deadline: str) -> int:
    """检查报表文件：列出违反填写说明的每一处，注明条款、栏目和改法。

    FILE 是 JSON 或 YAML 报表文件（键为标准字段名，见 nianbao schema）。
    退出码：0 没有错误；1 有错误或有文件无法读取；2 用法错误。
    """
    settings = rule_settings(deadline)
    status = 0
    with progress(list(files), "检查") as items:
        for path in items:
            try:
                found = check_files(path, settings)
            except InputError as exc:
                status = 1
                if as_json:
                    emit_json(error_record(str(path), exc))
                else:
                    print_error(str(path), exc)
                continue
            for source, checked in found:
                if checked.errors:
                    status = 1
                if as_json:
                    emit_json(
                        {
                            "source": source,
                            "form": checked.report.form.id,
                            "findings": [f.to_dict() for f in checked.findings],
                            "counts": {"error": checked.errors, "warning": checked.warnings},
                        }
                    )
                else:
                    print_findings(source, checked.findings, checked.report.form)
    return status
