"""Linear regression: fit a hyperplane to data by least squares, four ways.

.. math:: \\hat{y} = X w + b, \\qquad
          \\min_{w, b} \\; \\frac{1}{2n} \\lVert X w + b - y \\rVert^2

The intercept is handled by centering: with :math:`\\bar x, \\bar y` the column means,
the optimal :math:`w` solves the same problem on :math:`X - \\bar x,\\; y - \\bar y`,
and then :math:`b = \\bar y - \\bar x^\\top w`. So each solver only has to solve
:math:`\\min_w \\lVert X_c w - y_c \\rVert^2`:

- ``"lstsq"``: QR of the augmented matrix :math:`[X_c \\mid y_c]`, then the SVD of the
  small triangular factor; the minimum-norm solution, robust to rank deficiency
  (what LAPACK's ``gelsd`` behind ``numpy.linalg.lstsq`` does, in two calls).
- ``"qr"``: :math:`X_c = QR`, then back-substitution :math:`R w = Q^\\top y_c`.
- ``"normal"``: the normal equations :math:`X_c^\\top X_c \\, w = X_c^\\top y_c`
  (fast, but squares the condition number).
- ``"gd"``: gradient descent on the loss, with step :math:`1/L` where :math:`L` is the
  largest eigenvalue of :math:`X_c^\\top X_c / n`; records ``loss_history_``.

Lesson: 4.1 `linear-regression` (normal equations, gradient descent, R²).
"""

from __future__ import annotations

import numpy as np

from gradiente._validation import check_choice, check_n_features, check_parameter, check_X_y
from gradiente.base import BaseEstimator, RegressorMixin

__all__ = ["LinearRegression"]

SOLVERS = ("lstsq", "qr", "normal", "gd")


class LinearRegression(RegressorMixin, BaseEstimator):
    """Ordinary least squares linear regression.

    Parameters
    ----------
    solver : {"lstsq", "qr", "normal", "gd"}
        How to solve the least-squares problem (see the module docstring).
    fit_intercept : bool
        Learn the bias ``b``; if False the hyperplane goes through the origin.
    lr : "auto" or float
        Step size for ``solver="gd"``; ``"auto"`` is :math:`1/L`, the largest step
        that is safe for this quadratic loss.
    max_iter : int
        Iteration budget for ``solver="gd"``.
    tol : float
        ``gd`` stops when the gradient norm falls below ``tol`` times its initial value.

    Attributes
    ----------
    coef_ : ndarray, shape (n_features,)
        The weights ``w``.
    intercept_ : float
        The bias ``b`` (0.0 when ``fit_intercept=False``).
    rank_ : int
        Numerical rank of the centered ``X`` (``lstsq`` only; other solvers set ``n_features``).
    n_iter_ : int
        Gradient-descent steps taken (``gd``); 1 for the closed-form solvers, which solve once.
    loss_history_ : ndarray, shape (n_iter_ + 1,)
        Loss :math:`\\frac{1}{2n}\\lVert X_c w - y_c \\rVert^2` before each step (``gd`` only).
    n_features_in_ : int

    Examples
    --------
    >>> X = np.array([[0.0], [1.0], [2.0]])
    >>> model = LinearRegression().fit(X, [1.0, 3.0, 5.0])
    >>> model.coef_.round(6).tolist(), round(model.intercept_, 6)
    ([2.0], 1.0)
    """

    def __init__(self, solver="lstsq", fit_intercept=True, lr="auto", max_iter=100_000, tol=1e-10):
        self.solver = solver
        self.fit_intercept = fit_intercept
        self.lr = lr
        self.max_iter = max_iter
        self.tol = tol

    def fit(self, X, y):
        """Learn ``coef_`` and ``intercept_`` from ``X`` (n_samples, n_features) and ``y`` (n_samples,)."""
        check_choice("solver", self.solver, SOLVERS)
        check_parameter(self.max_iter, "max_iter", low=1, integer=True)
        check_parameter(self.tol, "tol", low=0)
        if not (isinstance(self.lr, str) and self.lr == "auto"):
            check_parameter(self.lr, "lr", low=0, low_open=True)
        X, y = check_X_y(X, y, y_numeric=True)
        self.n_features_in_ = X.shape[1]
        n_samples, n_features = X.shape
        if self.fit_intercept:
            x_mean, y_mean = X.mean(axis=0), y.mean()
        else:
            x_mean, y_mean = np.zeros(n_features), 0.0
        self.n_iter_ = 1  # one solve; _solve_gd counts its steps
        self.rank_ = n_features
        if self.solver == "lstsq":
            # One pass over the big matrix to build the centered [X_c | y_c] that QR needs.
            augmented = np.empty((n_samples, n_features + 1))
            np.subtract(X, x_mean, out=augmented[:, :n_features])
            np.subtract(y, y_mean, out=augmented[:, n_features])
            self.coef_ = self._solve_lstsq(augmented)
        else:
            X_centered, y_centered = (X - x_mean, y - y_mean) if self.fit_intercept else (X, y)
            solve = {"qr": _solve_qr, "normal": _solve_normal, "gd": self._solve_gd}
            try:
                self.coef_ = solve[self.solver](X_centered, y_centered)
            except np.linalg.LinAlgError as error:
                raise np.linalg.LinAlgError(f"{error}{too_few_samples(X.shape, self.fit_intercept)}") from None
        self.intercept_ = float(y_mean - x_mean @ self.coef_)
        return self

    def predict(self, X):
        """Return :math:`\\hat y = X w + b`, shape (n_samples,)."""
        X = check_n_features(self, X)
        return X @ self.coef_ + self.intercept_

    # -- solvers ------------------------------------------------------------------

    def _solve_lstsq(self, augmented):
        """Minimum-norm least squares from the centered augmented matrix [X_c | y_c]."""
        n_samples, n_features = augmented.shape[0], augmented.shape[1] - 1
        if n_samples > n_features:
            # QR of [X | y] without forming Q: R_aug = [[R, Q^T y], [0, residual]].
            # This is the one pass over the big matrix; everything after is n_features-sized.
            R_augmented = np.linalg.qr(augmented, mode="r")
            R, Qty = R_augmented[:n_features, :n_features], R_augmented[:n_features, n_features]
        else:
            R, Qty = augmented[:, :n_features], augmented[:, n_features]  # wide: SVD of X itself
        # Minimum-norm solution w = V diag(1/s) U^T (Q^T y), dropping tiny singular values.
        U, s, Vt = np.linalg.svd(R, full_matrices=False)
        cutoff = np.finfo(np.float64).eps * max(n_samples, n_features) * (s[0] if s.size else 0.0)
        keep = s > cutoff
        self.rank_ = int(keep.sum())
        return Vt[keep].T @ ((U[:, keep].T @ Qty) / s[keep])

    def _solve_gd(self, X, y):
        n_samples = X.shape[0]
        if isinstance(self.lr, str):
            # L = largest eigenvalue of the Hessian X^T X / n; step 1/L never overshoots.
            L = np.linalg.eigvalsh(X.T @ X / n_samples)[-1] if X.shape[1] <= 2000 else _power_iteration(X) / n_samples
            lr = 1.0 / L if L > 0 else 1.0
        else:
            lr = float(self.lr)
        w = np.zeros(X.shape[1])
        residual = X @ w - y
        losses = [0.5 * np.mean(residual**2)]
        gradient = X.T @ residual / n_samples  # d/dw (1/2n)||Xw - y||^2 = X^T (Xw - y) / n
        stop_at = self.tol * max(np.linalg.norm(gradient), np.finfo(np.float64).tiny)
        step = 0
        with np.errstate(over="ignore", invalid="ignore"):  # divergence is reported below, once
            while step < self.max_iter and np.linalg.norm(gradient) > stop_at:
                w -= lr * gradient
                residual = X @ w - y
                gradient = X.T @ residual / n_samples
                losses.append(0.5 * np.mean(residual**2))
                step += 1
                if not np.isfinite(losses[-1]):
                    raise FloatingPointError(
                        f"gradient descent diverged at step {step} (loss {losses[-1]}); lr={lr} is "
                        "too large for this data. Use lr='auto' or a smaller lr, and standardize X."
                    )
        self.n_iter_ = step
        self.loss_history_ = np.asarray(losses)
        return w


def _power_iteration(X, n_steps=100):
    """Largest eigenvalue of X^T X without forming it (many features)."""
    v = np.ones(X.shape[1]) / np.sqrt(X.shape[1])
    eigenvalue = 0.0
    for _ in range(n_steps):
        u = X.T @ (X @ v)
        eigenvalue = np.linalg.norm(u)
        if eigenvalue == 0:
            return 0.0
        v = u / eigenvalue
    return eigenvalue


def too_few_samples(shape, centred):
    """Why the columns of an (n_samples, n_features) X must be dependent, when the count alone says so.

    Centring takes one dimension away (the centred rows sum to zero), so n samples span at
    most n - 1 directions; fewer directions than features always leaves w undetermined.
    """
    n_samples, n_features = shape
    directions = n_samples - 1 if centred else n_samples
    if directions >= n_features:
        return ""
    return (
        f" Here it is certain: X has {n_samples} sample(s) for {n_features} feature(s), so its "
        f"{'centred ' if centred else ''}rows span at most {directions} of the {n_features} directions; "
        "collect more samples than features."
    )


def _solve_qr(X, y):
    Q, R = np.linalg.qr(X, mode="reduced")
    return _back_substitution(R, Q.T @ y)


def _back_substitution(R, b):
    """Solve the upper-triangular system R w = b from the last row up."""
    n = R.shape[0]
    diagonal = np.abs(np.diag(R))
    if n and diagonal.min() <= np.finfo(np.float64).eps * diagonal.max() * max(R.shape):
        raise np.linalg.LinAlgError(
            "R has a (near) zero on its diagonal: the columns of X are linearly dependent, so "
            "the least-squares solution is not unique. Use solver='lstsq' (minimum-norm solution) "
            "or drop the redundant features."
        )
    w = np.zeros(n)
    for i in range(n - 1, -1, -1):
        w[i] = (b[i] - R[i, i + 1 :] @ w[i + 1 :]) / R[i, i]  # w_i = (b_i - sum_{j>i} R_ij w_j) / R_ii
    return w


def _solve_normal(X, y):
    gram = X.T @ X
    try:
        # The Gram matrix is symmetric positive (semi)definite: Cholesky, then two triangular solves.
        L = np.linalg.cholesky(gram)
    except np.linalg.LinAlgError:
        raise np.linalg.LinAlgError(
            "X^T X is singular: the columns of X are linearly dependent, so the normal equations "
            "have no unique solution. Use solver='lstsq', or drop the redundant features."
        ) from None
    z = np.linalg.solve(L, X.T @ y)  # L z = X^T y
    return np.linalg.solve(L.T, z)  # L^T w = z
