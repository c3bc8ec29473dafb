import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the lesson tests' shared helpers: `from browsing import ...`

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


ANNOUNCED = re.compile(r"(http://127\.0\.0\.1:(\d+)/)\?token=([A-Za-z0-9._~-]+)")


class Hub:
    """A real `gradiente start` process on a free loopback port, with its own workspace.

    ``url`` is its root, ``entry`` the link it announces (with this launch's token), and
    ``client`` an HTTP client that has traded that token for the hub's cookie.
    """

    def __init__(self, workspace: Path, *extra: str, lang: str = "es", env: dict | None = None):
        env = dict(
            os.environ,
            GRADIENTE_WORKSPACE=str(workspace),
            GRADIENTE_CHECK_TIMEOUT="3",
            PYTHONUNBUFFERED="1",
            **(env or {}),
        )
        env.pop("GRADIENTE_LANG", None)
        self.workspace = workspace
        self.started_at = time.perf_counter()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gradiente", "--lang", lang, "start", "--no-browser", "--port", "0", *extra],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.output: list[str] = []  # everything it prints (read all along, so its pipe never fills up)
        match = None
        while match is None:
            line = self.process.stdout.readline()
            assert line, f"the hub did not announce its address and token: {''.join(self.output)!r}"
            self.output.append(line)
            match = ANNOUNCED.search(line)
        threading.Thread(target=lambda: self.output.extend(self.process.stdout), daemon=True).start()
        self.entry, self.url, self.port, self.token = (
            match.group(0),
            match.group(1),
            int(match.group(2)),
            match.group(3),
        )
        self.cookie_name = f"gradiente_token_{self.port}"
        self.first_ok_after = self._wait_until_serving()
        self.client = httpx.Client(base_url=self.url, timeout=30)
        traded = self.client.get(self.entry)
        assert traded.status_code == 303 and self.cookie_name in self.client.cookies, traded

    def _wait_until_serving(self, limit: float = 30) -> float:
        deadline = time.time() + limit
        while time.time() < deadline:
            try:
                if httpx.get(self.url, timeout=2).status_code in (200, 401):
                    return time.perf_counter() - self.started_at
            except httpx.TransportError:
                time.sleep(0.05)
        raise AssertionError("the hub never answered")

    def stop(self) -> None:
        self.client.close()
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


@pytest.fixture(scope="module")
def start_hub():
    """Start extra hubs (with other options); each is stopped at the end of the module."""
    started = []

    def start(workspace: Path, *extra: str, **options) -> Hub:
        started.append(Hub(workspace, *extra, **options))
        return started[-1]

    yield start
    for server in started:
        server.stop()


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    server = Hub(tmp_path_factory.mktemp("hub") / "workspace")
    yield server
    server.stop()


@pytest.fixture(scope="module")
def chromium_path():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("CI must run the browser tests, but Chromium is missing: .ci/run installs Debian's chromium.")
        pytest.skip(
            "Browser tests skipped: no Chromium here. Install Debian's chromium (apt-get install chromium) to run them."
        )
    return CHROMIUM


@pytest.fixture(scope="module")
def playwright(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as running:
        yield running


@pytest.fixture(scope="module")
def browser(playwright, chromium_path):
    launched = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
    yield launched
    launched.close()


@pytest.fixture(scope="module")
def rebinding_browser(playwright, chromium_path):
    """A browser whose resolver sends evil.example.com to 127.0.0.1, as a rebinding DNS server would."""
    launched = playwright.chromium.launch(
        executable_path=chromium_path, args=[*CHROMIUM_ARGS, "--host-resolver-rules=MAP evil.example.com 127.0.0.1"]
    )
    yield launched
    launched.close()


LESSON = "derivatives-gradient-descent"


def progress_snapshot(workspace: Path) -> str:
    """Everything the progress database holds, as SQL text (read-only: taking it writes nothing)."""
    import sqlite3

    database = workspace / ".gradiente" / "progress.db"
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return "\n".join(connection.iterdump())
    finally:
        connection.close()


class LessonSession:
    """A lesson's marimo session opened the way the hub's own page opens it (same origin, the token's
    cookie), kept alive and drained in the background; ``form_id`` is its first exercise form."""

    def __init__(self, hub: Hub, lesson: str = LESSON, session_id: str = "s-learner"):
        import json

        from websockets.exceptions import ConnectionClosed
        from websockets.sync.client import connect

        self.session_id = session_id
        self._connection = connect(
            hub.url.replace("http://", "ws://") + f"app/{lesson}/ws?session_id={session_id}",
            origin=hub.url.rstrip("/"),
            additional_headers={"Cookie": f"{hub.cookie_name}={hub.token}"},
            max_size=None,
            open_timeout=30,
        )
        self.socket = self._connection.__enter__()
        self.form_id = None
        deadline = time.time() + 60
        while self.form_id is None and time.time() < deadline:
            try:
                message = self.socket.recv(timeout=60)
            except ConnectionClosed as closed:  # say how, and what the hub printed meanwhile
                tail = "".join(hub.output)[-4000:]
                raise AssertionError(f"the lesson's websocket closed before its form: {closed!r}\n{tail}") from closed
            output = (json.loads(message).get("data") or {}).get("output") or {}
            html = output.get("data") if isinstance(output, dict) else None
            if isinstance(html, str) and (found := re.search(r"object-id='([\w-]+)'[^>]*><marimo-form", html)):
                self.form_id = found.group(1)
        assert self.form_id, "the lesson never showed its exercise form"
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self) -> None:
        try:
            for _ in self.socket:
                pass
        except Exception:  # closed
            pass

    def close(self) -> None:
        self._connection.__exit__(None, None, None)


@pytest.fixture(scope="session")
def snapshot():
    """``snapshot(workspace)``: the progress database's whole content, to compare before and after."""
    return progress_snapshot


@pytest.fixture
def open_lesson_session():
    """``open_lesson_session(hub)``: a :class:`LessonSession` on any hub, closed at the test's end."""
    opened = []

    def open_session(hub: Hub) -> LessonSession:
        opened.append(LessonSession(hub))
        return opened[-1]

    yield open_session
    for session in opened:
        session.close()


@pytest.fixture(scope="module")
def learner_session(hub):
    """The learner's own session of the lesson, open for the whole module."""
    session = LessonSession(hub)
    yield session
    session.close()


LOCAL_HOSTS = {"127.0.0.1", "localhost"}


@pytest.fixture
def page(browser, hub):
    """A page whose every request is checked: anything not bound for 127.0.0.1 is blocked and recorded."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    outside = []

    def guard(route):
        url = route.request.url
        if url.startswith(("data:", "blob:")) or urlparse(url).hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    def watch_socket(socket):
        if urlparse(socket.url).hostname not in LOCAL_HOSTS:
            outside.append(socket.url)

    context.route("**/*", guard)
    context.on("websocket", watch_socket)
    page = context.new_page()
    page.goto(hub.entry)  # the link `gradiente start` announces: its token becomes the context's cookie
    page.wait_for_url(hub.url)
    yield page, outside
    context.close()
