"""Adding up the squares and never dividing by n."""

import numpy as np

DIAGNOSIS = {"es": "sin dividir entre n", "en": "without dividing by n"}


def mse(y_true, y_pred):
    return float(np.sum((y_pred - y_true) ** 2))
