"""gradiente.optim: update rules step by step against torch.optim, minimize/newton against
closed-form solutions on real data, divergence and bad input."""

import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer, load_diabetes, load_digits
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

from gradiente import autodiff as ad
from gradiente import optim
from gradiente.autodiff import Tensor
from gradiente.optim import DivergenceError


@pytest.fixture(scope="module")
def cancer():
    X, y = load_breast_cancer(return_X_y=True)
    return StandardScaler().fit_transform(X)[:, :8], y.astype(float)


@pytest.fixture(scope="module")
def diabetes():
    X, y = load_diabetes(return_X_y=True)
    X = StandardScaler().fit_transform(X)
    return np.column_stack([np.ones(len(X)), X]), (y - y.mean()) / y.std()


def logistic_loss(w, X, y):
    z = X @ w
    return ((1 + z.exp()).log() - z * y).mean()


OPTIMIZERS = {
    "gd": (lambda p: optim.GradientDescent(p, lr=0.5), lambda t, p: t.optim.SGD(p, lr=0.5)),
    "sgd": (lambda p: optim.SGD(p, lr=0.3), lambda t, p: t.optim.SGD(p, lr=0.3)),
    "momentum": (lambda p: optim.Momentum(p, lr=0.1, beta=0.9), lambda t, p: t.optim.SGD(p, lr=0.1, momentum=0.9)),
    "nesterov": (
        lambda p: optim.Momentum(p, lr=0.1, beta=0.8, nesterov=True),
        lambda t, p: t.optim.SGD(p, lr=0.1, momentum=0.8, nesterov=True),
    ),
    "sgd with momentum": (
        lambda p: optim.SGD(p, lr=0.1, momentum=0.5),
        lambda t, p: t.optim.SGD(p, lr=0.1, momentum=0.5),
    ),
    "rmsprop": (lambda p: optim.RMSProp(p, lr=0.01, alpha=0.9), lambda t, p: t.optim.RMSprop(p, lr=0.01, alpha=0.9)),
    "adam": (
        lambda p: optim.Adam(p, lr=0.05, betas=(0.8, 0.99)),
        lambda t, p: t.optim.Adam(p, lr=0.05, betas=(0.8, 0.99)),
    ),
}


@pytest.mark.parametrize("name", sorted(OPTIMIZERS))
def test_update_rules_match_torch_optim_step_by_step(name, cancer):
    torch = pytest.importorskip("torch")
    X, y = cancer
    make_ours, make_theirs = OPTIMIZERS[name]
    w0, b0 = np.zeros(X.shape[1]), np.zeros(1)
    w, b = Tensor(w0, requires_grad=True), Tensor(b0, requires_grad=True)
    w_t, b_t = torch.tensor(w0, requires_grad=True), torch.tensor(b0, requires_grad=True)
    ours, theirs = make_ours([w, b]), make_theirs(torch, [w_t, b_t])
    X_t, y_t = torch.from_numpy(X), torch.from_numpy(y)
    for step in range(40):
        ours.zero_grad()
        z = X @ w + b
        ((1 + z.exp()).log() - z * y).mean().backward()
        ours.step()
        theirs.zero_grad()
        z_t = X_t @ w_t + b_t
        (torch.log(1 + torch.exp(z_t)) - z_t * y_t).mean().backward()
        theirs.step()
        np.testing.assert_allclose(w.data, w_t.detach().numpy(), rtol=1e-9, atol=1e-12, err_msg=f"step {step}")
    np.testing.assert_allclose(b.data, b_t.detach().numpy(), rtol=1e-9, atol=1e-12)


def test_a_parameter_without_gradient_is_left_alone():
    a, b = Tensor([1.0], requires_grad=True), Tensor([2.0], requires_grad=True)
    opt = optim.Adam([a, b], lr=0.1)
    opt.zero_grad()
    (a * 3).sum().backward()
    opt.step()
    assert b.data[0] == 2.0 and a.data[0] != 1.0


def test_digits_network_trained_with_autodiff_and_adam_generalises():
    X, y = load_digits(return_X_y=True)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)
    scaler = StandardScaler().fit(X_train)
    X_train, X_test = scaler.transform(X_train), scaler.transform(X_test)
    rng = np.random.default_rng(0)
    W1 = Tensor(rng.uniform(-1, 1, (64, 128)) / 8, requires_grad=True)
    b1 = Tensor(np.zeros(128), requires_grad=True)
    W2 = Tensor(rng.uniform(-1, 1, (128, 10)) / np.sqrt(128), requires_grad=True)
    b2 = Tensor(np.zeros(10), requires_grad=True)
    opt = optim.Adam([W1, b1, W2, b2], lr=1e-3)
    for _ in range(15):
        for batch in optim.minibatches(len(X_train), 32, rng=rng):
            loss = ad.cross_entropy((X_train[batch] @ W1 + b1).relu() @ W2 + b2, y_train[batch])
            opt.zero_grad()
            loss.backward()
            opt.step()
    with ad.no_grad():
        predictions = ((X_test @ W1 + b1).relu() @ W2 + b2).data.argmax(axis=1)
    assert (predictions == y_test).mean() >= 0.96


# -- minimize and newton ----------------------------------------------------------------------


# The Hessian of this loss has eigenvalues from 0.017 to 8.05 (condition number 470), so plain
# gradient descent needs lr < 2 / 8.05 and thousands of steps; momentum needs far fewer.
@pytest.mark.parametrize(
    "method, lr, max_iter",
    [
        ("gd", 0.2, 8000),
        ("momentum", 0.05, 3000),
        ("nesterov", 0.05, 3000),
        ("rmsprop", 0.001, 5000),
        ("adam", 0.02, 5000),
        ("newton", None, 10),
    ],
)
def test_minimize_least_squares_on_diabetes_reaches_lstsq(method, lr, max_iter, diabetes):
    X, y = diabetes
    w_lstsq = np.linalg.lstsq(X, y, rcond=None)[0]
    result = optim.minimize(
        lambda w: ((X @ w - y) ** 2).mean(), np.zeros(X.shape[1]), method=method, lr=lr, tol=1e-6, max_iter=max_iter
    )
    if method == "rmsprop":
        # NOTE: RMSProp's steps do not shrink near the minimum (g / sqrt(mean g^2) stays ~1),
        # so with a constant lr it hovers within ~lr of the minimum instead of converging.
        np.testing.assert_allclose(result.x, w_lstsq, atol=20 * lr)
        return
    assert result.converged, result.message
    np.testing.assert_allclose(result.x, w_lstsq, atol=1e-4)
    assert result.trajectory.shape == (result.n_iter + 1, X.shape[1])
    assert result.values.shape == (result.n_iter + 1,)
    assert result.fun == pytest.approx(np.mean((X @ w_lstsq - y) ** 2), rel=1e-8)
    np.testing.assert_array_equal(result.trajectory[0], np.zeros(X.shape[1]))


def test_newton_solves_a_quadratic_in_one_step(diabetes):
    X, y = diabetes
    result = optim.newton(
        lambda w: ((X @ w - y) ** 2).mean(), np.zeros(X.shape[1]), hess=lambda w: 2 * X.T @ X / len(y), tol=1e-9
    )
    assert result.n_iter == 1 and result.converged


def test_newton_with_line_search_on_rosenbrock():
    def rosenbrock(v):
        return (1 - v[0]) ** 2 + 100 * (v[1] - v[0] ** 2) ** 2

    result = optim.minimize(
        rosenbrock, [-1.2, 1.0], method="newton", line_search="backtracking", tol=1e-8, max_iter=100
    )
    assert result.converged
    np.testing.assert_allclose(result.x, [1.0, 1.0], atol=1e-6)
    assert np.all(np.diff(result.values) <= 1e-12)  # the line search never goes uphill


def test_gradient_descent_with_backtracking_never_goes_uphill(cancer):
    X, y = cancer
    result = optim.minimize(
        lambda w: logistic_loss(w, X, y),
        np.zeros(X.shape[1]),
        method="gd",
        lr=10.0,
        line_search="backtracking",
        max_iter=200,
        tol=1e-5,
    )
    assert np.all(np.diff(result.values) <= 0)
    assert result.values[-1] < result.values[0] - 0.3


def test_passing_grad_gives_the_same_trajectory_as_autodiff(diabetes):
    X, y = diabetes
    # NOTE: an uncentred target, so no gradient entry is zero up to rounding: Adam's first
    # step is lr * sign(g), which would turn rounding noise of 1e-17 into a step of lr.
    y = y + 3.0
    f_tensor = lambda w: ((X @ w - y) ** 2).mean()  # noqa: E731
    f_numpy = lambda w: float(np.mean((X @ w - y) ** 2))  # noqa: E731
    grad = lambda w: 2 * X.T @ (X @ w - y) / len(y)  # noqa: E731
    for method in ("gd", "adam", "nesterov"):
        auto = optim.minimize(f_tensor, np.zeros(X.shape[1]), method=method, lr=0.05, max_iter=50)
        given = optim.minimize(f_numpy, np.zeros(X.shape[1]), method=method, lr=0.05, max_iter=50, grad=grad)
        np.testing.assert_allclose(auto.trajectory, given.trajectory, rtol=1e-10, atol=1e-12)


def test_minimize_recovers_a_maximum_likelihood_estimate():
    # the statistics use: negative log-likelihood of a normal sample, parameters (mu, log sigma)
    sample = np.random.default_rng(0).normal(3.0, 2.0, 500)

    def negative_log_likelihood(theta):
        mu, log_sigma = theta[0], theta[1]
        return (log_sigma + 0.5 * ((sample - mu) / log_sigma.exp()) ** 2).mean()

    result = optim.minimize(negative_log_likelihood, [0.0, 0.0], method="newton", line_search="backtracking", tol=1e-9)
    assert result.x[0] == pytest.approx(sample.mean(), rel=1e-7)
    assert np.exp(result.x[1]) == pytest.approx(sample.std(), rel=1e-7)


def test_scalar_starting_point_and_not_converged_message():
    result = optim.minimize(lambda x: (x - 2.0) ** 2, 0.0, method="gd", lr=0.01, max_iter=5)
    assert result.x.shape == () and result.n_iter == 5 and not result.converged
    assert "max_iter" in result.message


# -- divergence and bad input -------------------------------------------------------------------


def test_divergence_names_the_step_and_suggests_a_smaller_learning_rate():
    with pytest.raises(DivergenceError, match=r"diverged at step \d+.*smaller lr.*lr=1\.5.*0\.15"):
        optim.minimize(lambda x: (x**2).sum(), [1.0], method="gd", lr=1.5, max_iter=10_000)


def test_optimizer_refuses_a_nan_gradient_naming_the_step():
    w = Tensor([1.0], requires_grad=True)
    opt = optim.GradientDescent([w], lr=0.1)
    for _ in range(2):
        opt.zero_grad()
        (w * w).sum().backward()
        opt.step()
    opt.zero_grad()
    (w * w).sum().backward()
    w.grad[0] = np.nan
    before = w.data.copy()
    with pytest.raises(DivergenceError, match="step 3.*smaller learning rate"):
        opt.step()
    np.testing.assert_array_equal(w.data, before)  # nothing was corrupted


def test_a_non_finite_start_or_loss_is_reported():
    with pytest.raises(ValueError, match="finite"):
        optim.minimize(lambda x: (x**2).sum(), [np.nan])
    with pytest.raises(DivergenceError, match="step 0"):
        optim.minimize(lambda x: x.log().sum(), [-1.0])


def test_bad_arguments_are_explained():
    w = Tensor([1.0], requires_grad=True)
    with pytest.raises(TypeError, match=r"\[w\]"):
        optim.Adam(w)
    with pytest.raises(ValueError, match="requires_grad=True"):
        optim.Adam([Tensor([1.0])])
    with pytest.raises(ValueError, match="empty"):
        optim.SGD([])
    with pytest.raises(ValueError, match="lr must be a positive"):
        optim.GradientDescent([w], lr=-0.1)
    with pytest.raises(ValueError, match="beta"):
        optim.Momentum([w], beta=1.5)
    with pytest.raises(ValueError, match="method must be one of"):
        optim.minimize(lambda x: (x**2).sum(), [1.0], method="bfgs")
    with pytest.raises(TypeError, match="Tensor operations.*grad="):
        optim.minimize(lambda x: float(np.sum(x.data**2)), [1.0])
    with pytest.raises(ValueError, match="shape of x"):
        optim.minimize(lambda x: float(x @ x), [1.0, 2.0], grad=lambda x: np.ones(3))
    with pytest.raises(ValueError, match="line_search"):
        optim.minimize(lambda x: (x**2).sum(), [1.0], method="adam", line_search="backtracking")


def test_line_search_satisfies_armijo_and_refuses_ascent_directions():
    f = lambda v: float(np.sum(v**4))  # noqa: E731
    x = np.array([1.0, -2.0])
    g = 4 * x**3
    t = optim.backtracking_line_search(f, x, -g, g, lr=1.0, c=1e-4)
    assert f(x - t * g) <= f(x) - 1e-4 * t * g @ g
    assert optim.backtracking_line_search(f, x, -g, g, lr=t / 0.5 * 0.5) == t
    with pytest.raises(ValueError, match="descent direction"):
        optim.backtracking_line_search(f, x, g, g)


def test_minibatches_cover_every_sample_once_and_repeat_with_rng():
    batches = list(optim.minibatches(103, 10, rng=5))
    assert [len(b) for b in batches] == [10] * 10 + [3]
    np.testing.assert_array_equal(np.sort(np.concatenate(batches)), np.arange(103))
    again = list(optim.minibatches(103, 10, rng=5))
    assert all(np.array_equal(a, b) for a, b in zip(batches, again))
    sgd = optim.SGD([Tensor([0.0], requires_grad=True)], batch_size=16, rng=1)
    first, second = list(sgd.batches(50)), list(sgd.batches(50))
    assert not np.array_equal(first[0], second[0])  # a new order every epoch
    with pytest.raises(ValueError, match="batch_size"):
        list(optim.minibatches(10, 0))


def test_parameters_of_two_dtypes_and_replaced_data_are_handled():
    w64 = Tensor([1.0, 2.0], requires_grad=True)
    w32 = Tensor(np.array([[3.0]], dtype=np.float32), requires_grad=True)
    opt = optim.GradientDescent([w64, w32], lr=0.5)
    opt.zero_grad()
    ((w64 * w64).sum() + (w32 * w32).sum()).backward()
    opt.step()
    np.testing.assert_allclose(w64.data, [0.0, 0.0])
    assert w32.data.dtype == np.float32 and w32.data.shape == (1, 1) and w32.data[0, 0] == 0.0
    w64.data = np.array([4.0, 4.0])  # e.g. loading saved weights: the optimizer must follow
    opt.zero_grad()
    (w64 * w64).sum().backward()
    opt.step()
    np.testing.assert_allclose(w64.data, [0.0, 0.0])
    w64.data = np.ones(3)
    opt.zero_grad()
    (w64 * w64).sum().backward()
    with pytest.raises(ValueError, match="parameter 0 now has shape"):
        opt.step()


def test_parameters_are_updated_in_place_so_other_references_follow():
    # models keep references to their weight arrays (coefs_ in MLPClassifier): they must move too
    W = Tensor(np.ones((2, 3)), requires_grad=True)
    b = Tensor(np.zeros(3), requires_grad=True)
    W_array, b_array = W.data, b.data
    for make in (optim.GradientDescent, optim.Momentum, optim.RMSProp, optim.Adam, optim.SGD):
        opt = make([W, b], lr=0.1)
        opt.zero_grad()
        ((np.ones((4, 2)) @ W + b) ** 2).sum().backward()
        before = W_array.copy()
        opt.step()
        assert W.data is W_array and b.data is b_array
        assert not np.array_equal(W_array, before)


def test_minimize_and_newton_are_one_descent_loop_with_two_rules(diabetes):
    # gd, Newton and the optimizer methods differ only in the direction rule and the step rule
    from gradiente.optim import descent

    X, y = diabetes
    f = lambda w: ((X @ w - y) ** 2).mean()  # noqa: E731
    x0 = np.zeros(X.shape[1])
    value_of, value_and_grad = descent._objective(f, None, "test")
    by_loop = {
        "gd": descent.descend(
            value_and_grad, x0, descent.steepest_descent, descent.fixed_step(0.1), 1e-6, 50, "gd", 0.1
        ),
        "newton": descent.descend(
            value_and_grad,
            x0,
            descent.newton_direction(value_and_grad, None, safeguarded=True),
            descent.backtracking_step(value_of, 1.0),
            1e-8,
            10,
            "newton",
            1.0,
        ),
        "adam": descent.descend(
            value_and_grad,
            x0,
            descent.optimizer_direction(optim.Adam([Tensor(x0, requires_grad=True)], lr=0.05)),
            descent.fixed_step(1.0),
            1e-6,
            50,
            "adam",
            0.05,
        ),
    }
    by_name = {
        "gd": optim.minimize(f, x0, method="gd", lr=0.1, max_iter=50),
        "newton": optim.newton(f, x0, line_search="backtracking", max_iter=10),
        "adam": optim.minimize(f, x0, method="adam", lr=0.05, max_iter=50),
    }
    for method, result in by_loop.items():
        np.testing.assert_array_equal(result.trajectory, by_name[method].trajectory, err_msg=method)
        assert result.message == by_name[method].message
