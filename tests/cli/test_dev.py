"""`gradiente dev`: the course author's commands, run as an author runs them (a real process), on a copy of the course."""

import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from gradiente.course.manifest import load_course

REPOSITORY = Path(__file__).resolve().parents[2]
COURSE = load_course()


def dev(
    course: Path | None, *arguments: str, lang: str = "en", workspace: Path | None = None, timeout: float = 120
) -> subprocess.CompletedProcess:
    env = dict(os.environ, COLUMNS="300", GRADIENTE_CHECK_TIMEOUT="10")
    env.pop("GRADIENTE_LANG", None)
    if workspace is not None:
        env["GRADIENTE_WORKSPACE"] = str(workspace)
    where = ["--course", str(course)] if course is not None else []
    return subprocess.run(
        [sys.executable, "-m", "gradiente", "--lang", lang, "dev", *arguments, *where],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


KEPT = "derivatives-gradient-descent"  # the one lesson the copy keeps: new lessons land after it, as 2.2


@pytest.fixture
def course(tmp_path, course_copier):
    """A copy of the course with one lesson, 2.1 (manifest, lessons with the template, exercises, solutions, checks)."""
    return course_copier(tmp_path / "course", KEPT)


def new_lesson(course: Path, lang: str = "en", lesson_id: str = "derivative-rules") -> subprocess.CompletedProcess:
    return dev(
        course,
        "new-lesson",
        lesson_id,
        "--module",
        "calculus",
        "--title-es",
        "Reglas de derivación",
        "--title-en",
        "Derivative rules",
        lang=lang,
    )


def new_exercise(
    course: Path, exercise_id: str, *extra: str, lang: str = "en", lesson: str = "derivative-rules"
) -> subprocess.CompletedProcess:
    return dev(
        course,
        "new-exercise",
        exercise_id,
        "--lesson",
        lesson,
        "--title-es",
        "Un ejercicio",
        "--title-en",
        "An exercise",
        *extra,
        lang=lang,
    )


def only_added(before: str, after: str) -> list[str]:
    """The lines ``after`` adds to ``before``, asserting that every line of ``before`` stays, in order."""
    import difflib

    diff = [line for line in difflib.ndiff(before.split("\n"), after.split("\n")) if line[:2] in ("- ", "+ ")]
    assert not [line for line in diff if line.startswith("- ")], "lines of course.toml were changed or lost"
    return [line[2:] for line in diff]


# --- the group ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_dev_commands_stay_out_of_the_learners_help(lang):
    help_text = subprocess.run(
        [sys.executable, "-m", "gradiente", "--lang", lang, "--help"], capture_output=True, text=True, timeout=60
    ).stdout
    assert "check" in help_text and not re.search(r"^\s+dev\s", help_text, re.M)
    group = dev(None, "--help", lang=lang).stdout
    assert {"es": "Para quienes escriben el curso", "en": "For those who write the course"}[lang] in group
    for command in ("new-lesson", "new-exercise", "check"):
        assert command in group


# --- new-lesson -----------------------------------------------------------------------------


def test_new_lesson_writes_the_lesson_from_the_template_and_its_manifest_entry(course):
    before = (course / "course.toml").read_text(encoding="utf-8")
    made = new_lesson(course)
    assert made.returncode == 0, made.stdout + made.stderr
    lesson_file = course / "lessons" / "2_2_derivative_rules.py"
    assert "written: lessons/2_2_derivative_rules.py" in made.stdout
    notebook = lesson_file.read_text(encoding="utf-8")
    assert 'kit.header("derivative-rules", lang)' in notebook and 'kit.resources("derivative-rules", lang)' in notebook
    assert 'app_title="Gradiente · 2.2"' in notebook and "__lesson_id__" not in notebook

    after = (course / "course.toml").read_text(encoding="utf-8")
    added = only_added(before, after)  # comments and layout kept: the entry is added as text
    assert 'id = "derivative-rules"' in added and 'file = "lessons/2_2_derivative_rules.py"' in added
    assert 'title = { es = "Reglas de derivación", en = "Derivative rules" }' in added
    assert after.index('id = "derivative-rules"') < after.index('id = "optimization"'), "after the module's last lesson"
    calculus = next(module for module in tomllib.loads(after)["module"] if module["id"] == "calculus")
    assert [lesson["id"] for lesson in calculus["lesson"]][-1] == "derivative-rules"
    assert "new-exercise ID --lesson derivative-rules" in made.stdout  # what to do next


@pytest.mark.parametrize(
    "lang, says",
    [
        ("es", "Ya hay un tema con el id «derivatives-gradient-descent»"),
        ("en", "A lesson already has the id 'derivatives-gradient-descent'"),
    ],
)
def test_new_lesson_refuses_an_id_that_exists(course, lang, says):
    before = (course / "course.toml").read_text(encoding="utf-8")
    refused = new_lesson(course, lang=lang, lesson_id="derivatives-gradient-descent")
    assert refused.returncode == 2 and says in refused.stdout + refused.stderr
    assert (course / "course.toml").read_text(encoding="utf-8") == before


@pytest.mark.parametrize(
    "lang, says",
    [("es", "lessons/2_2_derivative_rules.py ya existe"), ("en", "lessons/2_2_derivative_rules.py already exists")],
)
def test_new_lesson_refuses_a_file_that_exists(course, lang, says):
    (course / "lessons" / "2_2_derivative_rules.py").write_text("# mine\n", encoding="utf-8")
    before = (course / "course.toml").read_text(encoding="utf-8")
    refused = new_lesson(course, lang=lang)
    assert refused.returncode == 2 and says in refused.stdout
    assert (course / "lessons" / "2_2_derivative_rules.py").read_text(encoding="utf-8") == "# mine\n"
    assert (course / "course.toml").read_text(encoding="utf-8") == before


@pytest.mark.parametrize(
    "arguments, says",
    [
        (
            ("new-lesson", "rules", "--module", "algebra", "--title-es", "R", "--title-en", "R"),
            "There is no module 'algebra' in course.toml. The modules are: start, linear-algebra, calculus",
        ),
        (
            ("new-lesson", "Derivative_Rules", "--module", "calculus", "--title-es", "R", "--title-en", "R"),
            "will not do as a lesson id",
        ),
        (
            ("new-exercise", "power_rule", "--lesson", "no-such-lesson", "--title-es", "R", "--title-en", "R"),
            "There is no lesson 'no-such-lesson'",
        ),
        (
            (
                "new-exercise",
                "power-rule",
                "--lesson",
                "derivatives-gradient-descent",
                "--title-es",
                "R",
                "--title-en",
                "R",
            ),
            "it is the function's name too",
        ),
        (
            (
                "new-exercise",
                "power_rule",
                "--lesson",
                "derivatives-gradient-descent",
                "--title-es",
                "R",
                "--title-en",
                "R",
                "--params",
                "x,,",
            ),
            "are not valid Python parameters",
        ),
    ],
)
def test_requests_that_cannot_be_done_are_refused_with_the_reason(course, arguments, says):
    refused = dev(course, *arguments)
    assert refused.returncode == 2 and says in refused.stdout, refused.stdout + refused.stderr


# --- new-exercise ---------------------------------------------------------------------------


def test_new_exercise_writes_stub_reference_checks_cells_and_manifest_entry(course, tmp_path):
    assert new_lesson(course).returncode == 0
    before = (course / "course.toml").read_text(encoding="utf-8")
    made = new_exercise(course, "power_rule", "--path", "calculus/power_rule.py", "--params", "n, x")
    assert made.returncode == 0, made.stdout + made.stderr
    second = new_exercise(course, "chain_rule")  # the path defaults to <module>/<id>.py
    assert second.returncode == 0, second.stdout + second.stderr

    stub = (course / "exercises" / "calculus" / "power_rule.py").read_text(encoding="utf-8")
    assert "def power_rule(n, x):" in stub and "TODO" in stub and "raise NotImplementedError" in stub
    assert "checks" not in stub and "solutions" not in stub, "checks stay out of the stub"
    assert "gradiente check power_rule" in stub
    reference = (course / "solutions" / "calculus" / "power_rule.py").read_text(encoding="utf-8")
    assert "def power_rule(n, x):" in reference
    checks = (course / "checks" / "calculus" / "chain_rule.py").read_text(encoding="utf-8")
    assert checks.count("placeholder(T(") == 3

    added = only_added(before, (course / "course.toml").read_text(encoding="utf-8"))
    assert added.count("[[module.lesson.exercise]]") == 2 and added.count("[[module.lesson.exercise.hints]]") == 6
    loaded = load_course(course)
    lesson = loaded.lesson("derivative-rules")
    assert [exercise.id for exercise in lesson.exercises] == ["power_rule", "chain_rule"]
    assert lesson.number == "2.2" and loaded.exercise("chain_rule").path == "calculus/chain_rule.py"
    from gradiente.course.lint import stub_docstring

    assert stub.startswith(f'"""{stub_docstring(loaded.exercise("power_rule"))}"""'), (
        "the stub's docstring is the prompt"
    )

    notebook = lesson.file.read_text(encoding="utf-8")
    for exercise_id in ("power_rule", "chain_rule"):
        assert f'ex_{exercise_id} = kit.exercise("{exercise_id}", lang)' in notebook
        assert f"kit.feedback(ex_{exercise_id})" in notebook and f"kit.hints(ex_{exercise_id})" in notebook
    assert (
        notebook.index('kit.exercise("power_rule"')
        < notebook.index('kit.exercise("chain_rule"')
        < notebook.index("## 2. Autoevaluación")
    ), "each exercise goes in above the self-check, in order"

    for lang in ("es", "en"):  # the new lesson runs headless, in both languages
        env = dict(
            os.environ,
            GRADIENTE_COURSE=str(course),
            GRADIENTE_WORKSPACE=str(tmp_path / "workspace"),
            GRADIENTE_LANG=lang,
            MPLBACKEND="Agg",
        )
        ran = subprocess.run(
            [sys.executable, str(lesson.file)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=180
        )
        assert ran.returncode == 0, ran.stderr[-3000:]


def test_a_new_exercise_fails_until_its_cases_are_written(course, tmp_path):
    assert new_lesson(course).returncode == 0
    assert new_exercise(course, "power_rule").returncode == 0
    assert new_exercise(course, "chain_rule").returncode == 0
    workspace = tmp_path / "workspace"
    env = dict(os.environ, GRADIENTE_COURSE=str(course), GRADIENTE_WORKSPACE=str(workspace))
    for learner in ("exercises", "solutions"):  # neither the stub nor the reference passes a check not written
        if learner == "solutions":
            shutil.copyfile(
                course / "solutions" / "calculus" / "power_rule.py",
                workspace / "exercises" / "calculus" / "power_rule.py",
            )
        checked = subprocess.run(
            [sys.executable, "-m", "gradiente", "--lang", "en", "check", "power_rule"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert checked.returncode == 1 and "cases are not written yet" in checked.stdout, checked.stdout


@pytest.mark.parametrize(
    "lang, says",
    [("es", "Ya hay un ejercicio con el id «gradient»"), ("en", "An exercise already has the id 'gradient'")],
)
def test_new_exercise_refuses_an_id_that_exists(course, lang, says):
    refused = new_exercise(course, "gradient", lang=lang, lesson="derivatives-gradient-descent")
    assert refused.returncode == 2 and says in refused.stdout


@pytest.mark.parametrize(
    "lang, says",
    [("es", "exercises/calculus/gradient.py ya existe"), ("en", "exercises/calculus/gradient.py already exists")],
)
def test_new_exercise_refuses_a_path_that_is_taken(course, lang, says):
    before = {path: path.read_bytes() for path in course.rglob("*") if path.is_file()}
    refused = new_exercise(
        course, "gradient_again", "--path", "calculus/gradient.py", lang=lang, lesson="derivatives-gradient-descent"
    )
    assert refused.returncode == 2 and says in refused.stdout
    assert {path: path.read_bytes() for path in course.rglob("*") if path.is_file()} == before, "nothing was written"


# --- dev check ------------------------------------------------------------------------------


def test_dev_check_runs_the_course_tests_that_exist_listed_in_one_constant(monkeypatch):
    from typer.testing import CliRunner

    from gradiente import cli

    ran = []

    class Completed:
        returncode = 0

    monkeypatch.setattr(subprocess, "run", lambda command, cwd: ran.append((command, cwd)) or Completed())
    result = CliRunner().invoke(cli.app, ["--lang", "en", "dev", "check", "--course", str(REPOSITORY)])
    assert result.exit_code == 0, result.output
    ((command, cwd),) = ran
    assert command[1:4] == ["-m", "pytest", "-q"] and Path(cwd) == REPOSITORY
    assert command[4:] == [test for test in cli.DEV_CHECK_TESTS if (REPOSITORY / test).is_file()]
    assert "tests/course/test_contract.py" in command


@pytest.mark.parametrize(
    "lang, says", [("es", "No encuentro las pruebas del curso"), ("en", "I cannot find the course's tests")]
)
def test_dev_check_refuses_a_folder_without_the_course_tests(course, lang, says):
    refused = dev(course, "check", lang=lang)
    assert refused.returncode == 2 and says in refused.stdout


@pytest.mark.slow
def test_dev_check_of_one_lesson_passes_within_a_minute():
    # The whole course's check is the suite's own tests/course/ (minutes at 38 lessons): an author checks a lesson.
    started = time.perf_counter()
    checked = dev(REPOSITORY, "check", KEPT, timeout=300)
    assert checked.returncode == 0, checked.stdout[-3000:]
    assert " passed" in checked.stdout and " deselected" in checked.stdout
    assert time.perf_counter() - started < 60


@pytest.mark.parametrize(
    "lang, says", [("es", "¿Querías decir 'derivatives-gradient-descent'?"), ("en", "Did you mean")]
)
def test_dev_check_of_an_unknown_lesson_suggests_the_closest(lang, says):
    refused = dev(REPOSITORY, "check", "derivatives-gradient-decent", lang=lang)
    assert refused.returncode == 2 and says in refused.stdout
