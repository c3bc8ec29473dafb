"""The mean absolute error: |r| instead of r²."""

import numpy as np

DIAGNOSIS = {"es": "error absoluto medio", "en": "mean absolute error"}


def mse(y_true, y_pred):
    return float(np.mean(np.abs(y_pred - y_true)))
