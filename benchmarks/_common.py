"""Shared by the benchmarks: run a command in a fresh process, time it, and read its peak memory."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
_WRAP = (
    "import resource, runpy, sys, json, os;"
    "sys.argv = sys.argv[1:];"
    "code = 0\n"
    "try:\n"
    "    runpy.run_module(sys.argv[0], run_name='__main__') if not sys.argv[0].endswith('.py') else runpy.run_path(sys.argv[0], run_name='__main__')\n"
    "except SystemExit as e:\n"
    "    code = e.code or 0\n"
    "peak = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))\n"
    "open(os.environ['BENCH_RSS'], 'w').write(json.dumps(peak))\n"
    "sys.exit(code)\n"
)


def run(args: list[str], cwd: Path) -> tuple[float, float]:
    """Seconds of wall time and peak RSS in MB of one run of `python -m ARGS` (or a script): the largest of
    the process and every worker process it started (the art layer and the languages run in their own)."""
    rss_file = Path(cwd) / ".bench-rss"
    env = dict(os.environ, BENCH_RSS=str(rss_file), PYTHONWARNINGS="ignore")
    t = time.perf_counter()
    r = subprocess.run([sys.executable, "-c", _WRAP, *args], cwd=cwd, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t
    if r.returncode not in (0,):
        sys.stderr.write(r.stdout[-2000:] + r.stderr[-4000:])
        raise SystemExit(f"benchmark command failed: {' '.join(args)} (exit {r.returncode})")
    rss = json.loads(rss_file.read_text()) / 1024
    rss_file.unlink()
    return wall, rss


def best(n: int, fn) -> tuple[float, float]:
    """Best wall time of n runs (the machine is noisy), with the largest peak memory seen."""
    times, peaks = [], []
    for _ in range(n):
        w, r = fn()
        times.append(w)
        peaks.append(r)
    return min(times), max(peaks)


def cold(project: Path) -> None:
    shutil.rmtree(project / "build", ignore_errors=True)


def line(name: str, value: float, target: float | None, unit: str = "×") -> bool:
    ok = target is None or value <= target
    goal = f"target ≤ {target:g}{unit}" if target is not None else "(no target)"
    print(f"{name:<58} {value:7.2f}{unit}  {goal}  {'ok' if ok else 'MISSED'}")
    return ok
