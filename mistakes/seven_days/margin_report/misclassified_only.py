"""Violations counted as misclassified points (yᵢf(xᵢ) < 0), forgetting those inside the street."""

import numpy as np

DIAGNOSIS = {"es": "mal clasificados", "en": "misclassified"}


def margin_report(w, b, X, y, tol=1e-6):
    w = np.asarray(w, dtype=float)
    signs = 2 * np.asarray(y, dtype=float) - 1
    functional = signs * (np.asarray(X, dtype=float) @ w + b)
    return np.array(
        [functional.min() / np.linalg.norm(w), np.sum(np.abs(functional - 1) <= tol), np.sum(functional < 0)]
    )
