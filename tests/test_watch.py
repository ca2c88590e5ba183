"""`comic watch` builds, then rebuilds when a script is saved, and stops cleanly on Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import edit


def _wait_for(proc: subprocess.Popen, lines: list[str], count: int, timeout: float = 90) -> None:
    end = time.time() + timeout
    while time.time() < end:
        line = proc.stderr.readline()
        if line:
            lines.append(line)
            if sum("built in" in x for x in lines) >= count:
                return
        elif proc.poll() is not None:
            break
    raise AssertionError("watch did not report a build:\n" + "".join(lines))


def test_watch_rebuilds_the_edited_language(project: Path):
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-m", "comic", "watch"], cwd=project, env=env, text=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    lines: list[str] = []
    try:
        _wait_for(proc, lines, 1)
        manifest = project / "build" / "manifest.json"
        before = {(o["language"], o["kind"]): o["sha256"] for o in json.loads(manifest.read_text())["outputs"]}
        time.sleep(0.3)
        edit(project / "scripts/scenes/01-start.yaml", "Ich habe Kaffee mitgebracht.", "Ich habe Tee mitgebracht.")
        _wait_for(proc, lines, 2)
        after = {(o["language"], o["kind"]): o["sha256"] for o in json.loads(manifest.read_text())["outputs"]}
        assert after[("de", "screen")] != before[("de", "screen")]
        assert after[("en", "screen")] == before[("en", "screen")]
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        finally:
            if proc.poll() is None:
                proc.kill()
    assert proc.returncode == 0
    assert "Traceback" not in "".join(lines)
