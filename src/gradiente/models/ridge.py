"""Ridge regression: least squares with a penalty on the size of the weights.

.. math:: \\min_{w, b} \\; \\lVert X w + b - y \\rVert^2 + \\alpha \\lVert w \\rVert^2

The intercept :math:`b` is not penalised (shifting ``y`` must shift ``b``, nothing else).
Setting the derivative in :math:`b` to zero gives :math:`b = \\bar y - \\bar x^\\top w`;
substituting it leaves the same problem on the centred data :math:`X_c = X - \\bar x`,
:math:`y_c = y - \\bar y`, whose derivative in :math:`w` vanishes at

.. math:: (X_c^\\top X_c + \\alpha I)\\, w = X_c^\\top y_c .

For :math:`\\alpha > 0` the matrix is positive definite, so a unique solution always exists
(even with more features than samples or collinear columns), found here by Cholesky.

Lesson: 4.1 `linear-regression`.
"""

from __future__ import annotations

import numpy as np

from gradiente._validation import check_n_features, check_parameter, check_X_y
from gradiente.base import BaseEstimator, RegressorMixin
from gradiente.models.linear import too_few_samples

__all__ = ["Ridge"]


class Ridge(RegressorMixin, BaseEstimator):
    """Linear least squares with an L2 penalty :math:`\\alpha \\lVert w \\rVert^2`, solved in closed form.

    Parameters
    ----------
    alpha : float
        Strength of the penalty, ``alpha >= 0``; 0 is ordinary least squares (then ``X``
        must have linearly independent centred columns), larger values shrink ``w`` to 0.
    fit_intercept : bool
        Learn an unpenalised bias ``b`` by centring; if False the hyperplane goes through
        the origin and nothing is centred.

    Attributes
    ----------
    coef_ : ndarray, shape (n_features,)
    intercept_ : float
        0.0 when ``fit_intercept=False``.
    n_features_in_ : int

    Examples
    --------
    >>> X = np.array([[0.0], [1.0], [2.0]])
    >>> model = Ridge(alpha=1.0).fit(X, [1.0, 3.0, 5.0])
    >>> model.coef_.round(12).tolist(), round(model.intercept_, 12)
    ([1.333333333333], 1.666666666667)

    With :math:`X_c^\\top X_c = 2` and :math:`X_c^\\top y_c = 4`: :math:`w = 4 / (2 + 1)`
    and :math:`b = 3 - 1 \\cdot w`.
    """

    def __init__(self, alpha=1.0, fit_intercept=True):
        self.alpha = alpha
        self.fit_intercept = fit_intercept

    def fit(self, X, y):
        """Learn ``coef_`` and ``intercept_`` from ``X`` (n_samples, n_features) and ``y`` (n_samples,)."""
        check_parameter(self.alpha, "alpha", low=0)
        X, y = check_X_y(X, y, y_numeric=True)
        self.n_features_in_ = X.shape[1]
        if self.fit_intercept:
            x_mean, y_mean = X.mean(axis=0), y.mean()
            X, y = X - x_mean, y - y_mean
        else:
            x_mean, y_mean = np.zeros(X.shape[1]), 0.0
        system = X.T @ X
        system[np.diag_indices_from(system)] += self.alpha  # X_c^T X_c + alpha I
        try:
            L = np.linalg.cholesky(system)
        except np.linalg.LinAlgError:
            raise np.linalg.LinAlgError(
                f"X^T X + alpha I is singular with alpha={self.alpha}: the (centred) columns of X "
                "are linearly dependent, so the weights are not unique. Use alpha > 0 (any positive "
                f"value makes the system solvable) or drop the redundant features.{too_few_samples(X.shape, self.fit_intercept)}"
            ) from None
        z = np.linalg.solve(L, X.T @ y)  # L z = X_c^T y_c
        self.coef_ = np.linalg.solve(L.T, z)  # L^T w = z
        self.intercept_ = float(y_mean - x_mean @ self.coef_)  # b = y_bar - x_bar^T w
        return self

    def predict(self, X):
        """Return :math:`\\hat y = X w + b`, shape (n_samples,)."""
        X = check_n_features(self, X)
        return X @ self.coef_ + self.intercept_
