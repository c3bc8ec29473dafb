"""Maximum likelihood estimation for any model, maximised numerically with gradiente.optim.

``theta_hat = argmax_theta sum_i log p(x_i | theta)``. Maximising the log-likelihood is
minimising its negative, so this hands ``-log_likelihood`` to
:func:`gradiente.optim.minimize` (Newton's method with a backtracking line search by
default). The curvature at the maximum, the *observed information*
``I = -d^2 log L / d theta^2``, also gives standard errors: ``se = sqrt(diag(I^{-1}))``.

Lesson: 5.4 `maximum-likelihood` (and why MSE and cross-entropy are likelihoods).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

__all__ = ["mle", "MLEResult"]


@dataclass(frozen=True)
class MLEResult:
    """The maximum likelihood estimate and how it was found.

    Attributes
    ----------
    theta_hat : ndarray, shape (n_parameters,)
    log_likelihood : float
        The maximum, ``log L(theta_hat)``.
    standard_errors : ndarray, shape (n_parameters,)
        ``sqrt(diag(I^{-1}))`` from the observed information (NaN where it is not
        positive definite).
    converged : bool
    n_iter : int
    optimize_result : gradiente.optim.OptimizeResult
        The run of the optimiser on ``-log L``, with its trajectory.
    """

    theta_hat: np.ndarray
    log_likelihood: float
    standard_errors: np.ndarray
    converged: bool
    n_iter: int
    optimize_result: object = field(repr=False)


def _central_difference_gradient(function, theta, h=None):
    """``d f / d theta_j ~ (f(theta + h e_j) - f(theta - h e_j)) / 2h``, error O(h^2).

    ``h = eps**(1/3) * max(1, |theta_j|)`` balances the truncation error (~h^2) against the
    rounding error (~eps / h).
    """
    gradient = np.empty_like(theta)
    for j in range(theta.size):
        step = (np.finfo(float).eps ** (1 / 3)) * max(1.0, abs(theta[j])) if h is None else h
        forward, backward = theta.copy(), theta.copy()
        forward[j] += step
        backward[j] -= step
        gradient[j] = (function(forward) - function(backward)) / (2 * step)
    return gradient


def _observed_information(function, theta):
    """Hessian of ``-log L`` by central differences of the (difference) gradient."""
    n = theta.size
    H = np.empty((n, n))
    for j in range(n):
        step = 1e-4 * max(1.0, abs(theta[j]))
        forward, backward = theta.copy(), theta.copy()
        forward[j] += step
        backward[j] -= step
        H[:, j] = (
            _central_difference_gradient(function, forward) - _central_difference_gradient(function, backward)
        ) / (2 * step)
    return (H + H.T) / 2


def mle(log_likelihood, theta0, *, method="newton", grad=None, tol=None, max_iter=200, lr=None):
    """Maximum likelihood estimate of any model, by numerical optimisation.

    Parameters
    ----------
    log_likelihood : callable
        ``log_likelihood(theta) -> float`` for ``theta`` an ndarray of shape
        (n_parameters,). Return ``-np.inf`` for impossible parameters.
    theta0 : array_like, shape (n_parameters,)
        Starting point (e.g. a method-of-moments guess). Reparametrise constrained
        parameters (optimise ``log sigma``, not ``sigma``) so that every real ``theta``
        is valid.
    method : str
        Any method of :func:`gradiente.optim.minimize` ("newton", "gd", "adam", ...).
    grad : callable, optional
        ``grad(theta) -> ndarray``, the gradient of the log-likelihood (the *score*).
        Default: central differences.
    tol : float, optional
        Stop when the score's norm is at most ``tol``; default ``1e-8 * (1 + |log L(theta0)|)``
        (just above the noise of a central-difference gradient).
    max_iter : int
    lr : float, optional
        Learning rate (step scale) of the optimiser.

    Returns
    -------
    MLEResult

    Examples
    --------
    >>> import numpy as np
    >>> from gradiente.stats import Normal, mle
    >>> x = np.random.default_rng(0).normal(5.0, 2.0, size=500)
    >>> def log_likelihood(theta):
    ...     mu, log_sigma = theta
    ...     return Normal(mu, np.exp(log_sigma)).log_likelihood(x)
    >>> result = mle(log_likelihood, [0.0, 0.0])
    >>> bool(np.isclose(result.theta_hat[0], x.mean(), atol=1e-5))
    True
    """
    from gradiente.optim import minimize  # the optimiser lives one module over

    if not callable(log_likelihood):
        raise TypeError(f"log_likelihood must be a function of theta; got {type(log_likelihood).__name__}.")
    theta0 = np.atleast_1d(np.asarray(theta0, dtype=float)).ravel()
    if not np.isfinite(theta0).all():
        raise ValueError(f"theta0 must be finite; got {theta0}.")

    def negative_log_likelihood(theta):
        value = float(log_likelihood(np.asarray(theta, dtype=float)))
        if math.isnan(value):
            raise ValueError(
                f"log_likelihood returned NaN at theta = {theta}; return -np.inf "
                "for impossible parameters, or reparametrise (e.g. log sigma)."
            )
        return -value

    start = negative_log_likelihood(theta0)
    if not math.isfinite(start):
        raise ValueError(
            f"the log-likelihood at theta0 = {theta0} is {-start}; start where the "
            "data are possible (e.g. from the sample mean and variance)."
        )
    if grad is None:

        def negative_score(theta):
            return _central_difference_gradient(negative_log_likelihood, np.asarray(theta))
    else:

        def negative_score(theta):
            return -np.asarray(grad(np.asarray(theta, dtype=float)), dtype=float)

    tol = 1e-8 * (1.0 + abs(start)) if tol is None else float(tol)
    options = {"line_search": "backtracking"} if method in ("newton", "gd") else {}
    if lr is not None:
        options["lr"] = lr
    result = minimize(
        negative_log_likelihood, theta0, method=method, grad=negative_score, tol=tol, max_iter=max_iter, **options
    )
    theta_hat = np.asarray(result.x, dtype=float)
    information = _observed_information(negative_log_likelihood, theta_hat)
    try:
        covariance = np.linalg.inv(information)
        standard_errors = np.sqrt(np.where(np.diagonal(covariance) > 0, np.diagonal(covariance), np.nan))
    except np.linalg.LinAlgError:
        standard_errors = np.full(theta_hat.size, np.nan)
    return MLEResult(theta_hat, -float(result.fun), standard_errors, bool(result.converged), int(result.n_iter), result)
