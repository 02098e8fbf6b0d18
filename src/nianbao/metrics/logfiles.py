"""Access log files: plain, gzip or zstd, told apart by their first bytes, not their names."""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, cast

import zstandard

from nianbao.errors import InputError, UnsupportedFormatError

_MAGIC = (
    (b"\x1f\x8b", "gzip"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
)
_UNSUPPORTED = (
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"PK\x03\x04", "zip"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
)


@dataclass(frozen=True, slots=True)
class LogFile:
    path: Path
    compression: str
    """`none`, `gzip` or `zstd` (the names DuckDB's read_csv takes)."""
    size: int

    @property
    def name(self) -> str:
        return str(self.path)


def sniff(path: Path) -> LogFile:
    source = str(path)
    try:
        if path.is_dir():
            raise InputError("这是一个文件夹，不是日志文件。", source=source)
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise InputError("文件不存在。", source=source) from None
    except OSError as exc:
        raise InputError(f"无法读取文件：{exc.strerror or exc}。", source=source) from None
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return LogFile(path, kind, size)
    for magic, kind in _UNSUPPORTED:
        if head.startswith(magic):
            raise UnsupportedFormatError(
                f"这是 {kind} 压缩文件，nianbao 只读未压缩、gzip 或 zstd 压缩的日志："
                f"请先解压（或改用 gzip 压缩）再试。",
                source=source,
            )
    return LogFile(path, "none", size)


def sniff_all(paths: list[Path]) -> list[LogFile]:
    return [sniff(p) for p in paths]


def iter_lines(log: LogFile) -> Iterator[tuple[int, bytes]]:
    """(line number from 1, raw line without its end) of a log file, decompressed on the fly."""
    with log.path.open("rb") as raw:
        stream: IO[bytes]
        if log.compression == "gzip":
            stream = cast(IO[bytes], gzip.GzipFile(fileobj=raw))
        elif log.compression == "zstd":
            reader = zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True)
            stream = io.BufferedReader(reader)
        else:
            stream = raw
        for number, line in enumerate(stream, start=1):
            yield number, line.rstrip(b"\r\n")
