"""The score wᵀx + b without dividing by ‖w‖ (the functional margin)."""

import numpy as np

DIAGNOSIS = {"es": "margen funcional", "en": "functional margin"}


def signed_distances(w, b, X):
    return np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b
