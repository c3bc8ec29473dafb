"""sigmoid_layer_jacobian's reference solution against finite differences and PyTorch's autograd (when installed)."""

import importlib.util

import numpy as np
import pytest

from gradiente.course.manifest import load_course

EXERCISE = load_course().exercise("sigmoid_layer_jacobian")


def _load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SOLUTION = _load(EXERCISE.solution_path, "solution_sigmoid_layer_jacobian").sigmoid_layer_jacobian
CHECKS = _load(EXERCISE.check_path, "checks_sigmoid_layer_jacobian")


@pytest.mark.parametrize("index", range(5))
def test_the_solution_matches_central_differences_on_every_case(index):
    A, b, x = (np.asarray(a, dtype=float) for a in CHECKS.cases()[index].args)

    def layer(v):
        return 1 / (1 + np.exp(-(A @ v + b)))

    h = 1e-6
    numeric = np.column_stack([(layer(x + h * e) - layer(x - h * e)) / (2 * h) for e in np.eye(len(x))])
    np.testing.assert_allclose(SOLUTION(A, b, x), numeric, atol=1e-9)


def test_the_solution_matches_torch_autograd():
    torch = pytest.importorskip("torch")
    A, b, X = CHECKS.iris_layer()
    x = torch.tensor(X[60], dtype=torch.float64)
    jacobian = torch.autograd.functional.jacobian(
        lambda v: torch.sigmoid(torch.tensor(A) @ v + torch.tensor(b)), x
    ).numpy()
    np.testing.assert_allclose(SOLUTION(A, b, X[60]), jacobian, rtol=1e-12, atol=1e-15)
