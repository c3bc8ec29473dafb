"""Rosenblatt's perceptron: a linear classifier that learns only from its mistakes.

For labels :math:`y_i \\in \\{-1, +1\\}` and the score :math:`f(x) = w^\\top x + b`, each
sample that is misclassified (or on the boundary), :math:`y_i f(x_i) \\le 0`, moves the
hyperplane toward it:

.. math:: w \\leftarrow w + \\eta_0 \\, y_i x_i, \\qquad b \\leftarrow b + \\eta_0 \\, y_i .

This is stochastic gradient descent on the perceptron loss :math:`\\max(0, -y_i f(x_i))`.
If the classes are linearly separable the updates stop after finitely many mistakes
(Novikoff's theorem); otherwise they never stop, so training ends after ``max_iter``
epochs or when the epoch's summed loss stops improving by ``tol`` (as scikit-learn's
``Perceptron``). Several classes are learned one-vs-rest.

Lesson: 4.2 `logistic-regression-perceptron`.
"""

from __future__ import annotations

import warnings

import numpy as np

from gradiente._validation import (
    as_generator,
    check_classification_targets,
    check_n_features,
    check_parameter,
    check_X_y,
)
from gradiente.base import BaseEstimator, ClassifierMixin
from gradiente.exceptions import ConvergenceWarning

__all__ = ["Perceptron"]


class Perceptron(ClassifierMixin, BaseEstimator):
    """Linear classifier trained by Rosenblatt's mistake-driven updates.

    Parameters
    ----------
    eta0 : float
        Step size :math:`\\eta_0` of each update. Starting from :math:`w = 0`, scaling
        ``eta0`` scales every iterate and leaves the predictions unchanged.
    max_iter : int
        Maximum number of epochs (passes over the training data).
    tol : float or None
        Stop when the summed perceptron loss of an epoch has not fallen below the best
        one minus ``tol * n_samples`` for ``n_iter_no_change`` epochs in a row; None runs
        all ``max_iter`` epochs (unless an epoch makes no mistake).
    n_iter_no_change : int
        Patience of the ``tol`` rule.
    fit_intercept : bool
        Learn the bias ``b``; if False the hyperplane goes through the origin.
    shuffle : bool
        Visit the samples in a new random order each epoch.
    random_state : None, int or numpy.random.Generator
        Seed of the shuffling (scikit-learn's default is 0, so it is here).

    Attributes
    ----------
    classes_ : ndarray, shape (n_classes,)
    coef_ : ndarray, shape (1, n_features) for two classes, else (n_classes, n_features)
        One row per one-vs-rest problem (one row in all for two classes: positive scores
        mean ``classes_[1]``).
    intercept_ : ndarray, shape (1,) or (n_classes,)
    n_iter_ : int
        Epochs run (the largest over the one-vs-rest problems).
    n_updates_ : ndarray of int, shape (n_problems,)
        Number of mistakes (updates) made in each problem.
    n_features_in_ : int

    Examples
    --------
    >>> X = np.array([[0.0, 0.0], [1.0, 0.0], [3.0, 3.0], [4.0, 3.0]])
    >>> model = Perceptron(shuffle=False).fit(X, [0, 0, 1, 1])
    >>> model.predict([[0.5, 0.0], [3.5, 3.5]]).tolist()
    [0, 1]
    >>> model.coef_.tolist(), model.intercept_.tolist()
    ([[1.0, 3.0]], [-3.0])
    """

    def __init__(
        self,
        eta0=1.0,
        max_iter=1000,
        tol=1e-3,
        n_iter_no_change=5,
        fit_intercept=True,
        shuffle=True,
        random_state=0,
    ):
        self.eta0 = eta0
        self.max_iter = max_iter
        self.tol = tol
        self.n_iter_no_change = n_iter_no_change
        self.fit_intercept = fit_intercept
        self.shuffle = shuffle
        self.random_state = random_state

    def fit(self, X, y):
        """Learn ``coef_`` and ``intercept_`` from ``X`` (n_samples, n_features) and ``y`` (n_samples,)."""
        check_parameter(self.eta0, "eta0", low=0, low_open=True)
        check_parameter(self.max_iter, "max_iter", low=1, integer=True)
        check_parameter(self.n_iter_no_change, "n_iter_no_change", low=1, integer=True)
        if self.tol is not None:
            check_parameter(self.tol, "tol", low=0)
        rng = as_generator(self.random_state, name="random_state")
        X, y = check_X_y(X, y)
        self.classes_, y_index = check_classification_targets(y)
        self.n_features_in_ = X.shape[1]
        n_classes = self.classes_.shape[0]
        # Two classes: one problem, +1 for classes_[1]. More: class k against the rest.
        positives = [1] if n_classes == 2 else range(n_classes)
        coefs, intercepts, epochs, updates = [], [], [], []
        for k in positives:
            w, b, n_epochs, n_updates = self._fit_binary(X, np.where(y_index == k, 1.0, -1.0), rng)
            coefs.append(w)
            intercepts.append(b)
            epochs.append(n_epochs)
            updates.append(n_updates)
        self.coef_ = np.array(coefs)
        self.intercept_ = np.array(intercepts)
        self.n_iter_ = int(max(epochs))
        self.n_updates_ = np.array(updates)
        if self.n_iter_ == self.max_iter and self.tol is not None:
            warnings.warn(
                f"Perceptron: max_iter={self.max_iter} epochs ran and the loss was still improving "
                "by more than tol; the classes may not be linearly separable. Increase max_iter, "
                "standardize X, or accept the current hyperplane.",
                ConvergenceWarning,
                stacklevel=2,
            )
        return self

    def _fit_binary(self, X, y, rng):
        n_samples, n_features = X.shape
        eta = float(self.eta0)
        w, b = np.zeros(n_features), 0.0
        order = np.arange(n_samples)
        best_loss, no_improvement = np.inf, 0
        n_updates = 0
        n_epochs = 0
        for n_epochs in range(1, self.max_iter + 1):  # noqa: B007 (read after the loop)
            if self.shuffle:
                rng.shuffle(order)
            epoch_loss = 0.0
            mistakes = 0
            for i in order:
                margin = y[i] * (X[i] @ w + b)
                if margin <= 0.0:  # wrong side or on the boundary: Rosenblatt's update
                    epoch_loss -= margin  # perceptron loss max(0, -y f(x))
                    w += eta * y[i] * X[i]
                    if self.fit_intercept:
                        b += eta * y[i]
                    mistakes += 1
            n_updates += mistakes
            if self.tol is not None:
                no_improvement = no_improvement + 1 if epoch_loss > best_loss - self.tol * n_samples else 0
                best_loss = min(best_loss, epoch_loss)
                if no_improvement >= self.n_iter_no_change:
                    break
            elif mistakes == 0:
                break
        return w, b, n_epochs, n_updates

    def decision_function(self, X):
        """Scores :math:`Xw + b`: shape (n_samples,) for two classes, else (n_samples, n_classes)."""
        X = check_n_features(self, X)
        scores = X @ self.coef_.T + self.intercept_
        return scores[:, 0] if scores.shape[1] == 1 else scores

    def predict(self, X):
        """Class labels, shape (n_samples,): the sign for two classes, the largest score otherwise."""
        scores = self.decision_function(X)
        if scores.ndim == 1:
            return self.classes_[(scores > 0).astype(int)]
        return self.classes_[np.argmax(scores, axis=1)]
