"""Reference solution: unbroadcast (the backward pass of broadcasting)."""

import numpy as np


def unbroadcast(grad, shape):
    """Sum grad over the axes broadcasting added or stretched, back to shape."""
    grad = np.asarray(grad, dtype=float)
    shape = tuple(shape)
    added = grad.ndim - len(shape)  # axes broadcasting put on the left
    grad = grad.sum(axis=tuple(range(added)))
    stretched = tuple(axis for axis, size in enumerate(shape) if size == 1 and grad.shape[axis] != 1)
    return grad.sum(axis=stretched, keepdims=True)  # keepdims: a stretched axis stays, of length 1
