"""A class on one real PostgreSQL server: a fresh database per test, its members, and their workspaces."""

import itertools
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # `from postgres import Postgres`
from postgres import Postgres, server_binaries  # noqa: E402

from gradiente.course import classdb  # noqa: E402

MEMBERS = {"alice": "learner", "bob": "learner", "carmen": "teacher", "grader": "grader"}
_databases = itertools.count(1)


@pytest.fixture(scope="session")
def postgres():
    if server_binaries() is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL's server is not installed: .ci/run installs it (apt-get install postgresql)")
        pytest.skip("PostgreSQL's server is not installed (apt-get install postgresql)")
    server = Postgres()
    yield server
    server.close()


class Klass:
    """One class's database: the organiser's URL and each member's."""

    def __init__(self, server: Postgres, name: str):
        self.server, self.name = server, name
        self.admin = server.url(database=name)

    def url(self, member: str) -> str:
        return self.server.url(member, f"{member}-secret", self.name)


@pytest.fixture
def klass(postgres):
    import psycopg

    name = f"klass_{next(_databases)}"
    with psycopg.connect(postgres.url(), autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    database = Klass(postgres, name)
    classdb.migrate(database.admin)
    for member, role in MEMBERS.items():
        classdb.add_member(database.admin, member, role, f"{member}-secret")
    return database
