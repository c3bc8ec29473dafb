"""`gradiente doctor` runs a real probe sandbox and says, in the learner's language, what holds."""

import os
import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "lang, words",
    [
        ("es", ["Cómo se aísla tu código", "Landlock", "leer un archivo oculto: bloqueado", "Todo en orden"]),
        ("en", ["How your code is isolated", "Landlock", "read a hidden file: blocked", "All in order"]),
    ],
)
def test_doctor_reports_each_protection_in_the_learners_language(lang, words, tmp_path):
    env = dict(os.environ, GRADIENTE_WORKSPACE=str(tmp_path / "workspace"), COLUMNS="200")
    completed = subprocess.run(
        [sys.executable, "-m", "gradiente", "--lang", lang, "doctor"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    for word in words:
        assert word in completed.stdout
    assert "✗" not in completed.stdout  # on Linux (here and in CI) every wall is up


def test_doctor_says_which_walls_are_missing(tmp_path):
    env = dict(
        os.environ, GRADIENTE_WORKSPACE=str(tmp_path / "workspace"), COLUMNS="200", GRADIENTE_SANDBOX_NAMESPACES="0"
    )
    completed = subprocess.run(
        [sys.executable, "-m", "gradiente", "--lang", "en", "doctor"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "✗ Namespaces of its own" in completed.stdout and "turned off" in completed.stdout
    assert "not every wall is up" in completed.stdout
    assert "read a hidden file: blocked" in completed.stdout  # Landlock still holds without namespaces
