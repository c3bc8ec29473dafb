"""Reference solution: one_hot (labels 0..n_classes−1 as rows of 0s and a single 1)."""

import numpy as np


def one_hot(y, n_classes):
    """Return Y, shape (len(y), n_classes), with Y[i, k] = 1 if y[i] == k, else 0."""
    y = np.asarray(y)
    # (n, 1) == (1, n_classes) -> (n, n_classes): compare every label with every class at once
    return (y[:, None] == np.arange(n_classes)[None, :]).astype(float)
