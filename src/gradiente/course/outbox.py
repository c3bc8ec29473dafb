"""What this learner owes the class database, kept on disk until the database has it.

Every attempt (with the code it graded), hint and visit goes first into ``.gradiente/outbox.db``,
a small SQLite file next to the learner's progress, in the same moment the learner's own store
records it. :meth:`Outbox.send` then copies the rows to PostgreSQL, oldest first, and forgets a
row only after PostgreSQL has committed it. A learner's process killed at any point therefore
loses nothing: a row not yet committed is sent again next time, and a row sent twice is ignored
by the database (each row carries a uid made here: ``ON CONFLICT (uid) DO NOTHING``).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path

from gradiente.course import classdb
from gradiente.course.i18n import T

_SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    uid     TEXT NOT NULL UNIQUE,
    kind    TEXT NOT NULL CHECK (kind IN ('attempt', 'hint', 'visit')),
    payload TEXT NOT NULL,
    queued_at REAL NOT NULL
);
"""
_INSERTS = {
    "attempt": "INSERT INTO attempts (uid, exercise_id, local_status, local_reason, source, code, checked_at) "
    "VALUES (%(uid)s, %(exercise_id)s, %(status)s, %(reason)s, %(source)s, %(code)s, %(at)s) "
    "ON CONFLICT (uid) DO NOTHING",
    "hint": "INSERT INTO hints (uid, exercise_id, hint_index, shown_at) "
    "VALUES (%(uid)s, %(exercise_id)s, %(hint_index)s, %(at)s) ON CONFLICT (uid) DO NOTHING",
    "visit": "INSERT INTO visits (uid, lesson_id, visited_at) VALUES (%(uid)s, %(lesson_id)s, %(at)s) "
    "ON CONFLICT (uid) DO NOTHING",
}
BATCH = 200  # rows per transaction
# While rows wait and the database is away, the sender tries again after 1, 2, 4 ... 30 s: a
# learner's hub that stays open delivers what was made during an outage without a new action.
RETRY_FIRST, RETRY_LONGEST = 1.0, 30.0


class Outbox:
    """The queue of rows for the class database at ``url``, stored in the SQLite file ``path``."""

    def __init__(self, path: Path | str, url: str):
        self.path = Path(path)
        self.url = url
        self.last_error: classdb.ClassDatabaseError | None = None
        self._sending = threading.Lock()
        self._state = threading.Condition()
        self._worker: threading.Thread | None = None
        self._again = False
        self._wake = threading.Event()  # a new row: stop waiting to retry, send now
        self._rounds = 0  # sends the background sender has finished, failed or not
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(self._open()) as connection:
            connection.execute("PRAGMA journal_mode=WAL")  # kept by the file: readers never wait on a writer
            connection.executescript(_SCHEMA)

    def _open(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=10, isolation_level=None)

    # --- queueing ----------------------------------------------------------------------

    def _queue(self, kind: str, **payload) -> str:
        uid = str(uuid.uuid4())
        with closing(self._open()) as connection:
            connection.execute(
                "INSERT INTO outbox (uid, kind, payload, queued_at) VALUES (?, ?, ?, ?)",
                (uid, kind, json.dumps(payload), time.time()),
            )
        return uid

    def attempt(self, exercise_id: str, status: str, reason: str, source: str, code: str) -> str:
        return self._queue("attempt", exercise_id=exercise_id, status=status, reason=reason, source=source, code=code)

    def hint(self, exercise_id: str, hint_index: int) -> str:
        return self._queue("hint", exercise_id=exercise_id, hint_index=hint_index)

    def visit(self, lesson_id: str) -> str:
        return self._queue("visit", lesson_id=lesson_id)

    def pending(self) -> int:
        with closing(self._open()) as connection:
            return connection.execute("SELECT COUNT(*) FROM outbox").fetchone()[0]

    # --- sending -----------------------------------------------------------------------

    def send(self) -> int:
        """Copy every queued row to the class database; returns how many were sent.

        Raises :class:`classdb.ClassDatabaseError` (bilingual) when the database cannot be reached
        or refuses the rows; they stay queued either way.
        """
        with self._sending:  # one sender at a time per process; other processes are safe too (uids)
            sent = 0
            try:
                with classdb.connect(self.url) as database:
                    classdb.check_schema(database, self.url)
                    database.commit()
                    while rows := self._oldest(BATCH):
                        with database.transaction():
                            for _seq, uid, kind, payload, queued_at in rows:
                                values = json.loads(payload)
                                values["uid"] = uid
                                values["at"] = datetime.fromtimestamp(queued_at, timezone.utc)
                                database.execute(_INSERTS[kind], values)
                        self._forget(rows[-1][0])  # only once PostgreSQL has committed them
                        sent += len(rows)
            except classdb.ClassDatabaseError as error:
                self.last_error = error
                raise
            except Exception as error:  # a psycopg error mid-way: what was committed is forgotten, the rest waits
                import psycopg

                if not isinstance(error, psycopg.Error):
                    raise
                lost = isinstance(error, psycopg.OperationalError)  # the connection, not the rows
                self.last_error = (classdb.unreachable if lost else classdb.refused)(self.url, error)
                raise self.last_error from error
            self.last_error = None
            return sent

    def _oldest(self, limit: int) -> list[tuple]:
        with closing(self._open()) as connection:
            return connection.execute(
                "SELECT seq, uid, kind, payload, queued_at FROM outbox ORDER BY seq LIMIT ?", (limit,)
            ).fetchall()

    def _forget(self, up_to_seq: int) -> None:
        with closing(self._open()) as connection:
            connection.execute("DELETE FROM outbox WHERE seq <= ?", (up_to_seq,))

    def send_soon(self) -> None:
        """Send in a background thread (a check never waits on the network); see :meth:`wait`.
        If the database is away, that thread keeps trying, less and less often, until it has all."""
        with self._state:
            if self._worker is not None and self._worker.is_alive():
                self._again = True  # the running sender takes the new rows too
                self._wake.set()
                return
            self._worker = threading.Thread(target=self._send_quietly, daemon=True, name="class-outbox")
            self._worker.start()

    def _send_quietly(self) -> None:
        delay = RETRY_FIRST
        while True:
            try:
                self.send()
                failed = False
            except classdb.ClassDatabaseError:
                failed = True  # kept in last_error; the rows wait
            with self._state:
                self._rounds += 1
                self._state.notify_all()
                again, self._again = self._again, False
                if not again and not failed:
                    return
            if failed and not again:
                self._wake.wait(delay)
                self._wake.clear()
                delay = min(2 * delay, RETRY_LONGEST)

    def wait(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for the background sender's next send to end (it may keep
        retrying after); True once nothing is waiting."""
        with self._state:
            start = self._rounds
            worker = self._worker
            if worker is not None:
                self._state.wait_for(lambda: self._rounds > start or not worker.is_alive(), timeout)
        return self.pending() == 0

    def notice(self) -> T | None:
        """What to tell the learner when rows are waiting, in both languages, else None."""
        waiting = self.pending()
        if not waiting or self.last_error is None:
            return None
        return T(
            es=f"{self.last_error.message.es} (En espera: {waiting}.)",
            en=f"{self.last_error.message.en} (Waiting: {waiting}.)",
        )
