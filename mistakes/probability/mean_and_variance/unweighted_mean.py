"""The plain average of the values: right for a fair die only."""

import numpy as np

DIAGNOSIS = {"es": "promedio simple", "en": "plain average"}


def mean_and_variance(values, probs):
    values = np.asarray(values, dtype=float)
    return np.array([values.mean(), values.var()])
