"""A class's progress in one PostgreSQL database: its schema, its migrations and who may do what.

A class points every learner's Gradiente at one database with ``GRADIENTE_PROGRESS_URL``
(``postgresql://alice:…@host/class``), or a ``[progress] url`` in the file named by
``GRADIENTE_CLASS_CONFIG``. Each learner connects as their own PostgreSQL role, made for them by
the organiser (``gradiente class add``), so the learner of a row is the role that wrote it
(``DEFAULT current_user``), never a value the learner sends: the learner role may insert only
the columns it owns, and row-level security lets it read only its own rows. The verdict of
record (``server_*``) is written by the grading service's role alone, after it grades the code
again (gradiente.course.class_grading); the teacher's role reads everything.

SQLite stays each learner's own store (gradiente.course.progress); what goes to the class
passes through a local outbox first (gradiente.course.outbox), so a database that is down
loses nothing.

psycopg is imported inside the functions that connect: a learner without a class never loads it.
"""

from __future__ import annotations

import os
import tomllib
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from gradiente.course.i18n import T

URL_ENV = "GRADIENTE_PROGRESS_URL"
CONFIG_ENV = "GRADIENTE_CLASS_CONFIG"
CONNECT_TIMEOUT = 3  # seconds: a class database that is down must not hold up a check

LEARNER, TEACHER, GRADER = "gradiente_learner", "gradiente_teacher", "gradiente_grader"
ROLES = {"learner": LEARNER, "teacher": TEACHER, "grader": GRADER}

# Each migration runs once, in order, in one transaction; the last applied version is stored.
# Never edit a migration that has shipped: add the next one.
MIGRATIONS: tuple[str, ...] = (
    # 1: attempts with the code they graded, hints and visits, each row named by a uid made on the
    # learner's machine (a resend after a crash is a no-op, not a second row).
    f"""
    CREATE TABLE attempts (
        id             BIGSERIAL PRIMARY KEY,
        uid            UUID NOT NULL UNIQUE,
        learner        TEXT NOT NULL DEFAULT current_user,
        exercise_id    TEXT NOT NULL,
        local_status   TEXT NOT NULL CHECK (local_status IN ('pass', 'fail', 'error')),
        local_reason   TEXT NOT NULL DEFAULT '',
        source         TEXT NOT NULL DEFAULT 'cli',
        code           TEXT NOT NULL,
        checked_at     TIMESTAMPTZ NOT NULL,
        received_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
        claimed_by     TEXT,
        claimed_at     TIMESTAMPTZ,
        server_status  TEXT CHECK (server_status IN ('pass', 'fail', 'error')),
        server_reason  TEXT,
        server_message_es TEXT,
        server_message_en TEXT,
        graded_at      TIMESTAMPTZ
    );
    CREATE INDEX attempts_to_grade ON attempts (id) WHERE server_status IS NULL;
    CREATE INDEX attempts_by_learner ON attempts (learner, exercise_id);
    CREATE TABLE hints (
        uid         UUID NOT NULL UNIQUE,
        learner     TEXT NOT NULL DEFAULT current_user,
        exercise_id TEXT NOT NULL,
        hint_index  INTEGER NOT NULL,
        shown_at    TIMESTAMPTZ NOT NULL
    );
    CREATE TABLE visits (
        uid        UUID NOT NULL UNIQUE,
        learner    TEXT NOT NULL DEFAULT current_user,
        lesson_id  TEXT NOT NULL,
        visited_at TIMESTAMPTZ NOT NULL
    );
    -- The grading service waits on this instead of polling.
    CREATE FUNCTION gradiente_attempt_arrived() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM pg_notify('gradiente_attempts', NEW.id::text); RETURN NEW; END $$;
    CREATE TRIGGER attempt_arrived AFTER INSERT ON attempts
        FOR EACH ROW EXECUTE FUNCTION gradiente_attempt_arrived();

    DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{LEARNER}') THEN CREATE ROLE {LEARNER}; END IF;
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{TEACHER}') THEN CREATE ROLE {TEACHER}; END IF;
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{GRADER}') THEN CREATE ROLE {GRADER}; END IF;
    END $$;
    GRANT INSERT (uid, exercise_id, local_status, local_reason, source, code, checked_at) ON attempts TO {LEARNER};
    GRANT INSERT (uid, exercise_id, hint_index, shown_at) ON hints TO {LEARNER};
    GRANT INSERT (uid, lesson_id, visited_at) ON visits TO {LEARNER};
    GRANT USAGE ON SEQUENCE attempts_id_seq TO {LEARNER};
    GRANT SELECT ON attempts, hints, visits TO {LEARNER}, {TEACHER}, {GRADER};
    GRANT UPDATE (claimed_by, claimed_at, server_status, server_reason, server_message_es, server_message_en, graded_at)
        ON attempts TO {GRADER};
    ALTER TABLE attempts ENABLE ROW LEVEL SECURITY;
    ALTER TABLE hints ENABLE ROW LEVEL SECURITY;
    ALTER TABLE visits ENABLE ROW LEVEL SECURITY;
    CREATE POLICY own_attempts ON attempts TO {LEARNER}
        USING (learner = current_user) WITH CHECK (learner = current_user);
    CREATE POLICY own_hints ON hints TO {LEARNER} USING (learner = current_user) WITH CHECK (learner = current_user);
    CREATE POLICY own_visits ON visits TO {LEARNER} USING (learner = current_user) WITH CHECK (learner = current_user);
    CREATE POLICY staff_attempts ON attempts TO {TEACHER}, {GRADER} USING (true);
    CREATE POLICY staff_hints ON hints FOR SELECT TO {TEACHER}, {GRADER} USING (true);
    CREATE POLICY staff_visits ON visits FOR SELECT TO {TEACHER}, {GRADER} USING (true);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


class ClassDatabaseError(RuntimeError):
    """The class database cannot be used; ``message`` says why and what to do, in both languages."""

    def __init__(self, message: T, *, unreachable: bool = False):
        super().__init__(message.en)
        self.message = message
        self.unreachable = unreachable  # the database may come back: worth trying again


def class_url() -> str | None:
    """The class database of this learner or teacher, if their Gradiente has one."""
    if url := os.environ.get(URL_ENV):
        return url
    if config := os.environ.get(CONFIG_ENV):
        path = Path(config)
        try:
            settings = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as error:
            raise ClassDatabaseError(
                T(
                    es=f"No se pudo leer la configuración de la clase {path} ({error}). Revisa la ruta en "
                    f"{CONFIG_ENV}, o bórrala para trabajar sin clase.",
                    en=f"Could not read the class configuration {path} ({error}). Check the path in {CONFIG_ENV}, "
                    "or unset it to work without a class.",
                )
            ) from error
        return settings.get("progress", {}).get("url")
    return None


def shown_url(url: str) -> str:
    """The URL without its password, for messages."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":…@")
    return urlunsplit(parts._replace(netloc=netloc))


def _psycopg():
    try:
        import psycopg
    except ImportError as error:
        raise ClassDatabaseError(
            T(
                es="Esta clase guarda el progreso en PostgreSQL y falta el controlador psycopg. Instálalo con "
                "`pip install 'gradiente[class]'`.",
                en="This class keeps progress in PostgreSQL and the psycopg driver is missing. Install it with "
                "`pip install 'gradiente[class]'`.",
            )
        ) from error
    return psycopg


def _first_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def unreachable(url: str, error: Exception) -> ClassDatabaseError:
    reason = _first_line(error)
    return ClassDatabaseError(
        T(
            es=f"No se pudo conectar con la base de datos de la clase ({shown_url(url)}): {reason}. Tu intento quedó "
            "guardado en tu equipo y se enviará en cuanto vuelva la conexión; si sigue así, avísale a quien "
            "organiza la clase.",
            en=f"Could not reach the class database ({shown_url(url)}): {reason}. Your attempt is kept on this "
            "machine and will be sent as soon as the connection is back; if it stays down, tell your class's "
            "organiser.",
        ),
        unreachable=True,
    )


def refused(url: str, error: Exception) -> ClassDatabaseError:
    reason = _first_line(error)
    return ClassDatabaseError(
        T(
            es=f"La base de datos de la clase ({shown_url(url)}) rechazó lo que tu equipo le envió: {reason}. Sigue "
            "guardado en tu equipo; avísale a quien organiza la clase (quizá haya que actualizar Gradiente).",
            en=f"The class database ({shown_url(url)}) refused what this machine sent: {reason}. It is still kept "
            "on this machine; tell your class's organiser (Gradiente may need an update).",
        )
    )


@contextmanager
def connect(url: str, *, autocommit: bool = False) -> Iterator:
    """A psycopg connection to the class database, or a :class:`ClassDatabaseError` that says why not."""
    psycopg = _psycopg()
    try:
        connection = psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT, autocommit=autocommit)
    except psycopg.OperationalError as error:
        raise unreachable(url, error) from error
    with connection:
        yield connection


def schema_version(connection) -> int:
    """The last migration applied to this database (0 for an empty one)."""
    row = connection.execute("SELECT to_regclass('gradiente_schema')").fetchone()
    if row[0] is None:
        return 0
    row = connection.execute("SELECT version FROM gradiente_schema").fetchone()
    return 0 if row is None else int(row[0])


def check_schema(connection, url: str) -> None:
    """Refuse a database whose schema this Gradiente does not know, saying who can fix it."""
    version = schema_version(connection)
    if version == SCHEMA_VERSION:
        return
    if version < SCHEMA_VERSION:
        raise ClassDatabaseError(
            T(
                es=f"La base de datos de la clase ({shown_url(url)}) tiene el esquema {version} y este Gradiente "
                f"espera el {SCHEMA_VERSION}. Quien organiza la clase debe correr `gradiente class setup`.",
                en=f"The class database ({shown_url(url)}) has schema {version} and this Gradiente expects "
                f"{SCHEMA_VERSION}. Your class's organiser must run `gradiente class setup`.",
            )
        )
    raise ClassDatabaseError(
        T(
            es=f"La base de datos de la clase tiene el esquema {version}, más nuevo que el {SCHEMA_VERSION} de este "
            "Gradiente. Actualiza Gradiente (`pip install -U gradiente`).",
            en=f"The class database has schema {version}, newer than this Gradiente's {SCHEMA_VERSION}. Update "
            "Gradiente (`pip install -U gradiente`).",
        )
    )


def migrate(url: str) -> tuple[int, int]:
    """Bring the database to :data:`SCHEMA_VERSION` (as its owner); returns (version before, after).

    Safe to run from several places at once: an advisory lock makes the others wait, then find
    nothing left to do. Each migration commits with the version it reaches, so a failure leaves
    the database at the last good version.
    """
    with connect(url) as connection:
        connection.execute("SELECT pg_advisory_xact_lock(hashtext('gradiente schema'))")
        connection.execute(
            "CREATE TABLE IF NOT EXISTS gradiente_schema (one BOOLEAN PRIMARY KEY DEFAULT true CHECK (one), "
            "version INTEGER NOT NULL, migrated_at TIMESTAMPTZ NOT NULL DEFAULT now())"
        )
        connection.execute("GRANT SELECT ON gradiente_schema TO PUBLIC")
        before = schema_version(connection)
        if before > SCHEMA_VERSION:
            check_schema(connection, url)
        for version in range(before + 1, SCHEMA_VERSION + 1):
            connection.execute(MIGRATIONS[version - 1])
            connection.execute(
                "INSERT INTO gradiente_schema (version) VALUES (%s) "
                "ON CONFLICT (one) DO UPDATE SET version = EXCLUDED.version, migrated_at = now()",
                (version,),
            )
        connection.commit()
    return before, SCHEMA_VERSION


def member_url(url: str, name: str, password: str) -> str:
    """``url`` (the owner's, say) with ``name`` and ``password`` as its login: that member's URL."""
    from urllib.parse import quote, urlsplit, urlunsplit

    parts = urlsplit(url)
    host = parts.hostname or ""
    host = (f"[{host}]" if ":" in host else host) + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=f"{quote(name, safe='')}:{quote(password, safe='')}@{host}"))


def is_outsider(url: str, name: str, roles: tuple[str, ...] = ("learner", "teacher")) -> bool:
    """Whether the PostgreSQL role ``name`` must not be handed out with ``roles``: it exists and is a
    superuser, or may create roles, or belongs to none of ``roles`` (``postgres``, say), or to a
    class role outside them (a learner's login that grades)."""
    wanted = [ROLES[role] for role in roles]
    others = [group for group in ROLES.values() if group not in wanted]
    with connect(url) as connection:
        row = connection.execute(
            """
            SELECT r.rolsuper OR r.rolcreaterole
                   OR EXISTS (SELECT 1 FROM unnest(%s::text[]) g WHERE pg_has_role(r.oid, g, 'MEMBER'))
                   OR NOT EXISTS (SELECT 1 FROM unnest(%s::text[]) g WHERE pg_has_role(r.oid, g, 'MEMBER'))
            FROM pg_roles r WHERE r.rolname = %s
            """,
            (others, wanted, name),
        ).fetchone()
    return bool(row and row[0]) or name.startswith("pg_") or name in ROLES.values()


def add_member(url: str, name: str, role: str, password: str) -> None:
    """Make (or update) the PostgreSQL login ``name`` as a learner, teacher or grader of the class."""
    from psycopg import sql

    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}, got {role!r}")
    with connect(url) as connection:
        exists = connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
        verb = "ALTER" if exists else "CREATE"
        connection.execute(
            sql.SQL(verb + " ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(name), sql.Literal(password))
        )
        connection.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(ROLES[role]), sql.Identifier(name)))
        connection.commit()
