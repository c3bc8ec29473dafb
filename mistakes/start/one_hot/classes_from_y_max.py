"""The number of classes read from the labels: one column short when the last class is absent."""

import numpy as np

DIAGNOSIS = {"es": "y.max() + 1", "en": "y.max() + 1"}


def one_hot(y, n_classes):
    y = np.asarray(y)
    return np.eye(y.max() + 1)[y]
