"""The hub answers only its own pages (issue 8, part 1), attacked over plain HTTP and websockets.

Each test is an attack that worked on the hub before its guard: a rebinding Host, a request
or a websocket from another origin (with the learner's cookie, as a browser would send it
from another port of 127.0.0.1), a GET that changed state, a weak or leaked token, and a
SQLite write lock that froze the whole hub.
"""

import re
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect

from gradiente.hub.server import HubAddressError, launch_token

LESSON = "derivatives-gradient-descent"
SET_VALUE = f"app/{LESSON}/api/kernel/set_ui_element_value"
FOREIGN_ORIGINS = ("http://evil.example.com", "http://127.0.0.1:9", "http://localhost:1", "null")
CODE = "def numerical_derivative(f, x, h=1e-5):\n    return 0.0  # written by another page\n"


def with_cookie(hub) -> dict:
    return {hub.cookie_name: hub.token}


def assert_no_cors_grant(response: httpx.Response) -> None:
    granted = [name for name in response.headers if name.lower().startswith("access-control-")]
    assert not granted, f"{response.request.method} {response.request.url} granted {granted}"


# --- Host: DNS rebinding --------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["", "api/progress", f"app/{LESSON}/", "static/hub.js"])
def test_a_foreign_host_is_refused_even_with_the_token(hub, path):
    for host in ("evil.example.com", f"evil.example.com:{hub.port}", "127.0.0.1.evil.example.com", "x@127.0.0.1"):
        answer = httpx.get(hub.url + path, headers={"Host": host}, cookies=with_cookie(hub))
        assert answer.status_code == 403, (host, path)
        assert "propia dirección" in answer.text and "own address" in answer.text


def test_loopback_names_are_its_own(hub):
    for host in (f"127.0.0.1:{hub.port}", f"localhost:{hub.port}", f"[::1]:{hub.port}", "LOCALHOST"):
        assert httpx.get(hub.url, headers={"Host": host}, cookies=with_cookie(hub)).status_code == 200, host


# --- Origin: requests and websockets from other pages ----------------------------------------------


def test_a_cross_origin_post_to_the_lesson_kernel_is_refused(hub, learner_session, snapshot):
    before_code = (hub.workspace / "exercises" / "calculus" / "numerical_derivative.py").read_text()
    before = snapshot(hub.workspace)
    body = {"objectIds": [learner_session.form_id], "values": [CODE]}
    for origin in FOREIGN_ORIGINS:
        answer = hub.client.post(
            SET_VALUE, json=body, headers={"Origin": origin, "Marimo-Session-Id": learner_session.session_id}
        )
        assert answer.status_code == 403, origin
        assert "otra página" in answer.text and "another page" in answer.text
        assert_no_cors_grant(answer)
    # A request with no Origin and no Sec-Fetch-Site is not a browser page: the token is what it needs.
    # A browser that says the request is cross-site is refused even without an Origin.
    cross_site = hub.client.post(
        SET_VALUE, json=body, headers={"Sec-Fetch-Site": "same-site", "Marimo-Session-Id": learner_session.session_id}
    )
    assert cross_site.status_code == 403
    time.sleep(1.0)  # had the kernel taken it, it would be saving and checking now
    assert (hub.workspace / "exercises" / "calculus" / "numerical_derivative.py").read_text() == before_code
    assert snapshot(hub.workspace) == before


def test_a_cross_origin_preflight_gets_403_and_never_a_cors_grant(hub):
    for origin in FOREIGN_ORIGINS:
        preflight = hub.client.options(
            SET_VALUE,
            headers={
                "Origin": origin,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "content-type,marimo-session-id",
            },
        )
        assert preflight.status_code == 403, origin
        assert_no_cors_grant(preflight)


def test_a_cross_origin_read_gets_403_and_the_hubs_own_pages_no_cors_grant(hub):
    for path in ("api/progress", f"app/{LESSON}/"):
        assert hub.client.get(path, headers={"Origin": "http://127.0.0.1:9"}).status_code == 403
        same_origin = hub.client.get(path, headers={"Origin": hub.url.rstrip("/")})
        assert same_origin.status_code == 200
        assert_no_cors_grant(same_origin)  # marimo's CORS layer would say "*"
        assert same_origin.headers["content-security-policy"] == "frame-ancestors 'self'"


def open_lesson_socket(hub, origin: str | None, cookie: bool = True, session_id: str = "s-probe"):
    headers = {"Cookie": f"{hub.cookie_name}={hub.token}"} if cookie else {}
    return connect(
        hub.url.replace("http://", "ws://") + f"app/{LESSON}/ws?session_id={session_id}",
        origin=origin,
        additional_headers=headers,
        open_timeout=30,
        max_size=None,
    )


def test_a_websocket_from_another_origin_is_refused_before_it_opens(hub):
    for origin in FOREIGN_ORIGINS:
        with pytest.raises(InvalidStatus) as refused:
            open_lesson_socket(hub, origin)
        assert refused.value.response.status_code == 403, origin


def test_a_websocket_without_the_token_is_refused(hub):
    with pytest.raises(InvalidStatus) as refused:
        open_lesson_socket(hub, hub.url.rstrip("/"), cookie=False)
    assert refused.value.response.status_code == 401


def test_the_hubs_own_websocket_works_in_token_mode(learner_session):
    assert re.fullmatch(r"[\w]+-\d+", learner_session.form_id)  # the lesson ran and sent its form


# --- GET changes nothing; POSTs must be same-origin --------------------------------------------------


def test_pages_fetched_with_get_change_nothing(hub, snapshot):
    before = snapshot(hub.workspace)
    for path, params in (
        ("", {}),
        ("", {"lang": "en"}),
        (f"lesson/{LESSON}", {}),
        (f"lesson/{LESSON}", {"lang": "en"}),
        ("lang/en", {}),
        ("api/progress", {}),
        (f"lesson/{LESSON}/visit", {}),
    ):
        hub.client.get(path, params=params)
    assert snapshot(hub.workspace) == before
    # The same-origin POSTs the pages make do change it: the snapshot sees writes.
    assert hub.client.post(f"lesson/{LESSON}/visit", headers={"Origin": hub.url.rstrip("/")}).status_code == 204
    assert snapshot(hub.workspace) != before


def test_visits_and_the_language_from_another_origin_are_refused(hub, snapshot):
    before = snapshot(hub.workspace)
    for origin in FOREIGN_ORIGINS:
        assert hub.client.post(f"lesson/{LESSON}/visit", headers={"Origin": origin}).status_code == 403
        assert hub.client.post("lang", data={"lang": "en", "next": "/"}, headers={"Origin": origin}).status_code == 403
    assert snapshot(hub.workspace) == before


# --- SQLite off the event loop ---------------------------------------------------------------------


def test_a_held_write_lock_delays_only_the_request_that_writes(hub):
    holder = sqlite3.connect(hub.workspace / ".gradiente" / "progress.db", isolation_level=None, timeout=5)
    holder.execute("BEGIN IMMEDIATE")  # what another process writing (or stuck) does
    visit = {}

    def record_visit():
        started = time.perf_counter()
        answer = httpx.post(
            hub.url + f"lesson/{LESSON}/visit",
            cookies=with_cookie(hub),
            headers={"Origin": hub.url.rstrip("/")},
            timeout=60,
        )
        visit.update(status=answer.status_code, seconds=time.perf_counter() - started)

    writer = threading.Thread(target=record_visit)
    try:
        writer.start()
        time.sleep(0.5)  # the visit is now waiting for the lock
        for path in ("", "static/hub.css", "static/hub.js", "api/progress", f"lesson/{LESSON}"):
            started = time.perf_counter()
            answer = httpx.get(hub.url + path, cookies=with_cookie(hub), timeout=10)
            assert answer.status_code == 200, path
            assert time.perf_counter() - started < 1.0, f"{path} waited for the lock"
        assert writer.is_alive() and not visit, "the visit was recorded while another connection held the lock"
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    writer.join(timeout=30)
    assert visit.get("status") == 204, visit


# --- the token: strong off loopback, never in the environment nor the command line -----------------


def test_off_loopback_a_token_is_made_when_none_is_given():
    assert len(launch_token("0.0.0.0", None)) >= 43
    assert launch_token("0.0.0.0", None) != launch_token("0.0.0.0", None)


@pytest.mark.parametrize("lang, phrase", [("es", "con una clave de 5 caracteres"), ("en", "with a 5-character token")])
def test_off_loopback_a_short_token_is_refused(tmp_path, lang, phrase):
    short = tmp_path / "token"
    short.write_text("short\n")
    for how in (["--token", "short"], ["--token-file", str(short)]):
        started = subprocess.run(
            [
                sys.executable,
                "-m",
                "gradiente",
                "--lang",
                lang,
                "-w",
                str(tmp_path / "workspace"),
                "start",
                "--host",
                "0.0.0.0",
                "--port",
                "0",
                "--no-browser",
                *how,
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert started.returncode == 2, started.stdout + started.stderr
        assert phrase in started.stdout


def test_a_token_that_cannot_travel_in_a_link_is_refused():
    with pytest.raises(HubAddressError) as refused:
        launch_token("127.0.0.1", "spaces and ; semicolons are not " + "x" * 20)
    assert "- _ . ~" in refused.value.message.es and "- _ . ~" in refused.value.message.en


def process_tree(pid: int) -> list:
    import psutil

    parent = psutil.Process(pid)
    return [parent, *parent.children(recursive=True)]


def assert_token_hidden(hub) -> None:
    for process in process_tree(hub.process.pid):
        environ = Path(f"/proc/{process.pid}/environ").read_bytes()
        cmdline = Path(f"/proc/{process.pid}/cmdline").read_bytes()
        assert hub.token.encode() not in environ, f"the token is in the environment of {process.cmdline()}"
        assert hub.token.encode() not in cmdline, f"the token is on the command line of {process.pid}"


ENV_TOKEN = "token-from-the-environment-" + "e" * 20
ARGV_TOKEN = "token-from-the-command-line-" + "a" * 20


@pytest.fixture(scope="module")
def hub_given_env_token(tmp_path_factory, start_hub):
    return start_hub(tmp_path_factory.mktemp("env-token") / "workspace", env={"GRADIENTE_TOKEN": ENV_TOKEN})


@pytest.fixture(scope="module")
def hub_off_loopback_given_argv_token(tmp_path_factory, start_hub):
    return start_hub(tmp_path_factory.mktemp("argv-token") / "workspace", "--host", "0.0.0.0", "--token", ARGV_TOKEN)


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs Linux's /proc")
def test_a_token_from_the_environment_leaves_the_hubs_environ(hub_given_env_token):
    assert hub_given_env_token.token == ENV_TOKEN
    assert hub_given_env_token.client.get("/").status_code == 200
    assert_token_hidden(hub_given_env_token)


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs Linux's /proc")
def test_a_token_on_the_command_line_is_warned_about_and_leaves_it(hub_off_loopback_given_argv_token):
    hub = hub_off_loopback_given_argv_token
    assert hub.token == ARGV_TOKEN
    printed = "".join(hub.output)
    assert "`ps`" in printed and "--token-file" in printed
    assert_token_hidden(hub)
    # Bound to every interface, it still refuses a rebinding name, and answers on loopback.
    assert httpx.get(hub.url, headers={"Host": "evil.example.com"}, cookies=with_cookie(hub)).status_code == 403
    assert hub.client.get("/").status_code == 200
