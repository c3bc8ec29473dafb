"""The mean over the copies instead of their sum."""

import numpy as np

DIAGNOSIS = {"es": "promediaste en vez de sumar", "en": "averaged instead of summing"}


def unbroadcast(grad, shape):
    grad = np.asarray(grad, dtype=float)
    added = grad.ndim - len(shape)
    grad = grad.mean(axis=tuple(range(added)))
    stretched = tuple(axis for axis, size in enumerate(shape) if size == 1 and grad.shape[axis] != 1)
    return grad.mean(axis=stretched, keepdims=True)
