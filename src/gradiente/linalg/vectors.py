"""Vectors: projection and the angle between two vectors (their length is in ``norms``).

Lesson: 1.1 `vectors-dot-product`.
"""

from __future__ import annotations

import math

from gradiente._validation import as_float_array, as_matrix, as_vector

from .elimination import solve
from .norms import norm

__all__ = ["project", "angle"]


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
            raise ValueError(f"u and onto must have the same length; got {u.size} and {v.size}.")
        length_squared = v @ v
        if length_squared == 0:
            raise ValueError("cannot project onto the zero vector: it spans no direction. Pass a non-zero vector.")
        return (u @ v) / length_squared * v
    V = as_matrix(onto_array, "onto")
    if V.shape[0] != u.size:
        raise ValueError(
            f"onto must have {u.size} rows (one per entry of u) and one column "
            f"per spanning vector; got shape {V.shape}."
        )
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
