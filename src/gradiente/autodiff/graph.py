"""The computational graph: recording on and off, and the backward pass that walks it.

Lesson: 2.4 `chain-rule-graphs` and 2.6 `reverse-mode-autodiff`.

Every Tensor made by an operation that is being recorded is a node: ``_parents`` are its
inputs, ``data`` its value, and ``_backward(node, g)`` is one link of the chain rule: given
``g = dL/d(node)`` it adds ``dL/d(input) = g * d(node)/d(input)`` to each input's ``.grad``
(the rules are the table in :mod:`gradiente.autodiff.primitives`). :func:`backward` sorts
the nodes so that every node comes after all the nodes that use it, then calls those links
from the loss back to the leaves. Broadcasting is undone in one place, :func:`unbroadcast`,
and nowhere else.
"""

from __future__ import annotations

import contextlib
import itertools
import operator

import numpy as np

__all__ = ["GraphFreedError", "no_grad", "is_grad_enabled", "unbroadcast", "backward"]


class GraphFreedError(RuntimeError):
    """``backward()`` reached a node whose saved values were freed by an earlier ``backward()``."""


# ----------------------------------------------------------------------------------------------
# Recording on and off
# ----------------------------------------------------------------------------------------------

_grad_enabled = True


def is_grad_enabled() -> bool:
    """Return True when operations on Tensors are being recorded for ``backward()``."""
    return _grad_enabled


class no_grad(contextlib.ContextDecorator):
    """Context manager (and decorator) that stops recording the graph, as ``torch.no_grad``.

    Use it for evaluation and for parameter updates: results computed inside carry no
    history, so they cost no memory for a backward pass.

    Examples
    --------
    >>> from gradiente.autodiff import Tensor
    >>> w = Tensor([1.0, 2.0], requires_grad=True)
    >>> with no_grad():
    ...     y = (w * 3).sum()
    >>> y.requires_grad
    False
    """

    def __enter__(self):
        global _grad_enabled
        self._previous = _grad_enabled
        _grad_enabled = False
        return self

    def __exit__(self, *exc_info):
        global _grad_enabled
        _grad_enabled = self._previous
        return False


# Every Tensor gets the next number of this counter when it is made. An operation's result
# is made after its inputs, so sorting nodes by this number is a topological order.
creation_counter = itertools.count()
_serial_of = operator.attrgetter("_serial")


# ----------------------------------------------------------------------------------------------
# Gradients flowing into a node
# ----------------------------------------------------------------------------------------------


def unbroadcast(g: np.ndarray, shape: tuple) -> np.ndarray:
    """Sum ``g`` down to ``shape``: the backward pass of NumPy broadcasting.

    If ``x`` of shape ``shape`` was broadcast to ``g.shape`` in the forward pass, each
    element of ``x`` was used once per copy, so its gradient is the sum over the copies.

    Parameters
    ----------
    g : ndarray
        Gradient with respect to the broadcast result.
    shape : tuple of int
        Shape of the operand before broadcasting.

    Returns
    -------
    ndarray of shape ``shape``

    Examples
    --------
    >>> unbroadcast(np.ones((4, 3)), (3,))
    array([4., 4., 4.])
    """
    if g.shape == shape:
        return g
    # NB: np.add.reduce is g.sum without its Python-level wrapper; this runs at every bias.
    n_new_axes = g.ndim - len(shape)
    if n_new_axes:  # axes that broadcasting added on the left
        g = np.add.reduce(g, axis=tuple(range(n_new_axes)))
    stretched = tuple(axis for axis, size in enumerate(shape) if size == 1 and g.shape[axis] != 1)
    if stretched:  # axes of length 1 that broadcasting stretched
        g = np.add.reduce(g, axis=stretched, keepdims=True)
    return g


def accumulate(node, g: np.ndarray) -> None:
    """Add ``g`` to ``node.grad`` (gradients accumulate, as in PyTorch)."""
    if type(g) is not np.ndarray:  # a NumPy scalar, from arithmetic on 0-d arrays
        g = np.asarray(g)
    if g.dtype != node.data.dtype:
        g = g.astype(node.data.dtype)
    if node.grad is None:
        # NOTE: rules may hand one array to two inputs (a + b gives g to both) or a view of
        # it; that is safe because no rule writes into a gradient. backward() gives a leaf
        # its own copy only when its gradient is shared, at the end (see _own_leaf_grads).
        node.grad = g
    else:
        node.grad = node.grad + g


# ----------------------------------------------------------------------------------------------
# The backward pass
# ----------------------------------------------------------------------------------------------


def freed_backward(node, g):  # pragma: no cover - only its identity matters
    raise GraphFreedError("unreachable")


def topological_order(root) -> list:
    """The nodes that require grad and lead to ``root``, each after all of its inputs.

    Collect everything reachable from ``root`` (no recursion, so a chain of 10,000
    operations is fine), then sort by creation number: inputs are always made before
    the operations that use them.
    """
    nodes, seen = [root], {root._serial}
    i = 0
    while i < len(nodes):
        for parent in nodes[i]._parents:
            if parent.requires_grad and parent._serial not in seen:
                seen.add(parent._serial)
                nodes.append(parent)
        i += 1
    nodes.sort(key=_serial_of)  # NB: attrgetter runs in C, a Python key function would not
    return nodes


def backward(root, gradient: np.ndarray, retain_graph: bool = False) -> None:
    """Run the chain rule from ``root`` (seeded with ``gradient = dL/d(root)``) to every leaf.

    :meth:`Tensor.backward` checks the arguments and calls this.
    """
    order = topological_order(root)
    leaves, leaf_grads_before = [], []
    for node in order:
        if node._parents:  # intermediate nodes hold this pass's gradient only
            node.grad = None
        else:
            leaves.append(node)
            leaf_grads_before.append(node.grad)
    if root._parents:
        root.grad = gradient
    else:
        accumulate(root, gradient)
    for node in reversed(order):  # the loss first, every node before the nodes it uses
        if not node._parents or node.grad is None:
            continue
        if node._backward is freed_backward:
            raise GraphFreedError(
                f"backward() reached the result of '{node._op}', whose saved values were freed "
                "by an earlier backward(). Call backward(retain_graph=True) the first time to "
                "go through the same graph twice, or recompute the forward pass."
            )
        node._backward(node, node.grad)
        if not retain_graph:
            node._backward = freed_backward  # as PyTorch: a second pass needs retain_graph=True
    _own_leaf_grads(order, leaves, leaf_grads_before)


def _own_leaf_grads(order: list, leaves: list, grads_before: list) -> None:
    """Give each leaf a gradient array of its own, so changing it in place is safe.

    A leaf's ``.grad`` belongs to the user, who may change it in place (gradient clipping,
    say). During the pass it may be a read-only broadcast view, a view of another gradient,
    or the very array another node holds (``a + b`` hands ``g`` to both): copy only then.
    """
    taken = {id(node.grad) for node in order if node._parents and node.grad is not None}
    for leaf, before in zip(leaves, grads_before):
        g = leaf.grad
        if g is None or g is before:
            continue
        if id(g) in taken or g.base is not None or not g.flags.writeable:
            leaf.grad = g = g.copy()
        taken.add(id(g))
