"""The hub as a learner's Jupyter server runs it in a JupyterHub class: `gradiente start --unix-socket
--base-url`, the launch token in its environment (jupyter-server-proxy's way), every page under the
prefix, and nothing let in without the token the proxy adds."""

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import psutil
import pytest

from gradiente.hub.server import HubAddressError, base_url_of
from gradiente.jupyter.server_proxy import setup_gradiente

PREFIX = "/user/ana/gradiente/"
LESSON = "derivatives-gradient-descent"
TOKEN = "a-launch-token-the-proxy-made-0123456789abcdef"
PUBLIC = "class.example.edu"  # the class's public name: the hub does not know it, and need not


@pytest.fixture(scope="module")
def proxied(tmp_path_factory):
    folder = Path(tempfile.mkdtemp(prefix="gradiente-proxy-"))  # short: a socket path has ~100 bytes
    socket = folder / "socket"
    env = dict(os.environ, GRADIENTE_WORKSPACE=str(tmp_path_factory.mktemp("ana")), GRADIENTE_TOKEN=TOKEN)
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gradiente",
            "start",
            "--unix-socket",
            str(socket),
            "--base-url",
            PREFIX,
            "--no-browser",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    deadline = time.time() + 30
    while not socket.exists() and time.time() < deadline:
        assert process.poll() is None, process.stdout.read().decode()
        time.sleep(0.05)
    client = httpx.Client(transport=httpx.HTTPTransport(uds=str(socket)), base_url=f"http://{PUBLIC}", timeout=60)
    yield process, client
    client.close()
    process.terminate()
    process.wait(10)
    shutil.rmtree(folder, ignore_errors=True)


def authorized(extra: dict | None = None) -> dict:
    return {"Authorization": f"token {TOKEN}", **(extra or {})}


def test_every_page_lives_under_the_prefix_and_links_inside_it(proxied):
    _, client = proxied
    home = client.get(PREFIX, headers=authorized())
    assert home.status_code == 200
    assert f'href="{PREFIX}lesson/' in home.text and f'src="{PREFIX}static/hub.js"' in home.text
    assert f'data-base="{PREFIX}"' in home.text
    assert 'href="/lesson' not in home.text and 'src="/static' not in home.text
    lesson = client.get(f"{PREFIX}lesson/{LESSON}", params={"lang": "en"}, headers=authorized())
    assert f'src="{PREFIX}app/{LESSON}/?lang=en"' in lesson.text
    assert client.get(f"{PREFIX}static/hub.css", headers=authorized()).status_code == 200
    # The lesson's marimo app, through the hub's lesson server, under the prefix too.
    app = client.get(f"{PREFIX}app/{LESSON}/", headers=authorized())
    assert app.status_code == 200 and "<marimo" in app.text.lower()
    assert client.get(f"/lesson/{LESSON}", headers=authorized()).status_code == 404  # outside the prefix


def test_nothing_gets_in_without_the_proxys_token(proxied):
    _, client = proxied
    for path in (PREFIX, f"{PREFIX}api/progress", f"{PREFIX}app/{LESSON}/"):
        assert client.get(path).status_code == 401
        assert client.get(path, headers={"Authorization": "token wrong"}).status_code == 401
    # A header naming a user is not a credential: the hub never trusts one.
    assert client.get(PREFIX, headers={"X-Forwarded-User": "ana", "Remote-User": "ana"}).status_code == 401


def test_the_origin_must_be_the_host_the_browser_asked_for(proxied):
    _, client = proxied
    visit = f"{PREFIX}lesson/{LESSON}/visit"
    same = authorized({"Origin": f"https://{PUBLIC}"})  # TLS ended by a proxy in front: the scheme may differ
    assert client.post(visit, headers=same).status_code == 204
    assert client.post(visit, headers=authorized({"Origin": "https://evil.example.com"})).status_code == 403
    assert client.post(visit, headers=authorized({"Origin": f"https://{PUBLIC}:444"})).status_code == 403


def test_the_language_switch_returns_inside_the_prefix(proxied):
    _, client = proxied
    answer = client.post(
        f"{PREFIX}lang",
        data={"lang": "en", "next": "/elsewhere"},
        headers=authorized({"Origin": f"http://{PUBLIC}"}),
    )
    assert answer.status_code == 303 and answer.headers["location"] == PREFIX
    assert f"Path={PREFIX}" in answer.headers["set-cookie"]


def test_the_token_leaves_the_process_environment(proxied):
    process, _ = proxied
    environment = psutil.Process(process.pid).environ()
    assert "GRADIENTE_TOKEN" not in environment
    assert TOKEN not in " ".join(psutil.Process(process.pid).cmdline())


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("/", "/"),
        ("", "/"),
        ("user/ana/gradiente", "/user/ana/gradiente/"),
        ("/user/a%40b/gradiente/", "/user/a%40b/gradiente/"),
    ],
)
def test_a_base_url_is_made_to_begin_and_end_with_a_slash(given, expected):
    assert base_url_of(given) == expected


@pytest.mark.parametrize("bad", ["/user/../etc/", "/with space/", "/a//b/", "/<script>/"])
def test_a_base_url_that_is_no_plain_path_is_refused_in_both_languages(bad):
    with pytest.raises(HubAddressError) as refused:
        base_url_of(bad)
    assert "--base-url" in refused.value.message.es and "--base-url" in refused.value.message.en


def test_jupyter_server_proxy_accepts_the_entry_and_gets_one_token_for_both_ends():
    from jupyter_server_proxy.config import ServerProcess

    entry = setup_gradiente()
    process = ServerProcess(name="gradiente", **entry)  # jupyter-server-proxy's own validation
    assert process.unix_socket is True and process.absolute_url is True
    token = entry["environment"]["GRADIENTE_TOKEN"]
    assert len(token) >= 32 and entry["request_headers_override"] == {"Authorization": f"token {token}"}
    assert "{unix_socket}" in entry["command"] and "{base_url}gradiente/" in entry["command"]
    assert token not in " ".join(entry["command"])  # never on a command line, where `ps` shows it
    assert setup_gradiente()["environment"]["GRADIENTE_TOKEN"] != token  # one per Jupyter server
    assert entry["environment"]["GRADIENTE_RENDER_AHEAD"] == "0"  # a shared server renders no lesson unopened
