"""Web tests: Django settings from the environment, a small organisation tree as a fixture.

DATABASE_URL (set by scripts/with-postgres.sh) runs the same tests on PostgreSQL;
without it they use a SQLite file in a temporary data directory.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from typing import Any

import pytest

_DATA = tempfile.mkdtemp(prefix="nianbao-web-tests-")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nianbao_web.config.settings")
os.environ["NIANBAO_DATA_DIR"] = _DATA
os.environ.setdefault("NIANBAO_SECRET_KEY", "tests-" + "k3y-for-the-web-test-suite-only-" * 3)
os.environ["NIANBAO_ALLOWED_HOSTS"] = "testserver,127.0.0.1,localhost"
os.environ["NIANBAO_VALIDATE_RATE"] = "100000/m"
os.environ["NIANBAO_EMAIL_BACKEND"] = "django.core.mail.backends.locmem.EmailBackend"

import django  # noqa: E402 - the environment above must be set first

django.setup()


@pytest.fixture(autouse=True)
def _fresh_supervision_figures() -> None:
    """Kept supervision pages are keyed by ids and update times, which repeat once a
    test's rows are rolled back (SQLite reuses ids): every test starts with none."""
    from nianbao_web.supervision import freshness  # noqa: PLC0415

    freshness.forget()


@dataclass
class World:
    province: Any
    city: Any
    unit_a: Any
    unit_b: Any
    site_a: Any
    site_b: Any
    users: dict[str, Any]

    def report(
        self, site: Any = None, year: int = 2023, values: dict[str, Any] | None = None
    ) -> Any:
        from nianbao_web.services import reports  # noqa: PLC0415
        from nianbao_web.services.actors import Actor  # noqa: PLC0415

        site = site or self.site_a
        filler = self.users["filler_a"] if site == self.site_a else self.users["filler_b"]
        report = reports.create(Actor(filler), site.pk, year)
        if values:
            from nianbao_web.services import editing  # noqa: PLC0415

            report = editing.save(Actor(filler), report.pk, report.version, values=values)
        return report


def valid_values(site: Any, year: int = 2023) -> dict[str, Any]:
    from nianbao.synthetic import synthetic_report  # noqa: PLC0415

    values = synthetic_report(7, year)
    values.update(
        site_code=site.code,
        site_name=site.name,
        sponsor=site.sponsor,
        filing_unit=site.sponsor,
        homepage_url=site.url,
        year=year,
    )
    return values


@pytest.fixture(autouse=True)
def _fast_passwords(settings: Any) -> None:
    """Password hashing is deliberately slow; tests need no protection against brute force."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def world(db: Any) -> World:
    from django.contrib.auth import get_user_model  # noqa: PLC0415

    from nianbao_web.orgs.models import Membership, Organisation, Site  # noqa: PLC0415

    province = Organisation(code="p", name="某省政府办公厅", level="province", reviews=True)
    province.save()
    city = Organisation(
        code="c", name="某市政府办公室", level="city", parent=province, reviews=True
    )
    city.save()
    unit_a = Organisation(code="ua", name="某市卫生健康委员会", level="unit", parent=city)
    unit_a.save()
    unit_b = Organisation(code="ub", name="某市教育局", level="unit", parent=city)
    unit_b.save()
    values = valid_values_site_defaults()
    site_a = Site.objects.create(
        organisation=unit_a,
        code=values["site_code"],
        name=values["site_name"],
        url=values["homepage_url"],
        sponsor=values["sponsor"],
    )
    site_b = Site.objects.create(
        organisation=unit_b,
        code="4601000099",
        name="某市教育局",
        url="http://edu.example.gov.cn/",
        sponsor="某市教育局",
    )
    model = get_user_model()
    users: dict[str, Any] = {}
    roles = {
        "filler_a": (unit_a, "filler"),
        "reviewer_a": (unit_a, "reviewer"),
        "filler_b": (unit_b, "filler"),
        "city": (city, "supervisor"),
        "province": (province, "supervisor"),
    }
    for name, (org, role) in roles.items():
        user = model.objects.create_user(username=name, password="pw-" + name + "-Long1")
        Membership.objects.create(user=user, organisation=org, role=role)
        users[name] = user
    users["admin"] = model.objects.create_superuser(username="admin", password="pw-admin-Long1")
    users["outsider"] = model.objects.create_user(username="outsider", password="pw-out-Long1")
    return World(province, city, unit_a, unit_b, site_a, site_b, users)


def valid_values_site_defaults() -> dict[str, Any]:
    from nianbao.synthetic import synthetic_report  # noqa: PLC0415

    return synthetic_report(7, 2023)
