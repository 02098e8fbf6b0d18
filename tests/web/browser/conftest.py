"""Browser tests: Debian's Chromium driven by Playwright against pytest-django's live server.

One browser serves the whole folder; each user gets a fresh browser context (own cookies).
axe-core is installed once into .cache/axe with npm. A missing Chromium or npm fails the run
with a message naming `make test` — browser tests never skip silently.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from locations import ROOT

CHROMIUM = Path("/usr/bin/chromium")
AXE_DIR = ROOT / ".cache" / "axe"
AXE_JS = AXE_DIR / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "docs" / "img"
WIDTH = 1280
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Seconds: a slow CI machine still answers a page within this.
TIMEOUT_MS = 20_000


def _missing(what: str) -> None:
    pytest.fail(
        f"{what}: the browser tests need it and are never skipped. Install the system "
        "dependencies (scripts/system-deps.sh; Debian: apt-get install chromium nodejs npm), "
        "then run `make test`.",
        pytrace=False,
    )


@pytest.fixture(scope="session")
def axe_script() -> Path:
    if not AXE_JS.is_file():
        npm = shutil.which("npm")
        if npm is None:
            _missing("npm not found (needed once to install axe-core into .cache/axe)")
        assert npm is not None
        done = subprocess.run(
            [npm, "install", "--prefix", str(AXE_DIR), "axe-core@4", "--no-audit", "--no-fund"],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if done.returncode != 0 or not AXE_JS.is_file():
            pytest.fail(
                f"npm could not install axe-core into {AXE_DIR} (exit {done.returncode}):\n"
                f"{done.stderr[-2000:]}\nRun `make test` once online.",
                pytrace=False,
            )
    return AXE_JS


@pytest.fixture(scope="package")
def browser() -> Iterator[Any]:
    if not CHROMIUM.is_file():
        _missing(f"Chromium not found at {CHROMIUM}")
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    # Playwright's sync API keeps an event loop on this thread; Django then refuses ORM
    # calls from it as "async context". The test thread is not async code, so allow them
    # while the browser lives.
    before = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            try:
                yield browser
            finally:
                browser.close()
    finally:
        if before is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = before


class Session:
    """One person's browser context on the live server."""

    def __init__(self, browser: Any, base: str, axe: Path) -> None:
        self.base = base
        self.axe = axe
        self.context = browser.new_context(
            viewport={"width": WIDTH, "height": 900}, locale="zh-CN", base_url=base
        )
        self.context.set_default_timeout(TIMEOUT_MS)
        self.page = self.context.new_page()

    def go(self, path: str) -> Any:
        response = self.page.goto(self.base + path)
        assert response is not None, f"GET {path}: no response"
        assert response.ok, f"GET {path} → {response.status}"
        return response

    def login(self, username: str) -> None:
        self.go("/login/")
        self.page.fill("#id_username", username)
        self.page.fill("#id_password", "pw-" + username + "-Long1")
        with self.page.expect_navigation():
            self.page.click("form button.primary")
        assert "/login/" not in self.page.url, f"login as {username} failed"

    def axe_violations(self) -> list[dict[str, Any]]:
        """axe-core's violations on the current page (WCAG 2.x A/AA and best practices)."""
        self.page.add_script_tag(path=str(self.axe))
        found: list[dict[str, Any]] = self.page.evaluate(
            """async () => {
                const r = await axe.run(document, {resultTypes: ["violations"]});
                return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.slice(0, 5).map(n => n.target.join(" ") + " :: "
                        + n.failureSummary)}));
            }"""
        )
        return found

    def assert_accessible(self, what: str) -> None:
        violations = self.axe_violations()
        assert not violations, f"axe found violations on {what}:\n" + "\n".join(
            f"- {v['id']} ({v['impact']}): {v['help']}\n    " + "\n    ".join(v["nodes"])
            for v in violations
        )

    def screenshot(self, name: str, centre: str | None = None) -> None:
        """docs/img/web-{name}.png, only when NIANBAO_SCREENSHOTS=1 (they are committed).

        With `centre`, one screen around that element (long forms with sticky bars make poor
        full-page pictures); otherwise the whole page.
        """
        if os.environ.get("NIANBAO_SCREENSHOTS") != "1":
            return
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = str(SCREENSHOTS / f"web-{name}.png")
        if centre is None:
            self.page.screenshot(path=path, full_page=True)
            return
        self.page.locator(centre).evaluate("e => e.scrollIntoView({block: 'center'})")
        self.page.screenshot(path=path)
        self.page.evaluate("window.scrollTo(0, 0)")

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def sessions(browser: Any, live_server: Any, axe_script: Path) -> Iterator[Any]:
    """A factory: sessions() opens a new context (anonymous until it logs in)."""
    from django.core.cache import cache  # noqa: PLC0415

    # Published tables are cached by version id; ids repeat across tests once rows are
    # rolled back, so a previous test's table would be served.
    cache.clear()
    opened: list[Session] = []

    def open_session() -> Session:
        session = Session(browser, live_server.url, axe_script)
        opened.append(session)
        return session

    yield open_session
    for session in opened:
        session.close()
    cache.clear()
