#!/usr/bin/env bash
# `make demo`: the main job on the sample report, with the embedded defaults.
set -uo pipefail
cd "$(dirname "$0")/.."
NB=".venv/bin/nianbao"
SEED="tests/fixtures/seed-2022.yaml"

echo "== 样例报表：海口市卫生健康委员会 2022 年度（$SEED）=="
$NB show "$SEED"
echo
echo "== nianbao validate $SEED =="
$NB validate "$SEED"
status=$?
echo
echo "（退出码 $status：1 表示发现错误——样例报表的解读信息发布总数确实填错了。）"
echo "更多：$NB --help；空白报表：$NB template -o 我的报表.yaml"
echo
echo "== nianbao demo：演示省份的网上填报与审核系统 =="
exec $NB demo "$@"
