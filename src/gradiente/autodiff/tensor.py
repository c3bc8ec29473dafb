"""Reverse-mode automatic differentiation: the ``Tensor`` and one derivative rule per operation.

Lesson: module 2, "Building reverse-mode automatic differentiation" (and "The chain rule
and computational graphs").

How it works, in three sentences. Every operation on Tensors computes its result with NumPy
and, when a gradient will be needed, remembers a small ``backward`` function: given
``g = dL/d(out)`` it adds ``dL/d(input) = g * d(out)/d(input)`` to each input (the chain
rule, one link). ``loss.backward()`` sorts the graph so that every node comes after all the
nodes that use it, then calls those functions from the loss back to the leaves.
Broadcasting is undone in one place, :func:`unbroadcast`, and nowhere else.

The style follows micrograd (the local derivative sits next to the forward computation)
and HIPS autograd (one short rule per primitive, broadcasting undone by one helper).
"""

from __future__ import annotations

import contextlib
import itertools
import numbers

import numpy as np

__all__ = [
    "Tensor",
    "no_grad",
    "is_grad_enabled",
    "unbroadcast",
    "GraphFreedError",
    "exp",
    "log",
    "sqrt",
    "sin",
    "cos",
    "tanh",
    "sigmoid",
    "relu",
    "softmax",
    "log_softmax",
    "concatenate",
    "stack",
]


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


# ----------------------------------------------------------------------------------------------
# Helpers
# ----------------------------------------------------------------------------------------------

_FLOAT_DTYPES = (np.dtype(np.float64), np.dtype(np.float32))

# Every Tensor gets the next number of this counter when it is made. An operation's result
# is made after its inputs, so sorting nodes by this number is a topological order.
_creation_counter = itertools.count()


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
        + (" (complex numbers: use gradiente.calculus.derivative(..., method='complex'))."
           if array.dtype.kind == "c" else ".")
    )


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


def _accumulate(tensor: Tensor, g: np.ndarray) -> None:
    """Add ``g`` to ``tensor.grad`` (gradients accumulate, as in PyTorch)."""
    if type(g) is not np.ndarray:  # a NumPy scalar, from arithmetic on 0-d arrays
        g = np.asarray(g)
    if g.dtype != tensor.data.dtype:
        g = g.astype(tensor.data.dtype)
    if tensor.grad is None:
        # NOTE: rules may hand one array to two inputs (a + b gives g to both) or a view of
        # it; that is safe because no rule writes into a gradient. backward() gives a leaf
        # its own copy only when its gradient is shared, at the end (see _own_leaf_grads).
        tensor.grad = g
    else:
        tensor.grad = tensor.grad + g


def _serial_of(tensor: Tensor) -> int:
    return tensor._serial


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


def _normalize_axis(axis, ndim: int):
    """Return ``axis`` as a tuple of non-negative ints (None means every axis)."""
    if axis is None:
        return tuple(range(ndim))
    axes = (axis,) if isinstance(axis, numbers.Integral) else tuple(axis)
    for a in axes:
        if not -ndim <= a < ndim:
            raise np.exceptions.AxisError(
                f"axis {a} is out of bounds for a Tensor with {ndim} dimensions; "
                f"use an axis between {-ndim} and {ndim - 1}."
            )
    return tuple(a % ndim for a in axes)


def _expand_reduced(g: np.ndarray, axes: tuple, keepdims: bool) -> np.ndarray:
    """Put back the reduced axes (as length 1) so ``g`` broadcasts against the input."""
    return g if keepdims else np.expand_dims(g, axes)


def _result(data: np.ndarray, parents: tuple, op: str) -> Tensor:
    """Make the output Tensor of an operation; it joins the graph only if a parent needs it."""
    out = object.__new__(Tensor)
    # NB: NumPy returns a scalar (np.float64), not a 0-d array, from operations on 0-d arrays
    out.data = data if type(data) is np.ndarray else np.asarray(data)
    out.grad = None
    out.name = None
    out._op = op
    out._serial = next(_creation_counter)
    out._backward = None
    if _grad_enabled:
        for parent in parents:  # a plain loop: this runs for every operation, so it must be cheap
            if parent.requires_grad:
                out.requires_grad = True
                out._parents = parents
                return out
    out.requires_grad = False
    out._parents = ()
    return out


def _is_basic_index(index) -> bool:
    """True for indices that pick each element at most once (ints, slices, None, ...)."""
    items = index if isinstance(index, tuple) else (index,)
    return all(
        item is None or item is Ellipsis or isinstance(item, (slice, numbers.Integral))
        or (isinstance(item, np.ndarray) and item.dtype == bool)
        for item in items
    )


def _freed_backward(g):  # pragma: no cover - only its identity matters
    raise GraphFreedError("unreachable")


# ----------------------------------------------------------------------------------------------
# The Tensor
# ----------------------------------------------------------------------------------------------


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
        self._serial = next(_creation_counter)

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
                f"item() needs a Tensor with one element; got shape {self.shape}. "
                "Reduce it first, e.g. t.sum().item()."
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

    @staticmethod
    def _lift(value, like: Tensor) -> Tensor:
        """Wrap a number or array as a constant Tensor; Python numbers take ``like``'s dtype."""
        if isinstance(value, Tensor):
            return value
        if isinstance(value, (numbers.Real, np.number)) and not isinstance(value, bool):
            return _result(np.asarray(value, dtype=like.data.dtype), (), "const")
        return _result(_as_float_array(value, copy=False), (), "const")

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
        order = self._topological_order()
        leaves, leaf_grads_before = [], []
        for node in order:
            if node._parents:  # intermediate nodes hold this pass's gradient only
                node.grad = None
            else:
                leaves.append(node)
                leaf_grads_before.append(node.grad)
        if self._parents:
            self.grad = gradient
        else:
            _accumulate(self, gradient)
        for node in reversed(order):  # the loss first, every node before the nodes it uses
            if not node._parents or node.grad is None:
                continue
            if node._backward is _freed_backward:
                raise GraphFreedError(
                    f"backward() reached the result of '{node._op}', whose saved values were freed "
                    "by an earlier backward(). Call backward(retain_graph=True) the first time to "
                    "go through the same graph twice, or recompute the forward pass."
                )
            node._backward(node.grad)
            if not retain_graph:
                node._backward = _freed_backward  # drops the saved arrays the rule held on to
        _own_leaf_grads(order, leaves, leaf_grads_before)

    def _topological_order(self) -> list:
        """The nodes that require grad, each after all of its inputs.

        Collect everything reachable from ``self`` (no recursion, so a chain of 10,000
        operations is fine), then sort by creation number: inputs are always made before
        the operations that use them.
        """
        nodes, seen = [self], {self._serial}
        i = 0
        while i < len(nodes):
            for parent in nodes[i]._parents:
                if parent.requires_grad and parent._serial not in seen:
                    seen.add(parent._serial)
                    nodes.append(parent)
            i += 1
        nodes.sort(key=_serial_of)
        return nodes

    # -- elementwise binary operations (broadcasting undone by unbroadcast) ------------------

    def __add__(self, other) -> Tensor:
        a, b = self, Tensor._lift(other, self)
        out = _result(a.data + b.data, (a, b), "+")
        if out.requires_grad:
            def backward(g):
                # d(a + b)/da = 1, d(a + b)/db = 1
                if a.requires_grad:
                    _accumulate(a, unbroadcast(g, a.data.shape))
                if b.requires_grad:
                    _accumulate(b, unbroadcast(g, b.data.shape))
            out._backward = backward
        return out

    def __sub__(self, other) -> Tensor:
        a, b = self, Tensor._lift(other, self)
        out = _result(a.data - b.data, (a, b), "-")
        if out.requires_grad:
            def backward(g):
                # d(a - b)/da = 1, d(a - b)/db = -1
                if a.requires_grad:
                    _accumulate(a, unbroadcast(g, a.data.shape))
                if b.requires_grad:
                    _accumulate(b, unbroadcast(-g, b.data.shape))
            out._backward = backward
        return out

    def __mul__(self, other) -> Tensor:
        a, b = self, Tensor._lift(other, self)
        out = _result(a.data * b.data, (a, b), "*")
        if out.requires_grad:
            def backward(g):
                # d(a * b)/da = b, d(a * b)/db = a
                if a.requires_grad:
                    _accumulate(a, unbroadcast(g * b.data, a.data.shape))
                if b.requires_grad:
                    _accumulate(b, unbroadcast(g * a.data, b.data.shape))
            out._backward = backward
        return out

    def __truediv__(self, other) -> Tensor:
        a, b = self, Tensor._lift(other, self)
        out = _result(a.data / b.data, (a, b), "/")
        if out.requires_grad:
            def backward(g):
                # d(a / b)/da = 1 / b, d(a / b)/db = -a / b**2 = -(a / b) / b
                if a.requires_grad:
                    _accumulate(a, unbroadcast(g / b.data, a.data.shape))
                if b.requires_grad:
                    _accumulate(b, unbroadcast(-g * out_data / b.data, b.data.shape))
            out_data = out.data
            out._backward = backward
        return out

    def __pow__(self, exponent) -> Tensor:
        a = self
        if isinstance(exponent, (numbers.Real, np.number)) and not isinstance(exponent, Tensor):
            p = float(exponent)
            out = _result(a.data ** p, (a,), f"**{exponent:g}")
            if out.requires_grad:
                def backward(g):
                    # d(a**p)/da = p * a**(p - 1)
                    _accumulate(a, g * (p * a.data ** (p - 1)))
                out._backward = backward
            return out
        b = Tensor._lift(exponent, self)
        out = _result(a.data ** b.data, (a, b), "**")
        if out.requires_grad:
            def backward(g):
                # d(a**b)/da = b * a**(b - 1), d(a**b)/db = a**b * log(a)
                if a.requires_grad:
                    _accumulate(a, unbroadcast(g * b.data * a.data ** (b.data - 1), a.data.shape))
                if b.requires_grad:
                    with np.errstate(divide="ignore", invalid="ignore"):
                        # NOTE: where a == 0 the term is 0 * log(0); its limit is 0 (as PyTorch).
                        log_a = np.where(a.data == 0, 0.0, np.log(np.where(a.data == 0, 1.0, a.data)))
                    _accumulate(b, unbroadcast(g * out_data * log_a, b.data.shape))
            out_data = out.data
            out._backward = backward
        return out

    def __neg__(self) -> Tensor:
        a = self
        out = _result(-a.data, (a,), "neg")
        if out.requires_grad:
            def backward(g):
                # d(-a)/da = -1
                _accumulate(a, -g)
            out._backward = backward
        return out

    def __radd__(self, other) -> Tensor:
        return Tensor._lift(other, self) + self

    def __rsub__(self, other) -> Tensor:
        return Tensor._lift(other, self) - self

    def __rmul__(self, other) -> Tensor:
        return Tensor._lift(other, self) * self

    def __rtruediv__(self, other) -> Tensor:
        return Tensor._lift(other, self) / self

    def __rpow__(self, other) -> Tensor:
        return Tensor._lift(other, self) ** self

    # -- matrix product ----------------------------------------------------------------------

    def __matmul__(self, other) -> Tensor:
        a, b = self, Tensor._lift(other, self)
        try:
            product = a.data @ b.data
        except ValueError:
            _check_matmul_shapes(a.data.shape, b.data.shape)  # explains the mismatch
            raise
        out = _result(product, (a, b), "@")
        if out.requires_grad:
            def backward(g):
                # C = A @ B  =>  dL/dA = dL/dC @ B^T,  dL/dB = A^T @ dL/dC
                A, B = a.data, b.data
                if A.ndim == 2 and B.ndim == 2:  # the common case, written plainly
                    if a.requires_grad:
                        _accumulate(a, g @ B.T)
                    if b.requires_grad:
                        _accumulate(b, A.T @ g)
                    return
                # Vectors: treat (k,) as a (1, k) row on the left or a (k, 1) column on the right.
                A2 = A[None, :] if A.ndim == 1 else A
                B2 = B[:, None] if B.ndim == 1 else B
                G2 = g
                if A.ndim == 1:
                    G2 = np.expand_dims(G2, -2 if B.ndim > 1 else 0)
                if B.ndim == 1:
                    G2 = np.expand_dims(G2, -1)
                if a.requires_grad:
                    grad_A = unbroadcast(G2 @ np.swapaxes(B2, -1, -2), A2.shape)
                    _accumulate(a, grad_A.reshape(A.shape))
                if b.requires_grad:
                    grad_B = unbroadcast(np.swapaxes(A2, -1, -2) @ G2, B2.shape)
                    _accumulate(b, grad_B.reshape(B.shape))
            out._backward = backward
        return out

    def __rmatmul__(self, other) -> Tensor:
        return Tensor._lift(other, self) @ self

    # -- elementwise functions ---------------------------------------------------------------

    def exp(self) -> Tensor:
        a = self
        out = _result(np.exp(a.data), (a,), "exp")
        if out.requires_grad:
            def backward(g):
                # d(e^a)/da = e^a
                _accumulate(a, g * out_data)
            out_data = out.data
            out._backward = backward
        return out

    def log(self) -> Tensor:
        a = self
        out = _result(np.log(a.data), (a,), "log")
        if out.requires_grad:
            def backward(g):
                # d(log a)/da = 1 / a
                _accumulate(a, g / a.data)
            out._backward = backward
        return out

    def sqrt(self) -> Tensor:
        a = self
        out = _result(np.sqrt(a.data), (a,), "sqrt")
        if out.requires_grad:
            def backward(g):
                # d(sqrt a)/da = 1 / (2 sqrt a)
                _accumulate(a, g / (2.0 * out_data))
            out_data = out.data
            out._backward = backward
        return out

    def sin(self) -> Tensor:
        a = self
        out = _result(np.sin(a.data), (a,), "sin")
        if out.requires_grad:
            def backward(g):
                # d(sin a)/da = cos a
                _accumulate(a, g * np.cos(a.data))
            out._backward = backward
        return out

    def cos(self) -> Tensor:
        a = self
        out = _result(np.cos(a.data), (a,), "cos")
        if out.requires_grad:
            def backward(g):
                # d(cos a)/da = -sin a
                _accumulate(a, -g * np.sin(a.data))
            out._backward = backward
        return out

    def tanh(self) -> Tensor:
        a = self
        out = _result(np.tanh(a.data), (a,), "tanh")
        if out.requires_grad:
            def backward(g):
                # d(tanh a)/da = 1 - tanh(a)^2
                _accumulate(a, g * (1.0 - out_data * out_data))
            out_data = out.data
            out._backward = backward
        return out

    def sigmoid(self) -> Tensor:
        a = self
        # sigma(a) = 1 / (1 + e^-a), written as exp(-log(1 + e^-a)) so large |a| cannot overflow.
        out = _result(np.exp(-np.logaddexp(0.0, -a.data)), (a,), "sigmoid")
        if out.requires_grad:
            def backward(g):
                # d(sigma a)/da = sigma(a) (1 - sigma(a))
                _accumulate(a, g * out_data * (1.0 - out_data))
            out_data = out.data
            out._backward = backward
        return out

    def relu(self) -> Tensor:
        a = self
        out = _result(np.maximum(a.data, 0.0), (a,), "relu")
        if out.requires_grad:
            def backward(g):
                # d(max(a, 0))/da = 1 where a > 0, else 0 (0 at a = 0, as PyTorch)
                _accumulate(a, g * (a.data > 0))
            out._backward = backward
        return out

    def softmax(self, axis: int = -1) -> Tensor:
        a = self
        (axis,) = _normalize_axis(axis, a.ndim)
        shifted = a.data - a.data.max(axis=axis, keepdims=True)  # same result, no overflow
        exps = np.exp(shifted)
        s = exps / exps.sum(axis=axis, keepdims=True)
        out = _result(s, (a,), "softmax")
        if out.requires_grad:
            def backward(g):
                # ds_i/da_j = s_i (delta_ij - s_j)  =>  dL/da = s * (g - sum_i g_i s_i)
                _accumulate(a, s * (g - (g * s).sum(axis=axis, keepdims=True)))
            out._backward = backward
        return out

    def log_softmax(self, axis: int = -1) -> Tensor:
        a = self
        (axis,) = _normalize_axis(axis, a.ndim)
        shifted = a.data - a.data.max(axis=axis, keepdims=True)
        log_sum_exp = np.log(np.exp(shifted).sum(axis=axis, keepdims=True))
        out = _result(shifted - log_sum_exp, (a,), "log_softmax")
        if out.requires_grad:
            def backward(g):
                # d(a_i - log sum_j e^a_j)/da_j = delta_ij - softmax_j  =>  g - softmax * sum(g)
                softmax_a = np.exp(out_data)
                _accumulate(a, g - softmax_a * g.sum(axis=axis, keepdims=True))
            out_data = out.data
            out._backward = backward
        return out

    # -- reductions --------------------------------------------------------------------------

    def sum(self, axis=None, keepdims: bool = False, dtype=None, out=None) -> Tensor:
        _refuse_numpy_extras("sum", dtype, out)
        a = self
        axes = _normalize_axis(axis, a.ndim)
        out = _result(np.sum(a.data, axis=axes, keepdims=keepdims), (a,), "sum")
        if out.requires_grad:
            def backward(g):
                # d(sum_i a_i)/da_j = 1: every summed element gets the output's gradient
                _accumulate(a, np.broadcast_to(_expand_reduced(g, axes, keepdims), a.data.shape))
            out._backward = backward
        return out

    def mean(self, axis=None, keepdims: bool = False, dtype=None, out=None) -> Tensor:
        _refuse_numpy_extras("mean", dtype, out)
        a = self
        axes = _normalize_axis(axis, a.ndim)
        count = 1
        for ax in axes:
            count *= a.data.shape[ax]
        # NB: np.sum(...) / count is np.mean without its Python-level overhead (this runs often)
        out = _result(np.sum(a.data, axis=axes, keepdims=keepdims) / count, (a,), "mean")
        if out.requires_grad:
            def backward(g):
                # d(sum_i a_i / n)/da_j = 1 / n
                g = _expand_reduced(g, axes, keepdims) / count
                _accumulate(a, np.broadcast_to(g, a.data.shape))
            out._backward = backward
        return out

    def max(self, axis=None, keepdims: bool = False, dtype=None, out=None) -> Tensor:
        _refuse_numpy_extras("max", dtype, out)
        a = self
        axes = _normalize_axis(axis, a.ndim)
        if a.data.size == 0:
            raise ValueError("max() of an empty Tensor has no value; check the shape of the input.")
        largest = np.max(a.data, axis=axes, keepdims=True)
        out = _result(largest if keepdims else np.squeeze(largest, axis=axes), (a,), "max")
        if out.requires_grad:
            def backward(g):
                # d(max)/da_j = 1 at the largest element, 0 elsewhere.
                # NOTE: ties share the gradient equally (as torch.amax), so it still sums to 1.
                is_max = a.data == largest
                share = is_max / is_max.sum(axis=axes, keepdims=True)
                _accumulate(a, share * _expand_reduced(g, axes, keepdims))
            out._backward = backward
        return out

    # -- movement: reshape, transpose, indexing ----------------------------------------------

    def reshape(self, *shape) -> Tensor:
        a = self
        if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
            shape = tuple(shape[0])
        try:
            reshaped = a.data.reshape(shape)
        except ValueError:
            raise ValueError(
                f"cannot reshape a Tensor of shape {a.shape} ({a.size} elements) into {shape}; "
                "the number of elements must stay the same (use -1 for one inferred dimension)."
            ) from None
        out = _result(reshaped, (a,), "reshape")
        if out.requires_grad:
            def backward(g):
                # reshaping moves no values: the gradient just takes the old shape back
                _accumulate(a, g.reshape(a.data.shape))
            out._backward = backward
        return out

    def transpose(self, *axes) -> Tensor:
        a = self
        if len(axes) == 1 and isinstance(axes[0], (tuple, list)):
            axes = tuple(axes[0])
        axes = axes or tuple(reversed(range(a.ndim)))
        out = _result(np.transpose(a.data, axes), (a,), "transpose")
        if out.requires_grad:
            inverse = tuple(np.argsort(axes))
            def backward(g):
                # transposing moves values: the gradient moves back with the inverse permutation
                _accumulate(a, np.transpose(g, inverse))
            out._backward = backward
        return out

    @property
    def T(self) -> Tensor:
        return self.transpose()

    def __getitem__(self, index) -> Tensor:
        a = self
        if isinstance(index, Tensor):
            index = index.data.astype(np.intp)
        elif isinstance(index, tuple):
            index = tuple(i.data.astype(np.intp) if isinstance(i, Tensor) else i for i in index)
        out = _result(a.data[index], (a,), "index")
        if out.requires_grad:
            basic = _is_basic_index(index)
            def backward(g):
                # picking elements: each picked element gets its gradient back, the rest get 0
                full = np.zeros_like(a.data)
                if basic:
                    full[index] = g
                else:  # an integer array may pick the same element twice: add, do not overwrite
                    np.add.at(full, index, g)
                _accumulate(a, full)
            out._backward = backward
        return out


_UFUNC_RULES = {
    "add": lambda a, b: Tensor._lift(a, b if isinstance(b, Tensor) else a) + b,
    "subtract": lambda a, b: Tensor._lift(a, b if isinstance(b, Tensor) else a) - b,
    "multiply": lambda a, b: Tensor._lift(a, b if isinstance(b, Tensor) else a) * b,
    "divide": lambda a, b: Tensor._lift(a, b if isinstance(b, Tensor) else a) / b,
    "power": lambda a, b: Tensor._lift(a, b if isinstance(b, Tensor) else a) ** b,
    "matmul": lambda a, b: Tensor._lift(a, b if isinstance(b, Tensor) else a) @ b,
    "negative": lambda a: -a,
    "exp": lambda a: a.exp(),
    "log": lambda a: a.log(),
    "sqrt": lambda a: a.sqrt(),
    "tanh": lambda a: a.tanh(),
    "sin": lambda a: a.sin(),
    "cos": lambda a: a.cos(),
}


def _refuse_numpy_extras(name: str, dtype, out) -> None:
    """np.sum(tensor) calls tensor.sum(axis=..., dtype=None, out=None): accept only the defaults."""
    if dtype is not None or out is not None:
        raise TypeError(f"Tensor.{name}() does not support dtype= or out=; convert the result instead.")


def _check_matmul_shapes(shape_a: tuple, shape_b: tuple) -> None:
    """Raise a ValueError naming both shapes when ``A @ B`` is not defined."""
    if len(shape_a) == 0 or len(shape_b) == 0:
        raise ValueError(
            f"matmul (@) needs arrays with at least one dimension; got shapes {shape_a} and "
            f"{shape_b}. For a product with a number use * instead."
        )
    inner_a = shape_a[-1]
    inner_b = shape_b[-2] if len(shape_b) >= 2 else shape_b[0]
    if inner_a != inner_b:
        raise ValueError(
            f"matmul (@) shapes {shape_a} and {shape_b} do not align: the last dimension of the "
            f"left ({inner_a}) must equal the {'first' if len(shape_b) == 1 else 'second-to-last'} "
            f"dimension of the right ({inner_b}). Check the order of the operands or transpose "
            "one of them (.T)."
        )
    if len(shape_a) > 2 or len(shape_b) > 2:
        try:
            np.broadcast_shapes(shape_a[:-2], shape_b[:-2])
        except ValueError:
            raise ValueError(
                f"matmul (@) shapes {shape_a} and {shape_b}: the batch dimensions "
                f"{shape_a[:-2]} and {shape_b[:-2]} do not broadcast."
            ) from None


# ----------------------------------------------------------------------------------------------
# Functions (the same operations, called as f(x))
# ----------------------------------------------------------------------------------------------


def _as_tensor(x) -> Tensor:
    return x if isinstance(x, Tensor) else _result(_as_float_array(x, copy=False), (), "const")


def exp(x) -> Tensor:
    """Element-wise ``e**x``. Example: ``exp(Tensor([0.0])).data`` is ``array([1.])``."""
    return _as_tensor(x).exp()


def log(x) -> Tensor:
    """Element-wise natural logarithm. Example: ``log(Tensor([1.0])).data`` is ``array([0.])``."""
    return _as_tensor(x).log()


def sqrt(x) -> Tensor:
    """Element-wise square root. Example: ``sqrt(Tensor([4.0])).data`` is ``array([2.])``."""
    return _as_tensor(x).sqrt()


def sin(x) -> Tensor:
    """Element-wise sine. Example: ``sin(Tensor([0.0])).data`` is ``array([0.])``."""
    return _as_tensor(x).sin()


def cos(x) -> Tensor:
    """Element-wise cosine. Example: ``cos(Tensor([0.0])).data`` is ``array([1.])``."""
    return _as_tensor(x).cos()


def tanh(x) -> Tensor:
    """Element-wise hyperbolic tangent. Example: ``tanh(Tensor([0.0])).data`` is ``array([0.])``."""
    return _as_tensor(x).tanh()


def sigmoid(x) -> Tensor:
    """Element-wise ``1 / (1 + e**-x)``. Example: ``sigmoid(Tensor([0.0])).data`` is ``array([0.5])``."""
    return _as_tensor(x).sigmoid()


def relu(x) -> Tensor:
    """Element-wise ``max(x, 0)``. Example: ``relu(Tensor([-1.0, 2.0])).data`` is ``array([0., 2.])``."""
    return _as_tensor(x).relu()


def softmax(x, axis: int = -1) -> Tensor:
    """``e**x / sum(e**x)`` along ``axis``; each slice sums to 1."""
    return _as_tensor(x).softmax(axis)


def log_softmax(x, axis: int = -1) -> Tensor:
    """``x - log(sum(e**x))`` along ``axis``, computed without overflow."""
    return _as_tensor(x).log_softmax(axis)


def concatenate(tensors, axis: int = 0) -> Tensor:
    """Join Tensors along an existing axis (as ``np.concatenate``).

    Examples
    --------
    >>> concatenate([Tensor([1.0]), Tensor([2.0, 3.0])]).data
    array([1., 2., 3.])
    """
    tensors = tuple(_as_tensor(t) for t in tensors)
    if not tensors:
        raise ValueError("concatenate needs at least one Tensor; got an empty sequence.")
    try:
        data = np.concatenate([t.data for t in tensors], axis=axis)
    except ValueError as error:
        shapes = [t.shape for t in tensors]
        raise ValueError(
            f"concatenate along axis {axis} needs the same shape on every other axis; "
            f"got shapes {shapes} ({error})."
        ) from None
    out = _result(data, tensors, "concatenate")
    if out.requires_grad:
        (ax,) = _normalize_axis(axis, data.ndim)
        boundaries = np.cumsum([t.data.shape[ax] for t in tensors])[:-1]
        def backward(g):
            # each input gets back the slice of the gradient where its values went
            for t, piece in zip(tensors, np.split(g, boundaries, axis=ax)):
                if t.requires_grad:
                    _accumulate(t, piece)
        out._backward = backward
    return out


def stack(tensors, axis: int = 0) -> Tensor:
    """Join same-shape Tensors along a new axis (as ``np.stack``).

    Examples
    --------
    >>> stack([Tensor([1.0, 2.0]), Tensor([3.0, 4.0])]).shape
    (2, 2)
    """
    tensors = tuple(_as_tensor(t) for t in tensors)
    if not tensors:
        raise ValueError("stack needs at least one Tensor; got an empty sequence.")
    shapes = {t.shape for t in tensors}
    if len(shapes) != 1:
        raise ValueError(f"stack needs Tensors of one shape; got shapes {[t.shape for t in tensors]}.")
    (axis,) = _normalize_axis(axis, tensors[0].ndim + 1)
    # stacking = give each Tensor a new axis of length 1, then concatenate along it
    new_shape = tensors[0].shape[:axis] + (1,) + tensors[0].shape[axis:]
    return concatenate([t.reshape(new_shape) for t in tensors], axis=axis)
