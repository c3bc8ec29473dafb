"""Naive Bayes: Bayes' theorem with features assumed independent given the class.

For a class :math:`c` and a sample :math:`x = (x_1, \\dots, x_d)`, Bayes' theorem and the
"naive" assumption :math:`p(x \\mid c) = \\prod_j p(x_j \\mid c)` give the joint log-likelihood

.. math:: \\ln P(c) + \\ln p(x \\mid c) = \\ln P(c) + \\sum_j \\ln p(x_j \\mid c),

and the posterior is its softmax over the classes, computed in logs so that nothing
underflows (a product of 64 pixel probabilities is far below the smallest float):

.. math:: \\ln P(c \\mid x) = \\ln P(c) + \\ln p(x \\mid c)
          - \\operatorname{logsumexp}_{c'} \\big[\\ln P(c') + \\ln p(x \\mid c')\\big].

The models differ only in :math:`p(x_j \\mid c)`, each fitted by maximum likelihood
(with smoothing):

- ``GaussianNB``: :math:`\\mathcal N(\\mu_{cj}, \\sigma^2_{cj})`, mean and variance (``ddof=0``)
  of feature ``j`` in class ``c``, plus ``var_smoothing`` times the largest feature variance;
- ``BernoulliNB``: binary features, :math:`\\theta_{cj} = (N_{cj} + \\alpha)/(N_c + 2\\alpha)`,
  the smoothed fraction of class-``c`` samples with feature ``j`` on;
- ``MultinomialNB``: counts, :math:`\\theta_{cj} = (N_{cj} + \\alpha)/(N_c + \\alpha d)`, the
  smoothed share of class ``c``'s total count that falls on feature ``j``.

What "naive" throws away is every correlation between features inside a class: a Gaussian
NB class is an axis-aligned ellipse, never a tilted one. scikit-learn's ``sklearn.naive_bayes``
has the same parameters, attributes and results.

Lesson: 5.5 `bayes-naive-bayes-map`.
"""

from __future__ import annotations

import warnings

import numpy as np

from gradiente._validation import (
    check_classification_targets,
    check_n_features,
    check_parameter,
    check_X_y,
)
from gradiente.base import BaseEstimator, ClassifierMixin
from gradiente.softmax import logsumexp

__all__ = ["GaussianNB", "BernoulliNB", "MultinomialNB"]


class _BaseNB(ClassifierMixin, BaseEstimator):
    """Everything after the joint log-likelihood: the posterior by log-sum-exp, the argmax."""

    def _joint_log_likelihood(self, X):  # ln P(c) + ln p(x | c), shape (n_samples, n_classes)
        raise NotImplementedError

    def _check_predict_X(self, X):
        return check_n_features(self, X)

    def predict_joint_log_proba(self, X):
        """Unnormalised :math:`\\ln P(c) + \\ln p(x \\mid c)`, shape (n_samples, n_classes).

        Each row differs from ``predict_log_proba`` by the log-evidence :math:`\\ln p(x)`,
        the same number for every class, so both have the same argmax.
        """
        return self._joint_log_likelihood(self._check_predict_X(X))

    def predict_log_proba(self, X):
        """Posterior :math:`\\ln P(c \\mid x)`, shape (n_samples, n_classes); each row log-sum-exps to 0."""
        joint = self.predict_joint_log_proba(X)
        return joint - logsumexp(joint, axis=1, keepdims=True)  # divide by the evidence p(x)

    def predict_proba(self, X):
        """Posterior :math:`P(c \\mid x)`, shape (n_samples, n_classes), columns in ``classes_`` order."""
        return np.exp(self.predict_log_proba(X))

    def predict(self, X):
        """The class of largest posterior (the MAP class) for each row, shape (n_samples,)."""
        joint = self.predict_joint_log_proba(X)
        return self.classes_[np.argmax(joint, axis=1)]


def _check_prior(prior, name, n_classes):
    """A prior over the classes: ``n_classes`` non-negative numbers summing to 1."""
    prior = np.asarray(prior, dtype=np.float64)
    if prior.shape != (n_classes,):
        raise ValueError(
            f"{name} must hold one probability per class, shape ({n_classes},); got shape {prior.shape}. "
            "List them in the order of the sorted class labels (classes_)."
        )
    if not np.isfinite(prior).all() or (prior < 0).any():
        raise ValueError(f"{name} must hold non-negative probabilities; got {prior.tolist()}.")
    if not np.isclose(prior.sum(), 1.0):
        raise ValueError(
            f"{name} must sum to 1 (a probability for each class); got sum {prior.sum():.6g}. "
            f"Divide by the total: {name} / {name}.sum()."
        )
    return prior


class GaussianNB(_BaseNB):
    """Naive Bayes with a normal distribution per feature and class.

    Parameters
    ----------
    priors : None or array-like, shape (n_classes,)
        :math:`P(c)` in the order of ``classes_``; None estimates them from the class frequencies.
    var_smoothing : float
        ``epsilon_ = var_smoothing * max_j Var(X[:, j])`` is added to every variance, so a
        feature that is constant within a class (the corner pixels of digits) does not
        give a variance of 0 and a log-density of :math:`\\pm\\infty`.

    Attributes
    ----------
    classes_ : ndarray, shape (n_classes,)
    class_count_ : ndarray of float, shape (n_classes,)
        Training samples in each class.
    class_prior_ : ndarray, shape (n_classes,)
    theta_ : ndarray, shape (n_classes, n_features)
        Mean :math:`\\mu_{cj}` of each feature in each class.
    var_ : ndarray, shape (n_classes, n_features)
        Variance :math:`\\sigma^2_{cj}` (``ddof=0``, the maximum-likelihood estimate) plus ``epsilon_``.
    epsilon_ : float
    n_features_in_ : int

    Examples
    --------
    >>> X = np.array([[0.0], [2.0], [10.0], [12.0]])
    >>> model = GaussianNB().fit(X, [0, 0, 1, 1])
    >>> model.theta_.ravel().tolist(), model.var_.ravel().round(6).tolist()
    ([1.0, 11.0], [1.0, 1.0])
    >>> model.predict([[4.0], [7.0]]).tolist()
    [0, 1]
    >>> model.predict_proba([[6.0]]).round(3).tolist()   # halfway: the two classes tie
    [[0.5, 0.5]]
    """

    def __init__(self, priors=None, var_smoothing=1e-9):
        self.priors = priors
        self.var_smoothing = var_smoothing

    def fit(self, X, y):
        """Learn each class's frequency, feature means and variances from ``X`` (n_samples, n_features) and ``y``."""
        check_parameter(self.var_smoothing, "var_smoothing", low=0)
        X, y = check_X_y(X, y)
        self.classes_, y_index = check_classification_targets(y)
        n_classes = self.classes_.shape[0]
        self.n_features_in_ = X.shape[1]
        # NB: scikit-learn scales the smoothing by the largest variance, so it follows the units of X.
        self.epsilon_ = float(self.var_smoothing * np.var(X, axis=0).max())
        self.class_count_ = np.bincount(y_index, minlength=n_classes).astype(np.float64)
        self.theta_ = np.empty((n_classes, X.shape[1]))
        self.var_ = np.empty((n_classes, X.shape[1]))
        for c in range(n_classes):
            X_c = X[y_index == c]
            self.theta_[c] = X_c.mean(axis=0)  # maximum-likelihood mean
            self.var_[c] = X_c.var(axis=0) + self.epsilon_  # maximum-likelihood variance (ddof=0), smoothed
        if (self.var_ == 0).any():
            c, j = np.argwhere(self.var_ == 0)[0]
            raise ValueError(
                f"feature {j} has variance 0 in class {self.classes_[c].tolist()!r} and var_smoothing adds nothing "
                f"(epsilon_ = {self.epsilon_}), so its normal density would be infinitely narrow. "
                "Use var_smoothing > 0 (the default is 1e-9), or drop the features that are constant in X."
            )
        singletons = self.classes_[self.class_count_ == 1]
        if singletons.size:
            warnings.warn(
                f"class {singletons[0].tolist()!r} has a single training sample: its variances are only "
                f"epsilon_ = {self.epsilon_:.3g}, so its normal is a spike at that sample. Collect more "
                "samples of that class, or increase var_smoothing.",
                UserWarning,
                stacklevel=2,
            )
        if self.priors is None:
            self.class_prior_ = self.class_count_ / self.class_count_.sum()  # the class frequencies
        else:
            self.class_prior_ = _check_prior(self.priors, "priors", n_classes)
        return self

    def _joint_log_likelihood(self, X):
        # ln N(x | mu, s²) = -½ ln(2π s²) - (x - mu)² / (2 s²), summed over the features (naive).
        log_normalisers = -0.5 * np.sum(np.log(2.0 * np.pi * self.var_), axis=1)  # (n_classes,)
        squared = (X[:, None, :] - self.theta_[None, :, :]) ** 2 / self.var_[None, :, :]
        log_likelihood = log_normalisers - 0.5 * squared.sum(axis=2)  # (n_samples, n_classes)
        with np.errstate(divide="ignore"):  # a prior of 0 makes its class impossible: ln 0 = -inf
            return np.log(self.class_prior_) + log_likelihood


class _DiscreteNB(_BaseNB):
    """Counting models (Bernoulli, multinomial): smoothed frequencies and a linear joint log-likelihood."""

    def __sklearn_tags__(self):
        # scikit-learn's checks ask for 83 % accuracy on Gaussian blobs, which counting models fit
        # poorly; the bar is waived for them, as for scikit-learn's own counting models.
        tags = super().__sklearn_tags__()
        tags.classifier_tags.poor_score = True
        return tags

    def _prepare_X(self, X):
        return X

    def _check_predict_X(self, X):
        return self._prepare_X(check_n_features(self, X))

    def _fit_counts(self, X, y):
        check_parameter(
            self.alpha,
            "alpha",
            low=0,
            low_open=True,
            hint=" With alpha = 0 a feature never seen in a class gets probability 0, and one such feature "
            "in a new sample makes the class impossible (ln 0 = -inf). Use alpha=1.0 (Laplace smoothing).",
        )
        X, y = check_X_y(X, y)
        self.classes_, y_index = check_classification_targets(y)
        X = self._prepare_X(X)
        n_classes = self.classes_.shape[0]
        self.n_features_in_ = X.shape[1]
        Y = np.eye(n_classes)[y_index]  # one-hot, (n_samples, n_classes)
        self.class_count_ = Y.sum(axis=0)  # N_c
        self.feature_count_ = Y.T @ X  # N_cj: how often feature j is on (or counted) in class c
        if self.class_prior is not None:
            self.class_log_prior_ = np.log(_check_prior(self.class_prior, "class_prior", n_classes))
        elif self.fit_prior:
            self.class_log_prior_ = np.log(self.class_count_) - np.log(self.class_count_.sum())
        else:
            self.class_log_prior_ = np.full(n_classes, -np.log(n_classes))  # uniform prior
        return X


class BernoulliNB(_DiscreteNB):
    """Naive Bayes for binary features: each is a coin :math:`\\theta_{cj}` per class.

    .. math:: \\ln p(x \\mid c) = \\sum_j x_j \\ln \\theta_{cj} + (1 - x_j) \\ln (1 - \\theta_{cj})

    A feature that is *off* counts as evidence too (unlike ``MultinomialNB``).

    Parameters
    ----------
    alpha : float
        Laplace (additive) smoothing, ``alpha > 0``: :math:`\\theta_{cj} = (N_{cj} + \\alpha) /
        (N_c + 2\\alpha)`, as if each class had seen every feature on ``alpha`` times and off
        ``alpha`` times more.
    binarize : float or None
        Threshold: a feature is on when ``x > binarize`` (digits: ``binarize=7.5`` on 0..16
        intensities). None means ``X`` is already 0/1.
    fit_prior : bool
        Estimate :math:`P(c)` from the class frequencies; if False, a uniform prior.
    class_prior : None or array-like, shape (n_classes,)
        Fixed priors in ``classes_`` order (overrides ``fit_prior``).

    Attributes
    ----------
    classes_ : ndarray, shape (n_classes,)
    class_count_ : ndarray of float, shape (n_classes,)
    feature_count_ : ndarray, shape (n_classes, n_features)
        :math:`N_{cj}`, the class-``c`` samples with feature ``j`` on.
    feature_log_prob_ : ndarray, shape (n_classes, n_features)
        :math:`\\ln \\theta_{cj}`.
    class_log_prior_ : ndarray, shape (n_classes,)
    n_features_in_ : int

    Examples
    --------
    >>> X = np.array([[1, 0], [1, 1], [0, 1], [0, 1]])
    >>> model = BernoulliNB(alpha=1.0).fit(X, [0, 0, 1, 1])
    >>> np.exp(model.feature_log_prob_).round(12).tolist()   # (2+1)/(2+2), (1+1)/(2+2); (0+1)/4, (2+1)/4
    [[0.75, 0.5], [0.25, 0.75]]
    >>> model.predict([[1, 0], [0, 1]]).tolist()
    [0, 1]
    """

    def __init__(self, alpha=1.0, binarize=0.0, fit_prior=True, class_prior=None):
        self.alpha = alpha
        self.binarize = binarize
        self.fit_prior = fit_prior
        self.class_prior = class_prior

    def _prepare_X(self, X):
        if self.binarize is not None:
            return (X > self.binarize).astype(np.float64)
        if not np.isin(X, (0.0, 1.0)).all():
            value = X[~np.isin(X, (0.0, 1.0))][0]
            raise ValueError(
                f"BernoulliNB(binarize=None) needs X of 0s and 1s; got the value {value}. "
                "Pass a threshold, e.g. binarize=7.5 for digits' 0..16 intensities."
            )
        return X

    def fit(self, X, y):
        """Count, per class, how often each (binarised) feature is on in ``X`` (n_samples, n_features)."""
        if self.binarize is not None:
            check_parameter(self.binarize, "binarize")
        self._fit_counts(X, y)
        # theta_cj = (N_cj + alpha) / (N_c + 2 alpha): two outcomes, on and off, each seen alpha extra times.
        self.feature_log_prob_ = (
            np.log(self.feature_count_ + self.alpha) - np.log(self.class_count_ + 2.0 * self.alpha)[:, None]
        )
        return self

    def _joint_log_likelihood(self, X):
        log_theta = self.feature_log_prob_
        log_one_minus_theta = np.log(1.0 - np.exp(log_theta))
        # sum_j x_j ln(theta) + (1 - x_j) ln(1 - theta), regrouped as a matrix product
        return X @ (log_theta - log_one_minus_theta).T + (self.class_log_prior_ + log_one_minus_theta.sum(axis=1))


class MultinomialNB(_DiscreteNB):
    """Naive Bayes for counts: each class is a die with one face per feature.

    .. math:: \\ln p(x \\mid c) = \\sum_j x_j \\ln \\theta_{cj} + \\text{const}(x)

    (the multinomial coefficient does not depend on the class, so it is left out, as in
    scikit-learn). Features that are 0 add nothing.

    Parameters
    ----------
    alpha : float
        Additive smoothing, ``alpha > 0``: :math:`\\theta_{cj} = (N_{cj} + \\alpha) / (\\sum_{j'} N_{cj'} + \\alpha d)`.
    fit_prior : bool
    class_prior : None or array-like, shape (n_classes,)

    Attributes
    ----------
    classes_, class_count_, feature_count_, feature_log_prob_, class_log_prior_, n_features_in_
        As in ``BernoulliNB``; ``feature_count_`` holds summed counts.

    Examples
    --------
    >>> X = np.array([[3, 0, 1], [2, 0, 0], [0, 4, 1]])
    >>> model = MultinomialNB(alpha=1.0).fit(X, [0, 0, 1])
    >>> np.exp(model.feature_log_prob_).round(3).tolist()   # (5+1)/9, (0+1)/9, (1+1)/9; ...
    [[0.667, 0.111, 0.222], [0.125, 0.625, 0.25]]
    >>> model.predict([[1, 0, 0], [0, 1, 0]]).tolist()
    [0, 1]
    """

    def __init__(self, alpha=1.0, fit_prior=True, class_prior=None):
        self.alpha = alpha
        self.fit_prior = fit_prior
        self.class_prior = class_prior

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.positive_only = True  # counts: fit refuses negative values
        return tags

    def _prepare_X(self, X):
        if (X < 0).any():
            raise ValueError(
                f"MultinomialNB needs non-negative counts in X. Negative values in data: got the value {X[X < 0][0]}. "
                "Use GaussianNB for real-valued (e.g. standardised) features."
            )
        return X

    def fit(self, X, y):
        """Sum, per class, the counts of each feature in ``X`` (n_samples, n_features)."""
        self._fit_counts(X, y)
        smoothed = self.feature_count_ + self.alpha
        self.feature_log_prob_ = np.log(smoothed) - np.log(smoothed.sum(axis=1, keepdims=True))
        return self

    def _joint_log_likelihood(self, X):
        return X @ self.feature_log_prob_.T + self.class_log_prior_
