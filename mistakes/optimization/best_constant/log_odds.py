"""For log loss, the log-odds ln(p / (1 − p)) (the logistic model's intercept) instead of the probability p."""

import numpy as np

DIAGNOSIS = {"es": "el logit", "en": "log-odds"}


def best_constant(y, loss):
    y = np.asarray(y, dtype=float)
    if loss == "mse":
        return float(np.mean(y))
    if loss == "mae":
        return float(np.median(y))
    p = np.mean(y)
    return float(np.log(p / (1 - p)))
