"""Plausible, rule-abiding reports made up from a seed: for the demo,
property tests and benchmarks.

Every report generated here must pass every rule (a property test checks it);
`break_rule` then makes one deliberate, realistic mistake.
"""

from __future__ import annotations

import datetime
import random
from functools import cache
from typing import Any

from nianbao import divisions
from nianbao.forms import default_form

_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程"
)
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国文红海燕"
_DEPARTMENTS = (
    "卫生健康委员会",
    "教育局",
    "生态环境局",
    "市场监督管理局",
    "人力资源和社会保障局",
    "交通运输局",
    "住房和城乡建设局",
    "农业农村局",
    "文化广电旅游局",
    "应急管理局",
)
_SPECIAL = ("政务服务网", "投资促进网", "公共资源交易网", "数据开放平台")
_AREA_CODES = (
    "010",
    "021",
    "022",
    "023",
    "0311",
    "0351",
    "0471",
    "024",
    "0431",
    "0451",
    "025",
    "0571",
    "0551",
    "0591",
    "0791",
    "0531",
    "0371",
    "027",
    "0731",
    "020",
    "0771",
    "0898",
    "028",
    "0851",
    "0871",
    "0891",
    "029",
    "0931",
    "0971",
    "0951",
    "0991",
)


@cache
def _places() -> tuple[divisions.Division, ...]:
    """Current provinces, prefectures and counties with a real name (no 市辖区 groupings)."""
    return tuple(
        d
        for d in divisions.all_divisions()
        if d.current
        and d.name not in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")
        and d.code[:2] in divisions.PROVINCE_ABBREVIATIONS
    )


def _name(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + "".join(rng.choices(_GIVEN, k=rng.choice((1, 2))))


def _flow(rng: random.Random, typical: int) -> int:
    """A skewed count around `typical`, sometimes zero."""
    if rng.random() < 0.08:
        return 0
    return int(rng.lognormvariate(0, 1.0) * typical)


def synthetic_report(seed: int, year: int = 2024) -> dict[str, Any]:
    """One plausible report as canonical JSON values (as a truth file writes them)."""
    rng = random.Random(seed)
    place = rng.choice(_places())
    province = divisions.lookup(place.code[:2] + "0000")
    abbr = divisions.PROVINCE_ABBREVIATIONS[place.code[:2]][0]
    site_type = rng.choices(("portal", "department", "special"), weights=(2, 6, 1))[0]
    if site_type == "portal":
        sponsor = place.name + "人民政府办公" + ("厅" if place.code.endswith("0000") else "室")
        site_name = place.name + "人民政府门户网站"
    elif site_type == "department":
        sponsor = place.name + rng.choice(_DEPARTMENTS)
        site_name = sponsor
    else:
        sponsor = place.name + "人民政府办公室"
        site_name = place.name + rng.choice(_SPECIAL)
    host = f"{rng.choice(('www', 'wjw', 'jyj', 'sthj', 'scjg', 'zwfw'))}{seed % 1000}"
    host += f".{place.code}.gov.cn"
    prefix = rng.choice(("", f"{abbr}公网安备")) if province else ""
    uv = _flow(rng, 200_000) + 1
    pv = uv * rng.randint(1, 12) + rng.randint(0, uv)
    info = [_flow(rng, n) for n in (20, 400, 900)]
    interp = [_flow(rng, n) for n in (30, 5, 8)]
    cases = [_flow(rng, n) for n in (5000, 800)]
    items = _flow(rng, 300) + (1 if any(cases) else 0)
    received = _flow(rng, 120)
    closed = rng.randint(0, received)
    surveys = _flow(rng, 6)
    interviews = _flow(rng, 4)
    found = _flow(rng, 5)
    values: dict[str, Any] = {
        "year": year,
        "filing_unit": sponsor,
        "site_name": site_name,
        "homepage_url": f"{rng.choice(('http', 'https'))}://{host}/",
        "sponsor": sponsor,
        "site_type": site_type,
        "site_code": place.code + f"{rng.randint(0, 9999):04d}",
        "icp_number": f"{abbr}ICP备{rng.randint(10**7, 10**8 - 1)}号"
        + rng.choice(("", "-1", "-2")),
        "police_number": prefix + place.code + f"{rng.randint(0, 10**8 - 1):08d}" + "号",
        "unique_visitors": uv,
        "page_views": pv,
        "info_total": sum(info) + _flow(rng, 50),
        "info_overview": info[0],
        "info_news": info[1],
        "info_disclosure": info[2],
        "interp_total": sum(interp),
        "interp_materials": interp[0],
        "interp_products": interp[1],
        "interp_media": interp[2],
        "hotspot_responses": _flow(rng, 6),
        "service_catalog_published": rng.random() < 0.85,
        "registered_users": _flow(rng, 20_000),
        "service_items": items,
        "service_items_online": rng.randint(0, items),
        "cases_total": sum(cases),
        "cases_natural": cases[0],
        "cases_legal": cases[1],
        "unified_platform": rng.random() < 0.9,
        "messages_received": received,
        "messages_closed": closed,
        "messages_public": rng.randint(0, received),
        "surveys": surveys,
        "survey_opinions": _flow(rng, 30) if surveys else 0,
        "survey_results_published": rng.randint(0, surveys),
        "interviews": interviews,
        "interview_messages": (msgs := _flow(rng, 40) if interviews else 0),
        "interview_answers": rng.randint(0, msgs),
        "smart_qa": rng.random() < 0.4,
        "security_assessments": rng.randint(0, 12),
        "security_issues_found": found,
        "security_issues_fixed": rng.randint(0, found),
        "security_monitoring": rng.random() < 0.95,
        "emergency_drill": rng.random() < 0.8,
        "security_officer": rng.random() < 0.97,
        "head": _name(rng),
        "reviewer": _name(rng),
        "filler": _name(rng),
        "phone": _phone(rng),
        "fill_date": datetime.date(year + 1, 1, rng.randint(3, 29)).isoformat(),
    }
    maintained = _flow(rng, 20)
    values["columns_maintained"] = maintained
    values["columns_new"] = rng.randint(0, maintained)
    if closed:
        values["messages_avg_days"] = round(rng.uniform(0.5, 15), rng.choice((0, 1)))
    values.update(_new_media(rng, sponsor))
    values.update(_innovation(rng))
    return {key: values[key] for key in _ORDER if key in values}


def _phone(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return f"1{rng.choice('3578')}{rng.randint(0, 10**9 - 1):09d}"
    area = rng.choice(_AREA_CODES)
    digits = 8 if len(area) == 3 else rng.choice((7, 8))
    return f"{area}-{rng.randint(2, 9)}{rng.randint(0, 10 ** (digits - 1) - 1):0{digits - 1}d}"


def _new_media(rng: random.Random, sponsor: str) -> dict[str, Any]:
    if rng.random() < 0.15:
        return {"has_new_media": False}
    out: dict[str, Any] = {"has_new_media": True}
    for kind, followers in (("weibo", "weibo_followers"), ("wechat", "wechat_subscribers")):
        if kind == "wechat" or rng.random() < 0.6:
            posts = _flow(rng, 300)
            out[f"{kind}_name"] = sponsor if kind == "wechat" else sponsor[:8] + "发布"
            out[f"{kind}_posts"] = posts
            out[followers] = _flow(rng, 30_000) + (10 if posts >= 20 else 0)
        else:
            out.update({f"{kind}_name": "无", f"{kind}_posts": 0, followers: 0})
    if rng.random() < 0.3:
        out["other_media"] = f"移动客户端“{sponsor[:4]}通”，下载量 {rng.randint(1, 90)} 万次"
    return out


def _innovation(rng: random.Random) -> dict[str, Any]:
    options = ["search_as_service", "multilingual", "accessibility", "personalized", "other"]
    chosen = [o for o in options if rng.random() < 0.35]
    out: dict[str, Any] = {}
    if chosen:
        out["innovation"] = chosen
    if "other" in chosen:
        out["innovation_other"] = "提供政策智能匹配与免申即享服务"
    return out


_ORDER = default_form().keys
