"""`nianbao eval DIR`: extraction quality on DIR/raw/* against DIR/truth/*.json."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
from rich.markup import escape

from nianbao.extract.evaluate import Evaluation, evaluate_dir
from nianbao.forms import default_form
from nianbao_cli.options import json_option
from nianbao_cli.output import emit_json, stderr, stdout


def summary(result: Evaluation, worst: int) -> dict[str, Any]:
    form = default_form()
    return {
        "files": len(result.files),
        "accuracy": round(result.accuracy, 4),
        "precision": round(result.precision, 4),
        "recall": round(result.recall, 4),
        "max_lost": result.max_lost,
        "errors": sum(1 for f in result.files if f.error),
        "formats": {
            fmt: {"files": len(sub.files), "accuracy": round(sub.accuracy, 4)}
            for fmt, sub in sorted(result.by_format().items())
        },
        "fields": result.field_table(form.keys),
        "worst": [f.to_dict() for f in result.worst(worst) if f.lost or f.error],
    }


def _print(data: dict[str, Any]) -> None:
    form = default_form()
    stdout.print(
        f"{data['files']} 个文件：准确率 {data['accuracy']:.2%}，精确率 {data['precision']:.2%}，"
        f"召回率 {data['recall']:.2%}；单个文件最多丢失 {data['max_lost']} 个栏目。"
    )
    for fmt, sub in data["formats"].items():
        stdout.print(
            f"  {fmt or '（无法读取）'}：{sub['files']} 个文件，准确率 {sub['accuracy']:.2%}"
        )
    weak = {k: v for k, v in data["fields"].items() if v["precision"] < 1 or v["recall"] < 1}
    if weak:
        stdout.print("栏目（仅列出未全对的）：")
        for key, row in weak.items():
            label = form.by_key[key].display if key in form.by_key else key
            stdout.print(
                f"  {escape(label)}（{key}）：精确率 {row['precision']:.2%}，"
                f"召回率 {row['recall']:.2%}（对 {row['correct']}/真值 {row['truth']}）"
            )
    if data["worst"]:
        stdout.print("最差的文件：")
        for f in data["worst"]:
            detail = f["error"] or "、".join(
                [*f["wrong"], *(f"缺{k}" for k in f["missing"]), *(f"多{k}" for k in f["extra"])]
            )
            stdout.print(f"  {escape(f['name'])}：准确率 {f['accuracy']:.2%}  {escape(detail)}")


@click.command("eval")
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False, exists=True))
@json_option
@click.option(
    "--min-accuracy",
    type=click.FloatRange(0, 1),
    default=None,
    help="准确率低于此值（0–1）时退出码为 1。",
)
@click.option(
    "--worst", type=click.IntRange(0, 1000), default=5, show_default=True, help="列出最差的文件数。"
)
def evaluate(folder: Path, as_json: bool, min_accuracy: float | None, worst: int) -> int:
    """衡量提取质量：把 FOLDER/raw/ 中的报表提取结果与 FOLDER/truth/ 中同名的 JSON 真值比较。

    值与真值完全相同才算对。输出每个栏目和总体的精确率、召回率，以及最差的文件。
    一个文件有多份报表（汇总表、每年一个工作表）时，真值可写成按顺序排列的 JSON 列表，逐份比较。
    """
    if not (folder / "raw").is_dir() or not (folder / "truth").is_dir():
        raise click.UsageError(f"{folder} 中应有 raw/ 和 truth/ 两个文件夹。")
    result = evaluate_dir(folder)
    if not result.files:
        raise click.UsageError(f"{folder}/raw 中没有与 truth/*.json 同名的文件。")
    data = summary(result, worst)
    if as_json:
        emit_json(data)
    else:
        _print(data)
    if min_accuracy is not None and result.accuracy < min_accuracy:
        stderr.print(f"准确率 {result.accuracy:.2%} 低于要求的 {min_accuracy:.2%}。")
        return 1
    return 0
