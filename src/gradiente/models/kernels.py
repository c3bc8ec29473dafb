"""Kernels: inner products in a feature space we never build.

A kernel :math:`k(x, x') = \\langle \\phi(x), \\phi(x') \\rangle` lets a linear method (the SVM)
draw curved boundaries: only inner products between samples are ever needed.

- linear: :math:`k(x, x') = x^\\top x'`
- rbf:    :math:`k(x, x') = \\exp(-\\gamma \\lVert x - x' \\rVert^2)`
- poly:   :math:`k(x, x') = (\\gamma \\, x^\\top x' + c_0)^d`

Lesson: 4.6 `svm-dual-kernels`.
"""

from __future__ import annotations

import numpy as np

__all__ = ["KERNELS", "kernel_matrix", "resolve_gamma"]

KERNELS = ("linear", "rbf", "poly")


def resolve_gamma(gamma, X):
    """Turn ``gamma`` ("scale", "auto" or a number) into a float for data ``X`` (n_samples, n_features).

    ``"scale"`` is :math:`1 / (n_\\text{features} \\cdot \\operatorname{Var}(X))`, so that
    :math:`\\gamma \\lVert x - x'\\rVert^2` is about 2 for a typical pair whatever the units of X;
    ``"auto"`` is :math:`1/n_\\text{features}`. Both are scikit-learn's definitions.

    Examples
    --------
    >>> resolve_gamma("auto", np.zeros((3, 4)))
    0.25
    """
    if isinstance(gamma, str):
        if gamma == "scale":
            variance = X.var()
            return 1.0 / (X.shape[1] * variance) if variance > 0 else 1.0
        if gamma == "auto":
            return 1.0 / X.shape[1]
        raise ValueError(f"gamma must be 'scale', 'auto' or a positive number; got {gamma!r}.")
    if isinstance(gamma, bool) or not isinstance(gamma, (int, float, np.floating, np.integer)) or not gamma > 0:
        raise ValueError(f"gamma must be 'scale', 'auto' or a positive number; got {gamma!r}.")
    return float(gamma)


def kernel_matrix(A, B, kernel, gamma=1.0, degree=3, coef0=0.0):
    """Gram matrix ``K[i, j] = k(A[i], B[j])``, shape (n_a, n_b).

    Parameters
    ----------
    A : ndarray, shape (n_a, n_features)
    B : ndarray, shape (n_b, n_features)
    kernel : {"linear", "rbf", "poly"}
    gamma, degree, coef0 : kernel parameters (see the module docstring)

    Examples
    --------
    >>> kernel_matrix(np.array([[0.0, 0.0]]), np.array([[1.0, 1.0]]), "rbf", gamma=0.5).round(6).tolist()
    [[0.367879]]
    """
    K = A @ B.T
    if kernel == "linear":
        return K
    if kernel == "rbf":
        # ||a - b||² = ||a||² + ||b||² - 2 a.b, done in place on the n_a x n_b matrix.
        K *= -2.0
        K += np.einsum("ij,ij->i", A, A)[:, None]
        K += np.einsum("ij,ij->i", B, B)[None, :]
        np.maximum(K, 0.0, out=K)  # NB: rounding can make a tiny distance negative
        K *= -gamma
        return np.exp(K, out=K)
    if kernel == "poly":
        K *= gamma
        K += coef0
        return K**degree
    raise ValueError(f"kernel must be one of {list(KERNELS)}; got {kernel!r}.")
