"""Reference solution: binomial_pmf (the binomial PMF computed in logs, so that n in the thousands works)."""

import numpy as np

from gradiente.stats.special import gammaln


def binomial_pmf(k, n, p):
    """P(X = k) for X ~ Binomial(n, p), for every entry of k; an array of k's shape, 0 < p < 1."""
    k = np.asarray(k, dtype=float)
    log_choose = gammaln(n + 1) - gammaln(k + 1) - gammaln(n - k + 1)  # log C(n, k), since Γ(m + 1) = m!
    log_pmf = log_choose + k * np.log(p) + (n - k) * np.log1p(-p)  # + log pᵏ + log (1 − p)ⁿ⁻ᵏ
    return np.exp(log_pmf)  # back from logs only at the end: the product never overflows
