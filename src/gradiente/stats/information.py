"""Information theory of discrete distributions: entropy and the Kullback-Leibler divergence.

``H(p) = -sum p ln p`` is the average surprise of a draw from ``p``; the cross-entropy
``H(p, q) = -sum p ln q`` is the average surprise when ``q`` is believed instead, and
``KL(p || q) = H(p, q) - H(p) = sum p ln(p / q) >= 0`` is the price of that mistake
(zero only when ``q = p``). Minimising a cross-entropy loss minimises a KL divergence.

Lesson: 5.4 `maximum-likelihood`.
"""

from __future__ import annotations

import math

import numpy as np

from gradiente._validation import as_numeric_array

__all__ = ["entropy", "kl_divergence"]


def _distribution(values, name):
    """``values`` normalised to sum 1 (as ``scipy.stats.entropy`` does: counts are welcome)."""
    p = as_numeric_array(values, name)
    if p.ndim != 1 or p.size == 0:
        raise ValueError(f"{name} must be a non-empty 1-D array of probabilities (or counts); got shape {p.shape}.")
    if not np.isfinite(p).all() or (p < 0).any():
        raise ValueError(
            f"{name} must hold finite numbers >= 0 (probabilities or counts); got {float(p[~(p >= 0)][0])!r}."
        )
    total = p.sum()
    if total == 0:
        raise ValueError(f"{name} sums to 0, so it is not a distribution; at least one entry must be > 0.")
    return p / total


def _log_base(base):
    if base is None:
        return 1.0
    if isinstance(base, bool) or not isinstance(base, (int, float)) or not base > 0 or base == 1:
        raise ValueError(f"base must be a positive number other than 1 (2 for bits, e for nats); got {base!r}.")
    return math.log(base)


def entropy(p, base=None):
    """Shannon entropy ``H(p) = -sum_i p_i log p_i``, with ``0 log 0 = 0``.

    ``p`` is normalised to sum 1 first (so class counts can be passed as they are), as in
    ``scipy.stats.entropy(p)``. Natural logarithms (nats) unless ``base`` is given (2: bits).

    Parameters
    ----------
    p : array_like, shape (k,), entries >= 0
    base : float, optional

    Returns
    -------
    float, between 0 (one certain outcome) and ``log k`` (the uniform distribution)

    Examples
    --------
    >>> from gradiente.stats import entropy
    >>> entropy([0.5, 0.5], base=2)  # one fair coin: one bit
    1.0
    >>> round(entropy([9, 1]), 6), entropy([1.0, 0.0])
    (0.325083, 0.0)

    Lesson: 5.4 `maximum-likelihood`.
    """
    p = _distribution(p, "p")
    scale = _log_base(base)
    positive = p[p > 0]  # 0 log 0 = 0: the limit of t log t as t -> 0
    return float(max(0.0, -np.sum(positive * np.log(positive))) / scale)  # (max: no -0.0)


def kl_divergence(p, q, base=None):
    """Kullback-Leibler divergence ``KL(p || q) = sum_i p_i log(p_i / q_i)``.

    Terms with ``p_i = 0`` are 0 (whatever ``q_i``); a ``q_i = 0`` where ``p_i > 0`` makes
    it ``inf`` (``q`` calls impossible what ``p`` says happens). Both are normalised to sum
    1 first, as in ``scipy.stats.entropy(p, q)``. NB: it is not symmetric,
    ``KL(p || q) != KL(q || p)``, so the order of the arguments matters.

    Parameters
    ----------
    p, q : array_like, shape (k,), entries >= 0
    base : float, optional

    Returns
    -------
    float >= 0, or ``inf``

    Examples
    --------
    >>> from gradiente.stats import kl_divergence
    >>> round(kl_divergence([0.5, 0.5], [0.9, 0.1]), 6), round(kl_divergence([0.9, 0.1], [0.5, 0.5]), 6)
    (0.510826, 0.368064)
    >>> kl_divergence([0.5, 0.5], [1.0, 0.0])
    inf

    Lesson: 5.4 `maximum-likelihood`.
    """
    p = _distribution(p, "p")
    q = _distribution(q, "q")
    if p.shape != q.shape:
        raise ValueError(f"p and q must be distributions over the same outcomes; got lengths {p.size} and {q.size}.")
    scale = _log_base(base)
    positive = p > 0
    if (q[positive] == 0).any():
        return math.inf
    p, q = p[positive], q[positive]
    # NB: sum p (log p - log q) keeps its digits where p / q would underflow or overflow
    return float(max(0.0, np.sum(p * (np.log(p) - np.log(q)))) / scale)
