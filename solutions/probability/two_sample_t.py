"""Reference solution: two_sample_t (Student's pooled t-test or Welch's, two-sided)."""

import numpy as np

from gradiente.stats import StudentT


def two_sample_t(x, y, equal_var):
    """``np.array([t, p])`` for H₀: μ_x = μ_y, two-sided; pooled variance if ``equal_var``, Welch if not."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    n_x, n_y = x.size, y.size
    var_x, var_y = x.var(ddof=1), y.var(ddof=1)  # sample variances: ddof=1
    if equal_var:
        pooled = ((n_x - 1) * var_x + (n_y - 1) * var_y) / (n_x + n_y - 2)  # s_p²
        standard_error = np.sqrt(pooled * (1 / n_x + 1 / n_y))
        df = n_x + n_y - 2
    else:
        share_x, share_y = var_x / n_x, var_y / n_y
        standard_error = np.sqrt(share_x + share_y)
        df = (share_x + share_y) ** 2 / (share_x**2 / (n_x - 1) + share_y**2 / (n_y - 1))  # Welch–Satterthwaite ν
    t = (x.mean() - y.mean()) / standard_error
    p = 2 * StudentT(df).sf(abs(t))  # both tails; sf keeps tiny p-values that 1 − cdf rounds to 0
    return np.array([t, p])
