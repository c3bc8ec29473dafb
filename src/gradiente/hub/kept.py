"""Pages the lesson server made once, kept in the user's cache folder for the next request and launch.

Each file is named by a hash of everything it was made from (the lesson's source, marimo's version,
the language, the workspace...), so a change names a new file and a stale page is never served.
The folder is hidden from learner code (course/grader.py): the hub shows these pages in its origin.
"""

from __future__ import annotations

import functools
import hashlib
import os
import threading
from pathlib import Path

from gradiente.course.paths import cache_dir


def kept_file(kind: str, lesson_file: str | Path, *parts: str) -> Path:
    """Where the ``kind`` page made from ``lesson_file`` and ``parts`` is kept."""
    key = hashlib.sha256()
    for part in (kind, marimo_version(), *parts):
        key.update(part.encode() + b"\0")
    key.update(Path(lesson_file).read_bytes())
    return cache_dir() / kind / f"{key.hexdigest()[:32]}.html"


def read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def write(path: Path, data: bytes) -> None:
    """Whole or not at all: a reader never sees half a page. A read-only cache just keeps nothing."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError:
        temporary.unlink(missing_ok=True)


@functools.cache
def marimo_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("marimo")  # from its metadata: the hub never imports marimo
    except PackageNotFoundError:
        return "none"
