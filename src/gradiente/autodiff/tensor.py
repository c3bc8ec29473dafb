"""The ``Tensor``: an n-dimensional array that remembers the operation that made it.

Lesson: 2.6 `reverse-mode-autodiff` (and 2.4 `chain-rule-graphs`).

How it works, in three sentences. Every operation on Tensors computes its result with NumPy
and, when a gradient will be needed, gives the result a small ``backward`` rule: given
``g = dL/d(out)`` it adds ``dL/d(input) = g * d(out)/d(input)`` to each input (the chain
rule, one link). ``loss.backward()`` sorts the graph so that every node comes after all the
nodes that use it, then calls those rules from the loss back to the leaves
(:mod:`gradiente.autodiff.graph`).

The operations themselves (``+ - * / ** @``, ``.exp()``, ``.sum()``, ``[...]``, ...) are not
written in this file: each is one entry of the table in :mod:`gradiente.autodiff.primitives`
(its NumPy forward next to its local derivative), from which
:mod:`gradiente.autodiff.registry` makes the Tensor method, the function, the NumPy dispatch
rule and the SymPy name. The style follows micrograd (the local derivative sits next to the
forward computation) and HIPS autograd (one short rule per primitive, broadcasting undone by
one helper).
"""

from __future__ import annotations

import numbers

import numpy as np

from . import graph as _graph
from .graph import GraphFreedError, is_grad_enabled, no_grad, unbroadcast

__all__ = ["Tensor", "no_grad", "is_grad_enabled", "unbroadcast", "GraphFreedError"]

_FLOAT_DTYPES = (np.dtype(np.float64), np.dtype(np.float32))

# The NumPy ufuncs that may take a Tensor (np.exp(t), ndarray * t), by name: filled from the
# table of primitives by gradiente.autodiff.registry.
_UFUNC_RULES: dict = {}


def _as_float_array(data, copy: bool) -> np.ndarray:
    """Turn ``data`` into a float64 array, keeping float32 when it was given as float32."""
    if isinstance(data, Tensor):
        data = data.data
    array = np.asarray(data)
    if array.dtype in _FLOAT_DTYPES:
        return array.copy() if copy else array
    if array.dtype.kind in "biuf":  # bool, int, unsigned, other floats (float16, longdouble)
        return array.astype(np.float64)
    raise TypeError(
        f"Tensor data must be real numbers; got an array of dtype {array.dtype}. "
        "Convert it first, e.g. np.asarray(data, dtype=float)"
        + (
            " (complex numbers: use gradiente.calculus.derivative(..., method='complex'))."
            if array.dtype.kind == "c"
            else "."
        )
    )


def _result(data: np.ndarray, parents: tuple, op: str) -> Tensor:
    """Make the output Tensor of an operation; it joins the graph only if a parent needs it."""
    out = object.__new__(Tensor)
    # NB: NumPy returns a scalar (np.float64), not a 0-d array, from operations on 0-d arrays
    out.data = data if type(data) is np.ndarray else np.asarray(data)
    out.grad = None
    out.name = None
    out._op = op
    out._serial = next(_graph.creation_counter)
    out._backward = None
    if _graph._grad_enabled:
        for parent in parents:  # a plain loop: this runs for every operation, so it must be cheap
            if parent.requires_grad:
                out.requires_grad = True
                out._parents = parents
                return out
    out.requires_grad = False
    out._parents = ()
    return out


def _lift(value, like: Tensor) -> Tensor:
    """Wrap a number or array as a constant Tensor; Python numbers take ``like``'s dtype."""
    if isinstance(value, Tensor):
        return value
    if isinstance(value, (numbers.Real, np.number)) and not isinstance(value, bool):
        return _result(np.asarray(value, dtype=like.data.dtype), (), "const")
    return _result(_as_float_array(value, copy=False), (), "const")


def _as_tensor(x) -> Tensor:
    return x if isinstance(x, Tensor) else _result(_as_float_array(x, copy=False), (), "const")


class Tensor:
    """An n-dimensional array of numbers that remembers how it was computed.

    Parameters
    ----------
    data : array_like
        The values (copied). float32 is kept; everything else becomes float64.
    requires_grad : bool, default False
        Whether ``backward()`` should compute ``dL/d(this tensor)`` into ``.grad``.
    name : str, optional
        A label, shown when the graph is drawn (:func:`gradiente.autodiff.draw_graph`).

    Attributes
    ----------
    data : ndarray
        The values.
    grad : ndarray or None
        The gradient of the last ``backward()`` (accumulated over calls until
        ``zero_grad()``), same shape as ``data``.

    Examples
    --------
    >>> x = Tensor([1.0, 2.0, 3.0], requires_grad=True)
    >>> (x ** 2).sum().backward()
    >>> x.grad
    array([2., 4., 6.])
    """

    __slots__ = ("data", "grad", "requires_grad", "name", "_parents", "_backward", "_op", "_serial")

    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        # NOTE: NumPy calls this for `ndarray * Tensor` and for np.exp(tensor). Mapping the
        # ufuncs we have rules for keeps the result in the graph; anything else is refused
        # with the fix, instead of NumPy silently treating the Tensor as an opaque object.
        rule = _UFUNC_RULES.get(ufunc.__name__) if method == "__call__" and not kwargs else None
        if rule is None:
            raise TypeError(
                f"np.{ufunc.__name__} cannot take a Tensor: gradients would not flow through it. "
                "Use Tensor operations instead (+ - * / ** @, .exp(), .log(), .sum(), ... or the "
                "functions in gradiente.autodiff)."
            )
        return rule(*inputs)

    def __init__(self, data, requires_grad: bool = False, name: str | None = None):
        self.data = _as_float_array(data, copy=True)
        self.grad = None
        self.requires_grad = bool(requires_grad)
        self.name = name
        self._parents = ()
        self._backward = None
        self._op = None
        self._serial = next(_graph.creation_counter)

    # -- basic properties --------------------------------------------------------------------

    @property
    def shape(self) -> tuple:
        return self.data.shape

    @property
    def ndim(self) -> int:
        return self.data.ndim

    @property
    def size(self) -> int:
        return self.data.size

    @property
    def dtype(self):
        return self.data.dtype

    @property
    def is_leaf(self) -> bool:
        """True for tensors made by the user (not by an operation that is being recorded)."""
        return not self._parents

    @property
    def T(self) -> Tensor:
        return self.transpose()

    def __len__(self) -> int:
        return len(self.data)

    def __repr__(self) -> str:
        body = np.array2string(self.data, separator=", ", prefix="Tensor(")
        extra = ", requires_grad=True" if self.requires_grad else ""
        if self.data.dtype == np.float32:
            extra += ", dtype=float32"
        return f"Tensor({body}{extra})"

    def item(self) -> float:
        """The value of a one-element Tensor as a Python float."""
        if self.data.size != 1:
            raise ValueError(
                f"item() needs a Tensor with one element; got shape {self.shape}. Reduce it first, e.g. t.sum().item()."
            )
        return float(self.data.reshape(()))

    def numpy(self) -> np.ndarray:
        """The values as a NumPy array (the same memory, not a copy)."""
        return self.data

    def detach(self) -> Tensor:
        """A Tensor with the same values and no history (gradients stop here)."""
        return _result(self.data, (), "detach")

    def zero_grad(self) -> None:
        """Forget the accumulated gradient (``.grad`` becomes None), as PyTorch does."""
        self.grad = None

    _lift = staticmethod(_lift)

    # -- backward ----------------------------------------------------------------------------

    def backward(self, gradient=None, retain_graph: bool = False) -> None:
        """Compute the gradient of this tensor with respect to every leaf that requires it.

        Parameters
        ----------
        gradient : array_like, optional
            ``dL/d(self)``. Needed only when ``self`` has more than one element
            (for a scalar loss it is 1).
        retain_graph : bool, default False
            Keep the saved values so that ``backward()`` can run through this graph again.

        Examples
        --------
        >>> w = Tensor([1.0, -2.0], requires_grad=True)
        >>> loss = (w * w).sum()
        >>> loss.backward()
        >>> w.grad
        array([ 2., -4.])
        """
        if not self.requires_grad:
            raise RuntimeError(
                "backward() was called on a Tensor that does not require grad: no input of the "
                "computation had requires_grad=True (or it ran inside no_grad()). "
                "Create the inputs with Tensor(..., requires_grad=True)."
            )
        if gradient is None:
            if self.data.size != 1:
                raise ValueError(
                    f"backward() without a gradient needs a scalar output; got shape {self.shape}. "
                    "Reduce it to a scalar (e.g. .sum() or .mean()), pass gradient= of the same "
                    "shape, or use gradiente.autodiff.jacobian for the full matrix of derivatives."
                )
            gradient = np.ones(self.data.shape, dtype=self.data.dtype)
        else:
            gradient = np.asarray(gradient, dtype=self.data.dtype)
            if gradient.shape != self.shape:
                raise ValueError(
                    f"backward(gradient=...) needs a gradient of the output's shape {self.shape}; "
                    f"got shape {gradient.shape}."
                )
        _graph.backward(self, gradient, retain_graph)
