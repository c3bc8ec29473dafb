"""Eigenvalues and eigenvectors of symmetric matrices: power iteration with deflation (the
idea, one eigenpair at a time) and the shifted QR algorithm (what libraries do).

Lesson: module 1, *Eigenvalues, eigenvectors and PCA*.
"""

from __future__ import annotations

import math

import numpy as np

from ._checks import as_square_matrix
from .decompositions import householder_qr
from .errors import ConvergenceError, NotSymmetricError

__all__ = ["eig", "power_iteration"]

_EPS = np.finfo(float).eps


def _as_symmetric(A):
    A = as_square_matrix(A, "A", "eig")
    scale = max(np.abs(A).max(), np.finfo(float).tiny)
    asymmetry = np.abs(A - A.T).max()
    if asymmetry > 1e-10 * scale:
        i, j = np.unravel_index(int(np.argmax(np.abs(A - A.T))), A.shape)
        raise NotSymmetricError(
            f"eig here is for symmetric matrices (A == A.T); got A[{i}, {j}] = "
            f"{float(A[i, j])!r} but A[{j}, {i}] = {float(A[j, i])!r}. Symmetric matrices (covariances, Hessians) have "
            "real eigenvalues and orthogonal eigenvectors. Use (A + A.T) / 2 if the "
            "asymmetry is rounding noise, or np.linalg.eig for a general matrix.")
    return 0.5 * (A + A.T)


def power_iteration(A, tol=1e-10, max_iter=10_000, rng=None):
    """Largest-magnitude eigenpair of a symmetric ``A`` by repeated multiplication.

    ``v <- A v / |A v|``: the component along the top eigenvector grows fastest (by
    ``|lambda_1 / lambda_2|`` per step), so ``v`` turns towards it; the Rayleigh quotient
    ``v^T A v`` is then the eigenvalue. Stops when ``|A v - lambda v| <= tol * |A|``.

    Returns
    -------
    eigenvalue : float
    eigenvector : ndarray, shape (n,), unit length
    n_iter : int

    Examples
    --------
    >>> from gradiente.linalg import power_iteration
    >>> value, vector, n_iter = power_iteration([[2.0, 0.0], [0.0, 1.0]], rng=0)
    >>> round(value, 10)
    2.0
    """
    A = _as_symmetric(A)
    rng = rng if isinstance(rng, np.random.Generator) else np.random.default_rng(rng)
    scale = max(np.abs(A).max(), np.finfo(float).tiny)
    v = rng.normal(size=A.shape[0])
    v /= np.linalg.norm(v)
    for iteration in range(1, max_iter + 1):
        w = A @ v
        eigenvalue = float(v @ w)  # Rayleigh quotient
        if np.linalg.norm(w - eigenvalue * v) <= tol * scale:
            return eigenvalue, v, iteration
        length = np.linalg.norm(w)
        if length == 0.0:
            return 0.0, v, iteration  # A v = 0: v is an eigenvector for 0
        v = w / length
    raise ConvergenceError(
        f"power iteration did not converge in {max_iter} steps: the two largest eigenvalues "
        "are (nearly) equal in size, e.g. lambda and -lambda, so no single direction wins. "
        "Use eig(A, method='qr').")


def _power_method_eig(A, tol, max_iter, rng):
    """All eigenpairs, one at a time: find the dominant one, remove it, repeat.

    Hotelling's deflation ``A <- A - lambda v v^T`` leaves the other eigenpairs of a
    symmetric matrix unchanged and sends ``lambda`` to 0.
    """
    n = A.shape[0]
    rng = rng if isinstance(rng, np.random.Generator) else np.random.default_rng(rng)
    B = A.copy()
    values = np.empty(n)
    vectors = np.empty((n, n))
    scale = max(np.abs(A).max(), np.finfo(float).tiny)
    for k in range(n):
        value, vector, _ = power_iteration(B, tol=tol, max_iter=max_iter, rng=rng)
        if k:  # re-orthogonalise against the eigenvectors already found (rounding drift)
            vector -= vectors[:, :k] @ (vectors[:, :k].T @ vector)
            vector /= np.linalg.norm(vector)
        if abs(value) <= tol * scale:
            # what is left is (numerically) zero: complete the basis orthogonally
            Q, _ = householder_qr(np.column_stack([vectors[:, :k], rng.normal(size=(n, n - k))]))
            vectors[:, k:] = Q[:, k:]
            values[k:] = np.einsum("ij,ij->j", Q[:, k:], A @ Q[:, k:])  # Rayleigh quotients
            break
        values[k] = value
        vectors[:, k] = vector
        B = B - value * np.outer(vector, vector)
    return values, vectors


def _qr_algorithm_eig(A, max_iter):
    """The shifted QR algorithm with deflation.

    ``A_k - mu I = Q R``, ``A_{k+1} = R Q + mu I = Q^T A_k Q``: an orthogonal similarity,
    so the eigenvalues stay, while the off-diagonal part of the last row shrinks (cubically
    with Wilkinson's shift ``mu``, the eigenvalue of the trailing 2 x 2 block nearest its
    corner). When the last row is (numerically) diagonal, its entry is an eigenvalue and
    the problem shrinks by one. The product of the ``Q`` is the matrix of eigenvectors.
    """
    T = A.copy()
    n = T.shape[0]
    V = np.eye(n)
    scale = max(np.abs(A).max(), np.finfo(float).tiny)
    m = n
    iterations = 0
    while m > 1:
        if np.linalg.norm(T[m - 1, :m - 1]) <= _EPS * scale:
            m -= 1  # deflate: T[m-1, m-1] is an eigenvalue
            continue
        iterations += 1
        if iterations > max_iter:
            raise ConvergenceError(f"the QR algorithm did not converge in {max_iter} steps.")
        a, b, c = T[m - 2, m - 2], T[m - 1, m - 2], T[m - 1, m - 1]
        d = 0.5 * (a - c)
        # Wilkinson's shift: the eigenvalue of [[a, b], [b, c]] closer to c
        mu = c - math.copysign(1.0, d if d != 0 else 1.0) * b * b / (abs(d) + math.hypot(d, b))
        Q, R = householder_qr(T[:m, :m] - mu * np.eye(m))
        T[:m, :m] = R @ Q + mu * np.eye(m)
        T[:m, :m] = 0.5 * (T[:m, :m] + T[:m, :m].T)  # symmetric in exact arithmetic
        # the rest of the matrix sees the same rotation (it is ~0 but keeps V consistent)
        T[:m, m:] = Q.T @ T[:m, m:]
        T[m:, :m] = T[:m, m:].T
        V[:, :m] = V[:, :m] @ Q
    return np.diagonal(T).copy(), V


def eig(A, method="qr", tol=1e-10, max_iter=None, rng=None):
    """Eigenvalues and eigenvectors of a symmetric matrix, ordered as ``numpy.linalg.eigh``.

    ``A v = lambda v``: directions that ``A`` only stretches. A symmetric matrix has ``n``
    real eigenvalues and orthonormal eigenvectors, ``A = V diag(lambda) V^T``.

    Parameters
    ----------
    A : array_like, shape (n, n), symmetric
    method : {"qr", "power"}
        ``"qr"``: the shifted QR algorithm (robust, the default). ``"power"``: power
        iteration with deflation (the teaching path; needs eigenvalues of distinct sizes).
    tol : float
        Residual tolerance of the power method.
    max_iter : int, optional
    rng : None, int or numpy.random.Generator
        Starting vectors of the power method.

    Returns
    -------
    eigenvalues : ndarray, shape (n,), ascending
    eigenvectors : ndarray, shape (n, n); column ``i`` goes with ``eigenvalues[i]``
        (each column's sign is arbitrary, as in NumPy).

    Examples
    --------
    >>> from gradiente.linalg import eig
    >>> values, vectors = eig([[2.0, 1.0], [1.0, 2.0]])
    >>> values
    array([1., 3.])
    """
    A = _as_symmetric(A)
    if method == "qr":
        values, vectors = _qr_algorithm_eig(A, max_iter or 100 * A.shape[0])
    elif method == "power":
        values, vectors = _power_method_eig(A, tol, max_iter or 100_000, rng)
    else:
        raise ValueError(f"method must be 'qr' or 'power'; got {method!r}.")
    order = np.argsort(values, kind="stable")
    return values[order], vectors[:, order]
