"""jupyter-server-proxy's entry for Gradiente: the learner's Jupyter server starts ``gradiente start``
on a unix socket and serves it at ``<base_url>gradiente/``, behind the JupyterHub login.

The Jupyter server checks the browser's JupyterHub login (only the server's owner, or whoever
JupyterHub lets in, gets through) and then forwards the request. The hub behind it still wants
its launch token: the token is made here, in the Jupyter server's memory, handed to Gradiente
through its environment (which ``gradiente start`` clears at once) and added by the proxy to
every request it forwards. The socket lies in a folder only this user can enter. So nothing
reaches Gradiente but the learner's own, authenticated, Jupyter server.
"""

from __future__ import annotations

import secrets
import sys
from pathlib import Path

PREFIX = "gradiente"  # the path under the Jupyter server's base_url
START_TIMEOUT = 60  # seconds: the first start imports the lesson server's packages


def command() -> list[str]:
    """``gradiente start`` as the proxy runs it; ``{unix_socket}`` and ``{base_url}`` are the proxy's."""
    return [
        sys.executable,
        "-m",
        "gradiente",
        "start",
        "--unix-socket",
        "{unix_socket}",
        "--base-url",
        "{base_url}" + PREFIX + "/",
        "--no-browser",
    ]


def setup_gradiente() -> dict:
    """The server process jupyter-server-proxy starts on the first request to ``<base_url>gradiente/``."""
    token = secrets.token_urlsafe(32)
    return {
        "command": command(),
        "unix_socket": True,
        "absolute_url": True,  # Gradiente serves its pages under --base-url, prefix included
        "timeout": START_TIMEOUT,
        # On a class's shared server, every learner's hub making all 38 first renders at once would
        # cost minutes of CPU and a process of ~200 MB each: a lesson gets its render once opened.
        "environment": {"GRADIENTE_TOKEN": token, "GRADIENTE_RENDER_AHEAD": "0"},
        "request_headers_override": {"Authorization": f"token {token}"},
        "new_browser_tab": True,
        "launcher_entry": {
            "title": "Gradiente",
            "icon_path": str(Path(__file__).parent / "gradiente.svg"),
        },
    }
