"""Compressed logs, decompressed by nianbao's own threads and handed to DuckDB as plain text.

DuckDB's gzip reader costs about as much as splitting the lines does. ISA-L's
igzip (python-isal) decompresses gzip several times faster than zlib, and in
threads of its own (both decompressors release the GIL) it runs beside
DuckDB's parsing on the other core. Each compressed file gets a named pipe
(FIFO) that DuckDB's CSV reader reads as an uncompressed file; a thread per
file waits until DuckDB opens its pipe, and only then opens the file and
decompresses into the pipe, so files waiting their turn cost no memory.

Decompressing here also checks every stream to its end: a gzip member cut
short or whose CRC or length is wrong, and a zstd frame cut short, are errors
that name the file — never silently fewer lines.
"""

from __future__ import annotations

import contextlib
import gzip
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, cast

import zstandard
from isal import igzip, isal_zlib

from nianbao.errors import InputError
from nianbao.metrics.logfiles import LogFile

if sys.platform == "linux":
    import fcntl

CHUNK = 1 << 20
_ZSTD_INPUT = 1 << 17
"""Compressed bytes fed to zstd at a time: bounds what one call can expand to."""
_PIPE_SIZES = (1 << 23, 1 << 20)
_JOIN_SECONDS = 30.0
_ISAL_ERROR = cast("type[Exception]", isal_zlib.error)  # the stub declares an instance
_IGZIP = cast("Callable[..., gzip.GzipFile]", igzip.IGzipFile)  # untyped constructor


def available() -> bool:
    """FIFOs exist on Linux and macOS; elsewhere DuckDB decompresses by itself."""
    return hasattr(os, "mkfifo")


@dataclass(slots=True)
class _Feed:
    log: LogFile
    fifo: Path
    thread: threading.Thread | None = None
    error: str | None = None
    opened: bool = False


class Feeds:
    """Named pipes carrying the decompressed text of compressed logs, one per file.

    Use as a context manager around the query that reads `paths`; `check()`
    afterwards raises the first decompression error, naming its file.
    """

    def __init__(self, files: list[LogFile], work: Path) -> None:
        self._feeds: list[_Feed] = []
        self._stop = threading.Event()
        for index, log in enumerate(files):
            fifo = work / f"log-{index}.pipe"
            os.mkfifo(fifo, 0o600)
            self._feeds.append(_Feed(log, fifo))

    @property
    def paths(self) -> dict[str, LogFile]:
        """The pipe DuckDB reads → the file it carries."""
        return {str(feed.fifo): feed.log for feed in self._feeds}

    def __enter__(self) -> Feeds:
        for feed in self._feeds:
            feed.thread = threading.Thread(
                target=self._run, args=(feed,), name=f"nianbao-feed-{feed.fifo.name}", daemon=True
            )
            feed.thread.start()
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        self._stop.set()
        # Pipes DuckDB never opened (it stopped early, or a thread has not reached its open
        # yet): a reader opened here lets each such thread's open return, and the thread
        # then sees the stop. The readers stay open until the threads are done, so that a
        # thread reaching its open later does not wait for ever.
        readers = []
        for feed in self._feeds:
            if not feed.opened:
                with contextlib.suppress(OSError):
                    readers.append(os.open(feed.fifo, os.O_RDONLY | os.O_NONBLOCK))
        # Interrupted, DuckDB may still hold pipes it no longer reads: do not wait long.
        deadline = time.monotonic() + (_JOIN_SECONDS if exc_type is None else 2.0)
        for feed in self._feeds:
            if feed.thread is not None:
                feed.thread.join(max(0.0, deadline - time.monotonic()))
        for fd in readers:
            os.close(fd)

    def check(self) -> None:
        for feed in self._feeds:
            if feed.error is not None:
                raise InputError(feed.error, source=feed.log.name)

    def _run(self, feed: _Feed) -> None:
        try:
            fd = os.open(feed.fifo, os.O_WRONLY)  # returns once DuckDB opens the pipe
        except OSError as exc:
            feed.error = f"无法打开管道：{exc.strerror or exc}。"
            return
        feed.opened = True
        try:
            if self._stop.is_set():
                return
            _grow_pipe(fd)
            with feed.log.path.open("rb") as raw:
                for chunk in decompressed(feed.log.compression, raw):
                    if self._stop.is_set():
                        return
                    _write_all(fd, chunk)
        except BrokenPipeError:
            pass  # DuckDB stopped reading; the query's own error is the one reported
        except EOFError:
            feed.error = (
                "压缩数据不完整：文件在压缩流结束之前就断了（文件可能被截断，或在写入时被复制）。"
                "为免少算，访问日志的数字不予计算；请重新取得完整的文件，"
                "可用 gzip -t 或 zstd -t 检查。"
            )
        except (OSError, _ISAL_ERROR, zstandard.ZstdError, ValueError) as exc:
            feed.error = (
                f"压缩数据已损坏（{_reason(exc)}）：请重新取得该文件，"
                "可用 gzip -t 或 zstd -t 检查。"
            )
        finally:
            os.close(fd)


def _grow_pipe(fd: int) -> None:
    """Larger pipes on Linux: fewer hand-overs between this thread and DuckDB's.

    The default is 64 KB; an unprivileged process may go up to
    /proc/sys/fs/pipe-max-size (1 MB by default), a privileged one further.
    """
    if sys.platform == "linux":
        for size in _PIPE_SIZES:
            try:
                fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, size)
            except OSError:
                continue
            return


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _write_all(fd: int, data: bytes | memoryview) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def decompressed(compression: str, raw: BinaryIO) -> Iterator[bytes | memoryview]:
    """The decompressed bytes of a file, in chunks; EOFError when a stream is cut short."""
    if compression == "gzip":
        yield from _gunzip(raw)
    elif compression == "zstd":
        yield from _unzstd(raw)
    else:
        while chunk := raw.read(CHUNK):
            yield chunk


def _gunzip(raw: BinaryIO) -> Iterator[memoryview]:
    # IGzipFile reads concatenated members, checks each one's CRC and length, and raises
    # EOFError when the last one ends early; readinto reuses one buffer.
    buffer = bytearray(CHUNK)
    view = memoryview(buffer)
    with _IGZIP(fileobj=raw, mode="rb") as stream:
        while size := stream.readinto(buffer):
            yield view[:size]


def _unzstd(raw: BinaryIO) -> Iterator[bytes]:
    context = zstandard.ZstdDecompressor()
    frame = context.decompressobj()
    fed = False
    while chunk := raw.read(_ZSTD_INPUT):
        while chunk:
            out = frame.decompress(chunk)
            fed = True
            if out:
                yield out
            if frame.eof:  # one frame done; what follows is the next one
                chunk = frame.unused_data
                frame = context.decompressobj()
                fed = False
            else:
                chunk = b""
    if fed:
        raise EOFError("zstd frame cut short")
