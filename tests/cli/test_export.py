"""`gradiente export LESSON --to ipynb`: a lesson as a Jupyter notebook, executed end to end in a real kernel.

The export runs the lesson once in the asked language and writes its text, its figures (at the
controls' starting values), the code it shows and its self-check; its exercise cells hold the
learner's code and call gradiente.check. Executed by nbclient in a real kernel, each exercise cell
gives a verdict, and a solved one passes. Run on a course of one lesson (2.1).
"""

import os
import shutil
import subprocess
import sys
import time

import pytest

from gradiente.course.manifest import load_course

LESSON = "derivatives-gradient-descent"


def run(workspace, *arguments, lang="es"):
    env = dict(os.environ, GRADIENTE_WORKSPACE=str(workspace), GRADIENTE_CHECK_TIMEOUT="5")
    env.pop("GRADIENTE_LANG", None)
    return subprocess.run(
        [sys.executable, "-m", "gradiente", "--lang", lang, *arguments],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


@pytest.fixture(autouse=True)
def course_of_lesson_2_1(one_lesson_course, monkeypatch):
    monkeypatch.setenv("GRADIENTE_COURSE", str(one_lesson_course))


@pytest.mark.timeout(400)
@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_lesson_exports_to_a_notebook_that_runs_in_jupyter(tmp_path, lang, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    workspace = tmp_path / "space"
    assert run(workspace, "init", str(workspace)).returncode == 0
    first = load_course().lesson(LESSON).exercises[0]
    shutil.copyfile(first.solution_path, workspace / "exercises" / first.path)  # one exercise solved

    started = time.perf_counter()
    exported = run(workspace, "export", LESSON, "--to", "ipynb", "-o", str(tmp_path / "out.ipynb"), lang=lang)
    seconds = time.perf_counter() - started
    assert exported.returncode == 0, exported.stderr
    assert ("Escribí" if lang == "es" else "Wrote") in exported.stdout
    print(f"export of {LESSON} ({lang}): {seconds:.1f} s")

    notebook = nbformat.read(tmp_path / "out.ipynb", as_version=4)
    nbformat.validate(notebook)
    text = "\n".join(cell.source for cell in notebook.cells if cell.cell_type == "markdown")
    assert "2.1 · " + ("Derivadas" if lang == "es" else "Derivatives") in text
    assert "<details>" in text  # the self-check, its answers folded
    assert any(cell.get("attachments") for cell in notebook.cells), "the figures travel as PNG attachments"

    monkeypatch.setenv("GRADIENTE_WORKSPACE", str(workspace))
    nbclient.NotebookClient(notebook, timeout=120, kernel_name="python3").execute()
    verdicts = [
        output["data"]["text/html"]
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.outputs
        if output.output_type == "execute_result"
    ]
    exercises = load_course().lesson(LESSON).exercises
    assert len(verdicts) == len(exercises)
    assert f'data-exercise="{first.id}" data-status="pass"' in verdicts[0]
    assert all('data-status="fail"' in verdict for verdict in verdicts[1:])  # the stubs: not yet
    assert dict(notebook.metadata["gradiente"]) == {"lesson": LESSON, "lang": lang}


def test_an_unknown_lesson_or_format_is_refused_with_a_suggestion(tmp_path):
    workspace = tmp_path / "space"
    run(workspace, "init", str(workspace))
    wrong = run(workspace, "export", "derivatives-gradient-decent", lang="en")
    assert wrong.returncode == 2 and f"Did you mean '{LESSON}'" in wrong.stdout
    wrong = run(workspace, "export", LESSON, "--to", "pdf", lang="es")
    assert wrong.returncode == 2 and "ipynb" in wrong.stdout
