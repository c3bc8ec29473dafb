"""np.linalg.eigh's ascending order kept: the k directions of smallest variance."""

import numpy as np

DIAGNOSIS = {"es": "menor", "en": "smallest"}


def pca_components(X, k):
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)
    values, vectors = np.linalg.eigh(Xc.T @ Xc / (len(X) - 1))
    top = vectors[:, :k].T
    largest = np.argmax(np.abs(top), axis=1)
    return top * np.sign(top[np.arange(k), largest])[:, None]
