"""A fixed step 1e-5 written in the body: the argument h is never used."""

import numpy as np

DIAGNOSIS = {"es": "argumento `h`", "en": "argument `h`"}


def tangent_line(f, x0, h=1e-5):
    slope = (f(x0 + 1e-5) - f(x0 - 1e-5)) / 2e-5
    return np.array([slope, f(x0) - slope * x0])
