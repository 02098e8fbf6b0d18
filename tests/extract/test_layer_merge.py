"""A searchable scan's two readings, its OCR layer's and its pictures', merged
(extract.layer_merge)."""

from __future__ import annotations

from typing import Any

from nianbao.coerce import report_from_mapping
from nianbao.extract.layer_merge import merged
from nianbao.forms import default_form
from nianbao.report import Report


def _report(values: dict[str, Any]) -> Report:
    return report_from_mapping(values, form=default_form(), source="s.pdf")


def test_the_other_reading_fills_the_empty_fields_and_mends_a_misshapen_code() -> None:
    pictures = _report(
        {"site_name": "某局网站", "homepage_url": "http:/zzy.huzhou.gov.o/", "interviews": 2}
    )
    layer = _report(
        {"site_name": "某局冈站", "homepage_url": "http://zrzyj.huzhou.gov.cn/", "surveys": 3}
    )
    both = merged(pictures, {"site_name": 0.9, "interviews": 0.8}, layer, {"surveys": 0.7})
    assert both is not None
    report, confidence = both
    assert report.values == {
        "site_name": "某局网站",  # both read it: the standing reading's
        "homepage_url": "http://zrzyj.huzhou.gov.cn/",  # only the layer's has an address's shape
        "interviews": 2,
        "surveys": 3,
    }
    assert confidence["surveys"] == 0.7
    assert pictures.values["homepage_url"] == "http:/zzy.huzhou.gov.o/"  # not changed


def test_nothing_added_is_no_merge() -> None:
    report = _report({"site_name": "某局网站"})
    assert merged(report, {}, _report({"site_name": "某局冈站"}), {}) is None
