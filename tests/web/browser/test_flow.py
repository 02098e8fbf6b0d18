"""The whole path in a real browser (issue 5 "Done when"), with axe-core on the main pages.

A unit imports the seed report, sees and fixes the 解读 sum error, explains the WeChat
warning, submits; the city returns it with a field comment; the unit fixes and resubmits;
city and province approve; the unit publishes; an anonymous visitor reads the public page
and downloads the PDF.
"""

from __future__ import annotations

from typing import Any

from locations import CORPUS
from nianbao_web.orgs.models import Site
from nianbao_web.reports.models import Report, State

from ..conftest import World

SEED = CORPUS / "raw" / "000.txt"
SEED_CODE = "4601000022"
YEAR = 2022
EXPLANATION = "公众号于本年度末新开通，订阅数统计截至12月31日，数据属实。"
COMMENT = "网站总访问量与统计系统不一致，请核实。"


def _seed_site(world: World) -> Site:
    """The seed report's site, owned by unit A (its filler imports the seed)."""
    return Site.objects.create(
        organisation=world.unit_a,
        code=SEED_CODE,
        name="海口市卫生健康委员会",
        url="http://wjw.haikou.gov.cn/",
        sponsor="海口市卫生健康委员会",
    )


def _act(session: Any, selector: str) -> None:
    with session.page.expect_navigation():
        session.page.click(selector)
    errors = session.page.locator(".messages .msg.error")
    assert errors.count() == 0, errors.all_inner_texts()


def test_import_fix_review_publish_download(world: World, sessions: Any) -> None:
    assert SEED.is_file(), f"seed report missing at {SEED}; set NIANBAO_SHARED"
    site = _seed_site(world)

    anonymous = sessions()
    anonymous.go("/login/")
    anonymous.assert_accessible("the login page")
    anonymous.screenshot("login")

    unit = sessions()
    unit.login("filler_a")
    unit.go("/reports/new/")
    unit.page.select_option("#site", str(site.pk))
    unit.page.fill("#year", str(YEAR))
    _act(unit, "form.card button.primary")
    report = Report.objects.get(site=site, year=YEAR)
    entry = f"/reports/{report.pk}/"
    assert unit.page.url.endswith(entry)

    # Import the seed text: its 解读 total (3) is not the sum of its parts (9).
    unit.page.set_input_files("#import-file", str(SEED))
    _act(unit, "form.import button")
    error = unit.page.locator("#notes-interp_total .finding.error[data-rule='interp_sum']")
    assert error.count() == 1
    assert "〔四、1(1)〕" in error.inner_text()
    assert "9" in error.inner_text()
    warning = unit.page.locator("#notes-wechat_posts .finding.warning")
    assert warning.get_attribute("data-rule") == "wechat_subscribers_low"
    assert "000.txt" in unit.page.locator("#notes-interp_total .prov").inner_text()
    assert unit.page.input_value("#f-interp_total") == "3"
    unit.assert_accessible("the entry form with findings")
    unit.screenshot("entry", centre="#row-interp_total")

    # The live check clears the error as the total is corrected; the explanation survives it.
    unit.page.fill("textarea[name='explain:wechat_subscribers_low']", EXPLANATION)
    unit.page.fill("#f-interp_total", "9")
    error.wait_for(state="detached")
    assert unit.page.locator("#summary .pill.ok").inner_text() == "没有错误"
    explain = unit.page.locator("textarea[name='explain:wechat_subscribers_low']")
    assert explain.input_value() == EXPLANATION
    _act(unit, "button[name='save']")
    report.refresh_from_db()
    assert report.values["interp_total"] == 9
    assert report.explanations["wechat_subscribers_low"] == EXPLANATION
    _act(unit, "#submit-report")
    report.refresh_from_db()
    assert (report.state, report.review_org) == (State.SUBMITTED, world.city)

    # The city returns it with a comment at 网站总访问量.
    city = sessions()
    city.login("city")
    city.go(f"/reports/{report.pk}/review/")
    assert EXPLANATION in city.page.locator("#review-wechat_posts").inner_text()
    city.page.fill("#c-page_views", COMMENT)
    city.page.fill("#reason", "请按栏目意见修改后重新提交。")
    city.assert_accessible("the review page")
    city.screenshot("review", centre="#review-wechat_posts")
    _act(city, "#return-report")
    report.refresh_from_db()
    assert report.state == State.RETURNED

    # The unit sees the comment at its field, fixes the value and resubmits.
    unit.go(entry)
    assert COMMENT in unit.page.locator("#notes-page_views .comment").inner_text()
    assert "请按栏目意见修改" in unit.page.locator(".msg.error[role='alert']").inner_text()
    unit.page.fill("#f-page_views", "964153")
    _act(unit, "button[name='save']")
    _act(unit, "#submit-report")
    report.refresh_from_db()
    assert report.values["page_views"] == 964153
    assert report.state == State.SUBMITTED

    unit.go("/reports/")
    unit.assert_accessible("the report list")
    unit.go(f"/reports/{report.pk}/history/")
    unit.assert_accessible("the history page")

    # Every reviewing level of the tree approves: the city, then the province.
    province = sessions()
    province.login("province")
    for reviewer in (city, province):
        reviewer.go(f"/reports/{report.pk}/review/")
        _act(reviewer, "#approve-report")
    report.refresh_from_db()
    assert report.state == State.APPROVED

    unit.go(entry)
    _act(unit, "#publish-report")
    report.refresh_from_db()
    assert report.state == State.PUBLISHED

    # Anyone reads the published table and downloads the PDF.
    public = f"/r/{site.code}/{YEAR}/"
    anonymous.go(public)
    assert "第 1 版" in anonymous.page.locator(".report-head").inner_text()
    assert "964153" in anonymous.page.locator(".official").inner_text()
    anonymous.assert_accessible("the published page")
    anonymous.screenshot("published")
    href = anonymous.page.get_attribute("a:text-is('PDF')", "href")
    assert href == f"{public}download.pdf"
    pdf = anonymous.context.request.get(anonymous.base + href)
    assert pdf.ok
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.body().startswith(b"%PDF")

    # The home page lists the new publication.
    anonymous.go("/")
    assert anonymous.page.locator(f"a[href='{public}']").count() == 1
    anonymous.assert_accessible("the home page")
