"""Reference solution: nearest_neighbors."""

import numpy as np


def nearest_neighbors(X, x, k, metric):
    """The indices of the k rows of X closest to x, closest first; ties go to the lower index.

    ``metric="euclidean"``: smallest ‖X[i] − x‖ first. ``metric="cosine"``: largest cosine
    similarity X[i]·x / (‖X[i]‖ ‖x‖) first.
    """
    X = np.asarray(X, dtype=float)
    x = np.asarray(x, dtype=float)
    if metric == "euclidean":
        score = np.sqrt(((X - x) ** 2).sum(axis=1))  # distance: smaller is closer
    elif metric == "cosine":
        score = -(X @ x) / (np.sqrt((X**2).sum(axis=1)) * np.sqrt(x @ x))  # minus: larger similarity is closer
    else:
        raise ValueError(f'metric must be "euclidean" or "cosine"; got {metric!r}')
    return np.argsort(score, kind="stable")[:k]  # stable: equal scores keep the lower index first
