"""The learner's workspace as the lessons see it: found once per process, shared by every session."""

from __future__ import annotations

from functools import lru_cache

from gradiente.course.workspace import Workspace


@lru_cache(maxsize=1)
def workspace() -> Workspace:
    """The workspace ``gradiente start`` serves ($GRADIENTE_WORKSPACE), else the nearest or default one."""
    return Workspace.find()
