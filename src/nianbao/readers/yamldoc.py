"""YAML parsing that remembers where every value stood.

Messages about data files must name file:line, so the document is composed
into nodes first (keeping their marks) and only then turned into Python.
Aliases are followed once: a "billion laughs" document shares nodes and would
otherwise make the walk exponential.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from nianbao.errors import InputError, UnsafeInputError

Path = tuple[str | int, ...]
MAX_DEPTH = 64

_SafeLoader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BaseLoader: type[Any] = getattr(yaml, "CBaseLoader", yaml.BaseLoader)


@dataclass
class YamlDocument:
    data: Any
    lines: dict[Path, int] = field(default_factory=dict)
    """1-based line of the value at each path."""
    duplicates: list[tuple[Path, int]] = field(default_factory=list)
    """Paths of mapping keys written more than once, with the line of the repeat."""

    def line(self, path: Path) -> int | None:
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), None)


def parse_yaml(text: str, *, typed: bool, source: str | None = None) -> YamlDocument:
    """Parse one YAML document.

    typed=False keeps every scalar as the string written (report files: the
    normaliser, not YAML 1.1, decides that 0898… is text and 2023.01 a date).
    """
    loader = (_SafeLoader if typed else _BaseLoader)(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return YamlDocument(None)
        doc = YamlDocument(None)
        _walk(node, (), doc, set(), 0)
        doc.data = loader.construct_document(node)
        return doc
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"第 {mark.line + 1} 行" if mark is not None else ""
        raise InputError(
            f"不是有效的 YAML/JSON 文件（{where}{exc.problem or exc}）：请检查缩进、冒号和引号。",
            source=source,
        ) from None
    except yaml.YAMLError as exc:
        raise InputError(f"不是有效的 YAML/JSON 文件：{exc}", source=source) from None
    except RecursionError:
        raise UnsafeInputError("文件嵌套层数过深，拒绝读取。", source=source) from None
    finally:
        loader.dispose()


def _walk(node: yaml.Node, path: Path, doc: YamlDocument, seen: set[int], depth: int) -> None:
    if depth > MAX_DEPTH:
        raise UnsafeInputError(f"文件嵌套超过 {MAX_DEPTH} 层，拒绝读取。")
    doc.lines.setdefault(path, node.start_mark.line + 1)
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        keys: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else "?"
            child = (*path, key)
            if key in keys:
                doc.duplicates.append((child, key_node.start_mark.line + 1))
            keys.add(key)
            doc.lines[child] = value_node.start_mark.line + 1
            _walk(value_node, child, doc, seen, depth + 1)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*path, index), doc, seen, depth + 1)
