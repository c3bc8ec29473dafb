"""Right numbers, wrong order: [b, w]."""

import numpy as np

DIAGNOSIS = {"es": "orden contrario", "en": "wrong order"}


def fit_line(x, y):
    w = np.sum((x - x.mean()) * (y - y.mean())) / np.sum((x - x.mean()) ** 2)
    b = y.mean() - w * x.mean()
    return np.array([b, w])
