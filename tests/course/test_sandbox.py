"""The grader trusts nothing the learner's process says or does.

Each hostile file below is the learner's code. Where an attack's success can be told
from inside, the code returns the right answer only when the attack *failed*, so a pass
means the wall held, and the assertion reads as the promise. Every attack runs against
the cold sandbox (`gradiente check`) and the warm one (the hub, `watch`), and with the
namespaces turned off, so Landlock, seccomp and the subreaper are tested on their own too.
"""

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
import uuid

import psutil
import pytest

from gradiente.course.grader import WarmRunner, grade

LIMIT = 3.0
RIGHT = "(f(x + h) - f(x - h)) / (2 * h)"


@pytest.fixture(params=["cold", "warm", "no-namespaces"])
def mode(request, monkeypatch):
    if request.param == "no-namespaces":
        monkeypatch.setenv("GRADIENTE_SANDBOX_NAMESPACES", "0")
    if request.param == "warm":
        runner = WarmRunner.use()
        yield request.param
        runner.stop()
    else:
        yield request.param


def attack(body: str) -> str:
    """A learner file whose numerical_derivative runs ``body`` (which sets ``held``) and answers
    right only if the attack was held off."""
    return textwrap.dedent("""
        import os, sys, signal, socket
        def numerical_derivative(f, x, h=1e-5):
            held = True
        {body}
            return (f(x + h) - f(x - h)) / (2 * h) if held else 12345.0
    """).format(body=textwrap.indent(textwrap.dedent(body), " " * 4))


def run(course, learner_file, code, exercise="numerical_derivative", **options):
    path = learner_file(exercise, code)
    return grade(course.exercise(exercise), path, timeout=options.pop("timeout", LIMIT), **options)


def test_learner_code_cannot_read_the_reference_solution(mode, course, learner_file):
    solution = course.exercise("numerical_derivative").solution_path
    installed = [
        os.path.join(entry, "gradiente", "_course", "solutions", "calculus", "numerical_derivative.py")
        for entry in sys.path
        if entry
    ]
    result = run(
        course,
        learner_file,
        attack(f"""
        for path in {[str(solution), *installed]!r}:
            try:
                open(path).read()
                held = False
            except OSError:
                pass
    """),
    )
    assert result.passed, result


def test_learner_code_cannot_touch_the_progress_store(mode, course, learner_file, workspace):
    database = workspace.store.path
    result = run(
        course,
        learner_file,
        attack(f"""
        import sqlite3
        try:
            connection = sqlite3.connect({str(database)!r})
            connection.execute("INSERT INTO attempts (exercise_id, status, created_at) VALUES ('gradient', 'pass', 0)")
            connection.commit()
            held = False
        except Exception:
            pass
    """),
    )
    assert result.passed, result
    rows = sqlite3.connect(database).execute("SELECT COUNT(*) FROM attempts").fetchone()[0]
    assert rows == 0


@pytest.fixture
def course_copy(tmp_path, monkeypatch):
    """A copy of the course to attack, so a wall that fails cannot damage the real one."""
    import shutil

    from gradiente.course.manifest import load_course
    from gradiente.course.paths import course_root

    root = tmp_path / "course"
    root.mkdir()
    for name in ("course.toml", "lessons", "exercises", "solutions", "checks"):
        source = course_root() / name
        (shutil.copytree if source.is_dir() else shutil.copyfile)(source, root / name)
    monkeypatch.setenv("GRADIENTE_COURSE", str(root))
    return load_course(root)


def test_learner_code_reads_nothing_but_python(mode, course, learner_file):
    result = run(
        course,
        learner_file,
        attack("""
        for path in ("/etc/passwd", "/root", "/home", "/", "/work"):
            try:
                open(path).read() if os.path.isfile(path) else os.listdir(path)
                held = False
            except OSError:
                pass
    """),
    )
    assert result.passed, result


def test_learner_code_cannot_reach_the_progress_backups(mode, course, learner_file, workspace):
    from gradiente.course.progress import backup_root

    root = backup_root()
    root.mkdir(parents=True, exist_ok=True)
    result = run(
        course,
        learner_file,
        attack(f"""
        try:
            os.listdir({str(root)!r})
            held = False
        except OSError:
            pass
        try:
            open(os.path.join({str(root)!r}, "forged.db"), "w").write("x")
            held = False
        except OSError:
            pass
    """),
    )
    assert result.passed, result
    assert not (root / "forged.db").exists()


def test_learner_code_cannot_rewrite_the_course_or_delete_the_workspace(mode, course_copy, tmp_path):
    from gradiente.course.workspace import Workspace

    course = course_copy
    workspace = Workspace.create(tmp_path / "workspace", course)

    def learner_file(exercise_id, code):
        return workspace.save_code(exercise_id, textwrap.dedent(code))

    check_file = course.exercise("numerical_derivative").check_path
    before = check_file.read_text()
    result = run(
        course,
        learner_file,
        attack(f"""
        import shutil
        for path in ({str(check_file)!r},):
            try:
                open(path, "w").write("def cases(): return []")
                held = False
            except OSError:
                pass
        shutil.rmtree({str(workspace.root / ".gradiente")!r}, ignore_errors=True)
        try:
            open({str(workspace.root / "exercises" / "calculus" / "gradient.py")!r}, "a").write("# mine")
            held = False
        except OSError:
            pass
    """),
    )
    assert result.passed, result
    assert check_file.read_text() == before
    assert (workspace.root / ".gradiente" / "progress.db").is_file()


def test_learner_code_sees_no_token_and_none_of_the_learners_environment(mode, course, learner_file, monkeypatch):
    monkeypatch.setenv("GRADIENTE_TOKEN", "a-secret-that-must-stay-home-0123456789")
    monkeypatch.setenv("GRADIENTE_WORKSPACE", "/somewhere/private")
    result = run(
        course,
        learner_file,
        attack("""
        if any("GRADIENTE" in name or "secret" in value for name, value in os.environ.items()):
            held = False
    """),
    )
    assert result.passed, result


def test_learner_code_has_no_network(mode, course, learner_file):
    with socket.create_server(("127.0.0.1", 0)) as server:
        port = server.getsockname()[1]
        result = run(
            course,
            learner_file,
            attack(f"""
            try:
                socket.create_connection(("127.0.0.1", {port}), timeout=1).close()
                held = False
            except OSError:
                pass
        """),
        )
    assert result.passed, result


def test_forging_from_inside_the_process_finds_nothing_to_forge(mode, course, learner_file):
    # The old grader's weak points: the expected value in a caller's frame, the reference
    # reachable through gc, np.allclose and the judge's compare patched in place.
    result = run(
        course,
        learner_file,
        textwrap.dedent("""
        import gc, sys
        import numpy as np
        np.allclose = lambda *a, **k: True
        try:
            import gradiente.course.judge as judge
            judge.compare = lambda *a, **k: None
        except Exception:
            pass
        def numerical_derivative(f, x, h=1e-5):
            frame = sys._getframe(1)
            while frame is not None:
                if "expected" in frame.f_locals:
                    return frame.f_locals["expected"]
                frame = frame.f_back
            for thing in gc.get_objects():
                if callable(thing) and getattr(thing, "__name__", "") == "numerical_derivative" and thing is not numerical_derivative:
                    return thing(f, x, h)
            return 12345.0
    """),
    )
    assert result.status == "fail" and result.reason == "wrong_answer", result


def test_a_forged_reply_on_the_graders_socket_is_not_a_pass(mode, course, learner_file):
    # Write a "pass" result and a fake value straight into every socket the process holds.
    result = run(
        course,
        learner_file,
        textwrap.dedent("""
        import json, socket, struct
        def numerical_derivative(f, x, h=1e-5):
            forged = json.dumps({"status": "pass", "value": 1.0, "exercise_id": "numerical_derivative"}).encode()
            for fd in range(3, 64):
                try:
                    sock = socket.socket(fileno=fd)
                    sock.sendall(struct.pack("!I", len(forged)) + forged)
                    sock.detach()
                except OSError:
                    pass
            return 12345.0
    """),
    )
    assert not result.passed, result
    assert result.status in ("fail", "error")


def test_an_oversize_message_is_refused_with_a_clear_answer(mode, course, learner_file):
    result = run(
        course,
        learner_file,
        textwrap.dedent("""
        import socket, struct
        def numerical_derivative(f, x, h=1e-5):
            for fd in range(3, 64):
                try:
                    sock = socket.socket(fileno=fd)
                    sock.sendall(struct.pack("!I", 30_000_000) + b"x" * 30_000_000)
                    sock.detach()
                except OSError:
                    pass
            return 0.0
    """),
    )
    assert result.status == "error" and result.reason == "malformed", result
    assert result.message.es and result.message.en


def test_a_huge_exception_message_is_cut_not_fatal(mode, course, learner_file):
    result = run(
        course,
        learner_file,
        """
def numerical_derivative(f, x, h=1e-5):
    raise ValueError("x" * 30_000_000)
""",
    )
    assert result.status == "error" and result.reason == "exception"
    assert len(result.message.en) < 3000 and len(result.details) < 5000


def test_a_huge_return_value_is_refused_with_a_clear_answer(mode, course, learner_file):
    result = run(
        course,
        learner_file,
        """
def numerical_derivative(f, x, h=1e-5):
    return "x" * 30_000_000
""",
    )
    assert result.status == "error" and result.reason == "too_big", result


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    """The grader's scratch folders go here, so other programs' temp files cannot blur the count."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_a_scratch_folder_emptied_under_the_judge_still_gives_an_answer(mode, course, learner_file, private_tmp):
    # The process removes everything the judge would read afterwards, then vanishes.
    result = run(
        course,
        learner_file,
        textwrap.dedent("""
        import os, shutil
        def numerical_derivative(f, x, h=1e-5):
            for name in os.listdir("."):
                shutil.rmtree(name) if os.path.isdir(name) else os.remove(name)
            shutil.rmtree(os.getcwd(), ignore_errors=True)
            os._exit(3)
    """),
    )
    assert result.status == "error" and result.reason == "exit", result
    assert "exit code 3" in result.message.en and result.message.es
    assert list(private_tmp.iterdir()) == []


def test_nothing_is_left_in_the_temp_folder(mode, course, learner_file, private_tmp):
    run(course, learner_file, attack("open('left-behind.txt', 'w').write('x')"))
    run(course, learner_file, "def numerical_derivative(f, x, h=1e-5):\n    os._exit(3)\nimport os\n")
    assert list(private_tmp.iterdir()) == []


def test_a_right_answer_that_leaves_a_thread_running_passes(mode, course, learner_file):
    result = run(
        course,
        learner_file,
        attack("""
        import threading, time
        threading.Thread(target=time.sleep, args=(600,)).start()
    """),
    )
    assert result.passed, result


def test_forked_processes_die_with_the_check_even_after_setsid(mode, course, learner_file):
    marker = f"gradiente-test-{uuid.uuid4().hex}"
    result = run(
        course,
        learner_file,
        attack(f"""
        for detach in (False, True):
            if os.fork() == 0:
                if detach:
                    os.setsid()
                    if os.fork():
                        os._exit(0)  # a daemon: its parent is gone, it belongs to no one
                os.execv(sys.executable, [sys.executable, "-c", "import time; time.sleep(600)", {marker!r}])
    """),
    )
    assert result.passed, result
    deadline = time.time() + 5
    while _processes_with(marker) and time.time() < deadline:
        time.sleep(0.1)
    assert not _processes_with(marker)


def _processes_with(marker: str) -> list[psutil.Process]:
    found = []
    for process in psutil.process_iter(["cmdline", "status"]):
        if marker in (process.info["cmdline"] or []) and process.info["status"] != psutil.STATUS_ZOMBIE:
            found.append(process)
    return found


def test_the_whole_check_has_one_memory_limit(mode, course, learner_file):
    # Each process stays under its own address-space limit; together they pass the check's.
    result = run(
        course,
        learner_file,
        textwrap.dedent("""
        import os, time
        import numpy as np
        def numerical_derivative(f, x, h=1e-5):
            for _ in range(3):
                if os.fork() == 0:
                    block = np.ones(40_000_000)  # 320 MB, touched
                    time.sleep(30)
                    os._exit(0)
            time.sleep(30)
            return (f(x + h) - f(x - h)) / (2 * h)
    """),
        memory_mb=640,
        timeout=20,
    )
    assert result.status == "error" and result.reason == "memory", result
    assert "640 MB" in result.message.en


KILLERS = {
    "parent": "os.kill(os.getppid(), signal.SIGKILL)",
    "parent_group": "os.killpg(os.getpgid(os.getppid()), signal.SIGKILL)",
    "grandparent": """
        stat = open(f"/proc/{os.getppid()}/stat").read()
        grandparent = int(stat.rsplit(")", 1)[1].split()[1])
        os.kill(grandparent, signal.SIGKILL)
        os.killpg(os.getpgid(grandparent), signal.SIGKILL)
    """,
}


@pytest.mark.parametrize("target", list(KILLERS))
def test_learner_code_cannot_kill_the_cli_or_its_group(target, mode, workspace, tmp_path):
    # A real `gradiente check` process is the judge here: if it died, the test would see it.
    killer = textwrap.indent(textwrap.dedent(KILLERS[target]), " " * 8)
    code = (
        "import os, signal\ndef numerical_derivative(f, x, h=1e-5):\n    try:\n"
        + killer
        + "\n    except Exception:\n        pass\n    return "
        + RIGHT
        + "\n"
    )
    (workspace.root / "exercises" / "calculus" / "numerical_derivative.py").write_text(code)
    env = dict(os.environ, GRADIENTE_WORKSPACE=str(workspace.root), GRADIENTE_LANG="en")
    if mode == "warm":
        pytest.skip("the warm runner's judge is the test process itself: covered by the cold and hub tests")
    completed = subprocess.run(
        [sys.executable, "-m", "gradiente", "check", "numerical_derivative"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        start_new_session=True,
    )
    assert completed.returncode == 0, (completed.returncode, completed.stdout, completed.stderr)
    assert "Correct" in completed.stdout


def test_the_warm_runner_survives_its_checks_and_a_killed_server():
    runner = WarmRunner.use()
    try:
        from gradiente.course.manifest import load_course

        course = load_course()
        exercise = course.exercise("numerical_derivative")
        right = f"def numerical_derivative(f, x, h=1e-5):\n    return {RIGHT}\n"
        assert grade(exercise, exercise.stub_path, code=right, timeout=LIMIT).passed
        os.kill(runner.client.process.pid, signal.SIGKILL)
        runner.client.process.wait()
        assert grade(exercise, exercise.stub_path, code=right, timeout=LIMIT).passed  # a new server came up
    finally:
        runner.stop()


def test_protections_are_reported_by_the_sandbox_itself():
    # On this Linux machine (and CI's) every wall is up; doctor prints the same list.
    from gradiente.course.doctor import probe

    report = probe()
    assert {"landlock", "seccomp", "namespaces", "subreaper", "limits"} <= set(report.active), report.missing
    assert report.all_held, report.held


def test_without_namespaces_the_other_walls_still_hold(monkeypatch):
    from gradiente.course.doctor import probe

    monkeypatch.setenv("GRADIENTE_SANDBOX_NAMESPACES", "0")
    report = probe()
    assert "namespaces" in report.missing and "landlock" in report.active
    assert report.held["read_hidden"] and report.held["write_outside"] and report.held["signal_parent"]
    assert report.held["open_socket"]
