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


def cache_dir() -> Path:
    """The user's cache folder for Gradiente (``$GRADIENTE_CACHE_DIR`` overrides it): what can be
    made again at any time, such as the parsed manifest and the lessons' first renders."""
    if override := os.environ.get("GRADIENTE_CACHE_DIR"):
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("gradiente", appauthor=False))
