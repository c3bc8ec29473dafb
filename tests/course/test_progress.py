"""The progress store: a real SQLite database that loses nothing committed, whoever writes and however they die."""

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from gradiente.course.progress import SCHEMA_VERSION, ProgressSchemaError, ProgressStore


@pytest.fixture(autouse=True)
def backups(tmp_path, monkeypatch):
    """The store's rolling copies go to this test's folder (child processes inherit it), not the user data dir."""
    monkeypatch.setenv("GRADIENTE_BACKUP_DIR", str(tmp_path / "user-data" / "progress-backups"))


def test_attempts_passes_hints_and_visits_are_recorded(tmp_path):
    store = ProgressStore(tmp_path / "progress.db")
    store.record_attempt("gradient", "fail", reason="wrong_answer", duration=0.2)
    store.record_attempt("gradient", "pass", duration=0.1)
    store.record_attempt("numerical_derivative", "error", reason="timeout")
    store.record_hint("gradient", 0)
    store.record_hint("gradient", 0)  # showing the same hint twice counts once
    store.record_hint("gradient", 1)
    store.record_visit("derivatives-gradient-descent")

    gradient = store.exercise("gradient")
    assert (gradient.attempts, gradient.passed, gradient.hints_shown, gradient.last_status) == (2, True, 2, "pass")
    assert store.exercise("numerical_derivative").passed is False
    assert store.exercise("never_tried").attempts == 0
    assert store.last_visited_lesson() == "derivatives-gradient-descent"
    attempts = store.attempts("gradient")
    assert [a["status"] for a in attempts] == ["fail", "pass"]
    assert attempts[0]["created_at"] <= attempts[1]["created_at"]


def test_the_database_uses_wal_and_records_its_schema_version(tmp_path):
    store = ProgressStore(tmp_path / "progress.db")
    assert store.schema_version == SCHEMA_VERSION
    with sqlite3.connect(tmp_path / "progress.db") as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_database_from_a_newer_gradiente_is_refused_untouched(tmp_path):
    ProgressStore(tmp_path / "progress.db").record_attempt("gradient", "pass")
    with sqlite3.connect(tmp_path / "progress.db") as connection:
        connection.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(ProgressSchemaError, match="newer than this Gradiente"):
        ProgressStore(tmp_path / "progress.db")
    with sqlite3.connect(tmp_path / "progress.db") as connection:
        assert connection.execute("SELECT COUNT(*) FROM attempts").fetchone()[0] == 1


def test_an_invalid_status_is_refused(tmp_path):
    store = ProgressStore(tmp_path / "progress.db")
    with pytest.raises(sqlite3.IntegrityError):
        store.record_attempt("gradient", "maybe")


WRITER = textwrap.dedent("""
    import sys
    from gradiente.course.progress import ProgressStore
    store = ProgressStore(sys.argv[1])
    name, count = sys.argv[2], int(sys.argv[3])
    for index in range(count):
        store.record_attempt(f"{name}-{index % 3}", "pass" if index % 2 else "fail", source=name)
        if index % 10 == 0:
            store.record_hint(f"{name}-{index % 3}", index)
    print("done", flush=True)
""")


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    database = tmp_path / "progress.db"
    ProgressStore(database)
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(database), name, "150"], stdout=subprocess.PIPE, text=True)
        for name in ("cli", "hub")
    ]
    for writer in writers:
        output, _ = writer.communicate(timeout=120)
        assert writer.returncode == 0 and "done" in output
    store = ProgressStore(database)
    attempts = store.attempts()
    assert len(attempts) == 300
    assert sum(1 for a in attempts if a["source"] == "cli") == 150
    assert sum(store.hints_shown(f"hub-{i}") for i in range(3)) == 15


KILLED_WRITER = textwrap.dedent("""
    import sqlite3, sys, time
    from gradiente.course.progress import ProgressStore
    store = ProgressStore(sys.argv[1])
    for index in range(20):
        store.record_attempt(f"committed-{index}", "pass")
    # Now hold a write transaction open, half done, and wait to be killed.
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    for index in range(1000):
        connection.execute(
            "INSERT INTO attempts (exercise_id, status, created_at) VALUES (?, 'pass', 0)", (f"uncommitted-{index}",))
    print("in the middle", flush=True)
    time.sleep(60)
""")


def test_a_writer_killed_mid_transaction_loses_no_committed_record(tmp_path):
    database = tmp_path / "progress.db"
    writer = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(database)], stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline().strip() == "in the middle"
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait(timeout=10)
    assert writer.returncode == -signal.SIGKILL

    store = ProgressStore(database, timeout=5)  # the killed writer's lock is gone: this must not hang
    exercise_ids = {a["exercise_id"] for a in store.attempts()}
    assert exercise_ids == {f"committed-{index}" for index in range(20)}
    store.record_attempt("after-the-crash", "pass")
    assert store.exercise("after-the-crash").passed
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_killing_writers_repeatedly_at_random_moments_keeps_every_commit(tmp_path):
    database = tmp_path / "progress.db"
    ProgressStore(database)
    acknowledged = 0
    for round_number in range(4):
        writer = subprocess.Popen(
            [
                sys.executable,
                "-u",
                "-c",
                "import sys\nfrom gradiente.course.progress import ProgressStore\n"
                "store = ProgressStore(sys.argv[1])\n"
                "for i in range(100000):\n"
                "    store.record_attempt(f'r{sys.argv[2]}-{i}', 'pass')\n"
                "    print(i, flush=True)\n",
                str(database),
                str(round_number),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        last = None
        deadline = time.time() + 0.4 + 0.2 * round_number
        while time.time() < deadline:
            last = writer.stdout.readline().strip() or last
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=10)
        # Every attempt the writer printed was committed before it printed it.
        acknowledged_here = int(last) + 1 if last is not None else 0
        stored = sum(1 for a in ProgressStore(database).attempts() if a["exercise_id"].startswith(f"r{round_number}-"))
        assert stored >= acknowledged_here
        acknowledged += acknowledged_here
    assert acknowledged > 0
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_exercises_status_is_todo_then_its_last_outcome_until_it_passes(tmp_path):
    store = ProgressStore(tmp_path / "progress.db")
    assert store.exercise("gradient").status == "todo"
    store.record_attempt("gradient", "error", reason="timeout")
    assert store.exercise("gradient").status == "error"
    store.record_attempt("gradient", "fail")
    assert store.exercise("gradient").status == "fail"
    store.record_attempt("gradient", "pass")
    store.record_attempt("gradient", "fail")  # a pass, once earned, stays
    assert store.exercise("gradient").status == "pass"
