"""The SVD of X itself, not of the centred data: the first direction points at the mean."""

import numpy as np

DIAGNOSIS = {"es": "sin centrar", "en": "without centring"}


def pca_components(X, k):
    X = np.asarray(X, dtype=float)
    _, _, Vt = np.linalg.svd(X, full_matrices=False)
    top = Vt[:k]
    largest = np.argmax(np.abs(top), axis=1)
    return top * np.sign(top[np.arange(k), largest])[:, None]
