"""The Cholesky factorisation ``A = L L^T`` of a symmetric positive definite matrix.

Lesson: 1.6 `pca-svd` (covariance matrices are positive semidefinite).
"""

from __future__ import annotations

import math

import numpy as np

from gradiente._validation import as_square_matrix

from .errors import NotPositiveDefiniteError, NotSymmetricError

__all__ = ["cholesky"]


def _format_vector(x):
    return "[" + ", ".join(f"{value:.4g}" for value in x) + "]"


def _not_positive_definite(A, L, j, pivot):
    """The message for a pivot ``<= 0`` at step ``j``, with a vector ``x`` that shows it."""
    k = j + 1
    # x = [-A_11^{-1} a, 1] for the leading (j+1) x (j+1) block gives x^T A x = pivot
    # (the Schur complement); A_11^{-1} a = L_11^{-T} L_11^{-1} a = L_11^{-T} l.
    x = np.zeros(A.shape[0])
    x[j] = 1.0
    y = np.zeros(j)
    for i in reversed(range(j)):  # back substitution: L_11^T y = l, with l = L[j, :j]
        y[i] = (L[j, i] - L[i + 1 : j, i] @ y[i + 1 :]) / L[i, i]
    x[:j] = -y
    shown = f" For x = {_format_vector(x)}, x^T A x = {float(x @ A @ x):.4g}." if A.shape[0] <= 6 else ""
    determinant = float(np.prod(np.diagonal(L)[:j] ** 2) * pivot)
    if j == 0:
        why = f"the first pivot is A[0, 0] = {pivot:.6g}, and a positive definite matrix has a positive diagonal."
    else:
        why = (
            f"at step {j} the pivot A[{j}, {j}] - sum(L[{j}, :{j}]**2) = {pivot:.6g} is not positive: the leading "
            f"{k} x {k} block of A has determinant {determinant:.6g} (the product of the pivots), and every leading "
            "block of a positive definite matrix has a positive determinant."
        )
    return (
        f"cholesky needs a positive definite A (x^T A x > 0 for every x != 0); A is symmetric but not "
        f"positive definite: {why}{shown} So A has an eigenvalue <= 0 (check with eig(A)). "
        "If A is a covariance matrix, a constant or linearly dependent column makes it only semidefinite; "
        "drop that column, or add a small ridge, A + 1e-8 * np.eye(n)."
    )


def cholesky(A):
    """The lower-triangular ``L`` with a positive diagonal and ``A = L @ L.T``.

    A symmetric positive definite matrix (``x^T A x > 0`` for all ``x != 0``: a covariance
    of independent variables, a Gram matrix of independent vectors, the Hessian at a
    strict minimum) is the "square" of a triangular matrix. Column ``j`` of ``L``: the
    pivot ``d = A[j, j] - sum(L[j, :j]**2)``, ``L[j, j] = sqrt(d)``, then
    ``L[i, j] = (A[i, j] - L[i, :j] @ L[j, :j]) / L[j, j]`` below it. The pivots are all
    positive exactly when ``A`` is positive definite, so the factorisation is also the
    cheapest test of it (half the work of an LU, no pivoting needed).

    Parameters
    ----------
    A : array_like, shape (n, n), symmetric

    Returns
    -------
    L : ndarray, shape (n, n), lower triangular, ``L[j, j] > 0``

    Raises
    ------
    NotSymmetricError
        If ``A`` is not symmetric (to ``1e-10`` relative to its largest entry).
    NotPositiveDefiniteError
        If a pivot is ``<= 0`` (as LAPACK decides; a singular, positive semidefinite matrix
        may then pass or fail by rounding). The message names the step and the pivot.

    Examples
    --------
    >>> from gradiente.linalg import cholesky
    >>> cholesky([[4.0, 2.0], [2.0, 5.0]])
    array([[2., 0.],
           [1., 2.]])
    >>> cholesky([[1.0, 2.0], [2.0, 1.0]])
    Traceback (most recent call last):
    ...
    gradiente.linalg.errors.NotPositiveDefiniteError: cholesky needs a positive definite A ... at step 1 the pivot A[1, 1] - sum(L[1, :1]**2) = -3 is not positive...
    """
    A = as_square_matrix(A, "A", "cholesky")
    scale = max(np.abs(A).max(), np.finfo(float).tiny)
    asymmetry = np.abs(A - A.T)
    if asymmetry.max() > 1e-10 * scale:
        i, j = np.unravel_index(int(np.argmax(asymmetry)), A.shape)
        raise NotSymmetricError(
            f"cholesky needs a symmetric A (A == A.T); got A[{i}, {j}] = {float(A[i, j])!r} but "
            f"A[{j}, {i}] = {float(A[j, i])!r}. A = L L^T is always symmetric, so no L exists. Use (A + A.T) / 2 "
            "if the difference is rounding noise, or solve / lu_factor for a general matrix."
        )
    A = 0.5 * (A + A.T)
    n = A.shape[0]
    L = np.zeros_like(A)
    for j in range(n):
        pivot = float(A[j, j] - L[j, :j] @ L[j, :j])
        if not pivot > 0.0:  # also catches NaN
            raise NotPositiveDefiniteError(_not_positive_definite(A, L, j, pivot))
        L[j, j] = math.sqrt(pivot)
        L[j + 1 :, j] = (A[j + 1 :, j] - L[j + 1 :, :j] @ L[j, :j]) / L[j, j]
    return L
