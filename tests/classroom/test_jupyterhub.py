"""A class through a real JupyterHub (deploy/jupyterhub/jupyterhub_config.py as an organiser runs it):
configurable-http-proxy from npm, the shared-password authenticator (JupyterHub's dummy one, renamed
in 5.3), SimpleLocalProcessSpawner, two learners and a teacher, PostgreSQL.

A learner logs in, reaches their own Gradiente through their Jupyter server, checks a wrong and
then a right answer; the teacher's page shows both attempts with the server's verdicts; a pass the
learner forges with their own login is not a pass there; an attempt made while PostgreSQL is down
reaches the page once it is back.
"""

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psutil
import pytest

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "deploy" / "jupyterhub" / "jupyterhub_config.py"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
PASSWORD = "class-trial-password"
LESSON = "what-is-a-model"
WRONG = """import numpy as np


def mse(y_true, y_pred):
    return float(np.sum((y_pred - y_true) ** 2))
"""
RIGHT = """import numpy as np


def mse(y_true, y_pred):
    return float(np.mean((y_pred - y_true) ** 2))
"""

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Hub:
    """JupyterHub started from the class's configuration file, in a folder of its own."""

    def __init__(self, folder: Path, owner_url: str):
        self.folder = folder
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = open(folder / "jupyterhub.log", "w")
        environment = {
            **os.environ,
            "GRADIENTE_CLASS_OWNER_URL": owner_url,
            "GRADIENTE_AUTHENTICATOR": "shared",
            "GRADIENTE_SHARED_PASSWORD": PASSWORD,
            "GRADIENTE_SPAWNER": "simple",
            "GRADIENTE_SIMPLE_HOMES": str(folder / "home" / "{username}"),
            "GRADIENTE_LEARNERS": "alice,bob",
            "GRADIENTE_TEACHERS": "carmen",
            "GRADIENTE_LANG": "en",
            "GRADIENTE_GRADING_WORKERS": "1",
            "GRADIENTE_HUB_PORT": str(self.port),
            "GRADIENTE_HUB_API_PORT": str(_free_port()),
            "GRADIENTE_PROXY_API_PORT": str(_free_port()),
            "GRADIENTE_SERVICE_PORT": str(_free_port()),
        }
        environment.pop("GRADIENTE_PROGRESS_URL", None)
        environment.pop("GRADIENTE_WORKSPACE", None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "jupyterhub", "-f", str(CONFIG)],
            cwd=folder,
            env=environment,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.time() + 60
        while time.time() < deadline:
            assert self.process.poll() is None, f"JupyterHub exited:\n{self.output()}"
            try:
                if httpx.get(f"{self.url}/hub/api", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.3)
        raise AssertionError(f"JupyterHub did not answer in 60 s:\n{self.output()}")

    def output(self) -> str:
        self.log.flush()
        return (self.folder / "jupyterhub.log").read_text()[-6000:]

    def stop(self) -> None:
        children = psutil.Process(self.process.pid).children(recursive=True)
        self.process.terminate()
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()
        for child in children:  # servers and services JupyterHub left behind, if any
            try:
                child.kill()
            except psutil.NoSuchProcess:
                pass
        self.log.close()


@pytest.fixture(scope="module")
def class_database(postgres):
    import psycopg

    with psycopg.connect(postgres.url(), autocommit=True) as admin:
        admin.execute("CREATE DATABASE jupyterhub_class")
    return postgres.url(database="jupyterhub_class")


@pytest.fixture(scope="module")
def jupyterhub(tmp_path_factory, class_database):
    for needed in ("configurable-http-proxy",):
        if shutil.which(needed) is None:
            if os.environ.get("CI"):
                pytest.fail(f"{needed} is missing: .ci/run installs it (npm install --global {needed})")
            pytest.skip(f"{needed} is not installed (npm install --global {needed})")
    hub = Hub(tmp_path_factory.mktemp("jupyterhub"), class_database)
    yield hub
    hub.stop()


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing: .ci/run installs Debian's chromium.")
        pytest.skip("no Chromium here (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as running:
        launched = running.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield launched
        launched.close()


def log_in(browser, hub: Hub, name: str):
    """A browser context logged in to JupyterHub as ``name``, with every request kept on 127.0.0.1."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.route(re.compile(r"^(?!http://127\.0\.0\.1[:/]|data:|blob:).*"), lambda route: route.abort())
    page = context.new_page()
    page.goto(f"{hub.url}/hub/login")
    page.fill("#username_input", name)
    page.fill("#password_input", PASSWORD)
    page.click("#login_submit")
    return context, page


def exercise_form(frame, index: int):
    return frame.locator("form").filter(has=frame.locator(".cm-content")).nth(index)


def check(frame, code: str, status: str):
    editor = exercise_form(frame, 0).locator(".cm-content")
    editor.click()
    editor.press("Control+a")
    editor.page.keyboard.insert_text(code)
    exercise_form(frame, 0).get_by_role("button").last.click()
    result = frame.locator(f'.gradiente-result[data-exercise="mse"][data-status="{status}"]')
    result.wait_for(timeout=90_000)
    return result.inner_text()


def server_environment(name: str) -> dict:
    """What ``name``'s own Jupyter server was started with (the learner reads it in a terminal)."""
    for process in psutil.process_iter():
        try:
            environment = process.environ()
        except (psutil.AccessDenied, psutil.NoSuchProcess, psutil.ZombieProcess):
            continue
        if environment.get("JUPYTERHUB_USER") == name and "GRADIENTE_PROGRESS_URL" in environment:
            return environment
    raise AssertionError(f"no server of {name} found")


def teacher_rows(page, hub: Hub, learner: str) -> list[tuple[str, str]]:
    page.goto(f"{hub.url}/services/gradiente/?lang=en")
    rows = page.locator(f'#recent tr[data-learner="{learner}"][data-exercise="mse"]')
    return [(row.get_attribute("data-local"), row.get_attribute("data-server")) for row in rows.all()]


def wait_for(condition, timeout: float, what: str):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if value := condition():
            return value
        time.sleep(1)
    raise AssertionError(f"{what} did not happen in {timeout:.0f} s")


def test_a_class_through_jupyterhub(jupyterhub, browser, postgres):
    hub = jupyterhub
    alice, page = log_in(browser, hub, "alice")
    # JupyterHub spawns her server, which lands on her Gradiente (Spawner.default_url).
    page.wait_for_url(re.compile(r".*/user/alice/gradiente/$"), timeout=120_000)
    page.get_by_role("link", name=re.compile("What is a model")).first.wait_for(timeout=60_000)

    page.goto(f"{hub.url}/user/alice/gradiente/lesson/{LESSON}?lang=en")
    frame = page.frame_locator("#lesson-frame")
    exercise_form(frame, 0).wait_for(timeout=120_000)
    assert "without dividing by n" in check(frame, WRONG, "fail")
    assert "Correct!" in check(frame, RIGHT, "pass")
    workspace = hub.folder / "home" / "alice" / "gradiente"
    assert (workspace / "exercises" / "start" / "mse.py").read_text() == RIGHT

    # The teacher sees both attempts, each with the server's own verdict.
    teacher, report = log_in(browser, hub, "carmen")
    report.wait_for_url(re.compile(r".*/user/carmen/.*"), timeout=120_000)
    rows = wait_for(
        lambda: (found := teacher_rows(report, hub, "alice")) and all(server for _, server in found) and found,
        60,
        "the server's verdicts on alice's attempts",
    )
    assert sorted(rows) == [("fail", "fail"), ("pass", "pass")]

    # A learner may not see the class.
    assert page.goto(f"{hub.url}/services/gradiente/").status == 403

    # Alice forges a pass with her own login (her server's environment holds it): the server fails it.
    import psycopg

    with psycopg.connect(server_environment("alice")["GRADIENTE_PROGRESS_URL"]) as forger:
        forger.execute(
            "INSERT INTO attempts (uid, exercise_id, local_status, local_reason, source, code, checked_at) "
            "VALUES (gen_random_uuid(), 'mse', 'pass', 'forged', 'cli', %s, now())",
            (WRONG,),
        )
    rows = wait_for(
        lambda: len(found := teacher_rows(report, hub, "alice")) == 3 and all(s for _, s in found) and found,
        60,
        "the forged attempt's grading",
    )
    assert sorted(rows) == [("fail", "fail"), ("pass", "fail"), ("pass", "pass")]
    standing = report.locator('details[data-learner="alice"] tr[data-exercise="mse"]')
    assert standing.get_attribute("data-status") == "passed"  # her real pass stands...
    assert "(!)" in standing.text_content()  # ...and the forged one is flagged

    # In a notebook of her Jupyter server (its kernels get the server's environment), gradiente.check
    # grades into the same class: a fourth attempt, graded on the server too.
    notebook = (
        "import time, gradiente\n"
        f"report = gradiente.check('mse', {RIGHT!r})\n"
        "print(report.result.status)\n"
        "time.sleep(5)  # a kernel lives on: its outbox sends in the background\n"
    )
    environment = server_environment("alice")
    ran = subprocess.run(
        [sys.executable, "-c", notebook], env=environment, cwd=environment["HOME"], capture_output=True, text=True
    )
    assert ran.stdout.strip() == "pass", ran.stderr
    rows = wait_for(
        lambda: len(found := teacher_rows(report, hub, "alice")) == 4 and all(s for _, s in found) and found,
        60,
        "the notebook's attempt's grading",
    )
    assert sorted(rows) == [("fail", "fail"), ("pass", "fail"), ("pass", "pass"), ("pass", "pass")]

    # PostgreSQL stops while bob checks: his verdict still comes at once, and his attempt arrives
    # after PostgreSQL is back.
    bob, bob_page = log_in(browser, hub, "bob")
    bob_page.wait_for_url(re.compile(r".*/user/bob/gradiente/$"), timeout=120_000)
    bob_page.goto(f"{hub.url}/user/bob/gradiente/lesson/{LESSON}?lang=en")
    bob_frame = bob_page.frame_locator("#lesson-frame")
    exercise_form(bob_frame, 0).wait_for(timeout=120_000)
    postgres.stop()
    try:
        assert "Correct!" in check(bob_frame, RIGHT, "pass")
    finally:
        postgres.start()
    rows = wait_for(
        lambda: (found := teacher_rows(report, hub, "bob")) and all(s for _, s in found) and found,
        90,
        "bob's attempt, sent after PostgreSQL came back",
    )
    assert rows == [("pass", "pass")]
    for context in (alice, teacher, bob):
        context.close()
