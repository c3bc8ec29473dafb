"""Sorting distances from largest to smallest: the farthest rows instead of the nearest."""

import numpy as np

DIAGNOSIS = {"es": "las filas más lejanas", "en": "the farthest rows"}


def nearest_neighbors(X, x, k, metric):
    X, x = np.asarray(X, dtype=float), np.asarray(x, dtype=float)
    if metric == "euclidean":
        score = -np.linalg.norm(X - x, axis=1)
    elif metric == "cosine":
        score = -(X @ x) / (np.linalg.norm(X, axis=1) * np.linalg.norm(x))
    else:
        raise ValueError(metric)
    return np.argsort(score, kind="stable")[:k]
