"""Every example in a docstring of the package runs and prints what it says.

The modules are found by walking the ``gradiente`` package (``pkgutil.walk_packages``) and
the examples by ``doctest.DocTestFinder``, so a new module's examples run without being
listed anywhere. As in NumPy's own docs, ``np`` is there without an import.
"""

import doctest
import importlib
import io
import pkgutil

import numpy as np
import pytest

import gradiente

# Importing gradiente.__main__ runs the CLI; it has no examples.
SKIP = ("gradiente.__main__",)

MODULES = sorted(
    module_info.name
    for module_info in pkgutil.walk_packages(gradiente.__path__, "gradiente.")
    if not module_info.name.startswith(SKIP)
)

OPTIONS = doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS


def run_examples(name):
    """Run the examples of module ``name``; return (attempted, failed, report)."""
    module = importlib.import_module(name)
    report = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=OPTIONS)
    for test in doctest.DocTestFinder().find(module, name, extraglobs={"np": np}):
        with np.printoptions():  # an example that changes the print options changes only its own
            runner.run(test, out=report.write)
    result = runner.summarize(verbose=False)
    return result.attempted, result.failed, report.getvalue()


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name):
    attempted, failed, report = run_examples(name)
    assert failed == 0, f"{failed} of {attempted} examples in {name} failed:\n{report}"


def test_the_walk_reaches_the_whole_library():
    expected = {
        "gradiente.linalg.norms",
        "gradiente.stats.special",
        "gradiente.models.mlp",
        "gradiente.autodiff.tensor",
        "gradiente.optim",
        "gradiente._validation",
        "gradiente.base",
        "gradiente.softmax",
    }
    missing = {name for name in expected if not any(m == name or m.startswith(name + ".") for m in MODULES)}
    assert not missing
    examples = {
        name: sum(len(test.examples) for test in doctest.DocTestFinder().find(importlib.import_module(name)))
        for name in MODULES
        if name.startswith(("gradiente.linalg", "gradiente.stats"))
    }
    assert sum(examples.values()) >= 130, examples  # the examples of linalg and stats are found
