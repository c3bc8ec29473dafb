"""|f(xᵢ)| instead of yᵢf(xᵢ): a point on the wrong side looks fine."""

import numpy as np

DIAGNOSIS = {"es": "|f(xᵢ)|", "en": "|f(xᵢ)|"}


def margin_report(w, b, X, y, tol=1e-6):
    w = np.asarray(w, dtype=float)
    distance = np.abs(np.asarray(X, dtype=float) @ w + b)
    return np.array(
        [distance.min() / np.linalg.norm(w), np.sum(np.abs(distance - 1) <= tol), np.sum(distance < 1 - tol)]
    )
