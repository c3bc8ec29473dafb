"""gradiente.calculus against SymPy (exact derivatives and integrals), known convergence
rates, the autodiff engine, and bad input."""

import math

import numpy as np
import pytest
import sympy
from sklearn.datasets import load_breast_cancer
from sklearn.preprocessing import StandardScaler

from gradiente import autodiff as ad
from gradiente import calculus
from gradiente.calculus import IntegrationError, NonFiniteError

x_, y_, z_ = sympy.symbols("x y z", real=True)


def sigmoid_sym(t):
    return 1 / (1 + sympy.exp(-t))


# One-variable functions: (sympy expression, points). The first is the seven-day course's
# kind of exercise, a cubic polynomial.
ONE_VARIABLE = {
    "cubic polynomial": (x_**3 - 4 * x_**2 + 2 * x_ - 7, [-2.0, 0.0, 0.5, 3.0]),
    "gaussian times sine": (sympy.exp(-(x_**2)) * sympy.sin(3 * x_), [-1.0, 0.3, 2.0]),
    "log of a positive quadratic": (sympy.log(1 + x_**2), [-3.0, 0.0, 1.5]),
    "sigmoid": (sigmoid_sym(x_), [-4.0, 0.0, 2.5]),
    "tanh of a square root": (sympy.tanh(sympy.sqrt(x_ + 5)), [-4.0, 0.0, 10.0]),
    "large argument": (x_**2, [1e6]),
}

TOLERANCE = {"forward": 1e-6, "backward": 1e-6, "central": 1e-9, "complex": 1e-14}


@pytest.mark.parametrize("method", sorted(TOLERANCE))
@pytest.mark.parametrize("name", sorted(ONE_VARIABLE))
def test_derivative_matches_sympy(name, method):
    expression, points = ONE_VARIABLE[name]
    f = sympy.lambdify(x_, expression, "numpy")
    exact = sympy.lambdify(x_, sympy.diff(expression, x_), "numpy")
    for point in points:
        scale = max(1.0, abs(exact(point)))
        assert calculus.derivative(f, point, method=method) == pytest.approx(
            exact(point), abs=TOLERANCE[method] * scale * max(1.0, abs(point)) ** 0.5
        )


def test_derivative_is_element_wise_on_arrays():
    points = np.linspace(-2, 2, 9)
    result = calculus.derivative(lambda t: t**3 - 4 * t**2 + 2 * t - 7, points)
    assert isinstance(result, np.ndarray) and result.shape == points.shape
    np.testing.assert_allclose(result, 3 * points**2 - 8 * points + 2, rtol=1e-8, atol=1e-8)
    assert isinstance(calculus.derivative(np.sin, 0.0), float)


def test_difference_quotient_errors_shrink_at_their_orders():
    f, exact = np.exp, math.exp(1.0)
    steps = [1e-2, 5e-3]
    for method, order in (("forward", 1), ("backward", 1), ("central", 2)):
        errors = [abs(calculus.derivative(f, 1.0, h=h, method=method) - exact) for h in steps]
        assert math.log2(errors[0] / errors[1]) == pytest.approx(order, abs=0.1), method


def test_complex_step_is_exact_even_with_a_tiny_step():
    assert calculus.derivative(np.sin, 1.0, h=1e-200, method="complex") == math.cos(1.0)


def test_derivative_reports_non_finite_values():
    with pytest.raises(NonFiniteError, match="not finite"):
        calculus.derivative(np.log, 0.0)
    with pytest.raises(NonFiniteError):
        calculus.derivative(np.sqrt, -1.0, method="forward")


def test_derivative_validates_its_arguments():
    with pytest.raises(ValueError, match="method must be one of"):
        calculus.derivative(np.sin, 1.0, method="symmetric")
    with pytest.raises(ValueError, match="positive"):
        calculus.derivative(np.sin, 1.0, h=0.0)
    with pytest.raises(NonFiniteError):
        calculus.derivative(np.sin, float("nan"))
    with pytest.raises(TypeError):
        calculus.derivative("sin", 1.0)
    with pytest.raises(ValueError, match="element-wise.*gradient"):
        calculus.derivative(lambda v: np.sum(v), np.ones(3))


# -- several variables ----------------------------------------------------------------------

SCALAR_FIELDS = {
    # the seven-day course's kind: the gradient of a two-variable function at a point
    "two-variable polynomial": (x_**2 * y_ + 3 * x_ * y_**2 - y_, [x_, y_], [1.0, 2.0]),
    "bowl with a ripple": (x_**2 + y_**2 + sympy.sin(x_ * y_), [x_, y_], [0.7, -1.2]),
    "three variables": (
        sympy.exp(x_ * y_) / (1 + z_**2) + sympy.log(1 + x_**2 + y_**2),
        [x_, y_, z_],
        [0.3, -0.5, 2.0],
    ),
}


def vector_function(expression, symbols):
    f = sympy.lambdify(symbols, expression, "numpy")
    return lambda v: f(*v)


@pytest.mark.parametrize("name", sorted(SCALAR_FIELDS))
def test_gradient_and_hessian_match_sympy(name):
    expression, symbols, point = SCALAR_FIELDS[name]
    f = vector_function(expression, symbols)
    substitution = dict(zip(symbols, point))
    exact_gradient = np.array([float(sympy.diff(expression, s).subs(substitution)) for s in symbols])
    exact_hessian = np.array(sympy.hessian(expression, symbols).subs(substitution), dtype=float)
    np.testing.assert_allclose(calculus.gradient(f, point), exact_gradient, rtol=1e-8, atol=1e-9)
    np.testing.assert_allclose(calculus.hessian(f, point), exact_hessian, rtol=1e-5, atol=1e-6)


JACOBIANS = {
    # the seven-day course's kinds: a two-output function, and a three-output sigmoid
    "two outputs": ([x_**2 * y_, 5 * x_ + sympy.sin(y_)], [x_, y_], [1.5, -0.5]),
    "three sigmoids": (
        [sigmoid_sym(x_ + 2 * y_), sigmoid_sym(-x_ + y_ - 1), sigmoid_sym(3 * x_)],
        [x_, y_],
        [0.2, 0.4],
    ),
    "polar to cartesian": ([x_ * sympy.cos(y_), x_ * sympy.sin(y_)], [x_, y_], [2.0, 0.6]),
}


@pytest.mark.parametrize("name", sorted(JACOBIANS))
def test_jacobian_matches_sympy_numerically_and_automatically(name):
    expressions, symbols, point = JACOBIANS[name]
    exact = np.array(sympy.Matrix(expressions).jacobian(symbols).subs(dict(zip(symbols, point))), dtype=float)
    f = vector_function(sympy.Matrix(expressions), symbols)
    numeric = calculus.jacobian(lambda v: np.ravel(f(v)), point)
    assert numeric.shape == (len(expressions), len(symbols))
    np.testing.assert_allclose(numeric, exact, rtol=1e-8, atol=1e-9)
    # the same Jacobian by reverse mode, with the formula evaluated on Tensors
    from gradiente.calculus_symbolic import to_tensor_function

    tensor_fs = [to_tensor_function(e, [str(s) for s in symbols]) for e in expressions]
    automatic = ad.jacobian(lambda v: ad.stack([g(*[v[i] for i in range(len(symbols))]) for g in tensor_fs]))(
        np.array(point)
    )
    np.testing.assert_allclose(automatic, exact, rtol=1e-12, atol=1e-14)


def test_three_output_sigmoid_layer_jacobian_equals_its_formula():
    # sigma(W x + b): J = diag(s (1 - s)) W
    W = np.array([[1.0, 2.0], [-1.0, 1.0], [3.0, 0.0]])
    b = np.array([0.0, -1.0, 0.0])
    point = np.array([0.2, 0.4])
    s = 1 / (1 + np.exp(-(W @ point + b)))
    expected = (s * (1 - s))[:, None] * W
    np.testing.assert_allclose(calculus.jacobian(lambda v: 1 / (1 + np.exp(-(W @ v + b))), point), expected, rtol=1e-8)
    np.testing.assert_allclose(ad.jacobian(lambda v: (W @ v + b).sigmoid())(point), expected, rtol=1e-12)


def test_gradient_of_a_logistic_loss_on_real_data_agrees_three_ways():
    X, y = load_breast_cancer(return_X_y=True)
    X = StandardScaler().fit_transform(X)[:, :6]
    w = np.linspace(-0.5, 0.5, 6)

    def loss(w):  # mean binary cross-entropy of a logistic model
        z = X @ w
        return np.mean(np.logaddexp(0, z) - y * z)

    formula = X.T @ (1 / (1 + np.exp(-(X @ w))) - y) / len(y)
    automatic = ad.grad(lambda t: ((1 + (X @ t).exp()).log() - (X @ t) * y).mean())(w)
    np.testing.assert_allclose(calculus.gradient(loss, w), formula, rtol=1e-7, atol=1e-10)
    np.testing.assert_allclose(automatic, formula, rtol=1e-12, atol=1e-15)


def test_multivariable_functions_validate_shapes_and_values():
    with pytest.raises(ValueError, match="jacobian"):
        calculus.gradient(lambda v: v * 2, [1.0, 2.0])
    with pytest.raises(ValueError, match="1-D"):
        calculus.jacobian(lambda v: v, np.ones((2, 2)))
    with pytest.raises(NonFiniteError):
        calculus.gradient(lambda v: np.log(v[0]), [0.0, 1.0])
    with pytest.raises(NonFiniteError):
        calculus.hessian(lambda v: 1 / v[0], [0.0])
    assert calculus.hessian(lambda t: t**3, 2.0).shape == (1, 1)


# -- integrals ------------------------------------------------------------------------------

INTEGRALS = {
    "cubic": (x_**3 - 4 * x_**2 + 2 * x_ - 7, -1.0, 2.0),
    "exp": (sympy.exp(x_), 0.0, 1.0),
    "sine": (sympy.sin(x_), 0.0, math.pi / 3),
    "sigmoid": (sigmoid_sym(x_), -2.0, 3.0),
    "gaussian": (sympy.exp(-(x_**2) / 2), -1.0, 1.5),
}
ORDERS = {"left": 1, "right": 1, "midpoint": 2, "trapezoid": 2, "simpson": 4}


@pytest.mark.parametrize("method", sorted(ORDERS))
@pytest.mark.parametrize("name", ["exp", "sine", "sigmoid", "gaussian"])
def test_integration_error_shrinks_at_the_known_rate(name, method):
    expression, a, b = INTEGRALS[name]
    f = sympy.lambdify(x_, expression, "numpy")
    exact = float(sympy.integrate(expression, (x_, a, b)).evalf(30))
    errors = [abs(calculus.integrate(f, a, b, method=method, n=n) - exact) for n in (16, 32, 64)]
    observed = [math.log2(errors[i] / errors[i + 1]) for i in range(2)]
    assert observed[-1] == pytest.approx(ORDERS[method], abs=0.15), (errors, observed)


@pytest.mark.parametrize("method", sorted(ORDERS) + ["adaptive"])
@pytest.mark.parametrize("name", sorted(INTEGRALS))
def test_integrals_match_sympy(name, method):
    expression, a, b = INTEGRALS[name]
    f = sympy.lambdify(x_, expression, "numpy")
    exact = float(sympy.integrate(expression, (x_, a, b)).evalf(30))
    tolerance = {"left": 3e-2, "right": 3e-2, "midpoint": 1e-3, "trapezoid": 1e-3, "simpson": 1e-8, "adaptive": 1e-9}[
        method
    ]
    n = 1000 if method in ("left", "right") else 200
    assert calculus.integrate(f, a, b, method=method, n=n) == pytest.approx(exact, abs=tolerance)
    assert calculus.integrate(f, b, a, method=method, n=n) == pytest.approx(-exact, abs=tolerance)


def test_simpson_is_exact_for_cubics():
    assert calculus.integrate(lambda t: t**3 - 4 * t**2 + 2 * t - 7, -1.0, 2.0, n=2) == pytest.approx(
        float(sympy.integrate(x_**3 - 4 * x_**2 + 2 * x_ - 7, (x_, -1, 2))), rel=1e-14
    )


def test_monte_carlo_is_repeatable_with_rng_and_converges_like_one_over_sqrt_n():
    exact = math.e - 1
    first = calculus.integrate(np.exp, 0.0, 1.0, method="monte_carlo", n=4000, rng=7)
    again = calculus.integrate(np.exp, 0.0, 1.0, method="monte_carlo", n=4000, rng=np.random.default_rng(7))
    assert first == again
    # standard error of the mean of e^U: sqrt(Var(e^U) / n), Var(e^U) = (e^2 - 1)/2 - (e - 1)^2
    sigma = math.sqrt((math.e**2 - 1) / 2 - exact**2)
    errors = [
        calculus.integrate(np.exp, 0.0, 1.0, method="monte_carlo", n=4000, rng=seed) - exact for seed in range(40)
    ]
    assert np.std(errors) == pytest.approx(sigma / math.sqrt(4000), rel=0.3)
    assert abs(np.mean(errors)) < 4 * sigma / math.sqrt(4000 * 40)


def test_adaptive_reaches_its_tolerance_where_fixed_rules_struggle():
    # sqrt has an infinite slope at 0: uniform Simpson converges slowly there
    exact = 2 / 3
    assert abs(calculus.integrate_adaptive(np.sqrt, 0.0, 1.0, tol=1e-10) - exact) < 1e-9
    assert abs(calculus.integrate(np.sqrt, 0.0, 1.0, method="simpson", n=100) - exact) > 1e-5
    assert calculus.integrate(np.sin, 0.0, 0.0, method="adaptive") == 0.0


def test_integrate_accepts_functions_that_refuse_arrays_and_constants():
    assert calculus.integrate(math.sin, 0.0, math.pi, n=200) == pytest.approx(2.0, abs=1e-8)
    assert calculus.integrate(lambda t: 3.0, 1.0, 2.0) == pytest.approx(3.0)


def test_integrate_reports_bad_input():
    with pytest.raises(NonFiniteError, match="x = 0"):
        calculus.integrate(lambda t: 1 / t, -1.0, 1.0, method="trapezoid", n=10)
    with pytest.raises(ValueError, match="n must be even.*n=8"):
        calculus.integrate(np.sin, 0.0, 1.0, method="simpson", n=7)
    with pytest.raises(ValueError, match="finite"):
        calculus.integrate(np.exp, 0.0, math.inf)
    with pytest.raises(ValueError, match="method must be one of"):
        calculus.integrate(np.exp, 0.0, 1.0, method="gauss")
    with pytest.raises(ValueError, match="positive integer"):
        calculus.integrate(np.exp, 0.0, 1.0, n=0)
    with pytest.raises(ValueError, match="one value per point"):
        calculus.integrate(lambda t: np.ones(3), 0.0, 1.0)
    with pytest.raises(IntegrationError, match="evaluations"):
        calculus.integrate_adaptive(
            lambda t: np.sign(t - 0.3) * np.abs(t - 0.3) ** 0.01, 0.0, 1.0, tol=1e-15, max_evaluations=500
        )


# -- symbolic helpers -------------------------------------------------------------------------


def test_symbolic_helpers_agree_with_sympy():
    from gradiente import calculus_symbolic as cs

    assert (
        sympy.simplify(
            cs.symbolic_derivative("x**3 - 4*x**2 + 2*x - 7") - (3 * sympy.Symbol("x") ** 2 - 8 * sympy.Symbol("x") + 2)
        )
        == 0
    )
    assert cs.symbolic_derivative("sin(x)", order=2) == -sympy.sin(sympy.Symbol("x"))
    x, y = sympy.symbols("x y")
    assert cs.symbolic_gradient("x**2*y + 3*x*y**2 - y", ["x", "y"]) == [2 * x * y + 3 * y**2, x**2 + 6 * x * y - 1]
    assert cs.symbolic_jacobian(["x**2*y", "5*x + sin(y)"], ["x", "y"]) == sympy.Matrix(
        [[2 * x * y, x**2], [5, sympy.cos(y)]]
    )
    assert cs.symbolic_hessian("x**3*y", ["x", "y"]) == sympy.Matrix([[6 * x * y, 3 * x**2], [3 * x**2, 0]])
    f = cs.to_numpy_function(cs.symbolic_derivative("exp(-x**2)"))
    np.testing.assert_allclose(f(np.array([0.0, 1.0])), [0.0, -2 * math.exp(-1)])
    g = cs.to_numpy_function(["x*y", "x + y"], ["x", "y"])
    np.testing.assert_allclose(g(2.0, 3.0), [6.0, 5.0])
    assert cs.to_numpy_function("5")(np.ones(3)).shape == (3,)


def test_compare_derivatives_three_ways():
    from gradiente.calculus_symbolic import compare_derivatives

    result = compare_derivatives("sin(x)*exp(-x**2) + tanh(x)/sqrt(x)", 0.7)
    assert result["numerical_error"] < 1e-8
    assert result["automatic_error"] < 1e-14
    with pytest.raises(ValueError, match=r"x\*\*2"):
        compare_derivatives("x^^2", 1.0)
