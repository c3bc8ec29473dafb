"""y and 1 − y swapped: ln p paired with the negative class."""

import numpy as np

DIAGNOSIS = {"es": "Intercambiaste y y 1 − y", "en": "swapped y and 1 − y"}


def logistic_loss(X, y, w, b):
    z = np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b
    return float(np.mean((1.0 - y) * np.logaddexp(0.0, -z) + y * np.logaddexp(0.0, z)))
