"""Start the hub: check the address is safe, serve with uvicorn, open the learner's browser."""

from __future__ import annotations

import asyncio
import ipaddress
import os
import socket
import sys
import threading
import webbrowser

from gradiente.course.i18n import T
from gradiente.course.workspace import Workspace


class HubAddressError(ValueError):
    def __init__(self, message: T):
        self.message = message
        super().__init__(message.en)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_address(host: str, token: str | None) -> None:
    """The hub runs learner code on this machine: off loopback it must not be open to anyone who finds it."""
    if not is_loopback(host) and not token:
        raise HubAddressError(T(
            es=f"No abro el hub en {host}: cualquiera en tu red podría usarlo. Usa 127.0.0.1, "
               "o pon una clave con --token (o $GRADIENTE_TOKEN) para compartirlo.",
            en=f"I won't open the hub on {host}: anyone on your network could use it. Use 127.0.0.1, "
               "or set a token with --token (or $GRADIENTE_TOKEN) to share it.",
        ))


def free_port(host: str) -> int:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def serve(workspace: Workspace, *, host: str = "127.0.0.1", port: int = 8765, token: str | None = None,
          open_browser: bool = True, lang: str = "es") -> None:
    check_address(host, token)
    import uvicorn

    from gradiente.hub.app import create_app

    # Lessons run inside this process (marimo kernels): they find the workspace through the environment.
    os.environ["GRADIENTE_WORKSPACE"] = str(workspace.root)
    os.environ.setdefault("GRADIENTE_LANG", lang)
    port = port or free_port(host)
    url = f"http://{'[' + host + ']' if ':' in host else host}:{port}/" + (f"?token={token}" if token else "")
    if sys.platform == "win32":  # marimo's sessions need the selector event loop
        asyncio.set_event_loop_policy(asyncio.WindowsSelectorEventLoopPolicy())
    app = create_app(workspace, token=token, lang=lang)
    threading.Thread(target=app.state.lessons.warm_up, daemon=True, name="lessons-warm-up").start()
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", ws="websockets-sansio")
    server = uvicorn.Server(config)
    message = T(es="Gradiente está en {url}  (Ctrl+C para salir)", en="Gradiente is at {url}  (Ctrl+C to quit)")
    print(message.format(url=url).get(lang), flush=True)
    if open_browser:
        threading.Thread(target=_open_when_ready, args=(server, url), daemon=True).start()
    server.run()


def _open_when_ready(server, url: str) -> None:
    import time

    for _ in range(200):
        if server.started:
            webbrowser.open(url)
            return
        time.sleep(0.05)
