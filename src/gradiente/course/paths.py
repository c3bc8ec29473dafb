"""Where the course lives: the source tree in development, the installed package otherwise."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent  # src/gradiente


def course_root() -> Path:
    """The folder holding ``course.toml``, ``lessons/``, ``exercises/``, ``solutions/``, ``checks/``.

    ``$GRADIENTE_COURSE`` overrides it (a teacher's own course, or a test's).
    """
    if override := os.environ.get("GRADIENTE_COURSE"):
        return Path(override).resolve()
    source_tree = _PACKAGE.parent.parent  # an editable install: the repository itself
    if (source_tree / "course.toml").is_file():
        return source_tree
    return _PACKAGE / "_course"  # a wheel: force-included by pyproject.toml
