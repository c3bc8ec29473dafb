"""XᵀX normalised by the column norms: the columns were never centred (a cosine similarity)."""

import numpy as np

DIAGNOSIS = {"es": "sin centrarlas", "en": "without centring"}


def correlation_matrix(X):
    X = np.asarray(X, dtype=float)
    products = X.T @ X
    norms = np.sqrt(np.diag(products))
    return products / np.outer(norms, norms)
