"""Lesson 6.5's reference solution against gradiente.autodiff and PyTorch, on the digits network its check uses."""

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from gradiente import autodiff

ROOT = Path(__file__).resolve().parents[2]


def _load(kind, name):
    spec = importlib.util.spec_from_file_location(f"{kind}_{name}", ROOT / kind / "seven_days" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def digits():
    check = _load("checks", "vjp_chain")
    net, X, y = check.digits_network()
    return check, net, X, y


def test_vjp_chain_is_the_gradient_autodiff_computes(digits):
    vjp_chain = _load("solutions", "vjp_chain").vjp_chain
    check, net, X, y = digits
    (W1, W2), (b1, b2) = net.coefs_, net.intercepts_
    for index in (1500, 1522, 1796):
        jacobians, upstream = check.digits_chain(net, X[index], y[index])

        def loss(x, label=y[index]):
            return autodiff.cross_entropy(autodiff.sigmoid(x[None, :] @ W1 + b1) @ W2 + b2, [label])

        np.testing.assert_allclose(vjp_chain(jacobians, upstream), autodiff.grad(loss)(X[index]), atol=1e-12)


def test_vjp_chain_matches_torch_autograd_on_the_digits_network(digits):
    torch = pytest.importorskip("torch")
    vjp_chain = _load("solutions", "vjp_chain").vjp_chain
    check, net, X, y = digits
    (W1, W2), (b1, b2) = net.coefs_, net.intercepts_
    index = 1500
    jacobians, upstream = check.digits_chain(net, X[index], y[index])
    x = torch.tensor(X[index], dtype=torch.float64, requires_grad=True)
    t = {
        name: torch.tensor(value, dtype=torch.float64)
        for name, value in (("W1", W1), ("b1", b1), ("W2", W2), ("b2", b2))
    }
    logits = torch.sigmoid(x @ t["W1"] + t["b1"]) @ t["W2"] + t["b2"]
    torch.nn.functional.cross_entropy(logits[None, :], torch.tensor([int(y[index])])).backward()
    np.testing.assert_allclose(vjp_chain(jacobians, upstream), x.grad.numpy(), atol=1e-12)


def test_vjp_chain_agrees_with_the_full_jacobian_product_on_random_layers():
    vjp_chain = _load("solutions", "vjp_chain").vjp_chain
    rng = np.random.default_rng(1)
    widths = (7, 5, 6, 3)
    jacobians = [rng.normal(size=(n_out, n_in)) for n_in, n_out in zip(widths[:-1], widths[1:])]
    upstream = rng.normal(size=widths[-1])
    product = jacobians[2] @ jacobians[1] @ jacobians[0]
    np.testing.assert_allclose(vjp_chain(jacobians, upstream), upstream @ product, rtol=1e-12)
    jvp = autodiff.jacobian(lambda x: x @ product.T)(rng.normal(size=widths[0]))  # a linear map: J = product
    np.testing.assert_allclose(jvp, product, rtol=1e-12)
