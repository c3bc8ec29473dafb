"""np.corrcoef(X) without rowvar=False: the rows (samples) correlated with each other."""

import numpy as np

DIAGNOSIS = {"es": "rowvar=False", "en": "rowvar=False"}


def correlation_matrix(X):
    return np.corrcoef(X)
