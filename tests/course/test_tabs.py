"""Tabs never mix: saves are atomic whoever saves at once, and each Check grades the code its own tab sent."""

import html
import inspect
import re
import shutil
import subprocess
import sys
import textwrap
import threading
import time

import pytest

from gradiente.course import notebook as kit
from gradiente.course.workspace import Workspace


@pytest.fixture(autouse=True)
def backups(tmp_path, monkeypatch):
    monkeypatch.setenv("GRADIENTE_BACKUP_DIR", str(tmp_path / "user-data" / "progress-backups"))


def version(writer: str, number: int) -> str:
    """A version big enough that a half-written file would show: a header, a body, a footer naming it."""
    return f"# version {writer} {number}\n" + f"x = {number!r}  # {writer}\n" * 4000 + f"# end {writer} {number}\n"


def which(text: str) -> tuple[str, int] | None:
    """The version ``text`` is, if it is exactly one complete version."""
    first = text.split("\n", 1)[0].split()
    if len(first) != 4 or first[:2] != ["#", "version"]:
        return None
    writer, number = first[2], int(first[3])
    return (writer, number) if text == version(writer, number) else None


SAVER = inspect.getsource(version) + textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from gradiente.course.workspace import Workspace
    workspace = Workspace(Path(sys.argv[1]))
    print("ready", flush=True)
    number = 0
    while not os.path.exists(sys.argv[2]):
        workspace.save_code("gradient", version(f"process{sys.argv[3]}", number))
        number += 1
    print(number, flush=True)
""")


def test_concurrent_saves_are_each_one_whole_version_and_leave_no_temporary_file(workspace, tmp_path):
    target = workspace.exercise_file("gradient")
    workspace.save_code("gradient", version("first", 0))
    stop_file = tmp_path / "stop"
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", SAVER, str(workspace.root), str(stop_file), str(number)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for number in range(2)
    ]
    for process in processes:
        assert process.stdout.readline().strip() == "ready"
    stop = threading.Event()
    errors, reads, saves = [], [], []

    def save(writer: str) -> None:
        number = 0
        while not stop.is_set():
            try:
                workspace.save_code("gradient", version(writer, number))
            except Exception as error:  # noqa: BLE001 - every failure is what the test reports
                errors.append(repr(error))
            number += 1
        saves.append(number)

    def read() -> None:
        while not stop.is_set():
            reads.append(which(target.read_text(encoding="utf-8")))

    threads = [threading.Thread(target=save, args=(f"thread{n}",)) for n in range(4)]
    threads += [threading.Thread(target=read) for _ in range(2)]
    for thread in threads:
        thread.start()
    time.sleep(1.5)
    stop.set()
    stop_file.touch()
    for thread in threads:
        thread.join(timeout=30)
    saved_by_processes = [int(process.communicate(timeout=60)[0]) for process in processes]

    assert errors == []
    assert len(reads) > 50 and None not in reads  # every read was one complete version
    assert sum(saves) > 20 and min(saved_by_processes) > 0
    writers = {writer for writer, _ in reads}
    assert any(writer.startswith("thread") for writer in writers)
    assert which(target.read_text(encoding="utf-8")) is not None
    assert [path.name for path in target.parent.iterdir() if path.name.endswith(".tmp")] == []


def test_a_save_keeps_the_files_mode_and_a_failed_save_leaves_nothing_behind(workspace):
    target = workspace.exercise_file("gradient")
    target.chmod(0o640)
    workspace.save_code("gradient", "def gradient(f, x):\n    return x\n")
    assert target.stat().st_mode & 0o777 == 0o640
    with pytest.raises(UnicodeEncodeError):
        workspace.save_code("gradient", "print('\udcff')")  # a lone surrogate cannot be written as UTF-8
    assert target.read_text() == "def gradient(f, x):\n    return x\n"
    assert [path.name for path in target.parent.iterdir() if path.name.startswith(".")] == []


def two_tabs(check, right: str, wrong: str, rounds: int = 3) -> list[tuple[str, str]]:
    """Run ``check(code)`` in two threads per round, started 0 to 100 ms apart; returns (sent, verdict) pairs."""
    outcomes, failures = [], []

    def tab(code: str, delay: float, barrier: threading.Barrier) -> None:
        barrier.wait()
        time.sleep(delay)
        try:
            outcomes.append((code, check(code)))
        except Exception as error:  # noqa: BLE001 - every failure is what the test reports
            failures.append(repr(error))

    for round_number, delay in enumerate([0.0, 0.0, 0.05, 0.1][:rounds]):
        barrier = threading.Barrier(2)
        first, second = (right, wrong) if round_number % 2 == 0 else (wrong, right)
        tabs = [
            threading.Thread(target=tab, args=(first, 0.0, barrier)),
            threading.Thread(target=tab, args=(second, delay, barrier)),
        ]
        for thread in tabs:
            thread.start()
        for thread in tabs:
            thread.join(timeout=120)
    assert failures == []
    return outcomes


def test_two_tabs_checking_at_once_each_get_the_verdict_of_their_own_code(workspace, course):
    right = course.exercise("gradient").solution_path.read_text()
    wrong = course.exercise("gradient").stub_path.read_text()

    def check(code: str) -> str:
        workspace.save_code("gradient", code)
        return workspace.check("gradient", code=code, source="hub", timeout=20).status

    outcomes = two_tabs(check, right, wrong, rounds=4)
    assert len(outcomes) == 8
    assert all(verdict == ("pass" if code == right else "fail") for code, verdict in outcomes), outcomes
    recorded = [attempt["status"] for attempt in workspace.store.attempts("gradient")]
    assert sorted(recorded) == ["fail"] * 4 + ["pass"] * 4


def unescaped(shown: str) -> str:
    """marimo nests a callout's HTML in an attribute, escaped once per level: undo every level."""
    while (plain := html.unescape(shown).replace("\\u003c", "<").replace("\\u003e", ">").replace('\\"', '"')) != shown:
        shown = plain
    return shown


def shown_status(shown: str) -> str:
    statuses = re.findall(r'data-status="(pass|fail|error)"', unescaped(shown))
    assert len(statuses) == 1, shown
    return statuses[0]


def test_the_lesson_kit_shows_each_tab_the_verdict_of_the_code_it_sent(workspace, course, monkeypatch):
    monkeypatch.setenv("GRADIENTE_WORKSPACE", str(workspace.root))
    monkeypatch.setenv("GRADIENTE_CHECK_TIMEOUT", "20")
    kit.workspace.cache_clear()
    right = course.exercise("gradient").solution_path.read_text()
    wrong = course.exercise("gradient").stub_path.read_text()

    def check(code: str) -> str:
        return shown_status(kit.exercise_feedback("gradient", code, "en").text)

    try:
        outcomes = two_tabs(check, right, wrong, rounds=4)
    finally:
        kit.workspace.cache_clear()
    assert len(outcomes) == 8
    assert all(verdict == ("pass" if code == right else "fail") for code, verdict in outcomes), outcomes


def test_the_lesson_kit_says_when_the_progress_was_restored(workspace, course, monkeypatch):
    monkeypatch.setenv("GRADIENTE_WORKSPACE", str(workspace.root))
    kit.workspace.cache_clear()
    try:
        space = kit.workspace()
        space.store.record_attempt("numerical_derivative", "pass")
        space.store.backup_now()
        shutil.rmtree(workspace.root / ".gradiente")
        shown = kit.exercise_feedback("gradient", course.exercise("gradient").solution_path.read_text(), "es").text
        again = kit.exercise_feedback("gradient", course.exercise("gradient").solution_path.read_text(), "es").text
    finally:
        kit.workspace.cache_clear()
    assert "gradiente-recovered" in unescaped(shown) and "copia de seguridad" in unescaped(shown)
    assert shown_status(shown) == "pass"
    assert "gradiente-recovered" not in unescaped(again) and shown_status(again) == "pass"
    assert Workspace(workspace.root, course).store.exercise("numerical_derivative").passed
