"""A hub stopped the ways a laptop stops it leaves nothing in the temp folder.

Ctrl+C (SIGINT), ``kill`` or a service manager (SIGTERM), the terminal closed (SIGHUP): each goes
through Python's exit, so the lesson server's socket folder goes, and so does the sandbox made
ahead for the next check (its scratch folder), in the lesson server that graded. Killed outright
(SIGKILL), the hub can clean nothing: the lesson server, which goes with it, does.
"""

import signal
import time

import pytest

LESSON = "derivatives-gradient-descent"
SET_VALUE = f"app/{LESSON}/api/kernel/set_ui_element_value"
CODE = "def numerical_derivative(f, x, h=1e-5):\n    return (f(x + h) - f(x - h)) / (2 * h)\n"


def wait_for(condition, what: str, limit: float = 60):
    deadline = time.time() + limit
    while not (found := condition()):
        assert time.time() < deadline, what
        time.sleep(0.1)
    return found


@pytest.mark.parametrize(
    "how", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT, signal.SIGKILL], ids=lambda how: how.name
)
def test_a_stopped_hub_leaves_nothing_in_the_temp_folder(start_hub, open_lesson_session, tmp_path, how):
    temp = tmp_path / "tmp"
    temp.mkdir()
    hub = start_hub(tmp_path / "workspace", env={"TMPDIR": str(temp), "GRADIENTE_RENDER_AHEAD": "0"})
    session = open_lesson_session(hub)
    checked = hub.client.post(
        SET_VALUE,
        json={"objectIds": [session.form_id], "values": [CODE]},
        headers={"Origin": hub.url.rstrip("/"), "Marimo-Session-Id": session.session_id},
    )
    assert checked.status_code == 200
    # After the check, the sandbox of the next one is made ahead: its scratch folder stays.
    wait_for(lambda: list(temp.glob("gradiente-check-*")), "no sandbox was made ahead after the check")
    assert list(temp.glob("gradiente-lessons-*")), "the lesson server's folder is not in TMPDIR"
    hub.process.send_signal(how)
    hub.process.wait(timeout=20)
    deadline = time.time() + 10  # the lesson server goes a moment after the hub
    while any(temp.iterdir()) and time.time() < deadline:
        time.sleep(0.1)
    assert not any(temp.iterdir()), f"left behind: {sorted(path.name for path in temp.iterdir())}"
