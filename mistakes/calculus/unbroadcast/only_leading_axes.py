"""Only the axes added on the left summed; the stretched axes of length 1 left as they were."""

import numpy as np

DIAGNOSIS = {"es": "añadió a la izquierda", "en": "added on the left"}


def unbroadcast(grad, shape):
    grad = np.asarray(grad, dtype=float)
    while grad.ndim > len(shape):
        grad = grad.sum(axis=0)
    return grad
