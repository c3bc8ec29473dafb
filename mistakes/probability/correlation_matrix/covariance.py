"""The covariance matrix, never divided by the standard deviations."""

import numpy as np

DIAGNOSIS = {"es": "matriz de covarianza", "en": "covariance matrix"}


def correlation_matrix(X):
    return np.cov(np.asarray(X, dtype=float), rowvar=False)
