"""Reference solution: mse (the mean squared error)."""

import numpy as np


def mse(y_true, y_pred):
    """The mean of the squared differences: (1/n) Σ (ŷᵢ − yᵢ)².

    It squares before it averages, so errors of opposite sign cannot cancel, and it divides
    by n, so the answer does not grow with the number of samples.
    """
    residuals = np.asarray(y_pred, dtype=float) - np.asarray(y_true, dtype=float)  # rᵢ = ŷᵢ − yᵢ
    return float(np.mean(residuals**2))
