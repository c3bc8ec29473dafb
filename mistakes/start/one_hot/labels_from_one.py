"""Labels taken as 1..n_classes: every 1 shifted one column left, class 0 wrapped to the last column."""

import numpy as np

DIAGNOSIS = {"es": "desde 1", "en": "from 1"}


def one_hot(y, n_classes):
    y = np.asarray(y)
    return np.eye(n_classes)[y - 1]
