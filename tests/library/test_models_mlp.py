"""MLPClassifier: hand-written backpropagation against gradiente.autodiff, finite differences
and PyTorch, and accuracy on the digits."""

import numpy as np
import pytest
from sklearn.datasets import load_digits, load_iris
from sklearn.model_selection import train_test_split

from gradiente.models import MLPClassifier
from gradiente.preprocessing import StandardScaler


@pytest.fixture(scope="module")
def digits_split():
    X, y = load_digits(return_X_y=True)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)
    scaler = StandardScaler().fit(X_train)
    return scaler.transform(X_train), scaler.transform(X_test), y_train, y_test


def small_network(activation, seed=0):
    """A fitted 2-hidden-layer network on iris, with non-trivial weights."""
    X, y = load_iris(return_X_y=True)
    X = StandardScaler().fit_transform(X)
    model = MLPClassifier((7, 5), activation=activation, epochs=3, batch_size=32, alpha=0.3, random_state=seed).fit(
        X, y
    )
    return model, X[::7], y[::7]


def autodiff_loss(model, X, y, parameters):
    from gradiente.autodiff import Tensor, cross_entropy, relu, sigmoid, tanh

    activation = {"relu": relu, "tanh": tanh, "sigmoid": sigmoid}[model.activation]
    n_layers = len(model.coefs_)
    weights, biases = parameters[:n_layers], parameters[n_layers:]
    A = Tensor(X)
    for layer, (W, b) in enumerate(zip(weights, biases)):
        Z = A @ W + b
        A = activation(Z) if layer < n_layers - 1 else Z
    penalty = sum((W * W).sum() for W in weights) * (0.5 * model.alpha / X.shape[0])
    return cross_entropy(A, np.searchsorted(model.classes_, y)) + penalty


@pytest.mark.parametrize("activation", ["relu", "tanh", "sigmoid"])
def test_backpropagation_matches_autodiff(activation):
    from gradiente.autodiff import Tensor

    model, X, y = small_network(activation)
    loss, coef_grads, intercept_grads = model.loss_and_gradients(X, y)
    parameters = [Tensor(p, requires_grad=True) for p in (*model.coefs_, *model.intercepts_)]
    reference = autodiff_loss(model, X, y, parameters)
    reference.backward()
    assert loss == pytest.approx(reference.item(), rel=1e-12)
    for ours, parameter in zip((*coef_grads, *intercept_grads), parameters):
        np.testing.assert_allclose(ours, parameter.grad, rtol=1e-10, atol=1e-14)


def test_backpropagation_matches_finite_differences():
    model, X, y = small_network("tanh", seed=1)
    _, coef_grads, intercept_grads = model.loss_and_gradients(X, y)
    h = 1e-6
    for parameters, grads in ((model.coefs_, coef_grads), (model.intercepts_, intercept_grads)):
        for parameter, gradient in zip(parameters, grads):
            for index in list(np.ndindex(parameter.shape))[:12]:
                original = parameter[index]
                parameter[index] = original + h
                loss_plus = model.loss_and_gradients(X, y)[0]
                parameter[index] = original - h
                loss_minus = model.loss_and_gradients(X, y)[0]
                parameter[index] = original
                assert gradient[index] == pytest.approx((loss_plus - loss_minus) / (2 * h), rel=1e-5, abs=1e-9)


def test_backpropagation_matches_pytorch():
    torch = pytest.importorskip("torch")
    model, X, y = small_network("relu", seed=2)
    loss, coef_grads, intercept_grads = model.loss_and_gradients(X, y)
    weights = [torch.tensor(W, requires_grad=True) for W in model.coefs_]
    biases = [torch.tensor(b, requires_grad=True) for b in model.intercepts_]
    A = torch.tensor(X)
    for layer, (W, b) in enumerate(zip(weights, biases)):
        A = A @ W + b
        if layer < len(weights) - 1:
            A = torch.relu(A)
    target = torch.tensor(np.searchsorted(model.classes_, y))
    reference = torch.nn.functional.cross_entropy(A, target) + sum((W * W).sum() for W in weights) * (
        0.5 * model.alpha / X.shape[0]
    )
    reference.backward()
    assert loss == pytest.approx(reference.item(), rel=1e-12)
    for ours, theirs in zip((*coef_grads, *intercept_grads), (*weights, *biases)):
        np.testing.assert_allclose(ours, theirs.grad.numpy(), rtol=1e-10, atol=1e-14)


def test_mlp_reaches_97_percent_on_digits(digits_split):
    X_train, X_test, y_train, y_test = digits_split
    model = MLPClassifier((100,), epochs=100, random_state=0).fit(X_train, y_train)
    assert model.score(X_test, y_test) >= 0.97
    assert len(model.loss_curve_) == model.n_iter_ == 100
    assert model.loss_curve_[-1] < 0.1 * model.loss_curve_[0]
    proba = model.predict_proba(X_test)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)
    assert [W.shape for W in model.coefs_] == [(64, 100), (100, 10)]


def test_mlp_sgd_with_momentum_learns_digits(digits_split):
    X_train, X_test, y_train, y_test = digits_split
    model = MLPClassifier((64,), solver="sgd", lr=0.05, batch_size=64, epochs=30, random_state=0).fit(X_train, y_train)
    assert model.score(X_test, y_test) >= 0.95
    plain = MLPClassifier((64,), solver="sgd", lr=0.05, momentum=0.0, batch_size=64, epochs=30, random_state=0).fit(
        X_train, y_train
    )
    assert plain.loss_curve_[-1] > model.loss_curve_[-1]  # momentum speeds up the descent


def test_mlp_learns_xor_which_no_linear_model_can():
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]] * 10)
    y = np.array([0, 1, 1, 0] * 10)
    model = MLPClassifier((16,), lr=0.05, epochs=300, batch_size=8, random_state=0).fit(X, y)
    assert model.score(X, y) == 1.0
    with pytest.raises(ValueError, match="hidden_layer_sizes"):
        MLPClassifier((0,)).fit(X, y)
