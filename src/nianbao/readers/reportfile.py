"""Report files: a JSON or YAML mapping of canonical keys to values.

This is the format of the corpus truth files and of `nianbao template`.
YAML scalars are read as the text written, so the normaliser (not YAML 1.1's
guesses) decides what `0898…`, `2023.01.11` or `是` mean.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from nianbao.coerce import report_from_mapping
from nianbao.errors import InputError, NotAReportError, UnsafeInputError
from nianbao.readers.limits import MAX_REPORT_FILE_BYTES, read_limited
from nianbao.readers.yamldoc import parse_yaml
from nianbao.report import Report

__all__ = ["MAX_REPORT_FILE_BYTES", "decode", "parse_report_text", "read_report_file"]


def decode(data: bytes, source: str) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError("不是文本文件（既不是 UTF-8 也不是 GB18030 编码）。", source=source)


def _pairs_with_duplicates(duplicates: list[str]) -> Any:
    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in pairs:
            if key in out:
                duplicates.append(key)
            out[key] = value
        return out

    return hook


def parse_report_text(text: str, source: str) -> Report:
    stripped = text.lstrip()
    duplicates: list[str] = []
    if stripped.startswith(("{", "[")):
        try:
            data = json.loads(text, object_pairs_hook=_pairs_with_duplicates(duplicates))
        except json.JSONDecodeError as exc:
            raise InputError(
                f"不是有效的 JSON 文件（第 {exc.lineno} 行第 {exc.colno} 列：{exc.msg}）。",
                source=source,
            ) from None
        except RecursionError:
            raise UnsafeInputError("文件嵌套层数过深，拒绝读取。", source=source) from None
        locate = None
    else:
        doc = parse_yaml(text, typed=False, source=source)
        data = doc.data
        duplicates = [str(path[0]) for path, _ in doc.duplicates if len(path) == 1]

        def locate(key: str) -> str:
            line = doc.lines.get((key,))
            return f"第 {line} 行" if line else key

    if not isinstance(data, dict):
        kind = "空文件" if data is None else f"一个{type(data).__name__}"
        raise NotAReportError(
            f"不是报表文件：顶层应是“字段名: 值”的映射，这里是{kind}。"
            "运行 nianbao template 可得到空白报表文件。",
            source=source,
        )
    return report_from_mapping(data, source=source, locate=locate, duplicates=duplicates)


def read_report_file(path: Path) -> Report:
    source = str(path)
    data = read_limited(path, MAX_REPORT_FILE_BYTES, "报表文件")
    if b"\x00" in data:
        raise NotAReportError("这是二进制文件，不是 JSON/YAML 报表文件。", source=source)
    return parse_report_text(decode(data, source), source)
