"""Shared by the benchmarks: run a command in a fresh process, time it, and read its peak memory."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def run(args: list[str], cwd: Path) -> tuple[float, float]:
    """Seconds of wall time and peak RSS in MB of one run of `python -m ARGS` (or of a script, when ARGS[0]
    ends in .py): the largest of the process and every worker it started and waited for (the art layer and
    the languages run in their own), as the kernel reports it to wait4."""
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    cmd = [sys.executable, *args] if args[0].endswith(".py") else [sys.executable, "-m", *args]
    with tempfile.TemporaryFile() as log:
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(proc.pid, 0)      # (not proc.wait(): wait4 also gives the usage)
        wall = time.perf_counter() - t
        code = proc.returncode = os.waitstatus_to_exitcode(status)
        if code != 0:
            log.seek(0)
            sys.stderr.write(log.read().decode(errors="replace")[-4000:])
            raise SystemExit(f"benchmark command failed: {' '.join(args)} (exit {code})")
    return wall, usage.ru_maxrss / 1024


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
