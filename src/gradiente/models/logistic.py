"""Logistic regression: a linear score turned into class probabilities, fitted by maximum likelihood.

Binary (two classes), with :math:`z = X w + b` and the sigmoid :math:`\\sigma(z) = 1/(1+e^{-z})`:

.. math:: p_i = \\sigma(z_i), \\qquad
          \\mathcal{L} = -\\frac{1}{n}\\sum_i \\big[y_i \\log p_i + (1-y_i)\\log(1-p_i)\\big]
          + \\frac{1}{2Cn}\\lVert w \\rVert^2

Multinomial (k classes), with :math:`Z = X W + b` (one column per class) and the softmax:

.. math:: P_{ic} = \\frac{e^{Z_{ic}}}{\\sum_{c'} e^{Z_{ic'}}}, \\qquad
          \\mathcal{L} = -\\frac{1}{n}\\sum_i \\log P_{i, y_i} + \\frac{1}{2Cn}\\lVert W \\rVert^2

Both have the same gradient shape, "error times input": :math:`\\nabla_W \\mathcal L =
X^\\top (P - Y)/n + W/(Cn)` with :math:`Y` the one-hot labels. The penalty term
(only when ``penalty="l2"``) is scikit-learn's ``C`` convention divided by :math:`Cn`,
so both libraries find the same minimiser.

Lesson: 4.2 `logistic-regression-perceptron`; 5.4 `maximum-likelihood` (why the loss is a
negative log-likelihood); 3.3 `newton-method`.
"""

from __future__ import annotations

import warnings

import numpy as np

from gradiente._validation import (
    check_choice,
    check_classification_targets,
    check_n_features,
    check_parameter,
    check_X_y,
)
from gradiente.base import BaseEstimator, ClassifierMixin
from gradiente.exceptions import ConvergenceWarning
from gradiente.softmax import logsumexp, sigmoid, softmax

__all__ = ["LogisticRegression"]


class LogisticRegression(ClassifierMixin, BaseEstimator):
    """Binary and multinomial (softmax) logistic regression.

    Parameters
    ----------
    penalty : {None, "l2"}
        None (default) is the plain maximum-likelihood fit; ``"l2"`` adds
        :math:`\\lVert w\\rVert^2 / (2Cn)` (the intercept is never penalised).
    C : float
        Inverse regularisation strength (``penalty="l2"`` only), as in scikit-learn.
    solver : {"newton", "gd"}
        ``"newton"``: Newton's method with a backtracking line search (a few dozen steps);
        ``"gd"``: gradient descent with step ``lr``.
    lr : "auto" or float
        Step size for ``"gd"``; ``"auto"`` is :math:`1/L` with :math:`L` a bound on the
        Hessian's largest eigenvalue.
    max_iter : int
    tol : float
        Stop when the largest absolute gradient entry is below ``tol``.
    fit_intercept : bool

    Attributes
    ----------
    classes_ : ndarray, shape (n_classes,)
    coef_ : ndarray, shape (1, n_features) for two classes, else (n_classes, n_features)
    intercept_ : ndarray, shape (1,) or (n_classes,)
    n_iter_ : int
    loss_history_ : ndarray, shape (n_iter_ + 1,)
        The penalised loss before each step.
    n_features_in_ : int

    Notes
    -----
    On linearly separable data the unpenalised maximum-likelihood estimate does not exist:
    the loss keeps falling as :math:`\\lVert w \\rVert \\to \\infty`. Its gradient falls towards 0
    too, so the solver stops either at ``max_iter`` (with a ``ConvergenceWarning``) or once the
    gradient is under ``tol``, at a large :math:`\\lVert w \\rVert` that says only when it stopped
    (iris setosa vs versicolor on the petals: about 29 with the defaults). Use ``penalty="l2"``.

    Examples
    --------
    >>> X = np.array([[0.0], [1.0], [2.0], [3.0]])
    >>> model = LogisticRegression().fit(X, [0, 1, 0, 1])
    >>> model.predict_proba(X).shape
    (4, 2)
    """

    def __init__(self, penalty=None, C=1.0, solver="newton", lr="auto", max_iter=100, tol=1e-8, fit_intercept=True):
        self.penalty = penalty
        self.C = C
        self.solver = solver
        self.lr = lr
        self.max_iter = max_iter
        self.tol = tol
        self.fit_intercept = fit_intercept

    # -- public API ---------------------------------------------------------------

    def fit(self, X, y):
        """Learn the weights from ``X`` (n_samples, n_features) and labels ``y`` (n_samples,)."""
        if self.penalty is not None and self.penalty != "l2":
            raise ValueError(f"penalty must be None or 'l2'; got {self.penalty!r}.")
        check_choice("solver", self.solver, ("newton", "gd"))
        check_parameter(self.C, "C", low=0, low_open=True)
        check_parameter(self.max_iter, "max_iter", low=1, integer=True)
        check_parameter(self.tol, "tol", low=0)
        if not (isinstance(self.lr, str) and self.lr == "auto"):
            check_parameter(self.lr, "lr", low=0, low_open=True)
        X, y = check_X_y(X, y)
        self.classes_, y_index = check_classification_targets(y)
        self.n_features_in_ = X.shape[1]
        n_samples = X.shape[0]
        n_classes = self.classes_.shape[0]
        X_design = np.column_stack([X, np.ones(n_samples)]) if self.fit_intercept else X
        if n_classes == 2:
            Y = (y_index == 1).astype(np.float64)[:, None]  # one column: the positive class
        else:
            Y = np.eye(n_classes)[y_index]  # one-hot, (n_samples, n_classes)
        # Penalty weight per coefficient: 1/(Cn) on weights, 0 on the intercept row.
        penalty_weight = np.full(X_design.shape[1], 0.0 if self.penalty is None else 1.0 / (self.C * n_samples))
        if self.fit_intercept:
            penalty_weight[-1] = 0.0
        problem = _Problem(X_design, Y, penalty_weight)
        theta = np.zeros((X_design.shape[1], Y.shape[1]))
        if self.solver == "newton":
            theta, losses = self._newton(problem, theta)
        else:
            theta, losses = self._gradient_descent(problem, theta)
        self.loss_history_ = np.asarray(losses)
        self.n_iter_ = len(losses) - 1
        weights = theta[: X.shape[1]]
        self.coef_ = weights.T.copy()  # NB: scikit-learn stores (n_classes, n_features)
        self.intercept_ = theta[-1].copy() if self.fit_intercept else np.zeros(theta.shape[1])
        return self

    def decision_function(self, X):
        """Scores :math:`z = X w + b`: shape (n_samples,) for two classes, else (n_samples, n_classes)."""
        X = check_n_features(self, X)
        scores = X @ self.coef_.T + self.intercept_
        return scores[:, 0] if scores.shape[1] == 1 else scores

    def predict_proba(self, X):
        """Class probabilities, shape (n_samples, n_classes), columns in ``classes_`` order."""
        scores = self.decision_function(X)
        if scores.ndim == 1:
            p = sigmoid(scores)
            return np.column_stack([1.0 - p, p])
        return softmax(scores)

    def predict(self, X):
        """The most probable class for each row, shape (n_samples,)."""
        scores = self.decision_function(X)
        if scores.ndim == 1:
            return self.classes_[(scores > 0).astype(int)]
        return self.classes_[np.argmax(scores, axis=1)]

    # -- solvers ------------------------------------------------------------------

    def _newton(self, problem, theta):
        loss, gradient = problem.loss_and_gradient(theta)
        losses = [loss]
        for _ in range(int(self.max_iter)):
            if np.max(np.abs(gradient)) <= self.tol:
                return theta, losses
            hessian = problem.hessian(theta)
            # lstsq, not solve: the unpenalised softmax Hessian is singular (adding one vector to
            # every class column changes nothing), and the minimum-norm step ignores that direction.
            step = np.linalg.lstsq(hessian, gradient.ravel(), rcond=None)[0].reshape(theta.shape)
            # Backtracking (Armijo) line search: halve the step until the loss falls enough.
            slope = float(np.sum(gradient * step))
            t = 1.0
            while True:
                candidate = theta - t * step
                candidate_loss, candidate_gradient = problem.loss_and_gradient(candidate)
                if candidate_loss <= loss - 1e-4 * t * slope or t < 1e-10:
                    break
                t *= 0.5
            if candidate_loss > loss:  # no progress possible at machine precision
                return theta, losses
            theta, loss, gradient = candidate, candidate_loss, candidate_gradient
            losses.append(loss)
        if np.max(np.abs(gradient)) > self.tol:
            _warn_not_converged("newton", self.max_iter, gradient)
        return theta, losses

    def _gradient_descent(self, problem, theta):
        lr = problem.safe_step() if isinstance(self.lr, str) else float(self.lr)
        loss, gradient = problem.loss_and_gradient(theta)
        losses = [loss]
        for _ in range(int(self.max_iter)):
            if np.max(np.abs(gradient)) <= self.tol:
                return theta, losses
            theta = theta - lr * gradient
            loss, gradient = problem.loss_and_gradient(theta)
            losses.append(loss)
            if not np.isfinite(loss):
                raise FloatingPointError(
                    f"gradient descent diverged (loss {loss}); lr={lr} is too large. "
                    "Use lr='auto' or a smaller lr, and standardize X."
                )
        if np.max(np.abs(gradient)) > self.tol:
            _warn_not_converged("gd", self.max_iter, gradient)
        return theta, losses


def _warn_not_converged(solver, max_iter, gradient):
    warnings.warn(
        f"LogisticRegression(solver={solver!r}) did not converge in max_iter={max_iter} steps "
        f"(largest gradient entry {np.max(np.abs(gradient)):.2e}). Increase max_iter, standardize X, "
        "or add penalty='l2' if the classes are linearly separable.",
        ConvergenceWarning,
        stacklevel=3,
    )


class _Problem:
    """The penalised negative log-likelihood as a function of theta (n_params, n_outputs).

    One output column means the binary sigmoid model; several mean softmax.
    """

    def __init__(self, X, Y, penalty_weight):
        self.X, self.Y, self.penalty_weight = X, Y, penalty_weight[:, None]
        self.n_samples = X.shape[0]
        self.binary = Y.shape[1] == 1

    def probabilities(self, Z):
        return sigmoid(Z) if self.binary else softmax(Z)

    def loss_and_gradient(self, theta):
        Z = self.X @ theta
        if self.binary:
            # -[y log s(z) + (1-y) log(1-s(z))] = log(1 + e^z) - y z, overflow-free via logaddexp.
            log_likelihood = np.sum(self.Y * Z - np.logaddexp(0.0, Z))
        else:
            # log P_ic = Z_ic - log sum_c' e^{Z_ic'}
            log_likelihood = np.sum(self.Y * (Z - logsumexp(Z, axis=1, keepdims=True)))
        P = self.probabilities(Z)
        loss = -log_likelihood / self.n_samples + 0.5 * np.sum(self.penalty_weight * theta**2)
        gradient = self.X.T @ (P - self.Y) / self.n_samples + self.penalty_weight * theta
        return float(loss), gradient

    def hessian(self, theta):
        P = self.probabilities(self.X @ theta)
        n_params, n_outputs = theta.shape
        if self.binary:
            # d²L/dθ² = X^T diag(p(1-p)) X / n
            curvature = (P * (1 - P))[:, 0]
            hessian = (self.X.T * curvature) @ self.X / self.n_samples
        else:
            # Block (a, b): X^T diag(P_a (δ_ab - P_b)) X / n, laid out to match theta.ravel() (row-major).
            hessian = np.empty((n_params, n_outputs, n_params, n_outputs))
            for a in range(n_outputs):
                for b in range(a, n_outputs):
                    curvature = P[:, a] * ((a == b) - P[:, b])
                    block = (self.X.T * curvature) @ self.X / self.n_samples
                    hessian[:, a, :, b] = block
                    hessian[:, b, :, a] = block.T
            hessian = hessian.reshape(n_params * n_outputs, n_params * n_outputs)
        penalty = np.repeat(self.penalty_weight[:, 0], n_outputs)
        hessian[np.diag_indices_from(hessian)] += penalty
        return hessian

    def safe_step(self):
        """1/L, with L bounding the Hessian: ||X||_2² / (4n) (sigmoid) or / (2n) (softmax)."""
        spectral_norm_squared = np.linalg.norm(self.X, 2) ** 2
        curvature_bound = 0.25 if self.binary else 0.5
        L = curvature_bound * spectral_norm_squared / self.n_samples + self.penalty_weight.max()
        return 1.0 / L
