"""Eigenvalues of a general (not necessarily symmetric) matrix: they may be complex.

A rotation of the plane has no real direction it only stretches, so its eigenvalues are
the complex pair ``cos t +- i sin t``. For ``2 x 2`` matrices the eigenvalues are the
roots of ``lambda^2 - tr(A) lambda + det(A)``; for larger ones, the shifted QR algorithm
on the Hessenberg form, in complex arithmetic.

Lesson: 1.5 `eigenvalues-eigenvectors` (the figures of rotations and shears).
"""

from __future__ import annotations

import cmath
import math

import numpy as np

from gradiente._validation import as_square_matrix

from .errors import ConvergenceError

__all__ = ["eigvals"]

_EPS = np.finfo(float).eps


def _eigvals_2x2(a, b, c, d):
    """Roots of ``lambda^2 - (a + d) lambda + (a d - b c)``, without cancellation.

    The discriminant is written ``((a - d) / 2)^2 + b c`` (not ``tr^2 / 4 - det``, which
    cancels when the roots are close), and the smaller root is ``det / larger``.
    """
    half_trace = 0.5 * (a + d)
    discriminant = (0.5 * (a - d)) ** 2 + b * c
    determinant = a * d - b * c
    if all(isinstance(value, (float, np.floating)) for value in (a, b, c, d)) and discriminant < 0:
        root = math.sqrt(-discriminant)
        return [complex(half_trace, root), complex(half_trace, -root)]
    root = (
        cmath.sqrt(discriminant) if isinstance(discriminant, complex) or discriminant < 0 else math.sqrt(discriminant)
    )
    # the root of larger magnitude: add the square root in the direction of half_trace
    far = half_trace + root if (np.conj(half_trace) * root).real >= 0 else half_trace - root
    if far == 0:
        return [far, far]
    return [far, determinant / far]


def _hessenberg(A):
    """``Q^T A Q`` with zeros below the subdiagonal, by ``n - 2`` Householder reflections."""
    H = A.copy()
    n = H.shape[0]
    for k in range(n - 2):
        x = H[k + 1 :, k]
        length = math.sqrt(x @ x)
        if length == 0.0:
            continue
        v = x.copy()
        v[0] += math.copysign(length, x[0])
        v /= math.sqrt(v @ v)
        H[k + 1 :, :] -= 2.0 * np.outer(v, v @ H[k + 1 :, :])
        H[:, k + 1 :] -= 2.0 * np.outer(H[:, k + 1 :] @ v, v)
        H[k + 2 :, k] = 0.0
    return H


def _shifted_qr(H, max_iter):
    """Eigenvalues of an upper Hessenberg ``H`` by the shifted QR algorithm (complex).

    A step factors ``H - mu I = Q R`` (plane rotations zero the subdiagonal) and forms
    ``R Q + mu I = Q^* H Q``: same eigenvalues, still Hessenberg, and the last subdiagonal
    entry shrinks fast when ``mu`` (Wilkinson's shift: the eigenvalue of the trailing
    ``2 x 2`` block nearer its corner) is close to an eigenvalue. A complex ``mu`` lets a
    real matrix converge to its complex eigenvalues. A negligible subdiagonal entry splits
    the problem (deflation).
    """
    H = H.astype(complex)
    hi = H.shape[0] - 1
    values = []
    steps = since_deflation = 0
    while hi >= 0:
        if hi == 0:
            values.append(H[0, 0])
            break
        lo = hi
        while lo > 0 and abs(H[lo, lo - 1]) > _EPS * (abs(H[lo, lo]) + abs(H[lo - 1, lo - 1])):
            lo -= 1
        if lo == hi:  # H[hi, hi - 1] is negligible: H[hi, hi] is an eigenvalue
            values.append(H[hi, hi])
            hi -= 1
            since_deflation = 0
            continue
        if lo == hi - 1:  # an isolated 2 x 2 block: closed form
            values.extend(_eigvals_2x2(H[lo, lo], H[lo, hi], H[hi, lo], H[hi, hi]))
            hi -= 2
            since_deflation = 0
            continue
        steps += 1
        since_deflation += 1
        if steps > max_iter:
            raise ConvergenceError(f"the QR algorithm did not converge in {max_iter} steps.")
        if since_deflation % 11 == 0:  # an exceptional shift breaks a cycle (as in EISPACK)
            mu = H[hi, hi] + 0.75 * abs(H[hi, hi - 1])
        else:
            a, b, c, d = H[hi - 1, hi - 1], H[hi - 1, hi], H[hi, hi - 1], H[hi, hi]
            half_trace = 0.5 * (a + d)
            root = cmath.sqrt((0.5 * (a - d)) ** 2 + b * c)
            mu1, mu2 = half_trace + root, half_trace - root
            mu = mu1 if abs(mu1 - d) <= abs(mu2 - d) else mu2
        block = slice(lo, hi + 1)
        B = H[block, block] - mu * np.eye(hi - lo + 1)
        rotations = []
        for k in range(hi - lo):  # B = Q R: rotations zero the subdiagonal
            x, z = B[k, k], B[k + 1, k]
            r = math.hypot(abs(x), abs(z))
            c, s = (x / r, z / r) if r else (1.0, 0.0)
            rows = B[k : k + 2, k:].copy()
            B[k, k:] = np.conj(c) * rows[0] + np.conj(s) * rows[1]
            B[k + 1, k:] = -s * rows[0] + c * rows[1]
            rotations.append((c, s))
        for k, (c, s) in enumerate(rotations):  # R Q: the same rotations from the right
            columns = B[: k + 2, k : k + 2].copy()
            B[: k + 2, k] = c * columns[:, 0] + s * columns[:, 1]
            B[: k + 2, k + 1] = -np.conj(s) * columns[:, 0] + np.conj(c) * columns[:, 1]
        H[block, block] = B + mu * np.eye(hi - lo + 1)
    return np.array(values, dtype=complex)


def _pair_conjugates(values, scale):
    """For a real matrix: tiny imaginary parts are rounding (set to 0), and the others come
    in exact conjugate pairs (each pair replaced by its average ``re +- i |im|``)."""
    tol = 100 * len(values) * _EPS * scale
    values = values.copy()
    values[np.abs(values.imag) <= tol] = values[np.abs(values.imag) <= tol].real
    upper = [i for i in range(len(values)) if values[i].imag > 0]
    lower = [i for i in range(len(values)) if values[i].imag < 0]
    for i in upper:
        j = min(lower, key=lambda j: abs(values[j] - np.conj(values[i])))
        lower.remove(j)
        re, im = 0.5 * (values[i].real + values[j].real), 0.5 * (values[i].imag - values[j].imag)
        values[i], values[j] = complex(re, im), complex(re, -im)
    return values


def eigvals(A, max_iter=None):
    """Eigenvalues of a square matrix, symmetric or not; complex ones when they are.

    ``lambda`` is an eigenvalue when ``A - lambda I`` is singular, a root of the
    characteristic polynomial ``det(A - lambda I)``. A real matrix may have complex
    eigenvalues, always in conjugate pairs ``a +- b i``: a rotation by ``t`` has
    ``cos t +- i sin t``. For a ``1 x 1`` or ``2 x 2`` matrix they come from the formula
    ``tr/2 +- sqrt((tr/2)^2 - det)`` (written to avoid cancellation); for a larger one,
    from the shifted QR algorithm on the Hessenberg form, in complex arithmetic.

    For a symmetric matrix :func:`gradiente.linalg.eig` is the better tool (eigenvectors,
    and real values by construction).

    Parameters
    ----------
    A : array_like, shape (n, n)
    max_iter : int, optional
        Limit on the QR steps (default ``30 * n``).

    Returns
    -------
    ndarray, shape (n,)
        Real (float64) when every eigenvalue is real, otherwise complex128, as NumPy
        does. **Order**: by real part, descending; equal real parts (a conjugate pair)
        with the positive imaginary part first. (``numpy.linalg.eigvals`` has no order.)
        For a real ``A``, imaginary parts within rounding of 0 are set to 0 and conjugate
        pairs are exact conjugates.

    Examples
    --------
    >>> from gradiente.linalg import eigvals
    >>> eigvals([[2.0, 1.0], [1.0, 2.0]])
    array([3., 1.])
    >>> eigvals([[0.0, -1.0], [1.0, 0.0]])  # a quarter turn
    array([0.+1.j, 0.-1.j])
    >>> eigvals([[1.0, 1.0], [0.0, 1.0]])  # a shear: 1, twice
    array([1., 1.])
    >>> eigvals([[0.0, 0.0, 1.0], [1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]).round(6)  # a cyclic permutation
    array([ 1. +0.j      , -0.5+0.866025j, -0.5-0.866025j])
    """
    A = as_square_matrix(A, "A", "eigvals")
    n = A.shape[0]
    scale = np.abs(A).max()
    if n == 1:
        values = np.array([A[0, 0]], dtype=complex)
    elif n == 2:
        values = np.array(_eigvals_2x2(*A.ravel()), dtype=complex)
    else:
        values = _shifted_qr(_hessenberg(A), max_iter or 30 * n)
        values = _pair_conjugates(values, scale)
    order = np.lexsort((-values.imag, -values.real))
    values = values[order]
    if np.all(values.imag == 0):
        return values.real.copy()
    return values
