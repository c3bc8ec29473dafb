"""ln(u)/λ: no minus sign, so every time comes out negative."""

import numpy as np

DIAGNOSIS = {"es": "valores negativos", "en": "negative values"}


def exponential_from_uniform(u, lam):
    with np.errstate(divide="ignore"):
        return np.log(np.asarray(u, dtype=float)) / lam
