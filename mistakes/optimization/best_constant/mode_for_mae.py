"""The most frequent value for MAE: the mode minimises how often you miss, not by how much."""

import numpy as np

DIAGNOSIS = {"es": "la moda", "en": "the mode"}


def best_constant(y, loss):
    y = np.asarray(y, dtype=float)
    if loss == "mae":
        values, counts = np.unique(y, return_counts=True)
        return float(values[np.argmax(counts)])
    return float(np.mean(y))
