"""Principal component analysis: the eigenvectors of the covariance matrix.

Lesson: 1.6 `pca-svd`.
"""

from __future__ import annotations

import numpy as np

from gradiente._validation import check_array, check_is_fitted, check_n_features
from gradiente.base import BaseEstimator, TransformerMixin

from .eigen import eig

__all__ = ["PCA"]


class PCA(TransformerMixin, BaseEstimator):
    """Principal component analysis, with scikit-learn's conventions.

    ``fit`` centres the data and diagonalises its covariance
    ``C = X_c^T X_c / (n_samples - 1) = V diag(lambda) V^T``. The principal components are
    the eigenvectors with the largest eigenvalues: the directions of greatest variance,
    each orthogonal to the previous ones; ``lambda`` is the variance along each.

    Parameters
    ----------
    n_components : int or None
        How many components to keep (``None``: all ``n_features``).
    method : {"qr", "power"}
        Eigen-solver (see :func:`gradiente.linalg.eig`).

    Attributes
    ----------
    mean_ : ndarray, shape (n_features,)
    components_ : ndarray, shape (n_components, n_features)
        Unit vectors, one per row, by decreasing variance. Each is signed so that its
        largest-magnitude entry is positive (scikit-learn's ``svd_flip``).
    explained_variance_ : ndarray, shape (n_components,)
    explained_variance_ratio_ : ndarray, shape (n_components,)
        Share of the total variance along each component.

    Examples
    --------
    >>> import numpy as np
    >>> from gradiente.linalg import PCA
    >>> X = np.array([[2.0, 0.0], [0.0, 1.0], [-2.0, 0.0], [0.0, -1.0]])
    >>> pca = PCA(n_components=1).fit(X)
    >>> pca.components_
    array([[1., 0.]])
    >>> pca.explained_variance_ratio_
    array([0.8])
    """

    def __init__(self, n_components=None, method="qr"):
        self.n_components = n_components
        self.method = method

    def fit(self, X, y=None):
        """Learn the mean and the components from ``X`` (n_samples, n_features); ``y`` is ignored."""
        X = check_array(X)
        n_samples, n_features = X.shape
        if n_samples < 2:
            raise ValueError(f"PCA needs at least 2 samples to measure variance; got {n_samples} sample.")
        k = n_features if self.n_components is None else self.n_components
        if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or not 1 <= k <= min(n_samples, n_features):
            raise ValueError(
                f"n_components must be an integer in [1, min(n_samples, "
                f"n_features)] = [1, {min(n_samples, n_features)}]; got "
                f"{self.n_components!r}."
            )
        self.mean_ = X.mean(axis=0)
        centered = X - self.mean_
        covariance = centered.T @ centered / (n_samples - 1)
        values, vectors = eig(covariance, method=self.method, rng=0)
        order = np.argsort(values)[::-1]  # largest variance first
        values = np.clip(values[order], 0.0, None)  # a covariance has no negative variance
        vectors = vectors[:, order].T
        largest = np.argmax(np.abs(vectors), axis=1)
        signs = np.sign(vectors[np.arange(n_features), largest])
        vectors *= signs[:, None]
        total_variance = values.sum()
        self.n_components_ = int(k)
        self.n_features_in_ = n_features
        self.components_ = vectors[:k]
        self.explained_variance_ = values[:k]
        self.explained_variance_ratio_ = values[:k] / total_variance if total_variance > 0 else np.zeros(k)
        return self

    def transform(self, X):
        """Coordinates along the components: ``(X - mean_) @ components_.T``,
        shape (n_samples, n_components)."""
        X = check_n_features(self, X)
        return (X - self.mean_) @ self.components_.T

    def inverse_transform(self, Z):
        """Back to feature space: ``Z @ components_ + mean_`` (exact when nothing was dropped)."""
        check_is_fitted(self, "components_")
        Z = check_array(Z, name="Z")
        if Z.shape[1] != self.n_components_:
            raise ValueError(f"Z must have n_components = {self.n_components_} columns; got {Z.shape[1]}.")
        return Z @ self.components_ + self.mean_
