import atexit
import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings


def _run_folder(variable: str, prefix: str) -> None:
    """Point ``variable`` at a folder of this run's own (unless it is set), removed when the run ends."""
    if variable not in os.environ:
        os.environ[variable] = tempfile.mkdtemp(prefix=prefix)
        atexit.register(shutil.rmtree, os.environ[variable], ignore_errors=True)


# Progress backups made by the tests go to a folder of the run's own, not the learner's data folder.
_run_folder("GRADIENTE_BACKUP_DIR", "gradiente-test-backups-")
# So do their caches (parsed manifests, the lessons' first renders).
_run_folder("GRADIENTE_CACHE_DIR", "gradiente-test-cache-")
# The hubs the tests start make a lesson's first render only once it is opened: rendering all 38
# lessons ahead (minutes of CPU) in each would slow the suite. tests/hub/test_lessons_perf.py tests it.
os.environ.setdefault("GRADIENTE_RENDER_AHEAD", "0")

# Property-based tests: deterministic and without per-example deadlines, since CI shares 2 cores.
settings.register_profile("gradiente", deadline=None, derandomize=True, max_examples=60)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "gradiente"))


# --- a course of one lesson ------------------------------------------------------------------
# Tests of the learner loop (CLI, workspace) speak of 2.1's exercises and their order; a copy of
# the course holding 2.1 alone keeps them true however many lessons the real course grows.

ONE_LESSON = "derivatives-gradient-descent"


def only_lesson(manifest: str, kept: str) -> str:
    """course.toml's text with every lesson but ``kept`` left out (the module headers stay)."""
    blocks = re.split(r"(?m)^(?=\[\[module(?:\.lesson)?\]\]\s*$)", manifest)
    return "".join(
        block
        for block in blocks
        if not block.startswith("[[module.lesson]]") or re.search(rf'(?m)^id = "{re.escape(kept)}"$', block)
    )


def copy_one_lesson_course(destination: Path, kept: str = ONE_LESSON) -> Path:
    """A course folder at ``destination`` with the lesson ``kept`` only (and the lesson template)."""
    from gradiente.course.manifest import load_course

    course = load_course()
    destination.mkdir(parents=True)
    for name in ("exercises", "solutions", "checks", "mistakes"):
        shutil.copytree(course.root / name, destination / name)
    (destination / "lessons").mkdir()
    for lesson_file in (course.lesson(kept).file, course.root / "lessons" / "_template.py"):
        shutil.copyfile(lesson_file, destination / "lessons" / lesson_file.name)
    manifest = (course.root / "course.toml").read_text(encoding="utf-8")
    (destination / "course.toml").write_text(only_lesson(manifest, kept), encoding="utf-8")
    assert [lesson.id for lesson in load_course(destination).lessons] == [kept]
    return destination


@pytest.fixture(scope="session")
def one_lesson_course(tmp_path_factory) -> Path:
    """A read-only course of 2.1 alone, shared by the tests that never change it."""
    return copy_one_lesson_course(tmp_path_factory.mktemp("one-lesson") / "course")


@pytest.fixture(scope="session")
def course_copier():
    """copy_one_lesson_course, for tests that change their copy (each makes its own)."""
    return copy_one_lesson_course
