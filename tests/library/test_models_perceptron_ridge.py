"""Perceptron against scikit-learn's (same updates, same stopping rule) and Ridge against its closed form."""

import warnings

import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer, load_diabetes, load_iris, load_wine
from sklearn.linear_model import Perceptron as SkPerceptron
from sklearn.linear_model import Ridge as SkRidge
from sklearn.preprocessing import StandardScaler

from gradiente.exceptions import ConvergenceWarning, NotFittedError
from gradiente.models import LinearRegression, Perceptron, Ridge

LOADERS = {"breast_cancer": load_breast_cancer, "iris": load_iris, "wine": load_wine}


def standardized(name):
    X, y = LOADERS[name](return_X_y=True)
    return StandardScaler().fit_transform(X), y


# -- Perceptron -------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(LOADERS))
@pytest.mark.parametrize(
    "params",
    [dict(shuffle=False), dict(shuffle=False, eta0=0.1, max_iter=7, tol=None)],
    ids=["default", "eta0-tol-none"],
)
def test_perceptron_without_shuffling_equals_scikit_learn(name, params):
    # Without shuffling both visit the samples in order, so the iterates are the same:
    # same weights, same epoch count (tol rule with patience n_iter_no_change).
    X, y = standardized(name)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reference = SkPerceptron(**params).fit(X, y)
        model = Perceptron(**params).fit(X, y)
    np.testing.assert_allclose(model.coef_, reference.coef_, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(model.intercept_, reference.intercept_, rtol=1e-12, atol=1e-12)
    assert model.n_iter_ == reference.n_iter_
    np.testing.assert_allclose(model.decision_function(X), reference.decision_function(X), atol=1e-10)
    np.testing.assert_array_equal(model.predict(X), reference.predict(X))


@pytest.mark.parametrize("name", sorted(LOADERS))
def test_perceptron_with_shuffling_is_as_accurate_as_scikit_learn(name):
    # scikit-learn shuffles with its own generator, so the orders (and iterates) differ and
    # a single seed can land anywhere on non-separable data (iris's versicolor-vs-rest):
    # compare the mean training accuracy over ten seeds of each.
    X, y = standardized(name)
    reference = np.mean([SkPerceptron(random_state=seed).fit(X, y).score(X, y) for seed in range(10)])
    ours = np.mean([Perceptron(random_state=seed).fit(X, y).score(X, y) for seed in range(10)])
    assert ours > reference - 0.05


def test_perceptron_separates_separable_data_and_stops():
    rng = np.random.default_rng(0)
    X = np.vstack([rng.normal(-3, 1, (50, 2)), rng.normal(3, 1, (50, 2))])
    y = np.r_[np.zeros(50), np.ones(50)]
    model = Perceptron(tol=None, max_iter=100, random_state=0).fit(X, y)
    assert model.score(X, y) == 1.0
    assert model.n_iter_ < 100  # an epoch without mistakes ends training
    reference = SkPerceptron(random_state=0).fit(X, y)
    assert reference.score(X, y) == 1.0


def test_perceptron_hand_case_follows_rosenblatt_updates():
    # Labels -1 for (0,0), +1 for (3,3); from w = 0, b = 0, in order:
    # epoch 1: (0,0) margin 0 -> b = -1; (3,3) margin -1 -> w = (3,3), b = 0.
    # epoch 2: (0,0) margin 0 -> b = -1 (w unchanged, x = 0); (3,3) margin 17.
    # epoch 3: no mistake, so training stops.
    X = np.array([[0.0, 0.0], [3.0, 3.0]])
    model = Perceptron(shuffle=False, tol=None, max_iter=10).fit(X, [0, 1])
    np.testing.assert_allclose(model.coef_, [[3.0, 3.0]])
    assert model.intercept_.tolist() == [-1.0]
    assert model.n_updates_.tolist() == [3] and model.n_iter_ == 3


def test_perceptron_eta0_only_scales_the_weights():
    X, y = standardized("breast_cancer")
    one = Perceptron(eta0=1.0, shuffle=False).fit(X, y)
    tenth = Perceptron(eta0=0.1, shuffle=False).fit(X, y)
    np.testing.assert_allclose(tenth.coef_ * 10, one.coef_, rtol=1e-9, atol=1e-9)
    np.testing.assert_array_equal(tenth.predict(X), one.predict(X))


def test_perceptron_warns_when_max_iter_is_reached_and_refuses_bad_eta0():
    X, y = standardized("iris")
    with pytest.warns(ConvergenceWarning, match="max_iter=1"):
        Perceptron(max_iter=1, n_iter_no_change=5).fit(X, y)
    with pytest.raises(ValueError, match=r"eta0 must lie in \(0, inf\); got eta0 = 0.0"):
        Perceptron(eta0=0.0).fit(X, y)
    with pytest.raises(NotFittedError):
        Perceptron().predict(X)


# -- Ridge ------------------------------------------------------------------------


@pytest.mark.parametrize("loader", [load_diabetes, load_wine], ids=["diabetes", "wine"])
@pytest.mark.parametrize("alpha", [1e-3, 1.0, 100.0])
@pytest.mark.parametrize("fit_intercept", [True, False])
def test_ridge_equals_scikit_learn(loader, alpha, fit_intercept):
    X, y = loader(return_X_y=True)
    reference = SkRidge(alpha=alpha, fit_intercept=fit_intercept).fit(X, y)
    model = Ridge(alpha=alpha, fit_intercept=fit_intercept).fit(X, y)
    np.testing.assert_allclose(model.coef_, reference.coef_, rtol=1e-10, atol=1e-10 * np.abs(reference.coef_).max())
    assert model.intercept_ == pytest.approx(reference.intercept_, abs=1e-10)
    np.testing.assert_allclose(model.predict(X), reference.predict(X), rtol=1e-10, atol=1e-8)


def test_ridge_does_not_penalise_the_intercept():
    # Shifting y by a constant shifts only b; a penalised b would shrink the shift.
    X, y = load_diabetes(return_X_y=True)
    base = Ridge(alpha=10.0).fit(X, y)
    shifted = Ridge(alpha=10.0).fit(X, y + 1000.0)
    np.testing.assert_allclose(shifted.coef_, base.coef_, atol=1e-8)
    assert shifted.intercept_ - base.intercept_ == pytest.approx(1000.0)


def test_ridge_with_alpha_zero_is_least_squares_and_large_alpha_shrinks():
    X, y = load_diabetes(return_X_y=True)
    np.testing.assert_allclose(Ridge(alpha=0.0).fit(X, y).coef_, LinearRegression().fit(X, y).coef_, rtol=1e-8)
    norms = [np.linalg.norm(Ridge(alpha=a).fit(X, y).coef_) for a in (0.01, 1.0, 100.0)]
    assert norms[0] > norms[1] > norms[2]


def test_ridge_solves_wide_and_collinear_problems_but_explains_alpha_zero():
    X, y = load_diabetes(return_X_y=True)
    wide = Ridge(alpha=1.0).fit(X[:5], y[:5])  # 5 samples, 10 features
    np.testing.assert_allclose(wide.coef_, SkRidge(alpha=1.0).fit(X[:5], y[:5]).coef_, atol=1e-10)
    collinear = np.column_stack([X[:, 0], 2 * X[:, 0]])
    with pytest.raises(np.linalg.LinAlgError, match="alpha > 0"):
        Ridge(alpha=0.0).fit(collinear, y)
    with pytest.raises(ValueError, match=r"alpha must lie in \[0, inf\); got alpha = -1.0"):
        Ridge(alpha=-1.0).fit(X, y)
