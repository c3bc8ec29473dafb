"""−ln(u)/λ: exponential in distribution (1 − U is uniform), but not F⁻¹(u); and u = 0 gives infinity."""

import numpy as np

DIAGNOSIS = {"es": "1 − U también es uniforme", "en": "1 − U is uniform too"}


def exponential_from_uniform(u, lam):
    with np.errstate(divide="ignore"):
        return -np.log(np.asarray(u, dtype=float)) / lam
