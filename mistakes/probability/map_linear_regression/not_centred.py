"""Ridge on raw X and y: the line forced through the origin."""

import numpy as np

DIAGNOSIS = {"es": "No centraste", "en": "You did not centre"}


def map_linear_regression(X, y, sigma2, tau2):
    return np.linalg.solve(X.T @ X + sigma2 / tau2 * np.eye(X.shape[1]), X.T @ y)
