"""Lesson 5.5's reference solutions against SciPy and scikit-learn, on the data of their checks (test-only references)."""

import importlib.util
from pathlib import Path

import numpy as np
import pytest

stats = pytest.importorskip("scipy.stats")
naive_bayes = pytest.importorskip("sklearn.naive_bayes")
linear_model = pytest.importorskip("sklearn.linear_model")

ROOT = Path(__file__).resolve().parents[2]


def _load(folder, name):
    spec = importlib.util.spec_from_file_location(f"{folder}_{name}", ROOT / folder / "probability" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def solution(name):
    return getattr(_load("solutions", name), name)


def cases(name):
    return _load("checks", name).cases()


def test_posterior_positive_is_bayes_on_the_map_numbers():
    posterior_positive = solution("posterior_positive")
    assert posterior_positive(0.01, 0.99, 0.95) == pytest.approx(0.0099 / (0.0099 + 0.0495), rel=1e-12)
    assert round(posterior_positive(0.01, 0.99, 0.95), 4) == 0.1667  # COURSE.md's ≈ 0.17
    assert posterior_positive(0.5, 0.9, 0.9) == pytest.approx(0.9, rel=1e-12)
    for case in cases("posterior_positive"):
        prevalence, sensitivity, specificity = case.args
        # Bayes by brute force: the joint table of (disease, test) and its column "positive".
        joint = np.array([[prevalence * sensitivity], [(1 - prevalence) * (1 - specificity)]])
        assert posterior_positive(*case.args) == pytest.approx(joint[0, 0] / joint.sum(), rel=1e-12)


def test_beta_binomial_matches_scipy_beta_mode_and_mean():
    beta_binomial = solution("beta_binomial")
    for case in cases("beta_binomial"):
        a, b, k, n = case.args
        a_post, b_post, mode, mean = beta_binomial(*case.args)
        assert (a_post, b_post) == (a + k, b + n - k)
        posterior = stats.beta(a_post, b_post)
        assert mean == pytest.approx(posterior.mean(), rel=1e-12)
        grid = np.linspace(1e-6, 1 - 1e-6, 200001)
        assert mode == pytest.approx(grid[np.argmax(posterior.logpdf(grid))], abs=1e-5)  # the highest density


def test_gaussian_nb_log_posterior_matches_scikit_learn():
    gaussian_nb_log_posterior = solution("gaussian_nb_log_posterior")
    for case in cases("gaussian_nb_log_posterior"):
        X_train, y_train, X_test = case.args
        reference = naive_bayes.GaussianNB().fit(X_train, y_train).predict_log_proba(X_test)
        np.testing.assert_allclose(gaussian_nb_log_posterior(*case.args), reference, rtol=1e-9, atol=1e-9)


def test_map_linear_regression_is_scikit_learn_ridge_with_alpha_sigma2_over_tau2():
    map_linear_regression = solution("map_linear_regression")
    for case in cases("map_linear_regression"):
        X, y, sigma2, tau2 = case.args
        reference = linear_model.Ridge(alpha=sigma2 / tau2).fit(X, y).coef_
        np.testing.assert_allclose(map_linear_regression(*case.args), reference, rtol=1e-8, atol=1e-8)
    X, y, sigma2, _ = cases("map_linear_regression")[1].args  # diabetes: a huge tau2 is least squares
    least_squares = linear_model.LinearRegression().fit(X, y).coef_
    np.testing.assert_allclose(
        map_linear_regression(X, y, sigma2, 1e12), least_squares, rtol=1e-5
    )  # s1-s3 are nearly collinear
