"""The pieces a JupyterHub class adds, each on its own: the learner logins the spawner makes, and the
teacher's page (the whole through JupyterHub is tests/classroom/test_jupyterhub.py)."""

import os
import subprocess
import sys
from datetime import datetime, timezone

import psycopg
import pytest

from gradiente.course import classdb
from gradiente.course.class_report import Attempt, ClassReport, ExerciseSummary, Standing
from gradiente.course.i18n import T
from gradiente.jupyter.service import render_report
from gradiente.jupyter.spawn import ClassSpawnHook


def whoami(url: str) -> str:
    with psycopg.connect(url) as connection:
        return connection.execute("SELECT current_user").fetchone()[0]


def test_each_spawn_gives_the_learner_their_own_login_with_a_fresh_password(klass):
    hook = ClassSpawnHook(klass.admin)
    first = hook.login("dana", ["learner"])
    assert whoami(first) == "dana"
    second = hook.login("dana", ["learner"])
    assert whoami(second) == "dana" and second != first
    with pytest.raises(psycopg.OperationalError):  # a URL copied out of an old server stops working
        whoami(first)
    with psycopg.connect(second) as dana:  # a learner: her own rows only, and no verdicts
        dana.execute(
            "INSERT INTO attempts (uid, exercise_id, local_status, code, checked_at) "
            "VALUES (gen_random_uuid(), 'mse', 'pass', 'x', now())"
        )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            dana.execute("UPDATE attempts SET server_status = 'pass'")


def test_a_teacher_is_a_learner_too_and_reads_the_whole_class(klass):
    url = ClassSpawnHook(klass.admin).login("eva", ["learner", "teacher"])
    with psycopg.connect(klass.url("alice")) as alice:
        alice.execute(
            "INSERT INTO attempts (uid, exercise_id, local_status, code, checked_at) "
            "VALUES (gen_random_uuid(), 'mse', 'fail', 'x', now())"
        )
    with psycopg.connect(url) as eva:
        assert eva.execute("SELECT count(*) FROM attempts WHERE learner = 'alice'").fetchone()[0] == 1


@pytest.mark.parametrize("name", ["admin", "grader", "gradiente_learner", "pg_monitor"])
def test_a_hub_user_named_like_a_role_outside_the_class_gets_no_login(klass, name):
    with pytest.raises(PermissionError, match="Rename that user"):
        ClassSpawnHook(klass.admin).login(name, ["learner"])
    assert classdb.is_outsider(klass.admin, name)


def test_the_grading_service_login_may_grade_but_a_learner_of_that_name_may_not(klass):
    assert not classdb.is_outsider(klass.admin, "grader", ("grader",))
    assert not classdb.is_outsider(klass.admin, "alice")
    assert not classdb.is_outsider(klass.admin, "someone-new")


def _report(learner: str, feedback: str) -> ClassReport:
    moment = datetime(2026, 12, 2, 10, 30, tzinfo=timezone.utc)
    return ClassReport(
        learners=[learner],
        standings=[Standing(learner, "mse", "stuck", 4, 2, 1, moment)],
        exercises=[ExerciseSummary("mse", 1, 0, 1, T(es=feedback, en=feedback), 1)],
        recent=[Attempt(learner, "mse", moment, "pass", "fail"), Attempt(learner, "mse", moment, "fail", None)],
    )


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_teachers_page_shows_the_class_in_each_language(lang):
    page = render_report(_report("alice", "you added up the squares"), lang, "/services/gradiente/")
    assert f'<html lang="{lang}">' in page
    heading = {"es": "Últimos intentos", "en": "Latest attempts"}[lang]
    stuck = {"es": "atascado", "en": "stuck"}[lang]
    pending = {"es": "por corregir", "en": "being graded"}[lang]
    assert heading in page and stuck in page and pending in page and "(!)" in page
    assert 'data-local="pass" data-server="fail"' in page
    assert {"es": "1 estudiante: you added", "en": "1 learner: you added"}[lang] in page
    assert 'href="/services/gradiente/report.csv?lang=' in page


def test_the_teachers_page_escapes_what_learners_can_put_in_it():
    page = render_report(_report("<b>x</b>", "got <script>alert(1)</script>"), "en", "/services/gradiente/")
    assert "<script>alert" not in page and "<b>x</b>" not in page
    assert "&lt;script&gt;" in page


def test_class_serve_outside_jupyterhub_says_what_to_use_instead(klass):
    ran = subprocess.run(
        [sys.executable, "-m", "gradiente", "--lang", "en", "class", "serve", "--url", klass.url("carmen")],
        capture_output=True,
        text=True,
        env={key: value for key, value in os.environ.items() if not key.startswith("JUPYTERHUB_")},
    )
    assert ran.returncode == 2
    assert "started by JupyterHub" in ran.stdout + ran.stderr and "gradiente class grade" in ran.stdout + ran.stderr
