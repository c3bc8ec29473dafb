"""Reference solution: kl_divergence (Kullback-Leibler divergence of two discrete distributions, in nats)."""

import numpy as np


def kl_divergence(p, q):
    """KL(p‖q) = Σ pᵢ ln(pᵢ/qᵢ), with 0 · ln(0/q) = 0; natural log (nats)."""
    p = np.asarray(p, dtype=float)
    q = np.asarray(q, dtype=float)
    support = p > 0  # terms with pᵢ = 0 contribute 0 (the limit of t ln t as t → 0)
    return float(np.sum(p[support] * np.log(p[support] / q[support])))
