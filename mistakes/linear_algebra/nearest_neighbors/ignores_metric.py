"""Always ranking by Euclidean distance, whatever `metric` says."""

import numpy as np

DIAGNOSIS = {"es": "la otra métrica", "en": "the other metric"}


def nearest_neighbors(X, x, k, metric):
    if metric not in ("euclidean", "cosine"):
        raise ValueError(metric)
    X, x = np.asarray(X, dtype=float), np.asarray(x, dtype=float)
    return np.argsort(np.linalg.norm(X - x, axis=1), kind="stable")[:k]
