"""Forward one ASGI request or websocket, unchanged in path and body, to a server on a unix socket.

The hub's guard has already judged the request by the time it gets here; what is forwarded
leaves out the browser's cookies and credentials (the hub's token travels in a cookie) and the
hop-by-hop headers, which belong to one connection only.
"""

from __future__ import annotations

import anyio
from starlette.responses import PlainTextResponse
from starlette.types import Receive, Scope, Send

from gradiente.course.i18n import T

# Per RFC 9110 §7.6.1 these describe one connection, not the message; plus what only the hub may see.
NOT_FORWARDED = {
    b"connection",
    b"keep-alive",
    b"proxy-authenticate",
    b"proxy-authorization",
    b"te",
    b"trailer",
    b"transfer-encoding",
    b"upgrade",
    b"cookie",
    b"authorization",
}
WEBSOCKET_OWN = {
    b"host",
    b"origin",
    b"sec-websocket-key",
    b"sec-websocket-version",
    b"sec-websocket-extensions",
    b"sec-websocket-protocol",
    b"sec-websocket-accept",
}

UNREACHABLE = T(
    es="Las lecciones no responden ahora. Recarga la página en unos segundos.",
    en="The lessons are not answering right now. Reload the page in a few seconds.",
)


def target(scope: Scope, base: bytes = b"") -> str:
    """The request's own path and query, as the browser sent them, less the hub's ``--base-url``
    prefix ``base`` (the lesson server knows nothing of it: marimo's pages link relatively)."""
    path = scope.get("raw_path") or scope["path"].encode()
    if base and path.startswith(base + b"/"):
        path = path[len(base) :]
    query = scope.get("query_string", b"")
    return (path + (b"?" + query if query else b"")).decode("latin-1")


class UnixSocketProxy:
    """Forward HTTP and websocket traffic to the server listening on ``socket_path``."""

    def __init__(self, socket_path: str, base_url: str = "/"):
        self.socket_path = socket_path
        self.base = base_url.rstrip("/").encode()
        self._client = None  # an httpx.AsyncClient, made in the event loop that uses it

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await self.http(scope, receive, send)
        elif scope["type"] == "websocket":
            await self.websocket(scope, receive, send)

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        import httpx

        if self._client is None:
            self._client = httpx.AsyncClient(
                transport=httpx.AsyncHTTPTransport(uds=self.socket_path), timeout=httpx.Timeout(None, connect=10)
            )
        body = bytearray()
        while True:  # marimo's requests are small JSON; reading them whole keeps Content-Length exact
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = [(key, value) for key, value in scope["headers"] if key.lower() not in NOT_FORWARDED]
        request = self._client.build_request(
            scope["method"], "http://lessons" + target(scope, self.base), headers=headers, content=bytes(body)
        )
        try:
            response = await self._client.send(request, stream=True)
        except httpx.TransportError:
            message = f"{UNREACHABLE.es}\n{UNREACHABLE.en}\n"
            return await PlainTextResponse(message, status_code=502)(scope, receive, send)
        try:
            await send(
                {
                    "type": "http.response.start",
                    "status": response.status_code,
                    "headers": [
                        (key, value) for key, value in response.headers.raw if key.lower() not in NOT_FORWARDED
                    ],
                }
            )
            async for chunk in response.aiter_raw():  # still compressed, as the server sent it
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        finally:
            await response.aclose()

    async def websocket(self, scope: Scope, receive: Receive, send: Send) -> None:
        from websockets.asyncio.client import unix_connect
        from websockets.exceptions import ConnectionClosed, InvalidHandshake

        if (await receive())["type"] != "websocket.connect":
            return
        headers = {
            key.decode("latin-1"): value.decode("latin-1")
            for key, value in scope["headers"]
            if key.lower() not in NOT_FORWARDED | WEBSOCKET_OWN
        }
        origin = dict(scope["headers"]).get(b"origin")
        try:
            upstream = await unix_connect(
                self.socket_path,
                uri="ws://lessons" + target(scope, self.base),
                additional_headers=headers,
                origin=origin.decode("latin-1") if origin else None,
                subprotocols=scope.get("subprotocols") or None,
                compression=None,
                max_size=None,
                ping_interval=None,
                open_timeout=30,
                proxy=None,
            )
        except (OSError, InvalidHandshake, TimeoutError):
            await send({"type": "websocket.close", "code": 1011})
            return
        await send({"type": "websocket.accept", "subprotocol": upstream.subprotocol})

        async def browser_to_lessons(cancel: anyio.CancelScope) -> None:
            try:
                while True:
                    message = await receive()
                    if message["type"] == "websocket.disconnect":
                        await upstream.close(code=_sendable(message.get("code", 1000)))
                        return
                    if message.get("text") is not None:
                        await upstream.send(message["text"])
                    elif message.get("bytes") is not None:
                        await upstream.send(message["bytes"])
            except ConnectionClosed:
                pass
            finally:
                cancel.cancel()

        async def lessons_to_browser(cancel: anyio.CancelScope) -> None:
            try:
                try:
                    async for data in upstream:
                        key = "text" if isinstance(data, str) else "bytes"
                        await send({"type": "websocket.send", key: data})
                except ConnectionClosed:
                    pass  # an abnormal close of the lesson server's side: still told to the browser below
                # However the lesson server closed, the browser gets a close frame saying so: without
                # one it sees a dropped connection and cannot tell a lesson that ended from a network fault.
                await send(
                    {
                        "type": "websocket.close",
                        "code": _sendable(upstream.close_code, dropped=1011),  # the lesson server failed
                        "reason": upstream.close_reason or "",
                    }
                )
            except (ConnectionClosed, OSError):
                pass  # the browser has gone: nobody is left to tell
            finally:
                cancel.cancel()

        try:
            async with anyio.create_task_group() as group:
                group.start_soon(browser_to_lessons, group.cancel_scope)
                group.start_soon(lessons_to_browser, group.cancel_scope)
        finally:
            await upstream.close()

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()


def _sendable(code: int | None, dropped: int = 1000) -> int:
    """1005 and 1006 report a close without a frame and may not be sent in one: no status is a
    normal close, a connection that dropped (1006) is sent as ``dropped``."""
    if code in (None, 1005):
        return 1000
    return dropped if code == 1006 else code
