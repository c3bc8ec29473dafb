"""What JupyterHub's spawner gives each learner's server: their own PostgreSQL login and workspace.

``jupyterhub_config.py`` sets ``c.Spawner.pre_spawn_hook = ClassSpawnHook(...)``. At every spawn
the hook makes (or updates) the user's login in the class database with a fresh password and
puts that login's URL in the server's environment. The learner id on every row is that login,
so it is JupyterHub's user name, never one the learner chose; the password changes each spawn,
so a URL copied out of an old server stops working.
"""

from __future__ import annotations

import asyncio
import os
import secrets
from pathlib import Path

from gradiente.course import classdb

TEACHERS_GROUP = "teachers"
WORKSPACE_FOLDER = "gradiente"  # in the learner's home: the notebook side finds the same files


class ClassSpawnHook:
    """``pre_spawn_hook`` for a class whose database the hub reaches as ``owner_url``."""

    def __init__(self, owner_url: str, *, teachers_group: str = TEACHERS_GROUP):
        self.owner_url = owner_url
        self.teachers_group = teachers_group

    async def __call__(self, spawner) -> None:
        user = spawner.user
        groups = {group.name for group in getattr(user.orm_user, "groups", [])}
        roles = ["learner"] + (["teacher"] if user.admin or self.teachers_group in groups else [])
        url = await asyncio.to_thread(self.login, user.name, roles)
        spawner.environment[classdb.URL_ENV] = url
        spawner.environment["GRADIENTE_WORKSPACE"] = str(Path(home_of(spawner)) / WORKSPACE_FOLDER)

    def login(self, name: str, roles: list[str]) -> str:
        """A fresh password for ``name`` with ``roles``; returns that member's URL."""
        if classdb.is_outsider(self.owner_url, name, tuple(roles)):
            raise PermissionError(
                f"{name!r} is already a PostgreSQL role that is not a {' or '.join(roles)} of the class "
                "(a superuser, or the grading service, say): I will not hand out its login. Rename that user."
            )
        password = secrets.token_urlsafe(24)
        for role in roles:
            classdb.add_member(self.owner_url, name, role, password)
        return classdb.member_url(self.owner_url, name, password)


def home_of(spawner) -> str:
    """The learner's home: the spawner's own (SimpleLocalProcessSpawner's home_dir), else the system's."""
    home = getattr(spawner, "home_dir", None)
    if home:
        return home
    import pwd

    try:
        return pwd.getpwnam(spawner.user.name).pw_dir
    except KeyError:
        return os.path.expanduser("~")
