"""Every setting of the web application, declared once with its default and a help line.

`settings.py` reads them through `value()`; `docs/web.md` lists them; nothing
else reads the environment.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import platformdirs


@dataclass(frozen=True, slots=True)
class WebSetting:
    env: str
    default: str
    help: str


DATA_DIR = WebSetting(
    "NIANBAO_DATA_DIR",
    "",
    "数据目录（默认：platformdirs 给出的用户数据目录）；默认 SQLite 数据库和密钥文件放在这里。",
)
DATABASE_URL = WebSetting(
    "DATABASE_URL",
    "",
    "数据库地址，例如 postgres://user:pw@host/db；为空时使用数据目录中的 SQLite 文件。",
)
SECRET_KEY = WebSetting(
    "NIANBAO_SECRET_KEY",
    "",
    "Django 密钥（至少 50 个字符）；为空时在数据目录中生成并保存一个随机密钥。",
)
DEBUG = WebSetting("NIANBAO_DEBUG", "false", "调试模式（true/false）；生产环境必须为 false。")
ALLOWED_HOSTS = WebSetting(
    "NIANBAO_ALLOWED_HOSTS", "127.0.0.1,localhost", "允许的主机名，逗号分隔。"
)
CSRF_TRUSTED_ORIGINS = WebSetting(
    "NIANBAO_CSRF_TRUSTED_ORIGINS",
    "",
    "受信任的来源（含协议），逗号分隔，例如 https://nb.example.cn。",
)
EMAIL_URL_BACKEND = WebSetting(
    "NIANBAO_EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend",
    "邮件后端（Django 的 EMAIL_BACKEND）；通知邮件可选。",
)
EMAIL_HOST = WebSetting("NIANBAO_EMAIL_HOST", "localhost", "SMTP 主机。")
DEFAULT_FROM_EMAIL = WebSetting("NIANBAO_FROM_EMAIL", "nianbao@localhost", "通知邮件的发件人。")
VALIDATE_RATE = WebSetting(
    "NIANBAO_VALIDATE_RATE", "600/m", "匿名 POST /api/validate 每个 IP 的频率上限（次数/s|m|h）。"
)
VALIDATE_MAX_BYTES = WebSetting(
    "NIANBAO_VALIDATE_MAX_BYTES", "262144", "POST /api/validate 请求体的字节上限。"
)
UPLOAD_MAX_BYTES = WebSetting(
    "NIANBAO_UPLOAD_MAX_BYTES", "20971520", "上传（导入、提取）文件的字节上限。"
)
LOGIN_FAILURES = WebSetting(
    "NIANBAO_LOGIN_FAILURES", "5", "同一账号和 IP 连续登录失败多少次后锁定（django-axes）。"
)
LOGIN_COOLOFF_MINUTES = WebSetting("NIANBAO_LOGIN_COOLOFF_MINUTES", "15", "登录锁定的分钟数。")
DEADLINE_NOTICE_DAYS = WebSetting(
    "NIANBAO_DEADLINE_NOTICE_DAYS", "7", "发布期限前多少天提醒尚未发布的填报单位。"
)
SECURE_SSL = WebSetting(
    "NIANBAO_SECURE_SSL",
    "true",
    "生产配置：是否强制 HTTPS（重定向、安全 Cookie、HSTS）；"
    "仅在 TLS 由前置代理终止且已另行保证时关闭。",
)

ALL = (
    DATA_DIR,
    DATABASE_URL,
    SECRET_KEY,
    DEBUG,
    ALLOWED_HOSTS,
    CSRF_TRUSTED_ORIGINS,
    EMAIL_URL_BACKEND,
    EMAIL_HOST,
    DEFAULT_FROM_EMAIL,
    VALIDATE_RATE,
    VALIDATE_MAX_BYTES,
    UPLOAD_MAX_BYTES,
    LOGIN_FAILURES,
    LOGIN_COOLOFF_MINUTES,
    DEADLINE_NOTICE_DAYS,
    SECURE_SSL,
)


def value(setting: WebSetting) -> str:
    return os.environ.get(setting.env, setting.default)


def flag(setting: WebSetting) -> bool:
    return value(setting).strip().lower() in {"1", "true", "yes", "on"}


def listed(setting: WebSetting) -> list[str]:
    return [part.strip() for part in value(setting).split(",") if part.strip()]


def integer(setting: WebSetting) -> int:
    return int(value(setting))


def data_dir() -> Path:
    folder = Path(value(DATA_DIR) or platformdirs.user_data_dir("nianbao"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def secret_key() -> str:
    """The configured key, else one generated once and kept (0600) in the data directory."""
    configured = value(SECRET_KEY)
    if configured:
        return configured
    path = data_dir() / "secret_key"
    if not path.exists():
        path.touch(mode=0o600)
        path.write_text(secrets.token_urlsafe(64))
    return path.read_text().strip()


def database_url() -> str:
    return value(DATABASE_URL) or f"sqlite:///{data_dir() / 'nianbao.sqlite3'}"
