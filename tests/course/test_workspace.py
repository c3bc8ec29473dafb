"""The workspace: the learner's files and the operations every front end shares."""

import shutil

import pytest

from gradiente.course.workspace import MARKER, Workspace, WorkspaceError


@pytest.fixture(autouse=True)
def backups(tmp_path, monkeypatch):
    """The store's rolling copies go to this test's folder (child processes inherit it), not the user data dir."""
    monkeypatch.setenv("GRADIENTE_BACKUP_DIR", str(tmp_path / "user-data" / "progress-backups"))


def test_a_new_workspace_holds_every_stub_and_a_database(workspace, course):
    for exercise in course.exercises:
        assert workspace.exercise_file(exercise).read_text() == exercise.stub_path.read_text()
    assert (workspace.root / MARKER / "progress.db").is_file()


def test_creating_again_never_overwrites_the_learners_code(workspace, course, learner_file):
    learner_file("gradient", "# my own work\n")
    Workspace.create(workspace.root, course)
    assert workspace.read_code("gradient") == "# my own work\n"


def test_missing_exercises_are_added_back(workspace, course):
    workspace.exercise_file("gradient").unlink()
    added = workspace.add_missing_exercises()
    assert [exercise.id for exercise in added] == ["gradient"]


def test_find_walks_up_to_the_workspace_and_honours_the_environment(workspace, course, tmp_path, monkeypatch):
    monkeypatch.delenv("GRADIENTE_WORKSPACE", raising=False)
    inside = workspace.root / "exercises" / "calculus"
    assert Workspace.find(inside, course).root == workspace.root
    elsewhere = tmp_path / "elsewhere"
    monkeypatch.setenv("GRADIENTE_WORKSPACE", str(elsewhere))
    assert Workspace.find(inside, course).root == elsewhere.resolve()


def test_hints_come_in_order_then_the_last_one_repeats(workspace, course):
    exercise = course.exercise("gradient")
    shown = [workspace.next_hint("gradient") for _ in range(len(exercise.hints) + 2)]
    assert [hint.index for hint in shown] == list(range(len(exercise.hints))) + [len(exercise.hints) - 1] * 2
    assert shown[0].text == exercise.hints[0]
    assert workspace.store.hints_shown("gradient") == len(exercise.hints)
    assert workspace.hints_so_far("gradient") == list(exercise.hints)


def test_the_solution_is_shown_only_after_a_pass(workspace, course):
    with pytest.raises(WorkspaceError) as caught:
        workspace.solution("gradient")
    assert "gradiente hint gradient" in caught.value.message.en and "pista" in caught.value.message.es
    shutil.copyfile(course.exercise("gradient").solution_path, workspace.exercise_file("gradient"))
    assert workspace.check("gradient").passed
    assert "def gradient" in workspace.solution("gradient")


def test_reset_restores_the_stub_and_keeps_a_backup(workspace, course, learner_file):
    learner_file("gradient", "# attempt one\n")
    workspace.next_hint("gradient")
    workspace.check("gradient")
    backup = workspace.reset("gradient")
    assert backup.read_text() == "# attempt one\n"
    assert workspace.read_code("gradient") == course.exercise("gradient").stub_path.read_text()
    assert workspace.store.hints_shown("gradient") == 0
    assert workspace.store.exercise("gradient").attempts == 1  # history is never erased


def test_next_exercise_and_continue_follow_the_course_order(workspace, course):
    first_lesson = course.lessons[0]
    first, second = course.exercises[:2]
    assert workspace.next_exercise() == first
    assert workspace.continue_lesson() == first_lesson
    shutil.copyfile(first.solution_path, workspace.exercise_file(first.id))
    workspace.check(first.id)
    assert workspace.next_exercise() == second
    assert workspace.lesson_progress(first_lesson) == (1, len(first_lesson.exercises))


def test_saving_code_is_atomic_and_maps_back_to_the_exercise(workspace):
    path = workspace.save_code("gradient_descent", "def gradient_descent(grad, x0, lr, n_steps):\n    return []\n")
    assert workspace.exercise_for_file(path).id == "gradient_descent"
    assert not list(path.parent.glob(".*.tmp"))
