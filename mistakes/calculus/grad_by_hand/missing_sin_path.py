"""x's contribution through sin x forgotten: only two of its three paths are added."""

import numpy as np

DIAGNOSIS = {"es": "s = sin x", "en": "s = sin x"}


def grad_by_hand(x, y):
    u = x * y + np.sin(x)
    v = x + y**2
    u_bar, v_bar = v, u
    x_bar = u_bar * y + v_bar  # the path x → sin x → u is missing
    y_bar = u_bar * x + v_bar * 2 * y
    return np.array([x_bar, y_bar])
