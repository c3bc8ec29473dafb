"""SVC.coef_: w = sum_i alpha_i y_i x_i for the linear kernel, as libsvm/scikit-learn report it."""

import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer, load_iris, load_wine
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC as SkSVC

from gradiente.exceptions import NotFittedError
from gradiente.models import SVC


def test_svc_coef_is_the_weight_vector_of_the_iris_pair():
    X, y = load_iris(return_X_y=True)
    keep = y > 0
    X, y = X[keep][:, 2:], y[keep]  # versicolor vs virginica, petal features
    model = SVC(kernel="linear", C=1.0).fit(X, y)
    reference = SkSVC(kernel="linear", C=1.0).fit(X, y)
    assert model.coef_.shape == (1, 2)
    np.testing.assert_allclose(model.coef_, reference.coef_, rtol=1e-3, atol=1e-3)
    np.testing.assert_allclose(model.coef_, model.dual_coef_ @ model.support_vectors_, atol=1e-12)
    np.testing.assert_allclose(model.decision_function(X), X @ model.coef_[0] + model.intercept_[0], atol=1e-10)


@pytest.mark.parametrize("loader", [load_breast_cancer, load_wine, load_iris], ids=["cancer", "wine", "iris"])
def test_svc_coef_matches_scikit_learn_and_the_decision_function(loader):
    X, y = loader(return_X_y=True)
    X = StandardScaler().fit_transform(X)
    model = SVC(kernel="linear", C=0.5, decision_function_shape="ovo").fit(X, y)
    reference = SkSVC(kernel="linear", C=0.5, decision_function_shape="ovo").fit(X, y)
    assert model.coef_.shape == reference.coef_.shape
    scale = np.abs(reference.coef_).max()
    np.testing.assert_allclose(model.coef_, reference.coef_, atol=2e-3 * scale)
    # f(x) = w^T x + b, column by column (one-vs-one order of intercept_)
    np.testing.assert_allclose(model.decision_function(X), (X @ model.coef_.T + model.intercept_).squeeze(), atol=1e-9)


@pytest.mark.parametrize("kernel", ["rbf", "poly"])
def test_svc_coef_explains_why_a_nonlinear_kernel_has_none(kernel):
    X, y = load_iris(return_X_y=True)
    model = SVC(kernel=kernel).fit(X, y)
    with pytest.raises(AttributeError, match=rf"only available when using a linear kernel.*kernel='{kernel}'"):
        _ = model.coef_
    assert not hasattr(model, "coef_")


def test_svc_coef_before_fit_is_not_fitted():
    with pytest.raises(NotFittedError, match=r"fit\(X, y\)"):
        _ = SVC(kernel="linear").coef_
