"""LinearRegression and LogisticRegression against numpy.linalg.lstsq and scikit-learn."""

import warnings

import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer, load_diabetes, load_iris, load_wine
from sklearn.linear_model import LogisticRegression as SkLogistic
from sklearn.metrics import log_loss as sk_log_loss

from gradiente.metrics import log_loss
from gradiente.models import ConvergenceWarning, LinearRegression, LogisticRegression
from gradiente.preprocessing import StandardScaler


@pytest.fixture(scope="module")
def diabetes():
    X, y = load_diabetes(return_X_y=True)
    theta = np.linalg.lstsq(np.column_stack([X, np.ones(X.shape[0])]), y, rcond=None)[0]
    return X, y, theta[:-1], theta[-1]


@pytest.mark.parametrize("solver", ["lstsq", "qr", "normal"])
def test_direct_solvers_match_lstsq_on_diabetes(diabetes, solver):
    X, y, w, b = diabetes
    model = LinearRegression(solver=solver).fit(X, y)
    np.testing.assert_allclose(model.coef_, w, rtol=0, atol=1e-8)
    assert model.intercept_ == pytest.approx(b, abs=1e-8)
    residual = y - X @ w - b
    assert model.score(X, y) == pytest.approx(1 - residual @ residual / np.sum((y - y.mean()) ** 2), abs=1e-12)


def test_gradient_descent_reaches_lstsq_and_reports_its_history(diabetes):
    X, y, w, b = diabetes
    model = LinearRegression(solver="gd").fit(X, y)
    assert np.linalg.norm(model.coef_ - w) <= 1e-6 * np.linalg.norm(w)
    assert model.intercept_ == pytest.approx(b, rel=1e-6)
    assert model.loss_history_.shape == (model.n_iter_ + 1,)
    assert 0 < model.n_iter_ < model.max_iter
    assert np.all(np.diff(model.loss_history_) <= 1e-12)  # step 1/L: the loss never rises


def test_no_intercept_and_rank_deficient_design(diabetes):
    X, y, _, _ = diabetes
    w = np.linalg.lstsq(X, y, rcond=None)[0]
    np.testing.assert_allclose(LinearRegression(fit_intercept=False).fit(X, y).coef_, w, atol=1e-8)
    X_repeated = np.column_stack([X, X[:, 0]])  # a duplicated column: infinitely many solutions
    model = LinearRegression().fit(X_repeated, y)
    reference = np.linalg.lstsq(X_repeated - X_repeated.mean(0), y - y.mean(), rcond=None)[0]
    np.testing.assert_allclose(model.coef_, reference, atol=1e-8)  # the minimum-norm one
    assert model.rank_ == X.shape[1]
    for solver in ("qr", "normal"):
        with pytest.raises(np.linalg.LinAlgError, match="lstsq"):
            LinearRegression(solver=solver).fit(X_repeated, y)


def test_gd_with_a_too_large_step_says_so(diabetes):
    X, y, _, _ = diabetes
    with pytest.raises(FloatingPointError, match="lr"):
        LinearRegression(solver="gd", lr=1e4, max_iter=200).fit(X * 100, y)


@pytest.fixture(scope="module")
def cancer():
    X, y = load_breast_cancer(return_X_y=True)
    return StandardScaler().fit_transform(X), y


def test_unpenalized_logistic_matches_sklearn_log_loss(cancer):
    # NOTE: all 30 standardized features separate the two classes perfectly, so the
    # unpenalized maximum-likelihood estimate does not exist (the loss tends to 0 as
    # ||w|| grows) and any two solvers stop at arbitrary points. The 10 "mean" features
    # are not separable: there the MLE exists and both libraries must find it.
    X, y = cancer[0][:, :10], cancer[1]
    reference = SkLogistic(C=np.inf, tol=1e-12, max_iter=10_000).fit(X, y)
    model = LogisticRegression(solver="newton").fit(X, y)
    assert log_loss(y, model.predict_proba(X)) == pytest.approx(sk_log_loss(y, reference.predict_proba(X)), abs=1e-6)
    np.testing.assert_allclose(model.coef_, reference.coef_, rtol=1e-3)
    np.testing.assert_array_equal(model.predict(X), reference.predict(X))
    assert model.n_iter_ < 20  # Newton converges quadratically


def test_unpenalized_logistic_on_separable_data_drives_loss_to_zero(cancer):
    X, y = cancer
    reference = SkLogistic(C=np.inf, max_iter=10_000).fit(X, y)
    model = LogisticRegression().fit(X, y)
    assert log_loss(y, model.predict_proba(X)) <= sk_log_loss(y, reference.predict_proba(X)) + 1e-6
    assert model.score(X, y) == 1.0


def test_gradient_descent_solver_approaches_newton(cancer):
    X, y = cancer[0][:, :10], cancer[1]
    newton = LogisticRegression(solver="newton").fit(X, y)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        gd = LogisticRegression(solver="gd", max_iter=3000).fit(X, y)
    assert gd.loss_history_[-1] == pytest.approx(newton.loss_history_[-1], abs=5e-3)
    assert np.all(np.diff(gd.loss_history_) <= 1e-12)


@pytest.mark.parametrize("loader", [load_iris, load_wine])
def test_multinomial_with_l2_penalty_matches_sklearn(loader):
    X, y = loader(return_X_y=True)
    X = StandardScaler().fit_transform(X)
    reference = SkLogistic(C=0.5, tol=1e-12, max_iter=10_000).fit(X, y)
    model = LogisticRegression(penalty="l2", C=0.5).fit(X, y)
    np.testing.assert_allclose(model.predict_proba(X), reference.predict_proba(X), atol=1e-6)
    np.testing.assert_allclose(model.coef_, reference.coef_, atol=1e-5)
    np.testing.assert_allclose(
        model.decision_function(X) - model.decision_function(X).mean(1, keepdims=True),
        reference.decision_function(X) - reference.decision_function(X).mean(1, keepdims=True),
        atol=1e-5,
    )


def test_binary_l2_penalty_matches_sklearn(cancer):
    X, y = cancer
    reference = SkLogistic(C=0.1, tol=1e-12, max_iter=10_000).fit(X, y)
    model = LogisticRegression(penalty="l2", C=0.1).fit(X, y)
    np.testing.assert_allclose(model.coef_, reference.coef_, atol=1e-6)
    np.testing.assert_allclose(model.intercept_, reference.intercept_, atol=1e-6)
    np.testing.assert_allclose(model.decision_function(X), reference.decision_function(X), atol=1e-5)


def test_logistic_gradient_matches_finite_differences(cancer):
    from gradiente.models.logistic import _Problem

    rng = np.random.default_rng(0)
    X = np.column_stack([cancer[0][:50, :4], np.ones(50)])
    for n_outputs in (1, 3):
        Y = (
            np.eye(max(n_outputs, 2))[rng.integers(0, max(n_outputs, 2), 50)][:, -n_outputs:]
            if n_outputs > 1
            else rng.integers(0, 2, (50, 1)).astype(float)
        )
        problem = _Problem(X, Y, np.full(5, 0.01))
        theta = rng.normal(size=(5, n_outputs))
        _, gradient = problem.loss_and_gradient(theta)
        numeric = np.zeros_like(theta)
        h = 1e-6
        for index in np.ndindex(theta.shape):
            step = np.zeros_like(theta)
            step[index] = h
            numeric[index] = (
                problem.loss_and_gradient(theta + step)[0] - problem.loss_and_gradient(theta - step)[0]
            ) / (2 * h)
        np.testing.assert_allclose(gradient, numeric, rtol=1e-6, atol=1e-8)
        hessian = problem.hessian(theta)
        numeric_hessian = np.zeros_like(hessian)
        for k, index in enumerate(np.ndindex(theta.shape)):
            step = np.zeros_like(theta)
            step[index] = h
            numeric_hessian[:, k] = (
                (problem.loss_and_gradient(theta + step)[1] - problem.loss_and_gradient(theta - step)[1]) / (2 * h)
            ).ravel()
        np.testing.assert_allclose(hessian, numeric_hessian, rtol=1e-5, atol=1e-7)


def test_solvers_agree_with_lstsq_on_random_well_posed_problems():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @given(st.integers(0, 2**31 - 1), st.integers(1, 8), st.booleans())
    @settings(max_examples=30)
    def check(seed, n_features, fit_intercept):
        rng = np.random.default_rng(seed)
        n_samples = int(rng.integers(n_features + 2, 60))
        X = rng.normal(size=(n_samples, n_features)) * rng.uniform(0.5, 2, n_features)
        y = X @ rng.normal(size=n_features) + rng.normal(size=n_samples) + 2.0
        design = np.column_stack([X, np.ones(n_samples)]) if fit_intercept else X
        theta = np.linalg.lstsq(design, y, rcond=None)[0]
        for solver in ("lstsq", "qr", "normal"):
            model = LinearRegression(solver=solver, fit_intercept=fit_intercept).fit(X, y)
            np.testing.assert_allclose(model.coef_, theta[:n_features], atol=1e-8, rtol=1e-8)
            assert model.intercept_ == pytest.approx(theta[-1] if fit_intercept else 0.0, abs=1e-8)

    check()
