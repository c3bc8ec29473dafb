"""Off by one: only the new iterates, without x0."""

import numpy as np

DIAGNOSIS = {"es": "el punto inicial x0", "en": "the starting point x0"}


def newton_root(f, df, x0, n_iter):
    x = float(x0)
    out = []
    for _ in range(n_iter):
        x = x - f(x) / df(x)
        out.append(x)
    return np.array(out)
