"""The functional API: ``grad(f)``, ``jacobian(f)`` and ``gradcheck``, built on ``Tensor.backward``.

Lesson: 2.5 `jacobian-hessian` (``jacobian``) and 2.6 `reverse-mode-autodiff` (``grad``, checking a
gradient numerically).
"""

from __future__ import annotations

import numbers

import numpy as np

from .tensor import Tensor

__all__ = ["grad", "value_and_grad", "jacobian", "gradcheck", "GradcheckError"]


class GradcheckError(AssertionError):
    """An automatic gradient disagrees with central finite differences."""


def _argnums_tuple(argnums) -> tuple:
    if isinstance(argnums, numbers.Integral):
        return (int(argnums),)
    argnums = tuple(argnums)
    if not argnums or not all(isinstance(i, numbers.Integral) for i in argnums):
        raise TypeError(f"argnums must be an int or a non-empty tuple of ints; got {argnums!r}.")
    return argnums


def _wrap_inputs(args: tuple, argnums: tuple, fname: str) -> list:
    if max(argnums) >= len(args):
        raise TypeError(
            f"{fname}: argnums={argnums} asks for argument {max(argnums)}, but f got only "
            f"{len(args)} positional argument(s)."
        )
    wrapped = list(args)
    for i in argnums:
        value = args[i]
        wrapped[i] = Tensor(value.data if isinstance(value, Tensor) else value, requires_grad=True)
    return wrapped


def _tensor_output(out, fname: str) -> Tensor:
    if not isinstance(out, Tensor):
        raise TypeError(
            f"{fname} needs f to return a Tensor; it returned {type(out).__name__}, so the result was "
            "computed outside the graph (with np.dot, math.exp, .data, ...) and has no derivative. "
            "Write f with Tensor operations: + - * / ** @, .sum(), .exp(), np.exp(t) also works."
        )
    return out


def _scalar_output(out, fname: str) -> Tensor:
    out = _tensor_output(out, fname)
    if out.size != 1:
        raise ValueError(
            f"{fname} needs f to return a scalar; got an output of shape {out.shape}. "
            "For a vector-valued f use gradiente.autodiff.jacobian(f), or reduce the output "
            "(e.g. .sum() or .mean())."
        )
    return out


def value_and_grad(f, argnums=0):
    """Like :func:`grad`, but the new function returns ``(f(x), gradient)``.

    Examples
    --------
    >>> value, g = value_and_grad(lambda x: (x ** 2).sum())(np.array([1.0, 2.0]))
    >>> value, g
    (5.0, array([2., 4.]))
    """
    argnums_tuple = _argnums_tuple(argnums)

    def value_and_grad_f(*args, **kwargs):
        wrapped = _wrap_inputs(args, argnums_tuple, "grad")
        out = _scalar_output(f(*wrapped, **kwargs), "grad")
        if out.requires_grad:
            out.backward()
        grads = tuple(
            wrapped[i].grad if wrapped[i].grad is not None else np.zeros_like(wrapped[i].data) for i in argnums_tuple
        )
        return out.item(), (grads[0] if isinstance(argnums, numbers.Integral) else grads)

    return value_and_grad_f


def grad(f, argnums=0):
    """Return a function that computes the gradient of the scalar function ``f``.

    ``grad(f)(x, *rest)`` wraps ``x`` in a Tensor that requires grad, calls ``f`` on it,
    runs the backward pass and returns ``df/dx`` with the shape of ``x``.

    Parameters
    ----------
    f : callable
        Takes Tensors (write it with Tensor operations) and returns a scalar Tensor.
    argnums : int or tuple of int, default 0
        Which positional argument(s) to differentiate with respect to. With a tuple the
        result is a tuple of gradients.

    Returns
    -------
    callable
        ``grad_f(*args, **kwargs) -> ndarray`` of the same shape as ``args[argnums]``.

    Examples
    --------
    >>> X = np.array([[1.0, 2.0], [3.0, 4.0]]); y = np.array([1.0, 2.0])
    >>> grad(lambda w: ((X @ w - y) ** 2).mean())(np.zeros(2))
    array([ -7., -10.])
    """
    compute = value_and_grad(f, argnums)

    def grad_f(*args, **kwargs):
        return compute(*args, **kwargs)[1]

    return grad_f


def jacobian(f):
    """Return a function that computes the Jacobian matrix of ``f`` at a point.

    For ``f: R^n -> R^m`` the result has shape ``(m, n)``: row ``i`` is the gradient of
    output ``i``. In general its shape is ``f(x).shape + x.shape``. Reverse mode needs one
    backward pass per output element.

    Examples
    --------
    >>> J = jacobian(lambda x: x * x)(np.array([1.0, 2.0]))
    >>> J
    array([[2., 0.],
           [0., 4.]])
    """

    def jacobian_f(x, *args, **kwargs):
        x_tensor = Tensor(x.data if isinstance(x, Tensor) else x, requires_grad=True)
        out = _tensor_output(f(x_tensor, *args, **kwargs), "jacobian")
        rows = np.zeros((out.size, x_tensor.size), dtype=x_tensor.dtype)
        if out.requires_grad:
            seed = np.zeros(out.size, dtype=out.dtype)
            for i in range(out.size):
                seed[i] = 1.0  # pick output i: backward gives the gradient of out_i
                x_tensor.zero_grad()
                out.backward(seed.reshape(out.shape), retain_graph=i < out.size - 1)
                seed[i] = 0.0
                if x_tensor.grad is not None:
                    rows[i] = x_tensor.grad.ravel()
        return rows.reshape(out.shape + x_tensor.shape)

    return jacobian_f


def gradcheck(
    f, *inputs, eps: float = 1e-6, atol: float = 1e-5, rtol: float = 1e-3, raise_exception: bool = True, rng=None
) -> bool:
    """Check the automatic gradients of ``f`` against central finite differences.

    For a non-scalar output the check uses ``s = sum(v * f(*inputs))`` with a fixed random
    ``v``: a wrong entry anywhere in the Jacobian changes ``ds/dx`` with probability 1.
    The numerical twin is ``(s(x + eps e_j) - s(x - eps e_j)) / (2 eps)`` for every element.

    Parameters
    ----------
    f : callable
        Takes Tensors, returns a Tensor.
    *inputs : array_like
        The point; every input is checked (converted to float64).
    eps, atol, rtol : float
        Step of the differences and tolerance ``|analytic - numeric| <= atol + rtol |numeric|``.
    raise_exception : bool, default True
        Raise :class:`GradcheckError` naming the input and the element that disagree;
        otherwise return False.
    rng : numpy.random.Generator or int, optional
        Source of ``v`` (default: seeded with 0, so the check is repeatable).

    Returns
    -------
    bool
        True when every element agrees.

    Examples
    --------
    >>> gradcheck(lambda a, b: (a * b).tanh(), np.array([0.1, 0.2]), np.array([0.3, -0.4]))
    True
    """
    rng = np.random.default_rng(0 if rng is None else rng)
    points = [np.array(x.data if isinstance(x, Tensor) else x, dtype=np.float64) for x in inputs]
    if not points:
        raise TypeError("gradcheck needs at least one input to check: gradcheck(f, x, ...).")
    tensors = [Tensor(p, requires_grad=True) for p in points]
    out = f(*tensors)
    if not isinstance(out, Tensor):
        raise TypeError(f"gradcheck needs f to return a Tensor; got {type(out).__name__}.")
    v = rng.standard_normal(out.shape) if out.size > 1 else np.ones(out.shape)

    def projected(values):
        with_constants = [Tensor(value) for value in values]
        return float(np.sum(v * f(*with_constants).data))

    if out.requires_grad:
        out.backward(v)
    for k, (point, tensor) in enumerate(zip(points, tensors)):
        analytic = tensor.grad if tensor.grad is not None else np.zeros_like(point)
        flat = point.reshape(-1)
        for j in range(flat.size):
            original = flat[j]
            flat[j] = original + eps
            plus = projected(points)
            flat[j] = original - eps
            minus = projected(points)
            flat[j] = original
            numeric = (plus - minus) / (2 * eps)
            a = analytic.reshape(-1)[j]
            if not abs(a - numeric) <= atol + rtol * abs(numeric):
                if not raise_exception:
                    return False
                element = np.unravel_index(j, point.shape) if point.ndim else ()
                raise GradcheckError(
                    f"gradient of input {k} (shape {point.shape}) at element {tuple(map(int, element))}: "
                    f"analytic {a:.8g}, numeric {numeric:.8g} (central differences, eps={eps:g}); "
                    f"difference {abs(a - numeric):.3g} exceeds atol + rtol*|numeric| = "
                    f"{atol + rtol * abs(numeric):.3g}."
                )
    return True
