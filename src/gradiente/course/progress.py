"""The learner's progress: one embedded SQLite database in the workspace, shared by the CLI and the hub.

WAL journal and FULL synchronous mode: a committed attempt survives the process being
killed (or the machine losing power) a moment later; readers never block the writer.
Each write is one short ``BEGIN IMMEDIATE`` transaction with a busy timeout, so the CLI
and the hub can write at the same time without "database is locked" errors.
"""

from __future__ import annotations

import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS attempts (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    exercise_id TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('pass', 'fail', 'error')),
    reason      TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL DEFAULT 'cli',   -- cli, watch, hub
    duration    REAL NOT NULL DEFAULT 0,
    created_at  REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS attempts_by_exercise ON attempts (exercise_id, created_at);
CREATE TABLE IF NOT EXISTS hints_shown (
    exercise_id TEXT NOT NULL,
    hint_index  INTEGER NOT NULL,              -- 0-based position in course.toml
    shown_at    REAL NOT NULL,
    PRIMARY KEY (exercise_id, hint_index)
);
CREATE TABLE IF NOT EXISTS visits (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    lesson_id  TEXT NOT NULL,
    visited_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


class ProgressSchemaError(RuntimeError):
    """The database was written by a newer Gradiente."""


@dataclass(frozen=True)
class ExerciseProgress:
    exercise_id: str
    attempts: int
    passed: bool
    hints_shown: int
    last_status: str | None
    last_attempt_at: float | None

    @property
    def status(self) -> str:
        """todo (never checked), pass (passed at least once), else the last outcome: fail or error."""
        if self.attempts == 0:
            return "todo"
        return "pass" if self.passed else self.last_status


class ProgressStore:
    """Attempts, passes, hints shown and lesson visits, with timestamps.

    >>> store = ProgressStore(tmp_path / "progress.db")          # doctest: +SKIP
    >>> store.record_attempt("gradient", "pass", duration=0.12)  # doctest: +SKIP
    >>> store.exercise("gradient").passed                         # doctest: +SKIP
    True
    """

    def __init__(self, path: Path | str, *, timeout: float = 30.0):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.timeout = timeout
        with self._connect() as connection:
            connection.execute("PRAGMA journal_mode = WAL")
            self._migrate(connection)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        # One short-lived connection per operation: safe across threads (the hub) and processes.
        connection = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
        try:
            connection.execute("PRAGMA synchronous = FULL")
            connection.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
            yield connection
        finally:
            connection.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._connect() as connection:
            connection.execute("BEGIN IMMEDIATE")  # take the write lock now, not halfway through
            try:
                yield connection
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")

    def _migrate(self, connection: sqlite3.Connection) -> None:
        connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    connection.execute(statement)
            row = connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if row is None:
                connection.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            elif int(row[0]) > SCHEMA_VERSION:
                raise ProgressSchemaError(
                    f"{self.path} has progress schema version {row[0]}, newer than this Gradiente's "
                    f"({SCHEMA_VERSION}). Upgrade Gradiente (pip install -U gradiente); your progress is untouched."
                )
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise

    @property
    def schema_version(self) -> int:
        with self._connect() as connection:
            return int(connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0])

    # --- writes -------------------------------------------------------------------------

    def record_attempt(self, exercise_id: str, status: str, *, reason: str = "", source: str = "cli",
                       duration: float = 0.0) -> int:
        with self._write() as connection:
            cursor = connection.execute(
                "INSERT INTO attempts (exercise_id, status, reason, source, duration, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (exercise_id, status, reason, source, duration, time.time()),
            )
            return int(cursor.lastrowid)

    def record_hint(self, exercise_id: str, hint_index: int) -> None:
        with self._write() as connection:
            connection.execute(
                "INSERT OR IGNORE INTO hints_shown VALUES (?, ?, ?)", (exercise_id, hint_index, time.time())
            )

    def record_visit(self, lesson_id: str) -> None:
        with self._write() as connection:
            connection.execute("INSERT INTO visits (lesson_id, visited_at) VALUES (?, ?)", (lesson_id, time.time()))

    def set_setting(self, key: str, value: str) -> None:
        with self._write() as connection:
            connection.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, value))

    def forget_exercise(self, exercise_id: str) -> None:
        """Used by ``reset``: the attempts stay (history is never lost), only the hints shown are cleared."""
        with self._write() as connection:
            connection.execute("DELETE FROM hints_shown WHERE exercise_id = ?", (exercise_id,))

    # --- reads --------------------------------------------------------------------------

    def setting(self, key: str, default: str | None = None) -> str | None:
        with self._connect() as connection:
            row = connection.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def hints_shown(self, exercise_id: str) -> int:
        with self._connect() as connection:
            return connection.execute(
                "SELECT COUNT(*) FROM hints_shown WHERE exercise_id = ?", (exercise_id,)
            ).fetchone()[0]

    def exercise(self, exercise_id: str) -> ExerciseProgress:
        return self.all_exercises().get(exercise_id, ExerciseProgress(exercise_id, 0, False, 0, None, None))

    def all_exercises(self) -> dict[str, ExerciseProgress]:
        with self._connect() as connection:
            attempt_rows = connection.execute(
                """
                SELECT exercise_id, COUNT(*), MAX(status = 'pass'), MAX(created_at),
                       (SELECT status FROM attempts last WHERE last.exercise_id = a.exercise_id
                        ORDER BY last.id DESC LIMIT 1)
                FROM attempts a GROUP BY exercise_id
                """
            ).fetchall()
            hints = dict(connection.execute("SELECT exercise_id, COUNT(*) FROM hints_shown GROUP BY exercise_id"))
        progress = {
            exercise_id: ExerciseProgress(exercise_id, count, bool(passed), hints.get(exercise_id, 0), last_status, last_at)
            for exercise_id, count, passed, last_at, last_status in attempt_rows
        }
        for exercise_id, count in hints.items():
            progress.setdefault(exercise_id, ExerciseProgress(exercise_id, 0, False, count, None, None))
        return progress

    def attempts(self, exercise_id: str | None = None) -> list[dict]:
        query = "SELECT id, exercise_id, status, reason, source, duration, created_at FROM attempts"
        parameters: tuple = ()
        if exercise_id is not None:
            query += " WHERE exercise_id = ?"
            parameters = (exercise_id,)
        with self._connect() as connection:
            rows = connection.execute(query + " ORDER BY id", parameters).fetchall()
        keys = ("id", "exercise_id", "status", "reason", "source", "duration", "created_at")
        return [dict(zip(keys, row)) for row in rows]

    def last_visited_lesson(self) -> str | None:
        with self._connect() as connection:
            row = connection.execute("SELECT lesson_id FROM visits ORDER BY id DESC LIMIT 1").fetchone()
        return row[0] if row else None
