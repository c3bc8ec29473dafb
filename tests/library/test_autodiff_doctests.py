"""The runnable examples in the docstrings of calculus, autodiff and optim give what they say."""

import doctest
import importlib

import numpy as np
import pytest

MODULES = [
    "gradiente.calculus",
    "gradiente.calculus_symbolic",
    "gradiente.autodiff",
    "gradiente.autodiff.tensor",
    "gradiente.autodiff.graph",
    "gradiente.autodiff.primitives",
    "gradiente.autodiff.functional",
    "gradiente.autodiff.losses",
    "gradiente.autodiff.draw",
    "gradiente.optim",
    "gradiente.optim.optimizers",
    "gradiente.optim.descent",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name):
    from gradiente.autodiff import Tensor

    module = importlib.import_module(name)
    result = doctest.testmod(
        module, extraglobs={"np": np, "Tensor": Tensor}, optionflags=doctest.NORMALIZE_WHITESPACE, verbose=False
    )
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in {name} failed"
    if name not in ("gradiente.autodiff",):
        assert result.attempted > 0
