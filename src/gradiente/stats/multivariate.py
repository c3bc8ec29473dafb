"""The multivariate normal ``N(mu, Sigma)``: density, Mahalanobis distance, sampling, fit,
conditioning, all through the Cholesky factor ``Sigma = L L^T``.

Why Cholesky and not ``inv`` and ``det``: with ``z`` the solution of the triangular system
``L z = x - mu``,

* the quadratic form is ``(x - mu)^T Sigma^{-1} (x - mu) = z^T z`` (no inverse formed), and
* ``ln|Sigma| = 2 sum_i ln L_ii`` (a sum of logarithms, never a product that underflows:
  for ``Sigma = 0.01 I`` in 200 dimensions ``det Sigma = 1e-400`` is 0 in floating point,
  while ``ln det Sigma = -921.03`` is an ordinary number);
* a sample is ``mu + L z`` with ``z`` standard normal, because ``Cov(L z) = L L^T = Sigma``.

Lesson: 5.2 `expectation-covariance-gaussian`.
"""

from __future__ import annotations

import math

import numpy as np

from gradiente._validation import as_float_array, as_generator, as_vector, check_array
from gradiente.exceptions import SampleSizeError
from gradiente.linalg import NotPositiveDefiniteError, NotSymmetricError, cholesky, eig

__all__ = ["MultivariateNormal"]

_LOG_2PI = math.log(2.0 * math.pi)


def _inverse_lower(L):
    """``L^{-1}`` for a small lower-triangular ``L``, by forward substitution on the identity."""
    inverse = np.zeros_like(L)
    for i in range(L.shape[0]):
        inverse[i, i] = 1.0 / L[i, i]
        inverse[i, :i] = -(L[i, :i] @ inverse[:i, :i]) / L[i, i]  # row i of L X = I, below the diagonal
    return inverse


def _solve_lower_rows(L, D, block=256):
    """``Z`` with ``Z L^T = D``: each row ``z`` of ``Z`` solves ``L z = d`` (``d`` a row of ``D``).

    Forward substitution ``z_i = (d_i - sum_{j<i} L_ij z_j) / L_ii``, done ``block``
    coordinates at a time for all rows at once: subtract what the earlier blocks
    contribute, then solve with the (small) inverse of the diagonal block. Both steps
    are matrix products, so a million rows cost one pass of BLAS, not a million solves.
    """
    d = L.shape[0]
    if d <= block:  # one block: the whole solve is one product
        return D @ _inverse_lower(L).T
    Z = np.empty(D.shape)
    for start in range(0, d, block):
        stop = min(start + block, d)
        rest = D[:, start:stop] - Z[:, :start] @ L[start:stop, :start].T if start else D[:, :stop]
        Z[:, start:stop] = rest @ _inverse_lower(L[start:stop, start:stop]).T
    return Z


def _covariance_factor(cov, name="cov"):
    """The Cholesky factor of a covariance matrix, with the error a statistician needs."""
    try:
        return cholesky(cov)
    except NotSymmetricError as error:
        raise NotSymmetricError(
            f"{name} must be symmetric (Cov(X_i, X_j) = Cov(X_j, X_i)); {error} "
            f"If the difference is rounding, pass ({name} + {name}.T) / 2."
        ) from None
    except NotPositiveDefiniteError as error:
        smallest = float(np.min(eig(0.5 * (cov + cov.T))[0]))
        raise NotPositiveDefiniteError(
            f"{name} must be positive definite (every variance of a combination w^T X is > 0); its smallest "
            f"eigenvalue is {smallest:.4g}. A covariance matrix is only semidefinite when one variable is "
            "an exact linear combination of the others (a constant or duplicated column, or fewer samples than "
            f"dimensions), and then the density does not exist in all {cov.shape[0]} dimensions. Drop the "
            f"redundant variables, or add a small ridge, {name} + 1e-6 * np.eye(d). (Cholesky said: {error})"
        ) from None


class MultivariateNormal:
    """Multivariate normal distribution ``N(mean, cov)`` in ``d`` dimensions.

    ``pdf(x) = (2 pi)^(-d/2) |cov|^(-1/2) exp(-(x - mean)^T cov^{-1} (x - mean) / 2)``,
    evaluated in logs through ``cov = L L^T`` (see the module docstring).

    Parameters
    ----------
    mean : array_like, shape (d,)
    cov : array_like, shape (d, d)
        Symmetric positive definite.

    Attributes
    ----------
    mean : ndarray, shape (d,)
    cov : ndarray, shape (d, d)
    cholesky_factor : ndarray, shape (d, d)
        The lower-triangular ``L`` with ``L @ L.T == cov``.
    dim : int
        ``d``.
    log_det_cov : float
        ``ln|cov| = 2 sum_i ln L_ii``.

    Examples
    --------
    >>> from gradiente.stats import MultivariateNormal
    >>> gaussian = MultivariateNormal([0.0, 0.0], [[1.0, 0.8], [0.8, 1.0]])
    >>> round(gaussian.logpdf([1.0, 1.0]), 6)
    -1.882607
    >>> gaussian.sample(3, rng=0).round(3)
    array([[ 0.126,  0.021],
           [ 0.64 ,  0.575],
           [-0.536, -0.212]])
    >>> MultivariateNormal([0.0, 0.0], [[1.0, 2.0], [2.0, 1.0]])
    Traceback (most recent call last):
    ...
    gradiente.linalg.errors.NotPositiveDefiniteError: cov must be positive definite ... its smallest eigenvalue is -1...

    Lesson: 5.2 `expectation-covariance-gaussian`.
    """

    def __init__(self, mean, cov):
        self.mean = as_vector(mean, "mean")
        cov = as_float_array(cov, "cov")
        d = self.mean.shape[0]
        if cov.shape != (d, d):
            hint = (
                " For independent variables with variances v, pass np.diag(v)."
                if cov.ndim == 1 and cov.shape[0] == d
                else ""
            )
            raise ValueError(
                f"cov must be a ({d}, {d}) matrix to match mean of length {d}; got shape {cov.shape}.{hint}"
            )
        self.cov = cov
        self.cholesky_factor = _covariance_factor(cov)
        self.dim = d
        self.log_det_cov = float(2.0 * np.sum(np.log(np.diagonal(self.cholesky_factor))))

    def __repr__(self):
        return f"MultivariateNormal(mean={self.mean.tolist()!r}, cov={self.cov.tolist()!r})"

    def _points(self, X, name="X"):
        """``X`` as an (n, d) array and whether one point (shape (d,)) was given."""
        X = as_float_array(X, name)
        d = self.dim
        if X.ndim == 1 and X.shape[0] == d:
            return X[None, :], True
        if X.ndim == 1 and d == 1:
            return X[:, None], False
        if X.ndim == 0 and d == 1:
            return X.reshape(1, 1), True
        if X.ndim == 2 and X.shape[1] == d:
            return X, False
        raise ValueError(
            f"{name} must be one point of shape ({d},) or points as rows, shape (n, {d}); got shape {X.shape}. "
            f"If your points are the columns, pass {name}.T."
        )

    def _whiten(self, X):
        """Rows ``z = L^{-1} (x - mean)``: standard normal coordinates of each point."""
        return _solve_lower_rows(self.cholesky_factor, X - self.mean)

    def mahalanobis(self, X):
        """Mahalanobis distance ``sqrt((x - mean)^T cov^{-1} (x - mean))`` of each point.

        The Euclidean length of ``z = L^{-1}(x - mean)``: how many "standard deviations"
        away ``x`` is, along the ellipse's axes. Its square follows a chi-squared with
        ``d`` degrees of freedom when ``x`` is drawn from this distribution.

        Parameters
        ----------
        X : array_like, shape (d,) or (n, d)

        Returns
        -------
        float or ndarray, shape (n,)

        Examples
        --------
        >>> from gradiente.stats import MultivariateNormal
        >>> MultivariateNormal([0.0, 0.0], [[4.0, 0.0], [0.0, 1.0]]).mahalanobis([[2.0, 0.0], [0.0, 2.0]])
        array([1., 2.])
        """
        X, one = self._points(X)
        Z = self._whiten(X)
        distance = np.sqrt(np.einsum("ij,ij->i", Z, Z))
        return float(distance[0]) if one else distance

    def logpdf(self, X):
        """Log-density ``-(d ln 2 pi + ln|cov| + z^T z) / 2`` of each point.

        Parameters
        ----------
        X : array_like, shape (d,) or (n, d)

        Returns
        -------
        float or ndarray, shape (n,)

        Examples
        --------
        >>> from gradiente.stats import MultivariateNormal
        >>> tight = MultivariateNormal(np.zeros(200), 0.01 * np.eye(200))  # det = 1e-400 underflows to 0
        >>> round(tight.logpdf(np.zeros(200)), 4)
        276.7293
        """
        X, one = self._points(X)
        Z = self._whiten(X)
        squared = np.einsum("ij,ij->i", Z, Z)
        result = -0.5 * (self.dim * _LOG_2PI + self.log_det_cov + squared)
        return float(result[0]) if one else result

    def pdf(self, X):
        """Density ``exp(logpdf(X))`` (may overflow or underflow where ``logpdf`` does not)."""
        log_density = self.logpdf(X)
        return math.exp(log_density) if isinstance(log_density, float) else np.exp(log_density)

    def log_likelihood(self, X):
        """``sum_i ln p(x_i)`` over the rows of ``X``."""
        return float(np.sum(self.logpdf(X)))

    def sample(self, n, rng=None):
        """``n`` draws as the rows of ``mean + Z L^T``.

        The protocol, so that results can be reproduced exactly:
        ``Z = numpy.random.default_rng(seed).standard_normal((n, d))`` when ``rng`` is an integer
        seed (or the generator's own ``standard_normal`` when ``rng`` is a ``Generator``), and
        each row ``x = mean + L z`` has covariance ``L L^T = cov``. NB: ``numpy``'s
        ``Generator.multivariate_normal`` uses an SVD instead, so its numbers differ.

        Parameters
        ----------
        n : int >= 0
        rng : None, int or numpy.random.Generator

        Returns
        -------
        ndarray, shape (n, d)

        Examples
        --------
        >>> from gradiente.stats import MultivariateNormal
        >>> X = MultivariateNormal([1.0, -1.0], [[1.0, 0.8], [0.8, 1.0]]).sample(100_000, rng=0)
        >>> X.mean(axis=0).round(2), np.corrcoef(X, rowvar=False)[0, 1].round(2)
        (array([ 1., -1.]), np.float64(0.8))
        """
        if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 0:
            raise ValueError(f"n (the number of draws) must be a non-negative integer; got {n!r}.")
        Z = as_generator(rng).standard_normal((int(n), self.dim))
        return self.mean + Z @ self.cholesky_factor.T

    @classmethod
    def fit(cls, X):
        """Maximum likelihood: ``mean_hat = x_bar``, ``cov_hat = (1/n) sum (x - x_bar)(x - x_bar)^T``.

        Note the divisor ``n`` (``ddof=0``), not ``n - 1``: the MLE of a covariance is biased.

        Parameters
        ----------
        X : array_like, shape (n_samples, d), with n_samples > d

        Examples
        --------
        >>> from gradiente.stats import MultivariateNormal
        >>> fitted = MultivariateNormal.fit([[0.0, 0.0], [2.0, 0.0], [0.0, 2.0], [2.0, 2.0]])
        >>> fitted.mean, fitted.cov
        (array([1., 1.]), array([[1., 0.],
               [0., 1.]]))
        """
        X = check_array(X, name="X")
        n_samples, d = X.shape
        if n_samples <= d:
            raise SampleSizeError(
                f"fitting a {d}-dimensional normal needs more samples than dimensions (n_samples > {d}); got "
                f"{n_samples}. With n <= d the sample covariance is singular (the points lie in a subspace). "
                "Collect more data, or fit fewer variables. Rows are samples: pass X.T if yours are columns."
            )
        mean = X.mean(axis=0)
        centred = X - mean
        cov = centred.T @ centred / n_samples
        return cls(mean, 0.5 * (cov + cov.T))

    def conditional(self, given, values):
        """The distribution of the other coordinates given ``x[given] = values``.

        With ``1`` the free coordinates and ``2`` the given ones:
        ``mean_{1|2} = mean_1 + S_12 S_22^{-1} (values - mean_2)`` and
        ``cov_{1|2} = S_11 - S_12 S_22^{-1} S_21``, computed with ``S_22 = L_2 L_2^T`` and
        ``W = L_2^{-1} S_21`` as ``mean_1 + W^T L_2^{-1}(values - mean_2)`` and ``S_11 - W^T W``.

        Parameters
        ----------
        given : int or sequence of int
            The indices of the observed coordinates.
        values : float or array_like, shape (len(given),)

        Returns
        -------
        MultivariateNormal over the remaining coordinates, in their original order.

        Examples
        --------
        >>> from gradiente.stats import MultivariateNormal
        >>> gaussian = MultivariateNormal([0.0, 0.0], [[1.0, 0.8], [0.8, 1.0]])
        >>> slice_ = gaussian.conditional(given=1, values=1.0)
        >>> slice_.mean.round(6), slice_.cov.round(6)  # mean rho * x_2, variance 1 - rho**2
        (array([0.8]), array([[0.36]]))
        """
        given = np.atleast_1d(np.asarray(given))
        if given.dtype.kind not in "iu" or given.ndim != 1:
            raise TypeError(f"given must be an index or a list of indices (integers); got {given.tolist()!r}.")
        if given.size == 0 or given.size >= self.dim or np.unique(given).size != given.size:
            raise ValueError(
                f"given must name distinct coordinates, at least one and fewer than all {self.dim}; "
                f"got {given.tolist()}."
            )
        if (given < -self.dim).any() or (given >= self.dim).any():
            raise ValueError(f"given holds an index outside 0..{self.dim - 1}: {given.tolist()}.")
        given = given % self.dim
        values = np.atleast_1d(as_float_array(values, "values"))
        if values.shape != given.shape:
            raise ValueError(f"values must hold one number per given index ({given.size}); got shape {values.shape}.")
        free = np.setdiff1d(np.arange(self.dim), given)
        L2 = _covariance_factor(self.cov[np.ix_(given, given)], "cov[given, given]")
        W = _solve_lower_rows(L2, self.cov[np.ix_(free, given)]).T  # (k, m): W = L2^{-1} S_21
        z = _solve_lower_rows(L2, (values - self.mean[given])[None, :])[0]
        conditional_cov = self.cov[np.ix_(free, free)] - W.T @ W
        return MultivariateNormal(self.mean[free] + W.T @ z, 0.5 * (conditional_cov + conditional_cov.T))
