"""Every operation on Tensors, one entry each: its NumPy forward and its local derivatives.

Lesson: 2.6 `reverse-mode-autodiff`.

Read an entry as the chain rule for one operation. ``forward`` computes the value with
NumPy; each ``vjp`` gets ``g = dL/d(out)`` (plus the input arrays, the output and the
parameters) and returns that input's gradient ``dL/d(input) = g * d(out)/d(input)``; the
comment beside it is the derivative. :mod:`gradiente.autodiff.registry` makes the Tensor
method, the function, the NumPy ufunc rule, the name in ``__all__`` and the SymPy name from
the entry, so a new operation is one new entry in ``PRIMITIVES`` and nowhere else.

>>> from gradiente.autodiff import Tensor
>>> x = Tensor([0.0, 1.0], requires_grad=True)
>>> x.tanh().sum().backward()        # the entry "tanh": d(tanh a)/da = 1 - tanh(a)^2
>>> x.grad.round(4)
array([1.  , 0.42])

Operations built from these (``stack``, ``mse_loss``, ``x.T``) need no rule of their own.
A fused operation with a simpler gradient than its pieces (``cross_entropy``) is written
out in :mod:`gradiente.autodiff.losses`.
"""

from __future__ import annotations

import numbers

import numpy as np

from .graph import unbroadcast
from .registry import Primitive, register_all
from .tensor import Tensor, _as_tensor

__all__: list = []  # the functions, filled from the table below (exp, log, ..., concatenate), and stack


# ----------------------------------------------------------------------------------------------
# Helpers of the rules below
# ----------------------------------------------------------------------------------------------


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


def _reduction_axes(name: str, a: Tensor, axis, dtype, out) -> tuple:
    """np.sum(tensor) calls tensor.sum(axis=..., dtype=None, out=None): accept only the defaults."""
    if dtype is not None or out is not None:
        raise TypeError(f"Tensor.{name}() does not support dtype= or out=; convert the result instead.")
    return _normalize_axis(axis, a.ndim)


def _sum_arguments(a, axis=None, keepdims: bool = False, dtype=None, out=None) -> tuple:
    return _reduction_axes("sum", a, axis, dtype, out), keepdims


def _mean_arguments(a, axis=None, keepdims: bool = False, dtype=None, out=None) -> tuple:
    axes = _reduction_axes("mean", a, axis, dtype, out)
    count = 1
    for ax in axes:
        count *= a.data.shape[ax]
    return axes, keepdims, count


def _max_arguments(a, axis=None, keepdims: bool = False, dtype=None, out=None) -> tuple:
    axes = _reduction_axes("max", a, axis, dtype, out)
    if a.data.size == 0:
        raise ValueError("max() of an empty Tensor has no value; check the shape of the input.")
    return axes, keepdims


def _max(a, axes, keepdims):
    largest = np.maximum.reduce(a, axis=axes, keepdims=True)
    return largest if keepdims else np.squeeze(largest, axis=axes)


def _max_vjp(g, a, out, axes, keepdims):
    # d(max)/da_j = 1 at the largest element, 0 elsewhere.
    # NOTE: ties share the gradient equally (as torch.amax), so it still sums to 1.
    is_max = a == _expand_reduced(out, axes, keepdims)
    share = is_max / is_max.sum(axis=axes, keepdims=True)
    return share * _expand_reduced(g, axes, keepdims)


def _axis_argument(a, axis: int = -1) -> tuple:
    (axis,) = _normalize_axis(axis, a.ndim)
    return (axis,)


def _softmax(a, axis):
    shifted = a - a.max(axis=axis, keepdims=True)  # same result, no overflow
    exps = np.exp(shifted)
    return exps / exps.sum(axis=axis, keepdims=True)


def _log_softmax(a, axis):
    shifted = a - a.max(axis=axis, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=axis, keepdims=True))


def _larger_share(a, b):
    """The share of the gradient of ``maximum(a, b)`` that goes to ``a``: 1, 0, or 1/2 at a tie."""
    return (a > b) + 0.5 * (a == b)


def _clip_arguments(a, lo=None, hi=None, out=None) -> tuple:
    """np.clip(tensor, lo, hi) calls tensor.clip(lo, hi, out=None): accept only out=None."""
    if out is not None:
        raise TypeError("Tensor.clip() does not support out=; use the returned Tensor.")
    if lo is None and hi is None:
        raise ValueError("clip needs a lower bound lo, an upper bound hi, or both; got neither.")
    bounds = []
    for name, bound in (("lo", lo), ("hi", hi)):
        if isinstance(bound, Tensor):
            raise TypeError(f"clip's {name} must be a number or an array, not a Tensor (bounds get no gradient).")
        bounds.append(None if bound is None else np.asarray(bound, dtype=a.data.dtype))
    lo, hi = bounds
    if lo is not None and hi is not None and np.any(lo > hi):
        raise ValueError(f"clip needs lo <= hi; got lo={lo} and hi={hi}. Swap them.")
    return lo, hi


def _clip(a, lo, hi):
    if lo is not None:
        a = np.maximum(a, lo)
    return a if hi is None else np.minimum(a, hi)


def _inside(a, lo, hi):
    """1 where ``lo <= a <= hi`` (a missing bound is no bound), else 0."""
    inside = np.ones(a.shape, dtype=bool)
    if lo is not None:
        inside &= a >= lo
    if hi is not None:
        inside &= a <= hi
    return inside


def _power_vjp_exponent(g, a, b, out):
    # d(a**b)/db = a**b * log(a)
    with np.errstate(divide="ignore", invalid="ignore"):
        # NOTE: where a == 0 the term is 0 * log(0); its limit is 0 (as PyTorch).
        log_a = np.where(a == 0, 0.0, np.log(np.where(a == 0, 1.0, a)))
    return g * out * log_a


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


def _matmul(a, b):
    try:
        return a @ b
    except ValueError:
        _check_matmul_shapes(a.shape, b.shape)  # explains the mismatch
        raise


def _as_matrices(A, B, g):
    """Vectors as matrices: (k,) is a (1, k) row on the left, a (k, 1) column on the right."""
    A2 = A[None, :] if A.ndim == 1 else A
    B2 = B[:, None] if B.ndim == 1 else B
    G2 = g
    if A.ndim == 1:
        G2 = np.expand_dims(G2, -2 if B.ndim > 1 else 0)
    if B.ndim == 1:
        G2 = np.expand_dims(G2, -1)
    return A2, B2, G2


def _matmul_vjp_left(g, A, B, out):
    # C = A @ B  =>  dL/dA = dL/dC @ B^T
    if A.ndim == 2 and B.ndim == 2:  # the common case, written plainly
        return g @ B.T
    A2, B2, G2 = _as_matrices(A, B, g)
    return unbroadcast(G2 @ np.swapaxes(B2, -1, -2), A2.shape).reshape(A.shape)


def _matmul_vjp_right(g, A, B, out):
    # C = A @ B  =>  dL/dB = A^T @ dL/dC
    if A.ndim == 2 and B.ndim == 2:
        return A.T @ g
    A2, B2, G2 = _as_matrices(A, B, g)
    return unbroadcast(np.swapaxes(A2, -1, -2) @ G2, B2.shape).reshape(B.shape)


def _shape_argument(a, *shape) -> tuple:
    if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
        shape = tuple(shape[0])
    return (shape,)


def _reshape(a, shape):
    try:
        return a.reshape(shape)
    except ValueError:
        raise ValueError(
            f"cannot reshape a Tensor of shape {a.shape} ({a.size} elements) into {shape}; "
            "the number of elements must stay the same (use -1 for one inferred dimension)."
        ) from None


def _axes_argument(a, *axes) -> tuple:
    if len(axes) == 1 and isinstance(axes[0], (tuple, list)):
        axes = tuple(axes[0])
    return (axes or tuple(reversed(range(a.ndim))),)


def _index_argument(a, index) -> tuple:
    if isinstance(index, Tensor):
        index = index.data.astype(np.intp)
    elif isinstance(index, tuple):
        index = tuple(i.data.astype(np.intp) if isinstance(i, Tensor) else i for i in index)
    return (index,)


def _is_basic_index(index) -> bool:
    """True for indices that pick each element at most once (ints, slices, None, ...)."""
    items = index if isinstance(index, tuple) else (index,)
    return all(
        item is None
        or item is Ellipsis
        or isinstance(item, (slice, numbers.Integral))
        or (isinstance(item, np.ndarray) and item.dtype == bool)
        for item in items
    )


def _index_vjp(g, a, out, index):
    # picking elements: each picked element gets its gradient back, the rest get 0
    full = np.zeros_like(a)
    if _is_basic_index(index):
        full[index] = g
    else:  # an integer array may pick the same element twice: add, do not overwrite
        np.add.at(full, index, g)
    return full


def _concatenate_arguments(tensors, axis: int = 0) -> tuple:
    if not tensors:
        raise ValueError("concatenate needs at least one Tensor; got an empty sequence.")
    return (axis,)


def _concatenate(arrays, axis):
    try:
        return np.concatenate(arrays, axis=axis)
    except ValueError as error:
        shapes = [array.shape for array in arrays]
        raise ValueError(
            f"concatenate along axis {axis} needs the same shape on every other axis; got shapes {shapes} ({error})."
        ) from None


def _concatenate_vjp(g, arrays, out, axis):
    # each input gets back the slice of the gradient where its values went
    (axis,) = _normalize_axis(axis, out.ndim)
    boundaries = np.cumsum([array.shape[axis] for array in arrays])[:-1]
    return np.split(g, boundaries, axis=axis)


# ----------------------------------------------------------------------------------------------
# The table
# ----------------------------------------------------------------------------------------------

# NOTE: `a - b` and `a / b` are primitives of their own, not `a + (-b)` and `a * b**-1` as in
# micrograd: each is one node instead of two (shorter graphs, and draw_graph shows the "-"
# the learner wrote), and their gradients are exact and cheap (-g; and -g * out / b, which
# reuses the quotient, instead of the power rule's -b**-2 through an extra node). PyTorch
# does the same (SubBackward0, DivBackward0).

PRIMITIVES = [
    # -- arithmetic: two inputs that broadcast (the engine sums each gradient back to its input's shape)
    Primitive(
        "add",
        lambda a, b: a + b,
        label="+",
        method="__add__",
        reverse="__radd__",
        ufunc="add",
        vjp=(
            lambda g, a, b, out: g,  # d(a + b)/da = 1
            lambda g, a, b, out: g,
        ),
    ),  # d(a + b)/db = 1
    Primitive(
        "subtract",
        lambda a, b: a - b,
        label="-",
        method="__sub__",
        reverse="__rsub__",
        ufunc="subtract",
        vjp=(
            lambda g, a, b, out: g,  # d(a - b)/da = 1
            lambda g, a, b, out: -g,
        ),
    ),  # d(a - b)/db = -1
    Primitive(
        "multiply",
        lambda a, b: a * b,
        label="*",
        method="__mul__",
        reverse="__rmul__",
        ufunc="multiply",
        vjp=(
            lambda g, a, b, out: g * b,  # d(a * b)/da = b
            lambda g, a, b, out: g * a,
        ),
    ),  # d(a * b)/db = a
    Primitive(
        "divide",
        lambda a, b: a / b,
        label="/",
        method="__truediv__",
        reverse="__rtruediv__",
        ufunc="divide",
        vjp=(
            lambda g, a, b, out: g / b,  # d(a / b)/da = 1 / b
            lambda g, a, b, out: -g * out / b,
        ),
    ),  # d(a / b)/db = -a / b**2 = -(a / b) / b
    Primitive(
        "power",
        lambda a, b: a**b,
        label="**",
        method="__pow__",
        reverse="__rpow__",
        ufunc="power",
        vjp=(
            lambda g, a, b, out: g * b * a ** (b - 1),  # d(a**b)/da = b * a**(b - 1)
            _power_vjp_exponent,
        ),  # d(a**b)/db = a**b * log(a)
        # x ** 2: the number p is a parameter, so the graph shows "**2" and no rule for d/db runs
        number_form=Primitive(
            "power_by_number",
            lambda a, p: a**p,
            label=lambda p: f"**{p:g}",
            vjp=lambda g, a, out, p: g * (p * a ** (p - 1)),
        ),
    ),  # d(a**p)/da = p * a**(p - 1)
    Primitive(
        "negative", lambda a: -a, label="neg", method="__neg__", ufunc="negative", vjp=lambda g, a, out: -g
    ),  # d(-a)/da = -1
    Primitive(
        "matmul",
        _matmul,
        label="@",
        method="__matmul__",
        reverse="__rmatmul__",
        ufunc="matmul",
        vjp=(
            _matmul_vjp_left,  # C = A @ B  =>  dL/dA = dL/dC @ B^T
            _matmul_vjp_right,
        ),
    ),  #                dL/dB = A^T @ dL/dC
    # -- element-wise functions: one input, same shape out
    Primitive(
        "exp",
        np.exp,
        method="exp",
        function=True,
        ufunc="exp",
        sympy="exp",
        vjp=lambda g, a, out: g * out,  # d(e^a)/da = e^a
        doc="Element-wise ``e**x``. Example: ``exp(Tensor([0.0])).data`` is ``array([1.])``.",
    ),
    Primitive(
        "log",
        np.log,
        method="log",
        function=True,
        ufunc="log",
        sympy="log",
        vjp=lambda g, a, out: g / a,  # d(log a)/da = 1 / a
        doc="Element-wise natural logarithm. Example: ``log(Tensor([1.0])).data`` is ``array([0.])``.",
    ),
    Primitive(
        "sqrt",
        np.sqrt,
        method="sqrt",
        function=True,
        ufunc="sqrt",
        sympy="sqrt",
        vjp=lambda g, a, out: g / (2.0 * out),  # d(sqrt a)/da = 1 / (2 sqrt a)
        doc="Element-wise square root. Example: ``sqrt(Tensor([4.0])).data`` is ``array([2.])``.",
    ),
    Primitive(
        "sin",
        np.sin,
        method="sin",
        function=True,
        ufunc="sin",
        sympy="sin",
        vjp=lambda g, a, out: g * np.cos(a),  # d(sin a)/da = cos a
        doc="Element-wise sine. Example: ``sin(Tensor([0.0])).data`` is ``array([0.])``.",
    ),
    Primitive(
        "cos",
        np.cos,
        method="cos",
        function=True,
        ufunc="cos",
        sympy="cos",
        vjp=lambda g, a, out: -g * np.sin(a),  # d(cos a)/da = -sin a
        doc="Element-wise cosine. Example: ``cos(Tensor([0.0])).data`` is ``array([1.])``.",
    ),
    Primitive(
        "tanh",
        np.tanh,
        method="tanh",
        function=True,
        ufunc="tanh",
        sympy="tanh",
        vjp=lambda g, a, out: g * (1.0 - out * out),  # d(tanh a)/da = 1 - tanh(a)^2
        doc="Element-wise hyperbolic tangent. Example: ``tanh(Tensor([0.0])).data`` is ``array([0.])``.",
    ),
    # sigma(a) = 1 / (1 + e^-a), written as exp(-log(1 + e^-a)) so large |a| cannot overflow.
    Primitive(
        "sigmoid",
        lambda a: np.exp(-np.logaddexp(0.0, -a)),
        method="sigmoid",
        function=True,
        vjp=lambda g, a, out: g * out * (1.0 - out),  # d(sigma a)/da = sigma(a) (1 - sigma(a))
        doc="Element-wise ``1 / (1 + e**-x)``. Example: ``sigmoid(Tensor([0.0])).data`` is ``array([0.5])``.",
    ),
    Primitive(
        "relu",
        lambda a: np.maximum(a, 0.0),
        method="relu",
        function=True,
        # d(max(a, 0))/da = 1 where a > 0, else 0 (0 at a = 0, as PyTorch)
        vjp=lambda g, a, out: g * (a > 0),
        doc="Element-wise ``max(x, 0)``. Example: ``relu(Tensor([-1.0, 2.0])).data`` is ``array([0., 2.])``.",
    ),
    Primitive(
        "abs",
        np.abs,
        method="__abs__",
        function=True,
        ufunc="absolute",
        sympy="Abs",
        # d|a|/da = sign(a): 1 for a > 0, -1 for a < 0. At the kink a = 0 any slope in [-1, 1]
        # is a subgradient; we take 0, sign(0), as PyTorch does.
        vjp=lambda g, a, out: g * np.sign(a),
        doc="Element-wise ``|x|``; its gradient at 0 is 0 (as PyTorch). "
        "Example: ``abs(Tensor([-2.0, 3.0])).data`` is ``array([2., 3.])``.",
    ),
    # -- element-wise, choosing between inputs
    Primitive(
        "maximum",
        np.maximum,
        method="maximum",
        function=True,
        ufunc="maximum",
        inputs=("x", "y"),
        # d max(a, b)/da = 1 where a > b, 0 where a < b; at a tie each input gets half (as PyTorch)
        vjp=(
            lambda g, a, b, out: g * _larger_share(a, b),
            lambda g, a, b, out: g * _larger_share(b, a),
        ),
        doc="Element-wise larger of ``x`` and ``y`` (they broadcast); at a tie each gets half the "
        "gradient (as PyTorch). Example: ``maximum(Tensor([1.0, 5.0]), 3.0).data`` is ``array([3., 5.])``.",
    ),
    Primitive(
        "where",
        lambda c, a, b: np.where(c != 0, a, b),
        function=True,
        inputs=("condition", "x", "y"),
        vjp=(
            lambda g, c, a, b, out: np.zeros_like(g),  # the condition only chooses: no gradient
            lambda g, c, a, b, out: np.where(c != 0, g, 0.0),  # d out/d x = 1 where chosen, else 0
            lambda g, c, a, b, out: np.where(c != 0, 0.0, g),  # d out/d y = 1 where chosen, else 0
        ),
        doc="``x`` where ``condition`` is true (non-zero), ``y`` elsewhere, as ``np.where`` (all "
        "three broadcast); the gradient goes to the element chosen. Example: ``where([True, False], "
        "Tensor([1.0, 2.0]), 0.0).data`` is ``array([1., 0.])``.",
    ),
    Primitive(
        "clip",
        _clip,
        method="clip",
        function=True,
        arguments=_clip_arguments,
        # d clip(a)/da = 1 where lo <= a <= hi, 0 outside. At a = lo or a = hi we take 1 (as
        # PyTorch's clamp): the boundary counts as inside.
        vjp=lambda g, a, out, lo, hi: g * _inside(a, lo, hi),
        doc="Element-wise ``min(max(x, lo), hi)``, as ``np.clip`` (``lo`` or ``hi`` may be None); "
        "the gradient is 1 inside ``[lo, hi]``, boundaries included (as PyTorch's clamp), 0 outside. "
        "Example: ``clip(Tensor([-1.0, 0.5, 2.0]), 0.0, 1.0).data`` is ``array([0. , 0.5, 1. ])``.",
    ),
    # -- along an axis
    Primitive(
        "softmax",
        _softmax,
        method="softmax",
        function=True,
        arguments=_axis_argument,
        # ds_i/da_j = s_i (delta_ij - s_j)  =>  dL/da = s * (g - sum_i g_i s_i)
        vjp=lambda g, a, out, axis: out * (g - (g * out).sum(axis=axis, keepdims=True)),
        doc="``e**x / sum(e**x)`` along ``axis``; each slice sums to 1.",
    ),
    Primitive(
        "log_softmax",
        _log_softmax,
        method="log_softmax",
        function=True,
        arguments=_axis_argument,
        # d(a_i - log sum_j e^a_j)/da_j = delta_ij - softmax_j  =>  g - softmax * sum(g)
        vjp=lambda g, a, out, axis: g - np.exp(out) * g.sum(axis=axis, keepdims=True),
        doc="``x - log(sum(e**x))`` along ``axis``, computed without overflow.",
    ),
    # -- reductions
    # NB: np.add.reduce is np.sum without its Python-level wrapper (and np.maximum.reduce is np.max)
    Primitive(
        "sum",
        lambda a, axes, keepdims: np.add.reduce(a, axis=axes, keepdims=keepdims),
        method="sum",
        arguments=_sum_arguments,
        # d(sum_i a_i)/da_j = 1: every summed element gets the output's gradient
        vjp=lambda g, a, out, axes, keepdims: np.broadcast_to(_expand_reduced(g, axes, keepdims), a.shape),
        doc="Sum over ``axis`` (every axis by default), as ``np.sum``.",
    ),
    # NB: the sum divided by the count is np.mean without its Python-level overhead (this runs often)
    Primitive(
        "mean",
        lambda a, axes, keepdims, count: np.add.reduce(a, axis=axes, keepdims=keepdims) / count,
        method="mean",
        arguments=_mean_arguments,
        # d(sum_i a_i / n)/da_j = 1 / n
        vjp=lambda g, a, out, axes, keepdims, count: np.broadcast_to(
            _expand_reduced(g, axes, keepdims) / count, a.shape
        ),
        doc="Mean over ``axis`` (every axis by default), as ``np.mean``.",
    ),
    Primitive(
        "max",
        _max,
        method="max",
        arguments=_max_arguments,
        vjp=_max_vjp,  # 1 at the largest element, 0 elsewhere
        doc="Largest element over ``axis`` (every axis by default), as ``np.max``; ties share the gradient.",
    ),
    # -- movement: the values move, so the gradient moves back
    Primitive(
        "reshape",
        _reshape,
        method="reshape",
        arguments=_shape_argument,
        vjp=lambda g, a, out, shape: g.reshape(a.shape),  # reshaping moves no values: back to the old shape
        doc="The same values in a new shape, as ``np.reshape`` (one dimension may be -1).",
    ),
    Primitive(
        "transpose",
        lambda a, axes: np.transpose(a, axes),
        method="transpose",
        arguments=_axes_argument,
        vjp=lambda g, a, out, axes: np.transpose(g, np.argsort(axes)),  # moved back by the inverse permutation
        doc="Permute the axes (reverse them by default), as ``np.transpose``.",
    ),
    Primitive(
        "index",
        lambda a, index: a[index],
        method="__getitem__",
        arguments=_index_argument,
        vjp=_index_vjp,  # each picked element gets its gradient back
        doc="Pick elements as NumPy indexing does (ints, slices, masks, integer arrays).",
    ),
    Primitive(
        "concatenate",
        _concatenate,
        function=True,
        variadic=True,
        arguments=_concatenate_arguments,
        vjp=_concatenate_vjp,  # each input gets its slice of the gradient
        doc="Join Tensors along an existing axis (as ``np.concatenate``).\n\n"
        "Example: ``concatenate([Tensor([1.0]), Tensor([2.0, 3.0])]).data`` is ``array([1., 2., 3.])``.",
    ),
]

register_all(PRIMITIVES, globals())


# ----------------------------------------------------------------------------------------------
# Built from primitives: no rule of their own
# ----------------------------------------------------------------------------------------------


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
    return concatenate([t.reshape(new_shape) for t in tensors], axis=axis)  # noqa: F821 (made by register_all)


__all__.append("stack")
