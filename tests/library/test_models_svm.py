"""SVC (SMO on the dual) against libsvm, and LinearSVC (Pegasos) against liblinear."""

import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.datasets import load_breast_cancer, load_digits, load_iris, load_wine
from sklearn.metrics.pairwise import linear_kernel, polynomial_kernel, rbf_kernel
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC as SkSVC
from sklearn.svm import LinearSVC as SkLinearSVC

from gradiente.models import SVC, LinearSVC
from gradiente.models.kernels import kernel_matrix
from gradiente.models.smo import smo


def libsvm_dual_objective(model, kernel, gamma):
    """f(alpha) = 1/2 sum_ij c_i c_j K_ij - sum_i |c_i|, with c = y alpha from sklearn's dual_coef_."""
    sv, coef = model.support_vectors_, model.dual_coef_[0]
    K = {"rbf": lambda: rbf_kernel(sv, sv, gamma=gamma), "linear": lambda: linear_kernel(sv, sv)}[kernel]()
    return 0.5 * coef @ K @ coef - np.abs(coef).sum()


@pytest.fixture(scope="module")
def cancer_split():
    X, y = load_breast_cancer(return_X_y=True)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)
    scaler = StandardScaler().fit(X_train)
    return scaler.transform(X_train), scaler.transform(X_test), y_train, y_test


@pytest.mark.parametrize("kernel", ["rbf", "linear"])
def test_svc_matches_libsvm_on_breast_cancer(cancer_split, kernel):
    X_train, X_test, y_train, y_test = cancer_split
    reference = SkSVC(kernel=kernel, C=1.0).fit(X_train, y_train)
    model = SVC(kernel=kernel, C=1.0).fit(X_train, y_train)
    gamma = 1.0 / (X_train.shape[1] * X_train.var())
    libsvm_objective = libsvm_dual_objective(reference, kernel, gamma)
    assert model.objective_[0] == pytest.approx(libsvm_objective, rel=1e-3)
    # The reported objective is the one the attributes describe.
    K = kernel_matrix(model.support_vectors_, model.support_vectors_, kernel, gamma)
    coef = model.dual_coef_[0]
    assert 0.5 * coef @ K @ coef - np.abs(coef).sum() == pytest.approx(model.objective_[0], rel=1e-9)
    assert np.mean(model.predict(X_test) == reference.predict(X_test)) >= 0.995
    np.testing.assert_allclose(model.decision_function(X_test), reference.decision_function(X_test), atol=0.05)
    assert abs(model.support_.shape[0] - reference.support_.shape[0]) <= 3
    assert np.all(np.abs(coef) <= 1.0 + 1e-12) and abs(coef.sum()) < 1e-9  # 0 <= alpha <= C, y.alpha = 0
    np.testing.assert_array_equal(model.support_vectors_, X_train[model.support_])


def test_svc_one_vs_one_on_digits_matches_libsvm_accuracy():
    X, y = load_digits(return_X_y=True)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)
    reference = SkSVC(kernel="rbf", C=1.0).fit(X_train, y_train)
    model = SVC(kernel="rbf", C=1.0).fit(X_train, y_train)
    assert abs(model.score(X_test, y_test) - reference.score(X_test, y_test)) <= 0.01
    assert model.score(X_test, y_test) > 0.97
    assert model.dual_coef_.shape == (9, model.support_.shape[0])
    assert model.intercept_.shape == (45,)


def test_svc_multiclass_layout_and_decision_values_follow_libsvm():
    X, y = load_wine(return_X_y=True)
    X = StandardScaler().fit_transform(X)
    reference = SkSVC(kernel="rbf", C=1.0, decision_function_shape="ovo", tol=1e-6).fit(X, y)
    model = SVC(kernel="rbf", C=1.0, decision_function_shape="ovo", tol=1e-6).fit(X, y)
    np.testing.assert_array_equal(model.support_, reference.support_)
    np.testing.assert_array_equal(model.n_support_, reference.n_support_)
    np.testing.assert_allclose(model.dual_coef_, reference.dual_coef_, atol=1e-4)
    np.testing.assert_allclose(model.intercept_, reference.intercept_, atol=1e-4)
    np.testing.assert_allclose(model.decision_function(X), reference.decision_function(X), atol=1e-4)
    np.testing.assert_array_equal(model.predict(X), reference.predict(X))


def test_svc_one_vs_rest_scores_are_scikit_learns_and_agree_with_predict():
    X, y = load_wine(return_X_y=True)
    X = StandardScaler().fit_transform(X)
    reference = SkSVC(kernel="rbf", C=1.0, tol=1e-6, break_ties=True).fit(X, y)
    model = SVC(kernel="rbf", C=1.0, tol=1e-6).fit(X, y)  # decision_function_shape="ovr", the default
    scores = model.decision_function(X)
    assert scores.shape == (X.shape[0], 3)
    np.testing.assert_allclose(scores, reference.decision_function(X), atol=1e-4)
    np.testing.assert_array_equal(model.classes_[np.argmax(scores, axis=1)], model.predict(X))
    np.testing.assert_array_equal(model.predict(X), reference.predict(X))


@pytest.mark.parametrize("gamma", ["scale", "auto", 0.05])
def test_poly_kernel_and_gamma_options_match_libsvm(gamma):
    X, y = load_iris(return_X_y=True)
    reference = SkSVC(kernel="poly", degree=3, coef0=1.0, gamma=gamma, C=2.0, tol=1e-6).fit(X, y)
    model = SVC(kernel="poly", degree=3, coef0=1.0, gamma=gamma, C=2.0, tol=1e-6).fit(X, y)
    np.testing.assert_array_equal(model.predict(X), reference.predict(X))
    K = polynomial_kernel(X[:5], X[:5], degree=3, coef0=1.0, gamma=model._gamma)
    np.testing.assert_allclose(model._kernel(X[:5], X[:5]), K, rtol=1e-12)


@given(st.integers(0, 2**31 - 1), st.sampled_from(["rbf", "linear"]), st.sampled_from([0.1, 1.0, 10.0]))
@settings(max_examples=25)
def test_smo_solves_random_problems_like_libsvm(seed, kernel, C):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(10, 80))
    X = rng.normal(size=(n, 3))
    y = np.where(X[:, 0] + 0.5 * rng.normal(size=n) > 0, 1, 0)
    if y.min() == y.max():
        y[0] = 1 - y[0]
    reference = SkSVC(kernel=kernel, C=C, gamma=0.5).fit(X, y)
    model = SVC(kernel=kernel, C=C, gamma=0.5).fit(X, y)
    assert model.objective_[0] == pytest.approx(libsvm_dual_objective(reference, kernel, 0.5), rel=1e-3, abs=1e-6)


def test_smo_stops_at_a_kkt_point():
    X, y = load_breast_cancer(return_X_y=True)
    X = StandardScaler().fit_transform(X)
    y_signed = np.where(y == 1, 1.0, -1.0)
    K = kernel_matrix(X, X, "rbf", gamma=1 / 30)
    result = smo(K, y_signed, C=1.0, tol=1e-5)
    alpha = result.alpha
    assert result.converged and abs(alpha @ y_signed) < 1e-10
    assert np.all((alpha >= 0) & (alpha <= 1.0))
    # KKT: with f(x_t) = sum_s y_s alpha_s K_st - rho, y_t f(x_t) >= 1 where alpha_t = 0,
    # <= 1 where alpha_t = C, and = 1 where 0 < alpha_t < C (up to the tolerance).
    margin = y_signed * (K @ (alpha * y_signed) - result.rho)
    assert np.all(margin[alpha == 0] >= 1 - 1e-5)
    assert np.all(margin[alpha == 1.0] <= 1 + 1e-5)
    free = (alpha > 0) & (alpha < 1.0)
    np.testing.assert_allclose(margin[free], 1.0, atol=1e-5)


def test_smo_reports_hitting_its_iteration_cap(cancer_split):
    X_train, _, y_train, _ = cancer_split
    from gradiente.models import ConvergenceWarning

    with pytest.warns(ConvergenceWarning, match="max_iter"):
        model = SVC(kernel="linear", max_iter=10).fit(X_train, y_train)
    assert model.n_iter_[0] == 10


def liblinear_primal(coef, intercept, X, y, C):
    w = np.r_[coef, intercept]
    margins = np.where(y == 1, 1.0, -1.0) * (X @ coef + intercept)
    return 0.5 * w @ w + C * np.maximum(0.0, 1.0 - margins).sum()


def test_linear_svc_pegasos_approaches_liblinear(cancer_split):
    X_train, X_test, y_train, y_test = cancer_split
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reference = SkLinearSVC(loss="hinge", C=1.0, tol=1e-8, max_iter=100_000).fit(X_train, y_train)
    model = LinearSVC(C=1.0, random_state=0).fit(X_train, y_train)
    optimum = liblinear_primal(reference.coef_[0], reference.intercept_[0], X_train, y_train, 1.0)
    ours = liblinear_primal(model.coef_[0], model.intercept_[0], X_train, y_train, 1.0)
    assert ours == pytest.approx(model.objective_[0], rel=1e-9)
    assert optimum <= ours <= 1.05 * optimum  # a stochastic method: within 5% of the optimum
    assert np.mean(model.predict(X_test) == reference.predict(X_test)) >= 0.98
    assert abs(model.score(X_test, y_test) - reference.score(X_test, y_test)) <= 0.015


def test_linear_svc_one_vs_rest_on_iris():
    X, y = load_iris(return_X_y=True)
    X = StandardScaler().fit_transform(X)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reference = SkLinearSVC(loss="hinge", C=1.0, max_iter=100_000).fit(X, y)
    model = LinearSVC(C=1.0, random_state=0).fit(X, y)
    assert model.coef_.shape == (3, 4)
    assert abs(model.score(X, y) - reference.score(X, y)) <= 0.03


def test_smo_refuses_malformed_problems():
    K = np.eye(3)
    with pytest.raises(ValueError, match=r"K of shape \(n, n\)"):
        smo(K[:2], np.array([1.0, -1.0, 1.0]), C=1.0)
    with pytest.raises(ValueError, match="both present"):
        smo(K, np.array([1.0, 1.0, 1.0]), C=1.0)
    with pytest.raises(ValueError, match=r"\{-1, \+1\}"):
        smo(K, np.array([0.0, 1.0, 1.0]), C=1.0)
    with pytest.raises(ValueError, match="C must be"):
        smo(K, np.array([1.0, -1.0, 1.0]), C=0.0)
