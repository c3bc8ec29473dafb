"""The hub's proxy tells the browser how the lesson server closed a websocket, whatever the way.

A lesson server that closes with a code, or drops the connection outright, must reach the
browser as a close frame: a connection cut without one is what a network fault looks like.
"""

import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path

import pytest
import uvicorn
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from gradiente.hub.proxy import UnixSocketProxy


async def lesson_server(scope, receive, send):
    """Accepts, says hello, then ends the way the path asks: /close/CODE, or /drop (no close frame)."""
    if scope["type"] != "websocket":
        return
    await receive()
    await send({"type": "websocket.accept"})
    await send({"type": "websocket.send", "text": "hello"})
    if scope["path"].startswith("/close/"):
        await send({"type": "websocket.close", "code": int(scope["path"].rsplit("/", 1)[1]), "reason": "kernel gone"})


class Served:
    """A uvicorn server in a thread, on a unix socket or a loopback port of its own."""

    def __init__(self, app, **where):
        self.server = uvicorn.Server(
            uvicorn.Config(app, ws="websockets-sansio", log_level="error", lifespan="off", **where)
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.time() + 10
        while not self.server.started:
            assert time.time() < deadline, "the test server never started"
            time.sleep(0.01)

    def stop(self):
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="module")
def hub_url():
    folder = tempfile.mkdtemp(prefix="gradiente-proxy-")
    socket_path = str(Path(folder) / "lessons.sock")
    upstream = Served(lesson_server, uds=socket_path)
    listening = socket.socket()
    listening.bind(("127.0.0.1", 0))
    port = listening.getsockname()[1]
    listening.close()
    front = Served(UnixSocketProxy(socket_path), host="127.0.0.1", port=port)
    yield f"ws://127.0.0.1:{port}"
    front.stop()
    upstream.stop()
    shutil.rmtree(folder, ignore_errors=True)


def close_seen_by_the_browser(url: str):
    with connect(url, open_timeout=10) as browser:
        assert browser.recv(timeout=10) == "hello"
        with pytest.raises(ConnectionClosed) as closed:
            browser.recv(timeout=10)
    return closed.value.rcvd  # the close frame the browser received, None if the connection just dropped


@pytest.mark.parametrize("code", [1000, 1011, 4001])
def test_the_lesson_servers_close_reaches_the_browser_with_its_code(hub_url, code):
    frame = close_seen_by_the_browser(f"{hub_url}/close/{code}")
    assert frame is not None and frame.code == code and frame.reason == "kernel gone"


def test_a_lesson_server_that_drops_the_connection_is_reported_as_its_failure(hub_url):
    frame = close_seen_by_the_browser(f"{hub_url}/drop")
    assert frame is not None, "the browser saw a dropped connection, as if the network had failed"
    assert frame.code == 1011
