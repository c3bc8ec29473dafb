"""gradiente.check from a plain Python process and from a real Jupyter kernel.

The function's source travels to the same isolated grader as the CLI's: a right function
passes, a typical mistake gets its diagnosis, a hostile function gets a verdict and the
process (or the kernel) that asked lives on. Run on a course of one lesson (2.1).
"""

import json
import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from gradiente.course.anywhere import SourceError, module_source

H = 1e-5
SCALE = (0.5, 2)


def _half(x):
    return 0.5 * x


def central(f, x, h=None):
    h = H if h is None else h
    return _half((f(x + h) - f(x - h)) / h) * SCALE[0] * SCALE[1]


def uses_numpy(v):
    return np.sqrt(np.sum(np.asarray(v) ** 2))


TABLE = np.arange(3.0)


def uses_an_array(x):
    return TABLE @ x


def test_the_source_carries_the_imports_helpers_and_constants_the_function_reads(tmp_path):
    source = module_source(central, "numerical_derivative")
    assert "def _half(x):" in source and "def central(f, x, h=None):" in source
    assert "H = 1e-05" in source and "SCALE = (0.5, 2, )" in source
    assert source.rstrip().endswith("numerical_derivative = central")
    assert "import numpy" not in source  # central reads no numpy: nothing it does not use comes along
    namespace = {}
    exec(compile(source, "learner.py", "exec"), namespace)  # a module that runs alone, in a clean namespace
    assert namespace["numerical_derivative"](lambda x: x**2, 3.0) == pytest.approx(6.0)


def test_a_module_is_imported_under_the_name_the_function_uses():
    source = module_source(uses_numpy, "norm")
    assert "import numpy as np" in source
    namespace = {}
    exec(source, namespace)
    assert namespace["norm"]([3.0, 4.0]) == 5.0


def test_what_cannot_travel_to_the_grader_is_refused_with_a_way_out():
    with pytest.raises(SourceError) as refused:
        module_source(uses_an_array, "dot")
    assert "TABLE" in refused.value.message.get("en") and "argument" in refused.value.message.get("en")
    assert "argumento" in refused.value.message.get("es")
    with pytest.raises(SourceError, match="Lambdas"):
        module_source(lambda x: x, "f")
    with pytest.raises(SourceError, match="without calling it"):
        module_source(central(lambda x: x, 1.0), "numerical_derivative")


# --- in a process of its own: the REPL or script a learner runs -----------------------------

LEARNER_MODULE = """
import os

H = 1e-5


def numerical_derivative(f, x, h=None):
    h = H if h is None else h
    return (f(x + h) - f(x - h)) / (2 * h)


def forward(f, x, h=None):
    h = H if h is None else h
    return (f(x + h) - f(x)) / h


def kills_its_parent(f, x, h=None):
    os.kill(os.getppid(), 9)
    return 0.0
"""

DRIVER = """
import json, os, gradiente
from learner import numerical_derivative, forward, kills_its_parent

right = gradiente.check(numerical_derivative, lang="en")
wrong = gradiente.check("numerical_derivative", forward, lang="es")
hostile = gradiente.check("numerical_derivative", kills_its_parent, lang="en")
print(json.dumps({
    "right": [right.result.status, repr(right), right._repr_html_()],
    "wrong": [wrong.result.status, repr(wrong)],
    "hostile": [hostile.result.status, repr(hostile)],
    "solution": str(gradiente.solution("numerical_derivative", lang="en")),
    "hint": str(gradiente.hint("gradient", lang="es")),
    "no_solution": str(gradiente.solution("gradient", lang="en")),
    "unknown": str(gradiente.check("numerical_derivativ", forward, lang="en")),
}))
"""


@pytest.fixture
def learner_env(tmp_path, one_lesson_course):
    (tmp_path / "learner.py").write_text(LEARNER_MODULE, encoding="utf-8")
    env = {
        **os.environ,
        "GRADIENTE_COURSE": str(one_lesson_course),
        "GRADIENTE_WORKSPACE": str(tmp_path / "space"),
        "GRADIENTE_CHECK_TIMEOUT": "5",
        "PYTHONPATH": str(tmp_path),
    }
    return tmp_path, env


def test_check_from_a_plain_python_process(learner_env):
    folder, env = learner_env
    run = subprocess.run(
        [sys.executable, "-c", DRIVER], cwd=folder, env=env, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr  # the process that asked is alive to print its report
    report = json.loads(run.stdout.strip().splitlines()[-1])
    status, text, page = report["right"]
    assert status == "pass" and text.startswith("✔ numerical_derivative")
    assert 'data-status="pass"' in page and "reference solution" in page
    status, text = report["wrong"]
    assert status == "fail" and "hacia adelante" in text and "esperado:" in text
    assert report["hostile"][0] in ("fail", "error")
    assert "def numerical_derivative" in report["solution"]
    assert report["hint"].startswith("Pista 1 de")
    assert "after you pass" in report["no_solution"]
    assert "Did you mean: numerical_derivative" in report["unknown"]
    # Every attempt was recorded in the learner's workspace, as the CLI records its own.
    from gradiente.course.progress import ProgressStore

    store = ProgressStore(folder / "space" / ".gradiente" / "progress.db")
    assert store.exercise("numerical_derivative").attempts == 3
    assert store.exercise("numerical_derivative").passed


# --- in a real Jupyter kernel ----------------------------------------------------------------

NOTEBOOK_CELLS = [
    "import gradiente",
    """
    def numerical_derivative(f, x, h=None):
        h = 1e-5 if h is None else h
        return (f(x + h) - f(x)) / h

    gradiente.check(numerical_derivative, lang="en")
    """,
    """
    import os

    def numerical_derivative(f, x, h=None):
        os.kill(os.getppid(), 9)

    gradiente.check(numerical_derivative, lang="en")
    """,
    """
    def numerical_derivative(f, x, h=None):
        while True:
            pass

    gradiente.check(numerical_derivative, lang="en")
    """,
    """
    def numerical_derivative(f, x, h=None):
        h = 1e-5 if h is None else h
        return (f(x + h) - f(x - h)) / (2 * h)

    gradiente.check(numerical_derivative, lang="es")
    """,
    "print('the kernel lives')",
]


@pytest.mark.timeout(240)
def test_check_in_a_jupyter_kernel(learner_env):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    folder, env = learner_env
    notebook = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell(textwrap.dedent(cell).strip()) for cell in NOTEBOOK_CELLS]
    )
    saved = dict(os.environ)
    os.environ.update(env)  # the kernel inherits the workspace, the course and the time limit
    try:
        nbclient.NotebookClient(
            notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(folder)}}
        ).execute()
    finally:
        os.environ.clear()
        os.environ.update(saved)

    def html_of(index):
        (output,) = [out for out in notebook.cells[index].outputs if out.output_type == "execute_result"]
        return output["data"]["text/html"]

    assert 'data-status="fail"' in html_of(1) and "forward difference" in html_of(1)
    assert 'data-status="pass"' not in html_of(2)  # the hostile function: a verdict, and the kernel lives
    assert 'data-status="error"' in html_of(3) and "5 s" in html_of(3)
    assert 'data-status="pass"' in html_of(4) and "¡Aprobado!" in html_of(4)
    assert notebook.cells[5].outputs[0]["text"].strip() == "the kernel lives"
