"""Constrained optimization: the KKT solve, the augmented Lagrangian against SciPy's SLSQP
(equalities, inequalities active and inactive, an infeasible start, a small SVM), projected
gradient descent and the three projections."""

import numpy as np
import pytest

from gradiente.optim import (
    InfeasibleError,
    minimize_constrained,
    project_ball,
    project_box,
    project_simplex,
    projected_gradient_descent,
    solve_equality_qp,
)

scipy_optimize = pytest.importorskip("scipy.optimize")


def slsqp(f, x0, constraints):
    """SciPy's answer, with ndarray versions of the constraints."""
    result = scipy_optimize.minimize(f, x0, method="SLSQP", constraints=constraints, tol=1e-12)
    assert result.success, result.message
    return result


def kkt_residual(result, grad_f, constraints):
    """||grad f + sum nu grad h - sum lambda grad g|| with the result's multipliers (our convention)."""
    total = np.asarray(grad_f(result.x), dtype=float).copy()
    for multiplier, (kind, jac) in zip(result.multipliers, constraints):
        total += (1.0 if kind == "eq" else -1.0) * multiplier * np.asarray(jac(result.x))
    return float(np.linalg.norm(total))


# -- solve_equality_qp ------------------------------------------------------------------------


def test_equality_qp_matches_slsqp_and_satisfies_kkt():
    rng = np.random.default_rng(3)
    M = rng.normal(size=(4, 4))
    Q, c = M @ M.T + np.eye(4), rng.normal(size=4)
    A, b = rng.normal(size=(2, 4)), rng.normal(size=2)
    x, nu = solve_equality_qp(Q, c, A, b)
    np.testing.assert_allclose(A @ x, b, atol=1e-12)
    np.testing.assert_allclose(Q @ x + c + A.T @ nu, 0.0, atol=1e-12)
    reference = slsqp(lambda z: z @ Q @ z / 2 + c @ z, np.zeros(4), [{"type": "eq", "fun": lambda z: A @ z - b}])
    np.testing.assert_allclose(x, reference.x, atol=1e-6)


def test_equality_qp_shadow_price():
    # p*(b) = min x.x/2 s.t. 1.x = b has dp*/db = -nu
    Q, c, A = np.eye(3), np.zeros(3), np.ones(3)

    def p(b):
        x, _ = solve_equality_qp(Q, c, A, b)
        return x @ x / 2

    _, nu = solve_equality_qp(Q, c, A, 2.0)
    assert (p(2.0 + 1e-6) - p(2.0 - 1e-6)) / 2e-6 == pytest.approx(-nu[0], rel=1e-6)


def test_equality_qp_refuses_singular_and_bad_shapes():
    with pytest.raises(ValueError, match="singular.*dependent"):
        solve_equality_qp(np.eye(2), np.zeros(2), [[1.0, 1.0], [2.0, 2.0]], [1.0, 2.0])
    with pytest.raises(ValueError, match="singular"):
        solve_equality_qp(np.zeros((2, 2)), np.ones(2), [1.0, 0.0], 1.0)
    with pytest.raises(ValueError, match="symmetric"):
        solve_equality_qp([[1.0, 2.0], [0.0, 1.0]], np.zeros(2), [1.0, 1.0], 1.0)
    with pytest.raises(ValueError, match="columns"):
        solve_equality_qp(np.eye(2), np.zeros(2), [1.0, 1.0, 1.0], 1.0)
    with pytest.raises(ValueError, match="b must have shape"):
        solve_equality_qp(np.eye(2), np.zeros(2), [1.0, 1.0], [1.0, 2.0])


# -- minimize_constrained against SLSQP -------------------------------------------------------


def test_inequalities_active_and_inactive_against_slsqp():
    # SciPy's tutorial problem: one of five inequalities is active at the solution
    def f(x):
        return (x[0] - 1) ** 2 + (x[1] - 2.5) ** 2

    rows = np.array([[1.0, -2.0], [-1.0, -2.0], [-1.0, 2.0], [1.0, 0.0], [0.0, 1.0]])
    offsets = np.array([2.0, 6.0, 2.0, 0.0, 0.0])
    constraints = [
        {"type": "ineq", "fun": lambda x, r=r, o=o: x[0] * r[0] + x[1] * r[1] + o} for r, o in zip(rows, offsets)
    ]
    ours = minimize_constrained(f, [2.0, 0.0], constraints)
    theirs = slsqp(f, [2.0, 0.0], constraints)
    assert ours.converged
    np.testing.assert_allclose(ours.x, theirs.x, atol=1e-6)
    np.testing.assert_allclose(ours.x, [1.4, 1.7], atol=1e-7)
    assert ours.fun == pytest.approx(theirs.fun, abs=1e-8)
    np.testing.assert_allclose(ours.multipliers, [0.8, 0, 0, 0, 0], atol=1e-6)  # only the first is active
    if hasattr(theirs, "multipliers"):  # SciPy >= 1.16; same sign for inequalities
        np.testing.assert_allclose(ours.multipliers, theirs.multipliers, atol=1e-5)
    assert (ours.multipliers >= 0).all()
    slack = np.array([c["fun"](ours.x) for c in constraints])
    np.testing.assert_allclose(ours.multipliers * slack, 0.0, atol=1e-8)  # complementary slackness
    residual = kkt_residual(
        ours, lambda x: np.array([2 * (x[0] - 1), 2 * (x[1] - 2.5)]), [("ineq", lambda x, r=r: r) for r in rows]
    )
    assert residual < 1e-7


def test_an_inactive_inequality_changes_nothing():
    def f(x):
        return ((x - np.array([0.5, 0.2])) ** 2).sum()

    result = minimize_constrained(f, [3.0, 3.0], [{"type": "ineq", "fun": lambda x: 1.0 - (x**2).sum()}])
    np.testing.assert_allclose(result.x, [0.5, 0.2], atol=1e-7)
    assert result.multipliers[0] == 0.0


def test_equality_on_the_circle_from_an_infeasible_start_against_slsqp():
    def f(x):
        return x[0] + x[1]

    circle = {"type": "eq", "fun": lambda x: x[0] ** 2 + x[1] ** 2 - 1.0}
    ours = minimize_constrained(f, [0.0, 1.5], [circle])
    theirs = slsqp(f, [0.0, 1.5], [circle])
    assert ours.converged
    np.testing.assert_allclose(ours.x, theirs.x, atol=1e-6)
    np.testing.assert_allclose(ours.x, -np.sqrt(0.5) * np.ones(2), atol=1e-7)
    # grad f + nu grad h = 0: (1, 1) + nu (2x, 2y) = 0 at x = y = -1/sqrt(2) gives nu = 1/sqrt(2)
    assert ours.multipliers[0] == pytest.approx(np.sqrt(0.5), abs=1e-7)
    if hasattr(theirs, "multipliers"):  # SciPy's Lagrangian subtracts equalities too: -nu
        assert theirs.multipliers[0] == pytest.approx(-ours.multipliers[0], abs=1e-5)
    assert ours.trajectory[0].tolist() == [0.0, 1.5] and ours.trajectory.shape[1] == 2


def test_mixed_constraints_with_given_jacobians_and_gradient():
    # min x^2 + 2 y^2 + 3 z^2 s.t. x + y + z = 1, x >= 0.6 (active), z >= -5 (inactive)
    weights = np.array([1.0, 2.0, 3.0])
    constraints = [
        {"type": "eq", "fun": lambda x: x.sum() - 1.0, "jac": lambda x: np.ones(3)},
        {"type": "ineq", "fun": lambda x: x[0] - 0.6, "jac": lambda x: np.array([1.0, 0.0, 0.0])},
        {"type": "ineq", "fun": lambda x: x[2] + 5.0, "jac": lambda x: np.array([0.0, 0.0, 1.0])},
    ]
    ours = minimize_constrained(
        lambda x: float(weights @ x**2), np.zeros(3), constraints, grad=lambda x: 2 * weights * x
    )
    theirs = slsqp(lambda x: float(weights @ x**2), np.zeros(3), constraints)
    assert ours.converged
    np.testing.assert_allclose(ours.x, theirs.x, atol=1e-6)
    assert ours.multipliers[1] > 0 and ours.multipliers[2] == 0.0


def test_a_small_hard_margin_svm_against_slsqp():
    rng = np.random.default_rng(0)
    X = np.vstack([rng.normal([2.0, 2.0], 0.5, (6, 2)), rng.normal([-1.0, -1.0], 0.5, (6, 2))])
    y = np.r_[np.ones(6), -np.ones(6)]
    margins = {"type": "ineq", "fun": lambda z: y * (X @ z[:2] + z[2]) - 1.0}  # one vector constraint

    def half_norm(z):
        return (z[:2] ** 2).sum() / 2

    ours = minimize_constrained(half_norm, np.zeros(3), [margins])
    theirs = slsqp(half_norm, np.zeros(3), [margins])
    assert ours.converged
    np.testing.assert_allclose(ours.x, theirs.x, atol=1e-6)
    assert ours.multipliers.shape == (12,)
    support = ours.multipliers > 1e-6
    np.testing.assert_allclose(y[support] * (X[support] @ ours.x[:2] + ours.x[2]), 1.0, atol=1e-7)
    # the dual's identities: w = sum lambda_i y_i x_i and sum lambda_i y_i = 0
    np.testing.assert_allclose(ours.multipliers * y @ X, ours.x[:2], atol=1e-6)
    assert abs(ours.multipliers @ y) < 1e-6


def test_no_constraints_is_plain_minimization():
    result = minimize_constrained(lambda x: ((x - 3.0) ** 2).sum(), [0.0, 1.0], [])
    np.testing.assert_allclose(result.x, [3.0, 3.0], atol=1e-8)
    assert result.multipliers.shape == (0,)


def test_infeasible_problems_and_bad_constraints_are_explained():
    contradictory = [{"type": "ineq", "fun": lambda x: x[0] - 1.0}, {"type": "ineq", "fun": lambda x: -x[0]}]
    with pytest.raises(InfeasibleError, match="contradict"):
        minimize_constrained(lambda x: (x**2).sum(), [0.0], contradictory)
    with pytest.raises(ValueError, match="use 'eq'.*'ineq'"):
        minimize_constrained(lambda x: (x**2).sum(), [0.0], [{"type": "le", "fun": lambda x: x[0]}])
    with pytest.raises(TypeError, match="needs 'fun'"):
        minimize_constrained(lambda x: (x**2).sum(), [0.0], [{"type": "eq"}])
    with pytest.raises(TypeError, match="Tensor operations"):
        minimize_constrained(lambda x: (x**2).sum(), [0.0], [{"type": "eq", "fun": lambda x: 1.0}])
    with pytest.raises(ValueError, match="unknown keys"):
        minimize_constrained(lambda x: (x**2).sum(), [0.0], [{"type": "eq", "fun": lambda x: x[0], "args": ()}])


# -- projected gradient descent and projections -----------------------------------------------


def test_projections_by_hand_and_their_defining_property():
    np.testing.assert_allclose(project_box([0.0, -1.0], [1.0, 1.0])(np.array([2.0, -3.0])), [1.0, -1.0])
    np.testing.assert_allclose(project_ball([1.0, 1.0], 1.0)(np.array([1.0, 3.0])), [1.0, 2.0])
    np.testing.assert_allclose(project_ball([0.0, 0.0], 1.0)(np.array([0.3, 0.4])), [0.3, 0.4])
    simplex = project_simplex()
    rng = np.random.default_rng(5)
    for _ in range(50):
        v = rng.normal(size=6) * 3
        p = simplex(v)
        assert p.min() >= 0 and p.sum() == pytest.approx(1.0)
        # the projection is the nearest point: (v - p).(q - p) <= 0 for every q in the set
        for q in rng.dirichlet(np.ones(6), size=20):
            assert (v - p) @ (q - p) <= 1e-12
    np.testing.assert_allclose(project_simplex(2.0)(np.array([1.0, 1.0])), [1.0, 1.0])


def test_simplex_projection_against_slsqp():
    v = np.array([0.9, 0.6, -0.2, 0.4])
    reference = scipy_optimize.minimize(
        lambda p: ((p - v) ** 2).sum(),
        np.full(4, 0.25),
        method="SLSQP",
        bounds=[(0, None)] * 4,
        constraints=[{"type": "eq", "fun": lambda p: p.sum() - 1}],
        tol=1e-12,
    )
    np.testing.assert_allclose(project_simplex()(v), reference.x, atol=1e-6)


def test_projected_gradient_descent_on_box_ball_and_simplex():
    target = np.array([2.0, -1.0])

    def f(x):
        return ((x - target) ** 2).sum()

    box = projected_gradient_descent(f, [5.0, 5.0], project_box(0.0, 1.0), lr=0.25)
    assert box.converged and box.trajectory[0].tolist() == [1.0, 1.0]  # the start is projected
    np.testing.assert_allclose(box.x, [1.0, 0.0])
    ball = projected_gradient_descent(f, [0.0, 0.0], project_ball(np.zeros(2), 1.0), lr=0.1)
    np.testing.assert_allclose(ball.x, target / np.linalg.norm(target), atol=1e-6)
    assert (np.linalg.norm(ball.trajectory, axis=1) <= 1 + 1e-12).all()  # every iterate feasible
    weights = projected_gradient_descent(
        lambda p: ((p - np.array([0.9, 0.6, -0.2])) ** 2).sum(), np.ones(3) / 3, project_simplex(), lr=0.2
    )
    np.testing.assert_allclose(weights.x, project_simplex()(np.array([0.9, 0.6, -0.2])), atol=1e-6)


def test_projected_gradient_descent_refuses_bad_input():
    with pytest.raises(TypeError, match="project must be a function"):
        projected_gradient_descent(lambda x: (x**2).sum(), [1.0], project=None, lr=0.1)
    with pytest.raises(ValueError, match="lo <= hi"):
        project_box(1.0, 0.0)
    with pytest.raises(ValueError, match="radius"):
        project_ball([0.0], -1.0)
    with pytest.raises(ValueError, match="one vector"):
        project_simplex()(np.ones((2, 2)))
