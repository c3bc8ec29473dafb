"""The hub's front door: it answers only its own pages, asked by the browser it opened.

One pure-ASGI middleware in front of everything, the lessons' marimo apps included, modelled
on Jupyter Server's ``check_host``, ``check_origin`` and launch token:

1. **Host**: only 127.0.0.1, localhost, [::1] and the ``--host`` given (any port). A page on
   ``evil.example.com`` that re-points its name at 127.0.0.1 (DNS rebinding) arrives with
   ``Host: evil.example.com`` and gets a 403.
2. **Origin**: a request that carries an Origin must come from this very origin, and so must
   every websocket and every request that is not a plain GET/HEAD. This is answered here,
   before marimo's own CORS layer (which would say ``Access-Control-Allow-Origin: *``); any
   ``Access-Control-*`` header an inner app adds is dropped on the way out, and no other
   origin may frame the hub.
3. **Token**: a random token per launch, even on loopback. It arrives once as ``?token=…``
   and is traded for an HttpOnly, SameSite=Strict cookie by a redirect; scripts may send
   ``Authorization: token …`` instead.

Behind JupyterHub (``behind_proxy``) the hub listens on a unix socket in a folder only its user
can enter, and the one client is the learner's own Jupyter server (jupyter-server-proxy), which
has already checked the browser's JupyterHub login and adds this launch's token to every request
it forwards (``Authorization: token …``). No browser can reach a unix socket, so no page can
rebind a name to it: the Host check is moot there (the Host is the class's public name, which
the hub does not know). The Origin must still name the Host it came to, compared as Jupyter
Server's ``check_origin`` compares them (host and port; the scheme may be changed by a proxy that
ends TLS). A header alone never lets a request in: only the token does.

NOTE: SameSite=Strict does not keep out a page on another *port* of 127.0.0.1: sites ignore
ports, so that page is same-site and the browser sends it the cookie. The Origin check is
what stops it.
"""

from __future__ import annotations

import hmac
import html
import ipaddress
import re
import secrets

from starlette.requests import HTTPConnection
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from gradiente.course.i18n import T
from gradiente.hub.text import PAGE

MIN_TOKEN_LENGTH = 32
TOKEN_ALPHABET = re.compile(r"[A-Za-z0-9._~-]+")  # travels in a URL and a cookie as it is
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})
SAFE_METHODS = frozenset({"GET", "HEAD"})
# A Host header: a name or IPv4 address, or an IPv6 address in brackets, then an optional port.
_HOST = re.compile(r"(?P<name>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+)(?::(?P<port>\d{1,5}))?")
_ORIGIN = re.compile(r"(?P<scheme>https?)://" + _HOST.pattern)
_DEFAULT_PORT = {"http": 80, "https": 443}
# Headers every page carries: no other origin may frame the hub (clickjacking from another port).
_FRAME_HEADERS = [(b"content-security-policy", b"frame-ancestors 'self'"), (b"x-frame-options", b"SAMEORIGIN")]


def new_token() -> str:
    """A fresh launch token: 32 random bytes, 43 URL-safe characters."""
    return secrets.token_urlsafe(32)


def token_cookie_name(port: int | str) -> str:
    """One cookie per port: two hubs on one machine must not overwrite each other's token
    (cookies, unlike origins, ignore the port)."""
    return f"gradiente_token_{port}"


def normalize_host(host: str) -> str:
    """``[::1]`` and ``::1`` are one host, as are ``LocalHost`` and ``localhost``."""
    return host.strip().strip("[]").lower()


def is_unspecified(host: str) -> bool:
    """0.0.0.0 or :: (every interface)."""
    try:
        return ipaddress.ip_address(normalize_host(host)).is_unspecified
    except ValueError:
        return False


def _parse_host(value: str) -> tuple[str, int | None] | None:
    match = _HOST.fullmatch(value.strip())
    if not match:
        return None
    port = int(match["port"]) if match["port"] else None
    return normalize_host(match["name"]), port


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


class HubGuard:
    """Host allowlist, same-origin check and launch token, for http and websocket alike.

    >>> app = HubGuard(inner_app, token=new_token(), host="127.0.0.1")   # doctest: +SKIP
    """

    def __init__(
        self, app: ASGIApp, *, token: str, host: str = "127.0.0.1", base_url: str = "/", behind_proxy: bool = False
    ):
        self.app = app
        self._token = token.encode()
        self.base_url = base_url
        self.behind_proxy = behind_proxy
        self.hosts = LOOPBACK_NAMES | {normalize_host(host)}
        # Bound to every interface, the hub is reached by whatever address the machine has.
        # An IP literal in Host cannot be DNS rebinding (that needs a name), so any IP is fine then.
        self.any_ip = is_unspecified(host)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):  # lifespan
            await self.app(scope, receive, send)
            return
        connection = HTTPConnection(scope)
        host = _parse_host(connection.headers.get("host", ""))
        if host is None or not self._known_host(host[0]):
            await _deny(scope, receive, send, 403, PAGE["wrong_host"])
            return
        if not self._same_origin(scope, connection, host):
            await _deny(scope, receive, send, 403, PAGE["wrong_origin"])
            return
        from_url = connection.query_params.get("token")
        cookie = token_cookie_name(_server_port(scope, host))
        offered = (from_url, connection.cookies.get(cookie), _authorization_token(connection))
        if not any(candidate and self._matches(candidate) for candidate in offered):
            await _deny(scope, receive, send, 401, PAGE["token_needed"])
            return
        if scope["type"] == "http" and scope["method"] in SAFE_METHODS and from_url and self._matches(from_url):
            # Trade the token in the URL for a cookie, so it leaves the address bar and the history.
            url = connection.url.remove_query_params("token")
            response = _redirect(url.path + (f"?{url.query}" if url.query else ""), connection)
            response.set_cookie(cookie, from_url, httponly=True, samesite="strict", path=self.base_url)
            response.headers["Referrer-Policy"] = "no-referrer"
            await response(scope, receive, send)
            return
        await self.app(scope, receive, _guarded_headers(send) if scope["type"] == "http" else send)

    def _known_host(self, name: str) -> bool:
        return self.behind_proxy or name in self.hosts or (self.any_ip and _is_ip(name))

    def _same_origin(self, scope: Scope, connection: HTTPConnection, host: tuple[str, int | None]) -> bool:
        origin = connection.headers.get("origin")
        changes_state = scope["type"] == "websocket" or scope["method"] not in SAFE_METHODS
        if origin is None:
            # Browsers always send Origin on websockets and on anything but GET/HEAD; a client
            # that sends none is not a browser page, and still needs the token. Sec-Fetch-Site,
            # when there, must agree.
            return not changes_state or connection.headers.get("sec-fetch-site") in (None, "same-origin", "none")
        match = _ORIGIN.fullmatch(origin.strip())
        if not match:  # "null" (a sandboxed frame, a file:// page) or garbage
            return False
        if self.behind_proxy:  # as Jupyter Server's check_origin: the host and port the browser named
            return (normalize_host(match["name"]), int(match["port"]) if match["port"] else None) == host
        scheme = "https" if scope.get("scheme") in ("https", "wss") else "http"
        origin_port = int(match["port"]) if match["port"] else _DEFAULT_PORT[match["scheme"]]
        return (
            match["scheme"] == scheme
            and normalize_host(match["name"]) == host[0]
            and origin_port == (host[1] or _DEFAULT_PORT[scheme])
        )

    def _matches(self, offered: str) -> bool:
        return hmac.compare_digest(offered.encode("utf-8", "surrogateescape"), self._token)


def _server_port(scope: Scope, host: tuple[str, int | None]) -> int | str:
    server = scope.get("server")
    return server[1] if server and server[1] is not None else (host[1] or 80)


def _redirect(target: str, connection: HTTPConnection) -> Response:
    """A 303 to ``target``; after a cross-site navigation (the launch page is a file:// page), a page
    that sends the browser on by itself instead: the browser keeps a SameSite=Strict cookie out of
    the rest of a redirect chain that began on another site, but not out of the hub's own navigation."""
    if connection.headers.get("sec-fetch-site") != "cross-site":
        return RedirectResponse(target, status_code=303)
    link = html.escape(target, quote=True)
    text = PAGE["opening"]
    page = (
        f'<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0;url={link}">'
        f'<title>Gradiente</title><p><a href="{link}">{html.escape(text.es)} / {html.escape(text.en)}</a></p>'
    )
    return HTMLResponse(page)


def _authorization_token(connection: HTTPConnection) -> str | None:
    scheme, _, value = connection.headers.get("authorization", "").partition(" ")
    return value.strip() if scheme.lower() in ("token", "bearer") and value.strip() else None


def _guarded_headers(send: Send) -> Send:
    """Drop any CORS grant an inner app (marimo) adds, and forbid other origins to frame the page."""

    async def guarded(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = [
                (name, value)
                for name, value in message.get("headers", [])
                if not name.lower().startswith(b"access-control-") and name.lower() not in (b"x-frame-options",)
            ]
            message = {**message, "headers": headers + _FRAME_HEADERS}
        await send(message)

    return guarded


async def _deny(scope: Scope, receive: Receive, send: Send, status: int, text: T) -> None:
    """A short answer in both languages; a websocket is refused before it is accepted."""
    response: Response = PlainTextResponse(f"{text.es}\n\n{text.en}\n", status_code=status)
    if scope["type"] == "websocket":
        if "websocket.http.response" not in scope.get("extensions", {}):
            await send({"type": "websocket.close", "code": 1008})  # uvicorn turns this into a 403
            return
    await response(scope, receive, send)
