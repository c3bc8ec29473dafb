"""The class database itself: migrations, and who may read and write what (PostgreSQL enforces it)."""

import threading
import uuid
from datetime import datetime, timezone

import psycopg
import pytest

from gradiente.course import classdb


def _insert_attempt(url, **extra):
    columns = {
        "uid": str(uuid.uuid4()),
        "exercise_id": "mse",
        "local_status": "fail",
        "code": "def mse(a, b): ...",
        "checked_at": datetime.now(timezone.utc),
        **extra,
    }
    names = ", ".join(columns)
    marks = ", ".join(f"%({name})s" for name in columns)
    with psycopg.connect(url) as connection:
        connection.execute(f"INSERT INTO attempts ({names}) VALUES ({marks})", columns)


def test_a_new_database_is_migrated_once_and_a_second_run_finds_nothing_to_do(klass):
    assert classdb.migrate(klass.admin) == (classdb.SCHEMA_VERSION, classdb.SCHEMA_VERSION)
    with classdb.connect(klass.url("alice")) as connection:
        assert classdb.schema_version(connection) == classdb.SCHEMA_VERSION


def test_migrations_started_at_once_from_many_places_apply_once(postgres):
    with psycopg.connect(postgres.url(), autocommit=True) as admin:
        admin.execute("CREATE DATABASE klass_concurrent")
    url = postgres.url(database="klass_concurrent")
    results, errors = [], []

    def run():
        try:
            results.append(classdb.migrate(url))
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            errors.append(error)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(results) == [(0, 1)] + [(1, 1)] * 3


def test_the_learner_of_a_row_is_the_role_that_wrote_it_and_cannot_be_chosen(klass):
    _insert_attempt(klass.url("alice"))
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _insert_attempt(klass.url("alice"), learner="bob")
    with psycopg.connect(klass.url("carmen")) as teacher:
        assert teacher.execute("SELECT learner FROM attempts").fetchall() == [("alice",)]


def test_a_learner_sees_only_their_own_rows_and_cannot_write_a_verdict(klass):
    _insert_attempt(klass.url("alice"))
    _insert_attempt(klass.url("bob"))
    with psycopg.connect(klass.url("bob")) as bob:
        assert bob.execute("SELECT learner FROM attempts").fetchall() == [("bob",)]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            bob.execute("UPDATE attempts SET server_status = 'pass'")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _insert_attempt(klass.url("bob"), server_status="pass")
    with psycopg.connect(klass.url("carmen")) as teacher:  # nor can the teacher
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            teacher.execute("UPDATE attempts SET server_status = 'pass'")


def test_a_database_with_an_older_schema_is_refused_with_who_can_fix_it(klass):
    with psycopg.connect(klass.admin) as admin:
        admin.execute("UPDATE gradiente_schema SET version = 0")
    with classdb.connect(klass.url("alice")) as connection:
        with pytest.raises(classdb.ClassDatabaseError) as refused:
            classdb.check_schema(connection, klass.url("alice"))
    assert "gradiente class setup" in refused.value.message.es
    assert "gradiente class setup" in refused.value.message.en
    assert "alice-secret" not in refused.value.message.en  # the password is never shown


def test_an_unreachable_database_is_a_bilingual_error_without_the_password(postgres):
    url = postgres.url("alice", "alice-secret", "klass").replace(str(postgres.port), "1")
    with pytest.raises(classdb.ClassDatabaseError) as refused:
        with classdb.connect(url):
            pass
    assert "No se pudo conectar" in refused.value.message.es
    assert "Could not reach" in refused.value.message.en
    assert "alice-secret" not in refused.value.message.es + refused.value.message.en
