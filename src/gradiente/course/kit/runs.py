"""Reading an optimisation run from its costs: does it converge, crawl, bounce or diverge?"""

from __future__ import annotations

import numpy as np


def classify_run(costs, tol: float = 1e-6) -> tuple[str, int | None]:
    """Read a descent run from its costs f(x_0), ..., f(x_n), for a function whose minimum value is 0.

    Returns ``(kind, k)``: ``kind`` is "diverges", "converges", "bounces" or "slow"; ``k`` is the
    first step with cost < ``tol`` ("converges"), or the estimated total number of steps needed
    at the run's final pace ("slow"), else None.

    >>> classify_run([4.0, 1.0, 0.25, 0.0625])
    ('slow', 11)
    """
    costs = np.asarray(costs, dtype=float)
    if not np.isfinite(costs).all() or costs[-1] > costs[0] * (1 + 1e-9):
        return "diverges", None
    if costs[-1] < tol:
        return "converges", int(np.argmax(costs < tol))
    if len(costs) >= 3 and costs[-1] >= costs[-3] * (1 - 1e-6):  # two steps on, the cost has not gone down
        return "bounces", None
    if len(costs) < 2:
        return "slow", None  # a single point says nothing of the pace
    rate = costs[-1] / costs[-2]  # the share of the cost kept per step, at the end of the run
    if rate >= 1:
        return "bounces", None
    return "slow", int(len(costs) - 1 + np.ceil(np.log(tol / costs[-1]) / np.log(rate)))
