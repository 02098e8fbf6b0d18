"""`--into REPORT`: write computed figures into a report file, touching nothing else.

A JSON report is rewritten with its keys in their order (new keys at the
end) and its indentation. A YAML report is edited in place: only the text of
each computed key's value changes (comments, quoting, order and every other
line stay byte for byte), and keys it lacks are appended as new lines. The
file is replaced atomically (written beside it, then renamed), so a crash
never leaves half a report.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from nianbao.errors import InputError, UsageError
from nianbao.readers.limits import read_limited
from nianbao.readers.reportfile import MAX_REPORT_FILE_BYTES

Number = int | float
_INDENT_RE = re.compile(r"^\{\r?\n([ \t]+)\S", re.MULTILINE)


@dataclass
class Merged:
    path: Path
    changed: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def merge_into(path: Path, values: dict[str, Number], year: int) -> Merged:
    """Write `values` into the report file at `path` (created when missing)."""
    kind = _kind(path)
    source = str(path)
    if not path.exists():
        text, encoding, bom = "", "utf-8", False
    else:
        text, encoding, bom = _read(path)
    merged = Merged(path)
    if kind == "json":
        new_text = _merge_json(text, values, year, source, merged)
    else:
        new_text = _merge_yaml(text, values, year, source, merged)
    if new_text != text or not path.exists():
        data = new_text.encode(encoding)
        _write_atomically(path, (b"\xef\xbb\xbf" if bom else b"") + data)
    return merged


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix in (".yaml", ".yml"):
        return "yaml"
    raise UsageError(f"--into 只能写入 .json、.yaml 或 .yml 报表文件，而不是「{path.name}」。")


def _read(path: Path) -> tuple[str, str, bool]:
    source = str(path)
    data = read_limited(path, MAX_REPORT_FILE_BYTES, "报表文件")
    bom = data.startswith(b"\xef\xbb\xbf")
    body = data[3:] if bom else data
    for encoding in ("utf-8", "gb18030"):
        try:
            return body.decode(encoding), encoding, bom
        except UnicodeDecodeError:
            continue
    raise InputError("报表文件既不是 UTF-8 也不是 GB18030 编码。", source=source)


def _check_year(found: Any, year: int, source: str) -> None:
    if found is None or str(found).strip() == "":
        return
    if str(found).strip() != str(year):
        raise InputError(
            f"报表文件的年度（year）为 {found}，与 --year {year} 不一致：没有写入。"
            "请核对 --year，或换用该年度的报表文件。",
            source=source,
        )


def _merge_json(
    text: str, values: dict[str, Number], year: int, source: str, merged: Merged
) -> str:
    if not text.strip():
        data: dict[str, Any] = {}
    else:
        try:
            loaded = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"不是有效的 JSON 文件（第 {exc.lineno} 行第 {exc.colno} 列："
                f"{exc.msg}）：没有写入。",
                source=source,
            ) from None
        if not isinstance(loaded, dict):
            raise InputError("报表文件的顶层应是“字段名: 值”的映射：没有写入。", source=source)
        data = loaded
    _check_year(data.get("year"), year, source)
    for key, value in values.items():
        if key not in data:
            merged.added.append(key)
        elif data[key] != value or type(data[key]) is not type(value):
            merged.changed.append(key)
        else:
            merged.unchanged.append(key)
            continue
        data[key] = value
    if not merged.added and not merged.changed:
        return text
    match = _INDENT_RE.search(text)
    indent: str | int | None = match.group(1) if match else (None if text.strip() else 2)
    out = json.dumps(data, ensure_ascii=False, indent=indent)
    newline = "\r\n" if "\r\n" in text else "\n"
    if newline != "\n":
        out = out.replace("\n", newline)
    return out + (newline if text.endswith(("\n", "\r")) or not text else "")


def _scalar(value: Number) -> str:
    return repr(value) if isinstance(value, float) else str(int(value))


def _merge_yaml(
    text: str, values: dict[str, Number], year: int, source: str, merged: Merged
) -> str:
    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"第 {mark.line + 1} 行：" if mark is not None else ""
        raise InputError(
            f"不是有效的 YAML 文件（{where}{exc}）：没有写入。", source=source
        ) from None
    finally:
        loader.dispose()
    spans: dict[str, list[tuple[int, int]]] = {}
    if root is not None:
        if not isinstance(root, yaml.MappingNode) or root.flow_style:
            raise InputError(
                "报表文件的顶层应是块格式的“字段名: 值”映射（每行一个字段）：没有写入。",
                source=source,
            )
        for key_node, value_node in root.value:
            if isinstance(key_node, yaml.ScalarNode):
                if key_node.value == "year" and isinstance(value_node, yaml.ScalarNode):
                    _check_year(value_node.value, year, source)
                spans.setdefault(str(key_node.value), []).append(
                    (value_node.start_mark.index, value_node.end_mark.index)
                )
    edits: list[tuple[int, int, str]] = []
    appended: list[str] = []
    for key, value in values.items():
        written = _scalar(value)
        if key not in spans:
            merged.added.append(key)
            appended.append(f"{key}: {written}")
            continue
        same = all(text[a:b].strip() == written for a, b in spans[key])
        (merged.unchanged if same else merged.changed).append(key)
        if same:
            continue
        for start, end in spans[key]:
            old = text[start:end]
            new = (" " if start == end else "") + written
            if old.endswith("\n"):
                new += "\n"
            edits.append((start, end, new))
    out = text
    for start, end, new in sorted(edits, reverse=True):
        out = out[:start] + new + out[end:]
    if appended:
        newline = "\r\n" if "\r\n" in text else "\n"
        if out and not out.endswith(("\n", "\r")):
            out += newline
        out += newline.join(appended) + newline
    return out


def _write_atomically(path: Path, data: bytes) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    try:
        mode = path.stat().st_mode & 0o7777 if path.exists() else None
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            if mode is not None:
                os.chmod(temp, mode)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise InputError(f"无法写入报表文件：{exc.strerror or exc}。", source=str(path)) from None
