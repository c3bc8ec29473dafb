"""Put features on a common scale before a model sees them.

Lesson: 3.2 `sgd-momentum-adam` (why unscaled features make descent zig-zag) and
4.6 `svm-dual-kernels` (why a kernel needs comparable distances).
"""

from __future__ import annotations

import numpy as np

from gradiente._validation import check_array, check_n_features
from gradiente.base import BaseEstimator, TransformerMixin

__all__ = ["StandardScaler"]


class StandardScaler(TransformerMixin, BaseEstimator):
    """Standardize each feature: subtract its mean, divide by its standard deviation.

    .. math:: z_{ij} = \\frac{x_{ij} - \\mu_j}{\\sigma_j}

    The statistics come from the training data only (``fit``) and are reused on new
    data (``transform``), so no information leaks from the test set. A constant
    feature has :math:`\\sigma_j = 0`; it is divided by 1 instead, as in scikit-learn.

    Parameters
    ----------
    with_mean : bool
        Subtract the mean.
    with_std : bool
        Divide by the (population, ``ddof=0``) standard deviation.

    Attributes
    ----------
    mean_ : ndarray, shape (n_features,)
    var_ : ndarray, shape (n_features,)
    scale_ : ndarray, shape (n_features,)
        What each column is divided by.
    n_features_in_ : int

    Examples
    --------
    >>> Z = StandardScaler().fit_transform([[0.0, 10.0], [2.0, 30.0]])
    >>> Z.tolist()
    [[-1.0, -1.0], [1.0, 1.0]]
    """

    def __init__(self, with_mean=True, with_std=True):
        self.with_mean = with_mean
        self.with_std = with_std

    def fit(self, X, y=None):
        """Learn each column's mean and standard deviation from ``X`` (n_samples, n_features)."""
        X = check_array(X)
        self.n_features_in_ = X.shape[1]
        self.mean_ = X.mean(axis=0) if self.with_mean else np.zeros(X.shape[1])
        self.var_ = X.var(axis=0)
        scale = np.sqrt(self.var_)
        # NOTE: a constant column would divide by zero; leaving it unscaled keeps it constant.
        scale[scale < 10 * np.finfo(np.float64).eps * np.maximum(1.0, np.abs(X.mean(axis=0)))] = 1.0
        self.scale_ = scale if self.with_std else np.ones(X.shape[1])
        return self

    def transform(self, X):
        """Return ``(X - mean_) / scale_``, shape (n_samples, n_features)."""
        X = check_n_features(self, X)
        return (X - self.mean_) / self.scale_

    def inverse_transform(self, Z):
        """Undo ``transform``: ``Z * scale_ + mean_``."""
        Z = check_n_features(self, Z, name="Z")
        return Z * self.scale_ + self.mean_
