"""The code's style is the formatter's, and pyflakes, bugbear and isort find nothing (see [tool.ruff])."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def ruff(*arguments: str) -> subprocess.CompletedProcess:
    command = [shutil.which("ruff")] if shutil.which("ruff") else [sys.executable, "-m", "ruff"]
    return subprocess.run([*command, *arguments], cwd=ROOT, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("check", [("format", "--check", "."), ("check", "--no-fix", ".")], ids=["format", "lint"])
def test_ruff_finds_nothing(check):
    result = ruff(*check)
    assert result.returncode == 0, (
        f"ruff {' '.join(check)} found:\n{result.stdout}{result.stderr}\n"
        "Fix it with `ruff format .` and `ruff check --fix .` (then read what remains)."
    )
