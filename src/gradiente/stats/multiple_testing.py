"""Many tests at once: corrections that keep false discoveries in check.

Run ``m`` tests at level ``alpha`` and, even if every null is true, about ``alpha m`` of
them reject (20 tests at 0.05: one false positive on average). Two kinds of guarantee:

* the **family-wise error rate** (FWER), ``P(at least one false rejection) <= alpha``:
  Bonferroni (each p against ``alpha / m``) and Holm's step-down, which is never worse;
* the **false discovery rate** (FDR), ``E[false rejections / rejections] <= alpha``:
  Benjamini-Hochberg's step-up, far more powerful when many effects are real.

Lesson: 5.6 `hypothesis-tests-ab`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from gradiente._validation import as_numeric_array, check_choice, check_parameter

__all__ = ["MultipleTestsResult", "multipletests"]

_METHODS = ("bonferroni", "holm", "fdr_bh")


@dataclass(frozen=True)
class MultipleTestsResult:
    """Which hypotheses to reject, and the adjusted p-values; unpacks as ``reject, pvalues_adjusted``."""

    reject: np.ndarray
    pvalues_adjusted: np.ndarray
    method: str
    alpha: float

    def __iter__(self):
        yield self.reject
        yield self.pvalues_adjusted


def multipletests(pvalues, alpha=0.05, method="bonferroni"):
    """Correct ``m`` p-values for multiple testing (statsmodels' ``multipletests``, first two outputs).

    With ``p_(1) <= ... <= p_(m)`` the sorted p-values:

    * ``"bonferroni"``: reject ``p_i <= alpha / m``; adjusted ``min(1, m p_i)``.
    * ``"holm"`` (step-down): walk up from the smallest, rejecting while
      ``p_(i) <= alpha / (m - i + 1)``, and stop at the first failure; adjusted
      ``max_{j <= i} min(1, (m - j + 1) p_(j))``.
    * ``"fdr_bh"`` (Benjamini-Hochberg, step-up): find the *largest* ``k`` with
      ``p_(k) <= k alpha / m`` and reject ``H_(1), ..., H_(k)``, even those earlier ones
      above their own line; adjusted ``min_{j >= i} min(1, m p_(j) / j)``.

    Adjusted p-values are monotone in the sorted order and capped at 1, and a hypothesis
    is rejected exactly when its adjusted p-value is ``<= alpha``. Results come back in
    the original order.

    Parameters
    ----------
    pvalues : array_like, shape (m,), values in [0, 1]
    alpha : float in (0, 1)
    method : {"bonferroni", "holm", "fdr_bh"}

    Returns
    -------
    MultipleTestsResult
        ``reject`` (bool, shape (m,)) and ``pvalues_adjusted`` (shape (m,)).

    Examples
    --------
    >>> from gradiente.stats import multipletests
    >>> p = [0.01, 0.04, 0.03, 0.005]
    >>> multipletests(p, method="bonferroni").reject
    array([ True, False, False,  True])
    >>> reject, adjusted = multipletests(p, method="fdr_bh")  # step-up: 0.04 <= 4 * 0.05 / 4
    >>> reject, adjusted
    (array([ True,  True,  True,  True]), array([0.02, 0.04, 0.04, 0.02]))

    Lesson: 5.6 `hypothesis-tests-ab`.
    """
    pvalues = as_numeric_array(pvalues, "pvalues")
    if pvalues.ndim != 1 or pvalues.size == 0:
        raise ValueError(f"pvalues must be a non-empty 1-D array, one p-value per test; got shape {pvalues.shape}.")
    if ((pvalues < 0) | (pvalues > 1)).any():
        bad = float(pvalues[(pvalues < 0) | (pvalues > 1)][0])
        raise ValueError(f"p-values lie in [0, 1]; got {bad!r}. Pass the tests' p-values, not their statistics.")
    alpha = check_parameter(alpha, "alpha", low=0, high=1, low_open=True, high_open=True, hint=" Such as 0.05.")
    method = check_choice("method", method, _METHODS)
    m = pvalues.size
    if method == "bonferroni":
        return MultipleTestsResult(pvalues <= alpha / m, np.minimum(1.0, m * pvalues), method, alpha)

    order = np.argsort(pvalues, kind="stable")
    sorted_p = pvalues[order]
    rank = np.arange(1, m + 1)
    reject_sorted = np.zeros(m, dtype=bool)
    if method == "holm":
        fails = np.flatnonzero(sorted_p > alpha / (m - rank + 1))
        k = fails[0] if fails.size else m  # step-down: everything before the first failure
        reject_sorted[:k] = True
        adjusted_sorted = np.maximum.accumulate(np.minimum(1.0, (m - rank + 1) * sorted_p))
    else:
        passes = np.flatnonzero(sorted_p <= rank * alpha / m)
        if passes.size:
            reject_sorted[: passes[-1] + 1] = True  # step-up: everything up to the last pass
        adjusted_sorted = np.minimum.accumulate(np.minimum(1.0, m * sorted_p / rank)[::-1])[::-1]
    reject = np.empty(m, dtype=bool)
    adjusted = np.empty(m)
    reject[order], adjusted[order] = reject_sorted, adjusted_sorted
    return MultipleTestsResult(reject, adjusted, method, alpha)
