"""Eigenvalues and eigenvectors of symmetric matrices: power iteration with deflation (the
idea, one eigenpair at a time) and the shifted QR algorithm (what libraries do).

Lesson: 1.5 `eigenvalues-eigenvectors` (and 1.6 `pca-svd`, where PCA uses it).
"""

from __future__ import annotations

import math

import numpy as np

from gradiente._validation import as_generator, as_square_matrix

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
            "asymmetry is rounding noise, or np.linalg.eig for a general matrix."
        )
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
    rng = as_generator(rng)
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
        "Use eig(A, method='qr')."
    )


def _power_method_eig(A, tol, max_iter, rng):
    """All eigenpairs, one at a time: find the dominant one, remove it, repeat.

    Hotelling's deflation ``A <- A - lambda v v^T`` leaves the other eigenpairs of a
    symmetric matrix unchanged and sends ``lambda`` to 0.
    """
    n = A.shape[0]
    rng = as_generator(rng)
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


def _tridiagonalize(A):
    """``A = V T V^T`` with ``T`` tridiagonal, by ``n - 2`` Householder reflections.

    Reflection ``k`` zeroes column ``k`` below the subdiagonal (and, by symmetry, row ``k``
    right of the superdiagonal). Returns the diagonal ``d``, the off-diagonal ``e`` and
    ``V`` (orthogonal).
    """
    T = A.copy()
    n = T.shape[0]
    V = np.eye(n)
    for k in range(n - 2):
        x = T[k + 1 :, k]
        length = math.sqrt(x @ x)
        if length == 0.0:
            continue
        v = x.copy()
        v[0] += math.copysign(length, x[0])  # no cancellation in v_0
        v /= math.sqrt(v @ v)
        T[k + 1 :, :] -= 2.0 * np.outer(v, v @ T[k + 1 :, :])  # H T
        T[:, k + 1 :] -= 2.0 * np.outer(T[:, k + 1 :] @ v, v)  # (H T) H
        V[:, k + 1 :] -= 2.0 * np.outer(V[:, k + 1 :] @ v, v)
    return np.diagonal(T).copy(), np.diagonal(T, -1).copy(), V


def _qr_algorithm_eig(A, max_iter):
    """The symmetric QR algorithm: tridiagonalise, then shifted QR steps with deflation.

    One QR step factors ``T - mu I = Q R`` and forms ``T' = R Q + mu I = Q^T T Q``: an
    orthogonal similarity, so the eigenvalues stay while the last off-diagonal entry
    shrinks (cubically, with Wilkinson's shift ``mu``: the eigenvalue of the trailing 2 x 2
    block nearest its corner). On a tridiagonal ``T``, ``Q`` is a product of ``m - 1``
    plane rotations, and the step is done *implicitly* (Golub and Van Loan, algorithm
    8.3.2): the first rotation is the one QR would use; it creates a "bulge" just below
    the band, which the next rotations chase down and out. When an off-diagonal entry is
    negligible the matrix splits (deflation) and each part is solved on its own. The
    product of all rotations (and the Householder reflections) is the matrix of
    eigenvectors.
    """
    d, e, V = _tridiagonalize(A)
    d, e = [float(value) for value in d], [float(value) for value in e]
    W = V.T.copy()  # eigenvectors as rows: each rotation then updates two contiguous rows
    n = len(d)
    hi = n - 1
    steps = 0
    while hi > 0:
        for i in range(hi):  # deflation: negligible couplings are set to exactly 0
            if abs(e[i]) <= _EPS * (abs(d[i]) + abs(d[i + 1])):
                e[i] = 0.0
        if e[hi - 1] == 0.0:
            hi -= 1  # d[hi] is an eigenvalue
            continue
        lo = hi - 1
        while lo > 0 and e[lo - 1] != 0.0:
            lo -= 1  # [lo, hi] is the unreduced block at the bottom
        steps += 1
        if steps > max_iter:
            raise ConvergenceError(f"the QR algorithm did not converge in {max_iter} steps.")
        # Wilkinson's shift: the eigenvalue of [[d[hi-1], b], [b, d[hi]]] closer to d[hi]
        t = 0.5 * (d[hi - 1] - d[hi])
        b = e[hi - 1]
        mu = d[hi] - b * b / (t + math.copysign(math.hypot(t, b), t))
        x, z = d[lo] - mu, e[lo]
        for k in range(lo, hi):
            # the rotation G = [[c, s], [-s, c]] with G [x, z] = [r, 0]
            r = math.hypot(x, z)
            c, s = (x / r, z / r) if r else (1.0, 0.0)
            if k > lo:
                e[k - 1] = r  # the bulge is gone from row k - 1
            a, f, g = d[k], d[k + 1], e[k]
            # T <- G T G^T on rows and columns k, k + 1
            d[k] = c * c * a + 2.0 * c * s * g + s * s * f
            d[k + 1] = s * s * a - 2.0 * c * s * g + c * c * f
            e[k] = c * s * (f - a) + (c * c - s * s) * g
            if k + 1 < hi:
                x, z = e[k], s * e[k + 1]  # the new bulge at (k, k + 2), to chase next
                e[k + 1] *= c
            W[k], W[k + 1] = c * W[k] + s * W[k + 1], c * W[k + 1] - s * W[k]
    return np.array(d), W.T


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
