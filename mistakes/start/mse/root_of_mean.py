"""The RMSE: a square root too many."""

import numpy as np

DIAGNOSIS = {"es": "RMSE", "en": "RMSE"}


def mse(y_true, y_pred):
    return float(np.sqrt(np.mean((y_pred - y_true) ** 2)))
