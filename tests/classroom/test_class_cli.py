"""`gradiente class …`: the organiser sets the class up, the grading service grades, the teacher reads the report."""

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
WRONG = (REPOSITORY / "mistakes/start/mse/sum_not_mean.py").read_text(encoding="utf-8")


def gradiente(*args, url=None, lang="en", workspace=None):
    env = {**os.environ, "GRADIENTE_PROGRESS_URL": url or ""}
    if workspace is not None:
        env["GRADIENTE_WORKSPACE"] = str(workspace)
    return subprocess.run(
        [sys.executable, "-m", "gradiente", "--lang", lang, *args], env=env, capture_output=True, text=True, timeout=120
    )


def test_the_organiser_adds_a_learner_whose_url_works(postgres, klass, tmp_path):
    made = gradiente("class", "add", "dora", "--role", "learner", url=klass.admin)
    assert made.returncode == 0, made.stderr
    dora_url = made.stdout.strip().splitlines()[-1]
    assert dora_url.startswith("postgresql://dora:") and klass.name in dora_url
    exercise = tmp_path / "dora"
    checked = gradiente("check", "mse", url=dora_url, workspace=exercise)
    assert checked.returncode == 1  # the stub fails, and the attempt reaches the class
    report = gradiente("class", "report", "--csv", url=klass.url("carmen"))
    rows = list(csv.DictReader(io.StringIO(report.stdout)))
    assert {row["learner"] for row in rows} >= {"dora", "alice", "bob"}
    dora = next(row for row in rows if row["learner"] == "dora" and row["exercise"] == "mse")
    assert dora["attempts"] == "1" and dora["status"] == "being graded"


def test_setup_twice_says_there_was_nothing_to_do(klass):
    again = gradiente("class", "setup", url=klass.admin, lang="es")
    assert again.returncode == 0 and "ya estaba en la versión" in again.stdout


def test_the_report_after_the_service_graded_in_both_languages(klass, tmp_path):
    from gradiente.course.workspace import Workspace

    os.environ["GRADIENTE_PROGRESS_URL"] = klass.url("alice")
    try:
        alice = Workspace.create(tmp_path / "alice")
        for _ in range(3):
            alice.check("mse", code=WRONG)
        assert alice.outbox.wait(10)
    finally:
        del os.environ["GRADIENTE_PROGRESS_URL"]
    graded = gradiente("class", "grade", "--once", url=klass.url("grader"))
    assert graded.returncode == 0, graded.stderr
    assert graded.stdout.count("\talice\tmse\tfail") == 3
    english = gradiente("class", "report", url=klass.url("carmen"), lang="en")
    spanish = gradiente("class", "report", url=klass.url("carmen"), lang="es")
    assert "stuck" in english.stdout and "without dividing by n" in english.stdout
    assert "atascado" in spanish.stdout and "sin dividir entre n" in spanish.stdout
    table = list(
        csv.reader(io.StringIO(gradiente("class", "report", "--csv", url=klass.url("carmen"), lang="es").stdout))
    )
    assert table[0] == ["estudiante", "ejercicio", "estado", "intentos", "pistas", "discrepancias", "ultima_actividad"]


def test_no_class_or_an_unreachable_one_is_a_clear_error(postgres):
    none = gradiente("class", "report", lang="es")
    assert none.returncode == 2 and "No hay clase configurada" in none.stdout
    closed = gradiente("class", "report", url=postgres.url("carmen", "x", "klass").replace(str(postgres.port), "1"))
    assert closed.returncode == 2 and "Could not reach the class database" in closed.stdout
    assert "Traceback" not in closed.stdout + closed.stderr
