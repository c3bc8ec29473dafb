"""Labels 0/1 used as they are: every class-0 point gives 0."""

import numpy as np

DIAGNOSIS = {"es": "2·y − 1", "en": "2·y − 1"}


def geometric_margin(w, b, X, y):
    w = np.asarray(w, dtype=float)
    return float(np.min(np.asarray(y) * (np.asarray(X, dtype=float) @ w + b)) / np.linalg.norm(w))
