"""A class end to end on a real PostgreSQL: learners check, the server grades again, the teacher reads.

Each learner's Gradiente points at the class with GRADIENTE_PROGRESS_URL (their own role); every
check is recorded locally, queued in the outbox and sent; the grading service re-grades the code
and its verdict is the one the teacher's report shows.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from gradiente.course.class_grading import GradingService
from gradiente.course.class_report import PASSED, STUCK, TRYING, build_report
from gradiente.course.classdb import ClassDatabaseError
from gradiente.course.manifest import load_course
from gradiente.course.workspace import Workspace

REPOSITORY = Path(__file__).resolve().parents[2]
RIGHT = (REPOSITORY / "solutions/start/mse.py").read_text(encoding="utf-8")
WRONG = (REPOSITORY / "mistakes/start/mse/sum_not_mean.py").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def course():
    return load_course()


@pytest.fixture
def learner(klass, course, tmp_path, monkeypatch):
    """``learner(name)``: that learner's workspace, in the class."""

    def open_workspace(name: str) -> Workspace:
        monkeypatch.setenv("GRADIENTE_PROGRESS_URL", klass.url(name))
        return Workspace.create(tmp_path / name, course)

    return open_workspace


def rows(url, query):
    with psycopg.connect(url) as connection:
        return connection.execute(query).fetchall()


def grade_all(klass, course):
    return GradingService(klass.url("grader"), course).run(once=True)


def test_a_check_reaches_the_class_with_its_code_and_the_server_verdict_is_the_one_of_record(klass, learner, course):
    alice = learner("alice")
    assert alice.check("mse", code=WRONG).status == "fail"
    assert alice.check("mse", code=RIGHT).status == "pass"
    assert alice.outbox.wait(10) and alice.outbox.pending() == 0
    sent = rows(klass.url("carmen"), "SELECT learner, local_status, code, server_status FROM attempts ORDER BY id")
    assert sent == [("alice", "fail", WRONG, None), ("alice", "pass", RIGHT, None)]

    assert grade_all(klass, course) == 2
    graded = rows(klass.url("carmen"), "SELECT server_status, server_message_en FROM attempts ORDER BY id")
    assert [status for status, _ in graded] == ["fail", "pass"]
    assert "without dividing by n" in graded[0][1]  # the exercise's own diagnosis, on the server
    report = build_report(klass.url("carmen"), course)
    standing = next(s for s in report.standings if s.learner == "alice" and s.exercise_id == "mse")
    assert (standing.status, standing.attempts, standing.disputed) == (PASSED, 2, 0)


def test_a_forged_local_pass_is_not_a_pass_in_the_report(klass, learner, course):
    bob = learner("bob")
    # What a learner who forges the verdict on their own machine sends: "pass", with wrong code.
    bob.outbox.attempt("mse", "pass", "", "cli", WRONG)
    bob.outbox.send()
    grade_all(klass, course)
    report = build_report(klass.url("carmen"), course)
    standing = next(s for s in report.standings if s.learner == "bob" and s.exercise_id == "mse")
    assert standing.status == TRYING and standing.disputed == 1
    summary = next(e for e in report.exercises if e.exercise_id == "mse")
    assert summary.passed == 0 and "without dividing by n" in summary.top_feedback.en


def test_the_report_counts_the_stuck_and_the_mistake_most_of_them_hit(klass, learner, course):
    for name in ("alice", "bob"):
        workspace = learner(name)
        for _ in range(3):
            workspace.check("mse", code=WRONG)
        workspace.outbox.wait(10)
    learner("alice").next_hint("mse")
    grade_all(klass, course)
    report = build_report(klass.url("carmen"), course)
    summary = next(e for e in report.exercises if e.exercise_id == "mse")
    assert (summary.started, summary.passed, summary.stuck, summary.top_feedback_learners) == (2, 0, 2, 2)
    assert "sin dividir entre n" in summary.top_feedback.es
    alice = next(s for s in report.standings if s.learner == "alice" and s.exercise_id == "mse")
    assert (alice.status, alice.hints) == (STUCK, 1)


def test_attempts_made_while_the_database_is_down_are_kept_and_sent_when_it_is_back(klass, learner, course, postgres):
    alice = learner("alice")
    alice.check("mse", code=WRONG)
    assert alice.outbox.wait(10)
    postgres.stop()
    try:
        started = time.perf_counter()
        result = alice.check("mse", code=RIGHT)
        assert time.perf_counter() - started < 2.5  # the check never waits on the network
        assert result.status == "pass" and alice.store.exercise("mse").passed  # the learner's own record
        assert not alice.outbox.wait(10)
        assert alice.outbox.pending() == 1
        notice = alice.outbox.notice()
        assert "se enviará en cuanto vuelva" in notice.es and "will be sent as soon" in notice.en
        alice.next_hint("mse")  # more while it is down
        alice.outbox.wait(10)
        assert alice.outbox.pending() == 2
    finally:
        postgres.start()
    # No new action is needed: while rows wait, the outbox's sender keeps trying (1, 2, 4 ... s apart).
    deadline = time.time() + 40
    while alice.outbox.pending() and time.time() < deadline:
        time.sleep(0.1)
    assert alice.outbox.pending() == 0 and alice.outbox.notice() is None
    assert alice.outbox.send() == 0  # nothing was left to send by hand
    statuses = rows(klass.url("carmen"), "SELECT local_status FROM attempts ORDER BY id")
    assert statuses == [("fail",), ("pass",)]
    assert rows(klass.url("carmen"), "SELECT count(*) FROM hints") == [(1,)]


def test_a_row_sent_again_after_a_crash_is_not_counted_twice(klass, learner):
    alice = learner("alice")
    alice.outbox.attempt("mse", "fail", "wrong_answer", "cli", WRONG)
    (seq, uid, kind, payload, _queued_at) = alice.outbox._oldest(1)[0]
    alice.outbox.send()
    # The process died after PostgreSQL committed and before the row was forgotten here:
    with alice.outbox._open() as connection:
        connection.execute(
            "INSERT INTO outbox (seq, uid, kind, payload, queued_at) VALUES (?, ?, ?, ?, 0)", (seq, uid, kind, payload)
        )
    assert alice.outbox.send() == 1
    assert rows(klass.url("carmen"), "SELECT count(*) FROM attempts") == [(1,)]


def test_a_killed_learner_process_loses_no_attempt(klass, course, tmp_path):
    """A `gradiente check` killed right after grading: its attempt is in the outbox, and the next command sends it."""
    env = {
        **os.environ,
        "GRADIENTE_PROGRESS_URL": klass.url("alice"),
        "GRADIENTE_WORKSPACE": str(tmp_path / "alice"),
    }
    script = (
        "import os\n"
        "from gradiente.course.workspace import Workspace\n"
        "from gradiente.course import outbox\n"
        "outbox.Outbox.send_soon = lambda self: os._exit(9)  # killed before anything is sent\n"
        f"Workspace.find().check('mse', code={WRONG!r})\n"
    )
    died = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    assert died.returncode == 9, died.stderr
    sent = subprocess.run(
        [sys.executable, "-m", "gradiente", "--lang", "en", "class", "send"], env=env, capture_output=True, text=True
    )
    assert sent.returncode == 0, sent.stdout + sent.stderr
    assert "Sent: 1" in sent.stdout
    assert rows(klass.url("carmen"), "SELECT learner, local_status FROM attempts") == [("alice", "fail")]


def test_the_service_grades_an_attempt_soon_after_it_arrives(klass, learner, course):
    import threading

    service = GradingService(klass.url("grader"), course)
    graded = []
    worker = threading.Thread(target=service.run, kwargs={"on_graded": graded.append, "idle_wait": 30})
    worker.start()
    try:
        time.sleep(0.5)  # the service is now asleep on LISTEN
        alice = learner("alice")
        started = time.perf_counter()
        alice.check("mse", code=RIGHT)
        while not graded and time.perf_counter() - started < 20:
            time.sleep(0.02)
        elapsed = time.perf_counter() - started
    finally:
        service.stopping.set()
        with psycopg.connect(klass.admin, autocommit=True) as admin:
            admin.execute("NOTIFY gradiente_attempts")  # wake it to see the stop
        worker.join(30)
    assert [g.status for g in graded] == ["pass"]
    assert elapsed < 10  # woken by the notification, not by the 30 s idle wait


def test_rows_are_forgotten_here_only_once_the_database_committed_them(klass, learner):
    alice = learner("alice")
    alice.outbox.attempt("mse", "fail", "wrong_answer", "cli", WRONG)
    alice.outbox.attempt("mse", "maybe", "", "cli", WRONG)  # refused by the database (not a status)
    with pytest.raises(ClassDatabaseError) as refused:
        alice.outbox.send()
    assert "rechazó" in refused.value.message.es and "refused" in refused.value.message.en
    assert alice.outbox.pending() == 2  # the whole batch rolled back, and both rows wait
    assert rows(klass.url("carmen"), "SELECT count(*) FROM attempts") == [(0,)]


def test_the_lesson_page_says_when_the_class_is_out_of_reach(klass, postgres, tmp_path, monkeypatch):
    from gradiente.course import kit as lesson_kit
    from gradiente.course.kit.exercise import check_and_record

    monkeypatch.setenv("GRADIENTE_PROGRESS_URL", klass.url("alice"))
    monkeypatch.setenv("GRADIENTE_WORKSPACE", str(tmp_path / "alice"))
    lesson_kit.workspace.cache_clear()
    try:
        assert check_and_record("mse", WRONG).notice is None
        postgres.stop()
        try:
            check_and_record("mse", WRONG)
            lesson_kit.workspace().outbox.wait(10)
            verdict = check_and_record("mse", RIGHT)  # the page learns of the failed send and says so
        finally:
            postgres.start()
        assert verdict.result.status == "pass"
        assert "se enviará en cuanto vuelva" in verdict.notice.es and "will be sent" in verdict.notice.en
        assert "alice-secret" not in verdict.notice.es + verdict.notice.en
    finally:
        lesson_kit.workspace.cache_clear()


def test_the_service_outlives_a_database_restart_and_grades_what_arrived_meanwhile(klass, learner, course, postgres):
    import threading

    service = GradingService(klass.url("grader"), course)
    worker = threading.Thread(target=service.run, kwargs={"idle_wait": 1, "retry_every": 0.2})
    worker.start()
    try:
        alice = learner("alice")
        alice.check("mse", code=WRONG)
        postgres.stop()
        alice.check("mse", code=RIGHT)  # kept in the outbox
        time.sleep(1)
        postgres.start()
        alice.outbox.send()
        deadline = time.time() + 30
        while service.graded < 2 and time.time() < deadline:
            time.sleep(0.1)
    finally:
        service.stopping.set()
        worker.join(30)
    assert not worker.is_alive()
    assert service.graded == 2
    statuses = rows(klass.url("carmen"), "SELECT server_status FROM attempts ORDER BY id")
    assert statuses == [("fail",), ("pass",)]
