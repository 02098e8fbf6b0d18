"""The rendered official table embedded in the public page: one <main>, one <h1>, scoped CSS."""

from __future__ import annotations

import re

from nianbao.render import render
from nianbao.synthetic import synthetic_report
from nianbao_web.pages.official import embeddable, scoped
from nianbao_web.services.checking import core_report


def test_the_rendered_document_loses_its_landmark_and_top_heading() -> None:
    document = render(core_report(synthetic_report(3, 2023), 2023), "html").decode("utf-8")
    assert "<main" in document  # otherwise this test checks nothing
    embedded = embeddable(document)
    assert "<main" not in embedded.body
    assert "<h1" not in embedded.body
    assert "<h2" in embedded.body
    assert "<table" in embedded.body
    selectors = re.findall(r"^([^@{}\s][^{}]*)\{", embedded.css, re.M)
    assert selectors
    for group in selectors:
        for selector in group.split(","):
            assert selector.strip().startswith(".official"), selector


def test_rules_are_confined_and_page_rules_dropped() -> None:
    css = (
        "/* x */ html { color: #000; } body, h1 { margin: 0; } @page { size: A4; }"
        " @media print { td { padding: 0; } }"
    )
    out = scoped(css, ".official")
    assert ".official { color: #000; }" in out
    assert ".official, .official h2 { margin: 0; }" in out
    assert "@page" not in out
    assert "A4" not in out
    assert re.search(r"@media print \{\s*\.official td \{ padding: 0; \}\s*\}", out)
