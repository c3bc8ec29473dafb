"""Optimization: gradient descent and its family, Newton's method, and backtracking line search.

Lessons: 3.1 `cost-functions-convexity` (learning rate, divergence), 3.2 `sgd-momentum-adam`,
3.3 `newton-method` and 3.4 `lagrange-multipliers` (constraints).

Two ways in:

- Optimizer classes (``GradientDescent``, ``SGD``, ``Momentum``, ``RMSProp``, ``Adam``) update a
  list of Tensors in place from their ``.grad``, like ``torch.optim``::

      opt = Adam([W, b], lr=1e-3)
      opt.zero_grad(); loss.backward(); opt.step()

- ``minimize(f, x0, method=...)`` runs a whole descent on a function and returns the
  trajectory for plots. The gradient comes from :mod:`gradiente.autodiff` (write ``f`` with
  Tensor operations) or from a ``grad`` function you pass.

>>> from gradiente.optim import minimize
>>> result = minimize(lambda x: (x ** 2).sum(), x0=[3.0], method="momentum", lr=0.1)
>>> result.converged, bool(abs(result.x[0]) < 1e-6)
(True, True)

Every update rule is the one PyTorch uses, so the numbers can be compared step by step.
A NaN or an infinity stops the run with a :class:`DivergenceError` that names the step.

- ``optimizers``: the optimizer classes and ``minibatches``.
- ``descent``: ``minimize`` and ``newton``, one loop with a direction rule (``-g``, Newton's
  ``-H^-1 g``, an optimizer's step) and a step rule (fixed, or ``backtracking_line_search``).
- ``constrained``: ``solve_equality_qp`` (the KKT system), ``minimize_constrained`` (equality
  and inequality constraints, SciPy's ``{"type": "eq" | "ineq", "fun": g}``; the augmented
  Lagrangian, with the multipliers), ``projected_gradient_descent`` with ``project_box``,
  ``project_ball`` and ``project_simplex``.
"""

from ._checks import DivergenceError
from .constrained import (
    InfeasibleError,
    minimize_constrained,
    project_ball,
    project_box,
    project_simplex,
    projected_gradient_descent,
    solve_equality_qp,
)
from .descent import OptimizeResult, backtracking_line_search, minimize, newton
from .optimizers import SGD, Adam, GradientDescent, Momentum, Optimizer, RMSProp, minibatches

__all__ = [
    "Optimizer",
    "GradientDescent",
    "SGD",
    "Momentum",
    "RMSProp",
    "Adam",
    "minibatches",
    "minimize",
    "newton",
    "backtracking_line_search",
    "OptimizeResult",
    "DivergenceError",
    "solve_equality_qp",
    "minimize_constrained",
    "projected_gradient_descent",
    "project_box",
    "project_ball",
    "project_simplex",
    "InfeasibleError",
]
