"""Compressed logs reach DuckDB through nianbao's decompressing threads: every line, or an error.

A stream cut short, or one whose checksum is wrong, must fail naming its
file — never count fewer lines. The answers are checked against the same
lines read uncompressed.
"""

from __future__ import annotations

import gzip
import io
import threading
from pathlib import Path

import pytest
import zstandard

from nianbao.errors import InputError
from nianbao.metrics import accesslog, logfeed
from nianbao.metrics.accesslog import count_traffic
from nianbao.metrics.config import default_config
from nianbao.metrics.logfiles import sniff
from nianbao.metrics.sitetime import site_time

SHANGHAI_2024 = site_time("Asia/Shanghai", 2024)
UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0"


def _rows(count: int, day: int = 10) -> list[str]:
    return [
        f"10.0.{i // 250}.{i % 250} - - [{day:02d}/May/2024:10:{i % 60:02d}:00 +0800] "
        f'"GET /p{i % 7}.html HTTP/1.1" 200 5 "-" "{UA}"'
        for i in range(count)
    ]


def _text(rows: list[str]) -> bytes:
    return "".join(f"{row}\n" for row in rows).encode()


GZIP_DATA = gzip.compress(_text(_rows(20_000)), 1)
ZSTD_DATA = zstandard.ZstdCompressor().compress(_text(_rows(20_000)))


@pytest.mark.parametrize(
    "cut",
    [
        len(GZIP_DATA) // 2,  # inside the deflate stream
        len(GZIP_DATA) - 8,  # the deflate stream whole, the CRC and length missing
        len(GZIP_DATA) - 4,  # the length missing
        len(GZIP_DATA) - 1,
    ],
)
def test_a_gzip_cut_anywhere_is_an_error_naming_the_file(tmp_path: Path, cut: int) -> None:
    good = tmp_path / "good.gz"
    good.write_bytes(gzip.compress(_text(_rows(5, day=11))))
    broken = tmp_path / "access.log-20240510.gz"
    broken.write_bytes(GZIP_DATA[:cut])
    with pytest.raises(InputError, match="不完整") as caught:
        count_traffic([good, broken], default_config().access_log, SHANGHAI_2024)
    assert caught.value.source == str(broken)


def test_a_wrong_gzip_checksum_is_an_error(tmp_path: Path) -> None:
    data = bytearray(GZIP_DATA)
    data[-6] ^= 0x01  # inside the CRC-32 of the trailer
    broken = tmp_path / "access.log.gz"
    broken.write_bytes(bytes(data))
    with pytest.raises(InputError, match="损坏") as caught:
        count_traffic([broken], default_config().access_log, SHANGHAI_2024)
    assert caught.value.source == str(broken)


@pytest.mark.parametrize("cut", [len(ZSTD_DATA) // 2, len(ZSTD_DATA) - 3])
def test_a_zstd_frame_cut_short_is_an_error(tmp_path: Path, cut: int) -> None:
    broken = tmp_path / "access.log.zst"
    broken.write_bytes(ZSTD_DATA[:cut])
    with pytest.raises(InputError, match="不完整") as caught:
        count_traffic([broken], default_config().access_log, SHANGHAI_2024)
    assert caught.value.source == str(broken)


def test_concatenated_members_and_frames_are_read_whole(tmp_path: Path) -> None:
    first, second = _rows(3000, day=10), _rows(2000, day=11)
    plain = tmp_path / "plain.log"
    plain.write_bytes(_text(first + second))
    members = tmp_path / "members.gz"  # what `cat a.gz b.gz > c.gz` leaves: valid gzip
    members.write_bytes(gzip.compress(_text(first)) + gzip.compress(_text(second)))
    frames = tmp_path / "frames.zst"
    packer = zstandard.ZstdCompressor()
    frames.write_bytes(packer.compress(_text(first)) + packer.compress(_text(second)))
    cfg = default_config().access_log
    expected, _, _ = count_traffic([plain], cfg, SHANGHAI_2024)
    assert expected.page_views == 5000
    for path in (members, frames):
        counted, _, _ = count_traffic([path], cfg, SHANGHAI_2024)
        assert (counted.page_views, counted.unique_visitors, counted.lines) == (
            expected.page_views,
            expected.unique_visitors,
            expected.lines,
        )


def test_batches_of_files_add_up_to_the_same_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same visitors on the same day in every file: the batches' groups must merge.
    rows = _rows(100)
    paths = []
    for index in range(5):
        path = tmp_path / f"access-{index}.log.gz"
        path.write_bytes(gzip.compress(_text([*rows, "garbage"])))
        paths.append(path)
    cfg = default_config().access_log
    whole, _, _ = count_traffic(paths, cfg, SHANGHAI_2024)
    monkeypatch.setattr(accesslog, "FILES_PER_BATCH", 2)
    batched, _, _ = count_traffic(paths, cfg, SHANGHAI_2024)
    assert whole.page_views == 500
    assert whole.unique_visitors == 100
    assert (batched.page_views, batched.unique_visitors, batched.rejected, batched.daily) == (
        whole.page_views,
        whole.unique_visitors,
        whole.rejected,
        whole.daily,
    )
    assert batched.rejected == 5
    assert sorted(e.split(":")[0] for e in batched.examples) == sorted(map(str, paths))


def test_pipes_never_opened_do_not_leave_threads_waiting(tmp_path: Path) -> None:
    logs = []
    for index in range(3):
        path = tmp_path / f"{index}.gz"
        path.write_bytes(gzip.compress(b"x\n"))
        logs.append(sniff(path))
    work = tmp_path / "pipes"
    work.mkdir()
    before = threading.active_count()
    with logfeed.Feeds(logs, work) as feeds:  # as if the query failed before reading them
        assert len(feeds.paths) == 3
    assert threading.active_count() == before
    feeds.check()


def test_decompressed_chunks_are_the_file(tmp_path: Path) -> None:
    text = _text(_rows(30_000))
    for kind, data in (
        ("gzip", gzip.compress(text)),
        ("zstd", zstandard.ZstdCompressor().compress(text)),
        ("none", text),
    ):
        out = b"".join(bytes(c) for c in logfeed.decompressed(kind, io.BytesIO(data)))
        assert out == text, kind
