"""Reference solution: r2_score."""

import numpy as np


def r2_score(y_true, y_pred):
    """R² = 1 − Σ(y − ŷ)² / Σ(y − ȳ)²."""
    y_true = np.asarray(y_true, dtype=float)
    y_pred = np.asarray(y_pred, dtype=float)
    sse = np.sum((y_true - y_pred) ** 2)
    sst = np.sum((y_true - y_true.mean()) ** 2)
    return float(1.0 - sse / sst)
