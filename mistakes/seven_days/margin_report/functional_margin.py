"""The functional margin minᵢ yᵢf(xᵢ), without dividing by ‖w‖."""

import numpy as np

DIAGNOSIS = {"es": "funcional", "en": "functional"}


def margin_report(w, b, X, y, tol=1e-6):
    signs = 2 * np.asarray(y, dtype=float) - 1
    functional = signs * (np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b)
    return np.array([functional.min(), np.sum(np.abs(functional - 1) <= tol), np.sum(functional < 1 - tol)])
