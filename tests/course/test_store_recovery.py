"""Progress that cannot be lost: rolling backups outside the workspace, and repair when the learner breaks the store.

Real SQLite files, broken the ways a learner breaks them (deleted, folder deleted, written
over, truncated, emptied, a damaged page), and a real ``python -m gradiente`` process.
"""

import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from gradiente.course.progress import ProgressStore, backup_dir_for, has_backups
from gradiente.course.workspace import MARKER, Workspace


@pytest.fixture(autouse=True)
def backups(tmp_path, monkeypatch):
    """Every copy goes to this test's own folder (child processes inherit it), never the real user data dir."""
    folder = tmp_path / "user-data" / "progress-backups"
    monkeypatch.setenv("GRADIENTE_BACKUP_DIR", str(folder))
    return folder


def fill(store: ProgressStore, count: int, prefix: str = "before") -> None:
    for index in range(count):
        store.record_attempt(f"{prefix}-{index}", "pass" if index % 2 else "fail", reason="wrong_answer" * 20)
    store.wait_for_backups()  # the copy made at open is done: only the test's own steps happen from here


def delete_file(database: Path) -> None:
    database.unlink()


def delete_folder(database: Path) -> None:
    shutil.rmtree(database.parent)


def garbage(database: Path) -> None:
    database.write_bytes(b"these are not the droids you are looking for\n" * 500)


def truncate(database: Path) -> None:
    os.truncate(database, database.stat().st_size // 2)


def empty(database: Path) -> None:
    database.write_bytes(b"")


def damage_a_page(database: Path) -> None:
    """Garble page 2 (the meta table): reads of the attempts still work, PRAGMA quick_check fails."""
    data = bytearray(database.read_bytes())
    data[4096 + 8 : 4096 + 200] = b"\xff" * 192
    database.write_bytes(bytes(data))


BREAKS = {
    "file deleted": delete_file,
    "folder deleted": delete_folder,
    "garbage written over": garbage,
    "truncated": truncate,
    "emptied": empty,
}
LEFT_ASIDE = {"garbage written over", "truncated", "emptied"}


def aside(database: Path) -> list[Path]:
    """The broken databases set aside (their -wal and -shm companions, moved with them when a
    connection still had them open, are not counted)."""
    if not database.parent.is_dir():
        return []
    return sorted(
        path for path in database.parent.glob(f"{database.name}.broken-*") if not path.name.endswith(("-wal", "-shm"))
    )


# --- the backups ----------------------------------------------------------------------------


def test_backups_live_outside_the_workspace_are_sound_and_roll(tmp_path, backups):
    database = tmp_path / "curso" / MARKER / "progress.db"
    store = ProgressStore(database, keep=3)
    assert store.backup_now() is None and not backups.exists()  # nothing to keep yet: not even a folder
    fill(store, 5)
    first = store.backup_now()
    assert first.parent == store.backup_dir == backup_dir_for(database)
    assert store.backup_dir.is_relative_to(backups) and not store.backup_dir.is_relative_to(tmp_path / "curso")
    assert store.backup_now() == first  # nothing changed: no second copy
    with sqlite3.connect(f"{first.as_uri()}?mode=ro", uri=True) as copy:
        assert copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT COUNT(*) FROM attempts").fetchone()[0] == 5
    for round_number in range(4):
        store.record_attempt(f"more-{round_number}", "pass")
        store.backup_now()
    assert len(store.backups()) == 3  # the newest three (all of today's, the newest of which is among them)
    assert store.backups()[0].name > first.name and first not in store.backups()
    assert (store.backup_dir / "source.txt").read_text().strip() == str(database)
    assert has_backups(database) and not has_backups(tmp_path / "other" / MARKER / "progress.db")


def test_by_default_backups_go_to_the_learners_user_data_folder_keyed_by_the_workspace(tmp_path, monkeypatch):
    from platformdirs import user_data_dir

    monkeypatch.delenv("GRADIENTE_BACKUP_DIR")
    one, two = tmp_path / "uno" / MARKER / "progress.db", tmp_path / "dos" / MARKER / "progress.db"
    assert backup_dir_for(one).is_relative_to(Path(user_data_dir("gradiente", appauthor=False)))
    assert backup_dir_for(one).name.startswith("uno-") and backup_dir_for(one) != backup_dir_for(two)
    assert backup_dir_for(one) == backup_dir_for(tmp_path / "uno" / "." / MARKER / "progress.db")


def test_a_store_backs_itself_up_when_it_opens_and_after_writes(tmp_path):
    database = tmp_path / "curso" / MARKER / "progress.db"
    store = ProgressStore(database, backup_every=3, backup_interval=3600)
    fill(store, 2)
    store.wait_for_backups()
    assert store.backups() == []  # two writes: not due yet
    store.record_attempt("third", "pass")
    store.wait_for_backups()
    assert len(store.backups()) == 1
    reopened = ProgressStore(database)
    reopened.record_visit("derivatives-gradient-descent")  # this write is not due...
    reopened2 = ProgressStore(database)  # ...but a store that opens copies what it finds
    reopened2.wait_for_backups()
    assert len(store.backups()) == 2


def test_a_backup_adds_no_noticeable_time_to_a_write(tmp_path):
    database = tmp_path / "curso" / MARKER / "progress.db"
    store = ProgressStore(database, backup_every=10**9, backup_interval=10**9)
    with sqlite3.connect(database) as connection:  # a learner's years of attempts, written at once
        connection.executemany(
            "INSERT INTO attempts (exercise_id, status, reason, created_at) VALUES (?, 'fail', ?, 0)",
            ((f"exercise-{index % 110}", "wrong_answer " * 40) for index in range(40_000)),
        )
    started = time.perf_counter()
    store.backup_now()
    one_backup = time.perf_counter() - started

    def median_write(count: int) -> float:
        durations = []
        for index in range(count):
            started = time.perf_counter()
            store.record_attempt(f"timed-{index}", "pass")
            durations.append(time.perf_counter() - started)
        store.wait_for_backups()
        return statistics.median(durations)

    alone = median_write(15)
    store.backup_every = 1  # now every write asks for a copy of the whole database
    before = len(store.backups())
    with_backups = median_write(15)
    assert len(store.backups()) > before  # copies were made meanwhile
    # A write does not wait for the copy: far below one copy's time, close to a write alone.
    assert with_backups < one_backup / 3, (with_backups, one_backup, alone)
    assert with_backups < alone * 2 + 0.005, (with_backups, alone)


# --- breaking the store while it runs (the hub) ---------------------------------------------


@pytest.mark.parametrize("how", BREAKS)
def test_a_running_store_says_so_restores_the_latest_backup_and_goes_on(tmp_path, how):
    database = tmp_path / "curso" / MARKER / "progress.db"
    store = ProgressStore(database, backup_every=10**9, backup_interval=10**9)
    fill(store, 30)
    backup = store.backup_now()
    store.record_attempt("after-the-backup", "fail")
    broken_bytes = None
    BREAKS[how](database)
    if how in LEFT_ASIDE:
        broken_bytes = database.read_bytes()

    recorded = [attempt["exercise_id"] for attempt in store.attempts()]  # the next operation finds out

    assert {f"before-{index}" for index in range(30)} <= set(recorded)
    notice = store.take_notice()
    assert notice is not None and store.take_notice() is None  # said once
    assert str(database) in notice.es and str(database) in notice.en
    assert "Restauré la copia de seguridad más reciente" in notice.es and "pueden haberse perdido" in notice.es
    assert "I restored the latest backup" in notice.en and "may be lost" in notice.en
    recovery = store.recoveries[-1]
    assert recovery.backup_path == backup and recovery.attempts_restored >= 30
    if broken_bytes is not None:
        assert [path.read_bytes() for path in aside(database) if not path.name.endswith(("-wal", "-shm"))] == [
            broken_bytes
        ]
        assert str(recovery.broken_path) in notice.en
    store.record_attempt("after-the-repair", "pass")  # and it goes on recording
    reopened = ProgressStore(database)
    assert reopened.take_notice() is None
    assert reopened.exercise("after-the-repair").passed
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_threads_keep_working_while_the_folder_is_deleted_under_them(tmp_path):
    database = tmp_path / "curso" / MARKER / "progress.db"
    store = ProgressStore(database, backup_every=10**9, backup_interval=10**9)
    fill(store, 10)
    store.backup_now()
    failures, stop = [], threading.Event()

    def visit_pages(name: str) -> None:
        while not stop.is_set():
            try:
                store.record_visit(name)
                store.all_exercises()
                store.last_visited_lesson()
            except Exception as error:  # noqa: BLE001 - every failure is what the test reports
                failures.append(repr(error))

    threads = [threading.Thread(target=visit_pages, args=(f"lesson-{n}",)) for n in range(4)]
    for thread in threads:
        thread.start()
    time.sleep(0.3)
    # Gone at once, as a learner's `rm -r` looks to the threads: rmtree alone deletes the files first,
    # and a thread that looks in between sees a folder without its database ("missing").
    gone = database.parent.rename(tmp_path / "deleted")
    shutil.rmtree(gone)
    time.sleep(0.5)
    stop.set()
    for thread in threads:
        thread.join(timeout=30)
    assert failures == []
    assert len(store.recoveries) == 1 and store.recoveries[0].reason == "folder_missing"
    assert {f"before-{index}" for index in range(10)} <= {a["exercise_id"] for a in store.attempts()}


def test_damage_no_query_trips_over_is_found_by_the_next_backup(tmp_path):
    database = tmp_path / "curso" / MARKER / "progress.db"
    store = ProgressStore(database, backup_every=10**9, backup_interval=10**9)
    fill(store, 40)
    good = store.backup_now()
    store.record_attempt("after-the-backup", "pass")
    damage_a_page(database)
    assert store.exercise("after-the-backup").passed  # reads of the attempts still work...
    store.backup_now()  # ...but the copy fails quick_check: repair now rather than keep a bad copy
    recovery = store.recoveries[-1]
    assert recovery.reason == "corrupt" and recovery.backup_path == good
    assert (
        recovery.attempts_rescued == 1 and store.exercise("after-the-backup").passed
    )  # read back from the broken file
    assert "quick_check" in store.take_notice().en


# --- breaking the store between runs (the next open) ----------------------------------------


@pytest.mark.parametrize("how", [*BREAKS, "a damaged page"])
def test_opening_a_broken_store_restores_it(tmp_path, how):
    database = tmp_path / "curso" / MARKER / "progress.db"
    store = ProgressStore(database, backup_every=10**9, backup_interval=10**9)
    fill(store, 40)
    store.backup_now()
    store.record_attempt("after-the-backup", "pass")
    {**BREAKS, "a damaged page": damage_a_page}[how](database)

    reopened = ProgressStore(database)

    notice = reopened.take_notice()
    assert notice is not None and "copia de seguridad" in notice.es and "backup" in notice.en
    assert len(reopened.attempts()) >= 40
    if how == "a damaged page":
        assert reopened.recoveries[0].reason == "corrupt" and reopened.exercise("after-the-backup").passed
    if how in LEFT_ASIDE | {"a damaged page"}:
        assert aside(database)
    reopened.record_attempt("next", "pass")
    assert ProgressStore(database).exercise("next").passed


def test_with_no_backup_the_broken_file_is_kept_and_progress_starts_empty(tmp_path, backups):
    database = tmp_path / "curso" / MARKER / "progress.db"
    ProgressStore(database, backup_every=10**9, backup_interval=10**9).record_attempt("only", "pass")
    shutil.rmtree(backups, ignore_errors=True)  # an open-time copy may have been made: not this time
    garbage(database)
    store = ProgressStore(database)
    notice = store.take_notice()
    assert "No había ninguna copia de seguridad" in notice.es and "There was no backup" in notice.en
    assert store.attempts() == [] and len(aside(database)) == 1
    store.record_attempt("again", "pass")
    assert store.exercise("again").passed


def test_a_workspace_whose_folder_was_deleted_is_still_found_and_restored(tmp_path, course, monkeypatch):
    monkeypatch.delenv("GRADIENTE_WORKSPACE", raising=False)
    workspace = Workspace.create(tmp_path / "curso", course)
    workspace.store.record_attempt("gradient", "pass")
    workspace.store.backup_now()
    shutil.rmtree(workspace.root / MARKER)

    found = Workspace.find(workspace.root / "exercises", course)

    assert found.root == workspace.root
    assert found.store.exercise("gradient").passed and found.store.take_notice() is not None


REPAIR_ELSEWHERE = textwrap.dedent("""
    import sys
    from gradiente.course.progress import ProgressStore
    store = ProgressStore(sys.argv[1])
    print(len(store.attempts()), flush=True)
""")


def test_a_repair_made_by_another_process_is_told_here_too(tmp_path):
    database = tmp_path / "curso" / MARKER / "progress.db"
    hub = ProgressStore(database, backup_every=10**9, backup_interval=10**9)
    fill(hub, 12)
    hub.backup_now()
    garbage(database)
    cli = subprocess.run(
        [sys.executable, "-c", REPAIR_ELSEWHERE, str(database)], capture_output=True, text=True, timeout=60
    )
    assert cli.returncode == 0, cli.stderr
    assert cli.stdout.strip() == "12"
    notice = hub.take_notice()  # the hub did not repair anything, yet it can say what happened
    assert notice is not None and "SQLite" in notice.en and hub.recoveries == []
    assert hub.take_notice() is None


def test_two_processes_finding_the_damage_at_once_repair_it_once(tmp_path):
    database = tmp_path / "curso" / MARKER / "progress.db"
    store = ProgressStore(database, backup_every=10**9, backup_interval=10**9)
    fill(store, 12)
    store.backup_now()
    garbage(database)
    children = [
        subprocess.Popen([sys.executable, "-c", REPAIR_ELSEWHERE, str(database)], stdout=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    outputs = [child.communicate(timeout=60)[0].strip() for child in children]
    assert outputs == ["12"] * 3
    assert len(aside(database)) == 1
    assert store.take_notice().en.count("I restored") == 1


# --- the CLI, a real process, in both languages ---------------------------------------------


def gradiente(*arguments: str, lang: str, cwd: Path | None = None, workspace: Path | None = None):
    env = dict(os.environ, COLUMNS="300", GRADIENTE_CHECK_TIMEOUT="5")
    env.pop("GRADIENTE_LANG", None)
    env.pop("GRADIENTE_WORKSPACE", None)
    if workspace is not None:
        env["GRADIENTE_WORKSPACE"] = str(workspace)
    result = subprocess.run(
        [sys.executable, "-m", "gradiente", "--lang", lang, *arguments],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode in (0, 1), result.stderr
    return result, " ".join(result.stdout.split())


RESTORED = {"es": "Restauré la copia de seguridad más reciente", "en": "I restored the latest backup"}
MAY_BE_LOST = {"es": "pueden haberse perdido", "en": "may be lost"}


def quiet_workspace(root: Path, course) -> Workspace:
    """A workspace whose own store makes no copy by itself, so that only the process under test repairs."""
    workspace = Workspace.create(root, course)
    workspace.store.wait_for_backups()
    workspace.store.backup_every = workspace.store.backup_interval = 10**9
    return workspace


@pytest.mark.parametrize(
    "how, lang", [("file deleted", "es"), ("garbage written over", "en"), ("truncated", "es"), ("emptied", "en")]
)
def test_the_cli_says_so_restores_and_goes_on(tmp_path, course, how, lang):
    workspace = quiet_workspace(tmp_path / "curso", course)
    workspace.store.record_attempt("gradient", "pass")
    workspace.store.record_attempt("numerical_derivative", "fail")
    workspace.store.backup_now()
    database = workspace.root / MARKER / "progress.db"
    BREAKS[how](database)
    broken_bytes = database.read_bytes() if database.exists() else None

    _, said = gradiente("progress", lang=lang, workspace=workspace.root)

    other = "en" if lang == "es" else "es"
    assert RESTORED[lang] in said and MAY_BE_LOST[lang] in said and RESTORED[other] not in said
    assert str(database) in said
    assert {"es": "Progreso: 1 de", "en": "Progress: 1 of"}[lang] in said  # the pass is back
    if broken_bytes is not None:
        assert [path.read_bytes() for path in aside(database) if not path.name.endswith(("-wal", "-shm"))] == [
            broken_bytes
        ]
    shutil.copyfile(
        course.exercise("numerical_derivative").solution_path, workspace.exercise_file("numerical_derivative")
    )
    _, said = gradiente("check", "numerical_derivative", lang=lang, workspace=workspace.root)
    assert RESTORED[lang] not in said  # said once, then back to normal
    assert Workspace(workspace.root, course).store.exercise("numerical_derivative").passed


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_cli_run_in_a_workspace_whose_folder_was_deleted_brings_it_back(tmp_path, course, lang):
    workspace = quiet_workspace(tmp_path / "curso", course)
    workspace.store.record_attempt("gradient", "pass")
    workspace.store.backup_now()
    shutil.rmtree(workspace.root / MARKER)

    _, said = gradiente("progress", lang=lang, cwd=workspace.root / "exercises")

    assert RESTORED[lang] in said and {"es": "Progreso: 1 de", "en": "Progress: 1 of"}[lang] in said
    assert (workspace.root / MARKER / "progress.db").is_file()


def test_the_cli_backs_up_the_attempt_it_just_recorded(tmp_path, course):
    workspace = Workspace.create(tmp_path / "curso", course)
    shutil.copyfile(course.exercise("gradient").solution_path, workspace.exercise_file("gradient"))
    result, _ = gradiente("check", "gradient", lang="en", workspace=workspace.root)
    assert result.returncode == 0
    shutil.rmtree(workspace.root / MARKER)  # right after the command: the copy made before it exited has the pass
    assert Workspace(workspace.root, course).store.exercise("gradient").passed
