"""(y − p) instead of (p − y): the downhill direction, not the gradient."""

import numpy as np

DIAGNOSIS = {"es": "signo contrario", "en": "opposite sign"}


def logistic_grad_single(x, y, w, b):
    p = 1 / (1 + np.exp(-(np.dot(w, x) + b)))
    return np.append((y - p) * x, y - p)
