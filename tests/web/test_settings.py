"""Settings: safe defaults; production refuses weak configurations; check --deploy is clean."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from nianbao_web.config.production import refusals

STRONG = "Zq8" + "x7PbW2mK9vL4nR6tY1uE3oI5aS0dF8gH2jK4lZ6cV9bN1mQ3wE5rT7yU9iO_"


@pytest.mark.parametrize(
    ("debug", "key", "hosts", "problem"),
    [
        (True, STRONG, ["nb.example.cn"], "DEBUG"),
        (False, "changeme", ["nb.example.cn"], "SECRET_KEY"),
        (False, "django-insecure-" + "a" * 50, ["nb.example.cn"], "SECRET_KEY"),
        (False, STRONG, [], "ALLOWED_HOSTS"),
        (False, STRONG, ["*"], "ALLOWED_HOSTS"),
    ],
)
def test_production_refuses(
    debug: bool, key: str, hosts: list[str], problem: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NIANBAO_SECRET_KEY", key)
    assert any(problem in p for p in refusals(debug, key, hosts))


def _manage(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("NIANBAO_")} | env
    return subprocess.run(
        [sys.executable, "-m", "nianbao_web", *args],
        env=full,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_check_deploy_is_clean_with_production_settings(tmp_path: os.PathLike[str]) -> None:
    env = {
        "DJANGO_SETTINGS_MODULE": "nianbao_web.config.production",
        "NIANBAO_SECRET_KEY": STRONG,
        "NIANBAO_ALLOWED_HOSTS": "nb.example.cn",
        "NIANBAO_DATA_DIR": str(tmp_path),
    }
    result = _manage(["check", "--deploy", "--fail-level", "WARNING"], env)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_production_settings_refuse_to_start_with_debug(tmp_path: os.PathLike[str]) -> None:
    env = {
        "DJANGO_SETTINGS_MODULE": "nianbao_web.config.production",
        "NIANBAO_SECRET_KEY": STRONG,
        "NIANBAO_ALLOWED_HOSTS": "nb.example.cn",
        "NIANBAO_DEBUG": "true",
        "NIANBAO_DATA_DIR": str(tmp_path),
    }
    result = _manage(["check"], env)
    assert result.returncode != 0
    assert "生产配置拒绝启动" in result.stderr


def test_defaults_just_work(tmp_path: os.PathLike[str]) -> None:
    """No configuration at all: a generated key and a SQLite file in the data directory."""
    result = _manage(["check"], {"NIANBAO_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0  # type: ignore[operator]


def test_models_and_migrations_agree(tmp_path: os.PathLike[str]) -> None:
    """A model change without its migration would break `nianbao serve` on an existing database."""
    env = {"NIANBAO_DATA_DIR": str(tmp_path)}
    result = _manage(["makemigrations", "--check", "--dry-run"], env)
    assert result.returncode == 0, result.stdout + result.stderr


def test_postgres_connections_are_kept_between_requests() -> None:
    from nianbao_web.config.settings import database_config  # noqa: PLC0415

    server = database_config("postgres://nb:secret@db.example.cn:5432/nianbao")
    assert (server["CONN_MAX_AGE"], server["CONN_HEALTH_CHECKS"]) == (60, True)
    assert database_config("sqlite:////tmp/nianbao.sqlite3")["OPTIONS"]["timeout"] == 30
