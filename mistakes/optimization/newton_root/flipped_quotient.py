"""f′/f instead of f/f′."""

import numpy as np

DIAGNOSIS = {"es": "Invertiste el cociente", "en": "upside down"}


def newton_root(f, df, x0, n_iter):
    x = float(x0)
    out = [x]
    for _ in range(n_iter):
        x = x - df(x) / f(x)
        out.append(x)
    return np.array(out)
