"""Support vector machines: the widest margin between classes.

``SVC`` solves the dual with kernels by SMO (see :mod:`gradiente.models.smo`); several
classes are handled one-vs-one, as libsvm does. ``LinearSVC`` minimises the primal hinge
loss directly by stochastic subgradient steps (Pegasos).

The primal, for labels :math:`y_i \\in \\{-1, +1\\}`:

.. math:: \\min_{w, b} \\; \\tfrac12 \\lVert w \\rVert^2 + C \\sum_i \\max(0,\\, 1 - y_i (w^\\top x_i + b))

Its dual depends on the data only through inner products, which a kernel replaces:

.. math:: \\max_\\alpha \\; \\sum_i \\alpha_i - \\tfrac12 \\sum_{i,j} \\alpha_i \\alpha_j y_i y_j k(x_i, x_j),
          \\quad 0 \\le \\alpha_i \\le C, \\; \\sum_i \\alpha_i y_i = 0,

and the decision function is :math:`f(x) = \\sum_i \\alpha_i y_i k(x_i, x) + b`. Only the
samples with :math:`\\alpha_i > 0`, the support vectors, matter.

Lessons: 4.5 `svm-maximum-margin`, 4.6 `svm-dual-kernels`.
"""

from __future__ import annotations

import warnings

import numpy as np

from gradiente._validation import (
    as_generator,
    check_choice,
    check_classification_targets,
    check_is_fitted,
    check_n_features,
    check_parameter,
    check_X_y,
)
from gradiente.base import BaseEstimator, ClassifierMixin
from gradiente.exceptions import ConvergenceWarning
from gradiente.models.kernels import KERNELS, kernel_matrix, resolve_gamma
from gradiente.models.smo import smo

__all__ = ["SVC", "LinearSVC"]


class SVC(ClassifierMixin, BaseEstimator):
    """Kernel support vector classifier, trained by SMO on the dual.

    Parameters
    ----------
    C : float
        Penalty on margin violations; small C = wide, tolerant margin.
    kernel : {"rbf", "linear", "poly"}
    gamma : "scale", "auto" or float
        Kernel width (rbf, poly); see :func:`gradiente.models.kernels.resolve_gamma`.
    degree : int
        Degree of the poly kernel.
    coef0 : float
        Constant term of the poly kernel.
    tol : float
        Stopping tolerance on the KKT gap (libsvm's default 1e-3).
    max_iter : int or None
        SMO iteration cap per pair of classes; None means scikit-learn's default.
    decision_function_shape : {"ovr", "ovo"}
        With more than two classes, what ``decision_function`` returns: one column per class
        (``"ovr"``, scikit-learn's default: the class's one-vs-one votes plus a confidence in
        (-1/3, 1/3) that breaks ties), or the raw one-vs-one scores, one column per pair
        (``"ovo"``, libsvm's own). ``predict`` is the ``"ovr"`` column with the most, either way.

    Attributes
    ----------
    classes_ : ndarray, shape (n_classes,)
    support_ : ndarray of int, shape (n_SV,)
        Training indices of the support vectors, grouped by class (libsvm's order).
    support_vectors_ : ndarray, shape (n_SV, n_features)
    n_support_ : ndarray of int, shape (n_classes,)
    dual_coef_ : ndarray, shape (n_classes - 1, n_SV)
        :math:`y_i \\alpha_i` for each support vector in each of the one-vs-one problems it
        is in, in libsvm's layout: for classes ``a < b`` the coefficients of ``a``'s vectors
        are in row ``b - 1`` and those of ``b``'s vectors in row ``a``.
    intercept_ : ndarray, shape (n_classes * (n_classes - 1) / 2,)
        The offset ``b`` of each one-vs-one problem.
    objective_ : ndarray, shape (n_pairs,)
        Final dual objective :math:`\\tfrac12\\alpha^\\top Q\\alpha - \\mathbf 1^\\top\\alpha` per problem
        (libsvm's "obj").
    n_iter_ : ndarray of int, shape (n_pairs,)
        SMO iterations per problem.
    n_features_in_ : int

    Notes
    -----
    Two classes: ``decision_function(X) > 0`` predicts ``classes_[1]``. More classes: the
    one-vs-one scores have one column per pair ``(a, b)``, ``a < b`` in ``classes_`` order,
    positive means ``a``; ``predict`` takes a vote, and a tie goes to the class whose
    scores are larger in sum (scikit-learn's ``break_ties=True``; libsvm gives it to the
    lower class), so that ``predict`` always agrees with ``decision_function``.

    Examples
    --------
    >>> X = np.array([[0.0, 0.0], [0.0, 1.0], [3.0, 3.0], [3.0, 4.0]])
    >>> SVC(kernel="linear").fit(X, [0, 0, 1, 1]).predict([[0.5, 0.5], [2.5, 3.0]]).tolist()
    [0, 1]
    """

    def __init__(
        self,
        C=1.0,
        kernel="rbf",
        gamma="scale",
        degree=3,
        coef0=0.0,
        tol=1e-3,
        max_iter=None,
        decision_function_shape="ovr",
    ):
        self.C = C
        self.kernel = kernel
        self.gamma = gamma
        self.degree = degree
        self.coef0 = coef0
        self.tol = tol
        self.max_iter = max_iter
        self.decision_function_shape = decision_function_shape

    def _kernel(self, A, B):
        return kernel_matrix(A, B, self.kernel, self._gamma, self.degree, self.coef0)

    def fit(self, X, y):
        """Train one SMO problem per pair of classes on ``X`` (n_samples, n_features), ``y`` (n_samples,)."""
        check_parameter(self.C, "C", low=0, low_open=True)
        check_choice("kernel", self.kernel, KERNELS)
        check_parameter(self.tol, "tol", low=0, low_open=True)
        check_parameter(self.degree, "degree", low=1, integer=True)
        check_choice("decision_function_shape", self.decision_function_shape, ("ovr", "ovo"))
        if self.max_iter is not None:
            check_parameter(self.max_iter, "max_iter", low=1, integer=True)
        X, y = check_X_y(X, y)
        self.classes_, y_index = check_classification_targets(y)
        self.n_features_in_ = X.shape[1]
        self._gamma = resolve_gamma(self.gamma, X)
        n_classes = self.classes_.shape[0]

        # libsvm groups the samples by class; support_ and dual_coef_ follow that order.
        order = np.argsort(y_index, kind="stable")
        members = np.split(order, np.cumsum(np.bincount(y_index, minlength=n_classes))[:-1])
        # Kernel once for all pairs, on the samples grouped by class: each class is then a
        # contiguous range, and with two classes the whole matrix is the problem (no copy).
        X_grouped = X[order]
        K_grouped = self._kernel(X_grouped, X_grouped)
        start = np.concatenate([[0], np.cumsum([m.shape[0] for m in members])])

        alphas = {}  # (a, b) -> y_i alpha_i over members[a] then members[b]
        intercepts, objectives, iterations = [], [], []
        for a in range(n_classes):
            for b in range(a + 1, n_classes):
                n_a, n_b = members[a].shape[0], members[b].shape[0]
                # +1 is the first class of the pair, as in libsvm (which also fixes its path:
                # SMO breaks ties by index, so the labelling changes the iterates, not the optimum).
                y_pair = np.r_[np.ones(n_a), -np.ones(n_b)]
                if n_classes == 2:
                    K_pair = K_grouped
                else:
                    rows = np.r_[start[a] : start[a + 1], start[b] : start[b + 1]]
                    K_pair = K_grouped[np.ix_(rows, rows)]
                result = smo(K_pair, y_pair, self.C, tol=self.tol, max_iter=self.max_iter)
                if not result.converged:
                    warnings.warn(
                        f"SVC: SMO stopped at max_iter={result.n_iter} before reaching tol={self.tol} "
                        f"for classes {self.classes_[a]!r} vs {self.classes_[b]!r}; increase max_iter "
                        "or standardize X.",
                        ConvergenceWarning,
                        stacklevel=2,
                    )
                alphas[a, b] = result.alpha * y_pair  # signed: y_i alpha_i
                intercepts.append(-result.rho)
                objectives.append(result.objective)
                iterations.append(result.n_iter)

        # A sample is a support vector if it has alpha > 0 in any of its problems.
        is_support = [np.zeros(m.shape[0], dtype=bool) for m in members]
        for (a, b), coef in alphas.items():
            n_a = members[a].shape[0]
            is_support[a] |= coef[:n_a] != 0
            is_support[b] |= coef[n_a:] != 0
        self.n_support_ = np.array([mask.sum() for mask in is_support], dtype=np.int32)
        self.support_ = np.concatenate([m[mask] for m, mask in zip(members, is_support)])
        self.support_vectors_ = X[self.support_]
        sv_start = np.concatenate([[0], np.cumsum(self.n_support_)])
        self.dual_coef_ = np.zeros((n_classes - 1, self.support_.shape[0]))
        for (a, b), coef in alphas.items():
            n_a = members[a].shape[0]
            self.dual_coef_[b - 1, sv_start[a] : sv_start[a + 1]] = coef[:n_a][is_support[a]]
            self.dual_coef_[a, sv_start[b] : sv_start[b + 1]] = coef[n_a:][is_support[b]]
        self.intercept_ = np.asarray(intercepts)
        if n_classes == 2:
            # scikit-learn's convention for two classes: decision > 0 means classes_[1].
            self.dual_coef_, self.intercept_ = -self.dual_coef_, -self.intercept_
        self.objective_ = np.asarray(objectives)
        self.n_iter_ = np.asarray(iterations)
        return self

    @property
    def coef_(self):
        """Weights :math:`w = \\sum_i \\alpha_i y_i x_i` of each one-vs-one problem (linear kernel only).

        Shape (1, n_features) for two classes (positive side ``classes_[1]``), else
        (n_pairs, n_features) in the order of ``intercept_``; then
        ``decision_function(X) == X @ coef_.T + intercept_``. With another kernel ``w``
        lives in the kernel's feature space, which may be infinite-dimensional (rbf), so
        there is no ``coef_``: an ``AttributeError`` says so (as in scikit-learn).

        Examples
        --------
        >>> X = np.array([[0.0, 0.0], [0.0, 1.0], [3.0, 3.0], [3.0, 4.0]])
        >>> SVC(kernel="linear").fit(X, [0, 0, 1, 1]).coef_.round(4).tolist()
        [[0.4615, 0.3077]]
        """
        if self.kernel != "linear":
            raise AttributeError(
                f"coef_ is only available when using a linear kernel; this SVC has kernel={self.kernel!r}, "
                "whose weight vector w lives in the kernel's feature space (infinite-dimensional for "
                "'rbf') and cannot be written with n_features numbers. Use decision_function(X), or "
                "fit SVC(kernel='linear') to read w."
            )
        check_is_fitted(self, "dual_coef_")
        n_classes = self.classes_.shape[0]
        start = np.concatenate([[0], np.cumsum(self.n_support_)])
        rows = []
        for a in range(n_classes):
            for b in range(a + 1, n_classes):
                in_a, in_b = slice(start[a], start[a + 1]), slice(start[b], start[b + 1])
                # w = sum_i y_i alpha_i x_i over the support vectors of classes a and b
                rows.append(
                    self.dual_coef_[b - 1, in_a] @ self.support_vectors_[in_a]
                    + self.dual_coef_[a, in_b] @ self.support_vectors_[in_b]
                )
        return np.array(rows)

    def decision_function(self, X):
        """Signed distances to the boundary: (n_samples,) for two classes, else one column per class
        (``decision_function_shape="ovr"``) or per pair of classes (``"ovo"``)."""
        scores = self._pair_scores(X)
        if scores.shape[1] == 1:
            return scores[:, 0]
        return scores if self.decision_function_shape == "ovo" else self._votes(scores)

    def predict(self, X):
        """Class labels, shape (n_samples,): the sign for two classes, a one-vs-one vote otherwise."""
        scores = self._pair_scores(X)
        if scores.shape[1] == 1:
            return self.classes_[(scores[:, 0] > 0).astype(int)]
        return self.classes_[np.argmax(self._votes(scores), axis=1)]

    def _pair_scores(self, X):
        """The one-vs-one scores, (n_samples, n_pairs): positive means the pair's first class."""
        X = check_n_features(self, X)
        K = self._kernel(X, self.support_vectors_)  # (n_samples, n_SV)
        n_classes = self.classes_.shape[0]
        start = np.concatenate([[0], np.cumsum(self.n_support_)])
        columns = []
        for a in range(n_classes):
            for b in range(a + 1, n_classes):
                in_a, in_b = slice(start[a], start[a + 1]), slice(start[b], start[b + 1])
                # f(x) = sum_i y_i alpha_i k(x_i, x) + b over the support vectors of this pair
                score = K[:, in_a] @ self.dual_coef_[b - 1, in_a] + K[:, in_b] @ self.dual_coef_[a, in_b]
                columns.append(score + self.intercept_[len(columns)])
        return np.column_stack(columns)

    def _votes(self, scores):
        """One column per class: its one-vs-one wins plus its summed scores squashed into (-1/3, 1/3).

        The squashed part only breaks ties among the votes (a vote is worth 1), as in
        scikit-learn's ``decision_function_shape="ovr"``.
        """
        n_classes = self.classes_.shape[0]
        votes = np.zeros((scores.shape[0], n_classes))
        confidence = np.zeros_like(votes)
        column = 0
        for a in range(n_classes):
            for b in range(a + 1, n_classes):
                wins_a = scores[:, column] > 0
                votes[:, a] += wins_a
                votes[:, b] += ~wins_a
                confidence[:, a] += scores[:, column]
                confidence[:, b] -= scores[:, column]
                column += 1
        return votes + confidence / (3 * (np.abs(confidence) + 1))


class LinearSVC(ClassifierMixin, BaseEstimator):
    """Linear SVM trained on the primal hinge loss by stochastic subgradient descent (Pegasos).

    With :math:`\\lambda = 1/(Cn)` the primal is, up to a factor, the strongly convex

    .. math:: P(w) = \\frac{\\lambda}{2}\\lVert w \\rVert^2 + \\frac1n \\sum_i \\max(0,\\, 1 - y_i w^\\top x_i).

    Pegasos (Shalev-Shwartz et al., 2007) takes, at step :math:`t`, a mini-batch :math:`B`,
    the step :math:`\\eta_t = 1/(\\lambda t)` and the subgradient of :math:`P` on the batch:

    .. math:: w \\leftarrow (1 - \\eta_t \\lambda)\\, w + \\frac{\\eta_t}{|B|}
              \\sum_{i \\in B,\\; y_i w^\\top x_i < 1} y_i x_i,

    then projects :math:`w` back onto the ball :math:`\\lVert w \\rVert \\le 1/\\sqrt\\lambda` where
    the optimum lies. The answer is the average of the iterates of the second half of training.
    The intercept is learned as the weight of a constant feature ``intercept_scaling``
    (and so is penalised, as in liblinear, which scikit-learn's LinearSVC wraps).

    Parameters
    ----------
    C : float
    epochs : int
        Passes over the data.
    batch_size : int
    fit_intercept : bool
    intercept_scaling : float
    random_state : None, int or numpy.random.Generator
        Order of the samples in each epoch.

    Attributes
    ----------
    classes_ : ndarray, shape (n_classes,)
    coef_ : ndarray, shape (1, n_features) for two classes, else (n_classes, n_features)
        Several classes are handled one-vs-rest, one row per class.
    intercept_ : ndarray, shape (1,) or (n_classes,)
    objective_ : ndarray, shape (1,) or (n_classes,)
        Final primal objective :math:`\\tfrac12\\lVert w\\rVert^2 + C\\sum_i \\text{hinge}_i`.
    n_features_in_ : int

    Examples
    --------
    >>> X = np.array([[0.0, 0.0], [0.0, 1.0], [3.0, 3.0], [3.0, 4.0]])
    >>> LinearSVC(random_state=0).fit(X, [0, 0, 1, 1]).predict([[0.5, 0.5], [2.5, 3.0]]).tolist()
    [0, 1]
    """

    def __init__(self, C=1.0, epochs=200, batch_size=16, fit_intercept=True, intercept_scaling=1.0, random_state=None):
        self.C = C
        self.epochs = epochs
        self.batch_size = batch_size
        self.fit_intercept = fit_intercept
        self.intercept_scaling = intercept_scaling
        self.random_state = random_state

    def fit(self, X, y):
        """Learn ``coef_`` and ``intercept_`` from ``X`` (n_samples, n_features) and ``y`` (n_samples,)."""
        check_parameter(self.C, "C", low=0, low_open=True)
        check_parameter(self.epochs, "epochs", low=1, integer=True)
        check_parameter(self.batch_size, "batch_size", low=1, integer=True)
        check_parameter(self.intercept_scaling, "intercept_scaling", low=0, low_open=True)
        X, y = check_X_y(X, y)
        self.classes_, y_index = check_classification_targets(y)
        self.n_features_in_ = X.shape[1]
        rng = as_generator(self.random_state, name="random_state")
        X_design = np.column_stack([X, np.full(X.shape[0], float(self.intercept_scaling))]) if self.fit_intercept else X
        n_classes = self.classes_.shape[0]
        targets = [1] if n_classes == 2 else range(n_classes)  # one-vs-rest for several classes
        weights, objectives = [], []
        for k in targets:
            y_signed = np.where(y_index == k, 1.0, -1.0)
            w = self._pegasos(X_design, y_signed, rng)
            weights.append(w)
            hinge = np.maximum(0.0, 1.0 - y_signed * (X_design @ w))
            objectives.append(0.5 * w @ w + self.C * hinge.sum())
        W = np.asarray(weights)
        if self.fit_intercept:
            self.coef_, self.intercept_ = W[:, :-1].copy(), W[:, -1] * self.intercept_scaling
        else:
            self.coef_, self.intercept_ = W, np.zeros(W.shape[0])
        self.objective_ = np.asarray(objectives)
        return self

    def _pegasos(self, X, y, rng):
        # NB: imported here, not at the top, so that SVC alone never loads autodiff (optim's base).
        from gradiente.optim import minibatches

        n_samples = X.shape[0]
        lam = 1.0 / (self.C * n_samples)
        radius = 1.0 / np.sqrt(lam)
        epochs = int(self.epochs)
        batch_size = min(int(self.batch_size), n_samples)
        n_batches = -(-n_samples // batch_size)
        total_steps = epochs * n_batches
        average_from = total_steps // 2
        w = np.zeros(X.shape[1])
        w_average = np.zeros(X.shape[1])
        t = 0
        for _ in range(epochs):
            for batch in minibatches(n_samples, batch_size, rng=rng):
                t += 1
                X_batch, y_batch = X[batch], y[batch]
                eta = 1.0 / (lam * t)
                violating = y_batch * (X_batch @ w) < 1.0  # inside the margin: hinge is active
                w *= 1.0 - eta * lam  # gradient of (lambda/2)||w||² is lambda w
                if violating.any():
                    w += (eta / batch.shape[0]) * (y_batch[violating] @ X_batch[violating])
                norm = np.linalg.norm(w)
                if norm > radius:
                    w *= radius / norm
                if t > average_from:
                    w_average += (w - w_average) / (t - average_from)  # running mean
        return w_average if total_steps > 1 else w

    def decision_function(self, X):
        """Scores :math:`Xw + b`: (n_samples,) for two classes, else (n_samples, n_classes)."""
        X = check_n_features(self, X)
        scores = X @ self.coef_.T + self.intercept_
        return scores[:, 0] if scores.shape[1] == 1 else scores

    def predict(self, X):
        """Class labels, shape (n_samples,)."""
        scores = self.decision_function(X)
        if scores.ndim == 1:
            return self.classes_[(scores > 0).astype(int)]
        return self.classes_[np.argmax(scores, axis=1)]
