"""Django settings: safe by default (DEBUG off, a strong generated key, local hosts only).

Every value comes from `declared.py`, where each setting has its default and help line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import dj_database_url

from nianbao_web.config import declared

PACKAGE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = declared.secret_key()
DEBUG = declared.flag(declared.DEBUG)
ALLOWED_HOSTS = declared.listed(declared.ALLOWED_HOSTS)
CSRF_TRUSTED_ORIGINS = declared.listed(declared.CSRF_TRUSTED_ORIGINS)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
    "nianbao_web.orgs",
    "nianbao_web.reports",
    "nianbao_web.audit",
    "nianbao_web.pages",
    "nianbao_web.supervision",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
    "nianbao_web.api.middleware.ErrorEnvelopeMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "nianbao_web.config.urls"
WSGI_APPLICATION = "nianbao_web.config.wsgi.application"

TEMPLATES: list[dict[str, Any]] = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "nianbao_web.pages.context.navigation",
            ]
        },
    }
]


def database_config(url: str) -> dict[str, Any]:
    config: dict[str, Any] = dict(dj_database_url.parse(url))
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # IMMEDIATE: a writing transaction takes the lock at BEGIN, so two
        # concurrent saves queue on the busy timeout instead of deadlocking.
        config["OPTIONS"] = {"timeout": 30, "transaction_mode": "IMMEDIATE"}
        config.setdefault("TEST", {})["NAME"] = str(
            Path(config["NAME"]).with_suffix(".test.sqlite3")
        )
    else:
        # Keep each thread's connection between requests: opening one (TCP, TLS,
        # authentication) cost ~10 ms of a 30 ms page. parse() always sets
        # CONN_MAX_AGE (to 0), so it is set here, with a check that a kept connection
        # still works before a request uses it.
        config["CONN_MAX_AGE"] = 60
        config["CONN_HEALTH_CHECKS"] = True
    return config


DATABASES = {"default": database_config(declared.database_url())}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文")]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = declared.data_dir() / "static"
STATIC_ROOT.mkdir(exist_ok=True)  # whitenoise warns about a missing folder
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True  # serve app static files without a collectstatic step

LOGIN_URL = "/login/"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"

UPLOAD_MAX_BYTES = declared.integer(declared.UPLOAD_MAX_BYTES)
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
VALIDATE_MAX_BYTES = declared.integer(declared.VALIDATE_MAX_BYTES)
VALIDATE_RATE = declared.value(declared.VALIDATE_RATE)
DEADLINE_NOTICE_DAYS = declared.integer(declared.DEADLINE_NOTICE_DAYS)

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AXES_FAILURE_LIMIT = declared.integer(declared.LOGIN_FAILURES)
AXES_COOLOFF_TIME = declared.integer(declared.LOGIN_COOLOFF_MINUTES) / 60
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "pages/locked.html"
AXES_VERBOSE = False

EMAIL_BACKEND = declared.value(declared.EMAIL_URL_BACKEND)
EMAIL_HOST = declared.value(declared.EMAIL_HOST)
DEFAULT_FROM_EMAIL = declared.value(declared.DEFAULT_FROM_EMAIL)

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # the entry form's script reads it for fetch()
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
CSRF_FAILURE_VIEW = "nianbao_web.pages.errors.csrf_failure"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"axes": {"handlers": ["console"], "level": "WARNING"}},
}
