"""`nianbao serve` stops its gunicorn when it is told to stop."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _listening(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
    except OSError:
        return False
    return True


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["TERM", "HUP"])
def test_stop_signal_reaches_gunicorn(tmp_path: Path, signum: int) -> None:
    env = {
        k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")
    }
    env["NIANBAO_DATA_DIR"] = str(tmp_path)
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "nianbao_cli",
            "serve",
            "--port",
            str(port),
            "--workers",
            "1",
            "--no-reminders",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # a leftover gunicorn can be cleaned up by its group
    )
    try:
        deadline = time.monotonic() + 120
        while not _listening(port):
            assert server.poll() is None, "nianbao serve exited before serving"
            assert time.monotonic() < deadline, "gunicorn did not start"
            time.sleep(0.2)
        server.send_signal(signum)
        assert server.wait(timeout=60) == 0
        deadline = time.monotonic() + 30
        while _listening(port):
            assert time.monotonic() < deadline, "gunicorn still serves after nianbao stopped"
            time.sleep(0.2)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pid, signal.SIGKILL)
