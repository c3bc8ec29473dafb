"""The class's grading service: every attempt a learner sends is graded again, here, and that
verdict is the one of record.

A learner's verdict comes from code that ran on the learner's machine, so it can be forged (as
on every grader that runs on the student's side). The service runs next to the class database
with the course's checks and references, takes the attempts nobody has graded yet, oldest first
(``FOR UPDATE SKIP LOCKED``: several services share the queue without grading one twice), runs
the submitted code in the isolated grader (gradiente.course.grader: the learner's code sees
neither the references, nor the database, nor this process's environment) and writes
``server_status``, ``server_reason`` and the message in both languages. It sleeps on PostgreSQL's
``LISTEN gradiente_attempts`` between attempts, so a new one is graded at once; an attempt a
crashed service had claimed is taken again after :data:`CLAIM_TIMEOUT`.
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
import uuid
import weakref
from dataclasses import dataclass
from pathlib import Path

from gradiente.course import classdb
from gradiente.course.grader import DEFAULT_TIMEOUT, WarmRunner, grade
from gradiente.course.i18n import T
from gradiente.course.manifest import Course, UnknownExerciseError
from gradiente.course.result import ERROR, GradeResult

CLAIM_TIMEOUT = "2 minutes"  # a claim older than this belongs to a service that died
_CLAIM = f"""
UPDATE attempts SET claimed_by = %s, claimed_at = now()
WHERE id = (
    SELECT id FROM attempts
    WHERE server_status IS NULL
      AND (claimed_at IS NULL OR claimed_by = %s OR claimed_at < now() - interval '{CLAIM_TIMEOUT}')
    ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED
)
RETURNING id, learner, exercise_id, code
"""
_RECORD = """
UPDATE attempts SET server_status = %s, server_reason = %s, server_message_es = %s, server_message_en = %s,
    graded_at = now()
WHERE id = %s
"""


@dataclass(frozen=True)
class Graded:
    attempt_id: int
    learner: str
    exercise_id: str
    status: str


class GradingService:
    """Grades the class's waiting attempts with ``course``, connected to ``url`` as the grader role."""

    def __init__(self, url: str, course: Course, *, timeout: float = DEFAULT_TIMEOUT, name: str | None = None):
        self.url = url
        self.course = course
        self.timeout = timeout
        # Unique per service, even beside others in one process: a service takes back only its own claims.
        self.name = name or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.stopping = threading.Event()
        self.last_error: Exception | None = None
        self.graded = 0
        # Submitted code is named after a file here in feedback; nothing is ever written to it.
        self._scratch = Path(tempfile.mkdtemp(prefix="gradiente-class-grading-"))
        weakref.finalize(self, shutil.rmtree, self._scratch, ignore_errors=True)  # gone with it, or at exit

    def grade_one(self, database) -> Graded | None:
        """Claim the oldest waiting attempt, grade it and record the verdict; None when none waits."""
        with database.transaction():
            row = database.execute(_CLAIM, (self.name, self.name)).fetchone()
        if row is None:
            return None
        attempt_id, learner, exercise_id, code = row
        result = self._grade(learner, exercise_id, code)
        with database.transaction():
            database.execute(_RECORD, (result.status, result.reason, result.message.es, result.message.en, attempt_id))
        return Graded(attempt_id, learner, exercise_id, result.status)

    def _grade(self, learner: str, exercise_id: str, code: str) -> GradeResult:
        try:
            exercise = self.course.exercise(exercise_id)
        except UnknownExerciseError:
            return GradeResult(
                exercise_id,
                ERROR,
                T(
                    es=f"Este curso no tiene el ejercicio {exercise_id!r}.",
                    en=f"This course has no exercise {exercise_id!r}.",
                ),
                reason="unknown_exercise",
            )
        return grade(exercise, self._scratch / learner / exercise.path, code=code, timeout=self.timeout)

    def run(self, *, once: bool = False, idle_wait: float = 5.0, on_graded=None, retry_every: float = 1.0) -> int:
        """Grade until :attr:`stopping` is set (or, with ``once``, until nothing waits); returns how many.

        A database that goes away is waited for, not given up on: the service reconnects every
        ``retry_every`` seconds, and takes back the attempt it had claimed (claims carry its name).
        With ``once``, an unreachable database is an error instead.
        """
        import psycopg

        WarmRunner.use().start_now()  # each check forks from a pre-imported process, as in the hub
        self.graded = 0
        while not self.stopping.is_set():
            try:
                self._serve(once, idle_wait, on_graded)
                break
            except (psycopg.OperationalError, classdb.ClassDatabaseError) as error:
                if once or (isinstance(error, classdb.ClassDatabaseError) and not error.unreachable):
                    raise
                self.last_error = error
                self.stopping.wait(retry_every)
        return self.graded

    def _serve(self, once: bool, idle_wait: float, on_graded) -> None:
        with classdb.connect(self.url, autocommit=True) as database:
            classdb.check_schema(database, self.url)
            database.execute("LISTEN gradiente_attempts")
            while not self.stopping.is_set():
                done = self.grade_one(database)
                if done is not None:
                    self.graded += 1
                    if on_graded is not None:
                        on_graded(done)
                    continue
                if once:
                    break
                # Nothing waits: sleep until an attempt arrives (or a claim may have expired).
                for _notice in database.notifies(timeout=idle_wait, stop_after=1):
                    pass


def run_workers(url: str, course: Course, workers: int, *, once: bool = False, on_graded=None) -> int:
    """``workers`` services side by side (threads: the grading itself runs in sandboxes); returns how many graded."""
    services = [GradingService(url, course) for _ in range(workers)]
    counts: list[int] = []
    errors: list[BaseException] = []

    def work(service: GradingService) -> None:
        try:
            counts.append(service.run(once=once, on_graded=on_graded))
        except BaseException as error:  # noqa: BLE001 - re-raised in the caller's thread
            errors.append(error)
            for other in services:
                other.stopping.set()

    threads = [threading.Thread(target=work, args=(service,), daemon=True) for service in services]
    for thread in threads:
        thread.start()
    try:
        for thread in threads:
            while thread.is_alive():
                thread.join(0.5)
    except KeyboardInterrupt:
        for service in services:
            service.stopping.set()
        raise
    if errors:
        raise errors[0]
    return sum(counts)
