"""s / n instead of s / √n."""

import numpy as np

DIAGNOSIS = {"es": "en lugar de entre √n", "en": "instead of by √n"}


def standard_error(x):
    x = np.asarray(x, dtype=float)
    return float(np.std(x, ddof=1) / x.size)
