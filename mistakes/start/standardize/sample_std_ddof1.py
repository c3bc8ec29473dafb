"""The sample standard deviation (ddof=1, pandas' default) instead of the population one."""

import numpy as np

DIAGNOSIS = {"es": "ddof=1", "en": "ddof=1"}


def standardize(X):
    X = np.asarray(X, dtype=float)
    std = X.std(axis=0, ddof=1)
    return (X - X.mean(axis=0)) / np.where(std > 0, std, 1.0)
