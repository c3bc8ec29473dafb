"""Scores to probabilities without overflow: log-sum-exp, softmax, and its two-class case, the sigmoid.

All three rest on one identity: adding a constant ``c`` to every score changes nothing,

.. math:: \\log \\sum_j e^{z_j} = c + \\log \\sum_j e^{z_j - c}, \\qquad
          \\operatorname{softmax}(z)_j = \\frac{e^{z_j - c}}{\\sum_k e^{z_k - c}},

so with :math:`c = \\max_j z_j` the largest exponent is :math:`e^0 = 1`: nothing overflows,
and at least one term of the sum is 1, so nothing underflows to a division by zero. The
sigmoid is the softmax of the two scores :math:`(0, z)`,
:math:`\\sigma(z) = 1 / (1 + e^{-z}) = e^{z} / (1 + e^{z})`, evaluated in whichever form has a
non-positive exponent.

These work on NumPy arrays; the differentiable versions for :class:`gradiente.autodiff.Tensor`
are its ``sigmoid``, ``softmax`` and ``log_softmax`` methods.

Lessons: 4.2 `logistic-regression-perceptron` (sigmoid, softmax), 4.3 `neural-networks` (the
output layer), 5.5 `bayes-naive-bayes-map` (log-sum-exp normalises naive Bayes).
"""

from __future__ import annotations

import numpy as np

__all__ = ["logsumexp", "softmax", "sigmoid"]


def logsumexp(Z, axis=-1, keepdims=False):
    """``log(sum(exp(Z)))`` along ``axis``, shifted by the maximum so that it never overflows.

    Parameters
    ----------
    Z : array_like
    axis : int
    keepdims : bool
        Keep the reduced axis (length 1), so the result broadcasts against ``Z``.

    Returns
    -------
    ndarray (a float for 1-D input without ``keepdims``)

    Examples
    --------
    >>> float(logsumexp([1000.0, 1000.0]))   # np.log(np.sum(np.exp(...))) gives inf
    1000.6931471805599
    >>> logsumexp(np.array([[0.0, 0.0], [-np.inf, 0.0]]), axis=1)
    array([0.69314718, 0.        ])
    """
    Z = np.asarray(Z, dtype=np.float64)
    largest = Z.max(axis=axis, keepdims=True)
    # NB: a row that is all -inf has no finite maximum; shifting by 0 gives log(0) = -inf.
    largest = np.where(np.isfinite(largest), largest, 0.0)
    total = np.log(np.exp(Z - largest).sum(axis=axis, keepdims=True)) + largest
    return total if keepdims else np.squeeze(total, axis=axis)


def softmax(Z, axis=-1):
    """``exp(Z) / sum(exp(Z))`` along ``axis`` (each row of an (n_samples, n_classes) array).

    Parameters
    ----------
    Z : array_like, shape (..., n_classes)
        Scores (logits).
    axis : int

    Returns
    -------
    ndarray, same shape as ``Z``: non-negative, summing to 1 along ``axis``.

    Examples
    --------
    >>> softmax(np.array([[1.0, 1.0], [1000.0, 0.0]]))
    array([[0.5, 0.5],
           [1. , 0. ]])
    """
    Z = np.asarray(Z, dtype=np.float64)
    exp_shifted = np.exp(Z - Z.max(axis=axis, keepdims=True))
    return exp_shifted / exp_shifted.sum(axis=axis, keepdims=True)


def sigmoid(z):
    """Logistic function ``1 / (1 + exp(-z))``, element-wise, accurate in both tails.

    For ``z >= 0`` the form ``1 / (1 + e^{-z})``; for ``z < 0`` the equal
    ``e^{z} / (1 + e^{z})``: the exponent is never positive, so nothing overflows, and a
    tiny probability such as ``sigmoid(-40) = 4.2e-18`` keeps all its digits (``(1 +
    tanh(z/2)) / 2`` would round it to 0).

    Parameters
    ----------
    z : array_like

    Returns
    -------
    ndarray, same shape as ``z``, in (0, 1) (0 and 1 only where the answer rounds to them).

    Examples
    --------
    >>> sigmoid(np.array([-1000.0, 0.0, 1000.0]))
    array([0. , 0.5, 1. ])
    >>> float(sigmoid(-40.0))
    4.248354255291589e-18
    """
    z = np.asarray(z, dtype=np.float64)
    exp_minus_abs = np.exp(-np.abs(z))  # e^{-|z|} <= 1
    return np.where(z >= 0, 1.0, exp_minus_abs) / (1.0 + exp_minus_abs)
