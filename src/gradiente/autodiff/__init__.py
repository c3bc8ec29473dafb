"""Reverse-mode automatic differentiation on NumPy, written to be read.

Lesson: 2.6 `reverse-mode-autodiff` (and 2.4 `chain-rule-graphs`).

>>> from gradiente.autodiff import Tensor, grad
>>> import numpy as np
>>> X = np.array([[1.0, 2.0], [3.0, 4.0]]); y = np.array([1.0, 2.0])
>>> grad(lambda w: ((X @ w - y) ** 2).mean())(np.zeros(2))
array([ -7., -10.])

- ``tensor``: the Tensor, an array that remembers the operation that made it.
- ``graph``: recording on and off (``no_grad``), the backward pass, ``unbroadcast``.
- ``primitives``: every operation, one entry each: NumPy forward and local derivatives.
- ``registry``: makes each entry's Tensor method, function, NumPy ufunc rule and SymPy name.
- ``losses``: ``cross_entropy`` and ``mse_loss``.
- ``functional``: ``grad``, ``value_and_grad``, ``jacobian``, ``gradcheck``.
- ``draw``: ``draw_graph`` (SVG of a computational graph, values and gradients on each node).
"""

from . import primitives
from .functional import GradcheckError, grad, gradcheck, jacobian, value_and_grad
from .graph import GraphFreedError, is_grad_enabled, no_grad, unbroadcast
from .losses import cross_entropy, mse_loss
from .primitives import *  # noqa: F403  (exp, log, ..., concatenate, stack: one per entry of the table)
from .tensor import Tensor

__all__ = [
    "Tensor",
    "no_grad",
    "is_grad_enabled",
    "grad",
    "value_and_grad",
    "jacobian",
    "gradcheck",
    "GradcheckError",
    "GraphFreedError",
    "unbroadcast",
    *primitives.__all__,
    "cross_entropy",
    "mse_loss",
    "draw_graph",  # noqa: F405  (loaded on first use: see __getattr__)
]


def __getattr__(name):
    # The drawing code is only needed by the chain-rule lesson: load it on first use.
    if name == "draw_graph":
        from .draw import draw_graph

        return draw_graph
    raise AttributeError(f"module 'gradiente.autodiff' has no attribute {name!r}")
