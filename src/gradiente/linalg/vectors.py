"""Vectors: length (norms), projection and the angle between two vectors.

Lesson: module 1, *Vectors (dot product, norm, angle, projection)*.
"""

from __future__ import annotations

import math

import numpy as np

from ._checks import as_float_array, as_matrix, as_vector

__all__ = ["norm", "project", "angle"]


def norm(x, ord=None):
    """Vector or matrix norm, with NumPy's meaning of ``ord``.

    Vectors: ``ord=2`` (default) ``sqrt(sum x_i**2)``, the Euclidean length;
    ``ord=1`` ``sum |x_i|``; ``ord=np.inf`` ``max |x_i|``; ``-np.inf`` ``min |x_i|``;
    ``ord=0`` the number of non-zeros; any other ``p``: ``(sum |x_i|**p)**(1/p)``.

    Matrices: ``None``/``"fro"`` Frobenius ``sqrt(sum a_ij**2)``; ``1`` largest column sum
    of ``|a_ij|``; ``np.inf`` largest row sum; ``2`` largest singular value; ``-1``,
    ``-np.inf``, ``-2`` the smallest of those; ``"nuc"`` the sum of singular values.

    Examples
    --------
    >>> from gradiente.linalg import norm
    >>> norm([3.0, 4.0])
    5.0
    >>> norm([[1.0, -2.0], [3.0, 4.0]], 1)
    6.0
    """
    x = as_float_array(x, "x")
    if x.ndim == 1:
        if ord is None or ord == 2:
            return float(math.sqrt(x @ x))  # Pythagoras in n dimensions
        if ord == np.inf:
            return float(np.abs(x).max())
        if ord == -np.inf:
            return float(np.abs(x).min())
        if ord == 0:
            return float(np.count_nonzero(x))
        if ord == 1:
            return float(np.abs(x).sum())
        if isinstance(ord, str):
            raise ValueError(f"ord={ord!r} is a matrix norm; for a vector use a number "
                             "(1, 2, np.inf, ...).")
        with np.errstate(divide="ignore"):
            return float(np.sum(np.abs(x) ** ord) ** (1.0 / ord))
    if x.ndim != 2:
        raise ValueError(f"norm takes a vector (n,) or a matrix (m, n); got shape {x.shape}.")
    if ord is None or ord == "fro":
        return float(math.sqrt(np.sum(x * x)))
    if ord in (1, -1):
        column_sums = np.abs(x).sum(axis=0)
        return float(column_sums.max() if ord == 1 else column_sums.min())
    if ord in (np.inf, -np.inf):
        row_sums = np.abs(x).sum(axis=1)
        return float(row_sums.max() if ord == np.inf else row_sums.min())
    if ord in (2, -2, "nuc"):
        from .decompositions import singular_values

        sigma = singular_values(x)
        if ord == "nuc":
            return float(sigma.sum())
        return float(sigma.max() if ord == 2 else sigma.min())
    raise ValueError(f"ord={ord!r} is not a matrix norm; use None, 'fro', 'nuc', 1, -1, 2, "
                     "-2, np.inf or -np.inf.")


def project(u, onto):
    """Orthogonal projection of ``u`` onto a vector, or onto the span of a matrix's columns.

    Onto a vector ``v``: ``proj = (u . v / v . v) v``, the shadow of ``u`` on the line of
    ``v``; ``u - proj`` is perpendicular to ``v``. Onto the columns of ``V`` (n, k):
    ``proj = V (V^T V)^{-1} V^T u``, the closest point of the subspace (the normal
    equations of least squares).

    Parameters
    ----------
    u : array_like, shape (n,)
    onto : array_like, shape (n,) or (n, k)

    Examples
    --------
    >>> from gradiente.linalg import project
    >>> project([2.0, 3.0], onto=[1.0, 0.0])
    array([2., 0.])
    """
    u = as_vector(u, "u")
    onto_array = as_float_array(onto, "onto")
    if onto_array.ndim == 1:
        v = as_vector(onto_array, "onto")
        if v.shape != u.shape:
            raise ValueError(f"u and onto must have the same length; got {u.size} and "
                             f"{v.size}.")
        length_squared = v @ v
        if length_squared == 0:
            raise ValueError("cannot project onto the zero vector: it spans no direction. "
                             "Pass a non-zero vector.")
        return (u @ v) / length_squared * v
    V = as_matrix(onto_array, "onto")
    if V.shape[0] != u.size:
        raise ValueError(f"onto must have {u.size} rows (one per entry of u) and one column "
                         f"per spanning vector; got shape {V.shape}.")
    from .elimination import solve

    coefficients = solve(V.T @ V, V.T @ u)  # the normal equations V^T V c = V^T u
    return V @ coefficients


def angle(u, v, degrees=False):
    """Angle between two non-zero vectors, in radians (or degrees).

    ``cos(theta) = u . v / (|u| |v|)``. Computed as
    ``2 atan2(| u/|u| - v/|v| |, | u/|u| + v/|v| |)`` (Kahan), which is exact near 0 and
    pi, where ``arccos`` of a rounded cosine loses half the digits.

    Examples
    --------
    >>> from gradiente.linalg import angle
    >>> angle([1.0, 0.0], [1.0, 1.0], degrees=True)
    45.0
    """
    u = as_vector(u, "u")
    v = as_vector(v, "v")
    if u.shape != v.shape:
        raise ValueError(f"u and v must have the same length; got {u.size} and {v.size}.")
    length_u, length_v = norm(u), norm(v)
    if length_u == 0 or length_v == 0:
        raise ValueError("the angle with a zero vector is undefined: it has no direction.")
    unit_u, unit_v = u / length_u, v / length_v
    theta = 2.0 * math.atan2(norm(unit_u - unit_v), norm(unit_u + unit_v))
    return math.degrees(theta) if degrees else theta
