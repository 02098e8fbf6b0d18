"""Build the compiled tree: a copy of the `nianbao` package in build/compiled/ whose busiest
modules (extraction: readers, matcher, values) are compiled to C extensions by mypyc.

The pure-Python package in src/ stays what developers run and edit; the compiled tree is
what `make bench` measures and what a deployment that extracts many reports runs
(PYTHONPATH=build/compiled nianbao extract ...). The modules compiled are listed in
pyproject.toml ([tool.nianbao.compiled]); the tree is rebuilt only when a source changed.

    python scripts/compile.py [--force] [--json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "nianbao"
TARGET = ROOT / "build" / "compiled"
STAMP = TARGET / "BUILT-FROM.json"


def modules() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    return list(config["tool"]["nianbao"]["compiled"]["modules"])


def source_digest(names: list[str]) -> str:
    """One hash of every file of the package (a change anywhere may change a type mypyc
    compiled against) and of the module list."""
    digest = hashlib.sha256()
    for path in sorted(SOURCE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".so":
            digest.update(str(path.relative_to(SOURCE)).encode())
            digest.update(path.read_bytes())
    digest.update("\n".join(names).encode())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def _check_toolchain() -> None:
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not headers.exists():
        sys.exit(f"compile: {headers} is missing; install the Python headers (python3-dev).")
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        sys.exit("compile: no C compiler; install gcc (scripts/system-deps.sh does).")


_SETUP = """
import sys
from setuptools import setup
from mypyc.build import mypycify

setup(
    name="nianbao-compiled",
    ext_modules=mypycify(sys.argv[2:], opt_level="3", debug_level="0"),
    script_args=["build_ext", "--inplace", "--parallel", sys.argv[1]],
)
"""


def build(names: list[str]) -> float:
    started = time.perf_counter()
    staging = TARGET.with_name("compiled.tmp")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    shutil.copytree(
        SOURCE, staging / "nianbao", ignore=shutil.ignore_patterns("__pycache__", "*.so")
    )
    paths = [str(Path(*name.split(".")).with_suffix(".py")) for name in names]
    # mypy would find the project's pyproject.toml above the staging folder: its strict
    # settings and Django plugin are for checking, not compiling.
    (staging / "mypy.ini").write_text("[mypy]\n")
    jobs = str(os.cpu_count() or 1)
    result = subprocess.run(
        [sys.executable, "-c", _SETUP, jobs, "--config-file=mypy.ini", *paths],
        cwd=staging,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-4000:] + result.stderr[-4000:])
        sys.exit("compile: mypyc failed (the output above says where).")
    shutil.rmtree(staging / "build", ignore_errors=True)
    for leftover in [*staging.rglob("*.c"), staging / "mypy.ini"]:
        leftover.unlink()
    shutil.rmtree(staging / ".mypy_cache", ignore_errors=True)
    shutil.rmtree(TARGET, ignore_errors=True)
    staging.rename(TARGET)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--force", action="store_true", help="rebuild even if up to date")
    parser.add_argument("--json", action="store_true", help="print the outcome as JSON")
    args = parser.parse_args()
    names = modules()
    digest = source_digest(names)
    built = json.loads(STAMP.read_text()) if STAMP.exists() else {}
    fresh = built.get("digest") == digest and not args.force
    seconds = 0.0
    if not fresh:
        _check_toolchain()
        seconds = build(names)
        STAMP.write_text(json.dumps({"digest": digest, "modules": names}, indent=1))
    outcome = {
        "path": str(TARGET),
        "modules": len(names),
        "rebuilt": not fresh,
        "seconds": round(seconds, 1),
    }
    if args.json:
        print(json.dumps(outcome))
    elif fresh:
        print(f"compiled tree up to date: {TARGET}")
    else:
        print(f"compiled {len(names)} modules into {TARGET} in {seconds:.0f} s")


if __name__ == "__main__":
    main()
