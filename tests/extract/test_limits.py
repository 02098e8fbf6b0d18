"""`read_limited`: the one way a file is read under a size limit."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.errors import EncryptedError, InputError, TooLargeError
from nianbao.readers.encrypted import EncryptedError as OldEncryptedError
from nianbao.readers.limits import HEAD_BYTES, read_limited


def test_a_file_within_the_limit_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 100)
    assert read_limited(path, 100, "报表文件") == b"x" * 100


def test_a_larger_file_is_refused_and_the_message_names_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 101)
    with pytest.raises(TooLargeError) as info:
        read_limited(path, 100, "报表文件")
    assert "报表文件的上限（100 字节）" in info.value.message
    assert "101" in info.value.message
    assert info.value.source == str(path)


def test_the_first_bytes_can_set_a_smaller_limit(tmp_path: Path) -> None:
    path = tmp_path / "a.bin"
    path.write_bytes(b"PK" + b"x" * (HEAD_BYTES + 98))

    def limit_for(head: bytes) -> tuple[int, str]:
        return (50, "XLSX 文件") if head.startswith(b"PK") else (10**6, "表格文件")

    with pytest.raises(TooLargeError, match=r"超过 XLSX 文件的上限（50 字节）"):
        read_limited(path, 10**6, "表格文件", limit_for=limit_for)
    path.write_bytes(b"ab" * 40)
    assert read_limited(path, 10**6, "表格文件", limit_for=limit_for) == b"ab" * 40


def test_head_reads_only_the_first_bytes_but_checks_the_size(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"0123456789" * 10)
    assert read_limited(path, 1000, "报表文件", head=8) == b"01234567"
    with pytest.raises(TooLargeError):
        read_limited(path, 99, "报表文件", head=8)


def test_folders_and_missing_files_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="文件夹，不是表格文件"):
        read_limited(tmp_path, 100, "表格文件")
    with pytest.raises(InputError, match="文件不存在"):
        read_limited(tmp_path / "missing", 100, "报表文件")


def test_encrypted_error_lives_in_the_exception_tree() -> None:
    assert OldEncryptedError is EncryptedError
    assert issubclass(EncryptedError, InputError)
    assert EncryptedError("x").code == "encrypted"
