"""From one entry of the table of primitives, make everything a user of that operation touches.

Lesson: 2.6 `reverse-mode-autodiff`.

A :class:`Primitive` is an operation's NumPy forward and one derivative rule per input
(the table is :mod:`gradiente.autodiff.primitives`). :func:`register_all` turns each entry
into

- the Tensor method (``t.tanh()``; for operators ``t + u`` and the reflected ``2 + t``),
- the function ``gradiente.autodiff.tanh(x)``, and its name in ``__all__``,
- the rule that lets a NumPy ufunc take a Tensor (``np.tanh(t)``, ``ndarray + t``),
- the SymPy name that maps to the function (``sympy.tanh`` -> ``autodiff.tanh``),

so adding an operation is one entry in that table and nothing else.

Every method made here does the same three things: compute the value with the forward,
make the output Tensor (a node of the graph when an input requires grad), and give the node
its ``_backward(node, g)``: the rule that hands each input that requires grad
``vjp(g, inputs, out, parameters)``, its share of the gradient. The rule reads the inputs and
the output from the node itself (``node._parents``, ``node.data``), so a node costs no
closure of its own: one shared function per primitive, or a ``partial`` holding the
parameters (``axis=``, a shape, an index). The makers differ only in the shape of the call:
one input; two inputs (broadcasting undone by :func:`~gradiente.autodiff.graph.unbroadcast`);
three inputs that broadcast (``where``); one input and a number (``x ** 2``); one input with
parameters; a list of inputs. Each is
written out in full, not folded into one general maker, because this code runs for every
operation of every training step (see ``bench/bench_autodiff.py``).
"""

from __future__ import annotations

import inspect
import numbers
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import numpy as np

from .graph import accumulate, unbroadcast
from .tensor import _UFUNC_RULES, Tensor, _as_tensor, _lift, _result

__all__ = ["Primitive", "register", "register_all", "SYMPY_FUNCTIONS"]

# SymPy function name -> our function, for gradiente.calculus_symbolic.to_tensor_function.
SYMPY_FUNCTIONS: dict = {}


@dataclass(frozen=True)
class Primitive:
    """One differentiable operation: how to compute it, and how its gradient flows back.

    Parameters
    ----------
    name : str
        The operation's name; also the function's name (``gradiente.autodiff.<name>``).
    forward : callable
        ``forward(*arrays, *parameters) -> ndarray``: the value, computed with NumPy.
    vjp : callable, or tuple of callables (one per input)
        The derivative rule of each input: ``vjp(g, *arrays, out, *parameters)`` takes
        ``g = dL/d(out)`` and returns ``dL/d(input) = g * d(out)/d(input)`` (the
        vector-Jacobian product). For an operation of two or more inputs it may return the
        gradient of the broadcast shape; it is summed back to the input's shape by
        ``unbroadcast``. Three or more inputs (``where``) make a function only, no method.
    label : str or callable, optional
        The node's title in ``draw_graph`` (default ``name``); for a ``number_form``, a
        callable that gets the number.
    method : str, optional
        The Tensor method it becomes (``"tanh"``, ``"__add__"``); None for no method.
    reverse : str, optional
        The reflected operator of a binary operation (``"__radd__"``: ``2 + t``).
    function : bool, default False
        Also make the function ``gradiente.autodiff.<name>(x, ...)``.
    ufunc : str, optional
        The NumPy ufunc that dispatches here when given a Tensor (``"tanh"``: ``np.tanh(t)``).
    sympy : str, optional
        The SymPy function that maps to this function in ``calculus_symbolic``.
    arguments : callable, optional
        For an operation with parameters, its public signature: ``arguments(a, ...)`` checks
        what the caller wrote and returns the parameters (a tuple) for ``forward`` and ``vjp``.
    number_form : Primitive, optional
        For a binary operation: the one-input primitive to use when the right operand is a
        plain number (``x ** 2``), with the number (as a float) as its one parameter.
    variadic : bool, default False
        The input is a list (``concatenate``): ``forward(arrays, *parameters)``, and ``vjp``
        is one callable ``vjp(g, arrays, out, *parameters)`` returning all their gradients.
    inputs : tuple of str, optional
        The names of the inputs in the function's signature (default ``x``, or ``x, y``);
        needed for three or more (``("condition", "x", "y")``).
    doc : str
        The docstring of the method and the function.
    """

    name: str
    forward: Callable
    vjp: Callable | tuple
    label: str | Callable | None = None
    method: str | None = None
    reverse: str | None = None
    function: bool = False
    ufunc: str | None = None
    sympy: str | None = None
    arguments: Callable | None = None
    number_form: Primitive | None = None
    variadic: bool = False
    inputs: tuple = ()
    doc: str = ""

    @property
    def vjps(self) -> tuple:
        """The derivative rules as a tuple, one per input."""
        return self.vjp if isinstance(self.vjp, tuple) else (self.vjp,)


# ----------------------------------------------------------------------------------------------
# The makers of methods
# ----------------------------------------------------------------------------------------------


def _one_input(primitive: Primitive) -> Callable:
    """``t.exp()``: one input, no parameters."""
    forward, (vjp,), label = primitive.forward, primitive.vjps, primitive.label or primitive.name

    def backward(node, g):
        (a,) = node._parents
        accumulate(a, vjp(g, a.data, node.data))

    def method(self):
        out = _result(forward(self.data), (self,), label)
        if out.requires_grad:
            out._backward = backward
        return out

    return method


def _two_inputs(primitive: Primitive) -> Callable:
    """``t * u``: two inputs that broadcast against each other; numbers and arrays are lifted."""
    forward, (vjp_a, vjp_b), label = primitive.forward, primitive.vjps, primitive.label or primitive.name

    def backward(node, g):
        a, b = node._parents
        a_data, b_data = a.data, b.data
        if a.requires_grad:
            g_a = vjp_a(g, a_data, b_data, node.data)
            accumulate(a, g_a if g_a.shape == a_data.shape else unbroadcast(g_a, a_data.shape))
        if b.requires_grad:
            g_b = vjp_b(g, a_data, b_data, node.data)
            accumulate(b, g_b if g_b.shape == b_data.shape else unbroadcast(g_b, b_data.shape))

    def method(self, other):
        b = other if isinstance(other, Tensor) else _lift(other, self)
        out = _result(forward(self.data, b.data), (self, b), label)
        if out.requires_grad:
            out._backward = backward
        return out

    if primitive.number_form is None:
        return method
    number_method = _number_form(primitive.number_form)

    def method_or_number_form(self, other):
        if isinstance(other, (numbers.Real, np.number)):
            return number_method(self, other)
        return method(self, other)

    return method_or_number_form


def _number_form(primitive: Primitive) -> Callable:
    """``t ** 2``: one input and a plain number ``p``, which is a parameter, not an input."""
    forward, (vjp,), label = primitive.forward, primitive.vjps, primitive.label

    def backward(p, node, g):
        (a,) = node._parents
        accumulate(a, vjp(g, a.data, node.data, p))

    def method(self, number):
        p = float(number)
        out = _result(forward(self.data, p), (self,), label(p))
        if out.requires_grad:
            out._backward = partial(backward, p)  # the node's rule, with its number
        return out

    return method


def _with_parameters(primitive: Primitive) -> Callable:
    """``t.sum(axis=0)``: one input and parameters, checked by the primitive's ``arguments``."""
    forward, (vjp,), arguments = primitive.forward, primitive.vjps, primitive.arguments
    label = primitive.label or primitive.name

    def backward(parameters, node, g):
        (a,) = node._parents
        accumulate(a, vjp(g, a.data, node.data, *parameters))

    def method(self, *args, **kwargs):
        parameters = arguments(self, *args, **kwargs)
        out = _result(forward(self.data, *parameters), (self,), label)
        if out.requires_grad:
            out._backward = partial(backward, parameters)  # the node's rule, with its parameters
        return out

    return method


def _three_or_more_inputs(primitive: Primitive) -> Callable:
    """``where(c, x, y)``: several inputs that broadcast together; a function, not a method."""
    forward, vjps, label = primitive.forward, primitive.vjps, primitive.label or primitive.name

    def backward(node, g):
        arrays = [t.data for t in node._parents]
        for t, vjp in zip(node._parents, vjps):
            if t.requires_grad:
                g_t = vjp(g, *arrays, node.data)
                accumulate(t, g_t if g_t.shape == t.data.shape else unbroadcast(g_t, t.data.shape))

    def function(*args):
        if len(args) != len(vjps):
            raise TypeError(
                f"{primitive.name} takes {len(vjps)} inputs ({', '.join(primitive.inputs)}); got {len(args)}."
            )
        inputs = tuple(_as_tensor(x) for x in args)
        out = _result(forward(*[t.data for t in inputs]), inputs, label)
        if out.requires_grad:
            out._backward = backward
        return out

    return function


def _list_of_inputs(primitive: Primitive) -> Callable:
    """``concatenate([s, t])``: a list of inputs; one rule returns all their gradients."""
    forward, (vjp,), arguments = primitive.forward, primitive.vjps, primitive.arguments
    label = primitive.label or primitive.name

    def backward(parameters, node, g):
        arrays = [t.data for t in node._parents]
        for t, g_t in zip(node._parents, vjp(g, arrays, node.data, *parameters)):
            if t.requires_grad:
                accumulate(t, g_t)

    def function(tensors, *args, **kwargs):
        inputs = tuple(_as_tensor(t) for t in tensors)
        parameters = arguments(inputs, *args, **kwargs)
        out = _result(forward([t.data for t in inputs], *parameters), inputs, label)
        if out.requires_grad:
            out._backward = partial(backward, parameters)
        return out

    return function


# ----------------------------------------------------------------------------------------------
# Registering: methods, functions, NumPy's ufuncs, __all__, SymPy
# ----------------------------------------------------------------------------------------------


def _method_of(primitive: Primitive) -> Callable:
    if primitive.arguments is not None:
        return _with_parameters(primitive)
    if len(primitive.vjps) == 2:
        return _two_inputs(primitive)
    return _one_input(primitive)


def _signature(primitive: Primitive, first: str, *rest: str) -> inspect.Signature:
    """The signature help() shows: the ``arguments`` one, or ``(first, *rest)``."""
    if primitive.arguments is not None:
        parameters = list(inspect.signature(primitive.arguments).parameters.values())
        parameters[0] = parameters[0].replace(name=first)
    else:
        parameters = [inspect.Parameter(name, inspect.Parameter.POSITIONAL_OR_KEYWORD) for name in (first, *rest)]
    return inspect.Signature(parameters)


def _named(function: Callable, name: str, qualname: str, doc: str, signature) -> Callable:
    function.__name__, function.__qualname__, function.__doc__ = name, qualname, doc or None
    function.__signature__ = signature
    return function


def _function_of(primitive: Primitive, method: Callable) -> Callable:
    if primitive.arguments is not None:

        def function(x, *args, **kwargs):
            return method(_as_tensor(x), *args, **kwargs)
    elif len(primitive.vjps) == 2:

        def function(x, y):
            return method(_as_tensor(x), y)
    else:

        def function(x):
            return method(_as_tensor(x))

    return function


def _reflected(method: Callable) -> Callable:
    def reflected(self, other):  # 2 + t is lift(2) + t
        return method(_lift(other, self), self)

    return reflected


def _binary_ufunc_rule(method: Callable) -> Callable:
    def rule(x, y):  # ndarray * Tensor: lift the ndarray, keep the Tensor's place
        return method(_lift(x, y if isinstance(y, Tensor) else x), y)

    return rule


def register(primitive: Primitive, namespace: dict) -> None:
    """Make ``primitive``'s method, function (into ``namespace`` and its ``__all__``),
    NumPy ufunc rule and SymPy name."""
    if primitive.method and primitive.method in Tensor.__dict__:
        raise ValueError(
            f"primitive {primitive.name!r}: Tensor already has {primitive.method!r}; "
            "give the new operation another method name."
        )
    if primitive.variadic:
        function = _named(
            _list_of_inputs(primitive), primitive.name, primitive.name, primitive.doc, _signature(primitive, "tensors")
        )
        method = None
    elif len(primitive.vjps) > 2:
        function = _named(
            _three_or_more_inputs(primitive),
            primitive.name,
            primitive.name,
            primitive.doc,
            _signature(primitive, *primitive.inputs),
        )
    else:
        n_inputs = len(primitive.vjps)
        method = _method_of(primitive)
        _named(
            method,
            primitive.method or primitive.name,
            f"Tensor.{primitive.method or primitive.name}",
            primitive.doc,
            _signature(primitive, "self", *(("other",) if n_inputs == 2 else ())),
        )
        if primitive.method:
            setattr(Tensor, primitive.method, method)
        if primitive.reverse:
            setattr(
                Tensor,
                primitive.reverse,
                _named(
                    _reflected(method),
                    primitive.reverse,
                    f"Tensor.{primitive.reverse}",
                    primitive.doc,
                    _signature(primitive, "self", "other"),
                ),
            )
        if primitive.ufunc:
            _UFUNC_RULES[primitive.ufunc] = _binary_ufunc_rule(method) if n_inputs == 2 else method
        function = None
        if primitive.function:
            function = _named(
                _function_of(primitive, method),
                primitive.name,
                primitive.name,
                primitive.doc,
                _signature(primitive, *(primitive.inputs or ("x", "y")[:n_inputs])),
            )
    if function is not None:
        function.__module__ = namespace["__name__"]
        namespace[primitive.name] = function
        namespace["__all__"].append(primitive.name)
        if primitive.sympy:
            SYMPY_FUNCTIONS[primitive.sympy] = function


def register_all(primitives, namespace: dict) -> None:
    """Register every entry of the table (``namespace`` is the table module's ``globals()``)."""
    for primitive in primitives:
        register(primitive, namespace)
