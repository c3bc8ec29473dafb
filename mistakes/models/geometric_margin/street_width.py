"""The width of the street 2/‖w‖ instead of the margin."""

import numpy as np

DIAGNOSIS = {"es": "ancho de la calle", "en": "width of the street"}


def geometric_margin(w, b, X, y):
    return 2 / float(np.linalg.norm(np.asarray(w, dtype=float)))
