"""Reference solution: t_interval (Student's t confidence interval for a mean)."""

import numpy as np

from gradiente.stats import StudentT


def t_interval(x, confidence):
    """[x̄ − t·s/√n, x̄ + t·s/√n] with t the (1 + confidence)/2 quantile of Student's t with n − 1 degrees of freedom."""
    x = np.asarray(x, dtype=float)
    n = x.size
    standard_error = np.std(x, ddof=1) / np.sqrt(n)
    t = float(StudentT(n - 1).ppf((1 + confidence) / 2))  # two-sided: (1 − c)/2 left in each tail
    mean = x.mean()
    return np.array([mean - t * standard_error, mean + t * standard_error])
