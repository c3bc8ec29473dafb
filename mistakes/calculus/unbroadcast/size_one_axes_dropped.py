"""The stretched axes summed away without keepdims: (4,) comes back where (4, 1) was asked for."""

import numpy as np

DIAGNOSIS = {"es": "perdiste los ejes de tamaño 1", "en": "lost the axes of length 1"}


def unbroadcast(grad, shape):
    grad = np.asarray(grad, dtype=float)
    added = grad.ndim - len(shape)
    grad = grad.sum(axis=tuple(range(added)))
    stretched = tuple(axis for axis, size in enumerate(shape) if size == 1 and grad.shape[axis] != 1)
    return grad.sum(axis=stretched)
