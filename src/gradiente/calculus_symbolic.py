"""Symbolic derivatives with SymPy, turned into NumPy (or autodiff) functions for the lessons.

Lesson: 2.2 `derivative-rules` (symbolic, numerical and automatic derivatives). The
lesson differentiates one expression three ways and puts the numbers side by side:
:func:`compare_derivatives` does exactly that.

SymPy is imported here only, so ``import gradiente.calculus`` stays light.
"""

from __future__ import annotations

import numbers

import numpy as np
import sympy

__all__ = [
    "parse",
    "symbolic_derivative",
    "symbolic_gradient",
    "symbolic_jacobian",
    "symbolic_hessian",
    "to_numpy_function",
    "to_tensor_function",
    "compare_derivatives",
]


def _symbols(variables) -> tuple:
    if isinstance(variables, (str, sympy.Symbol)):
        variables = [variables]
    symbols = tuple(sympy.Symbol(v) if isinstance(v, str) else v for v in variables)
    if not symbols or not all(isinstance(s, sympy.Symbol) for s in symbols):
        raise TypeError(f"variables must be names like 'x' or a list like ['x', 'y']; got {variables!r}.")
    return symbols


def parse(expression, variables=None) -> sympy.Expr:
    """Turn a string such as ``"x**3 - 2*x"`` into a SymPy expression (expressions pass through).

    Parameters
    ----------
    expression : str or sympy.Expr
    variables : str or list of str, optional
        Names to treat as real symbols (``x`` in ``"exp(x)"``).

    Examples
    --------
    >>> parse("x**2 + 1")
    x**2 + 1
    """
    if isinstance(expression, sympy.Basic):
        return expression
    if isinstance(expression, numbers.Number):
        return sympy.sympify(expression)
    if not isinstance(expression, str):
        raise TypeError(
            f"expression must be a string like 'x**2 + 1' or a SymPy expression; got {type(expression).__name__}."
        )
    local = {s.name: s for s in _symbols(variables)} if variables is not None else {}
    try:
        return sympy.sympify(expression.replace("^", "**"), locals=local)
    except (sympy.SympifyError, SyntaxError, TypeError) as error:
        raise ValueError(
            f"could not read {expression!r} as a formula ({error}). Write powers as x**2 and "
            "products with *, e.g. '3*x**2 + exp(-x)'."
        ) from None


def symbolic_derivative(expression, variable="x", order: int = 1) -> sympy.Expr:
    """The exact derivative ``d^order expression / d variable^order``.

    Examples
    --------
    >>> symbolic_derivative("x**3 - 2*x")
    3*x**2 - 2
    """
    if isinstance(order, bool) or not isinstance(order, numbers.Integral) or order < 1:
        raise ValueError(f"order must be a positive integer; got {order!r}.")
    (symbol,) = _symbols(variable)
    return sympy.diff(parse(expression, [symbol]), symbol, int(order))


def symbolic_gradient(expression, variables) -> list:
    """The list of partial derivatives ``[df/dx_1, ..., df/dx_n]``.

    Examples
    --------
    >>> symbolic_gradient("x**2*y", ["x", "y"])
    [2*x*y, x**2]
    """
    symbols = _symbols(variables)
    f = parse(expression, symbols)
    return [sympy.diff(f, s) for s in symbols]


def symbolic_jacobian(expressions, variables) -> sympy.Matrix:
    """The Jacobian matrix ``J[i, j] = d f_i / d x_j`` of a list of expressions; shape (m, n).

    Examples
    --------
    >>> symbolic_jacobian(["x*y", "x + y"], ["x", "y"])
    Matrix([
    [y, x],
    [1, 1]])
    """
    symbols = _symbols(variables)
    if isinstance(expressions, (str, sympy.Basic)):
        expressions = [expressions]
    outputs = sympy.Matrix([parse(e, symbols) for e in expressions])
    return outputs.jacobian(sympy.Matrix(symbols))


def symbolic_hessian(expression, variables) -> sympy.Matrix:
    """The Hessian matrix ``H[i, j] = d^2 f / dx_i dx_j``; shape (n, n).

    Examples
    --------
    >>> symbolic_hessian("x**2*y", ["x", "y"])
    Matrix([
    [2*y, 2*x],
    [2*x,   0]])
    """
    symbols = _symbols(variables)
    return sympy.hessian(parse(expression, symbols), symbols)


def to_numpy_function(expression, variables="x"):
    """A NumPy function that evaluates ``expression`` (works element-wise on arrays).

    With several variables the function takes them as separate arguments, ``f(x, y)``.
    Lists and matrices of expressions give arrays of the same shape.

    Examples
    --------
    >>> f = to_numpy_function("3*x**2 - 2")
    >>> f(np.array([0.0, 1.0, 2.0]))
    array([-2.,  1., 10.])
    """
    symbols = _symbols(variables)
    if isinstance(expression, (list, tuple)):
        expression = sympy.Matrix([parse(e, symbols) for e in expression])
    else:
        expression = parse(expression, symbols)
    function = sympy.lambdify(symbols, expression, modules="numpy")

    def evaluate(*args):
        values = function(*args)
        if isinstance(values, np.ndarray) and values.ndim == 2 and values.shape[1] == 1:
            return values[:, 0]  # a column Matrix of outputs becomes a plain vector
        if not isinstance(values, np.ndarray):
            # A constant expression ignores its argument: give it the argument's shape anyway.
            return np.full(np.shape(args[0]) if args else (), float(values))
        return values

    evaluate.__doc__ = f"Evaluate {expression} with NumPy."
    return evaluate


def to_tensor_function(expression, variables="x"):
    """A function of :class:`gradiente.autodiff.Tensor` arguments that computes ``expression``.

    The same formula, evaluated with Tensor operations, so ``autodiff.grad`` can
    differentiate it: the third way of the comparison in the derivatives lesson.

    Examples
    --------
    >>> from gradiente.autodiff import grad
    >>> grad(to_tensor_function("x**3"))(np.array(2.0))
    array(12.)
    """
    from gradiente import autodiff

    table = {
        "exp": autodiff.exp,
        "log": autodiff.log,
        "sqrt": autodiff.sqrt,
        "tanh": autodiff.tanh,
        "sin": autodiff.sin,
        "cos": autodiff.cos,
    }
    symbols = _symbols(variables)
    return sympy.lambdify(symbols, parse(expression, symbols), modules=[table, "numpy"])


def compare_derivatives(expression, x, variable: str = "x") -> dict:
    """Differentiate one expression three ways at ``x`` and return the numbers side by side.

    Returns
    -------
    dict
        ``symbolic`` (the exact formula, as a SymPy expression), ``exact`` (it evaluated at
        ``x``), ``numerical`` (central differences), ``automatic`` (reverse mode) and the
        absolute errors of the last two.

    Examples
    --------
    >>> result = compare_derivatives("x**3 - 2*x", 2.0)
    >>> result["symbolic"], result["exact"]
    (3*x**2 - 2, 10.0)
    >>> result["numerical_error"] < 1e-8, result["automatic_error"] < 1e-12
    (True, True)
    """
    from gradiente import autodiff
    from gradiente.calculus import derivative

    (symbol,) = _symbols(variable)
    f = parse(expression, [symbol])
    exact_formula = sympy.diff(f, symbol)
    point = float(x)
    exact = float(exact_formula.subs(symbol, point))
    numerical = derivative(to_numpy_function(f, [symbol]), point)
    automatic = float(autodiff.grad(to_tensor_function(f, [symbol]))(np.array(point)))
    return {
        "symbolic": exact_formula,
        "exact": exact,
        "numerical": numerical,
        "automatic": automatic,
        "numerical_error": abs(numerical - exact),
        "automatic_error": abs(automatic - exact),
    }
