"""The arguments swapped: ȳ taken from the predictions."""

import numpy as np

DIAGNOSIS = {"es": "Intercambiaste los argumentos", "en": "You swapped the arguments"}


def r2_score(y_true, y_pred):
    y_true, y_pred = np.asarray(y_pred, dtype=float), np.asarray(y_true, dtype=float)
    return float(1 - np.sum((y_true - y_pred) ** 2) / np.sum((y_true - y_true.mean()) ** 2))
