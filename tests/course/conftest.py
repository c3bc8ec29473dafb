import textwrap

import pytest

from gradiente.course.manifest import load_course
from gradiente.course.workspace import Workspace


@pytest.fixture(scope="session")
def course():
    return load_course()


@pytest.fixture
def workspace(tmp_path, course):
    return Workspace.create(tmp_path / "workspace", course)


@pytest.fixture
def learner_file(workspace):
    """Write learner code for an exercise into the workspace; returns the path."""

    def write(exercise_id: str, code: str):
        return workspace.save_code(exercise_id, textwrap.dedent(code))

    return write
