"""The `gradiente` command, run as a learner runs it (a real process), in both languages."""

import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from gradiente.course.manifest import load_course

COURSE = load_course()


def run(
    workspace: Path, *arguments: str, lang: str = "es", timeout: float = 60, env_extra: dict | None = None
) -> subprocess.CompletedProcess:
    env = dict(os.environ, GRADIENTE_WORKSPACE=str(workspace), COLUMNS="300", GRADIENTE_CHECK_TIMEOUT="5")
    env.update(env_extra or {})
    env.pop("GRADIENTE_LANG", None)
    return subprocess.run(
        [sys.executable, "-m", "gradiente", "--lang", lang, *arguments],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def solve(workspace: Path, exercise_id: str) -> None:
    exercise = COURSE.exercise(exercise_id)
    shutil.copyfile(exercise.solution_path, workspace / "exercises" / exercise.path)


@pytest.fixture(autouse=True)
def course_of_lesson_2_1(one_lesson_course, monkeypatch):
    # These tests speak of 2.1's three exercises and their order: run them on a course of 2.1 alone.
    monkeypatch.setenv("GRADIENTE_COURSE", str(one_lesson_course))


@pytest.fixture
def workspace(tmp_path):
    root = tmp_path / "curso"
    result = run(root, "init", str(root))
    assert result.returncode == 0, result.stderr
    return root


SAYS = {
    # command -> (Spanish phrase, English phrase)
    "map": ("mapa del curso", "course map"),
    "list": ("ejercicio", "exercise"),
    "progress": ("Progreso: 0 de 3 ejercicios aprobados", "Progress: 0 of 3 exercises passed"),
}


@pytest.mark.parametrize("lang", ["es", "en"])
def test_init_creates_a_workspace(tmp_path, lang):
    root = tmp_path / "nuevo"
    result = run(root, "init", str(root), lang=lang)
    assert result.returncode == 0
    assert (root / ".gradiente" / "progress.db").is_file()
    assert (root / "exercises" / "calculus" / "gradient.py").is_file()
    assert {"es": "Carpeta de trabajo lista", "en": "Workspace ready"}[lang] in result.stdout


@pytest.mark.parametrize("lang", ["es", "en"])
def test_no_arguments_shows_the_map_with_progress_and_the_next_step(workspace, lang):
    result = run(workspace, lang=lang)
    assert result.returncode == 0
    out = result.stdout
    assert {"es": "Gradiente — mapa del curso", "en": "Gradiente — course map"}[lang] in out
    assert {"es": "Derivadas y descenso de gradiente", "en": "Derivatives and gradient descent"}[lang] in out
    assert {"es": "(próximamente)", "en": "(coming soon)"}[lang] in out
    assert "0/3" in out
    assert "gradiente check numerical_derivative" in out


@pytest.mark.parametrize("lang", ["es", "en"])
def test_list_and_progress(workspace, lang, one_lesson_course):
    listing = run(workspace, "list", lang=lang)
    assert listing.returncode == 0
    for exercise in load_course(one_lesson_course).exercises:
        assert exercise.id in listing.stdout
    progress = run(workspace, "progress", lang=lang)
    assert SAYS["progress"][lang == "en"] in progress.stdout


@pytest.mark.parametrize("lang", ["es", "en"])
def test_check_a_stub_then_a_solution(workspace, lang):
    failing = run(workspace, "check", "gradient", lang=lang)
    assert failing.returncode == 1
    assert {"es": "aún tiene el TODO", "en": "still has its TODO"}[lang] in failing.stdout
    solve(workspace, "gradient")
    passing = run(workspace, "check", "gradient", lang=lang)
    assert passing.returncode == 0, passing.stdout
    assert {"es": "¡Correcto!", "en": "Correct!"}[lang] in passing.stdout
    assert {"es": "Siguiente: numerical_derivative", "en": "Next: numerical_derivative"}[lang] in passing.stdout


@pytest.mark.parametrize("lang", ["es", "en"])
def test_check_shows_the_first_failure_with_expected_and_got(workspace, lang):
    (workspace / "exercises" / "calculus" / "numerical_derivative.py").write_text(
        "def numerical_derivative(f, x, h=1e-5):\n    return (f(x + h) - f(x)) / h\n"
    )
    result = run(workspace, "check", "numerical_derivative", lang=lang)
    assert result.returncode == 1
    out = result.stdout
    assert {"es": "diferencia hacia adelante", "en": "forward difference"}[lang] in out
    assert {"es": "Comprobación 1", "en": "Check 1"}[lang] in out
    assert {"es": "esperado:", "en": "expected:"}[lang] in out
    assert {"es": "obtenido:", "en": "got:"}[lang] in out
    assert "gradiente hint numerical_derivative" in out


@pytest.mark.parametrize("lang", ["es", "en"])
def test_check_without_an_exercise_stops_at_the_first_failure(workspace, lang):
    solve(workspace, "numerical_derivative")
    result = run(workspace, "check", lang=lang)
    assert result.returncode == 1
    assert "numerical_derivative" in result.stdout and "gradient —" in result.stdout
    assert "gradient_descent —" not in result.stdout
    for exercise_id in ("gradient", "gradient_descent"):
        solve(workspace, exercise_id)
    assert run(workspace, "check", lang=lang).returncode == 0


@pytest.mark.parametrize("lang", ["es", "en"])
def test_hints_come_one_at_a_time(workspace, lang):
    exercise = COURSE.exercise("gradient_descent")
    first = run(workspace, "hint", "gradient_descent", lang=lang)
    assert first.returncode == 0
    assert {"es": "Pista 1 de 3", "en": "Hint 1 of 3"}[lang] in first.stdout
    assert exercise.hints[0].get(lang)[:40] in " ".join(first.stdout.split())
    second = run(workspace, "hint", "gradient_descent", lang=lang)
    assert {"es": "Pista 2 de 3", "en": "Hint 2 of 3"}[lang] in second.stdout


@pytest.mark.parametrize("lang", ["es", "en"])
def test_solution_only_after_a_pass(workspace, lang):
    refused = run(workspace, "solution", "gradient", lang=lang)
    assert refused.returncode == 1
    assert {"es": "después de que lo apruebes", "en": "after you pass it"}[lang] in " ".join(refused.stdout.split())
    solve(workspace, "gradient")
    run(workspace, "check", "gradient", lang=lang)
    shown = run(workspace, "solution", "gradient", lang=lang)
    assert shown.returncode == 0 and "def gradient(f, x, h=1e-5):" in shown.stdout


@pytest.mark.parametrize("lang", ["es", "en"])
def test_reset_restores_the_stub_and_keeps_a_backup(workspace, lang):
    target = workspace / "exercises" / "calculus" / "gradient.py"
    target.write_text("# my attempt\n")
    result = run(workspace, "reset", "gradient", lang=lang)
    assert result.returncode == 0
    assert "TODO" in target.read_text()
    backups = list((workspace / ".gradiente" / "backups").glob("gradient.*.py"))
    assert [backup.read_text() for backup in backups] == ["# my attempt\n"]
    assert {"es": "Tu versión anterior está guardada", "en": "Your previous version is kept"}[lang] in " ".join(
        result.stdout.split()
    )


@pytest.mark.parametrize("lang", ["es", "en"])
def test_an_unknown_exercise_suggests_the_close_one(workspace, lang):
    result = run(workspace, "check", "gradiant", lang=lang)
    assert result.returncode == 2
    assert {"es": "¿Quisiste decir «gradient»?", "en": "Did you mean 'gradient'?"}[lang] in result.stdout


@pytest.mark.parametrize("lang", ["es", "en"])
def test_help_is_in_the_chosen_language(lang):
    result = subprocess.run(
        [sys.executable, "-m", "gradiente", "--lang", lang, "--help"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert {"es": "Comprueba un ejercicio", "en": "Check one exercise"}[lang] in result.stdout


CLICKS_OWN_WORDS = ("Usage:", "Options:", "Commands:", "Arguments:", "Show this message", "[default:", "required]", "<str>", "<int>", "<path>", "[OPTIONS]", "COMMAND")  # fmt: skip


def test_help_pages_say_clicks_own_words_in_spanish_too():
    from typer.main import get_command

    from gradiente.cli import app

    def learners_commands(group, prefix=""):  # every command and group the learner sees, a group's own too
        for name, command in group.commands.items():
            if not command.hidden:
                yield prefix + name
                yield from learners_commands(command, f"{prefix}{name} ") if hasattr(command, "commands") else ()

    commands = list(learners_commands(get_command(app)))
    pages = {}
    for lang in ("es", "en"):
        for command in ["", *commands]:
            argv = [sys.executable, "-m", "gradiente", "--lang", lang, *command.split(), "--help"]
            result = subprocess.run(argv, capture_output=True, text=True, timeout=60)
            assert result.returncode == 0, result.stderr
            pages[lang, command] = result.stdout
    english = "\n".join(page for (lang, _), page in pages.items() if lang == "en")
    assert all(word in english for word in CLICKS_OWN_WORDS), [w for w in CLICKS_OWN_WORDS if w not in english]
    for command in ["", *commands]:
        spanish = pages["es", command]
        assert spanish.startswith("Uso: ") and "Opciones:" in spanish and "Muestra esta ayuda y termina." in spanish
        assert not [word for word in CLICKS_OWN_WORDS if word in spanish], (command, spanish)


def test_language_comes_from_the_environment_then_the_locale_then_spanish(workspace):
    base = dict(os.environ, GRADIENTE_WORKSPACE=str(workspace), COLUMNS="200")
    for variable in ("GRADIENTE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        base.pop(variable, None)
    command = [sys.executable, "-m", "gradiente", "progress"]
    english = subprocess.run(command, env=dict(base, GRADIENTE_LANG="en"), capture_output=True, text=True)
    assert "Progress:" in english.stdout
    locale_french_falls_back = subprocess.run(
        command, env=dict(base, LANG="fr_FR.UTF-8"), capture_output=True, text=True
    )
    assert "Progreso:" in locale_french_falls_back.stdout
    locale_english = subprocess.run(command, env=dict(base, LANG="en_GB.UTF-8"), capture_output=True, text=True)
    assert "Progress:" in locale_english.stdout
    default = subprocess.run(command, env=base, capture_output=True, text=True)
    assert "Progreso:" in default.stdout
    unknown = subprocess.run(
        [sys.executable, "-m", "gradiente", "--lang", "fr", "progress"], env=base, capture_output=True, text=True
    )
    assert unknown.returncode == 2 and "use 'es'" in unknown.stderr


def test_start_refuses_a_weak_token_off_loopback(workspace):
    # Off loopback the hub makes a strong token when none is given (tests/hub); a weak one is refused.
    for lang, phrase in (
        ("es", "No abro el hub en 0.0.0.0 con una clave de 5 caracteres"),
        ("en", "I won't open the hub on 0.0.0.0 with a 5-character token"),
    ):
        result = run(
            workspace, "start", "--host", "0.0.0.0", "--no-browser", lang=lang, env_extra={"GRADIENTE_TOKEN": "short"}
        )
        assert result.returncode == 2
        assert phrase in result.stdout


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("poll", [False, True], ids=["native", "polling"])
def test_watch_rechecks_on_every_save(workspace, lang, poll, tmp_path):
    temp = tmp_path / "tmp"  # its own temp folder: stopped, the watcher must leave nothing there
    temp.mkdir()
    env = dict(os.environ, GRADIENTE_WORKSPACE=str(workspace), COLUMNS="200", PYTHONUNBUFFERED="1", TMPDIR=str(temp))
    command = [sys.executable, "-m", "gradiente", "--lang", lang, "watch"] + (["--poll"] if poll else [])
    watcher = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in watcher.stdout], daemon=True).start()
    seen = []

    def wait_for(phrase: str, limit: float, on_tick=None) -> None:
        deadline = time.time() + limit
        while time.time() < deadline:
            try:
                line = lines.get(timeout=1.0)
            except queue.Empty:
                if on_tick:
                    on_tick()
                continue
            seen.append(line)
            if phrase in line:
                return
        raise AssertionError(f"never saw {phrase!r} within {limit} s in:\n{''.join(seen)}")

    try:
        wait_for({"es": "Vigilando", "en": "Watching"}[lang], 40)
        wait_for("numerical_derivative —", 40)  # the first pending exercise is checked at once
        target = workspace / "exercises" / "calculus" / "numerical_derivative.py"
        solution = COURSE.exercise("numerical_derivative").solution_path.read_text()

        def save() -> None:
            # Saved again each quiet second: the watcher may still be taking its first look at the folder.
            target.write_text(solution)

        save()
        wait_for({"es": "¡Correcto!", "en": "Correct!"}[lang], 60, on_tick=save)
        time.sleep(1.0)  # the next check's sandbox is made ahead, and has its scratch folder
    finally:
        watcher.terminate()
        watcher.wait(timeout=10)
    assert not any(temp.iterdir()), f"the watcher left {sorted(temp.iterdir())} behind"


@pytest.mark.parametrize("lang", ["es", "en"])
def test_usage_errors_are_explained_in_the_chosen_language(workspace, lang):
    missing = run(workspace, "hint", lang=lang)
    assert missing.returncode == 2
    assert {"es": "A `gradiente hint` le falta EJERCICIO", "en": "`gradiente hint` needs EXERCISE"}[
        lang
    ] in missing.stderr
    unknown_option = run(workspace, "check", "--frobnicate", lang=lang)
    assert unknown_option.returncode == 2
    assert {"es": "La opción --frobnicate no existe", "en": "There is no option --frobnicate"}[
        lang
    ] in unknown_option.stderr
    unknown_command = run(workspace, "chek", lang=lang)
    assert unknown_command.returncode == 2
    assert {"es": "No entendí el comando", "en": "I did not understand the command"}[lang] in unknown_command.stderr
    assert "gradiente --help" in unknown_command.stderr
