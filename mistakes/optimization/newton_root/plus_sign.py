"""x + f/f′: the tangent's root taken on the wrong side."""

import numpy as np

DIAGNOSIS = {"es": "Sumaste el cociente", "en": "You added the quotient"}


def newton_root(f, df, x0, n_iter):
    x = float(x0)
    out = [x]
    for _ in range(n_iter):
        x = x + f(x) / df(x)
        out.append(x)
    return np.array(out)
