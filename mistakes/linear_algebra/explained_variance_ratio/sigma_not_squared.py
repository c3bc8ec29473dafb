"""σ / Σσ: the singular values normalised without squaring them."""

import numpy as np

DIAGNOSIS = {"es": "eleva al cuadrado", "en": "square them"}


def explained_variance_ratio(X):
    X = np.asarray(X, dtype=float)
    S = np.linalg.svd(X - X.mean(axis=0), compute_uv=False)
    return S / S.sum()
