"""The learner's progress: one embedded SQLite database in the workspace, shared by the CLI and the hub.

WAL journal and FULL synchronous mode: a committed attempt survives the process being
killed (or the machine losing power) a moment later; readers never block the writer.
Each write is one short ``BEGIN IMMEDIATE`` transaction with a busy timeout, so the CLI
and the hub can write at the same time without "database is locked" errors.

Rolling backups, kept outside the workspace
-------------------------------------------
A store keeps copies of its database, made with SQLite's online backup API on a
background thread (a write never waits for one): when it opens, after every
``backup_every`` writes, and within ``backup_interval`` seconds of any other write; each
copy passes ``PRAGMA quick_check`` before it is kept, and a copy identical to the newest
is not kept twice. The newest ``keep`` copies (and the last one of each of the 7 most
recent days) live in the learner's user data folder, so deleting the workspace's
``.gradiente/`` does not take them too::

    <user data dir>/gradiente/progress-backups/<workspace>-<hash of the database path>/
        progress-20261201T203218.123456Z-<content hash>.db
        recoveries.jsonl       one line per repair, so every process can say so
        source.txt             the database these copies belong to

(on Linux ``~/.local/share/gradiente/progress-backups/``; ``$GRADIENTE_BACKUP_DIR``
replaces the ``progress-backups`` folder). See :func:`backup_dir_for`.

If the database is deleted (or ``.gradiente/`` with it), emptied, truncated, overwritten,
or fails ``PRAGMA quick_check`` (checked at open and on every copy; any SQLite error
makes the store look again), the store moves the broken file aside
(``progress.db.broken-<time>``, never deleted), puts the newest sound copy in its place,
copies back the newer rows SQLite can still read from the broken file, and goes on. The
repair is a :class:`Recovery`; its bilingual message says what happened and what may be
lost (attempts made after the copy's time). Front ends show it with
:meth:`ProgressStore.take_notice`, or get it at once through ``store.on_recovery``.
"""

from __future__ import annotations

import atexit
import calendar
import functools
import hashlib
import heapq
import itertools
import json
import os
import re
import sqlite3
import tempfile
import threading
import time
import uuid
import weakref
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from gradiente.course.i18n import T

SCHEMA_VERSION = 1
BACKUP_DIR_ENV = "GRADIENTE_BACKUP_DIR"

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
_TABLES = frozenset({"meta", "attempts", "hints_shown", "visits", "settings"})

# What a copy holds, in one row: two copies with the same row hold the same progress.
_FINGERPRINT = """
SELECT (SELECT COUNT(*) FROM attempts), (SELECT COALESCE(MAX(id), 0) FROM attempts),
       (SELECT COUNT(*) FROM hints_shown), (SELECT COALESCE(MAX(id), 0) FROM visits),
       (SELECT COALESCE(group_concat(key || '=' || value, char(10)), '')
        FROM (SELECT key, value FROM settings ORDER BY key))
"""
_EMPTY_FINGERPRINT = (0, 0, 0, 0, "")
_BACKUP_NAME = re.compile(r"^progress-(\d{8}T\d{6})\.(\d{6})Z-([0-9a-f]+)\.db$")


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


@dataclass(frozen=True)
class Recovery:
    """One repair of a missing or damaged progress database.

    ``reason`` is one of missing, folder_missing, empty, not_a_database, truncated, corrupt;
    ``broken_path`` is where the damaged file was moved (None when there was no file);
    ``backup_path``/``backup_time`` name the copy restored (None when there was none);
    ``attempts_rescued`` counts the newer attempts SQLite could still read from the damaged file.
    """

    reason: str
    message: T
    database: Path
    broken_path: Path | None
    backup_path: Path | None
    backup_time: float | None
    attempts_restored: int  # in the database now, the rescued ones included
    attempts_rescued: int = 0  # read back from the damaged file: newer than the backup
    at: float = field(default_factory=time.time)
    id: str = field(default_factory=lambda: uuid.uuid4().hex)


_REASONS = {
    "missing": T(es="ya no existía", en="was gone"),
    "folder_missing": T(
        es="ya no existía (se borró la carpeta .gradiente/)", en="was gone (the .gradiente/ folder was deleted)"
    ),
    "empty": T(es="estaba vacío", en="was empty"),
    "not_a_database": T(
        es="ya no era una base de datos de SQLite (algo escribió encima)",
        en="was no longer an SQLite database (something wrote over it)",
    ),
    "truncated": T(es="estaba cortado: le faltaba el final", en="was cut short (truncated)"),
    "corrupt": T(
        es="no pasó la revisión de integridad de SQLite (PRAGMA quick_check)",
        en="failed SQLite's integrity check (PRAGMA quick_check)",
    ),
}


def backup_dir_for(database: Path | str) -> Path:
    """Where the rolling copies of ``database`` live: one folder per database path, outside the workspace.

    >>> backup_dir_for("/home/ada/curso/.gradiente/progress.db").name  # doctest: +SKIP
    'curso-3f1c9a0b52d7e6a4'
    """
    database = Path(database).resolve()
    owner = database.parent.parent if database.parent.name == ".gradiente" else database.parent
    label = re.sub(r"[^A-Za-z0-9._-]+", "-", owner.name).strip("-.")[:40] or "workspace"
    return backup_root() / f"{label}-{hashlib.sha256(str(database).encode()).hexdigest()[:16]}"


def backup_root() -> Path:
    """The folder holding every workspace's copies: $GRADIENTE_BACKUP_DIR, else one in the user data dir.

    NOTE: learner code must not reach this folder (a copy it forged, restored later, would
    be a forged pass): the grader's sandbox is to hide it as it hides the workspace.
    """
    if root := os.environ.get(BACKUP_DIR_ENV):
        return Path(root)
    from platformdirs import user_data_dir

    return Path(user_data_dir("gradiente", appauthor=False)) / "progress-backups"


def has_backups(database: Path | str) -> bool:
    """Whether rolling copies of ``database`` exist (so a missing database was lost, not never made)."""
    folder = backup_dir_for(database)
    return folder.is_dir() and any(_BACKUP_NAME.match(path.name) for path in folder.iterdir())


def _repairing(method):
    """Run ``method``; if SQLite fails because the file is damaged or gone, repair the store and run it once more.

    The second run happens even when this call repaired nothing: another thread or process
    may have just done it (if the error was of another kind, it comes back and is raised).
    """

    @functools.wraps(method)
    def wrapper(self: ProgressStore, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as error:
            if not _may_be_damage(error):
                raise
            self._repair()
        return method(self, *args, **kwargs)

    return wrapper


def _may_be_damage(error: sqlite3.DatabaseError) -> bool:
    # A broken constraint or a held lock is the caller's business, not a damaged file.
    if isinstance(error, (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError)):
        return False
    name = getattr(error, "sqlite_errorname", "") or ""
    return not name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) and "locked" not in str(error)


class ProgressStore:
    """Attempts, passes, hints shown and lesson visits, with timestamps, backed up outside the workspace.

    >>> store = ProgressStore(tmp_path / "progress.db")          # doctest: +SKIP
    >>> store.record_attempt("gradient", "pass", duration=0.12)  # doctest: +SKIP
    >>> store.exercise("gradient").passed                         # doctest: +SKIP
    True

    The copies are in ``store.backup_dir`` (see the module docstring); ``store.take_notice()``
    returns the message of a repair made since the last call (by this store or by another
    process using the same database), ``store.on_recovery`` is called with each repair
    this store makes.
    """

    def __init__(
        self,
        path: Path | str,
        *,
        timeout: float = 30.0,
        backup_dir: Path | str | None = None,
        backup_every: int = 20,
        backup_interval: float = 60.0,
        keep: int = 10,
    ):
        self.path = Path(path)
        self.timeout = timeout
        self._file = Path(os.path.abspath(self.path))
        self._uri = self._file.as_uri() + "?mode=rw"  # never create: a missing file must be noticed
        self.backup_dir = Path(backup_dir) if backup_dir is not None else backup_dir_for(self._file)
        self.backup_every = backup_every
        self.backup_interval = backup_interval
        self.keep = keep
        self.on_recovery: Callable[[Recovery], None] | None = None
        self.recoveries: list[Recovery] = []
        self._unshown: list[Recovery] = []
        self._notice_lock = threading.Lock()
        self._journal_seen = self._journal_size()
        self._repair_lock = threading.Lock()
        self._backup_lock = threading.Lock()
        self._count_lock = threading.Lock()
        self._writes_pending = 0
        self._last_backup = time.monotonic()
        self._backup_due: float | None = None  # owned by the backup worker

        self._file.parent.mkdir(parents=True, exist_ok=True)
        found = self._file.exists() and self._file.stat().st_size > 0
        self._open()
        if found:  # a copy of what it finds as it opens (skipped if nothing changed); a new file holds nothing yet
            _WORKER.schedule(self, time.monotonic())

    def _open(self, again: bool = True) -> None:
        exists = self._file.exists() and self._file.stat().st_size > 0
        if not exists and self.backups():
            self._repair()  # lost since the last run: bring the latest copy back
            return
        try:
            with self._connect(create=not exists) as connection:
                connection.execute("PRAGMA journal_mode = WAL")
                if exists and connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    raise sqlite3.DatabaseError("PRAGMA quick_check failed")
                self._migrate(connection)
        except sqlite3.DatabaseError as error:
            if not _may_be_damage(error):
                raise
            if self._repair() is None:  # sound now: another process repaired it meanwhile, or it was not damage
                if not again:
                    raise
                self._open(again=False)

    @contextmanager
    def _connect(self, create: bool = False) -> Iterator[sqlite3.Connection]:
        # One short-lived connection per operation: safe across threads (the hub) and processes.
        target = str(self._file) if create else self._uri
        connection = sqlite3.connect(target, timeout=self.timeout, isolation_level=None, uri=not create)
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
                with suppress(sqlite3.Error):  # a damaged file may refuse the rollback too
                    connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")
        self._wrote()

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
            with suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
            raise

    @property
    @_repairing
    def schema_version(self) -> int:
        with self._connect() as connection:
            return int(connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0])

    # --- writes -------------------------------------------------------------------------

    @_repairing
    def record_attempt(
        self, exercise_id: str, status: str, *, reason: str = "", source: str = "cli", duration: float = 0.0
    ) -> int:
        with self._write() as connection:
            cursor = connection.execute(
                "INSERT INTO attempts (exercise_id, status, reason, source, duration, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (exercise_id, status, reason, source, duration, time.time()),
            )
            return int(cursor.lastrowid)

    @_repairing
    def record_hint(self, exercise_id: str, hint_index: int) -> None:
        with self._write() as connection:
            connection.execute(
                "INSERT OR IGNORE INTO hints_shown VALUES (?, ?, ?)", (exercise_id, hint_index, time.time())
            )

    @_repairing
    def record_visit(self, lesson_id: str) -> None:
        with self._write() as connection:
            connection.execute("INSERT INTO visits (lesson_id, visited_at) VALUES (?, ?)", (lesson_id, time.time()))

    @_repairing
    def set_setting(self, key: str, value: str) -> None:
        with self._write() as connection:
            connection.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, value))

    @_repairing
    def forget_exercise(self, exercise_id: str) -> None:
        """Used by ``reset``: the attempts stay (history is never lost), only the hints shown are cleared."""
        with self._write() as connection:
            connection.execute("DELETE FROM hints_shown WHERE exercise_id = ?", (exercise_id,))

    # --- reads --------------------------------------------------------------------------

    @_repairing
    def setting(self, key: str, default: str | None = None) -> str | None:
        with self._connect() as connection:
            row = connection.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    @_repairing
    def hints_shown(self, exercise_id: str) -> int:
        with self._connect() as connection:
            return connection.execute(
                "SELECT COUNT(*) FROM hints_shown WHERE exercise_id = ?", (exercise_id,)
            ).fetchone()[0]

    def exercise(self, exercise_id: str) -> ExerciseProgress:
        return self.all_exercises().get(exercise_id, ExerciseProgress(exercise_id, 0, False, 0, None, None))

    @_repairing
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
            exercise_id: ExerciseProgress(
                exercise_id, count, bool(passed), hints.get(exercise_id, 0), last_status, last_at
            )
            for exercise_id, count, passed, last_at, last_status in attempt_rows
        }
        for exercise_id, count in hints.items():
            progress.setdefault(exercise_id, ExerciseProgress(exercise_id, 0, False, count, None, None))
        return progress

    @_repairing
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

    @_repairing
    def last_visited_lesson(self) -> str | None:
        with self._connect() as connection:
            row = connection.execute("SELECT lesson_id FROM visits ORDER BY id DESC LIMIT 1").fetchone()
        return row[0] if row else None

    # --- backups ------------------------------------------------------------------------

    def backups(self) -> list[Path]:
        """The rolling copies of this database, newest first."""
        if not self.backup_dir.is_dir():
            return []
        return sorted((path for path in self.backup_dir.iterdir() if _BACKUP_NAME.match(path.name)), reverse=True)

    def backup_now(self) -> Path | None:
        """Copy the database now (in this thread); returns the newest copy, or None while there is no progress."""
        with self._count_lock:
            pending = self._writes_pending
        with self._backup_lock:
            try:
                copy = self._copy_out()
            except sqlite3.DatabaseError as error:
                if _may_be_damage(error):
                    self._repair()  # the copy found the file damaged: repair now, not at the next failure
                    return self.backups()[0] if self.backups() else None
                raise
            with self._count_lock:
                self._writes_pending = max(0, self._writes_pending - pending)
                self._last_backup = time.monotonic()
        return copy

    def wait_for_backups(self, timeout: float = 30.0) -> None:
        """Wait until every copy due by now has been made (tests, and processes about to exit)."""
        _WORKER.wait(self, timeout)

    def _wrote(self) -> None:
        with self._count_lock:
            self._writes_pending += 1
            now = time.monotonic()
            due_now = (
                self.backup_every and self._writes_pending >= self.backup_every
            ) or now - self._last_backup >= self.backup_interval
            when = now if due_now else self._last_backup + self.backup_interval
        _WORKER.schedule(self, when)

    def _copy_out(self) -> Path | None:
        """One backup: copy, check, and keep it unless it holds nothing or nothing new."""
        with closing(sqlite3.connect(self._uri, uri=True, timeout=self.timeout)) as source:
            fingerprint = _digest(source.execute(_FINGERPRINT).fetchone())
        existing = self.backups()
        if fingerprint is None:
            return None  # no progress yet: no folder, no copy
        if existing and _BACKUP_NAME.match(existing[0].name).group(3) == fingerprint:
            return existing[0]  # nothing changed since the newest copy
        self.backup_dir.mkdir(parents=True, exist_ok=True)
        source_note = self.backup_dir / "source.txt"
        if not source_note.exists():
            source_note.write_text(f"{self._file}\n", encoding="utf-8")
        handle, temporary = tempfile.mkstemp(prefix=".progress-", suffix=".tmp", dir=self.backup_dir)
        os.close(handle)
        try:
            with (
                closing(sqlite3.connect(self._uri, uri=True, timeout=self.timeout)) as source,
                closing(sqlite3.connect(temporary, isolation_level=None)) as copy,
            ):
                source.backup(copy)  # a consistent snapshot; WAL writers carry on meanwhile
                copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
                if not _is_sound(copy):
                    raise sqlite3.DatabaseError("the copy failed PRAGMA quick_check")
                digest = _digest(copy.execute(_FINGERPRINT).fetchone())  # what the copy holds, writes since included
            if digest is None:
                return None
            with open(temporary, "r+b") as written:  # Windows fsyncs only a writable handle
                os.fsync(written.fileno())
            now = time.time()
            name = f"progress-{time.strftime('%Y%m%dT%H%M%S', time.gmtime(now))}.{int(now % 1 * 1e6):06d}Z-{digest}.db"
            os.replace(temporary, self.backup_dir / name)
            self._prune()
            return self.backup_dir / name
        finally:
            with suppress(FileNotFoundError):
                os.unlink(temporary)

    def _prune(self) -> None:
        """Keep the newest ``keep`` copies, and the last copy of each of the 7 most recent days."""
        copies = self.backups()
        kept = set(copies[: self.keep])
        last_of_day: dict[str, Path] = {}
        for copy in copies:  # newest first: the first seen of a day is its last copy
            last_of_day.setdefault(copy.name[len("progress-") :][:8], copy)
        kept.update(sorted(last_of_day.values(), reverse=True)[:7])
        for old in copies:
            if old not in kept:
                with suppress(FileNotFoundError):
                    old.unlink()
        for leftover in self.backup_dir.glob(".progress-*.tmp"):  # from a process killed mid-copy
            with suppress(FileNotFoundError):
                if time.time() - leftover.stat().st_mtime > 3600:
                    leftover.unlink()

    # --- repair -------------------------------------------------------------------------

    def _repair(self) -> Recovery | None:
        """If the database is missing or damaged, set it aside and restore the newest good copy."""
        self.backup_dir.mkdir(parents=True, exist_ok=True)
        with self._repair_lock, _file_lock(self.backup_dir / ".repair.lock"):
            reason = self._damage()  # again, under the lock: another process may have repaired it already
            if reason is None:
                return None
            recovery = self._restore(reason)
        self.recoveries.append(recovery)
        with self._notice_lock:
            self._unshown.append(recovery)
        self._journal(recovery)
        if self.on_recovery is not None:
            self.on_recovery(recovery)
        return recovery

    def _damage(self) -> str | None:
        """What is wrong with the database file, or None if SQLite finds it sound."""
        if not self._file.parent.is_dir():
            return "folder_missing"
        if not self._file.exists():
            return "missing"
        if self._file.stat().st_size == 0:
            return "empty"
        try:
            with closing(sqlite3.connect(self._uri, uri=True, timeout=self.timeout)) as connection:
                if connection.execute("PRAGMA quick_check").fetchone()[0] == "ok":
                    return None if _TABLES <= _tables(connection) else "empty"
        except sqlite3.DatabaseError as error:
            if not _may_be_damage(error):
                raise
        # NOTE: read the header only now. Closing any descriptor of a file drops this process's
        # POSIX locks on it, so opening a sound database by hand would break other threads' locks.
        return _describe_damage(self._file)

    def _restore(self, reason: str) -> Recovery:
        self._file.parent.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = self._file.with_name(f"{self._file.name}.broken-{stamp}")
        number = 1
        while any(Path(f"{aside}{suffix}").exists() for suffix in ("", "-wal", "-shm")):
            number += 1
            aside = self._file.with_name(f"{self._file.name}.broken-{stamp}-{number}")
        moved = []
        for suffix in ("", "-wal", "-shm"):  # a stale WAL must not be replayed onto the restored copy
            part = Path(f"{self._file}{suffix}")
            if part.exists():
                os.replace(part, f"{aside}{suffix}")
                moved.append(Path(f"{aside}{suffix}"))
        broken = moved[0] if moved else None

        backup = next((copy for copy in self.backups() if _is_sound_file(copy)), None)
        if backup is not None:
            handle, temporary = tempfile.mkstemp(
                prefix=f".{self._file.name}.", suffix=".restoring", dir=self._file.parent
            )
            os.close(handle)
            try:
                with (
                    closing(sqlite3.connect(backup.as_uri() + "?mode=ro", uri=True)) as source,
                    closing(sqlite3.connect(temporary, isolation_level=None)) as target,
                ):
                    source.backup(target)
                    target.execute("PRAGMA journal_mode = WAL")
                with open(temporary, "r+b") as written:  # Windows fsyncs only a writable handle
                    os.fsync(written.fileno())
                os.replace(temporary, self._file)
            finally:
                with suppress(FileNotFoundError):
                    os.unlink(temporary)
        with self._connect(create=True) as connection:
            connection.execute("PRAGMA journal_mode = WAL")
            self._migrate(connection)
            restored = connection.execute("SELECT COUNT(*) FROM attempts").fetchone()[0]
            rescued = _rescue(aside, connection) if Path(aside).exists() else 0
        backup_time = _backup_time(backup) if backup is not None else None
        return Recovery(
            reason,
            self._message(reason, broken, backup_time, restored, rescued),
            self._file,
            broken,
            backup,
            backup_time,
            restored,
            rescued,
        )

    def _message(self, reason: str, broken: Path | None, backup_time: float | None, restored: int, rescued: int) -> T:
        what = _REASONS[reason]
        es = [f"Tu archivo de progreso {self._file} {what.es}."]
        en = [f"Your progress file {self._file} {what.en}."]
        if broken is not None and broken.name.endswith(("-wal", "-shm")):
            es.append(f"Guardé aparte lo que quedaba de él, en {broken}.")
            en.append(f"I moved what was left of it aside, to {broken}.")
        elif broken is not None:
            es.append(f"Guardé el archivo dañado aparte, en {broken}.")
            en.append(f"I moved the damaged file aside, to {broken}.")
        if backup_time is not None:
            when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(backup_time))
            es.append(
                f"Restauré la copia de seguridad más reciente, del {when} ({_count(restored, 'intento', 'intentos')}): "
                f"los intentos que hiciste después de esa hora pueden haberse perdido. Sigues desde ahí."
            )
            en.append(
                f"I restored the latest backup, from {when} ({_count(restored, 'attempt', 'attempts')}): "
                f"attempts you made after that time may be lost. You carry on from there."
            )
        else:
            es.append("No había ninguna copia de seguridad que restaurar, así que empiezas con un progreso vacío.")
            en.append("There was no backup to restore, so you start with empty progress.")
        if rescued:
            es.append(
                f"Además rescaté del archivo dañado {_count(rescued, 'intento posterior', 'intentos posteriores')} "
                f"que SQLite aún podía leer."
            )
            en.append(
                f"I also rescued {_count(rescued, 'later attempt', 'later attempts')} that SQLite could still "
                f"read from the damaged file."
            )
        es.append(f"Las copias de seguridad están en {self.backup_dir}.")
        en.append(f"The backups are kept in {self.backup_dir}.")
        return T(es=" ".join(es), en=" ".join(en))

    # --- telling the learner ------------------------------------------------------------

    def take_notice(self) -> T | None:
        """The message of every repair of this database not shown yet by this store, or None.

        Repairs made by other processes (the CLI while the hub runs, say) since this store
        opened count too. Each is returned once.
        """
        with self._notice_lock:
            recoveries = [(recovery.at, recovery.message) for recovery in self._unshown]
            own = {recovery.id for recovery in self.recoveries}
            self._unshown = []
            for entry in self._journal_since():
                if entry.get("id") not in own:
                    with suppress(KeyError, TypeError, ValueError):
                        recoveries.append((float(entry["at"]), T(es=entry["es"], en=entry["en"])))
        if not recoveries:
            return None
        messages = [message for _, message in sorted(recoveries, key=lambda pair: pair[0])]
        return T(es="\n\n".join(m.es for m in messages), en="\n\n".join(m.en for m in messages))

    def _journal(self, recovery: Recovery) -> None:
        entry = {
            "id": recovery.id,
            "at": recovery.at,
            "reason": recovery.reason,
            "pid": os.getpid(),
            **recovery.message.as_dict(),
        }
        with suppress(OSError), open(self.backup_dir / "recoveries.jsonl", "a", encoding="utf-8") as journal:
            journal.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def _journal_size(self) -> int:
        try:
            return (self.backup_dir / "recoveries.jsonl").stat().st_size
        except OSError:
            return 0

    def _journal_since(self) -> list[dict]:
        if self._journal_size() <= self._journal_seen:
            return []
        try:
            with open(self.backup_dir / "recoveries.jsonl", "rb") as journal:
                journal.seek(self._journal_seen)
                data = journal.read()
        except OSError:
            return []
        complete = data[: data.rfind(b"\n") + 1]  # a line still being written waits for the next call
        self._journal_seen += len(complete)
        entries = []
        for line in complete.splitlines():
            with suppress(ValueError):
                entries.append(json.loads(line))
        return entries


def _is_sound(connection: sqlite3.Connection) -> bool:
    """quick_check passes and every table of the schema is there."""
    return connection.execute("PRAGMA quick_check").fetchone()[0] == "ok" and _TABLES <= _tables(connection)


def _tables(connection: sqlite3.Connection) -> set[str]:
    return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _is_sound_file(path: Path) -> bool:
    try:
        with closing(sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)) as connection:
            return _is_sound(connection)
    except sqlite3.DatabaseError:
        return False


_RESCUE = (  # what to read back from a damaged file, newest first, and how to add it to the restored one
    (
        "SELECT id, exercise_id, status, reason, source, duration, created_at FROM attempts WHERE id > "
        "(SELECT ?) ORDER BY id",
        "SELECT COALESCE(MAX(id), 0) FROM attempts",
        "INSERT OR IGNORE INTO attempts (id, exercise_id, status, reason, source, duration, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
    ),
    (
        "SELECT exercise_id, hint_index, shown_at FROM hints_shown",
        None,
        "INSERT OR IGNORE INTO hints_shown VALUES (?, ?, ?)",
    ),
    (
        "SELECT id, lesson_id, visited_at FROM visits WHERE id > (SELECT ?)",
        "SELECT COALESCE(MAX(id), 0) FROM visits",
        "INSERT OR IGNORE INTO visits VALUES (?, ?, ?)",
    ),
)


def _rescue(damaged: Path, restored: sqlite3.Connection) -> int:
    """Copy into ``restored`` the rows SQLite can still read from ``damaged`` that the backup lacks.

    A damaged page often spares the attempts made after the last backup; this keeps them.
    Returns how many attempts were rescued.
    """
    rescued = 0
    try:
        source = sqlite3.connect(Path(damaged).as_uri() + "?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return 0
    with closing(source):
        restored.execute("BEGIN IMMEDIATE")
        for select, since, insert in _RESCUE:
            try:
                parameters = restored.execute(since).fetchone() if since else ()
                cursor = source.execute(select, parameters)
                while rows := cursor.fetchmany(256):
                    for row in rows:
                        with suppress(sqlite3.IntegrityError, sqlite3.InterfaceError):  # a garbled row
                            added = restored.execute(insert, row).rowcount
                            rescued += added if select.startswith("SELECT id, exercise_id") else 0
            except sqlite3.DatabaseError:
                continue  # this table cannot be read (further): keep what was read
        restored.execute("COMMIT")
    return rescued


def _describe_damage(path: Path) -> str:
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except FileNotFoundError:
        return "missing"
    if not header.startswith(b"SQLite format 3\x00"):
        return "not_a_database"
    if len(header) < 100:
        return "truncated"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    header_count_valid = header[24:28] == header[92:96] and pages > 0  # see sqlite.org/fileformat.html
    if page_size and (size % page_size or (header_count_valid and size < pages * page_size)):
        return "truncated"
    return "corrupt"


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def _digest(fingerprint: tuple) -> str | None:
    """A short name for what a database holds; None when it holds no progress at all."""
    if tuple(fingerprint) == _EMPTY_FINGERPRINT:
        return None
    return hashlib.sha256(repr(tuple(fingerprint)).encode()).hexdigest()[:12]


def _backup_time(path: Path) -> float:
    match = _BACKUP_NAME.match(path.name)
    return calendar.timegm(time.strptime(match.group(1), "%Y%m%dT%H%M%S")) + int(match.group(2)) / 1e6


@contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    """Only one process repairs a database at a time (the others then find it sound)."""
    with open(path, "a+b") as handle:
        try:
            import fcntl
        except ImportError:  # Windows: msvcrt locks a byte range instead
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
            try:
                yield
            finally:
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
            return
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class _BackupWorker:
    """One background thread per process that makes every store's copies when they fall due."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._queue: list[tuple[float, int, weakref.ref]] = []  # (when, tie-breaker, store), a heap
        self._running: set[int] = set()
        self._order = itertools.count()
        self._thread: threading.Thread | None = None

    def schedule(self, store: ProgressStore, when: float) -> None:
        with self._condition:
            if store._backup_due is not None and store._backup_due <= when:
                return  # already due as soon
            store._backup_due = when
            heapq.heappush(self._queue, (when, next(self._order), weakref.ref(store)))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="gradiente-progress-backups", daemon=True)
                self._thread.start()
            self._condition.notify_all()

    def wait(self, store: ProgressStore, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        with self._condition:
            while id(store) in self._running or (
                store._backup_due is not None and store._backup_due <= time.monotonic()
            ):
                if not self._condition.wait(max(0.0, deadline - time.monotonic())) and time.monotonic() >= deadline:
                    return

    def drain(self, timeout: float = 10.0) -> None:
        """At exit: let the copies due by now finish (a short-lived CLI's last attempt included)."""
        deadline = time.monotonic() + timeout
        with self._condition:
            while (
                self._thread is not None
                and self._thread.is_alive()
                and (self._running or (self._queue and self._queue[0][0] <= time.monotonic()))
            ):
                if not self._condition.wait(max(0.0, deadline - time.monotonic())) and time.monotonic() >= deadline:
                    return

    def _run(self) -> None:
        while True:
            with self._condition:
                store = None
                while store is None:
                    now = time.monotonic()
                    if self._queue and self._queue[0][0] <= now:
                        when, _, reference = heapq.heappop(self._queue)
                        candidate = reference()
                        if candidate is not None and candidate._backup_due == when:
                            candidate._backup_due = None
                            store = candidate
                            self._running.add(id(store))
                        self._condition.notify_all()
                    else:
                        self._condition.wait(self._queue[0][0] - now if self._queue else None)
            try:
                store.backup_now()
            except Exception:  # noqa: BLE001 - a failed copy must never take the store down; the next one retries
                pass
            finally:
                with self._condition:
                    self._running.discard(id(store))
                    self._condition.notify_all()
                del store  # hold no store alive while waiting

    def after_fork(self) -> None:
        self.__init__()


_WORKER = _BackupWorker()
atexit.register(_WORKER.drain)
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_WORKER.after_fork)
