"""The crawler list is the crawler-user-agents package; the config adds and removes patterns."""

from __future__ import annotations

import json
from importlib import metadata, resources
from pathlib import Path

from nianbao.metrics.accesslog import count_traffic, explain_traffic
from nianbao.metrics.bots import crawler_list, load_bots
from nianbao.metrics.config import load_config
from nianbao.metrics.sitetime import site_time

SHANGHAI_2024 = site_time("Asia/Shanghai", 2024)
BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0"


def test_the_list_is_the_installed_package_with_its_version() -> None:
    patterns, version = crawler_list()
    assert version == metadata.version("crawler-user-agents")
    data = resources.files("crawleruseragents").joinpath("crawler-user-agents.json")
    assert patterns == tuple(e["pattern"] for e in json.loads(data.read_text("utf-8")))
    assert len(patterns) > 1000
    assert "Googlebot\\/" in patterns
    bots = load_bots((), (), True)
    assert bots.origin == f"crawler-user-agents {version}"


def _log(tmp_path: Path) -> Path:
    agents = [BROWSER, "Wget/1.21.4", "Mozilla/5.0 (compatible; Googlebot/2.1)", "MyMonitor/1"]
    path = tmp_path / "access.log"
    path.write_text(
        "".join(
            f'1.1.1.{i} - - [10/May/2024:10:00:00 +0800] "GET / HTTP/1.1" 200 5 "-" "{ua}"\n'
            for i, ua in enumerate(agents)
        ),
        "utf-8",
    )
    return path


def _counted(tmp_path: Path, text: str) -> tuple[int, int]:
    config = tmp_path / "c.yaml"
    config.write_text(f"access_log:\n{text}", "utf-8")
    counted, _, _ = count_traffic([_log(tmp_path)], load_config(config).access_log, SHANGHAI_2024)
    return counted.page_views, counted.skipped["bot"]


def test_config_removes_and_adds_patterns(tmp_path: Path) -> None:
    assert _counted(tmp_path, "  bot_patterns: []\n") == (2, 2)  # browser, MyMonitor count
    assert _counted(tmp_path, "  bot_patterns: [MyMonitor]\n") == (1, 3)
    assert _counted(tmp_path, "  bot_patterns_removed: ['[wW]get']\n") == (3, 1)


def test_the_explanation_names_the_list_and_the_changes(tmp_path: Path) -> None:
    config = tmp_path / "c.yaml"
    config.write_text(
        "access_log:\n  bot_patterns: [MyMonitor]\n"
        "  bot_patterns_removed: ['[wW]get', NoSuchPattern]\n",
        "utf-8",
    )
    changed = load_config(config).access_log
    counted, fmt, bots = count_traffic([_log(tmp_path)], changed, SHANGHAI_2024)
    assert bots is not None
    assert bots.removed == ("[wW]get",)
    assert bots.unknown_removed == ("NoSuchPattern",)
    computed = explain_traffic(counted, fmt, cfg=changed, when=SHANGHAI_2024, bots=bots, inputs=[])
    rule = computed.figures["page_views"].explain.rule
    version = metadata.version("crawler-user-agents")
    assert f"crawler-user-agents {version}" in rule
    assert "去掉了 1 条" in rule
    assert "另加配置的 1 条" in rule
    assert any("NoSuchPattern" in note for note in computed.notes)
