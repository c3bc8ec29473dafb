"""Standardising each row (a sample) instead of each column (a feature); keepdims makes it run."""

import numpy as np

DIAGNOSIS = {"es": "media 0 en cada fila", "en": "mean 0 in every row"}


def standardize(X):
    X = np.asarray(X, dtype=float)
    return (X - X.mean(axis=1, keepdims=True)) / X.std(axis=1, keepdims=True)
