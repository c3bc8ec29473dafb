"""Start the hub: choose its token, check the address is safe, serve with uvicorn, open the learner's browser."""

from __future__ import annotations

import asyncio
import html
import ipaddress
import os
import re
import socket
import sys
import tempfile
import threading
import webbrowser
from pathlib import Path

from gradiente.course.i18n import T
from gradiente.course.workspace import Workspace
from gradiente.hub.guard import MIN_TOKEN_LENGTH, TOKEN_ALPHABET, is_unspecified, new_token, normalize_host

TOKEN_ENV = "GRADIENTE_TOKEN"


class HubAddressError(ValueError):
    """The hub refuses to start as asked; ``message`` says why and what to do, in both languages."""

    def __init__(self, message: T):
        self.message = message
        super().__init__(message.en)


def is_loopback(host: str) -> bool:
    host = normalize_host(host)
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def launch_token(host: str, token: str | None) -> str:
    """The token for this launch: the one given, once checked, or a fresh random one.

    Off loopback anyone on the network can knock, so a given token must be long enough
    that guessing it is hopeless (``secrets.token_urlsafe(32)`` gives 43 characters).
    """
    if token is None:
        return new_token()
    if not TOKEN_ALPHABET.fullmatch(token):
        raise HubAddressError(
            T(
                es="La clave de acceso solo puede llevar letras sin tilde, dígitos y - _ . ~ (viaja en un enlace). "
                'Genera una con: python -c "import secrets; print(secrets.token_urlsafe(32))"',
                en="The access token may only hold plain letters, digits and - _ . ~ (it travels in a link). "
                'Make one with: python -c "import secrets; print(secrets.token_urlsafe(32))"',
            )
        )
    if not is_loopback(host) and len(token) < MIN_TOKEN_LENGTH:
        raise HubAddressError(
            T(
                es=f"No abro el hub en {host} con una clave de {len(token)} caracteres: cualquiera en tu red podría "
                f"adivinarla. Usa al menos {MIN_TOKEN_LENGTH}, o no pongas ninguna y te genero una segura. "
                'Para crear una: python -c "import secrets; print(secrets.token_urlsafe(32))"',
                en=f"I won't open the hub on {host} with a {len(token)}-character token: anyone on your network could "
                f"guess it. Use at least {MIN_TOKEN_LENGTH}, or give none and I'll make a strong one. "
                'To make one: python -c "import secrets; print(secrets.token_urlsafe(32))"',
            )
        )
    return token


_BASE_URL = re.compile(r"/(?:[A-Za-z0-9._~%!$&'()*+,;=:@-]+/)*")


def base_url_of(value: str) -> str:
    """``--base-url`` as the hub uses it: begins and ends with ``/`` (``user/ana/gradiente`` becomes
    ``/user/ana/gradiente/``), made of path segments a browser keeps as they are."""
    base = "/" + value.strip().strip("/") + "/" if value.strip().strip("/") else "/"
    if not _BASE_URL.fullmatch(base) or any(part in (".", "..") for part in base.split("/")):
        raise HubAddressError(
            T(
                es=f"--base-url {value!r} no es un prefijo de ruta válido: usa segmentos separados por /, "
                "sin espacios, . ni .., como /user/ana/gradiente/",
                en=f"--base-url {value!r} is not a valid path prefix: use segments separated by /, "
                "with no spaces, . or .., such as /user/ana/gradiente/",
            )
        )
    return base


def read_token_file(path: Path) -> str:
    """The token kept in ``path`` (surrounding whitespace ignored). ``/dev/fd/N`` is read once and closed."""
    try:
        token = Path(path).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as error:
        raise HubAddressError(
            T(
                es=f"No pude leer la clave de acceso de {path}: {error}",
                en=f"I could not read the access token from {path}: {error}",
            )
        ) from None
    if fd := re.fullmatch(r"/dev/fd/(\d+)", str(path)):
        try:
            os.close(int(fd.group(1)))
        except OSError:
            pass
    if not token:
        raise HubAddressError(
            T(
                es=f"El archivo {path} está vacío: debe contener la clave de acceso.",
                en=f"The file {path} is empty: it must hold the access token.",
            )
        )
    return token


def can_reexec() -> bool:
    """Whether this process can run itself again with a clean environment: only where exec keeps the
    pid (not on Windows), and only when this process is the ``gradiente`` command (not, say, a test
    runner that called the CLI in-process)."""
    program = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    is_gradiente = program is not None and (
        program.name in ("gradiente", "gradiente.exe")
        or (program.name == "__main__.py" and program.parent.name == "gradiente")
    )
    return os.name == "posix" and Path("/dev/fd").is_dir() and bool(getattr(sys, "orig_argv", None)) and is_gradiente


def reexec_with_token_in_a_pipe(token: str) -> None:
    """Replace this process with itself, minus the token in its environment and command line.

    ``/proc/<pid>/environ`` and ``cmdline`` keep what the process was started with, whatever
    ``os.environ`` says later, and anything of the learner's that runs as this user can read
    them. So the token moves to a pipe, read through ``--token-file /dev/fd/N``.
    """
    read_end, write_end = os.pipe()
    os.write(write_end, token.encode())
    os.close(write_end)
    os.set_inheritable(read_end, True)
    environment = {key: value for key, value in os.environ.items() if key != TOKEN_ENV}
    argv = [sys.executable, *_without_token(sys.orig_argv[1:], token), "--token-file", f"/dev/fd/{read_end}"]
    sys.stdout.flush()
    sys.stderr.flush()
    os.execve(sys.executable, argv, environment)


def _without_token(arguments: list[str], token: str) -> list[str]:
    kept, skip = [], False
    for argument in arguments:
        if skip:
            skip = False
        elif argument == "--token":
            skip = True
        elif argument != f"--token={token}":
            kept.append(argument)
    return kept


def free_port(host: str) -> int:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def browse_host(host: str) -> str:
    """Where a browser on this machine reaches a hub bound to ``host``."""
    host = normalize_host(host)
    if is_unspecified(host):
        return "[::1]" if ":" in host else "127.0.0.1"
    return f"[{host}]" if ":" in host else host


def serve(
    workspace: Workspace,
    *,
    host: str = "127.0.0.1",
    port: int = 8765,
    token: str | None = None,
    open_browser: bool = True,
    lang: str = "es",
    base_url: str = "/",
    unix_socket: Path | None = None,
) -> None:
    """Serve the hub at ``host:port``, or on ``unix_socket`` behind an authenticating proxy
    (jupyter-server-proxy in a JupyterHub class; see ``HubGuard``), under ``base_url``."""
    token = launch_token(host, token)
    base_url = base_url_of(base_url)
    from gradiente.hub.lessons import LazyLessons

    # The lesson server starts first: importing marimo there overlaps everything below.
    lessons = LazyLessons(workspace, base_url)
    lessons.start()
    import uvicorn

    from gradiente.hub.app import create_app

    # Lessons run inside this process (marimo kernels): they find the workspace through the environment.
    # The token is never put there: the kernels, and anything they start, would see it.
    os.environ["GRADIENTE_WORKSPACE"] = str(workspace.root)
    os.environ.setdefault("GRADIENTE_LANG", lang)
    if sys.platform == "win32":  # marimo's sessions need the selector event loop
        asyncio.set_event_loop_policy(asyncio.WindowsSelectorEventLoopPolicy())
    app = create_app(
        workspace,
        token=token,
        host=host,
        lang=lang,
        lessons=lessons,
        base_url=base_url,
        behind_proxy=unix_socket is not None,
    )
    threading.Thread(target=app.state.lessons.warm_up, daemon=True, name="lessons-warm-up").start()
    options = dict(log_level="warning", ws="websockets-sansio")
    if unix_socket is not None:
        server = uvicorn.Server(uvicorn.Config(app, uds=str(unix_socket), **options))
        message = T(
            es="Gradiente escucha en {url}, detrás del servidor Jupyter  (Ctrl+C para salir)",
            en="Gradiente listens on {url}, behind the Jupyter server  (Ctrl+C to quit)",
        )
        print(message.format(url=f"{unix_socket} ({base_url})").get(lang), flush=True)
        server.run()
        return
    port = port or free_port(normalize_host(host))
    url = f"http://{browse_host(host)}:{port}{base_url}?token={token}"
    server = uvicorn.Server(uvicorn.Config(app, host=normalize_host(host), port=port, **options))
    message = T(es="Gradiente está en {url}  (Ctrl+C para salir)", en="Gradiente is at {url}  (Ctrl+C to quit)")
    print(message.format(url=url).get(lang), flush=True)
    if is_unspecified(host):
        print(
            T(
                es="Desde otra computadora, cambia 127.0.0.1 por la dirección de esta en tu red.",
                en="From another computer, replace 127.0.0.1 with this one's address on your network.",
            ).get(lang),
            flush=True,
        )
    opener = None
    if open_browser:
        opener = _LaunchPage(url)
        threading.Thread(target=_open_when_ready, args=(server, opener), daemon=True).start()
    try:
        server.run()
    finally:
        if opener is not None:
            opener.remove()


class _LaunchPage:
    """A file only this user can read that sends the browser on to the hub's URL, token included.

    Opening the URL itself would put the token on the browser's command line, where ``ps``
    shows it to every user of the machine (Jupyter Server opens such a file for the same reason).
    """

    def __init__(self, url: str):
        descriptor, name = tempfile.mkstemp(prefix="gradiente-open-", suffix=".html")  # mode 0600
        self.path = Path(name)
        link = html.escape(url, quote=True)
        page = (
            f'<!doctype html><meta charset="utf-8"><meta name="referrer" content="no-referrer">'
            f'<meta http-equiv="refresh" content="0;url={link}"><title>Gradiente</title>'
            f'<p><a href="{link}">Gradiente →</a></p>'
        )
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(page)

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)


def _open_when_ready(server, page: _LaunchPage) -> None:
    import time

    for _ in range(200):
        if server.started:
            webbrowser.open(page.path.as_uri())
            return
        time.sleep(0.05)
