"""The README's two commands are the whole set-up, and CI runs the very same test command."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEST_COMMAND = 'python -m pip install -e ".[test]" && python -m pytest'
START_COMMAND = "python -m pip install -e . && python -m gradiente start"


def test_the_readme_gives_the_start_and_test_commands_in_both_languages():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme.count(TEST_COMMAND) == 2 and readme.count(START_COMMAND) == 2


def test_ci_runs_the_readmes_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.strip().splitlines()[-1] == TEST_COMMAND
    assert "apt-get install" in ci and "chromium" in ci
    assert "torch==2.13.0" in ci


def test_the_package_ships_the_course():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for folder in ("course.toml", "lessons", "exercises", "solutions", "checks"):
        assert f'"{folder}" = "gradiente/_course/{folder}"' in pyproject
