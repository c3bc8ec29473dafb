"""One mean and one standard deviation for the whole table: no axis at all."""

import numpy as np

DIAGNOSIS = {"es": "una sola media", "en": "a single mean"}


def standardize(X):
    X = np.asarray(X, dtype=float)
    return (X - X.mean()) / X.std()
