"""The averages (ys[i] + ys[i+1]) / 2 added without the width Δx."""

import numpy as np

DIAGNOSIS = {"es": "sin multiplicarlos por el ancho", "en": "without multiplying by the width"}


def cumulative_trapezoid(ys, xs):
    ys = np.asarray(ys, dtype=float)
    return np.concatenate(([0.0], np.cumsum((ys[:-1] + ys[1:]) / 2)))
