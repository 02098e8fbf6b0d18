"""Production settings: refuse to start when DEBUG is on, the key is weak or no host is named.

Use with `DJANGO_SETTINGS_MODULE=nianbao_web.config.production`.
"""

from __future__ import annotations

from django.core.exceptions import ImproperlyConfigured

from nianbao_web.config import declared
from nianbao_web.config.settings import *  # noqa: F403
from nianbao_web.config.settings import ALLOWED_HOSTS, DEBUG, SECRET_KEY

WEAK_KEYS = frozenset({"", "changeme", "secret", "django-insecure", "insecure"})


def refusals(debug: bool, secret_key: str, allowed_hosts: list[str]) -> list[str]:
    """Why these values are unfit for production (empty when they are fine)."""
    problems = []
    if debug:
        problems.append(f"{declared.DEBUG.env} 必须为 false。")
    weak = (
        secret_key.lower() in WEAK_KEYS
        or secret_key.startswith("django-insecure")
        or len(secret_key) < 50
        or len(set(secret_key)) < 5
    )
    if weak or not declared.value(declared.SECRET_KEY):
        problems.append(
            f"{declared.SECRET_KEY.env} 必须显式设置为至少 50 个字符的随机串"
            "（例如 python -c 'import secrets; print(secrets.token_urlsafe(64))'）。"
        )
    if not allowed_hosts or "*" in allowed_hosts:
        problems.append(f"{declared.ALLOWED_HOSTS.env} 必须列出本站的主机名（不可为空或 *）。")
    return problems


_problems = refusals(DEBUG, SECRET_KEY, ALLOWED_HOSTS)
if _problems:
    raise ImproperlyConfigured("生产配置拒绝启动：" + " ".join(_problems))

_SSL = declared.flag(declared.SECURE_SSL)
SECURE_SSL_REDIRECT = _SSL
SESSION_COOKIE_SECURE = _SSL
CSRF_COOKIE_SECURE = _SSL
SECURE_HSTS_SECONDS = 31_536_000 if _SSL else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = _SSL
SECURE_HSTS_PRELOAD = _SSL
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
