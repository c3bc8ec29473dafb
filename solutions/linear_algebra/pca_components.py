"""Reference solution: pca_components (the top k principal directions, as rows)."""

import numpy as np


def pca_components(X, k):
    """The k unit directions of largest variance of X, as the rows of a (k, d) array."""
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)  # PCA looks at the spread around the mean
    _, _, Vt = np.linalg.svd(Xc, full_matrices=False)  # Xc = U Σ Vᵀ, σ descending
    components = Vt[:k]  # rows of Vᵀ: eigenvectors of the covariance, by decreasing variance σ²/(n − 1)
    # each direction is unique only up to sign: make its largest-|·| entry positive
    largest = np.argmax(np.abs(components), axis=1)
    signs = np.sign(components[np.arange(k), largest])
    return components * signs[:, None]
