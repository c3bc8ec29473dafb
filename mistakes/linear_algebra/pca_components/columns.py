"""The eigenvectors left in the columns, as np.linalg.eigh returns them: (d, k) instead of (k, d)."""

import numpy as np

DIAGNOSIS = {"es": "en las columnas", "en": "in the columns"}


def pca_components(X, k):
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)
    values, vectors = np.linalg.eigh(Xc.T @ Xc / (len(X) - 1))
    top = vectors[:, np.argsort(values)[::-1][:k]]
    largest = np.argmax(np.abs(top), axis=0)
    return top * np.sign(top[largest, np.arange(k)])
