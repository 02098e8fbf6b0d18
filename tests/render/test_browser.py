"""The seed report as people see it: PDF pages as images, the HTML page in Chromium, axe-core.

The PNGs of the seed in docs/img/ are rewritten from these renders with
NIANBAO_UPDATE_GOLDEN=1.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from render_checks import load_seed

from nianbao.coerce import report_from_mapping
from nianbao.render.html_page import render_html
from nianbao.render.pdf_page import render_pdf
from nianbao.report import Report
from nianbao.synthetic import synthetic_report

seed_report = pytest.fixture(scope="module", name="seed_report")(load_seed)

ROOT = Path(__file__).resolve().parents[2]
DOCS_IMG = ROOT / "docs" / "img"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE_VERSION = "axe-core@4"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "nianbao-tests" / "axe"
UPDATE = os.environ.get("NIANBAO_UPDATE_GOLDEN") == "1"


def publish(image: Path, name: str) -> None:
    if UPDATE:
        DOCS_IMG.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(image, DOCS_IMG / name)


def ink_ratio(image: Image.Image) -> float:
    """Share of dark pixels: a blank or missing-font render has almost none."""
    grey = image.convert("L")
    histogram = grey.histogram()
    return sum(histogram[:128]) / (grey.width * grey.height)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) missing")
def test_seed_pdf_as_image(seed_report: Report, tmp_path: Path) -> None:
    pdf = tmp_path / "seed.pdf"
    pdf.write_bytes(render_pdf(seed_report))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "110", "-singlefile", str(pdf), str(tmp_path / "seed-pdf")],
        check=True,
        timeout=120,
    )
    png = tmp_path / "seed-pdf.png"
    with Image.open(png) as image:
        assert abs(image.height / image.width - 297 / 210) < 0.01  # one A4 page
        assert 0.02 < ink_ratio(image) < 0.4
        size = image.size
    publish(png, "seed-pdf.png")
    with Image.open(DOCS_IMG / "seed-pdf.png") as published:
        assert published.size == size, "docs/img/seed-pdf.png is stale: NIANBAO_UPDATE_GOLDEN=1"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} missing: install chromium (scripts/system-deps.sh)")
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 - only when Chromium exists

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1000, "height": 1200}, locale="zh-CN")
    tab = context.new_page()
    # A self-contained page asks for nothing: any request is a bug.
    requests: list[str] = []
    tab.on("request", lambda request: requests.append(request.url))
    yield tab
    context.close()
    assert [url for url in requests if not url.startswith(("about:", "data:"))] == []


def test_seed_html_in_chromium(page: Any, seed_report: Report, tmp_path: Path) -> None:
    page.set_content(render_html(seed_report), wait_until="load")
    assert page.evaluate("document.fonts.check('16px \"Noto Serif CJK SC\"', '政府网站')")
    # Nothing spills sideways: the table fits the page width.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert page.locator("h1").inner_text() == "政府网站工作年度报表"
    assert page.locator("th.section").count() == 8
    png = tmp_path / "seed-html.png"
    page.screenshot(path=str(png), full_page=True)
    with Image.open(png) as image:
        assert image.width == 1000
        assert image.height > 1200  # the whole form, not just the first screen
        assert 0.02 < ink_ratio(image) < 0.4
    publish(png, "seed-html.png")
    assert (DOCS_IMG / "seed-html.png").is_file()


def axe_script() -> Path:
    """axe-core from the npm registry, installed once into a cache folder."""
    script = CACHE / "node_modules" / "axe-core" / "axe.min.js"
    if script.is_file():
        return script
    npm = shutil.which("npm")
    if npm is None:
        pytest.fail(
            "npm not found: the accessibility check needs axe-core from the npm registry. "
            "Install Node.js/npm (scripts/system-deps.sh), or put axe.min.js at " + str(script)
        )
    CACHE.mkdir(parents=True, exist_ok=True)
    with (CACHE / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # parallel workers install once
        if not script.is_file():
            done = subprocess.run(
                [npm, "install", "--prefix", str(CACHE), "--no-audit", "--no-fund", AXE_VERSION],
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
            if done.returncode != 0 or not script.is_file():
                pytest.fail(f"npm install {AXE_VERSION} failed: {done.stderr.strip()[-2000:]}")
    return script


AXE_RUN = """async () => {
  const results = await axe.run(document, {resultTypes: ["violations"]});
  return results.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(" ")),
  }));
}"""


@pytest.mark.parametrize("which", ["seed", "generated"])
def test_axe_finds_no_violations(page: Any, seed_report: Report, which: str) -> None:
    report = seed_report if which == "seed" else report_from_mapping(synthetic_report(4))
    page.set_content(render_html(report), wait_until="load")
    page.add_script_tag(path=str(axe_script()))
    assert page.evaluate("typeof axe.run") == "function"
    assert page.evaluate(AXE_RUN) == []
