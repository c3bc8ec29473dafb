"""Off by one: range(n_iter + 1) steps."""

import numpy as np

DIAGNOSIS = {"es": "un paso de más", "en": "one step too many"}


def newton_root(f, df, x0, n_iter):
    x = float(x0)
    out = [x]
    for _ in range(n_iter + 1):
        x = x - f(x) / df(x)
        out.append(x)
    return np.array(out)
