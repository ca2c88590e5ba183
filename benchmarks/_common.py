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


def run(args: list[str], cwd: Path, usage: dict | None = None) -> tuple[float, float]:
    """Seconds of wall time and peak RSS in MB of one run of `python -m ARGS` (or of a script, when ARGS[0]
    ends in .py): the largest of the process and every worker it started and waited for (the art layer and
    the languages run in their own), as the kernel reports it to wait4. `usage`, when given, gets the
    CPU seconds of the process and those workers appended to its "cpu" list."""
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    cmd = [sys.executable, *args] if args[0].endswith(".py") else [sys.executable, "-m", *args]
    with tempfile.TemporaryFile() as log:
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)
        _, status, rusage = os.wait4(proc.pid, 0)     # (not proc.wait(): wait4 also gives the usage)
        wall = time.perf_counter() - t
        code = proc.returncode = os.waitstatus_to_exitcode(status)
        if usage is not None:
            usage.setdefault("cpu", []).append(rusage.ru_utime + rusage.ru_stime)
        if code != 0:
            log.seek(0)
            sys.stderr.write(log.read().decode(errors="replace")[-4000:])
            raise SystemExit(f"benchmark command failed: {' '.join(args)} (exit {code})")
    return wall, rusage.ru_maxrss / 1024


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


def lettered_only(project: Path) -> None:
    """Everything built removed but the lettering cache: a build that decodes, converts and encodes the art
    again and assembles every language, lettering nothing."""
    build = project / "build"
    for path in build.iterdir() if build.is_dir() else ():
        if path.name == ".cache":
            for sub in path.iterdir():
                if sub.name == "lettering":
                    continue
                if sub.is_dir():
                    shutil.rmtree(sub)
                else:
                    sub.unlink()
        elif path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()


def line(name: str, value: float, target: float | None, unit: str = "×") -> bool:
    ok = target is None or value <= target
    goal = f"target ≤ {target:g}{unit}" if target is not None else "(no target)"
    print(f"{name:<58} {value:7.2f}{unit}  {goal}  {'ok' if ok else 'MISSED'}")
    return ok
