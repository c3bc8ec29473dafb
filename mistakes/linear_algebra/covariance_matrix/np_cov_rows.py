"""np.cov(X) without rowvar=False: it takes the rows (the samples) as the variables."""

import numpy as np

DIAGNOSIS = {"es": "rowvar=False", "en": "rowvar=False"}


def covariance_matrix(X):
    return np.cov(X)
