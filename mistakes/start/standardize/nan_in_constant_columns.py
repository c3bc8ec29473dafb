"""The formula as written: a constant column has σ = 0, and 0/0 is NaN."""

import numpy as np

DIAGNOSIS = {"es": "columnas son constantes", "en": "columns are constant"}


def standardize(X):
    X = np.asarray(X, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        return (X - X.mean(axis=0)) / X.std(axis=0)
