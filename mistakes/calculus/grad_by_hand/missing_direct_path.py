"""x's contribution through the second factor x + y² forgotten."""

import numpy as np

DIAGNOSIS = {"es": "v = x + y²", "en": "v = x + y²"}


def grad_by_hand(x, y):
    u = x * y + np.sin(x)
    v = x + y**2
    u_bar, v_bar = v, u
    x_bar = u_bar * (y + np.cos(x))  # the path x → v is missing
    y_bar = u_bar * x + v_bar * 2 * y
    return np.array([x_bar, y_bar])
